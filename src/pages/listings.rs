//! The listings: each article's row in every page that lists articles ([`article_rows`]), and
//! the listing pages themselves ([`Renderer`]), which get their rows ready-made and joined
//! ([`with_rows`]). A listing is a pure function of its rows and the site; which ones need
//! rendering again is [`crate::incremental`]'s business.

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use walkdir::WalkDir;

use crate::content::annotations::NoteKind;
use crate::content::terms::Term;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::load;
use crate::pages::front::{self, INDEX_PAGE, Lead, Misstatement, Pager, SOURCES_PAGE};
use crate::pages::rows::{RowRenderer, SitemapEntry, at_root};
use crate::pages::{self, ArticleItem, KindCount, NavItem, Prepared, SiteView, Templates, base_context};
use crate::write::Output;

/// How many articles one sitemap file lists: past it, sitemap.xml is an index of files of this
/// many (the protocol allows 50,000 URLs a file; this keeps each near half a megabyte).
pub const SITEMAP_URLS: usize = 5_000;

/// How many articles' notes one page of the annotation collection holds.
pub const ANNOTATION_PAGE: usize = 100;

/// One article's rows in every listing. (Serialised: the build cache on disk keeps them.)
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ArticleRows {
    pub index: String,
    pub feed: String,
    pub sitemap: String,
    pub sources: String,
    /// Per column of the sources matrix: whether the article contradicts / agrees with it.
    pub tally: Vec<(bool, bool)>,
    /// (term index, rendered notes that cite it).
    pub terms: Vec<(usize, String)>,
    /// (milestone index, rendered sentences that mention it).
    pub timeline: Vec<(usize, String)>,
    pub mentions: usize,
    /// The passages its notes say contradict a term: what the front page's lead reads.
    pub misstated: Vec<Misstatement>,
    /// The article's notes as Web Annotation JSON objects, and how many.
    pub annotations: String,
    pub annotation_count: usize,
}

/// What every page of the site is rendered with: the prepared digest, the templates, the
/// navigation, the build date, and what the listings read of all articles.
pub struct Renderer<'a> {
    pub prepared: &'a Prepared,
    pub templates: &'a Templates,
    pub view: SiteView<'a>,
    pub nav: Vec<NavItem>,
    pub has_terms: bool,
    pub has_timeline: bool,
    pub has_sources: bool,
    /// "Today": the timeline's marker and relative dates.
    pub today: NaiveDate,
    /// The newest article's date, and as the feed writes it.
    pub updated: Option<NaiveDate>,
    pub updated_iso: String,
    /// The sources page's columns.
    pub columns: Vec<&'a Term>,
}

impl<'a> Renderer<'a> {
    /// `updated` and `columns` (term ids) are what the listings read of all articles.
    pub fn new(
        prepared: &'a Prepared,
        templates: &'a Templates,
        today: NaiveDate,
        updated: Option<NaiveDate>,
        columns: &[String],
    ) -> Renderer<'a> {
        let (corpus, timeline) = (&prepared.corpus, &prepared.timeline);
        let terms = &corpus.terms;
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
        Renderer {
            prepared,
            templates,
            view: SiteView::new(&corpus.config),
            nav,
            has_terms,
            has_timeline,
            has_sources,
            today,
            updated,
            updated_iso: updated.map_or_else(|| "1970-01-01".to_string(), |d| d.to_string()),
            columns: columns.iter().filter_map(|id| terms.term(id)).collect(),
        }
    }

    /// The newest article's date and the sources page's columns: what the listings read of
    /// all articles and the terms.
    pub fn whole(prepared: &Prepared) -> (Option<NaiveDate>, Vec<String>) {
        let corpus = &prepared.corpus;
        let updated = corpus.articles.iter().filter_map(|a| a.published).max();
        let columns = pages::sources::columns(&corpus.terms, &corpus.articles).iter().map(|t| t.id.clone()).collect();
        (updated, columns)
    }

    fn page(&self, name: &str, ctx: &tera::Context) -> Result<String> {
        self.templates.render(name, ctx).map_err(|d| Error::Content(vec![d]))
    }

    /// Article `i` as listings show it, with its note counts.
    pub fn item(&self, i: usize) -> ArticleItem<'a> {
        let prepared = self.prepared;
        let mut item = ArticleItem::new(&prepared.corpus.articles[i]);
        item.notes = NoteKind::ALL
            .iter()
            .map(|&k| KindCount::new(k, prepared.notes.count(i, k)))
            .filter(|c| c.count > 0)
            .collect();
        item
    }

    /// What the coverage got wrong, for the front page's lead (`all_rows`: every article's).
    pub fn lead<'r>(&'r self, all_rows: &[&'r ArticleRows]) -> Lead<'r> {
        let corpus = &self.prepared.corpus;
        let each: Vec<&[Misstatement]> = all_rows.iter().map(|r| r.misstated.as_slice()).collect();
        front::lead(&corpus.terms, &corpus.articles, &each)
    }

    /// Page `page` (from 1) of the front page: on the first, the lead and the timeline at a
    /// glance; on every one, [`INDEX_PAGE`] articles, newest first (`rows`: this page's).
    pub fn index(&self, page: usize, rows: &[&str], lead: Option<&Lead<'_>>) -> Result<String> {
        let count = self.prepared.corpus.articles.len();
        let depth = front::page_depth(0, page);
        let root = "../".repeat(depth);
        let path = front::page_path("", page);
        let rows = at_root(rows, &root);
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        with_rows(&[rows], &|rows| {
            let mut ctx = base_context(&self.view, &self.nav, depth, path.trim_end_matches("index.html"));
            ctx.insert("current", "index");
            ctx.insert("article_count", &count);
            ctx.insert("articles_html", &rows[0]);
            ctx.insert("has_terms", &self.has_terms);
            ctx.insert("has_timeline", &self.has_timeline);
            ctx.insert("has_sources", &self.has_sources);
            ctx.insert("pager", &Pager::new("", page, count, INDEX_PAGE));
            if let Some(lead) = lead {
                ctx.insert("lead", lead);
            }
            if page == 1 && self.has_timeline {
                let overview = pages::timeline::overview(&self.prepared.timeline.milestones, self.today);
                ctx.insert("overview", &overview);
            }
            self.page("index.html", &ctx)
        })
    }

    /// The official terms, each with the notes that cite it (`slots[t]`, term t's rows).
    pub fn terms(&self, slots: &[Vec<&str>]) -> Result<String> {
        with_rows(slots, &|rows| {
            let mut ctx = base_context(&self.view, &self.nav, 1, "terms/");
            ctx.insert("current", "terms");
            ctx.insert("events", &pages::terms::events(&self.prepared.corpus.terms, |t| rows[t].clone()));
            self.page("terms.html", &ctx)
        })
    }

    /// The timeline, each milestone with the articles that mention it (`slots[m]`).
    pub fn timeline(&self, slots: &[Vec<&str>], mentions: usize) -> Result<String> {
        let (milestones, terms) = (&self.prepared.timeline.milestones, &self.prepared.corpus.terms);
        with_rows(slots, &|rows| {
            let mut ctx = base_context(&self.view, &self.nav, 1, "timeline/");
            ctx.insert("current", "timeline");
            let view = pages::timeline::page(milestones, terms, rows.to_vec(), mentions, self.today);
            ctx.insert("timeline", &view);
            self.page("timeline.html", &ctx)
        })
    }

    /// Page `page` (from 1) of the sources matrix, [`SOURCES_PAGE`] rows a page (`rows`: this
    /// page's); `tally[c]` counts all the articles that contradict / agree with column c.
    pub fn sources(&self, page: usize, rows: &[&str], tally: &[(usize, usize)]) -> Result<String> {
        let count = self.prepared.corpus.articles.len();
        let depth = front::page_depth(1, page);
        let root = "../".repeat(depth);
        let path = front::page_path("sources/", page);
        let rows = at_root(rows, &root);
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        with_rows(&[rows], &|rows| {
            let mut ctx = base_context(&self.view, &self.nav, depth, path.trim_end_matches("index.html"));
            ctx.insert("current", "sources");
            ctx.insert(
                "matrix",
                &pages::sources::SourcesView {
                    terms: pages::sources::term_columns(&self.prepared.corpus.terms, &self.columns, tally),
                    rows_html: rows[0].clone(),
                    row_count: count,
                },
            );
            ctx.insert("pager", &Pager::new("sources/", page, count, SOURCES_PAGE));
            self.page("sources.html", &ctx)
        })
    }

    /// The Atom feed.
    pub fn feed(&self, rows: &[&str]) -> Result<String> {
        with_rows(&[rows.to_vec()], &|rows| {
            let mut ctx = base_context(&self.view, &self.nav, 0, "feed.xml");
            ctx.insert("entries", &rows[0]);
            ctx.insert("updated", &self.updated_iso);
            self.page("feed.xml", &ctx)
        })
    }

    /// A sitemap: the listings (`with_listings`: the first or only file), then these articles.
    pub fn sitemap(&self, rows: &[&str], with_listings: bool) -> Result<String> {
        let count = self.prepared.corpus.articles.len();
        let paged = |dir: &str, per_page: usize| -> Vec<String> {
            (2..=front::page_count(count, per_page))
                .map(|n| front::page_path(dir, n).trim_end_matches("index.html").to_string())
                .collect()
        };
        let index_pages = paged("", INDEX_PAGE);
        let sources_pages = if self.has_sources { paged("sources/", SOURCES_PAGE) } else { Vec::new() };
        let mut entries = Vec::new();
        if with_listings {
            entries.push(SitemapEntry { path: "", lastmod: self.updated.map(|d| d.to_string()) });
            for (shown, path) in
                [(self.has_terms, "terms/"), (self.has_timeline, "timeline/"), (self.has_sources, "sources/")]
            {
                if shown {
                    entries.push(SitemapEntry { path, lastmod: None });
                }
            }
            entries.extend(index_pages.iter().chain(&sources_pages).map(|p| SitemapEntry { path: p, lastmod: None }));
        }
        with_rows(&[rows.to_vec()], &|rows| {
            let mut ctx = base_context(&self.view, &self.nav, 0, "sitemap.xml");
            ctx.insert("pages", &entries);
            ctx.insert("urls", &rows[0]);
            self.page("sitemap.xml", &ctx)
        })
    }

    /// sitemap.xml of a digest too large for one file: the index of its `parts`.
    pub fn sitemap_index(&self, parts: &[String]) -> Result<String> {
        let mut ctx = base_context(&self.view, &self.nav, 0, "sitemap.xml");
        ctx.insert("parts", parts);
        ctx.insert("updated", &self.updated.map(|d| d.to_string()));
        self.page("sitemap-index.xml", &ctx)
    }

    pub fn robots(&self) -> Result<String> {
        self.page("robots.txt", &base_context(&self.view, &self.nav, 0, "robots.txt"))
    }

    pub fn stylesheet(&self) -> Result<String> {
        self.templates.raw("style.css").map_err(|d| Error::Content(vec![d]))
    }

    /// The 404 page, with the stylesheet inline (hosts serve it at any address).
    pub fn not_found(&self) -> Result<String> {
        let mut ctx = base_context(&self.view, &self.nav, 0, "404.html");
        ctx.insert("stylesheet", &self.stylesheet()?);
        ctx.insert("home", &pages::home_path(&self.prepared.corpus.config.base_url));
        self.page("404.html", &ctx)
    }

    /// Article `i`'s rows in every listing.
    pub fn rows_of(&self, i: usize, rows: &RowRenderer<'_>) -> Result<ArticleRows> {
        article_rows(self.prepared, i, &self.item(i), rows, &self.columns, &self.updated_iso)
    }
}

/// The rows of a page with several slots (a term's notes, a milestone's articles): `n` slots,
/// each with the rows the articles put in it, in article order.
pub fn slots<'a>(
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
pub fn with_rows(parts: &[Vec<&str>], render: &dyn Fn(&[String]) -> Result<String>) -> Result<String> {
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

/// An article's rows in every listing.
pub fn article_rows(
    prepared: &Prepared,
    i: usize,
    this: &ArticleItem<'_>,
    rows: &RowRenderer<'_>,
    columns: &[&crate::content::terms::Term],
    updated: &str,
) -> Result<ArticleRows> {
    let Prepared { corpus: site, notes, timeline, .. } = prepared;
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
    let timeline_rows = pages::timeline::article_mentions(article, mentions, article_notes)
        .into_iter()
        .map(|(m, a)| rows.timeline(&a).map(|html| (m, html)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(located)?;
    let (annotations, annotation_count) =
        pages::note_markup::annotation_items(article, article_notes, &site.config, &site.terms);
    Ok(ArticleRows {
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
        misstated: front::misstatements(article_notes),
        annotations,
        annotation_count,
    })
}

/// Copies the site's static/ folder (images, fonts) into the output as it is.
pub fn copy_static(root: &Path, out: &dyn Output) -> Result<Vec<String>> {
    let dir = root.join("static");
    let mut copied = Vec::new();
    if !dir.is_dir() {
        return Ok(copied);
    }
    for entry in WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::read(&dir, e.into()))?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || load::is_editor_temp(&name) {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        let bytes = fs::read(entry.path()).map_err(|e| Error::read(entry.path(), e))?;
        out.put_owned(&rel, bytes)?;
        copied.push(rel);
    }
    Ok(copied)
}
