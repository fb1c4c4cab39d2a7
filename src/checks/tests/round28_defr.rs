//! Round 28, German and French: the classes of the blind sets own34-de and own34-fr's misses,
//! written by a helper who saw neither the rules nor the other sets' sentences. Each class with
//! sentences of our own, of both kinds.

use super::*;

/// The 2023 amount said to be confirmed by both companies ("wie beide Unternehmen bestätigten",
/// "un montant confirmé par les deux sociétés"): neither disclosed it. A figure stated plainly,
/// or one the press reported, contradicts nothing; the 2019 figure was disclosed.
#[test]
fn an_amount_confirmed_by_both_companies_is_a_disclosed_amount() {
    let de =
        "Microsoft pumpt weitere zehn Milliarden Dollar in OpenAI, wie Microsoft und OpenAI am Montag bestätigten.";
    says_in("E2", de, "de", "investment-disclosed", "contradicts");
    says_in(
        "E1",
        "Wie beide Unternehmen bestätigten, investiert Microsoft eine Milliarde Dollar in OpenAI.",
        "de",
        "investment-disclosed",
        "agrees",
    );
    silent_in(
        "E2",
        "Microsoft pumpt Berichten zufolge zehn Milliarden Dollar in OpenAI; beide Unternehmen bestätigten nur eine mehrjährige Investition.",
        "de",
    );
    let fr = "Microsoft injecte 10 milliards de dollars dans OpenAI, comme l'ont confirmé les deux sociétés.";
    says_in("E2", fr, "fr", "investment-disclosed", "contradicts");
    says_in(
        "E1",
        "Microsoft investit 1 milliard de dollars, un montant confirmé par les deux sociétés.",
        "fr",
        "investment-disclosed",
        "agrees",
    );
    silent_in(
        "E4",
        "OpenAI s'engage à acheter 250 milliards de dollars de services Azure, un montant confirmé par les deux sociétés.",
        "fr",
    );
}

/// OpenAI said to become a nonprofit with the verb before it ("Künftig wird OpenAI zu einer
/// gemeinnützigen Stiftung"), and "ohne Gewinnabsicht", which spells the nonprofit out, is no
/// negation. The nonprofit controlling OpenAI is the term.
#[test]
fn german_openai_becomes_a_nonprofit_with_the_verb_first() {
    let c = "nonprofit-control";
    says_in("E3", "Künftig wird OpenAI zu einer gemeinnützigen Stiftung.", "de", c, "contradicts");
    says_in(
        "E3",
        "Damit wird OpenAI ganz zu einer gemeinnützigen Einrichtung ohne Gewinnabsicht.",
        "de",
        c,
        "contradicts",
    );
    says_in("E3", "Künftig wird OpenAI von einer gemeinnützigen Organisation kontrolliert.", "de", c, "agrees");
    silent_in("E3", "Soll OpenAI künftig zu einer gemeinnützigen Stiftung werden?", "de");
}

/// Azure's exclusivity denied as a noun phrase ("kein exklusiver Cloud-Anbieter mehr", "perd son
/// statut de fournisseur cloud exclusif"), and OpenAI free to use others' data centres, the verb
/// before the lab ("darf das KI-Labor auch Rechenzentren anderer Anbieter nutzen", "chez d'autres
/// prestataires"): wrong in 2023, right after the amendment.
#[test]
fn azure_exclusivity_denied_as_a_noun_phrase_or_by_other_providers() {
    let c = "cloud-exclusivity";
    let de = "Azure ist für OpenAI kein exklusiver Cloud-Anbieter mehr.";
    says_in("E2", de, "de", c, "contradicts");
    says_in("E5", de, "de", c, "agrees");
    says_in("E2", "Daneben darf das KI-Labor auch Rechenzentren anderer Anbieter nutzen.", "de", c, "contradicts");
    says_in("E5", "Heute darf OpenAI seine Produkte auch auf fremden Rechenzentren anbieten.", "de", c, "agrees");
    says_in("E1", "Azure wird der exklusive Cloud-Anbieter von OpenAI, nicht nur ein bevorzugter.", "de", c, "agrees");
    let fr = "Microsoft perd son statut de fournisseur cloud exclusif d'OpenAI.";
    says_in("E2", fr, "fr", c, "contradicts");
    says_in("E5", fr, "fr", c, "agrees");
    says_in("E2", "OpenAI pourra faire tourner ses modèles chez d'autres prestataires.", "fr", c, "contradicts");
}

/// The memorandum said to seal terms by contract ("vertraglich abgesichert", "contractuellement
/// scellé") or, named "le protocole" with an aside, to set commercial terms: it is non-binding
/// and disclosed none.
#[test]
fn the_memorandum_sealing_or_setting_terms() {
    says_in(
        "E3",
        "Mit der Absichtserklärung ist die neue Struktur vertraglich abgesichert.",
        "de",
        "mou-binding",
        "contradicts",
    );
    silent_in("E3", "Vertraglich besiegelt ist mit der Absichtserklärung noch nichts.", "de");
    says_in(
        "E3",
        "Le protocole d'accord a contractuellement scellé la nouvelle structure.",
        "fr",
        "mou-binding",
        "contradicts",
    );
    silent_in("E3", "Le protocole d'accord n'a rien scellé contractuellement.", "fr");
    says_in(
        "E3",
        "Le protocole, paraphé jeudi, prévoit un partage des revenus jusqu'en 2030.",
        "fr",
        "mou-terms",
        "contradicts",
    );
    silent_in("E3", "Le protocole d'accord, signé jeudi, ne fixe aucun chiffre.", "fr");
}

/// Microsoft said to decide on or declare AGI ("Über den Eintritt der AGI befindet fortan
/// Microsoft", "Il revient à Microsoft de déclarer l'AGI"): OpenAI declares it, an independent
/// panel verifies. Microsoft deciding on its own AGI work is another matter.
#[test]
fn microsoft_said_to_decide_on_agi() {
    says_in("E4", "Über den Eintritt der AGI befindet fortan Microsoft.", "de", "agi-verification", "contradicts");
    says_in(
        "E4",
        "Über das Erreichen der AGI entscheidet künftig ein unabhängiges Expertengremium.",
        "de",
        "agi-verification",
        "agrees",
    );
    silent_in("E4", "Microsoft entscheidet künftig selbst, ob es eine AGI allein verfolgt.", "de");
    says_in("E4", "Il revient à Microsoft de déclarer l'AGI.", "fr", "agi-declarer", "contradicts");
    silent_in("E4", "Il reviendra à OpenAI de déclarer l'AGI, sous le contrôle d'un panel d'experts.", "fr");
}

/// Microsoft said to pursue AGI only in partnership with OpenAI ("qu'en collaboration avec
/// OpenAI", "nur in Partnerschaft mit OpenAI"): it may pursue it alone or with third parties.
#[test]
fn agi_only_in_partnership_with_openai() {
    let c = "microsoft-agi";
    says_in("E4", "Microsoft ne peut développer l'AGI qu'en collaboration avec OpenAI.", "fr", c, "contradicts");
    says_in(
        "E4",
        "Microsoft peut désormais poursuivre l'AGI seul ou en partenariat avec des tiers.",
        "fr",
        c,
        "agrees",
    );
    says_in("E4", "Microsoft darf die AGI nur in Partnerschaft mit OpenAI verfolgen.", "de", c, "contradicts");
    says_in(
        "E4",
        "Microsoft darf die AGI künftig allein oder in Partnerschaft mit Dritten verfolgen.",
        "de",
        c,
        "agrees",
    );
}

/// The joint work said to stop with a reflexive or "prendre fin" after its subject, Microsoft
/// said to have sold most of its shares, and the foundation said to hand over control: each the
/// opposite of the terms.
#[test]
fn joint_work_stopping_stake_sold_and_control_handed_over() {
    says_in(
        "E5",
        "Les projets communs sur les puces et les centres de données prennent fin.",
        "fr",
        "joint-work",
        "contradicts",
    );
    says_in(
        "E5",
        "Les projets communs sur les puces et les centres de données se poursuivent.",
        "fr",
        "joint-work",
        "agrees",
    );
    says_in(
        "E5",
        "Le groupe de Redmond a entre-temps revendu la plupart de ses actions.",
        "fr",
        "shareholder",
        "contradicts",
    );
    says_in("E5", "Microsoft hat inzwischen den Großteil seiner Anteile verkauft.", "de", "shareholder", "contradicts");
    says_in("E5", "Microsoft reste un actionnaire majeur d'OpenAI.", "fr", "shareholder", "agrees");
    says_in("E3", "La fondation perdra le contrôle de la nouvelle société.", "fr", "nonprofit-control", "contradicts");
    says_in("E3", "La fondation gardera le contrôle de la PBC.", "fr", "nonprofit-control", "agrees");
}

/// The first investment as the foundation stone ("mit rund zehn Milliarden Dollar den Grundstein
/// gelegt"); a total is not the first cheque.
#[test]
fn german_first_investment_as_the_foundation_stone() {
    let c = "investment-2019";
    says_in(
        "E5",
        "Schon 2019 hatte Microsoft mit rund zehn Milliarden Dollar den Grundstein gelegt.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "2019 legte Microsoft mit einer Milliarde Dollar den Grundstein für die Partnerschaft.",
        "de",
        c,
        "agrees",
    );
    silent_in(
        "E5",
        "Mit insgesamt 13 Milliarden Dollar hat Microsoft den Grundstein für die Partnerschaft gelegt.",
        "de",
    );
}

/// January 2025's right of first refusal denied ("Microsoft perd sa priorité", compute bought
/// "sans consulter Microsoft"), and an exclusive distributor of the pre-AGI technologies (the
/// 2019 role is preferred partner; exclusivity until AGI is October 2025's and not this).
#[test]
fn french_rofr_denied_and_exclusive_distributor() {
    says_in("C1", "Microsoft perd sa priorité sur les nouvelles capacités.", "fr", "rofr", "contradicts");
    says_in(
        "C1",
        "OpenAI peut acheter des capacités de calcul ailleurs sans consulter Microsoft au préalable.",
        "fr",
        "rofr",
        "contradicts",
    );
    says_in("E5", "OpenAI achète des capacités de calcul sans consulter Microsoft.", "fr", "rofr", "agrees");
    says_in(
        "E1",
        "Microsoft devient le distributeur exclusif des technologies d'OpenAI antérieures à l'AGI.",
        "fr",
        "commercialization-role",
        "contradicts",
    );
    silent_in("E4", "Microsoft reste le distributeur exclusif des modèles d'OpenAI jusqu'à l'AGI.", "fr");
}

/// A colon between two clauses whose verbs the splitter did not know as finite (French
/// "devient", German "entscheidet", "gilt") left the second side's "aucun" or "wenn" on the first:
/// the colon now breaks there, and each side is read on its own.
#[test]
fn a_colon_after_devient_or_entscheidet_breaks_the_clause() {
    says_in(
        "E4",
        "Über das Erreichen der AGI entscheidet künftig allein Microsoft: Nur wenn der Konzern zustimmt, gilt sie als erreicht.",
        "de",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "Über das Erreichen der AGI entscheidet künftig ein unabhängiges Expertengremium: Erst wenn es zustimmt, gilt sie als erreicht.",
        "de",
        "agi-verification",
        "agrees",
    );
    says_in(
        "E1",
        "Microsoft devient le distributeur exclusif des technologies d'OpenAI antérieures à l'AGI : aucun concurrent ne pourra les vendre.",
        "fr",
        "commercialization-role",
        "contradicts",
    );
    says_in(
        "E1",
        "Microsoft devient le partenaire privilégié pour commercialiser les technologies d'OpenAI : aucun autre groupe ne pourra les commercialiser en priorité.",
        "fr",
        "commercialization-role",
        "agrees",
    );
}
