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
    // Spanish, Portuguese, German, French
    "redactor",
    "redactora",
    "periodista",
    "corresponsal",
    "editora",
    "enviado",
    "enviada",
    "colaborador",
    "colaboradora",
    "repórter",
    "jornalista",
    "correspondente",
    "colunista",
    "redação",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "journalistin",
    "autorin",
    "redaktion",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "envoyé",
    "envoyée",
    "rédaction",
    // Chinese, Japanese, Korean, Arabic
    "记者",
    "本报记者",
    "特约记者",
    "编辑",
    "责任编辑",
    "通讯员",
    "記者",
    "編集委員",
    "編集部",
    "特派員",
    "기자",
    "특파원",
    "논설위원",
    "객원기자",
    "مراسل",
    "صحفي",
    "محرر",
    "كاتب",
];

const BYLINE_PREFIXES: &[&str] = &[
    "by ",
    "written by ",
    "posted by ",
    "words by ",
    "story by ",
    "reporting by ",
    "author: ",
    "authors: ",
    "by: ",
    // Spanish, Portuguese, German, French.
    "por ",
    "texto: ",
    "von ",
    "par ",
    // Chinese, Japanese, Arabic.
    "记者 ",
    "记者：",
    "本报记者 ",
    "作者：",
    "作者 ",
    "文／",
    "文/",
    "撰文：",
    "記者：",
    "文：",
    "執筆：",
    "筆者：",
    "بقلم: ",
    "بقلم ",
    "كتب: ",
];

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
        } else if is_reading_time(segment) || is_time(segment) {
        } else if is_relative_time(segment) {
            relative = true;
        } else if let Some((name, role)) = segment.split_once(", ")
            && is_name(name)
            && is_role(role)
        {
            bare_name = bare_name.or(Some(name.trim().to_string()));
            has_role = true;
        } else if let Some(name) = name_beside_role(segment) {
            bare_name = bare_name.or(Some(name.to_string()));
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

/// A name and a job title in one segment without a comma: "김민수 기자", "山田太郎 記者",
/// "Redakteur Max Muster". The name, when the segment is that.
fn name_beside_role(segment: &str) -> Option<&str> {
    let segment = segment.trim();
    let (a, b) = segment.rsplit_once(char::is_whitespace)?;
    if is_role(b) && is_name(a.trim()) {
        return Some(a.trim());
    }
    let (a, b) = segment.split_once(char::is_whitespace)?;
    (is_role(a) && is_name(b.trim())).then(|| b.trim())
}

/// A time of day on its own: "10:15", "08h30", "9:15 am".
fn is_time(segment: &str) -> bool {
    let tokens: Vec<String> = segment.split_whitespace().map(str::to_lowercase).collect();
    !tokens.is_empty()
        && tokens.len() <= 3
        && tokens.iter().any(|t| is_clock(t))
        && tokens.iter().all(|t| is_clock(t) || DATE_WORDS.contains(&t.as_str()))
}

/// "10:15", "08h30", "9h": a time as the page writes it.
fn is_clock(token: &str) -> bool {
    let token = token.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')'));
    let parts: Vec<&str> = token.split([':', 'h']).collect();
    parts.len() == 2
        && (1..=2).contains(&parts[0].len())
        && parts[0].chars().all(|c| c.is_ascii_digit())
        && (parts[1].is_empty() || parts[1].len() == 2 && parts[1].chars().all(|c| c.is_ascii_digit()))
}

/// A person's name as bylines write it: one to six words, capitalised (particles aside), no
/// sentence punctuation, no digits. Scripts without case: two to six Chinese, Japanese or
/// Korean letters in one or two words ("张伟", "山田 太郎", "김민수"), or two to four words of
/// Arabic or Hebrew letters ("أحمد خالد").
pub fn is_name(text: &str) -> bool {
    is_cased_name(text) || is_uncased_name(text)
}

fn is_uncased_name(text: &str) -> bool {
    use crate::lang::is_cjk;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || text.contains([':', ';', '?', '!', '.', ',', '：', '，', '。']) {
        return false;
    }
    let letters = words.iter().flat_map(|w| w.chars()).filter(|c| *c != '·' && *c != '・').count();
    let cjk = words.iter().all(|w| w.chars().all(|c| is_cjk(c) || c == '·' || c == '・'));
    let rtl = |c: char| matches!(c, '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}');
    let abjad = words.iter().all(|w| w.chars().all(rtl));
    (cjk && words.len() <= 2 && (2..=6).contains(&letters))
        || (abjad && (2..=4).contains(&words.len()) && letters <= 40)
}

fn is_cased_name(text: &str) -> bool {
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
pub fn is_role(segment: &str) -> bool {
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
    // Spanish, Portuguese, German, French: "Publicado el", "Atualizado", "Uhr", "Publié le … à".
    "publicado",
    "actualizado",
    "el",
    "a",
    "las",
    "atualizado",
    "em",
    "às",
    "veröffentlicht",
    "aktualisiert",
    "am",
    "um",
    "uhr",
    "stand",
    "publié",
    "mis",
    "jour",
    "le",
    "à",
    "h",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    // Chinese, Japanese, Korean, Arabic: "发布时间", "公開", "입력", "نشر في", weekdays.
    "发布时间",
    "发布于",
    "发布",
    "更新",
    "公開",
    "更新日",
    "配信",
    "입력",
    "수정",
    "업데이트",
    "نشر",
    "في",
    "تحديث",
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
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
    // Arabic-Indic digits read as ASCII ones; "2026年4月28日" and "2026년 4월 28일" as numbers.
    let cjk = segment.contains(['年', '년']);
    let segment: String = segment
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '年' | '月' | '년' | '월' => ' ',
            '日' | '일' => ' ',
            _ => c,
        })
        .collect();
    let tokens: Vec<String> = segment
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | '(' | ')' | '،')))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        // "28 de abril de 2026": the connector is no part of the date.
        .filter(|t| !matches!(t.as_str(), "de" | "del"))
        .collect();
    let (date, used) = find_date(&tokens).or_else(|| if cjk { year_month_day(&tokens) } else { None })?;
    let rest_is_date_words = tokens.iter().enumerate().all(|(i, t)| {
        used.contains(&i)
            || DATE_WORDS.contains(&t.as_str())
            || is_clock(t)
            || numeric_date(t).is_some()
            || t.split(':').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    });
    rest_is_date_words.then_some(date)
}

/// Year, month and day as three numbers in a row: "2026 4 28", what is left of "2026年4月28日".
fn year_month_day(tokens: &[String]) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    tokens.windows(3).enumerate().find_map(|(i, w)| {
        let year = year_of(&w[0])?;
        let month = w[1].parse().ok().filter(|m| (1..=12).contains(m))?;
        let day = day_of(&w[2])?;
        NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, i..i + 3))
    })
}

/// A date written in numbers: `28.04.2026` (day first with dots, as in German), `2026.04.28` and
/// `2026/04/28` (year first), `28/04/2026` only where the day cannot be a month (the United
/// States write the month first).
fn numeric_date(token: &str) -> Option<NaiveDate> {
    let sep = if token.contains('.') { '.' } else { '/' };
    let parts: Vec<&str> = token.split(sep).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let num = |s: &str| s.parse::<u32>().ok().filter(|_| !s.is_empty() && s.len() <= 4);
    let (a, b, c) = (num(a)?, num(b)?, num(c)?);
    let year = |y: u32| i32::try_from(y).ok().filter(|y| (1900..=2200).contains(y));
    if let Some(y) = year(a) {
        return NaiveDate::from_ymd_opt(y, b, c);
    }
    let y = year(c)?;
    if sep == '.' || a > 12 { NaiveDate::from_ymd_opt(y, b, a) } else { None }
}

/// The first date in the tokens and the indices it used: `2026-04-27`, `April 27 2026`,
/// `27 April 2026`, `Apr 27 2026`.
fn find_date(tokens: &[String]) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    for (i, token) in tokens.iter().enumerate() {
        if let Some(date) = iso_date(token).or_else(|| numeric_date(token)) {
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
    if let Some(index) = MONTHS.iter().position(|m| *m == token || (token.len() <= 4 && m.starts_with(token))) {
        return u32::try_from(index + 1).ok();
    }
    // Spanish, Portuguese, German, French and Arabic month names, whole.
    const OTHER: [&[&str]; 12] = [
        &["enero", "janeiro", "januar", "jänner", "janvier", "يناير", "كانون الثاني"],
        &["febrero", "fevereiro", "februar", "février", "فبراير"],
        &["marzo", "março", "märz", "mars", "مارس"],
        &["abril", "avril", "أبريل", "ابريل"],
        &["mayo", "maio", "mai", "مايو"],
        &["junio", "junho", "juni", "juin", "يونيو"],
        &["julio", "julho", "juli", "juillet", "يوليو"],
        &["agosto", "août", "أغسطس"],
        &["septiembre", "setiembre", "setembro", "septembre", "سبتمبر"],
        &["octubre", "outubro", "oktober", "octobre", "أكتوبر"],
        &["noviembre", "novembro", "novembre", "نوفمبر"],
        &["diciembre", "dezembro", "dezember", "décembre", "ديسمبر"],
    ];
    let index = OTHER.iter().position(|names| names.contains(&token))?;
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
