//! The official-terms page's view: events newest first, their terms, what each replaced, and
//! every note of the digest that refers to it, grouped by article.

use serde::Serialize;

use crate::content::Article;
use crate::content::terms::{Document, Terms};
use crate::notes::Resolved;
use crate::pages::{DateView, article_href, note_markup::label};
use crate::render::markdown_to_html;

#[derive(Debug, Serialize)]
pub struct EventView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub date: DateView,
    pub summary: Option<&'a str>,
    pub documents: &'a [Document],
    pub reported: bool,
    pub terms: Vec<TermView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct TermRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub date: Option<DateView>,
}

#[derive(Debug, Serialize)]
pub struct TermView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub quote: &'a str,
    pub comment: Option<String>,
    pub until: Option<i32>,
    pub replaces: Vec<TermRef<'a>>,
    pub replaced_by: Vec<TermRef<'a>>,
    /// The notes that cite it, one rendered row per article (empty when none does).
    pub notes_html: String,
}

#[derive(Debug, Serialize)]
pub struct NotesByArticle<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    /// The article's language, for its title and the passages quoted.
    pub lang: Option<&'a str>,
    pub dir: Option<&'static str>,
    pub notes: Vec<NoteRef<'a>>,
}

#[derive(Debug, Serialize)]
pub struct NoteRef<'a> {
    pub number: usize,
    pub label: &'static str,
    pub kind: &'static str,
    pub quote: &'a str,
    /// From the site's top, to the passage in place.
    pub href: String,
}

/// The events, newest first, with their terms. `notes_html(t)` gives the rendered notes that
/// cite term `t` (its index in `terms.terms`).
pub fn events<'a>(terms: &'a Terms, mut notes_html: impl FnMut(usize) -> String) -> Vec<EventView<'a>> {
    let term_ref = |id: &'a str| {
        terms.term(id).map(|t| TermRef {
            id: &t.id,
            title: &t.title,
            date: terms.term_date(t).map(|d| DateView::new(d, false)),
        })
    };
    let mut out: Vec<EventView<'a>> = terms
        .events
        .iter()
        .map(|e| EventView {
            id: &e.id,
            title: &e.title,
            date: DateView::new(e.date, false),
            summary: e.summary.as_deref(),
            documents: &e.documents,
            reported: e.reported,
            terms: terms
                .terms
                .iter()
                .enumerate()
                .filter(|(_, t)| t.event == e.id)
                .map(|(ti, t)| TermView {
                    id: &t.id,
                    title: &t.title,
                    quote: &t.quote,
                    comment: t.comment.as_deref().map(markdown_to_html),
                    until: t.until,
                    replaces: t.replaces.iter().filter_map(|r| term_ref(r)).collect(),
                    replaced_by: terms.replaced_by(t).into_iter().filter_map(|r| term_ref(&r.id)).collect(),
                    notes_html: notes_html(ti),
                })
                .collect(),
        })
        .collect();
    out.reverse();
    out
}

/// One article's notes that cite each term: (index in `terms.terms`, the article with its notes).
pub fn notes_by_term<'a>(
    terms: &Terms,
    article: &'a Article,
    notes: &'a [Resolved],
) -> Vec<(usize, NotesByArticle<'a>)> {
    let mut cited: Vec<usize> = notes
        .iter()
        .filter_map(|n| n.term.as_deref())
        .filter_map(|id| terms.terms.iter().position(|t| t.id == id))
        .collect();
    cited.sort_unstable();
    cited.dedup();
    cited
        .into_iter()
        .map(|ti| {
            let id = terms.terms[ti].id.as_str();
            let refs = notes
                .iter()
                .filter(|n| n.term.as_deref() == Some(id))
                .map(|n| NoteRef {
                    number: n.number,
                    label: label(n),
                    kind: n.kind.id(),
                    quote: &n.quote,
                    href: format!("{}#q{}", article_href(&article.slug), n.number),
                })
                .collect();
            (
                ti,
                NotesByArticle {
                    title: &article.title,
                    source: article.source.as_deref(),
                    lang: article.lang.as_deref(),
                    dir: article.lang.as_deref().and_then(crate::lang::direction),
                    notes: refs,
                },
            )
        })
        .collect()
}
