//! The timeline: the deal's milestones, and where the digest's articles mention them (the
//! timeline page's view is [`crate::pages::timeline`]).
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

use serde::Serialize;

use crate::content::terms::{self, Document, Terms};
use crate::content::when::When;
use crate::diag::Diagnostic;

mod mentions;

pub use mentions::{DateFound, Mention, Skip, Why, explain, mentions};

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

    let problems = merge_entries(terms, &mut out);
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

/// Merges the editor's `[[milestone]]` entries into the derived milestones `out`: details for
/// one with the same id, or a milestone of its own, which needs a date, a title and an official
/// source. Returns the problems of the entries that could not be merged.
fn merge_entries(terms: &Terms, out: &mut Vec<Milestone>) -> Vec<Diagnostic> {
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
    problems
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
    /// By article, in the order of `corpus.articles` (shared with watch mode's memo).
    pub mentions: Vec<std::sync::Arc<Vec<Mention>>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

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
        assert_eq!(d[0].help.as_deref(), Some("did you mean `revenue`? (valid terms: licence, revenue)"));
        assert_eq!(d[0].line, o + 4);
        let (d, o) = bad("[[milestone]]\nid = \"E1\"\ndate = 2020\n");
        assert!(d[0].message.contains("milestone `E1` falls on 22 July 2019"), "{d:?}");
        assert_eq!(d[0].line, o + 2);
    }

    #[test]
    fn labels_are_cut_at_a_word() {
        assert_eq!(default_label("Short"), "Short");
        assert_eq!(default_label("The definitive agreement; OpenAI recapitalised"), "The definitive agreement");
        assert_eq!(default_label("A right of first refusal instead of exclusivity"), "A right of first refusal…");
    }
}
