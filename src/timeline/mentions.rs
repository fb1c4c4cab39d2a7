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
//! The words of time, the parts of a year and the deal's words are listed for English, Spanish,
//! Portuguese, German and French ("hasta 2032", "bis 2032", "jusqu'en 2032", "até 2032", "desde
//! 2019", "seit 2019", "à partir de 2019", "el acuerdo de 2019"), with their month names for
//! dates ("22 de julio de 2019", "22. Juli 2019"). Chinese, Japanese and Korean write a year with
//! its counter, which makes it a time by itself: "2030年", "2032년", with a word of time around it
//! ("到2032年", "2019年以来", "2032年まで", "2032년까지"); "2030年代" (a decade), "2030年度" (a fiscal
//! year) and "2030亿" (an amount) are not. "2019年7月22日" is a date.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// A sentence of an article that mentions a milestone. (Serialised: the build cache on disk
/// keeps them.)
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    // The headline and dek are read by the checks but link no milestone: the timeline links
    // passages of the body.
    for (b, block) in doc.blocks.iter().enumerate().filter(|(b, _)| !doc.is_head(*b)) {
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

    /// Whether the word is one of `set`, also after a French elision: "l'accord" is "accord".
    fn is_word(&self, set: &[&str]) -> bool {
        self.word().is_some_and(|w| {
            let bare = ["l'", "l’", "d'", "d’"].iter().find_map(|e| w.strip_prefix(e));
            set.contains(&w.as_str()) || bare.is_some_and(|b| set.contains(&b))
        })
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
    // Spanish: "desde 2019", "hasta 2032", "a partir de 2019" (its "partir de"), "para 2030".
    "desde",
    "hasta",
    "durante",
    "antes",
    "después",
    "tras",
    "entre",
    "en",
    "para",
    "partir",
    // Portuguese: "desde 2019", "até 2032", "em 2019", "depois de 2030".
    "até",
    "em",
    "depois",
    "após",
    // German: "seit 2019", "bis 2032", "ab 2030", "im Jahr 2019", "von 2019 bis 2032".
    "seit",
    "bis",
    "ab",
    "vor",
    "nach",
    "während",
    "zwischen",
    "im",
    "von",
    // French: "depuis 2019", "jusqu'en 2032", "à partir de 2019", "d'ici 2030", "dès 2019".
    "depuis",
    "jusqu'en",
    "jusqu’en",
    "jusqu'à",
    "jusqu’à",
    "avant",
    "après",
    "pendant",
    "dès",
    "d'ici",
    "d’ici",
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
    // Spanish and Portuguese: "a finales de 2030", "no final do ano de 2030".
    "el",
    "la",
    "de",
    "del",
    "do",
    "da",
    "año",
    "ano",
    "finales",
    "principios",
    "mediados",
    "comienzos",
    "inicios",
    "fin",
    "final",
    "fim",
    "início",
    "meados",
    "primer",
    "primeiro",
    "semestre",
    "trimestre",
    // German: "bis Ende 2030", "im Jahr 2019", "Mitte des Jahres 2032".
    "jahr",
    "jahres",
    "des",
    "ende",
    "anfang",
    "mitte",
    "beginn",
    "frühjahr",
    "sommer",
    "herbst",
    "quartal",
    "hälfte",
    // French: "jusqu'à la fin 2030", "en l'an 2019", "début 2023", "courant 2030".
    "l'an",
    "l’an",
    "l'année",
    "l’année",
    "début",
    "mi",
    "courant",
    "printemps",
    "été",
    "automne",
    "hiver",
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
    "finales",
    "principios",
    "mediados",
    "comienzos",
    "inicios",
    "fin",
    "final",
    "fim",
    "início",
    "meados",
    "ende",
    "anfang",
    "mitte",
    "beginn",
    "frühjahr",
    "sommer",
    "herbst",
    "début",
    "mi",
    "courant",
    "printemps",
    "été",
    "automne",
    "hiver",
];

/// Parts of a year that German and French put right before it: "Ende 2030", "fin 2030".
const BARE_PERIODS: &[&str] = &[
    "ende",
    "anfang",
    "mitte",
    "beginn",
    "frühjahr",
    "sommer",
    "herbst",
    "début",
    "fin",
    "mi",
    "courant",
    "printemps",
    "été",
    "automne",
    "hiver",
];

/// Words that join a part of a year to the year: "the end of 2030", "finales de 2030".
const OF_WORDS: &[&str] = &["of", "de", "del", "do", "da", "des", "du", "von", "vom", "aus"];

/// Connectors of a range or list of years: "2019 and 2023", "2019–2023".
const CONNECTORS: &[&str] = &[
    "and", "or", "to", "through", "until", "y", "o", "a", "hasta", "e", "ou", "até", "und", "oder", "bis", "et", "à",
    "au",
];

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
    // Before the year, with "de"/"von": "el acuerdo de 2019", "l'accord de 2019".
    "acuerdo",
    "acuerdos",
    "acordo",
    "acordos",
    "accord",
    "accords",
    "pacto",
    "alianza",
    "aliança",
    "parceria",
    "asociación",
    "partenariat",
    "alliance",
    "contrato",
    "contrat",
    "inversión",
    "investimento",
    "investissement",
    "licencia",
    "licença",
    "vereinbarung",
    "abkommen",
    "vertrag",
    "partnerschaft",
    "investition",
    "lizenz",
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
    "millones",
    "millón",
    "mil",
    "billones",
    "milhões",
    "milhão",
    "bilhões",
    "bilhão",
    "millionen",
    "milliarden",
    "milliarde",
    "millions",
    "milliards",
    "milliard",
    "dólares",
    "prozent",
];

/// Words before a number that make it a reference: "page 2019".
const REFERENCES: &[&str] = &[
    "page", "pages", "p", "pp", "no", "nos", "number", "vol", "volume", "issue", "chapter", "section", "sec", "figure",
    "fig", "table", "item", "line", "ref", "model", "version", "v", "gpt", "room", "flight", "route", "exhibit",
    "página", "pág", "seite", "s", "nr", "núm", "nº", "n°",
];

/// Words before a year that make it a fiscal year: "fiscal 2030", "ejercicio 2030", "Geschäftsjahr 2030".
const FISCAL: &[&str] =
    &["fiscal", "fy", "ejercicio", "exercice", "exercício", "exercicio", "geschäftsjahr", "geschäftsjahres"];

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

/// Month names of the other languages of the coverage, as they are written (lowercase in
/// Spanish, Portuguese and French; German capitalises nouns): "julio de 2019", "22. Juli 2019",
/// "22 juillet 2019". The French "mars" only in lowercase: "Mars 2030" is a mission.
const OTHER_MONTHS: &[(&str, u32)] = &[
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("Januar", 1),
    ("Jänner", 1),
    ("Februar", 2),
    ("März", 3),
    ("Mai", 5),
    ("Juni", 6),
    ("Juli", 7),
    ("Oktober", 10),
    ("Dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
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
        // Chinese and Japanese letters are a token each (no spaces mark their words), and digits
        // next to CJK letters are a token of their own: "到2030年以来" is 到, 2030, 年, 以, 来.
        let unspaced = crate::lang::is_unspaced(c);
        let mut j = i + 1;
        while j < chars.len() && !unspaced {
            let (before, here) = (chars[j - 1].1, chars[j].1);
            let meet = (before.is_ascii_digit() && crate::lang::is_cjk(here))
                || (crate::lang::is_cjk(before) && here.is_ascii_digit())
                || crate::lang::is_unspaced(here);
            if meet {
                break;
            }
            if here.is_alphanumeric() {
                j += 1;
            } else if JOINERS.contains(&chars[j].1)
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric() && !crate::lang::is_unspaced(n.1))
            {
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
    // A lowercase month name may open a sentence: "Julio de 2019 fue…".
    let capitalised = |name: &str| {
        let mut chars = name.chars();
        chars.next().is_some_and(|first| first.is_lowercase() && first.to_uppercase().chain(chars).eq(t.text.chars()))
    };
    MONTHS
        .iter()
        .find(|(name, _)| *name == t.text)
        .or_else(|| OTHER_MONTHS.iter().find(|(name, _)| *name == t.text || (*name != "mars" && capitalised(name))))
        .map(|(_, m)| *m)
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
    if toks.get(j).is_some_and(|t| t.is_word(OF_WORDS)) {
        j += 1;
    }
    year(toks.get(j)).map(|y| (Expr::Month(y, m), j + 1))
}

/// "22 July 2019" at `i`; "22. Juli 2019", "22 de julio de 2019", "22 juillet 2019".
fn day_month_year(toks: &[Tok<'_>], i: usize) -> Option<(Expr, usize)> {
    let d = day(toks.get(i))?;
    let mut j = i + 1;
    if toks.get(j).is_some_and(|t| t.is_punct(".") || t.is_word(&["de"])) {
        j += 1;
    }
    let m = month(toks.get(j))?;
    let mut k = j + 1;
    if toks.get(k).is_some_and(|t| t.is_punct(".")) {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| t.is_punct(",")) {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| t.is_word(&["de", "del"])) {
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
        // A part of a year joined to it ("end of", "finales de") or right before it ("Ende 2030").
        let k = j - 1;
        if (toks[k].is_word(PERIODS) && toks[k + 1].is_word(OF_WORDS)) || (k + 1 == i && toks[k].is_word(BARE_PERIODS))
        {
            period_of = Some(k);
        }
        j -= 1;
    }
    if j > 0 && toks[j - 1].is_word(TIME_WORDS) {
        // "a partir de 2019", "à partir de 2019": the phrase starts at "a".
        if toks[j - 1].is_word(&["partir"]) && j >= 2 && toks[j - 2].is_word(&["a", "à"]) {
            return Some(j - 2);
        }
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
            day_month_year(&toks, i).or_else(|| cjk_date(&toks, i))
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
    } else if prev.is_some_and(|p| p.is_word(FISCAL)) {
        Some(Skip::FiscalYear)
    } else {
        None
    };
    if let Some(skip) = skip {
        return (Err(skip), i, i);
    }
    if let Some(judged) = cjk_year(toks, i) {
        return judged;
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
    // "el acuerdo de 2019", "l'accord de 2019", "die Vereinbarung von 2019".
    if i >= 2 && toks[i - 1].is_word(OF_WORDS) && toks[i - 2].is_word(DEAL_NOUNS) {
        return (Ok(Why::DealNoun), i - 2, i);
    }
    (Err(Skip::NoTimeWord), i, i)
}

/// Counters and particles of Chinese, Japanese and Korean years.
mod cjk {
    /// What a number written before them is: an amount (亿 a hundred million, 万 ten thousand,
    /// currencies) or a reference (号 number, 页 page).
    pub const UNITS: &[&str] = &[
        "亿",
        "億",
        "万",
        "萬",
        "千",
        "百",
        "元",
        "円",
        "美元",
        "欧元",
        "ドル",
        "ユーロ",
        "억",
        "만",
        "천",
        "달러",
        "원",
        "유로",
        "%",
        "％",
    ];
    pub const REFERENCES: &[&str] = &["号", "號", "页", "頁", "ページ", "호", "번", "페이지"];
    /// A fiscal year: "2030财年", "2030会計年度", "2030회계연도" (and "2030年度", read at the
    /// counter).
    pub const FISCAL: &[&str] = &["财年", "財年", "会计年度", "會計年度", "会計年度", "회계연도"];
    /// Words of time after a year's counter: 以来 since, 之前 before, まで until, から from.
    pub const AFTER: &[&str] = &[
        "以来",
        "以來",
        "以前",
        "之前",
        "以后",
        "以後",
        "之后",
        "之後",
        "以降",
        "为止",
        "為止",
        "起",
        "前",
        "后",
        "後",
        "底",
        "末",
        "初",
        "年底",
        "年末",
        "年初",
        "までに",
        "まで",
        "から",
        "より",
    ];
    /// Korean particles and words of time after 년: 까지 until, 부터 from, 이후 after.
    pub const KOREAN_AFTER: &[&str] = &["까지", "부터", "이후", "이전", "이래", "전", "후", "말", "초"];
    /// Words of time before a Chinese year: 到 to, 直到 until, 自 since, 从 from, 于 in.
    pub const BEFORE: &[&str] = &["直到", "截至", "截止", "到", "至", "于", "於", "在", "从", "從", "自"];
}

/// The index of the last token when the tokens after `from` spell `word`, each right after the
/// other (Chinese and Japanese letters are a token each).
fn spells(toks: &[Tok<'_>], from: usize, word: &str) -> Option<usize> {
    let mut rest = word;
    let mut k = from;
    while !rest.is_empty() {
        let t = toks.get(k + 1).filter(|t| t.start == toks[k].end)?;
        rest = rest.strip_prefix(t.text)?;
        k += 1;
    }
    Some(k)
}

/// Chinese, Japanese and Korean write a year with its counter, 年 or 년: "2030年", "2032년"
/// read as "in 2030", a time, whatever follows. The phrase takes the counter, a word of time
/// after it ("2019年以来", "2032年まで", "2032년까지") and, in Chinese, one before it
/// ("到2032年"). Not a time: a decade ("2030年代", "2030년대"), a fiscal year ("2030年度",
/// "2030财年"), an amount ("2030亿", "2030억") or a reference ("第2030号"). `None`: the year has no
/// counter, and the other rules judge it.
fn cjk_year(toks: &[Tok<'_>], i: usize) -> Option<(Result<Why, Skip>, usize, usize)> {
    let t = &toks[i];
    let next = toks.get(i + 1);
    let tight = next.filter(|n| n.start == t.end);
    let prev_tight = i.checked_sub(1).map(|p| &toks[p]).filter(|p| p.end == t.start);
    let skip = |s: Skip| Some((Err(s), i, i));
    if let Some(n) = tight {
        let after = |list: &[&str]| list.iter().any(|w| n.text.starts_with(w) || spells(toks, i, w).is_some());
        if after(cjk::UNITS) {
            return skip(Skip::Quantity);
        }
        if after(cjk::REFERENCES) || prev_tight.is_some_and(|p| matches!(p.text, "第" | "제")) {
            return skip(Skip::Reference);
        }
        if after(cjk::FISCAL) {
            return skip(Skip::FiscalYear);
        }
    }
    let n = next?;
    if n.text == "年" {
        if let Some(m) = toks.get(i + 2).filter(|m| m.start == n.end) {
            match m.text {
                "代" => return skip(Skip::InsideToken),
                "度" => return skip(Skip::FiscalYear),
                _ => {}
            }
        }
        let end = cjk::AFTER.iter().find_map(|w| spells(toks, i + 1, w)).unwrap_or(i + 1);
        let start = cjk::BEFORE
            .iter()
            .find_map(|w| {
                let first = i.checked_sub(w.chars().count())?;
                let run = &toks[first..i];
                let tight = run.iter().zip(&toks[first + 1..=i]).all(|(a, b)| a.end == b.start);
                (tight && run.iter().map(|t| t.text).collect::<String>() == *w).then_some(first)
            })
            .unwrap_or(i);
        return Some((Ok(Why::TimeWord), start, end));
    }
    let rest = n.text.strip_prefix('년')?;
    if rest.starts_with('대') {
        return skip(Skip::InsideToken);
    }
    let spaced_particle = rest.is_empty() && toks.get(i + 2).is_some_and(|p| cjk::KOREAN_AFTER.contains(&p.text));
    Some((Ok(Why::TimeWord), i, if spaced_particle { i + 2 } else { i + 1 }))
}

/// A Chinese, Japanese or Korean date: "2019年7月22日", "2023年1月", "2019년 7월 22일".
fn cjk_date(toks: &[Tok<'_>], i: usize) -> Option<(Expr, usize)> {
    let y = year(toks.get(i))?;
    let counter =
        |k: usize, han: &str, hangul: char| toks.get(k).is_some_and(|t| t.text == han || t.text.starts_with(hangul));
    if !(counter(i + 1, "年", '년') && toks[i + 1].text.chars().count() == 1) {
        return None;
    }
    let m = toks.get(i + 2).filter(|t| t.kind == Kind::Number && t.text.len() <= 2)?.text.parse().ok()?;
    if !(1..=12).contains(&m) || !counter(i + 3, "月", '월') {
        return None;
    }
    if let Some(d) = day(toks.get(i + 4))
        && counter(i + 5, "日", '일')
    {
        return NaiveDate::from_ymd_opt(y, m, d).map(|date| (Expr::Day(date), i + 6));
    }
    Some((Expr::Month(y, m), i + 4))
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

    /// The mention rule in the other languages of the coverage: their words of time, and the
    /// counters of Chinese, Japanese and Korean.
    #[test]
    fn counted_in_other_languages() {
        use Why::*;
        let cases: &[(&str, &str, &str, Why)] = &[
            ("微软的授权将持续到2032年，但不再是独家授权。", "到2032年", "M2032", TimeWord),
            ("自2019年以来，微软一直是OpenAI的主要投资者。", "自2019年以来", "E1", TimeWord),
            ("2019年以来，双方的合作不断加深。", "2019年以来", "E1", TimeWord),
            ("收入分成将在2030年结束。", "在2030年", "M2030", TimeWord),
            ("マイクロソフトのライセンスは2032年まで続く。", "2032年まで", "M2032", TimeWord),
            ("2019年から両社は協力してきた。", "2019年から", "E1", TimeWord),
            ("라이선스는 2032년까지 유지된다.", "2032년까지", "M2032", TimeWord),
            ("수익 배분은 2030년 이후 끝난다.", "2030년 이후", "M2030", TimeWord),
            ("2032년 마이크로소프트의 권리가 만료된다.", "2032년", "M2032", TimeWord),
            ("La licencia de Microsoft se mantiene hasta 2032.", "hasta 2032", "M2032", TimeWord),
            ("Microsoft invierte en OpenAI desde 2019.", "desde 2019", "E1", TimeWord),
            ("Los pagos terminan a finales de 2030.", "finales de 2030", "M2030", TimeWord),
            ("A licença da Microsoft vale até 2032.", "até 2032", "M2032", TimeWord),
            ("A parceria existe desde 2019.", "desde 2019", "E1", TimeWord),
            ("Die Lizenz gilt bis 2032.", "bis 2032", "M2032", TimeWord),
            ("Microsoft ist seit 2019 an OpenAI beteiligt.", "seit 2019", "E1", TimeWord),
            ("Die Zahlungen enden Ende 2030.", "Ende 2030", "M2030", TimeWord),
            ("La licence court jusqu'en 2032.", "jusqu'en 2032", "M2032", TimeWord),
            ("La licence court jusqu’en 2032.", "jusqu’en 2032", "M2032", TimeWord),
            ("Les deux groupes travaillent ensemble à partir de 2019.", "à partir de 2019", "E1", TimeWord),
            ("Microsoft investit depuis 2019.", "depuis 2019", "E1", TimeWord),
            ("El acuerdo de 2019 dio a Microsoft la exclusividad.", "acuerdo de 2019", "E1", DealNoun),
            ("L'accord de 2019 reste la base.", "L'accord de 2019", "E1", DealNoun),
        ];
        for (sentence, phrase, id, why) in cases {
            assert_eq!(one(sentence), (phrase.to_string(), Ok((*id, *why))), "{sentence}");
        }
    }

    #[test]
    fn counted_dates_in_other_languages() {
        let cases = [
            ("微软于2019年7月22日宣布投资。", "2019年7月22日", "E1"),
            ("2023年1月，微软扩大了投资。", "2023年1月", "E2"),
            ("2019년 7월 22일 마이크로소프트가 투자를 발표했다.", "2019년 7월 22일", "E1"),
            ("El 22 de julio de 2019 Microsoft anunció su inversión.", "22 de julio de 2019", "E1"),
            ("Microsoft amplió su inversión en enero de 2023.", "en enero de 2023", "E2"),
            ("Am 22. Juli 2019 kündigte Microsoft die Investition an.", "22. Juli 2019", "E1"),
            ("Le 22 juillet 2019, Microsoft a annoncé son investissement.", "22 juillet 2019", "E1"),
            ("Em 22 de julho de 2019, a Microsoft anunciou o investimento.", "Em 22 de julho de 2019", "E1"),
        ];
        for (sentence, phrase, id) in cases {
            assert_eq!(one(sentence), (phrase.to_string(), Ok((id, Why::Date))), "{sentence}");
        }
    }

    #[test]
    fn not_counted_in_other_languages() {
        use Skip::*;
        let cases: &[(&str, &str, Skip)] = &[
            // Decades, fiscal years, amounts and references written with CJK counters.
            ("2030年代，人工智能将改变一切。", "2030", InsideToken),
            ("2030년대에는 모든 것이 바뀐다.", "2030", InsideToken),
            ("2030年度の売上高は増える見通しだ。", "2030", FiscalYear),
            ("公司在2030财年的收入将增长。", "2030", FiscalYear),
            ("微软投入了2030亿美元。", "2030", Quantity),
            ("투자액은 2030억 원이다.", "2030", Quantity),
            ("见第2030号文件。", "2030", Reference),
            // Three milestones in 2025: "2025年" names none of them, as "in 2025" does not.
            ("OpenAI在2025年的融资创下纪录。", "在2025年", Ambiguous(3)),
            // A year that is a topic, in the other languages.
            ("Su plan de 2030 es ambicioso.", "2030", NoTimeWord),
            ("Der Plan 2030 ist ehrgeizig.", "2030", NoTimeWord),
            ("Le projet Mars 2030 avance.", "2030", NoTimeWord),
            ("Los ingresos llegaron a 2030 millones de dólares.", "2030", Quantity),
            ("Im Geschäftsjahr 2030 steigt der Umsatz.", "2030", FiscalYear),
            ("Véase la página 2030 del informe.", "2030", Reference),
            // Spanish and Portuguese words for "end" only count before "de": English keeps its rule.
            ("Its final 2030 plan is ambitious.", "2030", NoTimeWord),
        ];
        for (sentence, phrase, skip) in cases {
            assert_eq!(one(sentence), (phrase.to_string(), Err(*skip)), "{sentence}");
        }
    }

    /// The timeline quotes the one splitter's sentence, which ends at a full-width stop with no
    /// space after it.
    #[test]
    fn cjk_sentences_end_at_full_width_stops() {
        let doc = Doc::new("微软与OpenAI修改了协议。授权持续到2032年！这意味着什么？\n");
        let ms = mentions(&doc, &deal());
        assert_eq!(ms.len(), 1);
        assert_eq!((ms[0].target(), ms[0].sentence.as_str()), ("m1-2".to_string(), "授权持续到2032年！"));
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
