//! The one sentence splitter: the automatic checks read a sentence at a time, the timeline links
//! to the sentence that mentions a milestone, and a note's listing quotes the sentence around its
//! passage, all with these sentences, so that "the sentence" means the same everywhere.

use std::ops::Range;

/// Words whose full stop does not end a sentence: titles, company forms, months, references.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "gov", "inc", "corp", "co", "ltd", "st", "vs", "etc", "e.g", "i.e",
    "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
    "vol", "p", "pp", "fig", "approx", "est",
];

/// The sentences of a block: byte ranges, trimmed. A sentence ends at `.`, `!` or `?` (with
/// the closing quotes and brackets after it) followed by a space or the end, unless the `.`
/// ends an abbreviation or an initial.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // The stops are ASCII, so a byte search finds them (the checks split many blocks).
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        // Closing quotes and brackets belong to the sentence they end.
        let mut end = i + 1;
        while let Some(d) = text[end..].chars().next().filter(|d| matches!(d, '"' | '”' | '’' | ')' | ']' | '»')) {
            end += d.len_utf8();
        }
        let at_space = end == text.len() || bytes.get(end).is_some_and(u8::is_ascii_whitespace);
        if !at_space || (bytes[i] == b'.' && is_abbreviation(&text[start..i], text[end..].trim_start())) {
            continue;
        }
        push_trimmed(&mut out, text, start..end);
        start = end;
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

fn is_abbreviation(before: &str, after: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or_default();
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "J. Smith"
    }
    // Lowercase without allocating for ASCII words (the Kelvin sign lowercases to `k`: other
    // words take the general way).
    let lower = if word.is_ascii() { std::borrow::Cow::Borrowed(word) } else { word.to_lowercase().into() };
    if lower.eq_ignore_ascii_case("no") {
        // "No. 1" abbreviates; "No. OpenAI will…" answers a question.
        return after.starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.iter().any(|a| lower.eq_ignore_ascii_case(a))
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, r: Range<usize>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if r.start + lead < r.end - trail {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_stops_not_at_abbreviations_or_decimals() {
        assert_eq!(
            split("Dr. Sharma spoke. It holds 32.5 percent! Does it? No. The U.S. agreed (see [4]). “Yes.” Done"),
            vec![
                "Dr. Sharma spoke.",
                "It holds 32.5 percent!",
                "Does it?",
                "No.",
                "The U.S. agreed (see [4]).",
                "“Yes.”",
                "Done"
            ]
        );
    }

    #[test]
    fn abbreviations_decimals_and_amounts_do_not_end_a_sentence() {
        assert_eq!(
            split("The U.S. deal is worth $13.5 billion. Mr. Nadella agreed! Gov. Newsom, Jr. too. See p. 4. Done"),
            vec![
                "The U.S. deal is worth $13.5 billion.",
                "Mr. Nadella agreed!",
                "Gov. Newsom, Jr. too.",
                "See p. 4.",
                "Done"
            ]
        );
    }
}
