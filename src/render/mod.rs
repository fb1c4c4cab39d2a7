//! Markdown → HTML for article bodies and notes: verbatim text, safe output.
//!
//! Rendering is a chain of small event adapters over pulldown-cmark's stream (rustdoc's shape),
//! composed in [`markdown_to_html`]. Text scraped from the web must never run a script or load a
//! frame in a reader's browser: links with script-capable schemes are unlinked, and a document
//! that contains raw HTML is passed through ammonia. Documents without raw HTML skip ammonia's
//! HTML parse entirely, which keeps a 10,000-article build fast.

mod escape;
mod margin;
mod safe;
mod targets;

use pulldown_cmark::{Event, Tag, TagEnd, html};

use crate::text;

pub use escape::Escape;
pub use margin::{NoteMarkup, Placement};
pub use safe::is_safe_url;
pub use targets::LinkTarget;

/// Renders Markdown to HTML that is safe to put in a page.
pub fn markdown_to_html(markdown: &str) -> String {
    article_to_html(markdown, &[]).0
}

/// Renders an article body with its margin notes; returns the HTML and how many notes were
/// placed, so the caller can report any that were not.
pub fn article_to_html(markdown: &str, placements: &[Placement]) -> (String, usize) {
    let (html, placed, _) = article_to_html_with_targets(markdown, placements, &[]);
    (html, placed)
}

/// Renders an article body with its margin notes and link targets (sorted by block, then
/// offset); returns the HTML and how many notes and targets were placed.
pub fn article_to_html_with_targets(
    markdown: &str,
    placements: &[Placement],
    targets: &[LinkTarget],
) -> (String, usize, usize) {
    // Raw HTML is cleaned, gloss's markup is not: the article's raw HTML is marked as it leaves
    // the parser, gloss's markup after the adapters, and the cleaner keeps only gloss's ids,
    // classes and toggles (issue 15: sanitise the article, then add gloss's markup).
    let raw_html =
        markdown.contains('<') && text::events(markdown).any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let events = safe::SafeLinks::new(text::events(markdown)).map(|e| if raw_html { safe::mark_raw(e) } else { e });
    let events = TableRegions { inner: events, tables: 0, next: None };
    let mut with_targets = targets::Targets::new(events, targets);
    let mut adapter = margin::MarginNotes::new(&mut with_targets, placements);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, (&mut adapter).map(|e| if raw_html { safe::own_markup(e) } else { e }));
    let placed = adapter.placed();
    drop(adapter);
    let targets_placed = with_targets.placed();
    drop(with_targets);
    (without_note_roles_in_headings(if raw_html { safe::sanitise(&out) } else { out }), placed, targets_placed)
}

/// Renders one line of plain text (a headline, a dek) with the margin notes on it, as phrasing
/// content: `block` is the line's block in the article's visible text (see
/// [`crate::anchor::Doc::article`]). Returns the HTML and how many notes were placed.
pub fn line_to_html(line: &str, block: usize, placements: &[Placement]) -> (String, usize) {
    let here: Vec<Placement> =
        placements.iter().filter(|p| p.block == block).map(|p| Placement { block: 0, ..p.clone() }).collect();
    let events = [Event::Start(Tag::Paragraph), Event::Text(line.into()), Event::End(TagEnd::Paragraph)];
    let mut events = events.into_iter();
    let mut adapter = margin::MarginNotes::new(&mut events, &here);
    let mut out = String::with_capacity(line.len() * 2);
    html::push_html(&mut out, &mut adapter);
    let placed = adapter.placed();
    let inner = out.trim_end().strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")).unwrap_or(&out).to_string();
    (inner, placed)
}

/// The headline's notes without `role="note"`, which HTML forbids inside a heading (the
/// note's label still says what it is).
pub fn heading_line_to_html(line: &str, block: usize, placements: &[Placement]) -> (String, usize) {
    let (html, placed) = line_to_html(line, block, placements);
    (html.replace(NOTE_ROLE, ""), placed)
}

const NOTE_ROLE: &str = " role=\"note\"";

/// Removes `role="note"` from the notes inside headings (`<h1>`…`<h6>`): HTML forbids the role
/// there. Costs nothing on a page without a note in a heading.
fn without_note_roles_in_headings(html: String) -> String {
    if !html.contains(NOTE_ROLE) {
        return html;
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(at) = rest.find("<h") {
        let level = rest.as_bytes().get(at + 2).copied();
        if !matches!(level, Some(b'1'..=b'6')) {
            out.push_str(&rest[..at + 2]);
            rest = &rest[at + 2..];
            continue;
        }
        let close = format!("</h{}>", char::from(level.unwrap_or(b'1')));
        let Some(end) = rest[at..].find(&close).map(|e| at + e + close.len()) else { break };
        out.push_str(&rest[..at]);
        out.push_str(&rest[at..end].replace(NOTE_ROLE, ""));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Wraps each table in a region that scrolls on its own (a wide table on a phone) and that a
/// keyboard can reach. Holds at most one event back: no allocation per event.
struct TableRegions<'a, I> {
    inner: I,
    tables: usize,
    next: Option<Event<'a>>,
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for TableRegions<'a, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(e) = self.next.take() {
            return Some(e);
        }
        match self.inner.next()? {
            e @ Event::Start(Tag::Table(_)) => {
                self.tables += 1;
                self.next = Some(e);
                Some(Event::Html(
                    format!(
                        "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table {}\" tabindex=\"0\">\n",
                        self.tables
                    )
                    .into(),
                ))
            }
            e @ Event::End(TagEnd::Table) => {
                self.next = Some(Event::Html("</div>\n".into()));
                Some(e)
            }
            e => Some(e),
        }
    }
}

/// Renders a note's Markdown as phrasing content, which may sit inside a paragraph, heading,
/// list item or table cell: inline markup is kept, paragraphs become line breaks and other
/// blocks (lists, headings) are flattened to their text.
pub fn note_to_html(markdown: &str) -> String {
    let mut paragraphs = 0;
    let events = safe::SafeLinks::new(text::events(markdown)).filter_map(|e| match e {
        Event::Start(Tag::Paragraph | Tag::Item) => {
            paragraphs += 1;
            (paragraphs > 1).then(|| Event::InlineHtml("<br>".into()))
        }
        Event::Start(Tag::Heading { .. } | Tag::List(_) | Tag::BlockQuote(_) | Tag::CodeBlock(_))
        | Event::End(
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::Heading(_)
            | TagEnd::List(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock,
        )
        | Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell)
        | Event::End(TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell) => None,
        Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
        Event::Rule => None,
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out.trim_end().to_string()
}

/// Renders one line of Markdown without its paragraph: for a dek or an introduction line.
pub fn inline_markdown_to_html(markdown: &str) -> String {
    let html = markdown_to_html(markdown);
    let trimmed = html.trim_end();
    match trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
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
        let html =
            markdown_to_html("[click](javascript:alert(1)) and [ok](https://a.org/x) and ![i](data:text/html,x)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("click"), "{html}");
        assert!(html.contains("<a href=\"https://a.org/x\">ok</a>"), "{html}");
    }

    fn place(md: &str, quote: &str, number: usize) -> Placement {
        let doc = crate::anchor::Doc::new(md);
        let a = doc.find(quote, None, None).expect("quote found");
        let note = NoteMarkup {
            classes: "note-k".into(),
            attrs: String::new(),
            title: "K".into(),
            body: format!("B{number}"),
        };
        Placement { block: a.block, start: a.start, end: a.end, number, note: Some(note) }
    }

    /// Renders with notes, writing each note beside a line as `<N1>` and each note beside a
    /// table row as `[N1]`, to keep the expectations short.
    fn with_notes(md: &str, quotes: &[&str]) -> String {
        let mut ps: Vec<Placement> = quotes.iter().enumerate().map(|(i, q)| place(md, q, i + 1)).collect();
        ps.sort_by_key(|p| (p.block, p.start));
        let (html, placed) = article_to_html(md, &ps);
        assert_eq!(placed, quotes.len(), "{html}");
        let mut html = html;
        for n in 1..=quotes.len() {
            let label = format!(
                "<label for=\"t{n}\" class=\"note-ref\" title=\"K\"><span class=\"visually-hidden\">Note </span>{n}</label>"
            );
            let inline = format!(
                "<span class=\"note note-k\" id=\"n{n}\"><input type=\"checkbox\" class=\"note-toggle\" id=\"t{n}\">{label}<span class=\"sidenote\" role=\"note\">B{n}</span></span>"
            );
            let reference = format!("<span class=\"note note-k\" id=\"n{n}\">{label}</span>");
            // In a heading the note has no role (HTML forbids role=note there): `<H{n}>`.
            let in_heading = inline.replace(" role=\"note\"", "");
            html = html
                .replace(&inline, &format!("<N{n}>"))
                .replace(&in_heading, &format!("<H{n}>"))
                .replace(&reference, &format!("[N{n}]"));
        }
        html
    }

    #[test]
    fn marks_a_passage_and_puts_the_note_after_it() {
        let html = with_notes("One two three four.\n", &["two three"]);
        assert_eq!(
            html,
            "<p>One <span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">two three</mark><N1> four.</p>\n"
        );
    }

    #[test]
    fn a_passage_across_emphasis_stays_well_nested() {
        let html = with_notes("Alpha *beta gamma* delta.\n", &["Alpha beta"]);
        assert_eq!(
            html,
            "<p><span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">Alpha </mark><em><mark class=\"quoted\">beta</mark><N1> gamma</em> delta.</p>\n"
        );
    }

    #[test]
    fn a_passage_across_a_soft_break_and_a_link_puts_the_note_after_the_link() {
        let html = with_notes("See the\n[official post](https://x.org) now.\n", &["the official"]);
        assert!(
            html.contains("<a href=\"https://x.org\"><mark class=\"quoted\">official</mark> post</a><N1> now."),
            "{html}"
        );
    }

    #[test]
    fn several_notes_in_one_paragraph_and_overlapping_passages() {
        let html = with_notes("a b c d e f g.\n", &["b c d", "c d e", "g."]);
        // Each passage's target is followed by its own mark, so `:target + mark` finds it.
        assert_eq!(
            html,
            "<p>a <span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">b </mark><span class=\"quote-start\" id=\"q2\"></span><mark class=\"quoted\">c d</mark><N1><mark class=\"quoted\"> e</mark><N2> f <span class=\"quote-start\" id=\"q3\"></span><mark class=\"quoted\">g.</mark><N3></p>\n"
        );
    }

    #[test]
    fn notes_in_headings_list_items_table_cells_and_code() {
        let md = "## Big *deal*\n\n- item with `code span` here\n\n| a | b |\n|---|---|\n| cell text | x |\n\n> quoted words\n";
        let html = with_notes(md, &["Big deal", "code span here", "cell text", "quoted words"]);
        assert!(html.contains("<h2><span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">Big </mark><em><mark class=\"quoted\">deal</mark><H1></em></h2>"), "{html}");
        assert!(html.contains("<mark class=\"quoted\"><code>code span</code> here</mark><N2>"), "{html}");
        assert!(
            html.contains(
                "<td><span class=\"quote-start\" id=\"q3\"></span><mark class=\"quoted\">cell text</mark>[N3]</td>"
            ),
            "{html}"
        );
        assert!(html.contains("<blockquote>\n<p><span class=\"quote-start\" id=\"q4\"></span><mark class=\"quoted\">quoted words</mark><N4></p>"), "{html}");
    }

    /// Issue 16: a note in a table cell rendered inside the cell at every width. The cell keeps
    /// the number; the note follows in a cell at the end of the row (the margin) and in a row of
    /// its own under it, spanning the table, whose toggle the number opens.
    #[test]
    fn a_note_in_a_table_cell_goes_beside_and_under_its_row() {
        let md = "| a | b | c |\n|---|---|---|\n| one | two | three |\n| four | five | six |\n";
        let html = with_notes(md, &["two", "five", "six"]);
        let side =
            |n: usize| format!("<span class=\"note note-k\"><span class=\"sidenote\" role=\"note\">B{n}</span></span>");
        let under = |n: usize| {
            format!(
                "<span class=\"note note-k\"><input type=\"checkbox\" class=\"note-toggle\" id=\"t{n}\"><span class=\"sidenote\" role=\"note\">B{n}</span></span>"
            )
        };
        let first = format!(
            "<td><span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">two</mark>[N1]</td><td>three</td><td class=\"note-cell\" rowspan=\"2\">{}</td></tr>\n<tr class=\"note-row\"><td colspan=\"3\">{}</td></tr>\n",
            side(1),
            under(1)
        );
        assert!(html.contains(&first), "{html}");
        let second = format!(
            "<mark class=\"quoted\">six</mark>[N3]</td><td class=\"note-cell\" rowspan=\"2\">{}{}</td></tr>\n<tr class=\"note-row\"><td colspan=\"3\">{}{}</td></tr>\n",
            side(2),
            side(3),
            under(2),
            under(3)
        );
        assert!(html.contains(&second), "{html}");
        // Each toggle once: ids stay unique.
        assert_eq!(html.matches("id=\"t2\"").count(), 1, "{html}");
        // A note cell spans the rows down to the next one, or the table's end: a long note runs
        // beside the rows under its own instead of stretching its row.
        let md = "| a | b |\n|---|---|\n| one | x |\n| two | x |\n| three | x |\n| four | x |\n";
        let html = with_notes(md, &["two"]);
        assert!(html.contains("<td>x</td><td class=\"note-cell\" rowspan=\"4\">"), "{html}");
    }

    #[test]
    fn a_note_in_a_table_head_goes_under_the_head_row() {
        let md = "| alpha | beta |\n|---|---|\n| x | y |\n";
        let html = with_notes(md, &["beta"]);
        assert!(html.contains("[N1]</th><td class=\"note-cell\">"), "{html}");
        assert!(html.contains("</tr></thead><tbody>\n<tr class=\"note-row\"><td colspan=\"2\">"), "{html}");
    }

    /// Issue 16: "agrees" links landed on an empty anchor. The passage itself is the target, a
    /// highlight split around inline tags and marks, its first part carrying the id.
    #[test]
    fn a_claim_passage_is_its_own_link_target() {
        let md = "Alpha beta *gamma* delta epsilon.\n";
        let doc = crate::anchor::Doc::new(md);
        let claim = |q: &str, number: usize| {
            let a = doc.find(q, None, None).expect("found");
            Placement { block: a.block, start: a.start, end: a.end, number, note: None }
        };
        let (html, placed) = article_to_html(md, &[claim("beta gamma delta", 1)]);
        assert_eq!(placed, 1);
        assert_eq!(
            html,
            "<p>Alpha <span class=\"claim\" id=\"c1\">beta </span><em><span class=\"claim\">gamma</span></em><span class=\"claim\"> delta</span> epsilon.</p>\n"
        );
        // Overlapping a quoted passage: the mark nests inside the claim and the claim is closed
        // and reopened where the quote outlives it.
        let mut ps = vec![claim("Alpha beta", 1), place(md, "beta gamma", 2)];
        ps.sort_by_key(|p| (p.block, p.start));
        let (html, placed) = article_to_html(md, &ps);
        assert_eq!(placed, 2);
        assert!(html.starts_with("<p><span class=\"claim\" id=\"c1\">Alpha <span class=\"quote-start\" id=\"q2\"></span><mark class=\"quoted\">beta</mark></span>"), "{html}");
    }

    #[test]
    fn note_markdown_is_phrasing_content() {
        assert_eq!(
            note_to_html("One *a*.\n\nTwo [l](https://x.org)."),
            "One <em>a</em>.<br>Two <a href=\"https://x.org\">l</a>."
        );
        assert_eq!(note_to_html("<script>x</script>"), "&lt;script&gt;x&lt;/script&gt;");
    }

    #[test]
    fn inline_strips_the_paragraph() {
        assert_eq!(inline_markdown_to_html("A *dek*."), "A <em>dek</em>.");
    }
}

#[cfg(test)]
mod heading_role_tests {
    use super::*;

    /// The Nu checker: `role="note"` must not appear inside h1–h6 (a note on a heading, or on
    /// the headline); elsewhere it stays.
    #[test]
    fn notes_in_headings_lose_their_note_role_and_others_keep_it() {
        let p = |block: usize| Placement {
            block,
            start: 0,
            end: 3,
            number: block + 1,
            note: Some(NoteMarkup { classes: "note-context".into(), body: "Why.".into(), ..Default::default() }),
        };
        let (html, placed) = article_to_html("## The heading\n\nThe paragraph.\n", &[p(0), p(1)]);
        assert_eq!(placed, 2);
        let heading = &html[..html.find("</h2>").expect("h2")];
        assert!(!heading.contains("role=\"note\""), "{html}");
        assert!(html[html.find("</h2>").expect("h2")..].contains("role=\"note\""), "{html}");
        let (title, placed) = heading_line_to_html("The headline", 0, &[p(0)]);
        assert_eq!(placed, 1);
        assert!(title.contains("class=\"sidenote\"") && !title.contains("role="), "{title}");
    }
}
