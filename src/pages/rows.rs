//! Listing rows: each article's entry in every page that lists articles (the index, the feed,
//! the sitemap, the sources matrix, the terms page and the timeline).
//!
//! A listing of 10,000 articles rendered through one template costs seconds and holds every
//! article's view at once (Zola's memory problem). Instead each article's rows are rendered on
//! their own, in parallel, kept between watch-mode rebuilds while the article's inputs are
//! unchanged, and the listing's page template receives them joined. A row's default markup is
//! written here in Rust, byte for byte what the default row template (`templates/<row>`)
//! renders, because a template call per row costs more than the rest of the row's work; a
//! site that overrides a row template gets its own template rendered instead.

use std::fmt::Write;

use serde::Serialize;
use tera::Context;

use crate::diag::Diagnostic;
use crate::pages::sources::Row;
use crate::pages::terms::NotesByArticle;
use crate::pages::timeline::ArticleMentions;
use crate::pages::{ArticleItem, SiteView, Templates, lang_attr};
use crate::render::Escape;

/// The row templates, by what they list.
pub const INDEX: &str = "index-item.html";
pub const FEED: &str = "feed-entry.xml";
pub const SITEMAP: &str = "sitemap-url.xml";
pub const SOURCES: &str = "sources-row.html";
pub const TERMS: &str = "terms-article.html";
pub const TIMELINE: &str = "timeline-article.html";

/// Stands for the way back to the site's top in the front page's and the sources matrix's
/// rows: those listings are paged, and page n sits two folders deeper than page 1, so each page
/// puts its own `root` in ([`at_root`]). A private-use character cannot come from an escaped
/// title as markup; at worst it would print a few dots and slashes.
pub const ROOT: &str = "\u{E000}gloss-root\u{E000}";

/// Rows of a paged listing with [`ROOT`] replaced by the page's way back to the site's top.
pub fn at_root(rows: &[&str], root: &str) -> Vec<String> {
    rows.iter().map(|r| r.replace(ROOT, root)).collect()
}

/// A sitemap entry.
#[derive(Debug, Serialize)]
pub struct SitemapEntry<'a> {
    pub path: &'a str,
    pub lastmod: Option<String>,
}

/// Renders rows: the built-in markup, or the site's own row template where it has one.
pub struct RowRenderer<'a> {
    templates: &'a Templates,
    site: &'a SiteView<'a>,
}

impl<'a> RowRenderer<'a> {
    pub fn new(templates: &'a Templates, site: &'a SiteView<'a>) -> Self {
        RowRenderer { templates, site }
    }

    fn template(
        &self,
        name: &str,
        root: &str,
        var: &'static str,
        value: &impl Serialize,
    ) -> Result<String, Diagnostic> {
        let mut ctx = Context::new();
        ctx.insert("site", self.site);
        ctx.insert("root", root);
        ctx.insert(var, value);
        self.templates.render(name, &ctx)
    }

    /// The article on the front page (its root is [`ROOT`]).
    pub fn index(&self, a: &ArticleItem<'_>) -> Result<String, Diagnostic> {
        if self.templates.is_overridden(INDEX) {
            return self.template(INDEX, ROOT, "a", a);
        }
        Ok(index(a, ROOT))
    }

    /// The article in the Atom feed; `updated` stands in for a missing date.
    pub fn feed(&self, a: &ArticleItem<'_>, updated: &str) -> Result<String, Diagnostic> {
        if self.templates.is_overridden(FEED) {
            let mut ctx = Context::new();
            ctx.insert("site", self.site);
            ctx.insert("a", a);
            ctx.insert("updated", updated);
            return self.templates.render(FEED, &ctx);
        }
        Ok(feed(a, self.site.base_url, updated))
    }

    pub fn sitemap(&self, p: &SitemapEntry<'_>) -> Result<String, Diagnostic> {
        if self.templates.is_overridden(SITEMAP) {
            return self.template(SITEMAP, "", "p", p);
        }
        Ok(sitemap(p, self.site.base_url))
    }

    /// The article's row of the sources matrix (its root is [`ROOT`]).
    pub fn sources(&self, r: &Row<'_>) -> Result<String, Diagnostic> {
        if self.templates.is_overridden(SOURCES) {
            return self.template(SOURCES, ROOT, "r", r);
        }
        Ok(sources(r, ROOT))
    }

    /// The article's notes that cite one term, on the terms page.
    pub fn terms(&self, a: &NotesByArticle<'_>) -> Result<String, Diagnostic> {
        if self.templates.is_overridden(TERMS) {
            return self.template(TERMS, "../", "a", a);
        }
        Ok(terms(a, "../"))
    }

    /// The article's sentences that mention one milestone, on the timeline page.
    pub fn timeline(&self, a: &ArticleMentions<'_>) -> Result<String, Diagnostic> {
        if self.templates.is_overridden(TIMELINE) {
            return self.template(TIMELINE, "../", "a", a);
        }
        Ok(timeline(a, "../"))
    }
}

// The built-in rows. `write!` into a String cannot fail, hence the ignored results.

fn index(a: &ArticleItem<'_>, root: &str) -> String {
    let mut s = String::with_capacity(512);
    let _ = write!(
        s,
        "<li class=\"article-item\">\n<h3 class=\"article-item-title\"><a href=\"{root}{}\"{}>{}</a></h3>\n<p class=\"meta\">",
        Escape(&a.href),
        lang_attr(a.lang),
        Escape(a.title)
    );
    if let Some(source) = a.source {
        let _ = write!(s, "<span class=\"outlet\">{}</span>", Escape(source));
    }
    if a.source.is_some() && a.date.is_some() {
        s.push(' ');
    }
    if let Some(d) = &a.date {
        let _ = write!(s, "<time datetime=\"{}\">{}</time>", Escape(&d.iso), Escape(&d.human));
        if d.is_event {
            s.push_str(" <span class=\"date-note\">(date of the event covered)</span>");
        }
    }
    s.push_str("</p>\n");
    if let Some(summary) = a.summary {
        let _ = writeln!(s, "<p class=\"dek\"{}>{}</p>", lang_attr(a.lang), Escape(summary));
    }
    if !a.notes.is_empty() {
        s.push_str("<p class=\"note-counts\"><span class=\"visually-hidden\">Margin notes: </span>");
        for (k, c) in a.notes.iter().enumerate() {
            if k > 0 {
                s.push(' ');
            }
            let _ = write!(s, "<span class=\"count-chip note-{}\">{}</span>", Escape(c.kind), Escape(&c.text));
        }
        s.push_str("</p>\n");
    }
    s.push_str("</li>\n");
    s
}

fn feed(a: &ArticleItem<'_>, base: &str, updated: &str) -> String {
    let mut s = String::with_capacity(512);
    let (base, path) = (Escape(base), Escape(&a.path));
    let _ = write!(
        s,
        "  <entry>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{base}{path}\"/>\n    <id>{base}{path}</id>\n    <updated>{}T00:00:00Z</updated>\n",
        Escape(a.title),
        Escape(a.date.as_ref().map_or(updated, |d| d.iso.as_str()))
    );
    if let Some(source) = a.source {
        let _ = writeln!(s, "    <author><name>{}</name></author>", Escape(source));
    }
    if let Some(summary) = a.summary {
        let _ = writeln!(s, "    <summary>{}</summary>", Escape(summary));
    }
    s.push_str("  </entry>\n");
    s
}

fn sitemap(p: &SitemapEntry<'_>, base: &str) -> String {
    let mut s = format!("  <url><loc>{}{}</loc>", Escape(base), Escape(p.path));
    if let Some(lastmod) = &p.lastmod {
        let _ = write!(s, "<lastmod>{}</lastmod>", Escape(lastmod));
    }
    s.push_str("</url>\n");
    s
}

fn sources(r: &Row<'_>, root: &str) -> String {
    let mut s = String::with_capacity(1024);
    let _ = write!(
        s,
        "<tr>\n<th scope=\"row\" class=\"matrix-article\"><a href=\"{root}{}\">{}</a>",
        Escape(&r.href),
        Escape(r.title)
    );
    if r.source.is_some() || r.date.is_some() {
        s.push_str("<span class=\"matrix-meta\">");
        if let Some(source) = r.source {
            let _ = write!(s, "{}", Escape(source));
        }
        if r.source.is_some() && r.date.is_some() {
            s.push_str(", ");
        }
        if let Some(d) = &r.date {
            let _ = write!(s, "<time datetime=\"{}\">{}</time>", Escape(&d.iso), Escape(&d.human));
        }
        s.push_str("</span>");
    }
    s.push_str(" <span class=\"matrix-notes\">");
    if r.notes.is_empty() {
        s.push_str("<span class=\"matrix-auto\">no notes</span>");
    } else {
        for c in &r.notes {
            let _ = write!(s, "<span class=\"count-chip note-{}\">{}</span> ", Escape(c.kind), Escape(&c.text));
        }
        if r.automatic > 0 {
            let _ = write!(s, "<span class=\"matrix-auto\">({} automatic)</span>", r.automatic);
        }
    }
    s.push_str("</span>");
    if r.silent > 0 || r.not_in_force > 0 {
        let terms = |n: usize| if n == 1 { "term" } else { "terms" };
        s.push_str("<span class=\"matrix-rest\">");
        if r.silent > 0 {
            let _ = write!(s, "Silent on {} {}", r.silent, terms(r.silent));
        }
        if r.silent > 0 && r.not_in_force > 0 {
            s.push_str("; ");
        }
        if r.not_in_force > 0 {
            let _ = write!(s, "{} {} not in force at its stage", r.not_in_force, terms(r.not_in_force));
        }
        s.push_str(".</span>");
    }
    s.push_str("</th>\n");
    for c in &r.cells {
        let mark = match c.state {
            "agrees" => "✓",
            "contradicts" => "✗",
            "silent" => "–",
            _ => "·",
        };
        let _ = write!(
            s,
            "<td class=\"cell cell-{}\"><span class=\"cell-term\">{}</span><span class=\"cell-mark\" aria-hidden=\"true\">{mark}</span>",
            Escape(c.state),
            Escape(c.term)
        );
        match &c.href {
            Some(href) => {
                let _ = write!(s, "<a href=\"{root}{}\">{}</a>", Escape(href), Escape(c.label));
            }
            None => {
                let _ = write!(s, "{}", Escape(c.label));
            }
        }
        if c.count > 1 {
            let _ = write!(s, " <span class=\"cell-count\">{} passages</span>", c.count);
        }
        s.push_str("</td>");
    }
    s.push_str("\n</tr>\n");
    s
}

fn terms(a: &NotesByArticle<'_>, root: &str) -> String {
    let mut s = String::from("<li>");
    if let Some(source) = a.source {
        let _ = write!(s, "<span class=\"outlet\">{}</span>, ", Escape(source));
    }
    let lang = lang_attr(a.lang);
    let _ = write!(s, "<cite{lang}>{}</cite>\n<ul>", Escape(a.title));
    for n in &a.notes {
        let _ = write!(
            s,
            "<li><a href=\"{root}{}\">Note {}</a> <span class=\"count-chip note-{}\">{}</span>: <q{lang}>{}</q></li>",
            Escape(&n.href),
            n.number,
            Escape(n.kind),
            Escape(n.label),
            Escape(n.quote)
        );
    }
    s.push_str("</ul>\n</li>\n");
    s
}

fn timeline(a: &ArticleMentions<'_>, root: &str) -> String {
    let mut s = String::from("<li>\n<p class=\"meta\">");
    if let Some(source) = a.source {
        let _ = write!(s, "<span class=\"outlet\">{}</span>, ", Escape(source));
    }
    let title = Escape(a.title);
    let lang = lang_attr(a.lang);
    let _ = write!(s, "<cite{lang}><a href=\"{root}{}\">{title}</a></cite>", Escape(&a.href));
    if let Some(d) = &a.date {
        let _ = write!(s, ", <time datetime=\"{}\">{}</time>", Escape(&d.iso), Escape(&d.human));
    }
    s.push_str("</p>\n");
    for p in &a.passages {
        let _ = write!(
            s,
            "<blockquote class=\"tl-passage\"{lang}><p>{}<mark class=\"tl-phrase\">{}</mark>{}</p></blockquote>\n<p class=\"meta tl-in-place\"><a href=\"{root}{}\">Read it in place<span class=\"visually-hidden\"> in {title}</span></a> ({})</p>\n",
            Escape(&p.before),
            Escape(&p.phrase),
            Escape(&p.after),
            Escape(&p.href),
            Escape(&p.place)
        );
        if !p.notes.is_empty() {
            s.push_str("<ul class=\"tl-notes\">");
            for n in &p.notes {
                let _ = write!(
                    s,
                    "<li><a href=\"{root}{}\">Note {}</a> <span class=\"count-chip note-{}\">{}</span>",
                    Escape(&n.href),
                    n.number,
                    Escape(n.kind),
                    Escape(n.label)
                );
                if !n.text.is_empty() {
                    let _ = write!(s, " {}", n.text);
                }
                s.push_str("</li>");
            }
            s.push_str("</ul>\n");
        }
    }
    s.push_str("</li>\n");
    s
}
