//! The pattern language of checks, compiled to a regular expression.
//!
//! Editors write phrases, not regexes: `{to} ... licen* (to|of) {from} (IP|technology)`. A
//! pattern is words separated by spaces, where
//!
//! - a word matches itself, ignoring case; a `*` stands for any ending (`licen*`), a hyphen
//!   matches a hyphen, a space or nothing (`non-binding` = "non binding" = "nonbinding"), an
//!   apostrophe matches ' or ’, and a final `'s` is optional (`OpenAI's` = "OpenAI" = "OpenAIs");
//! - the space between two words matches any spacing or a hyphen;
//! - `(a|b c)` is one of the alternatives and `[word]` is optional;
//! - `...` is a gap of up to eight words inside one phrase (it never crosses , ; : or brackets);
//! - `{year}`, `{amount}`, `{percent}`, `{from}` and `{to}` are the slots a claim's value is read
//!   from; `{from}` and `{to}` match the names of the parties in terms.toml's `[parties]`.
//!
//! Every other character matches itself (`$`, `%`, `.`). Words match whole words only.

use std::fmt::Write as _;

/// Where a claim's value is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Year,
    Amount,
    Percent,
    From,
    To,
}

impl Slot {
    pub fn name(self) -> &'static str {
        match self {
            Slot::Year => "year",
            Slot::Amount => "amount",
            Slot::Percent => "percent",
            Slot::From => "from",
            Slot::To => "to",
        }
    }

    fn parse(name: &str) -> Option<Slot> {
        Some(match name {
            "year" => Slot::Year,
            "amount" => Slot::Amount,
            "percent" => Slot::Percent,
            "from" => Slot::From,
            "to" => Slot::To,
            _ => return None,
        })
    }
}

/// A compiled pattern: its regex (without flags), the slots it reads and its number of gaps
/// (capture groups `g0`, `g1`, …, so that cue words inside a gap still count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    pub regex: String,
    pub slots: Vec<Slot>,
    pub gaps: usize,
}

/// Spacing between words: spaces, or a hyphen ("revenue share" = "revenue-share").
const SEP: &str = r"[ \t\n\u{a0}\-\u{2010}\u{2011}]+";
/// A gap: up to eight words, lazily, inside one phrase.
const GAP_WORDS: &str = r"(?:[^ \t\n\u{a0},;:()]+[ \t\n\u{a0}]+){0,8}?";
const WB: &str = r"(?-u:\b)";

/// The regexes of the value slots. Amounts and percentages keep a qualifier ("about", "more
/// than") in front, so that "more than $100 billion" is not read as a claim of $100 billion.
pub const YEAR_RE: &str = r"(?-u:\b)(?:19|20)[0-9][0-9](?-u:\b)";
pub const AMOUNT_RE: &str = r"(?:(?:US)?\$[ \t\n\u{a0}]?[0-9][[0-9],]*(?:\.[0-9]+)?(?:[ \t\n\u{a0}]?(?:trillion|billion|million|tn|bn|mn|[btm])(?-u:\b))?|(?-u:\b)[0-9][[0-9],]*(?:\.[0-9]+)?[ \t\n\u{a0}](?:trillion|billion|million)[ \t\n\u{a0}](?:dollars|USD)(?-u:\b))";
pub const PERCENT_RE: &str =
    r"(?-u:\b)[0-9]{1,3}(?:\.[0-9]+)?[ \t\n\u{a0}]?(?:%|percent(?-u:\b)|per[ \t\n\u{a0}]?cent(?-u:\b))";

/// Compiles a pattern. `party` is the regex that `{from}` and `{to}` match (None when the
/// digest names no parties).
pub fn compile(pattern: &str, party: Option<&str>) -> Result<Compiled, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut p = Parser { chars: &chars, at: 0, gaps: 0, slots: Vec::new(), party };
    let items = p.seq(&[])?;
    if p.at < chars.len() {
        return Err(format!("unexpected `{}`", chars[p.at]));
    }
    if items.is_empty() {
        return Err("the pattern is empty".to_string());
    }
    let regex = join(&items)?;
    Ok(Compiled { regex, slots: p.slots, gaps: p.gaps })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Optional,
    Gap,
}

struct Item {
    re: String,
    kind: Kind,
}

struct Parser<'a> {
    chars: &'a [char],
    at: usize,
    gaps: usize,
    slots: Vec<Slot>,
    party: Option<&'a str>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// Items up to (not including) one of `stops` or the end.
    fn seq(&mut self, stops: &[char]) -> Result<Vec<Item>, String> {
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                None => break,
                Some(c) if stops.contains(&c) => break,
                Some(_) => items.push(self.item()?),
            }
        }
        Ok(items)
    }

    fn item(&mut self) -> Result<Item, String> {
        let c = self.peek().unwrap_or(' ');
        if self.chars[self.at..].starts_with(&['.', '.', '.']) {
            self.at += 3;
            let re = format!("(?P<g{}>{GAP_WORDS})", self.gaps);
            self.gaps += 1;
            return Ok(Item { re, kind: Kind::Gap });
        }
        match c {
            '(' => {
                self.at += 1;
                let mut alternatives = Vec::new();
                loop {
                    let items = self.seq(&['|', ')'])?;
                    if items.is_empty() {
                        return Err("an empty alternative in `( | )`".to_string());
                    }
                    alternatives.push(join(&items)?);
                    match self.peek() {
                        Some('|') => self.at += 1,
                        Some(')') => {
                            self.at += 1;
                            break;
                        }
                        _ => return Err("a `(` is never closed".to_string()),
                    }
                }
                Ok(Item { re: format!("(?:{})", alternatives.join("|")), kind: Kind::Plain })
            }
            '[' => {
                self.at += 1;
                let items = self.seq(&[']'])?;
                if self.peek() != Some(']') {
                    return Err("a `[` is never closed".to_string());
                }
                self.at += 1;
                if items.is_empty() {
                    return Err("an empty `[ ]`".to_string());
                }
                Ok(Item { re: join(&items)?, kind: Kind::Optional })
            }
            '{' => {
                let end = self.chars[self.at..].iter().position(|&c| c == '}').ok_or("a `{` is never closed")?;
                let name: String = self.chars[self.at + 1..self.at + end].iter().collect();
                self.at += end + 1;
                let slot = Slot::parse(name.trim()).ok_or_else(|| {
                    format!("unknown slot `{{{name}}}`: the slots are {{year}}, {{amount}}, {{percent}}, {{from}} and {{to}}")
                })?;
                if self.slots.contains(&slot) {
                    return Err(format!(
                        "`{{{name}}}` appears twice: a slot may appear once in a pattern (write two patterns instead)"
                    ));
                }
                self.slots.push(slot);
                let body = match slot {
                    Slot::Year => YEAR_RE.to_string(),
                    Slot::Amount => AMOUNT_RE.to_string(),
                    Slot::Percent => PERCENT_RE.to_string(),
                    Slot::From | Slot::To => self
                        .party
                        .ok_or("`{from}` and `{to}` need the parties' names: add a [parties] table to terms.toml")?
                        .to_string(),
                };
                Ok(Item { re: format!("(?P<{}>{body})", slot.name()), kind: Kind::Plain })
            }
            ')' | ']' | '|' | '}' => Err(format!("unexpected `{c}`")),
            _ => {
                let start = self.at;
                while self.peek().is_some_and(|c| !c.is_whitespace() && !"()[]{}|".contains(c)) {
                    self.at += 1;
                }
                let word: String = self.chars[start..self.at].iter().collect();
                Ok(Item { re: word_regex(&word), kind: Kind::Plain })
            }
        }
    }
}

/// One literal word, with its flexible hyphens, apostrophes, wildcard and possessive.
pub fn word_regex(word: &str) -> String {
    let (base, possessive) = match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        Some(b) if !b.is_empty() => (b, true),
        _ => (word, false),
    };
    let mut re = String::new();
    let first = base.chars().next();
    if first.is_some_and(char::is_alphanumeric) {
        re.push_str(WB);
    }
    for c in base.chars() {
        match c {
            '*' => re.push_str(r"[A-Za-z0-9_]*"),
            '-' => re.push_str(r"[ \t\n\u{a0}\-\u{2010}\u{2011}]?"),
            '\'' | '’' => re.push_str("['’]"),
            c => {
                let mut buf = [0u8; 4];
                re.push_str(&regex::escape(c.encode_utf8(&mut buf)));
            }
        }
    }
    if possessive {
        re.push_str("(?:['’]?s)?");
    }
    let last = base.chars().last();
    if possessive || last.is_some_and(|c| c.is_alphanumeric() || c == '*') {
        re.push_str(WB);
    }
    re
}

/// The regex of a party's names: `(?:the )?(?:Microsoft|Redmond)('s)?`.
pub fn party_regex(names: &[&str]) -> String {
    let mut alternatives: Vec<String> = names
        .iter()
        .map(|n| {
            n.split_whitespace()
                .map(|w| word_regex(w.trim_end_matches("'s")))
                .collect::<Vec<_>>()
                .join(r"[ \t\n\u{a0}]+")
        })
        .collect();
    // Longest first, so that "OpenAI Group" wins over "OpenAI".
    alternatives.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let mut re = String::from(r"(?:the[ \t\n\u{a0}]+)?(?:");
    let _ = write!(re, "{}", alternatives.join("|"));
    re.push_str(r")(?:['’]?s)?(?-u:\b)");
    re
}

fn join(items: &[Item]) -> Result<String, String> {
    if items.first().is_some_and(|i| i.kind == Kind::Gap) || items.last().is_some_and(|i| i.kind == Kind::Gap) {
        return Err("`...` needs words on both sides".to_string());
    }
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        let last = i + 1 == items.len();
        let sep_after = !last && it.kind != Kind::Gap;
        match it.kind {
            Kind::Plain | Kind::Gap => {
                out.push_str(&it.re);
                if sep_after {
                    out.push_str(SEP);
                }
            }
            Kind::Optional if sep_after => {
                let _ = write!(out, "(?:{}{SEP})?", it.re);
            }
            Kind::Optional => {
                if let Some(stripped) = out.strip_suffix(SEP) {
                    out = format!("{stripped}(?:{SEP}{})?", it.re);
                } else {
                    let _ = write!(out, "(?:{})?", it.re);
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re(p: &str) -> regex::Regex {
        let party = party_regex(&["Microsoft", "OpenAI"]);
        let c = compile(p, Some(&party)).expect("compiles");
        regex::Regex::new(&format!("(?i){}", c.regex)).expect("valid regex")
    }

    fn finds<'a>(p: &str, text: &'a str) -> Option<&'a str> {
        re(p).find(text).map(|m| m.as_str())
    }

    #[test]
    fn words_hyphens_apostrophes_and_wildcards() {
        assert_eq!(finds("non-binding", "a non binding deal"), Some("non binding"));
        assert_eq!(finds("non-binding", "a nonbinding deal"), Some("nonbinding"));
        assert_eq!(finds("non-binding", "a Non-Binding deal"), Some("Non-Binding"));
        assert_eq!(finds("licen* to", "the licence to"), Some("licence to"));
        assert_eq!(finds("revenue share", "revenue-share"), Some("revenue-share"));
        assert_eq!(finds("OpenAI's IP", "OpenAI’s IP"), Some("OpenAI’s IP"));
        assert_eq!(finds("OpenAI's IP", "OpenAIs IP"), Some("OpenAIs IP"));
        assert_eq!(finds("OpenAI's IP", "OpenAI IP"), Some("OpenAI IP"));
        assert_eq!(finds("can't", "it can’t"), Some("can’t"));
        assert_eq!(finds("share", "shares"), None, "whole words only");
    }

    #[test]
    fn alternatives_optional_words_and_gaps() {
        assert_eq!(finds("(will|shall) [still] pay", "it will still pay"), Some("will still pay"));
        assert_eq!(finds("(will|shall) [still] pay", "it shall pay"), Some("shall pay"));
        assert_eq!(finds("pay [it]", "pay it"), Some("pay it"));
        assert_eq!(finds("pay [it]", "pay them"), Some("pay"));
        assert_eq!(
            finds("licen* ... through {year}", "license to OpenAI IP for models and products through 2032"),
            Some("license to OpenAI IP for models and products through 2032")
        );
        assert_eq!(finds("licen* ... through {year}", "license, which runs through 2032"), None);
        assert_eq!(
            finds("licen* ... through {year}", "a b c d e f g h i licen* x1 x2 x3 x4 x5 x6 x7 x8 x9 through 2032"),
            None
        );
    }

    #[test]
    fn slots_are_named_groups() {
        let r = re("{from} pays {to} ... share");
        let c = r.captures("OpenAI pays Microsoft a revenue share").expect("match");
        assert_eq!(&c["from"], "OpenAI");
        assert_eq!(&c["to"], "Microsoft");
        let r = re("stake of {percent}");
        assert_eq!(&r.captures("a stake of 27 percent").expect("m")["percent"], "27 percent");
        let r = re("commit* {amount} of Azure");
        assert_eq!(&r.captures("commits $250B of Azure").expect("m")["amount"], "$250B");
        assert_eq!(&r.captures("commits $250 billion of Azure").expect("m")["amount"], "$250 billion");
    }

    #[test]
    fn bad_patterns_say_what_is_wrong() {
        let party = party_regex(&["Microsoft"]);
        let err = |p: &str| compile(p, Some(&party)).expect_err(p);
        assert!(err("(a|b").contains("never closed"));
        assert!(err("a ]").contains("unexpected `]`"));
        assert!(err("{yaer}").contains("unknown slot `{yaer}`"));
        assert!(err("{year} to {year}").contains("appears twice"));
        assert!(err("... a").contains("both sides"));
        assert!(err("(a|)").contains("empty alternative"));
        assert!(compile("{from} x", None).expect_err("no parties").contains("[parties]"));
    }
}
