//! Automatic checks: every sentence of every article read for claims about the official terms,
//! and each claim compared with the terms in force at the stage it speaks of.
//!
//! The rules are data (content/terms.toml: parties, vocabularies, cue words, `[[claim]]`s and
//! each term's `[term.check]`), compiled once into a [`Checker`]. Reading happens clause by
//! clause ([`split`] cuts blocks into sentences and clauses, [`token`] clauses into words,
//! [`phrase`] matches the patterns, [`read`] judges each match: hedges, negations, attributions,
//! the stage a clause speaks of), one article at a time ([`check_article`]), so that an
//! incremental build can recheck one article alone. Then the editor's dismissals apply, and
//! articles stating different values for the same term are paired ([`cross_source`]).
//! Findings are plain data: [`crate::notes`] turns them into margin notes, `gloss check` lists
//! them.
//!
//! Precision comes first: a clause that hedges, keeps a claim at a distance, sits in quotation
//! marks or asks a question yields no claim, and a clause where the patterns read two different
//! values yields none either. A missed claim is a missing note; a wrong claim is a wrong note in
//! front of readers.

pub mod claim;
pub mod lexicon;
pub mod phrase;
pub mod read;
pub mod review;
pub mod split;
pub mod token;
pub mod value;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::anchor::{Anchor, Doc, Miss, describe_miss};
use crate::content::Article;
use crate::content::terms::{self, Terms, sorted_list};
use crate::diag::Diagnostic;
use crate::notes::stage_date;
use crate::site::Site;
use claim::{Answer, Claim};
use lexicon::Lexicon;
use phrase::{Parties, Phrase};
use read::{Reader, Reading, When};
pub use value::Value;

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

/// A claim found in an article, and how it compares with the terms.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    /// Index of the article in `site.articles`.
    pub article: usize,
    /// The claim (the check's id) that read it.
    pub claim: String,
    /// The term it was compared with: the one that agrees, else the one closest to the claim.
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
    /// The sentence attributes the claim to someone and adopts it ("according to …").
    pub attributed: bool,
    /// The event whose terms the sentence was judged by, when it speaks of an earlier stage than
    /// its article's.
    pub stage: Option<String>,
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

/// An event as the checks know it: its date, and what articles call it.
#[derive(Debug, Clone)]
pub struct EventName {
    pub id: String,
    pub date: NaiveDate,
    pub called: Vec<Phrase>,
}

/// The compiled rules: claims, their answers, parties, cue words and event names.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    pub claims: Vec<Claim>,
    /// Per claim, the terms that answer it.
    pub answers: Vec<Vec<Answer>>,
    pub parties: Parties,
    pub lexicon: Lexicon,
    pub events: Vec<EventName>,
}

impl Checker {
    /// Compiles the rules of `terms`, reporting every mistake with its line in terms.toml.
    pub fn new(terms: &Terms) -> (Checker, Vec<Diagnostic>) {
        let file = Path::new(terms::FILE);
        let rules = &terms.rules;
        let mut problems = Vec::new();
        let parties = Parties::new(&rules.parties);
        let lexicon = match Lexicon::new(&rules.languages) {
            Ok(l) => l,
            Err(errors) => {
                for (lang, e) in errors {
                    problems.push(Diagnostic::error(file, 0, format!("[language.{lang}]: {e}")));
                }
                Lexicon::new(&BTreeMap::new()).unwrap_or_default()
            }
        };
        // Each language's words join their vocabulary.
        let mut vocab = rules.vocab.clone();
        for w in &rules.words {
            match vocab.get_mut(w.vocab.get_ref()) {
                Some(list) => list.extend(w.phrases.iter().cloned()),
                None => problems.push(
                    Diagnostic::error(
                        file,
                        rules.lines.line(w.vocab.span().start),
                        format!("[[words]] for unknown vocabulary `{}`", w.vocab.get_ref()),
                    )
                    .help(format!("the vocabularies: {}", rules.vocab.keys().cloned().collect::<Vec<_>>().join(", "))),
                ),
            }
        }
        let mut claims = Vec::new();
        for raw in &rules.claims {
            match claim::compile(raw, &vocab, &rules.lines, file) {
                Ok(c) => claims.push(c),
                Err(d) => problems.extend(d),
            }
        }
        for ph in &rules.phrasings {
            match claims.iter_mut().find(|c| c.id == *ph.claim.get_ref()) {
                Some(c) => problems.extend(claim::add_phrasing(c, ph, &vocab, &rules.lines, file)),
                None if rules.claims.iter().any(|c| c.id.get_ref() == ph.claim.get_ref()) => {} // reported when it compiled
                None => problems.push(Diagnostic::error(
                    file,
                    rules.lines.line(ph.claim.span().start),
                    format!("[[phrasing]] of unknown claim `{}`", ph.claim.get_ref()),
                )),
            }
        }
        // A vocabulary's mistakes show where it is used; one nobody uses is still checked.
        for (name, phrases) in &vocab {
            for p in phrases {
                if let Err(e) = phrase::parse(p, &vocab) {
                    problems.push(Diagnostic::error(file, 0, format!("[vocab] {name}: `{p}`: {}", e.0)));
                }
            }
        }
        let (answers, more) = claim::answers(&claims, terms, &parties, file);
        problems.extend(more);
        let vocab = phrase::Vocab::new();
        let events = terms
            .events
            .iter()
            .map(|e| EventName {
                id: e.id.clone(),
                date: e.date,
                called: e
                    .called
                    .iter()
                    .filter_map(|c| match phrase::parse(c, &vocab) {
                        Ok(p) => Some(p),
                        Err(err) => {
                            problems.push(Diagnostic::error(
                                file,
                                e.line,
                                format!("event `{}`, called `{c}`: {}", e.id, err.0),
                            ));
                            None
                        }
                    })
                    .collect(),
            })
            .collect();
        problems.sort_by_key(|d| d.line);
        (Checker { claims, answers, parties, lexicon, events }, problems)
    }

    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The dates whose terms a reading is judged by.
    fn points(&self, when: &When, stage: NaiveDate) -> Vec<NaiveDate> {
        let dates = || self.events.iter().map(|e| e.date);
        match when {
            When::Now => vec![stage],
            When::Earlier => dates().filter(|d| *d <= stage).chain([stage]).collect(),
            When::Before => dates().filter(|d| *d < stage).chain(stage.pred_opt()).collect(),
            When::At(d) => d.clone(),
        }
    }

    /// How a reading compares with the terms in force at the stage it speaks of: agrees if the
    /// terms at any of its dates say its value; contradicts if terms there answer its claim and
    /// none says it. The term cited is the agreeing one, else the one closest to the claim.
    pub fn verdict(&self, terms: &Terms, r: &Reading, stage: NaiveDate) -> Option<Verdict<'_>> {
        let mut points = self.points(&r.when, stage);
        points.sort();
        points.dedup();
        let mut agree: Option<(&Answer, NaiveDate)> = None;
        let mut contra: Option<(&Answer, NaiveDate)> = None;
        for p in points {
            let mut in_force: Vec<&Answer> = self.answers[r.claim]
                .iter()
                .filter(|a| {
                    a.event_date <= p && (a.standing || terms.term(&a.term).is_some_and(|t| terms.in_force(t, p)))
                })
                .filter(|a| a.says.iter().any(|v| r.value.bears_on(v)))
                .collect();
            if self.claims[r.claim].latest
                && let Some(newest) = in_force.iter().map(|a| a.event_date).max()
            {
                in_force.retain(|a| a.event_date == newest);
            }
            if let Some(a) = in_force.iter().find(|a| a.says.iter().any(|v| r.value.agrees_with(v))) {
                agree = Some((a, p));
            } else if let Some(a) = in_force
                .iter()
                .max_by_key(|a| (a.says.iter().map(|v| r.value.relevance(v)).max().unwrap_or(0), a.event_date))
            {
                contra = Some((a, p));
            }
        }
        let (answer, agrees, at) = match (agree, contra) {
            (Some((a, p)), _) => (a, true, p),
            (None, Some((a, p))) => (a, false, p),
            (None, None) => return None,
        };
        let official = if agrees {
            answer.says.iter().find(|v| r.value.agrees_with(v)).unwrap_or(&answer.says[0])
        } else {
            answer.says.iter().max_by_key(|v| r.value.relevance(v)).unwrap_or(&answer.says[0])
        };
        // The event the sentence was judged by, when not the article's own stage.
        let stage_event = (r.when != When::Now)
            .then(|| self.events.iter().filter(|e| e.date <= at).max_by_key(|e| e.date).map(|e| e.id.clone()))
            .flatten();
        Some(Verdict { term: &answer.term, official, agrees, stage: stage_event })
    }
}

/// How a reading compares with the terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub term: &'a str,
    pub official: &'a Value,
    pub agrees: bool,
    pub stage: Option<String>,
}

/// A block of text to read: its index (an anchor's block) and its visible text.
#[derive(Debug, Clone, Copy)]
pub struct Block<'a> {
    pub index: usize,
    pub text: &'a str,
}

/// A claim found in a block, with its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub block: usize,
    pub range: std::ops::Range<usize>,
    pub sentence: std::ops::Range<usize>,
    pub claim: usize,
    pub value: Value,
    pub term: String,
    pub official: Value,
    pub agrees: bool,
    pub attributed: bool,
    pub stage: Option<String>,
}

/// Reads blocks of text at a stage (`stage`: the date of the event the article covers, else
/// its publication date) in a language (a BCP 47 tag; `None`: guessed from the script).
pub fn check_blocks(
    checker: &Checker,
    terms: &Terms,
    blocks: &[Block<'_>],
    stage: NaiveDate,
    lang: Option<&str>,
) -> Vec<Found> {
    let mut out = Vec::new();
    if checker.is_empty() {
        return out;
    }
    for b in blocks {
        let l = read::lang_of(lang, b.text);
        let reader = Reader { checker, cues: checker.lexicon.for_lang(l.code()), lang: l, stage };
        let quotes = split::quoted(b.text);
        for s in split::sentences(b.text) {
            if split::is_question(&b.text[s.clone()]) {
                continue;
            }
            let named = reader.sentence_stage(b.text, &s);
            for clause in split::clauses(b.text, s.clone()) {
                for r in reader.clause(b.text, &clause, &quotes, named.as_ref()) {
                    let Some(v) = checker.verdict(terms, &r, stage) else { continue };
                    if out.iter().any(|f: &Found| f.block == b.index && f.claim == r.claim && f.range == r.range) {
                        continue;
                    }
                    out.push(Found {
                        block: b.index,
                        range: r.range.clone(),
                        sentence: s.clone(),
                        claim: r.claim,
                        value: r.value.clone(),
                        term: v.term.to_string(),
                        official: v.official.clone(),
                        agrees: v.agrees,
                        attributed: r.attributed,
                        stage: v.stage,
                    });
                }
            }
        }
    }
    out
}

/// Checks every article, applies the editor's dismissals and pairs contradicting articles.
pub fn run(site: &Site, docs: &[Doc], checker: &Checker) -> (Checked, Vec<Diagnostic>) {
    if checker.is_empty() {
        return (Checked::default(), Vec::new());
    }
    let per_article: Vec<Vec<Finding>> = site
        .articles
        .par_iter()
        .zip(docs)
        .enumerate()
        .map(|(i, (a, d))| check_article(checker, i, d, a, &site.terms))
        .collect();
    finish(site, docs, checker, per_article)
}

/// The steps over all findings: dismissals and the links between articles. `per_article` holds
/// each article's findings from [`check_article`] (watch mode keeps them between builds).
pub fn finish(
    site: &Site,
    docs: &[Doc],
    checker: &Checker,
    per_article: Vec<Vec<Finding>>,
) -> (Checked, Vec<Diagnostic>) {
    let mut findings: Vec<Finding> = per_article.into_iter().flatten().collect();
    let problems = dismiss(site, docs, checker, &mut findings);
    let links = cross_source(&findings);
    (Checked { findings, links }, problems)
}

/// Checks one article: every sentence against the claims, judged by the terms of the stage
/// each speaks of. An article without a stage (no event, no date) is not checked: no term
/// applies to it.
pub fn check_article(checker: &Checker, index: usize, doc: &Doc, article: &Article, terms: &Terms) -> Vec<Finding> {
    let Some(stage) = stage_date(article, terms) else {
        return Vec::new();
    };
    let blocks: Vec<Block> = doc.blocks.iter().enumerate().map(|(i, b)| Block { index: i, text: &b.text }).collect();
    let mut out: Vec<Finding> = check_blocks(checker, terms, &blocks, stage, None)
        .into_iter()
        .map(|f| {
            let text = &doc.blocks[f.block].text;
            let claim = &checker.claims[f.claim];
            Finding {
                article: index,
                claim: claim.id.clone(),
                term: f.term,
                anchor: Anchor { block: f.block, start: f.range.start, end: f.range.end },
                passage: text[f.range].to_string(),
                sentence: text[f.sentence].to_string(),
                claimed: f.value,
                official: f.official,
                agrees: f.agrees,
                status: Status::Open,
                line: claim.line,
                attributed: f.attributed,
                stage: f.stage,
            }
        })
        .collect();
    out.sort_by_key(|f| (f.anchor, f.line));
    out
}

fn overlaps(a: Anchor, b: Anchor) -> bool {
    a.block == b.block && a.start < b.end && b.start < a.end
}

/// Applies every `[[dismiss]]` of the annotation files. A dismissal that no longer matches a
/// finding is a warning naming its line: it cannot put a wrong note in front of readers, but
/// it is dead text the editor should delete.
fn dismiss(site: &Site, docs: &[Doc], checker: &Checker, findings: &mut [Finding]) -> Vec<Diagnostic> {
    let index: HashMap<&str, usize> = site.articles.iter().enumerate().map(|(i, a)| (a.slug.as_str(), i)).collect();
    // Each article's findings, in order: a dismissal looks at its article's alone.
    let mut of_article: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        of_article.entry(f.article).or_default().push(i);
    }
    let terms = &site.terms;
    let mut problems = Vec::new();
    for file in site.annotations.iter() {
        let Some(&ai) = index.get(file.article.as_str()) else {
            continue; // reported by notes::resolve
        };
        for d in &file.dismissals {
            let mut known = true;
            if let Some(c) = d.check.as_deref().filter(|c| checker.claim(c).is_none() && !terms.has_claim(c)) {
                known = false;
                problems.push(Diagnostic::error(&file.path, d.id_line, format!("unknown check `{c}`")).help(format!(
                    "the checks ([[claim]] ids in {}): {}",
                    terms::FILE,
                    sorted_list(terms.claim_ids().into_iter())
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
                    let (message, help) = describe_miss(&miss, &site.articles[ai].path.display().to_string());
                    problems.push(
                        Diagnostic::warning(&file.path, d.line, format!("stale dismissal: {message}"))
                            .help(format!("{help}; if the passage is gone, delete this [[dismiss]]")),
                    );
                    continue;
                }
                Err(miss) => {
                    let (message, help) = describe_miss(&miss, &site.articles[ai].path.display().to_string());
                    problems.push(Diagnostic::error(&file.path, d.line, message).help(help));
                    continue;
                }
            };
            let mut hit = false;
            for &i in of_article.get(&ai).map_or(&[][..], Vec::as_slice) {
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
        // that an origin looks at each value once instead of at every member.
        let key = |p: usize| (!findings[p].agrees, findings[p].article, p);
        let mut by_value: HashMap<&Value, Vec<usize>> = HashMap::new();
        for &p in members {
            by_value.entry(&findings[p].claimed).or_default().push(p);
        }
        let mut by_value: Vec<(&Value, Vec<usize>)> = by_value.into_iter().collect();
        for (_, ps) in &mut by_value {
            ps.sort_by_key(|&p| key(p));
        }
        let mut linked: HashSet<(usize, usize)> = HashSet::new();
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

/// A finding as `gloss check --format json` lists it.
#[derive(Debug, Serialize)]
pub struct FindingView<'a> {
    pub article: &'a str,
    pub file: &'a Path,
    /// "paragraph 3", "list item 2".
    pub place: String,
    pub sentence: &'a str,
    pub passage: &'a str,
    pub check: &'a str,
    pub term: &'a str,
    pub claimed: String,
    pub official: String,
    /// "contradicts" or "agrees".
    pub verdict: &'static str,
    /// "open", "dismissed" or "replaced" (by a hand-written note).
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'a str>,
}

/// The findings as listings show them, in article order.
pub fn views<'a>(
    findings: &'a [Finding],
    articles: &'a [std::sync::Arc<Article>],
    docs: &[Doc],
) -> Vec<FindingView<'a>> {
    findings
        .iter()
        .map(|f| {
            let a = &articles[f.article];
            let (status, reason) = match &f.status {
                Status::Open => ("open", None),
                Status::Dismissed { reason, .. } => ("dismissed", Some(reason.as_str())),
                Status::Replaced => ("replaced", None),
            };
            FindingView {
                article: &a.slug,
                file: &a.path,
                place: docs.get(f.article).map_or_else(String::new, |d| d.place(f.anchor.block)),
                sentence: &f.sentence,
                passage: &f.passage,
                check: &f.claim,
                term: &f.term,
                claimed: f.claimed.to_string(),
                official: f.official.to_string(),
                verdict: if f.agrees { "agrees" } else { "contradicts" },
                status,
                reason,
            }
        })
        .collect()
}

/// The findings for a person at a terminal: contradictions first, then a count of agreements.
pub fn render_text(views: &[FindingView<'_>]) -> String {
    let mut out = String::new();
    let contradictions = views.iter().filter(|v| v.verdict == "contradicts").count();
    for v in views {
        let status = match v.status {
            "dismissed" => format!(" (dismissed: {})", v.reason.unwrap_or_default()),
            "replaced" => " (replaced by a hand-written note)".to_string(),
            _ => String::new(),
        };
        out.push_str(&format!(
            "{} ({}): {} term `{}` [check {}]{status}\n  claims {}; official {}\n  “{}”\n",
            v.file.display(),
            v.place,
            if v.verdict == "agrees" { "agrees with" } else { "contradicts" },
            v.term,
            v.check,
            v.claimed,
            v.official,
            v.sentence,
        ));
    }
    out.push_str(&format!(
        "{} findings: {contradictions} contradict the terms, {} agree\n",
        views.len(),
        views.len() - contradictions
    ));
    out
}
