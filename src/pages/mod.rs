//! Pages from templates: tera, the default templates embedded in the binary, a site's own
//! templates/ overriding them file by file, and the borrowed view structs templates see.
//!
//! View structs exist only for templates (Zola's `SerializingPage` idea), so domain types do not
//! bend to what a template wants. Every link they carry is relative to the page (`root` is the
//! way back to the site's top), so the output works at a host's root, under a sub-path and from
//! disk.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;
use tera::{Context, Tera};

use crate::anchor::Doc;
use crate::checks::{Checked, Checker, Finding};
use crate::config::Config;
use crate::content::when::human_date;
use crate::content::{Article, Corpus};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::notes::Notes;
use crate::timeline::Timeline;

pub mod article;
pub mod front;
pub mod listings;
pub mod note_markup;
pub mod rows;
pub mod sources;
pub mod terms;
pub mod timeline;

/// The output of the stages before rendering: plain data the pages read. Arrays are in the
/// reading order of `corpus.articles`.
pub struct Prepared {
    pub corpus: Corpus,
    /// Each article's visible text.
    pub docs: Arc<Vec<Doc>>,
    pub notes: Notes,
    /// The automatic checks' findings (shared with watch mode's memo).
    pub checked: Arc<Checked>,
    /// Where each article's findings sit in `checked.findings`.
    pub findings: Arc<Vec<Range<usize>>>,
    /// The milestones and each article's mentions of them.
    pub timeline: Timeline,
    pub problems: Vec<Diagnostic>,
    /// How many blocks of each article's visible text are its body's: the rest (headline,
    /// dek) are rendered in the page's header. Kept apart from `docs`, which a build drops
    /// before rendering.
    pub body_blocks: Arc<Vec<usize>>,
    /// The compiled checks, for what reads the articles again (the review queue).
    pub checker: Arc<Checker>,
}

impl Prepared {
    /// Article `i`'s findings.
    pub fn findings_of(&self, i: usize) -> &[Finding] {
        self.findings.get(i).and_then(|r| self.checked.findings.get(r.clone())).unwrap_or_default()
    }
}

/// The default templates, embedded so that gloss builds a site that has no templates/.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("404.html", include_str!("../../templates/404.html")),
    ("feed.xml", include_str!("../../templates/feed.xml")),
    ("sitemap.xml", include_str!("../../templates/sitemap.xml")),
    ("sitemap-index.xml", include_str!("../../templates/sitemap-index.xml")),
    ("robots.txt", include_str!("../../templates/robots.txt")),
    ("terms.html", include_str!("../../templates/terms.html")),
    ("sources.html", include_str!("../../templates/sources.html")),
    ("timeline.html", include_str!("../../templates/timeline.html")),
    ("timeline-chart.html", include_str!("../../templates/timeline-chart.html")),
    ("pager.html", include_str!("../../templates/pager.html")),
    ("index-item.html", include_str!("../../templates/index-item.html")),
    ("feed-entry.xml", include_str!("../../templates/feed-entry.xml")),
    ("sitemap-url.xml", include_str!("../../templates/sitemap-url.xml")),
    ("sources-row.html", include_str!("../../templates/sources-row.html")),
    ("terms-article.html", include_str!("../../templates/terms-article.html")),
    ("timeline-article.html", include_str!("../../templates/timeline-article.html")),
    ("style.css", include_str!("../../templates/style.css")),
];

/// The loaded templates, and where each came from (for error messages).
pub struct Templates {
    tera: Tera,
    sources: Vec<(String, PathBuf)>,
    /// The templates the site has its own copy of.
    overridden: Vec<String>,
    /// Each template's name and a hash of its text, in load order.
    hashes: Vec<(String, u64)>,
}

impl Templates {
    /// Loads the defaults, replacing each by `root/templates/<name>` where that file exists.
    /// Extra templates in the site's folder are loaded too, so overrides can include them.
    pub fn load(root: &Path) -> Result<Templates> {
        let dir = root.join("templates");
        let mut sources: Vec<(String, PathBuf, String)> = Vec::new();
        for (name, text) in DEFAULTS {
            let own = dir.join(name);
            match fs::read_to_string(&own) {
                Ok(t) => sources.push((name.to_string(), own, t)),
                // An override that exists but cannot be read (permissions, not UTF-8) is an
                // error, not silently replaced by the default (issue 15, defect 16).
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(Error::read(&own, e)),
                Err(_) => sources.push((
                    name.to_string(),
                    PathBuf::from(format!("(built-in) templates/{name}")),
                    text.to_string(),
                )),
            }
        }
        if let Ok(entries) = fs::read_dir(&dir) {
            let mut extra: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            extra.sort();
            for path in extra {
                let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
                    continue;
                };
                if path.is_file() && !crate::load::is_editor_temp(&name) && !sources.iter().any(|s| s.0 == name) {
                    let text = fs::read_to_string(&path).map_err(|e| Error::read(&path, e))?;
                    sources.push((name, path, text));
                }
            }
        }
        let hashes: Vec<(String, u64)> =
            sources.iter().map(|(n, _, t)| (n.clone(), xxhash_rust::xxh3::xxh3_64(t.as_bytes()))).collect();
        let overridden: Vec<String> =
            sources.iter().filter(|(_, p, _)| p.starts_with(&dir)).map(|(n, _, _)| n.clone()).collect();
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let added = tera.add_raw_templates(sources.iter().map(|(n, _, t)| (n.as_str(), t.as_str())));
        let shown: Vec<(String, PathBuf)> = sources
            .into_iter()
            .map(|(n, p, _)| (n, p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p)))
            .collect();
        let templates = Templates { tera, sources: shown, overridden, hashes };
        added.map_err(|e| Error::Content(vec![templates.diagnostic(&e)]))?;
        Ok(templates)
    }

    /// The hash of template `name`'s text (0: no such template).
    pub fn hash(&self, name: &str) -> u64 {
        self.hashes.iter().find(|(n, _)| n == name).map_or(0, |(_, h)| *h)
    }

    /// The site's own templates that are no default's (any template may include them), with
    /// their hashes.
    pub fn extras(&self) -> impl Iterator<Item = &(String, u64)> {
        self.hashes.iter().filter(|(n, _)| !DEFAULTS.iter().any(|d| d.0 == n))
    }

    /// Whether the site has its own copy of template `name`.
    pub fn is_overridden(&self, name: &str) -> bool {
        self.overridden.iter().any(|n| n == name)
    }

    /// Renders a template; an error names the template file and line.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|e| self.diagnostic(&e))
    }

    /// The stylesheet or another template used verbatim.
    pub fn raw(&self, name: &str) -> Result<String, Diagnostic> {
        self.render(name, &Context::new())
    }

    fn diagnostic(&self, err: &tera::Error) -> Diagnostic {
        // The located report may sit anywhere in the error's chain (an unknown filter is
        // wrapped in a rendering error, for one): take the first, and every message on the way.
        let mut located = None;
        let mut messages = Vec::new();
        let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
        while let Some(e) = current {
            match e.downcast_ref::<tera::Error>().map(tera::Error::kind) {
                Some(tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r)) => {
                    messages.push(r.message().to_string());
                    located.get_or_insert((r.filename().to_string(), r.span().start_line, r.span().start_col + 1));
                }
                Some(tera::ErrorKind::Msg(m)) => messages.push(m.clone()),
                _ => messages.push(e.to_string()),
            }
            current = e.source();
        }
        messages.dedup();
        // Some errors arrive already rendered as a report ("error: …\n --> file:line:col"):
        // read the location back out of it and keep only its first line.
        if located.is_none() {
            located = messages.iter().find_map(|m| parse_report_location(m));
        }
        for m in &mut messages {
            if m.contains("\n --> ") {
                *m = m.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
            }
        }
        let (file, line, column) = located.unwrap_or_default();
        let path = self
            .sources
            .iter()
            .find(|(n, _)| *n == file)
            .map_or_else(|| PathBuf::from(format!("templates/{file}")), |(_, p)| p.clone());
        Diagnostic::error(path, line, format!("template error: {}", messages.join(": ")))
            .at_column(column)
            .help("fix the template, or delete your copy in templates/ to use the built-in one")
    }
}

/// The `file:line:col` of a rendered tera report's ` --> ` line.
fn parse_report_location(report: &str) -> Option<(String, usize, usize)> {
    let line = report.lines().find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = line.rsplitn(3, ':');
    let column = parts.next()?.trim().parse().ok()?;
    let row = parts.next()?.trim().parse().ok()?;
    Some((parts.next()?.to_string(), row, column))
}

/// The site as every template sees it.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub base_url: &'a str,
    pub author: &'a str,
    /// The introduction as HTML.
    pub introduction: String,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config) -> Self {
        SiteView {
            title: &config.title,
            language: &config.language,
            base_url: &config.base_url,
            author: config.author.as_deref().unwrap_or(&config.title),
            introduction: crate::render::markdown_to_html(&config.introduction),
        }
    }
}

/// A date as pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2026-04-27`, for `<time datetime>`.
    pub iso: String,
    /// `27 April 2026`.
    pub human: String,
    /// The page carried no date; this is the date of the event it covers.
    pub is_event: bool,
}

impl DateView {
    pub fn new(date: NaiveDate, is_event: bool) -> Self {
        DateView { iso: date.format("%Y-%m-%d").to_string(), human: human_date(date), is_event }
    }
}

/// An article as listings show it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleItem<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub event: Option<&'a str>,
    /// The article's language (BCP 47), when its front matter gives one.
    pub lang: Option<&'a str>,
    /// `rtl` for a language written right to left.
    pub dir: Option<&'static str>,
    pub date: Option<DateView>,
    /// From the site's top: `articles/<slug>/index.html`.
    pub href: String,
    /// The address for feeds and sitemaps: `articles/<slug>/`.
    pub path: String,
    /// How many notes of each kind the article has (kinds with none left out).
    pub notes: Vec<KindCount>,
}

/// A count of notes of one kind.
#[derive(Debug, Clone, Serialize)]
pub struct KindCount {
    pub kind: &'static str,
    pub label: &'static str,
    pub count: usize,
    /// The count in words, as a chip shows it: "3 contradictions of the terms".
    pub text: String,
}

impl KindCount {
    pub fn new(kind: crate::content::annotations::NoteKind, count: usize) -> Self {
        use crate::content::annotations::NoteKind;
        // A noun that takes a plural: "3 contradicts the terms" read as a typo.
        let (one, many) = match kind {
            NoteKind::ContradictsTerms => ("contradiction of the terms", "contradictions of the terms"),
            NoteKind::ContradictsSource => ("contradiction between outlets", "contradictions between outlets"),
            NoteKind::Unsupported => ("unsupported claim", "unsupported claims"),
            NoteKind::Context => ("context note", "context notes"),
        };
        KindCount {
            kind: kind.id(),
            label: kind.label(),
            count,
            text: format!("{count} {}", if count == 1 { one } else { many }),
        }
    }
}

/// A link in the site's navigation.
#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub id: &'static str,
    pub label: &'static str,
    /// From the site's top.
    pub href: &'static str,
}

impl<'a> ArticleItem<'a> {
    pub fn new(a: &'a Article) -> Self {
        ArticleItem {
            slug: &a.slug,
            title: &a.title,
            source: a.source.as_deref(),
            url: a.url.as_deref().filter(|u| crate::render::is_safe_url(u)),
            byline: a.byline.as_deref(),
            summary: a.summary.as_deref(),
            event: a.event.as_deref(),
            lang: a.lang.as_deref(),
            dir: a.lang.as_deref().and_then(crate::lang::direction),
            date: a.published.map(|d| DateView::new(d, a.date_is_event)),
            href: article_href(&a.slug),
            path: article_path(&a.slug),
            notes: Vec::new(),
        }
    }
}

/// ` lang="…"` (and ` dir="rtl"` for a language written right to left) for an article's words
/// quoted or named on another page, when its front matter names its language; nothing
/// otherwise. The built-in rows and the notes write it as the default templates do.
pub fn lang_attr(lang: Option<&str>) -> String {
    let Some(l) = lang else { return String::new() };
    match crate::lang::direction(l) {
        Some(dir) => format!(" lang=\"{}\" dir=\"{dir}\"", crate::render::Escape(l)),
        None => format!(" lang=\"{}\"", crate::render::Escape(l)),
    }
}

pub fn article_href(slug: &str) -> String {
    format!("articles/{slug}/index.html")
}

pub fn article_path(slug: &str) -> String {
    format!("articles/{slug}/")
}

/// A context with what every page needs: the site, the way back to the top, and the page's own
/// address (for its canonical link).
pub fn base_context(site: &SiteView<'_>, nav: &[NavItem], depth: usize, path: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("site", site);
    ctx.insert("nav", nav);
    ctx.insert("root", &"../".repeat(depth));
    ctx.insert("page_path", path);
    ctx
}

/// Where the site's top is, as a path from the host's root: for the 404 page, which a host
/// serves at any missing address, where relative links break. It is the path of `base_url`, or
/// `/` when `base_url` is a placeholder (example.org, `.example`, `.test`, `.invalid`,
/// localhost), which says nothing about where the site is and must not be linked to.
pub fn home_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let placeholder = ["example.org", "example.com", "example.net", "localhost"]
        .iter()
        .any(|p| host == *p || host.ends_with(&format!(".{p}")))
        || [".example", ".test", ".invalid"].iter().any(|t| host.ends_with(t));
    if placeholder || path.is_empty() {
        return "/".to_string();
    }
    let path = path.split(['?', '#']).next().unwrap_or("");
    format!("/{}/", path.trim_matches('/')).replace("//", "/")
}

#[cfg(test)]
mod home_tests {
    use super::home_path;

    /// Issue 16: the 404 page linked to the placeholder example.org.
    #[test]
    fn the_404_page_links_to_the_base_url_path_or_the_host_root() {
        assert_eq!(home_path("https://news.example.net/"), "/");
        assert_eq!(home_path("https://example.org/gloss/"), "/");
        assert_eq!(home_path("https://digest.test/a/"), "/");
        assert_eq!(home_path("http://localhost:1111/"), "/");
        assert_eq!(home_path("https://deal.news/"), "/");
        assert_eq!(home_path("https://deal.news/digest/"), "/digest/");
        assert_eq!(home_path("https://user.github.io/repo/site/"), "/repo/site/");
    }
}
