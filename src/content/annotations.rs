//! content/annotations/<article-slug>.toml: an article's margin notes, kept apart from the
//! article so that its text stays verbatim and re-importing it never loses a note.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::toml_diagnostic;
use crate::diag::Diagnostic;

pub const DIR: &str = "content/annotations";

/// What a note says about its passage. Readers tell kinds apart by label and shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// The passage contradicts an official term in force for the article's stage.
    ContradictsTerms,
    /// The passage contradicts another article of the digest.
    ContradictsSource,
    /// The passage attributes to a document something that document does not say.
    Unsupported,
    /// Background the reader needs; not a correction.
    Context,
}

impl NoteKind {
    pub const ALL: [NoteKind; 4] =
        [NoteKind::ContradictsTerms, NoteKind::ContradictsSource, NoteKind::Unsupported, NoteKind::Context];

    /// The id used in files, CSS classes and JSON.
    pub fn id(self) -> &'static str {
        match self {
            NoteKind::ContradictsTerms => "contradicts-terms",
            NoteKind::ContradictsSource => "contradicts-source",
            NoteKind::Unsupported => "unsupported",
            NoteKind::Context => "context",
        }
    }

    /// The label readers see.
    pub fn label(self) -> &'static str {
        match self {
            NoteKind::ContradictsTerms => "Contradicts the terms",
            NoteKind::ContradictsSource => "Contradicts another outlet",
            NoteKind::Unsupported => "Unsupported",
            NoteKind::Context => "Context",
        }
    }

    /// Whether the note says the passage is wrong (and so is a fact-check).
    pub fn is_contradiction(self) -> bool {
        matches!(self, NoteKind::ContradictsTerms | NoteKind::ContradictsSource | NoteKind::Unsupported)
    }
}

/// Which part of an article a quote is looked for in. Without it the body is searched first, so
/// a headline whose words the body repeats is reached with `place = "headline"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Body,
    Headline,
    Dek,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    quote: toml::Spanned<String>,
    #[serde(default)]
    place: Option<Part>,
    #[serde(default)]
    prefix: Option<String>,
    #[serde(default)]
    suffix: Option<String>,
    kind: toml::Spanned<NoteKind>,
    #[serde(default)]
    term: Option<toml::Spanned<String>>,
    #[serde(default)]
    stage: Option<toml::Spanned<String>>,
    #[serde(default)]
    source: Option<toml::Spanned<String>>,
    #[serde(default)]
    source_quote: Option<toml::Spanned<String>>,
    #[serde(default)]
    source_place: Option<Part>,
    #[serde(default)]
    source_prefix: Option<String>,
    #[serde(default)]
    source_suffix: Option<String>,
    text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnnotations {
    #[serde(default, rename = "note")]
    notes: Vec<RawNote>,
    #[serde(default, rename = "dismiss")]
    dismissals: Vec<RawDismiss>,
    #[serde(default, rename = "reviewed")]
    reviewed: Vec<RawReviewed>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReviewed {
    quote: toml::Spanned<String>,
    #[serde(default)]
    place: Option<Part>,
    #[serde(default)]
    prefix: Option<String>,
    #[serde(default)]
    suffix: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

/// The editor read a sentence of the review queue and found nothing to note: `[[reviewed]]`
/// takes it off the queue (see [`crate::checks::review`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reviewed {
    pub quote: String,
    /// `place = "headline"`: where to look for the quote (see [`Part`]).
    pub place: Option<Part>,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    pub reason: Option<String>,
    /// The line of `quote`.
    pub line: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDismiss {
    #[serde(default)]
    check: Option<toml::Spanned<String>>,
    #[serde(default)]
    term: Option<toml::Spanned<String>>,
    quote: toml::Spanned<String>,
    #[serde(default)]
    place: Option<Part>,
    #[serde(default)]
    prefix: Option<String>,
    #[serde(default)]
    suffix: Option<String>,
    reason: String,
}

/// The editor's verdict that an automatic finding is wrong: `[[dismiss]]` names the check (a
/// claim id) or the term, the passage, and why. See [`crate::checks`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dismissal {
    pub check: Option<String>,
    pub term: Option<String>,
    pub quote: String,
    /// `place = "headline"`: where to look for the quote (see [`Part`]).
    pub place: Option<Part>,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    pub reason: String,
    /// The line of `quote`, and of `check` (or `term`).
    pub line: usize,
    pub id_line: usize,
}

/// A passage of another article: the `source` of a contradicts-source note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub article: String,
    pub quote: String,
    /// `place = "headline"`: where to look for the quote (see [`Part`]).
    pub place: Option<Part>,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    /// Lines of `source` and `source_quote` in the annotation file.
    pub article_line: usize,
    pub quote_line: usize,
}

/// One note, as the editor wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub quote: String,
    /// `place = "headline"`: where to look for the quote (see [`Part`]).
    pub place: Option<Part>,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    pub kind: NoteKind,
    pub term: Option<String>,
    /// The event whose terms the passage speaks of, when it is earlier than the article's
    /// ("under the 2019 agreement…"): the note may cite a term in force then.
    pub stage: Option<String>,
    pub stage_line: usize,
    pub source: Option<SourceRef>,
    /// Markdown.
    pub text: String,
    /// The line of `quote` in the annotation file.
    pub line: usize,
    pub term_line: usize,
}

/// An article's notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotations {
    /// The article's slug: the file's name.
    pub article: String,
    pub path: PathBuf,
    pub notes: Vec<Note>,
    pub dismissals: Vec<Dismissal>,
    /// The sentences of the review queue the editor read and left without a note.
    pub reviewed: Vec<Reviewed>,
    /// A hash of the file's text: watch mode keeps what it resolved while the file is unchanged.
    pub hash: u64,
    /// The other articles its notes quote (`source`), whose changes it depends on.
    pub sources: Vec<String>,
}

/// Parses an annotation file. `path` names it in diagnostics; its stem is the article's slug.
pub fn parse(text: &str, path: &Path) -> Result<Annotations, Vec<Diagnostic>> {
    let raw: RawAnnotations = toml::from_str(text).map_err(|e| vec![toml_diagnostic(&e, text, path, 1)])?;
    let line_of = |offset: usize| crate::diag::line_col(text, offset).0;
    let mut problems = Vec::new();
    let notes = notes(raw.notes, path, &line_of, &mut problems);
    let dismissals = dismissals(raw.dismissals, path, &line_of, &mut problems);
    let reviewed = reviewed(raw.reviewed, path, &line_of, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let article = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
    let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
    let mut sources: Vec<String> = notes.iter().filter_map(|n| n.source.as_ref()).map(|s| s.article.clone()).collect();
    sources.sort();
    sources.dedup();
    Ok(Annotations { article, path: path.to_path_buf(), notes, dismissals, reviewed, hash, sources })
}

/// The `[[note]]` entries of an annotation file, with what is wrong in them.
fn notes(
    raw: Vec<RawNote>,
    path: &Path,
    line_of: &dyn Fn(usize) -> usize,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Note> {
    let mut notes = Vec::new();
    for n in raw {
        let line = line_of(n.quote.span().start);
        let kind = *n.kind.get_ref();
        let kind_line = line_of(n.kind.span().start);
        if n.quote.get_ref().trim().is_empty() {
            problems.push(
                Diagnostic::error(path, line, "the quote is empty").help("copy the passage as the reader sees it"),
            );
        }
        if n.text.trim().is_empty() {
            problems
                .push(Diagnostic::error(path, line, "the note has no text").help("say what is wrong: text = \"…\""));
        }
        if kind == NoteKind::ContradictsTerms && n.term.is_none() {
            problems.push(
                Diagnostic::error(path, kind_line, "a contradicts-terms note needs a `term`")
                    .help("name the term it contradicts, e.g. term = \"azure-first\" (ids are in content/terms.toml)"),
            );
        }
        let source = match (&n.source, &n.source_quote) {
            (Some(s), Some(q)) => Some(SourceRef {
                article: s.get_ref().clone(),
                quote: q.get_ref().clone(),
                place: n.source_place,
                prefix: n.source_prefix.clone(),
                suffix: n.source_suffix.clone(),
                article_line: line_of(s.span().start),
                quote_line: line_of(q.span().start),
            }),
            (None, None) => None,
            _ => {
                problems.push(
                    Diagnostic::error(path, kind_line, "`source` and `source_quote` go together")
                        .help("name the other article's slug in source and its passage in source_quote"),
                );
                None
            }
        };
        if kind == NoteKind::ContradictsSource && source.is_none() && n.source.is_none() && n.source_quote.is_none() {
            problems.push(
                Diagnostic::error(path, kind_line, "a contradicts-source note needs `source` and `source_quote`")
                    .help("source = \"other-article-slug\", source_quote = \"the passage there\""),
            );
        }
        notes.push(Note {
            quote: n.quote.into_inner(),
            place: n.place,
            prefix: n.prefix,
            suffix: n.suffix,
            kind,
            term_line: n.term.as_ref().map_or(kind_line, |t| line_of(t.span().start)),
            term: n.term.map(toml::Spanned::into_inner),
            stage_line: n.stage.as_ref().map_or(kind_line, |t| line_of(t.span().start)),
            stage: n.stage.map(toml::Spanned::into_inner),
            source,
            text: n.text,
            line,
        });
    }
    notes
}

/// The `[[dismiss]]` entries of an annotation file, with what is wrong in them.
fn dismissals(
    raw: Vec<RawDismiss>,
    path: &Path,
    line_of: &dyn Fn(usize) -> usize,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Dismissal> {
    let mut dismissals = Vec::new();
    for d in raw {
        let line = line_of(d.quote.span().start);
        let id_line = d.check.as_ref().or(d.term.as_ref()).map_or(line, |s| line_of(s.span().start));
        if d.check.is_none() && d.term.is_none() {
            problems.push(
                Diagnostic::error(path, line, "a dismissal needs a `check` or a `term`")
                    .help("name the finding's check, e.g. check = \"licence-direction\" (gloss check lists them)"),
            );
        }
        if d.quote.get_ref().trim().is_empty() {
            problems.push(
                Diagnostic::error(path, line, "the quote is empty").help("copy the passage the finding is about"),
            );
        }
        if d.reason.trim().is_empty() {
            problems.push(
                Diagnostic::error(path, line, "a dismissal needs a reason")
                    .help("say why the finding is wrong: reason = \"…\""),
            );
        }
        dismissals.push(Dismissal {
            check: d.check.map(toml::Spanned::into_inner),
            term: d.term.map(toml::Spanned::into_inner),
            quote: d.quote.into_inner(),
            place: d.place,
            prefix: d.prefix,
            suffix: d.suffix,
            reason: d.reason,
            line,
            id_line,
        });
    }
    dismissals
}

/// The `[[reviewed]]` entries of an annotation file, with what is wrong in them.
fn reviewed(
    raw: Vec<RawReviewed>,
    path: &Path,
    line_of: &dyn Fn(usize) -> usize,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Reviewed> {
    let mut reviewed = Vec::new();
    for r in raw {
        let line = line_of(r.quote.span().start);
        if r.quote.get_ref().trim().is_empty() {
            problems.push(
                Diagnostic::error(path, line, "the quote is empty")
                    .help("copy the sentence of the review queue you read (gloss check lists them)"),
            );
        }
        reviewed.push(Reviewed {
            quote: r.quote.into_inner(),
            place: r.place,
            prefix: r.prefix,
            suffix: r.suffix,
            reason: r.reason,
            line,
        });
    }
    reviewed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("content/annotations/some-article.toml")
    }

    #[test]
    fn parses_notes_with_lines() {
        let a = parse(
            "[[note]]\nquote = \"a\"\nkind = \"contradicts-terms\"\nterm = \"t1\"\ntext = \"x\"\n\n[[note]]\nquote = \"b\"\nkind = \"contradicts-source\"\nsource = \"other\"\nsource_quote = \"c\"\ntext = \"y\"\n",
            p(),
        )
        .expect("valid");
        assert_eq!(a.article, "some-article");
        assert_eq!(a.notes.len(), 2);
        assert_eq!(a.notes[0].line, 2);
        assert_eq!(a.notes[0].term_line, 4);
        assert_eq!(a.notes[1].line, 8);
        let s = a.notes[1].source.as_ref().expect("source");
        assert_eq!((s.article.as_str(), s.quote.as_str(), s.quote_line), ("other", "c", 11));
    }

    #[test]
    fn dismissals_with_lines_and_their_required_fields() {
        let a = parse(
            "[[dismiss]]\ncheck = \"licence-direction\"\nquote = \"a\"\nreason = \"A licence to its models, not IP.\"\n",
            p(),
        )
        .expect("valid");
        let d = &a.dismissals[0];
        assert_eq!((d.check.as_deref(), d.line, d.id_line), (Some("licence-direction"), 3, 2));
        let errs = parse("[[dismiss]]\nquote = \"a\"\nreason = \" \"\n", p()).expect_err("bad");
        assert!(errs[0].message.contains("needs a `check` or a `term`"), "{errs:?}");
        assert!(errs[1].message.contains("needs a reason"), "{errs:?}");
        assert_eq!(errs[1].line, 2);
    }

    #[test]
    fn reviewed_entries_with_lines_and_an_optional_reason() {
        let a = parse(
            "[[reviewed]]\nquote = \"Microsoft will keep its stake.\"\n\n[[reviewed]]\nquote = \"b\"\nreason = \"An opinion.\"\n",
            p(),
        )
        .expect("valid");
        assert_eq!(a.reviewed.len(), 2);
        assert_eq!((a.reviewed[0].line, a.reviewed[0].reason.as_deref()), (2, None));
        assert_eq!((a.reviewed[1].line, a.reviewed[1].reason.as_deref()), (5, Some("An opinion.")));
        let errs = parse("[[reviewed]]\nquote = \" \"\n", p()).expect_err("empty quote");
        assert!(errs[0].message.contains("the quote is empty"), "{errs:?}");
        let errs = parse("[[reviewed]]\nquote = \"a\"\nterm = \"x\"\n", p()).expect_err("unknown field");
        assert!(errs[0].message.contains("term"), "{errs:?}");
    }

    #[test]
    fn unknown_kind_lists_the_valid_ones() {
        let errs = parse("[[note]]\nquote = \"a\"\nkind = \"wrong\"\ntext = \"x\"\n", p()).expect_err("bad kind");
        assert_eq!(errs[0].line, 3);
        for k in NoteKind::ALL {
            assert!(errs[0].message.contains(k.id()), "{}", errs[0].message);
        }
    }

    #[test]
    fn required_fields_by_kind() {
        let errs =
            parse("[[note]]\nquote = \"a\"\nkind = \"contradicts-terms\"\ntext = \"x\"\n", p()).expect_err("no term");
        assert!(errs[0].message.contains("needs a `term`"));
        let errs = parse("[[note]]\nquote = \"a\"\nkind = \"contradicts-source\"\ntext = \"x\"\n", p())
            .expect_err("no source");
        assert!(errs[0].message.contains("needs `source` and `source_quote`"));
        let errs = parse("[[note]]\nquote = \"a\"\nkind = \"context\"\nsource = \"b\"\ntext = \"x\"\n", p())
            .expect_err("half");
        assert!(errs[0].message.contains("go together"));
    }
}
