//! Round 29 (es, pt, fr, de, en): the class of ja-b38's false alarm in the other languages (a
//! non-binding memorandum named beside the definitive agreement read as the deal called
//! non-binding), and a lasting right dated by the month of a predicate past a colon.

use super::*;

/// A non-binding memorandum beside the definitive agreement (the class of ja-b38's false alarm,
/// "拘束力のない覚書に署名し、最終契約の条件を詰めている", in Spanish, Portuguese, French and German):
/// it names the memorandum (mou-binding), not the deal in force, so October's binding agreement
/// does not judge it; the deal said to be no more than a non-binding memorandum still is the
/// deal called non-binding.
#[test]
fn non_binding_memorandum_beside_the_definitive_agreement() {
    // Spanish
    silent_in(
        "E5",
        "Las empresas firmaron un memorando no vinculante y ahora trabajan en el acuerdo definitivo.",
        "es",
    );
    silent_in(
        "E4",
        "Tras el memorando de entendimiento no vinculante de septiembre, ambas compañías firmaron en octubre un acuerdo definitivo.",
        "es",
    );
    says_in("E4", "El acuerdo de octubre es solo un memorando no vinculante.", "es", "deal-binding", "contradicts");
    says_in(
        "E4",
        "Lo que firmaron en octubre no fue más que un memorando no vinculante.",
        "es",
        "deal-binding",
        "contradicts",
    );
    says_in(
        "E5",
        "El pacto que rige hoy no pasa de ser un memorando de entendimiento sin carácter vinculante.",
        "es",
        "deal-binding",
        "contradicts",
    );
    says_in("E4", "El acuerdo no es vinculante.", "es", "deal-binding", "contradicts");
    // Portuguese
    silent_in(
        "E5",
        "As empresas assinaram um memorando de entendimento não vinculante e agora trabalham no acordo definitivo.",
        "pt",
    );
    silent_in(
        "E4",
        "Depois do memorando não vinculante de setembro, as duas empresas assinaram em outubro um acordo definitivo.",
        "pt",
    );
    // "não passa de" (no more than) is no negation: the memorandum stays non-binding.
    says_in("E4", "O acordo de outubro não passa de um memorando não vinculante.", "pt", "deal-binding", "contradicts");
    says_in("E4", "O acordo de outubro não passa de um memorando não vinculante.", "pt", "mou-binding", "agrees");
    // French: "protocole d'accord non contraignant" holds no agreement of its own.
    silent_in(
        "E4",
        "Après le protocole d'accord non contraignant de septembre, les deux sociétés ont signé en octobre un accord définitif.",
        "fr",
    );
    says_in(
        "E4",
        "L'accord d'octobre n'est qu'un protocole d'accord non contraignant.",
        "fr",
        "deal-binding",
        "contradicts",
    );
    says_in("E4", "Il s'agit d'un accord non contraignant.", "fr", "deal-binding", "contradicts");
    // German
    says_in(
        "E4",
        "Die Vereinbarung vom Oktober ist nur eine unverbindliche Absichtserklärung.",
        "de",
        "deal-binding",
        "contradicts",
    );
    says_in(
        "E4",
        "Der Vertrag vom Oktober war nicht mehr als eine unverbindliche Absichtserklärung.",
        "de",
        "deal-binding",
        "contradicts",
    );
    says_in("E4", "Es handelt sich um eine unverbindliche Vereinbarung.", "de", "deal-binding", "contradicts");
    // Preceded by a memorandum is not being one (the copula stands right before it).
    silent_in("E4", "El acuerdo definitivo de octubre fue precedido por un memorando no vinculante.", "es");
    silent_in("E4", "O acordo definitivo foi precedido por um memorando não vinculante.", "pt");
    silent_in("E4", "L'accord définitif est venu remplacer un mémorandum non contraignant.", "fr");
    silent_in("E4", "The definitive agreement was preceded by a non-binding memorandum.", "en");
    says_in("E4", "The agreement amounts to a non-binding memorandum.", "en", "deal-binding", "contradicts");
    // English already read it so.
    silent_in(
        "E4",
        "After the non-binding MOU of September, the two companies signed a definitive agreement in October.",
        "en",
    );
    says_in("E4", "The October deal is just a non-binding memorandum.", "en", "deal-binding", "contradicts");
}

/// A lasting right dated by the month of a predicate past a colon ("El derecho de tanteo se
/// mantiene: fue acordado en enero", found by another helper in E4 coverage): the month and the
/// past tense are the agreeing's, and "se mantiene" speaks of the article's stage, when the right
/// of first refusal had ended. A time right after the colon still dates the match.
#[test]
fn lasting_right_dated_past_a_colon() {
    says_in("E4", "El derecho de tanteo se mantiene: fue acordado en enero.", "es", "rofr", "contradicts");
    says_in("E4", "O direito de preferência se mantém: foi acordado em janeiro.", "pt", "rofr", "contradicts");
    says_in("E4", "The right of first refusal remains: it was agreed in January.", "en", "rofr", "contradicts");
    says_in(
        "E4",
        "The right of first refusal stays in place: Microsoft secured it in January.",
        "en",
        "rofr",
        "contradicts",
    );
    // Before October, the right still held.
    says_in("E3", "El derecho de tanteo se mantiene: fue acordado en enero.", "es", "rofr", "agrees");
    silent_in("E3", "The right of first refusal remains: it was agreed in January.", "en");
    // A past state is no claim about the stage.
    silent_in("E4", "Microsoft had a right of first refusal: it was agreed in January.", "en");
}

/// A time right after "and" past the memorandum (the definitive agreement told in a second
/// conjunct: "…un memorando no vinculante y en octubre cerraron el acuerdo definitivo"): the month
/// dates the closing, not the memorandum the clause named first (it was judged at E3).
#[test]
fn time_opening_a_conjunct_after_the_memorandum() {
    says_in(
        "E4",
        "En septiembre firmaron un memorando de entendimiento no vinculante y en octubre cerraron el acuerdo definitivo.",
        "es",
        "deal-final",
        "agrees",
    );
    silent_in(
        "E4",
        "En septiembre firmaron un memorando de entendimiento no vinculante y en octubre cerraron el acuerdo definitivo.",
        "es",
    );
    silent_in(
        "E4",
        "Em setembro assinaram um memorando não vinculante e em outubro fecharam o acordo definitivo.",
        "pt",
    );
    silent_in("E4", "They signed a non-binding MOU and in October signed the definitive agreement.", "en");
    // Still at the memorandum's stage, the agreement to come is no claim about E3's terms.
    silent_in("E3", "They signed a non-binding MOU and in October will sign the definitive agreement.", "en");
}

/// A time inside the match after the memorandum named before it ("Nach der unverbindlichen
/// Absichtserklärung vom September schlossen beide Unternehmen im Oktober einen endgültigen
/// Vertrag"): the month dates the signing, not the memorandum (it was judged at E3).
#[test]
fn time_inside_the_match_after_the_memorandum() {
    let text = "Nach der unverbindlichen Absichtserklärung vom September schlossen beide Unternehmen im Oktober einen endgültigen Vertrag.";
    says_in("E4", text, "de", "deal-final", "agrees");
    silent_in("E4", text, "de");
    // Said of the memorandum's own time, the same words are no claim about October's terms.
    silent_in(
        "E3",
        "Nach der Absichtserklärung vom September schließen beide Unternehmen im Oktober einen endgültigen Vertrag.",
        "de",
    );
}
