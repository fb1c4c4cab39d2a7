//! The digest's notes resolved: every annotation anchored in its article, its references
//! (terms, other articles) checked, contradicts-source notes answered by a note at the other
//! passage, and each article's notes numbered in reading order.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::anchor::{Anchor, Doc, describe_miss};
use crate::checks::{Checked, Finding, Status};
use crate::content::Article;
use crate::content::notes::{Annotations, Note, NoteKind};
use crate::content::terms::{Terms, sorted_list};
use crate::diag::Diagnostic;
use crate::site::Site;

/// The other end of a contradicts-source note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Link {
    /// Index of the other article in the site's article list.
    pub article: usize,
    /// The other note's number in that article.
    pub number: usize,
    /// The other passage.
    pub quote: String,
}

/// A note ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Resolved {
    pub number: usize,
    pub anchor: Anchor,
    pub kind: NoteKind,
    /// Markdown; empty for a generated back-reference.
    pub text: String,
    /// The passage as the reader sees it.
    pub quote: String,
    /// The sentence around the passage, for listings.
    pub sentence: String,
    /// Text right before and after the passage (W3C TextQuoteSelector prefix and suffix).
    pub prefix: String,
    pub suffix: String,
    pub term: Option<String>,
    pub link: Option<Link>,
    /// Generated at a source passage, pointing back at the note that quoted it.
    pub back: bool,
    /// Written by an automatic check, not by an editor.
    pub automatic: bool,
    /// For an automatic note: the check (claim id), the claimed and the official value.
    pub check: Option<String>,
    pub claimed: Option<String>,
    pub official: Option<String>,
    /// Where the editor wrote it (the annotation file of the note that caused it).
    pub file: PathBuf,
    pub line: usize,
}

/// Every article's notes, by article index, in reading order.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    pub by_article: Vec<Vec<Resolved>>,
}

impl Notes {
    pub fn count(&self, article: usize, kind: NoteKind) -> usize {
        self.by_article.get(article).map_or(0, |n| n.iter().filter(|r| r.kind == kind && !r.back).count())
    }
}

/// The date an article is judged at: the date of the event it covers, or its own.
pub fn stage_date(article: &Article, terms: &Terms) -> Option<NaiveDate> {
    article.event.as_deref().and_then(|e| terms.event(e)).map(|e| e.date).or(article.published)
}

struct Pending {
    article: usize,
    anchor: Anchor,
    resolved: Resolved,
    /// For a contradicts-source note: the other article and the passage there.
    partner: Option<(usize, Anchor)>,
    /// The partner passage's sentence and context, for its back-note.
    partner_context: Option<(String, String, String)>,
}

/// Resolves every annotation, then adds the automatic notes of the checks' findings (a
/// hand-written note on the same passage takes precedence and marks the finding replaced).
/// Problems are returned with the notes that could be placed. `docs` holds each article's
/// visible text, in the order of `site.articles`.
pub fn resolve(site: &Site, docs: &[Doc], checked: &mut Checked) -> (Notes, Vec<Diagnostic>) {
    let (articles, terms, annotations) = (&site.articles[..], &site.terms, &site.annotations[..]);
    let index: HashMap<&str, usize> = articles.iter().enumerate().map(|(i, a)| (a.slug.as_str(), i)).collect();
    let lookup = Lookup { articles, terms, docs, index: &index };
    let broken = |slug: &str| site.broken.iter().any(|b| b == slug);
    // Files in parallel; results gathered in file order, so output does not depend on timing.
    let per_file: Vec<(Vec<Pending>, Vec<Diagnostic>)> = annotations
        .par_iter()
        .map(|file| {
            let (mut pending, mut problems) = (Vec::new(), Vec::new());
            if broken(&file.article) {
                return (pending, problems);
            }
            let Some(&ai) = index.get(file.article.as_str()) else {
                problems.push(
                    Diagnostic::error(&file.path, 0, format!("there is no article `{}` to annotate", file.article))
                        .help(format!(
                            "name the file after an article's slug{}",
                            did_you_mean(&file.article, articles)
                        )),
                );
                return (pending, problems);
            };
            for note in file.notes.iter().filter(|n| n.source.as_ref().is_none_or(|s| !broken(&s.article))) {
                match lookup.resolve_note(note, file, ai) {
                    Some(Ok(p)) => pending.push(p),
                    Some(Err(d)) => problems.extend(d),
                    None => {}
                }
            }
            (pending, problems)
        })
        .collect();
    let mut pending = Vec::new();
    let mut problems = Vec::new();
    for (p, d) in per_file {
        pending.extend(p);
        problems.extend(d);
    }
    add_automatic(&mut pending, checked, site, docs);
    (number(pending, articles.len()), problems)
}

/// Automatic notes: one per open contradiction of the terms, and one per pair of articles that
/// state different values, unless the editor's own note covers the passage.
fn add_automatic(pending: &mut Vec<Pending>, checked: &mut Checked, site: &Site, docs: &[Doc]) {
    let overlaps = |a: Anchor, b: Anchor| a.block == b.block && a.start < b.end && b.start < a.end;
    let hand: Vec<(usize, Anchor, NoteKind, Option<String>)> =
        pending.iter().map(|p| (p.article, p.anchor, p.resolved.kind, p.resolved.term.clone())).collect();
    let covered = |f: &Finding, kind: NoteKind| {
        hand.iter().any(|(ai, a, k, t)| {
            *ai == f.article && overlaps(*a, f.anchor) && (*k == kind || t.as_deref() == Some(f.term.as_str()))
        })
    };
    let title = |f: &Finding| site.terms.claim(&f.claim).map_or_else(|| f.claim.clone(), |c| c.title.clone());
    let file = PathBuf::from(crate::content::terms::FILE);
    let mut shown: Vec<(usize, Anchor, String)> = Vec::new();
    for f in checked.findings.iter_mut().filter(|f| f.is_shown_contradiction()) {
        if covered(f, NoteKind::ContradictsTerms) {
            f.status = Status::Replaced;
            continue;
        }
        if shown.iter().any(|(ai, a, t)| *ai == f.article && overlaps(*a, f.anchor) && *t == f.term) {
            continue;
        }
        shown.push((f.article, f.anchor, f.term.clone()));
        let source = site
            .terms
            .term(&f.term)
            .and_then(|t| site.terms.event(&t.event))
            .and_then(|e| e.documents.first())
            .map_or_else(String::new, |d| {
                let name = match &d.publisher {
                    Some(p) => format!("{p}, “{}”", d.title),
                    None => format!("“{}”", d.title),
                };
                match &d.url {
                    Some(u) => format!(" Source: [{name}]({u})."),
                    None => format!(" Source: {name}."),
                }
            });
        let text = format!(
            "Automatic check ({}): the article says **{}**; the official term says **{}**.{source}",
            title(f),
            f.claimed,
            f.official
        );
        pending.push(automatic(f, NoteKind::ContradictsTerms, text, &file, docs, None));
    }
    for &(o, p) in &checked.links {
        let (origin, partner) = (&checked.findings[o], &checked.findings[p]);
        if covered(origin, NoteKind::ContradictsSource) {
            continue;
        }
        let other = &site.articles[partner.article];
        let outlet = other.source.as_deref().unwrap_or(&other.title);
        let text = format!(
            "Automatic check ({}): this article says **{}**, {outlet} says **{}**.",
            title(origin),
            origin.claimed,
            partner.claimed
        );
        pending.push(automatic(origin, NoteKind::ContradictsSource, text, &file, docs, Some(partner)));
    }
}

/// A pending automatic note at a finding's passage; `partner` for a contradicts-source note.
fn automatic(
    f: &Finding,
    kind: NoteKind,
    text: String,
    file: &std::path::Path,
    docs: &[Doc],
    partner: Option<&Finding>,
) -> Pending {
    let doc = &docs[f.article];
    let (prefix, suffix) = doc.context(f.anchor, 32);
    Pending {
        article: f.article,
        anchor: f.anchor,
        resolved: Resolved {
            number: 0,
            anchor: f.anchor,
            kind,
            text,
            quote: f.passage.clone(),
            sentence: f.sentence.clone(),
            prefix,
            suffix,
            term: Some(f.term.clone()),
            link: partner.map(|p| Link { article: p.article, number: 0, quote: p.passage.clone() }),
            back: false,
            automatic: true,
            check: Some(f.claim.clone()),
            claimed: Some(f.claimed.to_string()),
            official: Some(f.official.to_string()),
            file: file.to_path_buf(),
            line: f.line,
        },
        partner: partner.map(|p| (p.article, p.anchor)),
        partner_context: partner.map(|p| {
            let (prefix, suffix) = docs[p.article].context(p.anchor, 32);
            (p.sentence.clone(), prefix, suffix)
        }),
    }
}

/// What resolving a note looks things up in.
struct Lookup<'a> {
    articles: &'a [Article],
    terms: &'a Terms,
    docs: &'a [Doc],
    index: &'a HashMap<&'a str, usize>,
}

impl Lookup<'_> {
    /// Anchors one note of article `ai` and checks its references.
    fn resolve_note(&self, note: &Note, file: &Annotations, ai: usize) -> Option<Result<Pending, Vec<Diagnostic>>> {
        let Lookup { articles, terms, docs, index } = *self;
        let (article, doc) = (&articles[ai], &docs[ai]);
        let slugs = || sorted_list(articles.iter().map(|a| a.slug.as_str()));
        let mut problems = Vec::new();
        let anchor = match doc.find(&note.quote, note.prefix.as_deref(), note.suffix.as_deref()) {
            Ok(a) => Some(a),
            Err(miss) => {
                let (message, help) = describe_miss(&miss, &article.path.display().to_string());
                problems.push(Diagnostic::error(&file.path, note.line, message).help(help));
                None
            }
        };
        if let Some(id) = &note.term {
            match terms.term(id) {
                None => {
                    problems.push(Diagnostic::error(&file.path, note.term_line, format!("unknown term `{id}`")).help(
                        format!("valid terms (content/terms.toml): {}", sorted_list(terms.term_ids().into_iter())),
                    ))
                }
                Some(term) => {
                    if let Some(date) = stage_date(article, terms).filter(|d| !terms.in_force(term, *d)) {
                        let in_force: Vec<&str> =
                            terms.terms.iter().filter(|t| terms.in_force(t, date)).map(|t| t.id.as_str()).collect();
                        let set = terms.term_date(term).map_or_else(String::new, |d| format!(", set on {d}"));
                        problems.push(
                            Diagnostic::error(
                                &file.path,
                                note.term_line,
                                format!(
                                    "term `{id}` (event {}{set}) was not in force at this article's stage ({date})",
                                    term.event
                                ),
                            )
                            .help(format!("terms in force then: {}", sorted_list(in_force.into_iter()))),
                        );
                    }
                }
            }
        }
        let mut partner = None;
        if let Some(source) = &note.source {
            match index.get(source.article.as_str()) {
                None => problems.push(
                    Diagnostic::error(&file.path, source.article_line, format!("unknown article `{}`", source.article))
                        .help(format!("valid articles: {}", slugs())),
                ),
                Some(&si) if si == ai => problems.push(
                    Diagnostic::error(&file.path, source.article_line, "a note cannot contradict its own article")
                        .help(
                            "use kind = \"context\" for a passage that disagrees with another part of the same article",
                        ),
                ),
                Some(&si) => match docs[si].find(&source.quote, source.prefix.as_deref(), source.suffix.as_deref()) {
                    Ok(a) => partner = Some((si, a)),
                    Err(miss) => {
                        let (message, help) = describe_miss(&miss, &articles[si].path.display().to_string());
                        problems.push(
                            Diagnostic::error(&file.path, source.quote_line, format!("source_quote: {message}"))
                                .help(help),
                        );
                    }
                },
            }
        }
        let Some(anchor) = anchor else {
            return Some(Err(problems));
        };
        if !problems.is_empty() {
            return Some(Err(problems));
        }
        Some(Ok(Pending {
            article: ai,
            anchor,
            resolved: Resolved {
                number: 0,
                anchor,
                kind: note.kind,
                text: note.text.clone(),
                quote: doc.passage(anchor).to_string(),
                sentence: doc.sentence_around(anchor).to_string(),
                prefix: doc.context(anchor, 32).0,
                suffix: doc.context(anchor, 32).1,
                term: note.term.clone(),
                link: partner.map(|(si, a)| Link { article: si, number: 0, quote: docs[si].passage(a).to_string() }),
                back: false,
                automatic: false,
                check: None,
                claimed: None,
                official: None,
                file: file.path.clone(),
                line: note.line,
            },
            partner_context: partner.map(|(si, a)| {
                let (prefix, suffix) = docs[si].context(a, 32);
                (docs[si].sentence_around(a).to_string(), prefix, suffix)
            }),
            partner,
        }))
    }
}

/// Adds the back-references, sorts each article's notes into reading order, numbers them and
/// fills in the numbers that links point at.
fn number(pending: Vec<Pending>, article_count: usize) -> Notes {
    // (article, anchor, order of creation) → resolved; back-notes carry their origin's index.
    let mut entries: Vec<(usize, Anchor, usize, Resolved, Option<usize>)> = Vec::new();
    let mut partners: Vec<Option<(usize, Anchor)>> = Vec::new();
    let mut contexts = Vec::new();
    for (i, p) in pending.into_iter().enumerate() {
        partners.push(p.partner);
        contexts.push(p.partner_context);
        entries.push((p.article, p.anchor, i, p.resolved, None));
    }
    let originals = entries.len();
    for i in 0..originals {
        if let (Some((si, a)), Some((sentence, prefix, suffix))) = (partners[i], contexts[i].clone()) {
            let origin = &entries[i].3;
            let back = Resolved {
                number: 0,
                anchor: a,
                kind: NoteKind::ContradictsSource,
                text: String::new(),
                quote: origin.link.as_ref().map(|l| l.quote.clone()).unwrap_or_default(),
                sentence,
                prefix,
                suffix,
                term: None,
                link: Some(Link { article: entries[i].0, number: 0, quote: origin.quote.clone() }),
                back: true,
                automatic: origin.automatic,
                check: origin.check.clone(),
                claimed: None,
                official: None,
                file: origin.file.clone(),
                line: origin.line,
            };
            entries.push((si, a, originals + i, back, Some(i)));
        }
    }
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (entries[i].0, entries[i].1.block, entries[i].1.start, entries[i].1.end, entries[i].2));
    let mut numbers = vec![0; entries.len()];
    let mut counter = vec![0usize; article_count];
    for &i in &order {
        counter[entries[i].0] += 1;
        numbers[i] = counter[entries[i].0];
    }
    // Link every original to its back-note and every back-note to its original.
    let mut back_of = vec![None; originals];
    for (i, e) in entries.iter().enumerate() {
        if let Some(origin) = e.4 {
            back_of[origin] = Some(i);
        }
    }
    let mut by_article: Vec<Vec<Resolved>> = vec![Vec::new(); article_count];
    for &i in &order {
        let mut r = entries[i].3.clone();
        r.number = numbers[i];
        if let Some(link) = &mut r.link {
            link.number = match entries[i].4 {
                Some(origin) => numbers[origin],
                None => back_of.get(i).copied().flatten().map_or(0, |b| numbers[b]),
            };
        }
        by_article[entries[i].0].push(r);
    }
    Notes { by_article }
}

fn did_you_mean(slug: &str, articles: &[Article]) -> String {
    articles
        .iter()
        .map(|a| (strsim::normalized_levenshtein(slug, &a.slug), &a.slug))
        .filter(|(s, _)| *s > 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or_else(String::new, |(_, s)| format!("; did you mean `{s}.toml`?"))
}
