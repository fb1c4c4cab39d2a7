//! gloss builds annotated news digests: articles shown verbatim, with margin notes wherever a
//! claim contradicts the official terms of a deal or another outlet.
//!
//! The pipeline flows one way, each stage a function from the previous stage's output:
//! [`site::load`] → render ([`render`], [`pages`]) → write ([`write`]).

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
pub mod site;
pub mod text;
pub mod write;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use walkdir::WalkDir;

pub use error::{Error, Result};

use crate::content::notes::NoteKind;
use crate::diag::Diagnostic;
use crate::notes::Notes;
use crate::pages::{ArticleItem, KindCount, NavItem, SiteView, Templates, base_context};
use crate::render::Placement;
use crate::site::Site;
use crate::write::Staging;

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

/// Builds the site: load, render, write. Any error leaves the previous output untouched.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let Prepared {
        site,
        notes,
        checked,
        problems,
        ..
    } = prepare(&options.root)?;
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Content(problems));
    }
    let templates = Templates::load(&options.root)?;
    let staging = Staging::begin(&options.output, options.force)?;
    render_site(&site, &notes, &checked, &templates, &staging)?;
    copy_static(&options.root, &staging)?;
    let written = staging.commit()?;
    Ok(BuildReport {
        files: written.files,
        written: written.written,
        articles: site.articles.len(),
        warnings: problems,
        millis: started.elapsed().as_millis(),
    })
}

/// Load, then anchor and check: the stages before rendering, with every problem they found.
fn prepare(root: &Path) -> Result<Prepared> {
    let (site, mut problems) = site::load(root)?;
    let docs: Vec<anchor::Doc> = site.articles.par_iter().map(|a| anchor::Doc::new(&a.body)).collect();
    let (mut checked, check_problems) = checks::run(&site, &docs);
    let (notes, note_problems) = notes::resolve(&site, &docs, &mut checked);
    problems.extend(note_problems);
    problems.extend(check_problems);
    Ok(Prepared {
        site,
        docs,
        notes,
        checked,
        problems,
    })
}

/// The output of the stages before rendering: plain data the renderer reads.
pub struct Prepared {
    pub site: Site,
    /// Each article's visible text, in the order of `site.articles`.
    pub docs: Vec<anchor::Doc>,
    pub notes: Notes,
    /// The automatic checks' findings.
    pub checked: checks::Checked,
    pub problems: Vec<Diagnostic>,
}

/// Every problem in the digest, writing nothing; and the prepared digest, when it loads, whose
/// `checked` findings `gloss check` lists (content, not problems: they never fail a check).
pub fn check(root: &Path, _build_date: NaiveDate) -> Result<(Vec<Diagnostic>, Option<Prepared>)> {
    let (mut problems, prepared) = match prepare(root) {
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

/// A sitemap entry.
#[derive(Serialize)]
struct SitemapEntry<'a> {
    path: &'a str,
    lastmod: Option<String>,
}

fn render_site(
    site: &Site,
    notes: &Notes,
    checked: &checks::Checked,
    templates: &Templates,
    out: &Staging,
) -> Result<()> {
    let view = SiteView::new(&site.config);
    let mut nav = vec![NavItem {
        id: "index",
        label: "Articles",
        href: "index.html",
    }];
    if !site.terms.events.is_empty() {
        nav.push(NavItem {
            id: "terms",
            label: "Official terms",
            href: "terms/index.html",
        });
    }
    let has_sources = !site.terms.claims.is_empty();
    if has_sources {
        nav.push(NavItem {
            id: "sources",
            label: "Sources",
            href: "sources/index.html",
        });
    }
    let nav = &nav;
    let items: Vec<ArticleItem<'_>> = site
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut item = ArticleItem::new(a);
            item.notes = NoteKind::ALL
                .iter()
                .map(|&k| KindCount {
                    kind: k.id(),
                    label: k.label(),
                    count: notes.count(i, k),
                })
                .filter(|c| c.count > 0)
                .collect();
            item
        })
        .collect();
    let page = |name: &str, ctx: &tera::Context| templates.render(name, ctx).map_err(|d| Error::Content(vec![d]));

    site.articles
        .par_iter()
        .enumerate()
        .try_for_each(|(i, article)| -> Result<()> {
            let article_notes = &notes.by_article[i];
            let mut placements: Vec<Placement> = article_notes
                .iter()
                .map(|n| Placement {
                    block: n.anchor.block,
                    start: n.anchor.start,
                    end: n.anchor.end,
                    number: n.number,
                    html: pages::notes::note_html(n, &site.terms, &site.articles, "../../"),
                })
                .collect();
            // Link targets for the sources page at the passages that agree with the terms.
            placements.extend(pages::sources::anchors(&checked.findings, i));
            placements.sort_by_key(|p| (p.block, p.start));
            let (body, placed) = render::article_to_html(&article.body, &placements);
            if placed != placements.len() {
                return Err(Error::Content(vec![
                    Diagnostic::error(
                        &article.path,
                        0,
                        format!(
                            "{} of {} notes could not be placed",
                            placements.len() - placed,
                            placements.len()
                        ),
                    )
                    .help("this is a bug in gloss: please report it with the article and its annotation file"),
                ]));
            }
            let item = &items[i];
            let mut ctx = base_context(&view, nav, 2, &item.path);
            ctx.insert("current", "article");
            ctx.insert("article", item);
            ctx.insert("body", &body);
            ctx.insert(
                "claim_reviews",
                &pages::notes::claim_reviews(article, article_notes, &site.config, &site.terms),
            );
            ctx.insert("prev", &i.checked_sub(1).map(|p| &items[p]));
            ctx.insert("next", &items.get(i + 1));
            out.put(&item.href, page("article.html", &ctx)?.as_bytes())
        })?;

    let mut ctx = base_context(&view, nav, 0, "");
    ctx.insert("current", "index");
    ctx.insert("articles", &items);
    ctx.insert("has_terms", &!site.terms.events.is_empty());
    out.put("index.html", page("index.html", &ctx)?.as_bytes())?;

    if !site.terms.events.is_empty() {
        let mut ctx = base_context(&view, nav, 1, "terms/");
        ctx.insert("current", "terms");
        ctx.insert(
            "events",
            &pages::terms::events(&site.terms, &site.articles, &notes.by_article),
        );
        out.put("terms/index.html", page("terms.html", &ctx)?.as_bytes())?;
    }
    if has_sources {
        let mut ctx = base_context(&view, nav, 1, "sources/");
        ctx.insert("current", "sources");
        ctx.insert(
            "matrix",
            &pages::sources::view(&site.terms, &site.articles, &items, &notes.by_article, checked),
        );
        out.put("sources/index.html", page("sources.html", &ctx)?.as_bytes())?;
    }
    let collection = pages::notes::annotation_collection(&site.articles, &notes.by_article, &site.config, &site.terms);
    out.put("annotations.jsonld", collection.as_bytes())?;

    let updated = site.articles.iter().filter_map(|a| a.published).max();
    let mut ctx = base_context(&view, nav, 0, "feed.xml");
    ctx.insert("articles", &items);
    ctx.insert(
        "updated",
        &updated.map_or_else(|| "1970-01-01".to_string(), |d| d.to_string()),
    );
    out.put("feed.xml", page("feed.xml", &ctx)?.as_bytes())?;

    let mut entries = vec![SitemapEntry {
        path: "",
        lastmod: updated.map(|d| d.to_string()),
    }];
    if !site.terms.events.is_empty() {
        entries.push(SitemapEntry {
            path: "terms/",
            lastmod: None,
        });
    }
    if has_sources {
        entries.push(SitemapEntry {
            path: "sources/",
            lastmod: None,
        });
    }
    entries.extend(items.iter().map(|a| SitemapEntry {
        path: &a.path,
        lastmod: a.date.as_ref().map(|d| d.iso.clone()),
    }));
    let mut ctx = base_context(&view, nav, 0, "sitemap.xml");
    ctx.insert("pages", &entries);
    out.put("sitemap.xml", page("sitemap.xml", &ctx)?.as_bytes())?;

    let ctx = base_context(&view, nav, 0, "robots.txt");
    out.put("robots.txt", page("robots.txt", &ctx)?.as_bytes())?;

    let stylesheet = templates.raw("style.css").map_err(|d| Error::Content(vec![d]))?;
    let mut ctx = base_context(&view, nav, 0, "404.html");
    ctx.insert("stylesheet", &stylesheet);
    out.put("404.html", page("404.html", &ctx)?.as_bytes())?;
    out.put("style.css", stylesheet.as_bytes())
}

/// Copies the site's static/ folder (images, fonts) into the output as it is.
fn copy_static(root: &Path, out: &Staging) -> Result<()> {
    let dir = root.join("static");
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::read(&dir, e.into()))?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || site::is_editor_temp(&name) {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(&dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = fs::read(entry.path()).map_err(|e| Error::read(entry.path(), e))?;
        out.put(&rel, &bytes)?;
    }
    Ok(())
}
