//! The front page's lead (what the coverage got wrong: the terms outlets misstate most, by how
//! many outlets, with the worst passages linked) and the pager every paged listing shares.
//!
//! The front page and the sources matrix are paged so that every page's size is bounded
//! however large the digest grows: [`INDEX_PAGE`] articles, [`SOURCES_PAGE`] matrix rows.
//! Page 1 keeps its address (`index.html`, `sources/index.html`); page n is `page/n/` under it.

use std::collections::HashSet;

use serde::Serialize;

use crate::content::Article;
use crate::content::annotations::NoteKind;
use crate::content::terms::Terms;
use crate::notes::Resolved;
use crate::pages::{DateView, article_href};

/// How many articles one page of the front page lists.
pub const INDEX_PAGE: usize = 30;
/// How many articles (rows) one page of the sources matrix holds.
pub const SOURCES_PAGE: usize = 50;
/// How many misstated terms the lead shows, and passages under each.
const LEAD_TERMS: usize = 5;
const LEAD_EXAMPLES: usize = 2;

/// A passage that a note says contradicts an official term: what the lead reads of an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub struct Misstatement {
    /// The term's id.
    pub term: String,
    /// The passage as the reader sees it, and the words of its sentence around it.
    pub quote: String,
    pub before: String,
    pub after: String,
    /// The note's number: the passage is `#q<number>` on the article's page.
    pub number: usize,
    /// Written by a check rather than an editor.
    pub automatic: bool,
}

/// An article's passages that contradict a term, in reading order.
pub fn misstatements(notes: &[Resolved]) -> Vec<Misstatement> {
    notes
        .iter()
        .filter(|n| !n.back && n.kind == NoteKind::ContradictsTerms)
        .filter_map(|n| {
            Some(Misstatement {
                term: n.term.clone()?,
                quote: n.quote.clone(),
                before: context_before(&n.prefix),
                after: context_after(&n.suffix),
                number: n.number,
                automatic: n.automatic,
            })
        })
        .collect()
}

/// The words of the passage's sentence before it: the note's prefix from the sentence's start,
/// or from its first whole word behind an ellipsis.
fn context_before(prefix: &str) -> String {
    let from_sentence =
        [". ", "! ", "? ", ": ", "\n"].iter().filter_map(|p| prefix.rfind(p).map(|at| at + p.len())).max();
    match from_sentence {
        Some(at) => prefix[at..].to_string(),
        None => match prefix.find(' ') {
            Some(at) if at + 1 < prefix.len() => format!("…{}", &prefix[at + 1..]),
            _ => String::new(),
        },
    }
}

/// The words of the passage's sentence after it, up to its end or to the last whole word.
fn context_after(suffix: &str) -> String {
    if let Some(at) = suffix.find(['.', '!', '?', '\n']) {
        let end = if suffix[at..].starts_with('\n') { at } else { at + 1 };
        return suffix[..end].trim_end().to_string();
    }
    match suffix.rfind(' ') {
        Some(at) if at > 0 => format!("{}…", &suffix[..at]),
        _ => String::new(),
    }
}

/// The lead: how much of the coverage contradicts the terms, and the terms misstated most.
#[derive(Debug, Serialize)]
pub struct Lead<'a> {
    /// Articles with at least one passage that contradicts a term, of all articles.
    pub articles: usize,
    pub total: usize,
    /// Outlets with at least one such article, of all outlets named.
    pub outlets: usize,
    pub all_outlets: usize,
    /// Such passages in all.
    pub passages: usize,
    /// The terms misstated by the most outlets, most first.
    pub terms: Vec<TermLead<'a>>,
    /// How many other terms are misstated somewhere.
    pub more_terms: usize,
}

/// One misstated term in the lead.
#[derive(Debug, Serialize)]
pub struct TermLead<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The official wording.
    pub official: &'a str,
    pub articles: usize,
    pub outlets: usize,
    pub passages: usize,
    pub examples: Vec<Example<'a>>,
}

/// A passage that gets a term wrong, linked to its place.
#[derive(Debug, Serialize)]
pub struct Example<'a> {
    pub quote: &'a str,
    pub before: &'a str,
    pub after: &'a str,
    /// From the site's top, to the passage's note.
    pub href: String,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub dir: Option<&'static str>,
    pub date: Option<DateView>,
    pub automatic: bool,
}

/// Per term (in the terms file's order): articles, outlets, passages and candidate examples.
struct Tally<'a> {
    articles: usize,
    outlets: HashSet<&'a str>,
    passages: usize,
    examples: Vec<(&'a Article, &'a Misstatement)>,
}

/// The lead from every article's misstatements (`each[i]`: article i's, in reading order, so
/// newest first). The examples under a term come from different outlets, the editors' own
/// notes before the checks', then the newest.
pub fn lead<'a>(terms: &'a Terms, articles: &'a [std::sync::Arc<Article>], each: &[&'a [Misstatement]]) -> Lead<'a> {
    let mut tallies: Vec<Tally<'a>> = terms
        .terms
        .iter()
        .map(|_| Tally { articles: 0, outlets: HashSet::new(), passages: 0, examples: Vec::new() })
        .collect();
    let (mut wrong_articles, mut passages) = (0, 0);
    let mut wrong_outlets: HashSet<&str> = HashSet::new();
    let all_outlets: HashSet<&str> = articles.iter().filter_map(|a| a.source.as_deref()).collect();
    for (article, list) in articles.iter().zip(each) {
        if list.is_empty() {
            continue;
        }
        wrong_articles += 1;
        passages += list.len();
        wrong_outlets.extend(article.source.as_deref());
        let mut seen: Vec<usize> = Vec::new();
        for m in list.iter() {
            let Some(t) = terms.terms.iter().position(|t| t.id == m.term) else { continue };
            let tally = &mut tallies[t];
            tally.passages += 1;
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            tally.articles += 1;
            tally.outlets.extend(article.source.as_deref());
            tally.examples.push((article.as_ref(), m));
        }
    }
    let mut order: Vec<usize> = (0..tallies.len()).filter(|&t| tallies[t].articles > 0).collect();
    order.sort_by_key(|&t| (std::cmp::Reverse(tallies[t].outlets.len()), std::cmp::Reverse(tallies[t].articles), t));
    let more_terms = order.len().saturating_sub(LEAD_TERMS);
    let shown = order
        .into_iter()
        .take(LEAD_TERMS)
        .map(|t| {
            let term = &terms.terms[t];
            let tally = &tallies[t];
            TermLead {
                id: &term.id,
                title: &term.title,
                official: &term.quote,
                articles: tally.articles,
                outlets: tally.outlets.len(),
                passages: tally.passages,
                examples: examples(&tally.examples),
            }
        })
        .collect();
    Lead {
        articles: wrong_articles,
        total: articles.len(),
        outlets: wrong_outlets.len(),
        all_outlets: all_outlets.len(),
        passages,
        terms: shown,
        more_terms,
    }
}

/// Up to [`LEAD_EXAMPLES`] passages from different outlets: editors' notes first, then newest.
fn examples<'a>(candidates: &[(&'a Article, &'a Misstatement)]) -> Vec<Example<'a>> {
    let mut ranked: Vec<&(&Article, &Misstatement)> = candidates.iter().collect();
    ranked.sort_by_key(|(_, m)| m.automatic);
    let mut outlets: Vec<Option<&str>> = Vec::new();
    let mut out = Vec::new();
    for (a, m) in ranked {
        let outlet = a.source.as_deref();
        if outlet.is_some() && outlets.contains(&outlet) {
            continue;
        }
        outlets.push(outlet);
        out.push(Example {
            quote: &m.quote,
            before: &m.before,
            after: &m.after,
            href: format!("{}#q{}", article_href(&a.slug), m.number),
            title: &a.title,
            source: outlet,
            lang: a.lang.as_deref(),
            dir: a.lang.as_deref().and_then(crate::lang::direction),
            date: a.published.map(|d| DateView::new(d, a.date_is_event)),
            automatic: m.automatic,
        });
        if out.len() == LEAD_EXAMPLES {
            break;
        }
    }
    out
}

/// Where page `n` (from 1) of a listing is, from the site's top: `dir` is the listing's folder
/// (`""` for the front page, `"sources/"`).
pub fn page_path(dir: &str, n: usize) -> String {
    if n <= 1 { format!("{dir}index.html") } else { format!("{dir}page/{n}/index.html") }
}

/// The way back to the site's top from page `n` of a listing `depth` folders down.
pub fn page_depth(depth: usize, n: usize) -> usize {
    if n <= 1 { depth } else { depth + 2 }
}

/// How many pages `items` take at `per_page` a page (one, for none).
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page).max(1)
}

/// A listing's links to its other pages: previous, next, the first and last, and the pages
/// near this one (with gaps between), so the pager's size is bounded and every page is
/// reachable from every other in a few steps.
#[derive(Debug, Serialize)]
pub struct Pager {
    pub current: usize,
    pub count: usize,
    /// The first and last item on this page (from 1), and how many in all.
    pub first: usize,
    pub last: usize,
    pub total: usize,
    /// From the site's top.
    pub prev: Option<String>,
    pub next: Option<String>,
    pub links: Vec<PageLink>,
}

#[derive(Debug, Serialize)]
pub struct PageLink {
    pub number: usize,
    /// From the site's top.
    pub href: String,
    pub current: bool,
    /// Pages are left out between this one and the one before.
    pub gap: bool,
}

impl Pager {
    /// Page `current` (from 1) of a listing of `total` items at `per_page` a page, in `dir`.
    pub fn new(dir: &str, current: usize, total: usize, per_page: usize) -> Pager {
        let count = page_count(total, per_page);
        let near = |n: usize| n == 1 || n == count || n.abs_diff(current) <= 2;
        let mut links = Vec::new();
        let mut last_shown = 0;
        for n in (1..=count).filter(|&n| near(n)) {
            links.push(PageLink { number: n, href: page_path(dir, n), current: n == current, gap: n > last_shown + 1 });
            last_shown = n;
        }
        Pager {
            current,
            count,
            first: ((current - 1) * per_page + 1).min(total),
            last: (current * per_page).min(total),
            total,
            prev: (current > 1).then(|| page_path(dir, current - 1)),
            next: (current < count).then(|| page_path(dir, current + 1)),
            links,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_example_quotes_its_sentence_around_the_passage_in_whole_words() {
        assert_eq!(context_before("onal Azure AI workload. Context "), "Context ");
        assert_eq!(context_before("revenue from Azure AI services, "), "…from Azure AI services, ");
        assert_eq!(context_before(""), "");
        assert_eq!(context_after(" on Azure, it said. Then more"), " on Azure, it said.");
        assert_eq!(context_after(" through 2030 at the same perc"), " through 2030 at the same…");
        assert_eq!(context_after(""), "");
    }

    #[test]
    fn the_pager_links_first_last_and_near_pages_and_every_page_is_reachable() {
        let p = Pager::new("", 1, 500, 30);
        assert_eq!(p.count, 17);
        assert_eq!((p.first, p.last), (1, 30));
        assert_eq!(p.prev, None);
        assert_eq!(p.next.as_deref(), Some("page/2/index.html"));
        let numbers: Vec<usize> = p.links.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 2, 3, 17]);
        assert!(p.links[3].gap && !p.links[1].gap);
        let p = Pager::new("sources/", 9, 500, 30);
        let numbers: Vec<usize> = p.links.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 7, 8, 9, 10, 11, 17]);
        assert_eq!(p.prev.as_deref(), Some("sources/page/8/index.html"));
        let p = Pager::new("", 17, 500, 30);
        assert_eq!((p.first, p.last, p.next), (481, 500, None));
        // Following "next" from page 1 visits every page once.
        let mut seen = vec![1];
        let mut at = Pager::new("", 1, 500, 30);
        while let Some(next) = at.next {
            let n: usize = next.trim_start_matches("page/").trim_end_matches("/index.html").parse().expect("n");
            seen.push(n);
            at = Pager::new("", n, 500, 30);
        }
        assert_eq!(seen, (1..=17).collect::<Vec<_>>());
        // An empty listing is one page.
        let p = Pager::new("", 1, 0, 30);
        assert_eq!((p.count, p.first, p.last, p.links.len()), (1, 0, 0, 1));
    }
}
