//! The digest's notes resolved: every annotation anchored in its article, its references
//! (terms, other articles) checked, contradicts-source notes answered by a note at the other
//! passage, and each article's notes numbered in reading order.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::anchor::{Anchor, Doc, describe_miss};
use crate::checks::{Checked, Finding};
use crate::content::Article;
use crate::content::notes::{Annotations, Note, NoteKind};
use crate::content::terms::{Terms, sorted_list};
use crate::diag::Diagnostic;
use crate::memo::{self, Kept, Layout, Mix};
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
    /// Shared with watch mode's memo: an article whose notes did not change keeps them.
    pub by_article: Vec<Arc<Vec<Resolved>>>,
    /// A hash of each article's notes: the pages that show them are rendered again only when it
    /// changes.
    pub keys: Vec<u64>,
    /// Findings (indices into the checks' findings) that a hand-written note on the same passage
    /// replaces.
    pub replaced: Vec<usize>,
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

/// A note of one article before numbering: its own notes (hand-written and automatic), each
/// perhaps pointing at a passage of another article that gets a back-note.
#[derive(Debug, Clone)]
struct Pending {
    anchor: Anchor,
    resolved: Resolved,
    /// For a contradicts-source note: the other article and the passage there.
    partner: Option<(usize, Anchor)>,
    /// The partner passage's sentence and context, for its back-note.
    partner_context: Option<(String, String, String)>,
}

/// One article's own notes: those of its annotation file, then the automatic ones.
#[derive(Debug)]
struct Own<'a> {
    hand: &'a [Pending],
    auto: &'a [Pending],
    /// Which of its notes point at a passage of another article (which gets a back-note).
    partners: Vec<usize>,
}

impl Own<'_> {
    fn get(&self, i: usize) -> &Pending {
        if i < self.hand.len() { &self.hand[i] } else { &self.auto[i - self.hand.len()] }
    }

    fn len(&self) -> usize {
        self.hand.len() + self.auto.len()
    }
}

/// What notes keeps between builds (watch mode): each article's resolved hand-written notes,
/// automatic notes and numbered notes, each keyed on the inputs it came from.
#[derive(Debug, Default)]
pub struct NotesMemo {
    hand: Kept<Arc<Vec<Pending>>>,
    auto: Kept<Arc<(Vec<Pending>, Vec<usize>)>>,
    numbers: Kept<Arc<Vec<usize>>>,
    numbered: Kept<Arc<Vec<Resolved>>>,
}

/// An article's hand-written notes: the key of their inputs, the notes, their problems, which
/// of them point at another article, and whether they were resolved anew.
type Hand = (u64, Arc<Vec<Pending>>, Vec<Diagnostic>, Vec<usize>, bool);

/// An article's automatic notes and the findings they replace, with a key and whether new.
type Auto = (u64, Arc<(Vec<Pending>, Vec<usize>)>, bool);

/// What resolving depends on besides the site and its docs.
pub struct Inputs<'a> {
    pub checked: &'a Checked,
    /// Where each article's findings sit in `checked.findings` (they are in article order).
    pub findings: &'a [std::ops::Range<usize>],
    /// Per article: a key of what its automatic notes are made of.
    pub auto_keys: &'a [u64],
    /// Per article: a key of what notes show of it when they link to it (slug, title, outlet).
    pub shown: &'a [u64],
    pub terms_generation: u64,
    /// Each article file's hash, in article order.
    pub hashes: &'a [u64],
}

/// Resolves every annotation, then adds the automatic notes of the checks' findings (a
/// hand-written note on the same passage takes precedence and replaces the finding), adds the
/// back-notes of contradicts-source notes and numbers each article's notes. Problems are
/// returned with the notes that could be placed. `docs` holds each article's visible text, in
/// the order of `site.articles`. With `keep`, the memo is updated for the next build.
pub fn resolve(
    site: &Site,
    docs: &[Doc],
    inputs: &Inputs<'_>,
    memo: &mut NotesMemo,
    layout: Layout,
    keep: bool,
) -> (Notes, Vec<Diagnostic>) {
    let (articles, terms) = (&site.articles[..], &site.terms);
    let t = std::time::Instant::now();
    let index = &*site.index;
    let lookup = Lookup { articles, terms, docs, index };
    let broken = |slug: &str| site.broken.iter().any(|b| b == slug);
    let broken_key = memo::key(&site.broken);
    let mut problems = Vec::new();
    // A file naming no article is an error.
    if site.annotations.len() > site.annotations_of.iter().filter(|f| f.is_some()).count() {
        for file in site.annotations.iter().filter(|f| !index.contains_key(&f.article) && !broken(&f.article)) {
            problems.push(
                Diagnostic::error(&file.path, 0, format!("there is no article `{}` to annotate", file.article))
                    .help(format!("name the file after an article's slug{}", did_you_mean(&file.article, articles))),
            );
        }
    }
    // Hand-written notes, article by article in parallel, gathered in article order.
    // Which of them point at another article's passage: only a file that quotes other
    // articles has such notes, so the others are not looked into.
    let partners_of = |notes: &[Pending]| -> Vec<usize> {
        notes.iter().enumerate().filter(|(_, p)| p.partner.is_some()).map(|(k, _)| k).collect()
    };
    let hand: Vec<Hand> = (0..articles.len())
        .into_par_iter()
        .map(|ai| {
            // Read from dense arrays first: most files are unchanged and quote no other article.
            let (file_hash, quotes_others) = site.annotation_keys[ai];
            if file_hash == 0 {
                return (0, Arc::default(), Vec::new(), Vec::new(), true);
            }
            let mut key = Mix::new(file_hash)
                .with(ai as u64)
                .with(inputs.hashes[ai])
                .with(inputs.terms_generation)
                .with(broken_key);
            if quotes_others {
                for s in site.annotations_of[ai].iter().flat_map(|f| &f.sources) {
                    let si = index.get(s.as_str()).copied();
                    key = key.with(si.map_or(u64::MAX, |si| inputs.hashes[si] ^ si as u64));
                }
            }
            let key = key.finish();
            if let Some(kept) = memo.hand.get(layout, ai, &articles[ai].slug, key) {
                let partners = if quotes_others { partners_of(&kept) } else { Vec::new() };
                return (key, kept, Vec::new(), partners, false);
            }
            let Some(file) = site.annotations_of[ai].as_deref() else {
                return (0, Arc::default(), Vec::new(), Vec::new(), true);
            };
            let (mut pending, mut problems) = (Vec::new(), Vec::new());
            for note in file.notes.iter().filter(|n| n.source.as_ref().is_none_or(|s| !broken(&s.article))) {
                match lookup.resolve_note(note, file, ai) {
                    Some(Ok(p)) => pending.push(p),
                    Some(Err(d)) => problems.extend(d),
                    None => {}
                }
            }
            let partners = if quotes_others { partners_of(&pending) } else { Vec::new() };
            let key = if problems.is_empty() { key } else { 0 };
            (key, Arc::new(pending), problems, partners, true)
        })
        .collect();
    crate::log_time("notes: hand", t);
    let t = std::time::Instant::now();
    // Links between findings, by the article of the finding that contradicts.
    let mut links_of: Vec<Vec<(usize, usize)>> = vec![Vec::new(); articles.len()];
    for &(o, p) in &inputs.checked.links {
        links_of[inputs.checked.findings[o].article].push((o, p));
    }
    // Automatic notes, article by article.
    let auto: Vec<Auto> = (0..articles.len())
        .into_par_iter()
        .map(|ai| {
            let key =
                // The notes quote their context from the article's text, which counts too.
                Mix::new(inputs.auto_keys[ai])
                    .with(inputs.terms_generation)
                    .with(ai as u64)
                    .with(inputs.hashes[ai])
                    .with(hand[ai].0)
                    .finish();
            if let Some(kept) = memo.auto.get(layout, ai, &articles[ai].slug, key) {
                return (key, kept, false);
            }
            let range = inputs.findings.get(ai).cloned().unwrap_or(0..0);
            (key, Arc::new(automatic_notes(ai, range, &links_of[ai], &hand[ai].1, inputs.checked, site, docs)), true)
        })
        .collect();
    let own: Vec<Own> = hand
        .iter()
        .zip(&auto)
        .enumerate()
        .map(|(ai, ((_, h, _, hp, _), (_, a, _)))| {
            let mut partners = hp.clone();
            // Only an article paired with another by the checks has automatic notes with partners.
            if !links_of[ai].is_empty() {
                let from = h.len();
                partners.extend(a.0.iter().enumerate().filter(|(_, p)| p.partner.is_some()).map(|(k, _)| from + k));
            }
            Own { hand: h, auto: &a.0, partners }
        })
        .collect();
    let own_keys: Vec<u64> = hand.iter().zip(&auto).map(|((h, ..), (a, ..))| Mix::new(*h).with(*a).finish()).collect();
    if keep {
        let slugs = || articles.iter().map(|a| a.slug.as_str());
        // A file with problems is kept under key 0, which no input has: they are reported again.
        memo.hand.store(layout, slugs(), hand.iter().map(|(k, h, _, _, fresh)| (*k, h, *fresh)));
        memo.auto.store(layout, slugs(), auto.iter().map(|(k, a, fresh)| (*k, a, *fresh)));
    }
    for (_, _, d, ..) in &hand {
        problems.extend(d.iter().cloned());
    }
    // Only an article with findings can have one replaced.
    let replaced = auto
        .iter()
        .enumerate()
        .filter(|(ai, _)| inputs.findings.get(*ai).is_some_and(|r| !r.is_empty()))
        .flat_map(|(_, (_, a, _))| a.1.iter().copied())
        .collect();
    crate::log_time("notes: auto", t);
    let t = std::time::Instant::now();
    let (by_article, keys) = number(&own, &own_keys, inputs.shown, articles, memo, layout, keep);
    crate::log_time("notes: number", t);
    (Notes { by_article, keys, replaced }, problems)
}

/// One article's automatic notes: one per open contradiction of the terms, and one per article
/// it is paired with for stating a different value, unless the editor's own note covers the
/// passage. Also returns the findings such a note replaces.
fn automatic_notes(
    ai: usize,
    findings: std::ops::Range<usize>,
    links: &[(usize, usize)],
    hand: &[Pending],
    checked: &Checked,
    site: &Site,
    docs: &[Doc],
) -> (Vec<Pending>, Vec<usize>) {
    let overlaps = |a: Anchor, b: Anchor| a.block == b.block && a.start < b.end && b.start < a.end;
    let covered = |f: &Finding, kind: NoteKind| {
        hand.iter().any(|p| {
            overlaps(p.anchor, f.anchor)
                && (p.resolved.kind == kind || p.resolved.term.as_deref() == Some(f.term.as_str()))
        })
    };
    let title = |f: &Finding| site.checker.claim(&f.claim).map_or_else(|| f.claim.clone(), |c| c.title.clone());
    let file = PathBuf::from(crate::content::terms::FILE);
    let mut out = Vec::new();
    let mut replaced = Vec::new();
    let mut shown: Vec<(Anchor, &str)> = Vec::new();
    for fi in findings {
        let f = &checked.findings[fi];
        if f.article != ai || !f.is_shown_contradiction() {
            continue;
        }
        if covered(f, NoteKind::ContradictsTerms) {
            replaced.push(fi);
            continue;
        }
        if shown.iter().any(|(a, t)| overlaps(*a, f.anchor) && *t == f.term) {
            continue;
        }
        shown.push((f.anchor, &f.term));
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
        out.push(automatic(f, NoteKind::ContradictsTerms, text, &file, docs, None));
    }
    for &(o, p) in links {
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
        out.push(automatic(origin, NoteKind::ContradictsSource, text, &file, docs, Some(partner)));
    }
    (out, replaced)
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
    articles: &'a [Arc<Article>],
    terms: &'a Terms,
    docs: &'a [Doc],
    index: &'a HashMap<String, usize>,
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
        let (prefix, suffix) = doc.context(anchor, 32);
        Some(Ok(Pending {
            anchor,
            resolved: Resolved {
                number: 0,
                anchor,
                kind: note.kind,
                text: note.text.clone(),
                quote: doc.passage(anchor).to_string(),
                sentence: doc.sentence_around(anchor).to_string(),
                prefix,
                suffix,
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
/// fills in the numbers that links point at. An article whose notes, back-notes and link
/// numbers are what they were in the previous build keeps its notes as they were.
fn number(
    own: &[Own],
    own_keys: &[u64],
    shown: &[u64],
    articles: &[Arc<Article>],
    memo: &mut NotesMemo,
    layout: Layout,
    keep: bool,
) -> (Vec<Arc<Vec<Resolved>>>, Vec<u64>) {
    // The back-notes each article receives: (origin article, index in its own notes).
    let mut incoming: Vec<Vec<(usize, usize)>> = vec![Vec::new(); own.len()];
    for (ai, o) in own.iter().enumerate() {
        for &k in &o.partners {
            if let Some((si, _)) = o.get(k).partner {
                incoming[si].push((ai, k));
            }
        }
    }
    // A back-note shows its origin's passage and provenance; its number is added later.
    let back_shows = |origin: usize, k: usize| {
        let from = own[origin].get(k);
        let r = &from.resolved;
        memo::key((from.partner, &from.partner_context, &r.quote, &r.link, &r.file, r.line, r.automatic, &r.check))
    };
    // Each article's entries in reading order: its own notes, then its back-notes, at equal
    // passages in that order. numbers[ai][k] is the number of entry k (own notes first).
    let numbered: Vec<(u64, Arc<Vec<usize>>, bool)> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let (o, inc) = (&own[ai], &incoming[ai]);
            let mut key = Mix::new(own_keys[ai]);
            for &(origin, k) in inc {
                key = key.with(origin as u64).with(k as u64).with(back_shows(origin, k));
            }
            let key = key.finish();
            if let Some(kept) = memo.numbers.get(layout, ai, &articles[ai].slug, key) {
                return (key, kept, false);
            }
            let anchor_of = |k: usize| {
                if k < o.len() {
                    o.get(k).anchor
                } else {
                    let (origin, ok) = inc[k - o.len()];
                    own[origin].get(ok).partner.map_or(Anchor { block: 0, start: 0, end: 0 }, |(_, a)| a)
                }
            };
            let mut order: Vec<usize> = (0..o.len() + inc.len()).collect();
            order.sort_by_key(|&k| {
                let a = anchor_of(k);
                (a.block, a.start, a.end, k)
            });
            let mut numbers = vec![0; order.len()];
            for (n, &k) in order.iter().enumerate() {
                numbers[k] = n + 1;
            }
            (key, Arc::new(numbers), true)
        })
        .collect();
    let numbers: Vec<&[usize]> = numbered.iter().map(|(_, n, _)| n.as_slice()).collect();
    // The number of the back-note that answers own note k of article ai, in its partner.
    let back_number = |ai: usize, k: usize| -> usize {
        own[ai].get(k).partner.map_or(0, |(si, _)| {
            incoming[si].iter().position(|&x| x == (ai, k)).map_or(0, |p| numbers[si][own[si].len() + p])
        })
    };
    let built: Vec<(u64, Arc<Vec<Resolved>>, bool)> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let o = &own[ai];
            let mut key = Mix::new(numbered[ai].0);
            // A note that links to another article shows that article's slug and outlet.
            for &k in &o.partners {
                let other = o.get(k).partner.map_or(0, |(si, _)| shown[si]);
                key = key.with(k as u64).with(back_number(ai, k) as u64).with(other);
            }
            for &(origin, k) in &incoming[ai] {
                key = key.with(numbers[origin][k] as u64).with(shown[origin]);
            }
            let key = key.finish();
            if let Some(kept) = memo.numbered.get(layout, ai, &articles[ai].slug, key) {
                return (key, kept, false);
            }
            let mut entries: Vec<Resolved> = Vec::with_capacity(numbers[ai].len());
            for (k, &number) in numbers[ai].iter().enumerate().take(o.len()) {
                let mut r = o.get(k).resolved.clone();
                r.number = number;
                if let Some(link) = &mut r.link {
                    link.number = back_number(ai, k);
                }
                entries.push(r);
            }
            for (p, &(origin, k)) in incoming[ai].iter().enumerate() {
                let from = own[origin].get(k);
                let (Some((_, anchor)), Some((sentence, prefix, suffix))) = (from.partner, &from.partner_context)
                else {
                    continue;
                };
                let origin_note = &from.resolved;
                entries.push(Resolved {
                    number: numbers[ai][o.len() + p],
                    anchor,
                    kind: NoteKind::ContradictsSource,
                    text: String::new(),
                    quote: origin_note.link.as_ref().map(|l| l.quote.clone()).unwrap_or_default(),
                    sentence: sentence.clone(),
                    prefix: prefix.clone(),
                    suffix: suffix.clone(),
                    term: None,
                    link: Some(Link { article: origin, number: numbers[origin][k], quote: origin_note.quote.clone() }),
                    back: true,
                    automatic: origin_note.automatic,
                    check: origin_note.check.clone(),
                    claimed: None,
                    official: None,
                    file: origin_note.file.clone(),
                    line: origin_note.line,
                });
            }
            entries.sort_by_key(|r| r.number);
            (key, Arc::new(entries), true)
        })
        .collect();
    if keep {
        let slugs = || articles.iter().map(|a| a.slug.as_str());
        memo.numbers.store(layout, slugs(), numbered.iter().map(|(k, n, fresh)| (*k, n, *fresh)));
        memo.numbered.store(layout, slugs(), built.iter().map(|(k, n, fresh)| (*k, n, *fresh)));
    }
    built.into_iter().map(|(k, n, _)| (n, k)).unzip()
}

fn did_you_mean(slug: &str, articles: &[Arc<Article>]) -> String {
    articles
        .iter()
        .map(|a| (strsim::normalized_levenshtein(slug, &a.slug), &a.slug))
        .filter(|(s, _)| *s > 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or_else(String::new, |(_, s)| format!("; did you mean `{s}.toml`?"))
}
