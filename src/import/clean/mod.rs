//! The cleaner: a scraped page → the article's parts (headline, dek, byline, date, body), what
//! became of every line, and warnings for what it could not decide.
//!
//! Each step is a small function over the page's lines, and each only decides lines no earlier
//! step decided:
//! 1. chrome recognisable line by line (`chrome::line_chrome`), and short lines repeated on the
//!    page (listing chrome);
//! 2. chrome that needs neighbours: promotion boxes, "Related" lists, author boxes;
//! 3. the head: the first paragraph of prose, bylines and dates above it, the headline, the dek;
//! 4. the article's span, from its first paragraph of prose to its last: the rest is chrome;
//! 5. structure inside the span: headings, lists, separator-less tables, paragraphs;
//! 6. warnings, and the body in Markdown.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;

use super::chrome::{self, Reason};
use super::lines::{
    self, Kind, Line, ends_sentence, ends_with_colon, is_heading_shaped, is_question, norm_words, normalized,
    starts_lowercase, strip_closers, word_count,
};
use super::markdown::{self, Block};
use super::meta;
use crate::diag::Diagnostic;

mod findings;
mod structure;

use findings::warnings;
use structure::{assign_heading_levels, mark_structure};

/// What became of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A section heading, level 2 or 3.
    Heading(u8),
    Paragraph,
    /// Continues the paragraph or item above: a line the scraper wrapped.
    Continuation,
    Bullet,
    Numbered,
    /// A row of a table that lost its column separators, kept as a line.
    TableRow,
    /// A row of a table that kept its `|` separators: a row of a Markdown table.
    Cells,
    /// Not in the body (some of these went to the front matter: headline, dek, byline, date).
    Dropped(Reason),
}

/// A cleaned page.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// The headline; `None` when the page has none that the rules can tell.
    pub title: Option<String>,
    /// The dek, or else the page's "Meta Description".
    pub summary: Option<String>,
    pub byline: Option<String>,
    pub published: Option<NaiveDate>,
    /// The article body in Markdown.
    pub body: String,
    /// Every non-blank input line (1-based number) and what became of it, in order.
    pub lines: Vec<(usize, Role)>,
    pub warnings: Vec<Diagnostic>,
}

/// Cleans a page. `file` names the input in diagnostics. The error is for a page with no
/// paragraph of prose at all: there is no article to write.
pub fn clean(text: &str, file: &Path) -> Result<Cleaned, Diagnostic> {
    let mut page = Page::new(lines::split(text));
    mark_line_chrome(&mut page);
    mark_repeated_lines(&mut page);
    mark_promotion_blocks(&mut page);
    mark_related_blocks(&mut page);
    mark_author_boxes(&mut page);
    let Some(first) = first_prose(&page, 0) else {
        return Err(Diagnostic::error(file, 0, "no article text found: the page has no paragraph of prose")
            .help("is this the right file? gloss imports pages of running text"));
    };
    mark_untitled_author_boxes(&mut page, first + 1);
    let (start, end) = find_article(&mut page, first);
    mark_structure(&mut page, start, end);
    assign_heading_levels(&mut page, start, end);
    let warnings = warnings(&page, start, end, file);
    let body = markdown::render(&blocks(&page, start, end));
    let summary = page.dek.map(|i| page.unit_text(i)).or_else(|| page.meta_description.map(|(_, d)| d.to_string()));
    let lines = (0..page.len()).filter_map(|i| page.roles[i].map(|r| (page.lines[i].number, r))).collect();
    Ok(Cleaned {
        title: page.headline.map(|i| page.text(i).to_string()),
        summary,
        byline: page.byline.clone().or_else(|| page.box_byline.clone()),
        published: page.published,
        body,
        lines,
        warnings,
    })
}

/// The page being cleaned: its lines and each line's role, `None` while undecided.
struct Page<'a> {
    lines: Vec<Line<'a>>,
    roles: Vec<Option<Role>>,
    /// Whether a line continues the one above (a paragraph the scraper wrapped).
    cont: Vec<bool>,
    /// Whether a line belongs to a table that kept its `|` separators.
    pipe: Vec<bool>,
    headline: Option<usize>,
    dek: Option<usize>,
    /// From a byline line near the headline, or after the article.
    byline: Option<String>,
    /// From an author box: used when no byline line names the author.
    box_byline: Option<String>,
    published: Option<NaiveDate>,
    meta_description: Option<(usize, &'a str)>,
}

impl<'a> Page<'a> {
    fn new(lines: Vec<Line<'a>>) -> Self {
        let roles = vec![None; lines.len()];
        let pipe = pipe_rows(&lines);
        let cont = continuations(&lines, &pipe);
        Self {
            lines,
            roles,
            cont,
            pipe,
            headline: None,
            dek: None,
            byline: None,
            box_byline: None,
            published: None,
            meta_description: None,
        }
    }

    fn len(&self) -> usize {
        self.lines.len()
    }

    fn blank(&self, i: usize) -> bool {
        self.lines[i].kind == Kind::Blank
    }

    /// Not blank and not yet decided.
    fn open(&self, i: usize) -> bool {
        !self.blank(i) && self.roles[i].is_none()
    }

    fn text(&self, i: usize) -> &'a str {
        self.lines[i].text
    }

    fn kind(&self, i: usize) -> Kind {
        self.lines[i].kind
    }

    /// Whether the next input line is not blank: the two lines belong together.
    fn tight(&self, i: usize) -> bool {
        i + 1 < self.len() && !self.blank(i + 1)
    }

    fn next_line(&self, i: usize) -> Option<usize> {
        (i + 1..self.len()).find(|&j| !self.blank(j))
    }

    fn prev_line(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.blank(j))
    }

    /// The paragraph that starts at line `i`: the line and the lines that continue it, joined
    /// by spaces (a wrapped line's break is not part of the text).
    fn unit_text(&self, i: usize) -> String {
        let mut text = self.text(i).to_string();
        for j in i + 1..self.len() {
            if !self.cont[j] {
                break;
            }
            // Chinese and Japanese wrap without a space: none is added where they are joined.
            let next = self.text(j);
            let wide = |c: Option<char>| c.is_some_and(crate::lang::is_wide);
            if !(wide(text.chars().next_back()) && wide(next.chars().next())) {
                text.push(' ');
            }
            text.push_str(next);
        }
        text
    }

    /// The last line of the paragraph that starts at line `i`.
    fn unit_end(&self, i: usize) -> usize {
        let mut j = i;
        while j + 1 < self.len() && self.cont[j + 1] {
            j += 1;
        }
        j
    }

    /// Whether line `i` starts a paragraph of prose.
    fn prose(&self, i: usize) -> bool {
        !self.cont[i] && is_prose(self.kind(i), &self.unit_text(i))
    }

    /// Whether line `i` was dropped, for any reason.
    fn dropped(&self, i: usize) -> bool {
        matches!(self.roles[i], Some(Role::Dropped(_)))
    }

    fn is(&self, i: usize, reason: Reason) -> bool {
        self.roles[i] == Some(Role::Dropped(reason))
    }

    /// Drops line `i` unless an earlier rule already decided it.
    fn drop(&mut self, i: usize, reason: Reason) {
        if self.open(i) {
            self.roles[i] = Some(Role::Dropped(reason));
        }
    }
}

/// A paragraph of prose: a sentence of some length, or a long line. Items count when they are
/// sentences (a list of key points can open an article; a menu has no sentences). Chinese and
/// Japanese paragraphs end with 。, and their headlines run long: a line of theirs without end
/// punctuation is prose only when it is very long.
fn is_prose(kind: Kind, text: &str) -> bool {
    let words = word_count(text);
    let long = if text.chars().any(crate::lang::is_unspaced) { 40 } else { 15 };
    match kind {
        Kind::Text => words >= 4 && (ends_sentence(text) || words >= long || (words >= 8 && ends_with_colon(text))),
        Kind::Bullet | Kind::Numbered { .. } => {
            words >= 6 && strip_closers(text).ends_with(['.', '!', '…', '。', '！'])
        }
        Kind::Blank => false,
    }
}

fn first_prose(page: &Page<'_>, from: usize) -> Option<usize> {
    (from..page.len()).find(|&i| page.open(i) && page.prose(i))
}

/// The cells of a `|`-separated row, outer pipes aside.
pub fn cells(line: &str) -> Vec<&str> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').map(str::trim).collect()
}

/// Lines of tables that kept their separators: two or more tight rows holding `|` with the same
/// number of cells, and any `---|---` rule between them. A menu ("Home | News") is one line, or
/// rows of different lengths.
fn pipe_rows(lines: &[Line<'_>]) -> Vec<bool> {
    let mut rows = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].full.contains('|') {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < lines.len() && lines[j + 1].full.contains('|') {
            j += 1;
        }
        let content: Vec<usize> = (i..=j).filter(|&k| lines[k].full.chars().any(char::is_alphanumeric)).collect();
        let counts: HashSet<usize> = content.iter().map(|&k| cells(lines[k].full).len()).collect();
        if content.len() >= 2 && counts.len() == 1 && counts.iter().all(|&c| c >= 2) {
            rows[i..=j].fill(true);
        }
        i = j + 1;
    }
    rows
}

/// Which lines continue the line above: a paragraph the scraper wrapped. A line does when the
/// one above does not end its sentence and either this one starts in lowercase, or the page is
/// wrapped at a width (no line longer than 120 characters) and the line above fills it.
fn continuations(lines: &[Line<'_>], pipe: &[bool]) -> Vec<bool> {
    let width = lines.iter().filter(|l| l.kind != Kind::Blank).map(|l| l.text.chars().count()).max().unwrap_or(0);
    let wrapped = width <= 120;
    let mut cont = vec![false; lines.len()];
    for i in 1..lines.len() {
        let (above, line) = (&lines[i - 1], &lines[i]);
        let fills = wrapped && above.text.chars().count() * 10 >= width * 8;
        cont[i] = line.kind == Kind::Text
            && above.kind != Kind::Blank
            && !pipe[i - 1]
            && !pipe[i]
            && !ends_sentence(above.text)
            && !ends_with_colon(above.text)
            && (starts_lowercase(line.text) || fills);
    }
    cont
}

// ---- 1. Line chrome -------------------------------------------------------------------------

/// Drops what one line shows to be chrome, and reads "Meta Description:" lines.
fn mark_line_chrome(page: &mut Page<'_>) {
    for i in 0..page.len() {
        if page.blank(i) {
            continue;
        }
        if page.cont[i] {
            // A wrapped line shares the fate of the line it continues.
            page.roles[i] = page.roles[i - 1];
            continue;
        }
        if page.pipe[i] {
            // A table's rows are text; its `---|---` rule is rebuilt on output.
            if !page.text(i).chars().any(char::is_alphanumeric) {
                page.drop(i, Reason::Symbol);
            }
            continue;
        }
        let text = page.text(i);
        if let Some(description) = chrome::meta_description(text) {
            page.meta_description.get_or_insert((i, description));
            page.drop(i, Reason::MetaDescription);
        } else if meta::parse_meta_line(text).is_some() {
            // Bylines and dates are read where they stand, by `find_article`; their separators
            // must not make them look like a menu.
        } else if let Some(reason) = chrome::line_chrome(text, page.kind(i) != Kind::Text) {
            page.drop(i, reason);
        }
    }
}

/// A short line that is not a sentence and occurs three times or more is listing chrome ("Home
/// Image", "selected projects", "Read more"): an article does not repeat its own lines.
fn mark_repeated_lines(page: &mut Page<'_>) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for i in (0..page.len()).filter(|&i| !page.blank(i)) {
        *counts.entry(normalized(page.text(i))).or_default() += 1;
    }
    for i in 0..page.len() {
        let text = page.text(i);
        if page.open(i)
            && counts.get(&normalized(text)).copied().unwrap_or(0) >= 3
            && word_count(text) <= 6
            && !ends_sentence(text)
        {
            page.drop(i, Reason::Repeated);
        }
    }
}

// ---- 2. Chrome blocks -----------------------------------------------------------------------

/// A promotion box is held together by a call to action that names a product (newsletter,
/// subscription): around it, short imperative lines ("Get the next blueprint…"), short items,
/// and the box's title (a heading of at most four words, shorter than a headline).
fn mark_promotion_blocks(page: &mut Page<'_>) {
    let anchors: Vec<usize> = (0..page.len()).filter(|&i| page.is(i, Reason::Promotion)).collect();
    for anchor in anchors {
        let mut j = anchor;
        while let Some(p) = page.prev_line(j) {
            if page.is(p, Reason::Promotion) {
                j = p;
                continue;
            }
            if !page.open(p) {
                break;
            }
            let text = page.text(p);
            if chrome::is_weak_cta(text) {
                page.drop(p, Reason::Promotion);
                j = p;
                continue;
            }
            if page.kind(p) == Kind::Text && is_heading_shaped(text) && word_count(text) <= 4 {
                page.drop(p, Reason::Promotion);
            }
            break;
        }
        let mut j = anchor;
        while let Some(n) = page.next_line(j) {
            let text = page.text(n);
            let short_item = page.kind(n) == Kind::Bullet && word_count(text) <= 8 && !ends_sentence(text);
            if page.is(n, Reason::Promotion) || (page.open(n) && (chrome::is_weak_cta(text) || short_item)) {
                page.drop(n, Reason::Promotion);
                j = n;
            } else {
                break;
            }
        }
    }
}

/// A "Related articles" title and the list under it: items or short lines without end
/// punctuation (other articles' headlines), up to the next sentence. When the list's items sat
/// tight together and a last line stands apart just above a paragraph, that line is the next
/// section's heading and stays.
fn mark_related_blocks(page: &mut Page<'_>) {
    for i in 0..page.len() {
        if !(page.open(i) && page.kind(i) == Kind::Text && chrome::is_related_label(page.text(i))) {
            continue;
        }
        page.drop(i, Reason::Related);
        let mut items = Vec::new();
        let mut j = i;
        while let Some(n) = page.next_line(j) {
            let text = page.text(n);
            let listed =
                page.open(n) && word_count(text) <= 20 && (page.kind(n) == Kind::Bullet || !ends_sentence(text));
            if !listed {
                break;
            }
            items.push(n);
            j = n;
        }
        let stop = items.last().and_then(|&l| page.next_line(l));
        if let (Some(&last), Some(stop)) = (items.last(), stop)
            && items.len() >= 2
            && page.prose(stop)
            && page.tight(items[0])
            && !page.tight(last - 1)
        {
            items.pop();
        }
        for n in items {
            page.drop(n, Reason::Related);
        }
    }
}

/// An author box: a title ("Author", "About the author"), the name (→ byline), and a short
/// biography. Or a title and a biography that opens with the name ("Jane Doe is a reporter…").
fn mark_author_boxes(page: &mut Page<'_>) {
    for i in 0..page.len() {
        if !(page.open(i) && page.kind(i) == Kind::Text && chrome::is_author_label(page.text(i))) {
            continue;
        }
        let Some(n) = page.next_line(i).filter(|&n| page.open(n)) else {
            continue;
        };
        let text = page.text(n);
        let name = if (meta::is_name(text) || meta::is_handle(text)) && word_count(text) <= 6 {
            Some(text.to_string())
        } else if chrome::is_bio(text) {
            name_opening_bio(text)
        } else {
            None
        };
        let Some(name) = name else { continue };
        page.box_byline.get_or_insert(name);
        page.drop(i, Reason::AuthorBox);
        page.drop(n, Reason::AuthorBox);
        if let Some(b) = page.next_line(n)
            && page.open(b)
            && chrome::is_bio(page.text(b))
        {
            page.drop(b, Reason::AuthorBox);
        }
    }
}

/// "Jane Doe is a reporter…" → "Jane Doe"; "María García es redactora…", "张伟是本报记者…",
/// "山田太郎は記者…", "김민수 기자는…" (a job title after the name is left out).
fn name_opening_bio(text: &str) -> Option<String> {
    const VERBS: &[&str] = &[
        " is ",
        " writes",
        " covers",
        " has ",
        " was ",
        " es ",
        " escribe",
        " cubre",
        " é ",
        " escreve",
        " cobre",
        " ist ",
        " schreibt",
        " berichtet",
        " est ",
        " écrit",
        " couvre",
        "是",
        "は",
        "는 ",
        "은 ",
    ];
    let end = VERBS.iter().filter_map(|verb| text.find(verb)).min()?;
    let mut name = text[..end].trim();
    if let Some((before, role)) = name.rsplit_once(char::is_whitespace)
        && meta::is_role(role)
    {
        name = before.trim();
    }
    meta::is_name(name).then(|| name.to_string())
}

/// An author box without a title: the author's name (with or without a job title: "김민수 기자")
/// and, right under it, a biography that opens with the name or with a job title
/// ("Redactora de Tecnología. Cubre…"). Read only after the article's first paragraph, where a
/// name and a biography cannot be the headline and the lead.
fn mark_untitled_author_boxes(page: &mut Page<'_>, after: usize) {
    for i in after..page.len() {
        if !(page.open(i) && page.kind(i) == Kind::Text && word_count(page.text(i)) <= 6) {
            continue;
        }
        let text = page.text(i);
        let name = if meta::is_name(text) {
            Some(text.to_string())
        } else {
            meta::parse_meta_line(text).filter(|m| m.date.is_none()).and_then(|m| m.byline)
        };
        let Some(name) = name else { continue };
        let Some(b) = page.next_line(i).filter(|&b| page.open(b) && page.kind(b) == Kind::Text) else {
            continue;
        };
        let bio = page.text(b);
        let opens_with_name = name_opening_bio(bio).is_some_and(|n| n == name) || bio.starts_with(text);
        let opens_with_role = bio.split_whitespace().next().is_some_and(meta::is_role);
        if chrome::is_bio(bio) && (opens_with_name || opens_with_role) {
            page.box_byline.get_or_insert(name);
            page.drop(i, Reason::AuthorBox);
            page.drop(b, Reason::AuthorBox);
        }
    }
}

// ---- 3 and 4. Head and span ----------------------------------------------------------------

/// Finds headline, bylines and dates, dek, and the article's span; drops what lies outside it.
/// Returns the span's first and last line indices.
fn find_article(page: &mut Page<'_>, first: usize) -> (usize, usize) {
    let mut first = first;
    if let Some(h) = headline_after_tagline(page, first)
        && let Some(after) = first_prose(page, h + 1)
    {
        for i in 0..h {
            page.drop(i, Reason::SiteHeader);
        }
        first = after;
    }
    for i in 0..first {
        read_meta_line(page, i);
    }
    if let Some(after) = page.next_line(page.unit_end(first)) {
        read_meta_line(page, after);
    }
    page.headline = choose_headline(page, first);
    let subtitle = page.headline.and_then(|h| subtitle_of(page, h)).filter(|&d| d < first);
    if let Some(h) = page.headline {
        page.roles[h] = Some(Role::Dropped(Reason::Headline));
        let title = normalized(page.text(h));
        for i in 0..page.len() {
            if i < h {
                page.drop(i, Reason::SiteHeader);
            } else if !page.blank(i) && normalized(page.text(i)) == title {
                page.drop(i, Reason::RepeatedHeadline);
            }
        }
    }
    // A dek without end punctuation, right under the headline.
    if let Some(d) = subtitle {
        page.dek = Some(d);
        page.roles[d] = Some(Role::Dropped(Reason::Dek));
    }
    let mut body_start = first;
    if page.dek.is_none()
        && is_dek(page, first)
        && let Some(next) = first_prose(page, first + 1)
    {
        page.dek = Some(first);
        for i in first..=page.unit_end(first) {
            page.roles[i] = Some(Role::Dropped(Reason::Dek));
        }
        for i in first + 1..next {
            read_meta_line(page, i);
        }
        body_start = next;
    }
    let start = page
        .prev_line(body_start)
        .filter(|&p| {
            page.open(p)
                && page.kind(p) == Kind::Text
                && is_heading_shaped(page.text(p))
                && page.headline.is_none_or(|h| p > h)
        })
        .unwrap_or(body_start);
    for i in 0..start {
        let reason = match page.headline {
            Some(h) if i > h => Reason::OutsideArticle,
            _ => Reason::SiteHeader,
        };
        page.drop(i, reason);
    }
    let last = (start..page.len()).rev().find(|&i| page.open(i) && is_closing_prose(page, i)).unwrap_or(body_start);
    let mut end = last;
    while page.tight(end) && page.open(end + 1) {
        end += 1;
    }
    // A list that the last paragraph announces ("…the three changes:") belongs to it.
    while let Some(n) = page.next_line(end) {
        let item = |i: usize| matches!(page.kind(i), Kind::Bullet | Kind::Numbered { .. });
        if page.open(n) && item(n) && (page.text(end).ends_with(':') || item(end)) {
            end = page.unit_end(n);
        } else {
            break;
        }
    }
    for i in end + 1..page.len() {
        if page.open(i) && page.byline.is_none() {
            read_meta_line(page, i);
        }
        page.drop(i, Reason::OutsideArticle);
    }
    (start, end)
}

/// Reads a byline or date line into the page, and drops it.
fn read_meta_line(page: &mut Page<'_>, i: usize) {
    if !page.open(i) || matches!(page.kind(i), Kind::Numbered { .. }) {
        return;
    }
    let Some(found) = meta::parse_meta_line(page.text(i)) else {
        return;
    };
    let reason = if found.byline.is_some() { Reason::Byline } else { Reason::Date };
    if page.byline.is_none() {
        page.byline = found.byline;
    }
    if page.published.is_none() {
        page.published = found.date;
    }
    page.drop(i, reason);
}

/// A site's tagline can be a sentence ("Your daily briefing on AI."). When the first prose line
/// is short, no line above it is plainly a headline, and a line below it is (the page repeats
/// it, or a byline or a date follows it), the article starts at that line.
fn headline_after_tagline(page: &Page<'_>, first: usize) -> Option<usize> {
    let plainly = |i: usize| {
        let title = normalized(page.text(i));
        let repeated = (0..page.len()).any(|j| j != i && !page.blank(j) && normalized(page.text(j)) == title);
        let before_meta =
            page.next_line(i).filter(|&n| page.open(n)).is_some_and(|n| meta::parse_meta_line(page.text(n)).is_some());
        is_candidate(page, i) && (repeated || before_meta)
    };
    if word_count(&page.unit_text(first)) > 20 || (0..first).any(plainly) {
        return None;
    }
    let second = first_prose(page, page.unit_end(first) + 1)?;
    (page.unit_end(first) + 1..second).find(|&i| plainly(i))
}

/// A line that could be the headline: open text of a headline's shape, not a wrapped line nor
/// the start of one, nor a byline or a date ("2026年4月28日 9:15" has a headline's shape).
fn is_candidate(page: &Page<'_>, i: usize) -> bool {
    page.open(i)
        && page.kind(i) == Kind::Text
        && !page.cont[i]
        && !page.cont.get(i + 1).copied().unwrap_or(false)
        && is_headline_shaped(page.text(i))
        && meta::parse_meta_line(page.text(i)).is_none()
}

/// A line that can end the article: prose or a short sentence ("More to come.") that is not a
/// call to action ("Ready to …?"), the answer to a question just above it, or an entry of a
/// reference list (`[1] …`).
fn is_closing_prose(page: &Page<'_>, i: usize) -> bool {
    let line = &page.lines[i];
    let text = line.text;
    if page.cont[i] {
        return false;
    }
    let answer = line.kind == Kind::Text
        && i > 0
        && !page.blank(i - 1)
        && is_question(page.text(i - 1))
        && is_heading_shaped(page.text(i - 1));
    let reference = lines::is_reference_entry(text);
    let unit = page.unit_text(i);
    let sentence = line.kind == Kind::Text && word_count(&unit) >= 2 && ends_sentence(&unit);
    ((page.prose(i) || sentence) && !(line.kind == Kind::Text && chrome::is_weak_cta(&unit))) || answer || reference
}

/// The headline: among the heading-shaped lines above the first paragraph, the one the page
/// repeats, or that a byline or date follows, or that shares most words with the opening
/// paragraphs (a site name or a tagline shares none). Failing all, the last of four words or
/// more.
fn choose_headline(page: &Page<'_>, first: usize) -> Option<usize> {
    let mut context: HashSet<String> = stems(&page.unit_text(first));
    if let Some(second) = first_prose(page, first + 1) {
        context.extend(stems(&page.unit_text(second)));
    }
    let candidates: Vec<usize> = (0..first).filter(|&i| is_candidate(page, i)).collect();
    let meta_after =
        |i: usize| page.next_line(i).is_some_and(|n| page.is(n, Reason::Byline) || page.is(n, Reason::Date));
    let score = |i: usize| -> f64 {
        let title = normalized(page.text(i));
        let repeated = (0..page.len()).any(|j| j != i && !page.blank(j) && normalized(page.text(j)) == title);
        // A headline and a dek without end punctuation, tight, then the byline: the byline
        // follows the pair, whose first line is the headline.
        let before_meta = if subtitle_of(page, i).is_some_and(meta_after) {
            true
        } else {
            meta_after(i) && !(i > 0 && subtitle_of(page, i - 1) == Some(i))
        };
        let own = stems(page.text(i));
        let shared = own.intersection(&context).count() as f64 / own.len().max(1) as f64;
        2.0 * f64::from(u8::from(repeated)) + f64::from(u8::from(before_meta)) + shared
    };
    let mut best: Option<(usize, f64)> = None;
    for &i in &candidates {
        let s = score(i);
        if s > 0.0 && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i).or_else(|| candidates.iter().rev().copied().find(|&i| word_count(page.text(i)) >= 4))
}

/// The line right under line `i`, with no blank line between, that could be a headline too:
/// under a headline, that is its dek ("Novo acordo permite que…" under the title).
fn subtitle_of(page: &Page<'_>, i: usize) -> Option<usize> {
    (page.tight(i) && is_candidate(page, i) && is_candidate(page, i + 1)).then_some(i + 1)
}

/// A headline's shape: three to thirty words, no end punctuation but `?` or `!`.
fn is_headline_shaped(text: &str) -> bool {
    let words = word_count(text);
    (3..=30).contains(&words)
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with(['.', ',', ';', ':', '。', '，', '；', '：'])
}

const STOPWORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "that", "this", "into", "over", "its", "their", "what", "how", "why", "who",
    "are", "was", "were", "has", "have", "will", "can", "not", "but", "los", "las", "del", "que", "con", "por", "para",
    "una", "uno", "der", "die", "das", "und", "den", "dem", "ein", "eine", "les", "des", "une", "pour", "dans", "sur",
    "qui", "com", "uma", "dos", "nas", "nos",
];

/// Content words, cut to five letters so that "renegotiate" meets "renegotiated". Chinese and
/// Japanese, without spaces, give their pairs of characters ("微软", "软与", …) instead.
fn stems(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for w in norm_words(text) {
        if w.chars().any(crate::lang::is_unspaced) {
            let chars: Vec<char> = w.chars().collect();
            out.extend(chars.windows(2).map(|p| p.iter().collect::<String>()));
        } else if w.chars().count() >= 3 && !STOPWORDS.contains(&w.as_str()) {
            out.insert(w.chars().take(5).collect());
        }
    }
    out
}

/// Chrome that separates a page's parts (the headline block from the article), unlike chrome
/// found inside an article's text (an advert, a photo, a "Read more" link).
const SEPARATORS: &[Reason] = &[
    Reason::RepeatedHeadline,
    Reason::Promotion,
    Reason::Share,
    Reason::Byline,
    Reason::Date,
    Reason::MetaDescription,
    Reason::Navigation,
    Reason::Cookie,
];

/// The dek: the paragraph right under the headline, short, and set apart from the body by
/// chrome that separates a page's parts (the headline repeated, a promotion box, share buttons,
/// a byline, a date). A first paragraph that runs straight into the second, or that only an
/// advert interrupts, is the body's lead instead.
fn is_dek(page: &Page<'_>, first: usize) -> bool {
    let Some(h) = page.headline else { return false };
    first > h
        && page.kind(first) == Kind::Text
        && word_count(&page.unit_text(first)) <= 80
        && (h + 1..first).all(|i| page.blank(i) || page.dropped(i))
        && page.next_line(page.unit_end(first)).is_some_and(|n| SEPARATORS.iter().any(|r| page.is(n, *r)))
}

// ---- 6. Output ------------------------------------------------------------------------------

/// The span's kept lines as Markdown blocks.
fn blocks(page: &Page<'_>, start: usize, end: usize) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for i in start..=end {
        let text = page.text(i).to_string();
        match page.roles[i] {
            Some(Role::Heading(level)) => out.push(Block::Heading(level, text)),
            Some(Role::Paragraph | Role::TableRow) => {
                out.push(Block::Paragraph(vec![page.lines[i].full.to_string()]));
            }
            Some(Role::Cells) => {
                let row: Vec<String> = cells(page.lines[i].full).into_iter().map(str::to_string).collect();
                match out.last_mut() {
                    Some(Block::Table(rows)) if rows[0].len() == row.len() => rows.push(row),
                    _ => out.push(Block::Table(vec![row])),
                }
            }
            Some(Role::Continuation) => match out.last_mut() {
                Some(Block::Paragraph(lines)) => lines.push(text),
                Some(Block::List { items, .. }) => {
                    if let Some(item) = items.last_mut() {
                        item.push(text);
                    }
                }
                _ => out.push(Block::Paragraph(vec![text])),
            },
            Some(Role::Bullet) => push_item(&mut out, None, text),
            Some(Role::Numbered) => {
                let start = match page.kind(i) {
                    Kind::Numbered { number, delimiter } => Some((number, delimiter)),
                    _ => None,
                };
                push_item(&mut out, start, text);
            }
            Some(Role::Dropped(_)) | None => {}
        }
    }
    out
}

/// Adds an item to the list just before, or starts a list.
fn push_item(out: &mut Vec<Block>, start: Option<(u32, char)>, text: String) {
    if let Some(Block::List { start: list_start, items }) = out.last_mut()
        && list_start.is_some() == start.is_some()
    {
        items.push(vec![text]);
        return;
    }
    out.push(Block::List { start, items: vec![vec![text]] });
}
