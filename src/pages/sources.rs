//! The sources page's view: a matrix of articles × checked terms, each cell saying whether the
//! article agrees with the term, contradicts it or is silent, and linking to the passage.
//!
//! Agreeing passages carry no note, so the article page gets a bare link target for each of
//! them ([`anchors`]: `#c1`, `#c2`, …) that the matrix links to.

use serde::Serialize;

use crate::checks::{Checked, Finding};
use crate::content::Article;
use crate::content::notes::NoteKind;
use crate::content::terms::Terms;
use crate::notes::{Resolved, stage_date};
use crate::pages::{ArticleItem, DateView, KindCount, article_href};
use crate::render::Placement;

/// The open agreeing findings of an article, in reading order: their anchors are `#c1`, `#c2`…
fn agreeing(findings: &[Finding], article: usize) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(move |f| f.article == article && f.agrees && f.is_open())
}

/// Bare link targets (no highlight, no note) at the article's agreeing passages.
pub fn anchors(findings: &[Finding], article: usize) -> Vec<Placement> {
    agreeing(findings, article)
        .enumerate()
        .map(|(k, f)| Placement {
            block: f.anchor.block,
            start: f.anchor.start,
            end: f.anchor.end,
            number: k + 1,
            html: String::new(),
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct TermColumn<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub event: &'a str,
    pub date: Option<DateView>,
    /// How many articles contradict / agree with it.
    pub contradicting: usize,
    pub agreeing: usize,
}

#[derive(Debug, Serialize)]
pub struct Cell {
    /// "agrees", "contradicts", "silent" or "not-in-force".
    pub state: &'static str,
    /// The text readers see (never colour alone).
    pub label: &'static str,
    /// From the site's top, to the passage.
    pub href: Option<String>,
    /// How many passages say so, when more than one.
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct Row<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub href: String,
    pub date: Option<DateView>,
    pub cells: Vec<Cell>,
    /// Notes by kind, as on the index page.
    pub notes: Vec<KindCount>,
    /// How many of those notes the checks wrote.
    pub automatic: usize,
}

#[derive(Debug, Serialize)]
pub struct SourcesView<'a> {
    pub terms: Vec<TermColumn<'a>>,
    pub rows: Vec<Row<'a>>,
}

/// The matrix. Columns are the terms that have checks and are in force at some article's stage,
/// newest first (the terms in force now lead); rows are the articles in reading order.
pub fn view<'a>(
    terms: &'a Terms,
    articles: &'a [Article],
    items: &[ArticleItem<'_>],
    notes: &[Vec<Resolved>],
    checked: &Checked,
) -> SourcesView<'a> {
    let stages: Vec<_> = articles.iter().filter_map(|a| stage_date(a, terms)).collect();
    let mut columns: Vec<&crate::content::terms::Term> =
        terms.terms.iter().filter(|t| !t.checks.is_empty() && stages.iter().any(|d| terms.in_force(t, *d))).collect();
    columns.sort_by_key(|t| std::cmp::Reverse(terms.term_date(t)));
    let mut rows = Vec::new();
    let mut contradicting = vec![0; columns.len()];
    let mut agreeing_count = vec![0; columns.len()];
    for (i, article) in articles.iter().enumerate() {
        let stage = stage_date(article, terms);
        let href = article_href(&article.slug);
        let article_notes = notes.get(i).map_or(&[][..], Vec::as_slice);
        let agreeing: Vec<&Finding> = agreeing(&checked.findings, i).collect();
        let cells = columns
            .iter()
            .enumerate()
            .map(|(c, t)| {
                if stage.is_none_or(|d| !terms.in_force(t, d)) {
                    return Cell { state: "not-in-force", label: "not in force", href: None, count: 0 };
                }
                let against: Vec<&Resolved> = article_notes
                    .iter()
                    .filter(|n| !n.back && n.kind == NoteKind::ContradictsTerms && n.term.as_deref() == Some(&t.id))
                    .collect();
                if let Some(first) = against.first() {
                    contradicting[c] += 1;
                    return Cell {
                        state: "contradicts",
                        label: "contradicts",
                        href: Some(format!("{href}#q{}", first.number)),
                        count: against.len(),
                    };
                }
                let with: Vec<usize> =
                    agreeing.iter().enumerate().filter(|(_, f)| f.term == t.id).map(|(k, _)| k + 1).collect();
                if let Some(first) = with.first() {
                    agreeing_count[c] += 1;
                    return Cell {
                        state: "agrees",
                        label: "agrees",
                        href: Some(format!("{href}#c{first}")),
                        count: with.len(),
                    };
                }
                Cell { state: "silent", label: "silent", href: None, count: 0 }
            })
            .collect();
        rows.push(Row {
            title: &article.title,
            source: article.source.as_deref(),
            href,
            date: items.get(i).and_then(|it| it.date.clone()),
            cells,
            notes: items.get(i).map(|it| it.notes.clone()).unwrap_or_default(),
            automatic: article_notes.iter().filter(|n| n.automatic && !n.back).count(),
        });
    }
    let terms_view = columns
        .iter()
        .enumerate()
        .map(|(c, t)| TermColumn {
            id: &t.id,
            title: &t.title,
            event: &t.event,
            date: terms.term_date(t).map(|d| DateView::new(d, false)),
            contradicting: contradicting[c],
            agreeing: agreeing_count[c],
        })
        .collect();
    SourcesView { terms: terms_view, rows }
}
