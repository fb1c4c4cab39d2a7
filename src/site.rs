//! The digest as loaded from disk: site.toml and every article, validated, problems collected.
//! Also `gloss init`, which writes a new digest that builds.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

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
    pub config: Config,
    pub articles: Vec<Article>,
    pub terms: Terms,
    /// One per annotation file, in file-name order.
    pub annotations: Vec<Annotations>,
    /// Slugs of article files that failed to load: notes on them are not checked, so that one
    /// broken article does not also report every note that refers to it.
    pub broken: Vec<String>,
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
/// build names it as changed. A one-shot build starts from an empty cache.
#[derive(Debug, Default)]
pub struct FileCache {
    config: Option<Result<Config, Diagnostic>>,
    terms: Option<Result<Terms, Vec<Diagnostic>>>,
    /// Moves on every reload of terms.toml: results derived from the terms are keyed on it.
    terms_generation: u64,
    articles: BTreeMap<PathBuf, Result<Article, Vec<Diagnostic>>>,
    annotations: BTreeMap<PathBuf, Result<Annotations, Vec<Diagnostic>>>,
}

impl FileCache {
    /// Which load of terms.toml the current terms come from.
    pub fn terms_generation(&self) -> u64 {
        self.terms_generation
    }
}

/// A number never handed out before in this process (a fresh cache must not match an old one).
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
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

/// Like [`load`], reading only what `changes` names (everything for [`Changes::All`]) and
/// taking the rest from `cache`.
pub fn load_cached(root: &Path, cache: &mut FileCache, changes: &Changes) -> Result<(Site, Vec<Diagnostic>)> {
    match changes {
        Changes::All => {
            *cache = FileCache::default();
            cache.config = Some(load_config(root));
            cache.terms = Some(load_terms(root));
            cache.terms_generation = next_generation();
            for path in list(root, ARTICLES_DIR, ".md", usize::MAX)? {
                cache.articles.insert(path, Err(Vec::new()));
            }
            for path in list(root, notes::DIR, ".toml", 1)? {
                cache.annotations.insert(path, Err(Vec::new()));
            }
            let articles: Vec<PathBuf> = cache.articles.keys().cloned().collect();
            let parsed: Vec<_> = articles.par_iter().map(|p| read_article(root, p)).collect();
            cache.articles = articles.into_iter().zip(parsed).collect();
            let files: Vec<PathBuf> = cache.annotations.keys().cloned().collect();
            let parsed: Vec<_> = files.par_iter().map(|p| read_annotations(root, p)).collect();
            cache.annotations = files.into_iter().zip(parsed).collect();
        }
        Changes::Paths(paths) => {
            for path in paths {
                let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
                let exists = root.join(&rel).is_file();
                match file_kind(&rel) {
                    FileKind::Config => cache.config = Some(load_config(root)),
                    FileKind::Terms => {
                        cache.terms = Some(load_terms(root));
                        cache.terms_generation = next_generation();
                    }
                    FileKind::Article if exists => {
                        let parsed = read_article(root, &rel);
                        cache.articles.insert(rel, parsed);
                    }
                    FileKind::Article => {
                        cache.articles.remove(&rel);
                    }
                    FileKind::Annotations if exists => {
                        let parsed = read_annotations(root, &rel);
                        cache.annotations.insert(rel, parsed);
                    }
                    FileKind::Annotations => {
                        cache.annotations.remove(&rel);
                    }
                    FileKind::Other => {}
                }
            }
        }
    }
    let config = match cache.config.get_or_insert_with(|| load_config(root)) {
        Ok(c) => c.clone(),
        Err(d) => return Err(Error::Content(vec![d.clone()])),
    };
    let mut problems = Vec::new();
    let terms = match cache.terms.get_or_insert_with(|| load_terms(root)) {
        Ok(t) => t.clone(),
        Err(d) => {
            problems.extend(d.iter().cloned());
            Terms::default()
        }
    };
    let mut articles = Vec::with_capacity(cache.articles.len());
    let mut broken = Vec::new();
    for (path, parsed) in &cache.articles {
        match parsed {
            Ok(a) => articles.push(a.clone()),
            Err(d) => {
                problems.extend(d.iter().cloned());
                broken.push(path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
            }
        }
    }
    problems.extend(duplicate_slugs(&articles));
    let mut annotations = Vec::with_capacity(cache.annotations.len());
    for parsed in cache.annotations.values() {
        match parsed {
            Ok(a) => annotations.push(a.clone()),
            Err(d) => problems.extend(d.iter().cloned()),
        }
    }
    sort_for_reading(&mut articles);
    Ok((Site { root: root.to_path_buf(), config, articles, terms, annotations, broken }, problems))
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

fn read_article(root: &Path, rel: &Path) -> Result<Article, Vec<Diagnostic>> {
    let text = read_text(root, rel).map_err(|d| vec![d])?;
    content::parse_article(&text, rel)
}

fn read_annotations(root: &Path, rel: &Path) -> Result<Annotations, Vec<Diagnostic>> {
    let text = read_text(root, rel).map_err(|d| vec![d])?;
    notes::parse(&text, rel)
}

/// content/terms.toml, if the digest has one.
fn load_terms(root: &Path) -> Result<Terms, Vec<Diagnostic>> {
    match fs::read_to_string(root.join(terms::FILE)) {
        Ok(text) => terms::parse(&text, Path::new(terms::FILE)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Terms::default()),
        Err(e) => Err(vec![Diagnostic::error(terms::FILE, 0, format!("cannot read: {e}"))]),
    }
}

fn load_config(root: &Path) -> Result<Config, Diagnostic> {
    let path = root.join(config::FILE_NAME);
    let text = fs::read_to_string(&path).map_err(|e| {
        Diagnostic::error(config::FILE_NAME, 0, format!("cannot read site.toml: {e}")).help(format!(
            "run gloss in the digest's folder or pass --root; `gloss init DIR` creates a new digest (looked in {})",
            root.display()
        ))
    })?;
    Config::parse(&text, Path::new(config::FILE_NAME))
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
fn duplicate_slugs(articles: &[Article]) -> Vec<Diagnostic> {
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
fn sort_for_reading(articles: &mut [Article]) {
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
