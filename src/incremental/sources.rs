//! What the build cache on disk ([`super::disk`]) keeps of the load: each article file's parsed
//! front matter and where its body starts, under the hash of the file's bytes. A one-shot build
//! after an edit then parses only the files whose stamps changed; the others' bodies are read
//! from their files only when a stage asks for them ([`Body::later`]), so a build after one edit
//! reads one article, not every one. Annotation files are kept whole, parsed, likewise.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::annotations::Annotations;
use crate::content::{Article, ArticleId, Body};

/// One article file as the cache keeps it: the article without its body, and where the body is.
#[derive(Debug, Clone, Deserialize)]
pub struct KeptSource {
    /// The hash of the file's bytes (its stamp's): the entry is used only while it stands.
    file_hash: u64,
    path: PathBuf,
    title: String,
    source: Option<String>,
    url: Option<String>,
    published: Option<NaiveDate>,
    date_is_event: bool,
    byline: Option<String>,
    summary: Option<String>,
    event: Option<String>,
    lang: Option<String>,
    body_line: usize,
    /// Where the body starts in the file, and its length in bytes.
    body_at: usize,
    body_len: usize,
}

/// [`KeptSource`] as written: borrowed from the article, field for field the same encoding, so
/// that saving the cache copies no article's front matter.
#[derive(Debug, Serialize)]
pub struct KeptSourceRef<'a> {
    file_hash: u64,
    path: &'a Path,
    title: &'a str,
    source: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<NaiveDate>,
    date_is_event: bool,
    byline: Option<&'a str>,
    summary: Option<&'a str>,
    event: Option<&'a str>,
    lang: Option<&'a str>,
    body_line: usize,
    body_at: usize,
    body_len: usize,
}

impl KeptSourceRef<'_> {
    /// What to keep of `a`, read from a file of `size` bytes whose stamp's hash is `file_hash`;
    /// `None` when the article is not exactly those bytes (a file with a byte order mark, whose
    /// article's hash leaves it out, or one changed between its stamp and its reading).
    pub fn of(a: &Article, file_hash: u64, size: u64) -> Option<KeptSourceRef<'_>> {
        let Article {
            slug: _,
            id: _,
            path,
            title,
            source,
            url,
            published,
            date_is_event,
            byline,
            summary,
            event,
            lang,
            body,
            body_line,
            hash,
        } = a;
        let size = usize::try_from(size).ok()?;
        if *hash != file_hash || body.len() > size {
            return None;
        }
        Some(KeptSourceRef {
            file_hash,
            path,
            title,
            source: source.as_deref(),
            url: url.as_deref(),
            published: *published,
            date_is_event: *date_is_event,
            byline: byline.as_deref(),
            summary: summary.as_deref(),
            event: event.as_deref(),
            lang: lang.as_deref(),
            body_line: *body_line,
            body_at: size - body.len(),
            body_len: body.len(),
        })
    }
}

impl KeptSource {
    /// The article again, its body to be read from its file under `root` when first asked for.
    fn article(self, root: &Path) -> Article {
        let slug = crate::content::slug_of(&self.path);
        Article {
            id: ArticleId::of(&slug),
            slug,
            body: Body::later(root.join(&self.path), self.body_at, self.body_len, self.file_hash),
            path: self.path,
            title: self.title,
            source: self.source,
            url: self.url,
            published: self.published,
            date_is_event: self.date_is_event,
            byline: self.byline,
            summary: self.summary,
            event: self.event,
            lang: self.lang,
            body_line: self.body_line,
            hash: self.file_hash,
        }
    }
}

/// The kept articles whose file's hash is still `hashes` says (by path relative to the root), by
/// path: the load takes them instead of parsing their files.
pub fn still_standing(
    kept: Vec<KeptSource>,
    root: &Path,
    hashes: &HashMap<&str, u64>,
) -> HashMap<PathBuf, Arc<Article>> {
    kept.into_iter()
        .filter(|k| k.path.to_str().and_then(|p| hashes.get(p)) == Some(&k.file_hash))
        .map(|k| (k.path.clone(), Arc::new(k.article(root))))
        .collect()
}

/// The parsed files the cache keeps, as written: the articles, and the annotation files (each
/// kept only when its hash is the hash of the file's bytes, as its stamp has it).
pub type KeptFiles = (Vec<KeptSource>, Vec<Annotations>);

/// The kept annotation files whose hash is still what `hashes` says, by path.
pub fn notes_standing(kept: Vec<Annotations>, hashes: &HashMap<&str, u64>) -> HashMap<PathBuf, Arc<Annotations>> {
    kept.into_iter()
        .filter(|a| a.path.to_str().and_then(|p| hashes.get(p)) == Some(&a.hash))
        .map(|a| (a.path.clone(), Arc::new(a)))
        .collect()
}
