//! The timeline: milestones from the real terms, mentions found in fixture articles, the
//! "today" marker at a fixed build date, and the errors an editor sees for bad milestones.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::fixture::*;
use gloss::content::terms;
use gloss::content::when::When;
use gloss::timeline;

/// The digest's events, terms and milestones (the test copy, tests/fixtures/terms.toml).
fn real_terms() -> String {
    test_terms()
}

const ALPHA: &str = "# Microsoft and OpenAI rewrite their deal\n\nMicrosoft has backed OpenAI since 2019, when it invested $1 billion. The partnership was extended in January 2023.\n\nOpenAI will keep paying Microsoft a share of its revenue through 2030. Microsoft’s licence to OpenAI’s models runs until 2032.\n\nOpenAI funding in 2025 reached new highs, and rumours of GPT-2032 spread (see page 2030 of the filing).\n";

const BETA: &str = "The definitive agreement of October 28, 2025 extends Microsoft’s IP rights through 2032.\n\n| Term | Until |\n|---|---|\n| Research IP | through 2030 |\n";

const ALPHA_NOTES: &str = "[[note]]\nquote = \"a share of its revenue through 2030\"\nkind = \"context\"\ntext = \"The payments are *capped*.\"\n";

fn digest() -> Fixture {
    let f = Fixture::new();
    f.write("content/terms.toml", &real_terms());
    f.article("alpha", "title = \"Alpha\"\nsource = \"Alpha News\"\npublished = 2026-04-28\nevent = \"E5\"", ALPHA);
    f.article("beta", "title = \"Beta\"\nsource = \"Beta Wire\"\npublished = 2025-10-29\nevent = \"E4\"", BETA);
    f.write("content/annotations/alpha.toml", ALPHA_NOTES);
    f
}

/// The ids of the timeline list's items, in order (`today` for the marker).
fn order(html: &str) -> Vec<String> {
    attr_values(html, "id")
        .into_iter()
        .filter_map(|id| {
            id.strip_prefix("milestone-").map(str::to_string).or_else(|| (id == "today").then(|| id.clone()))
        })
        .collect()
}

#[test]
fn milestones_from_the_real_terms_2019_2023_2030_2032_and_the_events_between() {
    let terms = terms::parse(&real_terms(), Path::new(terms::FILE)).expect("the real terms parse");
    let ms = timeline::milestones(&terms).expect("the real milestones are valid");
    let got: Vec<(&str, String)> = ms.iter().map(|m| (m.id.as_str(), m.when.iso())).collect();
    let want = [
        ("E1", "2019-07-22"),
        ("E2", "2023-01-23"),
        ("C1", "2025-01-21"),
        ("E3", "2025-09-11"),
        ("E4", "2025-10-28"),
        ("C2", "2026-02-27"),
        ("E5", "2026-04-27"),
        ("M2030", "2030"),
        ("M2032", "2032"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a, b.to_string())));
    let m2030 = &ms[7];
    assert_eq!(m2030.when, When::Year(2030));
    assert_eq!(m2030.terms, ["e4-research-ip", "e5-revenue-share-through-2030"]);
    assert_eq!(m2030.title, "OpenAI’s revenue-share payments to Microsoft end");
    let m2032 = &ms[8];
    assert_eq!(m2032.terms, ["e4-ip-through-2032", "e5-license-through-2032"]);
    // Every milestone has an official source and a meaning.
    for m in &ms {
        assert!(!m.sources.is_empty(), "{} has no source", m.id);
        assert!(m.meaning.is_some(), "{} has no meaning", m.id);
    }
    assert!(m2032.sources.iter().any(|d| d.url.as_ref().is_some_and(|u| u.get_ref().contains("2026/04/27"))));
}

#[test]
fn the_timeline_lists_milestones_in_order_with_today_and_relative_labels() {
    let f = digest();
    f.build(); // --build-date 2026-11-23
    let html = f.read("public/timeline/index.html");
    assert_eq!(order(&html), ["E1", "E2", "C1", "E3", "E4", "C2", "E5", "today", "M2030", "M2032"]);
    assert!(html.contains("<strong>Today</strong>: <time datetime=\"2026-11-23\">23 November 2026</time>"));
    assert!(
        html.contains("<time datetime=\"2030\">2030</time> <span class=\"tl-relative\">(in 4 years)</span>"),
        "{html}"
    );
    assert!(html.contains(
        "<time datetime=\"2019-07-22\">22 July 2019</time> <span class=\"tl-relative\">(7 years ago)</span>"
    ));
    assert!(html.contains("<span class=\"tl-relative\">(6 months ago)</span>: The amended agreement"));
    assert!(html.contains("class=\"tl-entry tl-past\" id=\"milestone-E5\""));
    assert!(html.contains("class=\"tl-entry tl-future\" id=\"milestone-M2030\""));
    assert!(html.contains("As of <time datetime=\"2026-11-23\">23 November 2026</time>, 7 are past and 2 to come."));
    // The overview: two drawings, each an image with a title and a description.
    assert_eq!(html.matches("role=\"img\"").count(), 2);
    assert!(html.contains("aria-labelledby=\"tl-narrow-title tl-narrow-desc\""));
    assert!(html.contains(
        "Today, 23 November 2026, falls between 27 April 2026 (Amended agreement) and 2030 (Revenue share ends)."
    ));
    // Source and terms.
    assert!(html.contains("<a href=\"../terms/index.html#term-e5-revenue-share-through-2030\">"));
    assert!(
        html.contains("Replaced on 27 April 2026 by <a href=\"../terms/index.html#term-e5-license-through-2032\">")
    );
}

#[test]
fn the_today_marker_follows_the_build_date_flag_and_environment() {
    let f = digest();
    let out = f.gloss(&["build", "--build-date", "2031-06-01"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = f.read("public/timeline/index.html");
    assert_eq!(order(&html)[7..], ["M2030", "today", "M2032"]);
    assert!(html.contains("<time datetime=\"2030\">2030</time> <span class=\"tl-relative\">(a year ago)</span>"));
    assert!(html.contains("<time datetime=\"2032\">2032</time> <span class=\"tl-relative\">(in a year)</span>"));

    let out = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .arg("--root")
        .arg(f.root())
        .arg("build")
        .env("GLOSS_BUILD_DATE", "2019-01-01")
        .output()
        .expect("run gloss");
    assert!(out.status.success(), "{}", stderr(&out));
    let html = f.read("public/timeline/index.html");
    assert_eq!(order(&html)[..2], ["today", "E1"]);
    assert!(html.contains("(in 6 months)</span>: Microsoft’s first investment"));
}

#[test]
fn passages_quote_the_sentence_link_to_it_and_carry_its_notes() {
    let f = digest();
    f.build();
    let html = f.read("public/timeline/index.html");
    assert!(html.contains(
        "<p>OpenAI will keep paying Microsoft a share of its revenue <mark class=\"tl-phrase\">through 2030</mark>.</p>"
    ), "{html}");
    assert!(html.contains("<a href=\"../articles/alpha/index.html#m3-1\">Read it in place<span class=\"visually-hidden\"> in Alpha</span></a> (paragraph 2)"));
    assert!(html.contains("<a href=\"../articles/alpha/index.html#q1\">Note 1</a> <span class=\"count-chip note-context\">Context</span> The payments are <em>capped</em>."), "{html}");
    // A full date names the event of that day; a table cell is a passage like any other.
    assert!(html.contains("The definitive agreement of <mark class=\"tl-phrase\">October 28, 2025</mark> extends"));
    assert!(html.contains("<a href=\"../articles/beta/index.html#m5-1\">Read it in place<span class=\"visually-hidden\"> in Beta</span></a> (table cell 4)"), "{html}");
    // The targets exist in the article pages, at the sentence starts.
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(alpha.contains("<p><span class=\"mention-start\" id=\"m2-1\"></span>Microsoft has backed OpenAI since 2019, when it invested $1 billion. <span class=\"mention-start\" id=\"m2-2\"></span>The partnership"), "{alpha}");
    // Two claims start at the subject: the flow, and its end (the terms' patterns name the payer).
    assert!(alpha.contains("<span class=\"mention-start\" id=\"m3-1\"></span><span class=\"claim\" id=\"c2\"><span class=\"claim\" id=\"c1\">OpenAI will keep paying Microsoft <span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">a share"), "{alpha}");
    let beta = f.read("public/articles/beta/index.html");
    assert!(beta.contains("<td><span class=\"mention-start\" id=\"m5-1\"></span>through 2030</td>"), "{beta}");
}

#[test]
fn years_that_are_not_mentions_are_not_listed() {
    let f = digest();
    f.build();
    let html = f.read("public/timeline/index.html");
    for not in ["funding in 2025", "GPT-2032", "page 2030"] {
        assert!(!html.contains(not), "{not} was counted");
    }
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(!alpha.contains("id=\"m4-1\""), "the last paragraph mentions no milestone");
}

#[test]
fn article_pages_list_their_milestones_and_the_index_links_the_timeline() {
    let f = digest();
    f.build();
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(alpha.contains("On the <a href=\"../../timeline/index.html\">timeline</a>, this article mentions:"));
    for (id, text) in [
        ("E1", "22 July 2019</time>, First investment"),
        ("E2", "23 January 2023</time>, Third phase"),
        ("M2030", "2030</time>, Revenue share ends"),
        ("M2032", "2032</time>, IP licence ends"),
    ] {
        assert!(alpha.contains(&format!("<a href=\"../../timeline/index.html#milestone-{id}\">")), "{id}");
        assert!(alpha.contains(text), "{text}");
    }
    assert!(!alpha.contains("#milestone-E4\""));
    let index = f.read("public/index.html");
    assert!(index.contains("<li><a href=\"timeline/index.html\">Timeline</a></li>"));
    assert!(index.contains("<a href=\"timeline/index.html\">the timeline</a>"));
    let timeline = f.read("public/timeline/index.html");
    assert!(timeline.contains("<a href=\"../timeline/index.html\" aria-current=\"page\">Timeline</a>"));
    assert!(f.read("public/sitemap.xml").contains("https://example.org/sub/timeline/"));
}

#[test]
fn a_digest_without_terms_has_no_timeline() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"", "Since 2019, nothing.");
    f.build();
    assert!(!f.path("public/timeline/index.html").exists());
    assert!(!f.read("public/index.html").contains("Timeline"));
}

/// `gloss check` on the real terms with `extra` appended: its exit code and report, and the
/// line on which `extra` starts.
fn check_with(extra: &str) -> (Option<i32>, String, usize) {
    let f = digest();
    let terms = real_terms();
    let first = terms.lines().count() + 2;
    f.write("content/terms.toml", &format!("{terms}\n{extra}"));
    let out = f.gloss(&["check"]);
    (out.status.code(), stdout(&out), first)
}

#[test]
fn bad_milestone_data_is_an_error_at_its_file_and_line() {
    let (code, out, l) =
        check_with("[[milestone]]\nid = \"X\"\ndate = 2031\ntitle = \"A rumour\"\nterms = [\"e5-licence\"]\n");
    assert_eq!(code, Some(1));
    assert!(
        out.contains(&format!("error: content/terms.toml:{}:9: milestone `X` names unknown term `e5-licence`", l + 4)),
        "{out}"
    );
    assert!(out.contains("help: valid terms: c1-rofr, c2-exclusive-license"), "{out}");

    let (code, out, l) = check_with("[[milestone]]\nid = \"X\"\ndate = 1850\ntitle = \"T\"\nevent = \"E5\"\n");
    assert_eq!(code, Some(1));
    assert!(
        out.contains(&format!("error: content/terms.toml:{}:8: milestone `X`: 1850 is not a plausible year", l + 2)),
        "{out}"
    );

    let (code, out, l) = check_with("[[milestone]]\nid = \"X\"\ndate = 2031-02-30\ntitle = \"T\"\nevent = \"E5\"\n");
    assert_eq!(code, Some(1));
    assert!(out.contains(&format!("error: content/terms.toml:{}:", l + 2)), "{out}");
    assert!(out.contains("invalid date"), "{out}");

    let (code, out, l) = check_with("[[milestone]]\nid = \"X\"\ndate = 2031\ntitle = \"A rumour\"\n");
    assert_eq!(code, Some(1));
    assert!(
        out.contains(&format!("error: content/terms.toml:{}: milestone `X` has no official source", l + 1)),
        "{out}"
    );
    assert!(out.contains("help: add documents = [{"), "{out}");

    let (code, out, l) = check_with("[[milestone]]\nid = \"E9\"\n");
    assert_eq!(code, Some(1));
    assert!(out.contains(&format!("error: content/terms.toml:{}: milestone `E9` has no date", l + 1)), "{out}");

    // A build with a bad milestone fails and writes nothing.
    let f = digest();
    f.write(
        "content/terms.toml",
        &format!("{}\n[[milestone]]\nid = \"X\"\ndate = 2031\ntitle = \"A rumour\"\n", real_terms()),
    );
    let out = f.gloss(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!f.path("public").exists());
}

#[test]
fn the_seed_digest_has_a_timeline() {
    let f = Fixture::from_dir("digest");
    let out_dir = tempfile::tempdir().expect("tempdir");
    let output = out_dir.path().join("public");
    let out =
        gloss_in(f.root(), &["build", "--build-date", "2026-11-23", "--output", output.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = fs::read_to_string(output.join("timeline/index.html")).expect("timeline page");
    assert_eq!(order(&html), ["E1", "E2", "C1", "E3", "E4", "C2", "E5", "today", "M2030", "M2032"]);
}
