//! Round 30, German and French: the classes of the blind articles de-b43 and fr-b42 missed or
//! misread, each with sentences of our own, of both kinds.

use super::*;

/// de-b43's false alarm (customers who bought "bislang fast ausschließlich über Azure"): an
/// approximation right before a status ("fast ausschließlich", "presque exclusivement", "casi
/// exclusivamente") states neither the status nor its opposite; "bislang" is "bisher", the past.
#[test]
fn an_approximation_before_a_status_and_bislang() {
    silent_in("E5", "OpenAI verkauft seine Modelle fast ausschließlich über Azure.", "de");
    silent_in("E5", "OpenAI darf seine Modelle nahezu nur über Azure anbieten.", "de");
    silent_in("E5", "OpenAI vend ses modèles presque exclusivement via Azure.", "fr");
    silent_in("E5", "OpenAI vende sus modelos casi exclusivamente a través de Azure.", "es");
    silent_in("E5", "OpenAI verkauft seine Modelle bislang ausschließlich über Azure.", "de");
    // Without the approximation or the time, the status stands.
    says_in("E5", "OpenAI verkauft seine Modelle ausschließlich über Azure.", "de", "cloud-exclusivity", "contradicts");
    says_in("E5", "OpenAI vend ses modèles exclusivement via Azure.", "fr", "cloud-exclusivity", "contradicts");
    // A number's "fast" is still the number's qualifier.
    says_in("E4", "Microsoft hält fast 27 Prozent an OpenAI.", "de", "stake-percent", "agrees");
}

/// de-b43 (the memorandum "…, die den Umbau von OpenAI absichern sollte"): the modal of a
/// German or French relative clause after the match is the relative clause's, no doubt of it.
#[test]
fn a_relative_clauses_modal_is_its_own() {
    says_in(
        "E3",
        "Im September 2025 unterzeichneten beide Seiten eine rechtlich bindende Absichtserklärung, die den Umbau von OpenAI absichern sollte.",
        "de",
        "mou-binding",
        "contradicts",
    );
    says_in(
        "E3",
        "En septembre 2025, les deux groupes ont signé un protocole d'accord contraignant, qui devait encadrer la transformation d'OpenAI.",
        "fr",
        "mou-binding",
        "contradicts",
    );
    // The main clause's modal still hedges it.
    silent_in(
        "E3",
        "Beide Seiten könnten eine bindende Absichtserklärung unterzeichnen, die den Umbau absichert.",
        "de",
    );
    silent_in("E3", "Les deux groupes pourraient signer un protocole d'accord contraignant.", "fr");
}

/// fr-b42 ("Microsoft conserve toutefois un droit de premier refus"): "toutefois", "cependant"
/// with no comma before stand inside their clause after any verb, not only an auxiliary.
#[test]
fn toutefois_after_a_full_verb_opens_no_clause() {
    let text = "Microsoft conserve toutefois un droit de premier refus.";
    assert_eq!(crate::text::sentences::clauses_in(text, 0..text.len(), "fr").len(), 1);
    says_in(
        "E4",
        "Microsoft conserve toutefois un droit de premier refus sur les nouvelles capacités de calcul.",
        "fr",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "Microsoft garde cependant son droit de premier refus sur le calcul d'OpenAI.",
        "fr",
        "rofr",
        "contradicts",
    );
    says_in("E4", "Microsoft perd toutefois son droit de premier refus.", "fr", "rofr", "agrees");
}

/// de-b43's headline ("OpenAI muss keinen Umsatzanteil mehr abführen"): the payer alone, with a
/// modal or the verb before the share; not when a pronoun after the verb is the subject of a
/// clause that opens with its object.
#[test]
fn the_payer_alone_with_a_modal_or_a_verb_before_the_share() {
    let c = "revenue-flow";
    says_in("E5", "OpenAI muss keinen Umsatzanteil mehr abführen.", "de", c, "contradicts");
    says_in("E5", "OpenAI führt keinen Umsatzanteil mehr ab.", "de", c, "contradicts");
    says_in("E5", "OpenAI wird Microsoft weiterhin einen Umsatzanteil zahlen.", "de", c, "agrees");
    says_in("E5", "Microsoft muss keinen Umsatzanteil mehr zahlen.", "de", c, "agrees");
    says_in("E4", "Microsoft wird weiterhin einen Umsatzanteil zahlen.", "de", c, "agrees");
    silent_in(
        "E5",
        "An den Windows-Konzern überweist er bis Ende des Jahrzehnts weiter einen gedeckelten Anteil seiner Umsätze.",
        "de",
    );
}

/// de-b43's summary ("Azure bleibt nur erste Adresse, solange Microsoft die nötigen Fähigkeiten
/// bereitstellen kann und will"): both conditions of the Azure-first exception turned into their
/// opposites, "as long as Microsoft can and will", in German and French.
#[test]
fn azure_first_as_long_as_microsoft_can_and_will() {
    let c = "azure-first-exception";
    says_in(
        "E5",
        "Azure bleibt nur erste Adresse, solange Microsoft die nötigen Fähigkeiten bereitstellen kann und will.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Neue Produkte erscheinen zuerst auf Azure, sofern Microsoft sie unterstützen kann und will.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Les produits sortiront d'abord sur Azure tant que Microsoft peut et veut fournir les capacités nécessaires.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Neue Produkte erscheinen zuerst auf Azure, es sei denn, Microsoft kann die nötigen Fähigkeiten nicht bereitstellen und will es auch nicht.",
        "de",
        c,
        "agrees",
    );
    // Another condition, with no Azure: not this term.
    silent_in(
        "E5",
        "OpenAI zahlt weiter einen Anteil, solange Microsoft die Rechenleistung liefern kann und will.",
        "de",
    );
}

/// de-b43 (C2: "verhandelten die Partner ihre Bedingungen in einer gemeinsamen Erklärung neu"):
/// the February statement told as a renegotiation; it said nothing changed the terms.
#[test]
fn the_amazon_statement_told_as_a_renegotiation() {
    let c = "amazon-terms";
    says_in(
        "C2",
        "Als OpenAI im Februar einen Großauftrag mit Amazon abschloss, verhandelten die Partner ihre Bedingungen in einer gemeinsamen Erklärung neu.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "C2",
        "Après l'accord avec Amazon, les deux partenaires ont renégocié leurs termes dans une déclaration commune.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "C2",
        "Nach dem Amazon-Deal haben Microsoft und OpenAI ihre Bedingungen nicht neu verhandelt.",
        "de",
        c,
        "agrees",
    );
    says_in(
        "C2",
        "Après l'accord avec Amazon, les deux partenaires n'ont pas renégocié leurs termes.",
        "fr",
        c,
        "agrees",
    );
    // The April amendment is a renegotiation, and no Amazon statement.
    silent_in("E5", "Microsoft und OpenAI verhandelten im April ihre Bedingungen neu.", "de");
}

/// de-b43 ("Wie beide Unternehmen damals mitteilten, legte Microsoft zehn Milliarden Dollar nach,
/// und Azure blieb …"): the 2023 sum in the companies' mouth, never disclosed; "damals", "à
/// l'époque" point back to the time the sentence before told; a predicate after ", und" keeps
/// its own words ("Azure") from blocking the first.
#[test]
fn the_2023_sum_in_the_companies_mouth_at_the_time_told_before() {
    let c = "investment-disclosed";
    says_in(
        "E5",
        "Im Januar 2023 folgte die dritte Phase. Wie beide Unternehmen damals mitteilten, legte Microsoft zehn Milliarden Dollar nach, und Azure blieb exklusiver Cloud-Anbieter.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "En janvier 2023, Microsoft a prolongé le partenariat. Comme l'ont annoncé à l'époque les deux groupes, Microsoft a injecté 10 milliards de dollars.",
        "fr",
        c,
        "contradicts",
    );
    // 2019's billion was disclosed.
    says_in(
        "E5",
        "Im Juli 2019 stieg Microsoft bei OpenAI ein. Wie beide Unternehmen damals mitteilten, investierte Microsoft eine Milliarde Dollar.",
        "de",
        c,
        "agrees",
    );
    // A report of the sum is not the companies' word.
    silent_in("E2", "Laut Bloomberg legte Microsoft zehn Milliarden Dollar nach.", "de");
}
