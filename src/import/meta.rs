//! Bylines and dates: the lines around a headline, or in an author box, that belong in the front
//! matter rather than in the body.
//!
//! A metadata line is made of segments joined by `|`, `·`, `•` or a spaced dash; each segment
//! must be a byline ("By Jane Doe"), a name with a role ("Jane Doe, Reporter"), a date, or a
//! reading time. A line with anything else in it is text, and stays in the article.

use chrono::NaiveDate;

use super::lines::{ends_sentence, norm_words, word_count};

/// What a metadata line told.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetaLine {
    pub byline: Option<String>,
    pub date: Option<NaiveDate>,
}

const ROLE_WORDS: &[&str] = &[
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "staff",
    "contributor",
    "columnist",
    "analyst",
    "journalist",
    "senior",
    "chief",
    "producer",
    "intern",
    "fellow",
    "author",
    "contributing",
    "editorial",
    "bureau",
    "desk",
    "photographer",
    "critic",
];

const BYLINE_PREFIXES: &[&str] =
    &["by ", "written by ", "posted by ", "words by ", "story by ", "reporting by ", "author: ", "authors: ", "by: "];

/// Reads a line made only of byline, role, date and reading-time segments; `None` for text.
pub fn parse_meta_line(text: &str) -> Option<MetaLine> {
    if word_count(text) > 16 {
        return None;
    }
    let segments = split_segments(text);
    let mut meta = MetaLine::default();
    let mut has_role = false;
    let mut relative = false;
    let mut bare_name = None;
    for segment in &segments {
        if let Some(date) = parse_date_segment(segment) {
            meta.date = meta.date.or(Some(date));
        } else if let Some((name, date)) = parse_byline(segment) {
            meta.byline = meta.byline.or(Some(name));
            meta.date = meta.date.or(date);
        } else if is_reading_time(segment) {
        } else if is_relative_time(segment) {
            relative = true;
        } else if let Some((name, role)) = segment.split_once(", ")
            && is_name(name)
            && is_role(role)
        {
            bare_name = bare_name.or(Some(name.trim().to_string()));
            has_role = true;
        } else if is_role(segment) {
            has_role = true;
        } else if is_name(segment) && bare_name.is_none() {
            bare_name = Some(segment.trim().to_string());
        } else {
            return None;
        }
    }
    // A bare name is a byline only beside a role ("Jane Doe | Reporter"): alone, it may be a
    // site name or a heading.
    if meta.byline.is_none() && has_role {
        meta.byline = bare_name;
    } else if bare_name.is_some() && meta.byline.is_none() {
        return None;
    }
    (meta.byline.is_some() || meta.date.is_some() || relative).then_some(meta)
}

/// Splits at the separators sites put between byline, role and date.
fn split_segments(text: &str) -> Vec<&str> {
    let mut segments = vec![text];
    for sep in ["|", "·", "•", " — ", " – ", " - "] {
        segments = segments.into_iter().flat_map(|s| s.split(sep)).map(str::trim).filter(|s| !s.is_empty()).collect();
    }
    segments
}

/// "By Jane Doe", "Written by Jane Doe and John Roe", "Posted by admin on March 3, 2026": the
/// name, and the date when one follows it. A user name (`admin`) counts only after an explicit
/// "Posted by" or "Written by", or before a date: "By contrast, …" names nobody.
pub fn parse_byline(segment: &str) -> Option<(String, Option<NaiveDate>)> {
    let lower = segment.to_ascii_lowercase();
    let prefix = BYLINE_PREFIXES.iter().find(|p| lower.starts_with(*p))?;
    let mut name = segment.get(prefix.len()..)?.trim();
    // "By Jane Doe on April 27, 2026": the date is not part of the name.
    let mut date = None;
    if let Some(i) = name.find(" on ")
        && let Some(d) = parse_date_segment(&name[i..])
    {
        name = name[..i].trim();
        date = Some(d);
    }
    // "By Jane Doe, Reuters" names an outlet after the comma; "By A, B and C" names three people.
    if let Some((first, rest)) = name.split_once(',')
        && !rest.contains(" and ")
        && !rest.contains(" & ")
    {
        name = first.trim();
    }
    let explicit = *prefix != "by " && *prefix != "by: ";
    let handle = is_handle(name) && (explicit || date.is_some());
    (is_name(name) || handle).then(|| (name.to_string(), date))
}

/// A person's name as bylines write it: one to six words, capitalised (particles aside), no
/// sentence punctuation, no digits.
pub fn is_name(text: &str) -> bool {
    const PARTICLES: &[&str] =
        &["and", "&", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "y", "dos", "del"];
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && text.chars().count() <= 60
        && !ends_sentence(text)
        && !text.contains([':', ';', '?', '!'])
        && !text.chars().any(|c| c.is_ascii_digit())
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
}

/// A user name (`siego237`): one token of letters, digits, `_`, `-` or `.`.
pub fn is_handle(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 40
        && !text.contains(char::is_whitespace)
        && text.chars().any(char::is_alphabetic)
        && text.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A job title: short, with a newsroom role word ("Senior Technology Reporter").
fn is_role(segment: &str) -> bool {
    let words = norm_words(segment);
    !words.is_empty() && words.len() <= 5 && words.iter().any(|w| ROLE_WORDS.contains(&w.as_str()))
}

/// "5 min read", "3-minute read".
fn is_reading_time(segment: &str) -> bool {
    let lower = segment.to_lowercase();
    word_count(segment) <= 4
        && lower.contains("read")
        && lower.chars().any(|c| c.is_ascii_digit())
        && lower.contains("min")
}

/// "Updated 2 hours ago", "Published yesterday": a date the page gave relative to the scrape,
/// which cannot be turned into one.
fn is_relative_time(segment: &str) -> bool {
    const UNITS: &[&str] = &[
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
        "weeks", "month", "months", "year", "years",
    ];
    let words = norm_words(segment);
    let rest: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| matches!(*w, "updated" | "published" | "posted" | "last"))
        .collect();
    match rest.as_slice() {
        [n, unit, "ago"] => {
            (n.chars().all(|c| c.is_ascii_digit()) || matches!(*n, "a" | "an" | "one")) && UNITS.contains(unit)
        }
        ["just", "now"] | ["yesterday"] | ["today"] => words.len() > rest.len() || rest.len() == 2,
        _ => false,
    }
}

/// Words a date line may carry besides the date itself.
const DATE_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "on",
    "at",
    "last",
    "modified",
    "date",
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "est",
    "edt",
    "pt",
    "pst",
    "pdt",
    "ct",
    "cst",
    "cdt",
    "utc",
    "gmt",
    "bst",
    "cet",
    "cest",
    "ist",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// A segment that is a date, with at most "Published", "Updated", a weekday and a time.
pub fn parse_date_segment(segment: &str) -> Option<NaiveDate> {
    let tokens: Vec<String> = segment
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | '(' | ')')))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    let (date, used) = find_date(&tokens)?;
    let rest_is_date_words = tokens.iter().enumerate().all(|(i, t)| {
        used.contains(&i)
            || DATE_WORDS.contains(&t.as_str())
            || t.split(':').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    });
    rest_is_date_words.then_some(date)
}

/// The first date in the tokens and the indices it used: `2026-04-27`, `April 27 2026`,
/// `27 April 2026`, `Apr 27 2026`.
fn find_date(tokens: &[String]) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    for (i, token) in tokens.iter().enumerate() {
        if let Some(date) = iso_date(token) {
            return Some((date, i..i + 1));
        }
        if i + 2 < tokens.len() {
            let (a, b, year) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
            let Some(year) = year_of(year) else { continue };
            let date = match (month_of(a), day_of(b), day_of(a), month_of(b)) {
                (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => NaiveDate::from_ymd_opt(year, m, d),
                _ => None,
            };
            if let Some(date) = date {
                return Some((date, i..i + 3));
            }
        }
    }
    None
}

fn iso_date(token: &str) -> Option<NaiveDate> {
    let head = token.get(..10)?;
    let rest = &token[10..];
    if !(rest.is_empty() || rest.starts_with('t')) {
        return None;
    }
    let mut parts = head.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn year_of(token: &str) -> Option<i32> {
    (token.len() == 4).then(|| token.parse().ok()).flatten().filter(|y| (1900..=2200).contains(y))
}

fn day_of(token: &str) -> Option<u32> {
    let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &token[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month_of(token: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if token.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|m| *m == token || (token.len() <= 4 && m.starts_with(token)))?;
    u32::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(line: &str) -> Option<String> {
        parse_meta_line(line).and_then(|m| m.byline)
    }

    #[test]
    fn bylines_in_their_usual_forms() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("BY JANE DOE").as_deref(), Some("JANE DOE"));
        assert_eq!(byline("By Jane Doe and John Roe").as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(byline("By Jane Doe, Reuters").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("Jane Doe | Reporter").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("Jane Doe, Senior Technology Reporter").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("Written by Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("Frontier Signal"), None);
        let posted = parse_meta_line("Posted by admin on March 3, 2026").expect("meta");
        assert_eq!(posted.byline.as_deref(), Some("admin"));
        assert_eq!(posted.date, NaiveDate::from_ymd_opt(2026, 3, 3));
        assert_eq!(byline("By admin"), None);
        assert_eq!(byline("By contrast, the deal is smaller."), None);
        assert_eq!(byline("Market outlook"), None);
    }

    #[test]
    fn dates_in_their_usual_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 27);
        let date = |l: &str| parse_meta_line(l).and_then(|m| m.date);
        assert_eq!(date("April 27, 2026"), d);
        assert_eq!(date("Published: Apr. 27, 2026 at 10:15 am ET"), d);
        assert_eq!(date("27 April 2026"), d);
        assert_eq!(date("2026-04-27"), d);
        assert_eq!(date("Updated Monday, April 27th 2026"), d);
        let both = parse_meta_line("By Jane Doe | April 27, 2026 | 5 min read").expect("meta");
        assert_eq!(both.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(both.date, d);
        assert_eq!(date("In April 27, 2026 the deal closed."), None);
        assert_eq!(date("March 2026"), None);
        assert_eq!(parse_meta_line("Updated 2 hours ago"), Some(MetaLine::default()));
        assert_eq!(parse_meta_line("By Jane Doe · 3 days ago").and_then(|m| m.byline).as_deref(), Some("Jane Doe"));
        assert_eq!(parse_meta_line("Yesterday"), None);
    }
}
