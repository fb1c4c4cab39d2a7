//! The one place that knows about keys, generations and kept results: the stages are plain
//! functions of their inputs, and [`Memo`] runs each of them, reusing what it kept from the
//! previous build while the inputs a result was computed from stand. A one-shot build runs the
//! same stage functions through a memo that keeps nothing; watch mode keeps its memo between
//! rebuilds.
//!
//! How a rebuild stays small: the file cache ([`files`]) re-reads only the files a change
//! names and says which kinds of files moved (generations for articles, terms and dismissals);
//! a stage whose files did not move reuses its whole result, and otherwise each article's
//! result is kept by the article's id ([`kept`]) under a key of exactly the inputs it read.
//! Keys are read from dense arrays (file hashes, finding and note keys), so asking 10,000
//! articles "did you change?" costs microseconds; ids do not move when a newer article
//! arrives, so neither do the results kept under them.

pub mod blobs;
pub mod disk;
pub mod files;
pub mod kept;
mod notes;
mod pages;
pub mod sources;
pub mod stages;

use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use crate::anchor::Doc;
use crate::checks::{self, Checker, Finding};
use crate::content::{Article, Corpus};
use crate::diag::Diagnostic;
use crate::error::Result;
use crate::notes::Notes;
use crate::timeline::{self, Mention, Timeline};
pub use files::{FileCache, Generations, Loaded};
use kept::{PerArticle, key};
pub use pages::{KeptPages, KeptPagesRef, PageMemo, RenderReport, render};

/// What changed since the last build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changes {
    /// Unknown: read everything.
    All,
    /// These files (created, changed, deleted or renamed; absolute or relative to the root).
    Paths(Vec<PathBuf>),
}

/// Per-article facts the keys are made of, in reading order, kept as dense arrays so that a
/// rebuild can ask every article "did you change?" without visiting each one's data.
#[derive(Debug, Clone, Default)]
pub struct Keys {
    /// Each article file's hash.
    pub hashes: Arc<Vec<u64>>,
    /// A key of what other pages show of each article: its slug, title, outlet and language (its
    /// neighbours' pages link to it with its title marked in its language, notes name it and
    /// mark the passage they quote from it).
    pub shown: Arc<Vec<u64>>,
    /// A key of each article's passages that agree with the terms (the sources page links them).
    pub findings: Arc<Vec<u64>>,
    /// A key of each article's notes.
    pub notes: Vec<u64>,
    /// A key of each article's mentions of milestones.
    pub mentions: Arc<Vec<u64>>,
    pub generations: Generations,
    /// A hash of the terms file.
    pub terms: u64,
}

/// The articles' hashes and shown keys (see [`Keys`]).
type ArticleFacts = (Arc<Vec<u64>>, Arc<Vec<u64>>);

/// The checks' rules compiled, or their mistakes.
type Compiled = Result<Arc<Checker>, Vec<Diagnostic>>;

/// The checks' results, with the keys the later stages read.
#[derive(Debug, Clone)]
pub struct Checked {
    pub checked: Arc<checks::Checked>,
    /// Where each article's findings sit in `checked.findings`.
    pub ranges: Arc<Vec<Range<usize>>>,
    /// Per article: a key of the passages that agree with the terms (which pages link to).
    pub keys: Arc<Vec<u64>>,
    /// Per article: a key of everything its automatic notes are made of (its findings, and the
    /// findings of the articles it is paired with).
    pub auto_keys: Arc<Vec<u64>>,
    pub problems: Vec<Diagnostic>,
}

/// The milestones and mentions, with each article's key.
#[derive(Debug, Clone)]
pub struct Mentions {
    pub timeline: Timeline,
    pub keys: Arc<Vec<u64>>,
    pub problems: Vec<Diagnostic>,
}

/// What the stages keep between builds in one process (watch mode): parsed files, and each
/// stage's results, whole (with the generations of the files they came from) and per article.
/// [`Memo::default`] keeps nothing: a one-shot build does not pay for copying results.
#[derive(Debug, Default)]
pub struct Memo {
    keep: bool,
    /// Keeps each article's findings and mentions (for the cache on disk), even without `keep`.
    per_article: bool,
    /// Compiles only the phrasings of the languages the articles are read in (a one-shot build,
    /// [`Memo::from_disk`]); else every language's, so that `gloss check` and watch mode report
    /// every mistake in the rules (see [`checks::Languages`]).
    articles_languages_only: bool,
    /// Lets the articles' text go once the stages that read it have run ([`Memo::release_bodies`]):
    /// a one-shot build from disk ([`Memo::from_disk`]), whose pages read each body again from
    /// its file. Not watch mode, which keeps its parsed files for the next rebuild, nor a build
    /// done again because a file changed under it ([`Memo::holding_bodies`]).
    releases_bodies: bool,
    files: FileCache,
    checker: Option<(u64, Compiled)>,
    /// The articles' hashes and shown keys, for one articles generation.
    articles: Option<(u64, ArticleFacts)>,
    /// The languages of the articles read in memory, for one articles generation (see
    /// [`Memo::languages`]).
    languages: Option<(u64, checks::Languages)>,
    docs: PerArticle<Arc<Doc>>,
    /// Each article's number of body blocks, by the article file's hash (for the cache on disk).
    body_lens: PerArticle<usize>,
    all_docs: Option<(u64, Arc<Vec<Doc>>)>,
    findings: PerArticle<Arc<Vec<Finding>>>,
    checked: Option<(Generations, Checked)>,
    mentions: PerArticle<Arc<Vec<Mention>>>,
    all_mentions: Option<((u64, u64), Mentions)>,
    notes: notes::NotesMemo,
    pub pages: PageMemo,
    /// The bytes the cache on disk kept each article's results as, written back unchanged for an
    /// article whose keys stand.
    raw_stages: stages::Raw,
}

/// The warning for an article too long for the automatic checks: it is published, unchecked.
fn unchecked(a: &Article) -> Diagnostic {
    Diagnostic::warning(
        &a.path,
        a.body_line,
        format!(
            "the article is {} KB long, over the {} KB the automatic checks read: its claims are not checked, nor its dates placed on the timeline",
            a.body.len().div_ceil(1024),
            crate::content::MAX_CHECKED_BODY / 1024
        ),
    )
    .help("split it into articles, or check its claims by hand with notes (hand-written notes are still placed)")
}

impl Memo {
    /// A memo that keeps every result for the next build (watch mode).
    pub fn keeping() -> Memo {
        Memo { keep: true, ..Memo::default() }
    }

    /// A memo for a one-shot build with a cache on disk: it starts from the findings and mentions
    /// the cache kept (each used only while its key stands) and keeps this build's for the next.
    /// `listed`: the digest's files as the cache listed them ([`disk::Cache::listed_files`]).
    pub fn from_disk(kept: stages::KeptStages, sources: files::Preloaded, listed: Option<Vec<(String, bool)>>) -> Memo {
        let mut memo =
            Memo { per_article: true, articles_languages_only: true, releases_bodies: true, ..Memo::default() };
        memo.files.preload(sources);
        if let Some(listed) = listed {
            memo.files.listed(listed);
        }
        memo.raw_stages = kept.raw;
        for a in kept.articles {
            let id = crate::content::ArticleId::of(&a.slug);
            if let Some((k, n)) = a.body_len {
                memo.body_lens.set(id, k, n);
            }
            if let Some((k, f)) = a.findings {
                memo.findings.set(id, k, Arc::new(f));
            }
            if let Some((k, m)) = a.mentions {
                memo.mentions.set(id, k, Arc::new(m));
            }
            let notes = &mut memo.notes;
            if a.hand.is_some() || a.auto.is_some() {
                notes.encoded.set(id, 0, notes::EncodedNotes { hand: a.hand, auto: a.auto });
            }
            if let Some((k, v)) = a.numbers {
                notes.numbers.set(id, k, Arc::new(v));
            }
            if let Some((k, v)) = a.numbered {
                notes.keep_numbered(id, k, v);
            }
        }
        memo
    }

    /// This memo, holding the articles' text for the whole build: for a build done again because
    /// an article file changed after its text was let go, which reads every file afresh, so that
    /// it cannot fail the same way.
    pub fn holding_bodies(self) -> Memo {
        Memo { releases_bodies: false, ..self }
    }

    /// Lets the articles' text go (with [`Memo::releases_bodies`]), once the stages that read it
    /// (the visible text, the checks, the notes) have run: each article's body becomes
    /// [`Body::released`](crate::content::Body::released), read again from its file, and verified,
    /// when its page is rendered. The file cache forgets its parsed articles, which held the
    /// same text: the next load reads every file again (as a one-shot build's only load does).
    /// The visible text the stages made holds its own copy, and goes with the docs.
    pub fn release_bodies(&mut self, corpus: &mut Corpus) {
        if !self.releases_bodies {
            return;
        }
        self.files.forget_articles();
        if corpus.articles.iter().any(|a| a.body.is_read()) {
            let root = &corpus.root;
            Arc::make_mut(&mut corpus.articles).par_iter_mut().for_each(|a| let_go(root, a));
        }
    }

    /// What to keep on disk of this memo's stages, for `articles`.
    pub fn export_stages<'a>(&'a self, articles: &'a [Arc<Article>]) -> stages::KeptStagesRef<'a> {
        let articles = articles
            .iter()
            .map(|a| stages::KeptArticleRef {
                slug: &a.slug,
                body_len: self.body_lens.entry(a.id).map(|(k, n)| (k, *n)),
                findings: self.findings.entry(a.id).map(|(k, f)| (k, f.as_slice())),
                mentions: self.mentions.entry(a.id).map(|(k, m)| (k, m.as_slice())),
                hand: self.notes.export_hand(a.id),
                auto: self.notes.export_auto(a.id),
                numbers: self.notes.numbers.entry(a.id).map(|(k, v)| (k, v.as_slice())),
                numbered: self.notes.export_numbered(a.id),
            })
            .collect();
        stages::KeptStagesRef { articles, raw: &self.raw_stages }
    }

    /// Loads the digest, reading only the files `changes` names.
    pub fn load(&mut self, root: &Path, changes: &Changes) -> Result<(Corpus, Loaded, Vec<Diagnostic>)> {
        files::load_cached(root, &mut self.files, changes)
    }

    /// Whether [`Memo::checker`] parses only the claims' patterns the articles reach, given
    /// their [`checks::Reach`]: a one-shot build's, whose rules serve no later build.
    /// The languages of the articles whose text is in memory ([`checks::languages_of`]), kept
    /// while the articles are unchanged: in watch mode every body is in memory, and reading the
    /// scripts of 10,000 of them again after an annotation edit took most of its rebuild (25–35
    /// ms). Only the pattern tests compiled ahead of the checks depend on them, not an output.
    pub fn languages(&mut self, corpus: &Corpus, loaded: &Loaded) -> checks::Languages {
        let generation = loaded.generations.articles;
        if let Some((g, languages)) = &self.languages
            && *g == generation
        {
            return languages.clone();
        }
        let languages = checks::languages_of(corpus.articles.iter().filter(|a| a.body.is_read()).map(|a| &**a));
        if self.keep {
            self.languages = Some((generation, languages.clone()));
        }
        languages
    }

    pub fn parses_reached(&self) -> bool {
        self.articles_languages_only && !self.keep
    }

    /// The checks' rules, compiled once per version of the terms (a one-shot build: only the
    /// phrasings its articles' languages need). Rules with mistakes make the
    /// terms unusable, as a terms file that does not parse does: the stages see no terms, and
    /// the mistakes are reported first, where the terms' own problems are.
    ///
    /// `reached`: with [`Memo::parses_reached`], the articles' languages, read before the docs
    /// let their bodies go, and their reach, so that the claims' patterns no clause can reach
    /// are left unparsed.
    pub fn checker(
        &mut self,
        corpus: Corpus,
        loaded: &Loaded,
        problems: &mut Vec<Diagnostic>,
        reached: Option<(checks::Languages, Option<&checks::Reach>)>,
    ) -> (Corpus, Arc<Checker>) {
        let generation = loaded.generations.terms;
        let compiled = match &self.checker {
            Some((g, c)) if *g == generation => c.clone(),
            _ => {
                let t = std::time::Instant::now();
                let (languages, reach) = match reached.filter(|_| self.parses_reached()) {
                    Some((languages, reach)) => (languages, reach),
                    None if self.articles_languages_only => {
                        (checks::languages_of(corpus.articles.iter().map(|a| &**a)), None)
                    }
                    None => (checks::Languages::Every, None),
                };
                let c = Checker::reaching(&corpus.terms, &languages, reach).map(Arc::new);
                crate::diag::log_time("rules", t);
                if self.keep {
                    self.checker = Some((generation, c.clone()));
                }
                c
            }
        };
        match compiled {
            Ok(c) => (corpus, c),
            Err(mistakes) => {
                problems.splice(0..0, mistakes);
                (Corpus { terms: Arc::default(), ..corpus }, Arc::default())
            }
        }
    }

    /// The keys of what each article is and shows, for one articles generation.
    pub fn keys(&mut self, corpus: &Corpus, loaded: &Loaded) -> Keys {
        let generation = loaded.generations.articles;
        let (hashes, shown) = match &self.articles {
            Some((g, keys)) if *g == generation => keys.clone(),
            _ => {
                let hashes = Arc::new(corpus.articles.iter().map(|a| a.hash).collect());
                let shown =
                    Arc::new(corpus.articles.iter().map(|a| key((&a.slug, &a.title, &a.source, &a.lang))).collect());
                if self.keep {
                    self.articles = Some((generation, (Arc::clone(&hashes), Arc::clone(&shown))));
                }
                (hashes, shown)
            }
        };
        Keys { hashes, shown, generations: loaded.generations, terms: corpus.terms.hash, ..Keys::default() }
    }

    /// Each article's visible text ([`Doc::article`]), kept while the article file is unchanged.
    /// With [`Memo::releases_bodies`], each article's text goes as soon as its visible text is
    /// made (see [`Memo::docs_later`]).
    pub fn docs(&mut self, corpus: &mut Corpus, keys: &Keys) -> Arc<Vec<Doc>> {
        let generation = keys.generations.articles;
        if let Some((g, docs)) = &self.all_docs
            && *g == generation
        {
            return Arc::clone(docs);
        }
        if self.per_article && !self.keep {
            return Arc::new(self.docs_later(corpus, keys));
        }
        let (docs, _) = each_article(
            &*corpus,
            &mut self.docs,
            self.keep,
            |i, _| keys.hashes[i],
            |_, a| Doc::article(&a.title, a.summary.as_deref(), &a.body),
        );
        let all: Arc<Vec<Doc>> = Arc::new(docs.iter().map(|d| Doc::clone(d)).collect());
        if self.keep {
            self.all_docs = Some((generation, Arc::clone(&all)));
        }
        all
    }

    /// Each article's visible text, made only when read for an article whose number of body
    /// blocks the cache on disk kept: one whose later stages' results were kept too is never
    /// parsed. The others' are made now, and their numbers kept.
    ///
    /// With [`Memo::releases_bodies`], each article's text goes as soon as its visible text is
    /// made: the later stages read the visible text, not the body, so the build never holds the
    /// whole digest's text and its visible text at once (at 10,000 plain articles that moment
    /// was the build's peak). A body a [`Doc::later`] shares is let go after the stages instead
    /// ([`Memo::release_bodies`]): they may read it through the doc.
    fn docs_later(&mut self, corpus: &mut Corpus, keys: &Keys) -> Vec<Doc> {
        let body_lens = &self.body_lens;
        let make = |i: usize, a: &Article| match body_lens.get(a.id, keys.hashes[i]) {
            Some(n) => (Doc::later(&a.title, a.summary.as_deref(), a.body.clone(), n), false),
            None => (Doc::article(&a.title, a.summary.as_deref(), &a.body), true),
        };
        let docs: Vec<(Doc, bool)> = if self.releases_bodies {
            // The file cache's articles share the text: forgotten, the articles are this
            // build's alone, and each body can go.
            self.files.forget_articles();
            let root = corpus.root.clone();
            Arc::make_mut(&mut corpus.articles)
                .par_iter_mut()
                .enumerate()
                .map(|(i, a)| {
                    let (doc, fresh) = make(i, a);
                    if fresh {
                        let_go(&root, a);
                    }
                    (doc, fresh)
                })
                .collect()
        } else {
            corpus.articles.par_iter().enumerate().map(|(i, a)| make(i, a)).collect()
        };
        for (i, (a, (doc, fresh))) in corpus.articles.iter().zip(&docs).enumerate() {
            if *fresh {
                self.body_lens.set(a.id, keys.hashes[i], doc.body_len());
            }
        }
        docs.into_iter().map(|(d, _)| d).collect()
    }

    /// The automatic checks: each article's findings ([`checks::check_article`], kept while the
    /// article and the terms are unchanged), then dismissals and the links between articles.
    pub fn checks(&mut self, corpus: &Corpus, docs: &[Doc], checker: &Checker, keys: &Keys) -> Checked {
        let generations = keys.generations;
        if let Some((g, checked)) = &self.checked
            && *g == generations
        {
            return checked.clone();
        }
        let checked = self.run_checks(corpus, docs, checker, keys);
        if self.keep && checked.problems.is_empty() {
            self.checked = Some((generations, checked.clone()));
        }
        checked
    }

    fn run_checks(&mut self, corpus: &Corpus, docs: &[Doc], checker: &Checker, keys: &Keys) -> Checked {
        let n = corpus.articles.len();
        if checker.is_empty() {
            return Checked {
                checked: Arc::default(),
                ranges: Arc::new(vec![0..0; n]),
                keys: Arc::new(vec![0; n]),
                auto_keys: Arc::new(vec![0; n]),
                problems: Vec::new(),
            };
        }
        // The terms' hash, not their generation: these results are kept on disk.
        let (per_article, _) = each_article(
            corpus,
            &mut self.findings,
            self.keep || self.per_article,
            |i, _| key((keys.hashes[i], keys.terms)),
            |i, a| {
                if a.too_long_to_check() {
                    Vec::new()
                } else {
                    checks::check_article(&docs[i], a, &corpus.terms, checker)
                }
            },
        );
        let mut ranges = Vec::with_capacity(n);
        let mut at = 0;
        for f in &per_article {
            ranges.push(at..at + f.len());
            at += f.len();
        }
        let owned: Vec<Vec<Finding>> = per_article.iter().map(|f| Vec::clone(f)).collect();
        let (checked, mut problems) = checks::finish(corpus, docs, owned);
        problems.extend(corpus.articles.iter().filter(|a| a.too_long_to_check()).map(|a| unchecked(a)));
        let hash_of = |findings: &mut dyn Iterator<Item = &Finding>, agreeing: bool| {
            let mut h = Xxh3::new();
            for f in findings {
                if agreeing {
                    (f.anchor, &f.term).hash(&mut h);
                } else {
                    stable_finding_hash(f, &mut h);
                }
            }
            h.finish()
        };
        let finding_keys = ranges
            .iter()
            .map(|r| hash_of(&mut checked.findings[r.clone()].iter().filter(|f| f.agrees && f.is_open()), true))
            .collect();
        let mut auto_keys: Vec<u64> =
            ranges.iter().map(|r| hash_of(&mut checked.findings[r.clone()].iter(), false)).collect();
        for &(o, p) in &checked.links {
            let (origin, partner) = (&checked.findings[o], &checked.findings[p]);
            let (Some(oi), Some(pi)) = (corpus.position(origin.article), corpus.position(partner.article)) else {
                continue;
            };
            let other = &corpus.articles[pi];
            // The other article's back-note quotes its context: its text counts too.
            let mut h = Xxh3::new();
            stable_finding_hash(partner, &mut h);
            auto_keys[oi] = key((auto_keys[oi], h.finish(), keys.hashes[pi], &other.slug, &other.source, &other.title));
        }
        Checked {
            checked: Arc::new(checked),
            ranges: Arc::new(ranges),
            keys: Arc::new(finding_keys),
            auto_keys: Arc::new(auto_keys),
            problems,
        }
    }

    /// Every article's notes ([`crate::notes`]), with each article's key.
    pub fn notes(
        &mut self,
        corpus: &Corpus,
        loaded: &Loaded,
        docs: &[Doc],
        checked: &Checked,
        keys: &Keys,
    ) -> (Notes, Vec<u64>, Vec<Diagnostic>) {
        let inputs = notes::Inputs {
            checked: &checked.checked,
            findings: &checked.ranges,
            auto_keys: &checked.auto_keys,
            shown: &keys.shown,
            terms: keys.terms,
            hashes: &keys.hashes,
        };
        notes::resolve(corpus, loaded, docs, &inputs, &mut self.notes, self.keep || self.per_article)
    }

    /// The milestones ([`timeline::milestones`]) and each article's mentions of them
    /// ([`timeline::mentions`], kept while the article and the terms are unchanged).
    pub fn timeline(&mut self, corpus: &Corpus, docs: &[Doc], keys: &Keys) -> Mentions {
        let gens = (keys.generations.articles, keys.generations.terms);
        if let Some((g, m)) = &self.all_mentions
            && *g == gens
        {
            return m.clone();
        }
        let n = corpus.articles.len();
        let none = |milestones, problems| Mentions {
            timeline: Timeline { milestones, mentions: vec![Arc::default(); n] },
            keys: Arc::new(vec![0; n]),
            problems,
        };
        let mentions = match timeline::milestones(&corpus.terms) {
            Ok(m) if m.is_empty() => none(m, Vec::new()),
            Err(p) => none(Vec::new(), p),
            Ok(milestones) => {
                let (mentions, mention_keys) = each_article(
                    corpus,
                    &mut self.mentions,
                    self.keep || self.per_article,
                    // The terms' hash, not their generation: these keys go into page keys kept on disk.
                    |i, _| key((keys.hashes[i], keys.terms)),
                    |i, a| {
                        if a.too_long_to_check() { Vec::new() } else { timeline::mentions(&docs[i], &milestones) }
                    },
                );
                Mentions {
                    timeline: Timeline { milestones, mentions },
                    keys: Arc::new(mention_keys),
                    problems: Vec::new(),
                }
            }
        };
        if self.keep {
            self.all_mentions = Some((gens, mentions.clone()));
        }
        mentions
    }

    /// Whether results are kept for the next build.
    pub fn keeps(&self) -> bool {
        self.keep
    }
}

/// Lets article `a`'s text go, if it is in memory: its body is read again from its file when its
/// page is rendered ([`crate::content::Body::released`]). The article is copied (without its
/// text) only if something else shares it.
fn let_go(root: &Path, a: &mut Arc<Article>) {
    if a.body.is_read() {
        let body = a.body.released(root.join(&a.path), a.hash);
        Arc::make_mut(a).body = body;
    }
}

/// Hashes a finding as [`Hash`] would, but with its article's slug instead of its id's number,
/// which differs between processes: these hashes go into page keys kept on disk.
fn stable_finding_hash(f: &Finding, h: &mut Xxh3) {
    let Finding {
        article,
        claim,
        term,
        anchor,
        passage,
        sentence,
        claimed,
        official,
        agrees,
        status,
        line,
        attributed,
        stage,
        set_by,
        already,
    } = f;
    kept::stable_id(*article).hash(h);
    (claim, term, anchor, passage, sentence, claimed, official).hash(h);
    (agrees, status, line, attributed, stage, set_by, already).hash(h);
}

/// Each article's result of one stage and its key: the result kept from the previous build while
/// the key stands, else `compute`d (in parallel). With `keep`, new results are kept.
fn each_article<T: Send + Sync>(
    corpus: &Corpus,
    kept: &mut PerArticle<Arc<T>>,
    keep: bool,
    key_of: impl Fn(usize, &Article) -> u64 + Sync,
    compute: impl Fn(usize, &Article) -> T + Sync,
) -> (Vec<Arc<T>>, Vec<u64>) {
    let results: Vec<(u64, Arc<T>, bool)> = corpus
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let key = key_of(i, a);
            match kept.get(a.id, key) {
                Some(r) => (key, r, false),
                None => (key, Arc::new(compute(i, a)), true),
            }
        })
        .collect();
    if keep {
        for (a, (k, r, fresh)) in corpus.articles.iter().zip(&results) {
            if *fresh {
                kept.set(a.id, *k, Arc::clone(r));
            }
        }
    }
    results.into_iter().map(|(k, r, _)| (r, k)).unzip()
}
