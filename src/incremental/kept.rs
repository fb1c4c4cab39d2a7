//! What watch mode keeps between builds, and the keys it keeps it under: a result is reused
//! while the key of the inputs it was computed from stands.
//!
//! Results of a stage are kept per article, by [`ArticleId`]: a rebuild asks every article
//! "did your inputs change?", so the asking must cost next to nothing. Ids are dense numbers,
//! so a kept result is one array read away, and since ids do not move when articles come or go
//! (positions in the reading order do), neither do the results kept under them.

use std::hash::{Hash, Hasher};

use xxhash_rust::xxh3::Xxh3;

use crate::content::ArticleId;

/// One stage's per-article results, each with the key of the inputs it came from.
#[derive(Debug)]
pub struct PerArticle<T> {
    entries: Vec<Option<(u64, T)>>,
}

impl<T> Default for PerArticle<T> {
    fn default() -> Self {
        PerArticle { entries: Vec::new() }
    }
}

impl<T> PerArticle<T> {
    /// The result kept for `id`, if it came from the inputs whose key is `key`.
    pub fn get_ref(&self, id: ArticleId, key: u64) -> Option<&T> {
        self.entries.get(id.index()).and_then(Option::as_ref).filter(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The result kept for `id`, whatever its key, with its key.
    pub fn entry(&self, id: ArticleId) -> Option<(u64, &T)> {
        self.entries.get(id.index()).and_then(Option::as_ref).map(|(k, v)| (*k, v))
    }

    /// Forgets what was kept for every id but `ids`.
    pub fn keep_only(&mut self, ids: impl Iterator<Item = ArticleId>) {
        let mut keep = vec![false; self.entries.len()];
        for id in ids {
            if let Some(k) = keep.get_mut(id.index()) {
                *k = true;
            }
        }
        for (entry, keep) in self.entries.iter_mut().zip(keep) {
            if !keep {
                *entry = None;
            }
        }
    }

    /// Keeps `value`, computed from the inputs whose key is `key`, for `id`.
    pub fn set(&mut self, id: ArticleId, key: u64, value: T) {
        let i = id.index();
        if self.entries.len() <= i {
            self.entries.resize_with(i + 1, || None);
        }
        self.entries[i] = Some((key, value));
    }
}

impl<T: Clone> PerArticle<T> {
    /// Like [`PerArticle::get_ref`], handing out a copy: results are `Arc`s or plain keys.
    pub fn get(&self, id: ArticleId, key: u64) -> Option<T> {
        self.get_ref(id, key).cloned()
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
/// are already hashes (of files), generations or ids; a final avalanche spreads them.
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
/// so that a fresh memo can never match an old one. Counted from a base drawn per process, so
/// that a key made of a generation in one process (a notes file with problems) does not match
/// one kept on disk by another ([`super::disk`]).
pub fn next_generation() -> u64 {
    static NEXT: std::sync::LazyLock<std::sync::atomic::AtomicU64> = std::sync::LazyLock::new(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        std::sync::atomic::AtomicU64::new(key((std::process::id(), now.as_nanos())) | 1)
    });
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A key of an article's identity that is the same in every process (an [`ArticleId`]'s number
/// depends on the order slugs were first seen): for keys that are kept on disk.
pub fn stable_id(id: ArticleId) -> u64 {
    key(id.slug())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_keys_tell_orders_and_values_apart() {
        let k = |words: &[u64]| words.iter().fold(Mix::new(1), |m, w| m.with(*w)).finish();
        assert_ne!(k(&[1, 2]), k(&[2, 1]));
        assert_ne!(k(&[0]), k(&[0, 0]));
        assert_ne!(k(&[5, 7]), k(&[5, 8]));
        assert_eq!(k(&[5, 7]), k(&[5, 7]));
    }

    #[test]
    fn results_are_found_by_id_and_key_wherever_the_article_moves() {
        let (a, b) = (ArticleId::of("kept-a"), ArticleId::of("kept-b"));
        let mut kept: PerArticle<&str> = PerArticle::default();
        kept.set(b, 2, "B");
        assert_eq!(kept.get(b, 2), Some("B"));
        assert_eq!(kept.get(b, 9), None, "another key is another input");
        assert_eq!(kept.get(a, 2), None, "nothing was kept for a");
        kept.set(a, 1, "A");
        assert_eq!((kept.get(a, 1), kept.get(b, 2)), (Some("A"), Some("B")));
    }
}
