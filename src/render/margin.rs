//! The margin-notes adapter: splits text runs where a quoted passage starts and ends, marks the
//! passage, and inserts the note's markup right after it.
//!
//! Positions are visible-text offsets from [`crate::anchor`], and this adapter walks the event
//! stream with the same [`VisibleText`] accumulator that produced them, so they always agree.
//!
//! Overlapping quotes: allowed. The highlight covers the union of the passages, each passage's
//! start gets its own link target, and each note sits right after the end of its own passage.
//! Highlights (`<mark>` for quotes, `<span class="claim">` for the passages the sources page
//! links to) are opened lazily, right before the text they cover, and closed and reopened around
//! inline tags, so that the HTML stays well nested and holds no empty highlight. A note whose
//! passage ends inside a link is placed just after the link (a control may not sit inside a
//! link).
//!
//! Notes in table cells: the cell keeps the note's number (a label), and the note itself goes
//! in a cell of its own at the end of the row (the margin column on wide screens) and in a row
//! of its own under the row, spanning the table (opened from the label on narrow screens, and
//! printed). The note's text is written twice; the stylesheet shows one copy at any width.

use std::collections::VecDeque;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::text::{ImageDepth, VisibleText, block_end, block_start};

/// A note's markup, in the parts the adapter arranges around the passage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct NoteMarkup {
    /// The wrapper's classes besides `note` (the kind: `note-contradicts-terms` …).
    pub classes: String,
    /// Attributes of the wrapper besides its class (` lang="en" dir="ltr"` when the note is in
    /// another language than its article), escaped.
    pub attrs: String,
    /// The number's tooltip: what kind of note it is.
    pub title: String,
    /// The note itself, phrasing content without ids (a table's note is written twice).
    pub body: String,
}

/// A passage to mark: its block and visible byte range, its number, and its note. Without a
/// note the passage is a bare link target `id="c{number}"`, highlighted only when targeted (the
/// sources page links to agreeing passages that way).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Placement {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub number: usize,
    pub note: Option<NoteMarkup>,
}

impl Placement {
    /// The note beside a line of text: toggle, number and note, right after the passage.
    fn inline(&self, note: &NoteMarkup) -> String {
        let n = self.number;
        format!(
            "<span class=\"note {}\" id=\"n{n}\"{}><input type=\"checkbox\" class=\"note-toggle\" id=\"t{n}\">{}<span class=\"sidenote\" role=\"note\">{}</span></span>",
            note.classes,
            note.attrs,
            label(n, note),
            note.body
        )
    }

    /// In a table cell: the number only; the note follows the row ([`row_notes`]).
    fn reference(&self, note: &NoteMarkup) -> String {
        format!(
            "<span class=\"note {}\" id=\"n{}\"{}>{}</span>",
            note.classes,
            self.number,
            note.attrs,
            label(self.number, note)
        )
    }
}

fn label(n: usize, note: &NoteMarkup) -> String {
    format!(
        "<label for=\"t{n}\" class=\"note-ref\" title=\"{}\"><span class=\"visually-hidden\">Note </span>{n}</label>",
        note.title
    )
}

/// A table row's notes: the contents of a cell at the end of the row (the margin column on
/// wide screens; its opening tag is written when the table ends, with the rows it spans), and
/// a row under it spanning `columns`, with the toggles the cells' labels open.
fn row_notes(notes: &[(usize, &NoteMarkup)], columns: usize) -> (String, String) {
    let mut cell = String::new();
    let mut row = format!("<tr class=\"note-row\"><td colspan=\"{}\">", columns.max(1));
    for (n, note) in notes {
        cell.push_str(&format!(
            "<span class=\"note {}\"{}><span class=\"sidenote\" role=\"note\">{}</span></span>",
            note.classes, note.attrs, note.body
        ));
        row.push_str(&format!(
            "<span class=\"note {}\"{}><input type=\"checkbox\" class=\"note-toggle\" id=\"t{n}\"><span class=\"sidenote\" role=\"note\">{}</span></span>",
            note.classes, note.attrs, note.body
        ));
    }
    cell.push_str("</td>");
    row.push_str("</td></tr>\n");
    (cell, row)
}

const MARK_OPEN: &str = "<mark class=\"quoted\">";
const MARK_CLOSE: &str = "</mark>";
const CLAIM_CLOSE: &str = "</span>";

/// A highlight written and not yet closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wrap {
    Mark,
    Claim(usize),
}

/// The table being written: its column count, the current row's notes, how many rows its body
/// has so far, and where the body's note cells open (queue position, row).
struct Table<'p> {
    columns: usize,
    notes: Vec<(usize, &'p NoteMarkup)>,
    body_rows: usize,
    note_cells: Vec<(usize, usize)>,
}

impl Table<'_> {
    /// Each body note cell spans the rows down to the next note cell (or the table's end), so
    /// that a long note runs beside the rows under its own instead of stretching its row.
    fn note_cell_tags(&self) -> Vec<(usize, String)> {
        self.note_cells
            .iter()
            .enumerate()
            .map(|(k, &(at, row))| {
                let next = self.note_cells.get(k + 1).map_or(self.body_rows, |c| c.1);
                (at, format!("<td class=\"note-cell\" rowspan=\"{}\">", (next - row).max(1)))
            })
            .collect()
    }
}

pub struct MarginNotes<'a, 'p, I> {
    inner: I,
    placements: &'p [Placement],
    queue: VecDeque<Event<'a>>,
    blocks: Vec<(usize, VisibleText)>,
    next_block: usize,
    /// Quoted passages open now (their union is marked).
    quotes: usize,
    /// Claim passages open now, by number, in the order they started.
    claims: Vec<usize>,
    /// Claims whose first highlight is still to be written: it carries the link target.
    fresh: Vec<usize>,
    /// Highlights written and not closed, innermost last.
    written: Vec<Wrap>,
    /// The open passages of the blocks that enclose the current one (a list item's own text
    /// around a nested list): restored when the inner block ends.
    outer: Vec<(usize, Vec<usize>, Vec<usize>)>,
    links: usize,
    deferred: Vec<&'p Placement>,
    table: Option<Table<'p>>,
    /// Inside a table, events are held until it ends (its note cells' spans are known then).
    holding: bool,
    images: ImageDepth,
    placed: usize,
}

impl<'a, 'p, I> MarginNotes<'a, 'p, I> {
    /// `placements` must be sorted by block.
    pub fn new(inner: I, placements: &'p [Placement]) -> Self {
        MarginNotes {
            inner,
            placements,
            queue: VecDeque::new(),
            blocks: Vec::new(),
            next_block: 0,
            quotes: 0,
            claims: Vec::new(),
            fresh: Vec::new(),
            written: Vec::new(),
            outer: Vec::new(),
            links: 0,
            deferred: Vec::new(),
            table: None,
            holding: false,
            images: ImageDepth::default(),
            placed: 0,
        }
    }

    /// How many notes were placed: the renderer reports what it did, the caller checks it.
    pub fn placed(&self) -> usize {
        self.placed
    }

    fn html(&mut self, s: String) {
        self.queue.push_back(Event::InlineHtml(CowStr::from(s)));
    }

    fn in_block(&self, block: usize) -> impl Iterator<Item = &'p Placement> + use<'p, I> {
        let from = self.placements.partition_point(|p| p.block < block);
        self.placements[from..].iter().take_while(move |p| p.block == block)
    }

    /// Closes the written highlights down to and including the innermost one `until` accepts,
    /// if one is written; the ones still open reopen before the next text.
    fn close_until(&mut self, until: impl Fn(Wrap) -> bool) {
        if !self.written.iter().any(|w| until(*w)) {
            return;
        }
        self.close_written(until);
    }

    fn close_all(&mut self) {
        self.close_written(|_| false);
    }

    fn close_written(&mut self, until: impl Fn(Wrap) -> bool) {
        let mut s = String::new();
        while let Some(w) = self.written.pop() {
            s.push_str(if w == Wrap::Mark { MARK_CLOSE } else { CLAIM_CLOSE });
            if until(w) {
                break;
            }
        }
        if !s.is_empty() {
            self.html(s);
        }
    }

    /// Writes the highlights that should cover the next text and are not written yet: claims
    /// outside the mark where both open together, so that a claim holds its passage's notes
    /// and a quote's link target is followed by its mark.
    fn open_wraps(&mut self) {
        self.open_claims();
        if self.quotes > 0 && !self.written.contains(&Wrap::Mark) {
            self.written.push(Wrap::Mark);
            self.html(MARK_OPEN.to_string());
        }
    }

    fn open_claims(&mut self) {
        let mut s = String::new();
        for k in 0..self.claims.len() {
            let c = self.claims[k];
            if self.written.contains(&Wrap::Claim(c)) {
                continue;
            }
            self.written.push(Wrap::Claim(c));
            if let Some(at) = self.fresh.iter().position(|f| *f == c) {
                self.fresh.swap_remove(at);
                s.push_str(&format!("<span class=\"claim\" id=\"c{c}\">"));
            } else {
                s.push_str("<span class=\"claim\">");
            }
        }
        if !s.is_empty() {
            self.html(s);
        }
    }

    fn start(&mut self, p: &'p Placement) {
        if p.note.is_none() {
            self.claims.push(p.number);
            self.fresh.push(p.number);
            return;
        }
        // The target sits right before the mark, outside it, inside the claims open here.
        self.close_until(|w| w == Wrap::Mark);
        self.open_claims();
        self.html(format!("<span class=\"quote-start\" id=\"q{}\"></span>", p.number));
        self.quotes += 1;
    }

    fn end(&mut self, p: &'p Placement) {
        self.placed += 1;
        let Some(note) = &p.note else {
            self.claims.retain(|c| *c != p.number);
            self.fresh.retain(|c| *c != p.number);
            self.close_until(|w| w == Wrap::Claim(p.number));
            return;
        };
        self.quotes = self.quotes.saturating_sub(1);
        if self.links > 0 {
            self.deferred.push(p);
            if self.quotes == 0 {
                self.close_until(|w| w == Wrap::Mark);
            }
            return;
        }
        // A note never sits inside a mark.
        self.close_until(|w| w == Wrap::Mark);
        self.emit_note(p, note);
    }

    fn emit_note(&mut self, p: &'p Placement, note: &'p NoteMarkup) {
        if let Some(table) = &mut self.table {
            table.notes.push((p.number, note));
            let html = p.reference(note);
            self.html(html);
        } else {
            let html = p.inline(note);
            self.html(html);
        }
    }

    fn emit_deferred(&mut self) {
        for p in std::mem::take(&mut self.deferred) {
            if let Some(note) = &p.note {
                self.emit_note(p, note);
            }
        }
    }

    /// A run of text in the current block: split at the passage boundaries inside it.
    fn text(&mut self, text: CowStr<'a>, code: bool) {
        // Most blocks hold no passage: nothing to find, nothing to track.
        let Some(block) = self.blocks.last().map(|b| b.0).filter(|b| self.in_block(*b).next().is_some()) else {
            self.push_text(text, code);
            return;
        };
        let Some((_, visible)) = self.blocks.last_mut() else { return };
        let mut map: Vec<(usize, usize)> = Vec::new();
        visible.push_mapped(&text, |src, vis| map.push((src, vis)));
        let (Some(&(_, first)), Some(&(last_src, last))) = (map.first(), map.last()) else {
            self.push_text(text, code);
            return;
        };
        let last_len = text[last_src..].chars().next().map_or(0, char::len_utf8);
        // (source byte, 0 = end / 1 = start, placement)
        let mut cuts: Vec<(usize, u8, &'p Placement)> = Vec::new();
        for p in self.in_block(block) {
            if (first..=last).contains(&p.start) {
                let src = map.iter().find(|(_, v)| *v >= p.start).map_or(0, |(s, _)| *s);
                cuts.push((if code { 0 } else { src }, 1, p));
            }
            if (first..=last).contains(&(p.end.saturating_sub(1))) {
                let src = map
                    .iter()
                    .rev()
                    .find(|(_, v)| *v < p.end)
                    .map_or(last_src + last_len, |(s, _)| s + text[*s..].chars().next().map_or(0, char::len_utf8));
                cuts.push((if code { text.len() } else { src }, 0, p));
            }
        }
        if cuts.is_empty() {
            self.push_text(text, code);
            return;
        }
        // Where passages start together the outermost opens first (claims, then the longer),
        // and where they end together the innermost closes first: fewer highlights are split.
        cuts.sort_by_key(|(src, kind, p)| {
            let quote = p.note.is_some();
            // (Quotes share one mark: their targets keep the notes' order.)
            let span = match (quote, *kind) {
                (true, _) => 0,
                (false, 1) => usize::MAX - p.end,
                (false, _) => usize::MAX - p.start,
            };
            let inner = if *kind == 1 { quote } else { !quote };
            (*src, *kind, inner, span, p.number)
        });
        if code {
            for (_, _, p) in cuts.iter().filter(|c| c.1 == 1) {
                self.start(p);
            }
            self.push_text(text, true);
            for (_, _, p) in cuts.iter().filter(|c| c.1 == 0) {
                self.end(p);
            }
            return;
        }
        let mut at = 0;
        for (src, kind, p) in cuts {
            if src > at {
                self.push_text(CowStr::from(text[at..src].to_string()), false);
                at = src;
            }
            if kind == 1 { self.start(p) } else { self.end(p) }
        }
        if at < text.len() {
            self.push_text(CowStr::from(text[at..].to_string()), false);
        }
    }

    /// Text (or inline code) under the highlights that cover it.
    fn push_text(&mut self, text: CowStr<'a>, code: bool) {
        self.open_wraps();
        self.queue.push_back(if code { Event::Code(text) } else { Event::Text(text) });
    }
}

fn is_inline_tag(tag: &Tag<'_>) -> bool {
    matches!(tag, Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. })
}

fn is_inline_end(tag: &TagEnd) -> bool {
    matches!(tag, TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link)
}

impl<'a, 'p, I: Iterator<Item = Event<'a>>> Iterator for MarginNotes<'a, 'p, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            if !self.holding
                && let Some(e) = self.queue.pop_front()
            {
                return Some(e);
            }
            let Some(event) = self.inner.next() else {
                self.holding = false;
                return self.queue.pop_front();
            };
            if self.images.hides(&event) {
                self.queue.push_back(event);
                continue;
            }
            match event {
                Event::Start(tag) => {
                    if block_start(&tag).is_some() {
                        self.close_all();
                        let open = (self.quotes, std::mem::take(&mut self.claims), std::mem::take(&mut self.fresh));
                        self.outer.push(open);
                        self.quotes = 0;
                        self.blocks.push((self.next_block, VisibleText::default()));
                        self.next_block += 1;
                    } else if is_inline_tag(&tag) {
                        self.close_all();
                        self.links += usize::from(matches!(tag, Tag::Link { .. }));
                    } else if let Tag::Table(columns) = &tag {
                        let columns = columns.len();
                        self.table = Some(Table { columns, notes: Vec::new(), body_rows: 0, note_cells: Vec::new() });
                        self.holding = true;
                    }
                    self.queue.push_back(Event::Start(tag));
                }
                Event::End(tag) => {
                    if block_end(&tag) {
                        self.close_all();
                        self.emit_deferred();
                        (self.quotes, self.claims, self.fresh) = self.outer.pop().unwrap_or_default();
                        self.blocks.pop();
                        self.queue.push_back(Event::End(tag));
                    } else if is_inline_end(&tag) {
                        let link = tag == TagEnd::Link;
                        self.close_all();
                        self.queue.push_back(Event::End(tag));
                        self.links = self.links.saturating_sub(usize::from(link));
                        if link && self.links == 0 {
                            self.emit_deferred();
                        }
                    } else if matches!(tag, TagEnd::TableRow | TagEnd::TableHead) {
                        self.end_row(tag);
                    } else if tag == TagEnd::Table {
                        if let Some(table) = self.table.take() {
                            for (at, open) in table.note_cell_tags() {
                                if let Some(e) = self.queue.get_mut(at) {
                                    *e = Event::InlineHtml(CowStr::from(open));
                                }
                            }
                        }
                        self.holding = false;
                        self.queue.push_back(Event::End(tag));
                    } else {
                        self.queue.push_back(Event::End(tag));
                    }
                }
                Event::Text(t) => self.text(t, false),
                Event::Code(t) => self.text(t, true),
                Event::SoftBreak | Event::HardBreak => {
                    if let Some((_, v)) = self.blocks.last_mut() {
                        v.push_break();
                    }
                    self.queue.push_back(event);
                }
                other => self.queue.push_back(other),
            }
        }
    }
}

impl<'a, 'p, I> MarginNotes<'a, 'p, I> {
    /// The end of a table row (or of the head's row): its notes' cell before it, their row after.
    fn end_row(&mut self, tag: TagEnd) {
        let head = tag == TagEnd::TableHead;
        let Some(table) = self.table.as_mut() else {
            self.queue.push_back(Event::End(tag));
            return;
        };
        let notes = std::mem::take(&mut table.notes);
        if notes.is_empty() {
            table.body_rows += usize::from(!head);
            self.queue.push_back(Event::End(tag));
            return;
        }
        let (cell, row) = row_notes(&notes, table.columns);
        // The head's note cell spans its one row; a body's, rows counted when the table ends.
        if !head {
            table.note_cells.push((self.queue.len(), table.body_rows));
            table.body_rows += 1;
        }
        // The note row is the body's next row (after the head: its first).
        table.body_rows += 1;
        self.queue.push_back(Event::InlineHtml(CowStr::from("<td class=\"note-cell\">")));
        self.queue.push_back(Event::InlineHtml(CowStr::from(cell)));
        self.queue.push_back(Event::End(tag));
        self.queue.push_back(Event::Html(CowStr::from(row)));
    }
}
