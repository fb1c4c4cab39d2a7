//! Values a claim states, read from the tokens of a clause, and how two values compare.
//!
//! Numbers are written the way each language writes them: "$135bn", "US$ 135 bilhões",
//! "135.000 millones de dólares", "135 Milliarden Dollar", "1350亿美元", "1,350억 달러". Each
//! value keeps how exactly it was stated ("about", "more than"), so that "about $130 billion"
//! agrees with $135 billion and "more than $100 billion" does too.

use std::fmt;

use super::token::{Kind, Token};

/// The language of a text, as far as reading numbers and cue words needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Pt,
    De,
    Fr,
    Zh,
    Ja,
    Ko,
    /// Any other language: numbers read as English writes them.
    Other,
}

impl Lang {
    /// From a BCP 47 tag: its primary language subtag.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Lang::En,
            "es" => Lang::Es,
            "pt" => Lang::Pt,
            "de" => Lang::De,
            "fr" => Lang::Fr,
            "zh" => Lang::Zh,
            "ja" => Lang::Ja,
            "ko" => Lang::Ko,
            _ => Lang::Other,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Other => "other",
        }
    }

    pub const ALL: [Lang; 8] = [Lang::En, Lang::Es, Lang::Pt, Lang::De, Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ko];

    /// Whether `,` is the decimal mark ("32,5 %") and `.` groups thousands ("135.000").
    fn decimal_comma(self) -> bool {
        matches!(self, Lang::Es | Lang::Pt | Lang::De | Lang::Fr)
    }
}

/// How exactly a number is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Bound {
    Exact,
    About,
    AtLeast,
    AtMost,
    /// A count of tenths ("约三成", "3割", "4할"): a share rounded to ten points, right within
    /// five of the figure.
    Tenths,
}

/// A claimed or official value. Amounts are whole dollars and percentages thousandths of a
/// point, so values compare exactly; a year may be approximate (a relative duration, "for the
/// next six years", counted from the article's year).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Year {
        year: i32,
        about: bool,
    },
    /// An end past a year, no more precise: "into the 2030s" (past 2030).
    After(i32),
    /// An end that is not a year: "until AGI is verified", "no end date".
    Condition(String),
    Amount {
        dollars: u64,
        bound: Bound,
    },
    Percent {
        milli: u64,
        bound: Bound,
    },
    /// Who gives what to whom (pays, licenses); `negated` says the flow does not happen
    /// ("Microsoft no longer pays OpenAI").
    Direction {
        from: Option<String>,
        to: Option<String>,
        negated: bool,
    },
    Status(String),
    /// A date as precisely as it was written: a year, a month, or a day.
    Date {
        year: i32,
        month: Option<u32>,
        day: Option<u32>,
    },
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bound = |b: Bound| match b {
            Bound::Exact => "",
            Bound::About | Bound::Tenths => "about ",
            Bound::AtLeast => "more than ",
            Bound::AtMost => "up to ",
        };
        match self {
            Value::Year { year, about } => write!(f, "{}{year}", if *about { "about " } else { "" }),
            Value::After(year) => write!(f, "after {year}"),
            Value::Condition(c) => write!(f, "{c}"),
            Value::Amount { dollars, bound: b } => {
                let d = *dollars as f64;
                let (n, unit) = if d >= 1e12 {
                    (d / 1e12, " trillion")
                } else if d >= 1e9 {
                    (d / 1e9, " billion")
                } else if d >= 1e6 {
                    (d / 1e6, " million")
                } else {
                    (d, "")
                };
                write!(f, "{}${}{unit}", bound(*b), trim_number(n))
            }
            Value::Percent { milli, bound: b } => write!(f, "{}{}%", bound(*b), trim_number(*milli as f64 / 1000.0)),
            Value::Direction { from, to, negated } => {
                if *negated {
                    write!(f, "no ")?;
                }
                match (from, to) {
                    (Some(a), Some(b)) => write!(f, "{a} → {b}"),
                    (Some(a), None) => write!(f, "{a} → …"),
                    (None, Some(b)) => write!(f, "… → {b}"),
                    (None, None) => write!(f, "…"),
                }
            }
            Value::Status(s) => write!(f, "{s}"),
            Value::Date { year, month, day } => match (month, day) {
                (Some(m), Some(d)) => write!(f, "{} {d}, {year}", MONTHS[(*m as usize).saturating_sub(1) % 12]),
                (Some(m), None) => write!(f, "{} {year}", MONTHS[(*m as usize).saturating_sub(1) % 12]),
                _ => write!(f, "{year}"),
            },
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn trim_number(n: f64) -> String {
    let s = format!("{n:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A number as an interval it may stand for, given how it was stated.
fn interval(x: f64, b: Bound, exact_tol: f64, about_tol: f64) -> (f64, f64) {
    match b {
        Bound::Exact => (x - exact_tol, x + exact_tol),
        Bound::About => (x - about_tol, x + about_tol),
        // Only percentages are counted in tenths; five points either side.
        Bound::Tenths => (x - 5000.0, x + 5000.0),
        Bound::AtLeast => (x - exact_tol, f64::INFINITY),
        Bound::AtMost => (f64::NEG_INFINITY, x + exact_tol),
    }
}

/// How far a sum stated without "about" may lie from what it stands for: half a unit of its
/// last non-zero digit ("$13.5 billion" ±$50 million, "$1 billion" ±$500 million), no more than
/// 2% ("$300 billion" is not a rounded $250 billion). The terms' own sums are exact, so "$245
/// billion" contradicts an official $250 billion.
fn written_precision(x: f64) -> f64 {
    // Four significant digits at most: a sum parsed from "2.3" lands a hair off its digits.
    let digits = x.abs().log10().floor() as i32;
    let mut unit = 10f64.powi(digits.saturating_sub(3).max(0));
    let rounded = (x / unit).round() * unit;
    while unit * 10.0 <= rounded && (rounded / (unit * 10.0)).fract().abs() < 1e-9 {
        unit *= 10.0;
    }
    (unit / 2.0).min(x * 0.02)
}

fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

impl Value {
    /// Whether a claimed value (`self`) is what the official value says.
    pub fn agrees_with(&self, official: &Value) -> bool {
        match (self, official) {
            (Value::Year { year: a, about: x }, Value::Year { year: b, about: y }) => {
                (a - b).abs() <= i32::from(*x || *y)
            }
            (Value::After(a), Value::Year { year: b, .. }) => b > a,
            (Value::Condition(a), Value::Condition(b)) => a == b,
            (Value::Amount { dollars: c, bound: cb }, Value::Amount { dollars: o, bound: ob }) => {
                let (c, o) = (*c as f64, *o as f64);
                // "up to $100 billion" and "more than $100 billion" meet only at their edge: no.
                match (cb, ob) {
                    (Bound::AtMost, Bound::AtLeast) => c > o,
                    (Bound::AtLeast, Bound::AtMost) => c < o,
                    // "more than $10 billion" for "more than $100 billion" is not false, but it
                    // misstates the figure by ten: two bounds of one side agree when near.
                    (Bound::AtLeast, Bound::AtLeast) => c >= o * 0.5 && c <= o * 1.1,
                    (Bound::AtMost, Bound::AtMost) => c <= o * 2.0 && c >= o * 0.9,
                    _ => overlap(interval(c, *cb, written_precision(c), c * 0.10), interval(o, *ob, 0.0, o * 0.10)),
                }
            }
            (Value::Percent { milli: c, bound: cb }, Value::Percent { milli: o, bound: ob }) => {
                overlap(interval(*c as f64, *cb, 500.0, 1500.0), interval(*o as f64, *ob, 500.0, 1500.0))
            }
            (
                Value::Direction { from: cf, to: ct, negated: cn },
                Value::Direction { from: of, to: ot, negated: on },
            ) => {
                cn == on
                    && cf.as_ref().is_none_or(|c| Some(c) == of.as_ref())
                    && ct.as_ref().is_none_or(|c| Some(c) == ot.as_ref())
            }
            (Value::Status(a), Value::Status(b)) => a == b,
            (Value::Date { year: a, month: am, day: ad }, Value::Date { year: b, month: bm, day: bd }) => {
                a == b && (am.is_none() || bm.is_none() || am == bm) && (ad.is_none() || bd.is_none() || ad == bd)
            }
            _ => false,
        }
    }

    /// Whether an official value says anything about a claim: a denied flow ("Microsoft no
    /// longer pays OpenAI") speaks only of its own pair, and so does an official denial.
    pub fn bears_on(&self, official: &Value) -> bool {
        match (self, official) {
            (
                Value::Direction { from: cf, to: ct, negated: cn },
                Value::Direction { from: of, to: ot, negated: on },
            ) => !(*cn || *on) || (cf == of && ct == ot),
            _ => true,
        }
    }

    /// How closely an official value speaks to the same thing as a claim: a contradiction cites
    /// the term closest to what the sentence said (for a flow, the one about the same pair).
    pub fn relevance(&self, official: &Value) -> u8 {
        match (self, official) {
            (Value::Direction { from: cf, to: ct, .. }, Value::Direction { from: of, to: ot, .. }) => {
                u8::from(cf.is_some() && cf == of) + u8::from(ct.is_some() && ct == ot)
            }
            _ => 0,
        }
    }

    /// Whether two claims (of two articles) cannot both be right. Approximate numbers and
    /// half-known directions conflict only where they certainly differ.
    pub fn conflicts_with(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Year { .. }, Value::Year { .. }) | (Value::Condition(_), Value::Condition(_)) => {
                !self.agrees_with(other)
            }
            (Value::Year { .. }, Value::Condition(_)) | (Value::Condition(_), Value::Year { .. }) => true,
            (Value::After(_), Value::Year { .. }) => !self.agrees_with(other),
            (Value::Year { .. }, Value::After(_)) => !other.agrees_with(self),
            (Value::After(_), Value::Condition(_)) | (Value::Condition(_), Value::After(_)) => true,
            (Value::Amount { dollars: a, bound: Bound::Exact }, Value::Amount { dollars: b, bound: Bound::Exact })
            | (Value::Percent { milli: a, bound: Bound::Exact }, Value::Percent { milli: b, bound: Bound::Exact }) => {
                !self.agrees_with(other) && a != b
            }
            (
                Value::Direction { from: af, to: at, negated: an },
                Value::Direction { from: bf, to: bt, negated: bn },
            ) => {
                let same_pair = af.is_some() && af == bf && at.is_some() && at == bt;
                let crossed = matches!((af, bf), (Some(a), Some(b)) if a != b)
                    || matches!((at, bt), (Some(a), Some(b)) if a != b);
                (same_pair && an != bn) || (crossed && !an && !bn)
            }
            (Value::Status(a), Value::Status(b)) => a != b,
            (Value::Date { .. }, Value::Date { .. }) => !self.agrees_with(other),
            _ => false,
        }
    }
}

/// Month names and their abbreviations, for dates: English's, and the other languages gloss
/// reads (a date is read without knowing its language; no two of them spell a month alike).
pub fn month_word(w: &str) -> Option<u32> {
    if let Some(m) = OTHER_MONTHS.iter().position(|names| names.contains(&w)) {
        return u32::try_from(m + 1).ok();
    }
    let m = match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Spanish, Portuguese, German and French month names, January first.
const OTHER_MONTHS: [&[&str]; 12] = [
    &["enero", "janeiro", "januar", "jänner", "janvier"],
    &["febrero", "fevereiro", "februar", "février"],
    &["marzo", "março", "märz", "mär", "mrz", "mars"],
    &["abril", "avril"],
    &["mayo", "maio", "mai"],
    &["junio", "junho", "juni", "juin"],
    &["julio", "julho", "juli", "juillet"],
    &["agosto", "août"],
    &["septiembre", "setiembre", "setembro", "septembre"],
    &["octubre", "outubro", "oktober", "okt", "octobre"],
    &["noviembre", "novembro", "novembre"],
    &["diciembre", "dezembro", "dezember", "décembre"],
];

/// The word between a day, its month and its year in Spanish and Portuguese ("27 de abril de
/// 2026"), or the stop after a German day ("27. April 2026").
fn skip_date_joiner(toks: &[Token], p: usize) -> usize {
    match toks.get(p).map(|t| t.norm.as_str()) {
        Some("de" | "del" | "." | "do") => p + 1,
        _ => p,
    }
}

fn day_at(toks: &[Token], pos: usize) -> Option<u32> {
    let t = toks.get(pos)?;
    (t.kind == Kind::Number && t.norm.len() <= 2)
        .then(|| t.norm.parse::<u32>().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// A date at `pos`: "April 27, 2026", "27 April 2026", "Sept. 11, 2025", "April 2026",
/// "2026-04-27", "2026年4月27日", "2026년 4월 27일"; a month and day without a year take the
/// year of `stage_year`. Its end and value.
pub fn date_at(toks: &[Token], pos: usize, stage_year: i32) -> Option<(usize, Value)> {
    let t = toks.get(pos)?;
    let skip_dot = |p: usize| if toks.get(p).is_some_and(|t| t.norm == ".") { p + 1 } else { p };
    // "early 2024", "mid-2025", "late 2019": a part of a year is that year.
    if matches!(t.norm.as_str(), "early" | "late" | "mid")
        && let Some(year) = year_at(toks, pos + 1)
    {
        return Some((pos + 2, Value::Date { year, month: None, day: None }));
    }
    // "2026-04-27": a number glued to two more by hyphens.
    if let Some(year) = year_at(toks, pos)
        .or_else(|| (t.kind == Kind::Number && t.norm.len() == 4).then(|| t.norm.parse().ok()).flatten())
    {
        // 2026年4月27日 / 2026년 4월 27일
        let unit = |p: usize, cjk: &str, ko: &str| toks.get(p).is_some_and(|t| t.norm == cjk || t.norm.starts_with(ko));
        if unit(pos + 1, "年", "년")
            && let Some(m) = day_at(toks, pos + 2).filter(|m| *m <= 12)
            && unit(pos + 3, "月", "월")
        {
            if let Some(d) = day_at(toks, pos + 4)
                && unit(pos + 5, "日", "일")
            {
                return Some((pos + 6, Value::Date { year, month: Some(m), day: Some(d) }));
            }
            return Some((pos + 4, Value::Date { year, month: Some(m), day: None }));
        }
        if let (Some(m), Some(d)) = (toks.get(pos + 1), toks.get(pos + 2))
            && m.hyphen
            && d.hyphen
            && m.kind == Kind::Number
            && d.kind == Kind::Number
        {
            let month = m.norm.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
            let day = d.norm.parse::<u32>().ok().filter(|d| (1..=31).contains(d))?;
            return Some((pos + 3, Value::Date { year, month: Some(month), day: Some(day) }));
        }
        // A year alone: "in 2019".
        return year_at(toks, pos).map(|year| (pos + 1, Value::Date { year, month: None, day: None }));
    }
    // "27 April 2026", "27. April 2026", "27 de abril de 2026"
    if let Some(d) = day_at(toks, pos)
        && let Some(m) = toks.get(skip_date_joiner(toks, pos + 1)).and_then(|t| month_word(&t.norm))
    {
        let p = skip_date_joiner(toks, skip_dot(skip_date_joiner(toks, pos + 1) + 1));
        let year = year_at(toks, p)?;
        return Some((p + 1, Value::Date { year, month: Some(m), day: Some(d) }));
    }
    // "April 27, 2026", "April 27", "April 2026"
    let m = month_word(&t.norm)?;
    let mut p = skip_dot(pos + 1);
    if let Some(d) = day_at(toks, p) {
        p += 1;
        if toks.get(p).is_some_and(|t| t.norm == ",") {
            p += 1;
        }
        if let Some(year) = year_at(toks, p) {
            return Some((p + 1, Value::Date { year, month: Some(m), day: Some(d) }));
        }
        let end = if toks.get(p - 1).is_some_and(|t| t.norm == ",") { p - 1 } else { p };
        return Some((end, Value::Date { year: stage_year, month: Some(m), day: Some(d) }));
    }
    // "April 2026", "abril de 2026"
    let p = skip_date_joiner(toks, p);
    let year = year_at(toks, p)?;
    Some((p + 1, Value::Date { year, month: Some(m), day: None }))
}

/// A number token's value, reading `.` and `,` as the language writes them.
pub fn number(norm: &str, lang: Lang) -> Option<f64> {
    let commas = norm.matches(',').count();
    let dots = norm.matches('.').count();
    let s: String = if commas > 0 && dots > 0 {
        // Both marks: the last one is the decimal mark.
        let dec = if norm.rfind(',') > norm.rfind('.') { ',' } else { '.' };
        norm.chars()
            .filter_map(|c| {
                if c == dec {
                    Some('.')
                } else if c == ',' || c == '.' {
                    None
                } else {
                    Some(c)
                }
            })
            .collect()
    } else if commas > 0 {
        let groups_of_three = norm.split(',').skip(1).all(|g| g.len() == 3);
        if lang.decimal_comma() && !(commas > 1 && groups_of_three) {
            norm.replace(',', ".")
        } else if groups_of_three {
            norm.replace(',', "")
        } else {
            norm.replace(',', ".")
        }
    } else if dots > 0 {
        let groups_of_three = norm.split('.').skip(1).all(|g| g.len() == 3);
        if (lang.decimal_comma() && groups_of_three) || dots > 1 { norm.replace('.', "") } else { norm.to_string() }
    } else {
        norm.to_string()
    };
    if s.matches('.').count() > 1 {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A year at `pos`: four digits from 1900 to 2099, standing as a word of its own ("2030s",
/// "FY2030" and "GPT-2032" are not years), or before 年/년.
pub fn year_at(toks: &[Token], pos: usize) -> Option<i32> {
    let t = toks.get(pos)?;
    if t.kind != Kind::Number || t.norm.len() != 4 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = t.norm.parse().ok()?;
    if !(1900..=2099).contains(&y) {
        return None;
    }
    if t.glued && pos > 0 && matches!(toks[pos - 1].kind, Kind::Word | Kind::Number) {
        return None;
    }
    if let Some(n) = toks.get(pos + 1)
        && n.glued
        && (n.kind == Kind::Word || n.kind == Kind::Symbol)
    {
        return None;
    }
    Some(y)
}

/// Words for "percent", as token sequences.
const PERCENT_WORDS: &[&[&str]] = &[
    &["percent"],
    &["per", "cent"],
    &["pct"],
    &["por", "ciento"],
    &["por", "cento"],
    &["prozent"],
    &["pour", "cent"],
    &["퍼센트"],
    &["프로"],
];

fn seq_at(toks: &[Token], pos: usize, words: &[&str]) -> bool {
    pos + words.len() <= toks.len() && words.iter().zip(&toks[pos..]).all(|(w, t)| t.norm == *w)
}

/// A percentage at `pos`: its end and its value in thousandths of a point.
pub fn percent_at(toks: &[Token], pos: usize, lang: Lang) -> Option<(usize, u64)> {
    let t = toks.get(pos)?;
    // "a third", "nearly half", "two-thirds", "one quarter": a fraction of a whole.
    if t.kind == Kind::Word {
        let (skip, word) = match t.norm.as_str() {
            "a" | "one" | "un" | "una" | "um" | "uma" | "ein" | "einem" | "einen" | "einer" => {
                (1, toks.get(pos + 1).map(|n| n.norm.as_str()))
            }
            w => (0, Some(w)),
        };
        let milli = match (t.norm.as_str(), word) {
            ("two", _) => None,
            (_, Some("half" | "mitad" | "metade" | "hälfte" | "moitié")) => Some(50_000),
            (_, Some("third" | "tercio" | "terço" | "drittel" | "tiers")) => Some(33_333),
            (_, Some("quarter" | "viertel" | "quart")) => Some(25_000),
            (_, Some("fifth")) => Some(20_000),
            (_, Some("tenth")) => Some(10_000),
            _ => None,
        };
        if let Some(m) = milli {
            return Some((pos + 1 + skip, m));
        }
        // "una cuarta parte", "uma terça parte": an ordinal before "parte" is the fraction.
        let part = match word {
            Some("cuarta" | "quarta") => Some(25_000),
            Some("tercera" | "terça" | "terca") => Some(33_333),
            _ => None,
        };
        if let Some(m) = part.filter(|_| skip == 1 && toks.get(pos + 2).is_some_and(|n| n.norm == "parte")) {
            return Some((pos + 3, m));
        }
        if t.norm == "two" && toks.get(pos + 1).is_some_and(|n| n.norm == "thirds") {
            return Some((pos + 2, 66_667));
        }
        // "thirteen percent", "twenty-seven per cent"
        let (end, n) = english_number_at(toks, pos).filter(|(_, n)| *n <= 100.0)?;
        let milli = (n * 1000.0).round() as u64;
        return PERCENT_WORDS.iter().find(|w| seq_at(toks, end, w)).map(|w| (end + w.len(), milli));
    }
    if let Some(tenths) = tenths_at(toks, pos) {
        return Some(tenths);
    }
    if t.kind != Kind::Number {
        return None;
    }
    let n = number(&t.norm, lang)?;
    if !(0.0..=100.0).contains(&n) {
        return None;
    }
    let milli = (n * 1000.0).round() as u64;
    if toks.get(pos + 1).is_some_and(|s| s.norm == "%") {
        return Some((pos + 2, milli));
    }
    for w in PERCENT_WORDS {
        if seq_at(toks, pos + 1, w) {
            return Some((pos + 1 + w.len(), milli));
        }
    }
    None
}

/// A share counted in tenths, as Chinese, Japanese and Korean write it: a digit or numeral
/// glued to 成, 割 or 할 ("四成", "3割", "4할로"): where it ends and its thousandths of a point.
pub fn tenths_at(toks: &[Token], pos: usize) -> Option<(usize, u64)> {
    let t = toks.get(pos)?;
    let n: u64 = match t.kind {
        Kind::Number => t.norm.parse().ok()?,
        Kind::Cjk => "一二三四五六七八九"
            .chars()
            .position(|c| t.norm.starts_with(c))
            .map(|i| i as u64 + 1)
            .or_else(|| (t.norm == "两").then_some(2))?,
        _ => return None,
    };
    let next = toks.get(pos + 1).filter(|n| n.range.start == t.range.end)?;
    let unit = matches!(next.norm.as_str(), "成" | "割") || (next.kind == Kind::Hangul && next.norm.starts_with('할'));
    ((1..=9).contains(&n) && unit).then_some((pos + 2, n * 10_000))
}

/// Scale words after a number: "billion", "mil millones", "Milliarden", "亿".
fn scale_at(toks: &[Token], pos: usize, lang: Lang, after_dollar: bool) -> Option<(usize, f64)> {
    let t = toks.get(pos)?;
    // Multi-word scales first.
    for (words, f) in [(&["mil", "millones"][..], 1e9), (&["mil", "milhões"][..], 1e9), (&["mil", "milloes"][..], 1e9)]
    {
        if seq_at(toks, pos, words) {
            return Some((pos + words.len(), f));
        }
    }
    let single = |w: &str| -> Option<f64> {
        Some(match w {
            "trillion" | "trillions" | "tn" | "trilhões" | "trilhão" | "billones" | "billón" | "billionen" => 1e12,
            "billion" => 1e9,
            "billions" => {
                if lang == Lang::Fr {
                    1e12
                } else {
                    1e9
                }
            }
            "bn" | "bln" | "bil" | "bilhões" | "bilhão" | "bilhoes" | "bilhao" | "bi" | "milliarden" | "milliarde"
            | "mrd" | "mrds" | "milliards" | "milliard" | "md" | "mds" | "mmdd" => 1e9,
            "million" | "millions" | "mn" | "mln" => 1e6,
            "millones" | "millón" | "millon" | "milhões" | "milhão" | "milhoes" | "milhao" | "mi" | "millionen"
            | "mio" => 1e6,
            "thousand" => 1e3,
            _ => return None,
        })
    };
    match t.kind {
        Kind::Word => {
            if let Some(f) = single(&t.norm) {
                return Some((pos + 1, f));
            }
            // "$1.5B", "$300M", "$2T": one letter, only right after the number.
            if after_dollar && t.glued {
                let f = match t.norm.as_str() {
                    "b" => 1e9,
                    "m" => 1e6,
                    "t" => 1e12,
                    "k" => 1e3,
                    _ => return None,
                };
                return Some((pos + 1, f));
            }
            None
        }
        Kind::Cjk => {
            let f = match t.norm.as_str() {
                "亿" | "億" => 1e8,
                "万" | "萬" => {
                    if toks.get(pos + 1).is_some_and(|n| n.norm == "亿" || n.norm == "億") {
                        return Some((pos + 2, 1e12));
                    }
                    1e4
                }
                "兆" => 1e12,
                "千" => 1e3,
                _ => return None,
            };
            Some((pos + 1, f))
        }
        Kind::Hangul => {
            // "억", "억달러", "억 달러", "조원": the scale starts the word.
            let first = t.norm.chars().next()?;
            let f = match first {
                '억' => 1e8,
                '조' => 1e12,
                '만' => 1e4,
                _ => return None,
            };
            Some((pos + 1, f))
        }
        _ => None,
    }
}

/// Words for "dollars" after a number: the currency that makes a number an amount.
fn dollars_at(toks: &[Token], pos: usize, hangul_scale_word: Option<&str>) -> Option<usize> {
    if let Some(w) = hangul_scale_word
        && w.contains("달러")
    {
        return Some(pos);
    }
    for words in [
        &["dollars"][..],
        &["dollar"],
        &["usd"],
        &["us", "dollars"],
        &["us", "dollar"],
        &["us", "dólares"],
        &["dollars", "américains"],
        &["de", "dólares"],
        &["dólares"],
        &["de", "dolares"],
        &["de", "dollars"],
        &["dólar"],
        &["달러"],
    ] {
        if seq_at(toks, pos, words) {
            return Some(pos + words.len());
        }
    }
    if toks.get(pos).is_some_and(|t| t.kind == Kind::Hangul && t.norm.starts_with("달러")) {
        return Some(pos + 1);
    }
    for cjk in [&["美", "元"][..], &["ド", "ル"], &["美", "金"]] {
        if seq_at(toks, pos, cjk) {
            return Some(pos + cjk.len());
        }
    }
    None
}

/// An amount of dollars at `pos`: its end and its value in whole dollars. A number is an
/// amount only with its currency: "$135 billion", "US$ 135 bilhões", "135 billion dollars",
/// "USD 135bn", "1350亿美元".
pub fn amount_at(toks: &[Token], pos: usize, lang: Lang) -> Option<(usize, u64)> {
    let mut p = pos;
    let mut dollar = false;
    // "US$", "A$": a word glued to the dollar sign; "USD 135".
    if toks.get(p).is_some_and(|t| t.kind == Kind::Word && matches!(t.norm.as_str(), "us" | "usd"))
        && toks.get(p + 1).is_some_and(|t| t.norm == "$" && t.glued)
    {
        p += 1;
    } else if toks.get(p).is_some_and(|t| t.norm == "usd") && toks.get(p + 1).is_some_and(|t| t.kind == Kind::Number) {
        p += 1;
        dollar = true;
    }
    if toks.get(p).is_some_and(|t| t.norm == "$") {
        // "R$", "HK$", "NT$": reais or another country's dollars, not US dollars.
        if toks[p].glued && p > 0 && toks[p - 1].kind == Kind::Word && toks[p - 1].norm != "us" {
            return None;
        }
        p += 1;
        dollar = true;
    }
    let t = toks.get(p)?;
    // "4 000 milliards": the groups of a number spaced by thousands are one number, never
    // "000 milliards" on its own.
    let group = |t: &Token| t.kind == Kind::Number && t.norm.len() == 3 && t.norm.bytes().all(|b| b.is_ascii_digit());
    if lang != Lang::En && group(t) && p > 0 && toks[p - 1].kind == Kind::Number && !t.glued {
        return None;
    }
    // "250,000 millones de dólares", "1,300 millones": Mexican and US Spanish group thousands
    // with a comma. One comma before exactly three digits and "millones" is that grouping (a
    // writer who means 1.3 million writes "1,3 millones"; one who means 250 billion in Spain,
    // "250.000 millones"), so the millions are read as the thousands they group.
    let comma_grouped = lang == Lang::Es
        && t.kind == Kind::Number
        && !t.norm.contains('.')
        && t.norm.split_once(',').is_some_and(|(whole, group)| {
            whole != "0" && !whole.is_empty() && group.len() == 3 && !group.contains(',')
        });
    let number_at = p;
    let fraction = if lang == Lang::En && t.kind == Kind::Word { english_fraction_at(toks, p, dollar) } else { None };
    let mut n = match t.kind {
        Kind::Number => number(&t.norm, lang)?,
        // "zehn Milliarden Dollar", "dix milliards", "eine Milliarde": a number word, only
        // before a scale word and only outside English (whose amounts read as written).
        Kind::Word if lang != Lang::En && !dollar => {
            let w = NUMBER_WORDS_BY_LANG.iter().find(|(w, _)| *w == t.norm)?.1;
            scale_at(toks, p + 1, lang, false)?;
            w
        }
        // "a quarter of a trillion dollars", "half a billion dollars": a fraction of a scale.
        Kind::Word if let Some((end, f)) = fraction => {
            p = end - 1;
            f
        }
        // "two billion dollars", "one hundred billion dollars": in English too a number word
        // is an amount only before its scale word, and (below) its currency.
        Kind::Word if !dollar => {
            let (end, w) = english_number_at(toks, p)?;
            scale_at(toks, end, lang, false)?;
            p = end - 1;
            w
        }
        _ => return None,
    };
    p += 1;
    let grouped = lang != Lang::En && n < 1000.0;
    while grouped && toks.get(p).is_some_and(|t| group(t) && !t.glued) {
        n = n * 1000.0 + f64::from(toks[p].norm.parse::<u16>().unwrap_or(0));
        p += 1;
    }
    // "1천350억": a thousand written as 천 between digits.
    if toks.get(p).is_some_and(|t| t.kind == Kind::Hangul && t.norm == "천" && t.glued)
        && let Some(rest) = toks.get(p + 1).filter(|t| t.kind == Kind::Number && t.glued)
        && let Some(r) = number(&rest.norm, lang)
    {
        n = n * 1000.0 + r;
        p += 2;
    }
    let mut scale = 1.0;
    let mut hangul_word = None;
    if let Some((end, f)) = scale_at(toks, p, lang, dollar) {
        if toks[p].kind == Kind::Hangul {
            hangul_word = Some(toks[p].norm.as_str());
        }
        scale = f;
        if comma_grouped && f == 1e6 && end == p + 1 && p == number_at + 1 {
            n = number(&toks[number_at].norm.replace(',', ""), lang)?;
        }
        p = end;
        // "Mrd. $", "Mio. Dollar": the abbreviation's stop.
        if toks.get(p).is_some_and(|t| t.norm == ".")
            && matches!(toks[p - 1].norm.as_str(), "mrd" | "md" | "mds" | "mio" | "bn" | "mn" | "bi" | "mi")
        {
            p += 1;
        }
    }
    // "135 Md$", "135 Mrd. $", "135 milliards $": the sign after the number.
    if !dollar && toks.get(p).is_some_and(|t| t.norm == "$") {
        dollar = true;
        p += 1;
    }
    if !dollar {
        p = dollars_at(toks, p, hangul_word)?;
    } else if let Some(end) = dollars_at(toks, p, None) {
        p = end; // "$135 billion dollars"
    }
    let dollars = n * scale;
    if !(0.0..1e16).contains(&dollars) {
        return None;
    }
    Some((p, dollars.round() as u64))
}

/// "a quarter of a", "half a", "three quarters of a" before a scale word ("trillion"): the
/// fraction and where the scale word starts. Only before a scale word, so "half a percent" or
/// "a quarter of the stake" is no amount.
fn english_fraction_at(toks: &[Token], p: usize, after_dollar: bool) -> Option<(usize, f64)> {
    for (words, f) in [
        (&["a", "quarter", "of", "a"][..], 0.25),
        (&["one", "quarter", "of", "a"], 0.25),
        (&["quarter", "of", "a"], 0.25),
        (&["three", "quarters", "of", "a"], 0.75),
        (&["half", "a"], 0.5),
        (&["half", "of", "a"], 0.5),
        (&["a", "half"], 0.5),
    ] {
        if seq_at(toks, p, words) && scale_at(toks, p + words.len(), Lang::En, after_dollar).is_some() {
            return Some((p + words.len(), f));
        }
    }
    None
}

/// Words that lead to the year something ends, by language: "through 2032", "hasta 2032".
const UNTIL: &[&[&str]] = &[
    &["through"],
    &["until"],
    &["till"],
    &["til"],
    &["thru"],
    &["to"],
    &["into"],
    &["by"],
    &["up", "to"],
    // "extended only as far as 2030".
    &["as", "far", "as"],
    // "all the way to 2032", "all the way through 2030".
    &["all", "the", "way", "to"],
    &["all", "the", "way", "through"],
    &["all", "the", "way", "until"],
    &["ending", "in"],
    &["expiring", "in"],
    &["ends", "in"],
    &["expires", "in"],
    &["lasting", "until"],
    &["hasta"],
    &["hasta", "el"],
    &["até"],
    &["bis"],
    &["bis", "zum", "jahr"],
    &["jusqu'", "en"],
    &["jusqu'", "à"],
    &["d'", "ici"],
    &["à", "l'horizon"],
    &["到"],
    &["至"],
    &["直", "到"],
    &["截", "至"],
];
/// Words between the lead and the year: "through the end of 2030", "hasta finales de 2030".
const END_OF: &[&[&str]] = &[
    &["the", "end", "of"],
    &["end", "of"],
    &["late"],
    &["the", "close", "of"],
    &["calendar"],
    &["fiscal"],
    &["finales", "de"],
    &["fines", "de"],
    &["el", "final", "de"],
    &["el", "año"],
    &["o", "fim", "de"],
    &["o", "final", "de"],
    // European Portuguese: "até ao fim de 2031".
    &["ao", "fim", "de"],
    &["ao", "final", "de"],
    &["final", "de"],
    &["ende"],
    &["zum", "ende"],
    &["fin"],
    &["la", "fin"],
    &["la", "fin", "de"],
];
/// Words for a decade's end: "until the end of the decade".
const DECADE: &[&[&str]] = &[
    &["at", "the", "end", "of", "the", "decade"],
    &["the", "end", "of", "the", "decade"],
    &["end", "of", "the", "decade"],
    &["the", "decade's", "end"],
    &["decade's", "end"],
    &["the", "end", "of", "this", "decade"],
    &["the", "rest", "of", "the", "decade"],
    &["finales", "de", "la", "década"],
    &["el", "final", "de", "la", "década"],
    &["o", "fim", "da", "década"],
    &["o", "final", "da", "década"],
    &["ao", "fim", "da", "década"],
    &["ao", "final", "da", "década"],
    &["ende", "des", "jahrzehnts"],
    &["la", "fin", "de", "la", "décennie"],
];
/// A decade as a duration: "for the next decade".
const DECADE_WORDS: &[&str] = &["decade", "década", "jahrzehnt", "décennie"];
const NEXT: &[&[&str]] = &[
    &["for", "the", "next"],
    &["over", "the", "next"],
    &["in", "the", "next"],
    &["for", "another"],
    &["for", "a", "further"],
    &["for", "the", "coming"],
    &["over", "the", "coming"],
    &["for", "the", "following"],
    &["over", "the", "following"],
    &["in", "the", "following"],
    &["within", "the", "next"],
    &["durante", "los", "próximos"],
    &["en", "los", "próximos"],
    &["nos", "próximos"],
    &["durante", "os", "próximos"],
    &["in", "den", "nächsten"],
    &["für", "die", "nächsten"],
    &["pendant", "les"],
    &["dans", "les"],
    &["未", "来"],
];
/// Number words before a scale word in the other languages: "zehn Milliarden", "dix milliards",
/// "diez mil millones", "um bilhão".
const NUMBER_WORDS_BY_LANG: &[(&str, f64)] = &[
    ("un", 1.0),
    ("una", 1.0),
    ("uno", 1.0),
    ("um", 1.0),
    ("uma", 1.0),
    ("ein", 1.0),
    ("eine", 1.0),
    ("einer", 1.0),
    ("einen", 1.0),
    ("une", 1.0),
    ("dos", 2.0),
    ("dois", 2.0),
    ("duas", 2.0),
    ("zwei", 2.0),
    ("deux", 2.0),
    ("tres", 3.0),
    ("três", 3.0),
    ("drei", 3.0),
    ("trois", 3.0),
    ("cuatro", 4.0),
    ("quatro", 4.0),
    ("vier", 4.0),
    ("quatre", 4.0),
    ("cinco", 5.0),
    ("fünf", 5.0),
    ("cinq", 5.0),
    ("seis", 6.0),
    ("sechs", 6.0),
    ("six", 6.0),
    ("siete", 7.0),
    ("sete", 7.0),
    ("sieben", 7.0),
    ("sept", 7.0),
    ("ocho", 8.0),
    ("oito", 8.0),
    ("acht", 8.0),
    ("huit", 8.0),
    ("nueve", 9.0),
    ("nove", 9.0),
    ("neun", 9.0),
    ("neuf", 9.0),
    ("diez", 10.0),
    ("dez", 10.0),
    ("zehn", 10.0),
    ("dix", 10.0),
    ("zwölf", 12.0),
    ("doce", 12.0),
    ("douze", 12.0),
    ("dreizehn", 13.0),
    ("treize", 13.0),
    ("trece", 13.0),
    ("treze", 13.0),
];
const NUMBER_WORDS: &[&str] =
    &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/// English units and teens, by value (index), for numbers written out.
const EN_UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// English tens from twenty, by value / 10 - 2.
const EN_TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// An English number written in words at `pos`, "thirteen", "twenty-seven", "one hundred and
/// thirty-five", "a hundred": its end and value. Journalists write the figures of a deal this
/// way too; what makes it an amount or a percentage (a scale, a currency, "percent") is read
/// by the caller.
fn english_number_at(toks: &[Token], pos: usize) -> Option<(usize, f64)> {
    let word = |p: usize| toks.get(p).filter(|t| t.kind == Kind::Word).map(|t| t.norm.as_str());
    let unit = |w: &str| EN_UNITS.iter().position(|u| *u == w).map(|n| n as f64);
    let tens = |w: &str| EN_TENS.iter().position(|u| *u == w).map(|n| (n as f64 + 2.0) * 10.0);
    let mut p = pos;
    let (mut hundreds, mut rest) = (0.0, 0.0);
    // "a hundred billion dollars"
    if word(p) == Some("a") && word(p + 1) == Some("hundred") {
        hundreds = 100.0;
        p += 2;
    } else if let Some(n) = word(p).and_then(unit) {
        rest = n;
        p += 1;
        if rest > 0.0 && rest < 10.0 && word(p) == Some("hundred") {
            (hundreds, rest) = (rest * 100.0, 0.0);
            p += 1;
        }
    } else if word(p).and_then(tens).is_none() {
        return None;
    }
    if hundreds > 0.0 {
        // "one hundred and thirty-five", "two hundred fifty"
        let q = if word(p) == Some("and") { p + 1 } else { p };
        if let Some(n) = word(q).and_then(|w| tens(w).or_else(|| unit(w).filter(|n| *n > 0.0))) {
            rest = n;
            p = q + 1;
        }
    } else if rest == 0.0
        && let Some(n) = word(p).and_then(tens)
    {
        rest = n;
        p += 1;
    }
    // "twenty-seven", "thirty five": a unit after tens.
    if rest >= 20.0
        && rest % 10.0 == 0.0
        && let Some(n) = word(p).and_then(unit).filter(|n| (1.0..10.0).contains(n))
    {
        rest += n;
        p += 1;
    }
    let n = hundreds + rest;
    (n > 0.0).then_some((p, n))
}

/// Words after which a number is a count of something, not a year: "twenty thirty-year bonds",
/// "two thousand twenty billion".
const NOT_YEAR_AFTER: &[&str] = &[
    "percent",
    "per",
    "billion",
    "million",
    "thousand",
    "hundred",
    "bn",
    "years",
    "year",
    "year-old",
    "dollars",
    "days",
    "months",
    "people",
    "employees",
    "%",
];

/// Words before a year written "'31": "through '31", "until '32", "in '29".
const SHORT_YEAR_LEADS: &[&str] = &[
    "through", "thru", "until", "till", "til", "to", "by", "in", "into", "from", "since", "of", "before", "after",
    "past",
];

/// Rewrites English years written otherwise as one year token, so that every reading of a year
/// (an end, a stage, a date) sees them: "twenty thirty-two", "two thousand and thirty" and
/// "through '31" become 2032, 2030 and 2031; a range that ends at least two years after the
/// stage, "2026–2031" or "2026-2031", reads "2026 to 2031" (its end is the period's end; a range
/// ending sooner is a reporting period, "fiscal 2025-2026", and stays as written).
pub fn written_years(toks: &mut Vec<Token>, stage_year: i32) {
    // A word's text borrowed, not copied: asked of every token of every clause.
    fn word(toks: &[Token], p: usize) -> Option<&str> {
        toks.get(p).filter(|t| t.kind == Kind::Word).map(|t| t.norm.as_str())
    }
    let year_token = |toks: &[Token], from: usize, to: usize, y: i32| Token {
        possessive: toks[to - 1].possessive,
        glued: toks[from].glued,
        ..Token::made(toks[from].range.start..toks[to - 1].range.end, y.to_string(), Kind::Number)
    };
    let mut i = 0;
    while i < toks.len() {
        // "twenty thirty-two", "twenty-thirty", "two thousand and thirty"
        let (century_end, century) = match word(toks, i) {
            Some("twenty") => (i + 1, 2000),
            Some("two") if word(toks, i + 1) == Some("thousand") => {
                (if word(toks, i + 2) == Some("and") { i + 3 } else { i + 2 }, 2000)
            }
            _ => (i, 0),
        };
        if century > 0
            && let Some((end, n)) = english_number_at(toks, century_end)
            && (1.0..100.0).contains(&n)
            && (century_end > i + 1 || n >= 10.0)
            && !toks.get(end).is_some_and(|t| NOT_YEAR_AFTER.contains(&t.norm.as_str()) || t.kind == Kind::Symbol)
        {
            let y = year_token(toks, i, end, century + n as i32);
            toks.splice(i..end, std::iter::once(y));
            i += 1;
            continue;
        }
        // "through '31"
        if toks[i].norm == "'"
            && !toks[i].glued
            && i > 0
            && SHORT_YEAR_LEADS.contains(&toks[i - 1].norm.as_str())
            && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Number && t.glued && t.norm.len() == 2)
            && !toks.get(i + 2).is_some_and(|t| t.glued && t.is_wordlike())
            && let Ok(n) = toks[i + 1].norm.parse::<i32>()
        {
            let y = year_token(toks, i, i + 2, 2000 + n);
            toks.splice(i..i + 2, std::iter::once(y));
            i += 1;
            continue;
        }
        // "2026–2031", "2026-2031"
        if let Some(y1) = year_at_unglued(toks, i) {
            let dash = toks.get(i + 1).is_some_and(|t| matches!(t.norm.as_str(), "–" | "—" | "-") && t.glued);
            let second = if dash { i + 2 } else { i + 1 };
            let joined = toks.get(second).is_some_and(|t| t.glued && (dash || t.hyphen));
            if joined
                && let Some(t) = toks.get(second)
                && t.kind == Kind::Number
                && t.norm.len() == 4
                && let Ok(y2) = t.norm.parse::<i32>()
                && y2 >= y1 + 2
                && y2 >= stage_year + 2
                && y2 <= 2099
                && !toks.get(second + 1).is_some_and(|n| n.glued && n.is_wordlike())
            {
                let to = Token::made(toks[i].range.end..toks[second].range.start, "to".to_string(), Kind::Word);
                toks[second].glued = false;
                toks[second].hyphen = false;
                toks.splice(i + 1..second, std::iter::once(to));
                i += 3;
                continue;
            }
        }
        i += 1;
    }
}

/// Rewrites the two-digit years of Japanese news copy as the year they stand for: "19年、",
/// "23年1月には", "25年1月に", "30年末" are 2019, 2023, 2025 and 2030 (the paper wrote the full year
/// once, then its last two digits). Only a year from 2010 to 2039 written as a time: before a
/// month, a comma, "に" (not "にわたり", a span), "には", "末" or "以降", and after no number,
/// "約" or word of a span ("過去", "今後", "向こう", "最長"); never after an era name ("平成31年").
/// "10年間", "5年で", "20年ぶり" and "創業19年" stay counts of years.
pub fn japanese_short_years(toks: &mut [Token]) {
    for i in 0..toks.len() {
        let t = &toks[i];
        if t.kind != Kind::Number || t.norm.len() != 2 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(n) = t.norm.parse::<i32>() else { continue };
        if !(10..=39).contains(&n) || toks.get(i + 1).is_none_or(|y| y.norm != "年" || !y.glued) {
            continue;
        }
        let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
        // What comes before: no number, qualifier, span word or era name glued to it.
        if i > 0 && t.glued {
            let before = norm(i - 1);
            let two = if i > 1 { format!("{}{}", norm(i - 2), before) } else { before.to_string() };
            if toks[i - 1].kind == Kind::Number
                || toks[i - 1].kind == Kind::Word
                || matches!(before, "約" | "近" | "超" | "計" | "第")
                || ["過去", "今後", "向こ", "最長", "最大", "最低", "平成", "昭和", "令和", "創業", "設立", "創立"]
                    .iter()
                    .any(|w| two.ends_with(w))
            {
                continue;
            }
        }
        // What follows 年: a month ("23年1月"), a comma, or a particle of a time.
        let next = norm(i + 2);
        let month = toks.get(i + 2).is_some_and(|m| m.kind == Kind::Number && m.norm.len() <= 2)
            && norm(i + 3) == "月"
            && norm(i + 2).parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
        let time = match next {
            "、" | "," | "末" | "以降" => true,
            "以" => norm(i + 3) == "降",
            "に" => !matches!(norm(i + 3), "わ" | "及" | "一" | "1" | "渡"),
            _ => false,
        };
        if !(month || time) {
            continue;
        }
        let y = (2000 + n).to_string();
        let glued = toks[i].glued;
        toks[i] = Token { glued, ..Token::made(toks[i].range.clone(), y, Kind::Number) };
    }
}

/// A year at `pos` whatever follows it (the first of a range "2026-2031" is glued to the second).
fn year_at_unglued(toks: &[Token], pos: usize) -> Option<i32> {
    let t = toks.get(pos)?;
    if t.kind != Kind::Number || t.norm.len() != 4 || (t.glued && pos > 0 && toks[pos - 1].is_wordlike()) {
        return None;
    }
    t.norm.parse().ok().filter(|y| (1900..=2099).contains(y))
}

/// An end past a year, at `pos`: "into the 2030s", "well into the 2040s" read as past the
/// decade's first year (2030, 2040): an end said to reach into a decade lies beyond its start;
/// "beyond 2032", "past 2030", "expires after 2032": an end past the year itself.
pub fn after_at(toks: &[Token], pos: usize) -> Option<(usize, i32)> {
    let mut p = pos;
    if toks
        .get(p)
        .is_some_and(|t| matches!(t.norm.as_str(), "ends" | "end" | "expires" | "expire" | "lapses" | "runs" | "run"))
        && toks.get(p + 1).is_some_and(|t| matches!(t.norm.as_str(), "after" | "beyond" | "past"))
    {
        p += 1;
    }
    if toks.get(p).is_some_and(|t| t.norm == "well") {
        p += 1;
    }
    if toks.get(p).is_some_and(|t| matches!(t.norm.as_str(), "beyond" | "past" | "after"))
        && (p > pos || toks[p].norm != "after")
    {
        let mut q = p + 1;
        if seq_at(toks, q, &["the", "end", "of"]) {
            q += 3;
        }
        return year_at(toks, q).map(|y| (q + 1, y));
    }
    if !seq_at(toks, p, &["into", "the"]) {
        return None;
    }
    p += 2;
    // "into the mid-2030s", "into the late 2030s": past the decade's early or middle years.
    let part = match toks.get(p).map(|t| t.norm.as_str()) {
        Some("early") => 0,
        Some("mid" | "middle") => 3,
        Some("late") => 6,
        _ => -1,
    };
    if part >= 0 {
        p += 1;
    }
    let t = toks.get(p)?;
    let s = toks.get(p + 1)?;
    if t.kind != Kind::Number || t.norm.len() != 4 || !t.norm.ends_with('0') || !s.glued || s.norm != "s" {
        return None;
    }
    let y: i32 = t.norm.parse().ok().filter(|y| (1900..=2090).contains(y))?;
    Some((p + 2, y + part.max(0)))
}

/// How many, written as a number or (in English) a word.
fn count_at(toks: &[Token], pos: usize) -> Option<i32> {
    let t = toks.get(pos)?;
    if t.kind == Kind::Number {
        return t.norm.parse::<i32>().ok().filter(|n| (1..=50).contains(n));
    }
    NUMBER_WORDS.iter().position(|w| *w == t.norm).map(|n| n as i32).filter(|n| *n > 0)
}

/// The end of a period at `pos`, as a year: "through 2032", "until the end of 2030", "for the
/// next six years" (from `stage_year`, so approximate), "until the end of the decade",
/// "hasta 2032", "bis Ende 2030", "jusqu'en 2032", "2030年まで", "到2030年", "2032년까지".
pub fn end_at(toks: &[Token], pos: usize, stage_year: i32) -> Option<End> {
    // Every end starts with one of a few words, or with a year (asked at every token a pattern's
    // `{end}` can begin at: most are neither).
    if !end_words().contains(toks.get(pos)?.norm.as_str()) && year_at(toks, pos).is_none() {
        return years_left(toks, pos, stage_year);
    }
    read_end(toks, pos, stage_year)
}

/// A count of years still to come, without a lead word: "six more years to run", "four years
/// left", "two years remaining", counted from `stage_year` (so approximate).
fn years_left(toks: &[Token], pos: usize, stage_year: i32) -> Option<End> {
    let n = count_at(toks, pos)?;
    let mut q = pos + 1;
    if toks.get(q).is_some_and(|t| t.norm == "more") {
        q += 1;
    }
    if !toks.get(q).is_some_and(|t| matches!(t.norm.as_str(), "years" | "year")) {
        return None;
    }
    let after = q + 1;
    if seq_at(toks, after, &["to", "run"]) || seq_at(toks, after, &["to", "go"]) {
        return Some((after + 2, stage_year + n, true));
    }
    if toks.get(after).is_some_and(|t| matches!(t.norm.as_str(), "left" | "remaining")) {
        return Some((after + 1, stage_year + n, true));
    }
    None
}

/// [`end_at`] without its first test.
fn read_end(toks: &[Token], pos: usize, stage_year: i32) -> Option<End> {
    // "for the next six years", "for six more years", "durante los próximos seis años".
    if let Some(lead) = NEXT.iter().find(|lead| seq_at(toks, pos, lead)) {
        return next_period(toks, pos + lead.len(), stage_year);
    }
    years_from_now(toks, pos, stage_year)
        .or_else(|| set_end_at(toks, pos))
        .or_else(|| verb_end(toks, pos, stage_year))
        .or_else(|| noun_end(toks, pos))
        .or_else(|| lead_end(toks, pos, stage_year))
        .or_else(|| cjk_end(toks, pos))
}

/// An end as a year: the index after its last token, the year, and whether it is approximate.
pub type End = (usize, i32, bool);

/// The period after "for the next" at `p`: "six years", "decade".
fn next_period(toks: &[Token], p: usize, stage_year: i32) -> Option<End> {
    // "for the next decade", "for another decade".
    if toks.get(p).is_some_and(|t| DECADE_WORDS.contains(&t.norm.as_str())) {
        return Some((p + 1, stage_year + 10, true));
    }
    // "for the next half-decade", "over the next half decade".
    if toks.get(p).is_some_and(|t| t.norm == "half-decade") {
        return Some((p + 1, stage_year + 5, true));
    }
    if seq_at(toks, p, &["half", "decade"]) {
        return Some((p + 2, stage_year + 5, true));
    }
    let n = count_at(toks, p)?;
    let mut q = p + 1;
    if toks.get(q).is_some_and(|t| t.norm == "more") {
        q += 1;
    }
    let unit = toks.get(q)?;
    let years = ["years", "year", "años", "anos", "jahren", "jahre", "ans", "années", "年"];
    if years.contains(&unit.norm.as_str()) {
        return Some((q + 1, stage_year + n, true));
    }
    None
}

/// "next year", "in three years", "for six more years": counted from `stage_year`.
fn years_from_now(toks: &[Token], pos: usize, stage_year: i32) -> Option<End> {
    // "for the rest of the decade", "for the remainder of the decade": to the decade's end.
    for lead in [&["for", "the", "rest", "of"][..], &["for", "the", "remainder", "of"]] {
        if seq_at(toks, pos, lead) && seq_at(toks, pos + lead.len(), &["the", "decade"]) {
            return Some((pos + lead.len() + 2, (stage_year / 10) * 10 + 10, true));
        }
    }
    if seq_at(toks, pos, &["next", "year"]) {
        return Some((pos + 2, stage_year + 1, false));
    }
    if matches!(toks.get(pos).map(|t| t.norm.as_str()), Some("in" | "within"))
        && let Some(n) = count_at(toks, pos + 1)
        && toks.get(pos + 2).is_some_and(|t| matches!(t.norm.as_str(), "years" | "year" | "years'"))
    {
        let mut end = pos + 3;
        if toks.get(end).is_some_and(|t| t.norm == "time") {
            end += 1;
        }
        return Some((end, stage_year + n, true));
    }
    if seq_at(toks, pos, &["for"]) {
        // "for just three more years", "for only two more years".
        let p = if toks.get(pos + 1).is_some_and(|t| matches!(t.norm.as_str(), "just" | "only" | "merely")) {
            pos + 2
        } else {
            pos + 1
        };
        if let Some(n) = count_at(toks, p)
            && seq_at(toks, p + 1, &["more", "years"])
        {
            return Some((p + 3, stage_year + n, true));
        }
    }
    None
}

/// An end verb and its time: "expires at the end of the decade", "stops in 2028".
fn verb_end(toks: &[Token], pos: usize, stage_year: i32) -> Option<End> {
    // "runs to 2032", "lasts to 2030": a verb of duration and "to" end a period at the year.
    if toks.get(pos).is_some_and(|t| RUN_TO.contains(&t.norm.as_str()))
        && toks.get(pos + 1).is_some_and(|t| t.norm == "to")
        && let Some(y) = year_at(toks, pos + 2)
    {
        return Some((pos + 3, y, false));
    }
    // "prendra fin en 2028", "terminará en 2028", "endet 2028": the other languages' end verbs.
    if let Some(verb) = FOREIGN_END_VERBS.iter().find(|v| seq_at(toks, pos, v)) {
        let mut p = pos + verb.len();
        // An adverb of time between the verb and its year: "s'arrêtera désormais en 2030".
        if toks.get(p).is_some_and(|t| FOREIGN_END_ADVERBS.contains(&t.norm.as_str())) {
            p += 1;
        }
        if let Some(prep) = FOREIGN_END_PREPS.iter().find(|e| seq_at(toks, p, e)) {
            p += prep.len();
        }
        for d in DECADE {
            if seq_at(toks, p, d) {
                return Some((p + d.len(), (stage_year / 10) * 10 + 10, true));
            }
        }
        if let Some(e) = END_OF.iter().find(|e| seq_at(toks, p, e)) {
            p += e.len();
        }
        // "expire" is English too: without a year here, read on as English ("expire in 2035").
        if let Some(y) = year_at(toks, p) {
            return Some((p + 1, y, false));
        }
    }
    if let Some(end) = german_run_out(toks, pos) {
        return Some(end);
    }
    let run_out = RUN.contains(&toks.get(pos).map_or("", |t| t.norm.as_str()))
        && toks.get(pos + 1).is_some_and(|t| t.norm == "out");
    if run_out || toks.get(pos).is_some_and(|t| END_VERBS.contains(&t.norm.as_str())) || ends_a_nominal_end(toks, pos) {
        let mut p = pos + 1;
        // "runs out in 2030", "winds down in 2030": a verb of two words.
        if toks.get(p).is_some_and(|t| t.norm == "out") && RUN.contains(&toks[pos].norm.as_str()) {
            p += 1;
        }
        // "ends only in 2030", "stops finally in 2030": an adverb between the verb and its time.
        p = past_end_adverbs(toks, p);
        // "will not end until 2030", "won't stop before 2030": a denied end before a time is an
        // end at that time (the state holds until then).
        if let Some((end, y)) = denied_end_at(toks, pos) {
            return Some((end, y, false));
        }
        let after_verb = p;
        // "expires in two years": the verb and the time counted from now are one end (the verb
        // alone would read as a negation of what expires).
        if let Some((end, y, about)) = years_from_now(toks, p, stage_year) {
            return Some((end, y, about));
        }
        // "ends on a fixed date in 2030": the date's words say only that it is fixed.
        if toks.get(p).is_some_and(|t| t.norm == "on")
            && let Some(d) = (p + 1..(p + 4).min(toks.len())).find(|&d| toks[d].norm == "date")
            && toks.get(d + 1).is_some_and(|t| t.norm == "in")
        {
            p = d + 1;
        }
        if matches!(toks.get(p).map(|t| t.norm.as_str()), Some("in" | "at" | "by")) {
            p += 1;
        }
        for d in DECADE {
            if seq_at(toks, p, d) {
                return Some((p + d.len(), (stage_year / 10) * 10 + 10, true));
            }
        }
        if seq_at(toks, p, &["next", "year"]) {
            return Some((p + 2, stage_year + 1, false));
        }
        let mut q = p;
        for e in END_OF {
            if seq_at(toks, q, e) {
                q += e.len();
                break;
            }
        }
        if q > after_verb
            && let Some(y) = year_at(toks, q)
        {
            return Some((q + 1, y, false));
        }
    }
    None
}

/// The forms of German "laufen" that "aus" after a year makes an end ([`german_run_out`]).
const GERMAN_RUN_VERBS: [&str; 6] = ["läuft", "laufen", "lief", "liefen", "laufe", "liefe"];

/// German "auslaufen" split around its time: "laufen ohnehin spätestens 2030 aus", "läuft Ende
/// 2030 aus", "lief im Jahr 2030 aus". The verb, up to three adverbs, the year (after "Ende" or
/// "im Jahr"), and the particle "aus" right after it end a period at the year; without the
/// particle ("läuft bis 2030") the verb is no end.
fn german_run_out(toks: &[Token], pos: usize) -> Option<End> {
    const ADVERBS: [&str; 14] = [
        "ohnehin",
        "spätestens",
        "erst",
        "bereits",
        "schon",
        "dann",
        "nun",
        "jedoch",
        "allerdings",
        "also",
        "voraussichtlich",
        "planmäßig",
        "eigentlich",
        "endgültig",
    ];
    if !GERMAN_RUN_VERBS.contains(&toks.get(pos)?.norm.as_str()) {
        return None;
    }
    let mut p = pos + 1;
    while p < pos + 4 && toks.get(p).is_some_and(|t| ADVERBS.contains(&t.norm.as_str())) {
        p += 1;
    }
    if seq_at(toks, p, &["im", "jahr"]) {
        p += 2;
    } else if seq_at(toks, p, &["ende"]) {
        p += 1;
    }
    let y = year_at(toks, p)?;
    toks.get(p + 1).is_some_and(|t| t.norm == "aus").then_some((p + 2, y, false))
}

/// End verbs of Spanish, Portuguese, German and French that a year follows (after a preposition
/// of [`FOREIGN_END_PREPS`] or none): "los pagos terminarán en 2028", "a licença expira em 2030",
/// "die Zahlungen enden 2028", "les paiements prendront fin en 2028". Without them such a
/// sentence had no end at all, and the claim of when a term ends was never read.
const FOREIGN_END_VERBS: &[&[&str]] = &[
    // es
    &["termina"],
    &["terminan"],
    &["terminará"],
    &["terminarán"],
    &["expira"],
    &["expiran"],
    &["expirará"],
    &["expirarán"],
    &["vence"],
    &["vencen"],
    &["vencerá"],
    &["vencerán"],
    &["acaba"],
    &["acaban"],
    &["acabará"],
    &["acabarán"],
    &["finaliza"],
    &["finalizan"],
    &["finalizará"],
    &["finalizarán"],
    &["caduca"],
    &["caducará"],
    &["concluye"],
    &["concluirá"],
    &["cesan"],
    &["cesarán"],
    &["cesará"],
    // pt
    &["terminam"],
    &["terminarão"],
    &["expiram"],
    &["expirarão"],
    &["vencem"],
    &["vencerão"],
    &["acabam"],
    &["acabarão"],
    &["cessa"],
    &["cessam"],
    &["cessará"],
    &["cessarão"],
    &["encerra-se"],
    &["encerram-se"],
    // de
    &["endet"],
    &["enden"],
    &["endete"],
    &["erlischt"],
    &["erlöschen"],
    // fr
    &["prend", "fin"],
    &["prendra", "fin"],
    &["prennent", "fin"],
    &["prendront", "fin"],
    &["s'", "arrête"],
    &["s'", "arrêtera"],
    &["s'", "arrêtent"],
    &["s'", "arrêteront"],
    &["s'", "achève"],
    &["s'", "achèvera"],
    &["s'", "achèvent"],
    &["s'", "achèveront"],
    &["s'", "éteint"],
    &["s'", "éteindra"],
    &["s'", "éteignent"],
    &["s'", "éteindront"],
    &["se", "termine"],
    &["se", "terminera"],
    &["se", "terminent"],
    &["se", "termineront"],
    &["expire"],
    &["expirera"],
    &["expirent"],
    &["expireront"],
    &["cesse"],
    &["cessera"],
    &["cessent"],
    &["cesseront"],
    &["arrive", "à", "échéance"],
    &["arrivera", "à", "échéance"],
    &["arrivent", "à", "échéance"],
    &["arriveront", "à", "échéance"],
];

/// Adverbs of time that may stand between a foreign end verb and its preposition ("s'arrêtera
/// désormais en 2030", "terminará agora em 2030", "endet nun 2030"); fr-b59's miss.
const FOREIGN_END_ADVERBS: &[&str] = &[
    "désormais",
    "dorénavant",
    "maintenant",
    "donc",
    "ahora",
    "ya",
    "agora",
    "já",
    "nun",
    "jetzt",
    "bereits",
    "schon",
];

/// The prepositions between a foreign end verb and its year: "en 2028", "em 2030", "im Jahr 2030".
const FOREIGN_END_PREPS: &[&[&str]] =
    &[&["en", "el", "año"], &["en"], &["em"], &["no", "ano", "de"], &["im", "jahr"], &["im"]];

/// Nouns naming the day a period ends: "end date", "expiry", "cutoff".
const END_NOUNS: &[&[&str]] = &[
    &["end", "date"],
    &["end-date"],
    &["expiry", "date"],
    &["expiration", "date"],
    &["expiry"],
    &["expiration"],
    &["cutoff", "date"],
    &["cutoff"],
    &["cut-off"],
    &["sunset", "date"],
    &["sunset"],
    &["termination", "date"],
];

/// The copulas between a year and an end noun: "2035 is the new end date", "the cutoff is 2030".
const END_NOUN_LINKS: &[&[&str]] = &[
    &["is"],
    &["is", "now"],
    &["will", "be"],
    &["becomes"],
    &["is", "set", "for"],
    &["is", "set", "at"],
    &["now", "falls", "in"],
    &["falls", "in"],
    &["moves", "to"],
    &["is", "pushed", "to"],
    &["is", "extended", "to"],
    &["of"],
    &["in"],
    &[":"],
];

/// An end named by a noun: "a 2035 expiry", "2035 is the new end date", "the cutoff is 2030",
/// "an expiry date of 2031".
fn noun_end(toks: &[Token], pos: usize) -> Option<End> {
    let noun_at = |p: usize| END_NOUNS.iter().find(|n| seq_at(toks, p, n)).map(|n| p + n.len());
    if let Some(y) = year_at(toks, pos) {
        // "a 2035 expiry", "its 2031 end date"
        if let Some(end) = noun_at(pos + 1) {
            return Some((end, y, false));
        }
        // "2035 is the new end date"
        let link = END_NOUN_LINKS.iter().take(5).find(|l| seq_at(toks, pos + 1, l))?;
        let mut p = pos + 1 + link.len();
        if toks.get(p).is_some_and(|t| matches!(t.norm.as_str(), "the" | "its" | "their" | "a")) {
            p += 1;
        }
        if toks.get(p).is_some_and(|t| {
            matches!(t.norm.as_str(), "new" | "final" | "revised" | "official" | "latest" | "extended")
        }) {
            p += 1;
        }
        return noun_at(p).map(|end| (end, y, false));
    }
    // "the cutoff is 2030", "an expiry date of 2031", "expiry: 2032"
    let mut p = noun_at(pos)?;
    let link = END_NOUN_LINKS.iter().find(|l| seq_at(toks, p, l))?;
    p += link.len();
    if seq_at(toks, p, &["the", "end", "of"]) {
        p += 3;
    }
    year_at(toks, p).map(|y| (p + 1, y, false))
}

/// The verbs of "runs out", an end of two words.
const RUN: [&str; 4] = ["runs", "run", "running", "ran"];

/// The verbs of duration that "to" and a year follow: "runs to 2032".
const RUN_TO: [&str; 12] = [
    "runs",
    "run",
    "running",
    "lasts",
    "last",
    "lasting",
    "extends",
    "extend",
    "extending",
    "stretches",
    "stretch",
    "continues",
];

/// Adverbs that may stand between an end verb and its time: "ends only in 2030".
pub const END_ADVERBS: [&str; 9] =
    ["only", "just", "finally", "eventually", "formally", "officially", "fully", "completely", "definitively"];

/// Words that may stand between a negation and the end verb it denies: "is not due to end",
/// "won't be ending", "will not actually stop".
const DENIED_AUX: [&str; 12] =
    ["be", "due", "to", "set", "expected", "scheduled", "going", "actually", "really", "ending", "will", "slated"];

/// The index past the adverbs at `p` that may stand before an end's time ([`END_ADVERBS`]).
fn past_end_adverbs(toks: &[Token], mut p: usize) -> usize {
    while toks.get(p).is_some_and(|t| END_ADVERBS.contains(&t.norm.as_str())) {
        p += 1;
    }
    p
}

/// The end of a denied end verb at `verb` before a time: "won't end until 2030" ("not", "n't"
/// or "never" before the verb, with only auxiliaries between; "until", "till" or "before" and a
/// year after it) says the state holds until 2030. The index past the year, and the year.
fn denied_end_at(toks: &[Token], verb: usize) -> Option<(usize, i32)> {
    negation_before(toks, verb)?;
    let p = past_end_adverbs(toks, verb + 1);
    if !matches!(toks.get(p)?.norm.as_str(), "until" | "till" | "before") {
        return None;
    }
    year_at(toks, p + 1).map(|y| (p + 2, y))
}

/// Whether the word at `i` is part of a denied end before a time: the negation or the end verb
/// of "will not end until 2030", "won't stop before 2030". Neither denies what the clause
/// says; together they say it holds until 2030.
pub fn in_denied_end(toks: &[Token], i: usize) -> bool {
    let verb = if is_end_verb(&toks[i].norm) {
        i
    } else {
        match (i + 1..(i + 5).min(toks.len())).find(|&v| is_end_verb(&toks[v].norm)) {
            Some(v) if negation_before(toks, v) == Some(i) => v,
            _ => return false,
        }
    };
    denied_end_at(toks, verb).is_some()
}

/// Verbs that say when a named end comes: "the end of the payments will come in 2030".
const END_COMES: [&str; 5] = ["come", "comes", "arrive", "arrives", "due"];

/// Whether `pos` is the verb of a named end: "The end of X will come (only) in 2030".
fn ends_a_nominal_end(toks: &[Token], pos: usize) -> bool {
    toks.get(pos).is_some_and(|t| END_COMES.contains(&t.norm.as_str())) && nominal_end_before(toks, pos).is_some()
}

/// The "end" of "the end of X" before `pos`, within the clause's first words.
fn nominal_end_before(toks: &[Token], pos: usize) -> Option<usize> {
    (pos.saturating_sub(14)..pos).find(|&i| {
        toks[i].norm == "end"
            && toks.get(i + 1).is_some_and(|t| matches!(t.norm.as_str(), "of" | "to"))
            && (i == 0 || matches!(toks[i - 1].norm.as_str(), "the" | "an"))
    })
}

/// Whether the word at `i` is the "end" of "The end of X will come in 2030" or of "set the end
/// of X at 2030": it names when X ends, not that X is over.
pub fn is_named_end(toks: &[Token], i: usize, stage_year: i32) -> bool {
    nominal_end_before(toks, i + 1) == Some(i)
        && (i + 2..toks.len().min(i + 16)).any(|v| {
            (ends_a_nominal_end(toks, v) && verb_end(toks, v, stage_year).is_some()) || set_end_at(toks, v).is_some()
        })
}

/// Verbs that fix when something ends: "set the end of the revenue share at 2030".
const SET_VERBS: [&str; 10] =
    ["set", "sets", "put", "puts", "fixed", "fixes", "placed", "pegged", "moved", "scheduled"];

/// The year of "set the end of X at 2030" read at `pos` (the "at", "in" or "for" before it).
fn set_end_at(toks: &[Token], pos: usize) -> Option<End> {
    if !matches!(toks.get(pos)?.norm.as_str(), "at" | "in" | "for") {
        return None;
    }
    let e = nominal_end_before(toks, pos)?;
    let set = e.checked_sub(2).is_some_and(|v| SET_VERBS.contains(&toks[v].norm.as_str()) && toks[e - 1].norm == "the");
    let y = year_at(toks, pos + 1)?;
    set.then_some((pos + 2, y, false))
}

/// The negation that denies the end verb at `verb`, if one does: its token.
fn negation_before(toks: &[Token], verb: usize) -> Option<usize> {
    let mut i = verb;
    for _ in 0..4 {
        i = i.checked_sub(1)?;
        let w = toks[i].norm.as_str();
        if matches!(w, "not" | "never") || w.ends_with("n't") {
            return Some(i);
        }
        if !DENIED_AUX.contains(&w) {
            return None;
        }
    }
    None
}

/// Whether a word is one of the verbs that end a period on their own ([`END_VERBS`]).
pub fn is_end_verb(word: &str) -> bool {
    END_VERBS.contains(&word)
}

/// The verbs that end a period on their own: "expires in 2030".
const END_VERBS: [&str; 18] = [
    "expires",
    "expire",
    "expiring",
    "ends",
    "end",
    "ending",
    "lapses",
    "lapse",
    "stops",
    "stop",
    "terminates",
    "terminate",
    "concludes",
    "sunsets",
    "ceases",
    "cease",
    "finishes",
    "closes",
];

/// The words an end that is not a year starts with ([`end_at`]): the leads of "for the next",
/// of the periods counted from now, of the end verbs, of "runs to" and of "until".
fn end_words() -> &'static EndWords {
    static WORDS: std::sync::OnceLock<EndWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let leads = NEXT.iter().chain(UNTIL).filter_map(|lead| lead.first().copied());
        let counted = ["for", "next", "in", "within"];
        let nouns = END_NOUNS.iter().filter_map(|n| n.first().copied());
        let mut words = EndWords::default();
        let foreign = FOREIGN_END_VERBS.iter().filter_map(|v| v.first().copied());
        words.extend(
            leads
                .chain(counted)
                .chain(RUN)
                .chain(RUN_TO)
                .chain(END_VERBS)
                .chain(END_COMES)
                .chain(["at"])
                .chain(nouns)
                .chain(foreign)
                .chain(GERMAN_RUN_VERBS),
        );
        words
    })
}

type EndWords = std::collections::HashSet<&'static str, foldhash::fast::FixedState>;

/// A year after a lead word, with "the end of" between: "through 2032", "hasta finales de 2030".
fn lead_end(toks: &[Token], pos: usize, stage_year: i32) -> Option<End> {
    for lead in UNTIL {
        if !seq_at(toks, pos, lead) {
            continue;
        }
        let mut p = pos + lead.len();
        for d in DECADE {
            if seq_at(toks, p, d) {
                return Some((p + d.len(), (stage_year / 10) * 10 + 10, true));
            }
        }
        for e in END_OF {
            if seq_at(toks, p, e) {
                p += e.len();
                break;
            }
        }
        if let Some(y) = year_at(toks, p) {
            let mut end = p + 1;
            // 到2030年底: the year's character and what follows it.
            if toks.get(end).is_some_and(|t| t.norm == "年") {
                end += 1;
                if toks.get(end).is_some_and(|t| matches!(t.norm.as_str(), "底" | "末")) {
                    end += 1;
                }
            }
            return Some((end, y, false));
        }
    }
    None
}

/// A year and its particle: "2030年まで", "2030年末まで", "2032년까지", "2032년 까지".
fn cjk_end(toks: &[Token], pos: usize) -> Option<End> {
    let y = year_at(toks, pos)?;
    let next = toks.get(pos + 1)?;
    if next.kind == Kind::Hangul && (next.norm.starts_with("년까지") || next.norm.starts_with("년말까지")) {
        return Some((pos + 2, y, false));
    }
    // "2030년 까지", "2030년 말까지" (말: the end of the year).
    if next.kind == Kind::Hangul
        && next.norm == "년"
        && toks.get(pos + 2).is_some_and(|t| t.norm.starts_with("까지") || t.norm.starts_with("말까지"))
    {
        return Some((pos + 3, y, false));
    }
    if next.norm == "年" {
        let mut p = pos + 2;
        if toks.get(p).is_some_and(|t| matches!(t.norm.as_str(), "末" | "底")) {
            p += 1;
        }
        if seq_at(toks, p, &["ま", "で"]) {
            return Some((p + 2, y, false));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::token::tokenize_all;

    fn amount(text: &str, lang: Lang) -> Option<u64> {
        let toks = tokenize_all(text);
        amount_at(&toks, 0, lang).map(|(_, d)| d)
    }

    #[test]
    fn amounts_in_every_language() {
        let b = 1_000_000_000u64;
        assert_eq!(amount("$135 billion", Lang::En), Some(135 * b));
        assert_eq!(amount("$135bn", Lang::En), Some(135 * b));
        assert_eq!(amount("$1.5B", Lang::En), Some(1_500_000_000));
        assert_eq!(amount("US$135 billion", Lang::En), Some(135 * b));
        assert_eq!(amount("135 billion dollars", Lang::En), Some(135 * b));
        assert_eq!(amount("$135,000,000,000", Lang::En), Some(135 * b));
        assert_eq!(amount("USD 250bn", Lang::En), Some(250 * b));
        assert_eq!(amount("135.000 millones de dólares", Lang::Es), Some(135 * b));
        assert_eq!(amount("135 mil millones de dólares", Lang::Es), Some(135 * b));
        assert_eq!(amount("US$ 135 bilhões", Lang::Pt), Some(135 * b));
        assert_eq!(amount("135 Milliarden Dollar", Lang::De), Some(135 * b));
        assert_eq!(amount("135 milliards de dollars", Lang::Fr), Some(135 * b));
        assert_eq!(amount("1350亿美元", Lang::Zh), Some(135 * b));
        assert_eq!(amount("1350億ドル", Lang::Ja), Some(135 * b));
        assert_eq!(amount("1,350억 달러", Lang::Ko), Some(135 * b));
        assert_eq!(amount("1350억달러", Lang::Ko), Some(135 * b));
        assert_eq!(amount("135 billion", Lang::En), None, "no currency, no amount");
        assert_eq!(amount("2030", Lang::En), None);
    }

    /// The forms the other languages write amounts in, besides those above: abbreviations with
    /// their stop, the sign after the number, number words, a thousand written 천.
    #[test]
    fn amounts_written_the_other_languages_way() {
        let b = 1_000_000_000u64;
        assert_eq!(amount("135 Mrd. $", Lang::De), Some(135 * b));
        assert_eq!(amount("135 Mrd. US-Dollar", Lang::De), Some(135 * b));
        assert_eq!(amount("135 Milliarden US-Dollar", Lang::De), Some(135 * b));
        assert_eq!(amount("135 Md$", Lang::Fr), Some(135 * b));
        assert_eq!(amount("zehn Milliarden Dollar", Lang::De), Some(10 * b));
        assert_eq!(amount("eine Milliarde Dollar", Lang::De), Some(b));
        assert_eq!(amount("dix milliards de dollars", Lang::Fr), Some(10 * b));
        assert_eq!(amount("diez mil millones de dólares", Lang::Es), Some(10 * b));
        assert_eq!(amount("250,000 millones de dólares", Lang::Es), Some(250 * b));
        assert_eq!(amount("1,300 millones de dólares", Lang::Es), Some(1_300_000_000));
        assert_eq!(amount("1,3 millones de dólares", Lang::Es), Some(1_300_000));
        assert_eq!(amount("0,250 millones de dólares", Lang::Es), Some(250_000));
        assert_eq!(amount("32,500 millones de dólares", Lang::Pt), Some(32_500_000));
        assert_eq!(amount("1천350억 달러", Lang::Ko), Some(135 * b));
        assert_eq!(amount("1,350億ドル", Lang::Ja), Some(135 * b));
        assert_eq!(amount("zehn Dollar", Lang::De), None, "a number word is an amount only before its scale");
        assert_eq!(amount("one billion", Lang::En), None, "a number word is an amount only with its currency");
    }

    /// Regression: English figures written in words ("two billion dollars", "thirteen percent")
    /// were no value at all, so a wrong one went unnoticed.
    #[test]
    fn english_number_words() {
        let b = 1_000_000_000u64;
        assert_eq!(amount("two billion dollars", Lang::En), Some(2 * b));
        assert_eq!(amount("thirteen billion dollars", Lang::En), Some(13 * b));
        assert_eq!(amount("one hundred and thirty-five billion dollars", Lang::En), Some(135 * b));
        assert_eq!(amount("two hundred fifty billion dollars", Lang::En), Some(250 * b));
        assert_eq!(amount("a hundred billion dollars", Lang::En), Some(100 * b));
        assert_eq!(amount("twenty five million dollars", Lang::En), Some(25_000_000));
        assert_eq!(amount("two billion", Lang::En), None, "no currency, no amount");
        assert_eq!(amount("two dollars", Lang::En), None, "no scale, no amount");
        assert_eq!(amount("one two billion dollars", Lang::En), None, "two units are no number");
        let p = |t: &str| percent_at(&tokenize_all(t), 0, Lang::En).map(|(_, m)| m);
        assert_eq!(p("thirteen percent"), Some(13_000));
        assert_eq!(p("twenty-seven per cent"), Some(27_000));
        assert_eq!(p("one third"), Some(33_333));
        assert_eq!(p("one-third"), Some(33_333));
        assert_eq!(p("thirteen companies"), None);
        assert_eq!(p("a hundred and fifty percent"), None, "more than the whole");
    }

    /// The bugs: "4 000 milliards de dollars" read as $0 (its last group alone), and "R$ 14,7
    /// bilhões" (Brazilian reais) as US dollars.
    #[test]
    fn spaced_thousands_are_one_number_and_other_dollars_are_not_us_dollars() {
        let b = 1_000_000_000u64;
        assert_eq!(amount("4 000 milliards de dollars", Lang::Fr), Some(4000 * b));
        assert_eq!(amount("US$ 135 bilhões", Lang::Pt), Some(135 * b));
        assert_eq!(amount("R$ 14,7 bilhões", Lang::Pt), None);
        assert_eq!(amount("HK$ 10 billion", Lang::En), None);
    }

    #[test]
    fn percents_and_years() {
        let p = |t: &str, l| percent_at(&tokenize_all(t), 0, l).map(|(_, m)| m);
        assert_eq!(p("27%", Lang::En), Some(27_000));
        assert_eq!(p("32.5 percent", Lang::En), Some(32_500));
        assert_eq!(p("32,5 %", Lang::De), Some(32_500));
        assert_eq!(p("27 por ciento", Lang::Es), Some(27_000));
        assert_eq!(p("27 per cent", Lang::En), Some(27_000));
        assert_eq!(p("a third", Lang::En), Some(33_333));
        assert_eq!(p("half", Lang::En), Some(50_000));
        assert_eq!(p("two-thirds", Lang::En), Some(66_667));
        // Shares counted in tenths.
        assert_eq!(p("四成", Lang::Zh), Some(40_000));
        assert_eq!(p("3割", Lang::Ja), Some(30_000));
        assert_eq!(p("4할로", Lang::Ko), Some(40_000));
        assert_eq!(p("四 成", Lang::Zh), None);
        assert_eq!(p("3 할", Lang::Ko), None);
        assert_eq!(p("un tercio", Lang::Es), Some(33_333));
        assert_eq!(p("una cuarta parte", Lang::Es), Some(25_000));
        assert_eq!(p("uma terça parte", Lang::Pt), Some(33_333));
        assert_eq!(p("una cuarta", Lang::Es), None);
        assert_eq!(p("ein Drittel", Lang::De), Some(33_333));
        let y = |t: &str, i| year_at(&tokenize_all(t), i);
        assert_eq!(y("2030", 0), Some(2030));
        assert_eq!(y("2030s", 0), None);
        assert_eq!(y("FY2030", 1), None);
        assert_eq!(y("GPT-2032", 1), None);
        assert_eq!(y("2030年", 0), Some(2030));
        assert_eq!(y("2032년까지", 0), Some(2032));
    }

    #[test]
    fn dates_as_precisely_as_written() {
        let d = |t: &str| {
            let toks = tokenize_all(t);
            date_at(&toks, 0, 2026).map(|(end, v)| (end == toks.len(), v.to_string()))
        };
        assert_eq!(d("April 27, 2026"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("27 April 2026"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("Sept. 11, 2025"), Some((true, "September 11, 2025".into())));
        assert_eq!(d("October 2025"), Some((true, "October 2025".into())));
        assert_eq!(d("2026-04-27"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("2026年4月27日"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("2026년 4월 27일"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("March 27"), Some((true, "March 27, 2026".into())));
        assert_eq!(d("may"), None);
        assert_eq!(d("27 de abril de 2026"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("27. April 2026"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("27 avril 2026"), Some((true, "April 27, 2026".into())));
        assert_eq!(d("abril de 2025"), Some((true, "April 2025".into())));
        assert_eq!(d("April 2025"), Some((true, "April 2025".into())));
        assert_eq!(d("septembre 2025"), Some((true, "September 2025".into())));
        assert_eq!(d("2019"), Some((true, "2019".into())));
    }

    #[test]
    fn ends_of_periods() {
        let e = |t: &str| {
            let toks = tokenize_all(t);
            end_at(&toks, 0, 2026).map(|(end, y, about)| (end == toks.len(), y, about))
        };
        assert_eq!(e("through 2032"), Some((true, 2032, false)));
        assert_eq!(e("until the end of 2030"), Some((true, 2030, false)));
        assert_eq!(e("for the next six years"), Some((true, 2032, true)));
        assert_eq!(e("for six more years"), Some((true, 2032, true)));
        assert_eq!(e("until the end of the decade"), Some((true, 2030, true)));
        assert_eq!(e("hasta 2032"), Some((true, 2032, false)));
        assert_eq!(e("bis Ende 2030"), Some((true, 2030, false)));
        assert_eq!(e("jusqu'en 2032"), Some((true, 2032, false)));
        assert_eq!(e("2030年まで"), Some((true, 2030, false)));
        assert_eq!(e("到2030年"), Some((true, 2030, false)));
        assert_eq!(e("2032년까지"), Some((true, 2032, false)));
        assert_eq!(e("2030년 말까지"), Some((true, 2030, false)));
        assert_eq!(e("2030年末まで"), Some((true, 2030, false)));
        assert_eq!(e("到2030年底"), Some((true, 2030, false)));
        assert_eq!(e("jusqu'à fin 2030"), Some((true, 2030, false)));
        assert_eq!(e("até o fim de 2030"), Some((true, 2030, false)));
        assert_eq!(e("in 2030"), None);
        assert_eq!(e("for the next decade"), Some((true, 2036, true)));
        assert_eq!(e("for another decade"), Some((true, 2036, true)));
        let a = |t: &str| {
            let toks = tokenize_all(t);
            after_at(&toks, 0).map(|(end, y)| (end == toks.len(), y))
        };
        assert_eq!(a("into the 2030s"), Some((true, 2030)));
        assert_eq!(a("well into the 2040s"), Some((true, 2040)));
        assert_eq!(a("into the 2032s"), None);
        assert_eq!(a("into 2030"), None);
        assert_eq!(a("beyond 2032"), Some((true, 2032)));
        assert_eq!(a("well past the end of 2030"), Some((true, 2030)));
        assert_eq!(a("expires after 2032"), Some((true, 2032)));
        // A bare "after 2030" may date something else ("after 2030, OpenAI stops paying").
        assert_eq!(a("after 2030"), None);
        assert_eq!(a("into the mid-2030s"), Some((true, 2033)));
        assert_eq!(a("into the late 2030s"), Some((true, 2036)));
        assert_eq!(a("into the early 2030s"), Some((true, 2030)));
        // Ends counted from now after an end verb, or named by a noun.
        assert_eq!(e("expires in two years"), Some((true, 2028, true)));
        assert_eq!(e("ends within three years"), Some((true, 2029, true)));
        assert_eq!(e("for just three more years"), Some((true, 2029, true)));
        assert_eq!(e("2035 is the new end date"), Some((true, 2035, false)));
        assert_eq!(e("2035 expiry"), Some((true, 2035, false)));
        assert_eq!(e("cutoff is 2030"), Some((true, 2030, false)));
        assert_eq!(e("expiry date of 2031"), Some((true, 2031, false)));
        assert_eq!(e("2035 is the year"), None);
        assert_eq!(e("expiry is near"), None);
    }

    #[test]
    fn a_close_sum_is_wrong_when_the_terms_give_it_exactly() {
        let amt = |d: f64, bound| Value::Amount { dollars: (d * 1e9) as u64, bound };
        // The terms' exact $250 billion: "$245 billion" and "$300 billion" are other figures.
        assert!(!amt(245.0, Bound::Exact).agrees_with(&amt(250.0, Bound::Exact)));
        assert!(!amt(300.0, Bound::Exact).agrees_with(&amt(250.0, Bound::Exact)));
        assert!(amt(250.0, Bound::Exact).agrees_with(&amt(250.0, Bound::Exact)));
        assert!(!amt(1.02, Bound::Exact).agrees_with(&amt(1.0, Bound::Exact)));
        assert!(amt(1.0, Bound::Exact).agrees_with(&amt(1.0, Bound::Exact)));
        // "about $245 billion" is about $250 billion; $13.5 billion is not about $135 billion.
        assert!(amt(245.0, Bound::About).agrees_with(&amt(250.0, Bound::Exact)));
        assert!(!amt(13.5, Bound::Exact).agrees_with(&amt(135.0, Bound::About)));
        assert!(!amt(13.5, Bound::About).agrees_with(&amt(135.0, Bound::About)));
        assert_eq!(written_precision(13.5e9), 5e7);
        assert_eq!(written_precision(0.0), 0.0);
    }

    #[test]
    fn values_compare_within_their_precision() {
        let amt = |d: u64, bound| Value::Amount { dollars: d * 1_000_000_000, bound };
        assert!(amt(130, Bound::About).agrees_with(&amt(135, Bound::About)));
        // "约三成" is roughly 27%, "约四成" is not.
        let pct = |m: u64, bound| Value::Percent { milli: m, bound };
        assert!(pct(30_000, Bound::Tenths).agrees_with(&pct(27_000, Bound::Exact)));
        assert!(pct(30_000, Bound::Tenths).agrees_with(&pct(32_500, Bound::Exact)));
        assert!(!pct(40_000, Bound::Tenths).agrees_with(&pct(27_000, Bound::Exact)));
        assert!(amt(100, Bound::AtLeast).agrees_with(&amt(135, Bound::About)));
        assert!(!amt(90, Bound::Exact).agrees_with(&amt(135, Bound::About)));
        assert!(amt(130, Bound::Exact).agrees_with(&amt(100, Bound::AtLeast)));
        assert!(!amt(50, Bound::Exact).agrees_with(&amt(100, Bound::AtLeast)));
        let flow = |f: &str, t: &str, n| Value::Direction { from: Some(f.into()), to: Some(t.into()), negated: n };
        assert!(flow("OpenAI", "Microsoft", false).agrees_with(&flow("OpenAI", "Microsoft", false)));
        assert!(!flow("Microsoft", "OpenAI", false).agrees_with(&flow("Microsoft", "OpenAI", true)));
        assert!(flow("Microsoft", "OpenAI", true).agrees_with(&flow("Microsoft", "OpenAI", true)));
        let y = |year, about| Value::Year { year, about };
        assert!(y(2031, true).agrees_with(&y(2032, false)));
        assert!(!y(2030, false).agrees_with(&y(2032, false)));
    }

    /// `end_at` refuses a token no end starts with before reading it: it must refuse no end
    /// that reading finds, in any language or form, and still find each.
    #[test]
    fn end_at_first_test_refuses_no_end() {
        let texts = [
            ("The licence runs through 2032 and expires at the end of the decade.", Some(2032)),
            ("Exclusivity lasts for the next six years, until the end of 2030.", Some(2032)),
            ("It ends in 2030; the cap stops in 2028 and runs out in 2029.", Some(2030)),
            ("The rights last up to 2030, for six more years, or in three years' time.", Some(2030)),
            ("for the rest of the decade, next year, within five years, into 2031", Some(2030)),
            ("La licencia dura hasta finales de 2030, durante los próximos seis años.", Some(2030)),
            ("A licença vale até 2032 e termina em 2030.", Some(2032)),
            ("Die Lizenz gilt bis Ende 2030, für die nächsten sechs Jahre.", Some(2030)),
            ("La licence court jusqu'en 2032, pendant les six prochaines années.", Some(2032)),
            ("许可持续到2030年底，未来六年。", Some(2030)),
            ("ライセンスは2030年末まで有効。", Some(2030)),
            ("라이선스는 2032년까지 유효하다.", Some(2032)),
            ("The licence lasts to 2031 and stretches to 2032.", Some(2031)),
            ("Microsoft holds a 27% stake in OpenAI worth $135 billion.", None),
        ];
        for (text, first) in texts {
            let toks = tokenize_all(text);
            let mut found = None;
            for pos in 0..=toks.len() {
                assert_eq!(end_at(&toks, pos, 2026), read_end(&toks, pos, 2026), "at {pos} in {text}");
                found = found.or(end_at(&toks, pos, 2026).map(|(_, y, _)| y));
            }
            assert_eq!(found, first, "{text}");
        }
    }
}
