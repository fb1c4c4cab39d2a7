//! The digest as loaded from disk: site.toml and every article, validated, problems collected.
//! Also `gloss init`, which writes a new digest that builds.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::checks::Checker;
use crate::config::{self, Config};
use crate::content::notes::{self, Annotations};
use crate::content::terms::{self, Terms};
use crate::content::{self, ARTICLES_DIR, Article};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// Everything the later stages read. Articles are in reading order: newest first.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Arc<Config>,
    /// Shared with the file cache: watch mode hands the same parsed files to every rebuild.
    pub articles: Arc<Vec<Arc<Article>>>,
    pub terms: Arc<Terms>,
    /// The automatic checks' rules, compiled from the terms.
    pub checker: Arc<Checker>,
    /// One per annotation file, in file-name order.
    pub annotations: Arc<Vec<Arc<Annotations>>>,
    /// Each article's annotation file, if it has one, in the order of `articles`.
    pub annotations_of: Arc<Vec<Option<Arc<Annotations>>>>,
    /// The same files' hashes (0: none) and whether they quote other articles: read on every
    /// rebuild for every article, so kept apart from the files themselves.
    pub annotation_keys: Arc<Vec<(u64, bool)>>,
    /// Article slug → index in `articles`.
    pub index: Arc<HashMap<String, usize>>,
    /// Slugs of article files that failed to load: notes on them are not checked, so that one
    /// broken article does not also report every note that refers to it.
    pub broken: Vec<String>,
    /// Which load of the files each part comes from: a stage whose inputs' generations did not
    /// move since its last run reuses its result whole.
    pub generations: Generations,
}

/// Numbers that move whenever the files behind them are read again (see [`Site::generations`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Generations {
    /// Any article file.
    pub articles: u64,
    /// The terms.
    pub terms: u64,
    /// Any dismissal in any annotation file.
    pub dismissals: u64,
}

/// What changed since the last build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changes {
    /// Unknown: read everything.
    All,
    /// These files (created, changed, deleted or renamed; absolute or relative to the root).
    Paths(Vec<PathBuf>),
}

/// Parsed content files kept between builds: a file is read and parsed again only when a
/// build names it as changed, and the lists built from them are rebuilt only when one of
/// their files changed. A one-shot build starts from an empty cache.
#[derive(Debug, Default)]
pub struct FileCache {
    config: Option<Result<Arc<Config>, Diagnostic>>,
    terms: Option<Result<(Arc<Terms>, Arc<Checker>), Vec<Diagnostic>>>,
    articles: BTreeMap<PathBuf, Arc<Article>>,
    article_errors: BTreeMap<PathBuf, Vec<Diagnostic>>,
    annotations: BTreeMap<PathBuf, Arc<Annotations>>,
    annotation_errors: BTreeMap<PathBuf, Vec<Diagnostic>>,
    generations: Generations,
    /// The sorted articles, their index and the broken slugs, while no article file changed.
    sorted: Option<Sorted>,
    /// The annotation lists, while no annotation file was added or removed and `sorted` stands.
    listed: Option<Listed>,
}

/// The annotation files in file-name order, each article's file in article order, and their
/// keys (see [`Site::annotation_keys`]).
type Listed = (Arc<Vec<Arc<Annotations>>>, Arc<Vec<Option<Arc<Annotations>>>>, Arc<Vec<(u64, bool)>>);

fn annotation_key(file: &Annotations) -> (u64, bool) {
    (file.hash, !file.sources.is_empty())
}

#[derive(Debug, Clone)]
struct Sorted {
    articles: Arc<Vec<Arc<Article>>>,
    index: Arc<HashMap<String, usize>>,
    broken: Vec<String>,
    duplicates: Vec<Diagnostic>,
}

impl FileCache {
    /// Which load of terms.toml the current terms come from.
    pub fn terms_generation(&self) -> u64 {
        self.generations.terms
    }
}

/// Where a content file belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Config,
    Terms,
    Article,
    Annotations,
    /// Anything else: templates, static files (they do not affect loading).
    Other,
}

/// Classifies a path relative to the site root, ignoring editors' temporary files.
pub fn file_kind(rel: &Path) -> FileKind {
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if is_editor_temp(name) {
        return FileKind::Other;
    }
    if rel == Path::new(config::FILE_NAME) {
        FileKind::Config
    } else if rel == Path::new(terms::FILE) {
        FileKind::Terms
    } else if rel.starts_with(ARTICLES_DIR) && name.ends_with(".md") {
        FileKind::Article
    } else if rel.parent() == Some(Path::new(notes::DIR)) && name.ends_with(".toml") {
        FileKind::Annotations
    } else {
        FileKind::Other
    }
}

/// Loads the digest at `root`: everything that loads, and every problem in every file. Fails
/// outright only when there is no usable site.toml.
pub fn load(root: &Path) -> Result<(Site, Vec<Diagnostic>)> {
    load_cached(root, &mut FileCache::default(), &Changes::All)
}

/// Stores a parsed file in its map, or its problems in the errors map.
fn store<T>(
    ok: &mut BTreeMap<PathBuf, Arc<T>>,
    errors: &mut BTreeMap<PathBuf, Vec<Diagnostic>>,
    path: PathBuf,
    parsed: Result<Arc<T>, Vec<Diagnostic>>,
) {
    match parsed {
        Ok(v) => {
            errors.remove(&path);
            ok.insert(path, v);
        }
        Err(d) => {
            ok.remove(&path);
            errors.insert(path, d);
        }
    }
}

/// Like [`load`], reading only what `changes` names (everything for [`Changes::All`]) and
/// taking the rest from `cache`.
pub fn load_cached(root: &Path, cache: &mut FileCache, changes: &Changes) -> Result<(Site, Vec<Diagnostic>)> {
    // Annotation files whose text changed but which existed before: patched into the lists.
    let mut reread: Vec<PathBuf> = Vec::new();
    let mut annotation_set_changed = false;
    match changes {
        Changes::All => {
            *cache = FileCache::default();
            cache.config = Some(load_config(root));
            cache.terms = Some(load_terms(root));
            cache.generations = Generations {
                articles: crate::memo::next_generation(),
                terms: crate::memo::next_generation(),
                dismissals: crate::memo::next_generation(),
            };
            let articles = list(root, ARTICLES_DIR, ".md", usize::MAX)?;
            let parsed: Vec<_> = articles.par_iter().map(|p| read_article(root, p)).collect();
            for (path, parsed) in articles.into_iter().zip(parsed) {
                store(&mut cache.articles, &mut cache.article_errors, path, parsed);
            }
            let files = list(root, notes::DIR, ".toml", 1)?;
            let parsed: Vec<_> = files.par_iter().map(|p| read_annotations(root, p)).collect();
            for (path, parsed) in files.into_iter().zip(parsed) {
                store(&mut cache.annotations, &mut cache.annotation_errors, path, parsed);
            }
        }
        Changes::Paths(paths) => {
            for path in paths {
                let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
                let exists = root.join(&rel).is_file();
                match file_kind(&rel) {
                    FileKind::Config => cache.config = Some(load_config(root)),
                    FileKind::Terms => {
                        cache.terms = Some(load_terms(root));
                        cache.generations.terms = crate::memo::next_generation();
                    }
                    FileKind::Article => {
                        cache.articles.remove(&rel);
                        cache.article_errors.remove(&rel);
                        if exists {
                            let parsed = read_article(root, &rel);
                            store(&mut cache.articles, &mut cache.article_errors, rel, parsed);
                        }
                        cache.generations.articles = crate::memo::next_generation();
                        cache.sorted = None;
                    }
                    FileKind::Annotations => {
                        let before = cache.annotations.remove(&rel);
                        let had_errors = cache.annotation_errors.remove(&rel).is_some();
                        if exists {
                            let parsed = read_annotations(root, &rel);
                            let now_ok = parsed.as_ref().ok().cloned();
                            store(&mut cache.annotations, &mut cache.annotation_errors, rel.clone(), parsed);
                            match (&before, &now_ok) {
                                (Some(b), Some(n)) if b.article == n.article => reread.push(rel),
                                _ => annotation_set_changed = true,
                            }
                            let dismissals = |f: &Option<Arc<Annotations>>| f.as_ref().map(|f| f.dismissals.clone());
                            if dismissals(&before).unwrap_or_default() != dismissals(&now_ok).unwrap_or_default() {
                                cache.generations.dismissals = crate::memo::next_generation();
                            }
                        } else {
                            annotation_set_changed |= before.is_some() || had_errors;
                            if before.is_some_and(|b| !b.dismissals.is_empty()) {
                                cache.generations.dismissals = crate::memo::next_generation();
                            }
                        }
                    }
                    FileKind::Other => {}
                }
            }
        }
    }
    let config = match cache.config.get_or_insert_with(|| load_config(root)) {
        Ok(c) => Arc::clone(c),
        Err(d) => return Err(Error::Content(vec![d.clone()])),
    };
    let mut problems = Vec::new();
    let (terms, checker) = match cache.terms.get_or_insert_with(|| load_terms(root)) {
        Ok((t, c)) => (Arc::clone(t), Arc::clone(c)),
        Err(d) => {
            problems.extend(d.iter().cloned());
            (Arc::default(), Arc::default())
        }
    };
    for d in cache.article_errors.values() {
        problems.extend(d.iter().cloned());
    }
    if cache.sorted.is_none() {
        let mut articles: Vec<Arc<Article>> = cache.articles.values().cloned().collect();
        sort_for_reading(&mut articles);
        let index = articles.iter().enumerate().map(|(i, a)| (a.slug.clone(), i)).collect();
        let broken = cache
            .article_errors
            .keys()
            .map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default())
            .collect();
        let duplicates = duplicate_slugs(&articles);
        cache.sorted = Some(Sorted { articles: Arc::new(articles), index: Arc::new(index), broken, duplicates });
        cache.listed = None;
    }
    let Some(sorted) = cache.sorted.clone() else {
        return Err(Error::Usage("the article list was not built".into()));
    };
    problems.extend(sorted.duplicates.iter().cloned());
    for d in cache.annotation_errors.values() {
        problems.extend(d.iter().cloned());
    }
    if annotation_set_changed {
        cache.listed = None;
    }
    match &mut cache.listed {
        Some((files, of, keys)) => {
            // Files that existed before and still name the same article: replaced in place.
            for rel in &reread {
                let Some(new) = cache.annotations.get(rel) else { continue };
                let files = Arc::make_mut(files);
                if let Ok(at) = files.binary_search_by(|f| f.path.as_path().cmp(rel.as_path())) {
                    files[at] = Arc::clone(new);
                }
                if let Some(&ai) = sorted.index.get(&new.article) {
                    Arc::make_mut(of)[ai] = Some(Arc::clone(new));
                    Arc::make_mut(keys)[ai] = annotation_key(new);
                }
            }
        }
        None => {
            let files: Vec<Arc<Annotations>> = cache.annotations.values().cloned().collect();
            let mut of: Vec<Option<Arc<Annotations>>> = vec![None; sorted.articles.len()];
            let mut keys = vec![(0, false); sorted.articles.len()];
            for f in &files {
                if let Some(&ai) = sorted.index.get(&f.article) {
                    of[ai] = Some(Arc::clone(f));
                    keys[ai] = annotation_key(f);
                }
            }
            cache.listed = Some((Arc::new(files), Arc::new(of), Arc::new(keys)));
        }
    }
    let Some((annotations, annotations_of, annotation_keys)) = cache.listed.clone() else {
        return Err(Error::Usage("the annotation list was not built".into()));
    };
    let site = Site {
        root: root.to_path_buf(),
        config,
        articles: sorted.articles,
        terms,
        checker,
        annotations,
        annotations_of,
        annotation_keys,
        index: sorted.index,
        broken: sorted.broken,
        generations: cache.generations,
    };
    Ok((site, problems))
}

/// Files under `root/dir` ending in `ext`, relative to the root, sorted; editors' temporary
/// files left out.
fn list(root: &Path, dir: &str, ext: &str, depth: usize) -> Result<Vec<PathBuf>> {
    let full = root.join(dir);
    if !full.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in WalkDir::new(&full).max_depth(depth).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::read(&full, e.into()))?;
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.ends_with(ext) && !is_editor_temp(&name) {
            out.push(entry.path().strip_prefix(root).unwrap_or(entry.path()).to_path_buf());
        }
    }
    Ok(out)
}

/// Reads a UTF-8 file, with a diagnostic naming it when that fails.
fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    let bytes = fs::read(root.join(rel)).map_err(|e| Diagnostic::error(rel, 0, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        Diagnostic::error(rel, line, "the file is not UTF-8 text").help("save it as UTF-8")
    })
}

fn read_article(root: &Path, rel: &Path) -> Result<Arc<Article>, Vec<Diagnostic>> {
    let text = read_text(root, rel).map_err(|d| vec![d])?;
    content::parse_article(&text, rel).map(Arc::new)
}

fn read_annotations(root: &Path, rel: &Path) -> Result<Arc<Annotations>, Vec<Diagnostic>> {
    let text = read_text(root, rel).map_err(|d| vec![d])?;
    notes::parse(&text, rel).map(Arc::new)
}

/// content/terms.toml, if the digest has one, and its checks compiled.
fn load_terms(root: &Path) -> Result<(Arc<Terms>, Arc<Checker>), Vec<Diagnostic>> {
    let terms = match fs::read_to_string(root.join(terms::FILE)) {
        Ok(text) => terms::parse(&text, Path::new(terms::FILE))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Terms::default(),
        Err(e) => return Err(vec![Diagnostic::error(terms::FILE, 0, format!("cannot read: {e}"))]),
    };
    let (checker, problems) = Checker::new(&terms);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok((Arc::new(terms), Arc::new(checker)))
}

fn load_config(root: &Path) -> Result<Arc<Config>, Diagnostic> {
    let path = root.join(config::FILE_NAME);
    let text = fs::read_to_string(&path).map_err(|e| {
        Diagnostic::error(config::FILE_NAME, 0, format!("cannot read site.toml: {e}")).help(format!(
            "run gloss in the digest's folder or pass --root; `gloss init DIR` creates a new digest (looked in {})",
            root.display()
        ))
    })?;
    Config::parse(&text, Path::new(config::FILE_NAME)).map(Arc::new)
}

/// Whether a file name is an editor's temporary or backup file rather than content.
pub fn is_editor_temp(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.contains("___jb_")
        || name == "4913"
}

/// The file name is the article's address: two files with one slug are an error.
fn duplicate_slugs(articles: &[Arc<Article>]) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    let mut problems = Vec::new();
    for a in articles {
        if let Some(first) = seen.insert(&a.slug, &a.path) {
            problems.push(
                Diagnostic::error(&a.path, 0, format!("the slug `{}` is already used by {}", a.slug, first.display()))
                    .help("rename one of the two files: the file name is the article's address"),
            );
        }
    }
    problems
}

/// Newest first; undated articles last; ties by title then slug, so order is deterministic.
fn sort_for_reading(articles: &mut [Arc<Article>]) {
    articles.sort_by(|a, b| {
        b.published.cmp(&a.published).then_with(|| a.title.cmp(&b.title)).then_with(|| a.slug.cmp(&b.slug))
    });
}

const INIT_SITE: &str = r#"title = "My digest"
introduction = "Coverage of one deal, every article shown as published, with notes where it gets the terms wrong."
base_url = "https://example.org/"
language = "en"
"#;

const INIT_ARTICLE: &str = r#"+++
title = "A sample article"
source = "Example News"
published = 2026-01-01
summary = "Replace this article with the coverage you collect (see gloss import)."
+++

This is a sample article. Its text is shown exactly as written here.
"#;

/// Creates a new digest in `dir`: site.toml, content/ and a sample article. Refuses a folder that
/// already has a site.toml, so it never overwrites a digest.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>> {
    let site_toml = dir.join(config::FILE_NAME);
    if site_toml.exists() {
        return Err(Error::Usage(format!(
            "{} already exists: {} is a digest already",
            site_toml.display(),
            dir.display()
        )));
    }
    let files = [
        (site_toml, INIT_SITE),
        (dir.join(ARTICLES_DIR).join("sample-article.md"), INIT_ARTICLE),
        (dir.join(".gitignore"), "/public\n"),
    ];
    let mut written = Vec::new();
    for (path, text) in files {
        if path.exists() {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
        }
        fs::write(&path, text).map_err(|e| Error::write(&path, e))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_temp_files() {
        for t in [".a.md.swp", "a.md~", "#a.md#", ".#a.md", "a.md___jb_tmp___", "4913.tmp"] {
            assert!(is_editor_temp(t), "{t}");
        }
        assert!(!is_editor_temp("a.md"));
    }

    #[test]
    fn init_builds_a_loadable_site_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().expect("tempdir");
        let written = init(dir.path()).expect("init");
        assert_eq!(written.len(), 3);
        let (site, problems) = load(dir.path()).expect("the new digest loads");
        assert_eq!(site.articles.len(), 1);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(init(dir.path()).is_err());
    }
}
