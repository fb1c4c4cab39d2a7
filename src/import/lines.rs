//! A scraped page as lines, and the shape of each line: the facts every cleaning rule reads.
//!
//! Nothing here knows about any particular site. A line's shape is its kind (blank, list item,
//! text), its length in words, and how it ends; the rules in `clean` and `chrome` combine these.

/// What a line is, judged by its first characters alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Blank,
    /// `•`, `-`, `*`, `◦`, `▪`, `●`, `‣`, `·` then a space.
    Bullet,
    /// `1.` or `1)` then a space (one to three digits: a year is not an item number).
    Numbered {
        number: u32,
        delimiter: char,
    },
    Text,
}

/// One line of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based, as the editor's text editor counts.
    pub number: usize,
    pub kind: Kind,
    /// The content, trimmed, without a list marker.
    pub text: &'a str,
    /// The whole line, trimmed, marker included: what a numbered line that is not a list item
    /// keeps.
    pub full: &'a str,
}

/// Splits a page into lines. `\r\n` and lone `\r` end lines too, so numbers match any editor.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        lines.push(&rest[..end]);
        rest = &rest[end..];
        if let Some(r) = rest.strip_prefix("\r\n") {
            rest = r;
        } else if let Some(r) = rest.strip_prefix(['\n', '\r']) {
            rest = r;
        }
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, raw)| {
            let full = raw.trim();
            let (kind, text) = kind_of(full);
            Line { number: i + 1, kind, text, full }
        })
        .collect()
}

const BULLETS: [char; 8] = ['•', '◦', '▪', '●', '‣', '·', '-', '*'];

/// The kind of a trimmed line, and its content without the list marker.
fn kind_of(line: &str) -> (Kind, &str) {
    if line.is_empty() {
        return (Kind::Blank, line);
    }
    let mut chars = line.chars();
    if let Some(first) = chars.next()
        && BULLETS.contains(&first)
    {
        let rest = chars.as_str();
        if rest.starts_with(char::is_whitespace) && !rest.trim().is_empty() {
            return (Kind::Bullet, rest.trim());
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let after = &line[digits..];
        if let Some(delimiter) = after.chars().next().filter(|c| *c == '.' || *c == ')') {
            let rest = &after[1..];
            if rest.starts_with(char::is_whitespace)
                && !rest.trim().is_empty()
                && let Ok(number) = line[..digits].parse()
            {
                return (Kind::Numbered { number, delimiter }, rest.trim());
            }
        }
    }
    (Kind::Text, line)
}

/// Number of words: whitespace-separated words, where Chinese and Japanese, which put no space
/// between words, count one word per two characters (their words average about two), so that
/// the shape rules (a heading is short, prose is long) read a Chinese paragraph as prose.
pub fn word_count(text: &str) -> usize {
    if !text.chars().any(crate::lang::is_unspaced) {
        return text.split_whitespace().count();
    }
    text.split_whitespace()
        .map(|token| {
            let unspaced = token.chars().filter(|c| crate::lang::is_unspaced(*c)).count();
            // Runs of other letters and digits inside the token ("OpenAI", "2032") are words too.
            let others = token
                .split(|c: char| crate::lang::is_unspaced(c) || !c.is_alphanumeric())
                .filter(|run| !run.is_empty())
                .count();
            let words = unspaced.div_ceil(2) + others;
            words.max(1)
        })
        .sum()
}

/// The words of a line, lowercased, without surrounding punctuation; empty words dropped.
/// Chinese and Japanese punctuation (`。`, `：`, `、`, `（`) separates words as a space does:
/// "图片：资料图" is two words.
pub fn norm_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || (crate::lang::is_wide(c) && !c.is_alphanumeric()))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The line lowercased with runs of whitespace collapsed: for comparing repeated lines.
pub fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The text with trailing closing quotes, brackets and citation markers (`[1, 2]`) removed, so
/// that `…cap [4].` and `…said.”` both end in their sentence punctuation.
pub fn strip_closers(text: &str) -> &str {
    let mut t = text.trim_end();
    loop {
        let before = t;
        // Quotes close with “ in German („…“), with 」 in Chinese and Japanese; French puts a
        // space inside its guillemets (« … »).
        t = t
            .trim_end_matches(['”', '’', '"', '\'', ')', '»', '*', '_', '“', '‘', '」', '』', '）', '》', '〉', '】'])
            .trim_end();
        if t.ends_with(']')
            && let Some(open) = t.rfind('[')
            && is_citation(&t[open..])
        {
            t = t[..open].trim_end();
        }
        if t == before {
            return t;
        }
    }
}

/// Whether the line ends a sentence: `.`, `!`, `?` or `…`, the full-width `。！？` of Chinese and
/// Japanese, or the Arabic `؟`, before any closing quote or marker.
pub fn ends_sentence(text: &str) -> bool {
    strip_closers(text).ends_with(['.', '!', '?', '…', '。', '！', '？', '｡', '؟', '۔'])
}

/// Whether the line ends with a question mark (a question-form title or an FAQ question).
pub fn is_question(text: &str) -> bool {
    strip_closers(text).ends_with(['?', '？', '؟'])
}

/// Whether the line ends with a colon, ASCII or full-width: a label or a line announcing a list.
pub fn ends_with_colon(text: &str) -> bool {
    text.trim_end().ends_with([':', '：'])
}

/// A line that could be a heading: short, with letters, and without end punctuation (a question
/// mark excepted: question-form titles are headings). Sentences end in punctuation; titles don't.
pub fn is_heading_shaped(text: &str) -> bool {
    let words = word_count(text);
    let question = is_question(text);
    let limit = if question { 20 } else { 14 };
    // Headings open with a word, a number or a quote; an attribution ("— Jane Doe"), a note
    // in brackets or an address is not a title.
    let opens = text.chars().next().is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '“' | '"' | '‘' | '\'' | '«' | '„' | '「' | '『' | '《' | '¿' | '¡')
    });
    opens
        && !text.contains("://")
        && text.chars().any(char::is_alphabetic)
        && words >= 1
        && words <= limit
        && text.chars().count() <= 160
        && (question || !text.trim_end().ends_with(['.', ',', ';', ':', '!', '…', '。', '，', '；', '：', '！', '、']))
}

/// Whether `text` is a citation marker such as `[4]`, `[1, 2]` or `[3–5]`.
pub fn is_citation(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        return false;
    };
    !inner.trim().is_empty()
        && inner.chars().any(|c| c.is_ascii_digit())
        && inner.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–'))
        && inner.split([',', '-', '–']).all(|n| !n.trim().is_empty() && n.trim().len() <= 3)
}

/// Byte ranges of the citation markers in a line.
pub fn citations(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| i + from) {
        // A marker holds digits, commas, dashes and spaces: its `]` comes before the next `[`.
        // Looking no further keeps a line of 64,000 `[` linear (issue 15, defect 14).
        let next_open = text[open + 1..].find('[').map_or(text.len(), |i| open + 1 + i);
        match text[open..next_open].find(']') {
            Some(len) if is_citation(&text[open..=open + len]) => {
                found.push(open..open + len + 1);
                from = open + len + 1;
            }
            _ => from = open + 1,
        }
    }
    found
}

/// An entry of a reference list: a line that opens with a citation marker and goes on
/// (`[1] Microsoft, “The next phase…”`).
pub fn is_reference_entry(text: &str) -> bool {
    citations(text).first().is_some_and(|r| r.start == 0 && text.len() > r.end + 2)
}

/// Whether the first letter is lowercase: such a line continues the previous one (a paragraph
/// wrapped by the scraper), it does not start a new one.
pub fn starts_lowercase(text: &str) -> bool {
    text.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase)
        && text.chars().next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_markers() {
        let lines = split("  • Item one\n- two\n1. first\n12) twelfth\n2025. A year\n\n*emph* text\n•\r\nlast");
        let kinds: Vec<_> = lines.iter().map(|l| (l.kind, l.text)).collect();
        assert_eq!(kinds[0], (Kind::Bullet, "Item one"));
        assert_eq!(kinds[1], (Kind::Bullet, "two"));
        assert_eq!(kinds[2], (Kind::Numbered { number: 1, delimiter: '.' }, "first"));
        assert_eq!(kinds[3].0, Kind::Numbered { number: 12, delimiter: ')' });
        assert_eq!(kinds[4], (Kind::Text, "2025. A year"));
        assert_eq!(kinds[5].0, Kind::Blank);
        assert_eq!(kinds[6], (Kind::Text, "*emph* text"));
        assert_eq!(kinds[7], (Kind::Text, "•"));
        assert_eq!(lines[8].number, 9);
    }

    #[test]
    fn sentence_ends_see_through_quotes_and_markers() {
        assert!(ends_sentence("It ships first on Azure [1, 2]."));
        assert!(ends_sentence("He said “no.”"));
        assert!(ends_sentence("Through 2032 [4]."));
        assert!(!ends_sentence("Category Detail"));
        assert!(is_question("Who Should Care?"));
        assert!(!ends_sentence("OpenAI can use any cloud provider [4]"));
        assert!(!ends_sentence("Source [1], [2]"));
    }

    #[test]
    fn heading_shapes() {
        assert!(is_heading_shaped("Background on the strategic alliance"));
        assert!(is_heading_shaped("Does Microsoft remain OpenAI’s primary cloud partner?"));
        assert!(is_heading_shaped("gentic.news Analysis"));
        assert!(!is_heading_shaped("Ben Carter offered this insight:"));
        assert!(!is_heading_shaped("No. It is not."));
        assert!(!is_heading_shaped("×"));
        assert!(!is_heading_shaped("— Satya Nadella (@satyanadella) April 27, 2026"));
        assert!(!is_heading_shaped("https://openai.com/index/joint-statement"));
    }

    /// Chinese and Japanese have no spaces: their words are counted by characters, their
    /// punctuation separates words, and 。！？ end sentences.
    #[test]
    fn cjk_lines_have_words_and_sentences() {
        let headline = "微软与OpenAI修改合作协议：授权延续至2032年，但不再独家";
        assert_eq!(word_count(headline), 12);
        assert!(is_heading_shaped(headline));
        assert!(
            word_count("微软与OpenAI周一宣布修改双方的合作协议，这是两家公司自2019年开始合作以来的又一次重大调整。")
                >= 15
        );
        assert_eq!(word_count("登录 注册"), 2);
        assert_eq!(norm_words("图片：微软总部（资料图）"), ["图片", "微软总部", "资料图"]);
        assert!(ends_sentence("他说：「我们很满意。」"));
        assert!(ends_sentence("这意味着什么？"));
        assert!(is_question("这意味着什么？"));
        assert!(!ends_sentence("授权与收入分成"));
        assert!(!is_heading_shaped("分析人士认为，新协议影响深远。"));
        assert!(ends_sentence("« C’est une étape majeure. »"));
        assert!(ends_sentence("Er sagte: „Das ist ein großer Schritt.“"));
        assert!(is_question("هل يتغير الاتفاق؟"));
        assert!(ends_with_colon("分享到：") && ends_with_colon("Tags:"));
    }

    #[test]
    fn citation_markers() {
        assert!(is_citation("[1, 2]"));
        assert!(is_citation("[4]"));
        assert!(is_citation("[3–5]"));
        assert!(!is_citation("[a]"));
        assert!(!is_citation("[2025-09-11]"));
        assert_eq!(citations("a [1, 2] b [x] [4].").len(), 2);
    }
}
