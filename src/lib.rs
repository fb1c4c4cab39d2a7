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

use crate::diag::Diagnostic;
use crate::pages::{ArticleItem, SiteView, Templates, base_context};
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
    let site = site::load(&options.root)?;
    let templates = Templates::load(&options.root)?;
    let staging = Staging::begin(&options.output, options.force)?;
    render_site(&site, &templates, &staging)?;
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

/// Every problem in the digest, writing nothing.
pub fn check(root: &Path, _build_date: NaiveDate) -> Result<Vec<Diagnostic>> {
    let mut problems = Vec::new();
    match site::load(root) {
        Ok(_) => {}
        Err(Error::Content(d)) => problems.extend(d),
        Err(e) => return Err(e),
    }
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

fn render_site(site: &Site, templates: &Templates, out: &Staging) -> Result<()> {
    let view = SiteView::new(&site.config);
    let items: Vec<ArticleItem<'_>> = site.articles.iter().map(ArticleItem::new).collect();
    let page = |name: &str, ctx: &tera::Context| {
        templates
            .render(name, ctx)
            .map_err(|d| Error::Content(vec![d]))
    };

    site.articles
        .par_iter()
        .enumerate()
        .try_for_each(|(i, article)| -> Result<()> {
            let body = render::markdown_to_html(&article.body);
            let item = &items[i];
            let mut ctx = base_context(&view, 2, &item.path);
            ctx.insert("current", "article");
            ctx.insert("article", item);
            ctx.insert("body", &body);
            ctx.insert("prev", &i.checked_sub(1).map(|p| &items[p]));
            ctx.insert("next", &items.get(i + 1));
            out.put(&item.href, page("article.html", &ctx)?.as_bytes())
        })?;

    let mut ctx = base_context(&view, 0, "");
    ctx.insert("current", "index");
    ctx.insert("articles", &items);
    out.put("index.html", page("index.html", &ctx)?.as_bytes())?;

    let updated = site.articles.iter().filter_map(|a| a.published).max();
    let mut ctx = base_context(&view, 0, "feed.xml");
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
    entries.extend(items.iter().map(|a| SitemapEntry {
        path: &a.path,
        lastmod: a.date.as_ref().map(|d| d.iso.clone()),
    }));
    let mut ctx = base_context(&view, 0, "sitemap.xml");
    ctx.insert("pages", &entries);
    out.put("sitemap.xml", page("sitemap.xml", &ctx)?.as_bytes())?;

    let ctx = base_context(&view, 0, "robots.txt");
    out.put("robots.txt", page("robots.txt", &ctx)?.as_bytes())?;

    let stylesheet = templates
        .raw("style.css")
        .map_err(|d| Error::Content(vec![d]))?;
    let mut ctx = base_context(&view, 0, "404.html");
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
