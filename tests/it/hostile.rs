//! The injection corpus (tests/fixtures/hostile/, issue 15): every input place of a digest carries
//! a script payload or forged markup, and the built pages hold none of it as markup. The browser
//! suite loads the same pages in Chromium (`check.mjs --hostile`); these are the facts a test can
//! read from the bytes.

use std::fs;

use crate::fixture::*;

fn built() -> Fixture {
    let f = Fixture::copy_of("hostile");
    f.build();
    f
}

fn pages(f: &Fixture) -> Vec<(String, String)> {
    let public = f.path("public");
    let mut out: Vec<(String, String)> = walkdir::WalkDir::new(&public)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html" || x == "xml" || x == "jsonld"))
        .map(|e| {
            let rel = e.path().strip_prefix(&public).expect("inside").to_string_lossy().into_owned();
            (rel, fs::read_to_string(e.path()).expect("read page"))
        })
        .collect();
    out.sort();
    out
}

/// Every tag of an HTML page, as written (`<a href="…">`), comments and the JSON-LD's text aside.
fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        out.push(&rest[..end]);
        if rest.starts_with("<script type=\"application/ld+json\">") {
            rest = rest.find("</script>").map_or("", |e| &rest[e..]);
            out.push("</script>");
            rest = rest.strip_prefix("</script>").unwrap_or(rest);
            continue;
        }
        rest = &rest[end..];
    }
    out
}

/// A tag's attributes as (name, value), values quoted or not.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>').trim_end_matches('/');
    let mut rest = inner.split_once(char::is_whitespace).map_or("", |x| x.1);
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return out;
        }
        let name_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            out.push((name, ""));
            continue;
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = &after[1..];
                let end = body.find(q).unwrap_or(body.len());
                (&body[..end], body.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        out.push((name, value));
        rest = next;
    }
}

#[test]
fn the_injection_corpus_builds_into_pages_without_scripts_handlers_or_script_urls() {
    let f = built();
    let pages = pages(&f);
    assert!(
        pages.iter().any(|(p, _)| p == "articles/raw-html/index.html"),
        "{:?}",
        pages.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    for (page, text) in pages.iter().filter(|(p, _)| p.ends_with(".html")) {
        for tag in tags(text) {
            let lower = tag.to_ascii_lowercase();
            assert!(
                !lower.starts_with("<script") || lower == "<script type=\"application/ld+json\">",
                "{page}: a script element: {tag}"
            );
            for bad in ["<iframe", "<form", "<math", "<object", "<embed", "<button", "<textarea", "<input type=\"text"]
            {
                assert!(!lower.starts_with(bad), "{page}: {tag}");
            }
            for (name, value) in attributes(&lower) {
                assert!(!name.starts_with("on"), "{page}: a handler in {tag}");
                assert!(name != "style", "{page}: a style attribute in {tag}");
                if ["href", "src", "action", "formaction", "srcset", "xlink:href"].contains(&name) {
                    for scheme in ["javascript:", "data:", "vbscript:"] {
                        assert!(!value.trim_start().starts_with(scheme), "{page}: a {scheme} address in {tag}");
                    }
                }
            }
        }
        assert!(!text.contains("<script>window"), "{page}: a payload as markup");
        assert!(!text.contains("display: none }"), "{page}: the article's style element");
    }
}

/// Issue 15, defect 2: one `<sup>1</sup>` in an article sent gloss's own markup through the
/// cleaner with the article: the notes' toggles, labels, roles and table regions went, and below
/// the margin breakpoint no note could be opened. The notes of an article with raw HTML are
/// marked up exactly like those of an article without.
#[test]
fn defect_2_an_article_with_raw_html_keeps_gloss_markup_exactly() {
    let body = "Microsoft and OpenAI amended their deal on a Monday.\n\n| Term | Detail |\n|---|---|\n| Cloud | Azure first, unless Microsoft cannot support capabilities |\n\nThe revenue share now flows from Microsoft to OpenAI.\n";
    let notes = "[[note]]\nquote = \"amended their deal\"\nkind = \"context\"\ntext = \"See [the terms](../../terms/index.html).\"\n\n[[note]]\nquote = \"unless Microsoft cannot\"\nkind = \"unsupported\"\ntext = \"In a table cell.\"\n\n[[note]]\nquote = \"now flows\"\nkind = \"context\"\ntext = \"Third.\"\n";
    let page = |raw: bool| {
        let f = Fixture::new();
        let body = if raw { body.replace("a Monday.", "a Monday<sup>1</sup>.") } else { body.to_string() };
        f.article("a", "title = \"A\"\nsource = \"S\"\npublished = 2026-04-28", &body);
        f.write("content/annotations/a.toml", notes);
        f.build();
        f.read("public/articles/a/index.html")
    };
    let plain = page(false);
    let raw = page(true);
    assert_eq!(plain.matches("class=\"note-toggle\"").count(), 3, "{plain}");
    assert_eq!(raw.replace("<sup>1</sup>", ""), plain);
}

/// Issue 15, defect 8: raw HTML carrying gloss's classes and ids forged an editor's margin note
/// (a toggle, a number, a sidenote) and took `#n1` from the real first note.
#[test]
fn defect_8_scraped_html_cannot_forge_a_note_or_take_its_ids() {
    let f = built();
    let page = f.read("public/articles/raw-html/index.html");
    for id in ["n1", "t1", "n2"] {
        assert_eq!(page.matches(&format!("id=\"{id}\"")).count(), 1, "#{id} is not unique");
    }
    let forged = page.find("A forged editor").expect("the forged text is kept, as text");
    let before = &page[..forged];
    let open_tag = &before[before.rfind('<').expect("a tag before")..];
    assert!(!open_tag.contains("class="), "the forged note kept a class: {open_tag}");
    assert!(!before[before.len().saturating_sub(300)..].contains("note-toggle\" id=\"t1\""), "a forged toggle");
    let toggles = page.matches("class=\"note-toggle\"").count();
    assert_eq!(toggles, 5, "the four notes and the back-note from plain, no more");
}

/// Issue 15, defect 6: `<!--<script>` in a value that reaches the ClaimReview JSON-LD (a title,
/// a note, the author) put the HTML parser in a state that blanked the rest of the page.
#[test]
fn defect_6_json_ld_escapes_what_could_end_or_hide_its_script() {
    let f = built();
    let page = f.read("public/articles/raw-html/index.html");
    let open = "<script type=\"application/ld+json\">";
    let start = page.find(open).expect("ClaimReview JSON-LD") + open.len();
    let json = &page[start..start + page[start..].find("</script>").expect("closed")];
    for bad in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!json.contains(bad), "{bad:?} in the JSON-LD: {json}");
    }
    let value: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    let text = value.to_string();
    assert!(text.contains("<!--<script>"), "the values are kept, escaped: {text}");
    assert!(page[start..].contains("<p>The revenue share "), "the body follows the JSON-LD");
}

/// Issue 15, defect 7: a `javascript:` or `data:` document address in content/terms.toml was
/// published as a live link on the terms page and the timeline.
#[test]
fn defect_7_script_urls_in_the_terms_are_errors_at_their_line() {
    for url in
        ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " JaVaScRiPt:alert(1)", "java\tscript:x"]
    {
        let f = Fixture::copy_of("hostile");
        let terms = f.read("content/terms.toml");
        let url_toml = toml::Value::String(url.into()).to_string();
        f.write(
            "content/terms.toml",
            &terms.replace(
                "url = \"https://blogs.microsoft.com/x?a=\\\"><script>window.__pwned=1</script>\"",
                &format!("url = {url_toml}"),
            ),
        );
        assert_ne!(f.read("content/terms.toml"), terms);
        let out = f.gloss(&["check"]);
        let text = stdout(&out) + &stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{url}: {text}");
        assert!(text.contains("content/terms.toml:6:"), "{url}: {text}");
        assert!(text.contains("is not a web address"), "{url}: {text}");
        let out = f.gloss(&["build"]);
        assert!(!out.status.success());
        assert!(!f.path("public").exists(), "{url}: built anyway");
    }
}

/// Issue 15, defect 13: the importer kept a form feed, U+0001 and U+FFFE of a scraped headline
/// in `title`, where feed.xml and sitemap.xml cannot hold them; the article now imports without
/// them and builds into well-formed feeds.
#[test]
fn defect_13_the_importer_drops_control_characters_from_the_title() {
    let seeds = fixtures().join("import/seeds");
    let mut first: Vec<_> = fs::read_dir(&seeds).expect("seeds").flatten().map(|e| e.path()).collect();
    first.sort();
    let text = fs::read_to_string(&first[0]).expect("seed");
    let f = Fixture::new();
    let mut found = None;
    let out = f.gloss(&["import", first[0].to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    for e in fs::read_dir(f.path("content/articles")).expect("articles").flatten() {
        found = Some(fs::read_to_string(e.path()).expect("read"));
        fs::remove_file(e.path()).expect("rm");
    }
    let clean = found.expect("an article");
    let title_line = clean.lines().find(|l| l.starts_with("title = ")).expect("a title").to_string();
    let title = title_line.trim_start_matches("title = \"").trim_end_matches('"').to_string();
    let words: Vec<&str> = title.split(' ').collect();
    let dirty_title = format!("\u{c}{}\u{1} {}\u{FFFE}", words[0], words[1..].join(" "));
    let hostile = text.replacen(&title, &dirty_title, 1);
    assert_ne!(hostile, text, "the seed's headline is its first line: {title}");
    let page = f.path("page.txt");
    fs::write(&page, hostile).expect("write");
    let out = f.gloss(&["import", page.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let imported: Vec<String> = fs::read_dir(f.path("content/articles"))
        .expect("articles")
        .flatten()
        .map(|e| fs::read_to_string(e.path()).expect("read"))
        .collect();
    assert_eq!(imported.len(), 1);
    assert!(imported[0].contains(&title_line), "{}", imported[0]);
    f.build();
    for xml in ["feed.xml", "sitemap.xml"] {
        let text = f.read(&format!("public/{xml}"));
        assert!(!text.chars().any(gloss::content::is_unprintable), "{xml}");
    }
}
