//! Margin notes: anchoring in real pages, the errors an editor sees, and the machine-readable
//! forms.

use crate::fixture::*;

const TERMS: &str = r#"
[[event]]
id = "E3"
date = 2025-09-11
title = "A non-binding memorandum"
documents = [{ publisher = "OpenAI", title = "A joint statement", url = "https://openai.com/index/joint-statement-from-openai-and-microsoft/" }]

[[event]]
id = "E5"
date = 2026-04-27
title = "The amended agreement"
documents = [{ publisher = "Microsoft", title = "The next phase", url = "https://blogs.microsoft.com/x" }]

[[term]]
id = "e3-mou"
event = "E3"
title = "A non-binding MOU"
quote = "have signed a non-binding memorandum of understanding (MOU)"

[[term]]
id = "e5-azure-first"
event = "E5"
title = "Azure first"
quote = "OpenAI products will ship first on Azure, unless Microsoft cannot and chooses not to support the necessary capabilities."

[[term]]
id = "e5-revenue-share"
event = "E5"
title = "Revenue share to Microsoft through 2030"
quote = "Revenue share payments from OpenAI to Microsoft continue through 2030"
until = 2030
"#;

const ALPHA: &str = "Microsoft and OpenAI *amended* their deal.\n\nOpenAI products will ship first on Azure, unless Microsoft cannot support\ncapabilities. The revenue share now flows from Microsoft to OpenAI.\n\n- Payments run through 2030.\n- A cap applies.\n";
const BETA: &str = "The deal says OpenAI products ship first on Azure unless Microsoft opts not to.\n\n| Term | Detail |\n|---|---|\n| Payments | end in 2030 |\n";

const ALPHA_NOTES: &str = r#"[[note]]
quote = "unless Microsoft cannot support capabilities"
kind = "contradicts-terms"
term = "e5-azure-first"
text = "The exception needs *both* conditions."

[[note]]
quote = "flows from Microsoft to OpenAI"
kind = "contradicts-terms"
term = "e5-revenue-share"
text = "The other way round."

[[note]]
quote = "unless Microsoft cannot support"
kind = "contradicts-source"
source = "beta"
source_quote = "unless Microsoft opts not to"
text = "The two outlets give different exceptions; neither matches the terms."
"#;

fn digest() -> Fixture {
    let f = Fixture::new();
    f.write("content/terms.toml", TERMS);
    f.article("alpha", "title = \"Alpha\"\nsource = \"Alpha News\"\npublished = 2026-04-28\nevent = \"E5\"", ALPHA);
    f.article("beta", "title = \"Beta\"\nsource = \"Beta Wire\"\npublished = 2026-04-29\nevent = \"E5\"", BETA);
    f.write("content/annotations/alpha.toml", ALPHA_NOTES);
    f
}

/// The article body as rendered, between the body markers.
fn body(html: &str) -> &str {
    let start = html.find("<div class=\"article-body\">").expect("body start");
    let end = html[start..].find("\n  </div>\n</article>").expect("body end") + start;
    &html[start..end]
}

#[test]
fn golden_annotated_article() {
    let f = digest();
    f.build();
    let html = f.read("public/articles/alpha/index.html");
    let golden_path = fixtures().join("golden/alpha-body.html");
    let actual = body(&html);
    if std::env::var_os("GLOSS_BLESS").is_some() {
        std::fs::write(&golden_path, actual).expect("bless");
    }
    let golden = std::fs::read_to_string(&golden_path).expect("golden file");
    assert_eq!(actual, golden, "run with GLOSS_BLESS=1 to accept a deliberate change");
}

#[test]
fn notes_are_numbered_in_reading_order_and_overlaps_nest() {
    let f = digest();
    f.build();
    let html = f.read("public/articles/alpha/index.html");
    // Note 3 (contradicts-source) was written last but its passage starts first.
    let q1 = html.find("id=\"q1\"").expect("q1");
    let q2 = html.find("id=\"q2\"").expect("q2");
    let q3 = html.find("id=\"q3\"").expect("q3");
    assert!(q1 < q2 && q2 < q3);
    assert!(html.contains("<strong class=\"note-kind\">Contradicts another outlet.</strong>"));
    // The overlap: "unless Microsoft cannot support" (note 1) inside "… capabilities" (note 2).
    let n1 = html.find("id=\"n1\"").expect("n1");
    let n2 = html.find("id=\"n2\"").expect("n2");
    assert!(q1 < q2 && q2 < n1 && n1 < n2, "both passages start before either note");
}

#[test]
fn a_contradicts_terms_note_quotes_and_links_the_term() {
    let f = digest();
    f.build();
    let html = f.read("public/articles/alpha/index.html");
    // The term's title links to it; its wording follows, which the margin keeps one click away
    // (issue 16: the full quotation in every note pushed the next notes far below their passage).
    assert!(html.contains(
        "Official term (27 April 2026): <a href=\"../../terms/index.html#term-e5-azure-first\">Azure first</a><label class=\"term-more\"><input type=\"checkbox\" class=\"term-toggle\"><span class=\"term-more-label\">its wording</span></label> <q class=\"term-wording\">OpenAI products will ship first on Azure, unless Microsoft cannot and chooses not to support the necessary capabilities.</q>"
    ), "{}", body(&html));
}

#[test]
fn a_contradicts_source_note_links_both_passages() {
    let f = digest();
    f.build();
    let alpha = f.read("public/articles/alpha/index.html");
    let beta = f.read("public/articles/beta/index.html");
    assert!(
        alpha.contains(
            "Compare <a href=\"../../articles/beta/index.html#q1\">Beta Wire</a>: <q>unless Microsoft opts not to</q>"
        ),
        "{}",
        body(&alpha)
    );
    assert!(beta.contains(
        "<span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">unless Microsoft opts not to</mark>"
    ));
    // Bug: the back-note on the passage Alpha contradicts read "Contradicted by another outlet",
    // as if Beta were the one in the wrong; it says another outlet says otherwise.
    assert!(beta.contains("Another outlet says otherwise.</strong></span> <span class=\"note-source\">In <a href=\"../../articles/alpha/index.html#q1\">Alpha News</a>: <q>unless Microsoft cannot support</q>"), "{}", body(&beta));
    assert!(!beta.contains("Contradicted by"), "{}", body(&beta));
}

#[test]
fn the_terms_page_groups_terms_by_event_and_lists_the_notes_citing_them() {
    let f = digest();
    f.build();
    let terms = f.read("public/terms/index.html");
    let e5 = terms.find("id=\"event-E5\"").expect("E5");
    let e3 = terms.find("id=\"event-E3\"").expect("E3");
    assert!(e5 < e3, "newest first");
    assert!(terms.contains(
        "<a href=\"https://blogs.microsoft.com/x\" rel=\"nofollow noopener\">Microsoft, “The next phase”</a>"
    ));
    assert!(terms.contains("<a href=\"../articles/alpha/index.html#q2\">Note 2</a>"), "{terms}");
    assert!(terms.contains("<q>flows from Microsoft to OpenAI</q>"));
}

#[test]
fn the_index_counts_notes_by_kind() {
    let f = digest();
    f.build();
    let index = f.read("public/index.html");
    assert!(index.contains("2 contradictions of the terms"), "{index}");
    assert!(index.contains("1 contradiction between outlets"));
}

#[test]
fn claim_review_json_ld_and_the_web_annotation_collection() {
    let f = digest();
    f.build();
    let html = f.read("public/articles/alpha/index.html");
    let start = html.find("<script type=\"application/ld+json\">").expect("json-ld") + 35;
    let end = html[start..].find("</script>").expect("end") + start;
    let ld: serde_json::Value = serde_json::from_str(&html[start..end]).expect("valid JSON-LD");
    let graph = ld["@graph"].as_array().expect("graph");
    assert_eq!(graph.len(), 3);
    assert_eq!(graph[0]["@type"], "ClaimReview");
    // In reading order: the shorter passage that starts at the same place comes first.
    assert_eq!(graph[0]["claimReviewed"], "unless Microsoft cannot support");
    assert_eq!(graph[0]["reviewRating"]["alternateName"], "Contradicted by another outlet");
    assert_eq!(graph[1]["claimReviewed"], "unless Microsoft cannot support capabilities");
    assert_eq!(graph[1]["reviewRating"]["alternateName"], "Contradicts the official terms");
    assert_eq!(graph[0]["itemReviewed"]["appearance"]["headline"], "Alpha");
    assert_eq!(graph[0]["author"]["name"], "Test digest");

    let coll: serde_json::Value = serde_json::from_str(&f.read("public/annotations.jsonld")).expect("json");
    assert_eq!(coll["type"], "AnnotationCollection");
    assert_eq!(coll["total"], 3);
    let item = &coll["first"]["items"][1];
    assert_eq!(item["target"]["source"], "https://example.org/sub/articles/alpha/");
    assert_eq!(item["target"]["selector"]["type"], "TextQuoteSelector");
    assert_eq!(item["target"]["selector"]["exact"], "unless Microsoft cannot support capabilities");
    assert!(item["target"]["selector"]["prefix"].as_str().expect("prefix").ends_with("ship first on Azure, "));
}

fn check(f: &Fixture) -> (i32, String) {
    let out = f.gloss(&["check"]);
    (out.status.code().unwrap_or(-1), stdout(&out))
}

#[test]
fn a_quote_not_found_points_at_the_line_with_the_closest_passage() {
    let f = digest();
    f.write(
        "content/annotations/alpha.toml",
        &ALPHA_NOTES.replace("flows from Microsoft to OpenAI", "flows from Microsoft to Open AI"),
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(
        out.contains("error: content/annotations/alpha.toml:8: the quote is not in content/articles/alpha.md"),
        "{out}"
    );
    assert!(out.contains("help: did you mean 'flows from Microsoft to OpenAI.' (paragraph 2, 94% similar)?"), "{out}");
}

#[test]
fn an_ambiguous_quote_lists_occurrences_and_the_prefix_or_suffix_for_each() {
    let f = digest();
    f.write("content/annotations/beta.toml", "[[note]]\nquote = \"2030\"\nkind = \"context\"\ntext = \"x\"\n");
    f.article(
        "beta",
        "title = \"Beta\"\nsource = \"Beta Wire\"\npublished = 2026-04-29\nevent = \"E5\"",
        "Paid through 2030.\n\nEnds in 2030 too.\n",
    );
    f.write("content/annotations/alpha.toml", "");
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("beta.toml:2: the quote is in content/articles/beta.md 2 times"), "{out}");
    assert!(
        out.contains("1. paragraph 1: …Paid through [2030]. Ends in 2030 too.…  → add prefix = \"through\""),
        "{out}"
    );
    assert!(out.contains("2. paragraph 2: …Paid through 2030. Ends in [2030] too.…  → add prefix = \"in\""), "{out}");
    f.write(
        "content/annotations/beta.toml",
        "[[note]]\nquote = \"2030\"\nprefix = \"in\"\nkind = \"context\"\ntext = \"x\"\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("no problems found\n"), "{out}");
}

#[test]
fn unknown_ids_list_the_valid_ones() {
    let f = digest();
    f.write(
        "content/annotations/alpha.toml",
        &ALPHA_NOTES
            .replace("term = \"e5-revenue-share\"", "term = \"e5-revenue\"")
            .replace("source = \"beta\"", "source = \"gamma\""),
    );
    f.write("content/annotations/alpah.toml", "");
    f.write(
        "content/annotations/beta.toml",
        "[[note]]\nquote = \"x\"\nkind = \"contradicts-everything\"\ntext = \"x\"\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("alpha.toml:10: unknown term `e5-revenue`\n  help: did you mean `e5-revenue-share`? (valid terms of content/terms.toml: e3-mou, e5-azure-first, e5-revenue-share)"), "{out}");
    assert!(out.contains("alpha.toml:16: unknown article `gamma`\n  help: valid articles: alpha, beta"), "{out}");
    assert!(out.contains("alpah.toml: there is no article `alpah` to annotate"), "{out}");
    assert!(out.contains("did you mean `alpha.toml`?"), "{out}");
    assert!(out.contains("beta.toml:3:8: unknown variant `contradicts-everything`, expected one of `contradicts-terms`, `contradicts-source`, `unsupported`, `context`"), "{out}");
}

#[test]
fn a_term_not_yet_in_force_for_the_article_stage_is_an_error() {
    let f = digest();
    f.article("memo", "title = \"Memo\"\nevent = \"E3\"", "The memorandum ships products first on Azure.\n");
    f.write(
        "content/annotations/memo.toml",
        "[[note]]\nquote = \"first on Azure\"\nkind = \"contradicts-terms\"\nterm = \"e5-azure-first\"\ntext = \"x\"\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("memo.toml:4: term `e5-azure-first` (event E5, set on 2026-04-27) was not in force at this article's stage (2025-09-11)"), "{out}");
    assert!(out.contains("terms in force then: e3-mou"), "{out}");
}

#[test]
fn check_reports_json_for_ci_and_writes_nothing() {
    let f = digest();
    f.write("content/annotations/alpha.toml", &ALPHA_NOTES.replace("flows from", "flowz from"));
    let out = f.gloss(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let problems = &report["problems"];
    assert_eq!(problems[0]["severity"], "error");
    assert_eq!(problems[0]["file"], "content/annotations/alpha.toml");
    assert_eq!(problems[0]["line"], 8);
    assert!(!f.path("public").exists(), "check wrote output");
    let good = digest();
    let out = good.gloss(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(report["problems"], serde_json::json!([]));
    assert_eq!(report["findings"], serde_json::json!([]), "this digest has no checks");
}

#[test]
fn a_build_with_a_broken_note_fails_and_leaves_public_as_it_was() {
    let f = digest();
    f.build();
    let before = snapshot(&f.path("public"));
    f.write("content/annotations/alpha.toml", &ALPHA_NOTES.replace("flows from", "flowz from"));
    let out = f.gloss(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("alpha.toml:8: the quote is not in"), "{}", stderr(&out));
    assert_eq!(before, snapshot(&f.path("public")));
}

/// A digest of more than 100 articles publishes its notes as a paged W3C collection: the
/// collection links its first and last page, the pages link each other and hold every note once.
#[test]
fn a_large_digest_pages_its_annotation_collection() {
    let f = Fixture::new();
    for i in 0..230 {
        let slug = format!("a{i:03}");
        f.article(&slug, &format!("title = \"A{i}\"\npublished = 2026-01-01"), &format!("Words of article {i} here."));
        if i % 3 == 0 {
            f.write(
                &format!("content/annotations/{slug}.toml"),
                &format!("[[note]]\nquote = \"article {i}\"\nkind = \"context\"\ntext = \"Note on {i}.\"\n"),
            );
        }
    }
    f.build();
    let head: serde_json::Value = serde_json::from_str(&f.read("public/annotations.jsonld")).expect("json");
    assert_eq!(head["type"], "AnnotationCollection");
    assert_eq!(head["total"], 77);
    assert_eq!(head["first"], "https://example.org/sub/annotations/page-1.jsonld");
    assert_eq!(head["last"], "https://example.org/sub/annotations/page-3.jsonld");
    let mut seen = Vec::new();
    let mut next = Some("annotations/page-1.jsonld".to_string());
    let mut prev: Option<String> = None;
    while let Some(page) = next {
        let json: serde_json::Value = serde_json::from_str(&f.read(&format!("public/{page}"))).expect("page json");
        assert_eq!(json["type"], "AnnotationPage");
        assert_eq!(json["partOf"], "https://example.org/sub/annotations.jsonld");
        assert_eq!(json["prev"].as_str().map(str::to_string), prev.map(|p| format!("https://example.org/sub/{p}")));
        for item in json["items"].as_array().expect("items") {
            seen.push(item["id"].as_str().expect("id").to_string());
        }
        prev = Some(page);
        next = json["next"].as_str().map(|n| n.trim_start_matches("https://example.org/sub/").to_string());
    }
    assert_eq!(seen.len(), 77, "every note once");
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 77, "no note twice");
}

/// Issue 15, defect 16: an unknown `event` id in front matter ("E9", "e5") was silently accepted
/// and the article dated by its publication date; it is an error at the `event` line, with the
/// closest id, and all such errors arrive in one run.
#[test]
fn defect_16_an_unknown_event_is_an_error_at_its_line_with_the_closest_id() {
    let f = Fixture::new();
    f.write("content/terms.toml", TERMS);
    f.article("a", "title = \"A\"\nsummary = \"event E5 happened\"\nevent = \"e5\"", "Text.");
    f.article("b", "title = \"B\"\nevent = \"E9\"", "Text.");
    let out = f.gloss(&["check"]);
    let text = stdout(&out) + &stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("content/articles/a.md:4:1: `e5` is not an event of content/terms.toml"), "{text}");
    assert!(text.contains("did you mean `E5`?"), "{text}");
    assert!(text.contains("content/articles/b.md:3:1: `E9` is not an event"), "{text}");
    assert!(text.contains("valid events: E3, E5"), "{text}");
}

/// Issue 15, defect 16: errors arrived in rounds (three runs to see six problems): site.toml's
/// second problem after its first was fixed, an article's event and every note's term only once
/// the terms parsed, a broken article's notes only once it parsed; an unknown term had no
/// closest match. Here ten independent problems in five files: all in one run, each at its line.
#[test]
fn defect_16_every_error_arrives_in_one_run_with_the_closest_ids() {
    let f = Fixture::new();
    f.write("site.toml", "title = \"T\"\nbase_url = \"example.org\"\nlanguage = \"english\"\n");
    let terms = TERMS.replace("https://blogs.microsoft.com/x", "javascript:alert(1)")
        + "\n[[term]]\nid = \"e5-extra\"\nevent = \"E55\"\ntitle = \"X\"\nquote = \"Y\"\n";
    f.write("content/terms.toml", &terms);
    f.article(
        "alpha",
        "title = \"Alpha\"\npublished = 2026-04-28T10:00:00\nurl = \"data:text/html,x\"",
        "OpenAI products will ship first on Azure.",
    );
    f.article("beta", "title = \"Beta\"\nevent = \"e5\"", "The revenue share ends in 2030.");
    let note = |quote: &str, term: &str| {
        format!("[[note]]\nquote = \"{quote}\"\nkind = \"contradicts-terms\"\nterm = \"{term}\"\ntext = \"x\"\n")
    };
    f.write("content/annotations/alpha.toml", &note("ship first on Azure", "e5-azure-frist"));
    f.write("content/annotations/beta.toml", &note("The revenue share ends in 2031", "e3-mu"));
    let (code, out) = check(&f);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "site.toml:2:1: base_url must be an absolute http(s) address",
        "site.toml:3:1: language: `english` is not a known language tag",
        "content/terms.toml:12:73: the document address `javascript:alert(1)` is not a web address",
        "content/terms.toml:35:9: unknown event `E55`",
        "content/articles/alpha.md:3:1: published = 2026-04-28T10:00:00 is not a date",
        "content/articles/alpha.md:4:1: the url `data:text/html,x` is not a web address",
        "content/articles/beta.md:3:1: `e5` is not an event of content/terms.toml\n  help: did you mean `E5`?",
        "content/annotations/alpha.toml:4: unknown term `e5-azure-frist`\n  help: did you mean `e5-azure-first`?",
        "content/annotations/beta.toml:2: the quote is not in content/articles/beta.md\n  help: did you mean 'The revenue share ends in 2030'",
        "content/annotations/beta.toml:4: unknown term `e3-mu`\n  help: did you mean `e3-mou`?",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(out.contains("10 errors"), "{out}");
}
