//! What the build cache on disk ([`super::disk`]) keeps of the stages before rendering: each
//! article's checks' findings, timeline mentions, notes and count of body blocks, by slug (ids
//! differ between processes), under the key they are kept under in memory. A one-shot build
//! after an edit then reads, checks and annotates only the articles whose inputs changed, as
//! watch mode does; the others' visible text is never made.
//!
//! Each article's results are encoded on their own, beside their keys: they are decoded in
//! parallel, and an article whose keys did not change is written back as the bytes it was read
//! as, so a build after one edit encodes one article's results, not every one's.
//!
//! The stages' types are plain data deriving serde; they know nothing of the cache.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;
use serde::ser::SerializeSeq;
use serde::{Deserialize, Serialize, Serializer};

use crate::checks::Finding;
use crate::notes::{Pending, Resolved};
use crate::timeline::Mention;

/// The keys of an article's kept results, in the order of [`KeptArticle`]'s fields: equal keys,
/// equal results.
pub type Keys = [Option<u64>; 7];

/// Each article's kept results, as read back, and the bytes they were read from.
#[derive(Debug, Default)]
pub struct KeptStages {
    pub articles: Vec<KeptArticle>,
    pub raw: Raw,
}

/// The bytes each article's results were read from, by slug, with their keys.
#[derive(Debug, Default)]
pub struct Raw {
    bytes: Arc<Vec<u8>>,
    of: HashMap<String, (Keys, Range<usize>)>,
}

/// Bytes of the stages' part of the cache holding one value, decoded only when it is read.
#[derive(Debug, Clone)]
pub struct Encoded {
    bytes: Arc<Vec<u8>>,
    range: Range<usize>,
}

impl Encoded {
    /// The value, decoded; `None` if the bytes do not read (they were hashed whole when the
    /// part was read, so only a bug in gloss makes them unreadable).
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        postcard::from_bytes(self.bytes.get(self.range.clone())?).ok()
    }

    fn bytes(&self) -> &[u8] {
        self.bytes.get(self.range.clone()).unwrap_or_default()
    }
}

/// An article's kept results: the notes (hand-written and automatic) still encoded, since a
/// build after an edit reads those of only a few articles; the rest decoded.
#[derive(Debug)]
pub struct KeptArticle {
    pub slug: String,
    pub body_len: Option<(u64, usize)>,
    pub findings: Option<(u64, Vec<Finding>)>,
    pub mentions: Option<(u64, Vec<Mention>)>,
    pub hand: Option<(u64, Encoded)>,
    /// The automatic notes' key, the findings they replace, the notes encoded.
    pub auto: Option<(u64, Vec<usize>, Encoded)>,
    pub numbers: Option<(u64, Vec<usize>)>,
    pub numbered: Option<(u64, Vec<Resolved>)>,
}

/// [`KeptArticle`] as the cache file holds it, its notes borrowed from the part's bytes.
#[derive(Deserialize)]
struct KeptArticleIn<'a> {
    body_len: Option<(u64, usize)>,
    findings: Option<(u64, Vec<Finding>)>,
    mentions: Option<(u64, Vec<Mention>)>,
    #[serde(borrow)]
    hand: Option<(u64, &'a [u8])>,
    #[serde(borrow)]
    auto: Option<(u64, Vec<usize>, &'a [u8])>,
    numbers: Option<(u64, Vec<usize>)>,
    numbered: Option<(u64, Vec<Resolved>)>,
}

/// [`KeptStages`] as written, borrowing from the memo; `raw`, what the previous build kept.
#[derive(Debug)]
pub struct KeptStagesRef<'a> {
    pub articles: Vec<KeptArticleRef<'a>>,
    pub raw: &'a Raw,
}

#[derive(Debug, Serialize)]
pub struct KeptArticleRef<'a> {
    #[serde(skip)]
    pub slug: &'a str,
    pub body_len: Option<(u64, usize)>,
    pub findings: Option<(u64, &'a [Finding])>,
    pub mentions: Option<(u64, &'a [Mention])>,
    pub hand: Option<(u64, Nested<'a, [Pending]>)>,
    pub auto: Option<KeptAutoRef<'a>>,
    pub numbers: Option<(u64, &'a [usize])>,
    pub numbered: Option<(u64, &'a [Resolved])>,
}

/// An article's automatic notes as written: their key, the findings they replace, the notes.
pub type KeptAutoRef<'a> = (u64, &'a [usize], Nested<'a, [Pending]>);

/// A value written as the bytes of its own encoding, so that it can be read later on its own:
/// encoded now, or the bytes it was read as.
#[derive(Debug)]
pub enum Nested<'a, T: ?Sized> {
    Value(&'a T),
    Kept(&'a Encoded),
}

impl<T: Serialize + ?Sized> Serialize for Nested<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Nested::Value(v) => s.serialize_bytes(&postcard::to_allocvec(v).map_err(serde::ser::Error::custom)?),
            Nested::Kept(e) => s.serialize_bytes(e.bytes()),
        }
    }
}

impl KeptArticleRef<'_> {
    fn keys(&self) -> Keys {
        [
            self.body_len.map(|e| e.0),
            self.findings.map(|e| e.0),
            self.mentions.map(|e| e.0),
            self.hand.as_ref().map(|e| e.0),
            self.auto.as_ref().map(|e| e.0),
            self.numbers.map(|e| e.0),
            self.numbered.map(|e| e.0),
        ]
    }
}

/// One article as the cache file holds it: its slug, its results' keys, its results encoded.
#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    slug: &'a str,
    keys: Keys,
    #[serde(with = "bytes")]
    results: &'a [u8],
}

/// A byte slice written as bytes (postcard: its length, then the bytes), not as a sequence of
/// numbers one call each.
mod bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b)
    }

    pub fn deserialize<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<&'a [u8], D::Error> {
        <&[u8]>::deserialize(d)
    }
}

impl Serialize for KeptStagesRef<'_> {
    /// Each article's entry, its results the bytes read before when their keys stand, else
    /// encoded now, one article at a time (never all of them held at once).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.articles.len()))?;
        for a in &self.articles {
            let keys = a.keys();
            let kept = self.raw.of.get(a.slug).filter(|(k, _)| *k == keys);
            match kept.and_then(|(_, r)| self.raw.bytes.get(r.clone())) {
                Some(results) => seq.serialize_element(&Entry { slug: a.slug, keys, results })?,
                None => {
                    let fresh = postcard::to_allocvec(a).map_err(serde::ser::Error::custom)?;
                    seq.serialize_element(&Entry { slug: a.slug, keys, results: &fresh })?;
                }
            }
        }
        seq.end()
    }
}

/// Reads the stages' part of the cache: every article's results, decoded in parallel but for
/// the notes, which stay encoded until read.
pub fn decode(part: Vec<u8>) -> Result<KeptStages, String> {
    let entries: Vec<Entry<'_>> = postcard::from_bytes(&part).map_err(|e| e.to_string())?;
    let base = part.as_ptr().addr();
    let at = |b: &[u8]| {
        let at = b.as_ptr().addr() - base;
        at..at + b.len()
    };
    let of = entries.iter().map(|e| (e.slug.to_string(), (e.keys, at(e.results)))).collect();
    let read = entries
        .par_iter()
        .map(|e| {
            let a = postcard::from_bytes::<KeptArticleIn<'_>>(e.results).map_err(|e| e.to_string())?;
            let (hand, auto) = (a.hand.map(|(k, b)| (k, at(b))), a.auto.map(|(k, r, b)| (k, r, at(b))));
            Ok((e.slug.to_string(), a.body_len, a.findings, a.mentions, hand, auto, a.numbers, a.numbered))
        })
        .collect::<Result<Vec<_>, String>>()?;
    drop(entries);
    let bytes = Arc::new(part);
    let encoded = |range| Encoded { bytes: Arc::clone(&bytes), range };
    let articles = read
        .into_iter()
        .map(|(slug, body_len, findings, mentions, hand, auto, numbers, numbered)| KeptArticle {
            slug,
            body_len,
            findings,
            mentions,
            hand: hand.map(|(k, r)| (k, encoded(r))),
            auto: auto.map(|(k, replaced, r)| (k, replaced, encoded(r))),
            numbers,
            numbered,
        })
        .collect();
    Ok(KeptStages { articles, raw: Raw { bytes, of } })
}
