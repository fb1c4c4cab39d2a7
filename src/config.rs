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
}

fn default_base_url() -> String {
    "https://example.org/".to_string()
}

fn default_language() -> String {
    "en".to_string()
}

impl Config {
    /// Parses site.toml's text; `file` only names it in diagnostics.
    pub fn parse(text: &str, file: &Path) -> Result<Config, Diagnostic> {
        let mut config: Config = toml::from_str(text).map_err(|e| toml_diagnostic(&e, text, file, 1))?;
        if !config.base_url.ends_with('/') {
            config.base_url.push('/');
        }
        if !(config.base_url.starts_with("https://") || config.base_url.starts_with("http://")) {
            let offset = text.find("base_url").unwrap_or(0);
            return Err(Diagnostic::error(file, 0, "base_url must be an absolute http(s) address")
                .at_offset(text, offset, 1)
                .help("write it as base_url = \"https://example.org/digest/\""));
        }
        if let Err(bad) = crate::lang::check_tag(&config.language) {
            let offset = text
                .lines()
                .scan(0, |at, line| {
                    let start = *at;
                    *at += line.len() + 1;
                    Some((start, line))
                })
                .find(|(_, line)| {
                    line.trim_start().strip_prefix("language").is_some_and(|r| r.trim_start().starts_with('='))
                })
                .map_or(0, |(start, line)| start + line.len() - line.trim_start().len());
            return Err(Diagnostic::error(file, 0, format!("language: {}", bad.message))
                .at_offset(text, offset, 1)
                .help(bad.help));
        }
        Ok(config)
    }
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
        assert_eq!((err.line, err.column), (2, 1), "{err}");
        assert!(err.message.contains("`english` is not a known language tag"), "{}", err.message);
        assert_eq!(err.help.as_deref(), Some("the tag for that language is `en`"));
        let c = Config::parse("title = \"T\"\nlanguage = \"pt-BR\"\n", Path::new("site.toml")).expect("valid");
        assert_eq!(c.language, "pt-BR");
    }

    #[test]
    fn unknown_field_is_located() {
        let err = Config::parse("title = \"T\"\ntitel = \"x\"\n", Path::new("site.toml")).expect_err("unknown field");
        assert_eq!(err.line, 2);
        assert!(err.message.contains("titel"), "{}", err.message);
    }
}
