//! Markdown output: structure (headings, lists, paragraphs) around the page's words, and the
//! escaping that stops Markdown from reading those words as syntax.
//!
//! The escaping is minimal: a character is escaped only where Markdown (CommonMark, plus the
//! usual extensions: tables, strikethrough, task lists, footnotes, math) would give it a
//! meaning, so the *rendered* text equals the page's text and the file stays readable.

/// A block of the article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Level 2 or 3: the headline is the title, level 1 belongs to it.
    Heading(u8, String),
    /// One or more lines (a paragraph the scraper wrapped stays one paragraph).
    Paragraph(Vec<String>),
    /// `start` is `Some((first number, delimiter))` for a numbered list. Each item is its
    /// lines.
    List { start: Option<(u32, char)>, items: Vec<Vec<String>> },
    /// A table that kept its separators: the first row is the header.
    Table(Vec<Vec<String>>),
}

/// The body: blocks separated by blank lines, ending with a newline.
pub fn render(blocks: &[Block]) -> String {
    let rendered: Vec<String> = blocks.iter().map(render_block).collect();
    let mut out = rendered.join("\n\n");
    out.push('\n');
    out
}

fn render_block(block: &Block) -> String {
    match block {
        Block::Heading(level, text) => {
            format!("{} {}", "#".repeat(usize::from(*level)), escape_heading(text))
        }
        Block::Paragraph(lines) => lines.iter().map(|l| escape(l, true)).collect::<Vec<_>>().join("\n"),
        Block::List { start, items } => {
            let mut out = Vec::new();
            for (k, item) in items.iter().enumerate() {
                let marker = match start {
                    None => "-".to_string(),
                    Some((n, delim)) => {
                        format!("{}{delim}", u64::from(*n) + k as u64)
                    }
                };
                let indent = " ".repeat(marker.len() + 1);
                for (j, line) in item.iter().enumerate() {
                    let text = escape(line, true);
                    if j == 0 {
                        out.push(format!("{marker} {text}"));
                    } else {
                        out.push(format!("{indent}{text}"));
                    }
                }
            }
            out.join("\n")
        }
        Block::Table(rows) => {
            let row = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| escape(c, false)).collect();
                format!("| {} |", cells.join(" | "))
            };
            let width = rows.first().map_or(0, Vec::len);
            let mut out = Vec::with_capacity(rows.len() + 1);
            for (k, cells) in rows.iter().enumerate() {
                out.push(row(cells));
                if k == 0 {
                    out.push(format!("|{}", " --- |".repeat(width)));
                }
            }
            out.join("\n")
        }
    }
}

/// Escapes a heading's text: as a block start, and so that a trailing ` #` is not read as a
/// closing sequence nor a trailing `{…}` as heading attributes.
pub fn escape_heading(text: &str) -> String {
    let mut out = escape(text, true);
    let hashes = out.len() - out.trim_end_matches('#').len();
    if hashes > 0 && out[..out.len() - hashes].ends_with(' ') {
        out.insert(out.len() - hashes, '\\');
    }
    if out.ends_with('}')
        && let Some(open) = out.rfind('{')
    {
        out.insert(open, '\\');
    }
    out
}

/// Escapes `text` so that it renders as exactly these characters. `block_start`: the text
/// opens a block or a line of a paragraph, where `#`, `>`, `- `, `1.` … would start a block.
pub fn escape(text: &str, block_start: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let pairs = |c: char| chars.iter().filter(|x| **x == c).count() >= 2;
    let (dollars, carets) = (pairs('$'), pairs('^'));
    let mut out = String::with_capacity(text.len() + 8);
    let lead = if block_start { block_start_escape(&chars) } else { None };
    let closes = if chars.contains(&'[') { closing_brackets(&chars) } else { Vec::new() };
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let needed = lead == Some(i)
            || match c {
                // A backslash escapes the punctuation after it, or breaks the line at the end.
                '\\' => next.is_none_or(|n| n.is_ascii_punctuation()),
                // Emphasis, code spans, strikethrough and subscript.
                '*' | '`' | '~' => true,
                // `_` emphasises only at a word's edge; `snake_case` is safe.
                '_' => !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)),
                '[' => bracket_opens_syntax(&chars, &closes, i, block_start),
                // Raw HTML and autolinks: `<b>`, `</p>`, `<!--`, `<https://…>`.
                '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
                '&' => is_entity(&chars[i + 1..]),
                // Math and superscript need a pair.
                '$' => dollars,
                '^' => carets,
                _ => false,
            };
        if needed {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The index of the character to escape so that a line does not open a block: `#`, `>`,
/// `- `/`+ ` items, `1.`/`1)` items, thematic breaks and setext underlines, `: ` definitions.
fn block_start_escape(chars: &[char]) -> Option<usize> {
    let first = *chars.first()?;
    let second = chars.get(1).copied();
    let spaced = second.is_none_or(char::is_whitespace);
    match first {
        '#' | '>' => return Some(0),
        '-' | '+' | ':' if spaced => return Some(0),
        _ => {}
    }
    let rule_chars = ['-', '=', '_', '*'];
    if rule_chars.contains(&first) && chars.iter().all(|c| *c == first || *c == ' ') {
        return Some(0);
    }
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && matches!(chars.get(digits), Some('.' | ')'))
        && chars.get(digits + 1).is_none_or(|c| c.is_whitespace())
    {
        return Some(digits);
    }
    None
}

/// Whether the `[` at `i` would start a link, an image, a wiki link, a link reference
/// definition or a task-list box; a citation marker such as `[1, 2]` stays as it is.
fn bracket_opens_syntax(chars: &[char], closes: &[Option<usize>], i: usize, block_start: bool) -> bool {
    let next = chars.get(i + 1).copied();
    if next == Some('[') {
        return true;
    }
    if block_start && i == 0 && matches!(next, Some(' ' | 'x' | 'X')) && chars.get(2) == Some(&']') {
        return true;
    }
    let Some(j) = closes.get(i).copied().flatten() else { return false };
    let after = chars.get(j + 1).copied();
    matches!(after, Some('(' | '[')) || (block_start && i == 0 && after == Some(':'))
}

/// For each `[`, the index of the `]` that closes it (brackets nest), found in one pass: a
/// scan forward from every `[` made a line of 64,000 of them quadratic (issue 15, defect 14).
fn closing_brackets(chars: &[char]) -> Vec<Option<usize>> {
    let mut closes = vec![None; chars.len()];
    let mut open = Vec::new();
    for (j, c) in chars.iter().enumerate() {
        match c {
            '[' => open.push(j),
            ']' => {
                if let Some(i) = open.pop() {
                    closes[i] = Some(j);
                }
            }
            _ => {}
        }
    }
    closes
}

/// Whether the text after `&` makes an entity (`amp;`, `#39;`, `#x27;`).
fn is_entity(rest: &[char]) -> bool {
    let name: Vec<char> = rest.iter().copied().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect();
    !name.is_empty() && name.len() <= 32 && rest.get(name.len()) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_what_markdown_would_read() {
        assert_eq!(escape("1. Not a list", true), "1\\. Not a list");
        assert_eq!(escape("2025. A year", true), "2025\\. A year");
        assert_eq!(escape("In 2025. A year", true), "In 2025. A year");
        assert_eq!(escape("# hash", true), "\\# hash");
        assert_eq!(escape("C# and F#", true), "C# and F#");
        assert_eq!(escape("the *entire* stack", true), "the \\*entire\\* stack");
        assert_eq!(escape("snake_case and _x_", true), "snake_case and \\_x\\_");
        assert_eq!(escape("a <div> b < c", true), "a \\<div> b < c");
        assert_eq!(escape("[1, 2] and [4].", true), "[1, 2] and [4].");
        assert_eq!(escape("[a](b)", true), "\\[a](b)");
        assert_eq!(escape("[x]: y", true), "\\[x]: y");
        assert_eq!(escape("Tom &amp; Jerry & co", true), "Tom \\&amp; Jerry & co");
        assert_eq!(escape("- dash", true), "\\- dash");
        assert_eq!(escape("—dash ’quote’ “q” •", true), "—dash ’quote’ “q” •");
        assert_eq!(escape("$4.5 trillion and $38 billion", true), "\\$4.5 trillion and \\$38 billion");
        assert_eq!(escape("$4.5 trillion", true), "$4.5 trillion");
        assert_eq!(escape("---", true), "\\---");
        assert_eq!(escape("a\\b \\*", true), "a\\b \\\\\\*");
    }

    #[test]
    fn headings_keep_trailing_hashes() {
        assert_eq!(escape_heading("Why C #"), "Why C \\#");
        assert_eq!(escape_heading("Why C#"), "Why C#");
    }

    #[test]
    fn renders_blocks() {
        let body = render(&[
            Block::Heading(2, "Who?".into()),
            Block::Paragraph(vec!["One".into(), "two".into()]),
            Block::List { start: Some((3, '.')), items: vec![vec!["a".into()], vec!["b".into(), "c".into()]] },
            Block::List { start: None, items: vec![vec!["1. x".into()]] },
        ]);
        assert_eq!(body, "## Who?\n\nOne\ntwo\n\n3. a\n4. b\n   c\n\n- 1\\. x\n");
    }
}
