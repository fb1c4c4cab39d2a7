//! Anchoring: a note's quote → its place in an article's visible text, or a diagnostic that
//! says where the editor probably meant (did-you-mean) or how to pick one of several places.
//!
//! Quotes are matched against [`crate::text::blocks`], the same definition of visible text the
//! renderer uses to place markers, so an anchor found here is always placeable there.

use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use crate::content::annotations::Part;
use crate::text::{self, Block, BlockKind};

/// Where a quote sits: a block and a byte range of its normalised visible text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Anchor {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// Why a quote could not be anchored.
#[derive(Debug, Clone, PartialEq)]
pub enum Miss {
    /// Nowhere; the closest passage, if any is at all close.
    NotFound { closest: Option<Closest> },
    /// In several places; how to pick each.
    Ambiguous { occurrences: Vec<Occurrence> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Closest {
    pub passage: String,
    /// "paragraph 7", "list item 2".
    pub place: String,
    /// 0.0–1.0.
    pub similarity: f64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub place: String,
    /// A few words around the occurrence, for the editor to recognise it.
    pub context: String,
    /// What to add to the note to pick this occurrence: `prefix = "…"` or `suffix = "…"`.
    pub pick: Option<String>,
}

/// The article's text as anchoring sees it: its blocks. Text across blocks (a quote's
/// context) reads as the blocks joined by spaces. Cheap to clone (shared), so an incremental
/// build can keep one per article between builds. One made by [`Doc::later`] is parsed when
/// first read: a build whose stages kept their results for an article never parses it.
#[derive(Debug, Clone)]
pub struct Doc {
    data: Arc<OnceLock<DocData>>,
    /// What a [`Doc::later`] is made from.
    later: Option<Arc<Later>>,
}

/// An article's title, summary and body, and its body's number of blocks.
type Later = (String, Option<String>, crate::content::Body, usize);

#[derive(Debug)]
pub struct DocData {
    pub blocks: Vec<Block>,
}

impl Deref for Doc {
    type Target = DocData;

    fn deref(&self) -> &DocData {
        self.data.get_or_init(|| match &self.later {
            Some(l) => DocData { blocks: article_blocks(&l.0, l.1.as_deref(), &l.2) },
            None => DocData { blocks: Vec::new() },
        })
    }
}

/// An article's blocks: its body's, then its headline and dek.
fn article_blocks(title: &str, summary: Option<&str>, markdown: &str) -> Vec<Block> {
    let mut blocks = text::blocks(markdown);
    let head = text::head_blocks(title, summary, blocks.len());
    blocks.extend(head);
    blocks
}

impl Doc {
    fn of(data: DocData) -> Doc {
        Doc { data: Arc::new(OnceLock::from(data)), later: None }
    }

    pub fn new(markdown: &str) -> Doc {
        Doc::of(DocData { blocks: text::blocks(markdown) })
    }

    /// [`Doc::article`], made when first read; `body_len` is what [`Doc::body_len`] of it says,
    /// known beforehand (the build cache keeps it).
    pub fn later(title: &str, summary: Option<&str>, markdown: crate::content::Body, body_len: usize) -> Doc {
        let data = (title.to_string(), summary.map(str::to_string), markdown, body_len);
        Doc { data: Arc::new(OnceLock::new()), later: Some(Arc::new(data)) }
    }

    /// An article's visible text: its body's blocks, then its headline and dek (numbered after
    /// the body, so the body's numbers stay what the renderer counts), which the checks read
    /// and notes may quote.
    pub fn article(title: &str, summary: Option<&str>, markdown: &str) -> Doc {
        Doc::of(DocData { blocks: article_blocks(title, summary, markdown) })
    }

    /// Whether the doc is a [`Doc::later`]: made from its article only when first read.
    pub fn is_later(&self) -> bool {
        self.later.is_some()
    }

    /// How many blocks the body has: the headline and dek come after them.
    pub fn body_len(&self) -> usize {
        if let Some(l) = &self.later {
            return l.3;
        }
        self.blocks.iter().take_while(|b| !matches!(b.kind, BlockKind::Headline | BlockKind::Dek)).count()
    }

    /// Whether a block is the headline or the dek: a line of its own, never joined to the body
    /// as context.
    pub fn is_head(&self, block: usize) -> bool {
        matches!(self.blocks[block].kind, BlockKind::Headline | BlockKind::Dek)
    }

    /// At least `min` bytes of the text right before byte `at` of `block` (all there is, if
    /// less), continuing into earlier blocks as if they were joined by spaces.
    fn text_before(&self, block: usize, at: usize, min: usize) -> String {
        let mut parts: Vec<&str> = vec![&self.blocks[block].text[..at]];
        let mut len = at;
        let mut b = block;
        while len < min && b > 0 && !self.is_head(b) && !self.is_head(b - 1) {
            b -= 1;
            parts.push(" ");
            parts.push(&self.blocks[b].text);
            len += 1 + self.blocks[b].text.len();
        }
        parts.iter().rev().copied().collect()
    }

    /// At least `min` bytes of the text from byte `at` of `block` on, continuing into later
    /// blocks as if they were joined by spaces.
    fn text_after(&self, block: usize, at: usize, min: usize) -> String {
        let mut out = self.blocks[block].text[at..].to_string();
        let mut b = block + 1;
        while out.len() < min && b < self.blocks.len() && !self.is_head(b) && !self.is_head(b - 1) {
            out.push(' ');
            out.push_str(&self.blocks[b].text);
            b += 1;
        }
        out
    }

    /// "paragraph 7": the block's kind and its rank among blocks of that kind.
    pub fn place(&self, block: usize) -> String {
        let kind = self.blocks[block].kind;
        if matches!(kind, BlockKind::Headline | BlockKind::Dek) {
            return kind_name(kind).to_string();
        }
        let rank = self.blocks[..=block].iter().filter(|b| b.kind == kind).count();
        format!("{} {rank}", kind_name(kind))
    }

    /// The passage an anchor covers.
    pub fn passage(&self, a: Anchor) -> &str {
        &self.blocks[a.block].text[a.start..a.end]
    }

    /// Up to `n` characters of visible text before and after an anchor, across blocks: the
    /// prefix and suffix of a W3C TextQuoteSelector.
    pub fn context(&self, a: Anchor, n: usize) -> (String, String) {
        let before = self.text_before(a.block, a.start, n * 4);
        let before: Vec<char> = before.chars().rev().take(n).collect();
        let after: String = self.text_after(a.block, a.end, n * 4).chars().take(n).collect();
        (before.into_iter().rev().collect(), after)
    }

    /// The sentence around an anchor (the sentences, when the passage spans several), as
    /// [`text::sentences`] splits its block: for listings that quote it.
    pub fn sentence_around(&self, a: Anchor) -> &str {
        let t = &self.blocks[a.block].text;
        let sentences = text::sentences(t);
        let start = sentences.iter().find(|s| a.start < s.end).map_or(0, |s| s.start.min(a.start));
        let end = sentences.iter().rev().find(|s| s.start < a.end).map_or(t.len(), |s| s.end.max(a.end));
        &t[start..end]
    }

    /// Finds a quote, narrowed by prefix and suffix (W3C TextQuoteSelector): the text right
    /// before and after it, across block boundaries.
    pub fn find(&self, quote: &str, prefix: Option<&str>, suffix: Option<&str>) -> Result<Anchor, Miss> {
        self.find_in(None, quote, prefix, suffix)
    }

    /// [`Doc::find`] in one part of the article: the body, the headline or the dek (`None`: the
    /// body first, then the rest).
    pub fn find_in(
        &self,
        part: Option<Part>,
        quote: &str,
        prefix: Option<&str>,
        suffix: Option<&str>,
    ) -> Result<Anchor, Miss> {
        let q = text::normalise(quote);
        if q.is_empty() {
            return Err(Miss::NotFound { closest: None });
        }
        let prefix = prefix.map(text::normalise).filter(|p| !p.is_empty());
        let suffix = suffix.map(text::normalise).filter(|s| !s.is_empty());
        let mut all = self.occurrences(&q);
        match part {
            // The body first: a quote of the headline's words that the body repeats is the
            // body's (`place = "headline"` notes the headline itself).
            None => {
                if all.iter().any(|a| !self.is_head(a.block)) {
                    all.retain(|a| !self.is_head(a.block));
                }
            }
            Some(Part::Body) => all.retain(|a| !self.is_head(a.block)),
            Some(Part::Headline) => all.retain(|a| self.blocks[a.block].kind == BlockKind::Headline),
            Some(Part::Dek) => all.retain(|a| self.blocks[a.block].kind == BlockKind::Dek),
        }
        let picked: Vec<Anchor> = all
            .iter()
            .copied()
            .filter(|a| {
                prefix
                    .as_deref()
                    .is_none_or(|p| self.text_before(a.block, a.start, p.len() + 8).trim_end().ends_with(p))
                    && suffix
                        .as_deref()
                        .is_none_or(|s| self.text_after(a.block, a.end, s.len() + 8).trim_start().starts_with(s))
            })
            .collect();
        match picked.as_slice() {
            [one] => Ok(*one),
            [] if all.is_empty() => Err(Miss::NotFound { closest: self.closest(&q) }),
            [] => Err(Miss::Ambiguous { occurrences: self.describe(&all) }),
            many => Err(Miss::Ambiguous { occurrences: self.describe(many) }),
        }
    }

    /// Every place `q` occurs inside one block (a passage never spans blocks). One searcher
    /// for all blocks: setting one up per block cost more than the search.
    fn occurrences(&self, q: &str) -> Vec<Anchor> {
        let finder = memchr::memmem::Finder::new(q.as_bytes());
        let mut out = Vec::new();
        for (block, b) in self.blocks.iter().enumerate() {
            let mut from = 0;
            while let Some(pos) = finder.find(&b.text.as_bytes()[from..]) {
                let start = from + pos;
                out.push(Anchor { block, start, end: start + q.len() });
                from = start + b.text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out
    }

    /// For each occurrence, the shortest run of words before (or after) it that no other
    /// occurrence shares.
    fn describe(&self, occ: &[Anchor]) -> Vec<Occurrence> {
        // Up to eight words on each side of each occurrence, across blocks.
        let around: Vec<(String, String)> = occ
            .iter()
            .map(|a| {
                let before = self.text_before(a.block, a.start, 512);
                let after = self.text_after(a.block, a.end, 512);
                (before.trim_end().to_string(), after.trim_start().to_string())
            })
            .collect();
        // Up to eight words, or sixteen where Chinese or Japanese characters count as words.
        let unspaced = around.iter().any(|(b, a)| b.chars().chain(a.chars()).any(crate::lang::is_unspaced));
        let limit = if unspaced { 16 } else { 8 };
        let words_before = |k: usize, n: usize| last_words(&around[k].0, n);
        let words_after = |k: usize, n: usize| first_words(&around[k].1, n);
        occ.iter()
            .enumerate()
            .map(|(k, a)| {
                let mut pick = None;
                for n in 1..=limit {
                    let p = words_before(k, n);
                    if !p.is_empty() && (0..occ.len()).filter(|&o| words_before(o, n) == p).count() == 1 {
                        pick = Some(format!("prefix = \"{p}\""));
                        break;
                    }
                    let s = words_after(k, n);
                    if !s.is_empty() && (0..occ.len()).filter(|&o| words_after(o, n) == s).count() == 1 {
                        pick = Some(format!("suffix = \"{s}\""));
                        break;
                    }
                }
                let (before, after) = self.context(*a, 30);
                let before =
                    before.split_once(' ').filter(|_| before.chars().count() == 30).map_or(before.as_str(), |x| x.1);
                let after =
                    after.rsplit_once(' ').filter(|_| after.chars().count() == 30).map_or(after.as_str(), |x| x.0);
                let context = format!("…{before}[{}]{after}…", self.passage(*a));
                Occurrence { place: self.place(a.block), context, pick }
            })
            .collect()
    }

    /// The passage most like `q`: a window of q's length at each word start of the blocks that
    /// share most of q's words, compared by normalised Levenshtein similarity, character by
    /// character. In Chinese and Japanese, where no space marks a word, each character is a word
    /// and a window may start at any of them.
    fn closest(&self, q: &str) -> Option<Closest> {
        // A suggestion costs a comparison per window, each quadratic in the quote's length: a
        // quote longer than a long sentence or two gets none (before even ranking the blocks by
        // its words), and the search stops at a budget, so a 100 KB quote or an 8 MB article
        // answers in milliseconds, not seconds.
        if q.chars().count() > MAX_SUGGESTED_QUOTE {
            return None;
        }
        let q_words: Vec<&str> = units(q).into_iter().map(|r| &q[r]).collect();
        let mut ranked: Vec<(usize, usize)> = self
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (q_words.iter().filter(|w| b.text.contains(**w)).count(), i))
            .filter(|(shared, _)| *shared > 0)
            .collect();
        if ranked.is_empty() {
            // No word in common (a typo in a one-word quote): look everywhere.
            ranked = (0..self.blocks.len()).map(|i| (0, i)).collect();
        }
        // An article with no text block (empty, or only code or images) has nothing to suggest.
        let wide = ranked.first()?.0 == 0;
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let q_chars: Vec<char> = q.chars().collect();
        let mut budget: usize = SUGGESTION_BUDGET;
        let mut best: Option<(f64, usize, usize, usize)> = None;
        'blocks: for &(_, i) in ranked.iter().take(if wide { 64 } else { 4 }) {
            let chars: Vec<char> = self.blocks[i].text.chars().collect();
            for start in 0..chars.len() {
                let word_start = start == 0
                    || chars[start - 1] == ' '
                    || crate::lang::is_unspaced(chars[start])
                    || crate::lang::is_unspaced(chars[start - 1]);
                if !word_start {
                    continue;
                }
                let end = (start + q_chars.len()).min(chars.len());
                let cost = q_chars.len().max(1) * (end - start).max(1);
                if cost > budget {
                    break 'blocks;
                }
                budget -= cost;
                let window: String = chars[start..end].iter().collect();
                let sim = strsim::normalized_levenshtein(q, &window);
                if best.as_ref().is_none_or(|b| sim > b.0) {
                    best = Some((sim, i, start, end));
                }
            }
        }
        let best = best.map(|(sim, i, start, end)| {
            // Shown to the editor whole: the window ends where the quote's length does, maybe
            // inside a word; the passage runs on to that word's end.
            let chars: Vec<char> = self.blocks[i].text.chars().collect();
            let mut end = end;
            while end < chars.len()
                && end > start
                && chars[end].is_alphanumeric()
                && chars[end - 1].is_alphanumeric()
                && !crate::lang::is_unspaced(chars[end])
                && !crate::lang::is_unspaced(chars[end - 1])
            {
                end += 1;
            }
            (sim, i, chars[start..end].iter().collect::<String>())
        });
        best.filter(|b| b.0 >= 0.4).map(|(similarity, i, passage)| Closest {
            passage: passage.trim().to_string(),
            place: self.place(i),
            similarity,
        })
    }
}

/// The longest quote (in characters) that gets a did-you-mean when it is not found.
pub const MAX_SUGGESTED_QUOTE: usize = 2_000;
/// Character comparisons one did-you-mean may spend (well under a second in any build).
const SUGGESTION_BUDGET: usize = 20_000_000;

fn kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Paragraph => "paragraph",
        BlockKind::Heading => "heading",
        BlockKind::ListItem => "list item",
        BlockKind::TableCell => "table cell",
        BlockKind::Headline => "headline",
        BlockKind::Dek => "dek",
    }
}

/// The last `n` words of `s` (words as [`units`] counts them), as written.
fn last_words(s: &str, n: usize) -> String {
    let units = units(s);
    let Some(first) = units.len().checked_sub(n.min(units.len())).and_then(|k| units.get(k)) else {
        return String::new();
    };
    s[first.start..].trim_end().to_string()
}

/// The first `n` words of `s`, as written.
fn first_words(s: &str, n: usize) -> String {
    let units = units(s);
    units
        .get(n.min(units.len()).saturating_sub(1))
        .map_or_else(String::new, |last| s[..last.end].trim_start().to_string())
}

/// The words of normalised visible text as byte ranges: runs between spaces, except that each
/// Chinese or Japanese character is a word of its own (those scripts put no space between
/// words).
fn units(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c == ' ' || crate::lang::is_unspaced(c) {
            if let Some(st) = start.take() {
                out.push(st..i);
            }
            if c != ' ' {
                out.push(i..i + c.len_utf8());
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(st..s.len());
    }
    out
}

/// The message for a quote that was not anchored, with the did-you-mean or the picks.
pub fn describe_miss(miss: &Miss, article: &str) -> (String, String) {
    match miss {
        Miss::NotFound { closest: Some(c) } => (
            format!("the quote is not in {article}"),
            format!("did you mean '{}' ({}, {:.0}% similar)?", c.passage, c.place, c.similarity * 100.0),
        ),
        Miss::NotFound { closest: None } => (
            format!("the quote is not in {article}, nor anything like it"),
            "copy the passage from the article as the reader sees it".to_string(),
        ),
        Miss::Ambiguous { occurrences } => {
            let list = occurrences
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let pick = o.pick.as_deref().unwrap_or("(no short prefix or suffix tells it apart)");
                    format!("\n    {}. {}: {}  → add {pick}", i + 1, o.place, o.context)
                })
                .collect::<String>();
            (
                format!("the quote is in {article} {} times", occurrences.len()),
                format!("say which with prefix or suffix:{list}"),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Deal *news*\n\nMicrosoft remains the **primary** cloud\npartner. It said the deal is done.\n\n- The deal is done.\n- Revenue share ends in 2030.\n\n> The deal is done, said a source.\n\n| Term | Value |\n|---|---|\n| Licence | through 2032 |\n";

    fn doc() -> Doc {
        Doc::new(MD)
    }

    #[test]
    fn anchors_across_emphasis_and_line_breaks() {
        let d = doc();
        let a = d.find("remains the primary cloud partner", None, None).expect("found");
        assert_eq!(d.place(a.block), "paragraph 1");
        assert_eq!(d.passage(a), "remains the primary cloud partner");
        let a = d.find("Deal news", None, None).expect("heading");
        assert_eq!(d.place(a.block), "heading 1");
    }

    #[test]
    fn anchors_in_list_items_table_cells_and_block_quotes() {
        let d = doc();
        assert_eq!(d.place(d.find("Revenue share ends", None, None).expect("item").block), "list item 2");
        assert_eq!(d.place(d.find("through 2032", None, None).expect("cell").block), "table cell 4");
        assert_eq!(d.place(d.find("said a source", None, None).expect("quote").block), "paragraph 2");
    }

    #[test]
    fn a_quote_with_several_occurrences_lists_them_with_picks() {
        let d = doc();
        let Err(Miss::Ambiguous { occurrences }) = d.find("The deal is done", None, None) else {
            panic!("expected ambiguity")
        };
        // Case-sensitive: "the deal is done" in paragraph 1 is not an occurrence.
        assert_eq!(occurrences.len(), 2);
        assert_eq!(occurrences[0].place, "list item 1");
        assert_eq!(occurrences[1].place, "paragraph 2");
        assert_eq!(occurrences[0].pick.as_deref(), Some("prefix = \"done.\""));
        assert_eq!(occurrences[1].pick.as_deref(), Some("prefix = \"2030.\""));
        let picked = d.find("The deal is done", None, Some(", said")).expect("suffix picks one");
        assert_eq!(d.place(picked.block), "paragraph 2");
        let picked = d.find("The deal is done", Some("deal is done."), None).expect("prefix picks one");
        assert_eq!(d.place(picked.block), "list item 1");
    }

    #[test]
    fn a_missing_quote_gets_the_closest_passage() {
        let d = doc();
        let Err(Miss::NotFound { closest: Some(c) }) = d.find("Revenue share end in 2030", None, None) else {
            panic!("expected not found")
        };
        assert_eq!(c.place, "list item 2");
        assert!(c.passage.starts_with("Revenue share ends in 203"), "{}", c.passage);
        assert!(c.similarity > 0.9, "{}", c.similarity);
        let (msg, help) = describe_miss(&Miss::NotFound { closest: Some(c) }, "a.md");
        assert_eq!(msg, "the quote is not in a.md");
        assert!(help.starts_with("did you mean 'Revenue share ends in 203"), "{help}");
        assert!(help.contains("(list item 2, 92% similar)"), "{help}");
    }

    const ZH: &str = "# 微软与OpenAI修改协议\n\n双方周一宣布修改合作协议。根据新协议，微软的授权将持续到2032年，微软仍有独家授权。但分析人士指出，OpenAI也有独家授权。\n\n收入分成将在2030年结束。\n";

    #[test]
    fn a_chinese_quote_anchors_and_its_sentence_ends_at_a_full_width_stop() {
        let d = Doc::new(ZH);
        let a = d.find("微软的授权将持续到2032年", None, None).expect("found");
        assert_eq!(d.place(a.block), "paragraph 1");
        assert_eq!(d.passage(a), "微软的授权将持续到2032年");
        assert_eq!(d.sentence_around(a), "根据新协议，微软的授权将持续到2032年，微软仍有独家授权。");
        let a = d.find("收入分成", None, None).expect("found");
        assert_eq!(d.sentence_around(a), "收入分成将在2030年结束。");
    }

    /// A near miss in Chinese gets a did-you-mean found character by character, from the middle
    /// of a paragraph that has no space to start a window at.
    #[test]
    fn a_chinese_near_miss_gets_the_closest_passage() {
        let d = Doc::new(ZH);
        let Err(Miss::NotFound { closest: Some(c) }) = d.find("微软的授权将持续到2030年", None, None) else {
            panic!("expected not found")
        };
        assert_eq!(c.passage, "微软的授权将持续到2032年");
        assert_eq!(c.place, "paragraph 1");
        assert!(c.similarity > 0.9, "{}", c.similarity);
        let Err(Miss::NotFound { closest: Some(c) }) = d.find("收入分成将于2030年结束", None, None) else {
            panic!("expected not found")
        };
        assert_eq!((c.passage.as_str(), c.place.as_str()), ("收入分成将在2030年结束", "paragraph 2"));
    }

    #[test]
    fn a_chinese_quote_found_twice_is_told_apart_by_characters() {
        let d = Doc::new(ZH);
        let Err(Miss::Ambiguous { occurrences }) = d.find("独家授权", None, None) else {
            panic!("expected ambiguity")
        };
        let picks: Vec<Option<&str>> = occurrences.iter().map(|o| o.pick.as_deref()).collect();
        assert_eq!(picks, [Some("prefix = \"仍有\""), Some("prefix = \"也有\"")]);
        assert!(occurrences[0].context.contains("[独家授权]"), "{}", occurrences[0].context);
        let picked = d.find("独家授权", Some("也有"), None).expect("the prefix picks one");
        assert_eq!(d.sentence_around(picked), "但分析人士指出，OpenAI也有独家授权。");
    }

    #[test]
    fn words_of_mixed_text() {
        let s = "to 2032年 微软 OpenAI";
        let words: Vec<&str> = units(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(words, ["to", "2032", "年", "微", "软", "OpenAI"]);
        assert_eq!(last_words("分析人士指出，OpenAI也有", 2), "也有");
        assert_eq!(first_words("。但分析", 2), "。但");
        assert_eq!(last_words("the deal is done.", 2), "is done.");
        assert_eq!(first_words(", said a source", 2), ", said");
    }

    /// Issue 15, defect 12: an article whose body has no text block (empty, or only a code
    /// block or an image) plus a note on it panicked (`ranked[0]` on an empty list).
    #[test]
    fn defect_12_a_quote_in_an_article_without_text_blocks_is_not_found_without_a_panic() {
        for body in ["", "```\ncode only\n```\n", "![an image](a.png)\n", "    indented code\n"] {
            let doc = Doc::new(body);
            assert!(matches!(doc.find("the quote", None, None), Err(Miss::NotFound { closest: None })), "{body:?}");
        }
    }

    /// Issue 15, defect 14: a 100 KB quote that is not found took 4.7 s (did-you-mean cost per
    /// character), and a long article's search had no bound.
    #[test]
    fn defect_14_a_did_you_mean_is_bounded_for_huge_quotes_and_articles() {
        let article =
            "Microsoft keeps a licence to the models through 2032 and more words follow here. ".repeat(20_000);
        let doc = Doc::new(&article);
        let quote = "x".repeat(100_000);
        let t = std::time::Instant::now();
        assert!(doc.find(&quote, None, None).is_err());
        assert!(t.elapsed() < std::time::Duration::from_secs(2), "a 100 KB quote took {:?}", t.elapsed());
        // A long near miss in a long article: the search stops at its budget.
        let doc = Doc::new(&article[..article.len() / 10]);
        let near = "Microsoft keeps a licence to the modles through 2032 and more words follow here, ".repeat(20);
        let t = std::time::Instant::now();
        assert!(doc.find(&near, None, None).is_err());
        assert!(t.elapsed() < std::time::Duration::from_secs(3), "took {:?}", t.elapsed());
    }

    /// Issue 15, defect 16: the did-you-mean passage was cut mid-word.
    #[test]
    fn defect_16_the_did_you_mean_passage_ends_at_a_word_end() {
        let doc = Doc::new("Microsoft will continue to have a license to OpenAI IP for models through 2032.\n");
        let Err(Miss::NotFound { closest: Some(c) }) = doc.find("have a licence to OpenAI IP for mod", None, None)
        else {
            panic!("no suggestion");
        };
        assert!(c.passage.ends_with("models"), "{}", c.passage);
    }

    #[test]
    fn nothing_alike_gets_no_suggestion() {
        assert_eq!(doc().find("zzzz qqqq", None, None), Err(Miss::NotFound { closest: None }));
    }

    #[test]
    fn sentence_around_an_anchor() {
        let d = doc();
        let a = d.find("the deal is done", None, None).expect("found");
        assert_eq!(d.sentence_around(a), "It said the deal is done.");
    }

    /// The full stops of "U.S." and "$13.5" end no sentence (they did, with a splitter of its own).
    #[test]
    fn sentence_around_keeps_abbreviations_and_decimals_whole() {
        let d = Doc::new("Intro. The U.S. deal is worth $13.5 billion to them. Next one.\n");
        let a = d.find("worth $13.5 billion", None, None).expect("found");
        assert_eq!(d.sentence_around(a), "The U.S. deal is worth $13.5 billion to them.");
        let a = d.find("them. Next", None, None).expect("found");
        assert_eq!(d.sentence_around(a), "The U.S. deal is worth $13.5 billion to them. Next one.");
    }
}
