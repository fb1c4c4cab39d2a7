//! The review queue: sentences that speak about a checked term but got no verdict.
//!
//! The checks put precision first, so they stay silent wherever a sentence is phrased in a way
//! no pattern knows. The queue is the other half of the same reading: every sentence that names
//! a checked term's subject (its claim's `about` words, in any language a vocabulary has words
//! for), or a party next to a value (an amount, a percentage, a year the deal turns on), and has
//! no finding, no note, no dismissal and no `[[reviewed]]` entry, is listed for the editor with
//! the terms it may concern and why it was picked. Names, numbers and years are read in every
//! language, so a sentence in a language no vocabulary covers still reaches the queue.

use std::collections::BTreeSet;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Serialize;

use super::check_blocks_of;
use super::claim::Kind as ClaimKind;
use super::lexicon::Cue;
use super::phrase::{Context, Present};
use super::token::{Kind, tokenize};
use super::value::{self, Lang};
use super::{Block, Checker, Found, read};
use crate::anchor::{Anchor, Doc, Miss, describe_miss};
use crate::content::terms::Terms;
use crate::content::{Corpus, stage_date};
use crate::diag::Diagnostic;
use crate::text::sentences;

/// Why a sentence was picked.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Why {
    /// It names a checked term's subject ("revenue share", "licence").
    Topic { words: String },
    /// It names a party next to a value: an amount, a percentage or a year.
    PartyValue { party: String, value: String },
    /// It names a year the deal turns on (an event's or a term's end).
    Milestone { year: i32 },
    /// It names an amount of dollars.
    Amount { amount: String },
    /// It names a stage of the deal ("the amendment", "el acuerdo definitivo", "改定").
    Stage { event: String, words: String },
    /// It names both parties ("Microsoft … OpenAI", "両社") in a statement of the writer's: what
    /// one does to the other is a term of the deal, in words no claim may have.
    Parties { words: String },
    /// A reading agreed, but the sentence says more than it read (an exemption, a negation, a
    /// number it left over, another term's subject).
    Unread { what: String },
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Why::Topic { words } => write!(f, "names {words}"),
            Why::PartyValue { party, value } => write!(f, "{party} with {value}"),
            Why::Milestone { year } => write!(f, "the year {year}"),
            Why::Amount { amount } => write!(f, "the amount {amount}"),
            Why::Stage { event, words } => write!(f, "names {event} as {words}"),
            Why::Parties { words } => write!(f, "names both parties: {words}"),
            Why::Unread { what } => write!(f, "agrees in part; left unread: {what}"),
        }
    }
}

impl Why {
    /// The kind of reason, without the sentence's words ("topic", "unread: negation").
    pub fn kind(&self) -> String {
        match self {
            Why::Topic { .. } => "topic".into(),
            Why::PartyValue { .. } => "party-value".into(),
            Why::Milestone { .. } => "milestone".into(),
            Why::Amount { .. } => "amount".into(),
            Why::Stage { .. } => "stage".into(),
            Why::Parties { .. } => "parties".into(),
            Why::Unread { what } => {
                let head = what.split('`').next().unwrap_or("").trim();
                if head.is_empty() { "unread: subject".into() } else { format!("unread: {head}") }
            }
        }
    }
}

/// A sentence for the editor to review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub block: usize,
    pub sentence: Range<usize>,
    /// The terms it may concern (ids), most likely first.
    pub terms: Vec<String>,
    pub why: Vec<Why>,
}

/// A claim the checks gave a verdict on (a finding's block, range and claim index): the queue
/// does not list its sentence for that claim's subject again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub block: usize,
    pub range: Range<usize>,
    pub claim: usize,
    /// The reading agrees with the terms: its sentence may still say more than it read.
    pub agrees: bool,
    /// It agrees only by rounding: its figure is more than 5% off the official one ("about
    /// $150 billion" for $135 billion).
    pub near: bool,
    /// It agrees only with a figure the terms give on another basis, not the one they state
    /// first ("32.5%", the stake before OpenAI's latest rounds, for "roughly 27 percent"):
    /// writers who state it as today's figure are wrong as often as not.
    pub secondary: bool,
}

impl Judged {
    /// A finding of the checks, as the queue weighs it.
    pub fn of(checker: &Checker, f: &Found) -> Judged {
        Judged {
            block: f.block,
            range: f.range.clone(),
            claim: f.claim,
            agrees: f.agrees,
            near: f.agrees && near_miss(&f.value, &f.official),
            secondary: f.agrees && secondary(checker, f.claim, &f.term, &f.official),
        }
    }
}

/// Whether an official figure (a sum or a share) is not the first its term states: the term
/// accepts it, on another basis.
fn secondary(checker: &Checker, claim: usize, term: &str, official: &super::Value) -> bool {
    matches!(checker.claims.get(claim).map(|c| c.kind), Some(ClaimKind::Amount | ClaimKind::Percent))
        && checker
            .answers
            .get(claim)
            .into_iter()
            .flatten()
            .any(|a| a.term == term && a.says.first().is_some_and(|v| v != official))
}

/// Whether a claimed figure agrees with an official one only within the slack its rounding
/// gives: more than 5% apart, both stated as a figure (not a bound, nor in tenths).
pub fn near_miss(claimed: &value::Value, official: &value::Value) -> bool {
    use super::value::{Bound, Value};
    let figure = |b: &Bound| matches!(b, Bound::Exact | Bound::About);
    let (c, o) = match (claimed, official) {
        (Value::Amount { dollars: c, bound: cb }, Value::Amount { dollars: o, bound: ob })
            if figure(cb) && figure(ob) =>
        {
            (*c as f64, *o as f64)
        }
        (Value::Percent { milli: c, bound: cb }, Value::Percent { milli: o, bound: ob })
            if figure(cb) && figure(ob) =>
        {
            (*c as f64, *o as f64)
        }
        _ => return false,
    };
    o > 0.0 && ((c - o) / o).abs() > 0.05
}

/// A sentence of the queue as `gloss check` and `gloss serve` list it: plain data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// The article's slug.
    pub article: String,
    pub file: std::path::PathBuf,
    /// "paragraph 3", "table cell 2", "headline".
    pub place: String,
    pub sentence: String,
    /// The terms it may concern, most likely first.
    pub terms: Vec<String>,
    /// Why it was picked.
    pub why: Vec<Why>,
}

/// A sentence of the digest's queue: its article (position in reading order) and the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub article: usize,
    pub item: Item,
}

/// The passages an annotation file's `[[reviewed]]` entries name; a warning for each that
/// names none (stale: its sentence is gone) or more than one.
fn reviewed(
    file: &crate::content::annotations::Annotations,
    article: &crate::content::Article,
    doc: &Doc,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(usize, Range<usize>)> {
    let mut settled = Vec::new();
    for r in &file.reviewed {
        match doc.find_in(r.place, &r.quote, r.prefix.as_deref(), r.suffix.as_deref()) {
            Ok(a) => settled.push((a.block, a.start..a.end)),
            Err(miss) => {
                let stale = matches!(miss, Miss::NotFound { .. });
                let (message, help) = describe_miss(&miss, &article.path.display().to_string());
                let (message, help) = if stale {
                    (
                        format!("stale review: {message}"),
                        format!("{help}; if the sentence is gone, delete this [[reviewed]]"),
                    )
                } else {
                    (message, help)
                };
                problems.push(Diagnostic::warning(&file.path, r.line, message).help(help));
            }
        }
    }
    settled
}

/// The warnings for `[[reviewed]]` entries whose passage is gone (or ambiguous), without the
/// queue: `gloss build` reports them as it reports stale dismissals.
pub fn stale_reviews(corpus: &Corpus, docs: &[Doc]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (ai, (article, doc)) in corpus.articles.iter().zip(docs).enumerate() {
        if let Some(file) = corpus.annotations_of.get(ai).and_then(Option::as_ref) {
            reviewed(file, article, doc, &mut problems);
        }
    }
    problems
}

/// The digest's review queue: every article's sentences about a checked term with no verdict,
/// leaving out those a note covers (`noted`: each article's notes' anchors, hand-written and
/// automatic), those a finding read (`findings_of`: an article's findings, by its place), and those an `[[reviewed]]` entry names. A reviewed entry
/// whose passage is gone is a warning, as a stale dismissal is.
pub fn digest<'a>(
    corpus: &Corpus,
    docs: &[Doc],
    checker: &Checker,
    findings_of: impl Fn(usize) -> &'a [super::Finding],
    noted: &[Vec<Anchor>],
) -> (Vec<Entry>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (ai, (article, doc)) in corpus.articles.iter().zip(docs).enumerate() {
        let mut settled: Vec<(usize, Range<usize>)> =
            noted.get(ai).map_or(&[][..], Vec::as_slice).iter().map(|a| (a.block, a.start..a.end)).collect();
        if let Some(file) = corpus.annotations_of.get(ai).and_then(Option::as_ref) {
            settled.extend(reviewed(file, article, doc, &mut problems));
        }
        // An article too long for the checks has no verdicts: no queue either (a warning says so).
        if article.too_long_to_check() {
            continue;
        }
        let Some(stage) = stage_date(article, &corpus.terms) else { continue };
        let judged: Vec<Judged> = findings_of(ai)
            .iter()
            .filter_map(|f| {
                let claim = checker.claims.iter().position(|c| c.id == f.claim)?;
                let near = f.agrees && near_miss(&f.claimed, &f.official);
                let secondary = f.agrees && secondary(checker, claim, &f.term, &f.official);
                Some(Judged {
                    block: f.anchor.block,
                    range: f.anchor.start..f.anchor.end,
                    claim,
                    agrees: f.agrees,
                    near,
                    secondary,
                })
            })
            .collect();
        let blocks = check_blocks_of(doc);
        for item in queue(checker, &corpus.terms, &blocks, stage, article.lang.as_deref(), &judged, &settled) {
            entries.push(Entry { article: ai, item });
        }
    }
    (entries, problems)
}

/// The sentences of `blocks` that speak about a checked term and have no verdict: `found` are
/// the checks' findings on the same blocks, `settled` the passages the editor already dealt
/// with (notes, dismissals, `[[reviewed]]` entries), as (block, byte range).
pub fn queue(
    checker: &Checker,
    terms: &Terms,
    blocks: &[Block<'_>],
    stage: NaiveDate,
    lang: Option<&str>,
    found: &[Judged],
    settled: &[(usize, Range<usize>)],
) -> Vec<Item> {
    let mut out = Vec::new();
    if checker.is_empty() {
        return out;
    }
    let years = Known::of(terms);
    for b in blocks.iter().filter(|b| b.role != super::Role::Label) {
        let l = read::lang_of(lang, b.text);
        let ctx = Context { parties: &checker.parties, lang: l, stage_year: chrono::Datelike::year(&stage) };
        let all = sentences::sentences(b.text);
        for (k, s) in all.iter().cloned().enumerate() {
            let next = all.get(k + 1).map(|n| &b.text[n.clone()]);
            // A question states nothing: the checks do not read it, the editor need not either.
            // A statement said with a question mark is read like any other.
            if sentences::asks(&b.text[s.clone()], next, l.code()) {
                continue;
            }
            let overlaps = |r: &Range<usize>| r.start < s.end && s.start < r.end;
            if settled.iter().any(|(blk, r)| *blk == b.index && overlaps(r)) {
                continue;
            }
            // The claims the checks gave a verdict on in this sentence: its other subjects may
            // still hold a claim nobody read.
            let here: Vec<&Judged> = found.iter().filter(|f| f.block == b.index && overlaps(&f.range)).collect();
            // A sentence with a contradiction found is in front of the editor already, as a
            // note to accept or dismiss: listing it again would only lengthen the queue.
            if here.iter().any(|f| !f.agrees) {
                continue;
            }
            // The official wording of a term in force, restated word for word ("Microsoft remains
            // OpenAI's primary cloud partner, and OpenAI products will ship first on Azure unless
            // …", "OpenAI may release open-weight models that meet requisite capability
            // criteria, according to people familiar with the terms"), says what the terms say.
            if restates_term(checker, terms, b, s.clone(), &ctx, stage) {
                continue;
            }
            let judged: Vec<usize> = here.iter().map(|f| f.claim).collect();
            let read: Vec<Range<usize>> = here.iter().map(|f| f.range.clone()).collect();
            // Every reading here agrees (a contradiction found took the sentence off above): a
            // sentence that reads wrong in part ("any cloud, except Google's" read as "any
            // cloud") must not leave the queue on the part it read.
            let near = || {
                here.iter().find(|f| f.near).map(|f| Why::Unread {
                    what: format!(
                        "a figure near, not at, the official one: `{}`",
                        b.text.get(f.range.clone()).unwrap_or("")
                    ),
                })
            };
            let secondary = || {
                here.iter().find(|f| f.secondary).map(|f| Why::Unread {
                    what: format!(
                        "a figure official on another basis only: `{}`",
                        b.text.get(f.range.clone()).unwrap_or("")
                    ),
                })
            };
            if !here.is_empty()
                && let Some(why) = near()
                    .or_else(secondary)
                    .or_else(|| unexplained(checker, b, s.clone(), l, &ctx, &read, &judged, &years))
            {
                let claims: Vec<usize> = judged.clone();
                let ids = concerned(checker, terms, &claims, &[], stage);
                out.push(Item { block: b.index, sentence: s.clone(), terms: ids, why: vec![why] });
                continue;
            }
            if let Some(item) = pick(checker, terms, b, s.clone(), l, &ctx, stage, &years, &judged, &read) {
                out.push(item);
            }
        }
    }
    out
}

/// The words of an English text as a restatement is compared with a term's quote: lowercase
/// runs of letters and digits, a closing "'s" kept ("OpenAI’s" is "openai's"), with their byte
/// ranges in the block from `at` on.
fn quote_words(text: &str, at: usize) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    let mut cur: Option<(String, usize)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_alphanumeric() {
            let w = cur.get_or_insert_with(|| (String::new(), pos));
            w.0.extend(c.to_lowercase());
            i += 1;
            continue;
        }
        if let Some((mut w, start)) = cur.take() {
            let mut end = pos;
            // "'s" closing the word: the possessive is part of it.
            if matches!(c, '\'' | '’')
                && chars.get(i + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
                && chars.get(i + 2).is_none_or(|&(_, n)| !n.is_alphanumeric())
            {
                w.push_str("'s");
                end = chars.get(i + 2).map_or(text.len(), |&(p, _)| p);
                i += 2;
            }
            out.push((w, at + start..at + end));
        }
        i += 1;
    }
    if let Some((w, start)) = cur {
        out.push((w, at + start..at + text.len()));
    }
    out
}

/// Words outside a restated quote that may change what it says: a reservation, a restriction, a
/// negation, an alternative, an end or a start, the past, a hedge, a claim called wrong.
const RESTATED_BUT: &[&str] = &[
    "but",
    "although",
    "though",
    "however",
    "only",
    "not",
    "no",
    "never",
    "except",
    "whether",
    "yet",
    "while",
    "instead",
    "rather",
    "than",
    "nor",
    "neither",
    "either",
    "or",
    "cannot",
    "until",
    "through",
    "by",
    "before",
    "after",
    "if",
    "unless",
    "longer",
    "ended",
    "ends",
    "end",
    "once",
    "was",
    "were",
    "had",
    "would",
    "could",
    "might",
    "reportedly",
    "wrongly",
    "incorrectly",
    "claim",
    "claims",
    "claimed",
    "ending",
    "replacing",
    "replaced",
    "replaces",
    "ceases",
    "stopped",
    "expired",
    "expires",
];

/// The first party a text names ("Microsoft" in "Microsoft can now independently pursue AGI …").
fn first_party<'a>(checker: &'a Checker, toks: &[super::token::Token]) -> Option<&'a str> {
    (0..toks.len()).find_map(|i| checker.parties.at(toks, i).map(|(p, _)| p))
}

/// Whether sentence `s` restates the official wording of a term in force at `stage` word for
/// word: eight words or more of its quote in a row, and nothing beside the quoted words that could
/// change them (at most ten other words, none a reservation, negation or restriction, no figure,
/// and no other term's subject: "…, the companies said", "according to people familiar with the
/// terms"). A paraphrase that changes a term breaks the run where it changes it ("cannot or
/// chooses not to"), and leaves its word outside.
fn restates_term(
    checker: &Checker,
    terms: &Terms,
    b: &Block<'_>,
    s: Range<usize>,
    ctx: &Context,
    stage: NaiveDate,
) -> bool {
    let words = quote_words(&b.text[s.clone()], s.start);
    if words.len() < 8 {
        return false;
    }
    // A sentence opening on a pronoun ("It lasts until the expert panel verifies AGI or through
    // 2030 …") restates a term of a subject it does not name.
    if ["it", "its", "they", "their", "this", "that", "these", "those", "he", "she"].contains(&words[0].0.as_str()) {
        return false;
    }
    let mut covered = vec![false; words.len()];
    let mut longest = 0;
    let mut quoted: Option<&str> = None;
    for t in terms.terms.iter().filter(|t| terms.in_force(t, stage)) {
        let quote: Vec<String> = quote_words(&t.quote, 0).into_iter().map(|(w, _)| w).collect();
        for i in 0..words.len() {
            for j in 0..quote.len() {
                let run = (0..)
                    .take_while(|&k| i + k < words.len() && j + k < quote.len() && words[i + k].0 == quote[j + k])
                    .count();
                if run > longest {
                    longest = run;
                    quoted = Some(&t.quote);
                }
                if run >= 4 {
                    covered[i..i + run].iter_mut().for_each(|c| *c = true);
                }
            }
        }
    }
    if longest < 8 {
        return false;
    }
    let rest: Vec<&str> = words.iter().zip(&covered).filter(|(_, c)| !**c).map(|(w, _)| w.0.as_str()).collect();
    if rest.len() > 10 || rest.iter().any(|w| RESTATED_BUT.contains(w) || w.chars().any(|c| c.is_ascii_digit())) {
        return false;
    }
    // The quoted words' spans; a subject word outside them is another term's.
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (w, _) in words.iter().zip(&covered).filter(|(_, c)| **c) {
        match spans.last_mut() {
            Some(last) if b.text[last.end..w.1.start].chars().all(|c| !c.is_alphanumeric()) => last.end = w.1.end,
            _ => spans.push(w.1.clone()),
        }
    }
    let toks = tokenize(b.text, std::slice::from_ref(&s));
    // The quote's subject is the sentence's: "OpenAI can now independently pursue AGI alone or in
    // partnership with third parties" gives Microsoft's freedom to the other party.
    let quote = quoted.unwrap_or("");
    let quote_toks = tokenize(quote, std::slice::from_ref(&(0..quote.len())));
    if first_party(checker, &toks) != first_party(checker, &quote_toks) {
        return false;
    }
    let present = Present::new(&toks, &checker.parties);
    !checker.claims.iter().any(|c| {
        c.about.iter().filter(|p| p.admits(&present)).any(|p| {
            p.find(&toks, ctx).into_iter().any(|m| {
                let r = toks[m.start].range.start..toks[m.end - 1].range.end;
                !spans.iter().any(|x| x.start <= r.start && r.end <= x.end)
            })
        })
    })
}

/// The words for "and" that join a second predicate to a reading.
const AND: &[&str] = &["and", "or", "y", "e", "o", "ou", "und", "oder", "et"];

/// What a sentence with only agreeing readings says beyond them: an exemption ("except
/// Google's"), a negation, or a number the readings did not consume ("a 20% share", a second
/// year). The checks read part of it; the rest may reverse what they read.
#[allow(clippy::too_many_arguments, reason = "one sentence's readings, with what they are read against")]
fn unexplained(
    checker: &Checker,
    b: &Block<'_>,
    s: Range<usize>,
    lang: Lang,
    ctx: &Context,
    read: &[Range<usize>],
    judged: &[usize],
    years: &Known,
) -> Option<Why> {
    let mut toks = tokenize(b.text, std::slice::from_ref(&s));
    // "19年、" is 2019 in Japanese copy: a year the deal turns on, no number left over.
    if lang == Lang::Ja {
        value::japanese_short_years(&mut toks);
    }
    // Who gives to whom, between both parties, read by no reading of a direction ("Microsoft
    // licenses its IP to OpenAI through 2032" agrees on the year, not on who licenses). One
    // description of the pair ("le partage des revenus entre les deux groupes", fr-b53) names
    // no giver and no receiver: no direction is left unread.
    if gives(&toks)
        && !judged.iter().any(|&j| checker.claims[j].kind == ClaimKind::Direction)
        && let scene = Scene::read(checker, b, &toks, ctx, lang)
        && !scene.paired
        && let Some(both) = scene.both
    {
        return Some(Why::Unread { what: format!("who gives to whom: {both}") });
    }
    // A year the deal never turned on, even inside a reading ("Microsoft's initial investment,
    // made in 2021, was $1 billion" agrees on the sum): a wrong year is the likeliest error
    // beside a right figure, and no reading judged it.
    if let Some(year) = toks.iter().find(|t| {
        t.kind == Kind::Number
            && t.norm.len() == 4
            && t.norm.parse::<i32>().is_ok_and(|y| (1990..=2099).contains(&y) && !years.contains(&y))
    }) {
        return Some(Why::Unread { what: format!("year `{}`", &b.text[year.range.clone()]) });
    }
    let outside = |r: Range<usize>| !read.iter().any(|x| x.start <= r.start && r.end <= x.end);
    let cues = checker.lexicon.for_lang(lang.code());
    let found = super::lexicon::Found::scan(&cues, &toks, ctx, &|_| false);
    // A negation inside words that say a detail was left undisclosed or unconfirmed ("外界流传的
    // 100亿美元从未获得官方证实") denies no term: the sentence reports the detail as hearsay.
    let undisclosed = super::lexicon::Found::queue(&cues, Cue::Undisclosed, &toks, ctx);
    let told_undisclosed = |m: &super::phrase::Match| undisclosed.iter().any(|u| u.start <= m.start && m.end <= u.end);
    // A negation right after a reading is the reading's own ("배분하지 않는다"); after "and" it
    // starts a predicate of its own ("OpenAI pays Microsoft and drops the cap").
    let trailing = |r: &Range<usize>| {
        read.iter().any(|x| {
            x.end <= r.start && {
                let between = &b.text[x.end..r.start];
                between.chars().all(|c| c.is_alphanumeric() || c.is_whitespace())
                    && between.split_whitespace().count() <= 2
                    && between.chars().count() <= 12
                    && !between.split_whitespace().any(|w| AND.contains(&w.to_lowercase().as_str()))
            }
        })
    };
    // A change inside a reading of an end or a direction ("pays a smaller slice through 2030")
    // is no part of what it read: only a reading of a sum or a share reads a change.
    let figures = judged.iter().any(|&j| matches!(checker.claims[j].kind, ClaimKind::Amount | ClaimKind::Percent));
    for (cue, m) in &found.hits {
        let r = toks[m.start].range.start..toks[m.end - 1].range.end;
        if matches!(cue, Cue::Exempt | Cue::Negation | Cue::Condition | Cue::Change)
            && !(*cue == Cue::Negation && told_undisclosed(m))
            && (outside(r.clone()) || *cue == Cue::Change && !figures)
            && (matches!(cue, Cue::Condition | Cue::Change) || !trailing(&r))
        {
            let kind = match cue {
                Cue::Exempt => "exemption",
                Cue::Condition => "condition",
                Cue::Change => "change",
                _ => "negation",
            };
            return Some(Why::Unread { what: format!("{kind} `{}`", &b.text[r]) });
        }
    }
    // "Unless" outside the readings is an exception to what they read ("除非微软无法或选择不支持").
    // In Korean, the exception named right after a reading that ends on its condition ("…지원하지
    // 않기로 선택하면 예외가 인정된다") is what that reading read, no exception to it.
    let after_condition = |r: &Range<usize>| {
        lang == Lang::Ko
            && read.iter().any(|x| {
                let last = b.text[x.clone()].split_whitespace().last().unwrap_or("");
                x.end <= r.start
                    && b.text[x.end..r.start].trim().is_empty()
                    && ((last.ends_with('면') && last.chars().count() >= 2) || last.starts_with("경우") || last == "때")
            })
    };
    if let Some(m) = super::lexicon::Found::queue(&cues, Cue::Unless, &toks, ctx).into_iter().find(|m| {
        let r = toks[m.start].range.start..toks[m.end - 1].range.end;
        outside(r.clone()) && !after_condition(&r)
    }) {
        let r = toks[m.start].range.start..toks[m.end - 1].range.end;
        return Some(Why::Unread { what: format!("condition `{}`", &b.text[r]) });
    }
    // A reservation after a reading ("…through 2030, though at a lower percentage") may take
    // back what it read, unless a reading starts right after it: then what it says was read
    // ("…through 2032, but that licence is now non-exclusive").
    let opens_reading = |end: usize| {
        read.iter().any(|x| {
            x.start >= end && {
                let between = &b.text[end..x.start];
                between.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || c == '\'' || c == '’')
                    && between.split_whitespace().count() <= 3
                    && between.chars().count() <= 16
            }
        })
    };
    if let Some(m) = super::lexicon::Found::queue(&cues, Cue::Contrast, &toks, ctx).into_iter().find(|m| {
        let at = toks[m.start].range.start;
        let end = toks[m.end - 1].range.end;
        read.iter().any(|x| x.end <= at) && outside(at..end) && !opens_reading(end)
    }) {
        let r = toks[m.start].range.start..toks[m.end - 1].range.end;
        return Some(Why::Unread { what: format!("reservation `{}`", &b.text[r]) });
    }
    // A citation marker ("[4, 5]") is no number the sentence states, nor is the date of one of
    // the deal's events ("SEATTLE, April 27").
    let cited = |at: usize| {
        let before = &b.text[s.start..at];
        before.rfind('[').is_some_and(|open| before.rfind(']').is_none_or(|close| close < open))
    };
    let dates = years.event_dates(&toks, ctx.stage_year);
    let dated = |r: &Range<usize>| dates.iter().any(|d| d.start <= r.start && r.end <= d.end);
    // A year the deal turns on ("since 2019") is its history, checked above for the others.
    let deal_year =
        |t: &&super::token::Token| t.norm.len() == 4 && t.norm.parse::<i32>().is_ok_and(|y| years.contains(&y));
    // A month or a day as Chinese, Japanese and Korean write it ("去年10月", "28日", "4월"): a
    // date, no figure.
    // A day before its month without a year ("am 28. Oktober", "vom 28. Okt."): a date, no
    // figure left unread.
    let german_day = |i: usize| {
        let t = &toks[i];
        t.norm.len() <= 2
            && t.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && toks.get(i + 1).is_some_and(|n| n.norm == ".")
            && toks.get(i + 2).is_some_and(|m| value::month_word(&m.norm).is_some())
    };
    let calendar = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            n.range.start == toks[i].range.end && ["月", "日", "월", "일"].iter().any(|u| n.norm.starts_with(u))
        }) || german_day(i)
    };
    // A filing's name ("le rapport trimestriel (10-Q)", "its 10-K", "Form 8-K"): a number
    // joined by a hyphen to a capital letter names a form, no figure.
    let filing = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            let w = &b.text[n.range.clone()];
            n.hyphen
                && n.range.start == toks[i].range.end + 1
                && w.len() == 1
                && w.starts_with(|c: char| c.is_ascii_uppercase())
        })
    };
    // A figure the terms state ("roughly 27%" beside a stake read at $135 billion, "$1 billion"
    // in 2019) is the deal's own: left unread, it says nothing a reading missed.
    let official = |i: usize| {
        let at = |j: usize| {
            value::amount_at(&toks, j, lang)
                .map(|(_, d)| Value::Amount(d))
                .or_else(|| value::percent_at(&toks, j, lang).map(|(_, m)| Value::Percent(m)))
        };
        at(i).or_else(|| i.checked_sub(1).and_then(at)).is_some_and(|v| official_figure(checker, v))
    };
    // A share price's move ("Microsoft shares fell about 2 percent") is the market's figure: in
    // a sentence of market news, only a sum in billions may be the deal's.
    let market = found.of(Cue::Market).next().is_some();
    let markets = |i: usize| {
        market
            && value::amount_at(&toks, i, lang)
                .or_else(|| i.checked_sub(1).and_then(|j| value::amount_at(&toks, j, lang)))
                .is_none_or(|(_, d)| d < 1_000_000_000)
    };
    // A third party written with a digit ("제3자", "第3者", ko-b59): a name, no figure.
    let third_party = |i: usize| {
        let glued_before = i > 0 && toks[i - 1].range.end == toks[i].range.start;
        let glued_after = toks.get(i + 1).is_some_and(|n| n.range.start == toks[i].range.end);
        glued_before
            && glued_after
            && ((toks[i - 1].norm.ends_with('제') && toks[i + 1].norm.starts_with('자'))
                || (toks[i - 1].norm == "第" && toks[i + 1].norm == "者"))
    };
    if let Some(number) = toks.iter().enumerate().find_map(|(i, t)| {
        (t.kind == Kind::Number
            && !third_party(i)
            && !markets(i)
            && outside(t.range.clone())
            && !cited(t.range.start)
            && !dated(&t.range)
            && !deal_year(&t)
            && !calendar(i)
            && !filing(i)
            && !official(i))
        .then_some(t)
    }) {
        return Some(Why::Unread { what: format!("number `{}`", &b.text[number.range.clone()]) });
    }
    // Another term's subject beside the reading ("the revenue share it pays has no cap"): the
    // reading says nothing of it.
    let present = Present::new(&toks, &checker.parties);
    let judged: Vec<&super::claim::Claim> = judged.iter().map(|&j| &checker.claims[j]).collect();
    // The subjects of a dek that ends in a list of them ("Wire report on the definitive
    // agreement: stake, exclusivity, AGI") are named, not stated.
    if subject_list(b.text, &s, Scene::read(checker, b, &toks, ctx, lang).firm) {
        return None;
    }
    for c in checker.claims.iter().filter(|c| !judged.iter().any(|j| j.id == c.id)) {
        for p in c.about.iter().filter(|p| p.admits(&present) && !judged.iter().any(|j| j.about.contains(p))) {
            for m in p.find(&toks, ctx).into_iter().filter(|m| !company_name(b, &toks, m)) {
                let r = toks[m.start].range.start..toks[m.end - 1].range.end;
                if !read.iter().any(|x| x.start < r.end && r.start < x.end) {
                    return Some(Why::Unread { what: format!("`{}`", &b.text[r]) });
                }
            }
        }
    }
    None
}

/// The words of a yearly sum ("a year", "jährlich", "年間").
const YEARLY: &[&str] = &[
    " a year",
    " per year",
    "annually",
    " al año",
    " por año",
    "anual",
    " ao ano",
    " por ano",
    "pro jahr",
    "jährlich",
    " par an",
    "annuel",
    "每年",
    "年间",
    "年間",
    "연간",
    "매년",
];

/// The country words Japanese, Chinese and Korean papers put before a company's name ("米OpenAI").
const NATIONALITY: &[&str] = &["米", "美国", "미국"];

/// Whether a one-word subject is the end of the company's name: "PBC" in "OpenAI Group PBC",
/// "OpenAIグループPBC" names the company, not the nonprofit's control of it.
fn company_name(b: &Block<'_>, toks: &[super::token::Token], m: &super::phrase::Match) -> bool {
    let before = b.text[..toks[m.start].range.start].trim_end().to_lowercase();
    m.end - m.start == 1 && ["group", "グループ", "集团", "그룹"].iter().any(|g| before.ends_with(g))
}

/// Ordinals and "multi-": words that give a subject a value ("the second phase").
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "multi", "primer", "segund", "tercer", "cuart", "primeir", "terceir", "erst",
    "zweit", "dritt", "viert", "mehr", "premi", "deuxi", "troisi", "quatri", "第", "数", "多",
];

/// Stems of the words for paying and licensing: who gives to whom is a term of the deal.
const GIVES: &[&str] = &[
    "pay",
    "paid",
    "licen",
    "pag",
    "zahl",
    "lizenz",
    "pai",
    "verse",
    "reverse",
    "支付",
    "付",
    "授权",
    "许可",
    "支払",
    "払",
    "ライセンス",
    "供与",
    "지급",
    "지불",
    "라이선스",
];

/// Whether a sentence says who pays or licenses ("pays", "licenses", "paga", "zahlt", "支付").
fn gives(toks: &[super::token::Token]) -> bool {
    toks.iter().any(|t| GIVES.iter().any(|g| t.norm.starts_with(g)))
}

/// Whether a sum or a share is a figure the terms state (a stake's 27%, the first $1 billion).
fn official_figure(checker: &Checker, figure: Value) -> bool {
    checker.answers.iter().flatten().flat_map(|a| &a.says).any(|v| match (v, figure) {
        (super::Value::Amount { dollars, .. }, Value::Amount(d)) => *dollars == d,
        (super::Value::Percent { milli, .. }, Value::Percent(m)) => *milli == m,
        _ => false,
    })
}

/// The years the deal turns on (its events' and its terms' ends), and its events' months.
struct Known {
    years: BTreeSet<i32>,
    months: BTreeSet<(i32, u32)>,
}

impl Known {
    fn of(terms: &Terms) -> Known {
        use chrono::Datelike;
        let mut years: BTreeSet<i32> = terms.events.iter().map(|e| e.date.year()).collect();
        years.extend(terms.terms.iter().filter_map(|t| t.until));
        let months = terms.events.iter().map(|e| (e.date.year(), e.date.month())).collect();
        Known { years, months }
    }

    fn contains(&self, y: &i32) -> bool {
        self.years.contains(y)
    }

    /// The byte ranges of the dates of the deal's own events ("April 27", "outubro de 2025"):
    /// their numbers are the dateline or the history, no figure a reading left over.
    fn event_dates(&self, toks: &[super::token::Token], stage_year: i32) -> Vec<Range<usize>> {
        (0..toks.len())
            .filter_map(|i| match value::date_at(toks, i, stage_year)? {
                (end, super::Value::Date { year, month: Some(m), .. }) if self.months.contains(&(year, m)) => {
                    Some(toks[i].range.start..toks[end - 1].range.end)
                }
                _ => None,
            })
            .collect()
    }
}

/// Who and what a sentence is about, beyond a claim's subject: the queue's picks rest on it.
struct Scene {
    /// The party it names, or a description of one ("the startup", "该公司").
    who: Option<String>,
    /// Its market and earnings words ("shares rose", "year on year", "株式市場"), as token spans.
    market: Vec<Range<usize>>,
    /// A share price or a market value: its figures are the market's.
    market_news: bool,
    /// Companies outside the deal ("Oracle"), as token spans.
    rivals: Vec<Range<usize>>,
    /// A company outside the deal is named before any party: the sentence is its news.
    rival_first: bool,
    /// A sum in another currency ("euros", "億円"): its years and shares are other spending's.
    currency: bool,
    /// "Unless" ("除非"), as written.
    unless: Option<String>,
    /// Both parties, as written ("Microsoft … OpenAI", "beide Unternehmen"), outside quotations.
    both: Option<String>,
    /// It says what a term does: a negation, a change, a condition, an exemption, a hedge or a
    /// word of lasting, restricting, obliging or permitting ("continues", "only", "must").
    states: bool,
    /// Both parties only as one description ("the two companies", "両社"), or joined as one
    /// subject somewhere in the sentence ("Microsoft and OpenAI … OpenAI's deal with Amazon").
    paired: bool,
    /// It says what a term does with a word other than a hedge.
    firm: bool,
    /// It says a detail was left undisclosed ("both companies declined to say", "ninguna de
    /// las dos compañías ha revelado"): the pair named are its sources, not a term's parties.
    undisclosed: bool,
    /// Both parties named as one subject ("Microsoft and OpenAI sign …", "Microsoft, OpenAI
    /// loosen …").
    joint: bool,
    /// Quotations that name no party ("\"Nobody calls me about licences,\" he said"), as token
    /// spans: someone's remark, not a statement of the terms.
    remarks: Vec<Range<usize>>,
}

impl Scene {
    fn read(checker: &Checker, b: &Block<'_>, toks: &[super::token::Token], ctx: &Context, lang: Lang) -> Scene {
        use super::lexicon::Found;
        let cues = checker.lexicon.for_lang(lang.code());
        let text = |m: &super::phrase::Match| b.text[toks[m.start].range.start..toks[m.end - 1].range.end].to_string();
        let party_at = (0..toks.len()).find(|&i| checker.parties.at(toks, i).is_some());
        let described = Found::queue(&cues, Cue::Described, toks, ctx);
        let first_described = described.iter().min_by_key(|m| m.start);
        let who = party_at
            .and_then(|i| checker.parties.at(toks, i).map(|(p, _)| p.to_string()))
            .or_else(|| first_described.map(text));
        let deal_at = party_at.into_iter().chain(first_described.map(|m| m.start)).min();
        let rivals: Vec<Range<usize>> =
            Found::queue(&cues, Cue::Rival, toks, ctx).iter().map(|m| m.start..m.end).collect();
        let rival_first = rivals.iter().map(|r| r.start).min().is_some_and(|r| deal_at.is_none_or(|d| r < d));
        let scanned = Found::scan(&cues, toks, ctx, &|_| false);
        let market: Vec<Range<usize>> = scanned.of(Cue::Market).map(|m| m.start..m.end).collect();
        let market_matches: Vec<super::phrase::Match> = scanned.of(Cue::Market).cloned().collect();
        // A negation of a detail left undisclosed ("neither company revealed the cap") says
        // nothing of the terms.
        let undisclosed = Found::queue(&cues, Cue::Undisclosed, toks, ctx);
        // A word of a share price's move ("shares ended the day lower") is the market's, not a
        // term's end.
        let cue = |hedge: bool| {
            scanned.hits.iter().any(|(c, m)| {
                (matches!(c, Cue::Negation | Cue::Change | Cue::Condition | Cue::Exempt) || hedge && *c == Cue::Hedge)
                    && !undisclosed.iter().chain(&market_matches).any(|u| u.start <= m.start && m.end <= u.end)
            }) || [Cue::State, Cue::Unless].iter().any(|&c| !Found::queue(&cues, c, toks, ctx).is_empty())
        };
        let states = cue(true);
        // Without a hedge: an open question or talks ("how far it lifts both", "negotiating for
        // years") say nothing one party does to the other.
        let firm = cue(false);
        // Every sum in the terms is in billions: a sum under a million is a share price or a
        // price target ("a cédé 1,4 %, à 398 dollars").
        let share_price = (0..toks.len()).any(|i| value::amount_at(toks, i, lang).is_some_and(|(_, d)| d < 1_000_000));
        // Both parties, each named outside a quotation (an analyst's "Microsoft and OpenAI both
        // win" is an opinion), or one description of the pair.
        let quoted = quotations(b.text, toks);
        let outside = |i: usize| !quoted.iter().any(|q| q.contains(&toks[i].range.start));
        // Each party's mentions (start, end), in order.
        let mut names: Vec<(usize, usize, &str)> = Vec::new();
        for i in (0..toks.len()).filter(|&i| outside(i)) {
            if let Some((p, end)) = checker.parties.at(toks, i) {
                names.push((i, end.max(i + 1), p));
            }
        }
        // Two parties joined as one subject ("Microsoft and OpenAI", "the Microsoft-OpenAI
        // partnership", "微软与OpenAI") act on nobody: only two in different places of the
        // sentence say what one does to the other.
        let joined = |a: &(usize, usize, &str), z: &(usize, usize, &str)| {
            if z.0 < a.1 {
                return true;
            }
            let between = &b.text[toks[a.1 - 1].range.end..toks[z.0].range.start];
            // A nationality before a name ("米マイクロソフトと米OpenAI", "미국 오픈AI") is part
            // of the name, as Japanese, Chinese and Korean papers write it.
            between.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| {
                let w = w.to_lowercase();
                let w = NATIONALITY.iter().find_map(|n| w.strip_suffix(n)).unwrap_or(&w);
                w.is_empty()
                    || AND.contains(&w)
                    || matches!(w, "both" | "between" | "와" | "과" | "と" | "和" | "与" | "及" | "및" | "及び")
            })
        };
        let apart = names
            .iter()
            .enumerate()
            .find_map(|(k, a)| names[k + 1..].iter().find(|z| z.2 != a.2 && !joined(a, z)).map(|z| (a, z)));
        let name = |n: &(usize, usize, &str)| &b.text[toks[n.0].range.start..toks[n.1 - 1].range.end];
        let joint = names.iter().enumerate().any(|(k, a)| names[k + 1..].iter().any(|z| z.2 != a.2 && joined(a, z)));
        let paired = apart.is_none() || joint;
        let both = match apart {
            Some(_) if joint => None,
            Some((a, z)) => Some(format!("{} … {}", name(a), name(z))),
            None => Found::queue(&cues, Cue::Pair, toks, ctx).iter().find(|m| outside(m.start)).map(text),
        };
        let party_in = |q: &Range<usize>| {
            (0..toks.len()).any(|i| q.contains(&toks[i].range.start) && checker.parties.at(toks, i).is_some())
        };
        let remarks = quoted
            .iter()
            .filter(|q| !party_in(q))
            .filter_map(|q| {
                let first = toks.iter().position(|t| q.contains(&t.range.start))?;
                let end = toks.iter().rposition(|t| q.contains(&t.range.start))? + 1;
                Some(first..end)
            })
            .collect();
        Scene {
            undisclosed: !undisclosed.is_empty(),
            both,
            paired,
            firm,
            joint,
            states,
            remarks,
            who,
            market_news: !market.is_empty() || share_price,
            market,
            rivals,
            rival_first,
            currency: !Found::queue(&cues, Cue::Currency, toks, ctx).is_empty(),
            unless: Found::queue(&cues, Cue::Unless, toks, ctx).first().map(text),
        }
    }

    /// Whether a claim's subject matched at `m` speaks of the terms here: not a word of a market
    /// phrase ("株式" in "株式市場", "equity" in "equity method"), nor a rival's name alone in a
    /// sentence that names no party of the deal ("Oracle shares swung") or is the rival's news
    /// or the market's ("A Oracle, que tem um contrato com a OpenAI, recuava 0,8%"), nor a word
    /// of a remark quoted that names no party ("\"Nobody calls me about licences,\" he said").
    fn subject_at(&self, m: &super::phrase::Match) -> bool {
        let overlaps = |r: &Range<usize>| r.start < m.end && m.start < r.end;
        let within = |r: &Range<usize>| r.start <= m.start && m.end <= r.end;
        let a_rivals_name = self.rivals.iter().any(within);
        let market_word = self.market.iter().any(overlaps);
        let remark = self.remarks.iter().any(within);
        !(market_word || remark || a_rivals_name && (self.who.is_none() || self.rival_first || self.market_news))
    }
}

/// The values a sentence states that may be the deal's: sums of dollars from a million up,
/// percentages (and fractions: "a third", "三分之一"), years; and whether one lies outside
/// what the checks read.
fn values_of(
    checker: &Checker,
    toks: &[super::token::Token],
    lang: Lang,
    read: &[Range<usize>],
    dates: &[Range<usize>],
    scene: &Scene,
) -> (Vec<Value>, bool) {
    let mut values = Vec::new();
    // A value no finding read: a claim the checks did not recognise may rest on it.
    let mut unread = false;
    // Market news ("Microsoft shares rose 2%", "revenue of $77 billion, up 16% year on year"),
    // another company's news ("Meta said it would spend $125 billion") and spending in another
    // currency ("20.000 millones de euros hasta 2030") state figures that are not the terms'.
    let theirs = |v: &Value| {
        scene.market_news || scene.rival_first || scene.currency && matches!(v, Value::Percent(_) | Value::Year(_))
    };
    for i in 0..toks.len() {
        let v = if let Some((_, dollars)) = value::amount_at(toks, i, lang) {
            // A share price or price target ("rose 2% to $542") is no sum of the terms, nor a
            // trillion (a market value, an industry's spending): every sum in them is in billions.
            if !(1_000_000..1_000_000_000_000).contains(&dollars) {
                continue;
            }
            Value::Amount(dollars)
        } else if let Some((_, milli)) = value::percent_at(toks, i, lang)
            .filter(|_| toks[i].kind == Kind::Number || value::tenths_at(toks, i).is_some())
            .or_else(|| fraction_at(toks, i, lang))
        {
            Value::Percent(milli)
        } else if let Some(y) = value::year_at(toks, i) {
            Value::Year(y)
        } else {
            continue;
        };
        let at = toks[i].range.start;
        // A figure the terms state, beside a reading that agreed, is no claim it missed.
        let counts = read.is_empty() || !official_figure(checker, v);
        if counts && !read.iter().chain(dates).any(|r| r.contains(&at)) && !theirs(&v) {
            unread = true;
        }
        values.push(v);
    }
    values.retain(|v| !theirs(v));
    (values, unread)
}

/// The byte spans of a sentence's quotations (“…”, „…“, «…», "…", 「…」, 『…』); one left open
/// runs to the sentence's end, and one closed but not opened runs from its start (a quotation
/// over several sentences).
fn quotations(text: &str, toks: &[super::token::Token]) -> Vec<Range<usize>> {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else { return Vec::new() };
    let start = text[..first.range.start]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '.' | '。' | '!' | '?'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = last.range.end;
    // The marks just before the first word belong to the sentence: „Wir zahlen …
    let end = text[end..].find(|c: char| c.is_alphanumeric()).map_or(text.len(), |i| end + i);
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text[start..end].char_indices().map(|(i, c)| (start + i, c)) {
        match open {
            Some(o) if matches!(c, '”' | '“' | '»' | '"' | '」' | '』') => {
                spans.push(o..i);
                open = None;
            }
            // A closing mark no mark opened ("」", "”"; not a straight quote nor "»", which open
            // as well): a quotation from an earlier sentence ends here, and all before it is quoted.
            None if matches!(c, '”' | '」' | '』') && spans.is_empty() => spans.push(start..i),
            None if matches!(c, '“' | '„' | '«' | '"' | '「' | '『') => open = Some(i),
            _ => {}
        }
    }
    if let Some(o) = open {
        spans.push(o..end);
    }
    spans
}

/// Whether a sentence is a headline or a caption: it ends in no full stop (nor "!", "?", "。"),
/// closing quotation marks and brackets aside. A headline names its subject and states little.
fn unstopped(sentence: &str) -> bool {
    let body = sentence.trim_end().trim_end_matches(['"', '”', '“', '»', '」', '』', ')', '）', '\'', '’']);
    !body.ends_with(['.', '!', '?', '。', '！', '？', '…', '다', ':'])
}

/// Where a sentence's label ends, when it is a label and its value: a table row ("Licence |
/// non-exclusive") or a heading's subject and what it says of it ("Nonprofit: control passes to
/// the board"). The byte offset of the separator, in the sentence.
fn label_end(sentence: &str) -> Option<usize> {
    ["|", ": ", "："]
        .iter()
        .filter_map(|sep| {
            let at = sentence.find(sep)?;
            let (a, z) = (&sentence[..at], &sentence[at + sep.len()..]);
            let label = a.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
            ((1..=3).contains(&label) && z.chars().any(char::is_alphanumeric)).then_some(at)
        })
        .min()
}

/// Where a sentence's list of subjects starts, when it ends in one: a dek or a summary that
/// names what an article covers ("An analysis of the amendment: cloud, licence, revenue share
/// and stake", "签署最终协议：持股、独家权、AGI、知识产权与Azure承诺"). After a colon, at least
/// three short items (three words at most, six characters in a script without spaces), no
/// figure among them, and no word in the sentence of what a term does (`firm`: "keeps",
/// "only", a negation, a change): such a list names its subjects and states nothing of them.
fn subject_list(text: &str, s: &Range<usize>, firm: bool) -> bool {
    if firm {
        return false;
    }
    let sentence = &text[s.clone()];
    let Some((at, sep)) = [": ", "："].iter().filter_map(|sep| sentence.find(sep).map(|at| (at, sep.len()))).min()
    else {
        return false;
    };
    let list = &sentence[at + sep..];
    if list.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let items = list.split([',', ';', '、', '，', '；', '。', '.']).flat_map(|item| {
        // "revenue share and stake", "知识产权与Azure承诺": "and" joins two items.
        let mut parts: Vec<&str> = Vec::new();
        let mut rest = item.trim();
        while let Some((a, z)) = [" and ", " y ", " e ", " et ", " und ", "与", "和", "及"]
            .iter()
            .filter_map(|w| rest.find(w).map(|i| (&rest[..i], &rest[i + w.len()..])))
            .min_by_key(|(a, _)| a.len())
        {
            parts.push(a.trim());
            rest = z.trim();
        }
        parts.push(rest);
        parts
    });
    let short = items
        .filter(|item| {
            let item = item.trim_start_matches(|c: char| !c.is_alphanumeric());
            let words = item.split_whitespace().count();
            let spaced = item.contains(' ') || item.is_ascii();
            words > 0 && if spaced { words <= 3 } else { item.chars().count() <= 6 }
        })
        .count();
    short >= 3
}

/// A fraction written in words or as Chinese, Japanese and Korean write it: "a third", "la
/// mitad", "ein Drittel", "三分之一", "3分の1", "3분의 1". Quarters and fifths are left out (a
/// quarter is a reporting period), and so is "the first half" (of a year).
fn fraction_at(toks: &[super::token::Token], i: usize, lang: Lang) -> Option<(usize, u64)> {
    let t = &toks[i];
    if t.kind == Kind::Word {
        let (end, milli) = value::percent_at(toks, i, lang)?;
        let word = toks[end - 1].norm.as_str();
        let thirds = ["third", "thirds", "tercio", "terço", "drittel", "tiers"];
        let halves = ["half", "mitad", "metade", "hälfte", "moitié"];
        let ordinal = ["first", "second", "primera", "segunda", "primeira", "ersten", "zweiten", "première", "seconde"];
        let after_ordinal = i > 0 && ordinal.contains(&toks[i - 1].norm.as_str());
        // "a third", "two-thirds", not "third-quarter results" nor "half-year".
        let counted = end - i >= 2 || halves.contains(&word);
        let compound = toks.get(end).is_some_and(|n| n.hyphen);
        let fraction = (thirds.contains(&word) || halves.contains(&word)) && counted && !compound && !after_ordinal;
        return fraction.then_some((end, milli));
    }
    let numeral = |t: &super::token::Token| match t.kind {
        Kind::Number => t.norm.parse::<u64>().ok(),
        Kind::Cjk => "一二三四五六七八九".chars().position(|c| t.norm.starts_with(c)).map(|p| p as u64 + 1),
        _ => None,
    };
    let half = |n: &str| matches!(n, "一半" | "半分" | "절반");
    if t.kind == Kind::Hangul && t.norm.starts_with("절반") {
        return Some((i + 1, 50_000));
    }
    if t.kind == Kind::Cjk && toks.get(i + 1).is_some_and(|n| half(&format!("{}{}", t.norm, n.norm))) {
        return Some((i + 2, 50_000));
    }
    let whole = numeral(t).filter(|n| (2..=10).contains(n))?;
    // 三分之一 / 三分の一 / 3分の1 / 3분의 1
    let (part_at, end) = match (toks.get(i + 1).map(|n| n.norm.as_str()), toks.get(i + 2).map(|n| n.norm.as_str())) {
        (Some("分"), Some("之" | "の")) => (i + 3, i + 4),
        (Some(n), _) if n.starts_with("분의") => (i + 2, i + 3),
        _ => return None,
    };
    let part = toks.get(part_at).and_then(numeral).filter(|p| *p < whole)?;
    Some((end, part * 100_000 / whole))
}

#[allow(clippy::too_many_arguments, reason = "one sentence's reading, with what it is read against")]
fn pick(
    checker: &Checker,
    terms: &Terms,
    b: &Block<'_>,
    s: Range<usize>,
    lang: Lang,
    ctx: &Context,
    stage: NaiveDate,
    years: &Known,
    judged: &[usize],
    read: &[Range<usize>],
) -> Option<Item> {
    let toks = tokenize(b.text, std::slice::from_ref(&s));
    if toks.is_empty() {
        return None;
    }
    let present = Present::new(&toks, &checker.parties);
    let scene = Scene::read(checker, b, &toks, ctx, lang);
    let mut why = BTreeSet::new();
    let mut claims: Vec<usize> = Vec::new();
    // A subject named by a value of its own ("the second phase", "multimillion"): a claim.
    let mut valued = false;
    let stage_named = named_stage(checker, &toks, ctx, lang);
    // A claim whose subject a judged claim shares ("licence") was read already.
    let covered =
        |c: &super::claim::Claim| judged.iter().any(|&j| checker.claims[j].about.iter().any(|a| c.about.contains(a)));
    // A dek that ends in a list of subjects ("An analysis of the amendment: cloud, licence,
    // revenue share and stake") names what the article covers: its subject words state nothing
    // (its values still count).
    let dek = subject_list(b.text, &s, scene.firm);
    // The subject words of the claims a reading judged, where they stand: a shorter subject
    // inside one of them is part of that subject ("participación" of a stake inside "participación
    // en los ingresos", the revenue share a reading read; es-b48, pt-b7), not another one.
    let judged_subjects: Vec<(usize, usize)> = judged
        .iter()
        .flat_map(|&j| checker.claims[j].about.iter())
        .filter(|p| p.admits(&present))
        .flat_map(|p| p.find(&toks, ctx))
        .map(|m| (m.start, m.end))
        .collect();
    // Only a noun whose complement the longer subject goes on with ("participación en …",
    // "participação na …", "participation aux …"), in the languages that build subjects so: an
    // English adjective ("exclusive" in "exclusive cloud") may still be another claim's.
    let complement = |i: usize| {
        toks.get(i).is_some_and(|t| {
            matches!(
                (lang, t.norm.as_str()),
                (Lang::Es, "en" | "de" | "del" | "sobre")
                    | (Lang::Pt, "na" | "no" | "nas" | "nos" | "da" | "do" | "das" | "dos" | "em" | "de" | "sobre")
                    | (Lang::Fr, "aux" | "au" | "des" | "du" | "de" | "dans" | "sur")
            )
        })
    };
    let inside_judged =
        |m: &super::phrase::Match| complement(m.end) && judged_subjects.iter().any(|&(a, e)| a == m.start && m.end < e);
    for (ci, c) in checker.claims.iter().enumerate() {
        if dek || judged.contains(&ci) || covered(c) {
            continue;
        }
        for p in &c.about {
            if !p.admits(&present) {
                continue;
            }
            // A subject word inside the words an agreeing reading read ("소비자용 기기도 MS의 IP
            // 권리 범위에 들어가지 않는다" read as the hardware's exclusion; "MS가 보유한 지분의
            // 가치는 약 1350억 달러" as the stake's value) is that reading's, in Korean, whose
            // readings span their clause: it names no other subject left unread.
            // A reading that holds a restriction of its own ("연구 부문에 한해서만 독점 클라우드",
            // "…에서만", "한정") may have read past what narrows it: its subject words still count.
            // (An exemption, "제외", is the queue's already when a reading leaves it unread.)
            let restricts = |r: &Range<usize>| {
                toks.iter().filter(|t| r.start <= t.range.start && t.range.end <= r.end).any(|t| {
                    t.kind == Kind::Hangul
                        && (t.norm.ends_with('만') || ["한해", "한정", "제한"].iter().any(|w| t.norm.starts_with(w)))
                })
            };
            let consumed = |m: &super::phrase::Match| {
                lang == Lang::Ko && {
                    let span = toks[m.start].range.start..toks[m.end - 1].range.end;
                    read.iter().any(|r| r.start <= span.start && span.end <= r.end && !restricts(r))
                }
            };
            if let Some(m) = p
                .find(&toks, ctx)
                .into_iter()
                .find(|m| scene.subject_at(m) && !company_name(b, &toks, m) && !consumed(m) && !inside_judged(m))
            {
                // A pattern with a gap can match half a sentence: name its first and last words.
                let words = if m.end - m.start > 5 {
                    format!("{} … {}", &b.text[toks[m.start].range.clone()], &b.text[toks[m.end - 1].range.clone()])
                } else {
                    b.text[toks[m.start].range.start..toks[m.end - 1].range.end].to_string()
                };
                why.insert(Why::Topic { words });
                valued |= toks[m.start..m.end]
                    .iter()
                    .any(|t| t.kind == Kind::Number || ORDINALS.iter().any(|o| t.norm.starts_with(o)));
                if !claims.contains(&ci) {
                    claims.push(ci);
                }
            }
        }
    }
    // A party (or a description of one) with an exception ("…, unless Microsoft cannot or
    // chooses not to"): the one term with an exception is Azure first, and no value names it.
    if judged.is_empty()
        && scene.who.is_some()
        && let Some(words) = &scene.unless
    {
        why.insert(Why::Topic { words: words.clone() });
    }
    if let Some((event, words, _)) = &stage_named {
        why.insert(Why::Stage { event: event.clone(), words: words.clone() });
    }
    let (values, unread) = values_of(checker, &toks, lang, read, &years.event_dates(&toks, ctx.stage_year), &scene);
    for v in &values {
        match v {
            Value::Amount(d) => {
                why.insert(Why::Amount {
                    amount: super::Value::Amount { dollars: *d, bound: value::Bound::Exact }.to_string(),
                });
            }
            Value::Year(y) if years.contains(y) => {
                why.insert(Why::Milestone { year: *y });
            }
            _ => {}
        }
    }
    if let (Some(p), Some(v)) = (&scene.who, values.first()) {
        why.insert(Why::PartyValue { party: p.clone(), value: v.to_string() });
    }
    // A sentence is worth reading when it names a subject of the terms (the claims' `about`
    // words are specific: "revenue share", "exclusive", not "cloud"), or a party next to a
    // value in a sentence the checks read nothing in.
    let topic = why.iter().any(|w| matches!(w, Why::Topic { .. }));
    let bare = values.is_empty() && !valued && !scene.states && judged.is_empty();
    // A subject alone, with no party, no value, no word of what a term does ("Exclusivity is
    // the other big chapter"), says nothing to check.
    // A headline that only names a subject ("The nonprofit piece", "股权") likewise, as does one
    // whose subject is both parties' joint news ("Microsoft and OpenAI sign a memorandum") or a
    // rival's. A headline on what one party does ("Microsoft locks in OpenAI stake as start-up
    // completes overhaul") may state a term in words no cue knows.
    let headline = unstopped(&b.text[s.clone()]);
    let party_word =
        |i: usize| (0..=i).any(|j| checker.parties.at(&toks, j).is_some_and(|(_, end)| i < end.max(j + 1)));
    let says = !(scene.joint || scene.rival_first);
    // A subject as a label with a value after it ("Nonprofit: control passes to the board",
    // "AGI verification | Microsoft board"), a short label no party's name ("Microsoft and
    // OpenAI: the licensing chapter" is a headline): what follows states something.
    let row = label_end(&b.text[s.clone()])
        .is_some_and(|at| !(0..toks.len()).any(|i| toks[i].range.start < s.start + at && party_word(i)));
    let topic = topic && (row || !(bare && (scene.who.is_none() || headline && !says)));
    // Market news that says nothing a term does ("after the memorandum, Microsoft shares rose")
    // names the deal as the occasion of a price move, not its terms.
    let topic = topic && !(scene.market_news && !scene.states && judged.is_empty());
    // A party beside only the years of the deal's own events ("the alliance began in 2019")
    // tells its history: listed when it says what a term does, as a year of no event or a
    // term's end year always is.
    let ends: BTreeSet<i32> = terms.terms.iter().filter_map(|t| t.until).collect();
    // A sum of dollars with no figure ("数十亿美元", "billions of dollars") is money, not history.
    let sentence = b.text[s.clone()].to_lowercase();
    let dollars = ["dollar", "dólares", "美元", "ドル", "달러"].iter().any(|d| sentence.contains(d));
    // A sum a year ("年間30億ドル", "$3 billion a year") is spending: no term states a yearly sum.
    let yearly = YEARLY.iter().any(|y| sentence.contains(y));
    let history =
        !dollars && values.iter().all(|v| matches!(v, Value::Year(y) if years.contains(y) && !ends.contains(y)));
    // A figure the sentence says was left undisclosed or unconfirmed ("a cap of $38 billion has
    // been reported …; both remain unconfirmed") is hearsay it reports as such: no term's value.
    let hearsay = scene.undisclosed && judged.is_empty();
    // A sum with no party, no subject and no stage, credited to a report, a source or an analyst
    // ("CNBC reported 20%, The Information put the cap at $38 billion", "据外媒报道，约为100亿美元")
    // is the press's figure: the terms credit none to anyone outside the two.
    let credited = {
        let cues = checker.lexicon.for_lang(lang.code());
        let found = super::lexicon::Found::scan(&cues, &toks, ctx, &|_| false);
        found.hits.iter().any(|(c, _)| matches!(c, Cue::Adopt | Cue::Distance))
    };
    // A year beside it dates a deal ("2023년 1월 발표된 투자는 … 10억 달러"): the terms' history,
    // whoever announced it.
    let press_sum = credited
        && scene.who.is_none()
        && !topic
        && stage_named.is_none()
        && !values.iter().any(|v| matches!(v, Value::Year(_)));
    let party_value = !hearsay && why.iter().any(|w| matches!(w, Why::PartyValue { .. })) && (scene.states || !history);
    let subject = topic || scene.who.is_some() || !judged.is_empty();
    // A party at a named stage ("with the amendment Microsoft loses …") speaks of that stage's
    // terms when it says what a term does; the stage as a date of market news ("the amended deal
    // lands before Microsoft reports earnings") or of an announcement does not.
    let party_stage = scene.who.is_some() && stage_named.is_some() && !scene.market_news && scene.states;
    // Both parties in a sentence no reading judged: what one does to the other is a term, in words
    // no claim has ("OpenAI may launch elsewhere if Microsoft is unwilling"). Not a headline,
    // market news nor another company's news: those name the two as their subject. The two as
    // one description or one subject ("the two companies published posts", "Microsoft and OpenAI
    // spoke up") state a term only with a word of what it does ("continues", "only", "must", a
    // negation, a change, a hedge): otherwise they are the news's authors, not its terms.
    let both = judged.is_empty()
        && !scene.market_news
        && !scene.rival_first
        && !unstopped(&b.text[s.clone()])
        && (!scene.paired || scene.firm && !scene.undisclosed)
        // A company outside the deal beside the two ("OpenAI signed with Oracle, Microsoft sells
        // Anthropic models") makes the sentence the industry's news: what one party does to the
        // other is stated only with a word of what a term does.
        && (scene.rivals.is_empty() || scene.firm);
    if both
        && why.is_empty()
        && let Some(words) = &scene.both
    {
        why.insert(Why::Parties { words: words.clone() });
    }
    let both = both && scene.both.is_some();
    if !(topic
        || (party_value || party_stage || both || !yearly && !hearsay && !press_sum && deal_value(terms, &values))
            && judged.is_empty()
        || subject && unread && !judged.is_empty())
    {
        return None;
    }
    let mut ids = concerned(checker, terms, &claims, &values, stage);
    if ids.is_empty()
        && let Some((event, _, _)) = &stage_named
    {
        ids = terms.terms.iter().filter(|t| &t.event == event).map(|t| t.id.clone()).collect();
    }
    Some(Item { block: b.index, sentence: s, terms: ids, why: why.into_iter().collect() })
}

/// A term's end year or a sum in billions needs no party: "it runs until 2032", "los 250.000
/// millones" (a pronoun or a description the party list lacks).
fn deal_value(terms: &Terms, values: &[Value]) -> bool {
    let ends: BTreeSet<i32> = terms.terms.iter().filter_map(|t| t.until).collect();
    values.iter().any(|v| {
        matches!(v, Value::Amount(d) if *d >= 1_000_000_000) || matches!(v, Value::Year(y) if ends.contains(y))
    })
}

/// The stage a sentence names, in its language or in the events' own (English) names: the
/// event's id and the words.
fn named_stage(
    checker: &Checker,
    toks: &[super::token::Token],
    ctx: &Context,
    lang: Lang,
) -> Option<(String, String, Range<usize>)> {
    let reads = |l: &Option<Lang>| l.map_or(matches!(lang, Lang::En | Lang::Other), |l| l == lang);
    checker.events.iter().find_map(|e| {
        e.called.iter().filter(|(l, _)| reads(l)).find_map(|(_, p)| {
            let m = p.find(toks, ctx).into_iter().next()?;
            let words = toks[m.start..m.end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
            Some((e.id.clone(), words, m.start..m.end))
        })
    })
}

/// The terms a picked sentence may concern: those answering its claims at its stage (else any
/// that ever did); with no claim, those with a value of the kind it names.
fn concerned(checker: &Checker, terms: &Terms, claims: &[usize], values: &[Value], stage: NaiveDate) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for ci in claims {
        let answers = &checker.answers[*ci];
        let mut now: Vec<&str> = answers
            .iter()
            .filter(|a| terms.term(&a.term).is_some_and(|t| terms.in_force(t, stage)))
            .map(|a| a.term.as_str())
            .collect();
        if now.is_empty() {
            now = answers.iter().map(|a| a.term.as_str()).collect();
        }
        for t in now {
            if !ids.iter().any(|x| x == t) {
                ids.push(t.to_string());
            }
        }
    }
    if ids.is_empty() {
        // No subject named: the terms with a value of the kind it names.
        for v in values {
            for (ci, c) in checker.claims.iter().enumerate() {
                let kind_fits = matches!(
                    (v, c.kind),
                    (Value::Amount(_), super::claim::Kind::Amount)
                        | (Value::Percent(_), super::claim::Kind::Percent)
                        | (Value::Year(_), super::claim::Kind::Year)
                );
                if !kind_fits {
                    continue;
                }
                for a in
                    checker.answers[ci].iter().filter(|a| terms.term(&a.term).is_some_and(|t| terms.in_force(t, stage)))
                {
                    if !ids.contains(&a.term) {
                        ids.push(a.term.clone());
                    }
                }
            }
        }
    }
    ids
}

#[derive(Debug, Clone, Copy)]
enum Value {
    Amount(u64),
    Percent(u64),
    Year(i32),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Amount(d) => write!(f, "{}", super::Value::Amount { dollars: *d, bound: value::Bound::Exact }),
            Value::Percent(m) => write!(f, "{}", super::Value::Percent { milli: *m, bound: value::Bound::Exact }),
            Value::Year(y) => write!(f, "{y}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::LazyLock;

    use super::*;
    use crate::checks::check_blocks;
    use crate::content::terms;

    static RULES: LazyLock<(Terms, Checker)> = LazyLock::new(|| {
        let text = include_str!("../../tests/fixtures/terms.toml");
        let terms = terms::parse(text, Path::new(terms::FILE)).expect("the test terms parse");
        let checker = Checker::new(&terms).expect("the test rules compile");
        (terms, checker)
    });

    /// Why the queue lists `text` at `event`'s stage, or nothing when it leaves it off.
    fn listed(event: &str, text: &str) -> Option<Vec<Why>> {
        listed_in(event, text, "en")
    }

    fn listed_in(event: &str, text: &str, lang: &str) -> Option<Vec<Why>> {
        let (terms, checker) = &*RULES;
        let date = terms.event(event).expect("event").date;
        let blocks = [Block::prose(0, text)];
        let found = check_blocks(checker, terms, &blocks, date, Some(lang));
        let judged: Vec<Judged> = found.iter().map(|f| Judged::of(checker, f)).collect();
        queue(checker, terms, &blocks, date, Some(lang), &judged, &[]).pop().map(|i| i.why)
    }

    /// The bug: a party at a named stage ("with the amendment, Microsoft loses …") with no value
    /// and no topic word was left off the queue in every language, though it says what a stage
    /// changed. Named stages without a party (market context) stay off.
    /// Whether the queue lists a sentence or the checks find a contradiction in it: a sentence
    /// that must not be lost.
    fn kept(event: &str, text: &str, lang: &str) -> bool {
        let (terms, checker) = &*RULES;
        let date = terms.event(event).expect("event").date;
        let blocks = [Block::prose(0, text)];
        let found = check_blocks(checker, terms, &blocks, date, Some(lang));
        let judged: Vec<Judged> = found.iter().map(|f| Judged::of(checker, f)).collect();
        found.iter().any(|f| !f.agrees) || !queue(checker, terms, &blocks, date, Some(lang), &judged, &[]).is_empty()
    }

    /// A sentence with a contradiction found ("Its exclusive rights to OpenAI's models still run
    /// until AGI, so the change for rival clouds is smaller", b16) was listed again for the
    /// other subjects it names ("rival clouds"): the editor reads it already, as a note to
    /// accept or dismiss. On every evaluation set this took a tenth to a third of the sentences
    /// off the queue and no contradiction it held.
    #[test]
    fn a_sentence_with_a_contradiction_found_is_not_listed_again() {
        for (event, text) in [
            (
                "E5",
                "Its exclusive rights to OpenAI's models still run until AGI, so the practical change for rival clouds is smaller than the headlines suggest.",
            ),
            ("E5", "Microsoft's licence remains exclusive, and the stake stays in place."),
        ] {
            assert!(kept(event, text, "en"), "{text}");
            assert_eq!(listed(event, text), None, "{text}");
        }
        // The same subjects with only agreeing readings, or none, are still listed.
        assert!(
            listed("E5", "Microsoft's licence is non-exclusive now; rival clouds may gain 20% of the market.")
                .is_some()
        );
    }

    #[test]
    fn a_dek_that_lists_its_subjects_is_not_listed() {
        for (event, text, lang) in [
            ("E5", "A guide to the amended Microsoft–OpenAI contract: licence, revenue share, cloud and AGI.", "en"),
            (
                "E4",
                "Inside the definitive agreement between Microsoft and OpenAI: the stake, the nonprofit, exclusivity and the expert panel.",
                "en",
            ),
            ("E5", "April's amendment, in brief: cloud, licence, payments and equity.", "en"),
            (
                "E5",
                "Explainer on the new terms: IP rights, Azure, the revenue share, and what comes next for rivals.",
                "en",
            ),
            (
                "E5",
                "Claves de la enmienda entre Microsoft y OpenAI: licencia, nube, reparto de ingresos y participación.",
                "es",
            ),
            ("E5", "Der neue Vertrag von Microsoft und OpenAI: Lizenz, Cloud, Umsatzbeteiligung und AGI.", "de"),
            ("E5", "微软与OpenAI修订协议：知识产权、云服务、收入分成与股权。", "zh"),
            ("E5", "マイクロソフトとOpenAIの契約改定：ライセンス、クラウド、収益分配、出資。", "ja"),
            ("E5", "마이크로소프트와 오픈AI 계약 개정: 라이선스, 클라우드, 수익 배분, 지분.", "ko"),
        ] {
            assert!(listed_in(event, text, lang).is_none(), "{text}");
        }
        // A list with figures, one after a word of what a term does, or only two items states
        // something (or may): still a sentence to read.
        let whole = |t: &str| subject_list(t, &(0..t.len()), false);
        assert!(whole("Explainer: licence, cloud, revenue share and stake."));
        assert!(!whole("The amendment in three numbers: 2032, 20 percent and $250 billion."));
        assert!(!whole("The two sticking points: the revenue share and the licence."));
        assert!(!whole(
            "Microsoft's licence, in short: it stays with the company for models and products well beyond the next decade."
        ));
        assert!(!subject_list("What Microsoft keeps: licence, cloud, stake.", &(0..43), true));
        for (event, text) in [
            ("E5", "The amendment in three numbers: 2032, 20 percent and $250 billion."),
            (
                "E5",
                "What Microsoft keeps under the amendment: an exclusive licence, API exclusivity and first refusal.",
            ),
            ("E5", "OpenAI's obligations: pay Microsoft until 2032, ship on Azure first, accept a cap."),
            ("E4", "Microsoft's gains: a 49 percent stake, an exclusive licence and Azure."),
        ] {
            assert!(kept(event, text, "en"), "{text}");
        }
    }

    #[test]
    fn a_share_price_move_beside_an_agreeing_reading_is_not_listed() {
        for (text, lang) in [
            (
                "Microsoft shares fell about 2 percent on Tuesday, a day after the software maker and OpenAI published a reworked partnership that gives OpenAI room to work with rival cloud providers.",
                "en",
            ),
            ("Microsoft's shares ended the day 1.4 percent lower after the amendment was published.", "en"),
            ("Microsoft stock finished 3% higher on Wednesday as investors weighed the new terms.", "en"),
            ("Shares in Microsoft opened 0.9 percent down after OpenAI's news.", "en"),
            ("消息公布后，微软股价上涨约2%，为OpenAI提供算力的CoreWeave股价也有所上涨。", "zh"),
            ("発表を受けて、マイクロソフトの株価は2%上昇し、CoreWeaveの株価も上がった。", "ja"),
            ("발표 이후 MS 주가는 2% 올랐고 CoreWeave 주가도 상승했다.", "ko"),
            ("Las acciones de Microsoft cerraron con una caída del 1,4 % tras el anuncio.", "es"),
        ] {
            assert!(listed_in("E5", text, lang).is_none(), "{text}");
        }
        // Not a share price: a stake, a share of revenue, a sum in billions.
        for text in [
            "Microsoft's stake ended the year at about 32 percent of OpenAI.",
            "OpenAI's payments to Microsoft finished at 20 percent of its revenue, the filing said.",
            "Microsoft shares ended the day lower after OpenAI said it would no longer pay it a revenue share.",
            "OpenAI's new products will launch first on CoreWeave rather than on Azure.",
        ] {
            assert!(kept("E5", text, "en"), "{text}");
        }
        // A rival named after a party is no rival's news.
        assert!(kept("E5", "OpenAI的新产品将首先在CoreWeave上推出，而不是Azure。", "zh"));
    }

    #[test]
    fn a_party_at_a_named_stage_is_listed() {
        for (event, text, lang) in [
            ("E5", "改定により、マイクロソフトはOpenAIの技術を使えなくなった。", "ja"),
            ("E5", "Mit der Vertragsänderung zieht sich der Windows-Konzern zurück.", "de"),
            ("C2", "Die gemeinsame Erklärung nennt die im Oktober vereinbarten Bedingungen von OpenAI.", "de"),
            ("E5", "Con la enmienda, la creadora de ChatGPT se aleja de Microsoft.", "es"),
            ("E5", "The amendment frees OpenAI from Microsoft.", "en"),
        ] {
            let why = listed_in(event, text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::Stage { .. })), "{text}: {why:?}");
        }
        for (text, lang) in [
            ("改定により、株価が上がった。", "ja"),
            ("The amendment was widely expected by analysts.", "en"),
            ("Con la enmienda, los mercados respiraron.", "es"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
    }

    /// The bug: party descriptions written as patterns ("la creadora de ChatGPT") named nobody,
    /// so their sentences with a value were never listed; shares in tenths ("约四成") were no
    /// percentage beside a party.
    #[test]
    fn described_parties_and_tenths_beside_a_value_are_listed() {
        for (text, lang) in [
            ("La creadora de ChatGPT pagará hasta 2035.", "es"),
            ("Der Windows-Konzern kassiert bis 2035 mit.", "de"),
            ("ChatGPT开发商拿到约四成。", "zh"),
        ] {
            let why = listed_in("E5", text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::PartyValue { .. })), "{text}: {why:?}");
        }
        assert_eq!(listed_in("E5", "La creadora de la serie estrenará en 2035.", "es"), None);
    }

    /// The bug: a sentence whose party is a pronoun or a description nobody listed ("Sie zahlt
    /// weiter, bis 2032") was left off the queue though it names a term's end year or a sum in
    /// billions; other years and small sums without a party stay off.
    #[test]
    fn an_end_year_or_billions_without_a_party_is_listed() {
        for (text, lang) in [
            ("Sie zahlt weiter, und zwar bis 2032.", "de"),
            ("Das Unternehmen plant Investitionen von 250 Milliarden Dollar.", "de"),
        ] {
            assert!(listed_in("E5", text, lang).is_some(), "{text}");
        }
        for (text, lang) in
            [("Revenue in the cloud unit grew 30% in 2025.", "en"), ("Der Umsatz stieg um 5 Millionen Dollar.", "de")]
        {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        // "for-profit" names the nonprofit's subject ("plans to become a fully for-profit
        // company" is read by the checks since en12).
        assert!(listed("E3", "OpenAI is weighing a for-profit future.").is_some());
    }

    /// The bug: a sentence in which one party does something to the other in words no claim
    /// has ("OpenAI may launch elsewhere first if Microsoft is unwilling") was left off the
    /// queue in every language: it names no subject word, value nor stage. Both parties, or
    /// one description of the pair, in a statement of the writer's now list it; the two joined
    /// as one subject ("the partnership of Microsoft and OpenAI"), a headline, a quotation,
    /// market news and another company's news do not.
    #[test]
    fn both_parties_in_a_statement_are_listed() {
        for (text, lang) in [
            ("OpenAI will let Microsoft decide where its products launch.", "en"),
            ("OpenAI may launch elsewhere first if Microsoft is unable or unwilling to support a product.", "en"),
            ("Beide Unternehmen haben vereinbart, dass der Konzern mitentscheidet.", "de"),
            ("OpenAI devra consulter Microsoft avant chaque lancement.", "fr"),
            ("マイクロソフトはOpenAIの判断に従う。", "ja"),
            ("양사는 서로의 결정을 존중하기로 했다.", "ko"),
            ("OpenAI今后必须先征求微软的意见。", "zh"),
        ] {
            let why = listed_in("E5", text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::Parties { .. })), "{text}: {why:?}");
        }
        assert_eq!(
            listed_in("E5", "マイクロソフトはOpenAIの判断に従う。", "ja"),
            Some(vec![Why::Parties { words: "マイクロソフト … OpenAI".into() }])
        );
        for (text, lang) in [
            ("Microsoft gives OpenAI room to grow", "en"),
            ("The partnership of Microsoft and OpenAI has shaped the industry.", "en"),
            ("Die Partnerschaft zwischen Microsoft und OpenAI prägt die Branche.", "de"),
            ("\"Microsoft needs OpenAI more than ever,\" an analyst said.", "en"),
            ("Microsoft shares rose after OpenAI's news.", "en"),
            ("Oracle's bonds fell as Google Cloud courted OpenAI and Microsoft.", "en"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
    }

    /// The bug: a rival's name counted as the subject of the cloud terms in the rival's own news
    /// ("A Oracle, que tem um contrato com a OpenAI, recuava") and in market news, and a subject
    /// word in someone's quoted remark that names no party ("\"Nobody asks me about licences\"")
    /// listed the remark. A quotation that names a party still states terms.
    #[test]
    fn a_rivals_news_and_a_remark_name_no_subject() {
        for (text, lang) in [
            ("A Oracle, que tem um contrato com a OpenAI e vende nuvem como o Google Cloud, recuava na bolsa.", "pt"),
            ("\"Nobody asks me about licences,\" the mayor said.", "en"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        // (A quotation the checks read, "\"Microsoft keeps a licence to OpenAI's models,\" the
        // filing said", now agrees, attributed, and is no longer listed: one they cannot decide is.)
        let why = listed("E5", "\"Microsoft and OpenAI will revisit the licence terms,\" the filing said.");
        assert!(why.iter().flatten().any(|w| matches!(w, Why::Topic { .. })), "{why:?}");
    }

    /// An agreeing reading beside another term's subject ("…, as it keeps the licence") takes
    /// only its own subject off the queue.
    #[test]
    fn another_subject_beside_an_agreeing_reading_stays_listed() {
        let text = "OpenAI will keep paying Microsoft a revenue share until 2030, and the licence is another matter.";
        let why = listed("E5", text);
        assert!(why.iter().flatten().any(|w| matches!(w, Why::Unread { .. })), "{text}: {why:?}");
        assert_eq!(listed("E5", "OpenAI will keep paying Microsoft a revenue share until 2030."), None);
    }

    /// The bug: an agreeing reading of part of a sentence took all of it off the queue, so a
    /// sentence read wrong without contradicting was never seen. What the reading left over (an
    /// exemption, a negation away from it, a number) keeps it listed; citation markers do not.
    #[test]
    fn an_agreeing_reading_does_not_hide_what_it_left_unread() {
        let unread = |text: &str| {
            let why = listed("E5", text);
            assert!(why.as_ref().is_some_and(|w| w.iter().any(|w| matches!(w, Why::Unread { .. }))), "{text}: {why:?}");
        };
        unread("Microsoft will no longer pay a revenue share to OpenAI, except on Bing.");
        unread("Microsoft will no longer pay a revenue share to OpenAI, a cut of 20 percent.");
        // A year no event or term of the deal has, inside the agreeing reading itself ("made in
        // 2021" is now read as the first investment's date, a contradiction, not a queue entry).
        unread("Microsoft's initial investment in OpenAI, a 2021 deal, was $1 billion.");
        for text in [
            "Microsoft will no longer pay a revenue share to OpenAI.",
            "Microsoft will no longer pay a revenue share to OpenAI [4, 5].",
            "Microsoft's initial investment in OpenAI, made in 2019, was $1 billion.",
        ] {
            assert_eq!(listed("E5", text), None, "{text}");
        }
    }

    /// The bug: sentences the checks cannot read that name a subject by a wrong value of its own
    /// words ("multimillion", "the second phase") or restrict OpenAI to Azure with words between
    /// ("only … through Azure") were left off the queue: no topic word, no party beside a value.
    #[test]
    fn wrong_scales_phases_and_azure_only_phrasings_are_listed() {
        for (event, text) in [
            ("E2", "Microsoft is making a multimillion-dollar investment in OpenAI."),
            ("E2", "The investment marks the second phase of the partnership."),
            // ("can only serve its products through Azure" is read by the checks since en12.)
            ("E5", "OpenAI can only reach its customers through Azure."),
            ("E2", "OpenAI's research workloads will be moved off Azure under the new arrangement."),
        ] {
            let why = listed(event, text);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::Topic { .. })), "{text}: {why:?}");
        }
        // Context about Azure with no restriction stays off.
        assert_eq!(listed("E5", "Azure revenue grew strongly in the quarter."), None);
    }

    /// A share price's move is no stake: its percentage beside a party is not listed; the same
    /// party with a percentage and no market words is.
    #[test]
    fn a_share_price_move_is_not_listed() {
        let why = listed("E5", "Microsoft shares rose 2% in early trading on Tuesday.");
        assert!(why.iter().flatten().all(|w| !matches!(w, Why::PartyValue { .. })), "{why:?}");
        let why = listed("E5", "Microsoft said spending rose 2% in the quarter.");
        assert!(why.iter().flatten().any(|w| matches!(w, Why::PartyValue { .. })), "{why:?}");
    }

    /// A condition beside an agreeing reading is what the rules cannot judge: "any cloud,
    /// siempre que haya demanda" agrees on "any cloud" and is listed for its condition; without
    /// it, the sentence is no condition's.
    #[test]
    fn a_condition_beside_an_agreeing_reading_is_listed() {
        for (text, lang) in [
            ("OpenAI podrá vender sus productos en cualquier nube, siempre que haya demanda.", "es"),
            ("OpenAI darf seine Produkte nun über jeden Cloud-Anbieter verkaufen, solange die Nachfrage reicht.", "de"),
        ] {
            let why = listed_in("E5", text, lang).expect("listed");
            assert!(
                why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("condition"))),
                "{text}: {why:?}"
            );
        }
        let why = listed_in("E5", "OpenAI podrá vender sus productos en cualquier nube.", "es").unwrap_or_default();
        assert!(!why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("condition"))), "{why:?}");
    }

    /// A value said to move beside agreeing readings ("cuts the percentage of revenue OpenAI
    /// pays") is listed, and so is a negation after "and", which starts a predicate of its own
    /// ("… pays Microsoft and drops the cap"): own-033 and own6-en-064 were off the queue.
    #[test]
    fn a_change_or_a_second_predicate_beside_an_agreeing_reading_is_listed() {
        // "raises the percentage" and "drops the cap" now contradict (checks' tests), and since
        // en12 so does "cuts the percentage of revenue OpenAI pays": the queue is for the
        // phrasings no pattern reads.
        for (text, what) in [
            ("The amendment cuts how much of its revenue OpenAI pays to Microsoft.", "change `cuts`"),
            ("The amended deal lifts how much of its revenue OpenAI pays Microsoft.", "change `lifts`"),
            ("The amended deal keeps the percentage OpenAI pays Microsoft and waives the limit.", "negation `waives`"),
        ] {
            let why = listed_in("E5", text, "en").expect("listed");
            assert!(why.iter().any(|w| matches!(w, Why::Unread { what: w } if w == what)), "{text}: {why:?}");
        }
    }

    /// Market news is not the terms (blind whole articles, b7: a third of their listed
    /// sentences): a share price or price target (a sum under a million), and a market value or
    /// a reporting period's year in a market or earnings sentence, pick nothing, while a party
    /// beside a sum in billions still does.
    #[test]
    fn share_prices_and_market_values_are_not_listed() {
        for text in [
            "Microsoft shares rose 2.0 per cent to $542 in New York on Tuesday, taking its market value above $4tn.",
            "Shares of Microsoft rose 0.8% to $512.40 in afternoon trading in New York.",
            "Microsoft's price target is $600.",
            "Microsoft reports first-quarter results for its 2026 fiscal year on Wednesday.",
        ] {
            assert!(listed("E5", text).is_none(), "{text}");
        }
        assert!(listed_in("E5", "MS는 29일 2026회계연도 3분기 실적을 발표한다.", "ko").is_none());
        let why = listed("E5", "Over the years Microsoft's bets on the lab came to some $14 billion in all.")
            .expect("listed");
        assert!(why.iter().any(|w| matches!(w, Why::PartyValue { .. })), "{why:?}");
    }

    /// A figure that agrees only by rounding is listed: "about $150 billion" agrees with the
    /// stake's "about $135 billion" within their slack, and was off the queue (own-088); the
    /// official figure, or one within 5% of it, is not listed for it.
    #[test]
    fn a_figure_that_agrees_only_by_rounding_is_listed() {
        let why = listed("E4", "Microsoft's 27% stake is valued at about $150 billion.").expect("listed");
        assert!(why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("a figure near"))), "{why:?}");
        let why = listed("E4", "Microsoft's 27% stake is valued at about $135 billion.").unwrap_or_default();
        assert!(!why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("a figure near"))), "{why:?}");
        use super::value::Bound;
        let amt = |d: u64, bound| value::Value::Amount { dollars: d * 1_000_000_000, bound };
        assert!(near_miss(&amt(150, Bound::About), &amt(135, Bound::About)));
        assert!(!near_miss(&amt(140, Bound::About), &amt(135, Bound::About)));
        assert!(!near_miss(&amt(150, Bound::AtLeast), &amt(135, Bound::About)));
    }

    /// A description of a party ("the software maker", "该公司") names who a value is about,
    /// as a party's name does; the same value with no one named is not listed. (Lang9: "le
    /// groupe de Redmond" is now read as Microsoft by the checks themselves, so the French case
    /// is a description no party list holds; en12 did the same for "the Redmond company".)
    #[test]
    fn a_described_party_beside_a_value_is_listed() {
        for (text, lang) in [
            ("The software maker ends up owning about a third of the lab.", "en"),
            ("Le groupe américain détiendra la moitié de la start-up.", "fr"),
            ("La startup pagará a su principal inversor hasta 2032.", "es"),
        ] {
            let why = listed_in("E4", text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::PartyValue { .. })), "{text}: {why:?}");
        }
        assert_eq!(listed_in("E4", "The weather ends up about a third warmer.", "en"), None);
    }

    /// Fractions are shares in every language ("a third", "三分之一", "3分の1", "3분의 1"); a
    /// quarter, "third-quarter results" and "the first half" are periods, not shares.
    #[test]
    fn fractions_are_shares_and_periods_are_not() {
        for (text, lang) in [
            ("微软将持有OpenAI三分之一。", "zh"),
            ("マイクロソフトはオープンAIの3分の1を保有する。", "ja"),
            ("마이크로소프트는 오픈AI의 3분의 1을 보유한다.", "ko"),
            // "A gigante de Redmond" is Microsoft to the checks since lang9: a description no
            // party list holds keeps the fraction the queue's.
            ("A gigante de tecnologia terá metade da nova empresa.", "pt"),
        ] {
            assert!(listed_in("E4", text, lang).is_some(), "{text}");
        }
        for text in [
            "Microsoft is due to report fiscal third-quarter results on Wednesday.",
            "Microsoft hired staff in the first half.",
        ] {
            assert_eq!(listed("E5", text), None, "{text}");
        }
    }

    /// "Unless" beside a party is an exception no value names ("除非微软另有安排"); the same
    /// sentence without the exception is not listed. ("除非微软无法或选择不支持" is read by the
    /// checks since the eighth round: a contradiction, so no longer the queue's.)
    #[test]
    fn an_exception_beside_a_party_is_listed() {
        let why = listed_in("E5", "新模型将率先在微软云上发布，除非微软另有安排。", "zh").expect("listed");
        assert!(why.iter().any(|w| matches!(w, Why::Topic { words } if words == "除非")), "{why:?}");
        assert_eq!(listed_in("E5", "新模型将率先在微软云上发布。", "zh"), None);
    }

    /// A reservation after an agreeing reading ("…through 2030, though on different terms") may
    /// take it back: listed; the reading alone is not. ("…, but with a cap" is read by the checks
    /// since the eighth round: the cap agrees.)
    #[test]
    fn a_reservation_after_an_agreeing_reading_is_listed() {
        let why =
            listed("E5", "OpenAI will keep paying Microsoft a revenue share until 2030, though on different terms.")
                .expect("listed");
        assert!(why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("reservation"))), "{why:?}");
        assert_eq!(listed("E5", "OpenAI will keep paying Microsoft a revenue share until 2030."), None);
    }

    /// Other news in a deal article (blind articles, b7): a rival's figures or name ("Oracle
    /// shares swung", "Meta said it would spend $125 billion"), spending in another currency,
    /// earnings ("up 16% year on year"), a stock market ("米株式市場"), the dateline ("April
    /// 27") are not listed; the same figures said of a party of the deal are.
    #[test]
    fn other_news_is_not_listed_and_the_deal_is() {
        for (event, text, lang) in [
            ("E5", "Oracle shares have swung wildly since September.", "en"),
            ("E5", "Meta said it would spend up to $125 billion this year.", "en"),
            ("E5", "SoftBank, one of OpenAI's largest backers, gained 4.5 per cent in Tokyo.", "en"),
            ("E5", "Microsoft beat expectations with revenue of $78.1 billion, up 16% year on year.", "en"),
            ("E5", "A Microsoft anunciou em 2024 investimentos de R$ 14,7 bilhões no país.", "pt"),
            ("E5", "정부는 국가 AI 컴퓨팅센터 구축 사업에 2030년까지 2조원 이상을 투입할 계획이다.", "ko"),
            ("E5", "米株式市場ではハイテク株が買われた。", "ja"),
            ("E5", "SEATTLE, April 27 - Microsoft and OpenAI will keep a revenue share until 2030.", "en"),
            ("E2", "Microsoft invested $1 billion in OpenAI in 2019 and more in January 2023.", "en"),
        ] {
            assert_eq!(listed_in(event, text, lang), None, "{text}");
        }
        for (text, lang) in [
            ("The startup can now sell its models on Oracle.", "en"),
            ("Microsoft said it would spend up to $125 billion this year.", "en"),
            ("Microsoft wird bis 2030 rund 3,2 Milliarden Dollar erhalten.", "de"),
        ] {
            assert!(listed_in("E5", text, lang).is_some(), "{text}");
        }
    }

    /// The bug (round 10, whole articles): both parties as one description or one subject that
    /// only publish, announce or speak ("The two companies posted matching notes", "Microsoft and
    /// OpenAI spoke up after OpenAI's Amazon deal") were listed as a relation between them. A word
    /// of what a term does (lasting, restricting, obliging, changing, a negation or a hedge) keeps
    /// the pair listed; two parties apart, one acting on the other, need none.
    #[test]
    fn a_pair_that_only_speaks_is_not_listed() {
        for (text, lang) in [
            ("The two companies posted matching notes on their blogs on Monday.", "en"),
            ("Hours after OpenAI's Amazon deal, Microsoft and OpenAI issued a joint note.", "en"),
            ("Las dos compañías publicaron el lunes sendos comunicados.", "es"),
            ("Die beiden Partner meldeten sich am Abend zu Wort.", "de"),
            ("両社の関係は一段と緩やかなものになる。", "ja"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        for (text, lang) in [
            ("The two companies will keep their engineers in one building.", "en"),
            ("Both companies must now agree on every launch.", "en"),
            ("Las dos compañías seguirán repartiendo los ingresos.", "es"),
            ("Die beiden Partner räumten ein, dass sich die Bedingungen ändern.", "de"),
            ("OpenAI sells its tools to Microsoft's rivals.", "en"),
        ] {
            let why = listed_in("E5", text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::Parties { .. })), "{text}: {why:?}");
        }
    }

    /// A detail both parties left undisclosed ("neither company revealed the cap") states no
    /// term: its negation is no word of what a term does.
    #[test]
    fn a_detail_left_undisclosed_is_not_listed() {
        for (text, lang) in [
            ("Über die Höhe der Obergrenze machten beide Unternehmen keine Angaben.", "de"),
            ("具体比例和上限金额，两家公司均未公开。", "zh"),
            ("The two companies did not disclose the size of the cap.", "en"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        let why = listed("E5", "The two companies no longer share any of their projects.");
        assert!(why.iter().flatten().any(|w| matches!(w, Why::Parties { .. })), "{why:?}");
    }

    /// A party at a named stage that says nothing of a term ("Microsoft announced the amendment on
    /// Monday"), or names it as the date of market news, is not listed; one that says what the
    /// stage changed is.
    #[test]
    fn a_stage_named_as_a_date_is_not_listed() {
        for (text, lang) in [
            ("The amended deal lands two days before Microsoft reports earnings.", "en"),
            ("Microsoft described the amendment on its blog on Monday.", "en"),
            ("微软与OpenAI再度修订合作协议，云计算格局生变", "zh"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        for (text, lang) in [
            ("With the amendment, Microsoft keeps only a minority of the rights.", "en"),
            ("改定により、マイクロソフトは引き続き株主となる。", "ja"),
        ] {
            let why = listed_in("E5", text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::Stage { .. })), "{text}: {why:?}");
        }
    }

    /// The end of a quotation opened in an earlier sentence ("…着地だ」と話す。") is quoted: the
    /// parties it names are the speaker's opinion, not a statement of the writer's.
    #[test]
    fn the_end_of_a_quotation_from_an_earlier_sentence_is_quoted() {
        assert_eq!(listed_in("E5", "双方に利点のある着地だ」と話す。", "ja"), None);
        assert_eq!(listed("E5", "both companies simply win,” the analyst said."), None);
        let why = listed_in("E5", "両社は今後も協力を続ける。", "ja");
        assert!(why.iter().flatten().any(|w| matches!(w, Why::Parties { .. })), "{why:?}");
    }

    /// A month or a day written as Chinese, Japanese and Korean write it ("去年10月", "28日") beside
    /// an agreeing reading is a date, no number the reading left over; another number still is.
    #[test]
    fn a_cjk_month_beside_an_agreeing_reading_is_no_number() {
        let why = listed_in("E4", "10月，微软所持约27%的股权价值约1350亿美元。", "zh").unwrap_or_default();
        assert!(!why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("number"))), "{why:?}");
        let why = listed_in("E4", "微软所持约27%的股权价值约1350亿美元，另有10家公司。", "zh").unwrap_or_default();
        assert!(why.iter().any(|w| matches!(w, Why::Unread { what } if what.starts_with("number"))), "{why:?}");
    }

    /// A party beside only the years of the deal's own events tells its history ("Die
    /// Partnerschaft der beiden Unternehmen reicht bis 2019 zurück"): not listed unless it says
    /// what a term does or names dollars; a year no event has, or a term's end year, is listed.
    #[test]
    fn a_party_beside_only_the_deals_history_years_is_not_listed() {
        for (text, lang) in [
            ("Le partenariat entre les deux entreprises remonte à 2019.", "fr"),
            ("양사의 인연은 2019년으로 거슬러 올라간다.", "ko"),
            ("OpenAI opened an office in Tokyo in 2025.", "en"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        for (text, lang) in [
            ("2023年1月，双方又宣布了一项为期一年、金额达数十亿美元的投资。", "zh"),
            ("OpenAI opened an office in Tokyo in 2024.", "en"),
            ("Since 2025, Microsoft no longer decides where OpenAI buys compute.", "en"),
            ("Microsoft hosts its developer conference in 2032.", "en"),
        ] {
            assert!(listed_in("E5", text, lang).is_some(), "{text}");
        }
    }

    /// A figure the terms state ("roughly 27 percent" beside a stake read at $135 billion) is no
    /// number a reading left over; a figure they do not state still is.
    #[test]
    fn an_official_figure_beside_an_agreeing_reading_is_not_listed() {
        for text in [
            "Microsoft's holding is valued at approximately $135 billion, representing roughly 27 percent of the company.",
            "Microsoft's holding is worth about $135 billion, or some 27% of OpenAI.",
        ] {
            assert_eq!(listed("E4", text), None, "{text}");
        }
        let wrong = "Microsoft's holding is valued at approximately $135 billion, representing roughly 32 percent of the company.";
        assert!(listed("E4", wrong).is_some_and(|w| matches!(&w[..], [Why::Unread { .. }])), "{wrong}");
        let de = "Die Beteiligung von Microsoft ist rund 135 Milliarden Dollar wert, das entspricht etwa 35 Prozent.";
        assert!(listed_in("E4", de, "de").is_some(), "{de}");
    }

    /// The bug: a reading of an end year agreed ("licenses its models to OpenAI through 2032")
    /// and hid who gives to whom, which no reading judged. A reading of the direction settles it.
    #[test]
    fn who_gives_to_whom_beside_an_agreeing_reading_is_listed() {
        for (text, lang) in [
            ("Microsoft licencia sus modelos a OpenAI hasta 2032.", "es"),
            ("OpenAI otorga a Microsoft una licencia sobre sus modelos hasta 2032.", "es"),
            ("OpenAI licenses its models and products to Microsoft through 2032.", "en"),
        ] {
            let why = listed_in("E5", text, lang);
            assert!(
                why.as_ref().is_some_and(|w| w
                    .iter()
                    .any(|w| matches!(w, Why::Unread { what } if what.starts_with("who gives")))),
                "{text}: {why:?}"
            );
        }
        // The direction read and agreeing; another company paid.
        assert_eq!(listed("E5", "OpenAI pays Microsoft a share of its revenue through 2030."), None);
        let oracle = listed("E5", "OpenAI pays Oracle for compute through 2030, under a five-year contract.");
        assert!(!format!("{oracle:?}").contains("who gives"), "{oracle:?}");
    }

    /// A term's subject alone in a full sentence, with no party, no value and no word of what a
    /// term does ("Exclusivity is the other big chapter"), says nothing checkable; with a party or
    /// a negation it does.
    #[test]
    fn a_lone_topic_with_nothing_checkable_is_not_listed() {
        for (text, lang) in [
            ("Exclusivity is the other big chapter of the story.", "en"),
            ("The revenue share was the hardest part of the talks.", "en"),
            ("El reparto de ingresos es el otro gran asunto.", "es"),
            ("A propriedade intelectual é o outro grande capítulo.", "pt"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        for (text, lang) in [
            ("Exclusivity does not survive the amendment.", "en"),
            ("La exclusividad ya no forma parte del trato.", "es"),
            ("Microsoft's licence covers OpenAI's consumer hardware.", "en"),
            ("The investment marks the second phase of the partnership.", "en"),
        ] {
            // Listed, or found as a contradiction (a sentence with one found is not listed
            // again): either way in front of the editor.
            assert!(kept("E5", text, lang), "{text}");
        }
    }

    /// A headline that only names a subject ("Microsoft's licence, explained") states nothing to
    /// check; one that says what a term does ("… now covers only research") does.
    #[test]
    fn a_headline_that_only_names_a_subject_is_not_listed() {
        for (text, lang) in [
            ("Microsoft and OpenAI: the licensing chapter", "en"),
            ("The licence, explained", "en"),
            ("微软与OpenAI：知识产权篇", "zh"),
            ("OpenAI e Microsoft: a questão da propriedade intelectual", "pt"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        for (text, lang) in
            [("Microsoft's licence now covers only research", "en"), ("Exclusividade continua, diz a Microsoft", "pt")]
        {
            assert!(listed_in("E5", text, lang).is_some(), "{text}");
        }
    }

    /// The bug: a change inside a reading of a direction and an end ("pays a trimmed portion of
    /// its sales through 2030") was taken as read, though neither reading reads a change.
    #[test]
    fn a_change_inside_a_reading_of_an_end_is_listed() {
        let text = "OpenAI pays Microsoft a trimmed portion of its sales through 2030.";
        let why = listed("E5", text);
        assert!(format!("{why:?}").contains("change `trimmed`"), "{text}: {why:?}");
        assert_eq!(listed("E5", "OpenAI pays Microsoft a portion of its sales through 2030."), None);
        // "licença" is a word of licensing: who licenses to whom is left for the editor.
        let pt = "A Microsoft concede à OpenAI uma licença até 2032.";
        assert!(format!("{:?}", listed_in("E5", pt, "pt")).contains("who gives"), "{pt}");
    }

    /// The bug: Japanese papers put a country before each name ("米マイクロソフトと米OpenAI"), so
    /// the two parties of one subject read as apart, and a lede saying they announced a change
    /// was listed as what one does to the other. One party acting on the other stays listed.
    #[test]
    fn a_country_before_each_name_joins_the_pair() {
        assert_eq!(
            listed_in("E5", "米マイクロソフトと米OpenAIは27日、2019年から続く提携の条件を改めたと発表した。", "ja"),
            None
        );
        let why = listed_in("E5", "米OpenAIは新製品を米マイクロソフト以外の事業者にも売る。", "ja");
        assert!(why.iter().flatten().any(|w| matches!(w, Why::Parties { .. })), "{why:?}");
    }

    /// The bug: market news that names the deal only as the occasion of a price move ("after the
    /// memorandum, Microsoft shares rose") was listed for the deal's subject word. Market news
    /// that says what a term does ("drops the revenue share") stays listed.
    #[test]
    fn market_news_with_the_deal_as_its_occasion_is_not_listed() {
        for (text, lang) in [
            ("覚書の発表を受けて、マイクロソフトの株価は少し上がった。", "ja"),
            ("Microsoft shares rose after the revenue share news on Tuesday.", "en"),
        ] {
            assert_eq!(listed_in("E5", text, lang), None, "{text}");
        }
        for (text, lang) in [
            ("Microsoft shares fell as the revenue share it gets was cut.", "en"),
            ("新协议下收入分成被削减，微软股价下跌。", "zh"),
        ] {
            assert!(listed_in("E5", text, lang).is_some(), "{text}");
        }
    }

    /// The bug: a stake stated at 32.5% (the figure before OpenAI's latest rounds) agreed with
    /// the terms, which accept it on that basis, and left the queue, though most writers who
    /// state it as today's stake have the figure wrong. The first figure stays off the queue.
    #[test]
    fn a_figure_official_only_on_another_basis_is_listed() {
        for (text, lang) in [
            ("Microsoft now owns 32.5 percent of OpenAI.", "en"),
            ("Microsoft besitzt nun 32,5 Prozent von OpenAI.", "de"),
        ] {
            let why = listed_in("E4", text, lang).expect("listed");
            assert!(
                why.iter()
                    .any(|w| matches!(w, Why::Unread { what } if what.starts_with("a figure official on another"))),
                "{text}: {why:?}"
            );
        }
        assert_eq!(listed("E4", "Microsoft now owns roughly 27 percent of OpenAI."), None);
    }

    /// The bug: a headline on what one party does ("OpenAI hands Microsoft its device
    /// designs") names a subject and no cue, and was left off as a lone subject, though it may
    /// state a term wrongly in words no cue knows; so was a label with its value ("Nonprofit:
    /// control passes to PBC board", a table row "AGI verification | Microsoft board"). Both
    /// parties' joint news and headlines with no party stay off.
    #[test]
    fn a_one_party_headline_and_a_labelled_value_are_listed() {
        for (text, lang) in [
            ("OpenAI hands Microsoft's team its consumer hardware designs", "en"),
            // (Round 15: "Nonprofit: control goes to the new board" is read, a contradiction.)
            ("Nonprofit: the new board takes over", "en"),
            ("AGI verification | Microsoft board", "en"),
            ("Reparto de ingresos | a cargo de OpenAI", "es"),
        ] {
            let why = listed_in("E5", text, lang);
            assert!(why.iter().flatten().any(|w| matches!(w, Why::Topic { .. })), "{text}: {why:?}");
        }
        for (text, lang) in [
            ("Microsoft and OpenAI sign a memorandum for the next phase", "en"),
            ("Microsoft y OpenAI firman un memorando para su alianza", "es"),
            ("Microsoft and OpenAI: the licensing chapter", "en"),
            ("The nonprofit question", "en"),
        ] {
            assert_eq!(listed_in("E3", text, lang), None, "{text}");
        }
    }

    /// The bug: both parties in one description beside only a hedge ("how far the deal lifts
    /// both companies", "両社は交渉してきた") were listed as what one does to the other, though
    /// an open question or talks state no term. A word of what a term does keeps them listed.
    #[test]
    fn a_pair_beside_only_a_hedge_is_not_listed() {
        assert_eq!(listed_in("E5", "今回の契約で両社の競争力がどこまで高まるのか、投資家が注目している。", "ja"), None);
        let why = listed_in("E5", "両社は今後も計算資源の提供を続ける。", "ja");
        assert!(why.iter().flatten().any(|w| matches!(w, Why::Parties { .. })), "{why:?}");
    }

    /// The bug: "PBC" in the company's name ("OpenAI Group PBC") was read as the nonprofit's
    /// subject, so a stake read and agreed stayed listed; and a yearly sum without a party
    /// ("年間30億ドル") was listed as a sum of the deal, though no term states a yearly sum.
    /// "PBC" on its own, and a sum in billions that is no yearly sum, stay listed.
    #[test]
    fn a_company_name_and_a_yearly_sum_are_not_terms() {
        assert_eq!(listed("E4", "Microsoft will own roughly 27 percent of OpenAI Group PBC."), None);
        assert!(listed("E4", "Microsoft will own roughly 27 percent of OpenAI, and the PBC board decides.").is_some());
        assert_eq!(listed_in("E5", "グループ各社で年間40億ドルを同事業に投じる計画だ。", "ja"), None);
        assert!(listed_in("E5", "グループ各社で合計2500億ドルを投じる計画だ。", "ja").is_some());
    }

    /// Round 17 (b17): a rival's share move told without "shares" ("Oracle … edged down 0.4%",
    /// "slipped 0.6% in late trading") is market colour, and a post that "does not mention AGI"
    /// states nothing about it; a share move beside a term is still listed when the term is.
    #[test]
    fn a_rivals_price_move_and_a_detail_not_mentioned_are_not_listed() {
        assert_eq!(
            listed("E4", "Oracle, whose multiyear compute contract with OpenAI has drawn scrutiny, edged down 0.4%."),
            None
        );
        assert_eq!(
            listed(
                "E5",
                "Oracle, which has its own multiyear compute agreement with OpenAI, slipped 0.6% in late trading."
            ),
            None
        );
        assert_eq!(listed("E5", "The posts published on Monday do not mention AGI at all."), None);
        assert!(
            listed("E5", "The posts say the revenue share now ends when AGI is declared.").is_some()
                || kept("E5", "The posts say the revenue share now ends when AGI is declared.", "en")
        );
    }

    /// Round 17 (b15, over 0.30 listed): a figure the sentence reports as unconfirmed or left
    /// undisclosed is hearsay it reports as such, and two parties named as the ones who did not
    /// disclose are its sources, not a term's parties, in English, Spanish and Korean. A
    /// figure credited to the companies themselves stays listed or found.
    #[test]
    fn a_figure_reported_as_unconfirmed_and_the_pair_that_did_not_disclose_are_not_listed() {
        assert_eq!(
            listed(
                "E5",
                "A figure of 20 percent has been reported, and a cap of $38 billion has been reported separately; both remain unconfirmed."
            ),
            None
        );
        assert_eq!(
            listed(
                "E5",
                "None of them came with figures, and both companies declined to say how much each would spend."
            ),
            None
        );
        assert_eq!(
            listed_in(
                "E5",
                "Otro medio ha situado el tope en 38.000 millones de dólares, pero ninguna de las dos cifras ha sido confirmada.",
                "es"
            ),
            None
        );
        assert_eq!(listed_in("E5", "상한이 380억 달러라는 보도도 나왔지만 두 회사 모두 확인하지 않았다.", "ko"), None);
        let credited =
            "The revenue share OpenAI pays Redmond is capped at $38 billion, according to the companies' own posts.";
        assert!(kept("E5", credited, "en"));
    }

    /// A negation inside words that report a figure as never officially confirmed ("外界流传的
    /// 100亿美元从未获得官方证实", zh-b38) is no term the readings left unread; a term denied beside
    /// the same reading is still kept.
    #[test]
    fn a_negation_in_a_figure_told_unconfirmed_is_no_unread_term() {
        let told = "2023年1月，双方宣布合作进入“第三阶段”，微软投下一笔“多年期、数十亿美元”的投资，外界流传的100亿美元从未获得官方证实。";
        assert!(listed_in("E5", told, "zh").is_none());
        let denied = "2023年1月，微软投下一笔“多年期、数十亿美元”的投资，Azure不再是独家云服务商。";
        assert!(kept("E5", denied, "zh"));
    }
}
