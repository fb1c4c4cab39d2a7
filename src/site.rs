//! The digest as loaded from disk: site.toml and every article, validated, problems collected.
//! Also `gloss init`, which writes a new digest that builds.

use std::collections::HashMap;
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

/// Loads the digest at `root`: everything that loads, and every problem in every file. Fails
/// outright only when there is no usable site.toml.
pub fn load(root: &Path) -> Result<(Site, Vec<Diagnostic>)> {
    let config = load_config(root).map_err(|d| Error::Content(vec![d]))?;
    let mut problems = Vec::new();
    let (mut articles, broken, article_problems) = load_articles(root)?;
    problems.extend(article_problems);
    let terms = load_terms(root).unwrap_or_else(|d| {
        problems.extend(d);
        Terms::default()
    });
    let (annotations, note_problems) = load_annotations(root)?;
    problems.extend(note_problems);
    sort_for_reading(&mut articles);
    Ok((
        Site {
            root: root.to_path_buf(),
            config,
            articles,
            terms,
            annotations,
            broken,
        },
        problems,
    ))
}

/// content/terms.toml, if the digest has one.
fn load_terms(root: &Path) -> Result<Terms, Vec<Diagnostic>> {
    match fs::read_to_string(root.join(terms::FILE)) {
        Ok(text) => terms::parse(&text, Path::new(terms::FILE)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Terms::default()),
        Err(e) => Err(vec![Diagnostic::error(terms::FILE, 0, format!("cannot read: {e}"))]),
    }
}

/// Every content/annotations/*.toml.
fn load_annotations(root: &Path) -> Result<(Vec<Annotations>, Vec<Diagnostic>)> {
    let dir = root.join(notes::DIR);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    if !dir.is_dir() {
        return Ok((out, problems));
    }
    for entry in WalkDir::new(&dir).max_depth(1).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::read(&dir, e.into()))?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || !name.ends_with(".toml") || is_editor_temp(&name) {
            continue;
        }
        let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
        match fs::read_to_string(entry.path()) {
            Ok(text) => match notes::parse(&text, shown) {
                Ok(a) => out.push(a),
                Err(d) => problems.extend(d),
            },
            Err(e) => problems.push(Diagnostic::error(shown, 0, format!("cannot read: {e}"))),
        }
    }
    Ok((out, problems))
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
}

/// Reads every `*.md` under content/articles/ in parallel.
fn load_articles(root: &Path) -> Result<(Vec<Article>, Vec<String>, Vec<Diagnostic>)> {
    let dir = root.join(ARTICLES_DIR);
    if !dir.exists() {
        return Ok((Vec::new(), Vec::new(), Vec::new()));
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::read(&dir, e.into()))?;
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.ends_with(".md") && !is_editor_temp(&name) {
            files.push(entry.into_path());
        }
    }
    let results: Vec<Result<Article, Vec<Diagnostic>>> = files
        .par_iter()
        .map(|file| {
            let shown = file.strip_prefix(root).unwrap_or(file);
            let bytes = fs::read(file).map_err(|e| vec![Diagnostic::error(shown, 0, format!("cannot read: {e}"))])?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let at = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
                vec![Diagnostic::error(shown, line, "the file is not UTF-8 text").help("save it as UTF-8")]
            })?;
            content::parse_article(&text, shown)
        })
        .collect();
    let broken: Vec<String> = files
        .iter()
        .zip(&results)
        .filter(|(_, r)| r.is_err())
        .map(|(file, _)| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(a) => articles.push(a),
            Err(d) => problems.extend(d),
        }
    }
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for a in &articles {
        if let Some(first) = seen.insert(&a.slug, &a.path) {
            problems.push(
                Diagnostic::error(
                    &a.path,
                    0,
                    format!("the slug `{}` is already used by {}", a.slug, first.display()),
                )
                .help("rename one of the two files: the file name is the article's address"),
            );
        }
    }
    Ok((articles, broken, problems))
}

/// Newest first; undated articles last; ties by title then slug, so order is deterministic.
fn sort_for_reading(articles: &mut [Article]) {
    articles.sort_by(|a, b| {
        b.published
            .cmp(&a.published)
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.slug.cmp(&b.slug))
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
