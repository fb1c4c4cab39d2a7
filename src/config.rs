//! site.toml: the digest's own settings. Parsing is apart from IO so it can be tested on strings.

use std::path::Path;

use serde::Deserialize;

use crate::diag::Diagnostic;

pub const FILE_NAME: &str = "site.toml";

#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The digest's name, shown on every page and in the feed.
    pub title: String,
    /// The front page's introduction, in Markdown.
    #[serde(default)]
    pub introduction: String,
    /// Absolute address the site will be published at. Used only where a URL must be absolute
    /// (feed, sitemap, canonical links); every link between pages stays relative.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    /// BCP 47 language tag for `<html lang>`.
    #[serde(default = "default_language")]
    pub language: String,
    /// Who publishes the digest: the feed's author and the author of its fact-checks.
    #[serde(default)]
    pub author: Option<String>,
    /// How many of the newest articles the feed carries (0: every one). Feed readers want
    /// what is new, and a feed of every article grows with the digest (4 MB at 10,000).
    #[serde(default = "default_feed_limit")]
    pub feed_limit: usize,
}

fn default_feed_limit() -> usize {
    50
}

fn default_base_url() -> String {
    "https://example.org/".to_string()
}

fn default_language() -> String {
    "en".to_string()
}

impl Config {
    /// Parses site.toml's text; `file` only names it in diagnostics. Every problem is reported,
    /// not only the first.
    pub fn parse(text: &str, file: &Path) -> Result<Config, Vec<Diagnostic>> {
        let mut config: Config = toml::from_str(text).map_err(|e| vec![toml_diagnostic(&e, text, file, 1)])?;
        if !config.base_url.ends_with('/') {
            config.base_url.push('/');
        }
        let mut problems = Vec::new();
        if !(config.base_url.starts_with("https://") || config.base_url.starts_with("http://")) {
            let offset = key_offset(text, "base_url").unwrap_or(0);
            problems.push(
                Diagnostic::error(file, 0, "base_url must be an absolute http(s) address")
                    .at_offset(text, offset, 1)
                    .help("write it as base_url = \"https://example.org/digest/\""),
            );
        }
        if let Err(bad) = crate::lang::check_tag(&config.language) {
            let offset = key_offset(text, "language").unwrap_or(0);
            problems.push(
                Diagnostic::error(file, 0, format!("language: {}", bad.message))
                    .at_offset(text, offset, 1)
                    .help(bad.help),
            );
        }
        if problems.is_empty() { Ok(config) } else { Err(problems) }
    }

    /// The settings a digest whose site.toml has errors is checked with, so that the other
    /// files' problems are reported in the same run (nothing is rendered with them).
    pub fn fallback() -> Config {
        Config {
            title: String::new(),
            introduction: String::new(),
            base_url: default_base_url(),
            language: default_language(),
            author: None,
            feed_limit: default_feed_limit(),
        }
    }
}

/// Where the top-level `key` is set in the TOML `text` (the offset of the key itself), from the
/// parser's spans: not the first place its name appears, which may be inside a string.
pub fn key_offset(text: &str, key: &str) -> Option<usize> {
    let table = toml::de::DeTable::parse(text).ok()?;
    table.get_ref().iter().find(|(k, _)| k.get_ref().as_ref() == key).map(|(k, _)| k.span().start)
}

/// A TOML error as a diagnostic at its span; `first_line` is the line of `text` in `file`.
pub fn toml_diagnostic(err: &toml::de::Error, text: &str, file: &Path, first_line: usize) -> Diagnostic {
    let offset = err.span().map_or(0, |s| s.start);
    Diagnostic::error(file, 0, err.message().trim().to_string()).at_offset(text, offset, first_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises_base_url() {
        let c = Config::parse("title = \"T\"\nbase_url = \"https://x.org/d\"\n", Path::new("site.toml"))
            .expect("valid config");
        assert_eq!(c.base_url, "https://x.org/d/");
        assert_eq!(c.language, "en");
    }

    #[test]
    fn a_bad_language_is_located() {
        let err = Config::parse("title = \"T\"\nlanguage = \"english\"\n", Path::new("site.toml")).expect_err("name");
        let err = &err[0];
        assert_eq!((err.line, err.column), (2, 1), "{err}");
        assert!(err.message.contains("`english` is not a known language tag"), "{}", err.message);
        assert_eq!(err.help.as_deref(), Some("the tag for that language is `en`"));
        let c = Config::parse("title = \"T\"\nlanguage = \"pt-BR\"\n", Path::new("site.toml")).expect("valid");
        assert_eq!(c.language, "pt-BR");
    }

    #[test]
    fn unknown_field_is_located() {
        let err = Config::parse("title = \"T\"\ntitel = \"x\"\n", Path::new("site.toml")).expect_err("unknown field");
        let err = &err[0];
        assert_eq!(err.line, 2);
        assert!(err.message.contains("titel"), "{}", err.message);
    }

    /// Issue 15, defect 16: base_url's error was placed with `text.find("base_url")` (here the
    /// title, which names it), and a bad language was reported only once base_url was fixed.
    #[test]
    fn defect_16_site_toml_errors_are_at_their_keys_and_all_at_once() {
        let text = "title = \"Why base_url matters\"\nlanguage = \"english\"\nbase_url = \"example.org\"\n";
        let err = Config::parse(text, Path::new("site.toml")).expect_err("two problems");
        let lines: Vec<usize> = err.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![3, 2], "{err:?}");
    }
}
