//! The one sentence splitter: the automatic checks read a sentence at a time, the timeline links
//! to the sentence that mentions a milestone, and a note's listing quotes the sentence around its
//! passage, all with these sentences, so that "the sentence" means the same everywhere.

use std::ops::Range;

use crate::lang::is_full_width_stop;

/// Words whose full stop does not end a sentence: titles, company forms, months, references.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "gov", "inc", "corp", "co", "ltd", "st", "vs", "etc", "e.g", "i.e",
    "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
    "vol", "p", "pp", "fig", "approx", "est",
];

/// The sentences of a block: byte ranges, trimmed. A sentence ends at `.`, `!` or `?` (with
/// the closing quotes and brackets after it) followed by a space or the end, unless the `.`
/// ends an abbreviation or an initial. Chinese and Japanese end sentences with full-width stops
/// (。！？, and the half-width ｡) with no space after them: "协议已修改。授权到2032年。" is two
/// sentences.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // The ASCII stops are found by a byte search (the checks split many blocks); the full-width
    // ones are 3 bytes starting 0xE3 or 0xEF in UTF-8, so only a block holding one of those
    // bytes is walked for them.
    let mut stops: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', bytes).collect();
    if memchr::memchr2(0xE3, 0xEF, bytes).is_some() {
        stops.extend(text.char_indices().filter(|(_, c)| is_full_width_stop(*c)).map(|(i, _)| i));
        stops.sort_unstable();
    }
    for i in stops {
        if i < start {
            continue; // a stop already taken into the sentence before: "真的吗？！"
        }
        let stop = text[i..].chars().next().unwrap_or('.');
        let full_width = is_full_width_stop(stop);
        // Closing quotes and brackets belong to the sentence they end; after a full-width stop,
        // so do more stops ("？！") and the CJK closers 」』）》〉】.
        let mut end = i + stop.len_utf8();
        while let Some(d) = text[end..].chars().next().filter(|d| {
            matches!(d, '"' | '”' | '’' | ')' | ']' | '»')
                || full_width && (is_full_width_stop(*d) || matches!(d, '」' | '』' | '）' | '》' | '〉' | '】'))
        }) {
            end += d.len_utf8();
        }
        if !full_width {
            let at_space = end == text.len() || bytes.get(end).is_some_and(u8::is_ascii_whitespace);
            if !at_space || (bytes[i] == b'.' && is_abbreviation(&text[start..i], text[end..].trim_start())) {
                continue;
            }
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

    /// Chinese and Japanese sentences end at full-width stops, with no space after them.
    #[test]
    fn cjk_sentences_end_at_full_width_stops_without_a_space() {
        assert_eq!(
            split(
                "微软周一宣布修改协议。新协议于2032年到期！这意味着什么？！「我们很满意。」他说。Microsoft agreed. 完"
            ),
            vec![
                "微软周一宣布修改协议。",
                "新协议于2032年到期！",
                "这意味着什么？！",
                "「我们很满意。」",
                "他说。",
                "Microsoft agreed.",
                "完"
            ]
        );
        assert_eq!(
            split("マイクロソフトのライセンスは2032年まで続く｡独占ではない。 利用は自由だ"),
            vec!["マイクロソフトのライセンスは2032年まで続く｡", "独占ではない。", "利用は自由だ"]
        );
        // Decimals and ASCII stops inside CJK text are not sentence ends.
        assert_eq!(split("持股比例为32.5%。"), vec!["持股比例为32.5%。"]);
    }
}
