//! The pattern language of checks, compiled to a regular expression.
//!
//! Editors write phrases, not regexes: `{to} ... licen* (to|of) {from} (IP|technology)`. A
//! pattern is words separated by spaces, where
//!
//! - a word matches itself, ignoring case; a `*` stands for any ending (`licen*`), a hyphen
//!   matches a hyphen, a space or nothing (`non-binding` = "non binding" = "nonbinding"), an
//!   apostrophe matches ' or ’, and a final `'s` is optional (`OpenAI's` = "OpenAI" = "OpenAIs");
//! - the space between two words matches any spacing or a hyphen;
//! - `(a|b c)` is one of the alternatives and `[word]` is optional;
//! - `...` is a gap of up to eight words inside one phrase (it never crosses , ; : or brackets);
//! - `{year}`, `{amount}`, `{percent}`, `{from}` and `{to}` are the slots a claim's value is read
//!   from; `{from}` and `{to}` match the names of the parties in terms.toml's `[parties]`.
//!
//! Every other character matches itself (`$`, `%`, `.`). Words match whole words only.

use std::fmt::Write as _;
use std::sync::LazyLock;

use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, Look, Repetition};

/// Where a claim's value is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Year,
    Amount,
    Percent,
    From,
    To,
}

impl Slot {
    pub const ALL: [Slot; 5] = [Slot::Year, Slot::Amount, Slot::Percent, Slot::From, Slot::To];

    pub fn name(self) -> &'static str {
        match self {
            Slot::Year => "year",
            Slot::Amount => "amount",
            Slot::Percent => "percent",
            Slot::From => "from",
            Slot::To => "to",
        }
    }

    fn parse(name: &str) -> Option<Slot> {
        Some(match name {
            "year" => Slot::Year,
            "amount" => Slot::Amount,
            "percent" => Slot::Percent,
            "from" => Slot::From,
            "to" => Slot::To,
            _ => return None,
        })
    }
}

/// A compiled pattern: its regex (without flags), the slots it reads and its number of gaps
/// (capture groups `g0`, `g1`, …, so that cue words inside a gap still count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    pub regex: String,
    pub slots: Vec<Slot>,
    pub gaps: usize,
}

/// A pattern parsed into its items: what the checks keep of a pattern when terms.toml loads.
/// Building a regex costs far more than parsing the phrase, so the regex is built from the
/// items ([`Parsed::hir`]) only once a clause may match, which the literals every match
/// contains ([`Parsed::requirement`]) tell cheaply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    items: Vec<Item>,
    pub slots: Vec<Slot>,
    pub gaps: usize,
    /// How deeply `( )` and `[ ]` nest.
    pub depth: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    /// A word as written: `licen*`, `non-binding`, `OpenAI's`.
    Word(String),
    /// `(a|b c)`: the alternatives, each a sequence.
    Alt(Vec<Vec<Item>>),
    /// `[a b]`.
    Optional(Vec<Item>),
    /// `...`, with its number (capture group `g0`, `g1`, …).
    Gap(usize),
    Slot(Slot),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Optional,
    Gap,
}

impl Item {
    fn kind(&self) -> Kind {
        match self {
            Item::Optional(_) => Kind::Optional,
            Item::Gap(_) => Kind::Gap,
            Item::Word(_) | Item::Alt(_) | Item::Slot(_) => Kind::Plain,
        }
    }
}

/// Spacing between words: spaces, or a hyphen ("revenue share" = "revenue-share").
const SEP: &str = r"[ \t\n\u{a0}\-\u{2010}\u{2011}]+";
/// A gap: up to eight words, lazily, inside one phrase.
const GAP_WORDS: &str = r"(?:[^ \t\n\u{a0},;:()]+[ \t\n\u{a0}]+){0,8}?";
const WB: &str = r"(?-u:\b)";

/// The regexes of the value slots. Amounts and percentages keep a qualifier ("about", "more
/// than") in front, so that "more than $100 billion" is not read as a claim of $100 billion.
pub const YEAR_RE: &str = r"(?-u:\b)(?:19|20)[0-9][0-9](?-u:\b)";
pub const AMOUNT_RE: &str = r"(?:(?:US)?\$[ \t\n\u{a0}]?[0-9][[0-9],]*(?:\.[0-9]+)?(?:[ \t\n\u{a0}]?(?:trillion|billion|million|tn|bn|mn|[btm])(?-u:\b))?|(?-u:\b)[0-9][[0-9],]*(?:\.[0-9]+)?[ \t\n\u{a0}](?:trillion|billion|million)[ \t\n\u{a0}](?:dollars|USD)(?-u:\b))";
pub const PERCENT_RE: &str =
    r"(?-u:\b)[0-9]{1,3}(?:\.[0-9]+)?[ \t\n\u{a0}]?(?:%|percent(?-u:\b)|per[ \t\n\u{a0}]?cent(?-u:\b))";

/// Compiles a pattern. `party` is the regex that `{from}` and `{to}` match (None when the
/// digest names no parties).
pub fn compile(pattern: &str, party: Option<&str>) -> Result<Compiled, String> {
    let parsed = parse(pattern, party.is_some())?;
    let regex = parsed.regex(party.unwrap_or_default());
    Ok(Compiled { regex, slots: parsed.slots, gaps: parsed.gaps })
}

/// Parses a pattern, with the errors [`compile`] reports. `parties`: whether the digest names
/// parties for `{from}` and `{to}`.
pub fn parse(pattern: &str, parties: bool) -> Result<Parsed, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut p = Parser { chars: &chars, at: 0, gaps: 0, slots: Vec::new(), parties, depth: 0, max_depth: 0 };
    let items = p.seq(&[])?;
    if p.at < chars.len() {
        return Err(format!("unexpected `{}`", chars[p.at]));
    }
    if items.is_empty() {
        return Err("the pattern is empty".to_string());
    }
    check_gaps(&items)?;
    Ok(Parsed { items, slots: p.slots, gaps: p.gaps, depth: p.max_depth })
}

struct Parser<'a> {
    chars: &'a [char],
    at: usize,
    gaps: usize,
    slots: Vec<Slot>,
    parties: bool,
    depth: usize,
    max_depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// Items up to (not including) one of `stops` or the end.
    fn seq(&mut self, stops: &[char]) -> Result<Vec<Item>, String> {
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                None => break,
                Some(c) if stops.contains(&c) => break,
                Some(_) => items.push(self.item()?),
            }
        }
        Ok(items)
    }

    /// A sequence inside brackets, one level deeper.
    fn nested(&mut self, stops: &[char]) -> Result<Vec<Item>, String> {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        let items = self.seq(stops);
        self.depth -= 1;
        items
    }

    fn item(&mut self) -> Result<Item, String> {
        let c = self.peek().unwrap_or(' ');
        if self.chars[self.at..].starts_with(&['.', '.', '.']) {
            self.at += 3;
            self.gaps += 1;
            return Ok(Item::Gap(self.gaps - 1));
        }
        match c {
            '(' => {
                self.at += 1;
                let mut alternatives = Vec::new();
                loop {
                    let items = self.nested(&['|', ')'])?;
                    if items.is_empty() {
                        return Err("an empty alternative in `( | )`".to_string());
                    }
                    check_gaps(&items)?;
                    alternatives.push(items);
                    match self.peek() {
                        Some('|') => self.at += 1,
                        Some(')') => {
                            self.at += 1;
                            break;
                        }
                        _ => return Err("a `(` is never closed".to_string()),
                    }
                }
                Ok(Item::Alt(alternatives))
            }
            '[' => {
                self.at += 1;
                let items = self.nested(&[']'])?;
                if self.peek() != Some(']') {
                    return Err("a `[` is never closed".to_string());
                }
                self.at += 1;
                if items.is_empty() {
                    return Err("an empty `[ ]`".to_string());
                }
                check_gaps(&items)?;
                Ok(Item::Optional(items))
            }
            '{' => {
                let end = self.chars[self.at..].iter().position(|&c| c == '}').ok_or("a `{` is never closed")?;
                let name: String = self.chars[self.at + 1..self.at + end].iter().collect();
                self.at += end + 1;
                let slot = Slot::parse(name.trim()).ok_or_else(|| {
                    format!("unknown slot `{{{name}}}`: the slots are {{year}}, {{amount}}, {{percent}}, {{from}} and {{to}}")
                })?;
                if self.slots.contains(&slot) {
                    return Err(format!(
                        "`{{{name}}}` appears twice: a slot may appear once in a pattern (write two patterns instead)"
                    ));
                }
                self.slots.push(slot);
                if matches!(slot, Slot::From | Slot::To) && !self.parties {
                    return Err(
                        "`{from}` and `{to}` need the parties' names: add a [parties] table to terms.toml".to_string()
                    );
                }
                Ok(Item::Slot(slot))
            }
            ')' | ']' | '|' | '}' => Err(format!("unexpected `{c}`")),
            _ => {
                let start = self.at;
                while self.peek().is_some_and(|c| !c.is_whitespace() && !"()[]{}|".contains(c)) {
                    self.at += 1;
                }
                Ok(Item::Word(self.chars[start..self.at].iter().collect()))
            }
        }
    }
}

/// A gap joins two words: it may not open or close a sequence.
fn check_gaps(items: &[Item]) -> Result<(), String> {
    if items.first().is_some_and(|i| i.kind() == Kind::Gap) || items.last().is_some_and(|i| i.kind() == Kind::Gap) {
        return Err("`...` needs words on both sides".to_string());
    }
    Ok(())
}

impl Parsed {
    /// The regex (without flags); `party` is the regex of the parties' names.
    pub fn regex(&self, party: &str) -> String {
        join(&self.items, party)
    }

    /// The regex `(?i)` + [`Parsed::regex`] as regex-syntax would parse it, built directly from
    /// the items: parsing the text of a long regex costs more than compiling it. `party` is the
    /// parsed party regex ([`party_hir`]); without it `{from}` and `{to}` match nothing.
    pub fn hir(&self, party: Option<&Hir>) -> Hir {
        let mut b = HirBuilder { captures: 0, party };
        let parts = b.join(&self.items);
        Hir::concat(parts)
    }

    /// What every match of the pattern contains, for the prefilter: a list of choices, each a
    /// list of [`Feature`]s of which a match has at least one. It leaves out choices too common
    /// to filter anything ("to", "the"), most selective first; it is empty when nothing is
    /// certain (then every clause is a candidate). `parties` are the names `{from}` and `{to}`
    /// match; `common` their features ([`party_features`]: common in this digest's prose, so
    /// chosen last).
    pub fn requirement(&self, parties: &[&str], common: &[Feature]) -> Vec<Vec<Feature>> {
        let cost = |f: &Feature| if common.contains(f) { 0.5 } else { f.cost() };
        let choice_cost = |c: &[Feature]| c.iter().map(cost).sum::<f64>();
        let mut cnf = seq_features(&self.items, parties);
        for choice in &mut cnf {
            minimize(choice);
        }
        cnf.sort_by(|a, b| choice_cost(a).total_cmp(&choice_cost(b)).then_with(|| a.cmp(b)));
        cnf.dedup();
        // A choice that contains another is implied by it.
        let mut kept: Vec<Vec<Feature>> = Vec::new();
        for c in cnf {
            if !kept.iter().any(|k| k.iter().all(|f| c.contains(f))) {
                kept.push(c);
            }
        }
        // A choice with a common word ("can", "the") lets nearly every clause through, and its
        // features would be found everywhere: drop it, unless nothing else is left.
        let weak = |c: &Vec<Feature>| c.iter().any(|f| f.cost() >= WEAK);
        if kept.iter().any(|c| !weak(c)) {
            kept.retain(|c| !weak(c));
        } else {
            kept.truncate(1);
        }
        kept
    }
}

fn join(items: &[Item], party: &str) -> String {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        let re = item_regex(it, party);
        let last = i + 1 == items.len();
        let sep_after = !last && it.kind() != Kind::Gap;
        match it.kind() {
            Kind::Plain | Kind::Gap => {
                out.push_str(&re);
                if sep_after {
                    out.push_str(SEP);
                }
            }
            Kind::Optional if sep_after => {
                let _ = write!(out, "(?:{re}{SEP})?");
            }
            Kind::Optional => {
                if let Some(stripped) = out.strip_suffix(SEP) {
                    out = format!("{stripped}(?:{SEP}{re})?");
                } else {
                    let _ = write!(out, "(?:{re})?");
                }
            }
        }
    }
    out
}

fn item_regex(item: &Item, party: &str) -> String {
    match item {
        Item::Word(w) => word_regex(w),
        Item::Alt(alternatives) => {
            let alternatives: Vec<String> = alternatives.iter().map(|a| join(a, party)).collect();
            format!("(?:{})", alternatives.join("|"))
        }
        Item::Optional(items) => join(items, party),
        Item::Gap(g) => format!("(?P<g{g}>{GAP_WORDS})"),
        Item::Slot(slot) => {
            let body = match slot {
                Slot::Year => YEAR_RE,
                Slot::Amount => AMOUNT_RE,
                Slot::Percent => PERCENT_RE,
                Slot::From | Slot::To => party,
            };
            format!("(?P<{}>{body})", slot.name())
        }
    }
}

/// A word without its final `'s`, and whether it had one (then optional in the text).
fn split_possessive(word: &str) -> (&str, bool) {
    match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        Some(b) if !b.is_empty() => (b, true),
        _ => (word, false),
    }
}

/// One literal word, with its flexible hyphens, apostrophes, wildcard and possessive.
pub fn word_regex(word: &str) -> String {
    let (base, possessive) = split_possessive(word);
    let mut re = String::new();
    let first = base.chars().next();
    if first.is_some_and(char::is_alphanumeric) {
        re.push_str(WB);
    }
    for c in base.chars() {
        match c {
            '*' => re.push_str(r"[A-Za-z0-9_]*"),
            '-' => re.push_str(r"[ \t\n\u{a0}\-\u{2010}\u{2011}]?"),
            '\'' | '’' => re.push_str("['’]"),
            c => {
                let mut buf = [0u8; 4];
                re.push_str(&regex::escape(c.encode_utf8(&mut buf)));
            }
        }
    }
    if possessive {
        re.push_str("(?:['’]?s)?");
    }
    let last = base.chars().last();
    if possessive || last.is_some_and(|c| c.is_alphanumeric() || c == '*') {
        re.push_str(WB);
    }
    re
}

/// The regex of a party's names: `(?:the )?(?:Microsoft|Redmond)('s)?`.
pub fn party_regex(names: &[&str]) -> String {
    let mut alternatives: Vec<String> = names
        .iter()
        .map(|n| {
            n.split_whitespace()
                .map(|w| word_regex(w.trim_end_matches("'s")))
                .collect::<Vec<_>>()
                .join(r"[ \t\n\u{a0}]+")
        })
        .collect();
    // Longest first, so that "OpenAI Group" wins over "OpenAI".
    alternatives.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let mut re = String::from(r"(?:the[ \t\n\u{a0}]+)?(?:");
    let _ = write!(re, "{}", alternatives.join("|"));
    re.push_str(r")(?:['’]?s)?(?-u:\b)");
    re
}

// ── The regex as a syntax tree ──────────────────────────────────────────────────────────────
//
// Each function below builds what regex-syntax makes of the corresponding regex text under
// `(?i)` (Unicode case folding on every letter and class); the tests compare the two for every
// shipped pattern.

/// Parses a fixed regex (a slot's, or the parties') in the patterns' `(?i)` context.
pub fn parse_in_context(regex: &str) -> Option<Hir> {
    regex_syntax::Parser::new().parse(&format!("(?i:{regex})")).ok()
}

static YEAR_HIR: LazyLock<Hir> = LazyLock::new(|| parse_in_context(YEAR_RE).unwrap_or_else(Hir::fail));
static AMOUNT_HIR: LazyLock<Hir> = LazyLock::new(|| parse_in_context(AMOUNT_RE).unwrap_or_else(Hir::fail));
static PERCENT_HIR: LazyLock<Hir> = LazyLock::new(|| parse_in_context(PERCENT_RE).unwrap_or_else(Hir::fail));

/// The parties' regex ([`party_regex`]) as a syntax tree, for [`Parsed::hir`].
pub fn party_hir(party: &str) -> Option<Hir> {
    parse_in_context(party)
}

struct HirBuilder<'a> {
    /// Capture groups so far: regex-syntax numbers them in order of their opening bracket.
    captures: u32,
    party: Option<&'a Hir>,
}

impl HirBuilder<'_> {
    /// Mirrors [`join`]: the parts of a concatenation.
    fn join(&mut self, items: &[Item]) -> Vec<Hir> {
        let mut out: Vec<Hir> = Vec::new();
        let mut ends_with_sep = false;
        for (i, it) in items.iter().enumerate() {
            let re = self.item(it);
            let last = i + 1 == items.len();
            let sep_after = !last && it.kind() != Kind::Gap;
            match it.kind() {
                Kind::Plain | Kind::Gap => {
                    out.push(re);
                    ends_with_sep = sep_after;
                    if sep_after {
                        out.push(sep());
                    }
                }
                Kind::Optional if sep_after => {
                    out.push(optional(Hir::concat(vec![re, sep()])));
                    ends_with_sep = false;
                }
                Kind::Optional => {
                    if ends_with_sep {
                        out.pop();
                        out.push(optional(Hir::concat(vec![sep(), re])));
                    } else {
                        out.push(optional(re));
                    }
                    ends_with_sep = false;
                }
            }
        }
        out
    }

    fn item(&mut self, item: &Item) -> Hir {
        match item {
            Item::Word(w) => word_hir(w),
            Item::Alt(alternatives) => {
                let alternatives = alternatives.iter().map(|a| Hir::concat(self.join(a))).collect();
                Hir::alternation(alternatives)
            }
            Item::Optional(items) => Hir::concat(self.join(items)),
            Item::Gap(g) => {
                let words = Hir::concat(vec![plus(class(GAP_WORD, true)), plus(class(SPACES, false))]);
                let gap = Hir::repetition(Repetition { min: 0, max: Some(8), greedy: false, sub: Box::new(words) });
                self.capture(format!("g{g}"), gap)
            }
            Item::Slot(slot) => {
                let body = match slot {
                    Slot::Year => YEAR_HIR.clone(),
                    Slot::Amount => AMOUNT_HIR.clone(),
                    Slot::Percent => PERCENT_HIR.clone(),
                    Slot::From | Slot::To => self.party.cloned().unwrap_or_else(Hir::fail),
                };
                self.capture(slot.name().to_string(), body)
            }
        }
    }

    fn capture(&mut self, name: String, sub: Hir) -> Hir {
        self.captures += 1;
        Hir::capture(Capture { index: self.captures, name: Some(name.into_boxed_str()), sub: Box::new(sub) })
    }
}

const SPACES: &[(char, char)] = &[('\t', '\n'), (' ', ' '), ('\u{a0}', '\u{a0}')];
const SPACES_HYPHENS: &[(char, char)] =
    &[('\t', '\n'), (' ', ' '), ('-', '-'), ('\u{a0}', '\u{a0}'), ('\u{2010}', '\u{2011}')];
const GAP_WORD: &[(char, char)] = &[('\t', '\n'), (' ', ' '), ('(', ')'), (',', ','), (':', ';'), ('\u{a0}', '\u{a0}')];
const WORD_CHARS: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
const APOSTROPHES: &[(char, char)] = &[('\'', '\''), ('’', '’')];

/// A bracketed class under `(?i)`: case-folded, then negated if asked.
fn class(ranges: &[(char, char)], negated: bool) -> Hir {
    let mut c = ClassUnicode::new(ranges.iter().map(|&(a, b)| ClassUnicodeRange::new(a, b)));
    // Fails only without Unicode case tables, which the regex crate always has here.
    let _ = c.try_case_fold_simple();
    if negated {
        c.negate();
    }
    Hir::class(Class::Unicode(c))
}

/// A literal character under `(?i)`: the class of its case variants, or itself if it has none.
fn char_hir(c: char) -> Hir {
    // Case folding looks the character up in Unicode's tables: once per ASCII character.
    static ASCII: LazyLock<Vec<Hir>> = LazyLock::new(|| (0..128u8).map(|b| fold_char(char::from(b))).collect());
    match ASCII.get(c as usize) {
        Some(h) => h.clone(),
        None => fold_char(c),
    }
}

fn fold_char(c: char) -> Hir {
    let mut cls = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    let _ = cls.try_case_fold_simple();
    if cls.ranges().len() == 1 && cls.ranges()[0].start() == cls.ranges()[0].end() {
        let mut buf = [0u8; 4];
        Hir::literal(c.encode_utf8(&mut buf).as_bytes())
    } else {
        Hir::class(Class::Unicode(cls))
    }
}

fn word_boundary() -> Hir {
    Hir::look(Look::WordAscii)
}

fn sep() -> Hir {
    plus(class(SPACES_HYPHENS, false))
}

fn plus(sub: Hir) -> Hir {
    Hir::repetition(Repetition { min: 1, max: None, greedy: true, sub: Box::new(sub) })
}

fn optional(sub: Hir) -> Hir {
    Hir::repetition(Repetition { min: 0, max: Some(1), greedy: true, sub: Box::new(sub) })
}

/// Mirrors [`word_regex`].
fn word_hir(word: &str) -> Hir {
    let (base, possessive) = split_possessive(word);
    let mut parts = Vec::new();
    if base.chars().next().is_some_and(char::is_alphanumeric) {
        parts.push(word_boundary());
    }
    for c in base.chars() {
        parts.push(match c {
            '*' => {
                Hir::repetition(Repetition { min: 0, max: None, greedy: true, sub: Box::new(class(WORD_CHARS, false)) })
            }
            '-' => optional(class(SPACES_HYPHENS, false)),
            '\'' | '’' => class(APOSTROPHES, false),
            c => char_hir(c),
        });
    }
    if possessive {
        parts.push(optional(Hir::concat(vec![optional(class(APOSTROPHES, false)), char_hir('s')])));
    }
    if possessive || base.chars().last().is_some_and(|c| c.is_alphanumeric() || c == '*') {
        parts.push(word_boundary());
    }
    Hir::concat(parts)
}

// ── What every match contains ───────────────────────────────────────────────────────────────

/// Something a match of a pattern certainly contains, in ASCII terms. A *token* is a maximal
/// run of ASCII word characters (`[A-Za-z0-9_]`, what `(?-u:\b)` separates), compared ASCII
/// case-insensitively: under `(?i)` an ASCII letter matches only its two cases, except `s`
/// (also `ſ`) and `k` (also the Kelvin sign `K`), so the prefilter must not filter a text that
/// contains those two. Sentence and clause boundaries never split a token.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Feature {
    /// A token equal to this (lowercase): the word `exclusive`.
    Token(String),
    /// A token starting with this (lowercase): `licen*`, `non-binding` ("non"), `OpenAI's`.
    Prefix(String),
    /// This byte, anywhere: the `$` or `%` of an amount or a percentage.
    Byte(u8),
}

impl Feature {
    /// How often the feature turns up in news prose, roughly: common words often, longer
    /// words, digits and symbols rarely. Only the choice of features depends on it, never the
    /// result.
    fn cost(&self) -> f64 {
        const COMMON: &[&str] = &[
            "a", "all", "an", "and", "any", "are", "as", "at", "be", "by", "can", "for", "from", "had", "has", "have",
            "in", "is", "it", "its", "may", "new", "no", "not", "now", "of", "on", "or", "that", "the", "this", "to",
            "was", "will", "with",
        ];
        let (text, prefix) = match self {
            Feature::Byte(_) => return 0.02,
            Feature::Token(t) => (t, false),
            Feature::Prefix(p) => (p, true),
        };
        let base: f64 = if COMMON.contains(&text.as_str()) {
            1.0
        } else if text.bytes().any(|b| b.is_ascii_digit()) {
            0.05
        } else {
            match text.len() {
                0 | 1 => 1.0,
                2 => 0.3,
                3 => 0.1,
                4 => 0.05,
                _ => 0.02,
            }
        };
        if prefix { (base * 2.0).min(1.0) } else { base }
    }

    /// Whether every token with this feature has `other` too.
    fn implies(&self, other: &Feature) -> bool {
        match (self, other) {
            (Feature::Token(a) | Feature::Prefix(a), Feature::Prefix(b)) => a.starts_with(b.as_str()),
            (a, b) => a == b,
        }
    }
}

/// A feature that costs this much (see [`Feature::cost`]) is too common to filter anything: a
/// common word, a single letter.
const WEAK: f64 = 1.0;

fn is_word_byte(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// What a match of a word contains: the token that starts with its first run of ASCII word
/// characters, when the regex makes that run start a token (the word opens with `\b`, or a
/// non-word character it always matches precedes the run), and equals it when the regex makes
/// it end one too.
fn word_feature(word: &str) -> Option<Feature> {
    let (base, possessive) = split_possessive(word);
    let chars: Vec<char> = base.chars().collect();
    let i = chars.iter().position(|&c| is_word_byte(c))?;
    let opens = if i == 0 {
        // `\b` comes first only when the word starts with an alphanumeric character.
        chars[0].is_ascii_alphanumeric()
    } else {
        // A literal non-word character (not a wildcard, not an optional hyphen) right before.
        let c = chars[i - 1];
        !matches!(c, '*' | '-') && !folds_to_ascii(c)
    };
    if !opens {
        return None;
    }
    let run: String = chars[i..].iter().take_while(|&&c| is_word_byte(c)).collect();
    let end = i + run.chars().count();
    let closes = match chars.get(end) {
        // `\b` closes a word that ends with an alphanumeric character, unless `'s` may follow.
        None => !possessive && chars[end - 1].is_ascii_alphanumeric(),
        // A wildcard or an optional hyphen may continue the token.
        Some('*' | '-') => false,
        Some(&c) => !folds_to_ascii(c),
    };
    let run = run.to_ascii_lowercase();
    Some(if closes { Feature::Token(run) } else { Feature::Prefix(run) })
}

/// The features of the parties' names (see [`Parsed::requirement`]).
pub fn party_features(parties: &[&str]) -> Vec<Feature> {
    parties.iter().flat_map(|n| n.split_whitespace()).filter_map(word_feature).collect()
}

/// Non-ASCII characters whose `(?i)` case variants include an ASCII letter.
fn folds_to_ascii(c: char) -> bool {
    matches!(c, '\u{17f}' | '\u{212a}')
}

fn seq_features(items: &[Item], parties: &[&str]) -> Vec<Vec<Feature>> {
    items.iter().flat_map(|it| item_features(it, parties)).collect()
}

fn item_features(item: &Item, parties: &[&str]) -> Vec<Vec<Feature>> {
    let prefixes = |ps: &[&str]| ps.iter().map(|p| Feature::Prefix(p.to_string())).collect::<Vec<_>>();
    match item {
        Item::Word(w) => word_feature(w).map(|f| vec![vec![f]]).unwrap_or_default(),
        Item::Alt(alternatives) => any_of(alternatives.iter().map(|a| seq_features(a, parties)).collect()),
        Item::Optional(_) | Item::Gap(_) => Vec::new(),
        // YEAR_RE: a token of four digits starting with 19 or 20.
        Item::Slot(Slot::Year) => vec![prefixes(&["19", "20"])],
        // AMOUNT_RE: a `$`, or "dollars" or "USD" after a space.
        Item::Slot(Slot::Amount) => {
            vec![vec![Feature::Byte(b'$'), Feature::Token("dollars".into()), Feature::Token("usd".into())]]
        }
        // PERCENT_RE: a token that starts with a digit.
        Item::Slot(Slot::Percent) => vec![prefixes(&["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])],
        // The party regex: the words of a name, each a word_regex, after spaces.
        Item::Slot(Slot::From | Slot::To) => any_of(
            parties
                .iter()
                .map(|name| {
                    name.split_whitespace()
                        .filter_map(|w| word_feature(w.trim_end_matches("'s")))
                        .map(|f| vec![f])
                        .collect()
                })
                .collect(),
        ),
    }
}

/// What a match of one of the alternatives contains: a single choice, made of a feature common
/// to all of them or of each alternative's most selective choice, whichever is rarer.
fn any_of(alternatives: Vec<Vec<Vec<Feature>>>) -> Vec<Vec<Feature>> {
    if alternatives.is_empty() || alternatives.iter().any(Vec::is_empty) {
        return Vec::new();
    }
    let choice_cost = |c: &[Feature]| c.iter().map(Feature::cost).sum::<f64>();
    let singles =
        |cnf: &Vec<Vec<Feature>>| cnf.iter().filter(|c| c.len() == 1).map(|c| c[0].clone()).collect::<Vec<_>>();
    let common = singles(&alternatives[0])
        .into_iter()
        .filter(|f| alternatives[1..].iter().all(|a| singles(a).contains(f)))
        .min_by(|a, b| a.cost().total_cmp(&b.cost()));
    let mut union: Vec<Feature> = alternatives
        .iter()
        .flat_map(|cnf| {
            cnf.iter().min_by(|a, b| choice_cost(a).total_cmp(&choice_cost(b))).cloned().unwrap_or_default()
        })
        .collect();
    minimize(&mut union);
    match common {
        Some(f) if f.cost() <= choice_cost(&union) => vec![vec![f]],
        _ => vec![union],
    }
}

/// Sorts a choice and drops the features that imply another one of it: a token "licence" has
/// the prefix "licen".
fn minimize(choice: &mut Vec<Feature>) {
    choice.sort();
    choice.dedup();
    let all = choice.clone();
    choice.retain(|f| !all.iter().any(|o| o != f && f.implies(o)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re(p: &str) -> regex::Regex {
        let party = party_regex(&["Microsoft", "OpenAI"]);
        let c = compile(p, Some(&party)).expect("compiles");
        regex::Regex::new(&format!("(?i){}", c.regex)).expect("valid regex")
    }

    fn finds<'a>(p: &str, text: &'a str) -> Option<&'a str> {
        re(p).find(text).map(|m| m.as_str())
    }

    #[test]
    fn words_hyphens_apostrophes_and_wildcards() {
        assert_eq!(finds("non-binding", "a non binding deal"), Some("non binding"));
        assert_eq!(finds("non-binding", "a nonbinding deal"), Some("nonbinding"));
        assert_eq!(finds("non-binding", "a Non-Binding deal"), Some("Non-Binding"));
        assert_eq!(finds("licen* to", "the licence to"), Some("licence to"));
        assert_eq!(finds("revenue share", "revenue-share"), Some("revenue-share"));
        assert_eq!(finds("OpenAI's IP", "OpenAI’s IP"), Some("OpenAI’s IP"));
        assert_eq!(finds("OpenAI's IP", "OpenAIs IP"), Some("OpenAIs IP"));
        assert_eq!(finds("OpenAI's IP", "OpenAI IP"), Some("OpenAI IP"));
        assert_eq!(finds("can't", "it can’t"), Some("can’t"));
        assert_eq!(finds("share", "shares"), None, "whole words only");
    }

    #[test]
    fn alternatives_optional_words_and_gaps() {
        assert_eq!(finds("(will|shall) [still] pay", "it will still pay"), Some("will still pay"));
        assert_eq!(finds("(will|shall) [still] pay", "it shall pay"), Some("shall pay"));
        assert_eq!(finds("pay [it]", "pay it"), Some("pay it"));
        assert_eq!(finds("pay [it]", "pay them"), Some("pay"));
        assert_eq!(
            finds("licen* ... through {year}", "license to OpenAI IP for models and products through 2032"),
            Some("license to OpenAI IP for models and products through 2032")
        );
        assert_eq!(finds("licen* ... through {year}", "license, which runs through 2032"), None);
        assert_eq!(
            finds("licen* ... through {year}", "a b c d e f g h i licen* x1 x2 x3 x4 x5 x6 x7 x8 x9 through 2032"),
            None
        );
    }

    #[test]
    fn slots_are_named_groups() {
        let r = re("{from} pays {to} ... share");
        let c = r.captures("OpenAI pays Microsoft a revenue share").expect("match");
        assert_eq!(&c["from"], "OpenAI");
        assert_eq!(&c["to"], "Microsoft");
        let r = re("stake of {percent}");
        assert_eq!(&r.captures("a stake of 27 percent").expect("m")["percent"], "27 percent");
        let r = re("commit* {amount} of Azure");
        assert_eq!(&r.captures("commits $250B of Azure").expect("m")["amount"], "$250B");
        assert_eq!(&r.captures("commits $250 billion of Azure").expect("m")["amount"], "$250 billion");
    }

    /// The regex built from the items is the regex the text parses to, structurally: matching
    /// cannot differ. Every shipped pattern, and the corners of the syntax.
    #[test]
    fn the_built_regex_is_the_parsed_regex() {
        let terms = crate::content::terms::parse(
            include_str!("../../tests/fixtures/terms.toml"),
            std::path::Path::new(crate::content::terms::FILE),
        )
        .expect("tests/fixtures/terms.toml is valid");
        let terms = crate::checks::Checker::new(&terms).expect("the rules compile");
        let party = crate::checks::rules::parties_regex(&terms.parties).expect("parties");
        let party_hir = party_hir(&party).expect("the parties' regex parses");
        let mut sources: Vec<&str> =
            terms.claims.iter().flat_map(|c| c.patterns.iter().chain(&c.unless)).map(|p| p.source.as_str()).collect();
        assert!(sources.len() > 100, "{}", sources.len());
        sources.extend([
            "[a] b",
            "a [b]",
            "[a]",
            "a ... [b] c",
            "a ... b [c]",
            "([a]|b c) [d e] f",
            "non-binding can't OpenAI's licen* $135bn U.S. café Ünion _x x_ -a a-",
            "{year} {amount} {percent}",
            "{from} ... {to} ... [{year}]",
            "((a|b) (c|[d])|e)",
            "ſ K k s",
        ]);
        for source in sources {
            let parsed = parse(source, true).expect(source);
            let text = format!("(?i){}", parsed.regex(&party));
            let expected = regex_syntax::Parser::new().parse(&text).expect("the regex text parses");
            assert_eq!(parsed.hir(Some(&party_hir)), expected, "{source}");
        }
    }

    /// Under `(?i)`, the only non-ASCII characters that match an ASCII letter are `ſ` (s) and
    /// the Kelvin sign (k): the prefilter reads tokens in ASCII and must skip text with them.
    #[test]
    fn only_two_non_ascii_characters_fold_to_ascii_letters() {
        let mut found = Vec::new();
        for c in ('a'..='z').chain('A'..='Z') {
            let mut cls = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            cls.try_case_fold_simple().expect("case tables");
            for r in cls.ranges() {
                found.extend((r.start()..=r.end()).filter(|x| !x.is_ascii()));
            }
        }
        found.sort_unstable();
        found.dedup();
        assert_eq!(found, vec!['\u{17f}', '\u{212a}']);
    }

    #[test]
    fn bad_patterns_say_what_is_wrong() {
        let party = party_regex(&["Microsoft"]);
        let err = |p: &str| compile(p, Some(&party)).expect_err(p);
        assert!(err("(a|b").contains("never closed"));
        assert!(err("a ]").contains("unexpected `]`"));
        assert!(err("{yaer}").contains("unknown slot `{yaer}`"));
        assert!(err("{year} to {year}").contains("appears twice"));
        assert!(err("... a").contains("both sides"));
        assert!(err("(a|)").contains("empty alternative"));
        assert!(compile("{from} x", None).expect_err("no parties").contains("[parties]"));
    }
}
