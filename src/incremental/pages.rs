//! Rendering through the memo: every page of [`crate::pages`], each rendered only when the key
//! of what it shows changed since the previous build, and each article's rows in the listings
//! kept while its inputs stand.
//!
//! One parallel pass over the articles renders each article's page and its rows; then each
//! listing's page gets its rows joined. A page's key covers what it shows of other articles
//! (its neighbours' titles), and a listing's key is its own inputs with the hash of each
//! article's row in it, so adding a newest article renders that article's page, its neighbour's
//! and the listings that show it, and no other page.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use super::Keys;
use super::blobs::Sink;
use super::kept::{Mix, PerArticle, key};
use crate::error::Result;
use crate::pages::front::{INDEX_PAGE, SOURCES_PAGE, page_path};
use crate::pages::listings::{ANNOTATION_PAGE, ArticleRows, Renderer, SITEMAP_URLS, copy_static, slots};
use crate::pages::rows::{self, RowRenderer};
use crate::pages::{self, Prepared, Templates, article};
use crate::write::Output;

/// What rendering keeps between builds (watch mode): every page's key, each article's rows,
/// and the list of the site's files.
#[derive(Debug, Default)]
pub struct PageMemo {
    /// The listings' keys, by output path.
    keys: HashMap<String, u64>,
    /// Each article page's key.
    pages: PerArticle<u64>,
    rows: PerArticle<Arc<Rows>>,
    /// A key of the article slugs of the last build, and its other files.
    paths: Option<(u64, Vec<String>)>,
    /// What the listings read of all articles and the terms, with the generations of both.
    whole: Option<((u64, u64), Whole)>,
}

/// What the build cache on disk ([`super::disk`]) keeps of the pages: each article page's key
/// and each article's rows, by slug (ids differ between processes), and the listings' keys.
/// The rows themselves are in a part of their own, each article's encoded apart with its hash:
/// a build reads an article's rows from the cache file only when a listing it renders shows
/// them, so a build after one edit neither reads nor holds every article's rows.
#[derive(Debug, Default, serde::Deserialize)]
pub struct KeptPages {
    listings: Vec<(String, u64)>,
    /// The id in the head of the rows file the rows' places point into.
    rows_id: u64,
    articles: Vec<KeptArticle>,
}

#[derive(Debug, serde::Deserialize)]
struct KeptArticle {
    slug: String,
    page: Option<u64>,
    rows: Option<KeptRows>,
}

/// An article's rows in the cache: their key, hashes and counts, and where their bytes are in
/// the rows file (offset after its head, length, hash of the bytes).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct KeptRows {
    key: u64,
    hashes: [u64; 7],
    counts: Counts,
    at: (u64, u64, u64),
}

/// [`KeptPages`] as written, borrowing from the memo.
#[derive(Debug)]
pub struct KeptPagesRef<'a> {
    listings: Vec<(&'a str, u64)>,
    articles: Vec<ArticleRef<'a>>,
}

/// An article's slug, its page's key and its rows' key and rows.
type ArticleRef<'a> = (&'a str, Option<u64>, Option<(u64, &'a Rows)>);

/// The pages' part as written: the listings' keys, each article's page key and where its rows are.
#[derive(Debug, serde::Serialize)]
pub struct KeptPagesOut<'a> {
    listings: &'a [(&'a str, u64)],
    rows_id: u64,
    articles: Vec<KeptArticleOut<'a>>,
}

#[derive(Debug, serde::Serialize)]
struct KeptArticleOut<'a> {
    slug: &'a str,
    page: Option<u64>,
    rows: Option<KeptRows>,
}

/// The first bytes of a rows file; then the id of the file (8 bytes), then the rows.
pub const ROWS_MAGIC: &[u8; 11] = b"gloss-rows\n";
/// Where a rows file's rows start.
pub const ROWS_HEAD: u64 = ROWS_MAGIC.len() as u64 + 8;

/// The rows file the previous build's cache points into (`.public.gloss-rows`), open, with the
/// id its head carries: each article's rows are bytes of their own in it, appended by the build
/// that made them, so that a build after an edit writes only the rows it made.
#[derive(Debug, Clone)]
pub struct RowsFile {
    pub file: Arc<std::fs::File>,
    pub id: u64,
}

impl RowsFile {
    /// The bytes at `at` (offset after the head, length, hash), if they read and hash as they
    /// were written.
    fn read(&self, (offset, len, hash): (u64, u64, u64)) -> Option<Vec<u8>> {
        let mut bytes = vec![0; usize::try_from(len).ok()?];
        read_at(&self.file, &mut bytes, ROWS_HEAD.checked_add(offset)?)?;
        (xxh3_64(&bytes) == hash).then_some(bytes)
    }
}

#[cfg(unix)]
fn read_at(file: &std::fs::File, buf: &mut [u8], at: u64) -> Option<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at).ok()
}

#[cfg(not(unix))]
fn read_at(_: &std::fs::File, _: &mut [u8], _: u64) -> Option<()> {
    None
}

impl KeptPagesRef<'_> {
    /// The bytes of the rows kept in the rows file `id` that this build did not make again:
    /// what stays of that file when new rows are appended to it.
    pub fn kept_bytes(&self, id: u64) -> u64 {
        self.articles
            .iter()
            .filter_map(|(_, _, rows)| match &rows.as_ref()?.1.at {
                Some((file, (_, len, _))) if file.id == id => Some(*len),
                _ => None,
            })
            .sum()
    }

    /// Writes each article's rows into `sink`: left where they are when it is the rows file they
    /// were kept in, else encoded now when rendered by this build, else copied from the previous
    /// rows file (made again, when a copy fails); then returns the index that says where they
    /// are, for the cache file.
    pub fn write_rows(&self, sink: &mut Sink<'_>) -> std::io::Result<KeptPagesOut<'_>> {
        let mut articles = Vec::with_capacity(self.articles.len());
        for (slug, page, rows) in &self.articles {
            let kept = match rows {
                None => None,
                Some((key, r)) => match &r.at {
                    Some((file, place)) if sink.appends_to(file.id) && r.made.get().is_none() => {
                        Some(KeptRows { key: *key, hashes: r.hashes, counts: r.counts.clone(), at: *place })
                    }
                    _ => write_row(sink, *key, r)?,
                },
            };
            articles.push(KeptArticleOut { slug, page: *page, rows: kept });
        }
        Ok(KeptPagesOut { listings: &self.listings, rows_id: sink.id(), articles })
    }
}

/// Writes an article's rows at the end of `sink`: their bytes as made, or as the previous rows
/// file holds them; `None` when they are neither (the next build makes them again).
fn write_row(sink: &mut Sink<'_>, key: u64, r: &Rows) -> std::io::Result<Option<KeptRows>> {
    let bytes = match (r.made.get(), &r.at) {
        (None, Some((file, place))) => file.read(*place),
        _ => None,
    };
    let bytes = match (bytes, r.made.get()) {
        (Some(b), _) => b,
        (None, Some(made)) => postcard::to_allocvec(made).map_err(std::io::Error::other)?,
        // Kept rows that no longer read: the next build makes them again.
        (None, None) => return Ok(None),
    };
    let place = sink.put(&bytes)?;
    Ok(Some(KeptRows { key, hashes: r.hashes, counts: r.counts.clone(), at: place }))
}

impl PageMemo {
    /// What to keep on disk of this memo, for `articles`.
    pub fn export<'a>(&'a self, articles: &'a [Arc<crate::content::Article>]) -> KeptPagesRef<'a> {
        let mut listings: Vec<(&str, u64)> = self.keys.iter().map(|(p, k)| (p.as_str(), *k)).collect();
        listings.sort_unstable();
        let articles = articles
            .iter()
            .map(|a| {
                (a.slug.as_str(), self.pages.entry(a.id).map(|(k, _)| k), self.rows.entry(a.id).map(|(k, r)| (k, &**r)))
            })
            .collect();
        KeptPagesRef { listings, articles }
    }

    /// A memo of the pages kept on disk, keeping only the keys of pages whose file in the output
    /// still holds what it was rendered as (`vouched`): the others are rendered again.
    pub fn restore(kept: KeptPages, vouched: &std::collections::HashSet<String>, file: Option<RowsFile>) -> PageMemo {
        // Rows are read only from the file the index was written for.
        let file = file.filter(|f| f.id == kept.rows_id);
        let keys = kept.listings.into_iter().filter(|(p, _)| vouched.contains(p)).collect();
        let mut memo = PageMemo { keys, ..PageMemo::default() };
        for a in kept.articles {
            let id = crate::content::ArticleId::of(&a.slug);
            if let Some(k) = a.page.filter(|_| vouched.contains(&pages::article_href(&a.slug))) {
                memo.pages.set(id, k, k);
            }
            if let (Some(r), Some(file)) = (a.rows, &file) {
                let rows =
                    Rows { hashes: r.hashes, counts: r.counts, made: OnceLock::new(), at: Some((file.clone(), r.at)) };
                memo.rows.set(id, r.key, Arc::new(rows));
            }
        }
        memo
    }
}

/// What the listings read of all articles and of the terms.
#[derive(Debug, Clone)]
struct Whole {
    /// The newest article's date.
    updated: Option<NaiveDate>,
    /// The sources page's columns: term ids.
    columns: Vec<String>,
}

/// An article's rows, with a hash of each (in the order of [`Listing`]), so that a listing is
/// rendered again only when one of its rows (or its own inputs) changed. Rows the cache on disk
/// kept are read from it when first needed.
#[derive(Debug)]
pub struct Rows {
    hashes: [u64; 7],
    counts: Counts,
    made: OnceLock<ArticleRows>,
    /// Where the previous build's cache file holds them, for rows it kept.
    at: Option<(RowsFile, (u64, u64, u64))>,
}

/// What the listings count of every article's rows, whichever pages they render.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
struct Counts {
    tally: Vec<(bool, bool)>,
    mentions: usize,
    annotations: usize,
}

impl Rows {
    fn made(made: ArticleRows) -> Rows {
        let counts = Counts { tally: made.tally.clone(), mentions: made.mentions, annotations: made.annotation_count };
        Rows { hashes: row_hashes(&made), counts, made: OnceLock::from(made), at: None }
    }

    /// The rows: as made, or read from the cache file, or, when they do not read, made again.
    fn get(&self, remake: impl FnOnce() -> Result<ArticleRows>) -> Result<&ArticleRows> {
        if let Some(r) = self.made.get() {
            return Ok(r);
        }
        let read = self.at.as_ref().and_then(|(file, at)| postcard::from_bytes(&file.read(*at)?).ok());
        let rows = match read {
            Some(r) => r,
            None => remake()?,
        };
        Ok(self.made.get_or_init(|| rows))
    }
}

/// The listings, as indices into [`Rows::hashes`].
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

/// What rendering did: the article pages and listings it rendered (the rest were unchanged
/// and kept), how many articles' rows, and every file of the site when that set changed.
#[derive(Debug, Clone, Default)]
pub struct RenderReport {
    /// The slugs of the articles whose pages were rendered.
    pub articles: Vec<String>,
    /// The listings rendered, by output path.
    pub listings: Vec<String>,
    pub rows_rendered: usize,
    pub files: Option<Vec<String>>,
}

/// One article's part of a render: its page's key and whether it was rendered, its rows.
struct ArticleRender {
    page_key: u64,
    rendered: bool,
    rows_key: u64,
    rows: Arc<Rows>,
    fresh_rows: bool,
}

/// The listings of a render: every listing's key and path, and the paths of those rendered.
struct Listed {
    keys: HashMap<String, u64>,
    paths: Vec<String>,
    rendered: Vec<String>,
}

/// The rows of the articles in a range of the reading order, read or made when asked for.
type RowsIn<'a> = dyn Fn(std::ops::Range<usize>) -> Result<Vec<&'a ArticleRows>> + Sync + 'a;

/// Puts a listing at a path with its key: rendered (`make`) only when the key changed.
type Put<'a> = dyn FnMut(&str, u64, &dyn Fn() -> Result<String>) -> Result<()> + 'a;

/// The keys every page depends on besides its own article: the site, the terms, the date,
/// the templates each page is rendered with.
struct Globals {
    global: u64,
    page: u64,
    rows: u64,
}

/// Renders every page whose key changed into `out` (every page, from an empty memo). With
/// `keep`, the memo is updated for the next build, and only when rendering succeeded.
pub fn render(
    prepared: &Prepared,
    keys: &Keys,
    templates: &Templates,
    out: &dyn Output,
    memo: &mut PageMemo,
    keep: bool,
    today: NaiveDate,
) -> Result<RenderReport> {
    let generations = (keys.generations.articles, keys.generations.terms);
    let whole = match &memo.whole {
        Some((g, w)) if *g == generations => w.clone(),
        _ => {
            let (updated, columns) = Renderer::whole(prepared);
            let w = Whole { updated, columns };
            memo.whole = Some((generations, w.clone()));
            w
        }
    };
    let site = Renderer::new(prepared, templates, today, whole.updated, &whole.columns);
    let globals = globals(&site, keys, templates);
    let started = std::time::Instant::now();
    let per_article = render_articles(&site, keys, &globals, memo, out)?;
    crate::diag::log_time("article pages", started);
    crate::progress::step("writing the listings");
    let started = std::time::Instant::now();
    let Listed { keys: listing_keys, mut paths, rendered: listings } =
        render_listings(&site, &per_article, &globals, templates, memo, out)?;
    crate::diag::log_time("listings", started);
    paths.extend(copy_static(&prepared.corpus.root, out)?);

    // The site's files: the same as last time when no article came or went and no listing
    // appeared or vanished; else all of them, so that the output can drop what is gone.
    let articles = &prepared.corpus.articles;
    let slugs = key(articles.iter().map(|a| a.slug.as_str()).collect::<Vec<_>>());
    let same_files = memo.paths.as_ref().is_some_and(|(s, p)| *s == slugs && *p == paths);
    let files = (!same_files).then(|| {
        let mut all: Vec<String> = articles.iter().map(|a| pages::article_href(&a.slug)).collect();
        all.extend(paths.iter().cloned());
        all
    });
    let report = RenderReport {
        articles: articles.iter().zip(&per_article).filter(|(_, r)| r.rendered).map(|(a, _)| a.slug.clone()).collect(),
        listings,
        rows_rendered: per_article.iter().filter(|r| r.fresh_rows).count(),
        files,
    };
    if keep {
        // An article gone from this build has no page any more: if it comes back unchanged, its
        // page is written again (its key alone would say it is already there).
        memo.pages.keep_only(articles.iter().map(|a| a.id));
        for (a, r) in articles.iter().zip(&per_article) {
            if r.fresh_rows {
                memo.rows.set(a.id, r.rows_key, Arc::clone(&r.rows));
            }
            if r.rendered {
                memo.pages.set(a.id, r.page_key, r.page_key);
            }
        }
        memo.keys = listing_keys;
        memo.paths = Some((slugs, paths));
    }
    Ok(report)
}

fn globals(site: &Renderer<'_>, keys: &Keys, templates: &Templates) -> Globals {
    let timeline = &site.prepared.timeline;
    let global = key((
        &*site.prepared.corpus.config,
        keys.terms,
        site.today,
        site.nav.iter().map(|n| n.id).collect::<Vec<_>>(),
        timeline.milestones.iter().map(|m| (&m.id, m.when)).collect::<Vec<_>>(),
    ));
    let row_templates = [rows::INDEX, rows::FEED, rows::SITEMAP, rows::SOURCES, rows::TERMS, rows::TIMELINE];
    let rows = key((
        global,
        template_key(templates, &row_templates),
        &site.updated_iso,
        site.columns.iter().map(|t| &t.id).collect::<Vec<_>>(),
    ));
    let page = Mix::new(global).with(template_key(templates, &["base.html", "article.html"])).finish();
    Globals { global, page, rows }
}

/// A key of the templates a page is rendered with, and of the site's extra templates, which any
/// of them may include: a template edit renders again only the pages that use it.
fn template_key(templates: &Templates, names: &[&str]) -> u64 {
    let mut mix = Mix::new(key(templates.extras().collect::<Vec<_>>()));
    for name in names {
        mix = mix.with(templates.hash(name));
    }
    mix.finish()
}

/// Each article's page and rows, in parallel: kept while its own inputs (its file, its notes,
/// its agreeing passages, its mentions) and what its page shows of its neighbours stand.
fn render_articles(
    site: &Renderer<'_>,
    keys: &Keys,
    globals: &Globals,
    memo: &PageMemo,
    out: &dyn Output,
) -> Result<Vec<ArticleRender>> {
    let prepared = site.prepared;
    let base = article::base(site);
    let rows = RowRenderer::new(site.templates, &site.view);
    let total = prepared.corpus.articles.len();
    crate::progress::start_count();
    prepared
        .corpus
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| -> Result<ArticleRender> {
            // Read from dense arrays: this runs for every article on every rebuild.
            let own =
                Mix::new(keys.hashes[i]).with(keys.notes[i]).with(keys.findings[i]).with(keys.mentions[i]).finish();
            let mut page_key = Mix::new(globals.page).with(own);
            for n in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
                page_key = page_key.with(keys.shown.get(n).copied().unwrap_or(0));
            }
            let page_key = page_key.finish();
            let rendered = memo.pages.get_ref(a.id, page_key).is_none();
            if rendered {
                let html = article::article_page(site, i, &base)?;
                out.put_owned(&pages::article_href(&a.slug), html.into_bytes())?;
            }
            let rows_key = Mix::new(globals.rows).with(own).finish();
            let (rows, fresh_rows) = match memo.rows.get(a.id, rows_key) {
                Some(r) => (r, false),
                None => (Arc::new(Rows::made(site.rows_of(i, &rows)?)), true),
            };
            crate::progress::tick("rendered article pages:", total);
            Ok(ArticleRender { page_key, rendered, rows_key, rows, fresh_rows })
        })
        .collect()
}

fn row_hashes(made: &ArticleRows) -> [u64; 7] {
    let parts = |list: &[(usize, String)]| key(list);
    [
        key((&made.index, &made.misstated)),
        xxh3_64(made.feed.as_bytes()),
        xxh3_64(made.sitemap.as_bytes()),
        key((&made.sources, &made.tally)),
        parts(&made.terms),
        key((parts(&made.timeline), made.mentions)),
        key((&made.annotations, made.annotation_count)),
    ]
}

/// Every listing whose key changed: its own inputs and the hash of each article's row in it.
/// Returns the listings' keys, their paths and the paths of those rendered.
fn render_listings(
    site: &Renderer<'_>,
    per_article: &[ArticleRender],
    globals: &Globals,
    templates: &Templates,
    memo: &PageMemo,
    out: &dyn Output,
) -> Result<Listed> {
    let mut keys: HashMap<String, u64> = HashMap::new();
    let (mut paths, mut rendered) = (Vec::new(), Vec::new());
    let hashes: Vec<[u64; 7]> = per_article.iter().map(|a| a.rows.hashes).collect();
    let renderer = RowRenderer::new(site.templates, &site.view);
    // Rows are read (from the cache file, when kept there) only for the listings rendered.
    let rows_in = |range: std::ops::Range<usize>| -> Result<Vec<&ArticleRows>> {
        per_article[range.clone()]
            .par_iter()
            .zip(range)
            .map(|(a, i)| a.rows.get(|| site.rows_of(i, &renderer)))
            .collect()
    };
    let with = |names: &[&str]| Mix::new(globals.global).with(template_key(templates, names)).finish();
    let listing_key = |listing: Listing, template: u64, own: u64| {
        let mut h = Mix::new(template).with(own);
        for r in &hashes {
            h = h.with(r[listing as usize]);
        }
        h.finish()
    };
    let mut listing = |rel: &str, key: u64, make: &dyn Fn() -> Result<String>| -> Result<()> {
        keys.insert(rel.to_string(), key);
        paths.push(rel.to_string());
        if memo.keys.get(rel) == Some(&key) {
            return Ok(());
        }
        rendered.push(rel.to_string());
        out.put_owned(rel, make()?.into_bytes())
    };
    let count = per_article.len();
    // The front page, INDEX_PAGE articles a page: page 1 also leads with what every article
    // got wrong, so its key covers every article's row; page n's only its own rows'.
    let index_own = key((count, site.has_terms, site.has_timeline, site.has_sources));
    let index_template = with(&["base.html", "index.html", "timeline-chart.html", "pager.html"]);
    listing("index.html", listing_key(Listing::Index, index_template, index_own), &|| {
        let all_rows = rows_in(0..count)?;
        let lead = site.lead(&all_rows);
        let rows: Vec<&str> = all_rows.iter().take(INDEX_PAGE).map(|r| r.index.as_str()).collect();
        site.index(1, &rows, Some(&lead))
    })?;
    let page_key = |listing: Listing, template: u64, own: u64, n: usize, range: std::ops::Range<usize>| {
        let mut h = Mix::new(template).with(own).with(n as u64);
        for r in &hashes[range] {
            h = h.with(r[listing as usize]);
        }
        h.finish()
    };
    for k in 1..count.div_ceil(INDEX_PAGE) {
        let range = k * INDEX_PAGE..count.min((k + 1) * INDEX_PAGE);
        let key = page_key(Listing::Index, index_template, index_own, k + 1, range.clone());
        listing(&page_path("", k + 1), key, &|| {
            let rows: Vec<&str> = rows_in(range.clone())?.iter().map(|r| r.index.as_str()).collect();
            site.index(k + 1, &rows, None)
        })?;
    }
    if site.has_terms {
        let terms = site.prepared.corpus.terms.terms.len();
        listing("terms/index.html", listing_key(Listing::Terms, with(&["base.html", "terms.html"]), 0), &|| {
            site.terms(&slots(&rows_in(0..count)?, terms, &|r| &r.terms))
        })?;
    }
    if site.has_timeline {
        let mentions: usize = per_article.iter().map(|r| r.rows.counts.mentions).sum();
        let milestones = site.prepared.timeline.milestones.len();
        let key =
            listing_key(Listing::Timeline, with(&["base.html", "timeline.html", "timeline-chart.html"]), key(mentions));
        listing("timeline/index.html", key, &|| {
            site.timeline(&slots(&rows_in(0..count)?, milestones, &|r| &r.timeline), mentions)
        })?;
    }
    if site.has_sources {
        // SOURCES_PAGE rows a page; every page's foot counts all the articles.
        let tally = tally(per_article, site.columns.len());
        let template = with(&["base.html", "sources.html", "pager.html"]);
        let own = key((&tally, count));
        for k in 0..count.div_ceil(SOURCES_PAGE) {
            let range = k * SOURCES_PAGE..count.min((k + 1) * SOURCES_PAGE);
            let key = page_key(Listing::Sources, template, own, k + 1, range.clone());
            listing(&page_path("sources/", k + 1), key, &|| {
                let rows: Vec<&str> = rows_in(range.clone())?.iter().map(|r| r.sources.as_str()).collect();
                site.sources(k + 1, &rows, &tally)
            })?;
        }
        if count == 0 {
            listing("sources/index.html", key((template, own)), &|| site.sources(1, &[], &tally))?;
        }
    }
    let total = per_article.iter().map(|r| r.rows.counts.annotations).sum();
    annotation_listings(site, (count, total), &rows_in, &hashes, globals.global, &mut listing)?;
    // The feed: the newest `feed_limit` articles (0: all), so its key covers only theirs.
    let feed_limit = match site.prepared.corpus.config.feed_limit {
        0 => count,
        n => n.min(count),
    };
    let feed_key = page_key(Listing::Feed, with(&["feed.xml"]), key(&site.updated_iso), 0, 0..feed_limit);
    listing("feed.xml", feed_key, &|| {
        let rows: Vec<&str> =
            rows_in(0..feed_limit)?.iter().map(|r| r.feed.as_str()).filter(|s| !s.is_empty()).collect();
        site.feed(&rows)
    })?;
    sitemaps(site, count, &rows_in, &|l, t, o, n, r| page_key(l, t, o, n, r), &with, &mut listing)?;
    listing("robots.txt", with(&["robots.txt"]), &|| site.robots())?;
    listing("404.html", with(&["base.html", "404.html", "style.css"]), &|| site.not_found())?;
    listing("style.css", with(&["style.css"]), &|| site.stylesheet())?;
    Ok(Listed { keys, paths, rendered })
}

/// sitemap.xml: one file while every article fits in [`SITEMAP_URLS`]; past that, an index of
/// `sitemaps/N.xml`, each that many articles (the first also the listings), so no file grows
/// with the digest and an article's edit rewrites one part.
fn sitemaps(
    site: &Renderer<'_>,
    count: usize,
    rows_in: &RowsIn<'_>,
    page_key: &dyn Fn(Listing, u64, u64, usize, std::ops::Range<usize>) -> u64,
    with: &dyn Fn(&[&str]) -> u64,
    listing: &mut Put<'_>,
) -> Result<()> {
    let own = key((&site.updated_iso, site.has_terms, site.has_timeline, site.has_sources, count));
    let template = with(&["sitemap.xml"]);
    let rows_of = |range: std::ops::Range<usize>| -> Result<Vec<String>> {
        Ok(rows_in(range)?.iter().map(|r| r.sitemap.clone()).filter(|s| !s.is_empty()).collect())
    };
    if count <= SITEMAP_URLS {
        let key = page_key(Listing::Sitemap, template, own, 0, 0..count);
        return listing("sitemap.xml", key, &|| {
            let rows = rows_of(0..count)?;
            site.sitemap(&rows.iter().map(String::as_str).collect::<Vec<_>>(), true)
        });
    }
    let parts: Vec<String> = (1..=count.div_ceil(SITEMAP_URLS)).map(|n| format!("sitemaps/{n}.xml")).collect();
    listing("sitemap.xml", key((with(&["sitemap-index.xml"]), own)), &|| site.sitemap_index(&parts))?;
    for (k, part) in parts.iter().enumerate() {
        let range = k * SITEMAP_URLS..count.min((k + 1) * SITEMAP_URLS);
        let key = page_key(Listing::Sitemap, template, own, k + 1, range.clone());
        listing(part, key, &|| {
            let rows = rows_of(range.clone())?;
            site.sitemap(&rows.iter().map(String::as_str).collect::<Vec<_>>(), k == 0)
        })?;
    }
    Ok(())
}

/// How many articles contradict / agree with each column of the sources matrix.
fn tally(per_article: &[ArticleRender], columns: usize) -> Vec<(usize, usize)> {
    let mut tally = vec![(0, 0); columns];
    for r in per_article {
        for (c, (contradicts, agrees)) in r.rows.counts.tally.iter().enumerate() {
            if let Some(t) = tally.get_mut(c) {
                t.0 += usize::from(*contradicts);
                t.1 += usize::from(*agrees);
            }
        }
    }
    tally
}

/// The notes as a W3C Web Annotation collection: one file for a small digest; for a large one,
/// pages of [`ANNOTATION_PAGE`] articles each, so that a note's edit rewrites one page.
fn annotation_listings(
    site: &Renderer<'_>,
    (count, total): (usize, usize),
    rows_in: &RowsIn<'_>,
    hashes: &[[u64; 7]],
    global: u64,
    listing: &mut Put<'_>,
) -> Result<()> {
    let config = &site.prepared.corpus.config;
    let pages_of_notes = count.div_ceil(ANNOTATION_PAGE);
    let collection_key = key((total, pages_of_notes));
    let rows_key = |range: std::ops::Range<usize>, seed: Mix| {
        let mut key = seed;
        for h in &hashes[range] {
            key = key.with(h[Listing::Annotations as usize]);
        }
        key.finish()
    };
    if pages_of_notes <= 1 {
        let key = rows_key(0..count, Mix::new(global).with(collection_key));
        return listing("annotations.jsonld", key, &|| {
            let rows = rows_in(0..count)?;
            Ok(pages::note_markup::annotation_collection(config, total, rows.iter().map(|r| r.annotations.as_str())))
        });
    }
    listing("annotations.jsonld", key((global, collection_key)), &|| {
        Ok(pages::note_markup::annotation_collection_head(config, total, pages_of_notes))
    })?;
    for n in 0..pages_of_notes {
        let range = n * ANNOTATION_PAGE..count.min((n + 1) * ANNOTATION_PAGE);
        let seed = Mix::new(global).with(n as u64).with(pages_of_notes as u64);
        listing(&pages::note_markup::annotation_page_path(n + 1), rows_key(range.clone(), seed), &|| {
            let rows = rows_in(range.clone())?;
            Ok(pages::note_markup::annotation_page(
                config,
                n + 1,
                pages_of_notes,
                rows.iter().map(|r| r.annotations.as_str()),
            ))
        })?;
    }
    Ok(())
}
