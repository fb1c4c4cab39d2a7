//! Automatic checks: every sentence of every article read for claims about the official terms,
//! and each claim compared with the term in force at the article's stage.
//!
//! This module owns the rule format ([`rules`], parsed from content/terms.toml by
//! [`crate::content::terms`]), the pattern language ([`pattern`]), sentence and clause splitting
//! with the cue words that tell a claim from a mention ([`clauses`]), claim extraction and
//! comparison ([`check_article`], one article at a time, so that an incremental build can
//! recheck one article alone), the editor's dismissals, and the cross-article step that pairs
//! articles stating different values for the same term ([`cross_source`]). Findings are plain
//! data: [`crate::notes`] turns them into margin notes, `gloss check` lists them.
//!
//! Precision comes first: a clause that negates, hedges, reports someone's words, speaks of the
//! past, sits in quotation marks or asks a question yields no claim, and a clause where the
//! patterns read two different values yields none either. A missed claim is a missing note; a
//! wrong claim is a wrong note in front of readers.

mod checker;
pub mod clauses;
pub mod pattern;
pub mod prefilter;
pub mod rules;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use chrono::Datelike;
use rayon::prelude::*;

use crate::anchor::{Anchor, Doc, Miss, describe_miss};
use crate::content::terms::{self, Term, Terms, sorted_list};
use crate::content::{Article, ArticleId, Corpus, stage_date};
use crate::diag::Diagnostic;
pub use checker::Checker;
use clauses::{clauses, cue, is_question, quoted};
use rules::{Bound, Claim, Kind, TermCheck, Value};

/// What became of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// Shown (as an automatic note when it contradicts the terms).
    Open,
    /// The editor said the reading is wrong, in the article's annotation file.
    Dismissed { reason: String, file: PathBuf, line: usize },
    /// A hand-written note on the same passage says it instead.
    Replaced,
}

/// A claim found in an article, and how it compares with the term in force.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    /// The article it was found in.
    pub article: ArticleId,
    /// The claim (the check's id) that read it.
    pub claim: String,
    /// The term it was compared with: the one that agrees, else the newest in force.
    pub term: String,
    pub anchor: Anchor,
    /// The words the pattern matched, as the reader sees them.
    pub passage: String,
    pub sentence: String,
    pub claimed: Value,
    /// The term's official value (the first, when it accepts several).
    pub official: Value,
    pub agrees: bool,
    pub status: Status,
    /// The claim's line in content/terms.toml.
    pub line: usize,
}

impl Finding {
    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }

    /// A contradiction the reader should see as an automatic note.
    pub fn is_shown_contradiction(&self) -> bool {
        !self.agrees && self.is_open()
    }
}

/// Every finding of the digest, and the pairs of findings (contradicting one, partner) of two
/// articles that state different values for the same term.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub findings: Vec<Finding>,
    pub links: Vec<(usize, usize)>,
}

/// Checks every article, applies the editor's dismissals and pairs contradicting articles.
pub fn run(corpus: &Corpus, docs: &[Doc], checker: &Checker) -> (Checked, Vec<Diagnostic>) {
    if checker.is_empty() {
        return (Checked::default(), Vec::new());
    }
    let per_article: Vec<Vec<Finding>> =
        corpus.articles.par_iter().zip(docs).map(|(a, d)| check_article(d, a, &corpus.terms, checker)).collect();
    finish(corpus, docs, per_article)
}

/// The steps over all findings: dismissals and the links between articles. `per_article` holds
/// each article's findings from [`check_article`] (watch mode keeps them between builds).
pub fn finish(corpus: &Corpus, docs: &[Doc], per_article: Vec<Vec<Finding>>) -> (Checked, Vec<Diagnostic>) {
    let mut findings: Vec<Finding> = per_article.into_iter().flatten().collect();
    let problems = dismiss(corpus, docs, &mut findings);
    let links = cross_source(&findings);
    (Checked { findings, links }, problems)
}

/// The claims that apply at a date, each with the in-force terms that answer it, newest first.
fn active<'a>(
    terms: &'a Terms,
    checker: &'a Checker,
    date: chrono::NaiveDate,
) -> Vec<(&'a Claim, Vec<(&'a Term, &'a TermCheck)>)> {
    let mut in_force: Vec<(&Term, &[TermCheck])> = terms
        .terms
        .iter()
        .zip(&checker.term_checks)
        .filter(|(t, _)| terms.in_force(t, date))
        .map(|(t, checks)| (t, checks.as_slice()))
        .collect();
    in_force.sort_by_key(|(t, _)| std::cmp::Reverse(terms.term_date(t)));
    checker
        .claims
        .iter()
        .filter_map(|c| {
            let answers: Vec<(&Term, &TermCheck)> = in_force
                .iter()
                .flat_map(|(t, checks)| checks.iter().filter(|k| k.claim == c.id).map(move |k| (*t, k)))
                .collect();
            (!answers.is_empty()).then_some((c, answers))
        })
        .collect()
}

/// A claim read in a clause: where (relative to the clause) and what.
#[derive(Debug, Clone)]
struct Reading {
    range: Range<usize>,
    value: Value,
}

/// Checks one article: every sentence against the claims whose terms are in force at its stage.
/// An article without a stage (no event, no date) is not checked: no term applies to it.
///
/// A clause meets a pattern's regex only if it contains the literals every match of the
/// pattern contains ([`prefilter`]): one scan per block finds them all, and most blocks,
/// sentences and clauses stop there.
pub fn check_article(doc: &Doc, article: &Article, terms: &Terms, checker: &Checker) -> Vec<Finding> {
    check(doc, article, terms, checker, true)
}

/// [`check_article`], with or without the prefilter (the tests compare the two).
fn check(doc: &Doc, article: &Article, terms: &Terms, checker: &Checker, prefilter_on: bool) -> Vec<Finding> {
    let Some(date) = stage_date(article, terms) else {
        return Vec::new();
    };
    let active = active(terms, checker, date);
    let mut out: Vec<Finding> = Vec::new();
    if active.is_empty() {
        return out;
    }
    let prefilter = checker.engine.prefilter();
    let mut hits = Vec::new();
    let mut candidates = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let text = &block.text;
        let filtered = prefilter.scan(text, &mut hits) && prefilter_on;
        let found = |range: Range<usize>| prefilter.found_in(&hits, range, filtered);
        let admitted = |(bits, claims): (prefilter::Bits, prefilter::Claims)| {
            active.iter().any(|(c, _)| c.admits_any(&bits, claims))
        };
        if !admitted(found(0..text.len())) {
            continue;
        }
        let mut quotes: Option<Vec<Range<usize>>> = None;
        for s in crate::text::sentences(text) {
            if !admitted(found(s.clone())) {
                continue;
            }
            let sentence = &text[s.clone()];
            if is_question(sentence) {
                continue;
            }
            for cl in clauses(sentence) {
                let at = s.start + cl.start;
                let clause = &text[at..s.start + cl.end];
                let (bits, claims) = found(at..s.start + cl.end);
                for (claim, answers) in &active {
                    candidates.clear();
                    if claims & prefilter::claim_bit(claim.index) != 0 {
                        candidates.extend(
                            claim
                                .patterns
                                .iter()
                                .enumerate()
                                .filter(|(_, p)| prefilter::admits(&p.require, &bits))
                                .map(|(i, _)| i),
                        );
                    }
                    if candidates.is_empty() {
                        continue;
                    }
                    for r in read(claim, clause, &candidates, &bits, date.year(), checker) {
                        let range = at + r.range.start..at + r.range.end;
                        let quotes = quotes.get_or_insert_with(|| quoted(text));
                        if quotes.iter().any(|q| q.start <= range.start && range.start < q.end) {
                            continue;
                        }
                        let anchor = Anchor { block: bi, start: range.start, end: range.end };
                        if out.iter().any(|f| f.claim == claim.id && f.anchor == anchor) {
                            continue;
                        }
                        let agreeing = answers.iter().find(|(_, k)| k.says.iter().any(|v| r.value.agrees_with(v)));
                        let (term, check) = agreeing.unwrap_or(&answers[0]);
                        out.push(Finding {
                            article: article.id,
                            claim: claim.id.clone(),
                            term: term.id.clone(),
                            anchor,
                            passage: text[range].to_string(),
                            sentence: sentence.to_string(),
                            claimed: r.value,
                            official: check.says[0].clone(),
                            agrees: agreeing.is_some(),
                            status: Status::Open,
                            line: claim.line,
                        });
                    }
                }
            }
        }
    }
    out.sort_by_key(|f| (f.anchor, f.line));
    out
}

/// A pattern's match in a clause before it is judged.
struct Candidate {
    range: Range<usize>,
    /// The parts of the match the pattern did not spell out: its gaps.
    gaps: Vec<Range<usize>>,
    slots: Vec<(&'static str, Range<usize>)>,
    value: Option<String>,
}

/// The claims a clause asserts, by one claim's patterns; none when they disagree. `patterns`
/// are the (indices of the) patterns the prefilter admits in the clause, whose literals are
/// `found`: the others cannot match in it.
fn read(
    claim: &Claim,
    clause: &str,
    patterns: &[usize],
    found: &prefilter::Bits,
    stage_year: i32,
    checker: &Checker,
) -> Vec<Reading> {
    let engine = &checker.engine;
    // A clause that names another subject (`unless`) is about that subject.
    if claim
        .unless
        .iter()
        .any(|u| prefilter::admits(&u.require, found) && u.matcher(engine).is_some_and(|m| m.is_match(clause)))
    {
        return Vec::new();
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    for &pi in patterns {
        let p = &claim.patterns[pi];
        let Some(m) = p.matcher(engine) else {
            continue;
        };
        let mut from = 0;
        while from <= clause.len() {
            let Some(whole) = m.find_at(clause, from) else {
                break;
            };
            let next = whole.end.max(from + 1);
            // The tightest match: a later start that ends within this one ("Microsoft retains a
            // licence" rather than "OpenAI says Microsoft retains a licence"). Plain searches
            // find it; the groups are read once, from the search that found it.
            let mut searched_from = from;
            let mut start = whole.start;
            let end = whole.end;
            loop {
                let step = clause[start..].chars().next().map_or(1, char::len_utf8);
                match m.find_at(clause, start + step) {
                    Some(c) if c.end <= end && c.start > start => {
                        searched_from = start + step;
                        start = c.start;
                    }
                    _ => break,
                }
            }
            let caps = m.captures_at(clause, searched_from);
            let range = caps.get_match().map_or(start..end, |mm| mm.range());
            candidates.push(Candidate { range, gaps: m.gaps(&caps), slots: m.slots(&caps), value: p.value.clone() });
            if next > clause.len() {
                break;
            }
            from = next;
            while !clause.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    // Each match stands on its own first: its value, its `unless` words and the clause's cues.
    let mut judged: Vec<(Candidate, Value)> = Vec::new();
    for c in candidates {
        let Some(value) = value_of(claim, clause, &c, checker) else {
            continue;
        };
        // Cue words count anywhere in the clause except the pattern's own words.
        let mut cue_text = String::with_capacity(clause.len());
        for (i, ch) in clause.char_indices() {
            let spelled = c.range.contains(&i) && !c.gaps.iter().any(|g| g.contains(&i));
            cue_text.push(if spelled { ' ' } else { ch });
        }
        if cue(&cue_text, Some(stage_year), claim.history).is_some() {
            continue;
        }
        // "non" negates only the word it is attached to: "non-exclusive", "non binding".
        let negated = |end: usize| {
            let word = clause[..end].trim_end().rsplit(char::is_whitespace).next().unwrap_or_default();
            word.trim_end_matches(['-', '\u{2010}', '\u{2011}']).eq_ignore_ascii_case("non")
        };
        if negated(c.range.start) || c.gaps.iter().any(|g| g.end > g.start && negated(g.end)) {
            continue;
        }
        judged.push((c, value));
    }
    // Then longest first at each start: a match inside a longer one is dropped (the longer
    // reading, "non-binding", wins over the shorter, "binding"); two matches that overlap
    // otherwise, or cover the same words, and read different values make the clause ambiguous.
    judged.sort_by_key(|(c, _)| (c.range.start, std::cmp::Reverse(c.range.end)));
    let mut readings: Vec<Reading> = Vec::new();
    for (c, value) in judged {
        if let Some(k) = readings.iter().find(|k| k.range.start < c.range.end && c.range.start < k.range.end) {
            let inside = k.range.start <= c.range.start && c.range.end <= k.range.end && k.range != c.range;
            if !inside && k.value != value {
                return Vec::new();
            }
            continue;
        }
        readings.push(Reading { range: c.range, value });
    }
    if readings.windows(2).any(|w| w[0].value != w[1].value) {
        return Vec::new();
    }
    readings
}

/// The value a match states, read from its slots (or, for a status, named by its pattern).
fn value_of(claim: &Claim, clause: &str, c: &Candidate, checker: &Checker) -> Option<Value> {
    let slot = |name: &str| c.slots.iter().find(|(n, _)| *n == name).map(|(_, r)| r.clone());
    match claim.kind {
        Kind::Status => c.value.clone().map(Value::Status),
        Kind::Year => clause[slot("year")?].parse().ok().map(Value::Year),
        Kind::Amount => {
            let r = slot("amount")?;
            let dollars = rules::parse_amount(&clause[r.clone()])?;
            Some(Value::Amount { dollars, bound: bound_before(clause, r) })
        }
        Kind::Percent => {
            let r = slot("percent")?;
            let milli = rules::parse_percent(&clause[r.clone()])?;
            Some(Value::Percent { milli, bound: bound_before(clause, r) })
        }
        Kind::Direction => {
            let from = slot("from").map(|r| rules::party_of(&checker.parties, &clause[r]));
            let to = slot("to").map(|r| rules::party_of(&checker.parties, &clause[r]));
            // A name the parties do not know, or a party on both ends, is no direction.
            if from.as_ref().is_some_and(Option::is_none) || to.as_ref().is_some_and(Option::is_none) {
                return None;
            }
            let (from, to) = (from.flatten(), to.flatten());
            if from.is_some() && from == to {
                return None;
            }
            Some(Value::Direction { from, to })
        }
    }
}

/// How exactly a number is stated, from the words right before it.
fn bound_before(clause: &str, slot: Range<usize>) -> Bound {
    let before = clause[..slot.start].to_lowercase();
    let before = before.trim_end();
    let ends = |words: &[&str]| words.iter().any(|w| before.ends_with(w));
    if ends(&["more than", "over", "above", "at least", "upwards of", "north of", "in excess of", "exceeding"]) {
        Bound::AtLeast
    } else if ends(&["less than", "under", "below", "at most", "up to", "fewer than"]) {
        Bound::AtMost
    } else if ends(&[
        "about",
        "around",
        "roughly",
        "approximately",
        "nearly",
        "almost",
        "some",
        "close to",
        "circa",
        "~",
    ]) {
        Bound::About
    } else {
        Bound::Exact
    }
}

fn overlaps(a: Anchor, b: Anchor) -> bool {
    a.block == b.block && a.start < b.end && b.start < a.end
}

/// Applies every `[[dismiss]]` of the annotation files. A dismissal that no longer matches a
/// finding is a warning naming its line: it cannot put a wrong note in front of readers, but
/// it is dead text the editor should delete.
fn dismiss(corpus: &Corpus, docs: &[Doc], findings: &mut [Finding]) -> Vec<Diagnostic> {
    // Each article's findings, in order: a dismissal looks at its article's alone.
    let mut of_article: HashMap<ArticleId, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        of_article.entry(f.article).or_default().push(i);
    }
    let terms = &corpus.terms;
    let mut problems = Vec::new();
    for file in corpus.annotations.iter() {
        let Some(&ai) = corpus.index.get(file.article.as_str()) else {
            continue; // reported by notes::resolve
        };
        let id = corpus.articles[ai].id;
        for d in &file.dismissals {
            let mut known = true;
            if let Some(c) = d.check.as_deref().filter(|c| terms.claim(c).is_none()) {
                known = false;
                problems.push(Diagnostic::error(&file.path, d.id_line, format!("unknown check `{c}`")).help(format!(
                    "the checks ([[claim]] ids in {}): {}",
                    terms::FILE,
                    sorted_list(terms.claims.iter().map(|c| c.id()))
                )));
            }
            if let Some(t) = d.term.as_deref().filter(|t| terms.term(t).is_none()) {
                known = false;
                problems.push(Diagnostic::error(&file.path, d.id_line, format!("unknown term `{t}`")).help(format!(
                    "valid terms ({}): {}",
                    terms::FILE,
                    sorted_list(terms.term_ids().into_iter())
                )));
            }
            if !known {
                continue;
            }
            let anchor = match docs[ai].find(&d.quote, d.prefix.as_deref(), d.suffix.as_deref()) {
                Ok(a) => a,
                Err(miss @ Miss::NotFound { .. }) => {
                    let (message, help) = describe_miss(&miss, &corpus.articles[ai].path.display().to_string());
                    problems.push(
                        Diagnostic::warning(&file.path, d.line, format!("stale dismissal: {message}"))
                            .help(format!("{help}; if the passage is gone, delete this [[dismiss]]")),
                    );
                    continue;
                }
                Err(miss) => {
                    let (message, help) = describe_miss(&miss, &corpus.articles[ai].path.display().to_string());
                    problems.push(Diagnostic::error(&file.path, d.line, message).help(help));
                    continue;
                }
            };
            let mut hit = false;
            for &i in of_article.get(&id).map_or(&[][..], Vec::as_slice) {
                let f = &mut findings[i];
                if overlaps(f.anchor, anchor)
                    && d.check.as_ref().is_none_or(|c| *c == f.claim)
                    && d.term.as_ref().is_none_or(|t| *t == f.term)
                {
                    hit = true;
                    f.status = Status::Dismissed { reason: d.reason.clone(), file: file.path.clone(), line: d.line };
                }
            }
            if !hit {
                let what = match (&d.check, &d.term) {
                    (Some(c), Some(t)) => format!("check `{c}` on term `{t}`"),
                    (Some(c), None) => format!("check `{c}`"),
                    (None, Some(t)) => format!("term `{t}`"),
                    (None, None) => "any check".to_string(),
                };
                problems.push(
                    Diagnostic::warning(
                        &file.path,
                        d.line,
                        format!("stale dismissal: no finding of {what} on this passage any more"),
                    )
                    .help("the article, the check or the terms changed; delete this [[dismiss]] if the finding is gone for good"),
                );
            }
        }
    }
    problems
}

/// Pairs articles that state different values for the same term: each article whose claim
/// contradicts the terms is linked to one other article stating a different value (one that
/// agrees with the terms if there is one, else the first in reading order). One link per pair
/// of articles and term, so a digest of hundreds of articles gets one note per wrong article,
/// not one per pair.
pub fn cross_source(findings: &[Finding]) -> Vec<(usize, usize)> {
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        if !matches!(f.status, Status::Dismissed { .. }) {
            groups.entry((f.term.as_str(), f.claim.as_str())).or_default().push(i);
        }
    }
    let mut links = Vec::new();
    for members in groups.values() {
        // Whether a member conflicts with an origin depends on its value alone: the members are
        // grouped by value, each group in partner order (agreeing first, then by article), so
        // that an origin looks at each value once instead of at every member. Findings are in
        // reading order, so a finding's index orders the articles.
        let key = |p: usize| (!findings[p].agrees, p);
        let mut by_value: HashMap<&Value, Vec<usize>> = HashMap::new();
        for &p in members {
            by_value.entry(&findings[p].claimed).or_default().push(p);
        }
        let mut by_value: Vec<(&Value, Vec<usize>)> = by_value.into_iter().collect();
        for (_, ps) in &mut by_value {
            ps.sort_by_key(|&p| key(p));
        }
        let mut linked: HashSet<(ArticleId, ArticleId)> = HashSet::new();
        let mut seen_articles = HashSet::new();
        for &o in members {
            let origin = &findings[o];
            if origin.agrees || !seen_articles.insert(origin.article) {
                continue;
            }
            let partner = by_value
                .iter()
                .filter(|(value, _)| value.conflicts_with(&origin.claimed))
                .filter_map(|(_, ps)| ps.iter().copied().find(|&p| findings[p].article != origin.article))
                .min_by_key(|&p| key(p));
            if let Some(p) = partner {
                let pair = (origin.article.min(findings[p].article), origin.article.max(findings[p].article));
                if linked.insert(pair) {
                    links.push((o, p));
                }
            }
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The digest's terms and checks: the test copy, tests/fixtures/terms.toml.
    fn terms() -> Terms {
        crate::content::terms::parse(include_str!("../../tests/fixtures/terms.toml"), Path::new(terms::FILE))
            .expect("tests/fixtures/terms.toml is valid")
    }

    /// Those terms' rules, compiled once for all the tests (their regexes are built lazily).
    fn checker() -> &'static Checker {
        static CHECKER: std::sync::LazyLock<Checker> =
            std::sync::LazyLock::new(|| Checker::new(&terms()).expect("the rules compile"));
        &CHECKER
    }

    fn article(event: &str, body: &str) -> Article {
        Article {
            slug: "a".into(),
            id: ArticleId::of("a"),
            path: "content/articles/a.md".into(),
            title: "A".into(),
            source: None,
            url: None,
            published: None,
            date_is_event: false,
            byline: None,
            summary: None,
            event: Some(event.into()),
            lang: None,
            body: body.into(),
            body_line: 1,
            hash: 0,
        }
    }

    /// (check, "agrees"/"contradicts", claimed value) for each claim the text makes.
    fn read_at(terms: &Terms, event: &str, text: &str) -> Vec<(String, &'static str, String)> {
        let a = article(event, text);
        check_article(&Doc::new(text), &a, terms, checker())
            .into_iter()
            .map(|f| (f.claim, if f.agrees { "agrees" } else { "contradicts" }, f.claimed.to_string()))
            .collect()
    }

    fn contradictions(terms: &Terms, event: &str, text: &str) -> Vec<(String, String)> {
        read_at(terms, event, text).into_iter().filter(|f| f.1 == "contradicts").map(|f| (f.0, f.2)).collect()
    }

    fn one(terms: &Terms, event: &str, text: &str, check: &str, claimed: &str) {
        let c = contradictions(terms, event, text);
        assert!(
            c.iter().any(|(k, v)| k == check && v == claimed),
            "expected {check} = {claimed} in {text:?}, got {c:?}"
        );
    }

    fn none(terms: &Terms, event: &str, text: &str) {
        let c = contradictions(terms, event, text);
        assert!(c.is_empty(), "no contradiction expected in {text:?}, got {c:?}");
    }

    #[test]
    fn the_official_wording_never_contradicts_itself() {
        let t = terms();
        for e in &t.events {
            for term in t.terms.iter().filter(|x| t.in_force(x, e.date)) {
                none(&t, &e.id, &term.quote);
            }
        }
    }

    #[test]
    fn contradicting_sentences_are_found_with_their_values() {
        let t = terms();
        let cases = [
            (
                "OpenAI products will ship first on Azure unless Microsoft cannot support the capabilities.",
                "azure-first-exception",
                "cannot",
            ),
            (
                "Products ship first on Azure unless Microsoft cannot or chooses not to support them.",
                "azure-first-exception",
                "cannot or chooses not to",
            ),
            (
                "New models go to Azure first, unless Microsoft opts not to host them.",
                "azure-first-exception",
                "chooses not to",
            ),
            (
                "OpenAI keeps a non-exclusive licence to Microsoft’s IP through 2032.",
                "licence-direction",
                "Microsoft → OpenAI",
            ),
            ("Microsoft keeps an exclusive license to OpenAI's models.", "licence-exclusivity", "exclusive"),
            ("Microsoft's licence to OpenAI IP runs through 2030.", "licence-until", "2030"),
            (
                "Microsoft will continue to pay OpenAI a share of its Azure revenue.",
                "microsoft-pays-openai",
                "continues",
            ),
            (
                "Revenue share payments from Microsoft to OpenAI continue through 2030.",
                "revenue-share-direction",
                "Microsoft → OpenAI",
            ),
            ("OpenAI's revenue share payments to Microsoft continue through 2032.", "revenue-share-until", "2032"),
            ("The revenue share now runs until AGI is declared.", "revenue-share-agi", "until AGI"),
            ("Microsoft remains OpenAI's exclusive cloud provider.", "cloud-exclusivity", "exclusive"),
            ("Azure remains the exclusive cloud provider of stateless OpenAI APIs.", "api-exclusivity", "exclusive"),
            ("Microsoft has invested $135 billion in OpenAI.", "what-135-billion-is", "money invested"),
            (
                "OpenAI has contracted to purchase an incremental $300 billion of Azure services.",
                "azure-commitment",
                "$300 billion",
            ),
            ("Microsoft holds a 49% stake in OpenAI Group.", "stake-percent", "49%"),
            ("Microsoft will sell its stake in OpenAI.", "shareholder", "no stake"),
            ("OpenAI will no longer pay Microsoft a revenue share.", "openai-pays-microsoft", "stopped"),
            (
                "Microsoft will now pay OpenAI a revenue share through 2030.",
                "revenue-share-direction",
                "Microsoft → OpenAI",
            ),
            ("Microsoft retains exclusive rights to OpenAI's models through 2032.", "licence-exclusivity", "exclusive"),
            ("Microsoft owns 49% of OpenAI.", "stake-percent", "49%"),
            ("OpenAI gets a licence to Microsoft's intellectual property.", "licence-direction", "Microsoft → OpenAI"),
            (
                "Models launch first on Azure unless Microsoft can't or won't support them.",
                "azure-first-exception",
                "cannot or chooses not to",
            ),
        ];
        for (text, check, claimed) in cases {
            one(&t, "E5", text, check, claimed);
        }
    }

    #[test]
    fn agreeing_sentences_are_recorded_as_agreeing() {
        let t = terms();
        for (text, check) in [
            ("Microsoft retains a non-exclusive license to OpenAI IP through 2032.", "licence-direction"),
            ("OpenAI pays Microsoft a share of its revenue through 2030.", "revenue-share-direction"),
            ("Microsoft receives a share of OpenAI's revenue.", "revenue-share-direction"),
            ("Microsoft will no longer pay a revenue share to OpenAI.", "microsoft-pays-openai"),
            ("OpenAI can now use any cloud provider it likes.", "cloud-exclusivity"),
        ] {
            let r = read_at(&t, "E5", text);
            assert!(r.iter().any(|(k, v, _)| k == check && *v == "agrees"), "{text}: {r:?}");
            assert!(r.iter().all(|(_, v, _)| *v == "agrees"), "{text}: {r:?}");
        }
    }

    #[test]
    fn unrelated_negated_hedged_reported_past_and_questions_make_no_claim() {
        let t = terms();
        for text in [
            // Other subjects.
            "Amazon holds an exclusive license to Anthropic's models.",
            "Microsoft keeps 100% of the margin on Azure workloads.",
            "OpenAI's research IP rights for Microsoft run through 2030.",
            "OpenAI will pay Oracle through 2027 for capacity.",
            // Negated.
            "Microsoft does not keep an exclusive license to OpenAI's IP.",
            "It is false that Microsoft will continue to pay OpenAI a share of revenue.",
            "Microsoft's exclusive license to OpenAI's technology has ended.",
            // Hedged.
            "Microsoft may keep an exclusive license to OpenAI's models.",
            "The deal could let Microsoft keep an exclusive licence to OpenAI IP.",
            "Analysts estimate Microsoft remains OpenAI's exclusive cloud provider.",
            "Microsoft reportedly keeps an exclusive license to OpenAI's models.",
            // Reported speech and quotations.
            "According to The Information, Microsoft keeps an exclusive license to OpenAI's models.",
            "“Microsoft keeps an exclusive license to OpenAI's models,” one executive told us.",
            "A person familiar with the deal said Microsoft remains OpenAI's exclusive cloud provider.",
            // Questions.
            "Does Microsoft keep an exclusive license to OpenAI's models?",
            // The past.
            "Microsoft had an exclusive license to OpenAI's technology.",
            "Microsoft was OpenAI's exclusive cloud partner.",
            "Since 2019, Microsoft has been OpenAI's exclusive cloud provider.",
        ] {
            none(&t, "E5", text);
        }
    }

    #[test]
    fn each_article_is_judged_by_the_terms_of_its_stage() {
        let t = terms();
        let exclusive = "Microsoft keeps an exclusive license to OpenAI's models.";
        assert_eq!(read_at(&t, "E4", exclusive)[0].1, "agrees");
        one(&t, "E5", exclusive, "licence-exclusivity", "exclusive");
        let cloud = "Microsoft remains OpenAI's exclusive cloud provider.";
        assert_eq!(read_at(&t, "E2", cloud)[0].1, "agrees");
        one(&t, "E3", cloud, "cloud-exclusivity", "exclusive");
        // Terms not yet set are not checked: the stake was disclosed in October 2025.
        assert!(read_at(&t, "E3", "Microsoft holds a 49% stake in OpenAI.").is_empty());
        one(&t, "E3", "The memorandum is legally binding.", "mou-binding", "binding");
        assert_eq!(read_at(&t, "E3", "They signed a non-binding memorandum of understanding.")[0].1, "agrees");
    }

    #[test]
    fn approximate_figures_agree_within_their_precision() {
        let t = terms();
        none(&t, "E5", "Microsoft holds roughly 27 percent of OpenAI.");
        none(&t, "E5", "Microsoft's stake is worth more than $100 billion.");
        none(&t, "E5", "Microsoft's stake is valued at about $130 billion.");
        one(&t, "E5", "Microsoft's stake is valued at $90 billion.", "stake-value", "$90 billion");
    }

    /// The prefilter only skips clauses where no pattern can match: with it and without it, the
    /// same findings, on claims written every way the pattern language allows (case, hyphens,
    /// apostrophes, wildcards, possessives, `ſ` and the Kelvin sign that fold to s and k), split
    /// across sentences, clauses and blocks, and on sentences made of the patterns' own words.
    #[test]
    fn the_prefilter_changes_no_finding() {
        let t = terms();
        let mut texts: Vec<String> = [
            "MICROSOFT KEEPS AN EXCLUSIVE LICENSE TO OPENAI'S MODELS.",
            "microsoft keeps an exclusive licence to openai’s models",
            "Microsoft keeps an excluſive licenſing deal for OpenAIs technology.",
            "Microsoft will sell its sta\u{212a}e in OpenAI.",
            "Microsoft keeps an exclusive. License to OpenAI's models.",
            "Microsoft keeps an exclusive; license to OpenAI's models.",
            "Microsoft keeps an exclusive\n\nlicense to OpenAI's models.",
            "They signed a non binding memorandum, a nonbinding MOU and a non\u{2011}binding accord.",
            "The memorandum is legally binding — the MOU was binding on both.",
            "Microsoft’s licence to OpenAI IP runs through 2030, and its IP rights until 2032.",
            "Microsoft holds a 49percent stake; Microsoft owns 27 per cent of OpenAI Group PBC.",
            "Microsoft's stake is valued at US$135bn, or 135 billion dollars, the Redmond giant says.",
            "OpenAI's revenue-share payments to Microsoft continue through 2030 while the ChatGPT maker pays.",
            "Products ship first on Azure unless Redmond can't or won’t support them.",
            "Azure remains the exclusive cloud provider of stateless OpenAI APIs.",
            "OpenAI can now use any other cloud provider it likes (even rival compute platforms).",
            "“Microsoft remains OpenAI’s exclusive cloud provider,” he said. Microsoft remains OpenAI's exclusive cloud provider",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Sentences of the patterns' own words, shuffled by a fixed generator.
        let words: Vec<&str> = "Microsoft OpenAI Azure Redmond the exclusive non-exclusive licence license IP rights to of \
            through until 2030 2032 remains is cloud provider partner primary first ships unless cannot and chooses not \
            revenue share payments from continue $135 billion stake 27% holds valued at memorandum binding no longer \
            pays will , ; — but while ’s 's AGI panel verified right of first refusal"
            .split_whitespace()
            .collect();
        let mut seed = 7u64;
        for _ in 0..400 {
            let mut s = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push_str(words[(seed >> 33) as usize % words.len()]);
                s.push(' ');
            }
            s.push('.');
            texts.push(s);
        }
        let mut found = 0;
        for text in &texts {
            for event in ["E1", "E3", "E4", "E5"] {
                let a = article(event, text);
                let doc = Doc::new(text);
                let with = check(&doc, &a, &t, checker(), true);
                assert_eq!(with, check(&doc, &a, &t, checker(), false), "{event}: {text}");
                found += with.len();
            }
        }
        assert!(found > 40, "the texts make claims: {found}");
        // The ſ and Kelvin-sign claims are found at all.
        let claims = |text: &str| check_article(&Doc::new(text), &article("E5", text), &t, checker()).len();
        assert!(claims("Microsoft keeps an excluſive licenſing deal for OpenAIs technology.") > 0);
        assert!(claims("Microsoft will sell its sta\u{212a}e in OpenAI.") > 0);
    }

    #[test]
    fn a_passage_is_the_words_the_pattern_matched() {
        let t = terms();
        let text = "Also, products ship first on Azure, unless Microsoft cannot support capabilities.";
        let a = article("E5", text);
        let doc = Doc::new(text);
        let f = check_article(&doc, &a, &t, checker()).into_iter().find(|f| !f.agrees).expect("a contradiction");
        assert_eq!(f.passage, "unless Microsoft cannot support");
        assert_eq!(doc.passage(f.anchor), f.passage);
        assert_eq!(f.sentence, text);
        assert_eq!((f.article.slug(), f.term.as_str()), ("a", "e5-azure-first"));
        assert_eq!(f.official.to_string(), "cannot and chooses not to");
    }
}
