//! The timeline's overview: two inline SVG drawings laid out here, drawn by the template.
//!
//! A wide one, a horizontal axis with labels in a staircase of rows above it, for screens where
//! the whole page width is free; and a narrow one, a vertical axis with labels to its right,
//! pushed down so that they never overlap, for phones. CSS shows one of the two. Both are
//! `role="img"` with a title and a description; the ordered list under them carries every detail,
//! so the drawings may leave titles out.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::content::when::{Tense, When, day_position, human_date};
use crate::timeline::Milestone;

/// Both drawings and what they show, in words.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub title: String,
    pub description: String,
    pub wide: Chart,
    pub narrow: Chart,
}

/// One drawing, in SVG user units.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// `wide` or `narrow`: the class and ids in the page.
    pub name: &'static str,
    /// Labels on one line (date, then label) rather than two.
    pub inline: bool,
    /// The radius of a day's dot.
    pub dot: f64,
    pub width: f64,
    pub height: f64,
    /// The axis up to today, and from today on.
    pub past: Line,
    pub future: Option<Line>,
    pub ticks: Vec<Tick>,
    pub marks: Vec<Mark>,
    pub today: Mark,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Line {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
    pub text: String,
}

/// A year boundary on the axis, and the year's label centred on its span.
#[derive(Debug, Clone, Serialize)]
pub struct Tick {
    pub line: Line,
    pub label: Option<Text>,
}

/// A milestone (or today) on the axis, its leader line and its two-line label.
#[derive(Debug, Clone, Serialize)]
pub struct Mark {
    pub id: String,
    /// `past`, `current`, `future` or `today`.
    pub tense: &'static str,
    /// `dot` for a day, `diamond` for a whole year, `today` for the build date.
    pub shape: &'static str,
    pub x: f64,
    pub y: f64,
    /// For the diamond.
    pub points: String,
    pub leader: Line,
    pub date: Text,
    pub label: Text,
}

/// Average advance of a character of the labels' sans-serif at 13px, rounded up.
const CHAR: f64 = 7.2;

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn line(x1: f64, y1: f64, x2: f64, y2: f64) -> Line {
    Line { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) }
}

fn text(x: f64, y: f64, anchor: &'static str, s: String) -> Text {
    Text { x: round(x), y: round(y), anchor, text: s }
}

fn width_of(s: &str) -> f64 {
    s.chars().count() as f64 * CHAR
}

/// What the axis spans: whole years from the first milestone (or today) to the last.
fn span(milestones: &[Milestone], today: NaiveDate) -> (i32, i32) {
    let first = milestones.iter().map(|m| m.when.year()).min().unwrap_or(today.year());
    let last = milestones.iter().map(|m| m.when.year()).max().unwrap_or(today.year());
    (first.min(today.year()), last.max(today.year()) + 1)
}

struct Item<'a> {
    id: &'a str,
    pos: f64,
    tense: &'static str,
    shape: &'static str,
    date: String,
    label: String,
}

fn items<'a>(milestones: &'a [Milestone], today: NaiveDate) -> Vec<Item<'a>> {
    milestones
        .iter()
        .map(|m| Item {
            id: &m.id,
            pos: m.when.position(),
            tense: m.when.tense(today).id(),
            shape: match m.when {
                When::Year(_) => "diamond",
                When::Day(_) => "dot",
            },
            date: m.when.short(),
            label: m.label.clone(),
        })
        .collect()
}

fn today_item(today: NaiveDate) -> Item<'static> {
    Item {
        id: "today",
        pos: day_position(today),
        tense: "today",
        shape: "today",
        date: "Today".to_string(),
        label: today.format("%-d %b %Y").to_string(),
    }
}

fn diamond(x: f64, y: f64) -> String {
    let r = 7.0;
    format!(
        "{},{} {},{} {},{} {},{}",
        round(x),
        round(y - r),
        round(x + r),
        round(y),
        round(x),
        round(y + r),
        round(x - r),
        round(y)
    )
}

/// The overview at the build date `today`.
pub fn overview(milestones: &[Milestone], today: NaiveDate) -> Overview {
    let (from, to) = span(milestones, today);
    let past = milestones.iter().filter(|m| m.when.tense(today) == Tense::Past).count();
    let before = milestones.iter().rev().find(|m| m.when.last_day() < today);
    let after = milestones.iter().find(|m| m.when.last_day() >= today);
    let name = |m: &Milestone| format!("{} ({})", m.when.human(), m.label);
    let place = match (before, after) {
        (Some(b), Some(a)) => format!("between {} and {}", name(b), name(a)),
        (Some(b), None) => format!("after the last milestone, {}", name(b)),
        (None, Some(a)) => format!("before the first milestone, {}", name(a)),
        (None, None) => String::new(),
    };
    let description = format!(
        "A line from {from} to {last}: {n} milestones, {past} past and {future} to come. Today, {today_h}, falls {place}. The list below gives every milestone in full.",
        last = to - 1,
        n = milestones.len(),
        future = milestones.len() - past,
        today_h = human_date(today),
    );
    Overview {
        title: format!("Overview of the deal’s timeline, {from} to {}", to - 1),
        description,
        wide: wide(milestones, today, from, to),
        narrow: narrow(milestones, today, from, to),
    }
}

/// A placed label: its row, horizontal extent and leader's x.
struct Placed {
    row: usize,
    left: f64,
    right: f64,
    x: f64,
}

/// The horizontal drawing: rows of labels above the axis, stepping up where marks crowd, so
/// that no label overlaps another or a leader line.
fn wide(milestones: &[Milestone], today: NaiveDate, from: i32, to: i32) -> Chart {
    const W: f64 = 920.0;
    const PAD: f64 = 24.0;
    const ROW: f64 = 38.0;
    const GAP: f64 = 10.0;
    let x = |p: f64| PAD + (p - f64::from(from)) / f64::from(to - from) * (W - 2.0 * PAD);
    let items = items(milestones, today);
    // Right to left: a label further left goes above the ones it would cover, so the labels
    // step down towards the right and every leader reaches its label without crossing another.
    let mut placed: Vec<Placed> = Vec::new();
    for it in items.iter().rev() {
        let mx = x(it.pos);
        let w = width_of(&it.date).max(width_of(&it.label)) + 4.0;
        // Labels start at their leader; near the right edge they end at it instead.
        let (left, right) = if mx + w > W - 2.0 { (mx - w, mx) } else { (mx, mx + w) };
        let fits = |r: usize| {
            placed.iter().all(|p| {
                let same_row_clear = p.row != r || right + GAP <= p.left || left >= p.right + GAP;
                // A higher label's leader must not cross this label, nor this leader a lower label.
                let leader_clear = p.row <= r || !(left - 2.0..=right + 2.0).contains(&p.x);
                let own_leader_clear = p.row >= r || !(p.left - 2.0..=p.right + 2.0).contains(&mx);
                same_row_clear && leader_clear && own_leader_clear
            })
        };
        let top = placed.iter().map(|p| p.row + 1).max().unwrap_or(0);
        // A row above all others always fits, if at worst with a leader across a label.
        let row = (0..top).find(|&r| fits(r)).unwrap_or(top);
        placed.push(Placed { row, left, right, x: mx });
    }
    placed.reverse();
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(1);
    let axis = 14.0 + rows as f64 * ROW + 16.0;
    let marks = items
        .iter()
        .zip(&placed)
        .map(|(it, p)| {
            let bottom = axis - 16.0 - p.row as f64 * ROW;
            let (tx, anchor) = if p.left < p.x { (p.x - 3.0, "end") } else { (p.x + 3.0, "start") };
            Mark {
                id: it.id.to_string(),
                tense: it.tense,
                shape: it.shape,
                x: round(p.x),
                y: round(axis),
                points: diamond(p.x, axis),
                leader: line(p.x, axis - 8.0, p.x, bottom - 30.0),
                date: text(tx, bottom - 17.0, anchor, it.date.clone()),
                label: text(tx, bottom - 2.0, anchor, it.label.clone()),
            }
        })
        .collect();
    let now = today_item(today);
    let tx = x(now.pos);
    let today_label_y = axis + 50.0;
    let half = width_of(&format!("{} {}", now.date, now.label)) / 2.0;
    let cx = tx.clamp(PAD + half, W - PAD - half);
    let today_mark = Mark {
        id: now.id.to_string(),
        tense: now.tense,
        shape: now.shape,
        x: round(tx),
        y: round(axis),
        points: String::new(),
        leader: line(tx, axis - 14.0, tx, today_label_y - 14.0),
        date: text(cx, today_label_y, "middle", format!("{} {}", now.date, now.label)),
        label: text(cx, today_label_y, "middle", String::new()),
    };
    let ticks = (from..=to)
        .map(|y| {
            let tx0 = x(f64::from(y));
            let centre = x(f64::from(y) + 0.5);
            // Today's line runs down through the row of years: a year label it would cross goes.
            let label =
                (y < to && (centre - tx).abs() > 22.0).then(|| text(centre, axis + 24.0, "middle", y.to_string()));
            Tick { line: line(tx0, axis - 5.0, tx0, axis + 5.0), label }
        })
        .collect();
    Chart {
        name: "wide",
        inline: false,
        dot: 6.0,
        width: W,
        height: round(today_label_y + 14.0),
        past: line(x(f64::from(from)), axis, tx.min(x(f64::from(to))), axis),
        future: (tx < x(f64::from(to))).then(|| line(tx, axis, x(f64::from(to)), axis)),
        ticks,
        marks,
        today: today_mark,
    }
}

/// The vertical drawing for phones: years down the left, one-line labels on the right pushed
/// down just enough that each has its own line.
fn narrow(milestones: &[Milestone], today: NaiveDate, from: i32, to: i32) -> Chart {
    const W: f64 = 340.0;
    const AXIS: f64 = 54.0;
    const SCALE: f64 = 38.0;
    const TOP: f64 = 16.0;
    const LABEL_X: f64 = AXIS + 34.0;
    const LINE: f64 = 17.0;
    let y = |p: f64| TOP + (p - f64::from(from)) * SCALE;
    let mut all = items(milestones, today);
    all.push(today_item(today));
    all.sort_by(|a, b| a.pos.total_cmp(&b.pos));
    let mut bottom = f64::MIN;
    let mut marks = Vec::new();
    let mut today_mark = None;
    for it in all {
        let my = y(it.pos);
        let top = (my - 8.5).max(bottom + 3.0);
        bottom = top + LINE;
        let is_today = it.shape == "today";
        let mark = Mark {
            id: it.id.to_string(),
            tense: it.tense,
            shape: it.shape,
            x: AXIS,
            y: round(my),
            points: diamond(AXIS, my),
            leader: line(AXIS + if is_today { 8.0 } else { 6.0 }, my, LABEL_X - 6.0, top + 8.5),
            date: text(LABEL_X, top + 13.0, "start", it.date),
            label: text(LABEL_X, top + 13.0, "start", it.label),
        };
        if is_today {
            today_mark = Some(mark);
        } else {
            marks.push(mark);
        }
    }
    let ty = y(day_position(today));
    let ticks = (from..=to)
        .map(|yr| {
            let y0 = y(f64::from(yr));
            Tick {
                line: line(AXIS - 5.0, y0, AXIS + 5.0, y0),
                label: (yr < to).then(|| text(AXIS - 14.0, y(f64::from(yr) + 0.5) + 4.5, "end", yr.to_string())),
            }
        })
        .collect();
    let end = y(f64::from(to));
    let today_mark = today_mark.unwrap_or_else(|| Mark {
        id: "today".to_string(),
        tense: "today",
        shape: "today",
        x: AXIS,
        y: round(ty),
        points: String::new(),
        leader: line(AXIS, ty, AXIS, ty),
        date: text(LABEL_X, ty, "start", String::new()),
        label: text(LABEL_X, ty, "start", String::new()),
    });
    Chart {
        name: "narrow",
        inline: true,
        dot: 4.5,
        width: W,
        height: round(end.max(bottom) + 14.0),
        past: line(AXIS, y(f64::from(from)), AXIS, ty.min(end)),
        future: (ty < end).then(|| line(AXIS, ty, AXIS, end)),
        ticks,
        marks,
        today: today_mark,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::Origin;

    fn m(id: &str, when: When, label: &str) -> Milestone {
        Milestone {
            id: id.to_string(),
            when,
            title: label.to_string(),
            label: label.to_string(),
            meaning: None,
            terms: Vec::new(),
            sources: Vec::new(),
            reported: false,
            origin: Origin::Event,
            line: 0,
        }
    }

    fn day(s: &str) -> When {
        When::Day(s.parse().expect("date"))
    }

    fn deal() -> Vec<Milestone> {
        vec![
            m("E1", day("2019-07-22"), "First investment"),
            m("E2", day("2023-01-23"), "Third phase"),
            m("C1", day("2025-01-21"), "Right of first refusal"),
            m("E3", day("2025-09-11"), "Memorandum"),
            m("E4", day("2025-10-28"), "Definitive agreement"),
            m("C2", day("2026-02-27"), "Terms unchanged"),
            m("E5", day("2026-04-27"), "Amended agreement"),
            m("M2030", When::Year(2030), "Revenue share ends"),
            m("M2032", When::Year(2032), "IP licence ends"),
        ]
    }

    fn boxes(c: &Chart) -> Vec<(f64, f64, f64, f64)> {
        c.marks
            .iter()
            .map(|mk| {
                let w = if c.inline {
                    width_of(&mk.date.text) + CHAR + width_of(&mk.label.text)
                } else {
                    width_of(&mk.date.text).max(width_of(&mk.label.text))
                };
                let left = match mk.date.anchor {
                    "end" => mk.date.x - w,
                    "middle" => mk.date.x - w / 2.0,
                    _ => mk.date.x,
                };
                (left, mk.date.y - 13.0, left + w, mk.label.y + 3.0)
            })
            .collect()
    }

    fn assert_no_overlap(c: &Chart) {
        let b = boxes(c);
        for (i, p) in b.iter().enumerate() {
            assert!(p.0 >= 0.0 && p.2 <= c.width, "label {i} leaves the drawing: {p:?}");
            for q in &b[i + 1..] {
                let apart = p.2 <= q.0 || q.2 <= p.0 || p.3 <= q.1 || q.3 <= p.1;
                assert!(apart, "labels overlap: {p:?} {q:?}");
            }
        }
    }

    #[test]
    fn labels_never_overlap_in_either_drawing() {
        let today = "2026-11-23".parse().expect("date");
        let o = overview(&deal(), today);
        assert_no_overlap(&o.wide);
        assert_no_overlap(&o.narrow);
        assert!(o.narrow.width <= 340.0);
    }

    #[test]
    fn today_sits_between_the_last_past_and_the_first_future_milestone() {
        let today = "2026-11-23".parse().expect("date");
        let o = overview(&deal(), today);
        let x = |id: &str| o.wide.marks.iter().find(|m| m.id == id).expect("mark").x;
        assert!(x("E5") < o.wide.today.x && o.wide.today.x < x("M2030"));
        let y = |id: &str| o.narrow.marks.iter().find(|m| m.id == id).expect("mark").y;
        assert!(y("E5") < o.narrow.today.y && o.narrow.today.y < y("M2030"));
        assert_eq!(o.wide.marks[0].tense, "past");
        assert_eq!(o.wide.marks[8].tense, "future");
        assert_eq!(o.wide.marks[8].shape, "diamond");
        assert!(
            o.description.contains(
                "9 milestones, 7 past and 2 to come. Today, 23 November 2026, falls between 27 April 2026 (Amended agreement) and 2030 (Revenue share ends)."
            ),
            "{}",
            o.description
        );
    }

    #[test]
    fn the_axis_stretches_to_a_build_date_after_the_last_milestone() {
        let today = "2034-03-01".parse().expect("date");
        let o = overview(&deal(), today);
        assert!(o.wide.marks.iter().all(|m| m.tense == "past"));
        assert!(o.wide.today.x <= o.wide.width);
        assert_eq!(o.wide.ticks.last().and_then(|t| t.label.as_ref()).map(|t| t.text.as_str()), None);
        assert!(o.description.contains("after the last milestone, 2032"), "{}", o.description);
    }
}
