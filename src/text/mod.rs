//! The single definition of a block's visible text.
//!
//! Source offsets are not what a reader sees: emphasis markers, entities, escapes, soft breaks
//! and indentation all differ. Anchoring a quote and placing its marker while rendering both walk
//! the same event stream through [`VisibleText`], so the two can never disagree.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, TextMergeStream};

pub mod sentences;

pub use sentences::sentences;

/// The Markdown dialect of article bodies and notes: CommonMark plus tables and strikethrough.
/// No smart punctuation: the outlet's characters are shown as they are.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Parses Markdown into events with adjacent text merged, the stream every stage walks. A line
/// break between two Chinese or Japanese characters is dropped, as CSS Text 3 says a browser
/// should (not every browser does): those scripts put no space between words, so a paragraph
/// wrapped in the source ("…协议\n授权…") reads as one run of text on the page, in anchoring
/// and in a quote copied from the page.
pub fn events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    let inner = Parser::new_ext(markdown, options()).peekable();
    TextMergeStream::new(UnspacedBreaks { inner, last: None, held: std::collections::VecDeque::new() })
}

/// Drops soft breaks between two wide characters of scripts written without spaces, looking
/// past inline tags: "协议。\n*授权*".
struct UnspacedBreaks<'a> {
    inner: std::iter::Peekable<Parser<'a>>,
    /// The last character of the text seen in the current block.
    last: Option<char>,
    /// Events read past a soft break, to hand out next.
    held: std::collections::VecDeque<Event<'a>>,
}

impl<'a> Iterator for UnspacedBreaks<'a> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(event) = self.held.pop_front() {
            return Some(event);
        }
        let event = self.inner.next()?;
        match &event {
            Event::Text(t) | Event::Code(t) => self.last = t.chars().next_back(),
            Event::Start(tag) if block_start(tag).is_some() => self.last = None,
            Event::SoftBreak if self.last.is_some_and(crate::lang::is_wide) => {
                while let Some(
                    e @ (Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. })
                    | Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link)),
                ) = self.inner.peek()
                {
                    let e = e.clone();
                    self.inner.next();
                    self.held.push_back(e);
                }
                let wide_next = matches!(self.inner.peek(), Some(Event::Text(t)) if t.chars().next().is_some_and(crate::lang::is_wide));
                if wide_next {
                    return self.held.pop_front().or_else(|| self.next());
                }
            }
            _ => {}
        }
        Some(event)
    }
}

/// What kind of block a run of visible text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    /// The article's title, as its page shows it above the body.
    Headline,
    /// The article's summary line under the title (front matter `summary`).
    Dek,
}

/// A block of visible text: a paragraph, heading, list item or table cell (block quotes hold
/// paragraphs). `index` counts blocks in document order, starting at 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub index: usize,
    pub kind: BlockKind,
    /// Normalised visible text: whitespace runs collapsed to one space, trimmed.
    pub text: String,
    /// Where a table cell sits in its table: the checks read a header or a row's label as a
    /// label, not a claim, and a cell under "Previous terms" as speaking of an earlier stage.
    pub cell: Option<Cell>,
}

/// A table cell's place: the table (counted from 0 in the document), its row (0 is the header
/// row) and its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub table: usize,
    pub row: usize,
    pub col: usize,
}

/// Whether an event starts a block of visible text.
pub fn block_start(tag: &Tag<'_>) -> Option<BlockKind> {
    match tag {
        Tag::Paragraph => Some(BlockKind::Paragraph),
        Tag::Heading { .. } => Some(BlockKind::Heading),
        Tag::Item => Some(BlockKind::ListItem),
        Tag::TableCell => Some(BlockKind::TableCell),
        _ => None,
    }
}

/// Whether an event ends a block of visible text.
pub fn block_end(tag: &TagEnd) -> bool {
    matches!(tag, TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell)
}

/// Accumulates the visible text of one block from its inline events, normalising whitespace
/// as it goes. `len()` is the visible offset (in bytes of the normalised text) reached so far.
#[derive(Debug, Default)]
pub struct VisibleText {
    text: String,
    pending_space: bool,
}

impl VisibleText {
    /// Appends a run of text; callers that need positions use [`VisibleText::push_mapped`].
    /// Copies whole words at a time: this runs over every character of every article.
    pub fn push(&mut self, s: &str) {
        let mut rest = s;
        while !rest.is_empty() {
            let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if word_end > 0 {
                if self.pending_space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.pending_space = false;
                self.text.push_str(&rest[..word_end]);
            }
            let after = &rest[word_end..];
            let trimmed = after.trim_start();
            if trimmed.len() != after.len() {
                self.pending_space = true;
            }
            rest = trimmed;
        }
    }

    /// Appends a run of text, calling `map(source_byte, visible_offset)` for every character
    /// kept, so a renderer can find where a visible offset falls in the raw text run.
    pub fn push_mapped(&mut self, s: &str, mut map: impl FnMut(usize, usize)) {
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.pending_space = false;
            map(i, self.text.len());
            self.text.push(c);
        }
    }

    /// A soft or hard line break reads as a space.
    pub fn push_break(&mut self) {
        self.pending_space = true;
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn into_string(self) -> String {
        self.text
    }
}

/// Feeds one inline event into a block's visible text. Returns false for events that carry no
/// visible text.
pub fn push_inline(visible: &mut VisibleText, event: &Event<'_>) -> bool {
    match event {
        Event::Text(t) | Event::Code(t) => visible.push(t),
        Event::SoftBreak | Event::HardBreak => visible.push_break(),
        _ => return false,
    }
    true
}

/// Tracks whether events are inside an image, whose alt text the reader does not see and which
/// cannot hold markers.
#[derive(Debug, Default)]
pub struct ImageDepth(usize);

impl ImageDepth {
    /// Whether this event belongs to an image (its start and end included).
    pub fn hides(&mut self, event: &Event<'_>) -> bool {
        match event {
            Event::Start(Tag::Image { .. }) => {
                self.0 += 1;
                true
            }
            Event::End(TagEnd::Image) => {
                self.0 = self.0.saturating_sub(1);
                true
            }
            _ => self.0 > 0,
        }
    }
}

/// The blocks of a Markdown document, in order. Nested blocks (a paragraph inside a list item)
/// belong to the innermost one; the outer block keeps only its own direct text.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut stack: Vec<(BlockKind, VisibleText, usize)> = Vec::new();
    let mut next_index = 0;
    let mut images = ImageDepth::default();
    // The table cell being read: (table, row, column), the table counted from 1 once one starts.
    let (mut table, mut row, mut col) = (0usize, 0usize, 0usize);
    for event in events(markdown) {
        if images.hides(&event) {
            continue;
        }
        match &event {
            Event::Start(Tag::Table(_)) => (table, row) = (table + 1, 0),
            Event::Start(Tag::TableHead | Tag::TableRow) => col = 0,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => row += 1,
            Event::Start(tag) => {
                if let Some(kind) = block_start(tag) {
                    stack.push((kind, VisibleText::default(), next_index));
                    next_index += 1;
                }
            }
            Event::End(tag) if block_end(tag) => {
                if let Some((kind, text, index)) = stack.pop() {
                    let cell =
                        (kind == BlockKind::TableCell).then(|| Cell { table: table.saturating_sub(1), row, col });
                    if kind == BlockKind::TableCell {
                        col += 1;
                    }
                    out.push(Block { index, kind, text: text.into_string(), cell });
                }
            }
            other => {
                if let Some((_, text, _)) = stack.last_mut() {
                    push_inline(text, other);
                }
            }
        }
    }
    out.sort_by_key(|b| b.index);
    out
}

#[cfg(test)]
mod push_tests {
    use super::*;

    /// The definition `push` implements, word by word with `char::is_whitespace`.
    fn reference(parts: &[&str]) -> String {
        let mut text = String::new();
        let mut pending = false;
        for part in parts {
            for c in part.chars() {
                if c.is_whitespace() {
                    pending = true;
                } else {
                    if pending && !text.is_empty() {
                        text.push(' ');
                    }
                    pending = false;
                    text.push(c);
                }
            }
        }
        text
    }

    #[test]
    fn push_collapses_every_kind_of_whitespace_like_char_is_whitespace() {
        let samples = [
            "  plain words\tand\ttabs\n",
            "no\u{a0}break\u{202f}narrow \u{3000}ideographic\u{2028}line",
            "vertical\u{b}tab\u{c}feed\r\nend",
            "ſtory ét é 日本語 words",
            "",
            "   ",
            "x",
        ];
        for a in samples {
            for b in samples {
                let mut v = VisibleText::default();
                v.push(a);
                v.push(b);
                assert_eq!(v.as_str(), reference(&[a, b]), "{a:?} + {b:?}");
            }
        }
    }
}

/// The headline and dek of an article as blocks of visible text, numbered from `first` (after
/// the body's blocks, so that the body's block numbers do not depend on them).
pub fn head_blocks(title: &str, summary: Option<&str>, first: usize) -> Vec<Block> {
    let mut out = Vec::new();
    for (kind, line) in [(BlockKind::Headline, Some(title)), (BlockKind::Dek, summary)] {
        let Some(line) = line else { continue };
        let mut v = VisibleText::default();
        v.push(line);
        if !v.is_empty() {
            out.push(Block { index: first + out.len(), kind, text: v.into_string(), cell: None });
        }
    }
    out
}

/// Normalises a quote the way visible text is normalised, so editors can copy a passage with
/// its line breaks and Markdown markers ignored.
pub fn normalise(quote: &str) -> String {
    let mut v = VisibleText::default();
    // A line break between two Chinese or Japanese characters is no space, as in the article's
    // visible text (see [`events`]): a quote wrapped over two lines of the annotation file.
    if quote.contains('\n') && quote.chars().any(crate::lang::is_wide) {
        let mut rest = quote;
        while let Some(at) = rest.find('\n') {
            let before = rest[..at].trim_end_matches([' ', '\t', '\r']);
            let after = rest[at + 1..].trim_start_matches([' ', '\t']);
            let joins = before.chars().next_back().is_some_and(crate::lang::is_wide)
                && after.chars().next().is_some_and(crate::lang::is_wide);
            v.push(before);
            if !joins {
                v.push("\n");
            }
            rest = after;
        }
        v.push(rest);
        return v.into_string();
    }
    v.push(quote);
    v.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_ignores_markup_and_folds_whitespace() {
        let b = blocks("Some *emphasised*\ntext with `code` and [a link](http://x) &amp; more.\n");
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].text, "Some emphasised text with code and a link & more.");
    }

    #[test]
    fn blocks_of_every_kind_in_order() {
        let md =
            "# Title\n\nPara one.\n\n- item a\n- item *b*\n\n> quoted para\n\n| h1 | h2 |\n|---|---|\n| c1 | c2 |\n";
        let b = blocks(md);
        let texts: Vec<_> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (BlockKind::Heading, "Title"),
                (BlockKind::Paragraph, "Para one."),
                (BlockKind::ListItem, "item a"),
                (BlockKind::ListItem, "item b"),
                (BlockKind::Paragraph, "quoted para"),
                (BlockKind::TableCell, "h1"),
                (BlockKind::TableCell, "h2"),
                (BlockKind::TableCell, "c1"),
                (BlockKind::TableCell, "c2"),
            ]
        );
    }

    #[test]
    fn loose_list_items_hold_paragraphs() {
        let b = blocks("- one\n\n- two\n");
        // The item blocks are empty; their paragraphs carry the text.
        let paras: Vec<_> = b.iter().filter(|b| b.kind == BlockKind::Paragraph).map(|b| b.text.as_str()).collect();
        assert_eq!(paras, vec!["one", "two"]);
    }

    #[test]
    fn image_alt_text_is_not_visible_text() {
        let b = blocks("Before ![a chart](c.png) after.\n");
        assert_eq!(b[0].text, "Before after.");
    }

    #[test]
    fn push_and_push_mapped_agree() {
        for s in ["", " a", "a ", "  a\n b\tc  ", "“x” — y", "\u{a0}a\u{2003}b"] {
            let (mut a, mut b) = (VisibleText::default(), VisibleText::default());
            a.push("start");
            b.push("start");
            a.push(s);
            b.push_mapped(s, |_, _| {});
            assert_eq!(a.as_str(), b.as_str(), "{s:?}");
        }
    }

    /// A Chinese paragraph wrapped in the source is one run of text: no space where the line
    /// broke between two characters; a break next to Latin letters or in Korean stays a space.
    #[test]
    fn a_line_break_between_chinese_characters_is_no_space() {
        let b = blocks(
            "微软与OpenAI修改了合作\n协议。\n*授权*\n持续到2032年。\nMicrosoft\n同意。\n\n라이선스는\n유지된다.\n",
        );
        assert_eq!(b[0].text, "微软与OpenAI修改了合作协议。授权持续到2032年。 Microsoft 同意。");
        assert_eq!(b[1].text, "라이선스는 유지된다.");
        let html = crate::render::markdown_to_html("修改了合作\n协议。\n");
        assert_eq!(html, "<p>修改了合作协议。</p>\n");
    }

    #[test]
    fn normalise_matches_block_text() {
        assert_eq!(normalise("  a\n   b\tc "), "a b c");
        assert_eq!(normalise("修改了合作\n  协议。\n授权 to\nMicrosoft"), "修改了合作协议。授权 to Microsoft");
        let md = "修改了合作\n协议。\n";
        assert_eq!(blocks(md)[0].text, normalise(md));
    }
}
