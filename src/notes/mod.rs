//! The digest's notes resolved: every annotation anchored in its article, its references
//! (terms, other articles) checked, contradicts-source notes answered by a note at the other
//! passage, and each article's notes numbered in reading order.
//!
//! Plain functions of their inputs, one article at a time where they can be: hand-written notes
//! ([`hand_notes`]), automatic notes ([`automatic_notes`]), then, across articles, the back-notes
//! each article receives ([`incoming`]), the numbers ([`numbers`]) and the finished notes
//! ([`numbered`]). [`crate::incremental`] runs them, keeping each article's results while their
//! inputs stand.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::anchor::{Anchor, Doc, describe_miss};
use crate::checks::{Checked, Finding};
use crate::content::annotations::{Annotations, Note, NoteKind, SourceRef};
use crate::content::terms::{Terms, closest, sorted_list, unknown_help};
use crate::content::{Article, ArticleId, Corpus, stage_date};
use crate::diag::Diagnostic;

/// The other end of a contradicts-source note. (The notes' types are serialised: the build
/// cache on disk keeps them.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Link {
    /// The other article.
    pub article: ArticleId,
    /// The other note's number in that article.
    pub number: usize,
    /// The other passage.
    pub quote: String,
}

/// A note ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Resolved {
    pub number: usize,
    pub anchor: Anchor,
    pub kind: NoteKind,
    /// Markdown; empty for a generated back-reference.
    pub text: String,
    /// The passage as the reader sees it.
    pub quote: String,
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
    pub by_article: Vec<Arc<NoteList>>,
    /// Findings (indices into the checks' findings) that a hand-written note on the same passage
    /// replaces: `gloss check` lists them as replaced.
    pub replaced: Vec<usize>,
}

impl Notes {
    pub fn count(&self, article: usize, kind: NoteKind) -> usize {
        self.by_article.get(article).map_or(0, |n| n.iter().filter(|r| r.kind == kind && !r.back).count())
    }

    /// Whether an article's notes made later ([`NoteList::later`]) could not be made: what was
    /// built from them cannot be trusted.
    pub fn unverified(&self) -> bool {
        self.by_article.iter().any(|n| n.unverified())
    }
}

/// The notes kept for an article, made when first read.
type MakeLater = Box<dyn Fn() -> Option<Vec<Resolved>> + Send + Sync>;

/// An article's numbered notes (derefs to them): made by this build, or made when first read
/// from what an earlier build kept ([`NoteList::later`]), so that a build after one edit does
/// not make every article's again when it shows only a few.
pub struct NoteList {
    notes: std::sync::OnceLock<Vec<Resolved>>,
    later: Option<MakeLater>,
    /// Set when `later` could not make them.
    unverified: std::sync::atomic::AtomicBool,
}

impl NoteList {
    /// Notes made by `make` when first read; `None` from it marks the list
    /// [`NoteList::unverified`] (and reads as no notes).
    pub fn later(make: impl Fn() -> Option<Vec<Resolved>> + Send + Sync + 'static) -> NoteList {
        NoteList { notes: Default::default(), later: Some(Box::new(make)), unverified: Default::default() }
    }

    /// Whether the notes were made (read, for notes made later).
    pub fn is_made(&self) -> bool {
        self.notes.get().is_some()
    }

    /// Whether notes made later could not be made.
    pub fn unverified(&self) -> bool {
        self.unverified.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl From<Vec<Resolved>> for NoteList {
    fn from(notes: Vec<Resolved>) -> NoteList {
        NoteList { notes: std::sync::OnceLock::from(notes), later: None, unverified: Default::default() }
    }
}

impl std::ops::Deref for NoteList {
    type Target = Vec<Resolved>;

    fn deref(&self) -> &Vec<Resolved> {
        self.notes.get_or_init(|| {
            let made = self.later.as_ref().and_then(|make| make());
            if made.is_none() {
                self.unverified.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            made.unwrap_or_default()
        })
    }
}

impl std::fmt::Debug for NoteList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.notes.get() {
            Some(notes) => notes.fmt(f),
            None => f.write_str("NoteList(made later)"),
        }
    }
}

/// A note of one article before numbering: its own notes (hand-written and automatic), each
/// perhaps pointing at a passage of another article that gets a back-note.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Pending {
    pub anchor: Anchor,
    pub resolved: Resolved,
    /// For a contradicts-source note: the other article and the passage there.
    pub partner: Option<(ArticleId, Anchor)>,
    /// The partner passage's context (prefix and suffix), for its back-note.
    pub partner_context: Option<(String, String)>,
}

/// One article's own notes: those of its annotation file, then the automatic ones.
#[derive(Debug)]
pub struct Own<'a> {
    pub hand: &'a [Pending],
    pub auto: &'a [Pending],
    /// Which of its notes point at a passage of another article (which gets a back-note).
    pub partners: Vec<usize>,
}

impl Own<'_> {
    pub fn get(&self, i: usize) -> &Pending {
        if i < self.hand.len() { &self.hand[i] } else { &self.auto[i - self.hand.len()] }
    }

    pub fn len(&self) -> usize {
        self.hand.len() + self.auto.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An article's automatic notes, and which of its findings (indices among the article's own
/// findings) a hand-written note replaces.
pub type AutoNotes = (Vec<Pending>, Vec<usize>);

/// An annotation file that names no article is an error (a broken article's file is not).
pub fn unknown_articles(corpus: &Corpus) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let broken = |slug: &str| corpus.broken.iter().any(|b| b == slug);
    if corpus.annotations.len() > corpus.annotations_of.iter().filter(|f| f.is_some()).count() {
        for file in corpus.annotations.iter().filter(|f| !corpus.index.contains_key(&f.article) && !broken(&f.article))
        {
            problems.push(
                Diagnostic::error(&file.path, 0, format!("there is no article `{}` to annotate", file.article)).help(
                    format!("name the file after an article's slug{}", did_you_mean(&file.article, &corpus.articles)),
                ),
            );
        }
    }
    // A broken article's notes cannot be placed until it parses, but their terms and stages can
    // be checked now: all of a digest's errors arrive in one run, not one round per fix.
    for file in corpus.annotations.iter().filter(|f| broken(&f.article)) {
        for note in &file.notes {
            problems.extend(unknown_term(note, file, &corpus.terms));
            problems.extend(unknown_stage(note, file, &corpus.terms));
        }
    }
    problems
}

/// The error for a note whose `term` is not a term of the terms file, with the closest one.
fn unknown_term(note: &Note, file: &Annotations, terms: &Terms) -> Option<Diagnostic> {
    let id = note.term.as_ref().filter(|id| terms.term(id).is_none())?;
    Some(Diagnostic::error(&file.path, note.term_line, format!("unknown term `{id}`")).help(unknown_help(
        id,
        "terms of content/terms.toml",
        terms.term_ids(),
    )))
}

/// The error for a note whose `stage` is not an event of the terms file, with the closest one.
fn unknown_stage(note: &Note, file: &Annotations, terms: &Terms) -> Option<Diagnostic> {
    let ev = note.stage.as_ref().filter(|ev| terms.event(ev).is_none())?;
    Some(Diagnostic::error(&file.path, note.stage_line, format!("unknown event `{ev}`")).help(format!(
        "{}stage names an event of content/terms.toml: {}",
        closest(ev, terms.event_ids()).map_or_else(String::new, |id| format!("did you mean `{id}`? ")),
        sorted_list(terms.events.iter().map(|e| e.id.as_str()))
    )))
}

/// Article `ai`'s hand-written notes (of its annotation file), each anchored and its references
/// checked; the notes that could be placed, and the problems of the others. A note quoting a
/// broken article is left out: that article's own errors say enough.
pub fn hand_notes(corpus: &Corpus, docs: &[Doc], ai: usize) -> (Vec<Pending>, Vec<Diagnostic>) {
    let (mut pending, mut problems) = (Vec::new(), Vec::new());
    let Some(file) = corpus.annotations_of[ai].as_deref() else {
        return (pending, problems);
    };
    let lookup = Lookup { articles: &corpus.articles, terms: &corpus.terms, docs, index: &corpus.index };
    let broken = |slug: &str| corpus.broken.iter().any(|b| b == slug);
    for note in file.notes.iter().filter(|n| n.source.as_ref().is_none_or(|s| !broken(&s.article))) {
        match lookup.resolve_note(note, file, ai) {
            Some(Ok(p)) => pending.push(p),
            Some(Err(d)) => problems.extend(d),
            None => {}
        }
    }
    (pending, problems)
}

/// Which of `notes` point at another article's passage.
pub fn partners_of(notes: &[Pending]) -> Vec<usize> {
    notes.iter().enumerate().filter(|(_, p)| p.partner.is_some()).map(|(k, _)| k).collect()
}

/// The pairs of findings (contradicting, partner) the checks linked, by the place of the
/// article of the finding that contradicts.
pub fn links_by_article(corpus: &Corpus, checked: &Checked) -> Vec<Vec<(usize, usize)>> {
    let mut links_of: Vec<Vec<(usize, usize)>> = vec![Vec::new(); corpus.articles.len()];
    for &(o, p) in &checked.links {
        if let Some(ai) = corpus.position(checked.findings[o].article) {
            links_of[ai].push((o, p));
        }
    }
    links_of
}

/// One article's automatic notes: one per open contradiction of the terms, and one per article
/// it is paired with for stating a different value, unless the editor's own note covers the
/// passage. Also returns the findings such a note replaces.
pub fn automatic_notes(
    ai: usize,
    findings: std::ops::Range<usize>,
    links: &[(usize, usize)],
    hand: &[Pending],
    checked: &Checked,
    corpus: &Corpus,
    docs: &[Doc],
) -> AutoNotes {
    let id = corpus.articles[ai].id;
    let first = findings.start;
    let overlaps = |a: Anchor, b: Anchor| a.block == b.block && a.start < b.end && b.start < a.end;
    // A hand-written note replaces an automatic one of its kind on its passage: one citing the
    // same term replaces the note against the terms, but only a contradicts-source note
    // replaces the pair with another outlet (a note on what is wrong does not say who got it
    // right).
    let covered = |f: &Finding, kind: NoteKind| {
        hand.iter().any(|p| {
            overlaps(p.anchor, f.anchor)
                && (p.resolved.kind == kind
                    || kind == NoteKind::ContradictsTerms && p.resolved.term.as_deref() == Some(f.term.as_str()))
        })
    };
    let title = |f: &Finding| corpus.terms.claim(&f.claim).map_or_else(|| f.claim.clone(), |c| c.title().to_string());
    let file = PathBuf::from(crate::content::terms::FILE);
    let mut out = Vec::new();
    let mut replaced = Vec::new();
    let mut shown: Vec<(Anchor, &str)> = Vec::new();
    for fi in findings {
        let f = &checked.findings[fi];
        if f.article != id || !f.is_shown_contradiction() {
            continue;
        }
        if covered(f, NoteKind::ContradictsTerms) {
            replaced.push(fi - first);
            continue;
        }
        if shown.iter().any(|(a, t)| overlaps(*a, f.anchor) && *t == f.term) {
            continue;
        }
        shown.push((f.anchor, &f.term));
        let source = corpus
            .terms
            .term(&f.term)
            .and_then(|t| corpus.terms.event(&t.event))
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
        // A term called new at a stage an earlier event set: say since when it holds.
        let since = f
            .already
            .as_deref()
            .and_then(|id| corpus.terms.event(id))
            .map(|e| format!(" (already set on {}: {})", e.date.format("%-d %B %Y"), e.title));
        let is_new = if since.is_some() { " is new at this stage" } else { "" };
        let text = format!(
            "Automatic check ({}): the article says **{}**{is_new}; the official term says **{}**{}.{source}",
            title(f),
            f.claimed,
            f.official,
            since.unwrap_or_default()
        );
        out.push(automatic(f, NoteKind::ContradictsTerms, text, &file, &docs[ai], None));
    }
    for &(o, p) in links {
        let (origin, partner) = (&checked.findings[o], &checked.findings[p]);
        if covered(origin, NoteKind::ContradictsSource) {
            continue;
        }
        let Some(pi) = corpus.position(partner.article) else { continue };
        let other = &corpus.articles[pi];
        let outlet = other.source.as_deref().unwrap_or(&other.title);
        let text = format!(
            "Automatic check ({}): this article says **{}**, {outlet} says **{}**.",
            title(origin),
            origin.claimed,
            partner.claimed
        );
        out.push(automatic(origin, NoteKind::ContradictsSource, text, &file, &docs[ai], Some((partner, &docs[pi]))));
    }
    (out, replaced)
}

/// A pending automatic note at a finding's passage; `partner` for a contradicts-source note.
fn automatic(
    f: &Finding,
    kind: NoteKind,
    text: String,
    file: &std::path::Path,
    doc: &Doc,
    partner: Option<(&Finding, &Doc)>,
) -> Pending {
    let (prefix, suffix) = doc.context(f.anchor, 32);
    Pending {
        anchor: f.anchor,
        resolved: Resolved {
            number: 0,
            anchor: f.anchor,
            kind,
            text,
            quote: f.passage.clone(),
            prefix,
            suffix,
            term: Some(f.term.clone()),
            link: partner.map(|(p, _)| Link { article: p.article, number: 0, quote: p.passage.clone() }),
            back: false,
            automatic: true,
            check: Some(f.claim.clone()),
            claimed: Some(f.claimed.to_string()),
            official: Some(f.official.to_string()),
            file: file.to_path_buf(),
            line: f.line,
        },
        partner: partner.map(|(p, _)| (p.article, p.anchor)),
        partner_context: partner.map(|(p, partner_doc)| partner_doc.context(p.anchor, 32)),
    }
}

/// What resolving a note looks things up in.
#[derive(Clone, Copy)]
struct Lookup<'a> {
    articles: &'a [Arc<Article>],
    terms: &'a Terms,
    docs: &'a [Doc],
    index: &'a HashMap<String, usize>,
}

impl Lookup<'_> {
    /// Anchors one note of article `ai` and checks its references.
    fn resolve_note(&self, note: &Note, file: &Annotations, ai: usize) -> Option<Result<Pending, Vec<Diagnostic>>> {
        let Lookup { articles, docs, .. } = *self;
        let (article, doc) = (&articles[ai], &docs[ai]);
        let mut problems = Vec::new();
        let anchor = match doc.find_in(note.place, &note.quote, note.prefix.as_deref(), note.suffix.as_deref()) {
            Ok(a) => Some(a),
            Err(miss) => {
                let (message, mut help) = describe_miss(&miss, &article.path.display().to_string());
                let length = note.quote.chars().count();
                if length > crate::anchor::MAX_SUGGESTED_QUOTE {
                    // No did-you-mean is searched for (its cost grows with the quote): say so.
                    help = format!(
                        "the quote is {length} characters long, and no closest passage is searched for one over {}: quote a sentence or two, copied from the article as the reader sees it",
                        crate::anchor::MAX_SUGGESTED_QUOTE
                    );
                }
                problems.push(Diagnostic::error(&file.path, note.line, message).help(help));
                None
            }
        };
        if let Some(id) = &note.term {
            problems.extend(self.term_problems(id, note, file, ai));
        }
        let partner = note.source.as_ref().and_then(|source| self.partner(source, file, ai, &mut problems));
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
                prefix,
                suffix,
                term: note.term.clone(),
                link: partner.map(|(si, a)| Link {
                    article: articles[si].id,
                    number: 0,
                    quote: docs[si].passage(a).to_string(),
                }),
                back: false,
                automatic: false,
                check: None,
                claimed: None,
                official: None,
                file: file.path.clone(),
                line: note.line,
            },
            partner_context: partner.map(|(si, a)| docs[si].context(a, 32)),
            partner: partner.map(|(si, a)| (articles[si].id, a)),
        }))
    }

    /// What is wrong with a note's `term` (and `stage`): unknown, or not in force at the stage
    /// the passage speaks of.
    fn term_problems(&self, id: &str, note: &Note, file: &Annotations, ai: usize) -> Vec<Diagnostic> {
        let Lookup { articles, terms, .. } = *self;
        let article = &articles[ai];
        let mut problems = Vec::new();
        match terms.term(id) {
            None => problems.extend(unknown_term(note, file, terms)),
            Some(term) => {
                // The stage the passage speaks of: the note's `stage`, else the article's.
                let article_stage = stage_date(article, terms);
                let stage = match &note.stage {
                    None => article_stage,
                    Some(ev) => match terms.event(ev) {
                        None => {
                            problems.extend(unknown_stage(note, file, terms));
                            None
                        }
                        Some(e) if article_stage.is_some_and(|d| e.date > d) => {
                            problems.push(
                                    Diagnostic::error(
                                        &file.path,
                                        note.stage_line,
                                        format!("event `{ev}` ({}) comes after this article's stage", e.date),
                                    )
                                    .help("an article can only misstate terms set before it; remove `stage` or name an earlier event"),
                                );
                            None
                        }
                        Some(e) => Some(e.date),
                    },
                };
                if let Some(date) = stage.filter(|d| !terms.in_force(term, *d)) {
                    let in_force: Vec<&str> =
                        terms.terms.iter().filter(|t| terms.in_force(t, date)).map(|t| t.id.as_str()).collect();
                    let set = terms.term_date(term).map_or_else(String::new, |d| format!(", set on {d}"));
                    problems.push(
                        Diagnostic::error(
                            &file.path,
                            note.term_line,
                            format!(
                                "term `{id}` (event {}{set}) was not in force at {} ({date})",
                                term.event,
                                if note.stage.is_some() { "the note's stage" } else { "this article's stage" }
                            ),
                        )
                        .help(format!(
                            "terms in force then: {}{}",
                            sorted_list(in_force.into_iter()),
                            if note.stage.is_none() && terms.term_date(term).is_some_and(|d| d <= date) {
                                format!(
                                    "; if the passage speaks of an earlier stage, say which: stage = \"{}\"",
                                    term.event
                                )
                            } else {
                                String::new()
                            }
                        )),
                    );
                }
            }
        }
        problems
    }

    /// The other article's passage a contradicts-source note points at, or why it cannot.
    fn partner(
        &self,
        source: &SourceRef,
        file: &Annotations,
        ai: usize,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<(usize, Anchor)> {
        let Lookup { articles, docs, index, .. } = *self;
        let slugs = || sorted_list(articles.iter().map(|a| a.slug.as_str()));
        match index.get(source.article.as_str()) {
            None => problems.push(
                Diagnostic::error(&file.path, source.article_line, format!("unknown article `{}`", source.article))
                    .help(format!("valid articles: {}", slugs())),
            ),
            Some(&si) if si == ai => problems.push(
                Diagnostic::error(&file.path, source.article_line, "a note cannot contradict its own article")
                    .help("use kind = \"context\" for a passage that disagrees with another part of the same article"),
            ),
            Some(&si) => {
                match docs[si].find_in(source.place, &source.quote, source.prefix.as_deref(), source.suffix.as_deref())
                {
                    Ok(a) => return Some((si, a)),
                    Err(miss) => {
                        let (message, help) = describe_miss(&miss, &articles[si].path.display().to_string());
                        problems.push(
                            Diagnostic::error(&file.path, source.quote_line, format!("source_quote: {message}"))
                                .help(help),
                        );
                    }
                }
            }
        }
        None
    }
}

/// The back-notes each article receives, by its place: (the origin's place, the index of the
/// note among the origin's own notes).
pub fn incoming(own: &[Own], corpus: &Corpus) -> Vec<Vec<(usize, usize)>> {
    let mut incoming: Vec<Vec<(usize, usize)>> = vec![Vec::new(); own.len()];
    for (ai, o) in own.iter().enumerate() {
        for &k in &o.partners {
            if let Some(si) = o.get(k).partner.and_then(|(id, _)| corpus.position(id)) {
                incoming[si].push((ai, k));
            }
        }
    }
    incoming
}

/// The numbers of article `ai`'s notes in reading order: its own notes, then the back-notes it
/// receives (`inc`), at equal passages in that order; `numbers[k]` is entry k's number.
/// Notes are numbered in reading order: the headline's and dek's (blocks from `head_from` on)
/// before the body's, as the page shows them.
pub fn numbers(own: &[Own], inc: &[(usize, usize)], ai: usize, head_from: usize) -> Vec<usize> {
    let o = &own[ai];
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
        (a.block < head_from, a.block, a.start, a.end, k)
    });
    let mut numbers = vec![0; order.len()];
    for (n, &k) in order.iter().enumerate() {
        numbers[k] = n + 1;
    }
    numbers
}

/// Every article's notes with their numbers, and the back-notes each receives: what
/// [`numbered`] reads.
pub struct Numbering<'a> {
    pub own: &'a [Own<'a>],
    pub incoming: &'a [Vec<(usize, usize)>],
    /// By article place: the numbers of its entries (see [`numbers`]).
    pub numbers: &'a [&'a [usize]],
    pub corpus: &'a Corpus,
}

impl Numbering<'_> {
    /// The number of the back-note that answers own note k of article ai, in its partner.
    pub fn back_number(&self, ai: usize, k: usize) -> usize {
        let Numbering { own, incoming, numbers, corpus } = *self;
        own[ai].get(k).partner.and_then(|(id, _)| corpus.position(id)).map_or(0, |si| {
            incoming[si].iter().position(|&x| x == (ai, k)).map_or(0, |p| numbers[si][own[si].len() + p])
        })
    }
}

/// Article `ai`'s notes, numbered, with the back-notes it receives, in reading order.
pub fn numbered(n: &Numbering<'_>, ai: usize) -> Vec<Resolved> {
    let Numbering { own, incoming, numbers, corpus } = *n;
    let o = &own[ai];
    let mut entries: Vec<Resolved> = Vec::with_capacity(numbers[ai].len());
    for (k, &number) in numbers[ai].iter().enumerate().take(o.len()) {
        let mut r = o.get(k).resolved.clone();
        r.number = number;
        if let Some(link) = &mut r.link {
            link.number = n.back_number(ai, k);
        }
        entries.push(r);
    }
    for (p, &(origin, k)) in incoming[ai].iter().enumerate() {
        let from = own[origin].get(k);
        let (Some((_, anchor)), Some((prefix, suffix))) = (from.partner, &from.partner_context) else {
            continue;
        };
        let origin_note = &from.resolved;
        entries.push(Resolved {
            number: numbers[ai][o.len() + p],
            anchor,
            kind: NoteKind::ContradictsSource,
            text: String::new(),
            quote: origin_note.link.as_ref().map(|l| l.quote.clone()).unwrap_or_default(),
            prefix: prefix.clone(),
            suffix: suffix.clone(),
            term: None,
            link: Some(Link {
                article: corpus.articles[origin].id,
                number: numbers[origin][k],
                quote: origin_note.quote.clone(),
            }),
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
    entries
}

fn did_you_mean(slug: &str, articles: &[Arc<Article>]) -> String {
    articles
        .iter()
        .map(|a| (strsim::normalized_levenshtein(slug, &a.slug), &a.slug))
        .filter(|(s, _)| *s > 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or_else(String::new, |(_, s)| format!("; did you mean `{s}.toml`?"))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// Notes made later (from what the build cache kept) are made once, when first read; notes
    /// that cannot be made read as none and mark the list unverified, so that the build that
    /// read them is done again without the cache.
    #[test]
    fn notes_made_later_are_made_when_read_and_a_failure_is_unverified() {
        let made = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&made);
        let list = NoteList::later(move || {
            counter.fetch_add(1, Ordering::Relaxed);
            Some(Vec::new())
        });
        assert!(!list.is_made());
        assert!(list.is_empty() && list.is_empty());
        assert!(list.is_made() && !list.unverified());
        assert_eq!(made.load(Ordering::Relaxed), 1, "made once");
        let notes = Notes { by_article: vec![Arc::new(NoteList::later(|| None))], replaced: Vec::new() };
        assert!(!notes.unverified(), "not read yet");
        assert_eq!(notes.count(0, NoteKind::Context), 0);
        assert!(notes.unverified());
    }
}
