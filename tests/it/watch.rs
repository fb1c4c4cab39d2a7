//! Watch mode: incremental rebuilds equal clean builds, real editor saves, error recovery,
//! and the local server.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::fixture::*;
use gloss::incremental::Changes;
use gloss::{BuildReport, Incremental};

/// A deterministic pseudo-random sequence, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

const WORDS: &[&str] =
    &["Azure", "revenue", "share", "licence", "through", "2030", "cloud", "partner", "deal", "terms"];

fn sentence(rng: &mut Lcg, n: usize) -> String {
    let words: Vec<&str> = (0..n).map(|_| WORDS[rng.below(WORDS.len())]).collect();
    format!("{}.", words.join(" "))
}

/// Random saves of every kind of file gloss reads: articles (their language too) and notes (added,
/// edited, broken, fixed, deleted), templates, static files and site.toml.
#[test]
fn random_edit_sequences_end_where_a_clean_build_ends() {
    for seed in [1u64, 7, 42] {
        let f = Fixture::new();
        f.write("content/terms.toml", "[[event]]\nid = \"E5\"\ndate = 2026-04-27\ntitle = \"Amended\"\ndocuments = [{ title = \"Post\" }]\n\n[[term]]\nid = \"t1\"\nevent = \"E5\"\ntitle = \"T\"\nquote = \"Q\"\n");
        let out = f.path("public");
        let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
        inc.rebuild(&Changes::All).expect("first build");
        let mut rng = Lcg(seed);
        let mut slugs: Vec<String> = Vec::new();
        for step in 0..60 {
            let op = rng.below(12);
            let changed: PathBuf = match (op, slugs.is_empty()) {
                (0, _) | (_, true) => {
                    let slug = format!("a{}", rng.below(1000));
                    let body = format!("{}\n\n{}\n", sentence(&mut rng, 6), sentence(&mut rng, 8));
                    f.article(
                        &slug,
                        &format!("title = \"Title {slug}\"\npublished = 2026-05-{:02}", 1 + rng.below(28)),
                        &body,
                    );
                    if !slugs.contains(&slug) {
                        slugs.push(slug.clone());
                    }
                    format!("content/articles/{slug}.md").into()
                }
                (1, _) => {
                    let slug = &slugs[rng.below(slugs.len())];
                    let body = format!("{} *{}*\n", sentence(&mut rng, 7), sentence(&mut rng, 3));
                    // Its language too, which its neighbours' pages and the notes quoting it show.
                    let lang = ["", "\nlang = \"es\"", "\nlang = \"ar\""][rng.below(3)];
                    f.article(slug, &format!("title = \"Edited {slug}\"\nsource = \"Outlet\"{lang}"), &body);
                    format!("content/articles/{slug}.md").into()
                }
                (2, _) => {
                    let slug = &slugs[rng.below(slugs.len())];
                    f.write(&format!("content/articles/{slug}.md"), "+++\ntitle = broken\n+++\n");
                    format!("content/articles/{slug}.md").into()
                }
                (3, _) => {
                    let slug = slugs.remove(rng.below(slugs.len()));
                    let _ = fs::remove_file(f.path(&format!("content/articles/{slug}.md")));
                    format!("content/articles/{slug}.md").into()
                }
                (4 | 5, _) => {
                    // A note quoting the article's first words (valid if the article is).
                    let slug = &slugs[rng.below(slugs.len())];
                    let text = fs::read_to_string(f.path(&format!("content/articles/{slug}.md"))).unwrap_or_default();
                    let body = text.rsplit("+++").next().unwrap_or_default().trim().to_string();
                    let quote: String = body.split(' ').take(2).collect::<Vec<_>>().join(" ");
                    let kind = if rng.below(2) == 0 { "context" } else { "contradicts-terms\"\nterm = \"t1" };
                    f.write(
                        &format!("content/annotations/{slug}.toml"),
                        &format!(
                            "[[note]]\nquote = \"{quote}\"\nprefix = \"\"\nkind = \"{kind}\"\ntext = \"Note {step}\"\n"
                        ),
                    );
                    format!("content/annotations/{slug}.toml").into()
                }
                (6, _) => {
                    let slug = &slugs[rng.below(slugs.len())];
                    f.write(
                        &format!("content/annotations/{slug}.toml"),
                        "[[note]]\nquote = \"no such passage anywhere\"\nkind = \"context\"\ntext = \"x\"\n",
                    );
                    format!("content/annotations/{slug}.toml").into()
                }
                (7, _) => {
                    let slug = &slugs[rng.below(slugs.len())];
                    let _ = fs::remove_file(f.path(&format!("content/annotations/{slug}.toml")));
                    format!("content/annotations/{slug}.toml").into()
                }
                (9, _) => {
                    // A site's own template: the article page, or a listing's row (which
                    // gloss then renders through tera), edited or deleted.
                    let (name, edited) = if rng.below(2) == 0 {
                        let t = include_str!("../../templates/article.html");
                        (
                            "article.html",
                            t.replace("<article class=\"article\">", &format!("<article class=\"article s{step}\">")),
                        )
                    } else {
                        let t = include_str!("../../templates/index-item.html");
                        (
                            "index-item.html",
                            t.replace("<li class=\"article-item\">", &format!("<li class=\"article-item s{step}\">")),
                        )
                    };
                    let path = format!("templates/{name}");
                    if rng.below(3) == 0 {
                        let _ = fs::remove_file(f.path(&path));
                    } else {
                        f.write(&path, &edited);
                    }
                    path.into()
                }
                (10, _) => {
                    // A static file, added, edited or deleted.
                    let path = format!("static/file{}.txt", rng.below(3));
                    if rng.below(3) == 0 {
                        let _ = fs::remove_file(f.path(&path));
                    } else {
                        f.write(&path, &format!("static {step}"));
                    }
                    path.into()
                }
                _ => {
                    f.write("site.toml", &SITE_TOML.replace("Test digest", &format!("Digest {step}")));
                    "site.toml".into()
                }
            };
            let incremental = inc.rebuild(&Changes::Paths(vec![changed.clone()]));
            let clean_out = f.path("clean");
            let _ = fs::remove_dir_all(&clean_out);
            let _ = fs::remove_file(f.path(".clean.gloss-cache"));
            let clean = gloss::build(&options(f.root(), &clean_out));
            // A one-shot build over the cache its previous build kept beside "kept".
            let kept = gloss::build(&options(f.root(), &f.path("kept")));
            let what = format!("seed {seed}, step {step}, after changing {}", changed.display());
            assert_kept_equals_clean(&what, &kept, &clean, &f);
            match (&incremental, &clean) {
                (Ok(_), Ok(_)) => assert_eq!(
                    snapshot(&out),
                    snapshot(&clean_out),
                    "seed {seed}, step {step}: after changing {} the output differs from a clean build",
                    changed.display()
                ),
                (Err(_), Err(_)) => {}
                _ => panic!(
                    "seed {seed}, step {step}: incremental {:?} but clean {:?}",
                    incremental.is_ok(),
                    clean.is_ok()
                ),
            }
        }
    }
}

/// A one-shot build over the cache kept by the build before it ends where a clean build ends.
fn assert_kept_equals_clean(
    what: &str,
    kept: &gloss::Result<BuildReport>,
    clean: &gloss::Result<BuildReport>,
    f: &Fixture,
) {
    match (kept, clean) {
        (Ok(_), Ok(_)) => assert!(
            snapshot(&f.path("kept")) == snapshot(&f.path("clean")),
            "{what}: a build over the kept cache differs from a clean build"
        ),
        (Err(_), Err(_)) => {}
        _ => panic!("{what}: over the kept cache {:?} but clean {:?}", kept.as_ref().err(), clean.as_ref().err()),
    }
}

/// Sentences about the deal, which the automatic checks and the timeline read.
const CLAIMS: &[&str] = &[
    "Microsoft retains a non-exclusive license to OpenAI IP through 2032.",
    "Microsoft keeps an exclusive license to OpenAI's models.",
    "Revenue share payments from OpenAI to Microsoft continue through 2030.",
    "Microsoft remains OpenAI's exclusive cloud provider.",
    "The companies signed a non-binding memorandum of understanding.",
    "OpenAI products will ship first on Azure, unless Microsoft cannot support the capabilities.",
    "Microsoft will no longer pay a revenue share to OpenAI.",
    "Since 2019 the partnership has changed.",
];

/// The same, with the digest's real terms: automatic notes, notes between articles, dismissals,
/// the timeline, and edits of the terms themselves.
#[test]
fn random_edits_with_checks_and_timeline_end_where_a_clean_build_ends() {
    let terms = test_terms();
    assert!(terms.contains("licence-exclusivity = \"non-exclusive\""), "the edit below flips this check");
    for seed in [3u64, 11] {
        let f = Fixture::new();
        f.write("content/terms.toml", &terms);
        let out = f.path("public");
        let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
        inc.rebuild(&Changes::All).expect("first build");
        let mut rng = Lcg(seed);
        let mut slugs: Vec<String> = Vec::new();
        let (mut saw_automatic, mut saw_link, mut saw_mention) = (false, false, false);
        let mut compared = 0;
        let first_words = |f: &Fixture, slug: &str, n: usize| -> String {
            let text = fs::read_to_string(f.path(&format!("content/articles/{slug}.md"))).unwrap_or_default();
            let body = text.rsplit("+++").next().unwrap_or_default().trim().to_string();
            body.split(' ').take(n).collect::<Vec<_>>().join(" ")
        };
        // A broken article is fixed by the next step, so that most steps build.
        let mut broken: Option<String> = None;
        for step in 0..45 {
            let fix = broken.take();
            // 0-1 add, 2 edit, 3 remove an article; 4-6 write, 7 remove a note file; 8 the terms;
            // 9 break an article; 10 site.toml.
            let op = if fix.is_some() { 2 } else { [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][rng.below(11)] };
            let op = if op == 3 && slugs.len() < 4 { 0 } else { op };
            let mut also: Vec<PathBuf> = Vec::new();
            let changed: PathBuf = match (op, slugs.len() < 2) {
                (0..=2, _) | (_, true) => {
                    let slug = if let Some(slug) = fix {
                        slug
                    } else if op == 2 && !slugs.is_empty() {
                        slugs[rng.below(slugs.len())].clone()
                    } else {
                        format!("d{}", rng.below(100))
                    };
                    let claims: Vec<&str> = (0..3).map(|_| CLAIMS[rng.below(CLAIMS.len())]).collect();
                    let event = ["E5", "E4", "E3"][rng.below(3)];
                    f.article(
                        &slug,
                        &format!(
                            "title = \"Deal {slug}\"\nsource = \"Outlet {}\"\nevent = \"{event}\"\npublished = 2026-0{}-1{}",
                            rng.below(3),
                            1 + rng.below(9),
                            rng.below(10)
                        ),
                        // A stable opening, which notes quote, so that they survive edits.
                        &format!(
                            "Report {slug} opens here. {} {}\n\n{} {}\n",
                            sentence(&mut rng, 4),
                            claims[0],
                            claims[1],
                            claims[2]
                        ),
                    );
                    if !slugs.contains(&slug) {
                        slugs.push(slug.clone());
                    }
                    format!("content/articles/{slug}.md").into()
                }
                (3, _) => {
                    // The article goes, with its notes and the notes that quote it: one save.
                    let slug = slugs.remove(rng.below(slugs.len()));
                    let _ = fs::remove_file(f.path(&format!("content/articles/{slug}.md")));
                    for entry in fs::read_dir(f.path("content/annotations")).into_iter().flatten().flatten() {
                        let text = fs::read_to_string(entry.path()).unwrap_or_default();
                        let name = entry.file_name().to_string_lossy().into_owned();
                        if name == format!("{slug}.toml") || text.contains(&format!("source = \"{slug}\"")) {
                            let _ = fs::remove_file(entry.path());
                            also.push(format!("content/annotations/{name}").into());
                        }
                    }
                    format!("content/articles/{slug}.md").into()
                }
                (4..=6, _) => {
                    let slug = slugs[rng.below(slugs.len())].clone();
                    let others: Vec<&String> = slugs.iter().filter(|s| **s != slug).collect();
                    let other = others[rng.below(others.len())].clone();
                    let quote = first_words(&f, &slug, 2);
                    let note = match rng.below(3) {
                        0 => format!("[[note]]\nquote = \"{quote}\"\nkind = \"context\"\ntext = \"Step {step}.\"\n"),
                        1 => format!(
                            "[[note]]\nquote = \"{quote}\"\nkind = \"contradicts-source\"\nsource = \"{other}\"\nsource_quote = \"{}\"\ntext = \"Step {step}.\"\n",
                            first_words(&f, &other, 3)
                        ),
                        _ => "[[dismiss]]\ncheck = \"licence-exclusivity\"\nquote = \"exclusive license\"\nreason = \"Testing.\"\n"
                            .to_string(),
                    };
                    f.write(&format!("content/annotations/{slug}.toml"), &note);
                    format!("content/annotations/{slug}.toml").into()
                }
                (7, _) => {
                    let slug = &slugs[rng.below(slugs.len())];
                    let _ = fs::remove_file(f.path(&format!("content/annotations/{slug}.toml")));
                    format!("content/annotations/{slug}.toml").into()
                }
                (8, _) => {
                    let now = fs::read_to_string(f.path("content/terms.toml")).expect("terms");
                    // The April 2026 licence's exclusivity, flipped: agreeing claims now contradict.
                    let (official, flipped) =
                        ("licence-exclusivity = \"non-exclusive\"", "licence-exclusivity = \"exclusive\" # flipped");
                    let edited = if now.contains(official) {
                        now.replacen(official, flipped, 1)
                    } else {
                        now.replacen(flipped, official, 1)
                    };
                    f.write("content/terms.toml", &edited);
                    "content/terms.toml".into()
                }
                (9, _) => {
                    let slug = slugs[rng.below(slugs.len())].clone();
                    f.write(&format!("content/articles/{slug}.md"), "+++\ntitle = broken\n+++\n");
                    broken = Some(slug.clone());
                    format!("content/articles/{slug}.md").into()
                }
                _ => {
                    f.write("site.toml", &SITE_TOML.replace("Test digest", &format!("Digest {step}")));
                    "site.toml".into()
                }
            };
            let incremental = inc.rebuild(&Changes::Paths([vec![changed.clone()], also].concat()));
            let clean_out = f.path("clean");
            let _ = fs::remove_dir_all(&clean_out);
            let _ = fs::remove_file(f.path(".clean.gloss-cache"));
            let clean = gloss::build(&options(f.root(), &clean_out));
            // A one-shot build over the cache its previous build kept beside "kept".
            let kept = gloss::build(&options(f.root(), &f.path("kept")));
            let what = format!("seed {seed}, step {step}, after changing {}", changed.display());
            assert_kept_equals_clean(&what, &kept, &clean, &f);
            match (&incremental, &clean) {
                (Ok(_), Ok(_)) => {
                    let (a, b) = (snapshot(&out), snapshot(&clean_out));
                    let notes =
                        String::from_utf8_lossy(&a.iter().find(|x| x.0 == "annotations.jsonld").expect("notes").1)
                            .into_owned();
                    compared += 1;
                    saw_automatic |= notes.contains("gloss automatic check");
                    saw_link |= notes.contains("\"linking\"");
                    saw_mention |= a.iter().any(|x| {
                        x.0.starts_with("timeline") && String::from_utf8_lossy(&x.1).contains("Read it in place")
                    });
                    let differ: Vec<&String> = a.iter().zip(&b).filter(|(x, y)| x != y).map(|(x, _)| &x.0).collect();
                    if let Some((x, y)) = a.iter().zip(&b).find(|(x, y)| x != y && x.0 != ".gloss-manifest") {
                        let (x, y) = (String::from_utf8_lossy(&x.1), String::from_utf8_lossy(&y.1));
                        let at = x.bytes().zip(y.bytes()).position(|(p, q)| p != q).unwrap_or(0);
                        let around = |t: &str| {
                            t.get(at.saturating_sub(300)..(at + 300).min(t.len())).unwrap_or_default().to_string()
                        };
                        eprintln!("watched:\n{}\n\nclean:\n{}", around(&x), around(&y));
                    }
                    assert!(
                        a.len() == b.len() && differ.is_empty(),
                        "seed {seed}, step {step}: after changing {} the output differs from a clean build: {differ:?} ({} vs {} files)",
                        changed.display(),
                        a.len(),
                        b.len()
                    );
                }
                (Err(_), Err(_)) => {}
                _ => panic!(
                    "seed {seed}, step {step}: incremental {:?} but clean {:?}",
                    incremental.as_ref().err(),
                    clean.as_ref().err()
                ),
            }
        }
        // The sequence exercised what it is about.
        assert!(saw_automatic && saw_link && saw_mention, "seed {seed}: {saw_automatic} {saw_link} {saw_mention}");
        assert!(compared >= 20, "seed {seed}: only {compared} of 45 steps built");
    }
}

#[test]
fn an_annotation_edit_renders_only_its_page() {
    let f = Fixture::new();
    for i in 0..20 {
        f.article(
            &format!("a{i:02}"),
            &format!("title = \"A{i}\"\npublished = 2026-01-{:02}", i + 1),
            "Some words here. More words there.",
        );
    }
    let mut inc = Incremental::new(options(f.root(), &f.path("public"))).expect("open");
    let first = inc.rebuild(&Changes::All).expect("first");
    assert_eq!(first.rendered.len(), 20);
    let page = f.path("public/articles/a05/index.html");
    let untouched = f.path("public/articles/a06/index.html");
    let before = fs::metadata(&untouched).expect("meta").modified().expect("mtime");
    f.write(
        "content/annotations/a05.toml",
        "[[note]]\nquote = \"More words\"\nkind = \"context\"\ntext = \"A note.\"\n",
    );
    let r = inc.rebuild(&Changes::Paths(vec!["content/annotations/a05.toml".into()])).expect("rebuild");
    assert_eq!(r.rendered, ["a05"], "only the annotated article is rendered again");
    assert!(fs::read_to_string(&page).expect("page").contains("A note."));
    assert_eq!(
        fs::metadata(&untouched).expect("meta").modified().expect("mtime"),
        before,
        "an unrelated page was rewritten"
    );
    assert!(r.written <= 3, "the page, the index (counts) and annotations.jsonld: {} written", r.written);
}

/// The most common editorial action, adding the newest article, renders that article's page,
/// its neighbour's (whose "previous article" link changes) and the listings that show it, and no
/// other page: results are kept by article id, not by place in the reading order, which moves
/// for every article when a newer one arrives (all 3,001 pages were rendered again).
#[test]
fn adding_the_newest_article_renders_its_page_its_neighbours_and_the_listings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("digest");
    crate::gen_digest::generate(&root, 3000, Some(&test_terms()));
    let mut inc = Incremental::new(options(&root, &dir.path().join("public"))).expect("open");
    let first = inc.rebuild(&Changes::All).expect("first build");
    assert_eq!(first.rendered.len(), 3000);
    // No claim the checks read: an article that states a value becomes the partner of other
    // articles' contradictions, whose notes then link to it, and their pages change too.
    let newest = "+++\ntitle = \"The newest article\"\nsource = \"Outlet 1\"\npublished = 2027-01-01\n+++\n\nThe companies met again in Redmond.\n";
    fs::write(root.join("content/articles/newest.md"), newest).expect("write");
    let r = inc.rebuild(&Changes::Paths(vec!["content/articles/newest.md".into()])).expect("rebuild");
    assert_eq!(r.rendered.len(), 2, "the new article and its neighbour: {:?}", r.rendered);
    assert_eq!(r.rendered[0], "newest");
    for listing in ["index.html", "feed.xml", "sitemap.xml", "annotations/page-1.jsonld"] {
        assert!(r.listings.iter().any(|l| l == listing), "{listing} shows the new article: {:?}", r.listings);
    }
    let line =
        gloss::report::watch_line(&Changes::Paths(vec!["content/articles/newest.md".into()]), &r, Duration::ZERO);
    assert!(line.starts_with("content/articles/newest.md changed: rendered 2 article pages (newest, "), "{line}");
    // A second save of the same article renders its page alone (and what lists it).
    fs::write(root.join("content/articles/newest.md"), newest.replace("again", "once more")).expect("write");
    let r = inc.rebuild(&Changes::Paths(vec!["content/articles/newest.md".into()])).expect("rebuild");
    assert_eq!(r.rendered, ["newest"]);
}

/// A template edit renders again the pages that use that template, and only those.
#[test]
fn a_template_edit_renders_only_the_pages_that_use_it() {
    let f = Fixture::new();
    for i in 0..5 {
        f.article(&format!("a{i}"), &format!("title = \"A{i}\"\npublished = 2026-01-0{}", i + 1), "Some words.");
    }
    let out = f.path("public");
    let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
    inc.rebuild(&Changes::All).expect("first build");
    let article = out.join("articles/a1/index.html");
    let before = fs::metadata(&article).expect("meta").modified().expect("mtime");
    let index = include_str!("../../templates/index.html").replace("Articles <span", "Coverage <span");
    f.write("templates/index.html", &index);
    let r = inc.rebuild(&Changes::Paths(vec!["templates/index.html".into()])).expect("rebuild");
    assert!(r.rendered.is_empty(), "no article page uses index.html");
    assert!(fs::read_to_string(out.join("index.html")).expect("index").contains("Coverage <span"));
    assert_eq!(
        fs::metadata(&article).expect("meta").modified().expect("mtime"),
        before,
        "an article page was rewritten"
    );
    let page = include_str!("../../templates/article.html")
        .replace("<article class=\"article\">", "<article class=\"article edited\">");
    f.write("templates/article.html", &page);
    let r = inc.rebuild(&Changes::Paths(vec!["templates/article.html".into()])).expect("rebuild");
    assert_eq!(r.rendered.len(), 5, "every article page uses article.html");
    let clean = f.path("clean");
    gloss::build(&options(f.root(), &clean)).expect("clean build");
    assert_eq!(snapshot(&out), snapshot(&clean));
}

/// An article's `lang` shows on other pages: its neighbour's pager marks its title, and a note
/// elsewhere that quotes it marks the passage. Setting it renders those pages again (the key of
/// what other pages show of an article once left the language out, and they kept the old markup).
#[test]
fn a_lang_edit_renders_again_the_pages_that_show_the_article() {
    let f = Fixture::new();
    f.article("b", "title = \"B\"\npublished = 2026-05-02", "La licencia deja de ser exclusiva.");
    f.article("a", "title = \"A\"\npublished = 2026-05-01", "Some words.");
    f.article("c", "title = \"C\"\npublished = 2026-04-01", "OpenAI keeps the licence.");
    f.write(
        "content/annotations/c.toml",
        "[[note]]\nquote = \"keeps the licence\"\nkind = \"contradicts-source\"\nsource = \"b\"\nsource_quote = \"deja de ser exclusiva\"\ntext = \"Compare.\"\n",
    );
    let out = f.path("public");
    let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
    inc.rebuild(&Changes::All).expect("first build");
    f.article("b", "title = \"B\"\npublished = 2026-05-02\nlang = \"es\"", "La licencia deja de ser exclusiva.");
    inc.rebuild(&Changes::Paths(vec!["content/articles/b.md".into()])).expect("rebuild");
    let a = f.read("public/articles/a/index.html");
    assert!(a.contains("<span lang=\"es\">B</span>"), "a's pager marks b's title: {a}");
    let c = f.read("public/articles/c/index.html");
    assert!(c.contains("<q lang=\"es\">deja de ser exclusiva</q>"), "c's note marks b's passage: {c}");
    let clean = f.path("clean");
    gloss::build(&options(f.root(), &clean)).expect("clean build");
    assert_eq!(snapshot(&out), snapshot(&clean));
}

#[test]
fn a_content_error_keeps_the_last_good_pages_and_the_next_good_save_recovers() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "Alpha beta gamma.");
    let out = f.path("public");
    let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
    inc.rebuild(&Changes::All).expect("first");
    let good = snapshot(&out);
    f.write("content/annotations/a.toml", "[[note]]\nquote = \"Alpha betta\"\nkind = \"context\"\ntext = \"x\"\n");
    let err = inc.rebuild(&Changes::Paths(vec!["content/annotations/a.toml".into()])).expect_err("bad quote");
    let text = gloss::report::error_text(&err);
    assert!(text.contains("content/annotations/a.toml:2: the quote is not in content/articles/a.md"), "{text}");
    assert!(text.contains("did you mean 'Alpha beta"), "{text}");
    assert_eq!(snapshot(&out), good, "a failed rebuild wrote something");
    f.write("content/annotations/a.toml", "[[note]]\nquote = \"Alpha beta\"\nkind = \"context\"\ntext = \"fixed\"\n");
    inc.rebuild(&Changes::Paths(vec!["content/annotations/a.toml".into()])).expect("recovered");
    assert!(f.read("public/articles/a/index.html").contains("fixed"));
}

/// A running `gloss` process, killed when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(root: &Path, args: &[&str]) -> Running {
    Running(
        Command::new(env!("CARGO_BIN_EXE_gloss"))
            .arg("--root")
            .arg(root)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn gloss"),
    )
}

/// Waits (at most 10 s) until `check` holds.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < Duration::from_secs(10), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn page_contains(path: &Path, text: &str) -> bool {
    fs::read_to_string(path).is_ok_and(|p| p.contains(text))
}

#[test]
fn gloss_watch_follows_real_editor_saves() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "First version.");
    let _watch = spawn(f.root(), &["watch", "--build-date", "2026-11-23"]);
    let page = f.path("public/articles/a/index.html");
    eventually("the first build", || page_contains(&page, "First version."));

    // An atomic save (vim, VS Code): write a temporary file, rename it over the article.
    f.write("content/articles/.a.md.tmp", "+++\ntitle = \"A\"\n+++\n\nSecond version.\n");
    fs::rename(f.path("content/articles/.a.md.tmp"), f.path("content/articles/a.md")).expect("rename");
    eventually("the atomic save", || page_contains(&page, "Second version."));

    // Vim's swap and backup files and Emacs' lock files change nothing.
    f.write("content/articles/.a.md.swp", "junk");
    f.write("content/articles/a.md~", "junk");
    f.write("content/articles/.#a.md", "junk");

    // Delete and recreate; a burst of saves; a new file in a new folder; a rename.
    fs::remove_file(f.path("content/articles/a.md")).expect("delete");
    eventually("the deletion", || !page.exists());
    for i in 0..10 {
        f.article("a", "title = \"A\"", &format!("Burst {i}."));
    }
    eventually("the last of a burst", || page_contains(&page, "Burst 9."));
    f.article("2026/new-one", "title = \"New\"", "In a new folder.");
    eventually("a file in a new folder", || {
        page_contains(&f.path("public/articles/new-one/index.html"), "In a new folder.")
    });
    fs::rename(f.path("content/articles/2026/new-one.md"), f.path("content/articles/renamed.md")).expect("rename");
    eventually("the rename", || {
        page_contains(&f.path("public/articles/renamed/index.html"), "In a new folder.")
            && !f.path("public/articles/new-one").exists()
    });

    // A broken note: the last good page stays; the fix recovers.
    f.write("content/annotations/a.toml", "[[note]]\nquote = \"Burst 10\"\nkind = \"context\"\ntext = \"x\"\n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(page_contains(&page, "Burst 9."));
    f.write("content/annotations/a.toml", "[[note]]\nquote = \"Burst 9\"\nkind = \"context\"\ntext = \"Now right.\"\n");
    eventually("the fixed note", || page_contains(&page, "Now right."));

    // The watched output equals a clean build of the same files.
    std::thread::sleep(Duration::from_millis(200));
    let clean = f.path("clean");
    let out = f.gloss(&["build", "--output", clean.to_str().expect("utf-8"), "--build-date", "2026-11-23"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(snapshot(&f.path("public")), snapshot(&clean));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_watch_cleanly_and_errors_are_printed_like_check() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "Words.");
    f.write("content/annotations/a.toml", "[[note]]\nquote = \"Wordz\"\nkind = \"context\"\ntext = \"x\"\n");
    let mut watch = spawn(f.root(), &["watch"]);
    std::thread::sleep(Duration::from_millis(800));
    let pid = watch.0.id().to_string();
    let status = Command::new("kill").args(["-INT", &pid]).status().expect("kill");
    assert!(status.success());
    let start = Instant::now();
    let code = loop {
        if let Some(s) = watch.0.try_wait().expect("wait") {
            break s.code();
        }
        assert!(start.elapsed() < Duration::from_secs(5), "watch did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(code, Some(0));
    let mut err = String::new();
    watch.0.stderr.take().expect("stderr").read_to_string(&mut err).expect("read");
    assert!(err.contains("content/annotations/a.toml:2: the quote is not in content/articles/a.md"), "{err}");
    assert!(err.contains("did you mean 'Words' (paragraph 1, 80% similar)?"), "{err}");
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(25))).expect("timeout");
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").expect("send");
    let mut response = String::new();
    s.read_to_string(&mut response).expect("read");
    let status = response.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, response)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

#[test]
fn gloss_serve_serves_the_built_pages_with_live_reload_and_an_error_overlay() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "Served words.");
    let port = free_port();
    // The port is taken: serve uses the next free one.
    let _blocker = std::net::TcpListener::bind(("127.0.0.1", port)).expect("bind");
    let mut serve = spawn(f.root(), &["serve", "--port", &port.to_string()]);
    let mut stdout = serve.0.stdout.take().expect("stdout");
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).expect("read") == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    let line = String::from_utf8(line).expect("utf-8");
    let served: u16 =
        line.rsplit(':').next().and_then(|p| p.trim_end_matches("/ (Ctrl-C to stop)").parse().ok()).expect(&line);
    assert_ne!(served, port, "{line}");
    // The files of the first build go out one by one: wait for the two this test asks for.
    eventually("the first build", || {
        f.path("public/articles/a/index.html").is_file() && f.path("public/style.css").is_file()
    });

    let (status, page) = get(served, "/articles/a/");
    assert_eq!(status, 200);
    assert!(page.contains("Served words.") && page.contains("<script src=\"/__gloss/live.js\"></script></body>"));
    assert!(!f.read("public/articles/a/index.html").contains("__gloss"), "the script must never be written to public/");
    let (status, _) = get(served, "/../site.toml");
    assert_eq!(status, 404);
    let (status, css) = get(served, "/style.css");
    assert!(status == 200 && css.contains("text/css"));
    // Issue 13: the review queue on a page of its own, served and never written to public/.
    let (status, review) = get(served, "/__gloss/review");
    assert_eq!(status, 200, "{review}");
    assert!(review.contains("<h1>Review queue</h1>") && review.contains("/__gloss/live.js"), "{review}");
    assert!(!f.path("public/__gloss").exists());

    let (_, live) = get(served, "/__gloss/live");
    let body = live.split("\r\n\r\n").nth(1).expect("body");
    let state: serde_json::Value = serde_json::from_str(body).expect("json");
    let seq = state["seq"].as_u64().expect("seq");
    assert!(state["error"].is_null());

    // A broken save: the long poll answers with the error (the overlay's text). (Creating
    // content/annotations/ may first cause a good rebuild of its own.)
    let waiter = std::thread::spawn(move || {
        let mut seq = seq;
        loop {
            let (_, live) = get(served, &format!("/__gloss/live?since={seq}"));
            let state: serde_json::Value =
                serde_json::from_str(live.split("\r\n\r\n").nth(1).expect("body")).expect("json");
            seq = state["seq"].as_u64().expect("seq");
            if !state["error"].is_null() {
                return state;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(200));
    f.write("content/annotations/a.toml", "[[note]]\nquote = \"Served wordz\"\nkind = \"context\"\ntext = \"x\"\n");
    let state = waiter.join().expect("join");
    assert!(
        state["error"].as_str().expect("error").contains("did you mean 'Served words' (paragraph 1, 92% similar)?"),
        "{state}"
    );
    let version = state["version"].as_u64().expect("version");
    assert!(f.read("public/articles/a/index.html").contains("Served words."), "the last good page stays");

    // The fix: a new version, after the rebuild has finished writing.
    let mut seq = state["seq"].as_u64().expect("seq");
    f.write(
        "content/annotations/a.toml",
        "[[note]]\nquote = \"Served words\"\nkind = \"context\"\ntext = \"Fixed note.\"\n",
    );
    let state = loop {
        let (_, live) = get(served, &format!("/__gloss/live?since={seq}"));
        let state: serde_json::Value =
            serde_json::from_str(live.split("\r\n\r\n").nth(1).expect("body")).expect("json");
        seq = state["seq"].as_u64().expect("seq");
        if state["version"].as_u64() > Some(version) {
            break state;
        }
    };
    assert!(state["error"].is_null());
    // Checked right when the new version is announced: the page must already be written.
    assert!(
        f.read("public/articles/a/index.html").contains("Fixed note."),
        "reload announced before the page was written"
    );
}

/// A clean build of the same digest into another folder, for comparing with watch mode's output.
fn clean_build(f: &Fixture) -> Vec<(String, Vec<u8>)> {
    let clean = tempfile::tempdir().expect("tempdir");
    let out = clean.path().join("public");
    gloss::build(&options(f.root(), &out)).expect("clean build");
    snapshot(&out)
}

/// Issue 15, defect 3: add a note whose quote is not in the article (an error, pages kept), then
/// delete the annotation file: watch kept publishing the file's notes (the article page, the
/// index, sources, terms and annotations.jsonld), where a clean build has none.
#[test]
fn defect_3_deleting_an_annotation_file_after_a_failed_rebuild_removes_its_notes() {
    let f = Fixture::new();
    f.write("content/terms.toml", "[[event]]\nid = \"E5\"\ndate = 2026-04-27\ntitle = \"Amended\"\ndocuments = [{ title = \"Post\" }]\n\n[[term]]\nid = \"t1\"\nevent = \"E5\"\ntitle = \"T\"\nquote = \"Q\"\n");
    f.article("a", "title = \"A\"\nsource = \"S\"\npublished = 2026-04-28", "Alpha beta gamma.\n\nDelta epsilon.");
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Zeta eta theta.");
    let notes = "[[note]]\nquote = \"Alpha beta\"\nkind = \"contradicts-terms\"\nterm = \"t1\"\ntext = \"first\"\n\n[[note]]\nquote = \"Zeta eta\"\nkind = \"context\"\ntext = \"second\"\n";
    let file = "content/annotations/a.toml";
    f.write(file, &notes.replace("Zeta eta", "Delta"));
    let out = f.path("public");
    let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
    inc.rebuild(&Changes::All).expect("first");
    assert!(f.read("public/articles/a/index.html").contains("first"));
    f.write(file, notes);
    inc.rebuild(&Changes::Paths(vec![file.into()])).expect_err("the second quote is not in a");
    fs::remove_file(f.path(file)).expect("rm");
    inc.rebuild(&Changes::Paths(vec![file.into()])).expect("deleted");
    assert!(!f.read("public/articles/a/index.html").contains("first"), "the deleted note is still published");
    assert_eq!(snapshot(&out), clean_build(&f), "watch output differs from a clean build");
}

/// Issue 15, defect 4: after `mv content /elsewhere && mv /elsewhere content` watch ignored
/// every later edit until restarted; and `mv content/articles /elsewhere` kept building the old
/// articles.
#[test]
fn defect_4_watch_follows_the_content_folder_moved_away_and_back_and_out() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "First version.");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let _watch = spawn(f.root(), &["watch", "--build-date", "2026-11-23"]);
    let page = f.path("public/articles/a/index.html");
    eventually("the first build", || page_contains(&page, "First version."));
    let away = elsewhere.path().join("content");
    fs::rename(f.path("content"), &away).expect("move away");
    std::thread::sleep(Duration::from_millis(200));
    fs::rename(&away, f.path("content")).expect("move back");
    std::thread::sleep(Duration::from_millis(200));
    f.article("a", "title = \"A\"", "Second version.");
    eventually("an edit after the folder came back", || page_contains(&page, "Second version."));
    fs::rename(f.path("content/articles"), elsewhere.path().join("articles")).expect("move articles out");
    eventually("the articles moved out are gone", || !page.exists());
    fs::rename(elsewhere.path().join("articles"), f.path("content/articles")).expect("move articles back");
    eventually("the articles moved back", || page_contains(&page, "Second version."));
    f.article("a", "title = \"A\"", "Third version.");
    eventually("an edit after the articles came back", || page_contains(&page, "Third version."));
}

/// The port `gloss serve` prints in its first line, and its stdout, to keep open (a closed pipe
/// would fail its next line).
fn served_port(serve: &mut Running) -> (u16, std::process::ChildStdout) {
    let mut stdout = serve.0.stdout.take().expect("stdout");
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).expect("read") == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    let line = String::from_utf8(line).expect("utf-8");
    let port = line.rsplit(':').next().and_then(|p| p.trim_end_matches("/ (Ctrl-C to stop)").parse().ok());
    (port.expect(&line), stdout)
}

fn request(port: u16, head: &str) -> u16 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(25))).expect("timeout");
    write!(s, "{head}\r\nConnection: close\r\n\r\n").expect("send");
    let mut response = String::new();
    let _ = s.read_to_string(&mut response);
    response.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

/// Issue 15, defects 15 and 10: `gloss serve` answered any `Host` (a DNS-rebinding page could
/// read a draft) and every method with 200, and served `/.gloss-manifest`; four open tabs' long
/// polls held all four worker threads (the fifth request waited ~20 s); every request on a
/// keep-alive connection waited ~44 ms (no TCP_NODELAY). And Ctrl-C took ~1.8 s (issue 16).
#[cfg(unix)]
#[test]
fn defect_10_15_serve_answers_only_its_own_host_and_reads_and_long_polls_hold_no_worker() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "Served words.");
    let mut serve = spawn(f.root(), &["serve", "--port", &free_port().to_string()]);
    let (port, _stdout) = served_port(&mut serve);
    eventually("the first build", || {
        f.path("public/style.css").is_file() && f.path(".public.gloss-manifest").is_file()
    });
    assert!(!f.path("public/.gloss-manifest").exists(), "the manifest is in the served (and deployed) folder");
    assert_eq!(request(port, &format!("GET /style.css HTTP/1.1\r\nHost: 127.0.0.1:{port}")), 200);
    assert_eq!(request(port, "GET /style.css HTTP/1.1\r\nHost: localhost"), 200);
    assert_eq!(request(port, &format!("GET /style.css HTTP/1.1\r\nHost: rebind.attacker.test:{port}")), 421);
    assert_eq!(request(port, "GET /style.css HTTP/1.1"), 421, "no Host at all");
    assert_eq!(request(port, "POST /style.css HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0"), 405);
    assert_eq!(request(port, "DELETE /articles/a/ HTTP/1.1\r\nHost: localhost"), 405);
    assert_eq!(request(port, "GET /.gloss-manifest HTTP/1.1\r\nHost: localhost"), 404);

    // Six tabs waiting for a change: pages are still served at once.
    let (_, live) = get(port, "/__gloss/live");
    let seq: serde_json::Value = serde_json::from_str(live.split("\r\n\r\n").nth(1).expect("body")).expect("json");
    let seq = seq["seq"].as_u64().expect("seq");
    let _polls: Vec<TcpStream> = (0..6)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
            write!(s, "GET /__gloss/live?since={seq} HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("send");
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    assert_eq!(get(port, "/articles/a/").0, 200);
    assert!(start.elapsed() < Duration::from_secs(3), "a page waited {:?} behind long polls", start.elapsed());

    // Keep-alive: each request on a reused connection answers without waiting for a delayed ACK.
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5))).expect("timeout");
    let mut times = Vec::new();
    for _ in 0..6 {
        let start = Instant::now();
        write!(s, "GET /style.css HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("send");
        let mut buf = Vec::new();
        let mut chunk = [0u8; 65536];
        // Read the head, then the body by its length.
        let (head_end, length) = loop {
            let n = s.read(&mut chunk).expect("read");
            assert!(n > 0, "closed");
            buf.extend_from_slice(&chunk[..n]);
            if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .expect("content-length");
                break (end + 4, length);
            }
        };
        while buf.len() < head_end + length {
            let n = s.read(&mut chunk).expect("read");
            assert!(n > 0, "closed");
            buf.extend_from_slice(&chunk[..n]);
        }
        times.push(start.elapsed());
    }
    times.sort();
    assert!(times[times.len() / 2] < Duration::from_millis(25), "keep-alive requests took {times:?}");

    // Ctrl-C stops it at once, long polls waiting or not.
    let pid = serve.0.id().to_string();
    let start = Instant::now();
    assert!(Command::new("kill").args(["-INT", &pid]).status().expect("kill").success());
    loop {
        if serve.0.try_wait().expect("wait").is_some() {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(start.elapsed() < Duration::from_millis(1000), "Ctrl-C took {:?}", start.elapsed());
}

/// The bug the disk cache's content-based keys exposed (watch::defect_4 timed out): an article
/// removed, then brought back unchanged, kept its page key while its page was removed as stale,
/// so its page was never written again.
#[test]
fn an_article_removed_and_brought_back_unchanged_gets_its_page_again() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"\npublished = 2026-05-01", "Some text.");
    f.article("b", "title = \"B\"\npublished = 2026-05-02", "Other text.");
    let out = f.path("public");
    let mut inc = Incremental::new(options(f.root(), &out)).expect("open");
    inc.rebuild(&Changes::All).expect("first build");
    let text = f.read("content/articles/a.md");
    fs::remove_file(f.path("content/articles/a.md")).expect("rm");
    inc.rebuild(&Changes::Paths(vec!["content/articles/a.md".into()])).expect("removed");
    assert!(!out.join("articles/a/index.html").exists());
    f.write("content/articles/a.md", &text);
    inc.rebuild(&Changes::Paths(vec!["content/articles/a.md".into()])).expect("back");
    assert!(out.join("articles/a/index.html").is_file(), "the page of the article brought back is missing");
    assert_eq!(snapshot(&out), clean_build(&f));
}
