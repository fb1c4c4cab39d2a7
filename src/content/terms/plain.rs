//! A reader of the few TOML forms a terms file's `[[phrasing]]`, `[[words]]` and `[[claim]]`
//! tables are written in, for the pieces of the file that [`super::parse_raw`] cuts out.
//!
//! The toml crate builds a whole document tree, then serde walks it: about 70 instructions a
//! byte, most of a small digest's load. These tables are plain (headers, keys, strings, booleans,
//! arrays of strings, one-line tables of strings), so this reader makes the same values, with the
//! same spans, straight from the bytes. It reads only what it is sure of: anything else (an
//! escape, a literal or multi-line string, a dotted key, a number, an unknown or repeated key, a
//! missing field, a control character) returns `None`, and the toml crate reads the file, with
//! its own errors.

use std::collections::BTreeMap;

use super::{ClaimSpec, PhrasingSpec, RawTail, WordsSpec};

/// The piece's tables, as `toml::from_str::<RawTail>` reads them, or `None` when not sure.
pub(super) fn read(text: &str) -> Option<RawTail> {
    let mut r = Reader { text, s: text.as_bytes(), i: 0 };
    read_tail(&mut r)
}

/// [`read`], from the reader's place to the end of its bytes.
fn read_tail(r: &mut Reader) -> Option<RawTail> {
    let mut tail = RawTail { phrasing: Vec::new(), words: Vec::new() };
    let mut section = Section::Top;
    // The phrasings' fields, in the order of `tail.phrasing`, until each is complete.
    let mut phrasings: Vec<Fields> = Vec::new();
    let mut words: Vec<Fields> = Vec::new();
    loop {
        r.skip_blank();
        let Some(b) = r.peek() else { break };
        match b {
            b'\n' | b'\r' | b'#' => r.end_of_line()?,
            b'[' => {
                section = match r.header()? {
                    Header::Phrasing => {
                        phrasings.push(Fields::default());
                        Section::Phrasing
                    }
                    Header::Values if section == Section::Phrasing => Section::Values,
                    Header::Words => {
                        words.push(Fields::default());
                        Section::Words
                    }
                    Header::Values => return None,
                };
                r.end_of_line()?;
            }
            _ => {
                let key = r.key_eq()?;
                match section {
                    Section::Top => return None,
                    Section::Phrasing | Section::Words => {
                        let fields = if section == Section::Words { words.last_mut() } else { phrasings.last_mut() }?;
                        fields.set(key, r, section == Section::Words)?;
                    }
                    Section::Values => {
                        let values = &mut phrasings.last_mut()?.values;
                        let list = r.strings()?;
                        if values.insert(key.to_string(), list).is_some() {
                            return None;
                        }
                    }
                }
                r.end_of_line()?;
            }
        }
    }
    for f in phrasings {
        tail.phrasing.push(PhrasingSpec {
            claim: f.name?,
            lang: f.lang?,
            patterns: f.patterns.unwrap_or_default(),
            values: f.values,
            unless: f.unless.unwrap_or_default(),
        });
    }
    for f in words {
        let phrases = f.patterns?.into_iter().map(toml::Spanned::into_inner).collect();
        tail.words.push(WordsSpec { vocab: f.name?, lang: f.lang?, phrases });
    }
    Some(tail)
}

/// The `[[claim]]` tables (each with its `[claim.values]`) in `text[range]`, as the toml crate
/// reads them within the whole file (spans are the file's), or `None` when not sure.
pub(super) fn claims(text: &str, range: std::ops::Range<usize>) -> Option<Vec<ClaimSpec>> {
    let mut r = Reader { text, s: text.as_bytes().get(..range.end)?, i: range.start };
    let mut claims: Vec<Claim> = Vec::new();
    // Whether the keys read belong to the last claim's `[claim.values]`.
    let mut in_values = false;
    loop {
        r.skip_blank();
        let Some(b) = r.peek() else { break };
        match b {
            b'\n' | b'\r' | b'#' => r.end_of_line()?,
            b'[' => {
                let rest = &r.s[r.i..];
                if rest.starts_with(b"[[claim]]") {
                    r.i += 9;
                    claims.push(Claim::default());
                    in_values = false;
                } else if rest.starts_with(b"[claim.values]") {
                    let claim = claims.last_mut()?;
                    if in_values || claim.values.is_some() {
                        return None;
                    }
                    claim.values = Some((r.i..r.i + 14, BTreeMap::new()));
                    r.i += 14;
                    in_values = true;
                } else {
                    return None;
                }
                r.end_of_line()?;
            }
            _ => {
                let key = r.key_eq()?;
                let claim = claims.last_mut()?;
                if in_values {
                    let list = r.strings()?;
                    if claim.values.as_mut()?.1.insert(key.to_string(), list).is_some() {
                        return None;
                    }
                } else {
                    claim.set(key, &mut r)?;
                }
                r.end_of_line()?;
            }
        }
    }
    claims.into_iter().map(Claim::spec).collect()
}

/// Value names and the patterns that read them (a `[claim.values]` or `[phrasing.values]` table).
type Lists = BTreeMap<String, Vec<toml::Spanned<String>>>;

/// A claim's fields as read, each once.
#[derive(Default)]
struct Claim {
    id: Option<toml::Spanned<String>>,
    title: Option<String>,
    kind: Option<toml::Spanned<String>>,
    patterns: Option<Vec<toml::Spanned<String>>>,
    /// The `[claim.values]` header's span (the toml crate's span of the table) and its lists.
    values: Option<(std::ops::Range<usize>, Lists)>,
    unless: Option<Vec<toml::Spanned<String>>>,
    history: Option<bool>,
    plan: Option<bool>,
    negated: Option<BTreeMap<String, toml::Spanned<String>>>,
    about: Option<Vec<toml::Spanned<String>>>,
    events: Option<toml::Spanned<Vec<String>>>,
    latest: Option<bool>,
    introduced: Option<bool>,
    comment: Option<String>,
}

/// Sets a field read once: `None` when it was set before.
fn once<T>(field: &mut Option<T>, value: Option<T>) -> Option<()> {
    if field.is_some() {
        return None;
    }
    *field = Some(value?);
    Some(())
}

impl Claim {
    fn set(&mut self, key: &str, r: &mut Reader) -> Option<()> {
        match key {
            "id" => once(&mut self.id, r.string()),
            "title" => once(&mut self.title, r.string().map(toml::Spanned::into_inner)),
            "kind" => once(&mut self.kind, r.string()),
            "patterns" => once(&mut self.patterns, r.strings()),
            "unless" => once(&mut self.unless, r.strings()),
            "history" => once(&mut self.history, r.boolean()),
            "plan" => once(&mut self.plan, r.boolean()),
            "negated" => once(&mut self.negated, r.table()),
            "about" => once(&mut self.about, r.strings()),
            "events" => {
                let start = r.i;
                let list = r.strings().map(|l| l.into_iter().map(toml::Spanned::into_inner).collect());
                once(&mut self.events, list.map(|l| toml::Spanned::new(start..r.i, l)))
            }
            "latest" => once(&mut self.latest, r.boolean()),
            "introduced" => once(&mut self.introduced, r.boolean()),
            "comment" => once(&mut self.comment, r.string().map(toml::Spanned::into_inner)),
            _ => None,
        }
    }

    /// The claim as `ClaimSpec`'s serde defaults complete it; `None` without an id or kind.
    fn spec(self) -> Option<ClaimSpec> {
        Some(ClaimSpec {
            id: self.id?,
            title: self.title,
            kind: self.kind?,
            patterns: self.patterns,
            values: self.values.map(|(span, map)| toml::Spanned::new(span, map)),
            unless: self.unless.unwrap_or_default(),
            history: self.history.unwrap_or_default(),
            plan: self.plan.unwrap_or_default(),
            negated: self.negated.unwrap_or_default(),
            about: self.about.unwrap_or_default(),
            events: self.events,
            latest: self.latest.unwrap_or_default(),
            introduced: self.introduced.unwrap_or_default(),
            comment: self.comment,
        })
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    /// Before the first header: `RawTail` has no plain keys of its own that a piece may set.
    Top,
    Phrasing,
    /// A `[phrasing.values]` table right after its `[[phrasing]]`'s keys.
    Values,
    Words,
}

enum Header {
    Phrasing,
    Values,
    Words,
}

/// One table's fields as read: a phrasing's `claim` (or a words table's `vocab`) in `name`,
/// its `patterns` (or `phrases`) in `patterns`.
#[derive(Default)]
struct Fields {
    name: Option<toml::Spanned<String>>,
    lang: Option<toml::Spanned<String>>,
    patterns: Option<Vec<toml::Spanned<String>>>,
    unless: Option<Vec<toml::Spanned<String>>>,
    values: Lists,
}

impl Fields {
    /// Reads `key`'s value into its field; `None` for a key the table does not have, or one
    /// set twice.
    fn set(&mut self, key: &str, r: &mut Reader, words: bool) -> Option<()> {
        let (one, list) = match (key, words) {
            ("claim", false) | ("vocab", true) => (Some(&mut self.name), None),
            ("lang", _) => (Some(&mut self.lang), None),
            ("patterns", false) | ("phrases", true) => (None, Some(&mut self.patterns)),
            ("unless", false) => (None, Some(&mut self.unless)),
            _ => return None,
        };
        if let Some(field) = one {
            if field.is_some() {
                return None;
            }
            *field = Some(r.string()?);
        } else if let Some(field) = list {
            if field.is_some() {
                return None;
            }
            *field = Some(r.strings()?);
        }
        Some(())
    }
}

struct Reader<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Spaces and tabs.
    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }

    /// Blanks, then an optional comment, then a line break or the end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_blank();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.i += 1;
                Some(())
            }
            Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => {
                self.i += 2;
                Some(())
            }
            _ => None,
        }
    }

    /// A comment up to its line break; `None` for a control character TOML refuses in one.
    fn comment(&mut self) -> Option<()> {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => return Some(()),
                b'\r' => return (self.s.get(self.i + 1) == Some(&b'\n')).then_some(()),
                b'\t' => {}
                0..=0x1f | 0x7f => return None,
                _ => {}
            }
            self.i += 1;
        }
        Some(())
    }

    /// One of the three header lines the middle holds, written exactly so.
    fn header(&mut self) -> Option<Header> {
        let rest = &self.s[self.i..];
        let (header, len) = if rest.starts_with(b"[[phrasing]]") {
            (Header::Phrasing, 12)
        } else if rest.starts_with(b"[phrasing.values]") {
            (Header::Values, 17)
        } else if rest.starts_with(b"[[words]]") {
            (Header::Words, 9)
        } else {
            return None;
        };
        self.i += len;
        Some(header)
    }

    /// A bare key, or a quoted one without escapes; not dotted (the caller wants `=` next).
    /// A key and the `=` after it (blanks around it skipped), before a value.
    fn key_eq(&mut self) -> Option<&'a str> {
        let key = self.key()?;
        self.skip_blank();
        if self.peek()? != b'=' {
            return None;
        }
        self.i += 1;
        self.skip_blank();
        Some(key)
    }

    fn key(&mut self) -> Option<&'a str> {
        let start = self.i;
        if self.peek()? == b'"' {
            let (_, value) = self.quoted()?;
            return Some(value);
        }
        while matches!(self.peek(), Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-')) {
            self.i += 1;
        }
        (self.i > start).then(|| &self.text[start..self.i])
    }

    /// A one-line basic string without escapes: its span (quotes included) and its text.
    fn quoted(&mut self) -> Option<(std::ops::Range<usize>, &'a str)> {
        let start = self.i;
        if self.s.get(start) != Some(&b'"') || self.s.get(start + 1..start + 3) == Some(b"\"\"") {
            return None;
        }
        // Without escapes the first quote closes it; a line break before it is refused below.
        let body = self.s.get(start + 1..)?;
        let len = memchr::memchr(b'"', body)?;
        // Folded without an early exit, so that the compiler can test many bytes at once.
        let refused =
            body[..len].iter().fold(false, |acc, &b| acc | (b == b'\\') | (b < 0x20 && b != b'\t') | (b == 0x7f));
        if refused {
            return None;
        }
        self.i = start + len + 2;
        Some((start..self.i, &self.text[start + 1..start + 1 + len]))
    }

    /// `true` or `false`, ended by a blank, a comment or the line's end.
    fn boolean(&mut self) -> Option<bool> {
        let rest = &self.s[self.i..];
        let (value, len) = if rest.starts_with(b"true") {
            (true, 4)
        } else if rest.starts_with(b"false") {
            (false, 5)
        } else {
            return None;
        };
        if !matches!(rest.get(len), None | Some(b' ' | b'\t' | b'#' | b'\n' | b'\r')) {
            return None;
        }
        self.i += len;
        Some(value)
    }

    /// A one-line inline table of strings (`{ a = "b", "c d" = "e" }`), no trailing comma.
    fn table(&mut self) -> Option<BTreeMap<String, toml::Spanned<String>>> {
        if self.peek()? != b'{' {
            return None;
        }
        self.i += 1;
        let mut table = BTreeMap::new();
        self.skip_blank();
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(table);
        }
        loop {
            self.skip_blank();
            let key = self.key()?;
            self.skip_blank();
            if self.peek()? != b'=' {
                return None;
            }
            self.i += 1;
            self.skip_blank();
            if table.insert(key.to_string(), self.string()?).is_some() {
                return None;
            }
            self.skip_blank();
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {
                    self.i += 1;
                    return Some(table);
                }
                _ => return None,
            }
        }
    }

    fn string(&mut self) -> Option<toml::Spanned<String>> {
        let (span, value) = self.quoted()?;
        Some(toml::Spanned::new(span, value.to_string()))
    }

    /// An array of strings, over as many lines as it takes, with comments and a trailing comma.
    fn strings(&mut self) -> Option<Vec<toml::Spanned<String>>> {
        if self.peek()? != b'[' {
            return None;
        }
        self.i += 1;
        let mut list = Vec::new();
        loop {
            self.skip_space()?;
            if self.peek()? == b']' {
                self.i += 1;
                return Some(list);
            }
            list.push(self.string()?);
            self.skip_space()?;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(list);
                }
                _ => return None,
            }
        }
    }

    /// Blanks, line breaks and comments, as an array may hold between its values.
    fn skip_space(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.i += 1,
                Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => self.i += 2,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the toml crate reads, spans included.
    fn toml_reads(text: &str) -> Option<String> {
        toml::from_str::<RawTail>(text).ok().map(|t| format!("{t:?}"))
    }

    #[test]
    fn every_piece_of_the_seed_reads_as_the_toml_crate_reads_it() {
        let seed = include_str!("../../../tests/fixtures/terms.toml");
        let plan = super::super::plan(seed).expect("a plan");
        for run in plan.pieces() {
            let piece = &seed[run];
            let fast = read(piece).expect("the seed's middle is plain");
            assert_eq!(Some(format!("{fast:?}")), toml_reads(piece));
        }
    }

    #[test]
    fn what_it_reads_the_toml_crate_reads_alike_and_the_rest_it_leaves() {
        let cases = [
            "[[phrasing]]\nclaim = \"a\"\nlang = \"es\"\npatterns = [\"x y\", # note\n  \"z\",\n]\n",
            "[[phrasing]]\r\nclaim = \"a\" # c\r\nlang=\"es\"\r\n[phrasing.values]\r\n\"until AGI\" = []\r\nb-2 = [\"q\"]\r\n",
            "[[words]]\nvocab = \"v\"\nlang = \"de\"\nphrases = [\"ä\", \"ö\"]\n\n# end",
            "\n[[words]]\n\tvocab = \"v\"\n\tlang = \"de\"\n\tphrases = [ ]",
        ];
        for text in cases {
            let fast = read(text).expect("plain");
            assert_eq!(Some(format!("{fast:?}")), toml_reads(text), "{text}");
        }
        let unsure = [
            "claim = \"a\"\n",
            "[[phrasing]]\nclaim = \"a\"\nclaim = \"b\"\nlang = \"es\"\n",
            "[[phrasing]]\nclaim = \"a\"\n",
            "[[phrasing]]\nclaim = \"a\\u0041\"\nlang = \"es\"\n",
            "[[phrasing]]\nclaim = 'a'\nlang = \"es\"\n",
            "[[phrasing]]\nclaim = \"\"\"a\"\"\"\nlang = \"es\"\n",
            "[[phrasing]]\nclaim = \"a\"\nlang = \"es\"\nvalues.x = [\"y\"]\n",
            "[[phrasing]]\nclaim = \"a\"\nlang = \"es\"\nextra = 1\n",
            "[[phrasing]]\nclaim = \"a\"\nlang = \"es\" junk\n",
            "[[phrasing]]\nclaim = \"a\"\nlang = \"es\"\n[phrasing.values]\nx = []\n[phrasing.values]\n",
            "[[words]]\nvocab = \"v\"\nlang = \"de\"\n[phrasing.values]\nx = []\n",
            "[[words]]\nvocab = \"v\"\nlang = \"de\"\nphrases = [\"a\" \"b\"]\n",
            "[[words]]\nvocab = \"v\"\nlang = \"d\u{1}e\"\nphrases = []\n",
            "[[words]] # \u{7f}\nvocab = \"v\"\nlang = \"de\"\nphrases = []\n",
            "[[phrasing]]\rclaim = \"a\"\nlang = \"es\"\n",
        ];
        for text in unsure {
            assert!(read(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn the_seeds_claims_read_as_the_toml_crate_reads_them() {
        let seed = include_str!("../../../tests/fixtures/terms.toml");
        let run = super::super::plan(seed).expect("a plan").claims.expect("a run of claims");
        let fast = claims(seed, run).expect("the seed's claims are plain");
        let whole: super::super::RawTerms = toml::from_str(seed).expect("parses");
        assert!(fast.len() > 50 && fast.len() < whole.claims.len(), "{}", fast.len());
        assert_eq!(format!("{fast:?}"), format!("{:?}", &whole.claims[..fast.len()]), "spans included");
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Claims {
        claim: Vec<ClaimSpec>,
    }

    #[test]
    fn claims_it_reads_the_toml_crate_reads_alike_and_the_rest_it_leaves() {
        let cases = [
            "[[claim]]\nid = \"a\"\nkind = \"status\"\nhistory = true\nplan = false # no\nevents = [\"E3\", \"E4\"]\n\
             negated = { x = \"y\", \"z w\" = \"q\" }\n[claim.values]\n\"a b\" = [\"c\"]\nd = []\n\n# c\n\
             [[claim]]\nid = \"b\"\ntitle = \"B\"\nkind = \"year\"\nnegated = {}\nlatest = true\nintroduced = true\n\
             comment = \"c\"\nabout = [\"x\"]\nunless = [\"u\"]\npatterns = [\"p\"]\n[claim.values]\n",
        ];
        for text in cases {
            let fast = claims(text, 0..text.len()).expect("plain");
            let slow: Claims = toml::from_str(text).expect("parses");
            assert_eq!(format!("{fast:?}"), format!("{:?}", slow.claim), "{text}");
        }
        let unsure = [
            "[[claim]]\nid = \"a\"\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\nvalues = { a = [\"b\"] }\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\n[claim.values]\n[claim.values]\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\nhistory = truely\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\nnegated = { a = \"b\", }\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\nnegated = { a = \"b\", a = \"c\" }\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\nkind = \"k\"\n",
            "[[claim]]\nid = \"a\"\nkind = \"k\"\n[claim.negated]\n",
            "[claim.values]\n",
        ];
        for text in unsure {
            assert!(claims(text, 0..text.len()).is_none(), "{text:?}");
        }
    }
}
