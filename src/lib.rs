//! gloss builds annotated news digests: articles shown verbatim, with margin notes wherever a
//! claim contradicts the official terms of a deal or another outlet.
//!
//! The pipeline flows one way, each stage a function from the previous stage's output:
//! load ([`site`]) → anchor and check ([`anchor`], [`notes`]) → render ([`render`], [`pages`])
//! → write ([`write`]). [`build`] runs it once; [`Incremental`] runs the same stages memoised,
//! for watch mode.

pub mod anchor;
pub mod checks;
pub mod cli;
pub mod config;
pub mod content;
pub mod diag;
pub mod error;
pub mod import;
pub mod memo;
pub mod notes;
pub mod pages;
pub mod render;
pub mod serve;
pub mod site;
pub mod text;
pub mod timeline;
pub mod watch;
pub mod write;

use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

pub use error::{Error, Result};

/// mimalloc instead of the system allocator: a build allocates and frees millions of small
/// strings across threads, where glibc's malloc spends a tenth of its time consolidating. Set
/// here rather than in main.rs so that the benchmarks measure the allocator gloss runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use crate::diag::Diagnostic;
use crate::memo::{Kept, Layout};
use crate::notes::Notes;
use crate::pages::Templates;
use crate::pages::site::PageMemo;
use crate::site::{Changes, Generations, Site};
use crate::write::{InPlace, Staging};

/// What `gloss build` needs to know.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub force: bool,
    /// "Today", for the timeline; an input so that builds are reproducible.
    pub build_date: NaiveDate,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub files: usize,
    pub written: usize,
    pub articles: usize,
    /// Article pages rendered (the rest were unchanged and kept).
    pub rendered: usize,
    pub warnings: Vec<Diagnostic>,
    pub millis: u128,
}

impl BuildReport {
    pub fn summary(&self) -> String {
        format!(
            "built {} articles into {} files ({} written, {} unchanged) in {} ms",
            self.articles,
            self.files,
            self.written,
            self.files - self.written,
            self.millis
        )
    }
}

/// Prints how long a phase took when `GLOSS_TIMING` is set (Zola's `log_time`): for finding
/// where a slow build spends its time, without a profiler.
pub fn log_time(phase: &str, since: Instant) {
    if std::env::var_os("GLOSS_TIMING").is_some() {
        // Resident memory after the phase, where the system tells it (Linux).
        let rss = std::fs::read_to_string("/proc/self/statm")
            .ok()
            .and_then(|s| s.split(' ').nth(1).and_then(|p| p.parse::<u64>().ok()))
            .map_or_else(String::new, |pages| format!(", {} MiB resident", pages * 4096 / (1024 * 1024)));
        eprintln!("timing: {phase}: {:.1} ms{rss}", since.elapsed().as_secs_f64() * 1000.0);
    }
}

/// Builds the site: load, anchor and check, render, write. Any error leaves the previous output
/// untouched.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let mut memo = Memo::default();
    let mut prepared = prepare(&options.root, &mut memo, &Changes::All)?;
    if prepared.problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Content(prepared.problems));
    }
    // Rendering reads the articles, not their visible text: its memory goes back for the pages.
    prepared.docs = Arc::default();
    drop(memo);
    let templates = Templates::load(&options.root)?;
    let staging = Staging::begin(&options.output, options.force)?;
    let t = Instant::now();
    pages::site::render(&prepared, &templates, &staging, &mut PageMemo::default(), false, options.build_date)?;
    log_time("render", t);
    let t = Instant::now();
    let written = staging.commit()?;
    log_time("commit", t);
    Ok(BuildReport {
        files: written.files,
        written: written.written,
        articles: prepared.site.articles.len(),
        rendered: prepared.site.articles.len(),
        warnings: prepared.problems,
        millis: started.elapsed().as_millis(),
    })
}

/// What the stages keep between builds in one process (watch mode): parsed files, and each
/// stage's results: whole, with the generations of the files they came from, and per article,
/// keyed on the article's inputs (for when only some articles changed). A full build starts
/// from an empty memo.
#[derive(Debug, Default)]
pub struct Memo {
    files: site::FileCache,
    /// The articles' order, hashes and neighbour keys, for one articles generation.
    articles: Option<(u64, ArticleKeys)>,
    docs: Kept<Arc<anchor::Doc>>,
    all_docs: Option<(u64, Arc<Vec<anchor::Doc>>)>,
    /// Keyed on the article and the terms' generation.
    findings: Kept<Arc<Vec<checks::Finding>>>,
    /// The checks' result over all articles, the generations it came from, and its own.
    checked: Option<(Generations, Checked)>,
    mentions: Kept<Arc<Vec<timeline::Mention>>>,
    all_mentions: Option<((u64, u64), Mentions)>,
    notes: notes::NotesMemo,
    /// Whether to keep results for a next build (watch mode); a one-shot build does not pay
    /// for copying them.
    keep: bool,
}

/// The checks' results as the later stages read them.
#[derive(Debug, Clone)]
struct Checked {
    checked: Arc<checks::Checked>,
    /// Where each article's findings sit in `checked.findings`.
    ranges: Arc<Vec<Range<usize>>>,
    /// Per article: a key of the passages that agree with the terms (which pages link to).
    keys: Arc<Vec<u64>>,
    /// Per article: a key of everything its automatic notes are made of (its findings, and the
    /// findings of the articles it is paired with).
    auto_keys: Arc<Vec<u64>>,
    problems: Vec<Diagnostic>,
}

#[derive(Debug, Clone)]
struct Mentions {
    timeline: timeline::Timeline,
    /// Per article: a key of its mentions.
    keys: Arc<Vec<u64>>,
    problems: Vec<Diagnostic>,
}

/// Per-article facts that later stages key their results on, kept as dense arrays so that a
/// rebuild can ask every article "did you change?" without visiting each one's data.
#[derive(Debug, Clone)]
pub struct ArticleKeys {
    pub layout: Layout,
    /// Each article file's hash.
    pub hashes: Arc<Vec<u64>>,
    /// A key of what other pages show of each article: its slug, title and outlet (its
    /// neighbours' pages link to it, notes name it).
    pub shown: Arc<Vec<u64>>,
}

/// Load, then anchor and check: the stages before rendering, with every problem they found.
fn prepare(root: &Path, memo: &mut Memo, changes: &Changes) -> Result<Prepared> {
    let t = Instant::now();
    let (site, mut problems) = site::load_cached(root, &mut memo.files, changes)?;
    let gens = site.generations;
    let keep = memo.keep;
    let keys = match &memo.articles {
        Some((g, keys)) if *g == gens.articles => keys.clone(),
        _ => {
            let keys = ArticleKeys {
                layout: Layout::of(site.articles.iter().map(|a| a.slug.as_str())),
                hashes: Arc::new(site.articles.iter().map(|a| a.hash).collect()),
                shown: Arc::new(site.articles.iter().map(|a| memo::key((&a.slug, &a.title, &a.source))).collect()),
            };
            if keep {
                memo.articles = Some((gens.articles, keys.clone()));
            }
            keys
        }
    };
    let layout = keys.layout;
    log_time("load", t);

    // Each stage below reuses its whole result while the files it reads did not change, and
    // otherwise each article's result while that article did not change.
    let t = Instant::now();
    let docs: Arc<Vec<anchor::Doc>> = match &memo.all_docs {
        Some((g, docs)) if *g == gens.articles => Arc::clone(docs),
        _ => {
            let (docs, _) =
                each_article(&site, &keys, &mut memo.docs, keep, |h| h, |i| anchor::Doc::new(&site.articles[i].body));
            let all: Arc<Vec<anchor::Doc>> = Arc::new(docs.iter().map(|d| anchor::Doc::clone(d)).collect());
            if keep {
                memo.all_docs = Some((gens.articles, Arc::clone(&all)));
            }
            all
        }
    };
    log_time("docs", t);

    let t = Instant::now();
    let generation = gens.terms;
    let checked = match &memo.checked {
        Some((g, checked)) if *g == gens => checked.clone(),
        _ => {
            let checked = run_checks(&site, &docs, memo, &keys);
            if keep && checked.problems.is_empty() {
                memo.checked = Some((gens, checked.clone()));
            }
            checked
        }
    };
    problems.extend(checked.problems.iter().cloned());
    log_time("checks", t);

    let t = Instant::now();
    let inputs = notes::Inputs {
        checked: &checked.checked,
        findings: &checked.ranges,
        auto_keys: &checked.auto_keys,
        shown: &keys.shown,
        terms_generation: generation,
        hashes: &keys.hashes,
    };
    let (notes, note_problems) = notes::resolve(&site, &docs, &inputs, &mut memo.notes, layout, keep);
    problems.extend(note_problems);
    log_time("notes", t);

    let t = Instant::now();
    let mentions = match &memo.all_mentions {
        Some((g, m)) if *g == (gens.articles, gens.terms) => m.clone(),
        _ => {
            let m = find_mentions(&site, &docs, memo, &keys);
            if keep {
                memo.all_mentions = Some(((gens.articles, gens.terms), m.clone()));
            }
            m
        }
    };
    problems.extend(mentions.problems.iter().cloned());
    log_time("timeline", t);
    Ok(Prepared {
        site,
        keys,
        docs,
        notes,
        checked: checked.checked,
        findings: checked.ranges,
        finding_keys: checked.keys,
        timeline: mentions.timeline,
        mention_keys: mentions.keys,
        problems,
    })
}

/// Each article's result of one stage and its key, `key_of` the article file's hash: the result
/// kept from the previous build while the key stands, else `compute`d (in parallel). With
/// `keep`, the new results are kept for the next build.
fn each_article<T: Send + Sync>(
    site: &Site,
    keys: &ArticleKeys,
    kept: &mut Kept<Arc<T>>,
    keep: bool,
    key_of: impl Fn(u64) -> u64 + Sync,
    compute: impl Fn(usize) -> T + Sync,
) -> (Vec<Arc<T>>, Vec<u64>) {
    let results: Vec<(u64, Arc<T>, bool)> = site
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let key = key_of(keys.hashes[i]);
            match kept.get(keys.layout, i, &a.slug, key) {
                Some(r) => (key, r, false),
                None => (key, Arc::new(compute(i)), true),
            }
        })
        .collect();
    if keep {
        kept.store(
            keys.layout,
            site.articles.iter().map(|a| a.slug.as_str()),
            results.iter().map(|(k, r, f)| (*k, r, *f)),
        );
    }
    results.into_iter().map(|(k, r, _)| (r, k)).unzip()
}

/// The automatic checks: each article's findings (kept per article while it and the terms are
/// unchanged), then dismissals and the links between articles.
fn run_checks(site: &Site, docs: &[anchor::Doc], memo: &mut Memo, keys: &ArticleKeys) -> Checked {
    let n = site.articles.len();
    if site.checker.is_empty() {
        return Checked {
            checked: Arc::default(),
            ranges: Arc::new(vec![0..0; n]),
            keys: Arc::new(vec![0; n]),
            auto_keys: Arc::new(vec![0; n]),
            problems: Vec::new(),
        };
    }
    let generation = site.generations.terms;
    let (per_article, _) = each_article(
        site,
        keys,
        &mut memo.findings,
        memo.keep,
        |h| memo::key((h, generation)),
        |i| checks::check_article(&site.checker, i, &docs[i], &site.articles[i], &site.terms),
    );
    let mut ranges = Vec::with_capacity(n);
    let mut at = 0;
    for f in &per_article {
        ranges.push(at..at + f.len());
        at += f.len();
    }
    // Findings were kept under whatever index their article had then.
    let owned: Vec<Vec<checks::Finding>> = per_article
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut f = Vec::clone(f);
            f.iter_mut().for_each(|x| x.article = i);
            f
        })
        .collect();
    let (checked, problems) = checks::finish(site, docs, &site.checker, owned);
    let finding_keys = ranges
        .iter()
        .map(|r| {
            let mut h = Xxh3::new();
            for f in checked.findings[r.clone()].iter().filter(|f| f.agrees && f.is_open()) {
                (f.anchor, &f.term).hash(&mut h);
            }
            h.finish()
        })
        .collect();
    let mut auto_keys: Vec<u64> = ranges
        .iter()
        .map(|r| {
            let mut h = Xxh3::new();
            checked.findings[r.clone()].hash(&mut h);
            h.finish()
        })
        .collect();
    for &(o, p) in &checked.links {
        let (origin, partner) = (&checked.findings[o], &checked.findings[p]);
        let other = &site.articles[partner.article];
        // The other article's back-note quotes its context: its text counts too.
        let k = memo::key((
            auto_keys[origin.article],
            partner,
            keys.hashes[partner.article],
            &other.slug,
            &other.source,
            &other.title,
        ));
        auto_keys[origin.article] = k;
    }
    Checked {
        checked: Arc::new(checked),
        ranges: Arc::new(ranges),
        keys: Arc::new(finding_keys),
        auto_keys: Arc::new(auto_keys),
        problems,
    }
}

/// The milestones, and each article's mentions of them (kept per article while it and the
/// terms are unchanged).
fn find_mentions(site: &Site, docs: &[anchor::Doc], memo: &mut Memo, keys: &ArticleKeys) -> Mentions {
    let n = site.articles.len();
    let generation = site.generations.terms;
    let none = |milestones, problems| Mentions {
        timeline: timeline::Timeline { milestones, mentions: vec![Arc::default(); n] },
        keys: Arc::new(vec![0; n]),
        problems,
    };
    let milestones = match timeline::milestones(&site.terms) {
        Ok(m) if m.is_empty() => return none(m, Vec::new()),
        Ok(m) => m,
        Err(p) => return none(Vec::new(), p),
    };
    let (mentions, mention_keys) = each_article(
        site,
        keys,
        &mut memo.mentions,
        memo.keep,
        |h| memo::key((h, generation)),
        |i| timeline::mentions(&docs[i], &milestones),
    );
    Mentions {
        timeline: timeline::Timeline { milestones, mentions },
        keys: Arc::new(mention_keys),
        problems: Vec::new(),
    }
}

/// The output of the stages before rendering: plain data the renderer reads.
pub struct Prepared {
    pub site: Site,
    /// The order of the articles and their hashes, which results kept between builds are keyed on.
    pub keys: ArticleKeys,
    /// Each article's visible text, in the order of `site.articles`.
    pub docs: Arc<Vec<anchor::Doc>>,
    pub notes: Notes,
    /// The automatic checks' findings (shared with watch mode's memo).
    pub checked: Arc<checks::Checked>,
    /// Where each article's findings sit in `checked.findings`.
    pub findings: Arc<Vec<Range<usize>>>,
    /// Per article: a key of the passages that agree with the terms.
    pub finding_keys: Arc<Vec<u64>>,
    /// The milestones and each article's mentions of them.
    pub timeline: timeline::Timeline,
    /// Per article: a key of its mentions.
    pub mention_keys: Arc<Vec<u64>>,
    pub problems: Vec<Diagnostic>,
}

impl Prepared {
    /// An article's findings.
    pub fn findings_of(&self, article: usize) -> &[checks::Finding] {
        self.findings.get(article).and_then(|r| self.checked.findings.get(r.clone())).unwrap_or_default()
    }
}

/// Every problem in the digest, writing nothing; and the prepared digest, when it loads, whose
/// `checked` findings `gloss check` lists (content, not problems: they never fail a check).
pub fn check(root: &Path, _build_date: NaiveDate) -> Result<(Vec<Diagnostic>, Option<Prepared>)> {
    let (mut problems, prepared) = match prepare(root, &mut Memo::default(), &Changes::All) {
        Ok(mut prepared) => (std::mem::take(&mut prepared.problems), Some(prepared)),
        Err(Error::Content(d)) => (d, None),
        Err(e) => return Err(e),
    };
    match Templates::load(root) {
        Ok(_) => {}
        Err(Error::Content(d)) => problems.extend(d),
        Err(e) => return Err(e),
    }
    Ok((problems, prepared))
}

/// Watch mode's builder: the same stages as [`build`], memoised, writing in place. Each
/// [`Incremental::rebuild`] reads only the files that changed, re-renders only the pages whose
/// inputs changed, and writes only bytes that changed; its output equals a full build's.
pub struct Incremental {
    options: BuildOptions,
    memo: Memo,
    templates: Option<Templates>,
    pages: PageMemo,
    out: InPlace,
}

impl Incremental {
    /// Opens the output folder (refusing one with files gloss did not write, unless forced).
    pub fn new(options: BuildOptions) -> Result<Incremental> {
        let out = InPlace::open(&options.output, options.force)?;
        Ok(Incremental {
            options,
            memo: Memo { keep: true, ..Memo::default() },
            templates: None,
            pages: PageMemo::default(),
            out,
        })
    }

    /// Rebuilds after `changes`. On error nothing is written and the next rebuild starts from
    /// the last good state of every file that did not change.
    pub fn rebuild(&mut self, changes: &Changes) -> Result<BuildReport> {
        let started = Instant::now();
        let root = self.options.root.clone();
        let templates_changed = match changes {
            Changes::All => true,
            Changes::Paths(paths) => paths.iter().any(|p| p.strip_prefix(&root).unwrap_or(p).starts_with("templates")),
        };
        if templates_changed || self.templates.is_none() {
            self.templates = None;
            self.templates = Some(Templates::load(&root)?);
        }
        let prepared = prepare(&root, &mut self.memo, changes)?;
        if prepared.problems.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(prepared.problems));
        }
        let Some(templates) = &self.templates else {
            return Err(Error::Usage("templates are not loaded".into()));
        };
        let t = Instant::now();
        match pages::site::render(&prepared, templates, &self.out, &mut self.pages, true, self.options.build_date) {
            Ok(report) => {
                log_time("render", t);
                let t = Instant::now();
                let written = self.out.finish(report.files.as_deref())?;
                log_time("write", t);
                Ok(BuildReport {
                    files: written.files,
                    written: written.written,
                    articles: prepared.site.articles.len(),
                    rendered: report.articles_rendered,
                    warnings: prepared.problems,
                    millis: started.elapsed().as_millis(),
                })
            }
            Err(e) => {
                self.out.abort();
                Err(e)
            }
        }
    }
}
