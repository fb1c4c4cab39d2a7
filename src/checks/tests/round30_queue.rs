//! Round 30 (queue30): a shorter review queue that still holds what the checks miss (issue 13).
//! Each test is named after the class of sentences it narrows, with a context sentence no
//! longer listed and a sentence of the same shape that must stay listed.

use super::*;

/// Both parties beside a company outside the deal, with no word of what a term does: the
/// industry's news ("Microsoft sells Anthropic models; OpenAI buys compute from Oracle"). With a
/// word of what a term does ("still", "only", "must", a change) the sentence may state a term,
/// and stays listed; so does the pair alone.
#[test]
fn parties_beside_another_company() {
    listed_none(
        "E5",
        "Microsoft has its own model team and sells Anthropic models inside Copilot; OpenAI buys compute from whoever can deliver it.",
        "en",
    );
    listed_none(
        "E5",
        "Vendredi, OpenAI a dévoilé un vaste accord avec Amazon, le rival le plus direct de Microsoft.",
        "fr",
    );
    listed_none(
        "E5",
        "오픈AI는 최근 오라클과 대규모 클라우드 계약을 맺었고, MS도 앤트로픽의 AI 모델을 쓰기로 했다.",
        "ko",
    );
    // A word of what a term does ("verändere", "still has to"): the sentence may state a term.
    listed_one(
        "E5",
        "Im Februar räumten beide Unternehmen ein, dass der Amazon-Deal die Bedingungen ihrer Partnerschaft verändere.",
        "de",
    );
    listed_one("E5", "Microsoft still has to approve any deal OpenAI strikes with Amazon.", "en");
    // Without another company, both parties still make the sentence worth reading.
    listed_one(
        "E5",
        "OpenAI may launch elsewhere first if Microsoft is unable or unwilling to support a product.",
        "en",
    );
}

/// A sum with no party, no subject, no stage and no year, credited to a report, a source or an
/// analyst ("The Information put the cap at $38 billion, citing …", "据外媒报道"): the press's
/// figure, which no term credits to anyone. Uncredited, or dated by a year of the deal, the sum
/// stays listed.
#[test]
fn amount_credited_to_the_press() {
    listed_none("E5", "One newsletter put it at $38 billion, citing people familiar with the matter.", "en");
    listed_none("E4", "据外媒报道，这笔投资的规模约为100亿美元。", "zh");
    listed_none("E5", "Segundo a imprensa americana, haveria um teto total de US$ 38 bilhões.", "pt");
    listed_none("E5", "미국 CNBC는 익명의 관계자를 인용해 상한액을 380억 달러로 전했다.", "ko");
    // Uncredited: a sum in billions needs no party to be the deal's.
    listed_one("E5", "The total will come to $38 billion.", "en");
    listed_one("E5", "El tope rondaría los 38.000 millones de dólares.", "es");
    // A year dates a deal whoever announced it: the 2023 investment was multibillion.
    listed_one("E4", "2023년 1월 발표된 투자는 1년짜리 10억 달러 규모에 그쳤다.", "ko");
}

fn listed_none(event: &str, text: &str, lang: &str) {
    assert_eq!(listed_in(event, text, lang), 0, "listed: {text}");
}

fn listed_one(event: &str, text: &str, lang: &str) {
    assert_eq!(listed_in(event, text, lang), 1, "not listed: {text}");
}
