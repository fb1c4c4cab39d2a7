//! What keeps scraped text from acting in a reader's browser.

use std::sync::LazyLock;

use pulldown_cmark::{Event, Tag, TagEnd};

/// Whether a link or image address is safe to keep: relative addresses, fragments and the
/// http, https and mailto schemes. `javascript:`, `data:`, `vbscript:` and the rest are not.
pub fn is_safe_url(url: &str) -> bool {
    let url = url.trim();
    let scheme_end = url.find([':', '/', '?', '#']);
    match scheme_end {
        Some(i) if url[i..].starts_with(':') => {
            let scheme = url[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// Drops links and images whose address is not safe, keeping their text.
pub struct SafeLinks<I> {
    inner: I,
    skipping_link: bool,
    skipping_image: usize,
}

impl<I> SafeLinks<I> {
    pub fn new(inner: I) -> Self {
        Self { inner, skipping_link: false, skipping_image: 0 }
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for SafeLinks<I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let event = self.inner.next()?;
            match &event {
                Event::Start(Tag::Link { dest_url, .. }) if !is_safe_url(dest_url) => self.skipping_link = true,
                Event::End(TagEnd::Link) if self.skipping_link => self.skipping_link = false,
                Event::Start(Tag::Image { dest_url, .. }) if self.skipping_image > 0 || !is_safe_url(dest_url) => {
                    self.skipping_image += 1;
                }
                Event::End(TagEnd::Image) if self.skipping_image > 0 => self.skipping_image -= 1,
                _ => return Some(event),
            }
        }
    }
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    // The cleaner sees gloss's own markup too (an article with raw HTML is cleaned whole): the
    // notes' toggles and numbers, their roles and hidden text, the tables' scroll regions. Without
    // these a note in such an article could not be opened on a phone. An input can only be a
    // checkbox, which does nothing but show or hide.
    b.add_generic_attributes(["id", "class", "role", "aria-hidden", "aria-label", "tabindex"])
        .add_tags(["input", "label"])
        .add_tag_attributes("input", ["type"])
        .add_tag_attributes("label", ["for"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("input", "type") => Some("checkbox".into()),
            _ => Some(value.into()),
        })
        .link_rel(Some("nofollow noopener noreferrer"));
    b
});

/// Sanitises HTML that came from raw HTML in Markdown: no scripts, frames, event handlers or
/// script-capable addresses survive.
pub fn sanitise(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 16 (found while checking it): in an article with raw HTML the cleaner dropped the
    /// notes' toggles, labels, roles and hidden text, so no note could be opened on a phone.
    #[test]
    fn the_cleaner_keeps_the_notes_markup_and_nothing_that_acts() {
        let note = "<span class=\"note\" id=\"n1\"><input type=\"checkbox\" class=\"note-toggle\" id=\"t1\"><label for=\"t1\" class=\"note-ref\" title=\"Context\"><span class=\"visually-hidden\">Note </span>1</label><span class=\"sidenote\" role=\"note\"><span class=\"note-num\" aria-hidden=\"true\">1</span></span></span>";
        assert_eq!(sanitise(note), note);
        let region = "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table 1\" tabindex=\"0\"></div>";
        assert_eq!(sanitise(region), region);
        let form = sanitise("<input type=\"text\" onfocus=\"x()\" formaction=\"https://evil.example\">");
        assert_eq!(form, "<input type=\"checkbox\">");
    }

    #[test]
    fn url_schemes() {
        for ok in ["https://a.org", "http://a", "mailto:x@y", "../x/index.html", "#n1", "/abs"] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in ["javascript:alert(1)", " JavaScript:x", "data:text/html,x", "vbscript:x", "file:///etc"] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }
}
