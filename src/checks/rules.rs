//! The rule format in content/terms.toml: `[parties]`, `[[claim]]` and a term's `check`.
//!
//! A claim says what a sentence can assert about one subject and how to read its value; a term
//! says which value is official while it is in force. Claims are written once and shared by the
//! terms that succeed each other (exclusive in 2023, non-exclusive in 2026).

use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};

use regex::{Regex, RegexSet};
use regex_automata::util::captures::Captures;
use regex_automata::{Input, PatternID, meta};
use regex_syntax::hir::Hir;

use super::pattern::{self, AMOUNT_RE, Feature, PERCENT_RE, Parsed, Slot};
use super::prefilter::{Bits, Claims, Prefilter, admits, claim_bit};
use crate::content::terms::{ClaimSpec, FILE, Party};
use crate::diag::{Diagnostic, Lines};

/// What a claim's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Year,
    Amount,
    Percent,
    Direction,
    Status,
}

impl Kind {
    pub const NAMES: &'static str = "year, amount, percent, direction, status";

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "year" => Kind::Year,
            "amount" => Kind::Amount,
            "percent" => Kind::Percent,
            "direction" => Kind::Direction,
            "status" => Kind::Status,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Year => "year",
            Kind::Amount => "amount",
            Kind::Percent => "percent",
            Kind::Direction => "direction",
            Kind::Status => "status",
        }
    }
}

/// How exactly a number is stated: "about $130 billion" is not a claim of exactly $130 billion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    Exact,
    About,
    AtLeast,
    AtMost,
}

/// A claimed or official value. Amounts are whole dollars and percentages thousandths of a
/// point, so values compare exactly.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Year(i32),
    Amount { dollars: u64, bound: Bound },
    Percent { milli: u64, bound: Bound },
    Direction { from: Option<String>, to: Option<String> },
    Status(String),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bound = |b: Bound| match b {
            Bound::Exact => "",
            Bound::About => "about ",
            Bound::AtLeast => "more than ",
            Bound::AtMost => "up to ",
        };
        match self {
            Value::Year(y) => write!(f, "{y}"),
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
            Value::Direction { from, to } => match (from, to) {
                (Some(a), Some(b)) => write!(f, "{a} → {b}"),
                (Some(a), None) => write!(f, "{a} → …"),
                (None, Some(b)) => write!(f, "… → {b}"),
                (None, None) => write!(f, "…"),
            },
            Value::Status(s) => write!(f, "{s}"),
        }
    }
}

fn trim_number(n: f64) -> String {
    let s = format!("{n:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl Value {
    /// Whether a claimed value (`self`) is what the official value says.
    pub fn agrees_with(&self, official: &Value) -> bool {
        match (self, official) {
            (Value::Year(a), Value::Year(b)) => a == b,
            (Value::Amount { dollars: c, bound: cb }, Value::Amount { dollars: o, bound: ob }) => {
                within(*c as f64, *o as f64, *cb, *ob, |x| x * 0.02, |x| x * 0.10)
            }
            (Value::Percent { milli: c, bound: cb }, Value::Percent { milli: o, bound: ob }) => {
                within(*c as f64, *o as f64, *cb, *ob, |_| 500.0, |_| 1500.0)
            }
            (Value::Direction { from: cf, to: ct }, Value::Direction { from: of, to: ot }) => {
                cf.as_ref().is_none_or(|c| Some(c) == of.as_ref()) && ct.as_ref().is_none_or(|c| Some(c) == ot.as_ref())
            }
            (Value::Status(a), Value::Status(b)) => a == b,
            _ => false,
        }
    }

    /// Whether two claims (of two articles) cannot both be right. Approximate numbers and
    /// half-known directions conflict only where they certainly differ.
    pub fn conflicts_with(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Year(a), Value::Year(b)) => a != b,
            (Value::Amount { dollars: a, bound: Bound::Exact }, Value::Amount { dollars: b, bound: Bound::Exact }) => {
                !within(*a as f64, *b as f64, Bound::Exact, Bound::Exact, |x| x * 0.02, |x| x)
            }
            (Value::Percent { milli: a, bound: Bound::Exact }, Value::Percent { milli: b, bound: Bound::Exact }) => {
                !within(*a as f64, *b as f64, Bound::Exact, Bound::Exact, |_| 500.0, |x| x)
            }
            (Value::Direction { from: af, to: at }, Value::Direction { from: bf, to: bt }) => {
                matches!((af, bf), (Some(a), Some(b)) if a != b) || matches!((at, bt), (Some(a), Some(b)) if a != b)
            }
            (Value::Status(a), Value::Status(b)) => a != b,
            _ => false,
        }
    }
}

/// Whether claimed `c` fits official `o`, given how exactly each is stated.
fn within(c: f64, o: f64, cb: Bound, ob: Bound, exact: impl Fn(f64) -> f64, about: impl Fn(f64) -> f64) -> bool {
    let tol = if cb == Bound::About || ob == Bound::About { about(o) } else { exact(o) };
    match cb {
        Bound::Exact | Bound::About => (c - o).abs() <= tol,
        Bound::AtLeast => o + tol >= c,
        Bound::AtMost => o <= c + tol,
    }
}

/// One pattern of a claim (or of its `unless`).
#[derive(Clone)]
pub struct Pattern {
    pub source: String,
    /// For a status claim, the value the pattern recognises.
    pub value: Option<String>,
    pub line: usize,
    pub gaps: usize,
    /// The phrase, parsed: its regex is built from it the first time a clause may match.
    parsed: Arc<Parsed>,
    /// The literals every match contains, as masks over the prefilter's literals (one per
    /// choice, most selective first; set by [`Engine::new`]).
    pub(crate) require: Vec<Bits>,
    /// The regex, once built (shared by every copy of the terms: watch mode clones them).
    matcher: Arc<Lazy>,
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        (&self.source, &self.value, self.line) == (&other.source, &other.value, other.line)
    }
}

/// What the pattern says, not what was derived from it: a print of compiled regexes is long, and
/// changes once one is built.
impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pattern")
            .field("source", &self.source)
            .field("value", &self.value)
            .field("line", &self.line)
            .field("gaps", &self.gaps)
            .finish()
    }
}

impl Eq for Pattern {}

impl Pattern {
    /// The pattern's regex, built on first use; None if it cannot be built (see
    /// [`EAGER_LIMIT`]: a pattern that might not was tried when terms.toml loaded).
    pub(crate) fn matcher(&self, engine: &Engine) -> Option<&Matcher> {
        let lazy = &*self.matcher;
        if let Some(fast) = lazy.fast.get() {
            return fast.as_ref();
        }
        let hir = || lazy.hir.get_or_init(|| self.parsed.hir(engine.party_hir()));
        if lazy.uses.fetch_add(1, Ordering::Relaxed) < UPGRADE {
            lazy.slow.get_or_init(|| Matcher::new(hir(), false, self.line)).as_ref()
        } else {
            lazy.fast.get_or_init(|| Matcher::new(hir(), true, self.line)).as_ref()
        }
    }
}

/// A pattern's regex, built in two steps. Compiling a regex with a lazy DFA (the fast search)
/// costs about twice the NFA alone, which the backtracker searches, three times slower: most
/// patterns of a small digest meet a handful of clauses, and never pay for the DFA; a pattern
/// that meets many gets it after [`UPGRADE`] searches. Both find the same matches.
#[derive(Default)]
struct Lazy {
    hir: OnceLock<Hir>,
    slow: OnceLock<Option<Matcher>>,
    fast: OnceLock<Option<Matcher>>,
    uses: AtomicU32,
}

const UPGRADE: u32 = 64;

/// A pattern's regex and where its groups are.
#[derive(Debug)]
pub(crate) struct Matcher {
    regex: meta::Regex,
    /// The group of each gap, `g0`, `g1`, ….
    gaps: Vec<usize>,
    /// The groups of the slots, by name.
    slots: Vec<(&'static str, usize)>,
}

impl Matcher {
    fn new(hir: &Hir, fast: bool, line: usize) -> Option<Matcher> {
        // Our prefilter already picked the clause: the regex's own literal prefilters would
        // cost more to build than they could save on a clause of a few dozen words. A one-pass
        // DFA rarely applies to a pattern with gaps; the full DFA is not compiled in.
        let config = meta::Config::new().auto_prefilter(false).onepass(false).dfa(false).hybrid(fast);
        let regex = match meta::Builder::new().configure(config).build_from_hir(hir) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("warning: {}:{line}: a pattern could not be compiled and matches nothing: {e}", FILE);
                return None;
            }
        };
        let info = regex.group_info();
        let mut gaps = Vec::new();
        let mut slots = Vec::new();
        for (i, name) in info.pattern_names(PatternID::ZERO).enumerate() {
            match name {
                Some(n) if n.starts_with('g') => gaps.push(i),
                Some(n) => slots.extend(Slot::ALL.iter().filter(|s| s.name() == n).map(|s| (s.name(), i))),
                None => {}
            }
        }
        Some(Matcher { regex, gaps, slots })
    }

    /// The leftmost-first match in `haystack` at or after `from` (as `Regex::find_at`).
    pub(crate) fn find_at(&self, haystack: &str, from: usize) -> Option<Range<usize>> {
        self.regex.search(&Input::new(haystack).range(from..)).map(|m| m.range())
    }

    /// The same match as [`Matcher::find_at`], with its groups.
    pub(crate) fn captures_at(&self, haystack: &str, from: usize) -> Captures {
        let mut caps = self.regex.create_captures();
        self.regex.search_captures(&Input::new(haystack).range(from..), &mut caps);
        caps
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.regex.is_match(haystack)
    }

    /// The ranges of the gaps a match's groups hold.
    pub(crate) fn gaps(&self, caps: &Captures) -> Vec<Range<usize>> {
        self.gaps.iter().filter_map(|&g| caps.get_group(g).map(|s| s.range())).collect()
    }

    /// The slots a match's groups hold, by name.
    pub(crate) fn slots(&self, caps: &Captures) -> Vec<(&'static str, Range<usize>)> {
        self.slots.iter().filter_map(|&(n, g)| caps.get_group(g).map(|s| (n, s.range()))).collect()
    }
}

/// A claim a sentence can make, compiled.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    /// A label for listings: "Whose IP Microsoft's licence covers".
    pub title: String,
    pub kind: Kind,
    pub patterns: Vec<Pattern>,
    /// A clause that contains one of these is about something else.
    pub unless: Vec<Pattern>,
    /// The claim is about a past event: past tense and earlier years do not disqualify it.
    pub history: bool,
    pub comment: Option<String>,
    pub line: usize,
    /// The claim's place in terms.toml, for the prefilter's [`Claims`] (set by [`Engine::new`]).
    pub(crate) index: usize,
}

impl PartialEq for Claim {
    fn eq(&self, other: &Self) -> bool {
        (&self.id, &self.title, self.kind, &self.patterns, &self.unless, self.history, self.line)
            == (&other.id, &other.title, other.kind, &other.patterns, &other.unless, other.history, other.line)
    }
}

impl Eq for Claim {}

impl Claim {
    /// Whether a text with the features `found`, where the prefilter says the claims `claims`
    /// may match, may hold a match of one of the patterns.
    pub(crate) fn admits_any(&self, found: &Bits, claims: Claims) -> bool {
        claims & claim_bit(self.index) != 0 && self.patterns.iter().any(|p| admits(&p.require, found))
    }
}

/// What the checks share beyond the claims, built once when terms.toml loads and shared by
/// every copy of the terms: the prefilter over all patterns' literals, and the parties' regex
/// for `{from}` and `{to}`.
#[derive(Clone, Default)]
pub struct Engine(Arc<EngineData>);

#[derive(Default)]
struct EngineData {
    prefilter: Prefilter,
    party: Option<String>,
    party_hir: OnceLock<Option<Hir>>,
}

/// Derived from the claims and the parties, which the checker shows (see [`Pattern`]'s Debug).
impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Engine")
    }
}

/// Derived from the claims and the parties, which the terms compare.
impl PartialEq for Engine {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Engine {}

impl Engine {
    /// Collects the features of every pattern into one prefilter and gives each pattern its
    /// masks. `party` is the parties' regex ([`parties_regex`]).
    pub fn new(claims: &mut [Claim], parties: &[Party], party: Option<String>) -> Engine {
        let names: Vec<&str> = parties.iter().flat_map(|p| p.aliases.iter().map(String::as_str)).collect();
        let common = pattern::party_features(&names);
        let requirements: Vec<Vec<Vec<Vec<Feature>>>> = claims
            .iter()
            .map(|c| c.patterns.iter().chain(&c.unless).map(|p| p.parsed.requirement(&names, &common)).collect())
            .collect();
        let mut features: Vec<Feature> = requirements.iter().flatten().flatten().flatten().cloned().collect();
        features.sort();
        features.dedup();
        let mut prefilter = Prefilter::new(features);
        for (i, (claim, reqs)) in claims.iter_mut().zip(requirements).enumerate() {
            claim.index = i;
            let mut reqs = reqs.into_iter();
            for p in claim.patterns.iter_mut().chain(claim.unless.iter_mut()) {
                p.require = reqs.next().unwrap_or_default().iter().filter_map(|c| prefilter.mask(c)).collect();
            }
        }
        let firsts: Vec<Vec<Option<Bits>>> =
            claims.iter().map(|c| c.patterns.iter().map(|p| p.require.first().copied()).collect()).collect();
        prefilter.index_claims(&firsts);
        Engine(Arc::new(EngineData { prefilter, party, party_hir: OnceLock::new() }))
    }

    pub(crate) fn prefilter(&self) -> &Prefilter {
        &self.0.prefilter
    }

    fn party_hir(&self) -> Option<&Hir> {
        self.0.party_hir.get_or_init(|| self.0.party.as_deref().and_then(pattern::party_hir)).as_ref()
    }
}

/// Patterns whose regex is longer than this, or nested deeper than [`EAGER_DEPTH`], are also
/// compiled with the regex crate when terms.toml loads, and so are all of a claim's patterns
/// together when theirs add up to more than [`EAGER_CLAIM_LIMIT`]: such regexes might exceed
/// the crate's limits (10 MB of NFA, 250 levels of nesting), which must be an error located in
/// terms.toml, not a pattern that silently matches nothing. Below these, regexes always
/// compile: an NFA costs at most ~75 bytes per character of regex (`(?i)` letters with
/// non-ASCII case variants), so 20,000 characters stay under 1.5 MB and 60,000 under 4.5 MB.
/// The shipped patterns reach ~3,100 characters, and ~19,000 for a claim.
const EAGER_LIMIT: usize = 20_000;
const EAGER_CLAIM_LIMIT: usize = 60_000;
const EAGER_DEPTH: usize = 20;

/// The parties' names in one regex, for `{from}` and `{to}`.
pub fn parties_regex(parties: &[Party]) -> Option<String> {
    let names: Vec<&str> = parties.iter().flat_map(|p| p.aliases.iter().map(String::as_str)).collect();
    (!names.is_empty()).then(|| pattern::party_regex(&names))
}

/// The party a captured name refers to: "the ChatGPT maker's" → OpenAI.
pub fn party_of(parties: &[Party], text: &str) -> Option<String> {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut name = words.join(" ");
    if let Some(rest) = name.strip_prefix("the ") {
        name = rest.to_string();
    }
    parties
        .iter()
        .find(|p| {
            p.aliases.iter().any(|a| {
                let a = a.to_lowercase().replace('’', "'");
                let a = a.strip_prefix("the ").unwrap_or(&a).to_string();
                name.strip_prefix(a.as_str()).is_some_and(|rest| matches!(rest, "" | "'s" | "s" | "'"))
            })
        })
        .map(|p| p.name.clone())
}

/// Compiles a `[[claim]]`, or says what is wrong with it, line by line.
pub fn compile_claim(
    spec: &ClaimSpec,
    party: Option<&str>,
    lines: &Lines,
    file: &Path,
) -> Result<Claim, Vec<Diagnostic>> {
    let raw = spec.clone();
    let line_of = |offset: usize| lines.line(offset);
    let id = raw.id.get_ref().clone();
    let line = line_of(raw.id.span().start);
    let mut problems = Vec::new();
    // Whether a pattern was large enough to be compiled already (see EAGER_LIMIT), and the
    // length of the claim's regexes.
    let mut large = false;
    let mut total = 0;
    let Some(kind) = Kind::parse(raw.kind.get_ref()) else {
        return Err(vec![
            Diagnostic::error(
                file,
                line_of(raw.kind.span().start),
                format!("claim `{id}`: unknown value kind `{}`", raw.kind.get_ref()),
            )
            .help(format!("the kinds are {}", Kind::NAMES)),
        ]);
    };
    let mut compile = |p: &toml::Spanned<String>, value: Option<&str>, needs: &[Slot]| -> Option<Pattern> {
        let pline = line_of(p.span().start);
        let c = match parse_pattern(p.get_ref(), party) {
            Ok(c) => c,
            Err(e) => {
                problems.push(
                    Diagnostic::error(file, pline, format!("claim `{id}`: bad pattern: {e}"))
                        .help("see \"Checks\" in the README for the pattern syntax"),
                );
                return None;
            }
        };
        let stray = c.parsed.slots.iter().find(|s| !needs.contains(s));
        if let Some(s) = stray {
            let help = if needs.is_empty() {
                "a status pattern (and an `unless` pattern) spells out its words and has no slots".to_string()
            } else {
                format!("a {} claim reads its value from {}", kind.name(), slot_list(needs))
            };
            problems.push(
                Diagnostic::error(
                    file,
                    pline,
                    format!("claim `{id}`: `{{{}}}` does not belong in this pattern", s.name()),
                )
                .help(help),
            );
            return None;
        }
        if !needs.is_empty() && !c.parsed.slots.iter().any(|s| needs.contains(s)) {
            problems.push(
                Diagnostic::error(
                    file,
                    pline,
                    format!("claim `{id}`: the pattern has no slot to read the {} from", kind.name()),
                )
                .help(format!("add {}", slot_list(needs))),
            );
            return None;
        }
        if let Some(regex) = c.regex.as_deref()
            && let Err(e) = Regex::new(&format!("(?i){regex}"))
        {
            problems.push(Diagnostic::error(file, pline, format!("claim `{id}`: bad pattern: {e}")));
            return None;
        }
        large |= c.regex.is_some();
        if value.is_some() || !needs.is_empty() {
            total += c.len;
        }
        Some(Pattern {
            source: p.get_ref().clone(),
            value: value.map(str::to_string),
            line: pline,
            gaps: c.parsed.gaps,
            parsed: Arc::new(c.parsed),
            require: Vec::new(),
            matcher: Arc::new(Lazy::default()),
        })
    };
    let needs: &[Slot] = match kind {
        Kind::Year => &[Slot::Year],
        Kind::Amount => &[Slot::Amount],
        Kind::Percent => &[Slot::Percent],
        Kind::Direction => &[Slot::From, Slot::To],
        Kind::Status => &[],
    };
    let mut patterns = Vec::new();
    match (kind, &raw.patterns, &raw.values) {
        (Kind::Status, None, Some(values)) => {
            if values.get_ref().is_empty() {
                return Err(vec![Diagnostic::error(
                    file,
                    line_of(values.span().start),
                    format!("claim `{id}` has no values"),
                )]);
            }
            for (value, ps) in values.get_ref() {
                for p in ps {
                    patterns.extend(compile(p, Some(value), needs));
                }
            }
        }
        (Kind::Status, _, _) => {
            return Err(vec![
                Diagnostic::error(
                    file,
                    line,
                    format!("claim `{id}`: a status claim lists its values, each with its patterns"),
                )
                .help("values = { exclusive = [\"…\"], non-exclusive = [\"…\"] }, and no `patterns`"),
            ]);
        }
        (_, Some(ps), None) => {
            for p in ps {
                patterns.extend(compile(p, None, needs));
            }
        }
        (_, _, _) => {
            return Err(vec![
                Diagnostic::error(
                    file,
                    line,
                    format!(
                        "claim `{id}`: a {} claim has `patterns` with {}, and no `values`",
                        kind.name(),
                        slot_list(needs)
                    ),
                )
                .help("`values` is for status claims"),
            ]);
        }
    }
    let unless: Vec<Pattern> = raw.unless.iter().filter_map(|p| compile(p, None, &[])).collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    if patterns.is_empty() {
        return Err(vec![Diagnostic::error(file, line, format!("claim `{id}` has no patterns"))]);
    }
    // The patterns were one RegexSet, whose size limit applies to them all together.
    if large || total > EAGER_CLAIM_LIMIT {
        let party = party.unwrap_or_default();
        let regexes: Vec<String> = patterns.iter().map(|p| format!("(?i){}", p.parsed.regex(party))).collect();
        RegexSet::new(&regexes)
            .map_err(|e| vec![Diagnostic::error(file, line, format!("claim `{id}`: bad patterns: {e}"))])?;
    }
    Ok(Claim {
        title: raw.title.unwrap_or_else(|| id.clone()),
        id,
        kind,
        patterns,
        unless,
        history: raw.history,
        comment: raw.comment,
        line,
        index: 0,
    })
}

/// A pattern parsed, with the length of its regex, and the regex when it is large enough to be
/// compiled now.
struct ParsedPattern {
    parsed: Parsed,
    len: usize,
    regex: Option<String>,
}

fn parse_pattern(pattern: &str, party: Option<&str>) -> Result<ParsedPattern, String> {
    let parsed = pattern::parse(pattern, party.is_some())?;
    let regex = parsed.regex(party.unwrap_or_default());
    let eager = regex.len() > EAGER_LIMIT || parsed.depth > EAGER_DEPTH;
    Ok(ParsedPattern { parsed, len: regex.len(), regex: eager.then_some(regex) })
}

fn slot_list(slots: &[Slot]) -> String {
    slots.iter().map(|s| format!("{{{}}}", s.name())).collect::<Vec<_>>().join(" or ")
}

/// A term's check: the claim it answers and the official value(s).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermCheck {
    pub claim: String,
    /// The first is the official value shown; the others are accepted too (a figure before
    /// and after dilution, say).
    pub says: Vec<Value>,
    pub line: usize,
}

/// Reads the official value(s) of a term's check, as the claim's kind wants them.
pub fn parse_says(claim: &Claim, value: &toml::Value, parties: &[Party]) -> Result<Vec<Value>, String> {
    let items: Vec<&toml::Value> = match value {
        toml::Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    if items.is_empty() {
        return Err("no value".to_string());
    }
    items.into_iter().map(|v| parse_one(claim, v, parties)).collect()
}

fn parse_one(claim: &Claim, v: &toml::Value, parties: &[Party]) -> Result<Value, String> {
    let s = match v {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        other => return Err(format!("expected a string or a number, found {}", other.type_str())),
    };
    match claim.kind {
        Kind::Year => s
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2200).contains(y))
            .map(Value::Year)
            .ok_or_else(|| format!("`{s}` is not a year; write e.g. 2032")),
        Kind::Amount => parse_amount(&s)
            .map(|dollars| Value::Amount { dollars, bound: Bound::Exact })
            .ok_or_else(|| format!("`{s}` is not an amount; write e.g. \"$250 billion\"")),
        Kind::Percent => {
            let p = if s.ends_with(['%', 't']) { parse_percent(&s) } else { parse_percent(&format!("{s}%")) };
            p.map(|milli| Value::Percent { milli, bound: Bound::Exact })
                .ok_or_else(|| format!("`{s}` is not a percentage; write e.g. \"27%\""))
        }
        Kind::Direction => {
            let (a, b) = s
                .split_once("->")
                .or_else(|| s.split_once('→'))
                .ok_or_else(|| format!("`{s}` is not a direction; write e.g. \"OpenAI -> Microsoft\""))?;
            let party = |n: &str| {
                party_of(parties, n.trim()).ok_or_else(|| {
                    format!(
                        "`{}` is not a party; the parties are {}",
                        n.trim(),
                        parties.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
                    )
                })
            };
            Ok(Value::Direction { from: Some(party(a)?), to: Some(party(b)?) })
        }
        Kind::Status => {
            let known: Vec<&str> = claim.patterns.iter().filter_map(|p| p.value.as_deref()).collect();
            if known.contains(&s.as_str()) {
                Ok(Value::Status(s))
            } else {
                let mut known = known;
                known.dedup();
                Err(format!("`{s}` is not one of the claim's values: {}", known.join(", ")))
            }
        }
    }
}

static AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i)^{AMOUNT_RE}$")).unwrap_or_else(|_| never()));
static PERCENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i)^{PERCENT_RE}$")).unwrap_or_else(|_| never()));

fn never() -> Regex {
    #[allow(clippy::unwrap_used, reason = "a constant regex that compiles")]
    Regex::new(r"[^\s\S]").unwrap()
}

/// "$250B", "$1.5 billion", "135 billion dollars" → whole dollars.
pub fn parse_amount(s: &str) -> Option<u64> {
    let s = s.trim();
    if !AMOUNT.is_match(s) {
        return None;
    }
    let lower = s.to_lowercase();
    let digits: String = lower
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let n: f64 = digits.parse().ok()?;
    let rest = lower[lower.find(|c: char| c.is_ascii_digit())?..]
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
        .trim();
    let mult = if rest.starts_with("trillion") || rest == "tn" || rest == "t" {
        1e12
    } else if rest.starts_with("billion") || rest == "bn" || rest == "b" {
        1e9
    } else if rest.starts_with("million") || rest == "mn" || rest == "m" {
        1e6
    } else {
        1.0
    };
    let v = (n * mult).round();
    (v.is_finite() && v >= 0.0).then_some(v as u64)
}

/// "27 percent", "32.5%" → thousandths of a point.
pub fn parse_percent(s: &str) -> Option<u64> {
    let s = s.trim();
    if !PERCENT.is_match(s) {
        return None;
    }
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let n: f64 = digits.parse().ok()?;
    Some((n * 1000.0).round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_percentages() {
        assert_eq!(parse_amount("$250B"), Some(250_000_000_000));
        assert_eq!(parse_amount("$1.5 billion"), Some(1_500_000_000));
        assert_eq!(parse_amount("US$135bn"), Some(135_000_000_000));
        assert_eq!(parse_amount("135 billion dollars"), Some(135_000_000_000));
        assert_eq!(parse_amount("$13,000,000"), Some(13_000_000));
        assert_eq!(parse_amount("about"), None);
        assert_eq!(parse_percent("27 percent"), Some(27_000));
        assert_eq!(parse_percent("32.5%"), Some(32_500));
        assert_eq!(Value::Amount { dollars: 250_000_000_000, bound: Bound::Exact }.to_string(), "$250 billion");
        assert_eq!(Value::Percent { milli: 32_500, bound: Bound::About }.to_string(), "about 32.5%");
    }

    #[test]
    fn comparing_values() {
        let amount = |d: u64, bound| Value::Amount { dollars: d * 1_000_000_000, bound };
        let official = amount(135, Bound::Exact);
        assert!(amount(135, Bound::Exact).agrees_with(&official));
        assert!(!amount(130, Bound::Exact).agrees_with(&official));
        assert!(amount(130, Bound::About).agrees_with(&official));
        assert!(amount(100, Bound::AtLeast).agrees_with(&official));
        assert!(!amount(200, Bound::AtLeast).agrees_with(&official));
        assert!(amount(200, Bound::AtMost).agrees_with(&official));
        let dir = |f: Option<&str>, t: Option<&str>| Value::Direction {
            from: f.map(str::to_string),
            to: t.map(str::to_string),
        };
        let official = dir(Some("OpenAI"), Some("Microsoft"));
        assert!(dir(None, Some("Microsoft")).agrees_with(&official));
        assert!(!dir(Some("Microsoft"), None).agrees_with(&official));
        assert!(dir(Some("Microsoft"), None).conflicts_with(&dir(Some("OpenAI"), None)));
        assert!(!dir(Some("Microsoft"), None).conflicts_with(&dir(None, Some("OpenAI"))));
        assert!(!amount(130, Bound::About).conflicts_with(&amount(135, Bound::Exact)));
    }

    #[test]
    fn parties_by_alias_and_possessive() {
        let parties = vec![
            Party { name: "OpenAI".into(), aliases: vec!["OpenAI".into(), "the ChatGPT maker".into()] },
            Party { name: "Microsoft".into(), aliases: vec!["Microsoft".into()] },
        ];
        assert_eq!(party_of(&parties, "the ChatGPT maker’s").as_deref(), Some("OpenAI"));
        assert_eq!(party_of(&parties, "Microsofts").as_deref(), Some("Microsoft"));
        assert_eq!(party_of(&parties, "OpenAI").as_deref(), Some("OpenAI"));
        assert_eq!(party_of(&parties, "Amazon"), None);
    }
}
