//! The notes stage through the memo: [`crate::notes`]'s functions, one article at a time, each
//! result kept under the key of exactly the inputs it read. Keys are built from dense arrays
//! (file hashes, finding keys), so asking 10,000 articles "did your inputs change?" costs
//! microseconds; an article's results are kept by its id, so they stand when others come or go.

use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use super::files::Loaded;
use super::kept::{Mix, PerArticle, key, stable_id};
use crate::anchor::Doc;
use crate::checks::Checked;
use crate::content::Corpus;
use crate::diag::Diagnostic;
use crate::notes::{self, AutoNotes, Notes, Numbering, Own, Pending, Resolved};

/// What the notes stage keeps between builds: each article's hand-written notes, automatic
/// notes, numbers and numbered notes.
#[derive(Debug, Default)]
pub struct NotesMemo {
    pub(super) hand: PerArticle<Arc<Vec<Pending>>>,
    pub(super) auto: PerArticle<Arc<AutoNotes>>,
    pub(super) numbers: PerArticle<Arc<Vec<usize>>>,
    pub(super) numbered: PerArticle<Arc<Vec<Resolved>>>,
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
/// of them point at another article, and whether they were resolved anew.
type Hand = (u64, Arc<Vec<Pending>>, Vec<Diagnostic>, Vec<usize>, bool);

/// An article's automatic notes, with their key and whether they were made anew.
type Auto = (u64, Arc<AutoNotes>, bool);

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
    let hand = hand(corpus, loaded, docs, inputs, memo);
    crate::diag::log_time("notes: hand", t);
    let t = std::time::Instant::now();
    let links_of = notes::links_by_article(corpus, inputs.checked);
    let auto = auto(corpus, docs, inputs, &hand, &links_of, memo);
    let own: Vec<Own> = hand
        .iter()
        .zip(&auto)
        .enumerate()
        .map(|(ai, ((_, h, _, hp, _), (_, a, _)))| {
            let mut partners = hp.clone();
            // Only an article paired with another by the checks has automatic notes with partners.
            if !links_of[ai].is_empty() {
                let from = h.len();
                partners.extend(notes::partners_of(&a.0).into_iter().map(|k| from + k));
            }
            Own { hand: h, auto: &a.0, partners }
        })
        .collect();
    let own_keys: Vec<u64> = hand.iter().zip(&auto).map(|((h, ..), (a, ..))| Mix::new(*h).with(*a).finish()).collect();
    if keep {
        // A file with problems is kept under a fresh key, which no input has: they are reported again.
        for (article, (k, h, _, _, fresh)) in corpus.articles.iter().zip(&hand) {
            if *fresh {
                memo.hand.set(article.id, *k, Arc::clone(h));
            }
        }
        for (article, (k, a, fresh)) in corpus.articles.iter().zip(&auto) {
            if *fresh {
                memo.auto.set(article.id, *k, Arc::clone(a));
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
        .flat_map(|((_, a, _), r)| a.1.iter().map(move |k| r.start + k))
        .collect();
    crate::diag::log_time("notes: auto", t);
    let t = std::time::Instant::now();
    let (by_article, keys) = number(corpus, docs, &own, &own_keys, inputs.shown, memo, keep);
    crate::diag::log_time("notes: number", t);
    (Notes { by_article, replaced }, keys, problems)
}

/// Each article's hand-written notes, in parallel: kept while the annotation file, the article,
/// the articles it quotes, the terms and the broken articles are what they were.
fn hand(corpus: &Corpus, loaded: &Loaded, docs: &[Doc], inputs: &Inputs<'_>, memo: &NotesMemo) -> Vec<Hand> {
    let broken_key = key(&corpus.broken);
    (0..corpus.articles.len())
        .into_par_iter()
        .map(|ai| {
            // Read from dense arrays first: most files are unchanged and quote no other article.
            let (file_hash, quotes_others) = loaded.annotation_keys[ai];
            if file_hash == 0 {
                return (0, Arc::default(), Vec::new(), Vec::new(), true);
            }
            let mut key = Mix::new(file_hash).with(inputs.hashes[ai]).with(inputs.terms).with(broken_key);
            if quotes_others {
                for s in corpus.annotations_of[ai].iter().flat_map(|f| &f.sources) {
                    let si = corpus.index.get(s.as_str()).copied();
                    key = key.with(si.map_or(u64::MAX, |si| inputs.hashes[si] ^ stable_id(corpus.articles[si].id)));
                }
            }
            let key = key.finish();
            if let Some(kept) = memo.hand.get(corpus.articles[ai].id, key) {
                let partners = if quotes_others { notes::partners_of(&kept) } else { Vec::new() };
                return (key, kept, Vec::new(), partners, false);
            }
            let (pending, problems) = notes::hand_notes(corpus, docs, ai);
            let partners = if quotes_others { notes::partners_of(&pending) } else { Vec::new() };
            // A file with problems gets a key no other build has: not 0, which is "no file" (an
            // article whose broken file was then deleted kept the notes numbered under 0 and
            // went on publishing them, issue 15 defect 3), and not its inputs' key, so that the
            // problems are found and reported again next time.
            let key = if problems.is_empty() { key } else { super::kept::next_generation() };
            (key, Arc::new(pending), problems, partners, true)
        })
        .collect()
}

/// Each article's automatic notes, in parallel: kept while its findings (and those of the
/// articles it is paired with), its text, its hand-written notes and the terms stand.
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
            if let Some(kept) = memo.auto.get(corpus.articles[ai].id, key) {
                return (key, kept, false);
            }
            let range = inputs.findings.get(ai).cloned().unwrap_or(0..0);
            let made = notes::automatic_notes(ai, range, &links_of[ai], &hand[ai].1, inputs.checked, corpus, docs);
            (key, Arc::new(made), true)
        })
        .collect()
}

/// Adds the back-notes, numbers each article's notes in reading order and fills in the numbers
/// that links point at. An article whose notes, back-notes and link numbers are what they were
/// in the previous build keeps its notes as they were.
#[allow(clippy::too_many_arguments, reason = "the stage's inputs and the memo it keeps them in")]
fn number(
    corpus: &Corpus,
    docs: &[Doc],
    own: &[Own],
    own_keys: &[u64],
    shown: &[u64],
    memo: &mut NotesMemo,
    keep: bool,
) -> (Vec<Arc<Vec<Resolved>>>, Vec<u64>) {
    let incoming = notes::incoming(own, corpus);
    let id = |ai: usize| corpus.articles[ai].id;
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
    let numbered: Vec<(u64, Arc<Vec<usize>>, bool)> = (0..own.len())
        .into_par_iter()
        .map(|ai| {
            let head_from = docs[ai].body_len();
            let mut key = Mix::new(own_keys[ai]).with(head_from as u64);
            for &(origin, k) in &incoming[ai] {
                key = key.with(stable_id(id(origin))).with(k as u64).with(back_shows(origin, k));
            }
            let key = key.finish();
            if let Some(kept) = memo.numbers.get(id(ai), key) {
                return (key, kept, false);
            }
            (key, Arc::new(notes::numbers(own, &incoming[ai], ai, head_from)), true)
        })
        .collect();
    let numbers: Vec<&[usize]> = numbered.iter().map(|(_, n, _)| n.as_slice()).collect();
    let numbering = Numbering { own, incoming: &incoming, numbers: &numbers, corpus };
    let built: Vec<(u64, Arc<Vec<Resolved>>, bool)> = (0..own.len())
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
            let key = key.finish();
            if let Some(kept) = memo.numbered.get(id(ai), key) {
                return (key, kept, false);
            }
            (key, Arc::new(notes::numbered(&numbering, ai)), true)
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
    built.into_iter().map(|(k, n, _)| (n, k)).unzip()
}
