//! Step 5 of the cleaner: structure inside the article's span. Repeats and wrapped lines first,
//! then tables that lost their separators, numbered lists, headings and paragraphs, and last the
//! heading levels.

use super::{Page, Role};
use crate::import::chrome::Reason;
use crate::import::lines::{Kind, ends_sentence, is_heading_shaped, is_question, norm_words, normalized};

/// Decides every line left in the span: repeats, wrapped lines, tables, lists, headings,
/// paragraphs.
pub(super) fn mark_structure(page: &mut Page<'_>, start: usize, end: usize) {
    mark_stutters(page, start, end);
    mark_continuations(page, start, end);
    for i in start..=end {
        if page.pipe[i] && page.open(i) {
            page.roles[i] = Some(Role::Cells);
        }
    }
    mark_tables(page, start, end);
    mark_numbered_lists(page, start, end);
    for i in start..=end {
        if !page.open(i) {
            continue;
        }
        let role = match page.kind(i) {
            Kind::Bullet => Role::Bullet,
            Kind::Numbered { .. } => Role::Paragraph,
            Kind::Text | Kind::Blank => {
                let wrapped = page.roles.get(i + 1) == Some(&Some(Role::Continuation));
                if !wrapped && !is_answer(page, i) && is_heading_shaped(page.text(i)) {
                    Role::Heading(2)
                } else {
                    Role::Paragraph
                }
            }
        };
        page.roles[i] = Some(role);
    }
}

/// A line just under a question heading, with no blank line between, is its answer, whatever
/// its shape ("Not yet").
fn is_answer(page: &Page<'_>, i: usize) -> bool {
    i > 0 && matches!(page.roles[i - 1], Some(Role::Heading(_))) && is_question(page.text(i - 1))
}

/// A line equal to the kept line just above it is a scraping stutter.
fn mark_stutters(page: &mut Page<'_>, start: usize, end: usize) {
    let mut previous: Option<String> = None;
    for i in start..=end {
        if page.blank(i) || page.dropped(i) {
            continue;
        }
        let text = normalized(page.text(i));
        if previous.as_ref() == Some(&text) {
            page.drop(i, Reason::Repeated);
        }
        previous = Some(text);
    }
}

/// Wrapped lines (see `continuations`) join the paragraph or item above.
fn mark_continuations(page: &mut Page<'_>, start: usize, end: usize) {
    for i in start..=end {
        if page.cont[i] && page.open(i) {
            page.roles[i] = Some(Role::Continuation);
        }
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "on", "in", "for", "to", "and", "or", "with", "by", "at", "from", "as", "is", "are", "was",
    "were", "be", "vs", "into", "about", "over", "how", "what", "why", "who", "when", "where", "which", "does", "do",
    "can", "will", "this", "that", "it", "its",
];

/// A table's header row that lost its separators: two to eight capitalised words, none a
/// function word ("Feature Previous Terms New Terms"), parenthesised notes aside.
fn is_table_header(text: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = outside.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && !ends_sentence(text)
        && !text.ends_with(':')
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && norm_words(&outside).iter().all(|w| !FUNCTION_WORDS.contains(&w.as_str()))
}

/// Whether a row holds a cell without end punctuation or several sentences: the mark of cells
/// run together. A list of plain sentences under a title is not a table.
fn looks_like_cells(row: &str) -> bool {
    let inner_sentence = row.char_indices().any(|(i, c)| {
        matches!(c, '.' | '?' | '!') && row[i + 1..].starts_with(' ') && {
            let rest = row[i + 1..].trim_start();
            rest.starts_with(|c: char| c.is_uppercase() || c == '[')
        }
    });
    !ends_sentence(row) || inner_sentence
}

/// A run of three or more tight lines under a table header, none a question, that is not a
/// glossary (term, definition, term, definition) and whose rows look like cells run together.
fn is_table(rows: &[&str]) -> bool {
    let pairs = rows.len().is_multiple_of(2) && rows.chunks(2).all(|p| is_heading_shaped(p[0]) && ends_sentence(p[1]));
    let cells = rows[1..].iter().filter(|r| looks_like_cells(r)).count();
    rows.len() >= 3
        && is_table_header(rows[0])
        && rows[1..].iter().all(|r| !is_question(r))
        && !pairs
        && cells * 2 >= rows.len() - 1
}

fn mark_tables(page: &mut Page<'_>, start: usize, end: usize) {
    let mut i = start;
    while i <= end {
        if !(page.open(i) && page.kind(i) == Kind::Text) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < end && page.open(j + 1) && page.kind(j + 1) == Kind::Text {
            j += 1;
        }
        let rows: Vec<&str> = (i..=j).map(|k| page.text(k)).collect();
        if is_table(&rows) {
            for k in i..=j {
                page.roles[k] = Some(Role::TableRow);
            }
        }
        i = j + 1;
    }
}

/// Numbered items make a list only in a run of two or more numbered in sequence; a lone "1."
/// line is text (and its number is escaped in Markdown).
fn mark_numbered_lists(page: &mut Page<'_>, start: usize, end: usize) {
    for i in start..=end {
        let Kind::Numbered { number, delimiter } = page.kind(i) else {
            continue;
        };
        if !page.open(i) {
            continue;
        }
        let mut run = vec![i];
        let mut expected = number + 1;
        let mut k = i;
        while let Some(n) =
            (k + 1..=end).find(|&n| !page.blank(n) && page.roles[n] != Some(Role::Continuation) && !page.dropped(n))
        {
            match page.kind(n) {
                Kind::Numbered { number, delimiter: d } if number == expected && d == delimiter && page.open(n) => {
                    run.push(n);
                    expected += 1;
                    k = n;
                }
                _ => break,
            }
        }
        if run.len() >= 2 {
            for n in run {
                page.roles[n] = Some(Role::Numbered);
            }
        }
    }
}

/// A heading followed directly by other headings, each with its own short text, is the title
/// of a group: an FAQ's questions, a glossary's terms, "Who should care?" and its audiences.
/// The group's headings go one level down. A group's headings share a shape: tight to their
/// text or not, questions or not; a loose heading with more than one block of text starts a new
/// section instead.
pub(super) fn assign_heading_levels(page: &mut Page<'_>, start: usize, end: usize) {
    let headings: Vec<usize> = (start..=end).filter(|&i| matches!(page.roles[i], Some(Role::Heading(_)))).collect();
    let kept_after = |i: usize| (i + 1..=end).find(|&j| !page.blank(j) && !page.dropped(j));
    let shape = |i: usize| (page.tight(i), is_question(page.text(i)));
    let mut level3 = Vec::new();
    let mut k = 0;
    while k < headings.len() {
        let parent = headings[k];
        let Some(&first) = headings.get(k + 1) else {
            break;
        };
        if kept_after(parent) != Some(first) {
            k += 1;
            continue;
        }
        let group_shape = shape(first);
        let mut c = k + 1;
        while let Some(&h) = headings.get(c) {
            let blocks = text_blocks_under(page, h, end);
            let fits = if group_shape.0 { blocks >= 1 } else { blocks == 1 };
            if shape(h) != group_shape || !fits {
                break;
            }
            level3.push(h);
            c += 1;
        }
        k = c.max(k + 1);
    }
    for h in level3 {
        page.roles[h] = Some(Role::Heading(3));
    }
}

/// How many blocks (paragraphs, table rows, lists) follow heading `h` before the next heading.
fn text_blocks_under(page: &Page<'_>, h: usize, end: usize) -> usize {
    let mut blocks = 0;
    let mut in_list = false;
    for i in h + 1..=end {
        match page.roles[i] {
            Some(Role::Heading(_)) => break,
            Some(Role::Paragraph | Role::TableRow) => {
                blocks += 1;
                in_list = false;
            }
            Some(Role::Bullet | Role::Numbered | Role::Cells) if !in_list => {
                blocks += 1;
                in_list = true;
            }
            _ => {}
        }
    }
    blocks
}
