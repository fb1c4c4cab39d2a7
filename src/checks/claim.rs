//! The rule format, compiled: `[[claim]]`s and each term's official values (`[term.check]`).
//!
//! A claim says what a sentence can assert about one subject and how to read the value it
//! asserts; a term says which value is official while it is in force. Claims are written once and
//! shared by the terms that succeed each other (exclusive in 2023, non-exclusive in 2026).

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::phrase::{Parties, PatternError, Phrase, Slot, Vocabularies};
use super::reach::Reach;
use super::token::tokenize_all;
use super::value::{Bound, Lang, Value, amount_at, number};
use crate::content::terms::{self, ClaimSpec, Terms};
use crate::diag::Diagnostic;

/// What a claim's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An end: a year ("through 2032", "for the next six years") or a named condition
    /// ("until AGI is verified", "no end date").
    Year,
    Amount,
    Percent,
    /// Who gives what to whom, or that it no longer happens.
    Direction,
    Status,
    /// When something happened: a date, as precisely as written.
    Date,
}

impl Kind {
    pub const NAMES: &'static str = "year, amount, percent, direction, status, date";

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "year" => Kind::Year,
            "amount" => Kind::Amount,
            "percent" => Kind::Percent,
            "direction" => Kind::Direction,
            "status" => Kind::Status,
            "date" => Kind::Date,
            _ => return None,
        })
    }

    /// The slots a pattern of this kind must have (one of).
    fn slots(self) -> &'static [Slot] {
        match self {
            Kind::Year => &[Slot::Year, Slot::End],
            Kind::Amount => &[Slot::Amount],
            Kind::Percent => &[Slot::Percent],
            Kind::Direction => &[Slot::From, Slot::To],
            Kind::Status => &[],
            Kind::Date => &[Slot::Date],
        }
    }
}

/// One pattern of a claim, with the value it reads when the claim names its values.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// `None`: not parsed, as no clause of the build's articles can reach it ([`Reach`]); every
    /// pattern is parsed for `gloss check` and wherever no reach is given.
    pub phrase: Option<Phrase>,
    pub value: Option<String>,
    /// The language this pattern is written in, when a `[[phrasing]]` says: it is read only in
    /// articles of that language.
    pub lang: Option<Lang>,
    pub source: String,
    pub line: usize,
}

/// A compiled claim.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    /// What the claim is about, for notes ("whether Microsoft's licence is exclusive"); its id
    /// when it has no title.
    pub title: String,
    pub kind: Kind,
    pub patterns: Vec<Pattern>,
    pub unless: Vec<Phrase>,
    /// A `[[phrasing]]`'s `unless`: read only in articles of its language.
    pub unless_lang: Vec<(Lang, Phrase)>,
    pub history: bool,
    /// "Would" tells the plan, not a doubt ("the nonprofit would control the PBC").
    pub plan: bool,
    /// A negated reading of a status value reads as this value instead.
    pub negated: BTreeMap<String, String>,
    /// The words that say a sentence is about the claim's subject (the review queue).
    pub about: Vec<Phrase>,
    /// The events whose dates a date claim is about.
    pub events: Vec<String>,
    /// Only the newest answering stage counts.
    pub latest: bool,
    /// The first term that answers the claim introduced its subject.
    pub introduced: bool,
    pub line: usize,
}

/// A term's official value(s) for a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub term: String,
    pub event_date: NaiveDate,
    /// The first is the official value shown; the others are official too (a figure before and
    /// after dilution, say).
    pub says: Vec<Value>,
    pub line: usize,
    /// An event's own date: true once the event happened, whatever replaced its terms.
    pub standing: bool,
    /// The value held before the term wrote it down ("continues to have exclusive IP
    /// rights"): a sentence dating it earlier is not wrong.
    pub continues: bool,
}

/// One pattern of claim `id`, parsed, with a slot for its value unless the pattern names it.
#[allow(clippy::too_many_arguments, reason = "the claim's id and kind, the pattern and where it stands")]
fn compile_pattern(
    id: &str,
    kind: Kind,
    kind_name: &str,
    src: &str,
    value: Option<String>,
    vocab: &Vocabularies,
    pline: usize,
    file: &Path,
) -> Result<Pattern, Diagnostic> {
    let p = vocab.parse(src).map_err(|e| {
        Diagnostic::error(file, pline, format!("claim `{id}`: {}", e.0))
            .help("patterns are phrases: words, (a|b), [optional], ..., word*, {slot} or {vocabulary}, and ` & `")
    })?;
    let wanted = kind.slots();
    if value.is_none() && !wanted.is_empty() && !p.slots.iter().any(|s| wanted.contains(s)) {
        return Err(Diagnostic::error(
            file,
            pline,
            format!("claim `{id}`: the pattern `{src}` has no slot for its value"),
        )
        .help(format!(
            "a {kind_name} claim reads its value from {}",
            wanted.iter().map(|s| format!("{{{}}}", s.name())).collect::<Vec<_>>().join(" or ")
        )));
    }
    Ok(Pattern { phrase: Some(p), value, lang: None, source: src.to_string(), line: pline })
}

/// Compiles one claim, or says what is wrong with it, line by line. With a `reach`, a pattern
/// no clause of its articles can reach is kept unparsed (its value still names one of the
/// claim's values): its mistakes are `gloss check`'s to report, as those of a language no
/// article is in are.
pub fn compile(
    raw: &ClaimSpec,
    vocab: &Vocabularies,
    reach: Option<&Reach>,
    lines: &crate::diag::Lines,
    file: &Path,
) -> Result<Claim, Vec<Diagnostic>> {
    let line_of = |offset: usize| lines.line(offset);
    let id = raw.id.get_ref().clone();
    let line = line_of(raw.id.span().start);
    let mut problems = Vec::new();
    let Some(kind) = Kind::parse(raw.kind.get_ref()) else {
        return Err(vec![
            Diagnostic::error(
                file,
                line_of(raw.kind.span().start),
                format!("claim `{id}`: unknown kind `{}`", raw.kind.get_ref()),
            )
            .help(format!("the kinds are {}", Kind::NAMES)),
        ]);
    };
    let mut patterns = Vec::new();
    let mut compile_one = |src: &toml::Spanned<String>, value: Option<String>, problems: &mut Vec<Diagnostic>| {
        let pline = line_of(src.span().start);
        if reach.is_some_and(|r| !r.reaches(src.get_ref(), vocab.phrases())) {
            let source = src.get_ref().clone();
            patterns.push(Pattern { phrase: None, value, lang: None, source, line: pline });
            return;
        }
        match compile_pattern(&id, kind, raw.kind.get_ref(), src.get_ref(), value, vocab, pline, file) {
            Ok(p) => patterns.push(p),
            Err(d) => problems.push(d),
        }
    };
    for p in raw.patterns.iter().flatten() {
        compile_one(p, None, &mut problems);
    }
    if let Some(values) = &raw.values {
        if !matches!(kind, Kind::Status | Kind::Year) {
            problems.push(Diagnostic::error(
                file,
                line_of(values.span().start),
                format!(
                    "claim `{id}`: only status and year claims name values; a {} claim reads its value",
                    raw.kind.get_ref()
                ),
            ));
        }
        for (value, list) in values.get_ref() {
            for p in list {
                compile_one(p, Some(value.clone()), &mut problems);
            }
        }
    }
    if kind == Kind::Status && raw.values.is_none() {
        problems.push(
            Diagnostic::error(file, line, format!("claim `{id}`: a status claim lists its values"))
                .help("add [claim.values] with each value's patterns"),
        );
    }
    let events = raw.events.as_ref().map(|e| e.get_ref().clone()).unwrap_or_default();
    if let Some(e) = &raw.events
        && kind != Kind::Date
    {
        problems.push(Diagnostic::error(
            file,
            line_of(e.span().start),
            format!("claim `{id}`: only a date claim lists events"),
        ));
    }
    if patterns.is_empty() && problems.is_empty() {
        problems.push(Diagnostic::error(file, line, format!("claim `{id}` has no pattern")));
    }
    let phrases = |list: &[toml::Spanned<String>], what: &str, problems: &mut Vec<Diagnostic>| -> Vec<Phrase> {
        list.iter()
            .filter_map(|u| match vocab.parse(u.get_ref()) {
                Ok(p) => Some(p),
                Err(e) => {
                    problems.push(Diagnostic::error(
                        file,
                        line_of(u.span().start),
                        format!("claim `{id}`, {what}: {}", e.0),
                    ));
                    None
                }
            })
            .collect()
    };
    let unless = phrases(&raw.unless, "unless", &mut problems);
    let about = phrases(&raw.about, "about", &mut problems);
    let mut negated = BTreeMap::new();
    let known: Vec<&str> = patterns.iter().filter_map(|p| p.value.as_deref()).collect();
    for (from, to) in &raw.negated {
        for v in [from.as_str(), to.get_ref().as_str()] {
            if !known.contains(&v) {
                problems.push(Diagnostic::error(
                    file,
                    line_of(to.span().start),
                    format!("claim `{id}`, negated: `{v}` is not one of its values ({})", dedup(&known).join(", ")),
                ));
            }
        }
        negated.insert(from.clone(), to.get_ref().clone());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let title = raw.title.clone().unwrap_or_else(|| id.clone());
    Ok(Claim {
        id,
        title,
        kind,
        patterns,
        unless,
        unless_lang: Vec::new(),
        history: raw.history,
        plan: raw.plan,
        negated,
        about,
        events,
        latest: raw.latest || raw.events.is_some(),
        introduced: raw.introduced,
        line,
    })
}

fn dedup<'a>(v: &[&'a str]) -> Vec<&'a str> {
    let mut v = v.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}

/// A `[[phrasing]]`'s patterns parsed, each where the phrasing lists it: parsing is most of
/// the cost of the rules, and the phrasings parse on both cores at once, apart from the claims
/// they join ([`add_phrasing`] then reads them in order).
pub struct ParsedPhrasing {
    patterns: Vec<Result<Phrase, PatternError>>,
    /// Per value, in the phrasing's order, its patterns.
    values: Vec<Vec<Result<Phrase, PatternError>>>,
    unless: Vec<Result<Phrase, PatternError>>,
}

/// Parses every pattern of a `[[phrasing]]` (those of a value its claim lacks too; their
/// mistakes are not reported, as the value is).
pub fn parse_phrasing(raw: &crate::content::terms::PhrasingSpec, vocab: &Vocabularies) -> ParsedPhrasing {
    let parse = |list: &[toml::Spanned<String>]| list.iter().map(|p| vocab.parse(p.get_ref())).collect::<Vec<_>>();
    ParsedPhrasing {
        patterns: parse(&raw.patterns),
        values: raw.values.values().map(|list| parse(list)).collect(),
        unless: parse(&raw.unless),
    }
}

/// Adds a `[[phrasing]]`'s patterns to its claim, in its language, from the phrasing as
/// [`parse_phrasing`] parsed it; `None`, a phrasing in a language the checks will not read
/// (see [`super::Languages`]), only has its value names checked.
pub fn add_phrasing(
    claim: &mut Claim,
    raw: &crate::content::terms::PhrasingSpec,
    parsed: Option<ParsedPhrasing>,
    lines: &crate::diag::Lines,
    file: &Path,
) -> Vec<Diagnostic> {
    let lang = Lang::from_tag(raw.lang.get_ref());
    let mut problems = Vec::new();
    let wanted = claim.kind.slots();
    let known: Vec<String> = claim.patterns.iter().filter_map(|p| p.value.clone()).collect();
    let mut add = |src: &toml::Spanned<String>, parsed: Result<Phrase, PatternError>, value: Option<String>| {
        let line = lines.line(src.span().start);
        match parsed {
            Ok(p) if value.is_none() && !wanted.is_empty() && !p.slots.iter().any(|s| wanted.contains(s)) => {
                problems.push(Diagnostic::error(
                    file,
                    line,
                    format!("phrasing of `{}`: the pattern `{}` has no slot for its value", claim.id, src.get_ref()),
                ));
            }
            Ok(p) => claim.patterns.push(Pattern {
                phrase: Some(p),
                value,
                lang: Some(lang),
                source: src.get_ref().clone(),
                line,
            }),
            Err(e) => problems.push(Diagnostic::error(file, line, format!("phrasing of `{}`: {}", claim.id, e.0))),
        }
    };
    let unknown: Vec<String> = raw.values.keys().filter(|v| !known.contains(v)).cloned().collect();
    let Some(parsed) = parsed else {
        return unknown_values(claim, raw, unknown, &known, lines, file);
    };
    for (p, parsed) in raw.patterns.iter().zip(parsed.patterns) {
        add(p, parsed, None);
    }
    for ((value, list), parsed) in raw.values.iter().zip(parsed.values) {
        if !known.contains(value) {
            continue;
        }
        for (p, parsed) in list.iter().zip(parsed) {
            add(p, parsed, Some(value.clone()));
        }
    }
    problems.extend(unknown_values(claim, raw, unknown, &known, lines, file));
    for (u, parsed) in raw.unless.iter().zip(parsed.unless) {
        match parsed {
            Ok(p) => claim.unless_lang.push((lang, p)),
            Err(e) => problems.push(Diagnostic::error(
                file,
                lines.line(u.span().start),
                format!("phrasing of `{}`, unless: {}", claim.id, e.0),
            )),
        }
    }
    problems
}

/// The errors for a phrasing's values its claim does not have.
fn unknown_values(
    claim: &Claim,
    raw: &crate::content::terms::PhrasingSpec,
    unknown: Vec<String>,
    known: &[String],
    lines: &crate::diag::Lines,
    file: &Path,
) -> Vec<Diagnostic> {
    unknown
        .into_iter()
        .map(|value| {
            Diagnostic::error(
                file,
                lines.line(raw.claim.span().start),
                format!(
                    "phrasing of `{}`: `{value}` is not one of the claim's values ({})",
                    claim.id,
                    known.join(", ")
                ),
            )
        })
        .collect()
}

/// Reads a term's official value(s) for `claim`, as its kind wants them.
pub fn parse_says(claim: &Claim, value: &toml::Value, parties: &Parties) -> Result<Vec<Value>, String> {
    let items: Vec<&toml::Value> = match value {
        toml::Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    if items.is_empty() {
        return Err("no value".to_string());
    }
    items.into_iter().map(|v| parse_one(claim, v, parties)).collect()
}

fn parse_one(claim: &Claim, v: &toml::Value, parties: &Parties) -> Result<Value, String> {
    let s = match v {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        other => return Err(format!("expected a string or a number, found {}", other.type_str())),
    };
    let known = || dedup(&claim.patterns.iter().filter_map(|p| p.value.as_deref()).collect::<Vec<_>>()).join(", ");
    match claim.kind {
        Kind::Year => {
            if let Ok(y) = s.parse::<i32>() {
                return if (1900..=2200).contains(&y) {
                    Ok(Value::Year { year: y, about: false })
                } else {
                    Err(format!("`{s}` is not a plausible year"))
                };
            }
            // A condition: one the claim reads, or "no end date".
            if s == "no end date" || claim.patterns.iter().any(|p| p.value.as_deref() == Some(s.as_str())) {
                Ok(Value::Condition(s))
            } else {
                Err(format!("`{s}` is not a year, \"no end date\" or one of the claim's conditions ({})", known()))
            }
        }
        Kind::Amount => parse_amount(&s).ok_or_else(|| format!("`{s}` is not an amount; write e.g. \"$250 billion\"")),
        Kind::Percent => {
            let body = s.trim_end_matches('%').trim();
            let n = number(body, Lang::En).filter(|n| (0.0..=100.0).contains(n));
            n.map(|n| Value::Percent { milli: (n * 1000.0).round() as u64, bound: Bound::Exact })
                .ok_or_else(|| format!("`{s}` is not a percentage; write e.g. \"27%\""))
        }
        Kind::Direction => {
            let (negated, rest) = match s.strip_prefix("not ").or_else(|| s.strip_prefix("no ")) {
                Some(r) => (true, r.trim()),
                None => (false, s.as_str()),
            };
            let (a, b) = rest.split_once("->").or_else(|| rest.split_once('→')).ok_or_else(|| {
                format!("`{s}` is not a direction; write e.g. \"OpenAI -> Microsoft\" or \"not Microsoft -> OpenAI\"")
            })?;
            let party = |n: &str| {
                let toks = tokenize_all(n.trim());
                match parties.at(&toks, 0) {
                    Some((p, end)) if end == toks.len() => Ok(p.to_string()),
                    _ => Err(format!("`{}` is not a party; the parties are {}", n.trim(), parties.ids().join(", "))),
                }
            };
            Ok(Value::Direction { from: Some(party(a)?), to: Some(party(b)?), negated })
        }
        Kind::Date => match v {
            toml::Value::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => Ok(Value::Date {
                    year: i32::from(d.year),
                    month: Some(u32::from(d.month)),
                    day: Some(u32::from(d.day)),
                }),
                _ => Err(format!("`{dt}` is not a date; write e.g. 2026-04-27")),
            },
            _ => Err(format!("`{s}` is not a date; write e.g. 2026-04-27, without quotes")),
        },
        Kind::Status => {
            if claim.patterns.iter().any(|p| p.value.as_deref() == Some(s.as_str())) {
                Ok(Value::Status(s))
            } else {
                Err(format!("`{s}` is not one of the claim's values: {}", known()))
            }
        }
    }
}

/// "$250B", "more than $100 billion", "about $135 billion" → an amount with its bound.
fn parse_amount(s: &str) -> Option<Value> {
    let lower = s.to_lowercase();
    let (bound, rest) = [
        ("more than ", Bound::AtLeast),
        ("over ", Bound::AtLeast),
        ("at least ", Bound::AtLeast),
        ("up to ", Bound::AtMost),
        ("less than ", Bound::AtMost),
        ("about ", Bound::About),
        ("approximately ", Bound::About),
        ("roughly ", Bound::About),
    ]
    .iter()
    .find_map(|(p, b)| lower.strip_prefix(p).map(|r| (*b, r.to_string())))
    .unwrap_or((Bound::Exact, lower.clone()));
    let toks = tokenize_all(&rest);
    let (end, dollars) = amount_at(&toks, 0, Lang::En)?;
    (end == toks.len()).then_some(Value::Amount { dollars, bound })
}

/// Each claim's answers: the terms that give an official value for it.
pub fn answers(claims: &[Claim], terms: &Terms, parties: &Parties, file: &Path) -> (Vec<Vec<Answer>>, Vec<Diagnostic>) {
    let mut out: Vec<Vec<Answer>> = vec![Vec::new(); claims.len()];
    let mut problems = Vec::new();
    // A date claim about events: each event's date, cited by the event's first term.
    for (ci, c) in claims.iter().enumerate() {
        for id in &c.events {
            let Some(e) = terms.event(id) else {
                problems.push(
                    Diagnostic::error(file, c.line, format!("claim `{}` names unknown event `{id}`", c.id)).help(
                        format!("valid events: {}", terms::sorted_list(terms.events.iter().map(|e| e.id.as_str()))),
                    ),
                );
                continue;
            };
            let Some(t) = terms.terms.iter().find(|t| t.event == e.id) else {
                problems.push(Diagnostic::error(
                    file,
                    c.line,
                    format!("claim `{}`: event `{id}` has no term to cite", c.id),
                ));
                continue;
            };
            out[ci].push(Answer {
                term: t.id.clone(),
                event_date: e.date,
                says: vec![Value::Date { year: e.date.year(), month: Some(e.date.month()), day: Some(e.date.day()) }],
                line: c.line,
                standing: true,
                continues: false,
            });
        }
    }
    for t in &terms.terms {
        let Some(date) = terms.term_date(t) else { continue };
        for check in &t.checks {
            let Some(ci) = claims.iter().position(|c| c.id == check.claim) else {
                if !terms.has_claim(&check.claim) {
                    problems.push(
                        Diagnostic::error(
                            file,
                            check.line,
                            format!("term `{}` checks unknown claim `{}`", t.id, check.claim),
                        )
                        .help(format!(
                            "the claims ([[claim]] in terms.toml): {}",
                            terms::sorted_list(terms.claim_ids().into_iter())
                        )),
                    );
                }
                continue; // a claim with mistakes was reported when it compiled
            };
            match parse_says(&claims[ci], &check.value, parties) {
                Ok(says) => out[ci].push(Answer {
                    term: t.id.clone(),
                    event_date: date,
                    says,
                    line: check.line,
                    standing: false,
                    continues: check.continues,
                }),
                Err(e) => problems.push(Diagnostic::error(
                    file,
                    check.line,
                    format!("term `{}`, check `{}`: {e}", t.id, check.claim),
                )),
            }
        }
    }
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_amounts_keep_their_bound() {
        assert_eq!(parse_amount("$250B"), Some(Value::Amount { dollars: 250_000_000_000, bound: Bound::Exact }));
        assert_eq!(
            parse_amount("more than $100 billion"),
            Some(Value::Amount { dollars: 100_000_000_000, bound: Bound::AtLeast })
        );
        assert_eq!(parse_amount("250 apples"), None);
    }
}
