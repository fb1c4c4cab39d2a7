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
pub mod notes;
pub mod pages;
pub mod render;
pub mod serve;
pub mod site;
pub mod text;
pub mod timeline;
pub mod watch;
pub mod write;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;

pub use error::{Error, Result};

use crate::diag::Diagnostic;
use crate::notes::Notes;
use crate::pages::Templates;
use crate::pages::site::PageKeys;
use crate::site::{Changes, Site};
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
        eprintln!("timing: {phase}: {:.1} ms", since.elapsed().as_secs_f64() * 1000.0);
    }
}

/// Builds the site: load, anchor and check, render, write. Any error leaves the previous output
/// untouched.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let mut memo = Memo::default();
    let prepared = prepare(&options.root, &mut memo, &Changes::All)?;
    if prepared.problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Content(prepared.problems));
    }
    let templates = Templates::load(&options.root)?;
    let staging = Staging::begin(&options.output, options.force)?;
    let t = Instant::now();
    pages::site::render(&prepared, &templates, &staging, &PageKeys::new(), options.build_date)?;
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

/// What the stages keep between builds in one process (watch mode): parsed files and each
/// article's visible text. A full build starts from an empty memo.
#[derive(Debug, Default)]
pub struct Memo {
    files: site::FileCache,
    /// By slug: the article's hash and its visible text.
    docs: HashMap<String, (u64, anchor::Doc)>,
    /// By slug: the article's hash, the terms' generation, and what was found with them.
    findings: HashMap<String, (u64, u64, Vec<checks::Finding>)>,
    mentions: HashMap<String, (u64, u64, Vec<timeline::Mention>)>,
    /// Whether to keep results for a next build (watch mode); a one-shot build does not pay
    /// for copying them.
    keep: bool,
}

/// Load, then anchor and check: the stages before rendering, with every problem they found.
fn prepare(root: &Path, memo: &mut Memo, changes: &Changes) -> Result<Prepared> {
    let t = Instant::now();
    let (site, mut problems) = site::load_cached(root, &mut memo.files, changes)?;
    log_time("load", t);
    let t = Instant::now();
    let docs: Vec<anchor::Doc> = site
        .articles
        .par_iter()
        .map(|a| match memo.docs.get(&a.slug) {
            Some((hash, doc)) if *hash == a.hash => doc.clone(),
            _ => anchor::Doc::new(&a.body),
        })
        .collect();
    if memo.keep {
        memo.docs = site.articles.iter().zip(&docs).map(|(a, d)| (a.slug.clone(), (a.hash, d.clone()))).collect();
    }
    log_time("docs", t);
    let t = Instant::now();
    let generation = memo.files.terms_generation();
    let (mut checked, check_problems) = if site.terms.claims.is_empty() {
        (checks::Checked::default(), Vec::new())
    } else {
        let per_article: Vec<Vec<checks::Finding>> = site
            .articles
            .par_iter()
            .zip(&docs)
            .enumerate()
            .map(|(i, (a, d))| match memo.findings.get(&a.slug) {
                Some((hash, g, found)) if *hash == a.hash && *g == generation => found
                    .iter()
                    .cloned()
                    .map(|mut f| {
                        f.article = i;
                        f
                    })
                    .collect(),
                _ => checks::check_article(i, d, a, &site.terms),
            })
            .collect();
        if memo.keep {
            memo.findings = site
                .articles
                .iter()
                .zip(&per_article)
                .map(|(a, f)| (a.slug.clone(), (a.hash, generation, f.clone())))
                .collect();
        }
        checks::finish(&site, &docs, per_article)
    };
    log_time("checks", t);
    let t = Instant::now();
    let (notes, note_problems) = notes::resolve(&site, &docs, &mut checked);
    problems.extend(note_problems);
    problems.extend(check_problems);
    log_time("notes", t);
    let t = Instant::now();
    let (timeline, timeline_problems) = match timeline::milestones(&site.terms) {
        Ok(milestones) if milestones.is_empty() => {
            (timeline::Timeline { milestones, mentions: vec![Vec::new(); docs.len()] }, Vec::new())
        }
        Ok(milestones) => {
            let mentions: Vec<Vec<timeline::Mention>> = site
                .articles
                .par_iter()
                .zip(&docs)
                .map(|(a, d)| match memo.mentions.get(&a.slug) {
                    Some((hash, g, found)) if *hash == a.hash && *g == generation => found.clone(),
                    _ => timeline::mentions(d, &milestones),
                })
                .collect();
            if memo.keep {
                memo.mentions = site
                    .articles
                    .iter()
                    .zip(&mentions)
                    .map(|(a, m)| (a.slug.clone(), (a.hash, generation, m.clone())))
                    .collect();
            }
            (timeline::Timeline { milestones, mentions }, Vec::new())
        }
        Err(p) => (timeline::Timeline { milestones: Vec::new(), mentions: vec![Vec::new(); docs.len()] }, p),
    };
    problems.extend(timeline_problems);
    log_time("timeline", t);
    Ok(Prepared { site, docs, notes, checked, timeline, problems })
}

/// The output of the stages before rendering: plain data the renderer reads.
pub struct Prepared {
    pub site: Site,
    /// Each article's visible text, in the order of `site.articles`.
    pub docs: Vec<anchor::Doc>,
    pub notes: Notes,
    /// The automatic checks' findings.
    pub checked: checks::Checked,
    /// The milestones and each article's mentions of them.
    pub timeline: timeline::Timeline,
    pub problems: Vec<Diagnostic>,
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
    pages: PageKeys,
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
            pages: PageKeys::new(),
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
        match pages::site::render(&prepared, templates, &self.out, &self.pages, self.options.build_date) {
            Ok(keys) => {
                let written = self.out.finish()?;
                let rendered =
                    keys.iter().filter(|(k, v)| k.starts_with("articles/") && self.pages.get(*k) != Some(*v)).count();
                self.pages = keys;
                Ok(BuildReport {
                    files: written.files,
                    written: written.written,
                    articles: prepared.site.articles.len(),
                    rendered,
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
