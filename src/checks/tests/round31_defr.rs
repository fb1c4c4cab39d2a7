//! Round 31, German and French: the classes of the blind articles de-b49 and fr-b49 missed or
//! misread, each with sentences of our own, of both kinds.

use super::*;

/// de-b49's false alarm (a rival's Azure purchase after "– und hat zugesagt"): a clause after a
/// dash or a semicolon that opens with "und"/"et" and a verb goes on with the subject before it,
/// so a company outside the deal named there keeps the clause about its own deal.
#[test]
fn a_subjectless_clause_after_a_dash_keeps_the_subject_before() {
    silent_in(
        "E5",
        "Anthropic vertreibt Claude über AWS – und hat zugesagt, Azure-Rechenleistung im Wert von 30 Milliarden Dollar einzukaufen.",
        "de",
    );
    silent_in(
        "E5",
        "Anthropic vend Claude sur AWS – et a promis d'acheter des services Azure pour 30 milliards de dollars.",
        "fr",
    );
    // OpenAI's own purchase, in the same shape, is still read.
    says_in(
        "E5",
        "OpenAI vertreibt seine Modelle über Azure – und hat zugesagt, Azure-Rechenleistung im Wert von 30 Milliarden Dollar einzukaufen.",
        "de",
        "azure-commitment",
        "contradicts",
    );
    // A clause with a subject of its own after "und" keeps it.
    says_in(
        "E5",
        "Anthropic vertreibt Claude über AWS – und OpenAI hat zugesagt, Azure-Dienste im Wert von 30 Milliarden Dollar einzukaufen.",
        "de",
        "azure-commitment",
        "contradicts",
    );
}

/// fr-b49's miss (an analyst: "OpenAI n'a plus la moindre obligation envers Azure"): OpenAI said
/// to owe Azure nothing has no right of first refusal to honour, wrong while Microsoft held one.
#[test]
fn openai_owes_azure_nothing_is_no_right_of_first_refusal() {
    let c = "rofr";
    says_in(
        "E3",
        "« Depuis janvier, OpenAI n’a plus la moindre obligation envers Azure et achète sa puissance de calcul où bon lui semble », résume une analyste.",
        "fr",
        c,
        "contradicts",
    );
    says_in("E3", "OpenAI n'a aucune obligation envers Microsoft.", "fr", c, "contradicts");
    says_in("E3", "OpenAI hat keinerlei Verpflichtung mehr gegenüber Azure.", "de", c, "contradicts");
    // After October 2025 there is no right: the same words agree.
    says_in("E5", "OpenAI n'a plus aucune obligation envers Azure.", "fr", c, "agrees");
    // Another company's obligations are another deal.
    silent_in("E3", "Anthropic n'a plus aucune obligation envers Amazon.", "fr");
}

/// fr-b49's dek ("Avec le protocole d'accord du 11 septembre, Microsoft et OpenAI ont arrêté les
/// conditions commerciales"): the parties said to have settled the commercial terms with the
/// memorandum, which disclosed none.
#[test]
fn the_parties_settled_the_commercial_terms_with_the_memorandum() {
    let c = "mou-terms";
    says_in(
        "E3",
        "Avec le protocole d’accord du 11 septembre, Microsoft et OpenAI ont arrêté les conditions commerciales de leur nouvelle union.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "E3",
        "In der Absichtserklärung legten Microsoft und OpenAI die kommerziellen Bedingungen fest.",
        "de",
        c,
        "contradicts",
    );
    // Not yet settled: no such claim.
    silent_in(
        "E3",
        "Avec le protocole d’accord, Microsoft et OpenAI n'ont pas encore arrêté les conditions commerciales de leur union.",
        "fr",
    );
    silent_in(
        "E3",
        "Mit der Absichtserklärung haben Microsoft und OpenAI die kommerziellen Bedingungen noch nicht festgelegt.",
        "de",
    );
    silent_in("E3", "Les conditions commerciales seront arrêtées dans l'accord définitif.", "fr");
}

/// fr-b49 ("Les 10 milliards de dollars que Redmond avait alors officiellement mis sur la
/// table"): a sum said to be put up officially was disclosed, which the 2023 sum was not; French
/// "alors" inside a sentence points back to the event told before it.
#[test]
fn a_sum_put_up_officially_was_disclosed() {
    let c = "investment-disclosed";
    says_in(
        "E3",
        "En janvier 2023, Microsoft a officiellement investi 10 milliards de dollars dans OpenAI.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "E3",
        "Im Januar 2023 hat Microsoft offiziell 10 Milliarden Dollar in OpenAI investiert.",
        "de",
        c,
        "contradicts",
    );
    // A figure never confirmed is no disclosure.
    silent_in(
        "E3",
        "En janvier 2023, Microsoft a investi 10 milliards de dollars dans OpenAI, un montant jamais confirmé.",
        "fr",
    );
    // "alors que" is "while", and "Alors," opening a sentence is "so": no pointing back.
    assert!(!crate::checks::alors_then("openai paie, alors que microsoft ne paie plus."));
    assert!(!crate::checks::alors_then("alors, que reste-t-il ?"));
    assert!(crate::checks::alors_then("les 10 milliards que redmond avait alors mis sur la table"));
    assert!(crate::checks::alors_then("microsoft, alors en pleine reconquête, signe un chèque"));
}

/// de-b49, de-b43, de-partnerschaft ("…, aber mit einer Gesamtobergrenze", "…, allerdings mit
/// einer Obergrenze"): a verbless phrase of a limit after ", aber" or ", mais" closes its clause,
/// as English's ", but with a total cap" does: the cap is read, and so is its absence.
#[test]
fn a_verbless_limit_after_aber_or_mais_stays_with_its_clause() {
    let c = "revenue-share-cap";
    says_in(
        "E5",
        "OpenAI muss bis 2030 weiter einen Teil seiner Umsätze an Microsoft abführen, allerdings mit einer Obergrenze.",
        "de",
        c,
        "agrees",
    );
    says_in(
        "E5",
        "OpenAI zahlt bis 2030 einen Teil seiner Umsätze an Microsoft, aber ohne jede Obergrenze.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "OpenAI versera une part de ses revenus à Microsoft jusqu'en 2030, mais avec un plafond global.",
        "fr",
        c,
        "agrees",
    );
    says_in(
        "E5",
        "OpenAI versera une part de ses revenus à Microsoft jusqu'en 2030, mais sans aucun plafond.",
        "fr",
        c,
        "contradicts",
    );
    // A phrase with a party and a verb is a clause of its own.
    let text = "OpenAI versera une part de ses revenus à Microsoft jusqu'en 2030, mais avec Microsoft qui paie aussi.";
    assert_eq!(crate::text::sentences::clauses_in(text, 0..text.len(), "fr").len(), 2);
    assert_eq!(
        listed_in(
            "E5",
            "OpenAI zahlt bis 2030 einen Teil seiner Umsätze an Microsoft, aber mit einer Obergrenze.",
            "de"
        ),
        0
    );
}

/// de-b49's headline ("ihre Partnerschaft zum dritten Mal … umgebaut"): the ordinal of "zum
/// dritten Mal" is no third party for the review queue; "mit Dritten" still is.
#[test]
fn zum_dritten_mal_is_no_third_party() {
    assert_eq!(
        listed_in(
            "E5",
            "Microsoft und OpenAI haben ihre Partnerschaft zum dritten Mal binnen gut eines Jahres umgebaut.",
            "de"
        ),
        0
    );
    assert_eq!(listed_in("E4", "Neu ist zudem, dass OpenAI Produkte gemeinsam mit Dritten entwickeln darf.", "de"), 1);
}
