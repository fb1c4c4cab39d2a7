//! Round 33b (Spanish, German, Chinese): the blind articles es-b61, de-b61 and zh-b61, each class
//! with sentences written for it, wrong and right.

use super::*;

/// es-b61's false alarm: Mexican Spanish groups thousands with a comma ("250,000 millones de
/// dólares", "1,300 millones"); read as a decimal comma, $250 billion was $250 million. One
/// comma before exactly three digits and "millones" is a thousands group; a decimal is
/// written "1,3 millones", and "mil millones" and the dotted form read as before.
#[test]
fn spanish_comma_grouped_thousands_of_millions() {
    let c = "azure-commitment";
    says_in(
        "E4",
        "OpenAI se comprometió a comprar 250,000 millones de dólares adicionales en servicios de Azure.",
        "es",
        c,
        "agrees",
    );
    silent_in(
        "E4",
        "OpenAI se comprometió a comprar 250,000 millones de dólares adicionales en servicios de Azure.",
        "es",
    );
    says_in(
        "E4",
        "OpenAI se comprometió a comprar 250.000 millones de dólares adicionales en servicios de Azure.",
        "es",
        c,
        "agrees",
    );
    // A wrong sum in the same writing is still wrong.
    says_in(
        "E4",
        "OpenAI se comprometió a comprar 150,000 millones de dólares adicionales en servicios de Azure.",
        "es",
        c,
        "contradicts",
    );
    // The stake's value, comma-grouped: $135 billion.
    says_in(
        "E4",
        "La participación de Microsoft está valorada en unos 135,000 millones de dólares.",
        "es",
        "stake-value",
        "agrees",
    );
}

/// de-b61's false alarm: a gloss taken out between commas (", also für jene API-Aufrufe,") took
/// the comma before the relative clause that follows it ("bei denen keine Daten … gespeichert
/// werden"); that clause's negation describes the calls, and no longer denies the stateless
/// APIs' exclusivity. A negation of the main clause still does.
#[test]
fn german_relative_after_a_gloss_keeps_its_negation() {
    let c = "api-exclusivity";
    silent_in(
        "C2",
        "Die gemeinsame Erklärung zieht eine klare Linie: Azure bleibt der exklusive Cloud-Anbieter für zustandslose OpenAI-Schnittstellen, also für jene API-Aufrufe, bei denen keine Daten zwischen den Anfragen gespeichert werden.",
        "de",
    );
    silent_in(
        "C2",
        "Azure bleibt exklusiver Anbieter für zustandslose OpenAI-APIs, also für jene Aufrufe, die keinen Zustand speichern.",
        "de",
    );
    says_in(
        "C2",
        "Azure ist nicht mehr der exklusive Cloud-Anbieter für zustandslose OpenAI-Schnittstellen.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "C2",
        "Azure bleibt der exklusive Cloud-Anbieter für zustandslose OpenAI-Schnittstellen, bei denen keine Daten gespeichert werden.",
        "de",
        c,
        "agrees",
    );
}

/// zh-b61's headline-like sentence: a party before 则 right after a comma ("…在任何云上销售全部
/// 产品，微软则保住了…独家授权") sets its own statement against the one before; read as one
/// clause, the first half's cloud words hid the second half's exclusive licence. After a
/// condition ("如果…，微软则…") the two halves stay one statement.
#[test]
fn chinese_party_ze_after_a_comma_opens_a_clause() {
    let c = "licence-exclusivity";
    says_in(
        "E5",
        "4月27日的修订协议让OpenAI可以在任何云上销售全部产品，微软则保住了对OpenAI模型与产品的独家授权，期限至2032年。",
        "zh",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "修订协议让OpenAI可在任意云平台销售产品，微软方面则仍持有对OpenAI技术的独家许可。",
        "zh",
        c,
        "contradicts",
    );
    says_in("E5", "OpenAI可以在任何云上销售产品，微软则保留了对OpenAI模型的非独家授权。", "zh", c, "agrees");
    silent_in("E5", "OpenAI获准在任何云上销售产品，微软则不再享有独家授权。", "zh");
    // A condition's consequence stays with its condition.
    silent_in("E5", "如果OpenAI宣布实现AGI，微软则失去独家授权。", "zh");
}

/// es-b61: a source between commas inside a pseudo-cleft ("Lo que Redmond sí retiene, según
/// personas cercanas a la negociación, es su derecho de preferencia …") parted the pattern;
/// "según …" between commas frames the clause as "according to" does. "Según fuentes" stays a
/// rumour.
#[test]
fn spanish_source_between_commas_frames_the_clause() {
    let c = "rofr";
    says_in(
        "E5",
        "Lo que Redmond sí retiene, según personas cercanas a la negociación, es su derecho de preferencia sobre cualquier capacidad de cómputo nueva que OpenAI quiera contratar.",
        "es",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Lo que Microsoft perdió, según la empresa, es su derecho de preferencia sobre la nueva capacidad.",
        "es",
        c,
        "agrees",
    );
    says_in(
        "E5",
        "Microsoft conserva, según un portavoz, su derecho de preferencia sobre la nueva capacidad.",
        "es",
        c,
        "contradicts",
    );
    silent_in(
        "E5",
        "Microsoft conserva, según fuentes cercanas, su derecho de preferencia sobre la nueva capacidad.",
        "es",
    );
    says_in(
        "E5",
        "Microsoft behält, laut einem Sprecher, sein Vorkaufsrecht auf neue Rechenkapazität.",
        "de",
        c,
        "contradicts",
    );
}
