//! What the build cache on disk ([`super::disk`]) keeps of the stages before rendering: each
//! article's checks' findings, timeline mentions, notes and count of body blocks, by slug (ids
//! differ between processes), under the key they are kept under in memory. A one-shot build
//! after an edit then reads, checks and annotates only the articles whose inputs changed, as
//! watch mode does; the others' visible text is never made.
//!
//! Each article's results are encoded on their own, in a file beside the cache that each build
//! appends to ([`super::blobs`]; `.public.gloss-stages`), the cache holding each article's keys
//! and where its results are: they are decoded in parallel, and an article whose keys did not
//! change stays where it is, so a build after one edit writes one article's results, not every
//! one's (25 MB at 10,000 articles).
//!
//! The stages' types are plain data deriving serde; they know nothing of the cache.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize, Serializer};

use super::blobs::{Blobs, Place, Sink};
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

/// The stages file each article's results were read from, and where each article's are in it,
/// by slug, with their keys.
#[derive(Debug, Default)]
pub struct Raw {
    blobs: Blobs,
    of: HashMap<String, (Keys, Place)>,
}

/// The first bytes of the stages file (`.public.gloss-stages`); then its id (8 bytes), then
/// each article's results, appended by the build that made them.
pub const MAGIC: &[u8; 13] = b"gloss-stages\n";

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
    /// The numbered notes, still encoded: decoded when a build shows them.
    pub numbered: Option<(u64, Encoded)>,
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
    #[serde(borrow)]
    numbered: Option<(u64, &'a [u8])>,
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
    pub numbered: Option<(u64, Nested<'a, [Resolved]>)>,
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
            self.numbered.as_ref().map(|e| e.0),
        ]
    }
}

/// One article as the cache file's index holds it: its slug, its results' keys, where its
/// results are in the stages file.
#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    slug: &'a str,
    keys: Keys,
    at: Place,
}

/// The stages' part of the cache file: the id of the stages file it points into, and each
/// article's entry.
#[derive(Serialize, Deserialize)]
pub struct Index<'a> {
    id: u64,
    #[serde(borrow)]
    articles: Vec<Entry<'a>>,
}

impl KeptStagesRef<'_> {
    /// The bytes of the stages file the previous build's results are in that this build keeps.
    pub fn kept_bytes(&self) -> u64 {
        self.articles.iter().filter_map(|a| self.kept(a)).map(|at| at.1).sum()
    }

    /// Where the previous build kept `a`'s results, when their keys stand.
    fn kept(&self, a: &KeptArticleRef<'_>) -> Option<Place> {
        self.raw.of.get(a.slug).filter(|(k, _)| *k == a.keys()).map(|(_, at)| *at)
    }

    /// The previous build's stages file, as the one this build may append to.
    pub fn previous(&self) -> super::blobs::Previous {
        self.raw.blobs.previous()
    }

    /// Writes each article's results into `sink`: left where they are when it is the stages file
    /// they were kept in, else copied from it when their keys stand, else encoded now, one
    /// article at a time; then returns the index that says where they are, for the cache file.
    pub fn write(&self, sink: &mut Sink<'_>) -> std::io::Result<Index<'_>> {
        let mut articles = Vec::with_capacity(self.articles.len());
        for a in &self.articles {
            let kept = match self.kept(a) {
                Some(at) => sink.keep(&self.raw.blobs, at)?,
                None => None,
            };
            let at = match kept {
                Some(at) => at,
                None => sink.put(&postcard::to_allocvec(a).map_err(std::io::Error::other)?)?,
            };
            articles.push(Entry { slug: a.slug, keys: a.keys(), at });
        }
        Ok(Index { id: sink.id(), articles })
    }
}

/// Reads the stages' part of the cache (`part`, the index) and the stages file at `path` it
/// points into: every article's results, decoded in parallel but for the notes, which stay
/// encoded until read. An article whose bytes do not hash as written is left out (its results
/// are computed again).
pub fn decode(part: Vec<u8>, path: &std::path::Path) -> Result<KeptStages, String> {
    let index: Index<'_> = postcard::from_bytes(&part).map_err(|e| e.to_string())?;
    let blobs = Blobs::read(path, MAGIC, index.id)?;
    let base = blobs.bytes.as_ptr().addr();
    let at = |b: &[u8]| {
        let at = b.as_ptr().addr() - base;
        at..at + b.len()
    };
    let read = index
        .articles
        .par_iter()
        .filter_map(|e| Some((e, blobs.get(e.at)?)))
        .map(|(e, bytes)| {
            let a = postcard::from_bytes::<KeptArticleIn<'_>>(bytes).map_err(|e| e.to_string())?;
            let (hand, auto) = (a.hand.map(|(k, b)| (k, at(b))), a.auto.map(|(k, r, b)| (k, r, at(b))));
            let numbered = a.numbered.map(|(k, b)| (k, at(b)));
            Ok((e, a.body_len, a.findings, a.mentions, hand, auto, a.numbers, numbered))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let of = read.iter().map(|(e, ..)| (e.slug.to_string(), (e.keys, e.at))).collect();
    let encoded = |range| Encoded { bytes: Arc::clone(&blobs.bytes), range };
    let articles = read
        .into_iter()
        .map(|(e, body_len, findings, mentions, hand, auto, numbers, numbered)| KeptArticle {
            slug: e.slug.to_string(),
            body_len,
            findings,
            mentions,
            hand: hand.map(|(k, r)| (k, encoded(r))),
            auto: auto.map(|(k, replaced, r)| (k, replaced, encoded(r))),
            numbers,
            numbered: numbered.map(|(k, r)| (k, encoded(r))),
        })
        .collect();
    Ok(KeptStages { articles, raw: Raw { blobs, of } })
}
