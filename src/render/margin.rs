//! The margin-notes adapter: splits text runs where a quoted passage starts and ends, marks the
//! passage, and inserts the note's markup right after it.
//!
//! Positions are visible-text offsets from [`crate::anchor`], and this adapter walks the event
//! stream with the same [`VisibleText`] accumulator that produced them, so they always agree.
//!
//! Overlapping quotes: allowed. The highlight covers the union of the passages, each passage's
//! start gets its own link target, and each note sits right after the end of its own passage.
//! A `<mark>` is closed and reopened around inline tags so that the HTML stays well nested; a
//! note whose passage ends inside a link is placed just after the link (a control may not sit
//! inside a link).

use std::collections::VecDeque;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::text::{ImageDepth, VisibleText, block_end, block_start};

/// A note to place: its passage (block and visible byte range), number and finished markup.
/// Empty markup places a bare link target `id="c{number}"` at the passage's start, with no
/// highlight and no note (the sources page links to agreeing passages that way).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Placement {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub number: usize,
    /// The note's markup (phrasing content), inserted after the passage.
    pub html: String,
}

const MARK_OPEN: &str = "<mark class=\"quoted\">";
const MARK_CLOSE: &str = "</mark>";

pub struct MarginNotes<'a, 'p, I> {
    inner: I,
    placements: &'p [Placement],
    queue: VecDeque<Event<'a>>,
    blocks: Vec<(usize, VisibleText)>,
    next_block: usize,
    open: usize,
    links: usize,
    deferred: Vec<String>,
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
            open: 0,
            links: 0,
            deferred: Vec::new(),
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

    fn start_quote(&mut self, p: &Placement) {
        if p.html.is_empty() {
            self.html(format!("<span class=\"claim-anchor\" id=\"c{}\"></span>", p.number));
            return;
        }
        let mut s = format!("<span class=\"quote-start\" id=\"q{}\"></span>", p.number);
        if self.open == 0 {
            s.push_str(MARK_OPEN);
        }
        self.open += 1;
        self.html(s);
    }

    fn end_quote(&mut self, p: &Placement) {
        if p.html.is_empty() {
            self.placed += 1;
            return;
        }
        self.open = self.open.saturating_sub(1);
        if self.links > 0 {
            self.deferred.push(p.html.clone());
            if self.open == 0 {
                self.html(MARK_CLOSE.to_string());
            }
        } else {
            self.emit_notes(vec![p.html.clone()], self.open == 0);
        }
        self.placed += 1;
    }

    /// Emits notes outside any highlight: closes the mark first, reopens it after if a longer
    /// passage is still open.
    fn emit_notes(&mut self, notes: Vec<String>, closing: bool) {
        let mut s = String::new();
        if self.open > 0 || closing {
            s.push_str(MARK_CLOSE);
        }
        for n in notes {
            s.push_str(&n);
        }
        if self.open > 0 {
            s.push_str(MARK_OPEN);
        }
        self.html(s);
    }

    /// A run of text in the current block: split at the passage boundaries inside it.
    fn text(&mut self, text: CowStr<'a>, code: bool) {
        // Most blocks hold no passage: nothing to find, nothing to track.
        let Some(block) = self.blocks.last().map(|b| b.0).filter(|b| self.in_block(*b).next().is_some()) else {
            self.queue.push_back(owned(text, code));
            return;
        };
        let Some((_, visible)) = self.blocks.last_mut() else { return };
        let mut map: Vec<(usize, usize)> = Vec::new();
        visible.push_mapped(&text, |src, vis| map.push((src, vis)));
        let (Some(&(_, first)), Some(&(last_src, last))) = (map.first(), map.last()) else {
            self.queue.push_back(owned(text, code));
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
            self.queue.push_back(owned(text, code));
            return;
        }
        cuts.sort_by_key(|(src, kind, p)| (*src, *kind, p.number));
        if code {
            for (_, _, p) in cuts.iter().filter(|c| c.1 == 1) {
                self.start_quote(p);
            }
            self.queue.push_back(owned(text, true));
            for (_, _, p) in cuts.iter().filter(|c| c.1 == 0) {
                self.end_quote(p);
            }
            return;
        }
        let mut at = 0;
        for (src, kind, p) in cuts {
            if src > at {
                self.queue.push_back(Event::Text(CowStr::from(text[at..src].to_string())));
                at = src;
            }
            if kind == 1 { self.start_quote(p) } else { self.end_quote(p) }
        }
        if at < text.len() {
            self.queue.push_back(Event::Text(CowStr::from(text[at..].to_string())));
        }
    }
}

/// The text run as an event again, borrowed as it came: no copy.
fn owned(text: CowStr<'_>, code: bool) -> Event<'_> {
    if code { Event::Code(text) } else { Event::Text(text) }
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
            if let Some(e) = self.queue.pop_front() {
                return Some(e);
            }
            let event = self.inner.next()?;
            if self.images.hides(&event) {
                self.queue.push_back(event);
                continue;
            }
            match event {
                Event::Start(tag) => {
                    if block_start(&tag).is_some() {
                        self.blocks.push((self.next_block, VisibleText::default()));
                        self.next_block += 1;
                        self.queue.push_back(Event::Start(tag));
                    } else if is_inline_tag(&tag) {
                        let link = matches!(tag, Tag::Link { .. });
                        if self.open > 0 {
                            self.html(MARK_CLOSE.to_string());
                        }
                        self.queue.push_back(Event::Start(tag));
                        if self.open > 0 {
                            self.html(MARK_OPEN.to_string());
                        }
                        self.links += usize::from(link);
                    } else {
                        self.queue.push_back(Event::Start(tag));
                    }
                }
                Event::End(tag) => {
                    if block_end(&tag) {
                        if self.open > 0 || !self.deferred.is_empty() {
                            let notes = std::mem::take(&mut self.deferred);
                            self.open = 0;
                            self.emit_notes(notes, true);
                        }
                        self.blocks.pop();
                        self.queue.push_back(Event::End(tag));
                    } else if is_inline_end(&tag) {
                        let link = tag == TagEnd::Link;
                        if self.open > 0 {
                            self.html(MARK_CLOSE.to_string());
                        }
                        self.queue.push_back(Event::End(tag));
                        self.links = self.links.saturating_sub(usize::from(link));
                        if link && self.links == 0 && !self.deferred.is_empty() {
                            let notes = std::mem::take(&mut self.deferred);
                            let mut s: String = notes.concat();
                            if self.open > 0 {
                                s.push_str(MARK_OPEN);
                            }
                            self.html(s);
                        } else if self.open > 0 {
                            self.html(MARK_OPEN.to_string());
                        }
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
