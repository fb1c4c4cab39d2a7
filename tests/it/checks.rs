//! Automatic checks end to end: the seed digest's findings as a golden list, automatic notes in
//! the page and the machine-readable forms, dismissals, hand-written notes taking precedence,
//! the sources page, and located errors for bad rules.

use crate::fixture::*;

/// A small digest with its own checks: Azure first (E5) and the licence (E4, E5).
const TERMS: &str = r#"
[parties]
Microsoft = ["Microsoft"]
OpenAI = ["OpenAI", "the ChatGPT maker"]

[[event]]
id = "E4"
date = 2025-10-28
title = "The definitive agreement"
documents = [{ publisher = "Microsoft", title = "The next chapter", url = "https://blogs.microsoft.com/e4" }]

[[event]]
id = "E5"
date = 2026-04-27
title = "The amended agreement"
documents = [{ publisher = "Microsoft", title = "The next phase", url = "https://blogs.microsoft.com/e5" }]

[[term]]
id = "e4-exclusive"
event = "E4"
title = "Exclusive IP rights until AGI"
quote = "Microsoft continues to have exclusive IP rights"

[term.check]
licence-exclusivity = "exclusive"

[[term]]
id = "e5-azure-first"
event = "E5"
title = "Azure first"
quote = "OpenAI products will ship first on Azure, unless Microsoft cannot and chooses not to support the necessary capabilities."

[term.check]
azure-first-exception = "cannot and chooses not to"

[[term]]
id = "e5-licence"
event = "E5"
title = "A non-exclusive licence to OpenAI IP"
quote = "Microsoft will continue to have a license to OpenAI IP. Microsoft's license will now be non-exclusive."
replaces = ["e4-exclusive"]

[term.check]
licence-exclusivity = "non-exclusive"
licence-direction = "OpenAI -> Microsoft"

[[claim]]
id = "azure-first-exception"
title = "when OpenAI products may skip Azure"
kind = "status"
[claim.values]
"cannot and chooses not to" = ["unless Microsoft cannot and (chooses|opts) not to"]
"cannot" = ["unless Microsoft (cannot|can't) (support*|provid*)"]
"chooses not to" = ["unless Microsoft (chooses|opts) not to"]

[[claim]]
id = "licence-exclusivity"
title = "whether the licence is exclusive"
kind = "status"
[claim.values]
exclusive = ["Microsoft ... exclusive licen*"]
non-exclusive = ["non-exclusive licen*"]

[[claim]]
id = "licence-direction"
title = "whose IP the licence covers"
kind = "direction"
patterns = ["licen* to {from} (IP|technology)"]
"#;

const ALPHA: &str = "The partners *amended* their deal.\n\nOpenAI products ship first on Azure, unless Microsoft cannot support\nthe capabilities. Microsoft keeps an exclusive license to OpenAI IP.\n\n- Microsoft may keep an exclusive license, analysts say.\n";
const BETA: &str = "Products ship first on Azure unless Microsoft opts not to support them.\n\nMicrosoft now holds a non-exclusive license to OpenAI IP.\n";
const GAMMA: &str = "Back in October, Microsoft kept an exclusive license to OpenAI technology.\n\nMicrosoft keeps an exclusive license to OpenAI technology.\n";

fn digest() -> Fixture {
    let f = Fixture::new();
    f.write("content/terms.toml", TERMS);
    f.article("alpha", "title = \"Alpha\"\nsource = \"Alpha News\"\npublished = 2026-04-28\nevent = \"E5\"", ALPHA);
    f.article("beta", "title = \"Beta\"\nsource = \"Beta Wire\"\npublished = 2026-04-29\nevent = \"E5\"", BETA);
    f.article("gamma", "title = \"Gamma\"\nsource = \"Gamma Daily\"\npublished = 2025-10-29\nevent = \"E4\"", GAMMA);
    f
}

fn findings(f: &Fixture) -> (i32, serde_json::Value) {
    let out = f.gloss(&["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    (out.status.code().unwrap_or(-1), report)
}

/// "verdict slug check claimed | passage" for each finding, in order.
fn lines(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {}{} | {}",
                f["verdict"].as_str().unwrap_or_default(),
                f["article"].as_str().unwrap_or_default(),
                f["check"].as_str().unwrap_or_default(),
                f["claimed"].as_str().unwrap_or_default(),
                match f["status"].as_str() {
                    Some("open") | None => String::new(),
                    Some(s) => format!(" ({s})"),
                },
                f["passage"].as_str().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn check_lists_findings_by_stage_and_contradictions_are_not_errors() {
    let f = digest();
    let (code, report) = findings(&f);
    assert_eq!(code, 0, "contradictions are the digest's content, not errors");
    assert_eq!(
        lines(&report),
        vec![
            "contradicts beta azure-first-exception chooses not to | unless Microsoft opts not to",
            "agrees beta licence-exclusivity non-exclusive | non-exclusive license",
            "agrees beta licence-direction OpenAI → Microsoft | license to OpenAI IP",
            "contradicts alpha azure-first-exception cannot | unless Microsoft cannot support",
            "contradicts alpha licence-exclusivity exclusive | Microsoft keeps an exclusive license",
            "agrees alpha licence-direction OpenAI → Microsoft | license to OpenAI IP",
            // The E4 article is judged by the E4 terms: "back in October" (its own month) and
            // the past tense are judged too, and agree.
            "agrees gamma licence-exclusivity exclusive | Microsoft kept an exclusive license",
            "agrees gamma licence-exclusivity exclusive | Microsoft keeps an exclusive license",
        ]
    );
    let first = &report["findings"][0];
    assert_eq!(first["term"], "e5-azure-first");
    assert_eq!(first["official"], "cannot and chooses not to");
    assert_eq!(first["place"], "paragraph 1");
    assert_eq!(first["sentence"], "Products ship first on Azure unless Microsoft opts not to support them.");
    let text = stdout(&f.gloss(&["check"]));
    assert!(text.starts_with("no problems found\n"), "{text}");
    assert!(
        text.contains("content/articles/alpha.md (paragraph 2): contradicts term `e5-azure-first` [check azure-first-exception]\n  claims cannot; official cannot and chooses not to\n"),
        "{text}"
    );
    assert!(text.contains("8 findings: 3 contradict the terms, 5 agree\n"), "{text}");
}

#[test]
fn automatic_notes_are_marked_in_the_margin_in_claim_review_and_in_annotations() {
    let f = digest();
    f.build();
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(
        alpha.contains(
            "<strong class=\"note-kind\">Contradicts the terms.</strong> <span class=\"note-auto\">automatic</span>"
        ),
        "{alpha}"
    );
    assert!(alpha.contains("Automatic check (when OpenAI products may skip Azure): the article says <strong>cannot</strong>; the official term says <strong>cannot and chooses not to</strong>. Source: <a href=\"https://blogs.microsoft.com/e5\">Microsoft, “The next phase”</a>."), "{alpha}");
    assert!(alpha.contains("unless Microsoft cannot support</mark>"), "{alpha}");
    // Two outlets give different exceptions, both wrong: neither is the other's reference, so
    // they are not paired (each has its note against the terms). On the licence, Beta is right
    // and Alpha wrong: linked both ways.
    let beta = f.read("public/articles/beta/index.html");
    assert!(!beta.contains("Compare <a href=\"../../articles/alpha/index.html#q1\""), "{beta}");
    assert!(
        alpha.contains("this article says <strong>exclusive</strong>, Beta Wire says <strong>non-exclusive</strong>"),
        "{alpha}"
    );
    assert!(alpha.contains("Compare <a href=\"../../articles/beta/index.html#q"), "{alpha}");
    assert!(beta.contains("Another outlet says otherwise.</strong>"), "{beta}");
    assert!(beta.contains("<span class=\"note-source\">In <a href=\"../../articles/alpha/index.html#q"), "{beta}");
    // An agreeing passage is a link target of its own, highlighted only when a link lands on it.
    assert!(beta.contains("<span class=\"claim\" id=\"c1\"><span class=\"quote-start\" id=\"q2\"></span><mark class=\"quoted\">non-exclusive <span class=\"claim\" id=\"c2\">license</span></mark>"), "{beta}");

    let start = alpha.find("<script type=\"application/ld+json\">").expect("json-ld") + 35;
    let end = alpha[start..].find("</script>").expect("end") + start;
    let ld: serde_json::Value = serde_json::from_str(&alpha[start..end]).expect("JSON-LD");
    let auto: Vec<&serde_json::Value> =
        ld["@graph"].as_array().expect("graph").iter().filter(|r| r["keywords"] == "automatic check").collect();
    assert_eq!(auto.len(), 3, "{ld}");
    assert!(auto[0]["reviewBody"].as_str().expect("body").starts_with("[automatic] "));

    let coll: serde_json::Value = serde_json::from_str(&f.read("public/annotations.jsonld")).expect("json");
    let items = coll["first"]["items"].as_array().expect("items");
    assert!(items.iter().all(|i| i["creator"]["type"] == "Software"), "{coll}");
    assert!(items.iter().any(|i| {
        i["body"].as_array().expect("bodies").iter().any(|b| b["purpose"] == "tagging" && b["value"] == "automatic")
    }));

    let index = f.read("public/index.html");
    assert!(index.contains("2 contradictions of the terms"), "{index}");
    assert!(index.contains("1 contradiction between outlets"), "{index}");
}

#[test]
fn the_sources_page_is_a_matrix_of_articles_and_terms() {
    let f = digest();
    f.build();
    let page = f.read("public/sources/index.html");
    let index = f.read("public/index.html");
    assert!(index.contains("<a href=\"sources/index.html\">Sources</a>"), "{index}");
    assert!(page.contains("<th scope=\"col\" class=\"matrix-term\"><a href=\"../terms/index.html#term-e5-azure-first\">Azure first</a>"), "{page}");
    let row = |slug: &str| {
        let start = page.find(&format!("<a href=\"../articles/{slug}/index.html\">")).expect("row");
        let end = page[start..].find("</tr>").expect("row end") + start;
        page[start..end].to_string()
    };
    let alpha = row("alpha");
    // Columns newest first: e5-azure-first, e5-licence, e4-exclusive.
    assert!(alpha.contains("<td class=\"cell cell-not-in-force\"><span class=\"cell-term\">Exclusive IP rights until AGI</span><span class=\"cell-mark\" aria-hidden=\"true\">·</span>not in force</td>"), "{alpha}");
    // The link starts on the word, not on a space (issue 16).
    assert!(alpha.contains("<td class=\"cell cell-contradicts\"><span class=\"cell-term\">Azure first</span><span class=\"cell-mark\" aria-hidden=\"true\">✗</span><a href=\"../articles/alpha/index.html#q1\">contradicts</a></td>"), "{alpha}");
    assert!(alpha.contains("<span class=\"matrix-rest\">1 term not in force at its stage.</span>"), "{alpha}");
    assert!(alpha.contains("<span class=\"matrix-auto\">(3 automatic)</span>"), "{alpha}");
    let beta = row("beta");
    // A count says what it counts (issue 16: "agrees (24)" was not explained).
    assert!(beta.contains("<span class=\"cell-mark\" aria-hidden=\"true\">✓</span><a href=\"../articles/beta/index.html#c1\">agrees</a> <span class=\"cell-count\">2 passages</span></td>"), "{beta}");
    let gamma = row("gamma");
    assert!(gamma.contains("cell-agrees"), "{gamma}");
    assert!(gamma.contains("cell-not-in-force"), "{gamma}");
    assert!(!page.contains("cell-silent") || page.contains("silent</td>"));
}

#[test]
fn a_dismissal_hides_the_finding_and_a_stale_one_is_a_warning_naming_its_line() {
    let f = digest();
    f.write(
        "content/annotations/alpha.toml",
        "[[dismiss]]\ncheck = \"licence-exclusivity\"\nquote = \"exclusive license to OpenAI IP\"\nreason = \"The article quotes the E4 terms here.\"\n\n[[dismiss]]\nterm = \"e5-azure-first\"\nquote = \"amended\"\nreason = \"Once a finding, no longer.\"\n",
    );
    let (code, report) = findings(&f);
    assert_eq!(code, 0);
    let lines = lines(&report);
    assert!(
        lines.contains(
            &"contradicts alpha licence-exclusivity exclusive (dismissed) | Microsoft keeps an exclusive license"
                .to_string()
        ),
        "{lines:?}"
    );
    assert_eq!(report["findings"][4]["reason"], "The article quotes the E4 terms here.");
    let warning = &report["problems"][0];
    assert_eq!(warning["severity"], "warning");
    assert_eq!(warning["file"], "content/annotations/alpha.toml");
    assert_eq!(warning["line"], 8);
    assert!(
        warning["message"]
            .as_str()
            .expect("message")
            .contains("stale dismissal: no finding of term `e5-azure-first` on this passage"),
        "{warning}"
    );
    let out = f.build();
    assert!(stderr(&out).contains("alpha.toml:8: stale dismissal"), "{}", stderr(&out));
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(!alpha.contains("the article says <strong>exclusive</strong>"), "dismissed: no note");
    assert!(alpha.contains("the article says <strong>cannot</strong>"));

    f.write(
        "content/annotations/alpha.toml",
        "[[dismiss]]\ncheck = \"licence-exclusivty\"\nquote = \"x\"\nreason = \"r\"\n",
    );
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("alpha.toml:2: unknown check `licence-exclusivty`\n  help: the checks ([[claim]] ids in content/terms.toml): azure-first-exception, licence-direction, licence-exclusivity"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_hand_written_note_on_the_passage_replaces_the_automatic_one() {
    let f = digest();
    f.write(
        "content/annotations/alpha.toml",
        "[[note]]\nquote = \"unless Microsoft cannot support the capabilities\"\nkind = \"contradicts-terms\"\nterm = \"e5-azure-first\"\ntext = \"The exception needs *both* conditions.\"\n",
    );
    let (_, report) = findings(&f);
    assert!(
        lines(&report).contains(
            &"contradicts alpha azure-first-exception cannot (replaced) | unless Microsoft cannot support".to_string()
        ),
        "{:?}",
        lines(&report)
    );
    f.build();
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(alpha.contains("The exception needs <em>both</em> conditions."));
    assert!(!alpha.contains("the article says <strong>cannot</strong>"), "{alpha}");
    // Still automatic: the licence's two notes (against the terms, and the pair with Beta).
    assert_eq!(alpha.matches("note-auto\">automatic").count(), 2, "{alpha}");
}

#[test]
fn bad_rules_are_errors_located_in_terms_toml() {
    let f = digest();
    let bad = TERMS
        .replace(
            "exclusive = [\"Microsoft ... exclusive licen*\"]",
            "exclusive = [\"Microsoft ... (exclusive licen*\"]",
        )
        .replace("kind = \"direction\"", "kind = \"direction-of-travel\"")
        .replace(
            "azure-first-exception = \"cannot and chooses not to\"",
            "azure-first-exception = \"cannot but chooses not to\"\nrevenue-share = 2030",
        );
    f.write("content/terms.toml", &bad);
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("content/terms.toml:62: claim `licence-exclusivity`: `(` is not closed by `)`"), "{text}");
    assert!(
        text.contains("content/terms.toml:68: claim `licence-direction`: unknown kind `direction-of-travel`\n  help: the kinds are year, amount, percent, direction, status, date"),
        "{text}"
    );
    assert!(text.contains("content/terms.toml:34: term `e5-azure-first`, check `azure-first-exception`: `cannot but chooses not to` is not one of the claim's values: cannot, cannot and chooses not to, chooses not to"), "{text}");
    assert!(
        text.contains("content/terms.toml:35: term `e5-azure-first` checks unknown claim `revenue-share`"),
        "{text}"
    );
}

/// Issue 17's contract for the rules of the languages a digest's articles are not in: `gloss
/// check` parses every language's patterns and names a mistake's line; a one-shot `gloss build`
/// parses only its articles' languages' (an English digest never reads a Spanish pattern), so
/// it builds, and reports the mistake once an article in Spanish is there to be read by it.
#[test]
fn gloss_check_reports_a_mistake_in_a_language_no_article_is_in() {
    let f = Fixture::from_dir("digest");
    let good = "{from} .. (paga|pagará|seguirá pagando|sigue pagando|continuará pagando|abona|abonará|seguirá abonando|tendrá que pagar|deberá pagar) .. a {to}";
    let broken = good.trim_end_matches('}');
    let terms = test_terms().replacen(good, broken, 1);
    assert!(terms.contains(broken) && !terms.contains(good), "the test terms hold the Spanish pattern once");
    let line = terms.lines().position(|l| l.contains(broken)).expect("its line") + 1;
    f.write("content/terms.toml", &terms);
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("content/terms.toml:{line}: phrasing of `revenue-flow`")), "{text}");
    f.build();
    f.article(
        "espanol",
        "title = \"Espanol\"\nsource = \"El Diario\"\npublished = 2026-04-28\nevent = \"E5\"\nlang = \"es\"",
        "OpenAI seguirá pagando a Microsoft una parte de sus ingresos hasta 2030.",
    );
    let out = f.gloss(&["build", "--build-date", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1), "a Spanish article: the Spanish patterns are read");
    let err = stderr(&out);
    assert!(err.contains(&format!("content/terms.toml:{line}: phrasing of `revenue-flow`")), "{err}");
}

/// A one-shot `gloss build` of a digest whose articles are all English still reports a mistake
/// in an English pattern, with its line: it parses every pattern it reads with.
#[test]
fn gloss_build_of_an_english_digest_reports_a_mistake_in_an_english_pattern() {
    let f = Fixture::from_dir("digest");
    let terms = test_terms().replacen("  \"{from} .. {pay} {to}\",", "  \"{from} .. {pay} (to\",", 1);
    let line = terms.lines().position(|l| l.contains("{from} .. {pay} (to")).expect("the broken pattern") + 1;
    f.write("content/terms.toml", &terms);
    let out = f.gloss(&["build", "--build-date", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("content/terms.toml:{line}: claim `revenue-flow`: `(` is not closed")), "{err}");
    assert!(!f.path("public").exists(), "nothing is written");
}

/// The five seed articles (cleaned), checked against the digest's real terms: the golden list
/// of findings. `GLOSS_BLESS=1` accepts a deliberate change.
#[test]
fn the_seed_digest_findings_are_the_golden_list() {
    let f = Fixture::from_dir("digest");
    let (code, report) = findings(&f);
    assert_eq!(code, 0, "{report}");
    let actual = lines(&report).join("\n") + "\n";
    let golden_path = fixtures().join("golden/seed-findings.txt");
    if std::env::var_os("GLOSS_BLESS").is_some() {
        std::fs::write(&golden_path, &actual).expect("bless");
    }
    let golden = std::fs::read_to_string(&golden_path).expect("golden file");
    assert_eq!(actual, golden, "run with GLOSS_BLESS=1 to accept a deliberate change");
    // The contradictions the editors expect, whatever else changes.
    for expected in [
        "contradicts frontier-signal-renegotiate azure-first-exception cannot | unless Microsoft cannot support",
        "contradicts amended-partnership licence-direction Microsoft → OpenAI | license to Microsoft IP",
        // Round 30: an exclusivity loosened is no exclusivity (agrees after January 2025).
        "agrees gentic-new-agreement cloud-exclusivity not exclusive | loosening exclusivity",
        // A cell under "Previous Terms" speaks of the terms in force just before the amendment
        // (issue 14): Azure was no longer exclusive then.
        "contradicts frontier-signal-renegotiate cloud-exclusivity exclusive | Microsoft was OpenAI’s exclusive cloud",
        // A long participle clause closing the sentence is read as a clause of its own ("…,
        // replacing it with a capped payment stream through 2030 and reinforces …"): it states
        // the E5 terms right.
        "agrees amended-partnership revenue-share-cap capped | capped payment stream",
        "agrees amended-partnership revenue-share-until 2030 | payment stream through 2030",
    ] {
        assert!(actual.contains(expected), "missing: {expected}\n{actual}");
    }
    // A row's label ("Microsoft Revenue Share to OpenAI") names what the row is about: no claim
    // (it was read as "Microsoft pays OpenAI", a false alarm).
    assert!(!actual.contains("| Revenue Share to OpenAI\n"), "{actual}");
    f.build();
    let amended = f.read("public/articles/amended-partnership/index.html");
    assert!(
        amended.contains("Compare <a href=\"../../articles/frontier-signal-renegotiate/index.html#q1\">Frontier Signal</a>: <q>grant Microsoft a non-exclusive license to OpenAI’s intellectual property</q>"),
        "the wrong direction is linked to an outlet that states the right one"
    );
}

/// The automatic checks skip the clauses where no pattern can match (a prefilter on the words a
/// match contains): a claim must still be found whatever the spelling the pattern language
/// allows, and a claim whose words fall in different sentences or blocks is still no claim.
#[test]
fn claims_are_found_in_every_spelling_and_not_across_sentences() {
    let text = test_terms();
    let terms = gloss::content::terms::parse(&text, std::path::Path::new("content/terms.toml")).expect("valid terms");
    let checker = gloss::checks::Checker::new(&terms).expect("the rules compile");
    let read = |event: &str, body: &str| -> Vec<(String, String)> {
        let article = gloss::content::Article {
            slug: "a".into(),
            id: gloss::content::ArticleId::of("a"),
            path: "content/articles/a.md".into(),
            title: "A".into(),
            source: None,
            url: None,
            published: None,
            date_is_event: false,
            byline: None,
            summary: None,
            event: Some(event.into()),
            lang: None,
            body: body.into(),
            body_line: 1,
            hash: 0,
        };
        gloss::checks::check_article(&gloss::anchor::Doc::new(body), &article, &terms, &checker)
            .into_iter()
            .map(|f| (f.claim, f.claimed.to_string()))
            .collect()
    };
    let has = |event: &str, body: &str, claim: &str, value: &str| {
        let found = read(event, body);
        assert!(found.iter().any(|(c, v)| c == claim && v == value), "{claim} = {value} in {body:?}: {found:?}");
    };
    for body in [
        "MICROSOFT KEEPS AN EXCLUSIVE LICENSE TO OPENAI'S MODELS.",
        "microsoft keeps an exclusive licence to openai’s models",
        "Microsoft keeps an exclusive licensing deal for OpenAIs technology.",
        // Under (?i), `s` also matches `ſ`: the prefilter must not skip such text.
        "Microsoft keeps an excluſive licenſe to OpenAI's models.",
    ] {
        has("E5", body, "licence-exclusivity", "exclusive");
    }
    for body in ["a non binding memorandum", "a nonbinding MOU", "a non\u{2011}binding memorandum", "a Non-Binding MOU"]
    {
        has("E3", &format!("They signed {body}."), "mou-binding", "non-binding");
    }
    // Any other agreement of the memorandum's stage is the deal itself.
    for body in ["a non\u{2011}binding accord", "a Non-Binding pact"] {
        has("E3", &format!("They signed {body}."), "deal-binding", "non-binding");
    }
    has("E5", "Microsoft will sell its sta\u{212a}e in OpenAI.", "shareholder", "no stake");
    has("E5", "Microsoft’s licence to OpenAI IP runs through 2030.", "licence-until", "2030");
    has(
        "E5",
        "Products ship first on Azure unless Redmond can't or won’t support them.",
        "azure-first-exception",
        "cannot or chooses not to",
    );
    has("E5", "Microsoft's stake is valued at US$90bn.", "stake-value", "$90 billion");
    // The same words, split by a sentence, a clause or a block, claim nothing.
    for body in [
        "Microsoft keeps an exclusive. License to OpenAI's models.",
        "Microsoft keeps an exclusive; license to OpenAI's models.",
        "Microsoft keeps an exclusive\n\nlicense to OpenAI's models.",
    ] {
        assert!(read("E5", body).iter().all(|(c, _)| c != "licence-exclusivity"), "{body:?}: {:?}", read("E5", body));
    }
}

/// Issue 12: two outlets both wrong on a term were paired as if one were the reference. Now an
/// article that is wrong is paired with one that states the term as it is, and only with one.
#[test]
fn two_wrong_outlets_are_not_paired_as_if_one_were_a_reference() {
    let f = digest();
    f.build();
    let (alpha, beta) = (f.read("public/articles/alpha/index.html"), f.read("public/articles/beta/index.html"));
    // Alpha says "cannot", Beta "chooses not to": both wrong, no pair on the exception.
    assert!(!alpha.contains("Beta Wire says <strong>chooses not to</strong>"), "{alpha}");
    assert!(!beta.contains("Alpha News says <strong>cannot</strong>"), "{beta}");
    // Delta states the exception as it is: both wrong outlets are paired with it.
    f.article(
        "delta",
        "title = \"Delta\"\nsource = \"Delta Post\"\npublished = 2026-04-30\nevent = \"E5\"",
        "OpenAI products ship first on Azure, unless Microsoft cannot and chooses not to support them.\n",
    );
    f.build();
    let (alpha, beta) = (f.read("public/articles/alpha/index.html"), f.read("public/articles/beta/index.html"));
    assert!(
        alpha.contains(
            "this article says <strong>cannot</strong>, Delta Post says <strong>cannot and chooses not to</strong>"
        ),
        "{alpha}"
    );
    assert!(beta.contains("this article says <strong>chooses not to</strong>, Delta Post says <strong>cannot and chooses not to</strong>"), "{beta}");
    let delta = f.read("public/articles/delta/index.html");
    assert_eq!(delta.matches("<span class=\"note-source\">In <a href=").count(), 2, "{delta}");
}

/// Issue 12: the pair with another outlet vanished when the editor replaced the automatic
/// finding with a hand-written note against the terms. The note says what is wrong; the pair
/// still says who got it right.
#[test]
fn a_pair_survives_a_hand_written_note_that_replaces_the_finding() {
    let f = digest();
    f.write(
        "content/annotations/alpha.toml",
        "[[note]]\nquote = \"Microsoft keeps an exclusive license\"\nkind = \"contradicts-terms\"\nterm = \"e5-licence\"\ntext = \"The licence is non-exclusive since April.\"\n",
    );
    let (_, report) = findings(&f);
    assert!(
        lines(&report).contains(
            &"contradicts alpha licence-exclusivity exclusive (replaced) | Microsoft keeps an exclusive license"
                .to_string()
        ),
        "{:?}",
        lines(&report)
    );
    f.build();
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(alpha.contains("The licence is non-exclusive since April."), "{alpha}");
    assert!(!alpha.contains("the article says <strong>exclusive</strong>"), "replaced: {alpha}");
    assert!(
        alpha.contains("this article says <strong>exclusive</strong>, Beta Wire says <strong>non-exclusive</strong>"),
        "{alpha}"
    );
    let beta = f.read("public/articles/beta/index.html");
    assert!(beta.contains("Another outlet says otherwise.</strong>"), "{beta}");
    assert!(beta.contains("<span class=\"note-source\">In <a href=\"../../articles/alpha/index.html#q"), "{beta}");
    // A hand-written contradicts-source note on the passage does replace the pair.
    f.write(
        "content/annotations/alpha.toml",
        "[[note]]\nquote = \"Microsoft keeps an exclusive license\"\nkind = \"contradicts-source\"\nsource = \"beta\"\nsource_quote = \"non-exclusive license\"\ntext = \"Beta has it right.\"\n",
    );
    f.build();
    let alpha = f.read("public/articles/alpha/index.html");
    assert!(!alpha.contains("Beta Wire says <strong>non-exclusive</strong>"), "{alpha}");
    assert!(alpha.contains("Beta has it right."), "{alpha}");
}

/// Issue 12: a hand-written note could not cite the term a passage misstates when that term
/// was replaced before the article's stage ("term … was not in force"). `stage` names the
/// event whose terms the passage speaks of.
#[test]
fn a_note_cites_an_earlier_stages_term_with_stage() {
    let f = digest();
    let note = |stage: &str| {
        format!(
            "[[note]]\nquote = \"Microsoft keeps an exclusive license\"\nkind = \"contradicts-terms\"\nterm = \"e4-exclusive\"\n{stage}text = \"Under the October terms the rights were exclusive; no longer.\"\n"
        )
    };
    f.write("content/annotations/alpha.toml", &note(""));
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("alpha.toml:4: term `e4-exclusive` (event E4, set on 2025-10-28) was not in force at this article's stage (2026-04-27)"),
        "{text}"
    );
    assert!(text.contains("say which: stage = \"E4\""), "{text}");
    f.write("content/annotations/alpha.toml", &note("stage = \"E4\"\n"));
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    f.build();
    assert!(f.read("public/articles/alpha/index.html").contains("Under the October terms the rights were exclusive"));
    // An unknown event, and one after the article's stage, are located errors.
    f.write("content/annotations/alpha.toml", &note("stage = \"E9\"\n"));
    let text = stdout(&f.gloss(&["check"]));
    assert!(
        text.contains("alpha.toml:5: unknown event `E9`\n  help: stage names an event of content/terms.toml: E4, E5"),
        "{text}"
    );
    f.write("content/annotations/gamma.toml", &note("stage = \"E5\"\n").replace("Microsoft keeps", "Microsoft kept"));
    let text = stdout(&f.gloss(&["check"]));
    assert!(text.contains("gamma.toml:5: event `E5` (2026-04-27) comes after this article's stage"), "{text}");
}

/// Issue 13: `gloss check` lists, after the findings, the sentences about the terms that got no
/// verdict, and the editor works it down with notes, dismissals and `[[reviewed]]` entries.
#[test]
fn the_review_queue_lists_sentences_without_a_verdict_until_reviewed() {
    let f = digest();
    f.article(
        "delta",
        "title = \"Delta\"\nsource = \"Delta Post\"\npublished = 2026-04-30\nevent = \"E5\"",
        "OpenAI also committed to buy $250 billion of Azure services.\n\nWill the deal last until 2032?\n\nThe weather was fine.\n",
    );
    let (code, report) = findings(&f);
    assert_eq!(code, 0);
    let review = report["review"].as_array().expect("a review array");
    let delta: Vec<&serde_json::Value> = review.iter().filter(|r| r["article"] == "delta").collect();
    assert_eq!(delta.len(), 1, "the question and the weather are not listed: {review:?}");
    let item = delta[0];
    assert_eq!(item["place"], "paragraph 1");
    assert_eq!(item["sentence"], "OpenAI also committed to buy $250 billion of Azure services.");
    assert!(item["terms"].is_array(), "{item}");
    let why = item["why"].as_array().expect("why");
    assert!(why.iter().any(|w| w["kind"] == "party-value" && w["party"] == "OpenAI"), "{why:?}");
    assert!(why.iter().any(|w| w["kind"] == "amount"), "{why:?}");
    let text = stdout(&f.gloss(&["check"]));
    assert!(text.contains("content/articles/delta.md (paragraph 1): "), "{text}");
    assert!(text.contains("left to review:\n"), "{text}");
    assert!(text.contains("     1  content/articles/delta.md\n"), "{text}");

    // Reviewed: off the queue. A reviewed entry whose sentence is gone is a warning.
    f.write(
        "content/annotations/delta.toml",
        "[[reviewed]]\nquote = \"committed to buy $250 billion of Azure services\"\nreason = \"Not a term of the deal.\"\n\n[[reviewed]]\nquote = \"a sentence that is not there\"\n",
    );
    let (code, report) = findings(&f);
    assert_eq!(code, 0, "a stale review is a warning, not an error");
    assert!(report["review"].as_array().expect("review").iter().all(|r| r["article"] != "delta"), "{report}");
    let warning = report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .find(|p| p["file"] == "content/annotations/delta.toml")
        .expect("a warning");
    assert_eq!((warning["severity"].as_str(), warning["line"].as_u64()), (Some("warning"), Some(6)));
    assert!(warning["message"].as_str().expect("message").starts_with("stale review:"), "{warning}");
    // `gloss build` warns of it too, as it does of a stale dismissal (it was only `gloss check`).
    let out = f.build();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("delta.toml:6: stale review"), "{}", stderr(&out));
    // A note on the sentence takes it off the queue too.
    f.write(
        "content/annotations/delta.toml",
        "[[note]]\nquote = \"$250 billion\"\nkind = \"context\"\ntext = \"An Azure commitment, announced in October 2025.\"\n",
    );
    let (_, report) = findings(&f);
    assert!(report["review"].as_array().expect("review").iter().all(|r| r["article"] != "delta"), "{report}");
}

/// Issue 12: headlines and deks were not read by the checks and could not carry a note; a
/// headline is where an outlet's biggest error often sits. Now both are read, their findings
/// become notes in the page's header, and an editor's note may quote them.
#[test]
fn headlines_and_deks_are_checked_and_carry_notes() {
    let f = digest();
    f.article(
        "delta",
        "title = \"Microsoft keeps an exclusive license to OpenAI IP\"\nsummary = \"Products ship first on Azure unless Microsoft opts not to support them.\"\nsource = \"Delta Post\"\npublished = 2026-04-30\nevent = \"E5\"",
        "The partners amended their deal.\n",
    );
    let (_, report) = findings(&f);
    let delta: Vec<&serde_json::Value> =
        report["findings"].as_array().expect("findings").iter().filter(|x| x["article"] == "delta").collect();
    let places: Vec<(&str, &str)> =
        delta.iter().map(|x| (x["place"].as_str().unwrap_or(""), x["verdict"].as_str().unwrap_or(""))).collect();
    assert!(places.contains(&("headline", "contradicts")), "{places:?}");
    assert!(places.contains(&("dek", "contradicts")), "{places:?}");
    f.build();
    let page = f.read("public/articles/delta/index.html");
    let h1 = &page[page.find("<h1").expect("h1")..page.find("</h1>").expect("h1 end")];
    assert!(h1.contains("<mark class=\"quoted\">"), "the headline's passage is marked: {h1}");
    assert!(h1.contains("the article says <strong>exclusive</strong>"), "{h1}");
    let dek = &page[page.find("<p class=\"dek\"").expect("dek")..];
    let dek = &dek[..dek.find("</p>").expect("dek end")];
    assert!(dek.contains("the article says <strong>chooses not to</strong>"), "{dek}");
    // The body's notes are numbered and placed as before; the body has none here.
    let body = &page[page.find("<div class=\"article-body\"").expect("body")..];
    assert!(!body[..body.find("</div>").expect("end")].contains("class=\"note "), "{body}");

    // An editor's note may quote the headline; words the body repeats are the body's.
    f.write(
        "content/annotations/delta.toml",
        "[[note]]\nquote = \"exclusive license to OpenAI IP\"\nkind = \"contradicts-terms\"\nterm = \"e5-licence\"\ntext = \"Non-exclusive since April 2026.\"\n",
    );
    let out = f.build();
    assert!(out.status.success(), "{}", stderr(&out));
    let page = f.read("public/articles/delta/index.html");
    let h1 = &page[page.find("<h1").expect("h1")..page.find("</h1>").expect("h1 end")];
    assert!(h1.contains("Non-exclusive since April 2026."), "{h1}");
}

/// Issue 14: gentic.news's headline repeats its first sentence word for word, so a quote of it
/// always anchored in the body and the headline could not be reviewed or noted.
/// `place = "headline"` looks in the headline only; and the header's notes are numbered first,
/// in reading order (they were numbered after the body's).
#[test]
fn headline_repeated_by_the_body_is_quotable_with_place_headline_and_numbered_first() {
    let f = digest();
    f.article(
        "delta",
        "title = \"Microsoft keeps an exclusive license to OpenAI IP\"\nsource = \"Delta Post\"\npublished = 2026-04-30\nevent = \"E5\"",
        "The partners amended their deal.\n\nMicrosoft keeps an exclusive license to OpenAI IP, a reader wrote.\n",
    );
    f.write(
        "content/annotations/delta.toml",
        "[[note]]\nquote = \"The partners amended their deal.\"\nkind = \"context\"\ntext = \"Body note.\"\n\n[[note]]\nquote = \"Microsoft keeps an exclusive license to OpenAI IP\"\nplace = \"headline\"\nkind = \"contradicts-terms\"\nterm = \"e5-licence\"\ntext = \"Headline note.\"\n\n[[dismiss]]\nquote = \"exclusive license\"\nplace = \"body\"\ncheck = \"licence-exclusivity\"\nreason = \"Quoted from a reader.\"\n",
    );
    let out = f.build();
    assert!(out.status.success(), "{}", stderr(&out));
    let page = f.read("public/articles/delta/index.html");
    let h1 = &page[page.find("<h1").expect("h1")..page.find("</h1>").expect("h1 end")];
    assert!(h1.contains("Headline note."), "{h1}");
    assert!(
        h1.contains("<span class=\"note-num\" aria-hidden=\"true\">1</span>"),
        "the headline's note is number 1: {h1}"
    );
    let body = &page[page.find("<div class=\"article-body\"").expect("body")..];
    // The headline holds the hand note and the automatic pair with Beta Wire (1 and 2).
    assert!(h1.contains("<span class=\"note-num\" aria-hidden=\"true\">2</span>"), "{h1}");
    assert!(body.contains("<span class=\"note-num\" aria-hidden=\"true\">3</span> <strong class=\"note-kind\">Context.</strong></span> Body note."), "{body}");
    assert!(!body.contains("Headline note."), "{body}");

    // A place the quote is not in is a miss, named at the note's line.
    f.write(
        "content/annotations/delta.toml",
        "[[note]]\nquote = \"The partners amended their deal.\"\nplace = \"dek\"\nkind = \"context\"\ntext = \"Nowhere.\"\n",
    );
    let out = f.gloss(&["check"]);
    assert!(!out.status.success());
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains("content/annotations/delta.toml:2"), "{said}");
    // A place that is not one is an error naming the file.
    f.write(
        "content/annotations/delta.toml",
        "[[note]]\nquote = \"The partners amended their deal.\"\nplace = \"footer\"\nkind = \"context\"\ntext = \"Nowhere.\"\n",
    );
    let out = f.gloss(&["check"]);
    assert!(!out.status.success());
    let err = format!("{}{}", stdout(&out), stderr(&out));
    assert!(err.contains("content/annotations/delta.toml:3") && err.contains("footer"), "{err}");
}

/// A term called new at a stage an earlier event already set ("for the first time" in
/// coverage of the amendment, of a right the definitive agreement gave): the note says so and
/// when it was set, and `gloss check` says "new at … already from …", on the real terms.
#[test]
fn a_term_called_new_for_the_first_time_names_the_event_that_set_it() {
    let f = Fixture::new();
    f.write("content/terms.toml", &test_terms());
    f.article(
        "first-time",
        "title = \"First time\"\nsource = \"Wire\"\npublished = 2026-04-28\nevent = \"E5\"",
        "For the first time, Microsoft can pursue AGI on its own.",
    );
    f.build();
    let page = f.read("public/articles/first-time/index.html");
    assert!(
        page.contains("the article says <strong>independently</strong> is new at this stage; the official term says <strong>independently</strong> (already set on 28 October 2025: "),
        "{page}"
    );
    let text = stdout(&f.gloss(&["check"]));
    assert!(text.contains("\n  claims independently new at E5; official independently already from E4\n"), "{text}");
    let (_, report) = findings(&f);
    assert_eq!(report["findings"][0]["already"], "E4", "{report}");
}
