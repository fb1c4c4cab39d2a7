//! Step 6 of the cleaner: what it could not decide, as warnings located at the input's lines:
//! tables that lost their separators, fields with no value, words lost mid-sentence, citation
//! markers without a reference list.

use std::path::Path;

use super::{Page, Role};
use crate::diag::Diagnostic;
use crate::import::lines::{self, ends_sentence, normalized, word_count};

/// What the importer could not decide, located at the input's lines.
pub(super) fn warnings(page: &Page<'_>, start: usize, end: usize, file: &Path) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let at = |i: usize, message: String| Diagnostic::warning(file, page.lines[i].number, message);
    let mut i = start;
    while i <= end {
        if page.roles[i] == Some(Role::TableRow) {
            let mut j = i;
            while j < end && page.roles[j + 1] == Some(Role::TableRow) {
                j += 1;
            }
            found.push(
                at(
                    i,
                    format!(
                        "lines {}–{} look like a table that lost its column separators (header `{}`); they are kept as lines",
                        page.lines[i].number,
                        page.lines[j].number,
                        page.text(i)
                    ),
                )
                .help("rebuild it as a Markdown table by hand only if every cell's words stay verbatim; otherwise leave the rows as they are"),
            );
            for k in i + 1..=j {
                if is_empty_field(page.text(k)) {
                    found.push(empty_field(at(k, String::new()), page.text(k)));
                }
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    let kept: Vec<usize> = (start..=end).filter(|&i| !page.blank(i) && !page.dropped(i)).collect();
    for (n, &i) in kept.iter().enumerate() {
        let text = page.text(i);
        let next = kept.get(n + 1).map(|&j| page.roles[j]);
        let label = text.ends_with(':') && word_count(text) <= 4;
        if label && matches!(next, None | Some(Some(Role::Heading(_)))) {
            found.push(empty_field(at(i, String::new()), text));
        }
        if let Some((column, missing)) = missing_text(text) {
            found.push(
                at(i, format!("text seems to be missing {missing}"))
                    .at_column(column)
                    .help("the scrape probably lost a link's or a date's words; check the original page, and leave the sentence as it is"),
            );
        }
    }
    found.extend(citation_warning(page, &kept, file));
    if let (Some(_), Some((i, _))) = (page.dek, page.meta_description) {
        found.push(
            at(i, "a `Meta Description:` line was dropped: the dek under the headline is the summary".into())
                .help("use the description as `summary` instead if it is the better one"),
        );
    }
    found
}

/// A field whose value the page lost; `diagnostic` locates it.
fn empty_field(diagnostic: Diagnostic, text: &str) -> Diagnostic {
    Diagnostic { message: format!("`{text}` looks like a field with no value"), ..diagnostic }
        .help("the page lost this value; find it in the original, or leave the line as it is")
}

/// A table row that is only a label: a capitalised word and lowercase words ("Release date"),
/// where the other rows carry a value after theirs ("Price Not applicable").
fn is_empty_field(row: &str) -> bool {
    let words: Vec<&str> = row.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && !ends_sentence(row)
        && words[0].starts_with(char::is_uppercase)
        && words[1..].iter().all(|w| w.starts_with(|c: char| c.is_lowercase()))
}

const DANGLING: &[&str] =
    &["on", "from", "at", "in", "by", "of", "to", "via", "with", "for", "and", "the", "a", "an", "than"];

/// Words lost mid-sentence: punctuation after a space ("from , by"), or a preposition followed
/// only by a citation marker and the sentence's end ("announced on [1, 2]."). Returns the
/// column (1-based, in characters) and a description. French puts a space before `:` and `;`
/// ("il résume : « … »"), so those count only after a word that cannot end a phrase ("by :").
fn missing_text(text: &str) -> Option<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, ',' | '.' | ';' | ':')
            && i > 0
            && chars[i - 1] == ' '
            && chars.get(i + 1).is_none_or(|n| *n == ' ')
        {
            let before: String = chars[..i - 1].iter().collect();
            let word = before.split_whitespace().last().unwrap_or_default().to_string();
            if matches!(c, ';' | ':') && !DANGLING.contains(&word.to_lowercase().as_str()) {
                continue;
            }
            return Some((i, format!("between `{word}` and `{c}`")));
        }
    }
    for range in lines::citations(text) {
        let before = text[..range.start].trim_end();
        let word = before.split_whitespace().last().unwrap_or_default();
        let after = text[range.end..].trim_start();
        let ends = after.is_empty() || after.starts_with(['.', ',', ';', ':']);
        if ends && DANGLING.contains(&word.to_lowercase().as_str()) {
            let column = text[..range.start].chars().count() + 1;
            return Some((column, format!("after `{word}`, before `{}`", &text[range])));
        }
    }
    None
}

const REFERENCE_TITLES: &[&str] =
    &["references", "sources", "notes", "citations", "bibliography", "footnotes", "works cited"];

/// Citation markers whose reference list is not on the page: one warning listing their lines.
fn citation_warning(page: &Page<'_>, kept: &[usize], file: &Path) -> Option<Diagnostic> {
    let with_markers: Vec<usize> =
        kept.iter().copied().filter(|&i| !lines::citations(page.text(i)).is_empty()).collect();
    let has_list = kept.iter().any(|&i| {
        let text = page.text(i);
        let title = normalized(text);
        REFERENCE_TITLES.contains(&title.trim_end_matches(':')) || lines::is_reference_entry(text)
    });
    let &first = with_markers.first()?;
    if has_list {
        return None;
    }
    let numbers: Vec<String> = with_markers.iter().map(|&i| page.lines[i].number.to_string()).collect();
    let marker =
        lines::citations(page.text(first)).first().map(|r| page.text(first)[r.clone()].to_string()).unwrap_or_default();
    Some(
        Diagnostic::warning(
            file,
            page.lines[first].number,
            format!(
                "citation markers such as `{marker}` on {} line{} ({}) but no reference list: the sources they point to are not on the page",
                numbers.len(),
                if numbers.len() == 1 { "" } else { "s" },
                numbers.join(", ")
            ),
        )
        .help("the markers stay in the text; add the sources to a note if you find them"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// French puts a space before `:` and `;`: that is typography, not lost words.
    #[test]
    fn a_space_before_a_colon_is_lost_words_only_after_a_preposition() {
        assert!(missing_text("The deal was reported by : the paper said so.").is_some());
        assert!(missing_text("It came from , by all accounts, the board.").is_some());
        assert_eq!(missing_text("Un analyste résume : « C’est une étape majeure. »"), None);
        assert_eq!(missing_text("Reste une question : qui en profitera le plus ?"), None);
    }
}
