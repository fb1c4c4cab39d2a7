//! Every page of the site from the prepared digest.
//!
//! One parallel pass over the articles renders each article's page and its rows in every
//! listing ([`super::rows`]); then each listing's page template gets its rows joined. In watch
//! mode, a page or a listing whose inputs did not change since the previous build is kept, not
//! rendered again, and an article whose inputs did not change keeps its rows; every file that is
//! rendered goes to the output, which writes only bytes that changed.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use walkdir::WalkDir;
use xxhash_rust::xxh3::xxh3_64;

use crate::content::notes::NoteKind;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::memo::{self, Kept, Mix};
use crate::pages::rows::{self, SitemapEntry};
use crate::pages::{self, ArticleItem, KindCount, NavItem, SiteView, Templates, base_context};
use crate::render::{self, Placement};
use crate::write::Output;
use crate::{Prepared, site, timeline};

/// What rendering keeps between builds (watch mode): the key of the inputs of every page it
/// rendered, by output path, and each article's rows.
#[derive(Debug, Default)]
pub struct PageMemo {
    /// The listings' keys, by output path.
    keys: HashMap<String, u64>,
    /// Each article page's key.
    pages: Kept<u64>,
    rows: Kept<Arc<ArticleRows>>,
    /// The article order and the other files of the last build.
    paths: Option<(memo::Layout, Vec<String>)>,
    /// What the listings read of all articles and the terms, with the generations of both.
    whole: Option<((u64, u64), Whole)>,
}

/// What the listings read of all articles and of the terms.
#[derive(Debug, Clone)]
struct Whole {
    /// A key of the terms (they hold compiled checks, so their description stands in).
    terms_key: u64,
    /// The newest article's date.
    updated: Option<NaiveDate>,
    /// The sources page's columns: term ids.
    columns: Vec<String>,
}

/// One article's rows in every listing, each with a hash of its bytes, so that a listing is
/// rendered again only when one of its rows (or its own inputs) changed.
#[derive(Debug, Default)]
struct ArticleRows {
    index: String,
    feed: String,
    sitemap: String,
    sources: String,
    /// Per column of the sources matrix: whether the article contradicts / agrees with it.
    tally: Vec<(bool, bool)>,
    /// (term index, rendered notes that cite it).
    terms: Vec<(usize, String)>,
    /// (milestone index, rendered sentences that mention it).
    timeline: Vec<(usize, String)>,
    mentions: usize,
    /// The article's notes as Web Annotation JSON objects, and how many.
    annotations: String,
    annotation_count: usize,
    /// Hashes of the rows above, in the order of [`Listing`].
    hashes: [u64; 7],
}

/// How many articles' notes one page of the annotation collection holds.
const ANNOTATION_PAGE: usize = 100;

/// The listings, as indices into [`ArticleRows::hashes`].
#[derive(Debug, Clone, Copy)]
enum Listing {
    Index,
    Feed,
    Sitemap,
    Sources,
    Terms,
    Timeline,
    Annotations,
}

/// Renders every page into `out`. `memo` holds what the previous build rendered (empty for a
/// one-shot build); with `keep` it is updated for the next build, and only when rendering
/// succeeded. `today` is the build date: the timeline's "today" and its relative labels.
pub fn render(
    prepared: &Prepared,
    templates: &Templates,
    out: &dyn Output,
    memo: &mut PageMemo,
    keep: bool,
    today: NaiveDate,
) -> Result<RenderReport> {
    let Prepared { site, notes, timeline, .. } = prepared;
    let terms = &site.terms;
    let view = SiteView::new(&site.config);
    let mut nav = vec![NavItem { id: "index", label: "Articles", href: "index.html" }];
    let has_terms = !terms.events.is_empty();
    if has_terms {
        nav.push(NavItem { id: "terms", label: "Official terms", href: "terms/index.html" });
    }
    let has_timeline = !timeline.milestones.is_empty();
    if has_timeline {
        nav.push(NavItem { id: "timeline", label: "Timeline", href: "timeline/index.html" });
    }
    let has_sources = !terms.rules.claims.is_empty();
    if has_sources {
        nav.push(NavItem { id: "sources", label: "Sources", href: "sources/index.html" });
    }
    let nav = &nav;
    let page = |name: &str, ctx: &tera::Context| templates.render(name, ctx).map_err(|d| Error::Content(vec![d]));
    let item = |i: usize| -> ArticleItem<'_> {
        let mut item = ArticleItem::new(&site.articles[i]);
        item.notes = NoteKind::ALL
            .iter()
            .map(|&k| KindCount { kind: k.id(), label: k.label(), count: notes.count(i, k) })
            .filter(|c| c.count > 0)
            .collect();
        item
    };
    // What the listings read from all articles and the terms, again only when they changed.
    let generations = (site.generations.articles, site.generations.terms);
    let whole = match &memo.whole {
        Some((g, w)) if *g == generations => w.clone(),
        _ => {
            let terms_key = memo::key(format!("{terms:?}"));
            let updated = site.articles.iter().filter_map(|a| a.published).max();
            let columns = pages::sources::columns(terms, &site.articles).iter().map(|t| t.id.clone()).collect();
            let w = Whole { terms_key, updated, columns };
            memo.whole = Some((generations, w.clone()));
            w
        }
    };
    let updated = whole.updated;
    let updated_iso = updated.map_or_else(|| "1970-01-01".to_string(), |d| d.to_string());
    let columns: Vec<&crate::content::terms::Term> = whole.columns.iter().filter_map(|id| terms.term(id)).collect();

    let started = std::time::Instant::now();
    // What every page depends on besides its own article: the site, the terms (which hold
    // compiled checks, so their description stands in), the templates, the date.
    let global = memo::key((
        &*site.config,
        whole.terms_key,
        today,
        nav.iter().map(|n| n.id).collect::<Vec<_>>(),
        timeline.milestones.iter().map(|m| (&m.id, m.when)).collect::<Vec<_>>(),
    ));
    let rows_global = memo::key((
        global,
        templates.key(&[rows::INDEX, rows::FEED, rows::SITEMAP, rows::SOURCES, rows::TERMS, rows::TIMELINE]),
        &updated_iso,
        columns.iter().map(|t| &t.id).collect::<Vec<_>>(),
    ));
    // What article pages and each listing are rendered with: a template edit renders again
    // only the pages that use the template.
    let with = |names: &[&str]| Mix::new(global).with(templates.key(names)).finish();
    let page_global = with(&["base.html", "article.html"]);
    let rows = rows::Rows::new(templates, &view);

    // What every article page's context shares, built once: tera shares maps and lists between
    // clones, so each page adds only its own values.
    let mut article_base = base_context(&view, nav, 2, "");
    article_base.insert("current", "article");
    let layout = prepared.keys.layout;
    let per_article: Vec<Article> = site
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, article)| -> Result<Article> {
            // The article's own inputs: its file, its notes, the passages that agree with the
            // terms (link targets for the sources page), its mentions of milestones. Read from
            // dense arrays: this runs for every article on every rebuild.
            let k = &prepared.keys;
            let own = Mix::new(k.hashes[i])
                .with(notes.keys[i])
                .with(prepared.finding_keys[i])
                .with(prepared.mention_keys[i])
                .finish();
            let mut page_key = Mix::new(page_global).with(own);
            for n in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
                page_key = page_key.with(k.shown.get(n).copied().unwrap_or(0));
            }
            let page_key = page_key.finish();
            let rendered = memo.pages.get(layout, i, &article.slug, page_key).is_none();
            if rendered {
                let html = article_page(prepared, i, &item(i), &item, &article_base, templates, today)?;
                out.put_owned(&pages::article_href(&article.slug), html.into_bytes())?;
            }
            let rows_key = Mix::new(rows_global).with(own).finish();
            let rows = match memo.rows.get_ref(layout, i, &article.slug, rows_key) {
                // Kept under this order: read from the memo in place, no reference taken.
                Some((_, r)) if memo.rows.same_layout(layout) => Rows::Kept(r.hashes),
                Some((_, r)) => Rows::Moved(Arc::clone(r)),
                None => Rows::New(Arc::new(article_rows(prepared, i, &item(i), &rows, &columns, &updated_iso)?)),
            };
            Ok(Article { page_key, rendered, rows_key, rows })
        })
        .collect::<Result<_>>()?;
    crate::log_time("article pages", started);
    let started = std::time::Instant::now();
    let rendered = per_article.iter().filter(|a| a.rendered).count();
    let mut keys: HashMap<String, u64> = HashMap::new();
    let mut paths: Vec<String> = Vec::new();
    let hashes: Vec<[u64; 7]> = per_article.iter().map(|a| a.rows.hashes()).collect();
    let all_rows: Vec<&ArticleRows> = per_article
        .iter()
        .enumerate()
        .map(|(i, a)| match &a.rows {
            Rows::New(r) | Rows::Moved(r) => Some(r.as_ref()),
            Rows::Kept(_) => memo.rows.at(i).map(|(_, r)| r.as_ref()),
        })
        .collect::<Option<_>>()
        .ok_or_else(|| Error::Usage("kept rows are missing".into()))?;
    // A listing's key: its own inputs and the hash of each article's row in it.
    let listing_key = |listing: Listing, template: u64, own: u64| {
        let mut h = Mix::new(template).with(own);
        for r in &hashes {
            h = h.with(r[listing as usize]);
        }
        h.finish()
    };
    let mut listing = |rel: &str, key: u64, make: &dyn Fn() -> Result<String>| -> Result<()> {
        let kept = memo.keys.get(rel) == Some(&key);
        keys.insert(rel.to_string(), key);
        paths.push(rel.to_string());
        if kept { Ok(()) } else { out.put_owned(rel, make()?.into_bytes()) }
    };
    // Each listing's rows, as slices of the articles' rows: joined only into the page itself.
    let column = |part: &dyn Fn(&ArticleRows) -> &str| -> Vec<&str> {
        all_rows.iter().map(|r| part(r)).filter(|s| !s.is_empty()).collect()
    };

    let count = site.articles.len();
    let index_key =
        listing_key(Listing::Index, with(&["base.html", "index.html"]), memo::key((count, has_terms, has_timeline)));
    listing("index.html", index_key, &|| {
        with_rows(&[column(&|r| &r.index)], &|rows| {
            let mut ctx = base_context(&view, nav, 0, "");
            ctx.insert("current", "index");
            ctx.insert("article_count", &count);
            ctx.insert("articles_html", &rows[0]);
            ctx.insert("has_terms", &has_terms);
            ctx.insert("has_timeline", &has_timeline);
            page("index.html", &ctx)
        })
    })?;
    if has_terms {
        listing("terms/index.html", listing_key(Listing::Terms, with(&["base.html", "terms.html"]), 0), &|| {
            with_rows(&slots(&all_rows, terms.terms.len(), &|r| &r.terms), &|rows| {
                let mut ctx = base_context(&view, nav, 1, "terms/");
                ctx.insert("current", "terms");
                ctx.insert("events", &pages::terms::events(terms, |t| rows[t].clone()));
                page("terms.html", &ctx)
            })
        })?;
    }
    if has_timeline {
        let mentions: usize = all_rows.iter().map(|r| r.mentions).sum();
        let key = listing_key(Listing::Timeline, with(&["base.html", "timeline.html"]), memo::key(mentions));
        listing("timeline/index.html", key, &|| {
            with_rows(&slots(&all_rows, timeline.milestones.len(), &|r| &r.timeline), &|rows| {
                let mut ctx = base_context(&view, nav, 1, "timeline/");
                ctx.insert("current", "timeline");
                let view = timeline::page(&timeline.milestones, terms, rows.to_vec(), mentions, today);
                ctx.insert("timeline", &view);
                page("timeline.html", &ctx)
            })
        })?;
    }
    if has_sources {
        let mut tally = vec![(0, 0); columns.len()];
        for r in &all_rows {
            for (c, (contradicts, agrees)) in r.tally.iter().enumerate() {
                if let Some(t) = tally.get_mut(c) {
                    t.0 += usize::from(*contradicts);
                    t.1 += usize::from(*agrees);
                }
            }
        }
        let key = listing_key(Listing::Sources, with(&["base.html", "sources.html"]), memo::key(&tally));
        listing("sources/index.html", key, &|| {
            with_rows(&[column(&|r| &r.sources)], &|rows| {
                let mut ctx = base_context(&view, nav, 1, "sources/");
                ctx.insert("current", "sources");
                ctx.insert(
                    "matrix",
                    &pages::sources::SourcesView {
                        terms: pages::sources::term_columns(terms, &columns, &tally),
                        rows_html: rows[0].clone(),
                        row_count: count,
                    },
                );
                page("sources.html", &ctx)
            })
        })?;
    }
    // The notes as a W3C Web Annotation collection: one file for a small digest; for a large
    // one, pages of ANNOTATION_PAGE articles each, so that a note's edit rewrites one page.
    let total: usize = all_rows.iter().map(|r| r.annotation_count).sum();
    let pages_of_notes: Vec<&[&ArticleRows]> = all_rows.chunks(ANNOTATION_PAGE).collect();
    let collection_key = memo::key((total, pages_of_notes.len()));
    if pages_of_notes.len() <= 1 {
        listing("annotations.jsonld", listing_key(Listing::Annotations, global, collection_key), &|| {
            Ok(pages::notes::annotation_collection(
                &site.config,
                total,
                all_rows.iter().map(|r| r.annotations.as_str()),
            ))
        })?;
    } else {
        listing("annotations.jsonld", memo::key((global, collection_key)), &|| {
            Ok(pages::notes::annotation_collection_head(&site.config, total, pages_of_notes.len()))
        })?;
        for (n, rows) in pages_of_notes.iter().enumerate() {
            let mut key = Mix::new(global).with(n as u64).with(pages_of_notes.len() as u64);
            for h in &hashes[n * ANNOTATION_PAGE..(n * ANNOTATION_PAGE + rows.len())] {
                key = key.with(h[Listing::Annotations as usize]);
            }
            listing(&pages::notes::annotation_page_path(n + 1), key.finish(), &|| {
                Ok(pages::notes::annotation_page(
                    &site.config,
                    n + 1,
                    pages_of_notes.len(),
                    rows.iter().map(|r| r.annotations.as_str()),
                ))
            })?;
        }
    }
    listing("feed.xml", listing_key(Listing::Feed, with(&["feed.xml"]), memo::key(&updated_iso)), &|| {
        with_rows(&[column(&|r| &r.feed)], &|rows| {
            let mut ctx = base_context(&view, nav, 0, "feed.xml");
            ctx.insert("entries", &rows[0]);
            ctx.insert("updated", &updated_iso);
            page("feed.xml", &ctx)
        })
    })?;
    let sitemap_own = memo::key((&updated_iso, has_terms, has_timeline, has_sources));
    listing("sitemap.xml", listing_key(Listing::Sitemap, with(&["sitemap.xml"]), sitemap_own), &|| {
        let mut entries = vec![SitemapEntry { path: "", lastmod: updated.map(|d| d.to_string()) }];
        for (shown, path) in [(has_terms, "terms/"), (has_timeline, "timeline/"), (has_sources, "sources/")] {
            if shown {
                entries.push(SitemapEntry { path, lastmod: None });
            }
        }
        with_rows(&[column(&|r| &r.sitemap)], &|rows| {
            let mut ctx = base_context(&view, nav, 0, "sitemap.xml");
            ctx.insert("pages", &entries);
            ctx.insert("urls", &rows[0]);
            page("sitemap.xml", &ctx)
        })
    })?;
    crate::log_time("listings", started);

    listing("robots.txt", with(&["robots.txt"]), &|| page("robots.txt", &base_context(&view, nav, 0, "robots.txt")))?;
    let stylesheet = || templates.raw("style.css").map_err(|d| Error::Content(vec![d]));
    listing("404.html", with(&["base.html", "404.html", "style.css"]), &|| {
        let mut ctx = base_context(&view, nav, 0, "404.html");
        ctx.insert("stylesheet", &stylesheet()?);
        page("404.html", &ctx)
    })?;
    listing("style.css", with(&["style.css"]), &stylesheet)?;
    paths.extend(copy_static(&site.root, out)?);

    // The site's files: the same as last time when no article came or went and no listing
    // appeared or vanished; else all of them, so that the output can drop what is gone.
    let same_files = memo.paths.as_ref().is_some_and(|(l, p)| *l == layout && *p == paths);
    let files = (!same_files).then(|| {
        let mut all: Vec<String> = site.articles.iter().map(|a| pages::article_href(&a.slug)).collect();
        all.extend(paths.iter().cloned());
        all
    });
    let rows_rendered = per_article.iter().filter(|a| matches!(a.rows, Rows::New(_))).count();
    drop(all_rows);
    if keep {
        let slugs = || site.articles.iter().map(|a| a.slug.as_str());
        if memo.rows.same_layout(layout) && memo.rows.len() == per_article.len() {
            // Under the same order only the new rows are written; the kept ones stay put.
            for (i, a) in per_article.iter().enumerate() {
                if let Rows::New(r) | Rows::Moved(r) = &a.rows {
                    memo.rows.set(i, a.rows_key, Arc::clone(r));
                }
            }
        } else {
            let entries: Vec<(u64, Arc<ArticleRows>)> = per_article
                .iter()
                .enumerate()
                .filter_map(|(i, a)| match &a.rows {
                    Rows::New(r) | Rows::Moved(r) => Some((a.rows_key, Arc::clone(r))),
                    Rows::Kept(_) => memo.rows.at(i).map(|(_, r)| (a.rows_key, Arc::clone(r))),
                })
                .collect();
            memo.rows.replace(layout, slugs(), entries);
        }
        let page_keys: Vec<u64> = per_article.iter().map(|a| a.page_key).collect();
        memo.pages.store(layout, slugs(), page_keys.iter().zip(&per_article).map(|(k, a)| (*k, k, a.rendered)));
        memo.keys = keys;
        memo.paths = Some((layout, paths));
    }
    Ok(RenderReport { articles_rendered: rendered, rows_rendered, files })
}

/// What rendering did: how many article pages and article rows it rendered (the rest were
/// unchanged and kept), and every file of the site when that set changed since the last build.
#[derive(Debug, Clone, Default)]
pub struct RenderReport {
    pub articles_rendered: usize,
    pub rows_rendered: usize,
    pub files: Option<Vec<String>>,
}

/// One article's part of a render.
struct Article {
    page_key: u64,
    /// Whether its page was rendered (else it was unchanged and kept).
    rendered: bool,
    rows_key: u64,
    rows: Rows,
}

/// An article's rows: new, kept in the memo at the article's index, or kept under another
/// index (articles came or went).
enum Rows {
    New(Arc<ArticleRows>),
    Kept([u64; 7]),
    Moved(Arc<ArticleRows>),
}

impl Rows {
    fn hashes(&self) -> [u64; 7] {
        match self {
            Rows::New(r) | Rows::Moved(r) => r.hashes,
            Rows::Kept(h) => *h,
        }
    }
}

/// The rows of a page with several slots (a term's notes, a milestone's articles): `n` slots,
/// each with the rows the articles put in it, in article order.
fn slots<'a>(
    all_rows: &[&'a ArticleRows],
    n: usize,
    part: &dyn Fn(&'a ArticleRows) -> &'a [(usize, String)],
) -> Vec<Vec<&'a str>> {
    let mut slots: Vec<Vec<&str>> = vec![Vec::new(); n];
    for r in all_rows {
        for (k, html) in part(r) {
            if let Some(slot) = slots.get_mut(*k) {
                slot.push(html);
            }
        }
    }
    slots
}

/// Renders a listing's page template with its rows: `parts[k]` are the rows of slot k (a
/// listing has one slot; the terms page one per term, the timeline one per milestone), and
/// `render` renders the template with each slot's rows as a string.
///
/// The template first gets a placeholder in each non-empty slot, and the rows are spliced into
/// its output: copying megabytes of rows into the template engine's context and out again
/// costs more time and memory than the rest of the listing. A template that does anything else
/// with its rows than print them (so that a placeholder does not come out once, verbatim) is
/// rendered again with the rows themselves.
fn with_rows(parts: &[Vec<&str>], render: &dyn Fn(&[String]) -> Result<String>) -> Result<String> {
    let marker = |k: usize| format!("\u{E000}gloss-rows-{k}\u{E000}");
    let placeholders: Vec<String> =
        parts.iter().enumerate().map(|(k, p)| if p.is_empty() { String::new() } else { marker(k) }).collect();
    let framed = render(&placeholders)?;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (k, p) in placeholders.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        match (framed.find(p.as_str()), framed.matches(p.as_str()).count()) {
            (Some(at), 1) => cuts.push((at, k)),
            _ => {
                let joined: Vec<String> = parts.iter().map(|p| p.concat()).collect();
                return render(&joined);
            }
        }
    }
    cuts.sort_unstable();
    let rows_len: usize = parts.iter().flatten().map(|s| s.len()).sum();
    let mut out = String::with_capacity(framed.len() + rows_len);
    let mut at = 0;
    for (cut, k) in cuts {
        out.push_str(&framed[at..cut]);
        for row in &parts[k] {
            out.push_str(row);
        }
        at = cut + placeholders[k].len();
    }
    out.push_str(&framed[at..]);
    Ok(out)
}

/// An article's page: its body with margin notes and link targets, in the article template.
fn article_page<'a>(
    prepared: &'a Prepared,
    i: usize,
    this: &ArticleItem<'_>,
    item: &dyn Fn(usize) -> ArticleItem<'a>,
    base: &tera::Context,
    templates: &Templates,
    today: NaiveDate,
) -> Result<String> {
    let Prepared { site, notes, timeline, .. } = prepared;
    let article = &site.articles[i];
    let article_notes = &notes.by_article[i];
    let mentions = timeline.mentions.get(i).map_or(&[][..], |m| m.as_slice());
    let targets = timeline::targets(mentions);
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
    placements.extend(pages::sources::anchors(prepared.findings_of(i)));
    placements.sort_by_key(|p| (p.block, p.start));
    let (body, placed, targets_placed) = render::article_to_html_with_targets(&article.body, &placements, &targets);
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
    let mut ctx = base.clone();
    ctx.insert("page_path", &this.path);
    ctx.insert("article", this);
    ctx.insert("body", &body);
    ctx.insert("claim_reviews", &pages::notes::claim_reviews(article, article_notes, &site.config, &site.terms));
    ctx.insert("milestones", &timeline::article_milestones(&timeline.milestones, mentions, today));
    ctx.insert("prev", &i.checked_sub(1).map(item));
    ctx.insert("next", &(i + 1 < site.articles.len()).then(|| item(i + 1)));
    templates.render("article.html", &ctx).map_err(|d| Error::Content(vec![d]))
}

/// An article's rows in every listing.
fn article_rows(
    prepared: &Prepared,
    i: usize,
    this: &ArticleItem<'_>,
    rows: &rows::Rows<'_>,
    columns: &[&crate::content::terms::Term],
    updated: &str,
) -> Result<ArticleRows> {
    let Prepared { site, notes, timeline, .. } = prepared;
    let located = |d: Diagnostic| Error::Content(vec![d]);
    let article = &site.articles[i];
    let article_notes = &notes.by_article[i];
    let mentions = timeline.mentions.get(i).map_or(&[][..], |m| m.as_slice());
    let sources_row = pages::sources::row(&site.terms, columns, article, this, article_notes, prepared.findings_of(i));
    let tally = sources_row.cells.iter().map(|c| (c.state == "contradicts", c.state == "agrees")).collect();
    let terms = pages::terms::notes_by_term(&site.terms, article, article_notes)
        .into_iter()
        .map(|(t, a)| rows.terms(&a).map(|html| (t, html)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(located)?;
    let timeline_rows = timeline::article_mentions(article, mentions, article_notes)
        .into_iter()
        .map(|(m, a)| rows.timeline(&a).map(|html| (m, html)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(located)?;
    let (annotations, annotation_count) =
        pages::notes::annotation_items(article, article_notes, &site.articles, &site.config, &site.terms);
    let mut made = ArticleRows {
        index: rows.index(this).map_err(located)?,
        feed: rows.feed(this, updated).map_err(located)?,
        sitemap: rows
            .sitemap(&SitemapEntry { path: &this.path, lastmod: this.date.as_ref().map(|d| d.iso.clone()) })
            .map_err(located)?,
        sources: rows.sources(&sources_row).map_err(located)?,
        tally,
        terms,
        timeline: timeline_rows,
        mentions: mentions.len(),
        annotations,
        annotation_count,
        hashes: [0; 7],
    };
    let parts = |list: &[(usize, String)]| memo::key(list);
    made.hashes = [
        xxh3_64(made.index.as_bytes()),
        xxh3_64(made.feed.as_bytes()),
        xxh3_64(made.sitemap.as_bytes()),
        memo::key((&made.sources, &made.tally)),
        parts(&made.terms),
        memo::key((parts(&made.timeline), made.mentions)),
        memo::key((&made.annotations, made.annotation_count)),
    ];
    Ok(made)
}

/// Copies the site's static/ folder (images, fonts) into the output as it is.
fn copy_static(root: &Path, out: &dyn Output) -> Result<Vec<String>> {
    let dir = root.join("static");
    let mut copied = Vec::new();
    if !dir.is_dir() {
        return Ok(copied);
    }
    for entry in WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::read(&dir, e.into()))?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || site::is_editor_temp(&name) {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        let bytes = fs::read(entry.path()).map_err(|e| Error::read(entry.path(), e))?;
        out.put_owned(&rel, bytes)?;
        copied.push(rel);
    }
    Ok(copied)
}
