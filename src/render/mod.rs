//! Markdown → HTML for article bodies and notes: verbatim text, safe output.
//!
//! Rendering is a chain of small event adapters over pulldown-cmark's stream (rustdoc's shape),
//! composed in [`markdown_to_html`]. Text scraped from the web must never run a script or load a
//! frame in a reader's browser: links with script-capable schemes are unlinked, and a document
//! that contains raw HTML is passed through ammonia. Documents without raw HTML skip ammonia's
//! HTML parse entirely, which keeps a 10,000-article build fast.

mod safe;

use pulldown_cmark::{Event, html};

use crate::text;

pub use safe::is_safe_url;

/// Renders Markdown to HTML that is safe to put in a page.
pub fn markdown_to_html(markdown: &str) -> String {
    let mut raw_html = false;
    let events = safe::SafeLinks::new(text::events(markdown)).inspect(|e| {
        if matches!(e, Event::Html(_) | Event::InlineHtml(_)) {
            raw_html = true;
        }
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    if raw_html { safe::sanitise(&out) } else { out }
}

/// Renders one line of Markdown without its paragraph: for a dek or an introduction line.
pub fn inline_markdown_to_html(markdown: &str) -> String {
    let html = markdown_to_html(markdown);
    let trimmed = html.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_verbatim() {
        let html = markdown_to_html("Microsofts “deal” — it’s 100% \"done\"...\n");
        assert_eq!(html, "<p>Microsofts “deal” — it’s 100% \"done\"...</p>\n");
    }

    #[test]
    fn scripts_and_frames_are_removed() {
        let html = markdown_to_html(
            "Hi <script>alert(1)</script> there.\n\n<iframe src=\"http://evil\"></iframe>\n\n<img src=x onerror=alert(1)>\n",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(html.contains("Hi"), "{html}");
    }

    #[test]
    fn script_links_are_unlinked_but_keep_their_text() {
        let html = markdown_to_html(
            "[click](javascript:alert(1)) and [ok](https://a.org/x) and ![i](data:text/html,x)",
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("click"), "{html}");
        assert!(
            html.contains("<a href=\"https://a.org/x\">ok</a>"),
            "{html}"
        );
    }

    #[test]
    fn inline_strips_the_paragraph() {
        assert_eq!(inline_markdown_to_html("A *dek*."), "A <em>dek</em>.");
    }
}
