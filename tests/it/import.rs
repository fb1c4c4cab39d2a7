//! `gloss import` from the outside: golden files and line-by-line expectations on the five seeds,
//! pages of other sites written for these tests, bad inputs, slugs and overwriting, and the
//! command line.
//!
//! The seeds are read from `../shared/seeds/` next to the crate (else from their copy in
//! tests/fixtures/import/seeds/). To refresh the golden files
//! after a deliberate change, run `GLOSS_BLESS=1 cargo test --test import` and review the diff.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use gloss::content::{ARTICLES_DIR, Article, parse_article};
use gloss::diag::Diagnostic;
use gloss::import::{self, Cleaned, ImportOptions, ImportReport, Reason, Role, clean};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

const SEEDS: [&str; 5] = [
    "000_050e627e3ba69bf3.txt",
    "001_318d8b2de9c4fec2.txt",
    "002_52e60d4b7e1ef90d.txt",
    "003_1ae24779f514f6d3.txt",
    "004_62f4259f7ac87308.txt",
];

const PAGES: [&str; 5] =
    ["wire-story.txt", "blog-post.txt", "markdown-hostile.txt", "faq-and-lists.txt", "wordpress-post.txt"];

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed pages: `../shared/seeds/` where the crate sits beside it (their source), else the
/// copy in tests/fixtures/import/seeds/, so that a clone anywhere runs the same tests.
fn seeds_dir() -> PathBuf {
    let shared = crate_dir().join("../shared/seeds");
    if shared.is_dir() { shared } else { crate_dir().join("tests/fixtures/import/seeds") }
}

fn seed(name: &str) -> PathBuf {
    seeds_dir().join(name)
}

/// The copy of the seeds is the seeds: byte for byte, where the source is at hand.
#[test]
fn the_copied_seeds_are_the_shared_seeds() {
    let copy = crate_dir().join("tests/fixtures/import/seeds");
    let mut names: Vec<String> = fs::read_dir(&copy)
        .expect("the copy")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.iter().filter(|n| n.ends_with(".txt")).count(), 5, "{names:?}");
    let shared = crate_dir().join("../shared/seeds");
    if shared.is_dir() {
        for name in &names {
            assert_eq!(
                fs::read(shared.join(name)).expect("shared seed"),
                fs::read(copy.join(name)).expect("copy"),
                "{name}"
            );
        }
        let in_shared = fs::read_dir(&shared).expect("shared").count();
        assert_eq!(in_shared, names.len(), "a seed was added to ../shared/seeds: copy it");
    }
}

fn page(name: &str) -> PathBuf {
    crate_dir().join("tests/fixtures/import/pages").join(name)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn cleaned(path: &Path) -> Cleaned {
    clean(&read(path), path).unwrap_or_else(|e| panic!("{e}"))
}

/// The input's lines, trimmed, indexed by line number - 1.
fn input_lines(path: &Path) -> Vec<String> {
    read(path).lines().map(|l| l.trim().to_string()).collect()
}

fn options(root: &Path) -> ImportOptions {
    ImportOptions { articles_dir: root.join(ARTICLES_DIR), ..ImportOptions::default() }
}

fn run_import(inputs: &[PathBuf], options: &ImportOptions) -> ImportReport {
    import::import(inputs, options).unwrap_or_else(|e| panic!("import failed: {e}"))
}

fn load(path: &Path) -> Article {
    parse_article(&read(path), path).unwrap_or_else(|e| panic!("{e:?}"))
}

fn errors(report: &ImportReport) -> Vec<&Diagnostic> {
    report.diagnostics.iter().filter(|d| d.is_error()).collect()
}

// ---- What a reader sees -----------------------------------------------------------------------

/// The text of each block of `markdown` as a reader sees it, rendered with the usual extensions
/// on. Any markup that Markdown found in the words (emphasis, links, HTML, math…) shows up as a
/// `<<…>>` marker, so that it can never match the page's text.
fn rendered_blocks(markdown: &str) -> Vec<String> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_MATH
        | Options::ENABLE_SUPERSCRIPT
        | Options::ENABLE_SUBSCRIPT
        | Options::ENABLE_WIKILINKS
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_GFM;
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        if !current.is_empty() {
            blocks.push(std::mem::take(current));
        }
    };
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => {
                flush(&mut current)
            }
            Event::Start(
                tag @ (Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::DefinitionList),
            ) => current.push_str(&format!("<<{tag:?}>>")),
            Event::Code(c) => current.push_str(&format!("<<code {c}>>")),
            Event::Html(h) | Event::InlineHtml(h) => current.push_str(&format!("<<html {h}>>")),
            Event::InlineMath(m) | Event::DisplayMath(m) => {
                current.push_str(&format!("<<math {m}>>"));
            }
            Event::FootnoteReference(f) => current.push_str(&format!("<<footnote {f}>>")),
            Event::TaskListMarker(_) => current.push_str("<<task>>"),
            Event::Rule => current.push_str("<<rule>>"),
            _ => {}
        }
    }
    flush(&mut current);
    blocks
}

/// The blocks the page's kept lines should render as: each line verbatim (list items without
/// their marker), a wrapped line joined to the one above.
fn expected_blocks(path: &Path, cleaned: &Cleaned) -> Vec<String> {
    let lines = input_lines(path);
    let mut blocks: Vec<String> = Vec::new();
    for &(number, role) in &cleaned.lines {
        let line = &lines[number - 1];
        let text = match role {
            Role::Dropped(_) => continue,
            Role::Bullet => line.trim_start_matches(['•', '◦', '▪', '●', '‣', '·', '-', '*']).trim().to_string(),
            Role::Numbered => {
                line.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['.', ')']).trim().to_string()
            }
            Role::Continuation => {
                let last = blocks.last_mut().expect("a continuation follows a line");
                last.push('\n');
                last.push_str(line);
                continue;
            }
            Role::Cells => {
                let inner = line.trim_start_matches('|').trim_end_matches('|');
                blocks.extend(inner.split('|').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string));
                continue;
            }
            Role::Heading(_) | Role::Paragraph | Role::TableRow => line.clone(),
        };
        blocks.push(text);
    }
    blocks
}

/// Line numbers whose role is not `Dropped`.
fn kept(cleaned: &Cleaned) -> Vec<usize> {
    cleaned.lines.iter().filter(|(_, role)| !matches!(role, Role::Dropped(_))).map(|(n, _)| *n).collect()
}

fn role_of(cleaned: &Cleaned, line: usize) -> Role {
    cleaned
        .lines
        .iter()
        .find(|(n, _)| *n == line)
        .map(|(_, r)| *r)
        .unwrap_or_else(|| panic!("line {line} is blank or missing"))
}

/// The non-blank lines among `ranges`, inclusive.
fn nonblank_lines(path: &Path, ranges: &[(usize, usize)]) -> Vec<usize> {
    let lines = input_lines(path);
    ranges.iter().flat_map(|&(a, b)| a..=b).filter(|&n| !lines[n - 1].is_empty()).collect()
}

fn headings(cleaned: &Cleaned) -> Vec<(u8, usize)> {
    cleaned
        .lines
        .iter()
        .filter_map(|(n, role)| match role {
            Role::Heading(level) => Some((*level, *n)),
            _ => None,
        })
        .collect()
}

// ---- The seeds ----------------------------------------------------------------------------------

#[test]
fn every_kept_line_renders_verbatim_and_in_order() {
    let inputs = SEEDS.iter().map(|s| seed(s)).chain(PAGES.iter().map(|p| page(p)));
    for path in inputs {
        let cleaned = cleaned(&path);
        assert_eq!(rendered_blocks(&cleaned.body), expected_blocks(&path, &cleaned), "{}", path.display());
    }
}

#[test]
fn seed_000_drops_site_header_repeat_meta_and_seo_lines() {
    let path = seed(SEEDS[0]);
    let c = cleaned(&path);
    assert_eq!(
        c.title.as_deref(),
        Some("Microsoft and OpenAI Signal Partnership Shift with $4.5 Trillion Tentative Deal")
    );
    let lines = input_lines(&path);
    assert_eq!(c.summary.as_deref(), Some(lines[5].as_str()), "the dek");
    assert_eq!(c.byline, None);
    assert_eq!(c.published, None);
    assert_eq!(kept(&c), nonblank_lines(&path, &[(12, 48)]));
    assert_eq!(role_of(&c, 3), Role::Dropped(Reason::Symbol));
    assert_eq!(role_of(&c, 8), Role::Dropped(Reason::RepeatedHeadline));
    assert_eq!(role_of(&c, 10), Role::Dropped(Reason::MetaDescription));
    assert_eq!(role_of(&c, 50), Role::Dropped(Reason::Keywords));
    assert_eq!(role_of(&c, 52), Role::Dropped(Reason::Repeated));
    assert_eq!(role_of(&c, 57), Role::Dropped(Reason::Image));
    assert_eq!(role_of(&c, 56), Role::Dropped(Reason::OutsideArticle));
    assert_eq!(headings(&c), [12, 18, 24, 30, 36, 42, 46].map(|n| (2, n)).to_vec());
    for n in 26..=28 {
        assert_eq!(role_of(&c, n), Role::Bullet);
    }
    // "Microsofts" is the page's word: nothing is corrected.
    assert!(c.body.contains("preserving Microsofts strategic investments"));
}

#[test]
fn seed_001_keeps_lists_and_drops_the_listing_chrome() {
    let path = seed(SEEDS[1]);
    let c = cleaned(&path);
    assert_eq!(
        c.title.as_deref(),
        Some("Microsoft and OpenAI Announce Tentative Deal: A $4.5 Trillion Partnership Pivot")
    );
    assert!(c.summary.as_deref().is_some_and(|s| s.starts_with("Microsoft and OpenAI signed")));
    assert_eq!(kept(&c), nonblank_lines(&path, &[(10, 42)]));
    assert_eq!(role_of(&c, 8), Role::Dropped(Reason::RepeatedHeadline));
    assert_eq!(role_of(&c, 48), Role::Dropped(Reason::OutsideArticle));
    assert_eq!(role_of(&c, 51), Role::Dropped(Reason::Image));
    assert_eq!(headings(&c), [12, 16, 23, 27, 36, 40].map(|n| (2, n)).to_vec());
    for n in (18..=21).chain(31..=34) {
        assert_eq!(role_of(&c, n), Role::Bullet);
    }
    // A long paragraph that opens with an imperative is article text, not a call to action.
    assert_eq!(role_of(&c, 25), Role::Paragraph);
}

#[test]
fn seed_002_keeps_everything_and_nests_the_faq() {
    let path = seed(SEEDS[2]);
    let c = cleaned(&path);
    assert_eq!(c.title, None, "the page has no headline");
    assert_eq!(c.summary, None);
    assert_eq!(kept(&c), nonblank_lines(&path, &[(1, 28)]));
    assert_eq!(headings(&c), vec![(2, 1), (2, 6), (2, 9), (2, 14), (3, 15), (3, 17), (3, 19), (3, 21), (2, 23)]);
    assert_eq!(role_of(&c, 16), Role::Paragraph, "an FAQ answer");
    assert!(c.body.contains("### Does this mean OpenAI is leaving Azure?\n\nNo. OpenAI will"));
    assert!(c.body.contains("flexibility—potentially"), "em dashes stay");
}

#[test]
fn seed_003_keeps_every_line_and_its_typos() {
    let path = seed(SEEDS[3]);
    let c = cleaned(&path);
    assert_eq!(c.title, None);
    assert_eq!(kept(&c), nonblank_lines(&path, &[(1, 21)]));
    assert_eq!(headings(&c), [2, 5, 7, 10, 12, 14, 19].map(|n| (2, n)).to_vec());
    assert_eq!(role_of(&c, 1), Role::Paragraph, "no headline: the lead stays in the body");
    assert!(c.body.contains("## The Conclude of the Revenue Share: A Financial Rebalancing"));
    assert!(c.body.contains("“next-generation silicon.”"));
    // The page's asterisks are characters to keep, escaped so they do not become emphasis.
    assert!(c.body.contains(r"controlling the \*entire\* stack"));
}

#[test]
fn seed_004_drops_promotion_author_box_and_comment_form() {
    let path = seed(SEEDS[4]);
    let c = cleaned(&path);
    assert_eq!(c.title.as_deref(), Some("Microsoft and OpenAI Renegotiate Partnership Terms"));
    assert_eq!(c.byline.as_deref(), Some("siego237"), "from the author box");
    assert!(
        c.summary
            .as_deref()
            .is_some_and(|s| { s.starts_with("Microsoft and OpenAI have renegotiated their partnership terms") })
    );
    assert_eq!(kept(&c), nonblank_lines(&path, &[(16, 155)]));
    assert_eq!(role_of(&c, 1), Role::Dropped(Reason::Navigation));
    assert_eq!(role_of(&c, 2), Role::Dropped(Reason::SiteHeader));
    for n in [8, 10, 12, 14, 163, 165, 167, 169, 170, 171, 173] {
        assert_eq!(role_of(&c, n), Role::Dropped(Reason::Promotion), "line {n}");
    }
    for n in [157, 159, 161] {
        assert_eq!(role_of(&c, n), Role::Dropped(Reason::AuthorBox), "line {n}");
    }
    for n in [175, 177] {
        assert_eq!(role_of(&c, n), Role::Dropped(Reason::Comments), "line {n}");
    }
    for n in (18..=24).chain(44..=50).chain(65..=72).chain(104..=109) {
        assert_eq!(role_of(&c, n), Role::TableRow, "line {n}");
    }
    for n in (56..=61).chain(96..=98) {
        assert_eq!(role_of(&c, n), Role::Numbered, "line {n}");
    }
    let level3: Vec<usize> = headings(&c).into_iter().filter(|(l, _)| *l == 3).map(|(_, n)| n).collect();
    let mut expected = vec![76, 80, 84, 88];
    expected.extend((121..=139).step_by(2));
    expected.extend((144..=152).step_by(2));
    assert_eq!(level3, expected, "audiences, FAQ questions and glossary terms");
    assert_eq!(role_of(&c, 92), Role::Heading(2));
    assert_eq!(role_of(&c, 155), Role::Paragraph, "the closing sentence stays");
}

/// (line, words of the message) for each warning on the page, in order.
fn warning_lines(c: &Cleaned) -> Vec<(usize, String)> {
    c.warnings.iter().map(|d| (d.line, d.message.clone())).collect()
}

#[test]
fn seed_004_warns_about_tables_empty_fields_lost_words_and_citations() {
    let c = cleaned(&seed(SEEDS[4]));
    let warnings = warning_lines(&c);
    let lines: Vec<usize> = warnings.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [18, 20, 44, 65, 104, 132, 155, 26]);
    assert!(warnings[0].1.contains("lost its column separators"));
    assert!(warnings[0].1.contains("`Category Detail`"));
    assert!(warnings[1].1.contains("`Release date` looks like a field with no value"));
    assert!(warnings[5].1.contains("missing after `on`, before `[1, 2]`"));
    assert!(warnings[6].1.contains("between `from` and `,`"));
    assert!(warnings[7].1.contains("no reference list"));
    assert!(warnings[7].1.contains("on 50 lines"));
    assert!(c.warnings.iter().all(|d| !d.is_error()));
}

#[test]
fn seeds_000_to_003_have_no_warnings_about_their_text() {
    for name in &SEEDS[1..4] {
        let c = cleaned(&seed(name));
        assert_eq!(warning_lines(&c), vec![], "{name}");
    }
    // 000 has both a dek and a Meta Description: the importer says which one it kept.
    let c = cleaned(&seed(SEEDS[0]));
    assert_eq!(warning_lines(&c).len(), 1);
    assert_eq!(c.warnings[0].line, 10);
    assert!(c.warnings[0].message.contains("Meta Description"));
}

#[test]
fn seeds_match_their_golden_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let golden_dir = crate_dir().join("tests/fixtures/import/golden");
    let inputs: Vec<PathBuf> = SEEDS.iter().map(|s| seed(s)).collect();
    let report = run_import(&inputs, &options(dir.path()));
    assert!(errors(&report).is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.written.len(), 5);
    for (name, written) in SEEDS.iter().zip(&report.written) {
        let golden = golden_dir.join(name.replace(".txt", ".md"));
        let actual = read(written);
        if std::env::var_os("GLOSS_BLESS").is_some() {
            fs::create_dir_all(&golden_dir).expect("golden dir");
            fs::write(&golden, &actual).expect("write golden");
        }
        assert_eq!(actual, read(&golden), "{name} (GLOSS_BLESS=1 refreshes the golden files)");
        // What was written is a valid article.
        load(written);
    }
}

#[test]
fn import_reports_missing_front_matter_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = run_import(&[seed(SEEDS[3])], &options(dir.path()));
    let messages: Vec<&str> = report.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("no headline found")));
    assert!(messages.iter().any(|m| m.contains("`published` is left out")));
    assert!(messages.iter().any(|m| m.contains("`source` is left out")));
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`summary`") && m.contains("`byline`") && m.contains("`url`") && m.contains("`event`"))
    );
    let article = load(&report.written[0]);
    assert_eq!(article.title, "003_1ae24779f514f6d3");
    assert_eq!(article.slug, "003-1ae24779f514f6d3");
    assert_eq!(article.source, None);
}

// ---- Pages of other sites -------------------------------------------------------------------------

#[test]
fn wire_story_drops_banner_menus_shares_adverts_and_comments() {
    let path = page("wire-story.txt");
    let c = cleaned(&path);
    assert_eq!(c.title.as_deref(), Some("Chipmakers race to meet surging demand for AI servers"));
    assert_eq!(c.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(c.published, chrono::NaiveDate::from_ymd_opt(2026, 4, 27));
    assert_eq!(c.summary, None, "the lead runs into the body: it is not a dek");
    assert_eq!(kept(&c), vec![16, 18, 20, 22, 24, 26]);
    let expect = [
        (1, Reason::Navigation),
        (2, Reason::Navigation),
        (5, Reason::Cookie),
        (6, Reason::Cookie),
        (8, Reason::Navigation),
        (11, Reason::Byline),
        (12, Reason::Share),
        (14, Reason::Share),
        (17, Reason::Advert),
        (19, Reason::Image),
        (25, Reason::Related),
        (28, Reason::Related),
        (29, Reason::Related),
        (31, Reason::Related),
        (33, Reason::Comments),
        (34, Reason::Comments),
        (36, Reason::Comments),
        (37, Reason::Footer),
    ];
    for (line, reason) in expect {
        assert_eq!(role_of(&c, line), Role::Dropped(reason), "line {line}");
    }
    assert_eq!(role_of(&c, 22), Role::Heading(2));
}

#[test]
fn blog_post_joins_wrapped_lines_and_reads_author_box_and_dek() {
    let path = page("blog-post.txt");
    let c = cleaned(&path);
    assert_eq!(c.title.as_deref(), Some("Why inference, not training, will decide the cloud wars"));
    assert_eq!(c.byline.as_deref(), Some("Jane Doe"), "from `Jane Doe | Senior Reporter`");
    assert_eq!(c.published, chrono::NaiveDate::from_ymd_opt(2026, 3, 3));
    assert_eq!(
        c.summary.as_deref(),
        Some(
            "Training runs make headlines, but inference bills pay the rent. Here is why the balance is shifting, and what it means for the three largest cloud providers."
        )
    );
    assert_eq!(kept(&c), nonblank_lines(&path, &[(17, 21), (27, 34)]));
    assert_eq!(role_of(&c, 11), Role::Dropped(Reason::Dek));
    assert_eq!(role_of(&c, 18), Role::Continuation);
    assert_eq!(role_of(&c, 19), Role::Continuation);
    assert_eq!(role_of(&c, 34), Role::Continuation);
    for n in [23, 24] {
        assert_eq!(role_of(&c, n), Role::Dropped(Reason::Promotion), "line {n}");
    }
    assert_eq!(role_of(&c, 36), Role::Dropped(Reason::AuthorBox));
    assert_eq!(role_of(&c, 37), Role::Dropped(Reason::AuthorBox));
    assert_eq!(role_of(&c, 39), Role::Dropped(Reason::Related));
    assert_eq!(role_of(&c, 43), Role::Dropped(Reason::Cookie));
    assert_eq!(role_of(&c, 44), Role::Dropped(Reason::Cookie));
    assert!(c.body.contains("1. The price of a million output tokens.\n2. The share"));
}

#[test]
fn author_box_name_becomes_the_byline_when_no_byline_line() {
    let text = "Example Weekly\n\nRegulators open an inquiry into cloud contracts\n\n\
        Regulators in three countries opened an inquiry into cloud contracts on Tuesday, officials said.\n\n\
        The inquiry will look at exclusivity clauses and at discounts tied to long commitments.\n\n\
        About the author\n\nMaria de la Cruz\n\nMaria covers competition law and writes about technology markets.\n";
    let c = clean(text, Path::new("box.txt")).expect("cleans");
    assert_eq!(c.byline.as_deref(), Some("Maria de la Cruz"));
    assert_eq!(kept(&c), vec![5, 7]);
}

#[test]
fn markdown_syntax_in_the_text_is_escaped_not_interpreted() {
    let path = page("markdown-hostile.txt");
    let c = cleaned(&path);
    assert_eq!(c.title.as_deref(), Some("Five things that *could* break your Markdown renderer"));
    assert_eq!(role_of(&c, 9), Role::Paragraph, "a lone `1.` line is not a list");
    for line in [
        r"1\. This line starts",
        r"\# This line starts",
        r"\> This one starts",
        r"\*asterisks\* and \_underscores\_",
        "snake_case_names",
        r"\<div",
        r"\[the statement](https://example.com)",
        r"\$4.5 trillion and \$38 billion",
        r"\&amp;",
        r"\+ A plus sign",
        r"\~tildes\~ and \`backticks\`",
        "Quotes ’like this’ and “these” and dashes — and bullets • stay",
        r"\[x] A box",
        r"\[note]: this",
    ] {
        assert!(c.body.contains(line), "missing {line:?} in\n{}", c.body);
    }
}

#[test]
fn faq_lists_and_references() {
    let path = page("faq-and-lists.txt");
    let c = cleaned(&path);
    assert_eq!(c.title.as_deref(), Some("OpenAI’s cloud deals explained: what changed in April"));
    assert_eq!(c.byline.as_deref(), Some("Jane Doe"), "from `Jane Doe, Staff Writer`");
    assert_eq!(c.summary, None);
    assert_eq!(role_of(&c, 2), Role::Dropped(Reason::Navigation));
    assert_eq!(role_of(&c, 6), Role::Dropped(Reason::Byline));
    assert_eq!(role_of(&c, 8), Role::Paragraph, "the lead is body text");
    for n in 12..=14 {
        assert_eq!(role_of(&c, n), Role::Bullet);
    }
    // 3 then 7: not a sequence, so not a list that Markdown would renumber.
    assert_eq!(role_of(&c, 18), Role::Paragraph);
    assert!(c.body.contains("3\\. Contracts signed in April.\n\n7\\. New regions"));
    assert_eq!(headings(&c), vec![(2, 10), (2, 16), (2, 21), (2, 28), (3, 30), (3, 32), (2, 35)]);
    // A table that kept its separators stays a table.
    for n in [23, 25, 26] {
        assert_eq!(role_of(&c, n), Role::Cells);
    }
    assert!(
        c.body.contains(
            "| Term | Before | After |\n| --- | --- | --- |\n| Cloud | Azure only | Any cloud, Azure first |"
        )
    );
    assert_eq!(role_of(&c, 33), Role::Paragraph, "a short answer stays");
    assert_eq!(kept(&c).last(), Some(&38), "the reference list ends the article");
    assert!(c.warnings.is_empty(), "markers with a reference list: {:?}", c.warnings);
    assert_eq!(role_of(&c, 40), Role::Dropped(Reason::Promotion));
}

#[test]
fn wordpress_post_reads_posted_by_and_drops_player_gallery_and_tail() {
    let path = page("wordpress-post.txt");
    let c = cleaned(&path);
    assert_eq!(c.title.as_deref(), Some("AMD and Microsoft extend their chip partnership"));
    assert_eq!(c.byline.as_deref(), Some("admin"));
    assert_eq!(c.published, chrono::NaiveDate::from_ymd_opt(2026, 3, 3));
    assert_eq!(c.summary, None, "a gallery counter does not set a dek apart");
    assert_eq!(kept(&c), (11..=20).filter(|&n| n != 12).collect::<Vec<_>>());
    let expect = [
        (2, Reason::SiteHeader),
        (7, Reason::Byline),
        (8, Reason::Advert),
        (9, Reason::Symbol),
        (12, Reason::Symbol),
        (21, Reason::Share),
        (22, Reason::Share),
        (24, Reason::OutsideArticle),
        (26, Reason::Keywords),
        (27, Reason::Comments),
    ];
    for (line, reason) in expect {
        assert_eq!(role_of(&c, line), Role::Dropped(reason), "line {line}");
    }
    assert_eq!(role_of(&c, 14), Role::Paragraph, "an attribution is not a heading");
    for n in 17..=19 {
        assert_eq!(role_of(&c, n), Role::Bullet);
    }
    assert_eq!(role_of(&c, 20), Role::Paragraph, "a short last sentence stays");
}

#[test]
fn a_sentence_tagline_above_the_headline_is_not_the_article() {
    let text = "The Compute Ledger\nYour weekly briefing on the economics of AI.\n\n\
        Microsoft and OpenAI sign a new agreement\nBy Jane Doe\nApril 27, 2026\n\n\
        Microsoft and OpenAI signed an amended agreement on Monday, the companies said.\n\n\
        The agreement lets OpenAI sell its products through any cloud provider.\n";
    let c = clean(text, Path::new("t.txt")).expect("cleans");
    assert_eq!(c.title.as_deref(), Some("Microsoft and OpenAI sign a new agreement"));
    assert_eq!(c.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(c.published, chrono::NaiveDate::from_ymd_opt(2026, 4, 27));
    assert_eq!(role_of(&c, 2), Role::Dropped(Reason::SiteHeader));
    assert_eq!(kept(&c), vec![8, 10]);
}

#[test]
fn meta_description_is_the_summary_when_there_is_no_dek() {
    let text = "Headline about the cloud deal today\n\nMeta Description: What the deal means.\n\n\
        The deal was signed on Monday after months of talks between the two companies.\n";
    let c = clean(text, Path::new("m.txt")).expect("cleans");
    assert_eq!(c.summary.as_deref(), Some("What the deal means."));
    assert_eq!(kept(&c), vec![5]);
    assert!(c.warnings.is_empty());
}

#[test]
fn empty_labels_and_lost_words_are_reported_where_they_are() {
    let text = "A headline about the release of a model\n\n\
        The model was released on Monday to customers of the cloud service, the company said.\n\n\
        Release date:\n\nWhat comes next\n\n\
        Customers can try it from , and the price is not yet known to anyone outside.\n";
    let c = clean(text, Path::new("e.txt")).expect("cleans");
    let warnings = warning_lines(&c);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(warnings[0].0, 5);
    assert!(warnings[0].1.contains("`Release date:` looks like a field with no value"));
    assert_eq!(warnings[1].0, 9);
    assert_eq!(c.warnings[1].column, 26, "the space where words are missing");
}

// ---- Bad inputs ---------------------------------------------------------------------------------

#[test]
fn bad_inputs_get_an_error_naming_them_and_the_rest_still_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs_dir = dir.path().join("inputs");
    fs::create_dir_all(&inputs_dir).expect("mkdir");
    let latin1 = inputs_dir.join("latin1.txt");
    fs::write(&latin1, b"A headline for a page in Latin-1\n\nCaf\xe9 owners said prices rose again this year.\n")
        .expect("write");
    let empty = inputs_dir.join("empty.txt");
    fs::write(&empty, "").expect("write");
    let blank = inputs_dir.join("blank.txt");
    fs::write(&blank, "  \n\n\t\n").expect("write");
    let binary = inputs_dir.join("image.txt");
    fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").expect("write");
    let chrome_only = inputs_dir.join("menu.txt");
    fs::write(&chrome_only, "Home | News | Sport\nSign in\nSearch\n").expect("write");
    let no_pages = dir.path().join("pictures");
    fs::create_dir_all(&no_pages).expect("mkdir");
    fs::write(no_pages.join("photo.png"), b"\x89PNG").expect("write");
    let missing = dir.path().join("missing.txt");
    let good = seed(SEEDS[1]);

    let root = dir.path().join("site");
    let inputs = [
        latin1.clone(),
        empty.clone(),
        blank.clone(),
        binary.clone(),
        chrome_only.clone(),
        no_pages.clone(),
        missing.clone(),
        good,
    ];
    let report = run_import(&inputs, &options(&root));
    let errs = errors(&report);
    let named = |path: &Path| errs.iter().find(|d| d.file == path).map(|d| d.message.clone());
    assert!(named(&latin1).is_some_and(|m| m.contains("not UTF-8")), "{errs:?}");
    let utf8 = errs.iter().find(|d| d.file == latin1).expect("latin1 error");
    assert_eq!((utf8.line, utf8.column), (3, 4), "the first bad byte");
    assert!(named(&empty).is_some_and(|m| m.contains("empty")));
    assert!(named(&blank).is_some_and(|m| m.contains("empty")));
    assert!(named(&binary).is_some_and(|m| m.contains("binary")));
    assert!(named(&chrome_only).is_some_and(|m| m.contains("no article text")));
    assert!(named(&no_pages).is_some_and(|m| m.contains("nothing to import")));
    assert!(named(&missing).is_some_and(|m| m.contains("cannot read")));
    assert_eq!(errs.len(), 7);
    assert_eq!(report.written.len(), 1, "the good page is imported");
    let files: Vec<_> = fs::read_dir(root.join(ARTICLES_DIR)).expect("articles dir").collect();
    assert_eq!(files.len(), 1, "nothing is written for the bad inputs");
}

#[test]
fn a_folder_imports_its_page_files_in_order_and_skips_its_readme() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = run_import(&[seeds_dir()], &options(dir.path()));
    assert!(errors(&report).is_empty());
    let names: Vec<String> =
        report.written.iter().map(|p| p.file_name().expect("name").to_string_lossy().into_owned()).collect();
    assert_eq!(
        names,
        [
            "microsoft-and-openai-signal-partnership-shift-with-4-5-trillion-tentative-deal.md",
            "microsoft-and-openai-announce-tentative-deal-a-4-5-trillion-partnership-pivot.md",
            "002-52e60d4b7e1ef90d.md",
            "003-1ae24779f514f6d3.md",
            "microsoft-and-openai-renegotiate-partnership-terms.md",
        ]
    );
}

// ---- Slugs and overwriting ----------------------------------------------------------------------

fn write_page(dir: &Path, name: &str, headline: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(
        &path,
        format!("{headline}\n\nThe first paragraph of this page is long enough to be prose, and says so.\n"),
    )
    .expect("write page");
    path
}

#[test]
fn slugs_are_unique_within_a_run_and_against_other_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write_page(dir.path(), "a.txt", "The same headline twice over");
    let b = write_page(dir.path(), "b.txt", "The same headline twice over");
    let root = dir.path().join("site");
    let articles = root.join(ARTICLES_DIR);
    fs::create_dir_all(&articles).expect("mkdir");
    fs::write(articles.join("another-story-told-entirely.md"), "+++\ntitle = \"A different title\"\n+++\n\nBody.\n")
        .expect("write");
    let c = write_page(dir.path(), "c.txt", "Another story, told entirely");
    let report = run_import(&[a, b, c], &options(&root));
    assert!(errors(&report).is_empty(), "{:?}", report.diagnostics);
    let names: Vec<_> =
        report.written.iter().map(|p| p.file_name().expect("name").to_string_lossy().into_owned()).collect();
    assert_eq!(
        names,
        ["the-same-headline-twice-over.md", "the-same-headline-twice-over-2.md", "another-story-told-entirely-2.md"]
    );
    assert_eq!(
        read(&articles.join("another-story-told-entirely.md")),
        "+++\ntitle = \"A different title\"\n+++\n\nBody.\n",
        "the other article is untouched"
    );
}

#[test]
fn an_existing_article_is_only_replaced_with_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_page(dir.path(), "page.txt", "Editors keep their edits here");
    let root = dir.path().join("site");
    let first = run_import(std::slice::from_ref(&input), &options(&root));
    let path = first.written[0].clone();
    let edited = read(&path).replace("\n\nThe first", "\n\nEdited.\n\nThe first");
    fs::write(&path, &edited).expect("edit");

    let again = run_import(std::slice::from_ref(&input), &options(&root));
    assert!(again.written.is_empty());
    let errs = errors(&again);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].message.contains("already exists"), "{}", errs[0]);
    assert_eq!(errs[0].file, input);
    assert_eq!(read(&path), edited, "the editor's version is kept");

    let forced = run_import(std::slice::from_ref(&input), &ImportOptions { force: true, ..options(&root) });
    assert_eq!(forced.written, vec![path.clone()]);
    assert!(!read(&path).contains("Edited."));
    assert_eq!(fs::read_dir(root.join(ARTICLES_DIR)).expect("dir").count(), 1);
}

#[test]
fn a_slug_never_leaves_the_articles_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_page(dir.path(), "p.txt", "../../etc/passwd and ..\\..\\boot.ini revisited");
    let root = dir.path().join("site");
    let report = run_import(&[input], &options(&root));
    let written = &report.written[0];
    assert_eq!(written.parent(), Some(root.join(ARTICLES_DIR).as_path()));
    assert_eq!(written.file_name().and_then(|n| n.to_str()), Some("etc-passwd-and-boot-ini-revisited.md"));
}

// ---- The command line ---------------------------------------------------------------------------

fn gloss(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gloss")).arg("--root").arg(root).args(args).output().expect("run gloss")
}

#[test]
fn command_line_sets_front_matter_and_prints_what_it_wrote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = seed(SEEDS[4]);
    let out = gloss(
        dir.path(),
        &[
            "import",
            input.to_str().expect("utf-8 path"),
            "--source",
            "Frontier Signal",
            "--published",
            "2026-04-27",
            "--event",
            "E5",
            "--url",
            "https://example.org/frontier/renegotiate",
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("wrote "), "{stdout}");
    assert!(stdout.contains("microsoft-and-openai-renegotiate-partnership-terms.md"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("004_62f4259f7ac87308.txt:18: lines 18–24 look like a table"), "{stderr}");
    assert!(!stderr.contains("`source` is left out"));
    let article = load(&dir.path().join(ARTICLES_DIR).join("microsoft-and-openai-renegotiate-partnership-terms.md"));
    assert_eq!(article.source.as_deref(), Some("Frontier Signal"));
    assert_eq!(article.event.as_deref(), Some("E5"));
    assert_eq!(article.url.as_deref(), Some("https://example.org/frontier/renegotiate"));
    assert_eq!(article.published, chrono::NaiveDate::from_ymd_opt(2026, 4, 27));
    assert_eq!(article.byline.as_deref(), Some("siego237"));
}

#[test]
fn command_line_exits_1_when_an_input_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "").expect("write");
    let good = seed(SEEDS[0]);
    let out = gloss(&dir.path().join("site"), &["import", empty.to_str().expect("path"), good.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error: ") && stderr.contains("empty.txt"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("wrote "));
}

#[test]
fn command_line_refuses_one_url_for_several_pages_with_the_usage_exit_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = gloss(
        dir.path(),
        &[
            "import",
            seed(SEEDS[0]).to_str().expect("path"),
            seed(SEEDS[1]).to_str().expect("path"),
            "--url",
            "https://example.org/a",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "a usage error, as cli.rs documents");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--url"));
    assert!(!dir.path().join(ARTICLES_DIR).exists(), "nothing written");
}

// ---- The committed articles -------------------------------------------------------------------

/// The editor's articles: file, seed, source, event, date.
const EDITED: [(&str, &str, Option<&str>, &str, &str); 5] = [
    (
        "microsoft-and-openai-signal-partnership-shift-with-4-5-trillion-tentative-deal.md",
        SEEDS[0],
        Some("Open Influence"),
        "E3",
        "2025-09-11",
    ),
    (
        "microsoft-and-openai-announce-tentative-deal-a-4-5-trillion-partnership-pivot.md",
        SEEDS[1],
        Some("Open Influence"),
        "E3",
        "2025-09-11",
    ),
    (
        "a-new-agreement-between-openai-and-microsoft-has-been-finalized.md",
        SEEDS[2],
        Some("gentic.news"),
        "E5",
        "2026-04-27",
    ),
    ("microsoft-and-openai-have-restructured-their-long-term-partnership.md", SEEDS[3], None, "E5", "2026-04-27"),
    ("microsoft-and-openai-renegotiate-partnership-terms.md", SEEDS[4], Some("Frontier Signal"), "E5", "2026-04-27"),
];

/// The editor may rebuild structure (headings, lists, a table whose cells stay verbatim), never
/// words: each committed article reads, word for word and in order, as the importer's body of
/// its seed, and its front matter holds what the seeds' README and the official terms tell.
#[test]
fn committed_articles_keep_their_seeds_words_and_known_facts() {
    let words = |blocks: Vec<String>| -> Vec<String> {
        blocks.iter().flat_map(|b| b.split_whitespace().map(str::to_string).collect::<Vec<_>>()).collect()
    };
    // The digest's own articles, those of them still there: an editor adding, removing or
    // renaming an article does not break the tests (they depend on tests/fixtures, not on
    // content/); an edit to a seed article's words does, since an article is shown verbatim.
    let dir = crate_dir().join(ARTICLES_DIR);
    for (file, seed_name, source, event, date) in EDITED {
        if !dir.join(file).is_file() {
            continue;
        }
        let article = load(&dir.join(file));
        let imported = cleaned(&seed(seed_name));
        assert_eq!(
            words(rendered_blocks(&article.body)),
            words(rendered_blocks(&imported.body)),
            "{file}: the body's words differ from its seed's"
        );
        assert_eq!(article.source.as_deref(), source, "{file}");
        assert_eq!(article.event.as_deref(), Some(event), "{file}");
        assert_eq!(article.published.map(|d| d.to_string()).as_deref(), Some(date), "{file}");
        assert!(article.date_is_event, "{file}: no page carried a date");
        if let Some(title) = &imported.title {
            assert_eq!(&article.title, title, "{file}");
        }
        assert_eq!(article.summary, imported.summary, "{file}");
        assert_eq!(article.byline, imported.byline, "{file}");
    }
}

// ---- Pages in other languages -----------------------------------------------------------------

/// A scraped page in another language and what the cleaner must make of it.
struct Foreign {
    file: &'static str,
    lang: &'static str,
    title: &'static str,
    summary: Option<&'static str>,
    byline: &'static str,
    slug: &'static str,
    /// Every line of the article's text: its paragraphs and headings, nothing else.
    kept: [usize; 7],
    /// Chrome inside and around the article, and why each line goes.
    dropped: &'static [(usize, Reason)],
}

const FOREIGN: [Foreign; 8] = {
    use Reason::*;
    [
        Foreign {
            file: "zh.txt",
            lang: "zh",
            title: "微软与OpenAI修改合作协议：授权延续至2032年，但不再独家",
            summary: Some("双方周一公布新协议，OpenAI可在任何云平台上提供产品。"),
            byline: "张伟",
            slug: "wei-ruan-yu-openai-xiu-gai-he-zuo-xie-yi-shou-quan-yan-xu-zhi-2032-nian-dan-bu",
            kept: [16, 18, 20, 22, 24, 26, 27],
            dropped: &[
                (5, Cookie),
                (13, Share),
                (17, Advert),
                (19, Image),
                (25, Related),
                (30, Promotion),
                (35, AuthorBox),
                (37, Keywords),
                (40, Related),
                (44, Comments),
                (46, Comments),
                (47, Footer),
            ],
        },
        Foreign {
            file: "ja.txt",
            lang: "ja",
            title: "マイクロソフトとOpenAI、提携契約を見直し\u{3000}ライセンスは2032年まで",
            summary: None,
            byline: "山田太郎",
            slug: "maikurosohutoto-openai-ti-xi-qi-yue-wo-jian-zhi-si-raisensuha-2032-nian-made",
            kept: [21, 22, 24, 27, 29, 31, 32],
            dropped: &[
                (8, Cookie),
                (17, Share),
                (19, Share),
                (23, Advert),
                (25, Image),
                (30, Related),
                (35, Promotion),
                (40, AuthorBox),
                (43, Related),
                (48, Comments),
                (49, Footer),
            ],
        },
        Foreign {
            file: "ko.txt",
            lang: "ko",
            title: "마이크로소프트·오픈AI, 파트너십 재조정… 라이선스 2032년까지 비독점",
            summary: None,
            byline: "김민수",
            slug: "maikeurosopeuteu-opeun-ai-pateuneosib-jaejojeong-raiseonseu-2032-nyeonggaji",
            kept: [15, 17, 18, 21, 23, 25, 26],
            dropped: &[
                (5, Cookie),
                (13, Share),
                (16, Advert),
                (19, Image),
                (24, Related),
                (29, Promotion),
                (32, AuthorBox),
                (33, AuthorBox),
                (36, Related),
                (40, Comments),
                (42, Footer),
            ],
        },
        Foreign {
            file: "es.txt",
            lang: "es",
            title: "Microsoft y OpenAI rehacen su alianza: la licencia seguirá hasta 2032, pero sin exclusividad",
            summary: Some("OpenAI podrá vender todos sus productos a través de cualquier proveedor de nube."),
            byline: "María García",
            slug: "microsoft-y-openai-rehacen-su-alianza-la-licencia-seguira-hasta-2032-pero-sin",
            kept: [18, 20, 21, 24, 26, 28, 29],
            dropped: &[
                (5, Cookie),
                (15, Share),
                (19, Advert),
                (22, Image),
                (27, Related),
                (31, Promotion),
                (33, Promotion),
                (35, AuthorBox),
                (36, AuthorBox),
                (38, Keywords),
                (41, Related),
                (47, Comments),
                (48, Footer),
            ],
        },
        Foreign {
            file: "pt.txt",
            lang: "pt",
            title: "Microsoft e OpenAI mudam parceria; licença vai até 2032 e deixa de ser exclusiva",
            summary: Some("Novo acordo permite que a OpenAI ofereça seus produtos em qualquer provedor de nuvem"),
            byline: "João Silva",
            slug: "microsoft-e-openai-mudam-parceria-licenca-vai-ate-2032-e-deixa-de-ser-exclusiva",
            kept: [21, 22, 24, 27, 29, 31, 32],
            dropped: &[
                (9, Cookie),
                (19, Share),
                (23, Advert),
                (25, Image),
                (30, Related),
                (34, Promotion),
                (36, Promotion),
                (40, AuthorBox),
                (42, Keywords),
                (45, Related),
                (51, Comments),
                (52, Footer),
            ],
        },
        Foreign {
            file: "de.txt",
            lang: "de",
            title: "Microsoft und OpenAI ordnen ihre Partnerschaft neu",
            summary: Some("Die Lizenz gilt bis 2032 – exklusiv ist sie aber nicht mehr."),
            byline: "Anna Schmidt",
            slug: "microsoft-und-openai-ordnen-ihre-partnerschaft-neu",
            kept: [24, 25, 27, 30, 32, 34, 35],
            dropped: &[
                (9, Cookie),
                (22, Share),
                (26, Advert),
                (28, Image),
                (33, Related),
                (38, Promotion),
                (43, AuthorBox),
                (45, Keywords),
                (48, Related),
                (54, Comments),
                (55, Footer),
            ],
        },
        Foreign {
            file: "fr.txt",
            lang: "fr",
            title: "Microsoft et OpenAI revoient leur partenariat : la licence court jusqu’en 2032, sans exclusivité",
            summary: None,
            byline: "Marie Dupont",
            slug: "microsoft-et-openai-revoient-leur-partenariat-la-licence-court-jusquen-2032-sans",
            kept: [19, 20, 22, 25, 27, 29, 30],
            dropped: &[
                (6, Cookie),
                (16, Share),
                (21, Advert),
                (23, Image),
                (28, Related),
                (32, Promotion),
                (34, Promotion),
                (38, AuthorBox),
                (40, Keywords),
                (43, Related),
                (49, Comments),
                (50, Footer),
            ],
        },
        Foreign {
            file: "ar.txt",
            lang: "ar",
            title: "مايكروسوفت وأوبن إيه آي تعدلان شراكتهما: الترخيص حتى 2032 دون حصرية",
            summary: None,
            byline: "أحمد خالد",
            slug: "mykrwswft-wwbn-yh-ay-t-dln-shrkthm-ltrkhys-ht-2032-dwn-hsry",
            kept: [19, 20, 22, 25, 27, 29, 30],
            dropped: &[
                (5, Cookie),
                (17, Share),
                (21, Advert),
                (23, Image),
                (28, Related),
                (33, Promotion),
                (36, Keywords),
                (39, Related),
                (45, Comments),
                (46, Footer),
            ],
        },
    ]
};

fn foreign(file: &str) -> PathBuf {
    crate_dir().join("tests/fixtures/import/languages").join(file)
}

/// Chinese, Japanese, Korean, Spanish, Portuguese, German, French and Arabic pages: every
/// sentence of the article is kept, verbatim and in order, and the site's furniture goes (a
/// Chinese or Japanese page used to be refused: "no article text found").
#[test]
fn pages_in_any_language_keep_every_sentence_and_drop_the_chrome() {
    for page in &FOREIGN {
        let path = foreign(page.file);
        let c = cleaned(&path);
        assert_eq!(c.title.as_deref(), Some(page.title), "{}", page.file);
        assert_eq!(c.summary.as_deref(), page.summary, "{}", page.file);
        assert_eq!(c.byline.as_deref(), Some(page.byline), "{}", page.file);
        assert_eq!(c.published, chrono::NaiveDate::from_ymd_opt(2026, 4, 28), "{}", page.file);
        assert_eq!(kept(&c), page.kept, "{}", page.file);
        for &(line, reason) in page.dropped {
            assert_eq!(role_of(&c, line), Role::Dropped(reason), "{} line {line}", page.file);
        }
        assert_eq!(rendered_blocks(&c.body), expected_blocks(&path, &c), "{}", page.file);
        let warnings: Vec<String> = c.warnings.iter().map(ToString::to_string).collect();
        assert!(warnings.is_empty(), "{}: {warnings:?}", page.file);
    }
}

/// Each page's headline and sentences, as the reader sees them, are the page's: the Chinese
/// article's sentences end at 。 and keep their full-width punctuation.
#[test]
fn a_chinese_page_keeps_its_full_width_punctuation() {
    let c = cleaned(&foreign("zh.txt"));
    assert!(
        c.body.starts_with(
            "微软与OpenAI周一宣布修改双方的合作协议，这是两家公司自2019年开始合作以来的又一次重大调整。\n\n"
        ),
        "{}",
        c.body
    );
    assert!(c.body.contains("\n\n## 授权与收入分成\n\n"), "{}", c.body);
}

/// `gloss import` of the folder: one article per page, its language guessed into `lang`, a
/// readable ASCII slug, and a digest of them builds.
#[test]
fn pages_in_any_language_import_with_their_language_and_a_readable_slug() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::write(root.join("site.toml"), "title = \"T\"\n").expect("site.toml");
    let report = run_import(&[crate_dir().join("tests/fixtures/import/languages")], &options(root));
    assert!(errors(&report).is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.written.len(), FOREIGN.len());
    for page in &FOREIGN {
        let path = root.join(ARTICLES_DIR).join(format!("{}.md", page.slug));
        let article = load(&path);
        assert_eq!(article.title, page.title, "{}", page.file);
        assert_eq!(article.lang.as_deref(), Some(page.lang), "{}", page.file);
        assert!(gloss::content::is_valid_slug(&article.slug), "{}", article.slug);
    }
    let out = gloss(root, &["build", "--build-date", "2026-11-23"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let zh = fs::read_to_string(root.join("public/articles").join(FOREIGN[0].slug).join("index.html")).expect("page");
    assert!(zh.contains("<div class=\"article-body\" lang=\"zh\">"), "{zh}");
}

fn clean_text(text: &str) -> Cleaned {
    clean(text, Path::new("page.txt")).unwrap_or_else(|e| panic!("{e}"))
}

/// A Chinese page hard-wrapped at a width: each paragraph's lines join into one paragraph, and
/// the reader sees no space where the lines were cut.
#[test]
fn a_wrapped_chinese_page_joins_its_lines_without_spaces() {
    let page = "微软与OpenAI修改合作协议\n\n微软与OpenAI周一宣布修改双方的合作协议，这是两家公司自2019年\n开始合作以来的又一次重大调整。根据公告，微软仍是OpenAI的主要云合作\n伙伴。\n\n微软对OpenAI模型和产品的知识产权授权将持续到2032年，但该授权今后\n不再是独家授权。\n";
    let c = clean_text(page);
    assert_eq!(c.title.as_deref(), Some("微软与OpenAI修改合作协议"));
    let roles: Vec<Role> = c.lines.iter().map(|(_, r)| *r).collect();
    assert_eq!(
        roles,
        [
            Role::Dropped(Reason::Headline),
            Role::Paragraph,
            Role::Continuation,
            Role::Continuation,
            Role::Paragraph,
            Role::Continuation
        ]
    );
    let visible: Vec<String> = gloss::text::blocks(&c.body).into_iter().map(|b| b.text).collect();
    assert_eq!(
        visible,
        [
            "微软与OpenAI周一宣布修改双方的合作协议，这是两家公司自2019年开始合作以来的又一次重大调整。根据公告，微软仍是OpenAI的主要云合作伙伴。",
            "微软对OpenAI模型和产品的知识产权授权将持续到2032年，但该授权今后不再是独家授权。"
        ]
    );
}

/// Chrome vocabulary is also news vocabulary: a short sentence about subscriptions (订阅, 구독)
/// and a heading about market share (シェア) are the article's, not a promotion box or a share
/// button.
#[test]
fn news_about_subscriptions_and_market_share_is_not_chrome() {
    let zh = "微软云业务强劲增长\n\n微软周二公布季度财报，云计算业务收入同比增长超过两成，高于市场预期。\n\nMicrosoft 365的订阅用户继续增加。\n\n分析人士认为，人工智能需求是主要推动力。\n";
    let c = clean_text(zh);
    assert_eq!(kept(&c), [3, 5, 7], "{:?}", c.lines);
    let ja = "マイクロソフト、クラウド事業が好調\n\nマイクロソフトは28日、四半期決算を発表し、クラウド事業の売上高が前年同期比で2割以上増えたと明らかにした。\n\nシェア拡大\n\n同社はクラウド市場でのシェアをさらに伸ばした。アナリストはAI需要が追い風になったとみている。\n";
    let c = clean_text(ja);
    assert_eq!(kept(&c), [3, 5, 7], "{:?}", c.lines);
    assert_eq!(role_of(&c, 5), Role::Heading(2));
    let ko = "마이크로소프트 클라우드 사업 호조\n\n마이크로소프트는 28일 분기 실적을 발표하고 클라우드 매출이 전년보다 20% 이상 늘었다고 밝혔다.\n\n구독 서비스 가입자도 늘었다.\n\n업계는 인공지능 수요가 성장을 이끌었다고 보고 있다.\n";
    let c = clean_text(ko);
    assert_eq!(kept(&c), [3, 5, 7], "{:?}", c.lines);
}
