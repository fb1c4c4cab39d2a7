//! The build cache kept beside the output (`.public.gloss-cache`): a second one-shot build does
//! only what changed, and a cache that is corrupt, truncated, from another gloss or gone is
//! ignored, never trusted. Every build here is compared with a clean build of the same digest.

use std::fs;

use crate::fixture::*;
use gloss::BuildReport;

const CACHE: &str = ".public.gloss-cache";
const ROWS: &str = ".public.gloss-rows";
const STAGES: &str = ".public.gloss-stages";

fn digest() -> Fixture {
    let f = Fixture::new();
    f.write("content/terms.toml", &test_terms());
    f.article(
        "a",
        "title = \"A\"\nsource = \"S\"\nevent = \"E5\"\npublished = 2026-04-28",
        "Report a opens here. Microsoft keeps an exclusive license to OpenAI's models.",
    );
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Other text about the deal.");
    f.write("content/annotations/b.toml", "[[note]]\nquote = \"Other text\"\nkind = \"context\"\ntext = \"A note.\"\n");
    f
}

fn build(f: &Fixture) -> BuildReport {
    gloss::build(&options(f.root(), &f.path("public"))).expect("build")
}

/// The site as a clean build (no output, no cache) makes it.
fn clean(f: &Fixture) -> Vec<(String, Vec<u8>)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("public");
    gloss::build(&options(f.root(), &out)).expect("clean build");
    snapshot(&out)
}

fn assert_clean(f: &Fixture, what: &str) {
    assert!(snapshot(&f.path("public")) == clean(f), "{what}: the output differs from a clean build");
}

/// Lets the stamps of files just written age past the cache's racy window, so that a test sees
/// the path a build takes when files were not touched in the last moments.
fn settle() {
    std::thread::sleep(std::time::Duration::from_millis(120));
}

#[test]
fn a_second_build_with_nothing_changed_renders_and_writes_nothing() {
    let f = digest();
    let first = build(&f);
    assert_eq!(first.rendered.len(), 2);
    assert!(f.path(CACHE).is_file(), "the cache is beside the output");
    settle();
    let second = build(&f);
    assert_eq!((second.written, second.rendered.len(), second.listings.len()), (0, 0, 0));
    assert_eq!((second.files, second.articles), (first.files, first.articles));
    assert_eq!(second.warnings, first.warnings, "the warnings are reported again");
    assert_clean(&f, "nothing changed");
}

#[test]
fn an_edited_annotation_file_renders_its_article_again_and_no_other() {
    let f = digest();
    build(&f);
    settle();
    f.write("content/annotations/b.toml", "[[note]]\nquote = \"Other text\"\nkind = \"context\"\ntext = \"Edited.\"\n");
    let report = build(&f);
    assert_eq!(report.rendered, vec!["b".to_string()]);
    assert!(f.read("public/articles/b/index.html").contains("Edited."));
    assert_clean(&f, "an annotation edited");
}

#[test]
fn edited_terms_run_the_checks_again() {
    let f = digest();
    build(&f);
    let before = f.read("public/articles/a/index.html");
    settle();
    let terms = test_terms().replacen(
        "licence-exclusivity = \"non-exclusive\"",
        "licence-exclusivity = \"exclusive\" # flipped",
        1,
    );
    f.write("content/terms.toml", &terms);
    build(&f);
    assert_ne!(f.read("public/articles/a/index.html"), before, "the claim now agrees: its note changed");
    assert_clean(&f, "the terms edited");
}

/// Writes `bytes` over the cache file from `at`, or cuts it there.
fn damage(f: &Fixture, at: usize, bytes: Option<&[u8]>) {
    let mut cache = fs::read(f.path(CACHE)).expect("cache");
    match bytes {
        Some(b) => cache[at..at + b.len()].copy_from_slice(b),
        None => cache.truncate(at),
    }
    fs::write(f.path(CACHE), cache).expect("write cache");
}

#[test]
fn a_corrupt_or_truncated_cache_is_ignored_and_rebuilt() {
    let f = digest();
    build(&f);
    for (what, part, bytes) in [
        ("a flipped byte in the stamps", Some(1), Some(&b"\xff\x00"[..])),
        ("a flipped byte in the pages", Some(4), Some(&b"\x00\xff"[..])),
        ("the magic", None, Some(&b"GLOSS"[..])),
        ("truncated", Some(3), None),
        ("empty", None, None),
    ] {
        // An output edited behind the cache's back, which a trusted cache would keep.
        f.write("public/articles/b/index.html", "stale");
        let at = part.map_or(0, |p| {
            let (at, len) = parts(&f)[p];
            at + 16 + len / 2
        });
        damage(&f, at, bytes);
        settle();
        let report = build(&f);
        assert!(!report.rendered.is_empty(), "{what}: the cache was trusted");
        assert_clean(&f, what);
        settle();
        assert!(build(&f).rendered.is_empty(), "{what}: the cache was written again");
    }
}

#[test]
fn a_cache_from_another_gloss_is_ignored() {
    let f = digest();
    build(&f);
    f.write("public/articles/b/index.html", "stale");
    // The head, after the magic and the part's length and hash, names another version (its
    // bytes as written, in postcard); its hash is made right, so that only the version says no.
    let mut cache = fs::read(f.path(CACHE)).expect("cache");
    let start = 12 + 16;
    let len = u64::from_le_bytes(cache[12..20].try_into().expect("len")) as usize;
    let mut head = cache[start..start + len].to_vec();
    let version = env!("CARGO_PKG_VERSION").as_bytes();
    let at = head.windows(version.len()).position(|w| w == version).expect("the head names the version");
    head[at..at + version.len()].fill(b'9');
    cache[start..start + len].copy_from_slice(&head);
    cache[20..28].copy_from_slice(&xxhash_rust::xxh3::xxh3_64(&head).to_le_bytes());
    fs::write(f.path(CACHE), cache).expect("write cache");
    settle();
    let report = build(&f);
    assert_eq!(report.rendered.len(), 2, "another gloss's cache was used");
    assert_clean(&f, "another version's cache");
}

#[test]
fn a_deleted_cache_means_a_full_build() {
    let f = digest();
    build(&f);
    fs::remove_file(f.path(CACHE)).expect("rm cache");
    f.write("public/articles/b/index.html", "stale");
    let report = build(&f);
    assert_eq!(report.rendered.len(), 2);
    assert_clean(&f, "the cache deleted");
}

#[test]
fn a_deleted_or_edited_output_file_is_written_again() {
    let f = digest();
    build(&f);
    settle();
    fs::remove_file(f.path("public/articles/a/index.html")).expect("rm page");
    let report = build(&f);
    assert_eq!(report.rendered, vec!["a".to_string()]);
    assert_clean(&f, "a page deleted");
    settle();
    // Edited to the same size, right after a build and long after: both are caught.
    for wait in [false, true] {
        let page = f.read("public/index.html");
        f.write("public/index.html", &"x".repeat(page.len()));
        if wait {
            settle();
        }
        build(&f);
        assert_eq!(f.read("public/index.html"), page, "edited, waited {wait}");
    }
    fs::remove_file(f.path("public/feed.xml")).expect("rm feed");
    build(&f);
    assert_clean(&f, "the feed deleted");
}

#[test]
fn a_file_added_to_the_output_is_refused_as_a_clean_build_refuses_it() {
    let f = digest();
    build(&f);
    settle();
    f.write("public/articles/a/thesis.docx", "precious");
    let err = gloss::build(&options(f.root(), &f.path("public"))).expect_err("foreign file");
    assert!(matches!(err, gloss::Error::ForeignOutput { .. }), "{err}");
    assert_eq!(f.read("public/articles/a/thesis.docx"), "precious");
}

/// Where each part of the cache starts (its length and hash), after the magic: head, stamps,
/// the parsed articles, the stages' results, the pages (the article rows are in a file of their
/// own).
fn parts(f: &Fixture) -> Vec<(usize, usize)> {
    let cache = fs::read(f.path(CACHE)).expect("cache");
    let mut at = 12;
    let mut out = Vec::new();
    while at + 16 <= cache.len() {
        let len = u64::from_le_bytes(cache[at..at + 8].try_into().expect("len")) as usize;
        out.push((at, len));
        at += 16 + len;
    }
    out
}

#[test]
fn an_edited_article_over_the_cache_builds_as_a_clean_build() {
    let f = digest();
    build(&f);
    settle();
    f.article(
        "a",
        "title = \"A\"\nsource = \"S\"\nevent = \"E5\"\npublished = 2026-04-28",
        "Report a opens here. Microsoft no longer holds an exclusive license to OpenAI's models.",
    );
    let report = build(&f);
    assert_eq!(report.rendered, vec!["a".to_string()], "only the edited article's page");
    assert_clean(&f, "an article edited");
}

#[test]
fn terms_removed_then_restored_build_as_clean_builds() {
    let f = digest();
    build(&f);
    let with_terms = clean(&f);
    for (what, terms) in [("no terms", String::new()), ("the terms back", test_terms())] {
        settle();
        f.write("content/terms.toml", &terms);
        build(&f);
        assert_clean(&f, what);
    }
    assert!(snapshot(&f.path("public")) == with_terms, "the terms back: the site as first built");
}

#[test]
fn corrupt_stages_results_are_ignored_and_computed_again() {
    let f = digest();
    build(&f);
    let all = parts(&f);
    assert_eq!(all.len(), 5, "head, stamps, articles, stages' results, pages");
    let (at, len) = all[3];
    assert!(len > 2, "the findings are kept");
    damage(&f, at + 16 + len / 2, Some(&b"\xff\x00"[..]));
    settle();
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Other text about the deal, edited.");
    build(&f);
    assert_clean(&f, "the stages' results corrupt");
    settle();
    // A cache whose stages' part is cut short is truncated as a whole: a full build.
    damage(&f, parts(&f)[3].0 + 20, None);
    f.write("public/articles/b/index.html", "stale");
    assert!(!build(&f).rendered.is_empty(), "a truncated cache was trusted");
    assert_clean(&f, "the stages' results truncated");
}

#[test]
fn corrupt_kept_articles_are_ignored_and_parsed_again() {
    let f = digest();
    build(&f);
    let (at, len) = parts(&f)[2];
    assert!(len > 2, "the articles are kept");
    damage(&f, at + 16 + len / 2, Some(&b"\xff\x00"[..]));
    settle();
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Other text about the deal, edited.");
    build(&f);
    assert_clean(&f, "the kept articles corrupt");
}

#[test]
fn a_kept_article_whose_front_matter_changed_is_parsed_again() {
    let f = digest();
    build(&f);
    settle();
    // The same body, another title and date: what the cache kept of the file no longer stands.
    f.article("b", "title = \"B, retitled\"\nsource = \"T\"\npublished = 2026-04-27", "Other text about the deal.");
    let report = build(&f);
    assert!(report.rendered.contains(&"b".to_string()), "the retitled article is rendered");
    assert_clean(&f, "a front matter edited");
    settle();
    // Its neighbour's body, kept and read only when asked for, still renders as written.
    f.write("public/articles/a/index.html", "stale");
    build(&f);
    assert_clean(&f, "a kept article's page rendered again");
}

#[test]
fn a_corrupt_kept_row_is_made_again() {
    let f = digest();
    build(&f);
    let mut rows = fs::read(f.path(ROWS)).expect("the rows file");
    let (at, len) = (19, rows.len() - 19);
    assert!(len > 2, "the rows are kept");
    // Both articles' rows: each is read (and found corrupt) only when a listing shows it.
    for at in [at + len / 4, at + 3 * len / 4] {
        rows[at..at + 2].copy_from_slice(b"\xff\x00");
    }
    fs::write(f.path(ROWS), rows).expect("write rows");
    settle();
    for listing in ["index.html", "feed.xml", "sitemap.xml", "sources/index.html", "annotations.jsonld"] {
        f.write(&format!("public/{listing}"), "stale");
    }
    build(&f);
    assert_clean(&f, "corrupt rows");
    settle();
    f.write("public/index.html", "stale again");
    build(&f);
    assert_clean(&f, "the rows made again were kept");
}

/// Every article's rows in one file that a build after an edit appends to, instead of a cache
/// rewritten whole (issue 17: 116 MB at 10,000 articles with checks, copied after every edit).
#[test]
fn an_edit_appends_its_rows_and_leaves_the_others_where_they_are() {
    let f = digest();
    // More rows kept than made again: an edit appends to the file.
    for (i, slug) in ["c", "d", "e", "g"].into_iter().enumerate() {
        f.article(slug, &format!("title = \"{slug}\"\nsource = \"U\"\npublished = 2026-04-1{i}"), "More text.");
    }
    build(&f);
    let first = fs::read(f.path(ROWS)).expect("the rows file");
    settle();
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Other text about the deal, edited.");
    build(&f);
    let second = fs::read(f.path(ROWS)).expect("the rows file");
    assert!(second.len() > first.len() && second.starts_with(&first), "the rows were rewritten, not appended to");
    assert_clean(&f, "an article edited, its rows appended");
    // Edits until the rows no longer kept outweigh the kept ones: a new file, as small as the first.
    for i in 0..6 {
        settle();
        f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", &format!("Other text, edit {i}."));
        build(&f);
        assert_clean(&f, "edited again");
    }
    let last = fs::read(f.path(ROWS)).expect("the rows file");
    assert!(last.len() < 3 * first.len(), "the rows file grew without bound: {} bytes", last.len());
}

/// A rows file that is not the one the cache's index was written for (another build's, or
/// another file put in its place) is never read: every row is made again.
#[test]
fn a_rows_file_from_another_build_is_not_read() {
    let f = digest();
    build(&f);
    let before = fs::read(f.path(ROWS)).expect("the rows file");
    let other = digest();
    other.article("a", "title = \"Other\"\nsource = \"O\"\npublished = 2026-04-20", "Another digest's text.");
    build(&other);
    fs::copy(other.path(ROWS), f.path(ROWS)).expect("copy");
    settle();
    for listing in ["index.html", "feed.xml", "sitemap.xml", "sources/index.html", "annotations.jsonld"] {
        f.write(&format!("public/{listing}"), "stale");
    }
    build(&f);
    assert_clean(&f, "another build's rows file");
    assert_ne!(fs::read(f.path(ROWS)).expect("rows"), before, "written anew");
    // Gone, or a symlink: likewise.
    for what in ["gone", "a symlink"] {
        fs::remove_file(f.path(ROWS)).expect("remove");
        if what == "a symlink" {
            std::os::unix::fs::symlink(other.path(ROWS), f.path(ROWS)).expect("symlink");
        }
        settle();
        f.write("public/index.html", "stale");
        build(&f);
        assert_clean(&f, what);
    }
    assert!(fs::symlink_metadata(f.path(ROWS)).expect("rows").file_type().is_file(), "the symlink was replaced");
}

/// Each article's stages' results in one file that a build after an edit appends to (issue 17:
/// 25 MB at 10,000 articles with checks, rewritten after every edit): the others' stay where
/// they are, and the file does not grow without bound.
#[test]
fn an_edit_appends_its_stages_results_and_leaves_the_others_where_they_are() {
    let f = digest();
    for (i, slug) in ["c", "d", "e", "g"].into_iter().enumerate() {
        f.article(slug, &format!("title = \"{slug}\"\nsource = \"U\"\npublished = 2026-04-1{i}"), "More text.");
    }
    build(&f);
    let first = fs::read(f.path(STAGES)).expect("the stages file");
    settle();
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Other text about the deal, edited.");
    build(&f);
    let second = fs::read(f.path(STAGES)).expect("the stages file");
    assert!(second.len() > first.len() && second.starts_with(&first), "the results were rewritten, not appended to");
    assert_clean(&f, "an article edited, its results appended");
    for i in 0..8 {
        settle();
        let text = format!("Report a, edit {i}. Microsoft keeps an exclusive license to OpenAI's models.");
        f.article("a", "title = \"A\"\nsource = \"S\"\nevent = \"E5\"\npublished = 2026-04-28", &text);
        build(&f);
        assert_clean(&f, "edited again");
    }
    let last = fs::read(f.path(STAGES)).expect("the stages file");
    assert!(last.len() < 3 * first.len(), "the stages file grew without bound: {} bytes", last.len());
}

/// A stages file with corrupt bytes, another build's, gone or a symlink: what it cannot vouch
/// for is computed again, and the build is a clean build's.
#[test]
fn a_corrupt_or_foreign_stages_file_is_not_trusted() {
    let f = digest();
    build(&f);
    let mut stages = fs::read(f.path(STAGES)).expect("the stages file");
    let len = stages.len();
    assert!(len > 30, "the results are kept");
    for at in [21 + (len - 21) / 4, 21 + 3 * (len - 21) / 4] {
        stages[at] ^= 0xff;
    }
    fs::write(f.path(STAGES), stages).expect("write stages");
    settle();
    f.write("public/articles/a/index.html", "stale");
    f.write("public/articles/b/index.html", "stale");
    f.write(
        "content/annotations/b.toml",
        "[[note]]\nquote = \"Other text\"\nkind = \"context\"\ntext = \"Corrupt.\"\n",
    );
    build(&f);
    assert_clean(&f, "corrupt stages' results");

    let other = digest();
    other.article(
        "a",
        "title = \"Other\"\nsource = \"O\"\nevent = \"E5\"\npublished = 2026-04-20",
        "Microsoft holds a non-exclusive license.",
    );
    build(&other);
    for what in ["another build's", "gone", "a symlink"] {
        let _ = fs::remove_file(f.path(STAGES));
        match what {
            "another build's" => {
                fs::copy(other.path(STAGES), f.path(STAGES)).expect("copy");
            }
            "a symlink" => std::os::unix::fs::symlink(other.path(STAGES), f.path(STAGES)).expect("symlink"),
            _ => {}
        }
        settle();
        f.write("public/articles/a/index.html", "stale");
        f.write(
            "content/annotations/b.toml",
            &format!("[[note]]\nquote = \"Other text\"\nkind = \"context\"\ntext = \"{what}.\"\n"),
        );
        build(&f);
        assert_clean(&f, what);
    }
    assert!(fs::symlink_metadata(f.path(STAGES)).expect("stages").file_type().is_file(), "the symlink was replaced");
}

/// Kept notes stay encoded until read: an edit to the notes of an article another article's
/// note quotes (its back-note's number moves, and the quoting note's link with it), or to an
/// unrelated article, builds as a clean build does.
#[test]
fn notes_kept_encoded_are_read_when_an_edit_renumbers_them() {
    let f = digest();
    f.article("c", "title = \"C\"\nsource = \"U\"\npublished = 2026-04-30", "A third report on the deal opens here.");
    let quoting = "[[note]]\nquote = \"A third report\"\nkind = \"contradicts-source\"\nsource = \"b\"\nsource_quote = \"text about the deal\"\ntext = \"B says otherwise.\"\n";
    f.write("content/annotations/c.toml", quoting);
    build(&f);
    let edits: [(&str, &str); 3] = [
        (
            "content/annotations/b.toml",
            "[[note]]\nquote = \"Other\"\nkind = \"context\"\ntext = \"First.\"\n\n[[note]]\nquote = \"about the deal\"\nkind = \"context\"\ntext = \"Second.\"\n",
        ),
        (
            "content/articles/a.md",
            "+++\ntitle = \"A\"\nsource = \"S\"\nevent = \"E5\"\npublished = 2026-04-28\n+++\nReport a opens here, edited.\n",
        ),
        ("content/annotations/c.toml", &quoting.replace("B says otherwise.", "B says otherwise, edited.")),
    ];
    for (path, text) in edits {
        settle();
        f.write(path, text);
        build(&f);
        assert_clean(&f, path);
    }
}

/// The in-place writer over a kept cache does not list the output again: the cache's look at
/// its folders must catch what a listing would. A folder moved away and replaced by a symlink to
/// it (the same names, the same files behind them) is not gloss's, nor is a file replaced by one.
#[test]
fn symlinks_put_in_the_output_are_refused_over_the_cache_as_a_clean_build_refuses_them() {
    let f = digest();
    build(&f);
    settle();
    let away = tempfile::tempdir().expect("tempdir");
    let moved = away.path().join("a");
    fs::rename(f.path("public/articles/a"), &moved).expect("move a's folder away");
    std::os::unix::fs::symlink(&moved, f.path("public/articles/a")).expect("symlink the folder");
    let page = fs::read(moved.join("index.html")).expect("a's page");
    settle();
    f.article(
        "a",
        "title = \"A, edited\"\nsource = \"S\"\nevent = \"E5\"\npublished = 2026-04-28",
        "Report a opens here, edited.",
    );
    let err = gloss::build(&options(f.root(), &f.path("public"))).expect_err("a symlinked folder");
    assert!(matches!(err, gloss::Error::ForeignOutput { .. }), "{err}");
    assert_eq!(fs::read(moved.join("index.html")).expect("a's page"), page, "written through the symlink");

    let f = digest();
    build(&f);
    settle();
    let outside = away.path().join("b.html");
    fs::rename(f.path("public/articles/b/index.html"), &outside).expect("move b's page away");
    std::os::unix::fs::symlink(&outside, f.path("public/articles/b/index.html")).expect("symlink the page");
    settle();
    f.write(
        "content/annotations/b.toml",
        "[[note]]\nquote = \"Other text\"\nkind = \"context\"\ntext = \"Changed.\"\n",
    );
    let err = gloss::build(&options(f.root(), &f.path("public"))).expect_err("a symlinked page");
    assert!(matches!(err, gloss::Error::ForeignOutput { .. }), "{err}");
    assert!(!fs::read_to_string(&outside).expect("b's page").contains("Changed."), "written through the symlink");
}

/// A build over the cache lists the content from the files the cache listed when it checked
/// their stamps: what it lists is what the loader's own walk lists (articles in folders, not
/// editors' files, annotation files only at the top of their folder).
#[test]
fn content_listed_by_the_cache_is_what_the_loader_lists() {
    let f = digest();
    build(&f);
    settle();
    f.write("content/articles/more/c.md", "+++\ntitle = \"C\"\nsource = \"U\"\n+++\n\nA third report.\n");
    f.write("content/articles/.d.md.swp", "not an article");
    f.write("content/articles/e.md~", "not an article either");
    f.write("content/annotations/old/c.toml", "not read: below the top of the folder");
    let report = build(&f);
    assert_eq!(report.articles, 3);
    assert_clean(&f, "files added in folders");
    settle();
    fs::remove_file(f.path("content/articles/more/c.md")).expect("rm c");
    let report = build(&f);
    assert_eq!(report.articles, 2);
    assert_clean(&f, "an article removed");
}
