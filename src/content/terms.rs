//! content/terms.toml: the deal's events and the official terms each one set.
//!
//! Terms change over time: a term names the event that set it and the terms it replaces, so the
//! terms in force at any date follow from the data ([`Terms::in_force`]).
//!
//! The automatic checks' rules (`[parties]`, `[vocab]`, `[language.xx]`, `[[claim]]`,
//! `[[phrasing]]`, `[[words]]`, a term's `[term.check]`) are kept as written, with their places
//! in the file: [`crate::checks::Checker`] compiles them and reports what is wrong with them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::config::toml_diagnostic;
use crate::content::when::When;
use crate::diag::{Diagnostic, Lines};

mod plain;

pub const FILE: &str = "content/terms.toml";

/// An official document: a company post or a filing.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    /// Checked by [`crate::render::is_safe_url`] where the file is read: a `javascript:` or
    /// `data:` address would be a live link on the terms page and the timeline.
    #[serde(default)]
    pub url: Option<toml::Spanned<String>>,
}

/// Errors for the documents whose `url` could run a script in a reader's browser: every URL
/// that reaches a page goes through the one check, [`crate::render::is_safe_url`].
fn unsafe_urls(documents: &[Document], at: &dyn Fn(usize, String) -> Diagnostic) -> Vec<Diagnostic> {
    documents
        .iter()
        .filter_map(|d| d.url.as_ref())
        .filter(|u| !crate::render::is_safe_url(u.get_ref()))
        .map(|u| {
            at(u.span().start, format!("the document address `{}` is not a web address", u.get_ref().escape_debug()))
                .help("write an http:// or https:// address (javascript:, data: and other schemes could run a script in a reader's browser)")
        })
        .collect()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: toml::Spanned<String>,
    date: toml::Spanned<toml::value::Datetime>,
    title: String,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    documents: Vec<Document>,
    /// True when no official text is at hand and the event is known from press coverage.
    #[serde(default)]
    reported: bool,
    /// What articles call the event ("the memorandum", "the definitive agreement"): a sentence
    /// that names it speaks of the terms of its stage.
    #[serde(default)]
    called: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: toml::Spanned<String>,
    event: toml::Spanned<String>,
    title: String,
    quote: String,
    #[serde(default)]
    replaces: Option<toml::Spanned<Vec<String>>>,
    #[serde(default)]
    until: Option<toml::Spanned<i64>>,
    #[serde(default)]
    comment: Option<String>,
    /// Claim id → the official value(s): see [`crate::checks`].
    #[serde(default)]
    check: BTreeMap<String, toml::Spanned<toml::Value>>,
    /// Claims whose value held before this term wrote it down (its quote says it "continues"):
    /// a sentence dating that value earlier does not contradict it.
    #[serde(default)]
    continues: Option<toml::Spanned<Vec<String>>>,
}

/// A `[[claim]]` table as written: what a sentence can assert about one subject, and how to
/// read the value it asserts. [`crate::checks`] compiles it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    pub id: toml::Spanned<String>,
    #[serde(default)]
    pub title: Option<String>,
    pub kind: toml::Spanned<String>,
    #[serde(default)]
    pub patterns: Option<Vec<toml::Spanned<String>>>,
    /// Value name → the patterns that read it (a status, or a year claim's named conditions).
    #[serde(default)]
    pub values: Option<toml::Spanned<BTreeMap<String, Vec<toml::Spanned<String>>>>>,
    /// A clause naming one of these is about another subject.
    #[serde(default)]
    pub unless: Vec<toml::Spanned<String>>,
    /// A claim about a past event: past tense is no cue.
    #[serde(default)]
    pub history: bool,
    /// A claim about a plan told in the conditional ("the nonprofit would control the PBC"):
    /// "would" is no hedge.
    #[serde(default)]
    pub plan: bool,
    /// Status value → what a negated reading of it says ("exclusive" → "non-exclusive").
    #[serde(default)]
    pub negated: BTreeMap<String, toml::Spanned<String>>,
    /// The words that say a sentence is about this claim's subject, for the review queue; by
    /// default the words its patterns require.
    #[serde(default)]
    pub about: Vec<toml::Spanned<String>>,
    /// A `date` claim about these events: the official value is each event's own date.
    #[serde(default)]
    pub events: Option<toml::Spanned<Vec<String>>>,
    /// Only the newest stage's answer counts (a claim about "the deal" means the current one).
    #[serde(default)]
    pub latest: bool,
    /// The first term that answers the claim introduced its subject (a right, a commitment):
    /// a sentence that dates it to an earlier time, the article's own stage included, is wrong.
    #[serde(default)]
    pub introduced: bool,
    #[serde(default)]
    pub comment: Option<String>,
}

/// A claim's phrasings in one language (`[[phrasing]]`): patterns added to the claim, read
/// only in articles of that language.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PhrasingSpec {
    pub claim: toml::Spanned<String>,
    pub lang: toml::Spanned<String>,
    #[serde(default)]
    pub patterns: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub values: BTreeMap<String, Vec<toml::Spanned<String>>>,
    #[serde(default)]
    pub unless: Vec<toml::Spanned<String>>,
}

/// What articles in one language call an event (`[[called]]`): like the event's own `called`,
/// which is English, read only in articles of that language.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CalledSpec {
    pub event: toml::Spanned<String>,
    pub lang: toml::Spanned<String>,
    pub phrases: Vec<toml::Spanned<String>>,
}

/// A vocabulary's words in one language (`[[words]]`), added to `[vocab]`'s list of that name.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct WordsSpec {
    pub vocab: toml::Spanned<String>,
    pub lang: toml::Spanned<String>,
    pub phrases: Vec<String>,
}

impl ClaimSpec {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// A label for listings: the claim's `title`, else its id.
    pub fn title(&self) -> &str {
        self.title.as_deref().unwrap_or(self.id.get_ref())
    }
}

/// A language's cue words as a digest adds them (`[language.es]`); gloss has its own for
/// several languages ([`crate::checks`]). Each phrase keeps its place, so that a mistake in one
/// is reported on its line.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LanguageCues {
    #[serde(default)]
    pub negation: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub neutral: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub hedge: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub distance: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub adopt: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub past: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub before: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub counterfactual: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub now: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub about: Vec<toml::Spanned<String>>,
    /// An approximation right before a status ("almost exclusively", "fast ausschließlich",
    /// "presque exclusivement"): the clause states neither the status nor its opposite.
    #[serde(default)]
    pub approx: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub more: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub less: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub more_after: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub less_after: Vec<toml::Spanned<String>>,
    /// Exemptions ("except", "salvo", "außer", "除外"): with a universal word they reverse it.
    #[serde(default)]
    pub exempt: Vec<toml::Spanned<String>>,
    /// Universal words ("any", "cualquier", "jeden", "任何", "모든") an exemption can reverse.
    #[serde(default)]
    pub universal: Vec<toml::Spanned<String>>,
    /// A share price's move ("shares rose", "subieron", "株価"): its percentage is no stake.
    #[serde(default)]
    pub market: Vec<toml::Spanned<String>>,
    /// A condition ("provided that", "desde que", "sofern", "à condition que"): on a term that
    /// has none it is invented.
    #[serde(default)]
    pub condition: Vec<toml::Spanned<String>>,
    /// A change to a value ("cuts", "raises", "senkt", "上调"): beside an agreeing reading, it
    /// says the value moved, which no reading judged.
    #[serde(default)]
    pub change: Vec<toml::Spanned<String>>,
    /// The review queue's words only (the checks never read them). A description of a party
    /// ("the startup", "the Redmond company", "该公司"): who a sentence is about.
    #[serde(default)]
    pub described: Vec<toml::Spanned<String>>,
    /// Companies outside the deal ("Oracle", "Nvidia"): their figures are not the deal's.
    #[serde(default)]
    pub rival: Vec<toml::Spanned<String>>,
    /// A currency the deal's sums are not in ("euros", "R$", "億円"): other spending.
    #[serde(default)]
    pub currency: Vec<toml::Spanned<String>>,
    /// "Unless" ("a menos que", "es sei denn", "除非"): an exception to what a party does.
    #[serde(default)]
    pub unless: Vec<toml::Spanned<String>>,
    /// A reservation ("though", "pero", "但"): after an agreeing reading, it may take it back.
    #[serde(default)]
    pub contrast: Vec<toml::Spanned<String>>,
    /// Both parties in one description ("the two companies", "beide Unternehmen", "両社"): what
    /// one does to the other is a term of the deal.
    #[serde(default)]
    pub pair: Vec<toml::Spanned<String>>,
    /// What a term does ("continues", "only", "must", "weiterhin", "仍"): a sentence naming both
    /// parties says what one does to the other only with one of these, or a negation, a change,
    /// a condition or a hedge.
    #[serde(default)]
    pub state: Vec<toml::Spanned<String>>,
    /// A detail left undisclosed ("did not disclose", "keine Angaben", "均未公开"): its negation
    /// says nothing of the terms.
    #[serde(default)]
    pub undisclosed: Vec<toml::Spanned<String>>,
    /// Words right after an event's name that make it the time a clause comes after ("覚書から",
    /// "备忘录之后", "양해각서 이후"): the clause speaks of that event's stage or a later one.
    #[serde(default)]
    pub after_event: Vec<toml::Spanned<String>>,
    /// "For the first time" ("por primera vez", "erstmals", "首次"): right before a claim, it
    /// says the term is new at the stage the clause speaks of.
    #[serde(default)]
    pub first_time: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub months: Vec<toml::Spanned<String>>,
}

/// The rules of the automatic checks, as written: parties, vocabularies, cue words and claims.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// Party name → the names articles use for it.
    pub parties: BTreeMap<String, Vec<String>>,
    /// Vocabulary name → its phrases (`{name}` in a pattern).
    pub vocab: BTreeMap<String, Vec<String>>,
    pub languages: BTreeMap<String, LanguageCues>,
    pub claims: Vec<ClaimSpec>,
    pub phrasings: Vec<PhrasingSpec>,
    pub words: Vec<WordsSpec>,
    /// Event names in other languages.
    pub called: Vec<CalledSpec>,
    /// The text of terms.toml, for locating a span's line.
    pub lines: Lines,
}

/// A term's official value for one claim, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckSpec {
    pub claim: String,
    pub value: toml::Value,
    pub line: usize,
    /// The value held before the term wrote it down (the term's `continues`).
    pub continues: bool,
}

impl Eq for CheckSpec {}

/// A milestone the editor adds to the timeline, or details for one derived from the data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMilestone {
    id: toml::Spanned<String>,
    /// A year (`2030`) or a date (`2030-12-31`).
    #[serde(default)]
    date: Option<toml::Spanned<toml::Value>>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    meaning: Option<String>,
    #[serde(default)]
    terms: Option<toml::Spanned<Vec<String>>>,
    #[serde(default)]
    event: Option<toml::Spanned<String>>,
    #[serde(default)]
    documents: Vec<Document>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerms {
    #[serde(default, rename = "event")]
    events: Vec<RawEvent>,
    #[serde(default, rename = "term")]
    terms: Vec<RawTerm>,
    /// Party name → the names articles use for it.
    #[serde(default)]
    parties: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    vocab: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    language: BTreeMap<String, LanguageCues>,
    #[serde(default, rename = "claim")]
    claims: Vec<ClaimSpec>,
    #[serde(default, rename = "phrasing")]
    phrasings: Vec<PhrasingSpec>,
    #[serde(default)]
    words: Vec<WordsSpec>,
    #[serde(default)]
    called: Vec<CalledSpec>,
    #[serde(default, rename = "milestone")]
    milestones: Vec<RawMilestone>,
}

/// An event of the deal, with the documents that are its official record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Event {
    pub id: String,
    pub date: NaiveDate,
    pub title: String,
    pub summary: Option<String>,
    pub documents: Vec<Document>,
    pub reported: bool,
    /// What articles call it ("the memorandum").
    pub called: Vec<String>,
    pub line: usize,
}

/// A term an event set, quoted from its official document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Term {
    pub id: String,
    pub event: String,
    /// A short label: "Azure exclusivity".
    pub title: String,
    /// The official wording, verbatim.
    pub quote: String,
    /// Terms this one replaced, from its event's date on.
    pub replaces: Vec<String>,
    /// The year the term runs until ("through 2032"), for the timeline.
    pub until: Option<i32>,
    /// The editors' explanation, in Markdown.
    pub comment: Option<String>,
    /// The claims this term answers, with its official value for each, as written.
    #[serde(skip)]
    pub checks: Vec<CheckSpec>,
    pub line: usize,
}

/// A `[[milestone]]` entry as the editor wrote it: either details for a milestone derived from
/// the data (same id: an event's, or `M2030` for the terms that run through 2030) or a milestone
/// of its own. [`crate::timeline::milestones`] merges them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneEntry {
    pub id: String,
    pub date: Option<When>,
    pub title: Option<String>,
    /// A short label for the timeline's overview.
    pub label: Option<String>,
    /// What the milestone means for the deal, in Markdown.
    pub meaning: Option<String>,
    pub terms: Vec<String>,
    /// The event whose documents are the milestone's source.
    pub event: Option<String>,
    pub documents: Vec<Document>,
    pub line: usize,
    /// The line of `date`, or of the entry when it has none.
    pub date_line: usize,
}

/// The events (oldest first), terms and editor-added milestones of the deal, and the checks'
/// rules as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    pub events: Vec<Event>,
    pub terms: Vec<Term>,
    pub milestones: Vec<MilestoneEntry>,
    /// The automatic checks' rules, as written; [`crate::checks::Checker`] compiles them.
    pub rules: Rules,
    /// A hash of the file: what a page shows of the terms changes only when it does.
    pub hash: u64,
}

impl Terms {
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// The date a term took effect: its event's.
    pub fn term_date(&self, term: &Term) -> Option<NaiveDate> {
        self.event(&term.event).map(|e| e.date)
    }

    /// Whether `term` was in force on `date`: set on or before it and not replaced by then.
    pub fn in_force(&self, term: &Term, date: NaiveDate) -> bool {
        self.term_date(term).is_some_and(|d| d <= date)
            && !self.terms.iter().any(|t| t.replaces.contains(&term.id) && self.term_date(t).is_some_and(|d| d <= date))
    }

    /// The terms that replaced `term`, if any.
    pub fn replaced_by(&self, term: &Term) -> Vec<&Term> {
        self.terms.iter().filter(|t| t.replaces.contains(&term.id)).collect()
    }

    /// Every term id, for "valid ids are …" messages.
    pub fn term_ids(&self) -> Vec<&str> {
        self.terms.iter().map(|t| t.id.as_str()).collect()
    }

    pub fn event_ids(&self) -> Vec<&str> {
        self.events.iter().map(|e| e.id.as_str()).collect()
    }

    /// The claim of this id, as written.
    pub fn claim(&self, id: &str) -> Option<&ClaimSpec> {
        self.rules.claims.iter().find(|c| c.id.get_ref() == id)
    }

    /// Whether a claim of this id is written (compiled or not).
    pub fn has_claim(&self, id: &str) -> bool {
        self.rules.claims.iter().any(|c| c.id.get_ref() == id)
    }

    pub fn claim_ids(&self) -> Vec<&str> {
        self.rules.claims.iter().map(|c| c.id.get_ref().as_str()).collect()
    }
}

/// Parses content/terms.toml's text, validating ids, dates and references.
pub fn parse(text: &str, file: &Path) -> Result<Terms, Vec<Diagnostic>> {
    let (terms, problems) = parse_all(text, file);
    if problems.is_empty() { Ok(terms) } else { Err(problems) }
}

/// Like [`parse`], with every problem; when there are some, the terms returned hold only the
/// events and terms that parsed (no rules, no milestones): enough to check the ids that
/// articles and notes name in the same run, never enough to render with.
pub fn parse_all(text: &str, file: &Path) -> (Terms, Vec<Diagnostic>) {
    let raw: RawTerms = match parse_raw(text) {
        Ok(raw) => raw,
        Err(e) => return (Terms::default(), vec![toml_diagnostic(&e, text, file, 1)]),
    };
    let lines = Lines::new(text);
    let at = |offset: usize, message: String| Diagnostic::error(file, 0, message).at_offset(text, offset, 1);
    let mut problems = Vec::new();
    let mut events = parse_events(raw.events, &lines, &at, &mut problems);
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    let mut claim_ids = HashSet::new();
    for c in &raw.claims {
        if !claim_ids.insert(c.id.get_ref().clone()) {
            problems.push(at(c.id.span().start, format!("the claim id `{}` is used twice", c.id.get_ref())));
        }
    }
    let event_ids: HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
    let term_ids: HashMap<String, usize> =
        raw.terms.iter().enumerate().map(|(i, t)| (t.id.get_ref().clone(), i)).collect();
    let terms = parse_terms(raw.terms, &lines, &event_ids, &term_ids, &at, &mut problems);
    for c in &raw.called {
        if !event_ids.contains(c.event.get_ref().as_str()) {
            problems.push(
                at(c.event.span().start, format!("[[called]] names `{}`, which is not an event", c.event.get_ref()))
                    .help(format!("valid events: {}", sorted_list(event_ids.iter().copied()))),
            );
        }
    }
    let milestones = parse_milestones(raw.milestones, &lines, &event_ids, &term_ids, &at, &mut problems);
    let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
    if !problems.is_empty() {
        return (Terms { events, terms, hash, ..Terms::default() }, problems);
    }
    let rules = Rules {
        parties: raw.parties,
        vocab: raw.vocab,
        languages: raw.language,
        claims: raw.claims,
        phrasings: raw.phrasings,
        words: raw.words,
        called: raw.called,
        lines,
    };
    (Terms { events, terms, milestones, rules, hash }, problems)
}

/// The TOML of a terms file. A long one (the seed's is 600 KB, its parse a third of a small
/// digest's build) is parsed on both cores: its run of `[[phrasing]]` and `[[words]]` tables (the
/// middle, [`Plan`]) is cut into pieces and its run of `[[claim]]`s taken apart, both read by
/// [`plain`] (the toml crate reads a piece that reader is not sure of), and the rest (the head,
/// the islands of other tables inside the middle and the tail after it, with those runs blanked
/// out so that every offset stays the whole file's) is parsed by the toml crate as one document
/// beside them; the lists of those tables are then joined in file order. A piece that does not parse, or a file the pieces could
/// read differently from the whole, is parsed whole, so that every error is the whole file's.
fn parse_raw(text: &str) -> Result<RawTerms, toml::de::Error> {
    use rayon::prelude::*;
    let Some(plan) = plan(text) else { return toml::from_str(text) };
    let pieces = plan.pieces();
    let first = plan.cuts[0];
    let (rest, (claims, middle)) = rayon::join(
        || {
            if plan.end == text.len() && plan.islands.is_empty() && plan.claims.is_none() {
                return Some(toml::from_str::<RawTerms>(&text[..first]));
            }
            // Spaces for the bytes read apart, up to the newline ending them: every span stays
            // (the toml crate's are byte offsets; lines are counted in the file itself). (A
            // comment line instead reads slower: the toml crate checks each of its characters.)
            // Built as a string (each run starts a line and ends at one: every cut is at an ASCII
            // byte), not checked again as UTF-8.
            let mut runs: Vec<_> = pieces.iter().cloned().chain(plan.claims.clone()).collect();
            runs.sort_unstable_by_key(|r| r.start);
            let mut blanked = String::with_capacity(text.len());
            let spaces = " ".repeat(4096);
            let mut kept = 0;
            for run in runs {
                let stop = if text.as_bytes()[run.end - 1] == b'\n' { run.end - 1 } else { run.end };
                blanked.push_str(text.get(kept..run.start)?);
                let mut left = stop - run.start;
                while left > 0 {
                    let n = left.min(spaces.len());
                    blanked.push_str(&spaces[..n]);
                    left -= n;
                }
                kept = stop;
            }
            blanked.push_str(text.get(kept..)?);
            Some(toml::from_str::<RawTerms>(&blanked))
        },
        || {
            let piece = |run: &std::ops::Range<usize>| {
                let piece = &text[run.clone()];
                plain::read(piece).map_or_else(|| toml::from_str::<RawTail>(piece), Ok).map(|t| (run.start, t))
            };
            rayon::join(
                || plan.claims.clone().map(|run| plain::claims(text, run)),
                || pieces.par_iter().map(piece).collect::<Result<Vec<_>, _>>(),
            )
        },
    );
    let (Some(Ok(mut raw)), Ok(middle)) = (rest, middle) else { return toml::from_str(text) };
    match claims {
        None => {}
        Some(None) => return toml::from_str(text),
        // The run starts at the file's first `[[claim]]`: the others come after it.
        Some(Some(claims)) => drop(raw.claims.splice(0..0, claims)),
    }
    // The head's tables come before the middle's, the tail's after them (the islands between
    // the middle's runs hold neither).
    let tail_phrasings = raw.phrasings.split_off(raw.phrasings.partition_point(|p| p.claim.span().start < first));
    let tail_words = raw.words.split_off(raw.words.partition_point(|w| w.vocab.span().start < first));
    for (at, piece) in middle {
        raw.phrasings.extend(piece.phrasing.into_iter().map(|p| p.shifted(at)));
        raw.words.extend(piece.words.into_iter().map(|w| w.shifted(at)));
    }
    raw.phrasings.extend(tail_phrasings);
    raw.words.extend(tail_words);
    Ok(raw)
}

/// A piece of a terms file's middle ([`parse_raw`]): only `[[phrasing]]`s and `[[words]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTail {
    #[serde(default)]
    phrasing: Vec<PhrasingSpec>,
    #[serde(default)]
    words: Vec<WordsSpec>,
}

/// Files shorter than this are parsed whole: cutting them gains nothing worth the threads.
const CUT_ABOVE: usize = 128 * 1024;

/// How [`parse_raw`] reads a long terms file on both cores.
#[derive(Debug, PartialEq)]
struct Plan {
    /// One to three line starts, each a `[[phrasing]]` or `[[words]]` header line near a quarter
    /// of the file: the middle's pieces start there.
    cuts: Vec<usize>,
    /// Where the middle ends: the first header line after the first cut that is not
    /// `[[phrasing]]`, `[phrasing.values]` or `[[words]]` and does not start an island (the
    /// tail starts there), or the end.
    end: usize,
    /// Runs of other tables inside the middle (the seed's `[language.xx]` cues and two
    /// `[[claim]]`s, between phrasings), read with the head and the tail: each ends at a
    /// `[[phrasing]]` or `[[words]]` header (see [`is_island`]).
    islands: Vec<std::ops::Range<usize>>,
    /// The run of `[[claim]]` and `[claim.values]` tables from the file's first `[[claim]]`,
    /// before the first cut, that [`plain::claims`] reads; `None` when the rest of the file
    /// could reach into it.
    claims: Option<std::ops::Range<usize>>,
}

impl Plan {
    /// The middle's pieces, in file order: from the first cut to the end, cut at the other cuts
    /// and around the islands.
    fn pieces(&self) -> Vec<std::ops::Range<usize>> {
        let mut bounds: Vec<usize> = self.cuts.iter().copied().chain([self.end]).collect();
        bounds.extend(self.islands.iter().flat_map(|i| [i.start, i.end]));
        bounds.sort_unstable();
        bounds.dedup();
        bounds.windows(2).map(|w| w[0]..w[1]).filter(|r| !self.islands.contains(r)).collect()
    }
}

/// Whether `text`, between two runs of the middle, can be read with the head and the tail as
/// the whole file reads it: no header naming the middle's tables, nor `claim` before the
/// island's own `[[claim]]` (either could reach back into the last such table before it), no
/// line that could set `phrasing` or `words`, and no multi-line string (one could hide header
/// lines, or run on over the blanked pieces).
fn is_island(text: &str) -> bool {
    let names = |line: &str| ["phrasing", "words"].iter().any(|n| line.contains(n));
    !text.lines().any(|line| line.trim_start().starts_with('[') && names(line))
        && !reaches_back(text, "[[claim]]", "claim")
        && !defines_tail_keys(text)
        && memchr::memmem::find(text.as_bytes(), b"\"\"\"").is_none()
        && memchr::memmem::find(text.as_bytes(), b"'''").is_none()
}

/// The headers the middle may hold: the pieces read nothing else.
const MIDDLE_HEADERS: [&str; 3] = ["[[phrasing]]", "[phrasing.values]", "[[words]]"];

/// The headers the run of claims may hold.
const CLAIM_HEADERS: [&str; 2] = ["[[claim]]", "[claim.values]"];

/// Where [`parse_raw`] cuts `text`, or `None` to parse it whole. A cut inside a multi-line array
/// or string of the middle leaves the piece before it unterminated, which fails to parse: the
/// file is then parsed whole. The head and tail are refused when they could read the middle's
/// tables another way than the whole file does: a multi-line string open at the first cut (the
/// blanked middle would continue it), `phrasing` or `words` defined otherwise than as `[[…]]`
/// tables, or a tail header naming `phrasing`/`words` before the tail's own `[[…]]` of that
/// name (in the whole file it would extend the middle's last table). The run of claims is read
/// apart on the same terms.
fn plan(text: &str) -> Option<Plan> {
    if text.len() <= CUT_ABOVE {
        return None;
    }
    let mut cuts = Vec::new();
    let mut end = text.len();
    // The islands found, and where the one being read started.
    let (mut islands, mut island) = (Vec::new(), None);
    let mut want = 1;
    let mut at = 0;
    // Before the first cut: the run of claims (where it starts and where it ended), whether a
    // line may define a key the pieces read, whether a header names `claim` before the run or
    // reaches back into it after it, and whether a `[[claim]]` followed the run.
    let (mut claims_from, mut claims_to) = (None, None);
    let (mut defines, mut claims_apart, mut claim_after) = (false, true, false);
    for line in lines_inclusive(text) {
        let start = at;
        at += line.len();
        let header = line.trim_end_matches(['\n', '\r']);
        let is_header = header.trim_start().starts_with('[');
        if !cuts.is_empty() {
            match island {
                // The island ends where the middle's next run starts.
                Some(from) if header == "[[phrasing]]" || header == "[[words]]" => {
                    if !is_island(&text[from..start]) {
                        end = from;
                        break;
                    }
                    islands.push(from..start);
                    island = None;
                }
                // A `[phrasing.values]` would reach back over the island: the tail starts there.
                Some(_) if MIDDLE_HEADERS.contains(&header) => {
                    end = island.unwrap_or(start);
                    break;
                }
                Some(_) => {}
                None if is_header && !MIDDLE_HEADERS.contains(&header) => island = Some(start),
                None => {}
            }
        } else if is_header {
            let names_claim = header.contains("claim");
            if claims_from.is_none() {
                if header == "[[claim]]" {
                    claims_from = Some(start);
                } else {
                    claims_apart &= !names_claim;
                }
            } else if claims_to.is_none() {
                if !CLAIM_HEADERS.contains(&header) {
                    claims_to = Some(start);
                    claims_apart &= !names_claim;
                }
            } else if header == "[[claim]]" {
                claim_after = true;
            } else {
                claims_apart &= claim_after || !names_claim;
            }
        } else {
            defines |= defines_keys(header, &["phrasing", "words"]);
            // A top-level `claim` key (before any header) would meet the run's `[[claim]]`.
            claims_apart &= claims_from.is_some() || !defines_keys(header, &["claim"]);
        }
        if want == 4 || start * 4 < text.len() * want {
            continue;
        }
        if header == "[[phrasing]]" || header == "[[words]]" {
            cuts.push(start);
            while want < 4 && start * 4 >= text.len() * want {
                want += 1;
            }
        }
    }
    // An island running to the end of the file is its tail.
    if let Some(from) = island {
        end = end.min(from);
    }
    let first = *cuts.first()?;
    let (head, tail) = (&text[..first], &text[end..]);
    let multiline = memchr::memmem::find(head.as_bytes(), b"\"\"\"").is_some()
        || memchr::memmem::find(head.as_bytes(), b"'''").is_some();
    if multiline || defines || defines_tail_keys(tail) || tail_extends_middle(tail) {
        return None;
    }
    // The middle's headers never name `claim`; the tail's may, after a `[[claim]]` of its own.
    claims_apart &= claim_after || !reaches_back(tail, "[[claim]]", "claim");
    let claims = claims_from.zip(claims_to).filter(|_| claims_apart).map(|(from, to)| from..to);
    Some(Plan { cuts, end, islands, claims })
}

/// Whether a header line of `after` names `name`, other than `array` (its `[[…]]`), before the
/// first `array` line: in the whole file it would reach back to the last table before `after`.
fn reaches_back(after: &str, array: &str, name: &str) -> bool {
    for line in after.lines() {
        let header = line.trim();
        if header == array {
            return false;
        }
        if header.starts_with('[') && header.contains(name) {
            return true;
        }
    }
    false
}

/// Whether a header line of the tail names `phrasing` or `words` (other than a `[[…]]` of it)
/// before the tail's own first `[[phrasing]]` or `[[words]]`: in the whole file it would reach
/// back to the middle's last table of that name.
fn tail_extends_middle(tail: &str) -> bool {
    reaches_back(tail, "[[phrasing]]", "phrasing") || reaches_back(tail, "[[words]]", "words")
}

/// Whether the part of a terms file before the first cut may define `phrasing` or `words` other
/// than as `[[…]]` tables (`words = […]`, a dotted key): the pieces after it would then append
/// to what the whole file refuses. Such a line, or one like it inside a string, means no cut.
fn defines_tail_keys(head: &str) -> bool {
    defines_keys(head, &["phrasing", "words"])
}

/// Whether a line of `text` may set one of `names` as a key (`words = […]`, a dotted key).
fn defines_keys(text: &str, names: &[&str]) -> bool {
    text.lines().any(|line| {
        let key = line.trim_start().trim_start_matches(['"', '\'']);
        // Most lines start with no name's first letter: no name compared.
        let first = key.as_bytes().first();
        names.iter().any(|name| name.as_bytes().first() == first)
            && names.iter().any(|name| {
                key.strip_prefix(name)
                    .is_some_and(|rest| rest.trim_start_matches(['"', '\'']).trim_start().starts_with(['=', '.']))
            })
    })
}

/// `text`'s lines, each with its newline (as `split_inclusive('\n')`), found with `memchr`:
/// [`plan`] reads every line of a long file before it is parsed on both cores.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
    let ends = ends.chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
    let mut start = 0;
    ends.map(move |end| {
        let line = text.get(start..end).unwrap_or_default();
        start = end;
        line
    })
}

/// `s`'s span moved on by `by` bytes: where a piece's value sits in the whole file.
fn shift(s: &mut toml::Spanned<String>, by: usize) {
    let span = s.span();
    *s = toml::Spanned::new(span.start + by..span.end + by, std::mem::take(s.get_mut()));
}

impl PhrasingSpec {
    /// In place: its lists and map of values are not built again.
    fn shifted(mut self, by: usize) -> PhrasingSpec {
        shift(&mut self.claim, by);
        shift(&mut self.lang, by);
        let lists = self.values.values_mut().chain([&mut self.patterns, &mut self.unless]);
        lists.flatten().for_each(|s| shift(s, by));
        self
    }
}

impl WordsSpec {
    fn shifted(mut self, by: usize) -> WordsSpec {
        shift(&mut self.vocab, by);
        shift(&mut self.lang, by);
        self
    }
}

/// Checks each `[[event]]`: unique id, a date, official documents with safe URLs.
fn parse_events(
    raw: Vec<RawEvent>,
    lines: &Lines,
    at: &dyn Fn(usize, String) -> Diagnostic,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Event> {
    let mut events = Vec::new();
    let mut seen = HashSet::new();
    for e in raw {
        let line = lines.line(e.id.span().start);
        if !seen.insert(e.id.get_ref().clone()) {
            problems.push(at(e.id.span().start, format!("the event id `{}` is used twice", e.id.get_ref())));
        }
        let dt = e.date.get_ref();
        let date = match (dt.date, dt.time) {
            (Some(d), None) => NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day)),
            _ => None,
        };
        let Some(date) = date else {
            problems.push(
                at(e.date.span().start, format!("the date of event `{}` is not a date", e.id.get_ref()))
                    .help("write a plain date without quotes, e.g. date = 2025-10-28"),
            );
            continue;
        };
        problems.extend(unsafe_urls(&e.documents, &at));
        if e.documents.is_empty() && !e.reported {
            problems.push(
                at(e.id.span().start, format!("event `{}` has no official document", e.id.get_ref()))
                    .help("add [[event.documents]] with its title and url, or mark it reported = true"),
            );
        }
        events.push(Event {
            id: e.id.into_inner(),
            date,
            title: e.title,
            summary: e.summary,
            documents: e.documents,
            reported: e.reported,
            called: e.called,
            line,
        });
    }
    events
}

/// Checks each `[[term]]`: unique id, a known event, known replaced terms, a plausible `until`,
/// a quote.
fn parse_terms(
    raw: Vec<RawTerm>,
    lines: &Lines,
    event_ids: &HashSet<&str>,
    term_ids: &HashMap<String, usize>,
    at: &dyn Fn(usize, String) -> Diagnostic,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Term> {
    let mut seen = HashSet::new();
    let mut terms = Vec::new();
    for t in raw {
        let line = lines.line(t.id.span().start);
        if !seen.insert(t.id.get_ref().clone()) {
            problems.push(at(t.id.span().start, format!("the term id `{}` is used twice", t.id.get_ref())));
        }
        if !event_ids.contains(t.event.get_ref().as_str()) {
            problems.push(
                at(t.event.span().start, format!("unknown event `{}`", t.event.get_ref())).help(unknown_help(
                    t.event.get_ref(),
                    "events",
                    event_ids.iter().copied(),
                )),
            );
        }
        let replaces_at = t.replaces.as_ref().map_or(t.id.span().start, |r| r.span().start);
        let replaces = t.replaces.map(toml::Spanned::into_inner).unwrap_or_default();
        for r in &replaces {
            if !term_ids.contains_key(r) {
                problems.push(
                    at(replaces_at, format!("term `{}` replaces unknown term `{r}`", t.id.get_ref()))
                        .help(unknown_help(r, "terms", term_ids.keys().map(String::as_str))),
                );
            }
        }
        let until = match t.until {
            Some(y) if !(1900..=2200).contains(y.get_ref()) => {
                problems.push(at(y.span().start, format!("until = {} is not a plausible year", y.get_ref())));
                None
            }
            Some(y) => i32::try_from(*y.get_ref()).ok(),
            None => None,
        };
        if t.quote.trim().is_empty() {
            problems.push(at(t.id.span().start, format!("term `{}` has an empty quote", t.id.get_ref())));
        }
        let continues = t.continues.map(|c| (c.span().start, c.into_inner()));
        if let Some((start, names)) = &continues {
            for c in names.iter().filter(|c| !t.check.contains_key(c.as_str())) {
                problems.push(
                    at(*start, format!("term `{}` continues `{c}`, which it does not check", t.id.get_ref())).help(
                        format!(
                            "name claims of its [term.check] table: {}",
                            sorted_list(t.check.keys().map(String::as_str))
                        ),
                    ),
                );
            }
        }
        // Which claims exist is the checks' business: an unknown one is reported with the
        // rules' other mistakes, all in one run.
        let checks = t
            .check
            .iter()
            .map(|(claim, value)| CheckSpec {
                claim: claim.clone(),
                value: value.get_ref().clone(),
                line: lines.line(value.span().start),
                continues: continues.as_ref().is_some_and(|(_, names)| names.contains(claim)),
            })
            .collect();
        terms.push(Term {
            id: t.id.into_inner(),
            event: t.event.into_inner(),
            title: t.title,
            quote: t.quote,
            replaces,
            until,
            comment: t.comment,
            checks,
            line,
        });
    }
    terms
}

/// Checks each `[[milestone]]`'s date and references; whether it has a source is checked once
/// merged with the derived milestones ([`crate::timeline::milestones`]).
fn parse_milestones(
    raw: Vec<RawMilestone>,
    lines: &Lines,
    event_ids: &HashSet<&str>,
    term_ids: &HashMap<String, usize>,
    at: &dyn Fn(usize, String) -> Diagnostic,
    problems: &mut Vec<Diagnostic>,
) -> Vec<MilestoneEntry> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for m in raw {
        let id_at = m.id.span().start;
        let id = m.id.get_ref().clone();
        if !seen.insert(id.clone()) {
            problems.push(at(id_at, format!("the milestone id `{id}` is used twice")));
        }
        let mut date = None;
        if let Some(d) = &m.date {
            match milestone_date(d.get_ref()) {
                Ok(w) => date = Some(w),
                Err(message) => problems.push(
                    at(d.span().start, format!("milestone `{id}`: {message}"))
                        .help("write a year (date = 2030) or a date without quotes (date = 2030-12-31)"),
                ),
            }
        }
        let terms = m.terms.map_or_else(Vec::new, |t| {
            let terms_at = t.span().start;
            let terms = t.into_inner();
            for t in terms.iter().filter(|t| !term_ids.contains_key(*t)) {
                problems.push(at(terms_at, format!("milestone `{id}` names unknown term `{t}`")).help(unknown_help(
                    t,
                    "terms",
                    term_ids.keys().map(String::as_str),
                )));
            }
            terms
        });
        if let Some(e) = &m.event.as_ref().filter(|e| !event_ids.contains(e.get_ref().as_str())) {
            problems.push(
                at(e.span().start, format!("milestone `{id}` names unknown event `{}`", e.get_ref()))
                    .help(unknown_help(e.get_ref(), "events", event_ids.iter().copied())),
            );
        }
        problems.extend(unsafe_urls(&m.documents, &at));
        let line_of = |offset: usize| lines.line(offset);
        let line = line_of(id_at);
        out.push(MilestoneEntry {
            id,
            date,
            title: m.title,
            label: m.label,
            meaning: m.meaning,
            terms,
            event: m.event.map(toml::Spanned::into_inner),
            documents: m.documents,
            line,
            date_line: m.date.as_ref().map_or(line, |d| line_of(d.span().start)),
        });
    }
    out
}

/// A milestone's `date`: a plausible year, or a calendar date that exists.
fn milestone_date(value: &toml::Value) -> Result<When, String> {
    match value {
        toml::Value::Integer(y) if (1900..=2200).contains(y) => {
            i32::try_from(*y).map(When::Year).map_err(|_| format!("{y} is not a plausible year"))
        }
        toml::Value::Integer(y) => Err(format!("{y} is not a plausible year")),
        toml::Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                .filter(|d| (1900..=2200).contains(&d.year()))
                .map(When::Day)
                .ok_or_else(|| format!("{dt} is not a date that exists")),
            _ => Err(format!("{dt} is not a year or a date")),
        },
        other => Err(format!("{other} is not a year or a date")),
    }
}

/// `a, b, c` in order, for messages that list valid ids.
pub fn sorted_list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = ids.collect();
    v.sort_unstable();
    v.dedup();
    if v.is_empty() { "(none defined)".to_string() } else { v.join(", ") }
}

/// The id of `ids` that `wanted` most likely misspells: the same but for case, else the nearest
/// by edits (at most 2, or a third of its length for a long id; none for an id of three
/// characters or fewer, where `E9` is no misspelling of `E4`), else one it begins (`revenu` for
/// `revenue-share`). None when nothing is close.
pub fn closest<'a>(wanted: &str, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = wanted.to_lowercase();
    let ids: Vec<&str> = ids.into_iter().collect();
    if let Some(id) = ids.iter().find(|id| id.to_lowercase() == wanted) {
        return Some(id);
    }
    let length = wanted.chars().count();
    let bound = if length <= 3 { 0 } else { 2.max(length / 3) };
    let near =
        ids.iter().map(|id| (strsim::levenshtein(&id.to_lowercase(), &wanted), *id)).filter(|(d, _)| *d <= bound).min();
    near.map(|(_, id)| id)
        .or_else(|| ids.iter().copied().filter(|id| wanted.len() >= 3 && id.to_lowercase().starts_with(&wanted)).min())
}

/// The help for an id that is not one of `ids` (`what`: "terms", "events"): the closest id, if
/// any, and the valid ones.
pub fn unknown_help<'a>(wanted: &str, what: &str, ids: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.into_iter().collect();
    let valid = sorted_list(ids.iter().copied());
    match closest(wanted, ids) {
        Some(id) => format!("did you mean `{id}`? (valid {what}: {valid})"),
        None => format!("valid {what}: {valid}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TERMS: &str = r#"
[[event]]
id = "E1"
date = 2019-07-22
title = "First investment"
documents = [{ title = "Microsoft invests", url = "https://openai.com/x" }]

[[event]]
id = "E5"
date = 2026-04-27
title = "Amended agreement"
documents = [{ title = "The next phase" }]

[[term]]
id = "azure-exclusive"
event = "E1"
title = "Azure exclusivity"
quote = "Microsoft will become our exclusive cloud provider"

[[term]]
id = "any-cloud"
event = "E5"
title = "Any cloud"
quote = "OpenAI can now serve all its products to customers across any cloud provider."
replaces = ["azure-exclusive"]
until = 2032
"#;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    /// The seed digest's terms as vendored for the tests, long enough to be cut.
    const SEED: &str = include_str!("../../tests/fixtures/terms.toml");

    /// The pieces of a planned file, each parsed on its own: what [`parse_raw`] would join.
    fn pieces_parse(text: &str) -> bool {
        let plan = plan(text).expect("a plan");
        plan.pieces().into_iter().all(|r| toml::from_str::<RawTail>(&text[r]).is_ok())
    }

    #[test]
    fn a_long_terms_file_cut_in_pieces_reads_as_the_whole() {
        let plan = plan(SEED).expect("the seed's terms are cut");
        assert_eq!(plan.cuts.len(), 3, "{plan:?}");
        // Its `[language.xx]` cues and two claims between phrasings are islands: the middle runs on
        // past them to the end of the file.
        assert_eq!(plan.end, SEED.len(), "{plan:?}");
        assert!(plan.islands.len() >= 2, "{plan:?}");
        assert!(plan.claims.is_some(), "the seed's claims are read apart: {plan:?}");
        // No piece falls back to the whole file (it did when a claim followed the last cut).
        assert!(pieces_parse(SEED));
        let whole: RawTerms = toml::from_str(SEED).expect("the seed parses");
        let cut = parse_raw(SEED).expect("the seed parses in pieces");
        assert_eq!(format!("{cut:?}"), format!("{whole:?}"), "the same tables, with the same spans");
        // A file whose middle runs to its end without an island has no tail to blank.
        let middle_only = &SEED[..plan.islands[0].start];
        assert_eq!(plan_end(middle_only), middle_only.len());
        let whole: RawTerms = toml::from_str(middle_only).expect("parses");
        assert_eq!(format!("{:?}", parse_raw(middle_only).expect("parses")), format!("{whole:?}"));
    }

    fn plan_end(text: &str) -> usize {
        plan(text).expect("a plan").end
    }

    #[test]
    fn a_mistake_in_a_piece_is_the_whole_files_error() {
        let at = plan(SEED).expect("a plan").cuts[2];
        let broken = format!("{}[[phrasing]]\nclaim = \"x\"\nclaim = \"y\"\n{}", &SEED[..at], &SEED[at..]);
        let whole = toml::from_str::<RawTerms>(&broken).expect_err("a duplicate key");
        let cut = parse_raw(&broken).expect_err("a duplicate key");
        assert_eq!(cut.to_string(), whole.to_string());
        // A mistake in the tail, after the middle.
        let broken = format!("{SEED}\n[[claim]]\nid = \"x\"\nid = \"y\"\n");
        let whole = toml::from_str::<RawTerms>(&broken).expect_err("a duplicate key");
        assert_eq!(parse_raw(&broken).expect_err("a duplicate key").to_string(), whole.to_string());
        // A cut inside a multi-line string: the piece before it does not parse.
        let at = plan(SEED).expect("a plan").cuts[1];
        let inside = format!(
            "{}[[phrasing]]\nclaim = \"x\"\nlang = \"en\"\nunless = [\'\'\'\n{}\'\'\']\n",
            &SEED[..at],
            &SEED[at..]
        );
        assert!(plan(&inside).is_some_and(|p| p.cuts.iter().any(|&c| c > at)), "a cut inside the string");
        let whole: RawTerms = toml::from_str(&inside).expect("parses");
        assert_eq!(format!("{:?}", parse_raw(&inside).expect("parses")), format!("{whole:?}"));
    }

    #[test]
    fn a_head_defining_a_tail_key_otherwise_is_parsed_whole() {
        let text = format!("words = []\n{SEED}");
        assert!(plan(&text).is_none());
        let whole = toml::from_str::<RawTerms>(&text).expect_err("[[words]] after a static array");
        assert_eq!(parse_raw(&text).expect_err("parsed whole").to_string(), whole.to_string());
        // A multi-line string open in the head could run on over the blanked middle.
        let text = format!("# a comment\n{}", SEED.replacen("[[claim]]", "[[claim]]\ncomment = \"\"\"x\"\"\"", 1));
        assert!(plan(&text).is_none());
    }

    /// A header after the run of claims that reaches back into its last claim: the run is not
    /// read apart, and the file reads as the whole does.
    #[test]
    fn a_header_reaching_back_into_the_claims_keeps_them_in_the_head() {
        let run = plan(SEED).and_then(|p| p.claims).expect("a run");
        let text =
            format!("{}[[milestone]]\nid = \"M\"\n[claim.negated]\nx = \"y\"\n{}", &SEED[..run.end], &SEED[run.end..]);
        assert!(plan(&text).is_some_and(|p| p.claims.is_none()));
        let whole = toml::from_str::<RawTerms>(&text);
        assert_eq!(format!("{:?}", parse_raw(&text)), format!("{whole:?}"));
        let text = format!("claim.x = 1\n{SEED}");
        assert!(plan(&text).is_some_and(|p| p.claims.is_none()));
        let whole = toml::from_str::<RawTerms>(&text);
        assert_eq!(format!("{:?}", parse_raw(&text)), format!("{whole:?}"));
    }

    /// Tables between the middle's phrasings are islands, read with the head, only when the
    /// whole file reads them alike: a header that reaches back into the middle's last table or
    /// the last claim, or a multi-line string, ends the middle there instead.
    #[test]
    fn an_island_in_the_middle_reads_as_the_whole_file_or_ends_it() {
        let at = plan(SEED).expect("a plan").cuts[1];
        let with = |island: &str| format!("{}{island}{}", &SEED[..at], &SEED[at..]);
        let read_alike = |text: &str| {
            let whole = toml::from_str::<RawTerms>(text);
            assert_eq!(format!("{:?}", parse_raw(text)), format!("{whole:?}"));
        };
        let island = with(
            "[language.xx]\nneutral = [\"a b\"]\n\n[[claim]]\nid = \"zz\"\nkind = \"status\"\n[claim.values]\nx = [\"y\"]\n",
        );
        let p = plan(&island).expect("a plan");
        assert!(p.islands.iter().any(|i| i.start == at) && p.end == island.len(), "{p:?}");
        read_alike(&island);
        for ends in [
            "[language.xx]\nneutral = [\"a\"]\n[phrasing.values]\nx = [\"y\"]\n",
            "[language.xx]\nneutral = [\"a\"]\n[claim.values]\nx = [\"y\"]\n",
            "[language.xx]\nnote = \"\"\"\n[[phrasing]]\nclaim = \"q\"\n\"\"\"\n",
            "[language.xx]\nwords = [\"a\"]\n",
        ] {
            let text = with(ends);
            assert!(plan(&text).is_none_or(|p| p.end == at && p.islands.iter().all(|i| i.start < at)), "{ends}");
            read_alike(&text);
        }
    }

    /// A tail header that reaches back into the middle's last table is read by the whole file.
    #[test]
    fn a_tail_extending_the_middles_last_table_is_parsed_whole() {
        let end = plan_end(SEED);
        let text = format!(
            "{}[[claim]]\nid = \"zz\"\nkind = \"status\"\n[phrasing.values]\nx = [\"y\"]\n{}",
            &SEED[..end],
            &SEED[end..]
        );
        assert!(plan(&text).is_none(), "[phrasing.values] before the tail's own [[phrasing]]");
        let whole = toml::from_str::<RawTerms>(&text);
        let cut = parse_raw(&text);
        assert_eq!(format!("{cut:?}"), format!("{whole:?}"));
    }

    #[test]
    fn terms_in_force_follow_replacements() {
        let t = parse(TERMS, Path::new(FILE)).expect("valid");
        let excl = t.term("azure-exclusive").expect("term");
        let any = t.term("any-cloud").expect("term");
        assert!(!t.in_force(excl, date("2019-07-21")));
        assert!(t.in_force(excl, date("2025-09-11")));
        assert!(!t.in_force(any, date("2025-09-11")));
        assert!(!t.in_force(excl, date("2026-04-27")));
        assert!(t.in_force(any, date("2026-04-27")));
        assert_eq!(any.until, Some(2032));
        assert_eq!(excl.line, 15);
    }

    /// Issue 15, defect 16: an unknown id got no closest-match suggestion.
    #[test]
    fn defect_16_an_unknown_id_gets_the_closest_one() {
        let ids = ["E5", "e5-revenue-share", "e5-azure-first", "licence"];
        assert_eq!(closest("e5", ids), Some("E5"), "case");
        assert_eq!(closest("E9", ids), None, "a short id is no misspelling of another");
        assert_eq!(closest("licnece", ids), Some("licence"), "two edits");
        assert_eq!(closest("e5-revenue", ids), Some("e5-revenue-share"), "a beginning");
        assert_eq!(closest("e5-azure-fist", ids), Some("e5-azure-first"));
        assert_eq!(closest("something-else", ids), None);
        assert_eq!(
            unknown_help("licnece", "terms", ids),
            "did you mean `licence`? (valid terms: E5, e5-azure-first, e5-revenue-share, licence)"
        );
    }

    #[test]
    fn a_called_entry_for_an_unknown_event_is_located() {
        let text = format!("{TERMS}\n[[called]]\nevent = \"E9\"\nlang = \"es\"\nphrases = [\"el acuerdo\"]\n");
        let errs = parse(&text, Path::new(FILE)).expect_err("unknown event");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].message.contains("[[called]] names `E9`"), "{errs:?}");
        assert_eq!(errs[0].line, TERMS.lines().count() + 3, "{errs:?}");
    }

    #[test]
    fn bad_references_are_located_and_list_valid_ids() {
        let text = TERMS.replace("event = \"E5\"", "event = \"E9\"").replace("[\"azure-exclusive\"]", "[\"nope\"]");
        let errs = parse(&text, Path::new(FILE)).expect_err("bad refs");
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].message.contains("unknown event `E9`"));
        assert_eq!(errs[0].help.as_deref(), Some("valid events: E1, E5"));
        assert_eq!(errs[0].line, 22);
        assert!(errs[1].message.contains("unknown term `nope`"));
    }

    /// `continues` names claims of the term's own `[term.check]`: a misspelt one is located,
    /// with the claims it may name; a right one is carried to the check it names.
    #[test]
    fn continues_names_the_terms_own_checks() {
        let with = |c: &str| {
            TERMS.replace(
                "quote = \"Microsoft will become our exclusive cloud provider\"",
                &format!("quote = \"Microsoft will become our exclusive cloud provider\"\ncontinues = [\"{c}\"]\n[term.check]\ncloud-exclusivity = \"exclusive\""),
            )
        };
        let errs = parse(&with("cloud-exclusivty"), Path::new(FILE)).expect_err("a misspelt claim");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].message.contains("continues `cloud-exclusivty`, which it does not check"), "{errs:?}");
        assert_eq!(errs[0].help.as_deref(), Some("name claims of its [term.check] table: cloud-exclusivity"));
        assert_eq!(errs[0].line, 19, "the line of `continues`");
        let t = parse(&with("cloud-exclusivity"), Path::new(FILE)).expect("valid");
        let checks = &t.term("azure-exclusive").expect("term").checks;
        assert!(checks.len() == 1 && checks[0].continues, "{checks:?}");
    }

    #[test]
    fn impossible_dates_and_missing_sources() {
        let errs = parse("[[event]]\nid = \"E\"\ndate = 2025-02-30\ntitle = \"x\"\n", Path::new(FILE))
            .expect_err("impossible date");
        assert_eq!(errs[0].line, 3, "{errs:?}");
        let errs =
            parse("[[event]]\nid = \"E\"\ndate = 2025-02-03\ntitle = \"x\"\n", Path::new(FILE)).expect_err("no source");
        assert!(errs[0].message.contains("no official document"), "{errs:?}");
    }
}
