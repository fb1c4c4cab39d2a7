//! The notes stage through the memo: [`crate::notes`]'s functions, one article at a time, each
//! result kept under the key of exactly the inputs it read. Keys are built from dense arrays
//! (file hashes, finding keys), so asking 10,000 articles "did your inputs change?" costs
//! microseconds; an article's results are kept by its id, so they stand when others come or go.

use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use super::files::Loaded;
use super::kept::{Mix, PerArticle, key, stable_id};
use super::stages::{Encoded, KeptAutoRef, Nested};
use crate::anchor::Doc;
use crate::checks::Checked;
use crate::content::{ArticleId, Corpus};
use crate::diag::Diagnostic;
use crate::notes::{self, AutoNotes, NoteList, Notes, Numbering, Own, Pending, Resolved};

/// What the notes stage keeps between builds: each article's hand-written notes, automatic
/// notes, numbers and numbered notes; and the hand-written and automatic notes the cache on disk
/// kept, still encoded.
#[derive(Debug, Default)]
pub struct NotesMemo {
    pub(super) hand: PerArticle<Arc<Vec<Pending>>>,
    pub(super) auto: PerArticle<Arc<AutoNotes>>,
    pub(super) numbers: PerArticle<Arc<Vec<usize>>>,
    pub(super) numbered: PerArticle<Arc<NoteList>>,
    pub(super) encoded: PerArticle<EncodedNotes>,
    /// The numbered notes the cache on disk kept, as it kept them, for those not read since.
    pub(super) numbered_encoded: PerArticle<Encoded>,
}

/// An article's hand-written and automatic notes as the cache on disk kept them, under their
/// keys: decoded only when a build reads them (an article that quotes or is paired with
/// another, one whose notes are numbered again), so a build after one edit decodes a few.
#[derive(Debug)]
pub struct EncodedNotes {
    pub hand: Option<(u64, Encoded)>,
    /// With the findings the automatic notes replace, which every build reads.
    pub auto: Option<(u64, Vec<usize>, Encoded)>,
}

impl NotesMemo {
    /// What to keep on disk of an article's hand-written notes: as computed or decoded, else as
    /// the cache kept them.
    pub(super) fn export_hand(&self, id: ArticleId) -> Option<(u64, Nested<'_, [Pending]>)> {
        match self.hand.entry(id) {
            Some((k, v)) => Some((k, Nested::Value(v.as_slice()))),
            None => self.encoded.entry(id).and_then(|(_, e)| e.hand.as_ref()).map(|(k, b)| (*k, Nested::Kept(b))),
        }
    }

    /// Likewise, an article's automatic notes and the findings they replace.
    pub(super) fn export_auto(&self, id: ArticleId) -> Option<KeptAutoRef<'_>> {
        match self.auto.entry(id) {
            Some((k, v)) => Some((k, v.1.as_slice(), Nested::Value(v.0.as_slice()))),
            None => self
                .encoded
                .entry(id)
                .and_then(|(_, e)| e.auto.as_ref())
                .map(|(k, r, b)| (*k, r.as_slice(), Nested::Kept(b))),
        }
    }

    /// What to keep on disk of an article's numbered notes: as the cache kept them when they
    /// were not read since, else as made.
    pub(super) fn export_numbered(&self, id: ArticleId) -> Option<(u64, Nested<'_, [Resolved]>)> {
        let (k, list) = self.numbered.entry(id)?;
        match self.numbered_encoded.get_ref(id, k) {
            Some(e) if !list.is_made() => Some((k, Nested::Kept(e))),
            _ => Some((k, Nested::Value(list.as_slice()))),
        }
    }

    /// Keeps the numbered notes the cache on disk kept for `id` under `key`, to be decoded when
    /// first read.
    pub(super) fn keep_numbered(&mut self, id: ArticleId, key: u64, encoded: Encoded) {
        let later = encoded.clone();
        self.numbered.set(id, key, Arc::new(NoteList::later(move || later.decode())));
        self.numbered_encoded.set(id, key, encoded);
    }

    /// The hand-written notes the cache on disk kept for `id` under `key`, decoded.
    fn kept_hand(&self, id: ArticleId, key: u64) -> Option<Vec<Pending>> {
        let (_, e) = self.encoded.entry(id)?;
        e.hand.as_ref().filter(|(k, _)| *k == key)?.1.decode()
    }

    /// Whether the cache on disk kept automatic notes for `id` under `key`: the findings they
    /// replace, and the notes still encoded.
    fn kept_auto(&self, id: ArticleId, key: u64) -> Option<(&[usize], &Encoded)> {
        let (_, e) = self.encoded.entry(id)?;
        e.auto.as_ref().filter(|(k, ..)| *k == key).map(|(_, r, b)| (r.as_slice(), b))
    }
}

/// What the notes' keys are made of, besides the corpus. Arrays are in reading order.
pub struct Inputs<'a> {
    pub checked: &'a Checked,
    /// Where each article's findings sit in `checked.findings`.
    pub findings: &'a [Range<usize>],
    /// A key of what each article's automatic notes are made of.
    pub auto_keys: &'a [u64],
    /// A key of what notes show of each article when they link to it (slug, title, outlet).
    pub shown: &'a [u64],
    /// A hash of the terms (not their generation: keys of notes go into page keys kept on disk).
    pub terms: u64,
    /// Each article file's hash.
    pub hashes: &'a [u64],
}

/// An article's hand-written notes: the key of their inputs, the notes, their problems, which
/// of them point at another article, whether they were resolved (or decoded) anew, and whether
/// they are still encoded in the cache on disk (then the notes here are empty, not read).
type Hand = (u64, Arc<Vec<Pending>>, Vec<Diagnostic>, Vec<usize>, bool, bool);

/// An article's automatic notes, with their key, whether they were made (or decoded) anew, and
/// whether they are still encoded (then only the findings they replace are here).
type Auto = (u64, Arc<AutoNotes>, bool, bool);

/// Every article's notes, numbered, with the problems of those that could not be placed. With
/// `keep`, what was computed anew is kept for the next build.
pub fn resolve(
    corpus: &Corpus,
    loaded: &Loaded,
    docs: &[Doc],
    inputs: &Inputs<'_>,
    memo: &mut NotesMemo,
    keep: bool,
) -> (Notes, Vec<u64>, Vec<Diagnostic>) {
    let t = std::time::Instant::now();
    let mut problems = notes::unknown_articles(corpus);
    let links_of = notes::links_by_article(corpus, inputs.checked);
    let mut hand = hand(corpus, loaded, docs, inputs, &links_of, memo);
    crate::diag::log_time("notes: hand", t);
    let t = std::time::Instant::now();
    let mut auto = auto(corpus, docs, inputs, &hand, &links_of, memo);
    crate::diag::log_time("notes: auto", t);
    let t = std::time::Instant::now();
    // Notes still encoded are decoded when the numbering reads them, and it runs again.
    let (by_article, keys) = loop {
        let own: Vec<Own> = hand
            .iter()
            .zip(&auto)
            .enumerate()
            .map(|(ai, (h, a))| {
                let mut partners = h.3.clone();
                // Only an article paired with another by the checks has automatic notes with partners.
                if !links_of[ai].is_empty() {
                    let from = h.1.len();
                    partners.extend(notes::partners_of(&a.1.0).into_iter().map(|k| from + k));
                }
                Own { hand: &h.1, auto: &a.1.0, partners }
            })
            .collect();
        let own_keys: Vec<u64> = hand.iter().zip(&auto).map(|(h, a)| Mix::new(h.0).with(a.0).finish()).collect();
        let still_encoded: Vec<bool> = hand.iter().zip(&auto).map(|(h, a)| h.5 || a.3).collect();
        let numbered = number(corpus, docs, &own, &own_keys, inputs.shown, &still_encoded, memo, keep);
        match numbered {
            Ok(n) => break n,
            Err(read) => {
                drop(own);
                for ai in read {
                    decode_notes(ai, corpus, docs, inputs, &links_of, memo, &mut hand, &mut auto);
                }
            }
        }
    };
    crate::diag::log_time("notes: number", t);
    if keep {
        // A file with problems is kept under a fresh key, which no input has: they are reported again.
        for (article, h) in corpus.articles.iter().zip(&hand) {
            if h.4 {
                memo.hand.set(article.id, h.0, Arc::clone(&h.1));
            }
        }
        for (article, a) in corpus.articles.iter().zip(&auto) {
            if a.2 {
                memo.auto.set(article.id, a.0, Arc::clone(&a.1));
            }
        }
    }
    for (_, _, d, ..) in &hand {
        problems.extend(d.iter().cloned());
    }
    // Only an article with findings can have one replaced; the notes name them by their place
    // among the article's findings.
    let replaced = auto
        .iter()
        .zip(inputs.findings)
        .filter(|(_, r)| !r.is_empty())
        .flat_map(|((_, a, ..), r)| a.1.iter().map(move |k| r.start + k))
        .collect();
    (Notes { by_article, replaced }, keys, problems)
}

/// Decodes article `ai`'s notes still encoded (or, should they not read, makes them again).
#[allow(clippy::too_many_arguments, reason = "the stage's inputs and the results it fills in")]
fn decode_notes(
    ai: usize,
    corpus: &Corpus,
    docs: &[Doc],
    inputs: &Inputs<'_>,
    links_of: &[Vec<(usize, usize)>],
    memo: &NotesMemo,
    hand: &mut [Hand],
    auto: &mut [Auto],
) {
    let id = corpus.articles[ai].id;
    if hand[ai].5 {
        let h = &mut hand[ai];
        h.1 = Arc::new(memo.kept_hand(id, h.0).unwrap_or_else(|| notes::hand_notes(corpus, docs, ai).0));
        (h.4, h.5) = (true, false);
    }
    if auto[ai].3 {
        let made = memo
            .kept_auto(id, auto[ai].0)
            .and_then(|(replaced, b)| Some((b.decode()?, replaced.to_vec())))
            .unwrap_or_else(|| make_auto(ai, corpus, docs, inputs, &links_of[ai], &hand[ai].1));
        auto[ai] = (auto[ai].0, Arc::new(made), true, false);
    }
}

/// Article `ai`'s automatic notes, made from its findings and its hand-written notes.
fn make_auto(
    ai: usize,
    corpus: &Corpus,
    docs: &[Doc],
    inputs: &Inputs<'_>,
    links: &[(usize, usize)],
    hand: &[Pending],
) -> AutoNotes {
    let range = inputs.findings.get(ai).cloned().unwrap_or(0..0);
    notes::automatic_notes(ai, range, links, hand, inputs.checked, corpus, docs)
}

/// Each article's hand-written notes, in parallel: kept while the annotation file, the article,
/// the articles it quotes, the terms and the broken articles are what they were. Those the cache
/// on disk kept stay encoded unless the article quotes or is paired with another.
fn hand(
    corpus: &Corpus,
    loaded: &Loaded,
    docs: &[Doc],
    inputs: &Inputs<'_>,
    links_of: &[Vec<(usize, usize)>],
    memo: &NotesMemo,
) -> Vec<Hand> {
    let broken_key = key(&corpus.broken);
    (0..corpus.articles.len())
        .into_par_iter()
        .map(|ai| {
            // Read from dense arrays first: most files are unchanged and quote no other article.
            let (file_hash, quotes_others) = loaded.annotation_keys[ai];
            if file_hash == 0 {
                return (0, Arc::default(), Vec::new(), Vec::new(), true, false);
            }
            let mut key = Mix::new(file_hash).with(inputs.hashes[ai]).with(inputs.terms).with(broken_key);
            if quotes_others {
                for s in corpus.annotations_of[ai].iter().flat_map(|f| &f.sources) {
                    let si = corpus.index.get(s.as_str()).copied();
                    key = key.with(si.map_or(u64::MAX, |si| inputs.hashes[si] ^ stable_id(corpus.articles[si].id)));
                }
            }
            let key = key.finish();
            let id = corpus.articles[ai].id;
            if let Some(kept) = memo.hand.get(id, key) {
                let partners = if quotes_others { notes::partners_of(&kept) } else { Vec::new() };
                return (key, kept, Vec::new(), partners, false, false);
            }
            let encoded = memo.encoded.entry(id).and_then(|(_, e)| e.hand.as_ref()).is_some_and(|(k, _)| *k == key);
            if encoded && !quotes_others && links_of[ai].is_empty() {
                return (key, Arc::default(), Vec::new(), Vec::new(), false, true);
            }
            if let Some(kept) = encoded.then(|| memo.kept_hand(id, key)).flatten() {
                let partners = if quotes_others { notes::partners_of(&kept) } else { Vec::new() };
                return (key, Arc::new(kept), Vec::new(), partners, true, false);
            }
            let (pending, problems) = notes::hand_notes(corpus, docs, ai);
            let partners = if quotes_others { notes::partners_of(&pending) } else { Vec::new() };
            // A file with problems gets a key no other build has: not 0, which is "no file" (an
            // article whose broken file was then deleted kept the notes numbered under 0 and
            // went on publishing them, issue 15 defect 3), and not its inputs' key, so that the
            // problems are found and reported again next time.
            let key = if problems.is_empty() { key } else { super::kept::next_generation() };
            (key, Arc::new(pending), problems, partners, true, false)
        })
        .collect()
}

/// Each article's automatic notes, in parallel: kept while its findings (and those of the
/// articles it is paired with), its text, its hand-written notes and the terms stand. Those the
/// cache on disk kept stay encoded unless the article is paired with another.
fn auto(
    corpus: &Corpus,
    docs: &[Doc],
    inputs: &Inputs<'_>,
    hand: &[Hand],
    links_of: &[Vec<(usize, usize)>],
    memo: &NotesMemo,
) -> Vec<Auto> {
    (0..corpus.articles.len())
        .into_par_iter()
        .map(|ai| {
            // The notes quote their context from the article's text, which counts too.
            let key =
                Mix::new(inputs.auto_keys[ai]).with(inputs.terms).with(inputs.hashes[ai]).with(hand[ai].0).finish();
            let id = corpus.articles[ai].id;
            if let Some(kept) = memo.auto.get(id, key) {
                return (key, kept, false, false);
            }
            if let Some((replaced, encoded)) = memo.kept_auto(id, key) {
                if links_of[ai].is_empty() {
                    return (key, Arc::new((Vec::new(), replaced.to_vec())), false, true);
                }
                if let Some(notes) = encoded.decode() {
                    return (key, Arc::new((notes, replaced.to_vec())), true, false);
                }
            }
            let own_hand = if hand[ai].5 {
                Arc::new(memo.kept_hand(id, hand[ai].0).unwrap_or_else(|| notes::hand_notes(corpus, docs, ai).0))
            } else {
                Arc::clone(&hand[ai].1)
            };
            (key, Arc::new(make_auto(ai, corpus, docs, inputs, &links_of[ai], &own_hand)), true, false)
        })
        .collect()
}

/// Each article's numbered notes, and their keys.
type Numbered = (Vec<Arc<NoteList>>, Vec<u64>);

/// Adds the back-notes, numbers each article's notes in reading order and fills in the numbers
/// that links point at. An article whose notes, back-notes and link numbers are what they were
/// in the previous build keeps its notes as they were. `Err`: the articles whose notes are
/// still encoded (`still_encoded`) but must be read (an article another's note points at, or
/// one numbered again); nothing was kept.
#[allow(clippy::too_many_arguments, reason = "the stage's inputs and the memo it keeps them in")]
fn number(
    corpus: &Corpus,
    docs: &[Doc],
    own: &[Own],
    own_keys: &[u64],
    shown: &[u64],
    still_encoded: &[bool],
    memo: &mut NotesMemo,
    keep: bool,
) -> Result<Numbered, Vec<usize>> {
    let incoming = notes::incoming(own, corpus);
    let id = |ai: usize| corpus.articles[ai].id;
    // A note's partner counts its notes (the back-note's number): it must be read.
    let mut read: Vec<usize> = own
        .iter()
        .flat_map(|o| o.partners.iter().filter_map(|&k| o.get(k).partner.and_then(|(p, _)| corpus.position(p))))
        .filter(|&si| still_encoded[si])
        .collect();
    if !read.is_empty() {
        read.sort_unstable();
        read.dedup();
        return Err(read);
    }
    // A back-note shows its origin's passage and provenance; its number is added later.
    let back_shows = |origin: usize, k: usize| {
        let from = own[origin].get(k);
        let r = &from.resolved;
        key((
            from.partner.map(|(p, a)| (stable_id(p), a)),
            &from.partner_context,
            &r.quote,
            &r.link,
            &r.file,
            r.line,
            r.automatic,
            &r.check,
        ))
    };
    let number_keys: Vec<u64> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let head_from = docs[ai].body_len();
            let mut key = Mix::new(own_keys[ai]).with(head_from as u64);
            for &(origin, k) in &incoming[ai] {
                key = key.with(stable_id(id(origin))).with(k as u64).with(back_shows(origin, k));
            }
            key.finish()
        })
        .collect();
    let again = |ai: usize, key: u64, kept: &PerArticle<Arc<Vec<usize>>>| kept.get_ref(id(ai), key).is_none();
    let read: Vec<usize> =
        (0..own.len()).filter(|&ai| still_encoded[ai] && again(ai, number_keys[ai], &memo.numbers)).collect();
    if !read.is_empty() {
        return Err(read);
    }
    let numbered: Vec<(u64, Arc<Vec<usize>>, bool)> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let key = number_keys[ai];
            if let Some(kept) = memo.numbers.get(id(ai), key) {
                return (key, kept, false);
            }
            (key, Arc::new(notes::numbers(own, &incoming[ai], ai, docs[ai].body_len())), true)
        })
        .collect();
    let numbers: Vec<&[usize]> = numbered.iter().map(|(_, n, _)| n.as_slice()).collect();
    let numbering = Numbering { own, incoming: &incoming, numbers: &numbers, corpus };
    let built_keys: Vec<u64> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let o = &own[ai];
            let mut key = Mix::new(numbered[ai].0);
            // A note that links to another article shows that article's slug and outlet.
            for &k in &o.partners {
                let other = o.get(k).partner.and_then(|(pid, _)| corpus.position(pid)).map_or(0, |si| shown[si]);
                key = key.with(k as u64).with(numbering.back_number(ai, k) as u64).with(other);
            }
            for &(origin, k) in &incoming[ai] {
                key = key.with(numbers[origin][k] as u64).with(shown[origin]);
            }
            key.finish()
        })
        .collect();
    let read: Vec<usize> = (0..own.len())
        .filter(|&ai| still_encoded[ai] && memo.numbered.get_ref(id(ai), built_keys[ai]).is_none())
        .collect();
    if !read.is_empty() {
        return Err(read);
    }
    let built: Vec<(u64, Arc<NoteList>, bool)> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let key = built_keys[ai];
            if let Some(kept) = memo.numbered.get(id(ai), key) {
                return (key, kept, false);
            }
            (key, Arc::new(NoteList::from(notes::numbered(&numbering, ai))), true)
        })
        .collect();
    if keep {
        for (ai, ((kn, n, fresh_n), (kb, b, fresh_b))) in numbered.iter().zip(&built).enumerate() {
            if *fresh_n {
                memo.numbers.set(id(ai), *kn, Arc::clone(n));
            }
            if *fresh_b {
                memo.numbered.set(id(ai), *kb, Arc::clone(b));
            }
        }
    }
    Ok(built.into_iter().map(|(k, n, _)| (n, k)).unzip())
}
