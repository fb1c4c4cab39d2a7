//! The checks' prefilter: which patterns may match in a piece of text, from what every match
//! of a pattern contains.
//!
//! Each pattern needs certain tokens ([`super::pattern::Parsed::requirement`]): the word
//! `exclusive` needs a token "exclusive", `licen*` a token starting with "licen", `{year}` one
//! starting with "19" or "20", `{amount}` a `$`, "dollars" or "USD". One pass over a block
//! finds its tokens and notes where each feature occurs; a sentence or a clause then admits a
//! pattern only if it has, for each of the pattern's choices, one of its features. Most clauses
//! admit none and never meet a regex; the regexes decide, as before, in the few that do. The
//! filter only ever says "may match": a clause it admits is searched exactly as without it, so
//! results cannot change.
//!
//! The pass is the checks' inner loop (news prose about the deal is full of its words), so it
//! classifies 64 bytes at a time into a bit mask, walks the token boundaries as bits, and looks
//! each token up in a per-thread memo of the trie's answers.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

use super::pattern::Feature;

/// A set of features, as bits (a feature's id modulo 256: with more features, some share a
/// bit, which only lets more clauses through).
pub type Bits = [u64; 4];

/// Every feature: what a text the prefilter cannot read admits.
pub const ALL: Bits = [u64::MAX; 4];

/// Where features occur in a block: the token's (or byte's) start, and the set of features,
/// an index into [`Prefilter::sets`] (never 0, the empty set).
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    start: u32,
    set: u32,
}

/// A set of claims, by their index in terms.toml: bit `i` for claim `i`, and bit 63 for all the
/// claims from the 64th on.
pub type Claims = u64;

/// The bit of a claim in [`Claims`].
pub fn claim_bit(index: usize) -> Claims {
    1 << index.min(63)
}

/// The 37 ASCII word characters (what `(?-u:\b)` separates), case folded, as trie edges.
const WORD_CLASSES: usize = 37;

fn class(b: u8) -> Option<usize> {
    match b {
        b'a'..=b'z' => Some(usize::from(b - b'a')),
        b'A'..=b'Z' => Some(usize::from(b - b'A')),
        b'0'..=b'9' => Some(26 + usize::from(b - b'0')),
        b'_' => Some(36),
        _ => None,
    }
}

/// A byte of each class.
const WORD_BYTES: &[u8; WORD_CLASSES] = b"abcdefghijklmnopqrstuvwxyz0123456789_";

#[inline(always)]
fn is_word(b: u8) -> bool {
    ((b | 0x20).wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10) | (b == b'_')
}

/// No node: the token has no further feature.
const DEAD: u32 = u32::MAX;

static ENGINES: AtomicU64 = AtomicU64::new(1);

/// The features of every pattern, as a trie over case-folded tokens.
#[derive(Debug, Clone, Default)]
pub struct Prefilter {
    /// Identifies this prefilter in the per-thread memo.
    id: u64,
    /// `next[node * WORD_CLASSES + class]`: the child node, or [`DEAD`]. Node 0 is the root.
    next: Vec<u32>,
    /// Per node: the features of a token that reaches the node and ends there.
    ends: Vec<u32>,
    /// Per node: the features of a token that reaches the node and goes on past the trie.
    goes_on: Vec<u32>,
    /// Byte features (`$`), with their sets.
    bytes: Vec<(u8, u32)>,
    /// The sets of the tokens of one or two bytes, by their classes (the second plus one, or 0).
    short: Vec<u32>,
    /// The sets of features a hit stands for; set 0 is empty.
    sets: Vec<Bits>,
    /// Per set: the claims (see [`Claims`]) that have a pattern whose first choice it meets.
    claims: Vec<Claims>,
    /// The claims with a pattern that needs nothing: candidates everywhere.
    always: Claims,
    features: Vec<Feature>,
    /// Per feature: whether the scan can find it (a token of word bytes, or a byte).
    findable: Vec<bool>,
}

impl Prefilter {
    /// The prefilter of these features.
    pub fn new(mut features: Vec<Feature>) -> Prefilter {
        features.sort();
        features.dedup();
        let mut next = vec![DEAD; WORD_CLASSES];
        let mut parent: Vec<usize> = vec![0];
        let mut prefix: Vec<Bits> = vec![[0; 4]];
        let mut token: Vec<Bits> = vec![[0; 4]];
        let mut byte_bits: Vec<(u8, Bits)> = Vec::new();
        let mut findable = vec![false; features.len()];
        for (id, f) in features.iter().enumerate() {
            let text = match f {
                Feature::Byte(b) => {
                    match byte_bits.iter_mut().find(|(x, _)| x == b) {
                        Some((_, bits)) => set(bits, id),
                        None => {
                            let mut bits = [0; 4];
                            set(&mut bits, id);
                            byte_bits.push((*b, bits));
                        }
                    }
                    findable[id] = true;
                    continue;
                }
                Feature::Token(t) | Feature::Prefix(t) => t,
            };
            let Some(classes) = text.bytes().map(class).collect::<Option<Vec<usize>>>() else {
                continue; // not a token: the scan cannot find it (see `mask`)
            };
            if classes.is_empty() {
                continue;
            }
            findable[id] = true;
            let mut node = 0;
            for c in classes {
                let slot = node * WORD_CLASSES + c;
                node = match next[slot] {
                    DEAD => {
                        let child = parent.len();
                        next.extend([DEAD; WORD_CLASSES]);
                        parent.push(node);
                        prefix.push([0; 4]);
                        token.push([0; 4]);
                        next[slot] = child as u32;
                        child
                    }
                    child => child as usize,
                };
            }
            match f {
                Feature::Prefix(_) => set(&mut prefix[node], id),
                _ => set(&mut token[node], id),
            }
        }
        // A token has the prefixes of every node on its path; children come after parents.
        for node in 1..parent.len() {
            let up = prefix[parent[node]];
            union(&mut prefix[node], &up);
        }
        let mut sets: Vec<Bits> = vec![[0; 4]];
        let mut interned = std::collections::HashMap::new();
        let mut intern = |bits: Bits| -> u32 {
            if bits == [0; 4] {
                return 0;
            }
            *interned.entry(bits).or_insert_with(|| {
                sets.push(bits);
                // At most two sets per node, far below u32::MAX.
                (sets.len() - 1) as u32
            })
        };
        let goes_on: Vec<u32> = prefix.iter().map(|b| intern(*b)).collect();
        let ends: Vec<u32> = prefix
            .iter()
            .zip(&token)
            .map(|(p, t)| {
                let mut b = *p;
                union(&mut b, t);
                intern(b)
            })
            .collect();
        let bytes = byte_bits.into_iter().map(|(b, bits)| (b, intern(bits))).collect();
        let claims = vec![0; sets.len()];
        let mut p = Prefilter {
            id: ENGINES.fetch_add(1, Ordering::Relaxed),
            next,
            ends,
            goes_on,
            bytes,
            sets,
            claims,
            always: 0,
            features,
            findable,
            short: Vec::new(),
        };
        let mut short = vec![0; WORD_CLASSES * (WORD_CLASSES + 1)];
        for first in 0..WORD_CLASSES {
            let a = WORD_BYTES[first];
            short[first * (WORD_CLASSES + 1)] = p.features_of(&[a]);
            for second in 0..WORD_CLASSES {
                short[first * (WORD_CLASSES + 1) + second + 1] = p.features_of(&[a, WORD_BYTES[second]]);
            }
        }
        p.short = short;
        p
    }

    /// Tells which claim may match where: `firsts[i]` is, for claim `i`, the first (most
    /// selective) choice of each of its patterns, or None for a pattern that needs nothing.
    pub fn index_claims(&mut self, firsts: &[Vec<Option<Bits>>]) {
        self.always = 0;
        for c in &mut self.claims {
            *c = 0;
        }
        for (i, patterns) in firsts.iter().enumerate() {
            for first in patterns {
                match first {
                    None => self.always |= claim_bit(i),
                    Some(mask) => {
                        for (set, claims) in self.sets.iter().zip(self.claims.iter_mut()) {
                            if intersects(set, mask) {
                                *claims |= claim_bit(i);
                            }
                        }
                    }
                }
            }
        }
    }

    /// The bits of a choice of features (each one of [`Prefilter::new`]'s); None when the scan
    /// cannot find one of them, so that the choice cannot be checked (it is then no condition).
    pub fn mask(&self, choice: &[Feature]) -> Option<Bits> {
        let mut bits = [0; 4];
        for f in choice {
            // The features are sorted and distinct (see `new`).
            let id = self.features.binary_search(f).ok().filter(|&id| self.findable[id])?;
            set(&mut bits, id);
        }
        Some(bits)
    }

    /// The set of features of a token of one or two bytes.
    #[inline]
    fn short(&self, token: &[u8]) -> u32 {
        let first = class(token[0]).unwrap_or(0);
        let second = token.get(1).and_then(|&b| class(b)).map_or(0, |c| c + 1);
        self.short[first * (WORD_CLASSES + 1) + second]
    }

    /// The set of features of a token (ASCII word bytes), by the trie.
    fn features_of(&self, token: &[u8]) -> u32 {
        let mut node = 0;
        for &b in token {
            let Some(c) = class(b) else { return 0 };
            match self.next[node * WORD_CLASSES + c] {
                DEAD => return self.goes_on[node],
                child => node = child as usize,
            }
        }
        self.ends[node]
    }

    /// Finds every feature in `text` into `hits`, in order. False when the text cannot be
    /// filtered: it may contain `ſ` or the Kelvin sign `K`, whose `(?i)` case variants are the
    /// ASCII letters `s` and `k`, so that a match may spell a token with them. Every pattern may
    /// then match anywhere in it.
    pub fn scan(&self, text: &str, hits: &mut Vec<Hit>) -> bool {
        hits.clear();
        let bytes = text.as_bytes();
        if self.sets.len() <= 1 || u32::try_from(bytes.len()).is_err() {
            return false; // no features (or an absurdly long block): nothing to filter on
        }
        let readable = MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            memo.serve(self.id);
            for_each_token(bytes, |start, end| {
                let set = match end - start {
                    1 | 2 => self.short(&bytes[start..end]),
                    _ => memo.get(bytes, start, end, || self.features_of(&bytes[start..end])),
                };
                if set != 0 {
                    hits.push(Hit { start: start as u32, set });
                }
            })
        });
        if !readable {
            return false;
        }
        if !self.bytes.is_empty() {
            let before = hits.len();
            for &(b, set) in &self.bytes {
                hits.extend(memchr::memchr_iter(b, bytes).map(|i| Hit { start: i as u32, set }));
            }
            if hits.len() > before {
                hits.sort_by_key(|h| h.start);
            }
        }
        true
    }

    /// The features of the tokens (and bytes) that start inside `range`, and the claims that
    /// may match there. `hits` are in order; sentence and clause boundaries never split a token
    /// (they fall at spaces or punctuation). `filtered`: what [`Prefilter::scan`] said.
    pub fn found_in(&self, hits: &[Hit], range: Range<usize>, filtered: bool) -> (Bits, Claims) {
        if !filtered {
            return (ALL, Claims::MAX);
        }
        let from = hits.partition_point(|h| (h.start as usize) < range.start);
        let mut bits = [0; 4];
        let mut claims = self.always;
        for h in &hits[from..] {
            if h.start as usize >= range.end {
                break;
            }
            union(&mut bits, &self.sets[h.set as usize]);
            claims |= self.claims[h.set as usize];
        }
        (bits, claims)
    }
}

fn set(bits: &mut Bits, id: usize) {
    let b = id % 256;
    bits[b / 64] |= 1 << (b % 64);
}

fn union(a: &mut Bits, b: &Bits) {
    for (x, y) in a.iter_mut().zip(b) {
        *x |= y;
    }
}

pub fn intersects(a: &Bits, b: &Bits) -> bool {
    (a[0] & b[0]) | (a[1] & b[1]) | (a[2] & b[2]) | (a[3] & b[3]) != 0
}

/// Whether a text with the features `found` may hold a match of a pattern that needs `require`
/// (one feature of each choice).
pub fn admits(require: &[Bits], found: &Bits) -> bool {
    require.iter().all(|choice| intersects(choice, found))
}

/// Bit `i` set when `chunk[i]` is an ASCII word byte (`chunk` has at most 64 bytes), and
/// whether the chunk has a byte that may start `ſ` or `K`. Written to vectorise: classify into
/// bytes, then gather eight bytes' low bits at a time by a multiply.
#[inline]
fn word_mask(chunk: &[u8]) -> (u64, bool) {
    let mut classes = [0u8; 64];
    let mut lead = 0u8;
    for (c, &b) in classes.iter_mut().zip(chunk) {
        *c = u8::from(is_word(b));
        lead |= u8::from(b == 0xC5) | u8::from(b == 0xE2);
    }
    let mut mask = 0u64;
    for (j, eight) in classes.chunks_exact(8).enumerate() {
        let mut w = [0u8; 8];
        w.copy_from_slice(eight);
        // Byte k's low bit lands on bit 63 - k (the partial products never overlap).
        let gathered = (u64::from_le_bytes(w).wrapping_mul(0x8040_2010_0804_0201) >> 56) as u8;
        mask |= u64::from(gathered.reverse_bits()) << (j * 8);
    }
    (mask, lead != 0)
}

/// Whether `bytes` has `ſ` or the Kelvin sign `K` at or after `from`, within 64 bytes.
fn folds_to_ascii(bytes: &[u8], from: usize) -> bool {
    let end = (from + 64).min(bytes.len());
    (from..end).any(|i| bytes[i..].starts_with("\u{17f}".as_bytes()) || bytes[i..].starts_with("\u{212a}".as_bytes()))
}

/// Calls `f(start, end)` for every token (maximal run of ASCII word bytes) of `bytes`, in order.
/// Stops and returns false at `ſ` or `K` (see [`Prefilter::scan`]).
fn for_each_token(bytes: &[u8], mut f: impl FnMut(usize, usize)) -> bool {
    let mut open = usize::MAX; // the start of a token not yet ended
    let mut carry = 0u64; // whether the byte before the chunk is a word byte
    for (ci, chunk) in bytes.chunks(64).enumerate() {
        let base = ci * 64;
        let (words, lead) = word_mask(chunk);
        if lead && folds_to_ascii(bytes, base) {
            return false;
        }
        let before = (words << 1) | carry;
        let valid = if chunk.len() == 64 { u64::MAX } else { (1 << chunk.len()) - 1 };
        let mut starts = words & !before;
        let mut ends = !words & before & valid;
        loop {
            if open == usize::MAX {
                if starts == 0 {
                    break;
                }
                open = base + starts.trailing_zeros() as usize;
                starts &= starts - 1;
            } else {
                if ends == 0 {
                    break;
                }
                let end = base + ends.trailing_zeros() as usize;
                ends &= ends - 1;
                f(open, end);
                open = usize::MAX;
            }
        }
        carry = words >> 63;
    }
    if open != usize::MAX {
        f(open, bytes.len());
    }
    true
}

thread_local! {
    /// Per thread, the features of the tokens seen so far (of one prefilter at a time): prose
    /// repeats its words, and a lookup costs less than a walk down the trie.
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// An open-addressing table from a case-folded token of at most 16 bytes (zero-padded: word
/// bytes are never 0, so the padding also encodes the length) to its set of features.
#[derive(Default)]
struct Memo {
    prefilter: u64,
    keys: Vec<[u64; 2]>,
    sets: Vec<u32>,
    len: usize,
}

/// The memo stops growing here (and starts over when half full): 4 MB per thread.
const MEMO_MAX: usize = 1 << 18;

impl Memo {
    /// Starts over for another prefilter.
    fn serve(&mut self, prefilter: u64) {
        if self.prefilter != prefilter || self.keys.is_empty() {
            self.prefilter = prefilter;
            self.keys = vec![[0; 2]; 1 << 12];
            self.sets = vec![0; 1 << 12];
            self.len = 0;
        }
    }

    fn get(&mut self, bytes: &[u8], start: usize, end: usize, compute: impl FnOnce() -> u32) -> u32 {
        let n = end - start;
        if n > 16 {
            return compute();
        }
        let (a, b) = if start + 16 <= bytes.len() {
            let mut a = [0u8; 8];
            let mut b = [0u8; 8];
            a.copy_from_slice(&bytes[start..start + 8]);
            b.copy_from_slice(&bytes[start + 8..start + 16]);
            (u64::from_le_bytes(a), u64::from_le_bytes(b))
        } else {
            let mut w = [0u8; 16];
            w[..n].copy_from_slice(&bytes[start..end]);
            let (a, b) = w.split_at(8);
            let mut x = [0u8; 8];
            let mut y = [0u8; 8];
            x.copy_from_slice(a);
            y.copy_from_slice(b);
            (u64::from_le_bytes(x), u64::from_le_bytes(y))
        };
        // Case folding: `| 0x20` maps A-Z to a-z and keeps digits; `_` becomes 0x7f, which no
        // other word byte does.
        const FOLD: u64 = 0x2020_2020_2020_2020;
        let keep = |bytes: usize| if bytes >= 8 { u64::MAX } else { (1u64 << (8 * bytes)) - 1 };
        let key = [(a | FOLD) & keep(n), (b | FOLD) & keep(n.saturating_sub(8))];
        let mask = self.keys.len() - 1;
        let hash = (key[0] ^ key[1].rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut i = (hash >> 40) as usize & mask;
        loop {
            let k = self.keys[i];
            if k == key {
                return self.sets[i];
            }
            if k == [0, 0] {
                let set = compute();
                if (self.len + 1) * 2 > self.keys.len() {
                    self.grow();
                } else {
                    self.keys[i] = key;
                    self.sets[i] = set;
                    self.len += 1;
                }
                return set;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the table (rehashing what it holds), or empties it once at [`MEMO_MAX`].
    fn grow(&mut self) {
        let size = self.keys.len() * 2;
        let old_keys = std::mem::take(&mut self.keys);
        let old_sets = std::mem::take(&mut self.sets);
        self.len = 0;
        if size > MEMO_MAX {
            self.keys = vec![[0; 2]; 1 << 12];
            self.sets = vec![0; 1 << 12];
            return;
        }
        self.keys = vec![[0; 2]; size];
        self.sets = vec![0; size];
        let mask = size - 1;
        for (key, set) in old_keys.into_iter().zip(old_sets).filter(|(k, _)| *k != [0, 0]) {
            let hash = (key[0] ^ key[1].rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut i = (hash >> 40) as usize & mask;
            while self.keys[i] != [0, 0] {
                i = (i + 1) & mask;
            }
            self.keys[i] = key;
            self.sets[i] = set;
            self.len += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_masks_and_tokens() {
        let text = "Microsoft’s non-binding MoU_2 (27%) — über-licence; x".repeat(3);
        let bytes = text.as_bytes();
        for chunk in bytes.chunks(64) {
            let (m, _) = word_mask(chunk);
            for (i, &b) in chunk.iter().enumerate() {
                assert_eq!((m >> i) & 1 == 1, is_word(b), "byte {i} of {chunk:?}");
            }
        }
        let mut tokens = Vec::new();
        for_each_token(bytes, |s, e| tokens.push(&text[s..e]));
        let expected: Vec<&str> =
            text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').filter(|t| !t.is_empty()).collect();
        assert_eq!(tokens, expected);
    }

    #[test]
    fn tokens_and_prefixes_are_found_whatever_their_case() {
        let features = vec![
            Feature::Token("exclusive".into()),
            Feature::Prefix("licen".into()),
            Feature::Byte(b'$'),
            Feature::Token("ip".into()),
        ];
        let p = Prefilter::new(features.clone());
        let mut hits = Vec::new();
        let text = "An EXCLUSIVE Licensing deal worth $5: partnership, exclusively, IP.";
        assert!(p.scan(text, &mut hits));
        let (found, _) = p.found_in(&hits, 0..text.len(), true);
        for f in &features {
            let mask = p.mask(std::slice::from_ref(f)).unwrap_or_default();
            assert!(intersects(&mask, &found), "{f:?}");
        }
        // "exclusively" is not the token "exclusive", "partnership" has no token "ip".
        let tail = text.find("partnership").unwrap_or(0)..text.len() - 3;
        let (found, _) = p.found_in(&hits, tail, true);
        let mask = |f: Feature| p.mask(&[f]).unwrap_or_default();
        assert!(!intersects(&mask(Feature::Token("exclusive".into())), &found));
        assert!(!intersects(&mask(Feature::Token("ip".into())), &found));
        // ſ and K fold to ASCII letters under (?i): such a text is not filtered.
        assert!(!p.scan("an excluſive licence", &mut hits));
        assert!(!p.scan("a \u{212a}ey licence", &mut hits));
    }
}
