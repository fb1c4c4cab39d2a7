//! The sources page's view: a matrix of articles × checked terms, each cell saying whether the
//! article agrees with the term, contradicts it or is silent, and linking to the passage.
//!
//! Agreeing passages carry no note, so the article page gets a bare link target for each of
//! them ([`anchors`]: `#c1`, `#c2`, …) that the matrix links to.

use serde::Serialize;

use crate::checks::Finding;
use crate::content::annotations::NoteKind;
use crate::content::terms::{Term, Terms};
use crate::content::{Article, stage_date};
use crate::notes::Resolved;
use crate::pages::{ArticleItem, DateView, KindCount, article_href};
use crate::render::Placement;

/// Bare link targets (no highlight, no note) at the article's agreeing passages (`#c1`, `#c2`…
/// in reading order). `findings` are the article's findings.
pub fn anchors(findings: &[Finding]) -> Vec<Placement> {
    findings
        .iter()
        .filter(|f| f.agrees && f.is_open())
        .enumerate()
        .map(|(k, f)| Placement {
            block: f.anchor.block,
            start: f.anchor.start,
            end: f.anchor.end,
            number: k + 1,
            note: None,
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
pub struct Cell<'a> {
    /// The term's title: a narrow screen shows the row as a list, without the column heads.
    pub term: &'a str,
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
    pub cells: Vec<Cell<'a>>,
    /// How many cells are silent, and not in force (a narrow screen lists the others).
    pub silent: usize,
    pub not_in_force: usize,
    /// Notes by kind, as on the index page.
    pub notes: Vec<KindCount>,
    /// How many of those notes the checks wrote.
    pub automatic: usize,
}

#[derive(Debug, Serialize)]
pub struct SourcesView<'a> {
    pub terms: Vec<TermColumn<'a>>,
    /// The rows, rendered, and how many there are.
    pub rows_html: String,
    pub row_count: usize,
}

/// The matrix's columns: the terms that have checks and are in force at some article's stage,
/// newest first (the terms in force now lead).
pub fn columns<'a>(terms: &'a Terms, articles: &[std::sync::Arc<Article>]) -> Vec<&'a Term> {
    let mut stages: Vec<_> = articles.iter().filter_map(|a| stage_date(a, terms)).collect();
    stages.sort_unstable();
    stages.dedup();
    let mut columns: Vec<&Term> =
        terms.terms.iter().filter(|t| !t.checks.is_empty() && stages.iter().any(|d| terms.in_force(t, *d))).collect();
    columns.sort_by_key(|t| std::cmp::Reverse(terms.term_date(t)));
    columns
}

/// One article's row of the matrix. `findings` are the article's findings.
pub fn row<'a>(
    terms: &Terms,
    columns: &[&'a Term],
    article: &'a Article,
    item: &ArticleItem<'_>,
    notes: &[Resolved],
    findings: &[Finding],
) -> Row<'a> {
    let stage = stage_date(article, terms);
    let href = article_href(&article.slug);
    let agreeing: Vec<&Finding> = findings.iter().filter(|f| f.agrees && f.is_open()).collect();
    let cells: Vec<Cell<'a>> = columns
        .iter()
        .map(|t| {
            let term = t.title.as_str();
            if stage.is_none_or(|d| !terms.in_force(t, d)) {
                return Cell { term, state: "not-in-force", label: "not in force", href: None, count: 0 };
            }
            let against: Vec<&Resolved> = notes
                .iter()
                .filter(|n| !n.back && n.kind == NoteKind::ContradictsTerms && n.term.as_deref() == Some(&t.id))
                .collect();
            if let Some(first) = against.first() {
                return Cell {
                    term,
                    state: "contradicts",
                    label: "contradicts",
                    href: Some(format!("{href}#q{}", first.number)),
                    count: against.len(),
                };
            }
            let with: Vec<usize> =
                agreeing.iter().enumerate().filter(|(_, f)| f.term == t.id).map(|(k, _)| k + 1).collect();
            if let Some(first) = with.first() {
                return Cell {
                    term,
                    state: "agrees",
                    label: "agrees",
                    href: Some(format!("{href}#c{first}")),
                    count: with.len(),
                };
            }
            Cell { term, state: "silent", label: "silent", href: None, count: 0 }
        })
        .collect();
    Row {
        silent: cells.iter().filter(|c| c.state == "silent").count(),
        not_in_force: cells.iter().filter(|c| c.state == "not-in-force").count(),
        title: &article.title,
        source: article.source.as_deref(),
        href,
        date: item.date.clone(),
        cells,
        notes: item.notes.clone(),
        automatic: notes.iter().filter(|n| n.automatic && !n.back).count(),
    }
}

/// The columns' heads, with how many articles contradict and agree with each term (`tally[c]`).
pub fn term_columns<'a>(terms: &'a Terms, columns: &[&'a Term], tally: &[(usize, usize)]) -> Vec<TermColumn<'a>> {
    columns
        .iter()
        .enumerate()
        .map(|(c, t)| TermColumn {
            id: &t.id,
            title: &t.title,
            event: &t.event,
            date: terms.term_date(t).map(|d| DateView::new(d, false)),
            contradicting: tally.get(c).map_or(0, |x| x.0),
            agreeing: tally.get(c).map_or(0, |x| x.1),
        })
        .collect()
}
