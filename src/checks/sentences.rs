//! Sentences, clauses and cue words: what tells a claim from a sentence that only mentions it.
//!
//! A block of visible text is split into sentences, each sentence into clauses (at `;`, dashes
//! and connectives such as ", but" or " while "). A claim is read only when its clause asserts
//! it: no negation, no hedge, no reported speech, not in the past, not inside quotation marks
//! and not in a question. Cue words are looked for in the whole clause except the words the
//! pattern itself spells out, so a pattern may say "no longer pays" on purpose.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Why a clause does not assert a claim; `None` when it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Negation,
    Hedge,
    Reported,
    Past,
}

static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    cue_regex(
        r"not|no|never|neither|nor|none|nothing|without|lacks?|lacking|no longer|den(?:y|ies|ied)|false|untrue|myths?|incorrect|wrong|instead of|rather than|eliminat[A-Za-z0-9_]*|end|ends|ended|ending|scrap[A-Za-z0-9_]*|abolish[A-Za-z0-9_]*|cancel[A-Za-z0-9_]*|drop|drops|dropped|dropping|remov[A-Za-z0-9_]*|stop|stops|stopped|stopping|ceas[A-Za-z0-9_]*|halt[A-Za-z0-9_]*|expir[A-Za-z0-9_]*|lose|loses|lost|losing|gave up|give up|gives up|giving up|terminat[A-Za-z0-9_]*|revok[A-Za-z0-9_]*|strip[A-Za-z0-9_]*|replaced|[A-Za-z0-9_]+n['’]t|cannot",
    )
});

static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    let words = r"might|could|would|should|possibl[A-Za-z0-9_]*|potential[A-Za-z0-9_]*|perhaps|maybe|likely|unlikely|probabl[A-Za-z0-9_]*|reportedly|rumou?r[A-Za-z0-9_]*|speculat[A-Za-z0-9_]*|appear[A-Za-z0-9_]*|seem[A-Za-z0-9_]*|suggest[A-Za-z0-9_]*|expect[A-Za-z0-9_]*|estimat[A-Za-z0-9_]*|if|whether|unclear|unconfirmed|alleg[A-Za-z0-9_]*|purported[A-Za-z0-9_]*|supposed[A-Za-z0-9_]*|thought to|aims? to|plans? to|intends? to|hopes? to|predict[A-Za-z0-9_]*|forecast[A-Za-z0-9_]*|anticipat[A-Za-z0-9_]*|assum[A-Za-z0-9_]*|hypothetical[A-Za-z0-9_]*|proposed|in talks|imagine|guess[A-Za-z0-9_]*";
    // "may" hedges, "May 2026" is a month. (Compiled once: the cue regex's text, then "may".)
    Regex::new(&format!(r"{}|(?-u:\b)(?-i:may)(?-u:\b)", cue_pattern(words))).unwrap_or_else(|_| cue_regex(words))
});

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    cue_regex(
        r"said|says|say|saying|told|tells|claim|claims|claimed|claiming|according|reported|reports|report|reporting|argu[A-Za-z0-9_]*|believ[A-Za-z0-9_]*|contend[A-Za-z0-9_]*|insist[A-Za-z0-9_]*|sources?|analysts?|insiders?|familiar with|asserts?|asserted|quoted|quoting|wrote|writes|opined|commented",
    )
});

static PAST: LazyLock<Regex> = LazyLock::new(|| {
    cue_regex(
        r"was|were|had|previously|formerly|used to|originally|initially|in the past|prior|until now|until then|back then|back in|last year|at the time|historically|previous|pre-existing|predecessor|before the|old deal|old agreement|original deal|original agreement|earlier deal|earlier agreement",
    )
});

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)[0-9][0-9](?-u:\b)").unwrap_or_else(|_| never()));

/// A case-insensitive regex of whole words.
fn cue_regex(words: &str) -> Regex {
    Regex::new(&cue_pattern(words)).unwrap_or_else(|_| never())
}

fn cue_pattern(words: &str) -> String {
    format!(r"(?i)(?-u:\b)(?:{words})(?-u:\b)")
}

/// A regex that matches nothing: the fallback for a built-in regex, which always compiles.
fn never() -> Regex {
    #[allow(clippy::unwrap_used, reason = "a constant regex that compiles")]
    Regex::new(r"[^\s\S]").unwrap()
}

/// The cue, if any, in `text` (a clause with the pattern's own words blanked out). `stage_year`
/// is the year of the article's stage: a year before it marks the clause as about the past.
pub fn cue(text: &str, stage_year: Option<i32>, history: bool) -> Option<Cue> {
    if NEGATION.is_match(text) {
        return Some(Cue::Negation);
    }
    if HEDGE.is_match(text) {
        return Some(Cue::Hedge);
    }
    if REPORTED.is_match(text) {
        return Some(Cue::Reported);
    }
    if !history {
        if PAST.is_match(text) {
            return Some(Cue::Past);
        }
        if let Some(stage) = stage_year
            && YEAR.find_iter(text).any(|m| m.as_str().parse::<i32>().is_ok_and(|y| y < stage))
        {
            return Some(Cue::Past);
        }
    }
    None
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "inc", "corp", "co", "ltd", "st", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "approx", "est",
];

/// The sentences of a block: byte ranges, trimmed. A sentence ends at `.`, `!` or `?` (with
/// the closing quotes and brackets after it) followed by a space or the end, unless the `.`
/// ends an abbreviation or an initial.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    // Chinese and Japanese end sentences with full-width stops (。！？, and the half-width ｡),
    // with no space after them: "协议已修改。授权到2032年。" is two sentences.
    use crate::lang::is_full_width_stop;
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

/// Whether a sentence asks rather than says.
pub fn is_question(sentence: &str) -> bool {
    sentence.trim_end_matches(['"', '”', '’', ')', ']', '»', ' ']).ends_with('?')
}

static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i);|[ \t\n\u{a0}][—–][ \t\n\u{a0}]|[ \t\n\u{a0}]--?[ \t\n\u{a0}]|,[ \t\n\u{a0}](?:but|while|whereas|although|though|yet|which|and|with|so)(?-u:\b)|[ \t\n\u{a0}](?:but|while|whereas)[ \t\n\u{a0}]",
    )
    .unwrap_or_else(|_| never())
});

/// The clauses of a sentence, as ranges relative to it. A clause keeps its connective, so that
/// "while" or "but" stays with the words it governs.
pub fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for m in CLAUSE_BREAK.find_iter(sentence) {
        if m.start() > start {
            out.push(start..m.start());
        }
        // Skip the punctuation, keep the connective word.
        start = m.start() + m.as_str().find(|c: char| c.is_alphanumeric()).unwrap_or(m.len());
        start += sentence[start..].len() - sentence[start..].trim_start().len();
    }
    if start < sentence.len() {
        out.push(start..sentence.len());
    }
    out
}

/// Byte ranges of a block inside quotation marks (curly or straight): someone else's words.
pub fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i),
            ('”', Some(s)) => {
                out.push(s..i + c.len_utf8());
                open = None;
            }
            ('"', None) => open = Some(i),
            ('"', Some(s)) => {
                out.push(s..i + 1);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        out.push(s..text.len());
    }
    out
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
        assert!(is_question("Will it ship first?”"));
        assert!(!is_question("It ships first."));
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

    #[test]
    fn clauses_split_at_connectives_and_keep_them() {
        let s = "Microsoft no longer pays; OpenAI pays Microsoft, but only until 2030 while the licence runs";
        let parts: Vec<&str> = clauses(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            parts,
            vec!["Microsoft no longer pays", "OpenAI pays Microsoft", "but only until 2030", "while the licence runs"]
        );
    }

    #[test]
    fn cues() {
        assert_eq!(cue("Microsoft no longer pays", None, false), Some(Cue::Negation));
        assert_eq!(cue("Microsoft won’t keep it", None, false), Some(Cue::Negation));
        assert_eq!(cue("the deal may give OpenAI", None, false), Some(Cue::Hedge));
        assert_eq!(cue("signed in May 2026 it gives", None, false), None);
        assert_eq!(cue("analysts estimated the share", None, false), Some(Cue::Hedge));
        assert_eq!(cue("the CFO said the licence", None, false), Some(Cue::Reported));
        assert_eq!(cue("Microsoft was the cloud", None, false), Some(Cue::Past));
        assert_eq!(cue("Microsoft was the cloud", None, true), None);
        assert_eq!(cue("since 2019 Microsoft is", Some(2026), false), Some(Cue::Past));
        assert_eq!(cue("through 2030 Microsoft is", Some(2026), false), None);
        assert_eq!(cue("Microsoft remains the partner", Some(2026), false), None);
    }

    #[test]
    fn quotations() {
        let t = "He said “the licence is exclusive” and \"so\" it went";
        let q = quoted(t);
        assert_eq!(q.len(), 2);
        assert_eq!(&t[q[0].clone()], "“the licence is exclusive”");
        assert_eq!(&t[q[1].clone()], "\"so\"");
    }
}
