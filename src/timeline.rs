//! The timeline: the deal's milestones, where the digest's articles mention them, and the
//! timeline page's view.
//!
//! Milestones are derived, not listed by hand: every event of content/terms.toml is one (its
//! date), and every year a term runs through is one (`until = 2030` → milestone `M2030`). The
//! editor's `[[milestone]]` entries add a title, a meaning or a label to a derived milestone
//! (same id) or add a milestone of their own, which must then cite an official source.
//!
//! Mentions are found in the articles' visible text by a general rule ([`mentions`]), not tagged
//! by hand, one article at a time so that a build can recompute one article's mentions alone.
//! Everything here is plain data and pure functions of the terms, the texts and the build date.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::content::Article;
use crate::content::terms::{self, Document, Terms};
use crate::diag::Diagnostic;
use crate::notes::Resolved;
use crate::pages::{DateView, article_href, human_date};
use crate::render::Target;

mod mentions;
mod overview;

pub use mentions::{Finding, Mention, Skip, Why, explain, mentions, sentences};
pub use overview::{Chart, Overview, overview};

/// When a milestone falls: a whole year ("through 2030") or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum When {
    Year(i32),
    Day(NaiveDate),
}

impl When {
    pub fn year(self) -> i32 {
        match self {
            When::Year(y) => y,
            When::Day(d) => d.year(),
        }
    }

    /// The last day the milestone covers: a year-only milestone lasts to the end of its year,
    /// as "through 2030" does. Milestones are ordered by it.
    pub fn last_day(self) -> NaiveDate {
        match self {
            When::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX),
            When::Day(d) => d,
        }
    }

    /// For `<time datetime>`: `2030` or `2019-07-22`.
    pub fn iso(self) -> String {
        match self {
            When::Year(y) => format!("{y:04}"),
            When::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// `2030` or `22 July 2019`.
    pub fn human(self) -> String {
        match self {
            When::Year(y) => y.to_string(),
            When::Day(d) => human_date(d),
        }
    }

    /// `2030` or `Jul 2019`, for the overview's labels.
    pub fn short(self) -> String {
        match self {
            When::Year(y) => y.to_string(),
            When::Day(d) => d.format("%b %Y").to_string(),
        }
    }

    /// Where the milestone sits on a year axis: a year in its middle, a day at its place.
    pub fn position(self) -> f64 {
        match self {
            When::Year(y) => f64::from(y) + 0.5,
            When::Day(d) => day_position(d),
        }
    }

    /// Whether the milestone is past, current (today, or this year) or to come on `today`.
    pub fn tense(self, today: NaiveDate) -> Tense {
        let (a, b) = match self {
            When::Year(y) => (y, today.year()),
            When::Day(d) => return d.cmp(&today).into(),
        };
        a.cmp(&b).into()
    }

    /// "7 years ago", "in 4 years", "this year", "today", "6 months ago", "in 3 days".
    pub fn relative(self, today: NaiveDate) -> String {
        match self {
            When::Year(y) => {
                let n = y - today.year();
                match n {
                    0 => "this year".to_string(),
                    n if n > 0 => format!("in {}", count(n, "year")),
                    n => format!("{} ago", count(-n, "year")),
                }
            }
            When::Day(d) if d == today => "today".to_string(),
            When::Day(d) => {
                let (from, to) = if d > today { (today, d) } else { (d, today) };
                let months = months_between(from, to);
                let span = if months >= 12 {
                    count(months / 12, "year")
                } else if months >= 1 {
                    count(months, "month")
                } else {
                    let days = (to - from).num_days();
                    match (days, d > today) {
                        (1, true) => return "tomorrow".to_string(),
                        (1, false) => return "yesterday".to_string(),
                        _ => format!("{days} days"),
                    }
                };
                if d > today { format!("in {span}") } else { format!("{span} ago") }
            }
        }
    }
}

/// A day's place on a year axis: the year plus the fraction of it gone by.
pub fn day_position(d: NaiveDate) -> f64 {
    let days = if d.leap_year() { 366.0 } else { 365.0 };
    f64::from(d.year()) + (f64::from(d.ordinal0()) + 0.5) / days
}

fn count(n: i32, unit: &str) -> String {
    match n {
        1 => format!("a {unit}"),
        n => format!("{n} {unit}s"),
    }
}

/// Whole months from `from` to `to` (`from <= to`).
fn months_between(from: NaiveDate, to: NaiveDate) -> i32 {
    let mut m = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        m -= 1;
    }
    m
}

/// Past, current or to come, relative to the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Current,
    Future,
}

impl From<std::cmp::Ordering> for Tense {
    fn from(o: std::cmp::Ordering) -> Self {
        match o {
            std::cmp::Ordering::Less => Tense::Past,
            std::cmp::Ordering::Equal => Tense::Current,
            std::cmp::Ordering::Greater => Tense::Future,
        }
    }
}

impl Tense {
    pub fn id(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Current => "current",
            Tense::Future => "future",
        }
    }
}

/// Where a milestone comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// An event of content/terms.toml.
    Event,
    /// The end year of one or more terms (`until`).
    Until,
    /// A `[[milestone]]` of the editor's own.
    Editor,
}

/// A point of the deal's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Milestone {
    /// An event's id, `M2030` for the terms that run through 2030, or the editor's id.
    pub id: String,
    pub when: When,
    pub title: String,
    /// A short label for the overview.
    pub label: String,
    /// What it means for the deal, in Markdown.
    pub meaning: Option<String>,
    /// The terms it set or ends, by id.
    pub terms: Vec<String>,
    /// Its official source: the documents of its event, or of the events that set its terms.
    pub sources: Vec<Document>,
    /// Known from press coverage only.
    pub reported: bool,
    pub origin: Origin,
    /// Its line in content/terms.toml.
    pub line: usize,
}

/// The milestones of the deal, in order: events, the years terms run through, and the
/// editor's additions; or every problem with the editor's `[[milestone]]` entries.
pub fn milestones(terms: &Terms) -> Result<Vec<Milestone>, Vec<Diagnostic>> {
    let mut out: Vec<Milestone> = terms
        .events
        .iter()
        .map(|e| Milestone {
            id: e.id.clone(),
            when: When::Day(e.date),
            title: e.title.clone(),
            label: default_label(&e.title),
            meaning: e.summary.clone(),
            terms: terms.terms.iter().filter(|t| t.event == e.id).map(|t| t.id.clone()).collect(),
            sources: e.documents.clone(),
            reported: e.reported,
            origin: Origin::Event,
            line: e.line,
        })
        .collect();
    let mut by_year: BTreeMap<i32, Vec<&terms::Term>> = BTreeMap::new();
    for t in &terms.terms {
        if let Some(y) = t.until {
            by_year.entry(y).or_default().push(t);
        }
    }
    for (year, ts) in by_year {
        let ids: Vec<String> = ts.iter().map(|t| t.id.clone()).collect();
        let title = format!("The terms that run through {year} end");
        out.push(Milestone {
            id: format!("M{year}"),
            when: When::Year(year),
            label: default_label(&title),
            title,
            meaning: None,
            sources: sources_of(terms, &ids, &[]),
            reported: ts.iter().all(|t| terms.event(&t.event).is_some_and(|e| e.reported)),
            terms: ids,
            origin: Origin::Until,
            line: ts.first().map_or(0, |t| t.line),
        });
    }

    let mut problems = Vec::new();
    let error = |line: usize, message: String| Diagnostic::error(terms::FILE, line, message);
    for entry in &terms.milestones {
        let event_docs: Vec<Document> =
            entry.event.as_deref().and_then(|e| terms.event(e)).map(|e| e.documents.clone()).unwrap_or_default();
        if let Some(m) = out.iter_mut().find(|m| m.id == entry.id) {
            if let Some(date) = entry.date.filter(|d| *d != m.when) {
                problems.push(
                    error(
                        entry.date_line,
                        format!(
                            "milestone `{}` falls on {} (from the {}); it cannot be given the date {}",
                            m.id,
                            m.when.human(),
                            match m.origin {
                                Origin::Event => "event's date",
                                _ => "terms' `until`",
                            },
                            date.human()
                        ),
                    )
                    .help("leave `date` out to keep the derived date, or give the milestone an id of its own"),
                );
                continue;
            }
            if let Some(t) = &entry.title {
                m.title.clone_from(t);
                m.label = default_label(t);
            }
            if let Some(l) = &entry.label {
                m.label.clone_from(l);
            }
            if entry.meaning.is_some() {
                m.meaning.clone_from(&entry.meaning);
            }
            for t in &entry.terms {
                if !m.terms.contains(t) {
                    m.terms.push(t.clone());
                }
            }
            let extra = sources_of(terms, &entry.terms, &[entry.documents.clone(), event_docs].concat());
            for d in extra {
                if !m.sources.contains(&d) {
                    m.sources.push(d);
                }
            }
            continue;
        }
        let Some(when) = entry.date else {
            problems.push(error(entry.line, format!("milestone `{}` has no date", entry.id)).help(format!(
                "add date = 2030 or date = 2030-12-31; or use the id of a derived milestone to add to it ({})",
                terms::sorted_list(out.iter().map(|m| m.id.as_str()))
            )));
            continue;
        };
        let Some(title) = entry.title.clone() else {
            problems.push(error(entry.line, format!("milestone `{}` has no title", entry.id)));
            continue;
        };
        let sources = sources_of(terms, &entry.terms, &[entry.documents.clone(), event_docs].concat());
        if sources.is_empty() {
            problems.push(
                error(entry.line, format!("milestone `{}` has no official source", entry.id))
                    .help("add documents = [{ publisher = \"…\", title = \"…\", url = \"…\" }], or name the event or terms it comes from"),
            );
            continue;
        }
        out.push(Milestone {
            id: entry.id.clone(),
            when,
            label: entry.label.clone().unwrap_or_else(|| default_label(&title)),
            title,
            meaning: entry.meaning.clone(),
            terms: entry.terms.clone(),
            sources,
            reported: false,
            origin: Origin::Editor,
            line: entry.line,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    out.sort_by(|a, b| {
        (a.when.last_day(), matches!(a.when, When::Year(_)), &a.id).cmp(&(
            b.when.last_day(),
            matches!(b.when, When::Year(_)),
            &b.id,
        ))
    });
    Ok(out)
}

/// `first` then the documents of the events that set `term_ids`, oldest first, without repeats.
fn sources_of(terms: &Terms, term_ids: &[String], first: &[Document]) -> Vec<Document> {
    let mut events: Vec<&terms::Event> =
        term_ids.iter().filter_map(|id| terms.term(id)).filter_map(|t| terms.event(&t.event)).collect();
    events.sort_by_key(|e| (e.date, e.id.as_str()));
    let mut out: Vec<Document> = Vec::new();
    for d in first.iter().chain(events.iter().flat_map(|e| e.documents.iter())) {
        if !out.contains(d) {
            out.push(d.clone());
        }
    }
    out
}

/// A title cut to a label: up to its first `;` or `:`, at most 30 characters at a word boundary.
fn default_label(title: &str) -> String {
    let head = title.split([';', ':']).next().unwrap_or(title).trim();
    if head.chars().count() <= 30 {
        return head.to_string();
    }
    let mut out = String::new();
    for word in head.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > 29 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// The milestones and each article's mentions of them, computed before rendering.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub milestones: Vec<Milestone>,
    /// By article, in the order of `site.articles` (shared with watch mode's memo).
    pub mentions: Vec<std::sync::Arc<Vec<Mention>>>,
}

/// The link targets to put in an article: one at the start of each sentence that mentions a
/// milestone, in reading order.
pub fn targets(mentions: &[Mention]) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    for m in mentions {
        let id = m.target();
        if !out.iter().any(|t| t.id == id) {
            out.push(Target { block: m.block, at: m.sentence_start, id });
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
            label: crate::pages::notes::label(n),
            text: if n.text.is_empty() {
                n.link.as_ref().map_or_else(String::new, |l| format!("“{}”", crate::pages::notes::escape(&l.quote)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    const TERMS: &str = r#"
[[event]]
id = "E1"
date = 2019-07-22
title = "First investment; Azure exclusive"
documents = [{ publisher = "OpenAI", title = "Microsoft invests", url = "https://openai.com/x" }]

[[event]]
id = "E5"
date = 2026-04-27
title = "Amended agreement"
documents = [{ publisher = "Microsoft", title = "The next phase" }]

[[term]]
id = "licence"
event = "E5"
title = "Licence through 2032"
quote = "a license to OpenAI IP for models and products through 2032"
until = 2032

[[term]]
id = "revenue"
event = "E5"
title = "Revenue share through 2030"
quote = "Revenue share payments from OpenAI to Microsoft continue through 2030"
until = 2030
"#;

    fn parse(text: &str) -> Terms {
        terms::parse(text, Path::new(terms::FILE)).expect("valid terms")
    }

    #[test]
    fn milestones_come_from_events_and_end_years_in_order() {
        let ms = milestones(&parse(TERMS)).expect("milestones");
        let ids: Vec<&str> = ms.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["E1", "E5", "M2030", "M2032"]);
        assert_eq!(ms[2].when, When::Year(2030));
        assert_eq!(ms[2].terms, ["revenue"]);
        assert_eq!(ms[2].sources[0].title, "The next phase");
        assert_eq!(ms[0].label, "First investment");
    }

    #[test]
    fn an_editor_entry_refines_a_derived_milestone_or_adds_one() {
        let text = format!(
            "{TERMS}\n[[milestone]]\nid = \"M2030\"\ntitle = \"Revenue share ends\"\nmeaning = \"OpenAI stops paying.\"\n\n[[milestone]]\nid = \"X\"\ndate = 2028-06-01\ntitle = \"Review\"\nevent = \"E5\"\n"
        );
        let ms = milestones(&parse(&text)).expect("milestones");
        let m2030 = ms.iter().find(|m| m.id == "M2030").expect("M2030");
        assert_eq!(m2030.title, "Revenue share ends");
        assert_eq!(m2030.meaning.as_deref(), Some("OpenAI stops paying."));
        let x = ms.iter().position(|m| m.id == "X").expect("X");
        assert_eq!(ms[x - 1].id, "E5");
        assert_eq!(ms[x].origin, Origin::Editor);
        assert_eq!(ms[x].sources[0].title, "The next phase");
    }

    #[test]
    fn bad_milestones_are_errors_with_their_line() {
        let bad = |extra: &str| {
            let text = format!("{TERMS}\n{extra}");
            let offset = TERMS.lines().count() + 2; // the line of `[[milestone]]`
            match terms::parse(&text, Path::new(terms::FILE)) {
                Err(d) => (d, offset),
                Ok(t) => (milestones(&t).expect_err("bad milestone"), offset),
            }
        };
        let (d, o) = bad("[[milestone]]\nid = \"X\"\ndate = 2031\ntitle = \"Nothing official\"\n");
        assert!(d[0].message.contains("milestone `X` has no official source"), "{d:?}");
        assert_eq!(d[0].line, o + 1);
        let (d, o) = bad("[[milestone]]\nid = \"X\"\ndate = 2031-02-29\ntitle = \"T\"\nevent = \"E5\"\n");
        // The TOML parser itself knows February 2031 has 28 days; the error is located all the same.
        assert!(d[0].message.contains("invalid date"), "{d:?}");
        assert_eq!(d[0].line, o + 2);
        let (d, o) = bad("[[milestone]]\nid = \"X\"\ndate = 20300\ntitle = \"T\"\nevent = \"E5\"\n");
        assert!(d[0].message.contains("20300 is not a plausible year"), "{d:?}");
        assert_eq!(d[0].line, o + 2);
        let (d, o) = bad("[[milestone]]\nid = \"X\"\ndate = 2030\ntitle = \"T\"\nterms = [\"revenu\"]\n");
        assert!(d[0].message.contains("unknown term `revenu`"), "{d:?}");
        assert_eq!(d[0].help.as_deref(), Some("valid terms: licence, revenue"));
        assert_eq!(d[0].line, o + 4);
        let (d, o) = bad("[[milestone]]\nid = \"E1\"\ndate = 2020\n");
        assert!(d[0].message.contains("milestone `E1` falls on 22 July 2019"), "{d:?}");
        assert_eq!(d[0].line, o + 2);
    }

    #[test]
    fn tense_and_relative_labels_at_a_fixed_build_date() {
        let today = date("2026-11-23");
        assert_eq!(When::Year(2030).relative(today), "in 4 years");
        assert_eq!(When::Year(2032).relative(today), "in 6 years");
        assert_eq!(When::Year(2026).relative(today), "this year");
        assert_eq!(When::Year(2025).relative(today), "a year ago");
        assert_eq!(When::Day(date("2019-07-22")).relative(today), "7 years ago");
        assert_eq!(When::Day(date("2026-04-27")).relative(today), "6 months ago");
        assert_eq!(When::Day(date("2025-11-24")).relative(today), "11 months ago");
        assert_eq!(When::Day(date("2025-11-23")).relative(today), "a year ago");
        assert_eq!(When::Day(date("2026-11-22")).relative(today), "yesterday");
        assert_eq!(When::Day(date("2026-12-01")).relative(today), "in 8 days");
        assert_eq!(When::Day(today).relative(today), "today");
        assert_eq!(When::Day(date("2019-07-22")).tense(today), Tense::Past);
        assert_eq!(When::Year(2026).tense(today), Tense::Current);
        assert_eq!(When::Year(2030).tense(today), Tense::Future);
    }

    #[test]
    fn labels_are_cut_at_a_word() {
        assert_eq!(default_label("Short"), "Short");
        assert_eq!(default_label("The definitive agreement; OpenAI recapitalised"), "The definitive agreement");
        assert_eq!(default_label("A right of first refusal instead of exclusivity"), "A right of first refusal…");
    }
}
