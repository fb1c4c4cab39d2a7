//! Which of the claims' patterns a one-shot build's articles can reach, told from the patterns'
//! text before any is parsed.
//!
//! Parsing the claims' 760 English patterns and compiling their index were a quarter of the
//! seed digest's build, yet most patterns can match no clause of its five articles: a pattern
//! needs every word it writes outside brackets, one alternative of each `( )` and one phrase of
//! each `{vocabulary}`, and a clause holds only its block's words (and the few the reader puts
//! in: [`super::read::READER_WORDS`], the parties' names). [`Reach`] keeps, per word of the
//! articles, the blocks that hold it, and [`Reach::reaches`] reads a pattern's source as the
//! parser would, as far as that requirement goes, and says whether some block holds all of it.
//! Whatever it does not read for sure (a word with `*`, a hyphen or an apostrophe, another
//! script, a slot, a mistake) it takes as held: a pattern it says no block reaches is one whose
//! [`super::phrase::Phrase::admits`] no clause of these blocks would pass, so leaving it
//! unparsed changes no finding. The checks of a build that reach no pattern are those of the
//! same rules read in full (the tests compare them on every evaluation set).

use std::collections::HashMap;
use std::sync::Mutex;

use super::phrase::Vocab;
use super::token::{Kind, WORD_HASH_START, tokenize_all, word_hash, word_hash_step};

/// How many groups of blocks a reach tells apart: a word's blocks are a bit set of this many
/// bits, so that a pattern's requirement is a few word-wide ANDs and ORs. A larger digest's
/// blocks share groups (still sound, coarser: its articles reach most patterns anyway).
const GROUPS: usize = 256;
const WORDS: usize = GROUPS / 64;

/// The text a reach is made of at most: tokenizing the articles once more is cheap beside
/// parsing the rules for a small digest, not for a large one, whose articles reach nearly every
/// pattern anyway: past this, every pattern is parsed, as before.
pub const MAX_TEXT: usize = 512 * 1024;

/// Groups of blocks, as bits.
type Bits = [u64; WORDS];

const NONE: Bits = [0; WORDS];

/// Per word of some articles' blocks (its [`word_hash`]), the groups of blocks holding it.
#[derive(Debug, Default)]
pub struct Reach {
    words: HashMap<u64, Bits, foldhash::fast::FixedState>,
    /// Every group with a block: what a requirement not read for sure leaves possible.
    all: Bits,
    /// Groups whose blocks any word may be in (a Korean word's start matches an exact pattern
    /// word): added to every word's.
    any: Bits,
    /// Per vocabulary, the groups some phrase of it can be in, once worked out.
    vocabs: Mutex<HashMap<String, Bits, foldhash::fast::FixedState>>,
}

fn or(a: &Bits, b: &Bits) -> Bits {
    std::array::from_fn(|i| a[i] | b[i])
}

fn and(a: &Bits, b: &Bits) -> Bits {
    std::array::from_fn(|i| a[i] & b[i])
}

impl Reach {
    /// The reach of `blocks` (each block's text), where the reader also puts `extra` words in
    /// any clause; `None` when they are more text than [`MAX_TEXT`].
    pub fn of(blocks: &[&str], extra: impl IntoIterator<Item = String>) -> Option<Reach> {
        if blocks.iter().map(|b| b.len()).sum::<usize>() > MAX_TEXT {
            return None;
        }
        let mut reach = Reach::default();
        for (i, text) in blocks.iter().enumerate() {
            let g = i * GROUPS / blocks.len().max(1);
            let bit = |b: &mut Bits| b[g / 64] |= 1 << (g % 64);
            bit(&mut reach.all);
            for t in tokenize_all(text) {
                if t.kind == Kind::Hangul {
                    bit(&mut reach.any);
                }
                bit(reach.words.entry(t.hash).or_default());
            }
        }
        // The reader's words may be in any clause.
        for w in extra {
            reach.words.insert(word_hash(&w), reach.all);
        }
        Some(reach)
    }

    /// Whether some block can hold what `pattern` (its parts joined by ` & `) needs.
    pub fn reaches(&self, pattern: &str, vocab: &Vocab) -> bool {
        let mut need = self.all;
        for part in pattern.split(" & ") {
            need = and(&need, &self.seq(part.as_bytes(), vocab, &mut Vec::new()));
        }
        need != NONE
    }

    /// The groups holding `word`'s exact token (a Korean word's start may be any word).
    fn word(&self, word: &[u8]) -> Bits {
        let h = word.iter().fold(WORD_HASH_START, |h, b| word_hash_step(h, b.to_ascii_lowercase()));
        self.words.get(&h).map_or(self.any, |b| or(b, &self.any))
    }

    /// The groups where a sequence can match: those holding each word it needs for sure. Read
    /// as bytes: every mark of the pattern syntax is ASCII, and a word with other bytes is
    /// not read for sure.
    fn seq<'v>(&self, src: &[u8], vocab: &'v Vocab, expanding: &mut Vec<&'v str>) -> Bits {
        let mut at = self.all;
        let mut i = 0;
        while i < src.len() {
            match src[i] {
                b' ' => i += 1,
                c @ (b'(' | b'[') => {
                    // The brackets' end, and their alternatives (split at depth one).
                    let mut depth = 0usize;
                    let mut any = NONE;
                    let mut from = i + 1;
                    let mut end = None;
                    for (j, &b) in src.iter().enumerate().skip(i) {
                        match b {
                            b'(' | b'[' => depth += 1,
                            b')' | b']' | b'|' if depth == 1 => {
                                if c == b'(' {
                                    any = or(&any, &self.seq(&src[from..j], vocab, expanding));
                                }
                                from = j + 1;
                                if b != b'|' {
                                    end = Some(j);
                                    break;
                                }
                            }
                            b')' | b']' => depth -= 1,
                            _ => {}
                        }
                    }
                    // Not closed: the parser's mistake to report.
                    let Some(end) = end else { return self.all };
                    if c == b'(' {
                        at = and(&at, &any);
                    }
                    i = end + 1;
                }
                b'{' => {
                    let Some(close) = src[i..].iter().position(|&b| b == b'}') else { return self.all };
                    let name = std::str::from_utf8(&src[i + 1..i + close]).unwrap_or_default();
                    i += close + 1;
                    // One worked out already (most are, of the hundreds of patterns naming a few
                    // dozen vocabularies): not looked up in the vocabularies again.
                    if let Some(b) = self.worked_out(name) {
                        at = and(&at, &b);
                        continue;
                    }
                    // A slot, or a vocabulary unknown or naming itself: nothing sure.
                    if let Some((name, phrases)) = vocab.get_key_value(name)
                        && !expanding.contains(&name.as_str())
                    {
                        at = and(&at, &self.vocab(name, phrases, vocab, expanding));
                    }
                }
                b')' | b']' | b'|' => return self.all,
                _ => {
                    let end = src[i..]
                        .iter()
                        .position(|b| matches!(b, b' ' | b'(' | b')' | b'[' | b']' | b'|' | b'{'))
                        .map_or(src.len(), |n| i + n);
                    let word = &src[i..end];
                    i = end;
                    // A plain word of ASCII letters is the one exact token the parser makes of
                    // it (`..` and `...`, gaps, are not letters).
                    if word.iter().all(u8::is_ascii_alphabetic) {
                        at = and(&at, &self.word(word));
                    }
                }
            }
        }
        at
    }

    /// The groups where some phrase of the vocabulary `name` can match, worked out once. One
    /// worked out inside another's expansion may read a cycle as "anything": wider, still
    /// sound, and a vocabulary that names itself is the parser's mistake to report anyway.
    fn vocab<'v>(&self, name: &'v str, phrases: &'v [String], vocab: &'v Vocab, expanding: &mut Vec<&'v str>) -> Bits {
        if let Some(b) = self.worked_out(name) {
            return b;
        }
        expanding.push(name);
        let mut any = NONE;
        for p in phrases {
            any = or(&any, &self.seq(p.as_bytes(), vocab, expanding));
        }
        expanding.pop();
        self.vocabs.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(name.to_string(), any);
        any
    }

    /// The groups of the vocabulary `name`, if worked out yet.
    fn worked_out(&self, name: &str) -> Option<Bits> {
        self.vocabs.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(name).copied()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;
    use rayon::prelude::*;

    use crate::anchor::Doc;
    use crate::checks::{self, Block, Checker, Languages};
    use crate::content::terms;

    /// A reach leaves unparsed only patterns no clause of its blocks can reach: the checks of
    /// every evaluation sentence (64 at a time, each its own block), of every evaluation article
    /// and of this digest's articles find, with the rules read for their reach, exactly what
    /// they find with the rules read in full.
    #[test]
    fn a_reach_changes_no_finding() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join(terms::FILE)).expect("this digest's terms.toml");
        let terms = terms::parse(&text, Path::new(terms::FILE)).expect("they parse");
        let full = Checker::new(&terms).expect("they compile");
        let stage = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
        let eval = root.join("tests/fixtures/eval");
        // The sets' sentences, each as an article of one block, in the set's language.
        let mut docs: Vec<Vec<(Doc, Option<String>)>> = Vec::new();
        for entry in std::fs::read_dir(&eval).expect("the evaluation sets").flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let set: toml::Value = toml::from_str(&std::fs::read_to_string(&path).expect("reads")).expect("TOML");
            let lang = set.get("lang").and_then(|l| l.as_str()).map(str::to_string);
            let cases = set.get("case").and_then(|c| c.as_array()).cloned().unwrap_or_default();
            let texts: Vec<&str> = cases.iter().filter_map(|c| c.get("text")?.as_str()).collect();
            for chunk in texts.chunks(64) {
                docs.push(chunk.iter().map(|t| (Doc::article(t, None, ""), lang.clone())).collect());
            }
        }
        // The articles, each on its own.
        for dir in [eval.join("articles"), root.join("content/articles")] {
            for entry in std::fs::read_dir(&dir).expect("articles").flatten() {
                let path = entry.path();
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                let Ok(article) = crate::content::parse_article(&text, &path) else { continue };
                let doc = Doc::article(&article.title, article.summary.as_deref(), &article.body);
                docs.push(vec![(doc, article.lang.clone())]);
            }
        }
        assert!(docs.len() > 200, "the sets and articles are read ({})", docs.len());
        let unparsed: usize = docs
            .par_iter()
            .map(|group| {
                let only: Vec<Doc> = group.iter().map(|(d, _)| d.clone()).collect();
                let reach = checks::reach_of(&only, &terms).expect("a small text");
                let reached = Checker::reaching(&terms, &Languages::Every, Some(&reach)).expect("they compile");
                for (doc, lang) in group {
                    let blocks: Vec<Block> = checks::check_blocks_of(doc);
                    let lang = lang.as_deref();
                    assert_eq!(
                        checks::check_blocks(&reached, &terms, &blocks, stage, lang),
                        checks::check_blocks(&full, &terms, &blocks, stage, lang),
                        "{:?}",
                        doc.blocks.iter().map(|b| &b.text).collect::<Vec<_>>()
                    );
                }
                reached.claims.iter().flat_map(|c| &c.patterns).filter(|p| p.phrase.is_none()).count()
            })
            .sum();
        assert!(unparsed > 100 * docs.len(), "most patterns are left unparsed ({unparsed})");
    }
}
