//! Everything gloss prints, in one place (ripgrep's `messages.rs` idea): diagnostics, the
//! findings `gloss check` lists, a build's summary, watch mode's line per rebuild, and an error as
//! a person reads it (on the terminal, and as the text of `gloss serve`'s overlay). `cli` and
//! `serve` print these; nothing below them prints.

use std::path::Path;
use std::time::Duration;

use serde::Serialize;

use crate::Checkup;
use crate::anchor::Doc;
use crate::checks::review::Line;
use crate::checks::{Finding, Status};
use crate::content::Corpus;
use crate::diag::Diagnostic;
use crate::error::Error;
use crate::incremental::Changes;
use crate::watch;
use crate::{BuildReport, Prepared};

/// Diagnostics for a terminal, errors and warnings in the order found, with a summary.
pub fn diagnostics(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.to_string());
        out.push('\n');
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    if !diags.is_empty() {
        out.push_str(&format!("{errors} error{}, {warnings} warning{}\n", plural(errors), plural(warnings)));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// An error as a person reads it: every located problem, then a summary and what to do.
pub fn error_text(err: &Error) -> String {
    match err {
        Error::Content(diags) => {
            format!("{}error: {err}; no output was changed\n", diagnostics(diags))
        }
        Error::ForeignOutput { path, files } => {
            let mut out = format!("error: {err}\n");
            for f in files.iter().take(5) {
                out.push_str(&format!("  {}\n", f.display()));
            }
            out.push_str(&format!(
                "  help: choose another folder with --output, or pass --force to let gloss replace {} (its files will be lost)\n",
                path.display()
            ));
            out
        }
        other => format!("error: {other}\n"),
    }
}

/// What `gloss build` says when it is done.
pub fn build_summary(report: &BuildReport) -> String {
    format!(
        "built {} article{} into {} files ({} written, {} unchanged) in {} ms",
        report.articles,
        if report.articles == 1 { "" } else { "s" },
        report.files,
        report.written,
        report.files - report.written,
        report.millis
    )
}

/// Prints what watch mode reports after each build: the rebuild's line on stdout and its
/// warnings on stderr, or the error on stderr. Returns the error's text (serve's overlay).
pub fn print_watch_event(event: &watch::Event<'_>) -> Option<String> {
    match event {
        watch::Event::Built { changes, report, took } => {
            println!("{}", watch_line(changes, report, *took));
            eprint!("{}", diagnostics(&report.warnings));
            None
        }
        watch::Event::Failed { error, .. } => {
            let text = error_text(error);
            eprint!("{text}");
            Some(text)
        }
    }
}

/// One line for a rebuild: what changed, which pages were rendered again (naming a few), what
/// was written, how long it took.
pub fn watch_line(changes: &Changes, report: &BuildReport, took: Duration) -> String {
    let what = match changes {
        Changes::All => "everything".to_string(),
        Changes::Paths(p) if p.len() == 1 => p[0].display().to_string(),
        Changes::Paths(p) => format!("{} and {} more", p[0].display(), p.len() - 1),
    };
    format!(
        "{what} changed: rendered {}{} and {}{}, wrote {} file{} in {} ms",
        count(report.rendered.len(), "article page"),
        some_of(&report.rendered),
        count(report.listings.len(), "listing"),
        some_of(&report.listings),
        report.written,
        plural(report.written),
        took.as_millis()
    )
}

fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", plural(n))
}

/// ` (a, b, c)`, or ` (a, b, c and 7 more)`: the first few of a list, none when it is empty or
/// long enough to be everything.
fn some_of(names: &[String]) -> String {
    const SHOWN: usize = 3;
    match names.len() {
        0 => String::new(),
        n if n <= SHOWN => format!(" ({})", names.join(", ")),
        n => format!(" ({} and {} more)", names[..SHOWN].join(", "), n - SHOWN),
    }
}

/// What `gloss check` prints for a person: every problem (or that there is none), every
/// finding of the automatic checks, then the review queue and what is left of it per article.
pub fn check_text(checkup: &Checkup) -> String {
    let problems = &checkup.problems;
    let mut out = if problems.is_empty() { "no problems found\n".to_string() } else { diagnostics(problems) };
    let Some(prepared) = &checkup.prepared else { return out };
    let listed = listed_findings(prepared);
    let views = finding_views(&listed, &prepared.corpus, &prepared.docs);
    if !views.is_empty() {
        out.push_str(&findings_text(&views));
    }
    out.push_str(&queue_text(&crate::review_lines(&checkup.queue, prepared)));
    out
}

/// `gloss check --format json`: `{ "problems": [...], "findings": [...], "review": [...] }`.
pub fn check_json(checkup: &Checkup) -> String {
    let listed = checkup.prepared.as_ref().map(listed_findings).unwrap_or_default();
    let (views, review) = match &checkup.prepared {
        Some(p) => (finding_views(&listed, &p.corpus, &p.docs), crate::review_lines(&checkup.queue, p)),
        None => (Vec::new(), Vec::new()),
    };
    let report = serde_json::json!({ "problems": checkup.problems, "findings": views, "review": review });
    #[allow(clippy::expect_used, reason = "a JSON value of strings and numbers always serialises")]
    serde_json::to_string_pretty(&report).expect("a JSON value serialises")
}

/// The queue for a person at a terminal: each sentence with where it is, what it may concern
/// and why, then how many are left per article.
pub fn queue_text(views: &[Line]) -> String {
    if views.is_empty() {
        return "review queue: empty (every sentence about the terms has a verdict, a note or a review)\n".to_string();
    }
    let mut out = format!(
        "review queue: {} sentence{} about the terms without a verdict (add a note, a [[dismiss]] or a [[reviewed]] entry)\n",
        views.len(),
        plural(views.len())
    );
    for v in views {
        let terms = if v.terms.is_empty() {
            String::new()
        } else {
            format!("; may concern {}", v.terms.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", "))
        };
        let why: Vec<String> = v.why.iter().map(ToString::to_string).collect();
        out.push_str(&format!("{} ({}): {}{terms}\n  “{}”\n", v.file.display(), v.place, why.join("; "), v.sentence));
    }
    let mut per_article: Vec<(&Path, usize)> = Vec::new();
    for v in views {
        match per_article.last_mut() {
            Some((f, n)) if *f == v.file.as_path() => *n += 1,
            _ => per_article.push((&v.file, 1)),
        }
    }
    out.push_str("left to review:\n");
    for (file, n) in per_article {
        out.push_str(&format!("  {n:>4}  {}\n", file.display()));
    }
    out
}

/// The review queue as a page of `gloss serve` (never written to the output): each sentence
/// with its place, what it may concern and why, linked to its place in the article page with a
/// text fragment (`#:~:text=start,end`, which browsers scroll to and highlight), so no markup
/// is added to the published pages for it.
pub fn queue_page(views: &[Line]) -> String {
    use crate::render::Escape;
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Review queue · gloss serve</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}li{margin:0 0 1rem}q{display:block;margin:.25rem 0}.why,.place{color:#4a4a4a;font-size:.9rem}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}.why,.place{color:#c8c8c8}a{color:#9cf}}</style>\n</head>\n<body>\n<main>\n<h1>Review queue</h1>\n",
    );
    if views.is_empty() {
        out.push_str("<p>Empty: every sentence about the terms has a verdict, a note or a review.</p>\n");
    } else {
        out.push_str(&format!(
            "<p>{} sentence{} about the terms got no verdict. Add a note, a <code>[[dismiss]]</code> or a <code>[[reviewed]]</code> entry in the article's annotation file; this page follows every rebuild (reload it).</p>\n<ol>\n",
            views.len(),
            plural(views.len())
        ));
        for v in views {
            let words: Vec<&str> = v.sentence.split_whitespace().collect();
            let fragment = if words.len() > 8 {
                format!(
                    "{},{}",
                    fragment_text(&words[..4].join(" ")),
                    fragment_text(&words[words.len() - 4..].join(" "))
                )
            } else {
                fragment_text(&v.sentence)
            };
            let why: Vec<String> = v.why.iter().map(ToString::to_string).collect();
            let terms: Vec<String> = v.terms.iter().map(|t| format!("<code>{}</code>", Escape(t))).collect();
            out.push_str(&format!(
                "<li><a href=\"/articles/{}/index.html#:~:text={fragment}\">{}</a> <span class=\"place\">({})</span><q>{}</q><span class=\"why\">{}{}</span></li>\n",
                Escape(&v.article),
                Escape(&v.file.display().to_string()),
                Escape(&v.place),
                Escape(&v.sentence),
                Escape(&why.join("; ")),
                if terms.is_empty() { String::new() } else { format!("; may concern {}", terms.join(", ")) },
            ));
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Text for a URL's text fragment: everything but unreserved ASCII percent-encoded (`,`, `-`
/// and `&` have a meaning there).
fn fragment_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The findings as `gloss check` lists them: a finding that a hand-written note replaces is
/// listed as replaced.
fn listed_findings(prepared: &Prepared) -> Vec<Finding> {
    let mut findings = prepared.checked.findings.clone();
    for &i in &prepared.notes.replaced {
        findings[i].status = Status::Replaced;
    }
    findings
}

/// A finding as `gloss check --format json` lists it.
#[derive(Debug, Serialize)]
pub struct FindingView<'a> {
    pub article: &'a str,
    pub file: &'a Path,
    /// "paragraph 3", "list item 2".
    pub place: String,
    pub sentence: &'a str,
    pub passage: &'a str,
    pub check: &'a str,
    pub term: &'a str,
    pub claimed: String,
    pub official: String,
    /// "contradicts" or "agrees".
    pub verdict: &'static str,
    /// "open", "dismissed" or "replaced" (by a hand-written note).
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'a str>,
    /// The event whose terms the sentence was judged by, when it speaks of an earlier stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<&'a str>,
    /// When the sentence dates a term to a stage before it was set: the event that set it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_by: Option<&'a str>,
    /// When the sentence calls a term new at a stage ("for the first time") that an earlier
    /// event already set: that event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub already: Option<&'a str>,
}

/// The findings as listings show them, in article order.
pub fn finding_views<'a>(findings: &'a [Finding], corpus: &'a Corpus, docs: &[Doc]) -> Vec<FindingView<'a>> {
    findings
        .iter()
        .filter_map(|f| Some((f, corpus.position(f.article)?)))
        .map(|(f, i)| {
            let a = &corpus.articles[i];
            let (status, reason) = match &f.status {
                Status::Open => ("open", None),
                Status::Dismissed { reason, .. } => ("dismissed", Some(reason.as_str())),
                Status::Replaced => ("replaced", None),
            };
            FindingView {
                article: &a.slug,
                file: &a.path,
                place: docs.get(i).map_or_else(String::new, |d| d.place(f.anchor.block)),
                sentence: &f.sentence,
                passage: &f.passage,
                check: &f.claim,
                term: &f.term,
                claimed: f.claimed.to_string(),
                official: f.official.to_string(),
                verdict: if f.agrees { "agrees" } else { "contradicts" },
                status,
                reason,
                stage: f.stage.as_deref(),
                set_by: f.set_by.as_deref(),
                already: f.already.as_deref(),
            }
        })
        .collect()
}

/// The findings for a person at a terminal: contradictions first, then a count of agreements.
pub fn findings_text(views: &[FindingView<'_>]) -> String {
    let mut out = String::new();
    let contradictions = views.iter().filter(|v| v.verdict == "contradicts").count();
    for v in views {
        let status = match v.status {
            "dismissed" => format!(" (dismissed: {})", v.reason.unwrap_or_default()),
            "replaced" => " (replaced by a hand-written note)".to_string(),
            _ => String::new(),
        };
        // A sentence about an earlier stage says which; one that dates a term too early says
        // when it was set, so "claims primary; official primary" cannot read as a contradiction.
        let compared = match (v.stage, v.set_by) {
            (Some(at), _) if let Some(set) = v.already => {
                format!("claims {} new at {at}; official {} already from {set}", v.claimed, v.official)
            }
            (Some(at), Some(set)) => format!("claims {} at {at}; official {} only from {set}", v.claimed, v.official),
            (Some(at), None) => format!("claims {} at {at}; official at {at} {}", v.claimed, v.official),
            (None, _) => format!("claims {}; official {}", v.claimed, v.official),
        };
        out.push_str(&format!(
            "{} ({}): {} term `{}` [check {}]{status}\n  {compared}\n  “{}”\n",
            v.file.display(),
            v.place,
            if v.verdict == "agrees" { "agrees with" } else { "contradicts" },
            v.term,
            v.check,
            v.sentence,
        ));
    }
    let agreements = views.len() - contradictions;
    out.push_str(&format!(
        "{} {}: {contradictions} {} the terms, {agreements} {}\n",
        views.len(),
        if views.len() == 1 { "finding" } else { "findings" },
        if contradictions == 1 { "contradicts" } else { "contradict" },
        if agreements == 1 { "agrees" } else { "agree" },
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The serve page's links reach the sentence through a text fragment, escaped for HTML and
    /// encoded for the URL; hostile text stays text.
    #[test]
    fn the_queue_page_links_each_sentence_by_a_text_fragment_and_escapes_it() {
        let views = vec![Line {
            article: "delta".to_string(),
            file: "content/articles/delta.md".into(),
            place: "paragraph 1".to_string(),
            sentence:
                "OpenAI committed <script>alert(1)</script> to buy $250 billion of Azure services, analysts said."
                    .to_string(),
            terms: vec!["e4-azure-commitment".to_string()],
            why: vec![crate::checks::review::Why::Amount { amount: "$250 billion".to_string() }],
        }];
        let page = queue_page(&views);
        assert!(page.contains("<a href=\"/articles/delta/index.html#:~:text=OpenAI%20committed%20%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20to,Azure%20services%2C%20analysts%20said.\">content/articles/delta.md</a>"), "{page}");
        assert!(page.contains("<q>OpenAI committed &lt;script&gt;alert(1)&lt;/script&gt; to buy"), "{page}");
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("the amount $250 billion; may concern <code>e4-azure-commitment</code>"), "{page}");
        assert!(queue_page(&[]).contains("Empty: every sentence"));
    }
    fn view<'a>(stage: Option<&'a str>, set_by: Option<&'a str>) -> FindingView<'a> {
        FindingView {
            article: "gentic",
            file: Path::new("content/articles/gentic.md"),
            place: "paragraph 2".to_string(),
            sentence: "Microsoft has been OpenAI's primary cloud partner since 2019.",
            passage: "primary cloud partner",
            check: "primary-cloud",
            term: "e5-azure-first",
            claimed: "primary".to_string(),
            official: "primary".to_string(),
            verdict: "contradicts",
            status: "open",
            reason: None,
            stage,
            set_by,
            already: None,
        }
    }

    /// Bug: "primary cloud partner since 2019" was listed as "claims primary; official primary",
    /// a contradiction that read as an agreement. The line says the stage the sentence speaks of
    /// and the event that set the term.
    #[test]
    fn check_line_claims_primary_official_primary_names_the_stages() {
        let text = findings_text(&[view(Some("E1"), Some("E5"))]);
        assert!(text.contains("\n  claims primary at E1; official primary only from E5\n"), "{text}");
        let text = findings_text(&[view(Some("E2"), None)]);
        assert!(text.contains("\n  claims primary at E2; official at E2 primary\n"), "{text}");
        let text = findings_text(&[view(None, None)]);
        assert!(text.contains("\n  claims primary; official primary\n"), "{text}");
        // A term called new ("for the first time") at a stage an earlier event set it by.
        let text = findings_text(&[FindingView { already: Some("E4"), ..view(Some("E5"), None) }]);
        assert!(text.contains("\n  claims primary new at E5; official primary already from E4\n"), "{text}");
    }

    /// Bug: "1 findings: 1 contradict the terms".
    #[test]
    fn check_summary_says_1_finding_in_the_singular() {
        assert!(findings_text(&[view(None, None)]).ends_with("1 finding: 1 contradicts the terms, 0 agree\n"));
        let two = findings_text(&[view(None, None), view(None, None)]);
        assert!(two.ends_with("2 findings: 2 contradict the terms, 0 agree\n"), "{two}");
    }
}
