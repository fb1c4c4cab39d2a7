//! The mention rule: which years and dates in an article's text refer to a milestone.
//!
//! A date counts when it is written as a date: a full date ("22 July 2019", "July 22, 2019",
//! "2019-07-22") or a month and year ("January 2023"). A bare year counts only when it is used
//! as a time: after a word of time ("since 2019", "through 2030", "until 2032", "by the end of
//! 2030", "in early 2023"), as the second year of a range or list whose first year counted
//! ("between 2019 and 2023"), or before a word for the deal itself ("the 2019 deal", "the 2032
//! licence"). Not counted: a year inside a larger token (a model name like "GPT-2032", "2030s",
//! "FY2030"), an amount ("$2030", "2030 billion", "2030%"), a reference ("page 2019", "No.
//! 2030"), a fiscal year ("fiscal 2030") and a year used as an adjective of anything else
//! ("OpenAI's 2019 restructuring", "the 2030 plan").
//!
//! A counted date then has to name one milestone: a full date the day of one, a month the month
//! of exactly one, a year the year of exactly one. A year with no milestone ("funding in 2021")
//! or with several ("in 2025", when three events fell in 2025) names none, and is not counted.
//!
//! The rule reads words, not meaning: "In 2019, OpenAI restructured" counts as a mention of the
//! 2019 milestone. That is the price of a rule an editor can predict; a reader following the
//! link lands on a sentence about the deal's year, which is what the timeline promises.

use chrono::NaiveDate;

use super::Milestone;
use crate::anchor::Doc;
use crate::content::when::When;
use crate::text::sentences;

/// Why a date counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// Written as a date: a day, or a month and year.
    Date,
    /// A year after a word of time ("through 2030").
    TimeWord,
    /// The second year of a range or list whose first year counted ("2019 and 2023").
    Range,
    /// A year before a word for the deal ("the 2019 deal").
    DealNoun,
}

/// Why a year or date does not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Part of a larger token: a model name ("GPT-2032"), a decade ("2030s"), "FY2030".
    InsideToken,
    /// An amount: "$2030", "2030%", "2030 billion".
    Quantity,
    /// A page, issue or item number: "page 2019", "p. 2030", "No. 2023", "#2030".
    Reference,
    /// A fiscal year, which is not the calendar year of a milestone: "fiscal 2030".
    FiscalYear,
    /// A year with no word of time before it and no deal word after: a topic or an adjective.
    NoTimeWord,
    /// A date that is no milestone's.
    NotAMilestone,
    /// A year or month with several milestones: which one is meant is not said.
    Ambiguous(usize),
}

/// A year or date found in a text, and whether it mentions a milestone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFound {
    /// The phrase's byte range: the date, with its word of time when it has one.
    pub start: usize,
    pub end: usize,
    pub phrase: String,
    /// The milestone's index and why the phrase counts, or why it does not.
    pub verdict: Result<(usize, Why), Skip>,
}

/// A sentence of an article that mentions a milestone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index in the milestones the mentions were found against.
    pub milestone: usize,
    pub block: usize,
    /// The sentence's number in its block, from 1: with the block, its link target.
    pub sentence_number: usize,
    /// The sentence's byte range in the block's visible text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub sentence: String,
    /// "paragraph 3", "list item 2": where the sentence is, for the reader.
    pub place: String,
    /// The mentioning phrase's byte range in the block's visible text.
    pub phrase_start: usize,
    pub phrase_end: usize,
    pub why: Why,
}

impl Mention {
    /// The id of the sentence's link target in the article page: `m3-2` is block 3's second
    /// sentence. Deterministic, so links from the timeline survive rebuilds.
    pub fn target(&self) -> String {
        format!("m{}-{}", self.block + 1, self.sentence_number)
    }
}

/// Every milestone mention in an article, in reading order; one per milestone and sentence.
pub fn mentions(doc: &Doc, milestones: &[Milestone]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    // Every date that can count names a milestone's year in four digits: a block that holds
    // none of those years mentions no milestone, and most blocks are skipped at memchr speed.
    let mut years: Vec<String> = milestones.iter().map(|m| format!("{:04}", m.when.year())).collect();
    years.sort();
    years.dedup();
    for (b, block) in doc.blocks.iter().enumerate() {
        if !years.iter().any(|y| block.text.contains(y.as_str())) {
            continue;
        }
        let found: Vec<(DateFound, usize, Why)> = explain(&block.text, milestones)
            .into_iter()
            .filter_map(|f| f.verdict.map(|(m, why)| (f.clone(), m, why)).ok())
            .collect();
        if found.is_empty() {
            continue;
        }
        let sents: Vec<(usize, usize)> = sentences(&block.text).into_iter().map(|r| (r.start, r.end)).collect();
        for (f, milestone, why) in found {
            let (n, (s, e)) = sents
                .iter()
                .copied()
                .enumerate()
                .find(|(_, (s, e))| f.start >= *s && f.start < *e)
                .unwrap_or((0, (0, block.text.len())));
            if out.iter().any(|m| m.block == b && m.sentence_number == n + 1 && m.milestone == milestone) {
                continue;
            }
            out.push(Mention {
                milestone,
                block: b,
                sentence_number: n + 1,
                sentence_start: s,
                sentence_end: e,
                sentence: block.text[s..e].to_string(),
                place: doc.place(b),
                phrase_start: f.start,
                phrase_end: f.end.min(e),
                why,
            });
        }
    }
    out
}

/// Every year and date in `text`, with the verdict of the rule: the rule made testable.
pub fn explain(text: &str, milestones: &[Milestone]) -> Vec<DateFound> {
    scan(text)
        .into_iter()
        .map(|c| {
            let verdict = c.verdict.and_then(|why| match_milestone(c.expr, milestones).map(|m| (m, why)));
            DateFound { start: c.start, end: c.end, phrase: text[c.start..c.end].to_string(), verdict }
        })
        .collect()
}

/// The one milestone a date names.
fn match_milestone(expr: Expr, milestones: &[Milestone]) -> Result<usize, Skip> {
    let hits: Vec<usize> = milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| match (expr, m.when) {
            (Expr::Day(d), When::Day(md)) => d == md,
            (Expr::Month(y, mo), When::Day(md)) => {
                use chrono::Datelike;
                md.year() == y && md.month() == mo
            }
            (Expr::Year(y), w) => w.year() == y,
            _ => false,
        })
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(Skip::NotAMilestone),
        many => Err(Skip::Ambiguous(many.len())),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expr {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
}

struct Candidate {
    start: usize,
    end: usize,
    expr: Expr,
    verdict: Result<Why, Skip>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: Kind,
}

impl Tok<'_> {
    fn word(&self) -> Option<String> {
        (self.kind == Kind::Word).then(|| self.text.to_lowercase())
    }

    fn is_word(&self, set: &[&str]) -> bool {
        self.word().is_some_and(|w| set.contains(&w.as_str()))
    }

    fn is_punct(&self, set: &str) -> bool {
        self.kind == Kind::Punct && set.contains(self.text)
    }
}

/// Words of time before a year: "since 2019", "through 2030".
const TIME_WORDS: &[&str] = &[
    "since",
    "through",
    "thru",
    "throughout",
    "until",
    "till",
    "til",
    "by",
    "in",
    "from",
    "before",
    "after",
    "during",
    "between",
    "around",
    "circa",
    "to",
    "on",
    "as",
];

/// Words that may stand between the word of time and the year: "by the end of 2030".
const MODIFIERS: &[&str] = &[
    "the",
    "early",
    "late",
    "mid",
    "end",
    "start",
    "beginning",
    "middle",
    "close",
    "turn",
    "of",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "first",
    "second",
    "third",
    "fourth",
    "half",
    "quarter",
    "calendar",
    "year",
];

/// Parts of a year that make "… of 2030" a time without a word of time: "the end of 2030".
const PERIODS: &[&str] = &[
    "end",
    "start",
    "beginning",
    "middle",
    "close",
    "turn",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "half",
    "quarter",
];

/// Connectors of a range or list of years: "2019 and 2023", "2019–2023".
const CONNECTORS: &[&str] = &["and", "or", "to", "through", "until"];

/// Words for the deal itself, which a year before them dates: "the 2019 deal".
const DEAL_NOUNS: &[&str] = &[
    "deal",
    "deals",
    "investment",
    "investments",
    "agreement",
    "agreements",
    "partnership",
    "pact",
    "accord",
    "memorandum",
    "mou",
    "statement",
    "announcement",
    "amendment",
    "contract",
    "terms",
    "extension",
    "licence",
    "license",
    "deadline",
    "cutoff",
    "expiry",
    "expiration",
];

/// Units after a number that make it an amount: "2030 billion".
const UNITS: &[&str] = &[
    "percent",
    "per",
    "billion",
    "million",
    "trillion",
    "thousand",
    "bn",
    "mn",
    "dollars",
    "euros",
    "people",
    "employees",
    "staff",
    "jobs",
    "users",
    "customers",
    "gpus",
    "chips",
    "servers",
    "pages",
    "words",
    "units",
    "shares",
    "points",
    "mw",
    "gw",
    "megawatts",
    "gigawatts",
];

/// Words before a number that make it a reference: "page 2019".
const REFERENCES: &[&str] = &[
    "page", "pages", "p", "pp", "no", "nos", "number", "vol", "volume", "issue", "chapter", "section", "sec", "figure",
    "fig", "table", "item", "line", "ref", "model", "version", "v", "gpt", "room", "flight", "route", "exhibit",
];

const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Characters that join a token when a letter or digit follows: "GPT-2032", "2,030", "U.S".
const JOINERS: &[char] = &['-', '‑', '.', ',', '/', '\'', '’', '_'];

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |j: usize| chars.get(j).map_or(text.len(), |c| c.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (s, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok { start: s, end: at(i + 1), text: &text[s..at(i + 1)], kind: Kind::Punct });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].1.is_alphanumeric() {
                j += 1;
            } else if JOINERS.contains(&chars[j].1) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
                j += 2;
            } else {
                break;
            }
        }
        let word = &text[s..at(j)];
        push_word(&mut out, word, s);
        i = j;
    }
    out
}

/// Pushes a word, splitting the two forms that hold a year on its own: a range of years
/// ("2019-2023") and "mid-2019".
fn push_word<'a>(out: &mut Vec<Tok<'a>>, word: &'a str, s: usize) {
    let tok = |start: usize, end: usize, kind| Tok { start: s + start, end: s + end, text: &word[start..end], kind };
    // Compared as bytes: a word may hold a character of several bytes (ſ, é) anywhere.
    let digits = |w: &[u8]| w.len() == 4 && w.iter().all(u8::is_ascii_digit);
    let b = word.as_bytes();
    if b.len() == 9 && digits(&b[..4]) && digits(&b[5..]) && b[4] == b'-' {
        out.extend([tok(0, 4, Kind::Number), tok(4, 5, Kind::Punct), tok(5, 9, Kind::Number)]);
        return;
    }
    if b.len() == 8 && b[..4].eq_ignore_ascii_case(b"mid-") && digits(&b[4..]) {
        out.extend([tok(0, 3, Kind::Word), tok(4, 8, Kind::Number)]);
        return;
    }
    let kind = if word.bytes().all(|b| b.is_ascii_digit()) { Kind::Number } else { Kind::Word };
    out.push(tok(0, word.len(), kind));
}

fn year(t: Option<&Tok<'_>>) -> Option<i32> {
    let t = t.filter(|t| t.kind == Kind::Number && t.text.len() == 4)?;
    t.text.parse().ok().filter(|y| (1900..=2199).contains(y))
}

fn day(t: Option<&Tok<'_>>) -> Option<u32> {
    let t = t.filter(|t| t.kind == Kind::Number && t.text.len() <= 2)?;
    t.text.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month(t: Option<&Tok<'_>>) -> Option<u32> {
    let t = t.filter(|t| t.kind == Kind::Word)?;
    MONTHS.iter().find(|(name, _)| *name == t.text).map(|(_, m)| *m)
}

fn iso_date(t: &Tok<'_>) -> Option<NaiveDate> {
    let b = t.text.as_bytes();
    if t.text.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(t.text, "%Y-%m-%d").ok()
}

/// After a month name at `i`: "January 23, 2023" or "January 2023"; the date and the index of
/// the token after it.
fn after_month(toks: &[Tok<'_>], i: usize, m: u32) -> Option<(Expr, usize)> {
    let mut j = i + 1;
    if toks.get(j).is_some_and(|t| t.is_punct(".")) && toks[i].text.len() <= 4 {
        j += 1;
    }
    if let Some(d) = day(toks.get(j)) {
        let mut k = j + 1;
        if toks.get(k).is_some_and(|t| t.is_punct(",")) {
            k += 1;
        }
        let y = year(toks.get(k))?;
        return NaiveDate::from_ymd_opt(y, m, d).map(|date| (Expr::Day(date), k + 1));
    }
    if toks.get(j).is_some_and(|t| t.is_punct(",")) {
        j += 1;
    }
    if toks.get(j).is_some_and(|t| t.is_word(&["of"])) {
        j += 1;
    }
    year(toks.get(j)).map(|y| (Expr::Month(y, m), j + 1))
}

/// "22 July 2019" at `i`.
fn day_month_year(toks: &[Tok<'_>], i: usize) -> Option<(Expr, usize)> {
    let d = day(toks.get(i))?;
    let m = month(toks.get(i + 1))?;
    let mut k = i + 2;
    if toks.get(k).is_some_and(|t| t.is_punct(".")) {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| t.is_punct(",")) {
        k += 1;
    }
    let y = year(toks.get(k))?;
    NaiveDate::from_ymd_opt(y, m, d).map(|date| (Expr::Day(date), k + 1))
}

/// The index of the word of time before token `i`, skipping modifiers ("by the end of").
fn lead_in(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let mut j = i;
    let mut period_of = None;
    while j > 0 && toks[j - 1].is_word(MODIFIERS) {
        if toks[j - 1].is_word(&["of"]) && j >= 2 && toks[j - 2].is_word(PERIODS) {
            period_of = Some(j - 2);
        }
        j -= 1;
    }
    if j > 0 && toks[j - 1].is_word(TIME_WORDS) {
        return Some(j - 1);
    }
    // "the end of 2030" is a time without a preposition; the phrase starts at the period.
    period_of
}

fn scan(text: &str) -> Vec<Candidate> {
    let toks = tokens(text);
    let mut out = Vec::new();
    // The token right after the last date that counted, for ranges: "between 2019 and 2023".
    let mut counted_end: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let date = if t.kind == Kind::Word {
            iso_date(&t)
                .map(|d| (Expr::Day(d), i + 1))
                .or_else(|| month(Some(&t)).and_then(|m| after_month(&toks, i, m)))
        } else {
            day_month_year(&toks, i)
        };
        if let Some((expr, next)) = date {
            let from = i.checked_sub(1).filter(|&p| toks[p].is_word(TIME_WORDS)).map_or(t.start, |p| toks[p].start);
            out.push(Candidate { start: from, end: toks[next - 1].end, expr, verdict: Ok(Why::Date) });
            counted_end = Some(next);
            i = next;
            continue;
        }
        if let Some(y) = year(Some(&t)) {
            let (verdict, start, end) = judge_year(&toks, i, counted_end);
            if verdict.is_ok() {
                counted_end = Some(i + 1);
            }
            out.push(Candidate { start: toks[start].start, end: toks[end].end, expr: Expr::Year(y), verdict });
        } else if t.kind == Kind::Word {
            for (s, e) in embedded_years(t.text) {
                out.push(Candidate {
                    start: t.start + s,
                    end: t.start + e,
                    expr: Expr::Year(0),
                    verdict: Err(Skip::InsideToken),
                });
            }
        }
        i += 1;
    }
    out
}

/// A bare year at token `i`: its verdict and the phrase's first and last token.
fn judge_year(toks: &[Tok<'_>], i: usize, counted_end: Option<usize>) -> (Result<Why, Skip>, usize, usize) {
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(i + 1);
    // The word before, past an abbreviation's full stop: "p. 2019".
    let prev_word = match prev {
        Some(p) if p.is_punct(".") => i.checked_sub(2).map(|p| &toks[p]),
        other => other,
    };
    let skip = if prev.is_some_and(|p| p.is_punct("$€£¥")) || next.is_some_and(|n| n.is_punct("%") || n.is_word(UNITS))
    {
        Some(Skip::Quantity)
    } else if prev.is_some_and(|p| p.is_punct("#№")) || prev_word.is_some_and(|p| p.is_word(REFERENCES)) {
        Some(Skip::Reference)
    } else if prev.is_some_and(|p| p.is_word(&["fiscal", "fy"])) {
        Some(Skip::FiscalYear)
    } else {
        None
    };
    if let Some(skip) = skip {
        return (Err(skip), i, i);
    }
    if let Some(start) = lead_in(toks, i) {
        return (Ok(Why::TimeWord), start, i);
    }
    if i >= 1 && counted_end == Some(i - 1) && (toks[i - 1].is_word(CONNECTORS) || toks[i - 1].is_punct("–—-&")) {
        return (Ok(Why::Range), i, i);
    }
    if next.is_some_and(|n| n.is_word(DEAL_NOUNS)) {
        return (Ok(Why::DealNoun), i, i + 1);
    }
    (Err(Skip::NoTimeWord), i, i)
}

/// Runs of exactly four digits that could be a year, inside a longer word: "GPT-2032".
fn embedded_years(word: &str) -> Vec<(usize, usize)> {
    let b = word.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - s == 4 && word[s..i].parse::<i32>().is_ok_and(|y| (1900..=2199).contains(&y)) {
            out.push((s, i));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::terms::Document;
    use crate::timeline::Origin;

    fn milestone(id: &str, when: When) -> Milestone {
        Milestone {
            id: id.to_string(),
            when,
            title: id.to_string(),
            label: id.to_string(),
            meaning: None,
            terms: Vec::new(),
            sources: vec![Document { title: "x".to_string(), publisher: None, url: None }],
            reported: false,
            origin: Origin::Event,
            line: 0,
        }
    }

    fn day(s: &str) -> When {
        When::Day(s.parse().expect("date"))
    }

    /// Words of eight or nine bytes with a character of several bytes where "mid-" or a range's
    /// hyphen would be: read as words, not sliced inside the character (this panicked).
    #[test]
    fn words_with_multibyte_characters_where_a_year_form_would_split() {
        let ms = [milestone("M2030", When::Year(2030))];
        for text in ["abcſ1234 through 2030.", "abcſ123 through 2030.", "éé2019-203 by 2030.", "ſſſſ and until 2030."]
        {
            let found = explain(text, &ms);
            assert!(found.iter().any(|f| f.verdict.is_ok()), "{text}: {found:?}");
        }
    }

    /// The real deal's milestones: 2019, 2023, three in 2025, two in 2026, 2030 and 2032.
    fn deal() -> Vec<Milestone> {
        vec![
            milestone("E1", day("2019-07-22")),
            milestone("E2", day("2023-01-23")),
            milestone("C1", day("2025-01-21")),
            milestone("E3", day("2025-09-11")),
            milestone("E4", day("2025-10-28")),
            milestone("C2", day("2026-02-27")),
            milestone("E5", day("2026-04-27")),
            milestone("M2030", When::Year(2030)),
            milestone("M2032", When::Year(2032)),
        ]
    }

    /// A phrase found, and the milestone it names or why it names none.
    type Verdict = (String, Result<(&'static str, Why), Skip>);

    /// The phrases found in `sentence`, with their verdicts.
    fn verdicts(sentence: &str) -> Vec<Verdict> {
        let ms = deal();
        explain(sentence, &ms)
            .into_iter()
            .map(|f| {
                let v = f.verdict.map(|(i, why)| {
                    let id: &'static str = ["E1", "E2", "C1", "E3", "E4", "C2", "E5", "M2030", "M2032"][i];
                    (id, why)
                });
                (f.phrase, v)
            })
            .collect()
    }

    fn one(sentence: &str) -> Verdict {
        let v = verdicts(sentence);
        assert_eq!(v.len(), 1, "{sentence}: {v:?}");
        v.into_iter().next().expect("one")
    }

    #[test]
    fn counted_a_year_after_a_word_of_time() {
        use Why::*;
        let cases = [
            ("Microsoft has backed OpenAI since 2019.", "since 2019", "E1"),
            ("The licence runs through 2030 at the latest.", "through 2030", "M2030"),
            ("Microsoft keeps its rights until 2032.", "until 2032", "M2032"),
            ("In 2019, Microsoft invested $1 billion.", "In 2019", "E1"),
            ("Payments stop by the end of 2030.", "by the end of 2030", "M2030"),
            ("The money arrived in early 2023.", "in early 2023", "E2"),
            ("Its rights last till mid-2032, some say.", "till mid-2032", "M2032"),
        ];
        for (sentence, phrase, id) in cases {
            assert_eq!(one(sentence), (phrase.to_string(), Ok((id, TimeWord))), "{sentence}");
        }
    }

    #[test]
    fn counted_dates_ranges_and_the_deal_dated_by_its_year() {
        assert_eq!(
            one("Microsoft extended the deal in January 2023."),
            ("in January 2023".to_string(), Ok(("E2", Why::Date)))
        );
        assert_eq!(
            one("On October 28, 2025, the companies signed."),
            ("On October 28, 2025".to_string(), Ok(("E4", Why::Date)))
        );
        assert_eq!(
            one("The statement of 11 Sept. 2025 is short."),
            ("11 Sept. 2025".to_string(), Ok(("E3", Why::Date)))
        );
        assert_eq!(one("Filed 2026-04-27."), ("2026-04-27".to_string(), Ok(("E5", Why::Date))));
        assert_eq!(one("The 2019 deal made Azure exclusive."), ("2019 deal".to_string(), Ok(("E1", Why::DealNoun))));
        assert_eq!(
            verdicts("The rights run between 2019 and 2032."),
            vec![
                ("between 2019".to_string(), Ok(("E1", Why::TimeWord))),
                ("2032".to_string(), Ok(("M2032", Why::Range))),
            ]
        );
        assert_eq!(
            verdicts("Licences from 2023–2030 apply."),
            vec![("from 2023".to_string(), Ok(("E2", Why::TimeWord))), ("2030".to_string(), Ok(("M2030", Why::Range))),]
        );
    }

    #[test]
    fn not_counted_years_that_are_not_times_of_the_deal() {
        use Skip::*;
        let cases: [(&str, &str, Skip); 13] = [
            // A topic: 2025 holds three milestones, so "in 2025" names none of them.
            ("OpenAI funding in 2025 reached new highs.", "in 2025", Ambiguous(3)),
            // A year of no milestone.
            ("OpenAI raised money in 2021.", "in 2021", NotAMilestone),
            // An adjective of something else than the deal.
            ("OpenAI’s 2019 restructuring created a capped-profit company.", "2019", NoTimeWord),
            ("Its 2030 plan is ambitious.", "2030", NoTimeWord),
            // A model name, a decade, a fiscal year written as one token.
            ("Rumours of GPT-2032 spread.", "2032", InsideToken),
            ("In the 2030s, AGI may arrive.", "2030", InsideToken),
            ("Revenue for FY2030 was forecast.", "2030", InsideToken),
            // Page numbers and citations.
            ("See page 2030 of the filing.", "2030", Reference),
            ("The figure is on p. 2019 of the report.", "2019", Reference),
            // Amounts.
            ("It holds $2030 in credits.", "2030", Quantity),
            ("Capacity grew to 2032 megawatts.", "2032", Quantity),
            // A fiscal year is not the calendar year.
            ("Microsoft expects it in fiscal 2030.", "2030", FiscalYear),
            // A different day in a milestone's month is not that milestone.
            ("On January 10, 2023, talks began.", "On January 10, 2023", NotAMilestone),
        ];
        for (sentence, phrase, skip) in cases {
            assert_eq!(one(sentence), (phrase.to_string(), Err(skip)), "{sentence}");
        }
        assert!(verdicts("Version 4 shipped with 2,030 tokens of context.").is_empty());
    }

    /// The timeline's own splitter read any one-letter word before a full stop as an initial,
    /// and so quoted two sentences as one when the first ended in "a".
    #[test]
    fn a_sentence_ending_in_a_one_letter_word_is_not_merged_with_the_next() {
        let doc = Doc::new("Growth came to a. Payments continue through 2032.\n");
        let ms = mentions(&doc, &deal());
        assert_eq!(ms.len(), 1);
        assert_eq!((ms[0].target(), ms[0].sentence.as_str()), ("m1-2".to_string(), "Payments continue through 2032."));
    }

    #[test]
    fn mentions_give_the_sentence_and_a_stable_target() {
        let doc = Doc::new(
            "Intro text here.\n\nThe deal dates from 2019. It was extended in January 2023 and runs through 2032.\n",
        );
        let ms = mentions(&doc, &deal());
        let got: Vec<(String, &str, &str)> = ms
            .iter()
            .map(|m| (m.target(), m.sentence.as_str(), &doc.blocks[m.block].text[m.phrase_start..m.phrase_end]))
            .collect();
        assert_eq!(
            got,
            [
                ("m2-1".to_string(), "The deal dates from 2019.", "from 2019"),
                ("m2-2".to_string(), "It was extended in January 2023 and runs through 2032.", "in January 2023"),
                ("m2-2".to_string(), "It was extended in January 2023 and runs through 2032.", "through 2032"),
            ]
        );
    }
}
