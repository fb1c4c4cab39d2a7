//! What the stages keep between builds in one process, so that watch mode redoes only the work
//! whose inputs changed. Each stage keys its per-article results on a hash of exactly the
//! inputs it read; a one-shot build keeps nothing.
//!
//! A rebuild after an annotation edit still visits every article to ask "did your inputs
//! change?", so the asking must cost next to nothing: results are kept by article index, and
//! looked up by slug only after articles were added, removed or reordered.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use xxhash_rust::xxh3::Xxh3;

/// The order of the articles in a build: a hash of their slugs in reading order. Results kept
/// under the same layout are found by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Layout(u64);

impl Layout {
    pub fn of<'a>(slugs: impl Iterator<Item = &'a str>) -> Layout {
        let mut h = Xxh3::new();
        for s in slugs {
            h.update(s.as_bytes());
            h.update(&[0]);
        }
        Layout(h.digest())
    }
}

/// Per-article results of one stage, with the key of the inputs each came from.
#[derive(Debug)]
pub struct Kept<T> {
    layout: Layout,
    entries: Vec<(u64, T)>,
    /// Slug → index in `entries`, for lookups after the layout changed.
    index: HashMap<String, usize>,
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept { layout: Layout::default(), entries: Vec::new(), index: HashMap::new() }
    }
}

impl<T: Clone> Kept<T> {
    /// The result kept for article `i` (slug `slug`) of a build with `layout`, if it came from
    /// the same inputs. Results are `Arc`s (or plain keys): cheap to hand out.
    pub fn get(&self, layout: Layout, i: usize, slug: &str, key: u64) -> Option<T> {
        let at = if layout == self.layout { Some(i) } else { self.index.get(slug).copied() };
        at.and_then(|j| self.entries.get(j)).filter(|(k, _)| *k == key).map(|(_, v)| v.clone())
    }

    /// Like [`Kept::get`], without taking a reference to the result.
    pub fn get_ref(&self, layout: Layout, i: usize, slug: &str, key: u64) -> Option<&(u64, T)> {
        let at = if layout == self.layout { Some(i) } else { self.index.get(slug).copied() };
        at.and_then(|j| self.entries.get(j)).filter(|(k, _)| *k == key)
    }

    /// Whether results were kept under `layout`, so that article `i`'s is at index `i`.
    pub fn same_layout(&self, layout: Layout) -> bool {
        layout == self.layout
    }

    /// The result kept at index `i`.
    pub fn at(&self, i: usize) -> Option<&(u64, T)> {
        self.entries.get(i)
    }

    /// How many results are kept.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Replaces the result at index `i` (under the layout it was kept with).
    pub fn set(&mut self, i: usize, key: u64, value: T) {
        if let Some(e) = self.entries.get_mut(i) {
            *e = (key, value);
        }
    }

    /// Replaces what is kept with this build's results, one per article in reading order.
    pub fn replace<'a>(
        &mut self,
        layout: Layout,
        slugs: impl Iterator<Item = &'a str>,
        entries: impl IntoIterator<Item = (u64, T)>,
    ) {
        if layout != self.layout || self.index.is_empty() {
            self.index = slugs.enumerate().map(|(i, s)| (s.to_string(), i)).collect();
        }
        self.layout = layout;
        self.entries = entries.into_iter().collect();
    }

    /// Stores this build's results, one per article in reading order, each with whether it was
    /// computed anew. Under an unchanged layout only the new ones are written: a rebuild after
    /// one edit touches one entry, not every article's.
    pub fn store<'a, 'r>(
        &mut self,
        layout: Layout,
        slugs: impl Iterator<Item = &'a str>,
        results: impl ExactSizeIterator<Item = (u64, &'r T, bool)>,
    ) where
        T: 'r,
    {
        if layout == self.layout && self.entries.len() == results.len() && !self.index.is_empty() {
            for (i, (key, value, fresh)) in results.enumerate() {
                if fresh {
                    self.entries[i] = (key, value.clone());
                }
            }
        } else {
            self.replace(layout, slugs, results.map(|(k, v, _)| (k, v.clone())).collect::<Vec<_>>());
        }
    }
}

/// A hash of anything hashable: the key of a stage's inputs.
pub fn key(parts: impl Hash) -> u64 {
    let mut h = Xxh3::new();
    parts.hash(&mut h);
    h.finish()
}

/// A key built from words, for the per-article checks that run on every rebuild: a few
/// multiply-xor steps per word instead of a streaming hasher's setup and buffering. The words
/// are already hashes (of files), generations or indices; a final avalanche spreads them.
#[derive(Debug, Clone, Copy)]
pub struct Mix(u64);

impl Mix {
    pub fn new(seed: u64) -> Mix {
        Mix(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    pub fn with(self, word: u64) -> Mix {
        Mix((self.0.rotate_left(23) ^ word).wrapping_mul(0x2545_f491_4f6c_dd1d).wrapping_add(0x9e37_79b9_7f4a_7c15))
    }

    pub fn finish(self) -> u64 {
        // splitmix64's finaliser.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// A number never handed out before in this process: a generation that marks a result as new,
/// so that a fresh memo can never match an old one.
pub fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn mixed_keys_tell_orders_and_values_apart() {
        let k = |words: &[u64]| words.iter().fold(super::Mix::new(1), |m, w| m.with(*w)).finish();
        assert_ne!(k(&[1, 2]), k(&[2, 1]));
        assert_ne!(k(&[0]), k(&[0, 0]));
        assert_ne!(k(&[5, 7]), k(&[5, 8]));
        assert_eq!(k(&[5, 7]), k(&[5, 7]));
    }

    use super::*;
    use std::sync::Arc;

    #[test]
    fn finds_by_index_under_the_same_layout_and_by_slug_after_a_change() {
        let slugs = ["a", "b", "c"];
        let layout = Layout::of(slugs.iter().copied());
        let mut kept: Kept<Arc<&str>> = Kept::default();
        kept.replace(layout, slugs.iter().copied(), [(1, Arc::new("A")), (2, Arc::new("B")), (3, Arc::new("C"))]);
        assert_eq!(kept.get(layout, 1, "b", 2).as_deref(), Some(&"B"));
        assert_eq!(kept.get(layout, 1, "b", 9), None, "another key is another input");
        // "a" was removed: the order changed, lookups go by slug.
        let moved = Layout::of(["b", "c"].into_iter());
        assert_ne!(moved, layout);
        assert_eq!(kept.get(moved, 0, "b", 2).as_deref(), Some(&"B"));
        assert_eq!(kept.get(moved, 1, "c", 3).as_deref(), Some(&"C"));
        assert_eq!(kept.get(moved, 2, "z", 3), None);
    }
}
