//! Round 31b, German: a claim in a sentence with a German ordinal ("am 11. September 2025",
//! "bis zum 27. Feb.", "in der 3. Phase") was hidden, since the sentence splitter cut the
//! sentence at the ordinal's full stop and the claim's words fell into two halves.

use super::*;

/// de-b49's dated sentences ("am 11. September 2025 …", "seit dem 21. Januar 2025 …"): a claim
/// after a day written with an ordinal full stop, full or abbreviated month, or after an ordinal
/// before another noun, is read as one sentence, in both directions (the splitter's own test,
/// text::sentences::tests::a_german_ordinal_date_does_not_end_the_sentence, has the other
/// ordinals).
#[test]
fn a_claim_after_a_german_ordinal_date_is_read() {
    let wrong = [
        "Am 28. Oktober 2025 teilten die Firmen mit, dass Microsoft rund 49 Prozent an der neuen Gesellschaft hält.",
        "Nach der Einigung vom 28. Okt. teilten die Firmen mit, dass Microsoft rund 49 Prozent an der neuen Gesellschaft hält.",
    ];
    for text in wrong {
        says_in("C2", text, "de", "stake-percent", "contradicts");
    }
    let right = [
        "Am 28. Oktober 2025 teilten die Firmen mit, dass Microsoft rund 27 Prozent an der neuen Gesellschaft hält.",
        "Nach der Einigung vom 28. Okt. teilten die Firmen mit, dass Microsoft rund 27 Prozent an der neuen Gesellschaft hält.",
    ];
    for text in right {
        says_in("C2", text, "de", "stake-percent", "agrees");
    }
    // A sentence that ends after a year still ends there: the number in the next one is no
    // stake of Microsoft's.
    silent_in("C2", "Das begann im Jahr 2019. Bei 49 Prozent lag damals die Zustimmung der Nutzer.", "de");
}
