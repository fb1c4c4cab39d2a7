//! gloss builds annotated news digests: articles shown verbatim, with margin notes wherever a
//! claim contradicts the official terms of a deal or another outlet.
//!
//! The pipeline flows one way, each stage a plain function of the previous stages' output:
//! load ([`load`]: files → [`content::Corpus`]) → visible text ([`anchor`]) → automatic checks
//! ([`checks`]) → notes ([`notes`]) → timeline ([`timeline`]) → pages ([`render`], [`pages`])
//! → write ([`write`]). [`build`] runs it once; [`Incremental`] runs the same stages for watch
//! mode. Both call them through [`incremental::Memo`], the one place with keys and kept
//! results, which for a one-shot build keeps nothing.

pub mod anchor;
pub mod checks;
pub mod cli;
pub mod config;
pub mod content;
pub mod diag;
pub mod error;
pub mod import;
pub mod incremental;
pub mod lang;
pub mod load;
pub mod notes;
pub mod pages;
pub mod progress;
pub mod render;
pub mod report;
pub mod serve;
pub mod text;
pub mod timeline;
pub mod watch;
pub mod write;

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;

pub use error::{Error, Result};

/// mimalloc instead of the system allocator: a build allocates and frees millions of small
/// strings across threads, where glibc's malloc spends a tenth of its time consolidating. Set
/// here rather than in main.rs so that the benchmarks measure the allocator gloss runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use crate::diag::{Diagnostic, log_time};
use crate::incremental::{Changes, Keys, Memo, RenderReport};
use crate::pages::{Prepared, Templates};
use crate::write::{InPlace, Output, Staging};

/// What `gloss build` needs to know.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub force: bool,
    /// "Today", for the timeline; an input so that builds are reproducible.
    pub build_date: NaiveDate,
    /// Whether each build also reads the review queue (`gloss serve` shows it on a page of its
    /// own); a one-shot build never needs it.
    pub review_queue: bool,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub files: usize,
    pub written: usize,
    pub articles: usize,
    /// The slugs of the article pages rendered (the rest were unchanged and kept).
    pub rendered: Vec<String>,
    /// The listings rendered (index.html, feed.xml, …), by output path.
    pub listings: Vec<String>,
    pub warnings: Vec<Diagnostic>,
    pub millis: u128,
    /// The review queue, when [`BuildOptions::review_queue`] asks for it.
    pub review: Option<Vec<checks::review::Line>>,
}

/// Builds the site: the stages, then write. Any error leaves the previous output untouched.
///
/// With the previous build's cache beside the output ([`incremental::disk`]): nothing at all when
/// no input changed and the output stands as it was written; else the stages, rendering only the
/// pages whose inputs changed and replacing only their files, in place. Without a usable cache,
/// every page is rendered into a staging folder that replaces the output in one step.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    build_leaving(options).map(|(report, _)| report)
}

/// What a build held when it finished (the stages' results, kept for the cache), handed back by
/// [`build_leaving`] for a caller about to exit to leak rather than free: freeing them, millions
/// of small allocations one at a time, was a tenth of a one-shot build after an edit, and the
/// process's exit gives the memory back at once.
#[derive(Default)]
pub struct Leftovers(
    #[allow(dead_code, reason = "held only to be freed or leaked")] Option<Memo>,
    /// The prepared digest: its compiled checks alone are a tenth of a seed build's instructions
    /// to free.
    #[allow(dead_code, reason = "held only to be freed or leaked")]
    Option<Box<Prepared>>,
);

impl std::fmt::Debug for Leftovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Leftovers")
    }
}

/// [`build`], handing back what it held instead of freeing it (see [`Leftovers`]).
pub fn build_leaving(options: &BuildOptions) -> Result<(BuildReport, Leftovers)> {
    write::refuse_digest_as_output(&options.root, &options.output)?;
    let cache = incremental::disk::Cache::open(&options.root, &options.output, options.build_date)?;
    build_over(options, cache)
}

/// [`build`] with the cache as opened (its stamps checked) before the build began.
fn build_over(options: &BuildOptions, cache: incremental::disk::Cache) -> Result<(BuildReport, Leftovers)> {
    build_between(options, cache, false, &|| {})
}

/// [`build_over`]; `retry`: the build done again after a file changed under the last one, which
/// holds the articles' text rather than reading it again ([`Memo::holding_bodies`]), so that it
/// cannot fail the same way. `after_stages` runs once the stages have run, before rendering (for
/// tests: a file changed at that moment).
fn build_between(
    options: &BuildOptions,
    cache: incremental::disk::Cache,
    retry: bool,
    after_stages: &dyn Fn(),
) -> Result<(BuildReport, Leftovers)> {
    let started = Instant::now();
    if let Some(summary) = cache.unchanged() {
        let report = BuildReport {
            files: summary.files,
            articles: summary.articles,
            warnings: summary.warnings.clone(),
            millis: started.elapsed().as_millis(),
            ..BuildReport::default()
        };
        return Ok((report, Leftovers::default()));
    }
    let t = Instant::now();
    let mut memo = Memo::from_disk(cache.stages(), cache.sources(&options.root), cache.listed_files());
    if retry {
        memo = memo.holding_bodies();
    }
    log_time("cache: stages", t);
    // The templates compile on the other core while the stages start (a small digest's build is
    // short enough for it to count); a digest's errors are still reported before theirs. So are
    // English's built-in cue words (the fallback of every language without its own) parsed, for
    // a digest with terms, while terms.toml's parse runs.
    let (prepared, templates) = rayon::join(
        || prepare(&options.root, &mut memo, &Changes::All),
        || {
            if options.root.join(content::terms::FILE).is_file() {
                checks::lexicon::builtin_of("en");
            }
            Templates::load(&options.root)
        },
    );
    let (mut prepared, keys) = without_errors(prepared?)?;
    after_stages();
    let stale = checks::review::stale_reviews(&prepared.corpus, &prepared.docs);
    prepared.problems.extend(stale);
    // Rendering reads the articles, not their visible text: its memory goes back for the pages.
    prepared.docs = Default::default();
    let templates = templates?;
    let (rendered, written, in_place) = match cache.kept() {
        Some((kept, rows, vouched)) => {
            memo.pages = incremental::PageMemo::restore(kept, vouched, rows);
            let out = InPlace::open_vouched(&options.output, options.force, vouched)?;
            let rendered = render(&prepared, &keys, &templates, &out, &mut memo, options.build_date, true);
            // Before its error: a page rendered from a body that did not verify (read as empty)
            // may fail to place its notes.
            if prepared.corpus.unverified() || prepared.notes.unverified() {
                out.abort();
                return again(options, &cache);
            }
            let rendered = rendered?;
            progress::step("writing the site");
            let t = Instant::now();
            cache.forget()?;
            let written = out.finish(rendered.files.as_deref())?;
            log_time("write", t);
            (rendered, written, true)
        }
        None => {
            let staging = Staging::begin(&options.output, options.force)?;
            let rendered = render(&prepared, &keys, &templates, &staging, &mut memo, options.build_date, true);
            if prepared.corpus.unverified() || prepared.notes.unverified() {
                drop(staging);
                return again(options, &cache);
            }
            let rendered = rendered?;
            progress::step("writing the site");
            let t = Instant::now();
            let written = staging.commit()?;
            log_time("commit", t);
            (rendered, written, false)
        }
    };
    progress::finish();
    let summary = incremental::disk::Summary {
        files: written.files,
        articles: prepared.corpus.articles.len(),
        warnings: prepared.problems.clone(),
    };
    let articles = &prepared.corpus.articles;
    cache.save(summary, &prepared.corpus, &memo.export_stages(articles), &memo.pages.export(articles), in_place);
    let report = report(&mut prepared, rendered, written, started);
    Ok((report, Leftovers(Some(memo), Some(Box::new(prepared)))))
}

/// The build again without the cache, after an article file read later did not hold the bytes
/// the cache vouched for or the build read (changed during the build, or a stamp that lied):
/// nothing built from them is committed. With the cache removed, the build reads every file
/// itself, and holds the articles' text to the end ([`Memo::holding_bodies`]), so it cannot
/// come back here.
fn again(options: &BuildOptions, cache: &incremental::disk::Cache) -> Result<(BuildReport, Leftovers)> {
    incremental::disk::note(
        "an article file changed since its stamp was checked, or kept notes did not read: a full build",
    );
    cache.forget()?;
    let cache = incremental::disk::Cache::open(&options.root, &options.output, options.build_date)?;
    build_between(options, cache, true, &|| {})
}

/// The stages before rendering, each through the memo: load → the checks' rules → visible
/// text → automatic checks → notes → timeline. The problems found are in `problems`; the
/// callers that render stop at an error.
fn prepare(root: &Path, memo: &mut Memo, changes: &Changes) -> Result<(Prepared, Keys)> {
    let t = Instant::now();
    progress::step("reading the articles");
    let (mut corpus, loaded, mut problems) = memo.load(root, changes)?;
    log_time("load: files", t);
    progress::step(&format!("read {} articles; checking them", corpus.articles.len()));
    // A one-shot build makes the visible text first, so that the rules parse only the claims'
    // patterns its clauses can reach (see [`checks::Reach`]): for a small digest, most of them
    // are never parsed. The checker is kept for no other build. The articles' languages are
    // read before: a body the docs let go reads as every language.
    let languages = memo.languages(&corpus, &loaded);
    let all_languages = memo.parses_reached().then(|| checks::languages_of(corpus.articles.iter().map(|a| &**a)));
    let early = memo.parses_reached().then(|| {
        let keys = memo.keys(&corpus, &loaded);
        memo.docs(&mut corpus, &keys)
    });
    let reach = early.as_deref().and_then(|docs| checks::reach_of(docs, &corpus.terms));
    log_time("reach", t);
    let reached = all_languages.map(|l| (l, reach.as_ref()));
    let (mut corpus, checker) = memo.checker(corpus, &loaded, &mut problems, reached);
    drop(reach);
    let mut keys = memo.keys(&corpus, &loaded);
    log_time("load", t);
    // The pattern tests of the languages of the articles about to be checked (those read: the
    // others' findings were kept) compile on one core, a tenth of the seed digest's build that
    // the first clause read would wait for, while the other core makes the visible text and
    // finds the timeline's mentions, which need no checks.
    let t = Instant::now();
    let ((docs, mentions), ()) = rayon::join(
        || {
            let t = Instant::now();
            let docs = early.unwrap_or_else(|| memo.docs(&mut corpus, &keys));
            log_time("docs", t);
            let t = Instant::now();
            let mentions = memo.timeline(&corpus, &docs, &keys);
            log_time("timeline", t);
            (docs, mentions)
        },
        || checker.compile_for(&languages),
    );
    log_time("pattern tests, docs, timeline", t);
    let t = Instant::now();
    let checked = memo.checks(&corpus, &docs, &checker, &keys);
    problems.extend(checked.problems.iter().cloned());
    log_time("checks", t);
    progress::step(&format!("checked {} articles; placing the notes", corpus.articles.len()));
    let t = Instant::now();
    let (notes, note_keys, note_problems) = memo.notes(&corpus, &loaded, &docs, &checked, &keys);
    problems.extend(note_problems);
    log_time("notes", t);
    // The stages that read the articles' text have run (the timeline, which reads the visible
    // text, ran beside the tests' compiling): a one-shot build lets go what is still held (the
    // docs stage let most of it go as it went: here, what the stages read through a doc made
    // later), and each page reads its article's text again from the file.
    memo.release_bodies(&mut corpus);
    problems.extend(mentions.problems.iter().cloned());
    (keys.notes, keys.findings, keys.mentions) = (note_keys, checked.keys, mentions.keys);
    let body_blocks = std::sync::Arc::new(docs.iter().map(anchor::Doc::body_len).collect());
    let prepared = Prepared {
        body_blocks,
        corpus,
        docs,
        notes,
        checked: checked.checked,
        findings: checked.ranges,
        timeline: mentions.timeline,
        problems,
        checker,
    };
    Ok((prepared, keys))
}

/// The prepared digest, or all its problems when one of them is an error.
fn without_errors((prepared, keys): (Prepared, Keys)) -> Result<(Prepared, Keys)> {
    if prepared.problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Content(prepared.problems));
    }
    Ok((prepared, keys))
}

/// Every page whose inputs changed, into `out`; with `keep_pages`, the page memo keeps what was
/// rendered (for the cache on disk) even when the memo keeps nothing else.
fn render(
    prepared: &Prepared,
    keys: &Keys,
    templates: &Templates,
    out: &dyn Output,
    memo: &mut Memo,
    today: NaiveDate,
    keep_pages: bool,
) -> Result<RenderReport> {
    let t = Instant::now();
    let keep = memo.keeps() || keep_pages;
    let rendered = incremental::render(prepared, keys, templates, out, &mut memo.pages, keep, today);
    log_time("render", t);
    rendered
}

fn report(
    prepared: &mut Prepared,
    rendered: RenderReport,
    written: write::WriteReport,
    started: Instant,
) -> BuildReport {
    BuildReport {
        files: written.files,
        written: written.written,
        articles: prepared.corpus.articles.len(),
        rendered: rendered.articles,
        listings: rendered.listings,
        warnings: std::mem::take(&mut prepared.problems),
        millis: started.elapsed().as_millis(),
        review: None,
    }
}

/// Every problem in the digest, writing nothing; and the prepared digest, when it has no errors,
/// whose findings `gloss check` lists (content, not problems: they never fail a check).
pub fn check(root: &Path) -> Result<Checkup> {
    let (mut problems, prepared) = match prepare(root, &mut Memo::default(), &Changes::All) {
        Ok((mut prepared, _)) => (std::mem::take(&mut prepared.problems), Some(prepared)),
        Err(Error::Content(d)) => (d, None),
        Err(e) => return Err(e),
    };
    let queue = match &prepared {
        Some(p) => {
            let (queue, stale) = review_queue(p);
            problems.extend(stale);
            queue
        }
        None => Vec::new(),
    };
    match Templates::load(root) {
        Ok(_) => {}
        Err(Error::Content(d)) => problems.extend(d),
        Err(e) => return Err(e),
    }
    Ok(Checkup { problems, prepared, queue })
}

/// The queue's sentences as plain data, in article order.
pub fn review_lines(queue: &[checks::review::Entry], prepared: &Prepared) -> Vec<checks::review::Line> {
    queue
        .iter()
        .filter_map(|e| {
            let a = prepared.corpus.articles.get(e.article)?;
            let doc = prepared.docs.get(e.article)?;
            let text = &doc.blocks.get(e.item.block)?.text;
            Some(checks::review::Line {
                article: a.slug.clone(),
                file: a.path.clone(),
                place: doc.place(e.item.block),
                sentence: text.get(e.item.sentence.clone())?.to_string(),
                terms: e.item.terms.clone(),
                why: e.item.why.clone(),
            })
        })
        .collect()
}

/// What `gloss check` found: every problem, and when the digest loaded, its stages' output and
/// the review queue.
pub struct Checkup {
    pub problems: Vec<Diagnostic>,
    pub prepared: Option<Prepared>,
    pub queue: Vec<checks::review::Entry>,
}

/// The review queue of a prepared digest (sentences about the terms with no verdict, no note,
/// no dismissal and no `[[reviewed]]` entry), and the warnings for stale `[[reviewed]]` entries.
pub fn review_queue(prepared: &Prepared) -> (Vec<checks::review::Entry>, Vec<Diagnostic>) {
    let noted: Vec<Vec<anchor::Anchor>> =
        prepared.notes.by_article.iter().map(|notes| notes.iter().map(|n| n.anchor).collect()).collect();
    checks::review::digest(&prepared.corpus, &prepared.docs, &prepared.checker, |i| prepared.findings_of(i), &noted)
}

/// Watch mode's builder: the same stages as [`build`], through a memo that keeps their results,
/// writing in place. Each [`Incremental::rebuild`] reads only the files that changed, re-renders
/// only the pages whose inputs changed, and writes only bytes that changed; its output equals a
/// full build's.
pub struct Incremental {
    options: BuildOptions,
    memo: Memo,
    templates: Option<Templates>,
    out: InPlace,
}

impl Incremental {
    /// Opens the output folder (refusing one with files gloss did not write, unless forced).
    pub fn new(options: BuildOptions) -> Result<Incremental> {
        write::refuse_digest_as_output(&options.root, &options.output)?;
        let out = InPlace::open(&options.output, options.force)?;
        Ok(Incremental { options, memo: Memo::keeping(), templates: None, out })
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
        let (mut prepared, keys) = without_errors(prepare(&root, &mut self.memo, changes)?)?;
        let stale = checks::review::stale_reviews(&prepared.corpus, &prepared.docs);
        prepared.problems.extend(stale);
        let Some(templates) = &self.templates else {
            return Err(Error::Internal("templates are not loaded"));
        };
        let rendered =
            match render(&prepared, &keys, templates, &self.out, &mut self.memo, self.options.build_date, false) {
                Ok(rendered) => rendered,
                Err(e) => {
                    self.out.abort();
                    return Err(e);
                }
            };
        let t = Instant::now();
        let written = self.out.finish(rendered.files.as_deref())?;
        log_time("write", t);
        let review = self.options.review_queue.then(|| {
            let (queue, _) = review_queue(&prepared);
            review_lines(&queue, &prepared)
        });
        Ok(BuildReport { review, ..report(&mut prepared, rendered, written, started) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    /// Every file under `dir`, by path, with its bytes.
    fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut all: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (e.path().strip_prefix(dir).expect("inside").to_path_buf(), std::fs::read(e.path()).expect("read"))
            })
            .collect();
        all.sort();
        all
    }

    fn options(root: &Path, output: &Path) -> BuildOptions {
        BuildOptions {
            root: root.to_path_buf(),
            output: output.to_path_buf(),
            force: false,
            build_date: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
            review_queue: false,
        }
    }

    /// A digest of two articles, one with a hand-written note.
    fn two_articles(root: &Path) {
        write(root, "site.toml", "title = \"Test digest\"\nbase_url = \"https://example.org/\"\n");
        write(root, "content/articles/a.md", "+++\ntitle = \"Alpha\"\n+++\n\nThe first body.\n");
        write(root, "content/articles/b.md", "+++\ntitle = \"Beta\"\n+++\n\nThe other body.\n");
        write(
            root,
            "content/annotations/a.toml",
            "[[note]]\nquote = \"first body\"\nkind = \"context\"\ntext = \"A note.\"\n",
        );
    }

    /// The articles the build held at its end (see [`Leftovers`]).
    fn held(leftovers: &Leftovers) -> &[std::sync::Arc<content::Article>] {
        &leftovers.1.as_ref().expect("the prepared digest").corpus.articles
    }

    /// Issue 17: a one-shot build held every article's text from its load to its end. It now
    /// lets it go once the stages that read it have run, and the pages read it again from the
    /// files: a full build, and one over the cache after an edit, hold no article's text at the
    /// end and write what a clean build writes. Watch mode keeps its parsed files.
    #[test]
    fn a_one_shot_build_lets_the_articles_text_go() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("digest");
        two_articles(&root);
        let output = root.join("public");
        let (_, leftovers) = build_leaving(&options(&root, &output)).expect("first build");
        assert_eq!(held(&leftovers).len(), 2);
        assert!(held(&leftovers).iter().all(|a| !a.body.is_read()), "a text was held to the end");
        let page = |slug: &str| std::fs::read_to_string(output.join(format!("articles/{slug}/index.html")));
        assert!(page("a").expect("a's page").contains("A note."), "the page lost its note");
        assert!(page("b").expect("b's page").contains("The other body."), "the page lost its body");
        let clean = dir.path().join("clean");
        build(&options(&root, &clean)).expect("clean build");
        assert!(snapshot(&output) == snapshot(&clean), "the output differs from a clean build's");
        // Past the racy window, then an edit: a build over the cache, in place.
        std::thread::sleep(std::time::Duration::from_millis(120));
        write(&root, "content/articles/b.md", "+++\ntitle = \"Beta\"\n+++\n\nThe other body, edited.\n");
        let (report, leftovers) = build_leaving(&options(&root, &output)).expect("build over the cache");
        assert_eq!(report.rendered, ["b"], "only the edited article's page");
        assert!(held(&leftovers).iter().all(|a| !a.body.is_read()), "a text was held to the end");
        std::fs::remove_dir_all(&clean).expect("remove");
        build(&options(&root, &clean)).expect("clean build");
        assert!(snapshot(&output) == snapshot(&clean), "the output differs from a clean build's");
        // The text goes as soon as the visible text is made, the only stage that reads it: the
        // build never holds both.
        let fresh = dir.path().join("fresh");
        let cache = incremental::disk::Cache::open(&root, &fresh, options(&root, &fresh).build_date).expect("open");
        let mut memo = Memo::from_disk(cache.stages(), cache.sources(&root), cache.listed_files());
        let (mut corpus, loaded, _) = memo.load(&root, &Changes::All).expect("load");
        assert!(corpus.articles.iter().all(|a| a.body.is_read()), "a build without a cache reads every file");
        let keys = memo.keys(&corpus, &loaded);
        let docs = memo.docs(&mut corpus, &keys);
        assert!(corpus.articles.iter().all(|a| !a.body.is_read()), "the visible text was made, the text held");
        assert!(docs[0].blocks.iter().any(|b| b.text.contains("body")), "the visible text was not made");
        // Watch mode's memo keeps the text for its next rebuild.
        let mut memo = Memo::keeping();
        let (mut corpus, _, _) = memo.load(&root, &Changes::All).expect("load");
        memo.release_bodies(&mut corpus);
        assert!(corpus.articles.iter().all(|a| a.body.is_read()), "watch mode let a text go");
    }

    /// Issue 17: a page reads its article's text again from the file. An article changed after
    /// the build let its text go (after the stages read it) is not trusted: the build starts
    /// again, holding the text this time, and the output is a clean build's of the new file.
    #[test]
    fn an_article_changed_after_its_text_was_let_go_is_not_trusted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("digest");
        two_articles(&root);
        let output = root.join("public");
        let cache = incremental::disk::Cache::open(&root, &output, options(&root, &output).build_date).expect("open");
        let change = || {
            write(&root, "content/articles/a.md", "+++\ntitle = \"Omega\"\n+++\n\nThe first body, edited.\n");
        };
        let (_, leftovers) = build_between(&options(&root, &output), cache, false, &change).expect("build");
        assert!(held(&leftovers).iter().all(|a| a.body.is_read()), "the build done again let a text go");
        let page = std::fs::read_to_string(output.join("articles/a/index.html")).expect("the page");
        assert!(page.contains("Omega") && page.contains("edited"), "the stages' results for the old file were used");
        let clean = dir.path().join("clean");
        build(&options(&root, &clean)).expect("clean build");
        assert!(snapshot(&output) == snapshot(&clean), "the output differs from a clean build's");
    }

    /// Issue 17: a body read later (`Body::later`) was taken from the file as it was then, under
    /// the front matter and results the cache kept for the bytes its stamp vouched for. An article
    /// changed between the stamp check and the lazy read (same size: same offsets) now makes the
    /// build start again without the cache, and the output is a clean build's.
    #[test]
    fn an_article_changed_after_its_stamp_was_checked_is_not_trusted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("digest");
        write(&root, "site.toml", "title = \"Test digest\"\nbase_url = \"https://example.org/\"\n");
        write(&root, "content/articles/a.md", "+++\ntitle = \"Alpha\"\n+++\n\nThe first body.\n");
        write(&root, "content/articles/b.md", "+++\ntitle = \"Beta\"\n+++\n\nThe other body.\n");
        let output = root.join("public");
        build(&options(&root, &output)).expect("first build");
        // Past the racy window: the stamps are trusted.
        std::thread::sleep(std::time::Duration::from_millis(120));
        // A page gone from the output: rendered again, from the body read later.
        std::fs::remove_file(output.join("articles/a/index.html")).expect("remove a page");
        let cache = incremental::disk::Cache::open(&root, &output, options(&root, &output).build_date).expect("open");
        // Between the stamp check and the read: other bytes, the same size.
        write(&root, "content/articles/a.md", "+++\ntitle = \"Omega\"\n+++\n\nThe final body.\n");
        build_over(&options(&root, &output), cache).expect("build over the cache");
        let page = std::fs::read_to_string(output.join("articles/a/index.html")).expect("the page");
        assert!(page.contains("Omega") && !page.contains("Alpha"), "the kept front matter was trusted");
        let clean = dir.path().join("clean");
        build(&options(&root, &clean)).expect("clean build");
        assert!(snapshot(&output) == snapshot(&clean), "the output differs from a clean build's");
    }
}
