//! A note's markup in the article page, and the machine-readable forms of the notes:
//! schema.org ClaimReview JSON-LD per page and the W3C Web Annotation collection.

use serde::Serialize;

use crate::config::Config;
use crate::content::annotations::NoteKind;
use crate::content::terms::Terms;
use crate::content::when::human_date;
use crate::content::{Article, Corpus};
use crate::notes::Resolved;
use crate::pages::{article_href, article_path, lang_attr};
use crate::render::{Escape, NoteMarkup, note_to_html};

/// The label a note shows. A back-reference sits on the passage another outlet was found to
/// contradict (the one that states the term right, or the editor's reference), so it says
/// another outlet differs, not that this passage is wrong.
pub fn label(note: &Resolved) -> &'static str {
    if note.back { "Another outlet says otherwise" } else { note.kind.label() }
}

/// The note's markup: its kind (classes and the number's tooltip) and its body, which the
/// margin-notes adapter places beside the passage (`crate::render::Placement`). The body is
/// phrasing content, so it may sit in a paragraph, heading, list item or cell, and holds no id
/// (a note in a table is written twice). `root` leads from the page back to the site's top.
pub fn note_html(note: &Resolved, corpus: &Corpus, root: &str) -> NoteMarkup {
    note_html_in(note, corpus, root, None)
}

/// [`note_html`] for an article in another language than the site's: the note is the editors'
/// words, so it says it is in `site_lang` (`lang` on the note), and a passage it quotes from
/// another article says that article's language.
pub fn note_html_in(note: &Resolved, corpus: &Corpus, root: &str, site_lang: Option<&str>) -> NoteMarkup {
    let terms = &corpus.terms;
    let n = note.number;
    let label = label(note);
    let mut body = String::new();
    // An automatic note says so in its head, where a reader looks first.
    let (auto_class, auto_title, auto_tag) = if note.automatic {
        (" note-automatic", " (automatic)", " <span class=\"note-auto\">automatic</span>")
    } else {
        ("", "", "")
    };
    body.push_str(&format!(
        "<span class=\"note-head\"><span class=\"note-num\" aria-hidden=\"true\">{n}</span> <strong class=\"note-kind\">{label}.</strong>{auto_tag}</span>"
    ));
    if !note.text.is_empty() {
        body.push(' ');
        body.push_str(&note_to_html(&note.text));
    }
    if let Some(term) = note.term.as_deref().and_then(|t| terms.term(t)) {
        // The term's title links to it; its wording, which makes notes long in a crowded
        // margin, is one click away there (the stylesheet shows it under a line and in print).
        let when = terms.event(&term.event).map_or_else(String::new, |e| format!(" ({})", human_date(e.date)));
        body.push_str(&format!(
            " <span class=\"note-term\">Official term{when}: <a href=\"{root}terms/index.html#term-{}\">{}</a><label class=\"term-more\"><input type=\"checkbox\" class=\"term-toggle\"><span class=\"term-more-label\">its wording</span></label> <q class=\"term-wording\">{}</q></span>",
            Escape(&term.id),
            Escape(&term.title),
            Escape(&term.quote),
        ));
    }
    if let Some((link, other)) = note.link.as_ref().and_then(|l| Some((l, corpus.article(l.article)?))) {
        let outlet = Escape(other.source.as_deref().unwrap_or(&other.title));
        let href = format!("{root}{}#q{}", article_href(&other.slug), link.number);
        let q_lang = lang_attr(other.lang.as_deref());
        let quote = Escape(&link.quote);
        body.push_str(&if note.back {
            format!(" <span class=\"note-source\">In <a href=\"{href}\">{outlet}</a>: <q{q_lang}>{quote}</q></span>")
        } else {
            format!(
                " <span class=\"note-source\">Compare <a href=\"{href}\">{outlet}</a>: <q{q_lang}>{quote}</q></span>"
            )
        });
    }
    // The note's own direction too: English inside an Arabic body still reads left to right.
    let attrs = site_lang
        .map(|l| format!(" lang=\"{}\" dir=\"{}\"", Escape(l), crate::lang::direction(l).unwrap_or("ltr")))
        .unwrap_or_default();
    NoteMarkup {
        classes: format!("note-{}{}{auto_class}", note.kind.id(), if note.back { " note-back" } else { "" }),
        attrs,
        title: format!("{label}{auto_title}"),
        body,
    }
}

/// The ClaimReview rating a note gives the claim.
fn rating(kind: NoteKind) -> (&'static str, u8) {
    match kind {
        NoteKind::ContradictsTerms => ("Contradicts the official terms", 1),
        NoteKind::ContradictsSource => ("Contradicted by another outlet", 2),
        NoteKind::Unsupported => ("Unsupported by the cited document", 2),
        NoteKind::Context => ("Needs context", 3),
    }
}

/// schema.org ClaimReview for each contradiction note of an article, as one JSON-LD graph;
/// `None` when the article has none. Serialised from borrowed structs whose fields are in
/// alphabetical order (the order a JSON object map had, so the output did not change).
pub fn claim_reviews(article: &Article, notes: &[Resolved], config: &Config, terms: &Terms) -> Option<String> {
    #[derive(Serialize)]
    struct Org<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct Appearance<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        headline: &'a str,
        #[serde(rename = "inLanguage", skip_serializing_if = "Option::is_none")]
        in_language: Option<&'a str>,
        publisher: Org<'a>,
        url: &'a str,
    }
    #[derive(Serialize)]
    struct Claim<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        appearance: Appearance<'a>,
    }
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Rating {
        #[serde(rename = "@type")]
        kind: &'static str,
        alternate_name: &'static str,
        best_rating: u8,
        rating_value: u8,
        worst_rating: u8,
    }
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Review<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        author: Org<'a>,
        claim_reviewed: &'a str,
        item_reviewed: Claim<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        keywords: Option<&'static str>,
        /// An automatic check, not an editor, wrote this review: machine-readable too.
        #[serde(skip_serializing_if = "Option::is_none")]
        review_aspect: Option<Option<&'a str>>,
        review_body: String,
        review_rating: Rating,
        url: String,
    }
    #[derive(Serialize)]
    struct Graph<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@graph")]
        graph: Vec<Review<'a>>,
    }
    let page = format!("{}{}", config.base_url, article_path(&article.slug));
    let author = config.author.as_deref().unwrap_or(&config.title);
    let appearance_url = article.url.as_deref().filter(|u| crate::render::is_safe_url(u)).unwrap_or(&page);
    let reviews: Vec<Review<'_>> = notes
        .iter()
        .filter(|n| n.kind.is_contradiction() && !n.back)
        .map(|n| {
            let (alternate, value) = rating(n.kind);
            let mut body = n.text.clone();
            if let Some(t) = n.term.as_deref().and_then(|t| terms.term(t)) {
                body.push_str(&format!(" Official term: \"{}\"", t.quote));
            }
            let body = body.trim();
            Review {
                kind: "ClaimReview",
                author: Org { kind: "Organization", name: author, url: Some(&config.base_url) },
                claim_reviewed: &n.quote,
                item_reviewed: Claim {
                    kind: "Claim",
                    appearance: Appearance {
                        kind: "NewsArticle",
                        headline: &article.title,
                        in_language: article.lang.as_deref(),
                        publisher: Org {
                            kind: "Organization",
                            name: article.source.as_deref().unwrap_or(""),
                            url: None,
                        },
                        url: appearance_url,
                    },
                },
                keywords: n.automatic.then_some("automatic check"),
                review_aspect: n.automatic.then_some(n.check.as_deref()),
                review_body: if n.automatic { format!("[automatic] {body}") } else { body.to_string() },
                review_rating: Rating {
                    kind: "Rating",
                    alternate_name: alternate,
                    best_rating: 5,
                    rating_value: value,
                    worst_rating: 1,
                },
                url: format!("{page}#n{}", n.number),
            }
        })
        .collect();
    if reviews.is_empty() {
        return None;
    }
    let doc = Graph { context: "https://schema.org", graph: reviews };
    Some(json_in_script(&serde_json::to_string(&doc).expect("ClaimReview is plain strings and numbers")))
}

/// JSON made safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`,
/// `\u0026`, so that no value (a title, a quote, a note) can write `</script>` or `<!--<script>`
/// (which sends the parser into a state that hides the rest of the page); U+2028 and U+2029 too,
/// which older JavaScript parsers take for line ends. These characters occur only inside JSON
/// strings, where the escapes mean the same.
pub fn json_in_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<std::borrow::Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    purpose: &'static str,
}

#[derive(Serialize)]
struct Selector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

#[derive(Serialize)]
struct AnnotationTarget<'a> {
    source: &'a str,
    selector: Selector<'a>,
}

#[derive(Serialize, Clone, Copy)]
struct Creator<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    nickname: Option<&'a str>,
}

#[derive(Serialize)]
struct Annotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    creator: Creator<'a>,
    body: Vec<Body<'a>>,
    target: AnnotationTarget<'a>,
}

/// One article's notes as W3C Web Annotations: JSON objects separated by commas, ready to join
/// with other articles' into [`annotation_collection`]; and how many there are. Serialised
/// straight from borrowed structs: a `serde_json::Value` tree of 50,000 notes costs seconds.
pub fn annotation_items(article: &Article, notes: &[Resolved], config: &Config, terms: &Terms) -> (String, usize) {
    let base = &config.base_url;
    let editors =
        Creator { kind: "Organization", name: config.author.as_deref().unwrap_or(&config.title), nickname: None };
    let page = format!("{base}{}", article_path(&article.slug));
    let mut out = String::new();
    let mut count = 0;
    for n in notes.iter().filter(|n| !n.back) {
        let purpose = if n.kind.is_contradiction() { "assessing" } else { "commenting" };
        let value = match n.term.as_deref().and_then(|t| terms.term(t)) {
            Some(t) => format!("{}\n\nOfficial term ({}): \"{}\"", n.text, t.id, t.quote).into(),
            None => std::borrow::Cow::Borrowed(n.text.as_str()),
        };
        let mut body = vec![
            Body { id: None, kind: Some("TextualBody"), value: Some(value), format: Some("text/markdown"), purpose },
            Body {
                id: None,
                kind: Some("TextualBody"),
                value: Some(n.kind.id().into()),
                format: None,
                purpose: "classifying",
            },
        ];
        let creator = if n.automatic {
            body.push(Body {
                id: None,
                kind: Some("TextualBody"),
                value: Some("automatic".into()),
                format: None,
                purpose: "tagging",
            });
            Creator { kind: "Software", name: "gloss automatic check", nickname: n.check.as_deref() }
        } else {
            editors
        };
        if let Some(link) = &n.link {
            let other = link.article.slug();
            body.push(Body {
                id: Some(format!("{base}{}#q{}", article_path(other), link.number)),
                kind: None,
                value: None,
                format: None,
                purpose: "linking",
            });
        }
        let item = Annotation {
            id: format!("{page}#n{}", n.number),
            kind: "Annotation",
            motivation: purpose,
            creator,
            body,
            target: AnnotationTarget {
                source: &page,
                selector: Selector { kind: "TextQuoteSelector", exact: &n.quote, prefix: &n.prefix, suffix: &n.suffix },
            },
        };
        if count > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(&item).expect("an annotation is plain strings"));
        count += 1;
    }
    (out, count)
}

/// Every note of the digest as a W3C Web Annotation collection, from each article's items
/// ([`annotation_items`]) in reading order, `total` of them.
pub fn annotation_collection<'a>(config: &Config, total: usize, items: impl Iterator<Item = &'a str>) -> String {
    let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let base = &config.base_url;
    let mut out = format!(
        "{{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":{},\"type\":\"AnnotationCollection\",\"label\":{},\"total\":{total},\"first\":{{\"type\":\"AnnotationPage\",\"id\":{},\"items\":[",
        json(&format!("{base}annotations.jsonld")),
        json(&format!("{}: margin notes", config.title)),
        json(&format!("{base}annotations.jsonld#page1")),
    );
    push_items(&mut out, items);
    out.push_str("]}}");
    out
}

/// Appends articles' items (each a comma-separated run of JSON objects, perhaps empty) as one
/// comma-separated run.
fn push_items<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    let mut first = true;
    for part in items.filter(|p| !p.is_empty()) {
        if !first {
            out.push(',');
        }
        out.push_str(part);
        first = false;
    }
}

/// The address of page `n` (from 1) of a paged annotation collection, from the site's top.
pub fn annotation_page_path(n: usize) -> String {
    format!("annotations/page-{n}.jsonld")
}

/// A paged collection's head: how many notes, and links to its first and last page.
pub fn annotation_collection_head(config: &Config, total: usize, pages: usize) -> String {
    let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let base = &config.base_url;
    format!(
        "{{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":{},\"type\":\"AnnotationCollection\",\"label\":{},\"total\":{total},\"first\":{},\"last\":{}}}",
        json(&format!("{base}annotations.jsonld")),
        json(&format!("{}: margin notes", config.title)),
        json(&format!("{base}{}", annotation_page_path(1))),
        json(&format!("{base}{}", annotation_page_path(pages))),
    )
}

/// Page `n` of `pages` of a paged collection, from its articles' items ([`annotation_items`]).
/// It names its collection and its neighbours, not its position in the whole, so that a note
/// added on one page leaves the others as they were.
pub fn annotation_page<'a>(config: &Config, n: usize, pages: usize, items: impl Iterator<Item = &'a str>) -> String {
    let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let base = &config.base_url;
    let mut out = format!(
        "{{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":{},\"type\":\"AnnotationPage\",\"partOf\":{}",
        json(&format!("{base}{}", annotation_page_path(n))),
        json(&format!("{base}annotations.jsonld")),
    );
    if n > 1 {
        out.push_str(&format!(",\"prev\":{}", json(&format!("{base}{}", annotation_page_path(n - 1)))));
    }
    if n < pages {
        out.push_str(&format!(",\"next\":{}", json(&format!("{base}{}", annotation_page_path(n + 1)))));
    }
    out.push_str(",\"items\":[");
    push_items(&mut out, items);
    out.push_str("]}");
    out
}
