//! Articles as plain data: the front matter format on disk, and the loaded, validated article.
//!
//! An article file is TOML front matter between `+++` lines, then the body in Markdown. The body
//! is the outlet's text verbatim; everything the editor knows about it lives in the front matter.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, OnceLock, RwLock};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::config::{Config, toml_diagnostic};

pub mod annotations;
pub mod terms;
pub mod when;
use crate::config::key_offset;
use crate::diag::Diagnostic;
use annotations::Annotations;
use terms::Terms;

pub const ARTICLES_DIR: &str = "content/articles";
const FENCE: &str = "+++";

/// The front matter exactly as written in an article file.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    /// The outlet, as it names itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The original article's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A TOML date (`published = 2025-09-11`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<toml::value::Datetime>,
    /// True when the page carried no date and `published` is the date of the event it covers.
    #[serde(default, skip_serializing_if = "is_false")]
    pub date_is_event: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The dek: one or two sentences under the headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The id of the event the article covers (an id of content/terms.toml, e.g. "E5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The article's language, a BCP 47 tag (`es`, `pt-BR`, `zh`): its page says so, for screen
    /// readers and hyphenation. Without it, the site's `language`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// An article's identity: its slug, interned. Results that refer to an article (findings, a
/// note's link, what watch mode keeps) hold its id, not its place in the reading order, which
/// moves whenever a newer article arrives. Ids are small numbers, handed out in the order slugs
/// are first seen in this process and never reused, so tables can be indexed by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(u32);

/// Every slug seen in this process, by id: append-only, so an id always names the same slug.
#[derive(Default)]
struct Interner {
    ids: HashMap<&'static str, ArticleId>,
    slugs: Vec<&'static str>,
}

static INTERNER: LazyLock<RwLock<Interner>> = LazyLock::new(RwLock::default);

impl ArticleId {
    /// The id of `slug`, the same for the same slug for the life of the process.
    pub fn of(slug: &str) -> ArticleId {
        if let Some(id) = INTERNER.read().unwrap_or_else(|p| p.into_inner()).ids.get(slug) {
            return *id;
        }
        let mut interner = INTERNER.write().unwrap_or_else(|p| p.into_inner());
        if let Some(id) = interner.ids.get(slug) {
            return *id;
        }
        let id = ArticleId(u32::try_from(interner.slugs.len()).unwrap_or(u32::MAX));
        // Leaked once per distinct slug: the interner lives as long as the process.
        let slug: &'static str = Box::leak(slug.to_string().into_boxed_str());
        interner.slugs.push(slug);
        interner.ids.insert(slug, id);
        id
    }

    /// The slug this id stands for.
    #[allow(clippy::expect_used, reason = "ids are only made by ArticleId::of, which interns the slug")]
    pub fn slug(self) -> &'static str {
        INTERNER
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .slugs
            .get(self.index())
            .copied()
            .expect("an article id always names an interned slug")
    }

    /// A dense number for tables indexed by article.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Written as its slug: the number an id has differs between processes (the build cache on
/// disk keeps results that name articles).
impl Serialize for ArticleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.slug())
    }
}

impl<'de> Deserialize<'de> for ArticleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ArticleId, D::Error> {
        String::deserialize(d).map(|s| ArticleId::of(&s))
    }
}

/// A loaded article. Dates are parsed; the body is kept verbatim.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The file name: the article's address and, interned, its [`ArticleId`].
    pub slug: String,
    pub id: ArticleId,
    /// The file, relative to the site root, as diagnostics name it.
    pub path: PathBuf,
    pub title: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub date_is_event: bool,
    pub byline: Option<String>,
    pub summary: Option<String>,
    pub event: Option<String>,
    /// A BCP 47 tag, checked against the IANA registry; `None`: the site's language.
    pub lang: Option<String>,
    /// Shared, so that an incremental build can hand the same article to every build cheaply.
    pub body: Body,
    /// The line of the file on which the body starts, so body offsets map to file lines.
    pub body_line: usize,
    /// A hash of the whole file: an incremental build re-renders an article only when it (or
    /// something else its page shows) changed.
    pub hash: u64,
}

/// An article's body, verbatim: read with its file, or, for an article whose file the build
/// cache vouches for, read from the file when first asked for ([`Body::later`]), so that a
/// build after one edit does not read every article's text. A one-shot build lets the text go
/// once the stages that read it have run ([`Body::released`]), and each page reads it again from
/// its file ([`Body::read`]): the digest's text is not held for the whole build. Cheap to clone
/// (shared).
#[derive(Clone)]
pub struct Body(Arc<BodyInner>);

struct BodyInner {
    text: OnceLock<Arc<str>>,
    /// For a body read from its file: the file, where the body starts in its text (`None`: it is
    /// the text's last `len` bytes) and the hash of that text (the article's, or the one the
    /// cache kept of the whole file).
    from: Option<(PathBuf, Option<usize>, u64)>,
    len: usize,
    /// Set when the file read later was not the bytes the hash vouched for.
    unverified: std::sync::atomic::AtomicBool,
}

/// A byte order mark, which the article's hash leaves out (see [`parse_article`]).
const BOM: &[u8] = "\u{feff}".as_bytes();

impl Body {
    /// The body of the file at `path` from byte `offset` on, `len` bytes long, read when first
    /// asked for, from a file whose bytes hash to `hash`. A file that no longer does (changed or
    /// gone since its stamp was checked, or a stamp that lied) marks the body
    /// [`Body::unverified`]: the cache is never trusted for bytes it cannot verify, and the
    /// build that read it is done again without the cache.
    pub fn later(path: PathBuf, offset: usize, len: usize, hash: u64) -> Body {
        Body(Arc::new(BodyInner {
            text: OnceLock::new(),
            from: Some((path, Some(offset), hash)),
            len,
            unverified: Default::default(),
        }))
    }

    /// This body with its text let go: [`Body::read`] reads it again from `path`, the article's
    /// file, whose text (without a byte order mark) hashes to `hash` (the article's
    /// [`Article::hash`]). A file that no longer does marks the body [`Body::unverified`], as for
    /// [`Body::later`]: a changed file is never trusted, and the build is done again holding
    /// the text. A body already unverified is kept as it is (so that the mark is not lost).
    pub fn released(&self, path: PathBuf, hash: u64) -> Body {
        if self.unverified() {
            return self.clone();
        }
        // The offset is into the text that hash is of: kept only for that same hash (a body read
        // later is of a file without a byte order mark, whose hash is the article's).
        let offset = self.0.from.as_ref().filter(|from| from.2 == hash).and_then(|(_, offset, _)| *offset);
        Body(Arc::new(BodyInner {
            text: OnceLock::new(),
            from: Some((path, offset, hash)),
            len: self.0.len,
            unverified: Default::default(),
        }))
    }

    /// The body's length in bytes, without reading it.
    pub fn len(&self) -> usize {
        self.0.len
    }

    pub fn is_empty(&self) -> bool {
        self.0.len == 0
    }

    /// The text, shared.
    pub fn shared(&self) -> Arc<str> {
        Arc::clone(self.text())
    }

    /// The text: the one in memory, or else read again from its file and not kept (a page
    /// renders it once; [`Body::released`]). Bytes that do not hash as the article's read as
    /// empty and mark the body [`Body::unverified`].
    pub fn read(&self) -> Arc<str> {
        match self.0.text.get() {
            Some(text) => Arc::clone(text),
            None => self.read_file(),
        }
    }

    fn text(&self) -> &Arc<str> {
        self.0.text.get_or_init(|| self.read_file())
    }

    /// The body read from its file, verified against the hash; empty, and the body marked
    /// unverified, when the file is gone or holds other bytes.
    fn read_file(&self) -> Arc<str> {
        let Some((path, offset, hash)) = &self.0.from else { return Arc::from("") };
        let bytes = std::fs::read(path).unwrap_or_default();
        let hashes = |b: &[u8]| xxhash_rust::xxh3::xxh3_64(b) == *hash;
        let text = match bytes.strip_prefix(BOM) {
            _ if hashes(&bytes) => Some(&bytes[..]),
            Some(rest) if hashes(rest) => Some(rest),
            _ => None,
        };
        let start = |text: &[u8]| offset.or_else(|| text.len().checked_sub(self.0.len));
        let body = text.and_then(|t| t.get(start(t)?..)).and_then(|b| std::str::from_utf8(b).ok());
        match body {
            Some(body) => Arc::from(body),
            None => {
                self.0.unverified.store(true, std::sync::atomic::Ordering::Relaxed);
                Arc::from("")
            }
        }
    }

    /// Whether the body was read later from a file that no longer held the bytes its hash
    /// vouched for: what was built from it cannot be trusted.
    pub fn unverified(&self) -> bool {
        self.0.unverified.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether the text is in memory (read with its file, or read later and kept).
    pub fn is_read(&self) -> bool {
        self.0.text.get().is_some()
    }
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        let len = text.len();
        Body(Arc::new(BodyInner {
            text: OnceLock::from(Arc::from(text)),
            from: None,
            len,
            unverified: Default::default(),
        }))
    }
}

impl std::ops::Deref for Body {
    type Target = str;

    fn deref(&self) -> &str {
        self.text()
    }
}

impl PartialEq for Body {
    fn eq(&self, other: &Body) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.text.get() {
            Some(t) => t.fmt(f),
            None => write!(f, "Body::later({:?}, {} bytes)", self.0.from.as_ref().map(|f| &f.0), self.0.len),
        }
    }
}

/// The digest as loaded: everything the stages read, as plain data. Articles are in reading
/// order, newest first.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub root: PathBuf,
    pub config: Arc<Config>,
    /// Shared with watch mode's file cache, which hands the same parsed files to every rebuild.
    pub articles: Arc<Vec<Arc<Article>>>,
    pub terms: Arc<Terms>,
    /// One per annotation file, in file-name order.
    pub annotations: Arc<Vec<Arc<Annotations>>>,
    /// Each article's annotation file, if it has one, in the order of `articles`.
    pub annotations_of: Arc<Vec<Option<Arc<Annotations>>>>,
    /// Article slug → its place in `articles`.
    pub index: Arc<HashMap<String, usize>>,
    /// Slugs of article files that failed to load: notes on them are not checked, so that one
    /// broken article does not also report every note that refers to it.
    pub broken: Vec<String>,
}

impl Corpus {
    /// The place of an article in the reading order.
    pub fn position(&self, id: ArticleId) -> Option<usize> {
        self.index.get(id.slug()).copied()
    }

    /// The article with this id.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.position(id).map(|i| &*self.articles[i])
    }
    /// Whether an article's body read later did not verify ([`Body::unverified`]).
    pub fn unverified(&self) -> bool {
        self.articles.iter().any(|a| a.body.unverified())
    }
}

/// The longest article body (in bytes) the automatic checks, the review queue and the timeline's
/// mentions read: five times the longest long-read. Their cost grows with the text (the checks'
/// about 14 s a megabyte of text that speaks of the terms in every sentence, the mentions' about
/// 0.8 s a megabyte, on the test machine), so that a pasted book or a runaway import cannot hold
/// `gloss check`, a build or a watch rebuild for seconds or minutes. A longer article is
/// published unchecked, with a warning.
pub const MAX_CHECKED_BODY: usize = 512 * 1024;

impl Article {
    /// Whether the article is over [`MAX_CHECKED_BODY`].
    pub fn too_long_to_check(&self) -> bool {
        self.body.len() > MAX_CHECKED_BODY
    }
}

/// The date an article is judged at (its stage): the date of the event it covers, or its own.
/// The terms in force then are the ones its claims are compared with.
pub fn stage_date(article: &Article, terms: &terms::Terms) -> Option<NaiveDate> {
    article.event.as_deref().and_then(|e| terms.event(e)).map(|e| e.date).or(article.published)
}

/// Renders front matter and body as an article file.
pub fn to_file_text(front: &FrontMatter, body: &str) -> String {
    // Strings, a date and a bool always serialise: a failure is a bug, and must not write an
    // article without its front matter.
    let toml = toml::to_string(front).expect("front matter serialises");
    let mut out = String::with_capacity(toml.len() + body.len() + 16);
    out.push_str(FENCE);
    out.push('\n');
    out.push_str(&toml);
    out.push_str(FENCE);
    out.push_str("\n\n");
    out.push_str(body.trim_end());
    out.push('\n');
    out
}

/// Whether `slug` is usable as a file and folder name: lowercase ASCII letters, digits and single
/// inner hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Makes a slug from a headline: lowercase ASCII words joined by hyphens, at most 80 bytes,
/// cut at a word boundary. Letters of other scripts are transliterated (deunicode: "Pérez" →
/// "perez", "微软" → "wei-ruan", "마이크로소프트" → "maikeurosopeuteu", "مايكروسوفت" →
/// "mykrwswft"), so a slug stays a readable, typeable file and URL name in any language; a
/// change of script starts a new word. A headline with nothing to transliterate gets
/// `article-` and a hash of the headline: stable from run to run, and unique per headline.
pub fn slugify(text: &str) -> String {
    let mut ascii = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for c in text.chars() {
        // A word break where scripts meet: "OpenAI与微软" → "openai-yu-wei-ruan", and between
        // kana and kanji, which deunicode runs together.
        if previous.is_some_and(|p| p.is_alphanumeric() && c.is_alphanumeric() && script(p) != script(c)) {
            ascii.push(' ');
        }
        previous = Some(c);
        if c.is_ascii() {
            ascii.push(c);
        } else {
            ascii.push_str(deunicode::deunicode_char(c).unwrap_or(" "));
        }
    }
    let mut slug = String::new();
    let mut pending_hyphen = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                if slug.len() >= 80 {
                    break;
                }
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            pending_hyphen = true;
        }
    }
    if !slug.is_empty() {
        slug
    } else if !text.chars().any(char::is_alphanumeric) {
        "article".to_string()
    } else {
        // Letters that nothing transliterates: a hash keeps the slug stable and unique.
        format!("article-{:08x}", xxhash_rust::xxh3::xxh3_64(text.trim().as_bytes()) as u32)
    }
}

/// Which of the scripts that a slug separates `c` belongs to.
fn script(c: char) -> u8 {
    use crate::lang::{is_han, is_hangul, is_kana};
    if is_han(c) {
        1
    } else if is_kana(c) {
        2
    } else if is_hangul(c) {
        3
    } else {
        0
    }
}

/// An article's slug: its file's name without `.md` (a name that is not UTF-8 gives an empty
/// slug, which the slug check reports).
pub fn slug_of(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string()
}

/// Splits an article file into front matter and body, and validates the front matter.
/// `path` is the file as diagnostics name it.
pub fn parse_article(text: &str, path: &Path) -> Result<Article, Vec<Diagnostic>> {
    let slug = slug_of(path);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.strip_prefix(FENCE).and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix("\r\n")))
    else {
        return Err(vec![
            Diagnostic::error(path, 1, "the article has no front matter")
                .at_column(1)
                .help("start the file with a `+++` line, then `title = \"…\"`, then another `+++` line"),
        ]);
    };
    let fm_start = text.len() - rest.len();
    let Some(end) = find_closing_fence(rest) else {
        return Err(vec![
            Diagnostic::error(path, 1, "the front matter is not closed")
                .at_column(1)
                .help("end the front matter with a line holding only `+++`"),
        ]);
    };
    let fm_text = &rest[..end];
    let after = &rest[end + FENCE.len()..];
    let body_offset = fm_start + end + FENCE.len() + (after.len() - after.trim_start_matches(['\r', '\n']).len());
    let body = Body::from(&text[body_offset..]);
    let body_line = text[..body_offset].matches('\n').count() + 1;

    let front: FrontMatter = toml::from_str(fm_text).map_err(|e| vec![toml_diagnostic(&e, fm_text, path, 2)])?;
    let mut problems = Vec::new();
    // The line that sets the key, from the parser's spans: not the first place its name appears
    // (a summary may say "published " before the `published` line does, or hold a line
    // `published = …` in a multi-line string).
    let at_key = |key: &str| -> Diagnostic {
        let offset = key_offset(fm_text, key).unwrap_or(0);
        Diagnostic::error(path, 0, String::new()).at_offset(fm_text, offset, 2)
    };
    let texts = [
        ("title", Some(&front.title)),
        ("source", front.source.as_ref()),
        ("byline", front.byline.as_ref()),
        ("summary", front.summary.as_ref()),
        ("event", front.event.as_ref()),
        ("url", front.url.as_ref()),
    ];
    for (key, value) in texts {
        if let Some(c) = value.and_then(|v| v.chars().find(|c| is_unprintable(*c))) {
            let mut d = at_key(key);
            d.message = format!("the {key} holds the invisible character U+{:04X}", u32::from(c));
            // Refused rather than kept: feed.xml and sitemap.xml cannot hold it (XML forbids
            // control characters), and a reader cannot see it.
            problems.push(d.help("delete it (scraped pages carry form feeds and other control characters)"));
        }
    }
    if let Some(url) = &front.url
        && !crate::render::is_safe_url(url)
    {
        let mut d = at_key("url");
        d.message = format!("the url `{}` is not a web address", url.escape_debug());
        problems.push(d.help("write the original's http:// or https:// address (javascript:, data: and other schemes could run a script in a reader's browser)"));
    }
    if front.title.trim().is_empty() {
        let mut d = at_key("title");
        d.message = "the title is empty".into();
        problems.push(d.help("give the article its headline: title = \"…\""));
    }
    if !is_valid_slug(&slug) {
        problems.push(
            Diagnostic::error(path, 0, format!("`{slug}` is not a usable slug")).help(format!(
                "rename the file to lowercase letters, digits and hyphens, e.g. `{}.md`",
                slugify(&slug)
            )),
        );
    }
    let published = match &front.published {
        None => None,
        Some(dt) => match (dt.date, dt.time) {
            (Some(d), None) => NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day)),
            _ => None,
        }
        .or_else(|| {
            let mut d = at_key("published");
            d.message = format!("published = {dt} is not a date");
            problems.push(d.help("write a plain date without quotes, e.g. published = 2025-09-11"));
            None
        }),
    };
    if let Some(tag) = &front.lang
        && let Err(bad) = crate::lang::check_tag(tag)
    {
        let offset = key_offset(fm_text, "lang").unwrap_or(0);
        problems.push(Diagnostic::error(path, 0, bad.message).at_offset(fm_text, offset, 2).help(bad.help));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Article {
        id: ArticleId::of(&slug),
        slug,
        path: path.to_path_buf(),
        title: front.title,
        source: front.source,
        url: front.url,
        published,
        date_is_event: front.date_is_event,
        byline: front.byline,
        summary: front.summary,
        event: front.event,
        lang: front.lang,
        body,
        body_line,
        hash: xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
    })
}

/// The error for an article whose `event` is not an event of the terms (`E9`, `e5`): without it
/// the article would silently be dated by its publication date. `text` is the article's file, to
/// place the error at the `event` line; the help names the closest id, or lists them all.
pub fn unknown_event(article: &Article, text: &str, terms: &Terms) -> Option<Diagnostic> {
    let event = article.event.as_deref()?;
    if terms.event(event).is_some() {
        return None;
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fm_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let rest = &text[fm_start..];
    let fm_text = &rest[..find_closing_fence(rest).unwrap_or(rest.len())];
    let offset = key_offset(fm_text, "event").unwrap_or(0);
    let d = Diagnostic::error(&article.path, 0, format!("`{event}` is not an event of content/terms.toml"))
        .at_offset(fm_text, offset, 2);
    Some(d.help(terms::unknown_help(event, "events", terms.event_ids())))
}

/// A character that XML cannot hold or a reader cannot see in a title: C0 and C1 controls
/// (but tab, line feed and carriage return) and the noncharacters U+FFFE and U+FFFF.
pub fn is_unprintable(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The offset in `rest` of a line holding only the fence.
fn find_closing_fence(rest: &str) -> Option<usize> {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FENCE {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Article, Vec<Diagnostic>> {
        parse_article(text, Path::new("content/articles/a-b.md"))
    }

    #[test]
    fn parses_front_matter_and_body() {
        let a = parse("+++\ntitle = \"Hello\"\npublished = 2025-09-11\ndate_is_event = true\n+++\n\nBody ’text’.\n")
            .expect("valid");
        assert_eq!(a.slug, "a-b");
        assert_eq!(a.title, "Hello");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 9, 11));
        assert!(a.date_is_event);
        assert_eq!(&*a.body, "Body ’text’.\n");
        assert_eq!(a.body_line, 7);
    }

    /// Issue 17: a body read later was not checked against the hash the cache kept of its file.
    #[test]
    fn a_body_read_later_from_other_bytes_is_unverified() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.md");
        let text = "+++\ntitle = \"A\"\n+++\n\nThe body.\n";
        std::fs::write(&path, text).expect("write");
        let at = text.find("The body").expect("a body");
        let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
        let body = Body::later(path.clone(), at, text.len() - at, hash);
        assert_eq!(&*body, "The body.\n");
        assert!(!body.unverified());
        // A stamp that lies: same size, other bytes.
        std::fs::write(&path, text.replace("The body", "The bogus")).expect("write");
        let body = Body::later(path.clone(), at, text.len() - at, hash);
        assert_eq!(&*body, "", "bytes the cache cannot vouch for are not used");
        assert!(body.unverified());
        // A file gone since.
        std::fs::remove_file(&path).expect("remove");
        let body = Body::later(path, at, text.len() - at, hash);
        assert!(body.is_empty() || body.len() == text.len() - at);
        assert_eq!(&*body, "");
        assert!(body.unverified());
    }

    /// Issue 17: a one-shot build lets an article's text go once the stages have read it, and
    /// its page reads it again from the file: with or without a byte order mark (which the
    /// article's hash leaves out), from a parsed body or one read later, never kept in memory by
    /// that read; a file changed since reads as nothing and marks the body unverified.
    #[test]
    fn a_released_body_reads_again_from_its_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let text = "+++\ntitle = \"A\"\n+++\n\nThe body, ’quoted’.\n\nIts second paragraph.\n";
        for (name, bom) in [("a.md", ""), ("b.md", "\u{feff}")] {
            let path = dir.path().join(name);
            let file = format!("{bom}{text}");
            std::fs::write(&path, &file).expect("write");
            let a = parse_article(&file, Path::new(name)).expect("valid");
            assert!(a.body.is_read());
            let body = a.body.released(path.clone(), a.hash);
            assert!(!body.is_read(), "{name}: the text was let go");
            assert_eq!(body.len(), a.body.len(), "{name}: its length is kept");
            assert_eq!(&*body.read(), &*a.body, "{name}");
            assert!(!body.is_read(), "{name}: a page's read does not keep the text");
            assert!(!body.unverified(), "{name}");
            // A body read later (which knows its offset) released: the same text.
            let at = file.len() - a.body.len();
            let whole = xxhash_rust::xxh3::xxh3_64(file.as_bytes());
            let later = Body::later(path.clone(), at, a.body.len(), whole);
            assert_eq!(&*later.released(path.clone(), whole).read(), &*a.body, "{name}");
            assert_eq!(&*later.released(path.clone(), a.hash).read(), &*a.body, "{name}");
            // Changed since, the same size: not trusted, and the mark outlives another release.
            std::fs::write(&path, file.replace("second", "secund")).expect("write");
            let body = a.body.released(path.clone(), a.hash);
            assert_eq!(&*body.read(), "", "{name}: bytes the hash does not vouch for are not used");
            assert!(body.unverified(), "{name}");
            assert!(body.released(path.clone(), a.hash).unverified(), "{name}");
            // Gone.
            std::fs::remove_file(&path).expect("remove");
            let body = a.body.released(path, a.hash);
            assert_eq!(&*body.read(), "");
            assert!(body.unverified(), "{name}");
        }
    }

    #[test]
    fn bad_toml_is_located_in_the_file() {
        let errs = parse("+++\ntitle = \"Hello\"\nsource = oops\n+++\nbody").expect_err("bad toml");
        assert_eq!(errs[0].line, 3, "{}", errs[0]);
    }

    #[test]
    fn unknown_key_and_missing_title_are_errors() {
        let errs = parse("+++\ntitel = \"x\"\n+++\n").expect_err("unknown key");
        assert!(errs[0].message.contains("titel"), "{}", errs[0]);
        let errs = parse("+++\ntitle = \"  \"\n+++\n").expect_err("empty title");
        assert_eq!(errs[0].line, 2);
    }

    /// Issue 15, defect 13: control characters in a title made feed.xml and sitemap.xml
    /// ill-formed; issue 15, defect 16: errors were placed at the first `published ` in the text.
    #[test]
    fn defect_13_control_characters_in_a_title_are_errors_at_its_line() {
        // TOML takes them only as escapes: a form feed, U+0001, U+FFFE, a C1 control.
        for (escape, c) in [("\\f", '\u{c}'), ("\\u0001", '\u{1}'), ("\\uFFFE", '\u{FFFE}'), ("\\u0085", '\u{85}')] {
            let text = format!("+++\nsummary = \"x\"\ntitle = \"A{escape}B\"\n+++\n\nBody.\n");
            let err = parse(&text).expect_err("a control character");
            assert_eq!(err[0].line, 3, "{err:?}");
            assert!(err[0].message.contains(&format!("U+{:04X}", u32::from(c))), "{err:?}");
        }
        let err = parse(
            "+++\ntitle = \"A\"\nsummary = \"published yesterday\"\npublished = 2025-09-11T10:00:00\n+++\n\nB.\n",
        )
        .expect_err("a datetime");
        assert_eq!(err[0].line, 4, "{err:?}");
        let err = parse("+++\ntitle = \"A\"\nurl = \"javascript:alert(1)\"\n+++\n\nB.\n").expect_err("a script url");
        assert_eq!(err[0].line, 3, "{err:?}");
        assert!(err[0].message.contains("not a web address"), "{err:?}");
    }

    /// Issue 15, defect 16: front-matter errors were placed by looking for the key's name in
    /// the text, so a multi-line summary holding a line `published = …` or a quoted key
    /// (`"url" = …`) put them on the wrong line; and each problem of the front matter is
    /// reported in the same run.
    #[test]
    fn defect_16_front_matter_errors_are_at_the_parsers_spans_all_at_once() {
        let text = "+++\ntitle = \"\"\nsummary = \"\"\"\npublished = this line is the dek's\nlang = too\n\"\"\"\n\
                    \"url\" = \"javascript:alert(1)\"\nsource = \"Out\\u0001let\"\npublished = 2025-09-11T10:00:00\n\
                    lang = \"english\"\n+++\n\nB.\n";
        let err = parse(text).expect_err("five problems");
        let mut found: Vec<(usize, &str)> =
            err.iter().map(|d| (d.line, d.message.split(' ').take(3).last().unwrap_or_default())).collect();
        found.sort();
        assert_eq!(
            found,
            vec![(2, "is"), (7, "`javascript:alert(1)`"), (8, "holds"), (9, "2025-09-11T10:00:00"), (10, "not")],
            "{err:#?}"
        );
    }

    #[test]
    fn missing_or_unclosed_front_matter() {
        assert!(parse("no front matter").expect_err("none")[0].message.contains("no front matter"));
        assert!(parse("+++\ntitle = \"x\"\n").expect_err("open")[0].message.contains("not closed"));
    }

    #[test]
    fn a_datetime_is_not_a_date() {
        let errs = parse("+++\ntitle = \"x\"\npublished = 2025-09-11T10:00:00Z\n+++\n").expect_err("datetime");
        assert_eq!(errs[0].line, 3);
    }

    #[test]
    fn round_trips_through_file_text() {
        let front = FrontMatter {
            title: "T “q”".into(),
            published: Some("2026-04-27".parse().expect("date")),
            event: Some("E5".into()),
            ..FrontMatter::default()
        };
        let a = parse(&to_file_text(&front, "Body.")).expect("round trip");
        assert_eq!(a.title, "T “q”");
        assert_eq!(a.event.as_deref(), Some("E5"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2026, 4, 27));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Microsoft and OpenAI: A $4.5 Trillion Pivot!"),
            "microsoft-and-openai-a-4-5-trillion-pivot"
        );
        assert_eq!(slugify("OpenAI’s deal"), "openais-deal");
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("—"), "article");
        assert!(is_valid_slug("a-1"));
        assert!(!is_valid_slug("A"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug("../x"));
    }

    #[test]
    fn lang_is_read_and_checked_where_it_is_written() {
        let a = parse("+++\ntitle = \"Hola\"\nlang = \"es\"\n+++\n\nTexto.\n").expect("valid");
        assert_eq!(a.lang.as_deref(), Some("es"));
        let a = parse("+++\ntitle = \"T\"\n+++\n").expect("valid");
        assert_eq!(a.lang, None);
        let errs =
            parse("+++\ntitle = \"T\"\nsummary = \"lang = en\"\n  lang = \"zh_CN\"\n+++\n").expect_err("malformed");
        assert_eq!((errs[0].line, errs[0].column), (4, 3), "{}", errs[0]);
        assert!(errs[0].message.contains("`zh_CN` is not a BCP 47 language tag"), "{}", errs[0]);
        assert_eq!(errs[0].help.as_deref(), Some("subtags are joined by hyphens: `zh-CN`"));
        let errs = parse("+++\ntitle = \"T\"\nlang = \"jp\"\n+++\n").expect_err("unknown");
        assert_eq!(errs[0].line, 3);
        assert!(errs[0].message.contains("`jp` is not a known language tag"), "{}", errs[0]);
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `ja`?"));
    }

    #[test]
    fn lang_round_trips_through_file_text() {
        let front = FrontMatter { title: "微软".into(), lang: Some("zh".into()), ..FrontMatter::default() };
        let text = to_file_text(&front, "正文。");
        assert!(text.contains("lang = \"zh\"\n"), "{text}");
        assert_eq!(parse(&text).expect("round trip").lang.as_deref(), Some("zh"));
    }

    /// Headlines in other scripts get readable lowercase ASCII slugs, not `article`.
    #[test]
    fn slugs_of_headlines_in_any_language() {
        let cases = [
            (
                "Microsoft y OpenAI renegocian su alianza: qué cambia",
                "microsoft-y-openai-renegocian-su-alianza-que-cambia",
            ),
            ("Übernahme? Nein: Microsoft behält die Lizenz", "ubernahme-nein-microsoft-behalt-die-lizenz"),
            ("Ce que l’accord change pour Azure", "ce-que-laccord-change-pour-azure"),
            ("微软与OpenAI修改合作协议", "wei-ruan-yu-openai-xiu-gai-he-zuo-xie-yi"),
            ("マイクロソフトとOpenAI、提携を見直し", "maikurosohutoto-openai-ti-xi-wo-jian-zhi-si"),
            ("마이크로소프트와 오픈AI, 파트너십 재편", "maikeurosopeuteuwa-opeun-ai-pateuneosib-jaepyeon"),
            ("مايكروسوفت وأوبن إيه آي تعدلان الشراكة", "mykrwswft-wwbn-yh-ay-t-dln-lshrk"),
            ("מיקרוסופט ו-OpenAI משנות את ההסכם", "myqrvsvpt-v-openai-mshnvt-t-hhskm"),
        ];
        for (title, slug) in cases {
            assert_eq!(slugify(title), slug, "{title}");
            assert!(is_valid_slug(&slugify(title)), "{title}");
        }
        // Nothing to transliterate: a stable slug per headline.
        let unknown = "\u{11A00}\u{11A00}";
        assert_eq!(slugify(unknown), slugify(unknown));
        assert!(slugify(unknown).starts_with("article-"), "{}", slugify(unknown));
        assert!(is_valid_slug(&slugify(unknown)));
        assert_ne!(slugify(unknown), slugify("\u{11A00}"));
    }
}
