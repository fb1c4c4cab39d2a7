//! Loading: the digest's files on disk → a [`Corpus`] (site.toml, the terms, every article and
//! annotation file, validated) and every problem found, each located. No cache: watch mode's
//! file cache ([`crate::incremental`]) reads files with the same functions. Also `gloss init`,
//! which writes a new digest that builds.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::{self, Config};
use crate::content::annotations::{self, Annotations};
use crate::content::terms::{self, Terms};
use crate::content::{self, ARTICLES_DIR, Article, Corpus};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};

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
    } else if rel.parent() == Some(Path::new(annotations::DIR)) && name.ends_with(".toml") {
        FileKind::Annotations
    } else {
        FileKind::Other
    }
}

/// Loads the digest at `root`: everything that loads, and every problem in every file. Fails
/// outright only when there is no site.toml to read.
pub fn load(root: &Path) -> Result<(Corpus, Vec<Diagnostic>)> {
    let (config, mut problems) = load_config(root).map_err(|d| Error::Content(vec![d]))?;
    let (terms, terms_problems) = load_terms(root);
    problems.extend(terms_problems);
    let paths = list(root, ARTICLES_DIR, ".md", usize::MAX)?;
    let parsed: Vec<_> = paths.par_iter().map(|p| read_article(root, p)).collect();
    let (mut articles, mut broken) = (Vec::new(), Vec::new());
    for (path, parsed) in paths.iter().zip(parsed) {
        match parsed {
            Ok(a) => articles.push(a),
            Err(d) => {
                problems.extend(d);
                broken.push(stem(path));
            }
        }
    }
    let (articles, index, duplicates) = sorted(articles);
    problems.extend(duplicates);
    let paths = list(root, annotations::DIR, ".toml", 1)?;
    let parsed: Vec<_> = paths.par_iter().map(|p| read_annotations(root, p)).collect();
    let mut files = Vec::new();
    for parsed in parsed {
        match parsed {
            Ok(f) => files.push(f),
            Err(d) => problems.extend(d),
        }
    }
    let annotations_of = annotations_of(&files, &index, articles.len());
    let corpus = Corpus {
        root: root.to_path_buf(),
        config,
        articles: Arc::new(articles),
        terms,
        annotations: Arc::new(files),
        annotations_of: Arc::new(annotations_of),
        index: Arc::new(index),
        broken,
    };
    Ok((corpus, problems))
}

/// The articles in reading order, each slug's place in it, and an error for each slug that two
/// files share.
pub fn sorted(mut articles: Vec<Arc<Article>>) -> (Vec<Arc<Article>>, HashMap<String, usize>, Vec<Diagnostic>) {
    sort_for_reading(&mut articles);
    let index = articles.iter().enumerate().map(|(i, a)| (a.slug.clone(), i)).collect();
    let duplicates = duplicate_slugs(&articles);
    (articles, index, duplicates)
}

/// Each article's annotation file (in reading order), from the files in file-name order.
pub fn annotations_of(
    files: &[Arc<Annotations>],
    index: &HashMap<String, usize>,
    articles: usize,
) -> Vec<Option<Arc<Annotations>>> {
    let mut of = vec![None; articles];
    for f in files {
        if let Some(&ai) = index.get(&f.article) {
            of[ai] = Some(Arc::clone(f));
        }
    }
    of
}

/// The slug a broken article file would have had.
pub fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Whether the regular file at `rel` (relative to the root, '/'-separated) is one [`list`]
/// lists for `dir`, `ext` and `depth`: for a listing of the digest made once for more than one use.
pub fn lists(rel: &str, dir: &str, ext: &str, depth: usize) -> bool {
    let Some(inner) = rel.strip_prefix(dir).and_then(|r| r.strip_prefix('/')) else { return false };
    let name = inner.rsplit('/').next().unwrap_or_default();
    inner.split('/').count() <= depth && name.ends_with(ext) && !is_editor_temp(name)
}

/// Files under `root/dir` ending in `ext`, relative to the root, sorted; editors' temporary
/// files left out.
pub fn list(root: &Path, dir: &str, ext: &str, depth: usize) -> Result<Vec<PathBuf>> {
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

pub fn read_article(root: &Path, rel: &Path) -> Result<Arc<Article>, Vec<Diagnostic>> {
    let text = read_text(root, rel).map_err(|d| vec![d])?;
    content::parse_article(&text, rel).map(Arc::new)
}

pub fn read_annotations(root: &Path, rel: &Path) -> Result<Arc<Annotations>, Vec<Diagnostic>> {
    let text = read_text(root, rel).map_err(|d| vec![d])?;
    annotations::parse(&text, rel).map(Arc::new)
}

/// content/terms.toml, if the digest has one, and its problems (with them, only the ids that
/// parsed: see [`terms::parse_all`]).
pub fn load_terms(root: &Path) -> (Arc<Terms>, Vec<Diagnostic>) {
    match fs::read_to_string(root.join(terms::FILE)) {
        Ok(text) => {
            let (terms, problems) = terms::parse_all(&text, Path::new(terms::FILE));
            (Arc::new(terms), problems)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Arc::default(), Vec::new()),
        Err(e) => (Arc::default(), vec![Diagnostic::error(terms::FILE, 0, format!("cannot read: {e}"))]),
    }
}

/// site.toml's settings and their problems, or the error when there is no site.toml to read.
pub type LoadedConfig = Result<(Arc<Config>, Vec<Diagnostic>), Diagnostic>;

/// site.toml's settings and its problems (with [`Config::fallback`] when it has errors, so that
/// the other files are still checked); an error only when there is no site.toml to read.
pub fn load_config(root: &Path) -> LoadedConfig {
    let path = root.join(config::FILE_NAME);
    let text = fs::read_to_string(&path).map_err(|e| {
        Diagnostic::error(config::FILE_NAME, 0, format!("cannot read site.toml: {e}")).help(format!(
            "run gloss in the digest's folder or pass --root; `gloss init DIR` creates a new digest (looked in {})",
            root.display()
        ))
    })?;
    Ok(match Config::parse(&text, Path::new(config::FILE_NAME)) {
        Ok(config) => (Arc::new(config), Vec::new()),
        Err(problems) => (Arc::new(Config::fallback()), problems),
    })
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

/// The starter digest `gloss init` writes: settings, the terms of an example deal with one
/// term and its check, an article that gets the term wrong, and a note on it.
const INIT_SITE: &str = include_str!("starter/site.toml");
const INIT_TERMS: &str = include_str!("starter/terms.toml");
const INIT_ARTICLE: &str = include_str!("starter/article.md");
const INIT_NOTES: &str = include_str!("starter/annotations.toml");

/// Creates a new digest in `dir`: site.toml, the terms, a sample article and its notes (the
/// starter, which builds and shows one automatic and one hand-written note). Refuses a folder
/// that already has a site.toml, and never overwrites a file.
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
        (dir.join(terms::FILE), INIT_TERMS),
        (dir.join(ARTICLES_DIR).join("sample-article.md"), INIT_ARTICLE),
        (dir.join(annotations::DIR).join("sample-article.toml"), INIT_NOTES),
        (dir.join(".gitignore"), "/public\n/.public.gloss-*\n"),
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
        assert_eq!(written.len(), 5);
        let (site, problems) = load(dir.path()).expect("the new digest loads");
        assert_eq!(site.articles.len(), 1);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(init(dir.path()).is_err());
    }
}
