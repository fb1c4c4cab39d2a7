//! The link-targets adapter: inserts an empty `<span class="mention-start" id="…">` at a
//! visible-text position, so that other pages (the timeline) can link to a sentence.
//!
//! Positions are visible-text offsets from [`crate::anchor::Doc`], found by walking the event
//! stream with the same [`VisibleText`] accumulator as the margin-notes adapter, so the two
//! always agree. It runs before that adapter, which passes the inserted markup through.

use std::collections::VecDeque;

use pulldown_cmark::{CowStr, Event};

use crate::text::{ImageDepth, VisibleText, block_end, block_start};

/// A link target to insert: a block, a visible byte offset in it, and the id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkTarget {
    pub block: usize,
    pub at: usize,
    pub id: String,
}

pub struct Targets<'a, 't, I> {
    inner: I,
    /// Sorted by block, then offset.
    targets: &'t [LinkTarget],
    queue: VecDeque<Event<'a>>,
    blocks: Vec<(usize, VisibleText)>,
    next_block: usize,
    images: ImageDepth,
    placed: usize,
}

impl<'a, 't, I> Targets<'a, 't, I> {
    /// `targets` must be sorted by block, then offset.
    pub fn new(inner: I, targets: &'t [LinkTarget]) -> Self {
        Targets {
            inner,
            targets,
            queue: VecDeque::new(),
            blocks: Vec::new(),
            next_block: 0,
            images: ImageDepth::default(),
            placed: 0,
        }
    }

    /// How many targets were inserted, for the caller to check.
    pub fn placed(&self) -> usize {
        self.placed
    }

    fn marker(t: &LinkTarget) -> Event<'static> {
        Event::InlineHtml(CowStr::from(format!(
            "<span class=\"mention-start\" id=\"{}\"></span>",
            super::Escape(&t.id)
        )))
    }

    /// A run of text: split it where a target falls inside it. Inline code is not split; its
    /// targets go before it.
    fn text(&mut self, text: CowStr<'a>, code: bool) {
        let own = |t: CowStr<'a>| if code { Event::Code(t) } else { Event::Text(t) };
        // Most blocks hold no target: nothing to track.
        let has_target = |b: usize| {
            let from = self.targets.partition_point(|t| t.block < b);
            self.targets.get(from).is_some_and(|t| t.block == b)
        };
        let Some(block) = self.blocks.last().map(|b| b.0).filter(|b| has_target(*b)) else {
            self.queue.push_back(own(text));
            return;
        };
        let Some((_, visible)) = self.blocks.last_mut() else { return };
        let mut map: Vec<(usize, usize)> = Vec::new();
        visible.push_mapped(&text, |src, vis| map.push((src, vis)));
        let (Some(&(_, first)), Some(&(_, last))) = (map.first(), map.last()) else {
            self.queue.push_back(own(text));
            return;
        };
        let from = self.targets.partition_point(|t| (t.block, t.at) < (block, first));
        let here: Vec<&'t LinkTarget> =
            self.targets[from..].iter().take_while(|t| t.block == block && t.at <= last).collect();
        if here.is_empty() {
            self.queue.push_back(own(text));
            return;
        }
        self.placed += here.len();
        if code {
            self.queue.extend(here.iter().map(|t| Self::marker(t)));
            self.queue.push_back(own(text));
            return;
        }
        let mut at = 0;
        for t in here {
            let src = map.iter().find(|(_, v)| *v >= t.at).map_or(text.len(), |(s, _)| *s);
            if src > at {
                self.queue.push_back(Event::Text(CowStr::from(text[at..src].to_string())));
                at = src;
            }
            self.queue.push_back(Self::marker(t));
        }
        if at < text.len() {
            self.queue.push_back(Event::Text(CowStr::from(text[at..].to_string())));
        }
    }
}

impl<'a, 't, I: Iterator<Item = Event<'a>>> Iterator for Targets<'a, 't, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some(e);
            }
            let event = self.inner.next()?;
            if self.images.hides(&event) {
                return Some(event);
            }
            match event {
                Event::Start(tag) => {
                    if block_start(&tag).is_some() {
                        self.blocks.push((self.next_block, VisibleText::default()));
                        self.next_block += 1;
                    }
                    return Some(Event::Start(tag));
                }
                Event::End(tag) => {
                    if block_end(&tag) {
                        self.blocks.pop();
                    }
                    return Some(Event::End(tag));
                }
                Event::Text(t) => self.text(t, false),
                Event::Code(t) => self.text(t, true),
                Event::SoftBreak | Event::HardBreak => {
                    if let Some((_, v)) = self.blocks.last_mut() {
                        v.push_break();
                    }
                    return Some(event);
                }
                other => return Some(other),
            }
        }
    }
}
