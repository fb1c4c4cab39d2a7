//! Round 33 (French and Portuguese): the blind articles fr-b59 and pt-b59. Their false alarms and
//! the classes of their misses, each with sentences written for the class, wrong and right.

use super::*;

/// fr-b59's false alarm: European customers "liés à Azure par des contrats pluriannuels" read as
/// OpenAI's cloud kept on Azure. Tied to Azure is OpenAI's exclusivity only when OpenAI or its
/// products are what is tied; customers bound by their own contracts say nothing of the terms.
#[test]
fn customers_tied_to_azure_are_no_exclusivity() {
    silent_in(
        "E5",
        "Beaucoup d'entreprises restent liées à Azure par leurs contrats, même si OpenAI peut désormais vendre partout.",
        "fr",
    );
    silent_in("E5", "Muitos clientes seguem presos ao Azure por contratos de vários anos.", "pt");
    says_in("E5", "Les produits d'OpenAI restent liés à Azure.", "fr", "cloud-exclusivity", "contradicts");
    says_in("E2", "Les modèles d'OpenAI sont liés à Azure.", "fr", "cloud-exclusivity", "agrees");
    says_in("E5", "Os produtos da OpenAI continuam presos ao Azure.", "pt", "cloud-exclusivity", "contradicts");
}

/// fr-b59's false alarm: a rival cloud named in an opening phrase ("après la signature d'un
/// contrat entre OpenAI et Amazon Web Services, …") and the APIs' exclusivity in the main clause
/// were one "API & rival cloud" match that held the "exclusive" inside it and won as "not
/// exclusive". Past such a comma and a new subject, the two are apart and the clause is unclear;
/// an apposition (", isto é, os métodos …") still renames the same subject.
#[test]
fn a_rival_cloud_in_an_opening_phrase_is_not_the_apis_cloud() {
    silent_in(
        "C2",
        "Après la signature d'un contrat entre OpenAI et Amazon Web Services, les partenaires ont assuré que les API restaient exclusives à Azure.",
        "fr",
    );
    silent_in("C2", "Après l'accord d'OpenAI avec AWS, les API sans état restent exclusives à Azure.", "fr");
    silent_in("C2", "Depois do contrato entre a OpenAI e a AWS, as APIs seguem exclusivas do Azure.", "pt");
    // The rival cloud in the APIs' own predicate still reads.
    says_in("E4", "Les API d'OpenAI pourront aussi être servies sur AWS.", "fr", "api-exclusivity", "contradicts");
    // An apposition between commas keeps its subject (pt-b29's finding).
    says_in(
        "E4",
        "Os direitos da Microsoft sobre a pesquisa, isto é, os métodos confidenciais, valem até 2032.",
        "pt",
        "research-ip-until",
        "contradicts",
    );
}

/// fr-b59's miss: the licence "s'arrêtera désormais en 2030, et non plus en 2032". An adverb of
/// time between an end verb and its year, and an alternative year denied after it ("et non plus
/// en 2032", "not in 2032"), which is no time the clause speaks of.
#[test]
fn an_end_year_with_an_adverb_and_a_denied_alternative() {
    says_in(
        "E5",
        "La licence de Microsoft sur les modèles d'OpenAI s'arrêtera désormais en 2030, et non plus en 2032.",
        "fr",
        "licence-until",
        "contradicts",
    );
    says_in(
        "E5",
        "A licença da Microsoft terminará agora em 2030, e não em 2032.",
        "pt",
        "licence-until",
        "contradicts",
    );
    says_in("E5", "Microsoft's licence will end in 2030, not in 2032.", "en", "licence-until", "contradicts");
    says_in("E5", "La licence de Microsoft s'arrêtera désormais en 2032.", "fr", "licence-until", "agrees");
    // The right year with the wrong one denied is no contradiction.
    silent_in("E5", "La licence de Microsoft s'arrêtera en 2032, et non en 2030.", "fr");
}

/// fr-b59's miss: the memorandum's status between dashes after a participle and its date ("le
/// protocole d'accord signé en septembre – contraignant, contrairement à … – fixait …"). A
/// French status adjective opening an aside qualifies the noun before it, as in Spanish and
/// Portuguese.
#[test]
fn a_french_status_between_dashes_qualifies_the_memorandum() {
    says_in(
        "E5",
        "Le protocole d'accord signé en septembre – contraignant – fixait la part de chacun.",
        "fr",
        "mou-binding",
        "contradicts",
    );
    says_in(
        "E5",
        "Le protocole d'accord conclu le 11 septembre – juridiquement contraignant – engageait déjà les deux groupes.",
        "fr",
        "mou-binding",
        "contradicts",
    );
    says_in("E5", "Le mémorandum (contraignant) prévoyait une recapitalisation.", "fr", "mou-binding", "contradicts");
    says_in(
        "E5",
        "Le protocole d'accord signé en septembre – non contraignant – ne fixait rien.",
        "fr",
        "mou-binding",
        "agrees",
    );
}

/// fr-b59's miss: national security customers who "devra continuer de passer par Azure": must
/// still go through Azure, which the definitive agreement ended.
#[test]
fn national_security_customers_that_must_go_through_azure() {
    says_in(
        "E5",
        "Les clients de la sécurité nationale devront continuer de passer par Azure.",
        "fr",
        "national-security",
        "contradicts",
    );
    says_in(
        "E5",
        "Os clientes de segurança nacional terão de continuar a passar pelo Azure.",
        "pt",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "Les clients de la sécurité nationale pourront passer par AWS ou par Azure.",
        "fr",
        "national-security",
        "agrees",
    );
    silent_in("E4", "Les clients de la défense ne devront plus passer par Azure.", "fr");
}

/// pt-b59's miss: "Nessa terceira fase, porém, o Azure deixou de ser exclusivo e passou a ser
/// apenas a nuvem preferencial". The "third phase" names January 2023 (E2), and Azure stopping
/// being exclusive, or becoming "only" the preferred cloud, is no exclusivity.
#[test]
fn the_third_phase_names_2023_and_azure_stopped_being_exclusive() {
    says_in("E5", "Na terceira fase, o Azure deixou de ser exclusivo.", "pt", "cloud-exclusivity", "contradicts");
    says_in(
        "E5",
        "Lors de la troisième phase, Azure a cessé d'être exclusif.",
        "fr",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E5",
        "Em 2023, o Azure passou a ser apenas a nuvem preferencial da OpenAI.",
        "pt",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E5",
        "Na terceira fase, o Azure continuou como nuvem exclusiva da OpenAI.",
        "pt",
        "cloud-exclusivity",
        "agrees",
    );
    // January 2025 is when exclusivity did end.
    says_in("E5", "Em janeiro de 2025, o Azure deixou de ser exclusivo.", "pt", "cloud-exclusivity", "agrees");
}

/// pt-b59's miss: "a OpenAI inteira passaria a ser uma organização sem fins lucrativos". "The whole
/// OpenAI" between the subject and its verb: OpenAI said to become a nonprofit, which the
/// memorandum did not plan (the nonprofit was to control the PBC).
#[test]
fn the_whole_openai_becoming_a_nonprofit() {
    says_in(
        "E3",
        "Segundo o memorando, a OpenAI inteira passaria a ser uma organização sem fins lucrativos.",
        "pt",
        "nonprofit-control",
        "contradicts",
    );
    says_in(
        "E3",
        "Selon le protocole, OpenAI tout entière deviendrait une organisation à but non lucratif.",
        "fr",
        "nonprofit-control",
        "contradicts",
    );
    says_in(
        "E3",
        "A OpenAI inteira continuaria sob o controle da entidade sem fins lucrativos.",
        "pt",
        "nonprofit-control",
        "agrees",
    );
}

/// fr-b59's queue: "Microsoft continue de participer directement à la croissance d'OpenAI en tant
/// qu'actionnaire majeur" and "l'accord amendé permet à OpenAI de vendre tous ses produits sur
/// n'importe quel cloud" state the terms as they are, and were listed for review.
#[test]
fn a_major_shareholder_in_growth_and_leave_to_sell_on_any_cloud() {
    says_in(
        "E5",
        "Microsoft continue de participer directement à la croissance d'OpenAI en tant qu'actionnaire majeur.",
        "fr",
        "shareholder",
        "agrees",
    );
    says_in(
        "E5",
        "A Microsoft continua participando diretamente do crescimento da OpenAI como acionista relevante.",
        "pt",
        "shareholder",
        "agrees",
    );
    says_in(
        "E5",
        "Microsoft ne participe plus à la croissance d'OpenAI en tant qu'actionnaire majeur.",
        "fr",
        "shareholder",
        "contradicts",
    );
    says_in(
        "E5",
        "L'accord amendé permet à OpenAI de vendre tous ses produits sur n'importe quel cloud.",
        "fr",
        "cloud-exclusivity",
        "agrees",
    );
    says_in("E2", "L'accord permet à OpenAI de vendre ses produits sur AWS.", "fr", "cloud-exclusivity", "contradicts");
}
