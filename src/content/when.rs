//! When things happen: a milestone's date (a day, or a whole year), and how pages say a date
//! ("22 July 2019", "in 4 years"). Plain data and pure functions of the date and the build date.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// `27 April 2026`: a date as pages and messages write it.
pub fn human_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("date")
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
}
