//! The pattern language of checks: phrases an editor writes, matched against a clause's tokens.
//!
//! A pattern is words separated by spaces, where
//!
//! - a word matches itself, ignoring case; it is tokenized like the text, so `OpenAI's` also
//!   matches "OpenAI" and "OpenAIs", `non-binding` matches "non-binding", "non binding" and
//!   "nonbinding", and `微软` the two characters; a `*` at the end stands for any ending
//!   (`licen*`), at the start for any beginning (`*n't`); a Korean word matches a word that
//!   starts with it (particles are written onto words);
//! - `(a|b c)` is one of the alternatives and `[word]` is optional;
//! - `...` is a gap of up to eight words (a Chinese or Japanese character counts a third of one)
//!   that never crosses `,` `;` `:` or brackets, and `..` one of up to three;
//! - `{year}`, `{amount}`, `{percent}`, `{from}` and `{to}` are the slots a claim's value is read
//!   from (`{from}` and `{to}` match the parties' names); any other `{name}` stands for the
//!   phrases of the vocabulary `name` (`[vocab]` in terms.toml);
//! - ` & ` joins phrases that must all match in the clause, in any order.
//!
//! Matching is backtracking over at most a clause of tokens, with a step budget, so that no
//! pattern, however written, costs more than a bound.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::token::{Kind, Token, WORD_HASH_START, plain_word_norms, tokenize_all, word_hash, word_hash_step};
use super::value::{self, Lang};

/// Where a claim's value is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    Year,
    Amount,
    Percent,
    From,
    To,
    /// The end of a period, as a year: "through 2032", "for the next six years".
    End,
    /// A date: "April 27, 2026", "October 2025".
    Date,
}

impl Slot {
    pub fn name(self) -> &'static str {
        match self {
            Slot::Year => "year",
            Slot::Amount => "amount",
            Slot::Percent => "percent",
            Slot::From => "from",
            Slot::To => "to",
            Slot::End => "end",
            Slot::Date => "date",
        }
    }

    fn parse(name: &str) -> Option<Slot> {
        Some(match name {
            "year" => Slot::Year,
            "amount" => Slot::Amount,
            "percent" => Slot::Percent,
            "from" => Slot::From,
            "to" => Slot::To,
            "end" => Slot::End,
            "date" => Slot::Date,
            _ => return None,
        })
    }
}

/// One token of a pattern word; an exact word keeps its [`word_hash`], compared first.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Exact(String, u64),
    Prefix(String),
    Suffix(String),
}

impl Tok {
    fn exact(word: String) -> Tok {
        let h = word_hash(&word);
        Tok::Exact(word, h)
    }

    #[inline]
    fn matches(&self, t: &Token) -> bool {
        match self {
            Tok::Exact(s, h) => {
                (t.hash == *h && t.norm == *s) || (t.kind == Kind::Hangul && t.norm.starts_with(s.as_str()))
            }
            Tok::Prefix(s) => t.norm.starts_with(s.as_str()),
            Tok::Suffix(s) => t.norm.ends_with(s.as_str()),
        }
    }

    fn text(&self) -> &str {
        match self {
            Tok::Exact(s, _) | Tok::Prefix(s) | Tok::Suffix(s) => s,
        }
    }

    /// The hash an exact word's token has; a prefix or a suffix matches words of any hash.
    fn hash(&self) -> Option<u64> {
        match self {
            Tok::Exact(_, h) => Some(*h),
            Tok::Prefix(_) | Tok::Suffix(_) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    /// A word: its tokens in a row; `joined` is the one-token spelling of a hyphenated word
    /// ("nonbinding" for `non-binding`); `possessive` when written with `'s`.
    Word {
        toks: Vec<Tok>,
        joined: Option<(String, u64)>,
        possessive: bool,
    },
    /// Alternatives; a vocabulary's are parsed once and shared by every pattern naming it.
    Alt(Arc<Alts>),
    Optional(Vec<Node>),
    /// `...`: up to eight words; `..`: up to three.
    Gap(u32),
    /// A slot; `true` when written `{from}'s`: the name must be possessive.
    Slot(Slot, bool),
}

/// Alternatives, with what [`node_keys`], [`node_need`] and [`seq_firsts`] say of them worked
/// out once, on first need: a vocabulary shared by hundreds of patterns is not walked again for
/// each, and one only patterns of a language no article is in name is never walked.
#[derive(Debug, Clone)]
struct Alts {
    seqs: Vec<Vec<Node>>,
    /// What [`collect_slots`] says of them (parsing asks it of every pattern).
    slots: Vec<Slot>,
    /// Per alternative led by a word whose first token is exact, that token's hash and the hash
    /// of its one-token spelling: the matcher passes over an alternative no token at the
    /// position can start (a vocabulary's tens of phrases) without trying it. Worked out when
    /// the matcher first reaches them.
    heads: OnceLock<Vec<Option<Head>>>,
    /// Each worked out on its own first need: most vocabularies never lead a pattern, and
    /// their first words are never asked.
    keys: OnceLock<Option<Vec<Key>>>,
    need: OnceLock<Option<Arc<Need>>>,
    firsts: OnceLock<Option<Vec<First>>>,
}

/// An alternative's first exact token by its hash, and its one-token spelling's hash if any.
type Head = (u64, Option<u64>);

impl PartialEq for Alts {
    fn eq(&self, other: &Alts) -> bool {
        self.seqs == other.seqs // the rest follows from them
    }
}

impl Eq for Alts {}

impl Alts {
    fn new(seqs: Vec<Vec<Node>>) -> Alts {
        // A slot in one alternative is a slot of the pattern.
        let mut slots = Vec::new();
        for a in &seqs {
            let mut x = Vec::new();
            collect_slots(a, &mut x);
            for s in x {
                if !slots.contains(&s) {
                    slots.push(s);
                }
            }
        }
        Alts {
            seqs,
            slots,
            heads: OnceLock::new(),
            keys: OnceLock::new(),
            need: OnceLock::new(),
            firsts: OnceLock::new(),
        }
    }

    fn heads(&self) -> &[Option<Head>] {
        self.heads.get_or_init(|| {
            self.seqs
                .iter()
                .map(|a| match a.first() {
                    Some(Node::Word { toks, joined, .. }) => match toks.first() {
                        Some(Tok::Exact(_, h)) => Some((*h, joined.as_ref().map(|(_, j)| *j))),
                        _ => None,
                    },
                    _ => None,
                })
                .collect()
        })
    }

    fn keys(&self) -> Option<&[Key]> {
        self.keys.get_or_init(|| alts_keys(&self.seqs)).as_deref()
    }

    fn need(&self) -> Option<&Arc<Need>> {
        self.need.get_or_init(|| alts_need(&self.seqs).map(Arc::new)).as_ref()
    }

    fn firsts(&self) -> Option<&Vec<First>> {
        self.firsts.get_or_init(|| alts_firsts(&self.seqs)).as_ref()
    }
}

/// What a literal requirement of a pattern is: every match contains one of a part's keys. A
/// key is kept as [`Present`] looks it up, an exact word, a prefix or a suffix by its
/// [`word_hash`] (a suffix's bytes hashed from the end), with how many characters its word has
/// (up to eight, what [`score`] reads): no string is copied or hashed again while the patterns'
/// keys are worked out, compiled into a [`KeyTable`] or asked of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Exact(u64, u8),
    Prefix(u64, u8),
    Suffix(u64, u8),
    Number,
    Party,
}

/// How many characters `s` has, up to eight.
fn chars8(s: &str) -> u8 {
    s.chars().take(8).count() as u8
}

/// The hash a suffix is looked up by: its bytes from the end.
fn suffix_hash(s: &str) -> u64 {
    s.bytes().rev().fold(WORD_HASH_START, word_hash_step)
}

impl Key {
    pub fn exact(s: &str) -> Key {
        Key::Exact(word_hash(s), chars8(s))
    }

    pub fn prefix(s: &str) -> Key {
        Key::Prefix(word_hash(s), chars8(s))
    }

    pub fn suffix(s: &str) -> Key {
        Key::Suffix(suffix_hash(s), chars8(s))
    }

    /// The key of a pattern token: an exact word's hash is the one it keeps.
    fn of_tok(t: &Tok) -> Key {
        match t {
            Tok::Exact(w, h) => Key::Exact(*h, chars8(w)),
            Tok::Prefix(p) => Key::prefix(p),
            Tok::Suffix(p) => Key::suffix(p),
        }
    }
}

/// A compiled pattern: the parts joined by ` & `, each a sequence of nodes.
#[derive(Debug, Clone)]
pub struct Phrase {
    parts: Vec<Vec<Node>>,
    pub slots: Vec<Slot>,
    /// What the index and the matcher ask of the parts, worked out on first need: the patterns
    /// of a language no article is in are parsed (their mistakes reported), never asked.
    derived: OnceLock<Derived>,
    /// Per part, what its first token can be (`None`: anything), so that a start no match can
    /// begin at is skipped without running the matcher: worked out when the matcher first
    /// runs on the phrase (most phrases a clause's index asks about never reach it).
    firsts: OnceLock<Vec<Option<Firsts>>>,
}

impl PartialEq for Phrase {
    fn eq(&self, other: &Phrase) -> bool {
        self.parts == other.parts && self.slots == other.slots // the rest follows from them
    }
}

impl Eq for Phrase {}

#[derive(Debug, Clone)]
struct Derived {
    /// Per part, keys one of which every match of the part contains (empty: no requirement).
    keys: Vec<Vec<Key>>,
    /// The words a match needs (every part, every word that is not optional, all the words
    /// of one alternative): a stricter test than `keys`, so that most patterns never run the
    /// matcher on a clause.
    need: Option<Need>,
    /// The sets of keys a [`KeyTable`] test leads with, worked out when first compiled (or
    /// prepared, on the index's two threads): most of compiling a test, and of no other use.
    leads: OnceLock<Leads>,
}

/// A test's lead and second set of keys ([`KeyTable::compile`]): the most selective of the
/// parts' sets of keys (its place in [`Derived::keys`]), and the most selective other set
/// among those and the sets the words a match needs make.
#[derive(Debug, Clone)]
struct Leads {
    lead: Option<usize>,
    second: Option<Vec<Key>>,
}

impl Derived {
    fn of(parts: &[Vec<Node>]) -> Derived {
        let keys: Vec<Vec<Key>> = parts.iter().map(|p| seq_keys(p)).collect();
        let need = Need::all(parts.iter().filter_map(|p| seq_need(p)).collect());
        Derived { keys, need, leads: OnceLock::new() }
    }

    fn leads(&self) -> &Leads {
        self.leads.get_or_init(|| {
            let lead = self.keys.iter().enumerate().filter(|(_, k)| !k.is_empty()).max_by_key(|(_, k)| score(k));
            // A second set of keys one of which the test needs, the most selective after the
            // lead among the parts' keys and the sets the words a match needs make ("exclusive"
            // and "cloud" of "{microsoft} … exclusive cloud"): a word soup that names the parties
            // in every sentence holds the lead of a hundred patterns a clause, of which two pass.
            let mut sets: Vec<Vec<Key>> = self.keys.iter().filter(|k| !k.is_empty()).cloned().collect();
            if let Some(n) = &self.need {
                need_sets(n, &mut sets);
            }
            let second =
                sets.into_iter().filter(|set| lead.is_none_or(|(_, l)| !same_keys(l, set))).max_by_key(|k| score(k));
            Leads { lead: lead.map(|(i, _)| i), second }
        })
    }
}

/// What a match needs among a clause's words: a key, all of some, or any of some.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    Key(Key),
    All(Vec<Need>),
    Any(Vec<Need>),
    /// What alternatives need, shared by the patterns that name their vocabulary.
    Shared(Arc<Need>),
}

impl Need {
    fn all(mut v: Vec<Need>) -> Option<Need> {
        match v.len() {
            0 => None,
            1 => v.pop(),
            _ => Some(Need::All(v)),
        }
    }

    /// Whether `has` says the clause holds what this needs.
    pub fn holds(&self, has: &impl Fn(&Key) -> bool) -> bool {
        match self {
            Need::Key(k) => has(k),
            Need::All(v) => v.iter().all(|n| n.holds(has)),
            Need::Any(v) => v.iter().any(|n| n.holds(has)),
            Need::Shared(n) => n.holds(has),
        }
    }
}

/// What the first token of a match of a part can be: `all`, and the same split for a quick
/// test, the hashes of its exact words sorted and the others.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Firsts {
    all: Vec<First>,
    exact: Vec<u64>,
    other: Vec<First>,
}

impl Firsts {
    fn new(all: Vec<First>) -> Firsts {
        let mut exact = Vec::new();
        let mut other = Vec::new();
        for f in &all {
            match f {
                First::Tok(Tok::Exact(_, h)) | First::Joined(_, h) => exact.push(*h),
                _ => other.push(f.clone()),
            }
        }
        exact.sort_unstable();
        exact.dedup();
        Firsts { all, exact, other }
    }

    /// Whether a match can begin at token `at`. The hashes may admit a start no word does
    /// (two words of one hash), never refuse one: the matcher decides.
    #[inline]
    fn admit(&self, toks: &[Token], at: usize, parties: &Parties) -> bool {
        if toks[at].kind == Kind::Hangul {
            return self.all.iter().any(|f| f.admits(toks, at, parties)); // exact words by prefix
        }
        self.exact.binary_search(&toks[at].hash).is_ok() || self.other.iter().any(|f| f.admits(toks, at, parties))
    }
}

/// What the first token of a match can be.
#[derive(Debug, Clone, PartialEq, Eq)]
enum First {
    Tok(Tok),
    /// The one-token spelling of a hyphenated word, and its hash.
    Joined(String, u64),
    Party,
}

impl First {
    fn admits(&self, toks: &[Token], at: usize, parties: &Parties) -> bool {
        match self {
            First::Tok(t) => t.matches(&toks[at]),
            First::Joined(j, h) => toks[at].hash == *h && toks[at].norm == *j,
            First::Party => parties.at(toks, at).is_some(),
        }
    }
}

/// What the first token of a match of `seq` can be; `None` when anything can start it (an
/// optional or a slot whose spelling is free).
fn seq_firsts(seq: &[Node]) -> Option<Vec<First>> {
    match seq.first()? {
        Node::Word { toks, joined, .. } => {
            let mut out = vec![First::Tok(toks.first()?.clone())];
            out.extend(joined.iter().map(|(j, h)| First::Joined(j.clone(), *h)));
            Some(out)
        }
        Node::Alt(alts) => alts.firsts().cloned(),
        Node::Slot(Slot::From | Slot::To, _) => Some(vec![First::Party]),
        // With the optional words, their first; without them, the first of what follows.
        Node::Optional(inner) => {
            let mut out = seq_firsts(inner)?;
            out.extend(seq_firsts(&seq[1..])?);
            Some(out)
        }
        Node::Slot(..) | Node::Gap(_) => None,
    }
}

fn alts_firsts(alts: &[Vec<Node>]) -> Option<Vec<First>> {
    let mut out = Vec::new();
    for a in alts {
        out.extend(seq_firsts(a)?);
    }
    Some(out)
}

/// The parties' names, tokenized, for `{from}` and `{to}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    names: Vec<(String, Vec<Tok>)>,
    /// The hashes of the exact words that start names, sorted, each with the names (positions
    /// in `names`, in order) a token of that hash may start: those it starts and those starting
    /// with a prefix (`Softwarekonzern*`). A token is compared with these names only, not with
    /// the hundreds of spellings (the clause index and the matcher ask this of every token).
    firsts: Vec<(u64, Vec<u32>)>,
    /// The names whose first token is a prefix or a suffix: those a token of any other hash may
    /// start.
    loose: Vec<u32>,
    /// Every party's names in the order written (`names` is sorted longest first).
    written: Vec<(String, Vec<Tok>)>,
    /// Per name (as `names`), the hash of its second token when that is an exact word: a name
    /// ("the Redmond giant" among the tens that start with "the") is compared only where the
    /// next token has that hash (or is Korean, which an exact word matches by its start).
    seconds: Vec<Option<u64>>,
    /// The parties that have a name, sorted: a direction's reading asks for them at every
    /// match, and sorting hundreds of names each time was 1% of the seed digest's build.
    ids: Vec<String>,
    /// The first bytes of the `loose` names' first prefixes and the last bytes of their first
    /// suffixes, as bit sets: a token that starts and ends with none of them starts no loose
    /// name, and is not compared with each ("Softwarekonzern*" with every word of a clause).
    loose_heads: [u64; 4],
    loose_tails: [u64; 4],
}

/// Whether byte `b` is in the bit set `set`.
fn byte_in(set: &[u64; 4], b: u8) -> bool {
    set[usize::from(b >> 6)] & (1 << (b & 63)) != 0
}

impl Parties {
    pub fn new(parties: &BTreeMap<String, Vec<String>>) -> Parties {
        let mut names = Vec::new();
        for (party, list) in parties {
            for name in std::iter::once(party).chain(list).flat_map(|n| spellings(n)) {
                let toks = name_toks(&name);
                if !toks.is_empty() {
                    names.push((party.clone(), toks));
                }
            }
        }
        let written = names.clone();
        // Longest names first: "OpenAI Group PBC" before "OpenAI".
        names.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
        let mut firsts: Vec<(u64, Vec<u32>)> = Vec::new();
        let mut loose = Vec::new();
        for (i, (_, toks)) in names.iter().enumerate() {
            match toks.first().and_then(Tok::hash) {
                Some(h) => match firsts.iter_mut().find(|(f, _)| *f == h) {
                    Some((_, at)) => at.push(i as u32),
                    None => firsts.push((h, vec![i as u32])),
                },
                None => loose.push(i as u32),
            }
        }
        for (_, at) in &mut firsts {
            at.extend(&loose);
            at.sort_unstable(); // the names' order: longest first
        }
        firsts.sort_unstable_by_key(|(h, _)| *h);
        let seconds = names.iter().map(|(_, toks)| toks.get(1).and_then(Tok::hash)).collect();
        let mut ids: Vec<String> = names.iter().map(|(p, _)| p.clone()).collect();
        ids.sort_unstable();
        ids.dedup();
        let (mut loose_heads, mut loose_tails) = ([0u64; 4], [0u64; 4]);
        let add = |set: &mut [u64; 4], b: Option<&u8>| match b {
            Some(&b) => set[usize::from(b >> 6)] |= 1 << (b & 63),
            // An empty prefix or suffix starts any word.
            None => *set = [u64::MAX; 4],
        };
        for &n in &loose {
            match names[n as usize].1.first() {
                Some(Tok::Prefix(p)) => add(&mut loose_heads, p.as_bytes().first()),
                Some(Tok::Suffix(p)) => add(&mut loose_tails, p.as_bytes().last()),
                // An exact word has a hash: its name is not loose.
                Some(Tok::Exact(..)) | None => {}
            }
        }
        Parties { names, firsts, loose, written, seconds, ids, loose_heads, loose_tails }
    }

    /// The first name of `party`, as the parties list writes them, whose every character is in
    /// `script` ("微软" of Microsoft's for Chinese characters, "マイクロソフト" for katakana): the
    /// words of that name, none if the list has no such name.
    pub fn own_name(&self, party: &str, script: fn(char) -> bool) -> Option<Vec<&str>> {
        self.written
            .iter()
            .find(|(p, toks)| {
                p == party && toks.iter().all(|t| matches!(t, Tok::Exact(..)) && t.text().chars().all(script))
            })
            .map(|(_, toks)| toks.iter().map(Tok::text).collect())
    }

    /// The party named at token `at`, and where its name ends.
    pub fn at(&self, toks: &[Token], at: usize) -> Option<(&str, usize)> {
        let t = toks.get(at)?;
        let matches = |n: usize| {
            let (party, name) = &self.names[n];
            let end = at + name.len();
            if end > toks.len() {
                return None;
            }
            if let Some(h) = self.seconds[n]
                && toks[at + 1].hash != h
                && toks[at + 1].kind != Kind::Hangul
            {
                return None;
            }
            name.iter().zip(&toks[at..end]).all(|(p, t)| p.matches(t)).then_some((party.as_str(), end))
        };
        // A name's first exact word matches a token by hash (only the names it may start are
        // compared), a Korean word by its start (every name is).
        if t.kind == Kind::Hangul {
            return (0..self.names.len()).find_map(matches);
        }
        let candidates = match self.firsts.binary_search_by_key(&t.hash, |(h, _)| *h) {
            Ok(i) => &self.firsts[i].1,
            Err(_) => {
                let b = t.norm.as_bytes();
                if !b.first().is_some_and(|&f| byte_in(&self.loose_heads, f))
                    && !b.last().is_some_and(|&l| byte_in(&self.loose_tails, l))
                {
                    return None;
                }
                &self.loose
            }
        };
        candidates.iter().find_map(|&n| matches(n as usize))
    }

    pub fn first_tokens(&self) -> impl Iterator<Item = &str> {
        self.names.iter().filter_map(|(_, t)| t.first().map(Tok::text))
    }

    pub fn ids(&self) -> &[String] {
        &self.ids
    }
}

/// A party's name written with alternatives and options ("(el|la) creadora de ChatGPT",
/// "[der] Windows-Konzern*"), as every spelling it stands for: names are matched token by token,
/// and read literally the brackets matched nothing.
fn spellings(name: &str) -> Vec<String> {
    raw_spellings(name).iter().map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

fn raw_spellings(name: &str) -> Vec<String> {
    let Some(open) = name.find(['(', '[']) else {
        return vec![name.to_string()];
    };
    let close = if name[open..].starts_with('(') { ')' } else { ']' };
    let Some(len) = name[open..].find(close) else {
        return vec![name.to_string()];
    };
    let (head, inner, tail) = (&name[..open], &name[open + 1..open + len], &name[open + len + 1..]);
    let mut choices: Vec<&str> = inner.split('|').collect();
    if close == ']' {
        choices.push("");
    }
    let mut out = Vec::new();
    for c in choices {
        for rest in raw_spellings(tail) {
            out.push(format!("{head}{c}{rest}"));
        }
    }
    out
}

/// A spelling's tokens; a word ending in `*` matches as a prefix ("Windows-Konzern*" reads
/// "Windows-Konzerns").
fn name_toks(name: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    for word in name.split_whitespace() {
        let stem = word.strip_suffix('*');
        let mut these: Vec<Tok> = tokenize_all(stem.unwrap_or(word)).into_iter().map(|t| Tok::exact(t.norm)).collect();
        if stem.is_some()
            && let Some(last) = these.pop()
        {
            these.push(Tok::Prefix(last.text().to_string()));
        }
        toks.extend(these);
    }
    toks
}

/// How a pattern may be written wrong, for the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError(pub String);

/// The vocabularies a pattern may name, as their phrases.
pub type Vocab = BTreeMap<String, Vec<String>>;

/// How deep `( )`, `[ ]` and vocabularies may nest: deeper is a mistake, and recursion past it
/// would risk the stack.
const MAX_DEPTH: usize = 12;
/// How many steps one match may take before it is given up (a bound, not a limit any sensible
/// pattern reaches).
const BUDGET: u32 = 20_000;
/// A gap's length, in thirds of a word: `...` and `..`.
const GAP_UNITS: u32 = 8 * 3;
const SHORT_GAP_UNITS: u32 = 3 * 3;

/// Parses a pattern. `vocab` gives the phrases of `{name}`s.
pub fn parse(pattern: &str, vocab: &Vocab) -> Result<Phrase, PatternError> {
    parse_shared(pattern, vocab, &Parsed::default())
}

/// Vocabularies whose phrases are parsed once, when a pattern first names them, and then shared
/// by every pattern naming them: parsing each vocabulary again for each of a thousand patterns
/// was most of the cost of compiling the rules, and copying it most of their memory.
#[derive(Debug)]
pub struct Vocabularies<'a> {
    phrases: &'a Vocab,
    parsed: Parsed,
}

impl<'a> Vocabularies<'a> {
    pub fn new(phrases: &'a Vocab) -> Vocabularies<'a> {
        Vocabularies { phrases, parsed: Parsed::default() }
    }

    /// [`parse`]: the same phrase, or the same error.
    pub fn parse(&self, pattern: &str) -> Result<Phrase, PatternError> {
        parse_shared(pattern, self.phrases, &self.parsed)
    }

    pub fn phrases(&self) -> &'a Vocab {
        self.phrases
    }
}

/// The vocabularies parsed so far (a vocabulary that failed to parse is not kept), shared by
/// the threads that parse the rules' patterns on both cores.
#[derive(Debug, Default)]
struct Parsed {
    vocabs: std::sync::Mutex<HashMap<String, ParsedVocab>>,
}

impl Parsed {
    fn vocabs(&self) -> std::sync::MutexGuard<'_, HashMap<String, ParsedVocab>> {
        // A thread that panicked while holding the lock left the map whole: inserts are single.
        self.vocabs.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A vocabulary parsed, and how deep its brackets and vocabularies nest (what the limits on
/// depth ask of the place it is named at).
#[derive(Debug)]
struct ParsedVocab {
    alts: Arc<Alts>,
    depth: usize,
    nest: usize,
}

/// [`parse`] with the vocabularies in `parsed` shared, and those parsed added to it.
fn parse_shared(pattern: &str, vocab: &Vocab, parsed: &Parsed) -> Result<Phrase, PatternError> {
    let mut parts = Vec::new();
    for part in pattern.split(" & ") {
        let mut p = Parser { src: part, pos: 0, vocab, depth: 0, expanding: Vec::new(), parsed, peak: (0, 0) };
        let nodes = p.seq(false)?;
        p.skip_space();
        if p.pos < p.src.len() {
            return Err(PatternError(format!("unexpected `{}`", &p.src[p.pos..])));
        }
        if nodes.is_empty() {
            return Err(PatternError("an empty phrase".into()));
        }
        if matches!(nodes.first(), Some(Node::Gap(_))) || matches!(nodes.last(), Some(Node::Gap(_))) {
            return Err(PatternError("`...` must stand between words".into()));
        }
        parts.push(nodes);
    }
    let mut slots = Vec::new();
    for part in &parts {
        collect_slots(part, &mut slots);
    }
    let mut seen = HashSet::new();
    for s in &slots {
        if !seen.insert(*s) && !matches!(s, Slot::From | Slot::To) {
            return Err(PatternError(format!("the slot {{{}}} appears twice", s.name())));
        }
    }
    slots.sort();
    slots.dedup();
    Ok(Phrase { parts, slots, derived: OnceLock::new(), firsts: OnceLock::new() })
}

fn collect_slots(nodes: &[Node], out: &mut Vec<Slot>) {
    for n in nodes {
        match n {
            Node::Slot(s, _) => out.push(*s),
            Node::Alt(alts) => out.extend(alts.slots.iter().copied()),
            Node::Optional(seq) => collect_slots(seq, out),
            _ => {}
        }
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    vocab: &'a Vocab,
    depth: usize,
    expanding: Vec<String>,
    parsed: &'a Parsed,
    /// The deepest `depth` and `expanding.len()` reached.
    peak: (usize, usize),
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while self.src[self.pos..].starts_with(' ') {
            self.pos += 1;
        }
    }

    /// A sequence, up to `|`, `)` or `]` (inside brackets) or the end.
    fn seq(&mut self, inner: bool) -> Result<Vec<Node>, PatternError> {
        let mut out = Vec::new();
        loop {
            self.skip_space();
            let rest = &self.src[self.pos..];
            let Some(c) = rest.chars().next() else { break };
            match c {
                '|' | ')' | ']' if inner => break,
                '|' | ')' | ']' => return Err(PatternError(format!("unmatched `{c}`"))),
                '(' | '[' => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(PatternError(format!("brackets nest deeper than {MAX_DEPTH}")));
                    }
                    self.peak.0 = self.peak.0.max(self.depth);
                    self.pos += 1;
                    let mut alts = vec![self.seq(true)?];
                    while self.src[self.pos..].starts_with('|') {
                        self.pos += 1;
                        alts.push(self.seq(true)?);
                    }
                    let close = if c == '(' { ')' } else { ']' };
                    if !self.src[self.pos..].starts_with(close) {
                        return Err(PatternError(format!("`{c}` is not closed by `{close}`")));
                    }
                    self.pos += 1;
                    self.depth -= 1;
                    if alts.iter().any(Vec::is_empty) {
                        return Err(PatternError(format!("an empty alternative in `{c}…{close}`")));
                    }
                    let node = Node::Alt(Arc::new(Alts::new(alts)));
                    out.push(if c == '[' { Node::Optional(vec![node]) } else { node });
                }
                '{' => {
                    let Some(close) = rest.find('}') else {
                        return Err(PatternError("`{` is not closed by `}`".into()));
                    };
                    let name = &rest[1..close];
                    self.pos += close + 1;
                    if let Some(slot) = Slot::parse(name) {
                        // `{from}'s`: the party's name in the possessive.
                        let rest = &self.src[self.pos..];
                        let possessive = rest.starts_with("'s") || rest.starts_with("’s");
                        if possessive {
                            self.pos += if rest.starts_with("'s") { 2 } else { "’s".len() };
                        }
                        out.push(Node::Slot(slot, possessive));
                    } else {
                        out.push(self.vocab_node(name)?);
                    }
                }
                _ if rest.starts_with("..") => {
                    let long = rest.starts_with("...");
                    self.pos += if long { 3 } else { 2 };
                    if matches!(out.last(), Some(Node::Gap(_))) {
                        return Err(PatternError("two gaps in a row".into()));
                    }
                    out.push(Node::Gap(if long { GAP_UNITS } else { SHORT_GAP_UNITS }));
                }
                _ => {
                    let end = rest.find([' ', '(', ')', '[', ']', '|', '{']).unwrap_or(rest.len());
                    let word = &rest[..end];
                    self.pos += end;
                    out.push(word_node(word)?);
                }
            }
        }
        Ok(out)
    }

    fn vocab_node(&mut self, name: &str) -> Result<Node, PatternError> {
        let Some(phrases) = self.vocab.get(name) else {
            let known: Vec<&str> = self.vocab.keys().map(String::as_str).collect();
            return Err(PatternError(format!(
                "unknown `{{{name}}}`: the slots are {{year}} {{amount}} {{percent}} {{from}} {{to}}; the vocabularies: {}",
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            )));
        };
        if self.expanding.iter().any(|n| n == name) {
            return Err(PatternError(format!("the vocabulary `{name}` names itself")));
        }
        if self.expanding.len() >= MAX_DEPTH {
            return Err(PatternError("vocabularies nest too deeply".into()));
        }
        // Parsed before and within the limits here: a vocabulary that parsed names no vocabulary
        // being expanded (that would be a cycle of its own), so only the depths can differ.
        let (depth, nest) = (self.depth, self.expanding.len());
        if let Some((alts, v_depth, v_nest)) = self.parsed.vocabs().get(name).map(|v| (v.alts.clone(), v.depth, v.nest))
            && depth + v_depth <= MAX_DEPTH
            && nest + v_nest <= MAX_DEPTH
        {
            self.peak = (self.peak.0.max(depth + v_depth), self.peak.1.max(nest + v_nest));
            return Ok(Node::Alt(alts));
        }
        self.expanding.push(name.to_string());
        let mut peak = (depth, nest + 1);
        let mut alts = Vec::new();
        for phrase in phrases {
            let mut p = Parser {
                src: phrase,
                pos: 0,
                vocab: self.vocab,
                depth: self.depth,
                expanding: std::mem::take(&mut self.expanding),
                parsed: self.parsed,
                peak,
            };
            let seq = p.seq(false);
            peak = p.peak;
            self.expanding = p.expanding;
            let seq = seq.map_err(|e| PatternError(format!("in vocabulary `{name}`, `{phrase}`: {}", e.0)))?;
            if seq.iter().any(|n| matches!(n, Node::Slot(..))) {
                return Err(PatternError(format!("vocabulary `{name}` holds a slot; slots belong in patterns")));
            }
            if !seq.is_empty() {
                alts.push(seq);
            }
        }
        self.expanding.pop();
        if alts.is_empty() {
            return Err(PatternError(format!("the vocabulary `{name}` is empty")));
        }
        self.peak = (self.peak.0.max(peak.0), self.peak.1.max(peak.1));
        let alts = Arc::new(Alts::new(alts));
        let parsed = ParsedVocab { alts, depth: peak.0 - depth, nest: peak.1 - nest };
        // Another thread may have parsed it meanwhile: the first one kept is shared.
        let alts = self.parsed.vocabs().entry(name.to_string()).or_insert(parsed).alts.clone();
        Ok(Node::Alt(alts))
    }
}

fn word_node(word: &str) -> Result<Node, PatternError> {
    let (body, prefix, suffix) = match (word.strip_prefix('*'), word.strip_suffix('*')) {
        (Some(b), _) if !b.is_empty() => (b, false, true),
        (_, Some(b)) if !b.is_empty() => (b, true, false),
        _ if word == "*" => return Err(PatternError("`*` alone matches nothing".into())),
        _ => (word, false, false),
    };
    if body.contains('*') {
        return Err(PatternError(format!("`*` only at the start or end of a word: `{word}`")));
    }
    // A wildcard word matches one token by its start or end, as written: `*n't`, `licen*`.
    if suffix || prefix && !body.contains([' ', '-', '\'', '’']) {
        let mut norm = String::new();
        for c in body.chars() {
            norm.extend(c.to_lowercase());
        }
        let norm = norm.replace('’', "'");
        let tok = if prefix { Tok::Prefix(norm) } else { Tok::Suffix(norm) };
        return Ok(Node::Word { toks: vec![tok], joined: None, possessive: false });
    }
    // A plain word of ASCII letters is the one token it spells, lower-cased: most pattern words
    // are, and tokenizing each was a third of parsing the rules.
    if !prefix && !suffix && !body.is_empty() && body.bytes().all(|b| b.is_ascii_alphabetic()) {
        let toks = vec![Tok::exact(body.to_ascii_lowercase())];
        return Ok(Node::Word { toks, joined: None, possessive: false });
    }
    // Likewise a plain word of another script: its tokens without the tokenizer's general path.
    if !prefix
        && !suffix
        && let Some(norms) = plain_word_norms(body)
    {
        let toks = norms.into_iter().map(Tok::exact).collect();
        return Ok(Node::Word { toks, joined: None, possessive: false });
    }
    let tokens = tokenize_all(body);
    if tokens.is_empty() {
        return Err(PatternError(format!("`{word}` has no word in it")));
    }
    let n = tokens.len();
    let all_words = tokens.iter().all(|t| t.kind == Kind::Word);
    let hyphenated = n > 1 && all_words && tokens.iter().skip(1).all(|t| t.hyphen);
    let joined = hyphenated.then(|| {
        let j = tokens.iter().map(|t| t.norm.as_str()).collect::<String>();
        let h = word_hash(&j);
        (j, h)
    });
    let possessive = tokens.last().is_some_and(|t| t.possessive);
    let toks = tokens
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            if prefix && i == n - 1 {
                Tok::Prefix(t.norm)
            } else if suffix && i == 0 {
                Tok::Suffix(t.norm)
            } else {
                Tok::exact(t.norm)
            }
        })
        .collect();
    Ok(Node::Word { toks, joined, possessive })
}

/// Keys one of which every match of `seq` contains: the first mandatory word's, else a
/// mandatory alternative's first words.
fn seq_keys(seq: &[Node]) -> Vec<Key> {
    best_keys(seq).map(|k| k.keys().to_vec()).unwrap_or_default()
}

/// [`seq_keys`], borrowed: a vocabulary's keys are borrowed while compared, a word's kept in
/// place, copied only by the caller.
fn best_keys(seq: &[Node]) -> Option<NodeKeys<'_>> {
    let mut best: Option<(i64, NodeKeys<'_>)> = None;
    for n in seq {
        if let Some(k) = node_keys(n) {
            let s = score(k.keys());
            if best.as_ref().is_none_or(|(b, _)| s > *b) {
                best = Some((s, k));
            }
        }
    }
    best.map(|(_, k)| k)
}

/// A node's keys ([`node_keys`]): a word's one or two in place, or a vocabulary's, borrowed.
enum NodeKeys<'a> {
    Own([Key; 2], usize),
    Shared(&'a [Key]),
}

impl NodeKeys<'_> {
    fn keys(&self) -> &[Key] {
        match self {
            NodeKeys::Own(k, n) => &k[..*n],
            NodeKeys::Shared(k) => k,
        }
    }
}

/// How selective a key set is: long exact words beat short ones, words beat numbers and names.
pub fn score(keys: &[Key]) -> i64 {
    let each = |k: &Key| -> i64 {
        match k {
            Key::Exact(_, n) | Key::Prefix(_, n) | Key::Suffix(_, n) => i64::from(*n) * 10,
            Key::Number => 15,
            Key::Party => 5,
        }
    };
    keys.iter().map(each).min().unwrap_or(0) - keys.len() as i64
}

/// What a match of `seq` needs: what each of its mandatory nodes needs (`None`: nothing sure).
fn seq_need(seq: &[Node]) -> Option<Need> {
    need_all(seq.iter().filter_map(node_need))
}

/// [`Need::all`] of what `needs` yields, without a list for one need (most words are one
/// token, most alternatives one word).
fn need_all(mut needs: impl Iterator<Item = Need>) -> Option<Need> {
    let first = needs.next()?;
    let Some(second) = needs.next() else { return Some(first) };
    let mut v = vec![first, second];
    v.extend(needs);
    Some(Need::All(v))
}

/// What a match of `n` needs among the clause's words (`None`: nothing sure).
fn node_need(n: &Node) -> Option<Need> {
    match n {
        Node::Word { toks, joined, .. } => {
            // All its tokens (in a row), or its one-token spelling.
            let spelled = need_all(toks.iter().map(|t| Need::Key(Key::of_tok(t))))?;
            Some(match joined {
                Some((j, h)) => Need::Any(vec![spelled, Need::Key(Key::Exact(*h, chars8(j)))]),
                None => spelled,
            })
        }
        Node::Alt(alts) => alts.need().cloned().map(Need::Shared),
        Node::Slot(Slot::From | Slot::To, _) => Some(Need::Key(Key::Party)),
        Node::Slot(..) | Node::Optional(_) | Node::Gap(_) => None,
    }
}

fn alts_need(alts: &[Vec<Node>]) -> Option<Need> {
    let mut any = Vec::with_capacity(alts.len());
    for a in alts {
        any.push(seq_need(a)?);
    }
    Some(if any.len() == 1 { any.remove(0) } else { Need::Any(any) })
}

fn alts_keys(alts: &[Vec<Node>]) -> Option<Vec<Key>> {
    let mut out = Vec::new();
    for a in alts {
        match best_keys(a) {
            Some(k) if !k.keys().is_empty() => out.extend_from_slice(k.keys()),
            _ => return None,
        }
    }
    out.dedup();
    Some(out)
}

fn node_keys(n: &Node) -> Option<NodeKeys<'_>> {
    match n {
        Node::Word { toks, joined, .. } => {
            let t = toks.iter().max_by_key(|t| t.text().len())?;
            let key = match t {
                Tok::Exact(w, h) if toks.len() > 1 => Key::Prefix(*h, chars8(w)),
                t => Key::of_tok(t),
            };
            // A hyphenated word written as one ("nonbinding"): its longest part ("binding") does
            // not start that token, so the one-token spelling is a key of its own.
            Some(match joined {
                Some((j, h)) => NodeKeys::Own([key, Key::Exact(*h, chars8(j))], 2),
                None => NodeKeys::Own([key, Key::Party], 1),
            })
        }
        Node::Alt(alts) => alts.keys().map(NodeKeys::Shared),
        Node::Slot(Slot::Year | Slot::Amount | Slot::Percent, _) => Some(NodeKeys::Own([Key::Number, Key::Party], 1)),
        Node::Slot(Slot::End | Slot::Date, _) => None,
        Node::Slot(Slot::From | Slot::To, _) => Some(NodeKeys::Own([Key::Party, Key::Party], 1)),
        Node::Optional(_) | Node::Gap(_) => None,
    }
}

/// What the matcher needs besides the tokens.
pub struct Context<'a> {
    pub parties: &'a Parties,
    pub lang: Lang,
    /// The year of the article's stage: relative durations ("for the next six years") count
    /// from it.
    pub stage_year: i32,
}

/// A slot's reading in a match.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotMatch {
    pub slot: Slot,
    pub tokens: Range<usize>,
    /// The party for `{from}`/`{to}`.
    pub party: Option<String>,
    /// The amount in dollars for `{amount}`, thousandths of a point for `{percent}`, the year.
    pub number: Option<u64>,
    /// A relative end ("for the next six years"): the year is approximate.
    pub about: bool,
    /// An end past the year, no more precise ("into the 2030s").
    pub after: bool,
    /// The date read by `{date}`.
    pub date: Option<value::Value>,
}

/// A match of a phrase in a clause, in token indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub slots: Vec<SlotMatch>,
    /// The tokens the pattern spelled out (not a gap's): cue words among them do not count.
    pub spelled: Vec<Range<usize>>,
    /// The tokens its gaps (`...`) passed over.
    pub gaps: Vec<Range<usize>>,
}

impl Match {
    /// No words, at token `k`: a cue read outside the clause's tokens (a framing aside's) placed
    /// where it stood, so that it touches no word a pattern spelled.
    pub fn empty_at(k: usize) -> Match {
        Match { start: k, end: k, slots: Vec::new(), spelled: Vec::new(), gaps: Vec::new() }
    }

    pub fn is_spelled(&self, i: usize) -> bool {
        self.spelled.iter().any(|r| r.contains(&i))
    }

    pub fn slot(&self, s: Slot) -> Option<&SlotMatch> {
        self.slots.iter().find(|m| m.slot == s)
    }

    /// The token after the last one the match read (a word it spelled or a slot's value), and
    /// never before its end: where what follows the match begins.
    pub fn after_read(&self) -> usize {
        self.spelled
            .iter()
            .map(|r| r.end)
            .chain(self.slots.iter().map(|s| s.tokens.end))
            .max()
            .unwrap_or(self.end)
            .max(self.end)
    }
}

/// The state of one match attempt.
#[derive(Clone, Default)]
struct State {
    slots: Vec<SlotMatch>,
    spelled: Vec<Range<usize>>,
    gaps: Vec<Range<usize>>,
}

struct Matcher<'a, 'c> {
    toks: &'a [Token],
    ctx: &'a Context<'c>,
    steps: u32,
    /// The clause's index of `toks`, whose memo of `{end}` readings every pattern shares.
    present: Option<&'a Present<'a>>,
}

type Cont<'k> = &'k mut dyn FnMut(usize, &mut State, &mut Matcher) -> bool;

/// "Microsoft's stake went from 32.5% to 27%": the percentage after "from", with "to" and
/// another percentage after it, is where a change started, not the value the clause states.
fn starts_a_change(toks: &[Token], pos: usize, end: usize, lang: Lang) -> bool {
    pos > 0
        && toks[pos - 1].norm == "from"
        && toks.get(end).is_some_and(|t| t.norm == "to")
        && (end + 1..(end + 4).min(toks.len())).any(|j| value::percent_at(toks, j, lang).is_some())
}
impl Matcher<'_, '_> {
    /// A German compound's head after a hyphen (`Exklusivität` in `Azure-Exklusivität`, capital
    /// as nouns are) is a word of its own; elsewhere the second half of a hyphenated word is not
    /// (`exclusive` in `non-exclusive`, `exklusive` in `nicht-exklusive`).
    fn compound_head(&self, t: &Token) -> bool {
        t.capital && self.ctx.lang == Lang::De
    }

    /// Matches `seq[i..]` at token `pos`, calling `k` with each way it ends; stops when `k`
    /// returns true. `st` grows as the match goes and is restored on the way back (no copy per
    /// step: the matcher runs millions of steps in a large digest).
    fn seq(&mut self, seq: &[Node], i: usize, pos: usize, st: &mut State, k: Cont) -> bool {
        self.steps += 1;
        if self.steps > BUDGET {
            return true; // give up: the caller keeps what it has
        }
        let Some(node) = seq.get(i) else {
            return k(pos, st, self);
        };
        match node {
            Node::Word { toks, joined, possessive } => {
                let n = toks.len();
                // The second half of a hyphenated word ("exclusive" in "non-exclusive") is a word
                // only where the pattern spelled the first half too.
                if self.toks.get(pos).is_some_and(|t| t.hyphen && !self.compound_head(t))
                    && st.spelled.last().is_none_or(|r| r.end != pos)
                {
                    return false;
                }
                if pos + n <= self.toks.len()
                    && toks.iter().zip(&self.toks[pos..pos + n]).all(|(t, x)| t.matches(x))
                    && (!possessive || self.toks[pos + n - 1].possessive)
                {
                    st.spelled.push(pos..pos + n);
                    let done = self.seq(seq, i + 1, pos + n, st, k);
                    st.spelled.pop();
                    if done {
                        return true;
                    }
                }
                if let Some((j, h)) = joined
                    && self.toks.get(pos).is_some_and(|t| t.hash == *h && t.norm == *j && (!possessive || t.possessive))
                {
                    st.spelled.push(pos..pos + 1);
                    let done = self.seq(seq, i + 1, pos + 1, st, k);
                    st.spelled.pop();
                    return done;
                }
                false
            }
            Node::Alt(alts) => {
                // The token at `pos` by hash, where a word's first exact token can match only a
                // token of its hash (`None`: past the end; a Korean word matches by its start).
                let at = match self.toks.get(pos) {
                    None => Some(None),
                    Some(t) if t.kind == Kind::Hangul => None,
                    Some(t) => Some(Some(t.hash)),
                };
                for (alt, head) in alts.seqs.iter().zip(alts.heads()) {
                    // An alternative whose first word no token here spells fails at its first
                    // step, as trying it would (the step counted, so the budget runs out where
                    // it did).
                    if let (Some(at), Some((h, joined))) = (at, head)
                        && at.is_none_or(|x| x != *h && joined.is_none_or(|j| j != x))
                    {
                        self.steps += 1;
                        if self.steps > BUDGET {
                            return true;
                        }
                        continue;
                    }
                    let mut cont = |p: usize, s: &mut State, m: &mut Matcher| m.seq(seq, i + 1, p, s, &mut *k);
                    if self.seq(alt, 0, pos, st, &mut cont) {
                        return true;
                    }
                }
                false
            }
            Node::Optional(inner) => {
                // With the words first (a longer reading), then without.
                let mut cont = |p: usize, s: &mut State, m: &mut Matcher| m.seq(seq, i + 1, p, s, &mut *k);
                if self.seq(inner, 0, pos, st, &mut cont) {
                    return true;
                }
                self.seq(seq, i + 1, pos, st, k)
            }
            Node::Gap(limit) => {
                // Shortest first.
                let mut units = 0;
                let mut p = pos;
                loop {
                    let done = if p > pos {
                        st.gaps.push(pos..p);
                        let done = self.seq(seq, i + 1, p, st, k);
                        st.gaps.pop();
                        done
                    } else {
                        self.seq(seq, i + 1, p, st, k)
                    };
                    if done {
                        return true;
                    }
                    let Some(t) = self.toks.get(p) else { return false };
                    if matches!(t.kind, Kind::Punct { barrier: true }) {
                        return false;
                    }
                    units += t.gap_weight();
                    if units > *limit {
                        return false;
                    }
                    p += 1;
                }
            }
            Node::Slot(slot, possessive) => {
                if self.toks.get(pos).is_some_and(|t| t.hyphen) && st.spelled.last().is_none_or(|r| r.end != pos) {
                    return false;
                }
                let Some((end, m)) = self.slot(*slot, pos) else { return false };
                if *possessive && !self.toks[end - 1].possessive {
                    return false;
                }
                st.spelled.push(pos..end);
                st.slots.push(m);
                let done = self.seq(seq, i + 1, end, st, k);
                st.slots.pop();
                st.spelled.pop();
                done
            }
        }
    }

    fn slot(&self, slot: Slot, pos: usize) -> Option<(usize, SlotMatch)> {
        let toks = self.toks;
        toks.get(pos)?;
        let m = |end: usize, party: Option<String>, number: Option<u64>| {
            Some((end, SlotMatch { slot, tokens: pos..end, party, number, about: false, after: false, date: None }))
        };
        match slot {
            Slot::From | Slot::To => {
                let (party, end) = self.ctx.parties.at(toks, pos)?;
                m(end, Some(party.to_string()), None)
            }
            Slot::Year => {
                let y = value::year_at(toks, pos)?;
                m(pos + 1, None, Some(y as u64))
            }
            Slot::Percent => {
                let (end, milli) = value::percent_at(toks, pos, self.ctx.lang)?;
                if starts_a_change(toks, pos, end, self.ctx.lang) {
                    return None;
                }
                m(end, None, Some(milli))
            }
            Slot::Amount => {
                let (end, dollars) = value::amount_at(toks, pos, self.ctx.lang)?;
                m(end, None, Some(dollars))
            }
            Slot::End => {
                let read = || {
                    value::end_at(toks, pos, self.ctx.stage_year)
                        .map(|(e, y, a)| (e, y, a, false))
                        .or_else(|| value::after_at(toks, pos).map(|(e, y)| (e, y, false, true)))
                };
                let (end, year, about, after) = match self.present {
                    Some(p) => p.end_read(pos, self.ctx.stage_year, read),
                    None => read(),
                }?;
                Some((
                    end,
                    SlotMatch {
                        slot,
                        tokens: pos..end,
                        party: None,
                        number: Some(year as u64),
                        about,
                        after,
                        date: None,
                    },
                ))
            }
            Slot::Date => {
                let (end, date) = value::date_at(toks, pos, self.ctx.stage_year)?;
                Some((
                    end,
                    SlotMatch {
                        slot,
                        tokens: pos..end,
                        party: None,
                        number: None,
                        about: false,
                        after: false,
                        date: Some(date),
                    },
                ))
            }
        }
    }
}

impl Phrase {
    fn derived(&self) -> &Derived {
        self.derived.get_or_init(|| Derived::of(&self.parts))
    }

    fn firsts(&self) -> &[Option<Firsts>] {
        self.firsts.get_or_init(|| self.parts.iter().map(|p| seq_firsts(p).map(Firsts::new)).collect())
    }

    /// Works out now what the index and the matcher ask of the phrase (its keys, first words and
    /// needs), which is otherwise worked out on first need: so that two threads can share it.
    pub fn prepare(&self) {
        self.derived().leads();
    }

    /// Whether every part's keys, and every word a match needs, are among the clause's tokens
    /// (cheap; no match is tried).
    pub fn admits(&self, present: &Present) -> bool {
        let d = self.derived();
        d.keys.iter().all(|keys| keys.is_empty() || keys.iter().any(|k| present.has(k)))
            && d.need.as_ref().is_none_or(|n| n.holds(&|k| present.has(k)))
    }

    /// The matches of the pattern in `toks`: for each start, the shortest way to match, then
    /// only the tightest of matches that contain one another ("Microsoft retains a licence",
    /// not "OpenAI says Microsoft retains a licence").
    pub fn find(&self, toks: &[Token], ctx: &Context) -> Vec<Match> {
        self.find_in(toks, ctx, None)
    }

    /// Whether a match can start among tokens whose hashes are `words` (sorted; `hangul`: a
    /// Korean word is among them, which exact words match by its start): false when a part's
    /// first token must be one of some exact words and no token is any of them, or when an exact
    /// word every match needs ([`Phrase::admits`], its other keys taken as held) is missing:
    /// "the 2023 deal" is not looked for in every sentence with a "the".
    pub fn may_start_in(&self, words: &WordHashes) -> bool {
        if words.hangul {
            return true;
        }
        let has = |k: &Key| match *k {
            Key::Exact(h, _) => words.sorted.binary_search(&h).is_ok(),
            Key::Prefix(..) | Key::Suffix(..) | Key::Number | Key::Party => true,
        };
        let d = self.derived();
        self.firsts().iter().all(|f| {
            f.as_ref()
                .is_none_or(|f| !f.other.is_empty() || f.exact.iter().any(|h| words.sorted.binary_search(h).is_ok()))
        }) && d.keys.iter().all(|keys| keys.is_empty() || keys.iter().any(has))
            && d.need.as_ref().is_none_or(|n| n.holds(&has))
    }

    /// The match of [`Phrase::find`] that starts at the first token, if any, without matching
    /// at every other start: only a tighter match inside it (which [`Phrase::find`] would keep
    /// instead) can start before it ends.
    pub fn find_at_start(&self, toks: &[Token], ctx: &Context) -> Option<Match> {
        let ([part], [firsts]) = (&self.parts[..], self.firsts()) else {
            return self.find(toks, ctx).into_iter().find(|h| h.start == 0);
        };
        if toks.is_empty() {
            return None;
        }
        let mut matcher = Matcher { toks, ctx, steps: 0, present: None };
        let admit = |start: usize| firsts.as_ref().is_none_or(|f| f.admit(toks, start, ctx.parties));
        if !admit(0) {
            return None;
        }
        let m = match_at(&mut matcher, part, 0)?;
        for start in 1..m.end {
            if admit(start) && match_at(&mut matcher, part, start).is_some_and(|o| o.end <= m.end) {
                return None;
            }
        }
        Some(m)
    }

    /// [`Phrase::find`] for a clause whose [`Present`] index (of these `toks`) admitted the
    /// phrase: what the patterns read at a token is kept there for the next pattern.
    pub fn find_in(&self, toks: &[Token], ctx: &Context, present: Option<&Present>) -> Vec<Match> {
        let present = present.filter(|p| p.len == toks.len());
        let mut per_part: Vec<Vec<Match>> = Vec::with_capacity(self.parts.len());
        for (p, f) in self.parts.iter().zip(self.firsts()) {
            let found = find_part(p, f.as_ref(), toks, ctx, present);
            if found.is_empty() {
                return Vec::new(); // every part must match
            }
            per_part.push(found);
        }
        if per_part.len() == 1 {
            return per_part.into_iter().next().unwrap_or_default();
        }
        // Parts joined by `&`: the first match of the first part, and of each other part the
        // match nearest it (the first of those as near), in any order; their words are spelled,
        // what lies between them is a gap. "cobra hasta 2030 y se queda con la licencia hasta
        // 2032" reads the licence with its own "hasta 2032", not the payments' year before it.
        let anchor = (per_part[0][0].start, per_part[0][0].end);
        let distance = |x: &Match| x.start.saturating_sub(anchor.1).max(anchor.0.saturating_sub(x.end));
        let mut m = Match { start: usize::MAX, end: 0, slots: Vec::new(), spelled: Vec::new(), gaps: Vec::new() };
        for part in &per_part {
            let Some(first) = part.iter().min_by_key(|x| distance(x)) else { continue };
            m.start = m.start.min(first.start);
            m.end = m.end.max(first.end);
            m.slots.extend(first.slots.iter().cloned());
            m.spelled.extend(first.spelled.iter().cloned());
            m.gaps.extend(first.gaps.iter().cloned());
        }
        vec![m]
    }
}

fn find_part<'a>(
    seq: &[Node],
    firsts: Option<&Firsts>,
    toks: &'a [Token],
    ctx: &'a Context,
    present: Option<&'a Present<'a>>,
) -> Vec<Match> {
    let mut found: Vec<Match> = Vec::new();
    let mut matcher = Matcher { toks, ctx, steps: 0, present };
    for start in 0..toks.len() {
        // A start no first token admits needs no matcher (tokens compare by hash first).
        if firsts.is_none_or(|f| f.admit(toks, start, ctx.parties)) {
            found.extend(match_at(&mut matcher, seq, start));
        }
    }
    // Drop a match that holds a tighter one.
    let tight: Vec<Match> = found
        .iter()
        .filter(|m| {
            !found
                .iter()
                .any(|o| o != *m && m.start <= o.start && o.end <= m.end && (o.start, o.end) != (m.start, m.end))
        })
        .cloned()
        .collect();
    tight
}

/// The shortest match of `seq` that starts at token `start`.
fn match_at(matcher: &mut Matcher, seq: &[Node], start: usize) -> Option<Match> {
    matcher.steps = 0;
    let mut best: Option<(usize, State)> = None;
    let mut k = |end: usize, st: &mut State, _: &mut Matcher| {
        if end > start && best.as_ref().is_none_or(|(e, _)| end < *e) {
            best = Some((end, st.clone()));
        }
        false // keep looking for a shorter one
    };
    matcher.seq(seq, 0, start, &mut State::default(), &mut k);
    let (end, st) = best?;
    Some(Match { start, end, slots: st.slots, spelled: merge(st.spelled), gaps: st.gaps })
}

fn merge(mut r: Vec<Range<usize>>) -> Vec<Range<usize>> {
    r.sort_by_key(|x| x.start);
    let mut out: Vec<Range<usize>> = Vec::new();
    for x in r {
        match out.last_mut() {
            Some(l) if x.start <= l.end => l.end = l.end.max(x.end),
            _ => out.push(x),
        }
    }
    out
}

/// The hashes of a clause's tokens, sorted, for [`Phrase::may_start_in`]: a cheaper index than
/// [`Present`] for a few phrases.
pub struct WordHashes {
    sorted: Vec<u64>,
    hangul: bool,
}

impl WordHashes {
    pub fn new(toks: &[Token]) -> WordHashes {
        let mut sorted: Vec<u64> = toks.iter().map(|t| t.hash).collect();
        sorted.sort_unstable();
        sorted.dedup();
        WordHashes { sorted, hangul: toks.iter().any(|t| t.kind == Kind::Hangul) }
    }
}

/// The tokens of a clause, indexed for [`Phrase::admits`], which every pattern asks of every
/// clause: the hashes of its words, of every prefix and of every suffix of them, sorted, so that
/// a key is a binary search over integers. A Korean word's prefixes answer exact words too (a
/// pattern word matches its start).
pub struct Present<'a> {
    /// The hashes in token order, duplicates and all: [`KeyTable::bits`] only looks each up,
    /// and most clauses are never asked [`Present::has`], so they are sorted on its first call.
    exact: Vec<u64>,
    prefix: Vec<u64>,
    suffix: Vec<u64>,
    /// `exact`, `prefix` and `suffix` sorted and deduplicated, for [`Present::has`].
    sorted: std::cell::OnceCell<[Vec<u64>; 3]>,
    number: bool,
    party: bool,
    /// How many tokens the clause has: a memo below is of these tokens only.
    len: usize,
    /// Per token, what `{end}` reads there (at a stage's year), once read: every pattern with an
    /// `{end}` that reaches the token asked it again.
    ends: RefCell<Vec<Option<(i32, EndRead)>>>,
    _toks: std::marker::PhantomData<&'a [Token]>,
}

/// An `{end}` read at a token: where it ends, the year, whether approximate, whether past it.
type EndRead = Option<(usize, i32, bool, bool)>;

impl<'a> Present<'a> {
    pub fn new(toks: &'a [Token], parties: &Parties) -> Present<'a> {
        let mut exact = Vec::with_capacity(toks.len() * 2);
        let mut prefix = Vec::with_capacity(toks.len() * 8);
        let mut suffix = Vec::with_capacity(toks.len() * 8);
        prefix.push(WORD_HASH_START);
        suffix.push(WORD_HASH_START);
        for t in toks {
            exact.push(t.hash);
            let hangul = t.kind == Kind::Hangul;
            let mut h = WORD_HASH_START;
            for b in t.norm.bytes() {
                h = word_hash_step(h, b);
                prefix.push(h);
                if hangul {
                    exact.push(h);
                }
            }
            let mut h = WORD_HASH_START;
            for b in t.norm.bytes().rev() {
                h = word_hash_step(h, b);
                suffix.push(h);
            }
        }
        // A share in tenths written in numerals ("四成", "三割") is a number too.
        let number = toks.iter().any(|t| t.kind == Kind::Number)
            || (0..toks.len()).any(|i| toks[i].kind == Kind::Cjk && super::value::tenths_at(toks, i).is_some());
        let party = (0..toks.len()).any(|i| parties.at(toks, i).is_some());
        Present {
            exact,
            prefix,
            suffix,
            sorted: std::cell::OnceCell::new(),
            number,
            party,
            len: toks.len(),
            ends: RefCell::new(vec![None; toks.len()]),
            _toks: std::marker::PhantomData,
        }
    }

    /// What `{end}` reads at token `pos` for a stage in `year`: `read` the first time, kept.
    fn end_read(&self, pos: usize, year: i32, read: impl FnOnce() -> EndRead) -> EndRead {
        if let Some(Some((y, r))) = self.ends.borrow().get(pos)
            && *y == year
        {
            return *r;
        }
        let r = read();
        if let Some(slot) = self.ends.borrow_mut().get_mut(pos) {
            *slot = Some((year, r));
        }
        r
    }

    pub fn has(&self, k: &Key) -> bool {
        match *k {
            Key::Exact(h, _) => self.sorted()[0].binary_search(&h).is_ok(),
            Key::Prefix(h, _) => self.sorted()[1].binary_search(&h).is_ok(),
            Key::Suffix(h, _) => self.sorted()[2].binary_search(&h).is_ok(),
            Key::Number => self.number,
            Key::Party => self.party,
        }
    }

    /// The hashes of words, prefixes and suffixes, sorted (on first need).
    fn sorted(&self) -> &[Vec<u64>; 3] {
        self.sorted.get_or_init(|| {
            [&self.exact, &self.prefix, &self.suffix].map(|v| {
                let mut v = v.clone();
                v.sort_unstable();
                v.dedup();
                v
            })
        })
    }
}

/// Every key of a set of patterns numbered, so that a clause answers all of them at once, as a
/// bit set ([`KeyTable::bits`]), and a pattern's test is a few bit lookups.
#[derive(Debug, Clone, Default)]
pub struct KeyTable {
    /// Per test compiled ([`KeyTable::compile`]), whether it is a key's: the tests themselves
    /// are `test_ids`' keys, each once (patterns share their vocabularies' tests, which a
    /// clause then answers once), not copied here too.
    is_key: Vec<bool>,
    /// Each test's children as [`Words`]: what `tests` holds, in the form a clause asks.
    words: Vec<Words>,
    test_ids: std::collections::HashMap<TestNode, u32, foldhash::fast::FixedState>,
    /// The test of each key, by key number.
    key_tests: Vec<Option<u32>>,
    exact: std::collections::HashMap<u64, u32, foldhash::fast::FixedState>,
    prefix: std::collections::HashMap<u64, u32, foldhash::fast::FixedState>,
    suffix: std::collections::HashMap<u64, u32, foldhash::fast::FixedState>,
    number: Option<u32>,
    party: Option<u32>,
    len: u32,
    /// The test of each shared need compiled, by its address (the need kept, so that the
    /// address is not reused): a vocabulary's test is worked out once, not for every pattern.
    shared: HashMap<usize, (Arc<Need>, u32), foldhash::fast::FixedState>,
}

impl KeyTable {
    /// The number of `k`, given it if it has none yet.
    pub fn id(&mut self, k: &Key) -> u32 {
        let next = self.len;
        let id = match *k {
            Key::Exact(h, _) => *self.exact.entry(h).or_insert(next),
            Key::Prefix(h, _) => *self.prefix.entry(h).or_insert(next),
            Key::Suffix(h, _) => *self.suffix.entry(h).or_insert(next),
            Key::Number => *self.number.get_or_insert(next),
            Key::Party => *self.party.get_or_insert(next),
        };
        if id == next {
            self.len += 1;
        }
        id
    }

    /// The test of a phrase ([`Phrase::admits`]) in numbers of this table: first the most
    /// selective set of its keys (a quick refusal, no tree walked), then the whole test.
    pub fn compile(&mut self, p: &Phrase) -> Test {
        let p = p.derived();
        let leads = p.leads();
        let lead = leads.lead.map(|i| p.keys[i].iter().map(|k| self.id(k)).collect());
        let second = leads.second.as_ref().map(|set| set.iter().map(|k| self.id(k)).collect()).unwrap_or_default();
        let mut all: Vec<u32> = Vec::new();
        for set in p.keys.iter().filter(|k| !k.is_empty()) {
            let any = set.iter().map(|k| self.key_test(k)).collect();
            all.push(self.node(TestNode::Any(any)));
        }
        if let Some(n) = &p.need {
            all.push(self.compile_need(n));
        }
        Test { lead: lead.unwrap_or_default(), second, node: self.node(TestNode::All(all)) }
    }

    fn key_test(&mut self, k: &Key) -> u32 {
        let id = self.id(k) as usize;
        if self.key_tests.len() <= id {
            self.key_tests.resize(id + 1, None);
        }
        if let Some(t) = self.key_tests[id] {
            return t;
        }
        let t = self.node(TestNode::Key(id as u32));
        self.key_tests[id] = Some(t);
        t
    }

    fn compile_need(&mut self, n: &Need) -> u32 {
        match n {
            Need::Key(k) => self.key_test(k),
            Need::All(v) => {
                let all = v.iter().map(|n| self.compile_need(n)).collect();
                self.node(TestNode::All(all))
            }
            Need::Any(v) => {
                let any = v.iter().map(|n| self.compile_need(n)).collect();
                self.node(TestNode::Any(any))
            }
            Need::Shared(n) => {
                let at = Arc::as_ptr(n) as usize;
                if let Some((_, t)) = self.shared.get(&at) {
                    return *t;
                }
                let t = self.compile_need(n);
                self.shared.insert(at, (n.clone(), t));
                t
            }
        }
    }

    /// The number of a test, the same for the same test. An `all` asks its keys first; an
    /// `all` or `any` of one test is that test (a key read as one bit, not a nested call).
    fn node(&mut self, mut n: TestNode) -> u32 {
        if let TestNode::All(v) | TestNode::Any(v) = &mut n {
            v.sort_by_key(|&t| !self.is_key[t as usize]);
            v.dedup();
            if let [one] = v[..] {
                return one;
            }
        }
        let next = self.is_key.len() as u32;
        match self.test_ids.entry(n) {
            std::collections::hash_map::Entry::Occupied(e) => *e.get(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let words = match e.key() {
                    TestNode::Key(id) => Words::key(*id),
                    TestNode::All(v) => Words::of(true, v, &self.words),
                    TestNode::Any(v) => Words::of(false, v, &self.words),
                };
                self.is_key.push(matches!(e.key(), TestNode::Key(_)));
                self.words.push(words);
                e.insert(next);
                next
            }
        }
    }

    /// Whether a clause that holds `bits` passes `test`; `memo` keeps the answers for the
    /// clause (one slot per test of the table, zero: not asked yet).
    pub fn holds(&self, test: &Test, bits: &Bits, memo: &mut Memo) -> bool {
        if !test.lead.is_empty() && !test.lead.iter().any(|&id| bits.has(id)) {
            return false;
        }
        self.holds_led(test, bits, memo)
    }

    /// [`KeyTable::holds`] of a test whose lead the clause is known to hold (the index asks a
    /// test for a key of its lead the clause holds): a vocabulary's lead is tens of keys, read
    /// one by one only to find that key again.
    pub fn holds_led(&self, test: &Test, bits: &Bits, memo: &mut Memo) -> bool {
        if memo.marks.len() < self.is_key.len() {
            memo.marks.resize(self.is_key.len(), 0);
        }
        self.eval(test.node, bits, memo)
    }

    fn eval(&self, t: u32, bits: &Bits, memo: &mut Memo) -> bool {
        let mark = memo.marks[t as usize];
        if mark >> 1 == memo.generation {
            return mark & 1 == 1;
        }
        let w = &self.words[t as usize];
        // A child answered already for this clause is read here, not called.
        let child = |c: u32, memo: &mut Memo| {
            let mark = memo.marks[c as usize];
            if mark >> 1 == memo.generation { mark & 1 == 1 } else { self.eval(c, bits, memo) }
        };
        let yes = if w.all {
            all_of(&w.keys, bits) && w.groups.iter().all(|k| any_of(k, bits)) && w.rest.iter().all(|&c| child(c, memo))
        } else {
            any_of(&w.keys, bits)
                || (!w.screened || any_of(&w.firsts, bits)) && w.groups.iter().any(|k| all_of(k, bits))
                || w.rest.iter().any(|&c| child(c, memo))
        };
        memo.marks[t as usize] = memo.generation << 1 | u32::from(yes);
        yes
    }

    /// Which keys a clause holds: bit `id` of the set.
    pub fn bits(&self, present: &Present) -> Bits {
        let mut bits = Bits(vec![0; (self.len as usize).div_ceil(64)]);
        let mut set = |map: &std::collections::HashMap<u64, u32, foldhash::fast::FixedState>, hashes: &[u64]| {
            if map.is_empty() {
                return;
            }
            for h in hashes {
                if let Some(&id) = map.get(h) {
                    bits.set(id);
                }
            }
        };
        set(&self.exact, &present.exact);
        set(&self.prefix, &present.prefix);
        set(&self.suffix, &present.suffix);
        if let (Some(id), true) = (self.number, present.number) {
            bits.set(id);
        }
        if let (Some(id), true) = (self.party, present.party) {
            bits.set(id);
        }
        bits
    }
}

/// The answers of a [`KeyTable`]'s tests for one clause. [`Memo::clear`] starts a new clause by
/// counting a generation, not by zeroing a slot per test of the table: thousands of slots, of
/// which a clause asks a few hundred.
#[derive(Debug, Clone)]
pub struct Memo {
    /// Per test, the generation it was answered in and the answer (the low bit).
    marks: Vec<u32>,
    generation: u32,
}

impl Default for Memo {
    fn default() -> Memo {
        Memo { marks: Vec::new(), generation: 1 }
    }
}

impl Memo {
    /// Forgets every answer.
    pub fn clear(&mut self) {
        self.generation += 1;
        if self.generation >= u32::MAX >> 1 {
            self.marks.fill(0);
            self.generation = 1;
        }
    }
}

/// A phrase's test ([`Phrase::admits`]) in a [`KeyTable`]: keys one of which it needs, then
/// the whole test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Test {
    lead: Vec<u32>,
    /// Another set of keys one of which the test needs (empty: none known): see
    /// [`KeyTable::compile`].
    second: Vec<u32>,
    node: u32,
}

impl Test {
    /// The keys one of which the test needs first (empty: none).
    pub fn lead(&self) -> &[u32] {
        &self.lead
    }

    /// Keys other than the lead's, one of which the test needs too (empty: none known).
    pub fn second(&self) -> &[u32] {
        &self.second
    }
}

/// The sets of keys, one of each of which a clause that holds what `n` needs holds: each key
/// it needs on its own, and each `any` of keys alone, down through its `all`s.
fn need_sets(n: &Need, out: &mut Vec<Vec<Key>>) {
    match n {
        Need::Key(k) => out.push(vec![*k]),
        Need::All(v) => v.iter().for_each(|c| need_sets(c, out)),
        Need::Shared(s) => need_sets(s, out),
        Need::Any(_) => {
            if let Some(keys) = need_any(n) {
                out.push(keys);
            }
        }
    }
}

/// Keys one of which a clause that holds what `n` needs holds (`None`: no such set is known).
fn need_any(n: &Need) -> Option<Vec<Key>> {
    match n {
        Need::Key(k) => Some(vec![*k]),
        Need::Shared(s) => need_any(s),
        // What an `all` needs includes what any one of its members needs.
        Need::All(v) => v.iter().find_map(need_any),
        Need::Any(v) => {
            let mut keys = Vec::new();
            for c in v {
                keys.extend(need_any(c)?);
            }
            Some(keys)
        }
    }
}

/// Whether two sets of keys hold the same keys.
fn same_keys(a: &[Key], b: &[Key]) -> bool {
    a.len() == b.len() && a.iter().all(|k| b.contains(k))
}

/// A test in a [`KeyTable`]: a key's number, or all or any of other tests (by number).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum TestNode {
    Key(u32),
    All(Vec<u32>),
    Any(Vec<u32>),
}

/// A test in the form a clause asks it: for an `all` test, its keys as masks over the words of
/// a clause's [`Bits`] (a vocabulary's keys are numbered together, so that tens of keys are a
/// word or two to compare, not a bit each), its children that are `any` of keys alone as groups
/// of masks (read in place: a call and a memo slot cost more than the masks), and its other
/// tests; for an `any` test the same with `all` and `any` swapped. A child of keys alone of the
/// test's own kind adds its keys to the test's (an `all` of an `all` of keys is an `all` of
/// those keys); a key's test is an `all` of that key.
#[derive(Debug, Clone, Default)]
struct Words {
    /// `all` (else `any`).
    all: bool,
    keys: Vec<(u32, u64)>,
    groups: Vec<Vec<(u32, u64)>>,
    /// For an `any` test, a key of each group (one each group needs), as masks: a clause
    /// without any of them passes no group, which is then not read one by one (`screened`: every
    /// group needs a key; an empty group, which every clause passes, leaves it false).
    firsts: Vec<(u32, u64)>,
    screened: bool,
    rest: Vec<u32>,
}

impl Words {
    fn key(id: u32) -> Words {
        Words { all: true, keys: vec![(id / 64, 1 << (id % 64))], ..Words::default() }
    }

    fn only_keys(&self) -> bool {
        self.groups.is_empty() && self.rest.is_empty()
    }

    /// Adds `keys` to the masks `into`, one mask per word of the bit set.
    fn merge(into: &mut Vec<(u32, u64)>, keys: &[(u32, u64)]) {
        for &(at, m) in keys {
            match into.iter_mut().find(|(a, _)| *a == at) {
                Some((_, had)) => *had |= m,
                None => into.push((at, m)),
            }
        }
    }

    /// `words` holds the children's own (a child is numbered before the tests that hold it).
    fn of(all: bool, children: &[u32], words: &[Words]) -> Words {
        let mut w = Words { all, ..Words::default() };
        for &c in children {
            let cw = &words[c as usize];
            if cw.only_keys() && (cw.all == all || cw.keys.len() == 1 && cw.keys[0].1.count_ones() == 1) {
                Words::merge(&mut w.keys, &cw.keys);
            } else if cw.only_keys() {
                w.groups.push(cw.keys.clone());
            } else {
                w.rest.push(c);
            }
        }
        if !all && w.groups.len() > 1 && w.groups.iter().all(|g| g.first().is_some_and(|&(_, m)| m != 0)) {
            let firsts: Vec<(u32, u64)> = w.groups.iter().map(|g| (g[0].0, g[0].1 & g[0].1.wrapping_neg())).collect();
            Words::merge(&mut w.firsts, &firsts);
            w.screened = true;
        }
        w
    }
}

/// Whether a clause holds every key of the masks.
#[inline]
fn all_of(keys: &[(u32, u64)], bits: &Bits) -> bool {
    keys.iter().all(|&(at, m)| bits.word(at) & m == m)
}

/// Whether a clause holds a key of the masks.
#[inline]
fn any_of(keys: &[(u32, u64)], bits: &Bits) -> bool {
    keys.iter().any(|&(at, m)| bits.word(at) & m != 0)
}

/// A set of key numbers ([`KeyTable`]).
pub struct Bits(Vec<u64>);

impl Bits {
    /// The word of the set that holds keys `64 * at` to `64 * at + 63`.
    #[inline]
    fn word(&self, at: u32) -> u64 {
        self.0.get(at as usize).copied().unwrap_or(0)
    }

    fn set(&mut self, id: u32) {
        self.0[id as usize / 64] |= 1 << (id % 64);
    }

    #[inline]
    pub fn has(&self, id: u32) -> bool {
        self.0.get(id as usize / 64).is_some_and(|w| w & (1 << (id % 64)) != 0)
    }

    /// The numbers in the set, in order.
    pub fn ones(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros();
                    w &= w - 1;
                    i as u32 * 64 + b
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::token::tokenize_all;

    fn parties() -> Parties {
        let mut p = BTreeMap::new();
        p.insert(
            "Microsoft".to_string(),
            vec!["Microsoft".to_string(), "微软".to_string(), "the Redmond giant".to_string()],
        );
        p.insert("OpenAI".to_string(), vec!["OpenAI".to_string(), "OpenAI Group PBC".to_string()]);
        Parties::new(&p)
    }

    /// Party names written with alternatives, options or a trailing `*` ("(el|la) creadora de
    /// ChatGPT", "Windows-Konzern*") were matched literally, brackets and all, and named nobody.
    #[test]
    fn party_names_written_as_patterns_match() {
        let mut p = BTreeMap::new();
        let names = ["(el|la) (creador|creadora) de ChatGPT", "[der] Windows-Konzern*", "ChatGPT (开发商|母公司)"];
        p.insert("OpenAI".to_string(), names.iter().map(|n| n.to_string()).collect());
        let parties = Parties::new(&p);
        let at = |text: &str| parties.at(&tokenize_all(text), 0).map(|(party, end)| (party.to_string(), end));
        assert_eq!(at("la creadora de ChatGPT pagará"), Some(("OpenAI".to_string(), 4)));
        assert_eq!(at("El creador de ChatGPT"), Some(("OpenAI".to_string(), 4)));
        assert_eq!(at("Windows-Konzerns Anteil"), Some(("OpenAI".to_string(), 2)));
        assert_eq!(at("der Windows-Konzern"), Some(("OpenAI".to_string(), 3)));
        assert_eq!(at("ChatGPT母公司"), Some(("OpenAI".to_string(), 4)));
        assert_eq!(at("la creadora de Windows"), None);
        assert_eq!(at("(el|la)"), None);
    }

    /// The names' first tokens refuse a token before any name is compared: every token reads
    /// the party that comparing every name reads, a Korean word with its particle included.
    #[test]
    fn a_party_is_found_where_comparing_every_name_finds_it() {
        let mut p = BTreeMap::new();
        p.insert(
            "Microsoft".to_string(),
            vec![
                "微软".to_string(),
                "마이크로소프트".to_string(),
                "the Redmond giant".to_string(),
                "Softwarekonzern*".to_string(),
            ],
        );
        p.insert("OpenAI".to_string(), vec!["OpenAI Group PBC".to_string()]);
        let parties = Parties::new(&p);
        assert_eq!(parties.loose.len(), 1, "a prefix starts a name");
        let text =
            "The Redmond giant and OpenAI Group PBC; 微软与OpenAI's 마이크로소프트는 the redmond; des Softwarekonzerns";
        let toks = tokenize_all(text);
        let mut found = 0;
        for at in 0..=toks.len() {
            let every = parties.names.iter().find_map(|(party, name)| {
                let end = at + name.len();
                (end <= toks.len() && name.iter().zip(&toks[at..end]).all(|(p, t)| p.matches(t)))
                    .then_some((party.as_str(), end))
            });
            assert_eq!(parties.at(&toks, at), every, "at {at}");
            found += usize::from(every.is_some());
        }
        assert_eq!(found, 6, "Redmond giant, OpenAI Group PBC, 微软, OpenAI, 마이크로소프트는, Softwarekonzerns");
    }

    /// A plain word of ASCII letters skips the tokenizer: it is the word node the tokenizer's
    /// tokens make of it.
    #[test]
    fn a_plain_word_parses_as_its_tokens() {
        for w in ["Microsoft", "licence", "PBC", "a", "exclusive", "OpenAI"] {
            let tokenized = Node::Word {
                toks: tokenize_all(w).into_iter().map(|t| Tok::exact(t.norm)).collect(),
                joined: None,
                possessive: false,
            };
            assert_eq!(word_node(w), Ok(tokenized), "{w}");
        }
        // Words the tokenizer splits or marks still go through it.
        let Ok(Node::Word { toks, possessive, .. }) = word_node("OpenAI's") else { panic!("a word") };
        assert!(possessive && toks.len() == 1);
        let Ok(Node::Word { joined, .. }) = word_node("non-exclusive") else { panic!("a word") };
        assert_eq!(joined.map(|(j, _)| j), Some("nonexclusive".to_string()));
    }

    /// `{end}` read at a token is kept in the clause's index for the next pattern: patterns
    /// given the index find what they find without it, in every clause, the memo filled once.
    #[test]
    fn an_end_read_once_is_what_reading_it_again_finds() {
        let parties = parties();
        let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
        let vocab = Vocab::new();
        let patterns = ["licence .. {end}", "(runs|lasts) {end}", "exclusive ... {end}", "{end}"];
        for text in [
            "Microsoft's licence runs through 2032 and stays exclusive until the end of the decade.",
            "The licence lasts for the next six years, exclusive into the 2030s.",
            "Nothing ends here.",
        ] {
            let toks = tokenize_all(text);
            let present = Present::new(&toks, &parties);
            for _ in 0..2 {
                for pattern in patterns {
                    let p = parse(pattern, &vocab).expect("parses");
                    assert_eq!(p.find_in(&toks, &ctx, Some(&present)), p.find(&toks, &ctx), "{pattern} in {text}");
                }
            }
            assert!(present.ends.borrow().iter().any(Option::is_some), "the ends were kept: {text}");
            // An index of other tokens is not used.
            let other = Present::new(&toks[1..], &parties);
            let p = parse("{end}", &vocab).expect("parses");
            assert_eq!(p.find_in(&toks, &ctx, Some(&other)), p.find(&toks, &ctx));
            assert!(other.ends.borrow().iter().all(Option::is_none));
        }
    }

    fn find(pattern: &str, text: &str) -> Vec<String> {
        let vocab: Vocab =
            [("pay".to_string(), vec!["pays".to_string(), "(will|to) pay".to_string(), "keeps paying".to_string()])]
                .into_iter()
                .collect();
        let p = parse(pattern, &vocab).expect("pattern parses");
        let toks = tokenize_all(text);
        let parties = parties();
        let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
        let found = p.find(&toks, &ctx);
        // The clause index (where a match can start) finds exactly what a scan of every token does.
        let present = Present::new(&toks, &parties);
        assert_eq!(p.find_in(&toks, &ctx, Some(&present)), found, "{pattern} in {text}");
        found.into_iter().map(|m| text[toks[m.start].range.start..toks[m.end - 1].range.end].to_string()).collect()
    }

    /// A hyphenated word's index key was its longest part ("binding"), which the one-token
    /// spelling "nonbinding" does not start with: the index refused a clause the matcher reads.
    #[test]
    fn a_hyphenated_pattern_word_is_found_written_as_one_word() {
        assert_eq!(find("non-binding", "The memorandum is nonbinding."), ["nonbinding"]);
        assert_eq!(find("non-binding", "The memorandum is non-binding."), ["non-binding"]);
        assert!(find("non-binding", "The memorandum is binding.").is_empty());
        let p = parse("non-binding", &Vocab::new()).expect("pattern parses");
        for text in ["The memorandum is nonbinding.", "The memorandum is non-binding."] {
            let toks = tokenize_all(text);
            assert!(p.admits(&Present::new(&toks, &parties())), "the index admits {text}");
        }
    }

    /// The word index is a shortcut, never a filter of its own: a pattern is admitted with it
    /// exactly when it is without it, prefixes and suffixes included.
    #[test]
    fn present_answers_prefixes_and_suffixes_as_a_scan_does() {
        let text = "Microsoft licensing exclusivity; OpenAI’s non-exclusive licence, 2032, 하고 계약을";
        let toks = tokenize_all(text);
        let present = Present::new(&toks, &parties());
        for (key, want) in [
            (Key::prefix("licen"), true),
            (Key::prefix("licenz"), false),
            (Key::suffix("sivity"), true),
            (Key::suffix("sive"), true),
            (Key::suffix("zzz"), false),
            (Key::exact("licence"), true),
            (Key::exact("계약"), true),
            (Key::exact("licen"), false),
            (Key::Number, true),
            (Key::Party, true),
        ] {
            assert_eq!(present.has(&key), want, "{key:?}");
        }
    }

    /// The tests that spare the matcher only ever refuse a clause no match exists in, and the
    /// key table answers as the phrase does.
    #[test]
    fn a_refused_pattern_has_no_match_and_the_key_table_agrees() {
        let vocab: Vocab =
            [("pay".to_string(), vec!["pays".to_string(), "(will|to) pay".to_string(), "keeps paying".to_string()])]
                .into_iter()
                .collect();
        let patterns = [
            "non-binding (memorandum|MOU)",
            "OpenAI's licen*",
            "{from} .. {pay} {to}",
            "*n't pay",
            "licen* & through 2032",
            "(Azure-only|only on Azure|exclusive to Azure)",
            "Microsoft [will] {pay} OpenAI",
            "{to} ... {year}",
        ];
        let texts = [
            "a nonbinding MOU and a non binding memorandum",
            "Microsoft will keep paying OpenAI; OpenAI pays Microsoft",
            "only Azure, and on the exclusive side: Azure-only",
            "the licence, through 2032, won't pay",
            "微软的许可持续到2032年",
            "마이크로소프트는 2032년까지",
            "exclusive to Azure, OpenAI’s licence",
        ];
        let parties = parties();
        let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
        let mut table = KeyTable::default();
        let compiled: Vec<(Phrase, Test)> = patterns
            .iter()
            .map(|p| {
                let phrase = parse(p, &vocab).expect("parses");
                let test = table.compile(&phrase);
                (phrase, test)
            })
            .collect();
        for text in texts {
            let toks = tokenize_all(text);
            let present = Present::new(&toks, &parties);
            let bits = table.bits(&present);
            let mut memo = Memo::default();
            for (p, test) in &compiled {
                assert_eq!(table.holds(test, &bits, &mut memo), p.admits(&present), "{p:?} in {text}");
                if !p.admits(&present) {
                    assert!(p.find(&toks, &ctx).is_empty(), "{p:?} refused in {text}, which it matches");
                }
            }
        }
    }

    #[test]
    fn words_alternatives_options_gaps_and_wildcards() {
        assert_eq!(
            find("non-binding (memorandum|MOU)", "a nonbinding MOU and a non binding memorandum"),
            ["nonbinding MOU", "non binding memorandum"]
        );
        assert_eq!(find("OpenAI's licen*", "OpenAI licensing and OpenAI’s licence"), ["OpenAI’s licence"]);
        assert_eq!(
            find("OpenAI licen*", "OpenAI licensing and OpenAI’s licence"),
            ["OpenAI licensing", "OpenAI’s licence"]
        );
        assert_eq!(find("exclusive licen*", "a non-exclusive licence"), Vec::<String>::new());
        assert_eq!(find("non-exclusive licen*", "a non-exclusive licence"), ["non-exclusive licence"]);
        assert_eq!(find("{from}'s licen*", "OpenAI licence, Microsoft’s licence"), ["Microsoft’s licence"]);
        assert_eq!(
            find("Microsoft [will] {pay} OpenAI", "Microsoft will keep paying... no: Microsoft keeps paying OpenAI"),
            ["Microsoft keeps paying OpenAI"]
        );
        assert_eq!(find("licen* ... 2032", "the licence, which runs to 2032"), Vec::<String>::new());
        assert_eq!(find("licen* ... 2032", "the licence runs to 2032"), ["licence runs to 2032"]);
        assert_eq!(find("*n't pay", "Microsoft won't pay"), ["won't pay"]);
        assert_eq!(find("Microsoft .. pays", "Microsoft no longer pays"), ["Microsoft no longer pays"]);
        assert_eq!(find("Microsoft .. pays", "Microsoft, in the end, no longer quite pays"), Vec::<String>::new());
    }

    #[test]
    fn the_tightest_match_wins() {
        assert_eq!(find("{to} ... licen*", "OpenAI says Microsoft keeps a licence"), ["Microsoft keeps a licence"]);
    }

    #[test]
    fn slots_read_values() {
        let vocab = Vocab::new();
        let parties = parties();
        let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
        let p = parse("{from} ... to {to} ... {year}", &vocab).expect("parses");
        let text = "OpenAI Group PBC pays a share to the Redmond giant through 2030";
        let toks = tokenize_all(text);
        let m = &p.find(&toks, &ctx)[0];
        assert_eq!(m.slot(Slot::From).and_then(|s| s.party.as_deref()), Some("OpenAI"));
        assert_eq!(m.slot(Slot::To).and_then(|s| s.party.as_deref()), Some("Microsoft"));
        assert_eq!(m.slot(Slot::Year).and_then(|s| s.number), Some(2030));
        let cjk = parse("{to} ... {year}", &vocab).expect("parses");
        let toks = tokenize_all("微软的许可持续到2032年");
        assert_eq!(cjk.find(&toks, &ctx).len(), 1);
    }

    #[test]
    fn conjunctions_match_in_any_order() {
        assert_eq!(find("licen* & through 2032", "Through 2032, the licence stays"), ["Through 2032, the licence"]);
    }

    /// Vocabularies parsed once and shared give the same phrases and the same mistakes as a
    /// parse of each pattern alone, including the depth limits, which depend on where the
    /// vocabulary is named.
    #[test]
    fn shared_vocabularies_parse_as_each_pattern_alone() {
        let deep = format!("{}x{}", "(".repeat(MAX_DEPTH - 1), ")".repeat(MAX_DEPTH - 1));
        let vocab: Vocab = [
            ("pay".to_string(), vec!["pays".to_string(), "(will|to) pay".to_string()]),
            ("owe".to_string(), vec!["{pay} back".to_string(), "owes".to_string()]),
            ("deep".to_string(), vec![deep]),
            ("bad".to_string(), vec!["(a".to_string()]),
        ]
        .into_iter()
        .collect();
        let shared = Vocabularies::new(&vocab);
        let patterns = [
            "{owe} {to}",
            "Microsoft {pay} & {owe} {year}",
            "{deep}",
            "(a ({deep}))",
            "{deep}",
            "(a {deep})",
            "{bad} {pay}",
            "{pay} {bad}",
            "({pay}|{owe}) {percent}",
        ];
        for p in patterns {
            assert_eq!(shared.parse(p), parse(p, &vocab), "{p}");
        }
        assert!(shared.parse("(a ({deep}))").is_err(), "brackets nest too deep around the vocabulary");
    }

    #[test]
    fn mistakes_are_named() {
        let v = Vocab::new();
        assert!(parse("(a|b", &v).is_err());
        assert!(parse("a | b", &v).is_err());
        assert!(parse("... a", &v).is_err());
        assert!(parse("{nope} a", &v).expect_err("unknown").0.contains("unknown `{nope}`"));
        assert!(parse(&"(".repeat(30_000), &v).is_err());
        let mut cyc = Vocab::new();
        cyc.insert("a".into(), vec!["x {a}".into()]);
        assert!(parse("{a}", &cyc).expect_err("a cycle").0.contains("names itself"));
    }

    /// `find_at_start` is the match of `find` that starts at the first token, found without
    /// matching at every start: none where a tighter match lies inside it, or where none starts
    /// there.
    #[test]
    fn find_at_start_is_the_match_find_keeps_at_the_start() {
        let parties = parties();
        let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
        let vocab = Vocab::new();
        let patterns = [
            "Oct [.]",
            "(September|Sept [.])",
            "exclusive ... Azure",
            "licence",
            "{from} ... stake",
            "a .. stake",
            "stake & {percent}",
        ];
        let texts = [
            "Oct. 28 the deal closed",
            "Sept. 11 and September",
            "exclusive rights to Azure, exclusive to Azure",
            "exclusive exclusive Azure",
            "licence and licence",
            "Microsoft holds a stake, OpenAI a stake",
            "a stake a large stake",
            "a 27% stake",
            "stake of 27%",
            "the stake",
            "",
        ];
        for p in patterns {
            let phrase = parse(p, &vocab).expect("parses");
            for text in texts {
                let toks = tokenize_all(text);
                let want = phrase.find(&toks, &ctx).into_iter().find(|m| m.start == 0);
                assert_eq!(phrase.find_at_start(&toks, &ctx), want, "{p} in {text}");
            }
        }
        let tight = parse("exclusive ... Azure", &vocab).expect("parses");
        let toks = tokenize_all("exclusive exclusive Azure");
        assert_eq!(tight.find_at_start(&toks, &ctx), None, "the tighter match starts at the second word");
        assert!(tight.find_at_start(&toks[1..], &ctx).is_some());
    }

    /// A memo cleared for the next clause forgets every answer without zeroing its slots: the
    /// same test answers each clause's own bits.
    #[test]
    fn memo_cleared_answers_each_clause_anew() {
        let parties = parties();
        let vocab = Vocab::new();
        let mut table = KeyTable::default();
        let phrase = parse("exclusive ... (Azure|cloud) & licen*", &vocab).expect("parses");
        let test = table.compile(&phrase);
        let mut memo = Memo::default();
        for (text, want) in [
            ("an exclusive Azure licence", true),
            ("a licence to the cloud", false),
            ("the licence is exclusive to the cloud", true),
            ("OpenAI pays Microsoft", false),
        ] {
            let toks = tokenize_all(text);
            let present = Present::new(&toks, &parties);
            memo.clear();
            assert_eq!(table.holds(&test, &table.bits(&present), &mut memo), want, "{text}");
            assert_eq!(phrase.admits(&present), want, "{text}");
        }
    }

    /// A pattern that opens with optional words starts only where they or the words after
    /// them can: no start is refused where a match begins, and a start neither can take is.
    #[test]
    fn a_pattern_led_by_optional_words_starts_where_they_or_the_rest_can() {
        let parties = parties();
        let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
        let vocab = Vocab::new();
        let cases = [
            ("[the] licence", "a licence and the licence", vec!["licence", "licence"]),
            ("[exclusive] {from}", "exclusive Microsoft, then OpenAI", vec!["microsoft", "openai"]),
            ("[a] .. stake", "a large stake", vec!["stake"]),
            ("[the] [exclusive] licence", "no licence here", vec!["licence"]),
        ];
        for (pattern, text, want) in cases {
            let phrase = parse(pattern, &vocab).expect("parses");
            let toks = tokenize_all(text);
            let found = phrase.find(&toks, &ctx);
            let words: Vec<String> = found
                .iter()
                .map(|m| toks[m.start..m.end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" "))
                .collect();
            assert_eq!(words, want, "{pattern} in {text}");
            let Some(Some(f)) = phrase.firsts().first() else { continue };
            for m in &found {
                assert!(f.admit(&toks, m.start, &parties), "{pattern}: a match starts at {}", m.start);
            }
        }
        let phrase = parse("[the] licence", &vocab).expect("parses");
        let toks = tokenize_all("a licence");
        let Some(Some(f)) = phrase.firsts().first() else { panic!("[the] licence has first tokens") };
        assert!(!f.admit(&toks, 0, &parties), "\"a\" starts no match");
        assert!(f.admit(&toks, 1, &parties));
    }

    /// `may_start_in` refuses only phrases with no match: a phrase whose first words are
    /// absent, never one found, in any script.
    #[test]
    fn may_start_in_refuses_only_phrases_without_a_match() {
        let parties = parties();
        let vocab = Vocab::new();
        let patterns = ["[the] memorandum", "(October|Oct [.]) agreement", "{from} ... stake", "the deal & memorandum"];
        let texts = [
            "the memorandum of September",
            "the October agreement replaced it",
            "Microsoft's stake in OpenAI",
            "the deal, not the memorandum",
            "OpenAI signed nothing",
            "마이크로소프트는 2032년까지",
        ];
        for p in patterns {
            let phrase = parse(p, &vocab).expect("parses");
            for text in texts {
                let toks = tokenize_all(text);
                let ctx = Context { parties: &parties, lang: Lang::En, stage_year: 2026 };
                if !phrase.may_start_in(&WordHashes::new(&toks)) {
                    assert!(phrase.find(&toks, &ctx).is_empty(), "{p} refused in {text}, which it matches");
                }
            }
        }
        let memo = parse("[the] memorandum", &vocab).expect("parses");
        assert!(!memo.may_start_in(&WordHashes::new(&tokenize_all("OpenAI signed nothing"))));
        assert!(memo.may_start_in(&WordHashes::new(&tokenize_all("the memorandum of September"))));
    }
}
