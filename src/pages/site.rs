//! Every page of the site from the prepared digest: article pages in parallel, then the
//! listings. An article page whose inputs did not change since the previous build (in watch
//! mode) is kept, not rendered again; every other file goes to the output, which writes only
//! bytes that changed.

use std::collections::HashMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use walkdir::WalkDir;
use xxhash_rust::xxh3::Xxh3;

use crate::content::notes::NoteKind;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::pages::{self, ArticleItem, KindCount, NavItem, SiteView, Templates, base_context};
use crate::render::{self, Placement};
use crate::write::Output;
use crate::{Prepared, site, timeline};

/// Input hashes of the article pages rendered by the last build, by output path.
pub type PageKeys = HashMap<String, u64>;

/// A sitemap entry.
#[derive(Serialize)]
struct SitemapEntry<'a> {
    path: &'a str,
    lastmod: Option<String>,
}

/// Renders every page into `out`. `previous` holds the last build's page keys (empty for a
/// full build); the keys of this build are returned.
/// `today` is the build date: the timeline's "today" and its relative labels.
pub fn render(
    prepared: &Prepared,
    templates: &Templates,
    out: &dyn Output,
    previous: &PageKeys,
    today: NaiveDate,
) -> Result<PageKeys> {
    let Prepared { site, notes, checked, timeline, .. } = prepared;
    let view = SiteView::new(&site.config);
    let mut nav = vec![NavItem { id: "index", label: "Articles", href: "index.html" }];
    if !site.terms.events.is_empty() {
        nav.push(NavItem { id: "terms", label: "Official terms", href: "terms/index.html" });
    }
    let has_timeline = !timeline.milestones.is_empty();
    if has_timeline {
        nav.push(NavItem { id: "timeline", label: "Timeline", href: "timeline/index.html" });
    }
    let has_sources = !site.terms.claims.is_empty();
    if has_sources {
        nav.push(NavItem { id: "sources", label: "Sources", href: "sources/index.html" });
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
                .map(|&k| KindCount { kind: k.id(), label: k.label(), count: notes.count(i, k) })
                .filter(|c| c.count > 0)
                .collect();
            item
        })
        .collect();
    let page = |name: &str, ctx: &tera::Context| templates.render(name, ctx).map_err(|d| Error::Content(vec![d]));

    let started = std::time::Instant::now();
    // What every article page depends on besides its own article and notes.
    let mut global = Xxh3::new();
    site.config.hash(&mut global);
    // Terms hold compiled checks, which do not hash: their description stands in.
    format!("{:?}", site.terms).hash(&mut global);
    templates.fingerprint().hash(&mut global);
    today.hash(&mut global);
    let global = global.finish();

    let keys: Vec<(String, u64)> = site
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, article)| -> Result<(String, u64)> {
            let item = &items[i];
            let article_notes = &notes.by_article[i];
            // Link targets for the sources page at the passages that agree with the terms.
            let anchors = pages::sources::anchors(&checked.findings, i);
            let mentions = timeline.mentions.get(i).map_or(&[][..], Vec::as_slice);
            let targets = timeline::targets(mentions);
            let mut key = Xxh3::new();
            (global, article.hash, article_notes, &anchors, &targets).hash(&mut key);
            for neighbour in [i.checked_sub(1), Some(i + 1)] {
                if let Some(n) = neighbour.and_then(|n| site.articles.get(n)) {
                    (&n.slug, &n.title).hash(&mut key);
                }
            }
            let key = key.finish();
            if previous.get(&item.href) == Some(&key) {
                out.keep(&item.href)?;
                return Ok((item.href.clone(), key));
            }
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
            placements.extend(anchors);
            placements.sort_by_key(|p| (p.block, p.start));
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
            let mut ctx = base_context(&view, nav, 2, &item.path);
            ctx.insert("current", "article");
            ctx.insert("article", item);
            ctx.insert("body", &body);
            ctx.insert(
                "claim_reviews",
                &pages::notes::claim_reviews(article, article_notes, &site.config, &site.terms),
            );
            ctx.insert("milestones", &timeline::article_milestones(&timeline.milestones, mentions, today));
            ctx.insert("prev", &i.checked_sub(1).map(|p| &items[p]));
            ctx.insert("next", &items.get(i + 1));
            out.put(&item.href, page("article.html", &ctx)?.as_bytes())?;
            Ok((item.href.clone(), key))
        })
        .collect::<Result<_>>()?;

    crate::log_time("article pages", started);
    let started = std::time::Instant::now();
    let mut keys: PageKeys = keys.into_iter().collect();
    // Listings are kept, like article pages, when what they show did not change. Their inputs:
    // the article items (titles, dates, note counts), every note, the findings.
    let key_of = |parts: &dyn Fn(&mut Xxh3)| {
        let mut h = Xxh3::new();
        global.hash(&mut h);
        parts(&mut h);
        h.finish()
    };
    let items_key = key_of(&|h| format!("{items:?}").hash(h));
    let notes_key = key_of(&|h| notes.by_article.hash(h));
    let articles_key = key_of(&|h| site.articles.iter().for_each(|a| a.hash.hash(h)));
    let mut listing = |rel: &str, key: u64, make: &dyn Fn() -> Result<String>| -> Result<()> {
        keys.insert(rel.to_string(), key);
        if previous.get(rel) == Some(&key) { out.keep(rel) } else { out.put(rel, make()?.as_bytes()) }
    };

    listing("index.html", items_key, &|| {
        let mut ctx = base_context(&view, nav, 0, "");
        ctx.insert("current", "index");
        ctx.insert("articles", &items);
        ctx.insert("has_terms", &!site.terms.events.is_empty());
        ctx.insert("has_timeline", &has_timeline);
        page("index.html", &ctx)
    })?;
    if !site.terms.events.is_empty() {
        listing("terms/index.html", key_of(&|h| (items_key, notes_key).hash(h)), &|| {
            let mut ctx = base_context(&view, nav, 1, "terms/");
            ctx.insert("current", "terms");
            ctx.insert("events", &pages::terms::events(&site.terms, &site.articles, &notes.by_article));
            page("terms.html", &ctx)
        })?;
    }
    if has_timeline {
        listing("timeline/index.html", key_of(&|h| (items_key, notes_key, articles_key).hash(h)), &|| {
            let mut ctx = base_context(&view, nav, 1, "timeline/");
            ctx.insert("current", "timeline");
            ctx.insert("timeline", &timeline::page(timeline, &site.terms, &site.articles, &notes.by_article, today));
            page("timeline.html", &ctx)
        })?;
    }
    if has_sources {
        let findings_key = key_of(&|h| format!("{:?}{:?}", checked.findings, checked.links).hash(h));
        listing("sources/index.html", key_of(&|h| (items_key, notes_key, findings_key).hash(h)), &|| {
            let mut ctx = base_context(&view, nav, 1, "sources/");
            ctx.insert("current", "sources");
            ctx.insert(
                "matrix",
                &pages::sources::view(&site.terms, &site.articles, &items, &notes.by_article, checked),
            );
            page("sources.html", &ctx)
        })?;
    }
    listing("annotations.jsonld", key_of(&|h| (items_key, notes_key).hash(h)), &|| {
        Ok(pages::notes::annotation_collection(&site.articles, &notes.by_article, &site.config, &site.terms))
    })?;

    let updated = site.articles.iter().filter_map(|a| a.published).max();
    listing("feed.xml", items_key, &|| {
        let mut ctx = base_context(&view, nav, 0, "feed.xml");
        ctx.insert("articles", &items);
        ctx.insert("updated", &updated.map_or_else(|| "1970-01-01".to_string(), |d| d.to_string()));
        page("feed.xml", &ctx)
    })?;
    listing("sitemap.xml", key_of(&|h| (items_key, has_timeline, has_sources).hash(h)), &|| {
        let mut entries = vec![SitemapEntry { path: "", lastmod: updated.map(|d| d.to_string()) }];
        for (shown, path) in
            [(!site.terms.events.is_empty(), "terms/"), (has_timeline, "timeline/"), (has_sources, "sources/")]
        {
            if shown {
                entries.push(SitemapEntry { path, lastmod: None });
            }
        }
        entries.extend(
            items.iter().map(|a| SitemapEntry { path: &a.path, lastmod: a.date.as_ref().map(|d| d.iso.clone()) }),
        );
        let mut ctx = base_context(&view, nav, 0, "sitemap.xml");
        ctx.insert("pages", &entries);
        page("sitemap.xml", &ctx)
    })?;
    crate::log_time("listings", started);
    let started = std::time::Instant::now();

    let ctx = base_context(&view, nav, 0, "robots.txt");
    out.put("robots.txt", page("robots.txt", &ctx)?.as_bytes())?;

    let stylesheet = templates.raw("style.css").map_err(|d| Error::Content(vec![d]))?;
    let mut ctx = base_context(&view, nav, 0, "404.html");
    ctx.insert("stylesheet", &stylesheet);
    out.put("404.html", page("404.html", &ctx)?.as_bytes())?;
    out.put("style.css", stylesheet.as_bytes())?;
    copy_static(&site.root, out)?;
    crate::log_time("the rest", started);
    Ok(keys)
}

/// Copies the site's static/ folder (images, fonts) into the output as it is.
fn copy_static(root: &Path, out: &dyn Output) -> Result<()> {
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
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        let bytes = fs::read(entry.path()).map_err(|e| Error::read(entry.path(), e))?;
        out.put(&rel, &bytes)?;
    }
    Ok(())
}
