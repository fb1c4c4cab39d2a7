//! The timeline page's view: the milestones in order with the "today" marker, each with the
//! articles that mention it; the milestones an article page lists; and the link targets an
//! article page gets at the sentences that mention a milestone.

use chrono::NaiveDate;
use serde::Serialize;

use crate::content::Article;
use crate::content::terms::{Document, Terms};
use crate::content::when::{Tense, When, human_date};
use crate::notes::Resolved;
use crate::pages::{DateView, article_href};
use crate::render::LinkTarget;
use crate::timeline::{Mention, Milestone};

mod overview;

pub use overview::{Chart, Overview, overview};

/// The link targets to put in an article: one at the start of each sentence that mentions a
/// milestone, in reading order.
pub fn targets(mentions: &[Mention]) -> Vec<LinkTarget> {
    let mut out: Vec<LinkTarget> = Vec::new();
    for m in mentions {
        let id = m.target();
        if !out.iter().any(|t| t.id == id) {
            out.push(LinkTarget { block: m.block, at: m.sentence_start, id });
        }
    }
    out.sort_by_key(|t| (t.block, t.at));
    out
}

/// The timeline as a date shows on a page.
#[derive(Debug, Clone, Serialize)]
pub struct WhenView {
    pub iso: String,
    pub human: String,
    pub short: String,
    /// "in 4 years".
    pub relative: String,
    pub tense: &'static str,
    /// A whole year ("through 2030") rather than a day.
    pub is_year: bool,
}

impl WhenView {
    pub fn new(when: When, today: NaiveDate) -> Self {
        WhenView {
            iso: when.iso(),
            human: when.human(),
            short: when.short(),
            relative: when.relative(today),
            tense: when.tense(today).id(),
            is_year: matches!(when, When::Year(_)),
        }
    }
}

/// The timeline page.
#[derive(Debug, Serialize)]
pub struct Page<'a> {
    pub today: DateView,
    /// The milestones in order, with the "today" marker in its place.
    pub entries: Vec<Entry<'a>>,
    pub overview: Overview,
    pub past: usize,
    pub future: usize,
    pub mentions: usize,
}

/// One item of the timeline's list: a milestone, or the marker for today.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    pub today: bool,
    pub milestone: Option<MilestoneView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct MilestoneView<'a> {
    pub id: &'a str,
    pub when: WhenView,
    pub title: &'a str,
    /// HTML.
    pub meaning: Option<String>,
    pub terms: Vec<TermLine<'a>>,
    pub sources: &'a [Document],
    pub reported: bool,
    /// The articles that mention it, rendered (empty when none does).
    pub articles_html: String,
}

#[derive(Debug, Serialize)]
pub struct TermLine<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub quote: &'a str,
    pub event_date: Option<String>,
    /// The terms that replaced it by the build date.
    pub replaced_by: Vec<Replacement<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Replacement<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub date: String,
}

#[derive(Debug, Serialize)]
pub struct ArticleMentions<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    /// The article's language, for its title and the sentences quoted.
    pub lang: Option<&'a str>,
    pub dir: Option<&'static str>,
    pub date: Option<DateView>,
    pub href: String,
    pub passages: Vec<Passage>,
}

/// A sentence that mentions a milestone, split around the words that do.
#[derive(Debug, Serialize)]
pub struct Passage {
    /// From the site's top, to the sentence in the article.
    pub href: String,
    /// "paragraph 3".
    pub place: String,
    pub before: String,
    pub phrase: String,
    pub after: String,
    pub notes: Vec<NoteLine>,
}

/// A margin note on a mentioning sentence.
#[derive(Debug, Serialize)]
pub struct NoteLine {
    pub number: usize,
    pub kind: &'static str,
    pub label: &'static str,
    /// HTML (phrasing content).
    pub text: String,
    pub href: String,
}

/// The timeline page's view at the build date `today`. `articles_html[m]` is the list of
/// articles that mention milestone `m`, already rendered (one row per article, see
/// [`article_mentions`]), and `mentions` how many sentences mention a milestone.
pub fn page<'a>(
    milestones: &'a [Milestone],
    terms: &'a Terms,
    articles_html: Vec<String>,
    mentions: usize,
    today: NaiveDate,
) -> Page<'a> {
    let mut entries = Vec::new();
    let mut today_placed = false;
    let (mut past, mut future) = (0, 0);
    let mut html = articles_html.into_iter();
    for m in milestones {
        if !today_placed && m.when.last_day() >= today {
            entries.push(Entry { today: true, milestone: None });
            today_placed = true;
        }
        match m.when.tense(today) {
            Tense::Past => past += 1,
            _ => future += 1,
        }
        let articles_html = html.next().unwrap_or_default();
        entries.push(Entry { today: false, milestone: Some(milestone_view(m, terms, articles_html, today)) });
    }
    if !today_placed {
        entries.push(Entry { today: true, milestone: None });
    }
    Page { today: DateView::new(today, false), entries, overview: overview(milestones, today), past, future, mentions }
}

fn milestone_view<'a>(
    m: &'a Milestone,
    terms: &'a Terms,
    articles_html: String,
    today: NaiveDate,
) -> MilestoneView<'a> {
    let term_lines = m
        .terms
        .iter()
        .filter_map(|id| terms.term(id))
        .map(|t| TermLine {
            id: &t.id,
            title: &t.title,
            quote: &t.quote,
            event_date: terms.term_date(t).map(human_date),
            replaced_by: terms
                .replaced_by(t)
                .into_iter()
                .filter_map(|r| terms.term_date(r).filter(|d| *d <= today).map(|d| (r, d)))
                .map(|(r, d)| Replacement { id: &r.id, title: &r.title, date: human_date(d) })
                .collect(),
        })
        .collect();
    MilestoneView {
        id: &m.id,
        when: WhenView::new(m.when, today),
        title: &m.title,
        meaning: m.meaning.as_deref().map(crate::render::markdown_to_html),
        terms: term_lines,
        sources: &m.sources,
        reported: m.reported,
        articles_html,
    }
}

/// One article's sentences that mention each milestone, for the timeline page: (milestone
/// index, the article with its passages), in timeline order.
pub fn article_mentions<'a>(
    article: &'a Article,
    mentions: &[Mention],
    notes: &[Resolved],
) -> Vec<(usize, ArticleMentions<'a>)> {
    let mut indices: Vec<usize> = mentions.iter().map(|m| m.milestone).collect();
    indices.sort_unstable();
    indices.dedup();
    indices
        .into_iter()
        .map(|index| {
            let passages =
                mentions.iter().filter(|x| x.milestone == index).map(|x| passage(x, article, notes)).collect();
            (
                index,
                ArticleMentions {
                    title: &article.title,
                    source: article.source.as_deref(),
                    lang: article.lang.as_deref(),
                    dir: article.lang.as_deref().and_then(crate::lang::direction),
                    date: article.published.map(|d| DateView::new(d, article.date_is_event)),
                    href: article_href(&article.slug),
                    passages,
                },
            )
        })
        .collect()
}

fn passage(m: &Mention, article: &Article, notes: &[Resolved]) -> Passage {
    let (s, e) = (m.phrase_start - m.sentence_start, m.phrase_end - m.sentence_start);
    let attached = notes
        .iter()
        .filter(|n| n.anchor.block == m.block && n.anchor.start < m.sentence_end && n.anchor.end > m.sentence_start)
        .map(|n| NoteLine {
            number: n.number,
            kind: n.kind.id(),
            label: crate::pages::note_markup::label(n),
            text: if n.text.is_empty() {
                n.link.as_ref().map_or_else(String::new, |l| format!("“{}”", crate::render::Escape(&l.quote)))
            } else {
                crate::render::note_to_html(&n.text)
            },
            href: format!("{}#q{}", article_href(&article.slug), n.number),
        })
        .collect();
    Passage {
        href: format!("{}#{}", article_href(&article.slug), m.target()),
        place: m.place.clone(),
        before: m.sentence.get(..s).unwrap_or_default().to_string(),
        phrase: m.sentence.get(s..e).unwrap_or_default().to_string(),
        after: m.sentence.get(e..).unwrap_or_default().to_string(),
        notes: attached,
    }
}

/// A milestone an article mentions, for its page.
#[derive(Debug, Serialize)]
pub struct ArticleMilestone<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub label: &'a str,
    pub when: WhenView,
    /// From the site's top.
    pub href: String,
}

/// The milestones an article mentions, in timeline order.
pub fn article_milestones<'a>(
    milestones: &'a [Milestone],
    mentions: &[Mention],
    today: NaiveDate,
) -> Vec<ArticleMilestone<'a>> {
    let mut indices: Vec<usize> = mentions.iter().map(|m| m.milestone).collect();
    indices.sort_unstable();
    indices.dedup();
    indices
        .into_iter()
        .filter_map(|i| milestones.get(i))
        .map(|m| ArticleMilestone {
            id: &m.id,
            title: &m.title,
            label: &m.label,
            when: WhenView::new(m.when, today),
            href: format!("timeline/index.html#milestone-{}", m.id),
        })
        .collect()
}
