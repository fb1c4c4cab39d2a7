//! `gloss build` on fixture sites, among them the seed digest (tests/fixtures/digest/).

use std::fs;
use std::path::Path;

use crate::fixture::*;

fn three_articles() -> Fixture {
    let f = Fixture::new();
    f.article(
        "older",
        "title = \"Older “news”\"\nsource = \"Outlet A\"\nurl = \"https://a.example/older\"\npublished = 2025-09-11\ndate_is_event = true\nsummary = \"The dek of the older one.\"\nevent = \"E3\"",
        "First paragraph with *emphasis* and Microsofts typo.\n\n## A heading\n\n- one\n- two\n",
    );
    f.article(
        "newest",
        "title = \"Newest\"\nsource = \"Outlet B\"\npublished = 2026-04-28\nbyline = \"Jane Doe\"",
        "Body of the newest.",
    );
    f.article("undated", "title = \"Undated\"", "No date here.");
    f
}

#[test]
fn builds_every_page_of_a_small_digest() {
    let f = three_articles();
    let out = f.build();
    assert!(stdout(&out).contains("built 3 articles"), "{}", stdout(&out));
    for page in [
        "index.html",
        "articles/older/index.html",
        "articles/newest/index.html",
        "articles/undated/index.html",
        "feed.xml",
        "sitemap.xml",
        "404.html",
        "robots.txt",
        "style.css",
    ] {
        assert!(f.path("public").join(page).is_file(), "missing {page}");
    }
}

#[test]
fn index_lists_articles_newest_first_with_outlet_date_and_dek() {
    let f = three_articles();
    f.build();
    let index = f.read("public/index.html");
    let pos = |s: &str| index.find(s).unwrap_or_else(|| panic!("{s} not on the index"));
    assert!(pos("Newest") < pos("Older “news”"));
    assert!(pos("Older “news”") < pos("Undated"), "undated articles come last");
    assert!(index.contains("<p class=\"dek\">The dek of the older one.</p>"));
    assert!(index.contains("<time datetime=\"2025-09-11\">11 September 2025</time>"));
    assert!(index.contains("(date of the event covered)"));
    assert!(index.contains("An <em>introduction</em>."), "introduction rendered from Markdown");
    assert!(index.contains("href=\"articles/newest/index.html\""));
}

#[test]
fn article_page_has_headline_outlet_link_date_byline_body_and_neighbours() {
    let f = three_articles();
    f.build();
    let older = f.read("public/articles/older/index.html");
    assert!(older.contains("<h1>Older “news”</h1>"));
    assert!(older.contains("<a href=\"https://a.example/older\" rel=\"nofollow noopener\">Outlet A</a>"));
    assert!(older.contains("this is the date of the event it covers"));
    assert!(older.contains("First paragraph with <em>emphasis</em> and Microsofts typo."), "body verbatim");
    assert!(older.contains("<h2>A heading</h2>"));
    assert!(older.contains("href=\"../../articles/newest/index.html\" rel=\"prev\""));
    assert!(older.contains("href=\"../../articles/undated/index.html\" rel=\"next\""));
    assert!(older.contains("href=\"../../style.css\""));
    let newest = f.read("public/articles/newest/index.html");
    assert!(newest.contains("<dd>Jane Doe</dd>"));
    assert!(!newest.contains("rel=\"prev\""), "the first article has no previous one");
}

#[test]
fn internal_links_are_relative_and_resolve() {
    let f = three_articles();
    f.build();
    let public = f.path("public");
    for (rel, bytes) in snapshot(&public) {
        if !rel.ends_with(".html") || rel == "404.html" {
            continue;
        }
        let html = String::from_utf8(bytes).expect("utf-8");
        let dir = public.join(&rel).parent().expect("parent").to_path_buf();
        for link in attr_values(&html, "href").into_iter().chain(attr_values(&html, "src")) {
            if link.starts_with("https://") || link.starts_with("http://") || link.starts_with('#') {
                continue;
            }
            assert!(!link.starts_with('/'), "{rel}: root-relative link {link} breaks under a sub-path");
            let target = link.split('#').next().expect("path part");
            assert!(dir.join(target).is_file(), "{rel}: broken link {link}");
        }
    }
    // Absolute addresses only where required: canonical, feed and sitemap use base_url.
    assert!(f.read("public/feed.xml").contains("<id>https://example.org/sub/articles/older/</id>"));
    assert!(f.read("public/sitemap.xml").contains("<loc>https://example.org/sub/articles/newest/</loc>"));
    assert!(f.read("public/robots.txt").contains("Sitemap: https://example.org/sub/sitemap.xml"));
}

#[test]
fn builds_are_deterministic_and_a_second_build_rewrites_nothing() {
    let f = three_articles();
    f.build();
    let first = snapshot(&f.path("public"));
    let out = f.build();
    assert!(stdout(&out).contains("(0 written"), "{}", stdout(&out));
    assert_eq!(first, snapshot(&f.path("public")));
    let g = three_articles();
    g.build();
    assert_eq!(first, snapshot(&g.path("public")), "same input, same bytes");
}

#[test]
fn raw_html_in_an_article_is_sanitised() {
    let f = Fixture::new();
    f.article(
        "evil",
        "title = \"Evil\"",
        "Text <script>alert('x')</script> more.\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">click</a> [md](javascript:alert(2))\n",
    );
    f.build();
    let html = f.read("public/articles/evil/index.html");
    for bad in ["<script", "<iframe", "javascript:", "onclick"] {
        assert!(!html.contains(bad), "{bad} survived:\n{html}");
    }
    assert!(html.contains("click") && html.contains("more."));
}

#[test]
fn all_content_errors_are_reported_together_and_public_is_untouched() {
    let f = three_articles();
    f.build();
    let before = snapshot(&f.path("public"));
    f.write("content/articles/bad-toml.md", "+++\ntitle = \"x\"\nsource = unquoted\n+++\nbody\n");
    f.write("content/articles/no-title.md", "+++\nsource = \"x\"\n+++\nbody\n");
    f.write("content/articles/Bad Name.md", "+++\ntitle = \"x\"\n+++\nbody\n");
    f.write("content/articles/sub/older.md", "+++\ntitle = \"dup\"\n+++\nbody\n");
    fs::write(f.path("content/articles/latin1.md"), b"+++\ntitle = \"caf\xe9\"\n+++\n").expect("write");
    let out = f.gloss(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/articles/bad-toml.md:3:10"), "{err}");
    assert!(err.contains("no-title.md:1:1") || err.contains("no-title.md:2"), "{err}");
    assert!(err.contains("missing field `title`"), "{err}");
    assert!(err.contains("`Bad Name` is not a usable slug") && err.contains("bad-name.md"), "{err}");
    assert!(err.contains("the slug `older` is already used"), "{err}");
    assert!(err.contains("latin1.md:2: the file is not UTF-8"), "{err}");
    assert!(err.contains("5 errors"), "{err}");
    assert_eq!(before, snapshot(&f.path("public")), "a failed build changed public/");
}

#[test]
fn a_failing_template_leaves_the_previous_output_exactly_as_it_was() {
    let f = three_articles();
    f.build();
    let before = snapshot(&f.path("public"));
    // A runtime error in the article template: the build fails after rendering started.
    f.write(
        "templates/article.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ article.title | nosuchfilter }}\n{% endblock main %}\n",
    );
    let out = f.gloss(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("templates/article.html:3"), "template error names the file and line: {err}");
    assert_eq!(before, snapshot(&f.path("public")));
    let parent_entries: Vec<_> = fs::read_dir(f.root()).expect("ls").flatten().map(|e| e.file_name()).collect();
    assert!(!parent_entries.iter().any(|n| n.to_string_lossy().contains("staging")), "staging left behind");
}

#[test]
fn a_site_template_overrides_the_default_file_by_file() {
    let f = three_articles();
    f.write(
        "templates/index.html",
        "{% extends \"base.html\" %}{% block main %}<p>Custom front page: {{ article_count }}</p>{% endblock main %}",
    );
    f.build();
    assert!(f.read("public/index.html").contains("Custom front page: 3"));
    assert!(f.read("public/index.html").contains("<header class=\"site-header\">"), "base.html still the default");
    assert!(
        f.read("public/articles/older/index.html").contains("<h1>Older “news”</h1>"),
        "article.html still the default"
    );
}

#[test]
fn refuses_a_folder_it_did_not_create_unless_forced() {
    let f = three_articles();
    f.write("public/notes.txt", "the editor's own file");
    let out = f.gloss(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("was not created by gloss"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"));
    assert_eq!(f.read("public/notes.txt"), "the editor's own file");
    let out = f.gloss(&["build", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(f.path("public/index.html").is_file());
    assert!(!f.path("public/notes.txt").exists());
}

#[test]
fn another_output_folder_and_nothing_outside_it_is_touched() {
    let f = three_articles();
    f.write("keep/me.txt", "x");
    let out = f.gloss(&["build", "--output", "site-out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(f.path("site-out/index.html").is_file());
    assert_eq!(f.read("keep/me.txt"), "x");
    assert!(f.path("content/articles/older.md").is_file());
}

#[test]
fn missing_site_toml_says_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = gloss_in(dir.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("site.toml") && stderr(&out).contains("gloss init"), "{}", stderr(&out));
    assert!(!dir.path().join("public").exists());
}

#[test]
fn init_creates_a_digest_that_builds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = gloss_in(dir.path(), &["init", "new-digest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let root = dir.path().join("new-digest");
    let out = gloss_in(&root, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(root.join("public/articles/sample-article/index.html").is_file());
    let again = gloss_in(dir.path(), &["init", "new-digest"]);
    assert!(!again.status.success(), "init must not overwrite a digest");
}

#[test]
fn the_seed_digest_builds() {
    let f = Fixture::from_dir("digest");
    let root = f.root();
    let out_dir = tempfile::tempdir().expect("tempdir");
    let output = out_dir.path().join("public");
    let out = gloss_in(root, &["build", "--output", output.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let articles: Vec<_> = fs::read_dir(root.join("content/articles"))
        .expect("content/articles")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .collect();
    let index = fs::read_to_string(output.join("index.html")).expect("index");
    for a in &articles {
        let slug = a.path().file_stem().expect("stem").to_string_lossy().into_owned();
        assert!(output.join(format!("articles/{slug}/index.html")).is_file(), "{slug}");
        assert!(index.contains(&format!("articles/{slug}/index.html")), "{slug} not on the index");
    }
    assert!(Path::new(&output.join("style.css")).is_file());
}

/// Listing rows have built-in markup (fast) and default templates (for sites to override): both
/// must render the same bytes. The seed digest, with its notes, automatic checks and timeline,
/// is built once as it is and once with copies of the default row templates, which makes gloss
/// render every row through tera.
#[test]
fn built_in_rows_equal_the_default_row_templates() {
    let copy = Fixture::from_dir("digest");
    let copy = &copy.dir;
    let root = repo_root();
    let date = ["--build-date", "2026-11-23"];
    let built_in = copy.path().join("built-in");
    let out = gloss_in(copy.path(), &[&["build", "--output", built_in.to_str().expect("utf-8")], &date[..]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = [
        "index-item.html",
        "feed-entry.xml",
        "sitemap-url.xml",
        "sources-row.html",
        "terms-article.html",
        "timeline-article.html",
    ];
    fs::create_dir_all(copy.path().join("templates")).expect("mkdir templates");
    for name in rows {
        fs::copy(root.join("templates").join(name), copy.path().join("templates").join(name)).expect("copy row");
    }
    let templated = copy.path().join("templated");
    let out = gloss_in(copy.path(), &[&["build", "--output", templated.to_str().expect("utf-8")], &date[..]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    let listings =
        ["index.html", "feed.xml", "sitemap.xml", "sources/index.html", "terms/index.html", "timeline/index.html"];
    for page in listings {
        let a = fs::read_to_string(built_in.join(page)).expect("built-in page");
        let b = fs::read_to_string(templated.join(page)).expect("templated page");
        assert_eq!(a, b, "{page}: the built-in rows differ from the default row templates");
    }
    // The rows are really there: every article on the index, notes citing terms on the terms page.
    let index = fs::read_to_string(built_in.join("index.html")).expect("index");
    assert_eq!(
        index.matches("<li class=\"article-item\">").count(),
        fs::read_dir(copy.path().join("content/articles")).expect("articles").count()
    );
    let terms = fs::read_to_string(built_in.join("terms/index.html")).expect("terms");
    assert!(terms.contains("Notes that cite this term"), "the digest's notes cite terms");
    let timeline = fs::read_to_string(built_in.join("timeline/index.html")).expect("timeline");
    assert!(timeline.contains("Read it in place"), "the digest's articles mention milestones");
}

/// Issue 16: "built 1 articles".
#[test]
fn the_build_summary_counts_one_article_in_the_singular() {
    let f = Fixture::new();
    f.article("only", "title = \"Only\"", "Text.");
    let out = f.build();
    assert!(stdout(&out).contains("built 1 article into"), "{}", stdout(&out));
}

/// Issue 16: the 404 page had no navigation and linked to the placeholder example.org (the
/// fixture's base_url); its links now start at the host's root.
#[test]
fn the_404_page_has_the_navigation_and_no_placeholder_link() {
    let f = three_articles();
    f.build();
    let page = f.read("public/404.html");
    assert!(!page.contains("href=\"https://example.org"), "{page}");
    assert!(page.contains("<nav aria-label=\"Digest\">"), "{page}");
    assert!(page.contains("<a href=\"/\">Go to the front page</a>"), "{page}");
    assert!(page.contains("<li><a href=\"/index.html\">Articles</a></li>"), "{page}");
}

/// Issue 16: an article without outlet or date showed an empty box between two rules.
#[test]
fn an_article_without_outlet_date_or_byline_has_no_provenance_box() {
    let f = three_articles();
    f.build();
    assert!(!f.read("public/articles/undated/index.html").contains("class=\"provenance\""));
    assert!(f.read("public/articles/newest/index.html").contains("class=\"provenance\""));
}

/// An article with raw HTML is cleaned whole, gloss's markup included: its notes keep their
/// toggles (they could not be opened on a phone) and its tables their scroll regions.
#[test]
fn notes_in_an_article_with_raw_html_can_still_be_opened() {
    let f = Fixture::new();
    f.article("raw", "title = \"Raw\"", "Some <b>bold</b> words here.\n\n| a | b |\n|---|---|\n| cell words | x |\n");
    f.write(
        "content/annotations/raw.toml",
        "[[note]]\nquote = \"words here\"\nkind = \"context\"\ntext = \"A note.\"\n\n[[note]]\nquote = \"cell words\"\nkind = \"context\"\ntext = \"In a cell.\"\n",
    );
    f.build();
    let html = f.read("public/articles/raw/index.html");
    assert!(html.contains("<input type=\"checkbox\" class=\"note-toggle\" id=\"t1\"><label for=\"t1\""), "{html}");
    assert!(html.contains("<input type=\"checkbox\" class=\"note-toggle\" id=\"t2\">"), "{html}");
    assert!(html.contains("<label for=\"t2\" class=\"note-ref\""), "{html}");
    assert!(html.contains("role=\"region\""), "{html}");
}
