//! The front page and the sources matrix as a digest grows (paged, every page bounded, every
//! article reachable), and `gloss init` followed the way a new user follows it.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::Path;

use crate::fixture::{attr_values, gloss_in, stderr, stdout};

/// One event, one term with a check and its claim: a sources matrix of one column, and checks
/// cheap enough to run over 10,000 generated articles. The generated articles never state a
/// price, so every cell is "silent".
const ONE_TERM: &str = r#"
[[event]]
id = "E1"
date = 2019-01-01
title = "The deal"
reported = true

[[term]]
id = "e1-price"
event = "E1"
title = "The price is $2 billion"
quote = "Acme will pay $2 billion."

[term.check]
price = "$2 billion"

[[claim]]
id = "price"
title = "the price"
kind = "amount"
patterns = ["Acme (pays|will pay) {amount}"]
"#;

/// Builds a generated digest of `n` articles with [`ONE_TERM`] and returns its output folder.
fn generated(dir: &Path, n: usize) -> std::path::PathBuf {
    let root = dir.join("digest");
    crate::gen_digest::generate(&root, n, None);
    fs::write(root.join("content/terms.toml"), ONE_TERM).expect("terms");
    let out = gloss_in(&root, &["build", "--build-date", "2026-11-23"]);
    assert!(out.status.success(), "{}", stderr(&out));
    root.join("public")
}

/// Every page of a paged listing, following its "next" links from the first page; each page's
/// article links (those that match `article_href`) in order.
fn follow_pages(public: &Path, first: &str) -> Vec<(String, Vec<String>)> {
    let mut pages = Vec::new();
    let mut at = Some(first.to_string());
    while let Some(rel) = at {
        assert!(pages.iter().all(|(p, _)| *p != rel), "{rel} visited twice");
        let html = fs::read_to_string(public.join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let base = Path::new(&rel).parent().expect("parent").to_path_buf();
        let resolve = |href: &str| -> String {
            let mut parts: Vec<&str> = base.iter().map(|s| s.to_str().expect("utf-8")).collect();
            for seg in href.split('#').next().unwrap_or("").split('/') {
                match seg {
                    ".." => {
                        parts.pop();
                    }
                    "" | "." => {}
                    s => parts.push(s),
                }
            }
            parts.join("/")
        };
        let articles: Vec<String> = attr_values(&html, "href")
            .iter()
            .filter(|h| !h.contains('#'))
            .map(|h| resolve(h))
            .filter(|h| h.starts_with("articles/"))
            .collect();
        let next = html
            .split("rel=\"next\" href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(|href| resolve(&href.replace("&#x2F;", "/")));
        pages.push((rel, articles));
        at = next;
    }
    pages
}

/// Issue 16: a front page of 500 articles on one page, and a sources matrix of 10,000 rows
/// (24.7 MB) on one. Both are paged: every page bounded, every article on exactly one page of
/// each, reachable by following "next" from the first page, in reading order.
#[test]
fn the_front_page_and_the_sources_matrix_of_500_articles_are_paged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let public = generated(dir.path(), 500);
    let all: Vec<String> = (0..500).map(|i| format!("articles/article-{i:05}/index.html")).collect();
    let all: BTreeSet<&str> = all.iter().map(String::as_str).collect();

    let front = follow_pages(&public, "index.html");
    assert_eq!(front.len(), 17, "500 articles, 30 a page: {:?}", front.iter().map(|p| &p.0).collect::<Vec<_>>());
    assert_eq!(front[1].0, "page/2/index.html");
    let mut seen: Vec<&str> = Vec::new();
    for (page, links) in &front {
        let size = fs::metadata(public.join(page)).expect("page").len();
        assert!(size < 100_000, "{page} is {size} bytes");
        let listed: Vec<&str> = links.iter().map(String::as_str).filter(|l| all.contains(l)).collect();
        let unique: BTreeSet<&str> = listed.iter().copied().collect();
        assert!(unique.len() <= 30 && !unique.is_empty(), "{page} lists {}", unique.len());
        seen.extend(unique);
    }
    assert_eq!(seen.iter().copied().collect::<BTreeSet<_>>(), all, "every article on the front pages");
    assert_eq!(seen.len(), 500, "each article on one front page");
    // The front page leads with what the coverage got wrong (nothing, here) and keeps the
    // articles' numbering across pages.
    let first = fs::read_to_string(public.join("index.html")).expect("index");
    assert!(first.contains("No article contradicts"), "the lead says nothing was found");
    let second = fs::read_to_string(public.join("page/2/index.html")).expect("page 2");
    assert!(second.contains("start=\"470\""), "page 2 numbers its articles on from 470");
    assert!(second.contains("aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>"));
    assert!(!second.contains("What the coverage got wrong") && !second.contains("No article contradicts"));

    let sources = follow_pages(&public, "sources/index.html");
    assert_eq!(sources.len(), 10, "500 rows, 50 a page");
    let mut rows = HashSet::new();
    for (page, links) in &sources {
        let html = fs::read_to_string(public.join(page)).expect("sources page");
        let count = html.matches("<th scope=\"row\" class=\"matrix-article\"><a ").count();
        assert!((1..=50).contains(&count), "{page}: {count} rows");
        // What a row shows: the article, its notes and a cell per term.
        assert_eq!(html.matches("<td class=\"cell cell-").count(), count, "{page}: a cell per row in the one column");
        rows.extend(links.iter().filter(|l| all.contains(l.as_str())).cloned());
    }
    assert_eq!(rows.len(), 500, "every article has a row");
    // The sitemap lists every page.
    let sitemap = fs::read_to_string(public.join("sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains("https://example.org/page/17/</loc>"));
    assert!(sitemap.contains("https://example.org/sources/page/10/</loc>"));
    assert!(!sitemap.contains("page/18/") && !sitemap.contains("sources/page/11/"));
}

/// The 10,000-article digest of issue 16: no page of the front page or of the matrix grows with
/// the digest (the matrix was 24.7 MB), and the last page holds the oldest article.
#[test]
fn ten_thousand_articles_make_bounded_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let public = generated(dir.path(), 10_000);
    let mut largest = 0;
    for (dir, pages) in [("", 334), ("sources/", 200)] {
        for n in 1..=pages {
            let rel = if n == 1 { format!("{dir}index.html") } else { format!("{dir}page/{n}/index.html") };
            let size = fs::metadata(public.join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}")).len();
            largest = largest.max(size);
            assert!(size < 250_000, "{rel} is {size} bytes");
        }
        let past = format!("{dir}page/{}/index.html", pages + 1);
        assert!(!public.join(&past).exists(), "{past} should not exist");
    }
    assert!(largest > 10_000, "the pages hold their rows");
    // The sitemap is an index of files of at most 5,000 articles, each listed exactly once,
    // the listings in the first; the oldest article (last in reading order) ends the last file.
    let index = fs::read_to_string(public.join("sitemap.xml")).expect("sitemap");
    assert!(index.contains("<sitemapindex"), "{index}");
    let parts: Vec<&str> =
        index.split("<loc>https://example.org/").skip(1).filter_map(|s| s.split('<').next()).collect();
    assert_eq!(parts, ["sitemaps/1.xml", "sitemaps/2.xml"]);
    let mut listed = Vec::new();
    for part in &parts {
        let xml = fs::read_to_string(public.join(part)).expect("sitemap part");
        assert!(
            xml.len() < 600_000 && xml.starts_with("<?xml") && xml.contains("<urlset"),
            "{part}: {} bytes",
            xml.len()
        );
        listed.extend(
            xml.split("<loc>https://example.org/").skip(1).filter_map(|s| s.split('<').next()).map(String::from),
        );
    }
    let articles: Vec<&String> = listed.iter().filter(|l| l.starts_with("articles/")).collect();
    let unique: std::collections::HashSet<&&String> = articles.iter().collect();
    assert_eq!((articles.len(), unique.len()), (10_000, 10_000));
    assert!(listed.iter().any(|l| l == "sources/page/200/"));
    let oldest = articles.last().expect("an article");
    for last in ["page/334/index.html", "sources/page/200/index.html"] {
        let html = fs::read_to_string(public.join(last)).expect("last page");
        assert!(html.contains(oldest.as_str()), "{last} lists the oldest article, {oldest}");
    }
    // The feed carries the 50 newest (site.toml's feed_limit), not 4 MB of every article.
    let feed = fs::read_to_string(public.join("feed.xml")).expect("feed");
    assert_eq!(feed.matches("<entry>").count(), 50);
    let newest = &articles[0];
    assert!(feed.contains(&format!("<id>https://example.org/{newest}</id>")), "the feed starts with {newest}");
}

/// Issue 16: `gloss init` wrote no terms file and no note and printed no next step. A new user
/// inits into an empty folder, builds, then adds an article, a term and a note by following
/// what init printed, and builds again.
#[test]
fn gloss_init_makes_a_starter_a_new_user_can_extend_by_following_what_it_printed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = gloss_in(dir.path(), &["init", "news"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = stdout(&out);
    for told in [
        "content/terms.toml",
        "content/articles/sample-article.md",
        "content/annotations/sample-article.toml",
        "Next steps",
        "gloss build",
        "Add an article",
        "Add a term",
        "Add a note",
    ] {
        assert!(printed.contains(told), "init did not print {told:?}:\n{printed}");
    }
    let root = dir.path().join("news");
    let build = |what: &str| {
        let out = gloss_in(&root, &["build", "--build-date", "2026-11-23"]);
        assert!(out.status.success(), "{what}: {}", stderr(&out));
        assert!(stderr(&out).is_empty(), "{what}: warnings: {}", stderr(&out));
    };
    build("the starter");
    let read = |rel: &str| fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let page = read("public/articles/sample-article/index.html");
    assert!(page.contains("The announcement gives no date for closing."), "the example note");
    assert_eq!(page.matches("class=\"sidenote").count(), 2, "the example note and the check's note on $3 billion");
    assert!(read("public/index.html").contains("What the coverage got wrong"));
    assert!(read("public/terms/index.html").contains("Acme pays $2 billion"));

    // "copy content/articles/sample-article.md to content/articles/<slug>.md and edit it"
    let article = read("content/articles/sample-article.md")
        .replace("Acme snaps up Widgetco", "Widgetco sold")
        .replace("Example News", "Another Paper")
        .replace("this summer", "by March");
    fs::write(root.join("content/articles/widgetco-sold.md"), article).expect("article");
    // "copy the [[term]] block in content/terms.toml; give it a new id, its event, a short
    // title and the official wording"
    let terms = read("content/terms.toml");
    let term =
        &terms[terms.find("\n[[term]]\n").expect("a term")..terms.find("# The term's automatic check").expect("check")];
    let new_term = term
        .replace("e1-price", "e1-cash")
        .replace("Acme pays $2 billion", "Paid in cash")
        .replace("Acme will acquire Widgetco for $2 billion in cash.", "in cash");
    fs::write(root.join("content/terms.toml"), format!("{terms}\n{new_term}")).expect("terms");
    // "add a [[note]] to content/annotations/<slug>.toml … term = for contradicts-terms"
    fs::write(
        root.join("content/annotations/widgetco-sold.toml"),
        "[[note]]\nquote = \"Widgetco's founders will stay on\"\nkind = \"contradicts-terms\"\nterm = \"e1-cash\"\ntext = \"A new note.\"\n",
    )
    .expect("note");
    build("after adding an article, a term and a note");
    let page = read("public/articles/widgetco-sold/index.html");
    assert!(page.contains("A new note."), "the new note is on the new article");
    assert!(read("public/terms/index.html").contains("Paid in cash"), "the new term is on the terms page");
    let check = gloss_in(&root, &["check"]);
    assert!(check.status.success(), "{}", stdout(&check));
}

/// Issue 17: feed.xml carried every article (4 MB at 10,000). It carries site.toml's
/// `feed_limit` newest (50 by default), and every one with `feed_limit = 0`.
#[test]
fn the_feed_carries_the_newest_feed_limit_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let public = generated(dir.path(), 60);
    let entries = |public: &Path| fs::read_to_string(public.join("feed.xml")).expect("feed").matches("<entry>").count();
    assert_eq!(entries(&public), 50);
    let root = dir.path().join("digest");
    let site = fs::read_to_string(root.join("site.toml")).expect("site.toml");
    for (limit, expected) in [("0", 60), ("7", 7)] {
        fs::write(root.join("site.toml"), format!("{site}\nfeed_limit = {limit}\n")).expect("site.toml");
        let out = gloss_in(&root, &["build", "--build-date", "2026-11-23"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(entries(&public), expected, "feed_limit = {limit}");
    }
}
