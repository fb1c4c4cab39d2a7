//! gloss builds annotated news digests: articles shown verbatim, with margin notes wherever a
//! claim contradicts the official terms of a deal or another outlet.
//!
//! The pipeline flows one way, each stage a function from the previous stage's output:
//! [`site::load`] → render ([`render`], [`pages`]) → write ([`write`]).

pub mod anchor;
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
pub mod timeline;
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
        timeline,
        problems,
        ..
    } = prepare(&options.root)?;
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Content(problems));
    }
    let templates = Templates::load(&options.root)?;
    let staging = Staging::begin(&options.output, options.force)?;
    render_site(&site, &notes, &timeline, options.build_date, &templates, &staging)?;
    copy_static(&options.root, &staging)?;
    let written = staging.commit()?;
    Ok(BuildReport {
        files: written.files,
        written: written.written,
        articles: site.articles.len(),
        warnings: Vec::new(),
        millis: started.elapsed().as_millis(),
    })
}

/// Load, then anchor and check: the stages before rendering, with every problem they found.
fn prepare(root: &Path) -> Result<Prepared> {
    let (site, mut problems) = site::load(root)?;
    let docs: Vec<anchor::Doc> = site.articles.par_iter().map(|a| anchor::Doc::new(&a.body)).collect();
    let (notes, note_problems) = notes::resolve(&site, &docs);
    problems.extend(note_problems);
    let (timeline, timeline_problems) = timeline::prepare(&site.terms, &docs);
    problems.extend(timeline_problems);
    Ok(Prepared {
        site,
        docs,
        notes,
        timeline,
        problems,
    })
}

/// The output of the stages before rendering: plain data the renderer reads.
pub struct Prepared {
    pub site: Site,
    /// Each article's visible text, in the order of `site.articles`.
    pub docs: Vec<anchor::Doc>,
    pub notes: Notes,
    /// The milestones and each article's mentions of them.
    pub timeline: timeline::Timeline,
    pub problems: Vec<Diagnostic>,
}

/// Every problem in the digest, writing nothing.
pub fn check(root: &Path, _build_date: NaiveDate) -> Result<Vec<Diagnostic>> {
    let mut problems = match prepare(root) {
        Ok(prepared) => prepared.problems,
        Err(Error::Content(d)) => d,
        Err(e) => return Err(e),
    };
    match Templates::load(root) {
        Ok(_) => {}
        Err(Error::Content(d)) => problems.extend(d),
        Err(e) => return Err(e),
    }
    Ok(problems)
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
    timeline: &timeline::Timeline,
    today: NaiveDate,
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
    let has_timeline = !timeline.milestones.is_empty();
    if has_timeline {
        nav.push(NavItem {
            id: "timeline",
            label: "Timeline",
            href: "timeline/index.html",
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
            let placements: Vec<Placement> = article_notes
                .iter()
                .map(|n| Placement {
                    block: n.anchor.block,
                    start: n.anchor.start,
                    end: n.anchor.end,
                    number: n.number,
                    html: pages::notes::note_html(n, &site.terms, &site.articles, "../../"),
                })
                .collect();
            let mentions = timeline.mentions.get(i).map_or(&[][..], Vec::as_slice);
            let targets = timeline::targets(mentions);
            let (body, placed, targets_placed) =
                render::article_to_html_with_targets(&article.body, &placements, &targets);
            if placed != placements.len() || targets_placed != targets.len() {
                return Err(Error::Content(vec![
                    Diagnostic::error(
                        &article.path,
                        0,
                        format!(
                            "{} of {} notes and {} of {} timeline links could not be placed",
                            placements.len() - placed,
                            placements.len(),
                            targets.len() - targets_placed,
                            targets.len()
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
            ctx.insert(
                "milestones",
                &timeline::article_milestones(&timeline.milestones, mentions, today),
            );
            out.put(&item.href, page("article.html", &ctx)?.as_bytes())
        })?;

    let mut ctx = base_context(&view, nav, 0, "");
    ctx.insert("current", "index");
    ctx.insert("articles", &items);
    ctx.insert("has_terms", &!site.terms.events.is_empty());
    ctx.insert("has_timeline", &has_timeline);
    out.put("index.html", page("index.html", &ctx)?.as_bytes())?;

    if has_timeline {
        let mut ctx = base_context(&view, nav, 1, "timeline/");
        ctx.insert("current", "timeline");
        ctx.insert(
            "timeline",
            &timeline::page(timeline, &site.terms, &site.articles, &notes.by_article, today),
        );
        out.put("timeline/index.html", page("timeline.html", &ctx)?.as_bytes())?;
    }

    if !site.terms.events.is_empty() {
        let mut ctx = base_context(&view, nav, 1, "terms/");
        ctx.insert("current", "terms");
        ctx.insert(
            "events",
            &pages::terms::events(&site.terms, &site.articles, &notes.by_article),
        );
        out.put("terms/index.html", page("terms.html", &ctx)?.as_bytes())?;
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
    if has_timeline {
        entries.push(SitemapEntry {
            path: "timeline/",
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
