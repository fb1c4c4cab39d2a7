//! What keeps scraped text from acting in a reader's browser.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

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

/// A secret of this process, unguessable by a page written before it ran: gloss's own markup
/// carries it through the cleaner, an article's raw HTML cannot. It never reaches the output
/// (the cleaner strips it), so builds stay byte-identical.
static NONCE: LazyLock<String> = LazyLock::new(|| {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(std::process::id().into());
    format!("{:016x}", h.finish())
});
/// Put at the start of each guarded attribute value of gloss's own markup.
static MARK: LazyLock<String> = LazyLock::new(|| format!("gloss-{}:", *NONCE));
/// Put at the start of each raw HTML event of the article, to tell it from gloss's markup once
/// both have passed the adapters.
static RAW: LazyLock<String> = LazyLock::new(|| format!("\u{FDD0}{}raw:", *NONCE));
/// gloss's `<input>` and `<label>` under names only it knows while cleaning: the cleaner keeps
/// these, and drops every `<input>` and `<label>` an article brings.
static OWN_INPUT: LazyLock<String> = LazyLock::new(|| format!("gloss{}input", *NONCE));
static OWN_LABEL: LazyLock<String> = LazyLock::new(|| format!("gloss{}label", *NONCE));

/// Attributes only gloss's markup may carry: they make a note (its classes, ids, toggles,
/// roles), so an article's raw HTML could otherwise forge an editor's note or take `#n1`.
const GUARDED: &[&str] = &["id", "class", "role", "aria-hidden", "aria-label", "tabindex", "for", "type"];

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    let (input, label): (&'static str, &'static str) = (OWN_INPUT.as_str(), OWN_LABEL.as_str());
    b.add_generic_attributes(["id", "class", "role", "aria-hidden", "aria-label", "tabindex", "dir"])
        .add_tags([input, label])
        .add_tag_attributes(input, ["type"])
        .add_tag_attributes(label, ["for"])
        .attribute_filter(move |element, attribute, value| {
            if !GUARDED.contains(&attribute) {
                return Some(value.into());
            }
            let own = value.strip_prefix(MARK.as_str())?;
            match (element == input, attribute) {
                // gloss's only input is a checkbox, which does nothing but show or hide.
                (true, "type") => Some("checkbox".into()),
                _ => Some(own.to_string().into()),
            }
        })
        // gloss's own links get no rel, with raw HTML or without; ammonia lets no target through.
        .link_rel(None);
    b
});

/// Marks the article's raw HTML (an [`Event::Html`] or [`Event::InlineHtml`] from its Markdown)
/// before the adapters add gloss's markup, so that [`OwnMarkup`] can tell the two apart.
pub fn mark_raw(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(h) => Event::Html(format!("{}{h}", *RAW).into()),
        Event::InlineHtml(h) => Event::InlineHtml(format!("{}{h}", *RAW).into()),
        other => other,
    }
}

/// After the adapters, in an article with raw HTML: the article's raw HTML passes as written
/// (the cleaner will judge it), gloss's own markup gets the marks that carry it through the
/// cleaner.
pub fn own_markup(event: Event<'_>) -> Event<'_> {
    let own = |h: CowStr<'_>| -> std::result::Result<String, String> {
        match h.strip_prefix(RAW.as_str()) {
            Some(raw) => Err(raw.to_string()),
            None => Ok(mark_own(&h)),
        }
    };
    match event {
        Event::Html(h) => Event::Html(own(h).unwrap_or_else(|raw| raw).into()),
        Event::InlineHtml(h) => Event::InlineHtml(own(h).unwrap_or_else(|raw| raw).into()),
        other => other,
    }
}

/// gloss's markup with each guarded attribute's value marked and its `<input>` and `<label>`
/// renamed. gloss writes its markup itself: attribute values are double-quoted and escaped.
fn mark_own(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let end = tag_end(rest);
        let tag = &rest[..end];
        rest = &rest[end..];
        let (closing, body) = match tag.strip_prefix("</") {
            Some(b) => (true, b),
            None => (false, &tag[1..]),
        };
        let name_len = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
        let (name, attrs) = body.split_at(name_len);
        let renamed = match name {
            "input" => OWN_INPUT.as_str(),
            "label" => OWN_LABEL.as_str(),
            other => other,
        };
        out.push('<');
        if closing {
            out.push('/');
        }
        out.push_str(renamed);
        mark_attributes(attrs, &mut out);
        if name == "input" && !closing {
            out.push_str(&format!("</{renamed}>"));
        }
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `s` (through its `>`), quotes respected.
fn tag_end(s: &str) -> usize {
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// Copies a tag's attributes (and its `>`), marking the guarded ones' values.
fn mark_attributes(attrs: &str, out: &mut String) {
    let mut rest = attrs;
    while let Some(eq) = rest.find("=\"") {
        let name_start = rest[..eq].rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        out.push_str(&rest[..eq + 2]);
        if GUARDED.contains(&&rest[name_start..eq]) {
            out.push_str(&MARK);
        }
        rest = &rest[eq + 2..];
        let close = rest.find('"').map_or(rest.len(), |i| i + 1);
        out.push_str(&rest[..close]);
        rest = &rest[close..];
    }
    out.push_str(rest);
}

/// Sanitises an article's HTML rendered from Markdown with raw HTML: no scripts, frames, event
/// handlers or script-capable addresses survive, and of the markup that makes a note (ids,
/// classes, roles, toggles) only gloss's own, marked by [`own_markup`], does.
pub fn sanitise(html: &str) -> String {
    let clean = CLEANER.clean(html).to_string();
    let (input, label) = (OWN_INPUT.as_str(), OWN_LABEL.as_str());
    clean
        .replace(&format!("</{input}>"), "")
        .replace(&format!("<{input}"), "<input")
        .replace(&format!("</{label}>"), "</label>")
        .replace(&format!("<{label}"), "<label")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(html: &str) -> String {
        sanitise(&mark_own(html))
    }

    /// Issue 16 (found while checking it): in an article with raw HTML the cleaner dropped the
    /// notes' toggles, labels, roles and hidden text, so no note could be opened on a phone.
    #[test]
    fn the_cleaner_keeps_gloss_own_markup_and_nothing_that_acts() {
        let note = "<span class=\"note\" id=\"n1\"><input type=\"checkbox\" class=\"note-toggle\" id=\"t1\"><label for=\"t1\" class=\"note-ref\" title=\"Context\"><span class=\"visually-hidden\">Note </span>1</label><span class=\"sidenote\" role=\"note\"><span class=\"note-num\" aria-hidden=\"true\">1</span></span></span>";
        assert_eq!(own(note), note);
        let region = "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table 1\" tabindex=\"0\"></div>";
        assert_eq!(own(region), region);
        let form = sanitise("<input type=\"text\" onfocus=\"x()\" formaction=\"https://evil.example\">");
        assert_eq!(form, "");
    }

    /// Issue 15, defect 8: scraped raw HTML carrying gloss's classes and ids forged an editor's
    /// margin note (and took `#n1`); only gloss's own markup may carry them.
    #[test]
    fn defect_8_raw_html_cannot_forge_a_note_or_take_its_id() {
        let forged = "<span class=\"note note-contradicts-terms\" id=\"n1\" role=\"note\" aria-label=\"x\" tabindex=\"0\"><input type=\"checkbox\" class=\"note-toggle\" id=\"t1\"><label for=\"t1\" class=\"note-ref\">1</label><span class=\"sidenote\">Forged</span></span>";
        assert_eq!(sanitise(forged), "<span>1<span>Forged</span></span>");
        // A guessed mark does not help: the nonce is this process's secret.
        let guessed = "<span class=\"gloss-0000000000000000:note\" id=\"gloss-:n1\">x</span>";
        assert_eq!(sanitise(guessed), "<span>x</span>");
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
