//! The automatic checks measured on the labelled evaluation set in tests/fixtures/eval/:
//! precision and recall of contradiction findings, overall, per claim and per labelled term.
//!
//!     cargo run --release --example eval_checks              # every file, the summary
//!     cargo run --release --example eval_checks -- dev en    # dev-en.toml only
//!     cargo run --release --example eval_checks -- dev en -v # and each miss and false alarm
//!
//! The dev files are what the rules are written against; the test files were written by others
//! who never saw the rules, and stand in for coverage nobody has read: `-v` never prints their
//! sentences, only figures.
//!
//! A case is a sentence (or a short passage, headline, table cell) at a stage, labelled with
//! the terms it contradicts. A finding of contradiction on a case labelled with none is a false
//! alarm; a case labelled with some and no finding of contradiction is a miss. The review queue
//! (sentences about a checked term that got no verdict) is measured too: how many of the misses
//! it holds.
//!
//! `articles [LANG]` reads whole articles of our own (tests/fixtures/eval/articles/<lang>-*.md,
//! mostly context that is no claim about the terms, each with a `.toml` of labelled passages):
//! the share of their sentences the queue lists, and how many labelled contradictions the
//! findings or the queue hold. Evaluation sentences are all about the deal; articles are not.
//! `GLOSS_EVAL_DIR=DIR` reads the sets from DIR instead (a scratch set being written).
//! `GLOSS_EVAL_ARTICLES=DIR` reads the articles from DIR instead (a batch kept out of the repository
//! until it has been measured blind).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use gloss::checks::{self, Block, Checker};
use gloss::content::terms::{self, Terms};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    lang: Option<String>,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[allow(dead_code, reason = "the format's fields, read or not")]
struct Case {
    id: String,
    stage: String,
    #[serde(default)]
    block: Option<String>,
    text: String,
    #[serde(default)]
    contradicts: Vec<String>,
    #[serde(default)]
    agrees: Vec<String>,
    #[serde(default)]
    facet: Option<String>,
    #[serde(default)]
    form: Option<String>,
    #[serde(default)]
    why: Option<String>,
}

/// An own article's labels: passages that contradict the terms at its stage, or state them right.
#[derive(Deserialize)]
struct Labels {
    #[serde(rename = "label")]
    labels: Vec<Label>,
}

#[derive(Deserialize)]
#[allow(dead_code, reason = "the format's fields, read or not")]
struct Label {
    quote: String,
    #[serde(default)]
    contradicts: Vec<String>,
    #[serde(default)]
    agrees: Vec<String>,
}

/// Per language: sentences, listed, contradictions, found, queued, false alarms.
#[derive(Default)]
struct ArticleCounts {
    sentences: usize,
    listed: usize,
    contradictions: usize,
    found: usize,
    queued: usize,
    alarms: usize,
}

/// The queue and the findings on the articles of our own, per language.
fn own_articles(root: &Path, checker: &Checker, terms: &Terms, only: Option<&str>, verbose: bool) {
    // GLOSS_EVAL_ARTICLES measures a batch kept outside the repository (a blind batch nobody
    // tuning the rules may read) with the same code.
    let dir = std::env::var_os("GLOSS_EVAL_ARTICLES")
        .map_or_else(|| root.join("tests/fixtures/eval/articles"), PathBuf::from);
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut paths: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "md")).collect();
    paths.sort();
    let mut per_lang: BTreeMap<String, ArticleCounts> = BTreeMap::new();
    for path in paths {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let flang = name.split_once('-').map_or(name.as_str(), |(l, _)| l).to_string();
        if only.is_some_and(|l| l != flang) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("article");
        let article = gloss::content::parse_article(&text, &path).expect("article parses");
        let labels: Labels = toml::from_str(&std::fs::read_to_string(path.with_extension("toml")).expect("labels"))
            .expect("labels parse");
        let stage = gloss::content::stage_date(&article, terms).expect("a stage");
        let doc = gloss::anchor::Doc::article(&article.title, article.summary.as_deref(), &article.body);
        let blocks: Vec<Block> = checks::check_blocks_of(&doc);
        let found = checks::check_blocks(checker, terms, &blocks, stage, article.lang.as_deref());
        let judged: Vec<_> = found.iter().map(|f| checks::review::Judged::of(checker, f)).collect();
        let queue = checks::review::queue(checker, terms, &blocks, stage, article.lang.as_deref(), &judged, &[]);
        let c = per_lang.entry(flang).or_default();
        let sentences = blocks.iter().map(|b| gloss::text::sentences::sentences(b.text).len()).sum::<usize>();
        if verbose {
            // Per article, so a batch of new articles can be measured apart from the older ones.
            println!("ARTICLE {name}: queue lists {} of {sentences} sentences", queue.len());
        }
        c.sentences += sentences;
        c.listed += queue.len();
        let overlaps = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| a.start < b.end && b.start < a.end;
        // Each label's place: its block and byte range.
        // The visible text makes an ideographic space a plain one (a Japanese headline's "　"):
        // so does the quote.
        let place = |quote: &str| {
            let quote = quote.replace('\u{3000}', " ");
            blocks.iter().find_map(|b| b.text.find(&quote).map(|at| (b.index, at..at + quote.len())))
        };
        let mut wrong: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        for l in &labels.labels {
            let Some((blk, r)) = place(&l.quote) else {
                eprintln!("{name}: label not found: {}", l.quote);
                continue;
            };
            if l.contradicts.is_empty() {
                continue;
            }
            wrong.push((blk, r.clone()));
            c.contradictions += 1;
            let hit = found.iter().any(|f| !f.agrees && f.block == blk && overlaps(&f.sentence, &r));
            let held = queue.iter().any(|q| q.block == blk && overlaps(&q.sentence, &r));
            if hit {
                c.found += 1;
            } else if held {
                c.queued += 1;
            }
            if verbose && (hit || held) {
                println!("{} {name}: {}", if hit { "FOUND" } else { "HELD" }, l.quote);
            } else if verbose {
                println!("LOST {name}: {} {:?}", l.quote, l.contradicts);
            }
        }
        for f in found.iter().filter(|f| !f.agrees) {
            if !wrong.iter().any(|(b, r)| *b == f.block && overlaps(&f.sentence, r)) {
                c.alarms += 1;
                if verbose {
                    let b = blocks.iter().find(|b| b.index == f.block).map_or("", |b| b.text);
                    println!(
                        "FALSE ALARM {name}: {} `{}` ({})",
                        checker.claims[f.claim].id,
                        &b[f.range.clone()],
                        f.term
                    );
                }
            }
        }
        if verbose {
            for q in &queue {
                let b = blocks.iter().find(|b| b.index == q.block).map_or("", |b| b.text);
                let labelled = wrong.iter().any(|(blk, r)| *blk == q.block && overlaps(&q.sentence, r));
                println!(
                    "QUEUE{} {name}: {} [{}]",
                    if labelled { "" } else { " (unlabelled)" },
                    &b[q.sentence.clone()],
                    q.why.iter().map(|w| w.to_string()).collect::<Vec<_>>().join("; ")
                );
            }
        }
    }
    println!("\nown articles: queue lists (share of sentences); contradictions found or queued; false alarms");
    for (lang, c) in &per_lang {
        println!(
            "articles-{lang:<4} lists {:>3} of {:>3} sentences ({:.2}); contradictions {:>2}: found {:>2}, queued {:>2} ({:.2}); false alarms {}",
            c.listed,
            c.sentences,
            c.listed as f64 / c.sentences.max(1) as f64,
            c.contradictions,
            c.found,
            c.queued,
            (c.found + c.queued) as f64 / c.contradictions.max(1) as f64,
            c.alarms
        );
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--explain STAGE SENTENCE [LANG]`: what the checks read in one sentence of your own.
    let explain = args.first().is_some_and(|a| a == "--explain");
    let verbose = args.iter().any(|a| a == "-v");
    let words: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let set = words.first().map(|s| s.as_str());
    let lang = words.get(1).map(|s| s.as_str());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let terms_path = std::env::var_os("GLOSS_TERMS").map_or_else(|| root.join(terms::FILE), PathBuf::from);
    let text = std::fs::read_to_string(&terms_path).expect("terms.toml");
    let terms: Terms = match terms::parse(&text, Path::new(terms::FILE)) {
        Ok(t) => t,
        Err(e) => {
            for d in e {
                eprintln!("{d:?}");
            }
            std::process::exit(1);
        }
    };
    let checker = match Checker::new(&terms) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                eprintln!("terms.toml:{}: {}", p.line, p.message);
            }
            std::process::exit(1);
        }
    };
    if explain {
        let stage = args.get(1).expect("--explain STAGE SENTENCE");
        let text = args.get(2).expect("--explain STAGE SENTENCE");
        let lang = args.get(3).map(String::as_str);
        let event = terms.event(stage).expect("a stage: an event id");
        let blocks = [Block::prose(0, text)];
        // The clauses the sentence is read in, and the words that only frame each.
        let pieces =
            |rs: &[std::ops::Range<usize>]| rs.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().join(" | ");
        for s in gloss::text::sentences::sentences(text) {
            for c in gloss::text::sentences::clauses_in(text, s, lang.unwrap_or("en")) {
                let frame =
                    if c.context.is_empty() { String::new() } else { format!("  (framed by: {})", pieces(&c.context)) };
                println!("clause: {}{frame}", pieces(&c.segments));
            }
        }
        let found = checks::check_blocks(&checker, &terms, &blocks, event.date, lang);
        let found_in: Vec<_> = found.iter().map(|f| checks::review::Judged::of(&checker, f)).collect();
        for q in checks::review::queue(&checker, &terms, &blocks, event.date, lang, &found_in, &[]) {
            println!("queued: {:?} (terms {:?})", q.why, q.terms);
        }
        for f in found {
            println!(
                "{} `{}` claims {} ({}) vs {} of {}{}{}",
                checker.claims[f.claim].id,
                &text[f.range.clone()],
                f.value,
                if f.agrees { "agrees" } else { "CONTRADICTS" },
                f.official,
                f.term,
                if f.attributed { ", attributed" } else { "" },
                f.stage.as_deref().map(|s| format!(", judged at {s}")).unwrap_or_default()
            );
            if let Some(e) = &f.set_by {
                println!("    (a term set by {e}, dated earlier)");
            }
        }
        return;
    }
    if set.is_none_or(|s| s == "articles") {
        own_articles(root, &checker, &terms, lang, verbose);
        if set.is_some() {
            return;
        }
    }
    // GLOSS_EVAL_DIR reads the sets from another directory (a scratch set of one's own sentences).
    let dir = std::env::var_os("GLOSS_EVAL_DIR").map_or_else(|| root.join("tests/fixtures/eval"), PathBuf::from);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/eval")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut overall: BTreeMap<String, Counts> = BTreeMap::new();
    let mut per_claim: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // claim → (alarms, right)
    let mut per_term: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // term → (labelled, found)
    let mut wrong_term = 0usize;
    // The review queue: of the contradictions the checks miss, how many it holds; and how many
    // sentences it lists at all.
    let (mut missed, mut queued_missed, mut sentences, mut listed) = (0usize, 0usize, 0usize, 0usize);
    for path in files {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let (fset, flang) = name.split_once('-').unwrap_or((&name, ""));
        if set.is_some_and(|s| s != fset) || lang.is_some_and(|l| l != flang) {
            continue;
        }
        let held_out = fset == "test";
        let file: File = toml::from_str(&std::fs::read_to_string(&path).expect("eval file")).expect("eval file parses");
        let file_lang = file.lang.clone().unwrap_or_else(|| flang.to_string());
        let counts = overall.entry(name.clone()).or_default();
        for case in &file.cases {
            let Some(event) = terms.event(&case.stage) else {
                eprintln!("{name} {}: unknown stage {}", case.id, case.stage);
                continue;
            };
            let found =
                checks::check_blocks(&checker, &terms, &[Block::prose(0, &case.text)], event.date, Some(&file_lang));
            let alarms: Vec<&checks::Found> = found.iter().filter(|f| !f.agrees).collect();
            let positive = !case.contradicts.is_empty();
            let blocks = [Block::prose(0, &case.text)];
            let queue = checks::review::queue(
                &checker,
                &terms,
                &blocks,
                event.date,
                Some(&file_lang),
                &found.iter().map(|f| checks::review::Judged::of(&checker, f)).collect::<Vec<_>>(),
                &[],
            );
            sentences += gloss::text::sentences::sentences(&case.text).len();
            listed += queue.len();
            // `GLOSS_EVAL_LISTED=1 … -v`: which cases the queue lists, to compare two builds.
            if verbose && !held_out && !queue.is_empty() && std::env::var_os("GLOSS_EVAL_LISTED").is_some() {
                println!("LISTED {name} {}: {}", case.id, case.text);
            }
            // `GLOSS_EVAL_WHY=1 … -v`: why the queue lists each sentence, and whether its case is a
            // contradiction the checks missed; the held-out sets give only the kinds of reason.
            if verbose && std::env::var_os("GLOSS_EVAL_WHY").is_some() {
                let miss = if positive && alarms.is_empty() { "MISS" } else { "-" };
                for q in &queue {
                    if held_out {
                        let kinds: Vec<String> = q.why.iter().map(checks::review::Why::kind).collect();
                        println!("WHY {name} {miss} [{}]", kinds.join("; "));
                    } else {
                        let whys: Vec<String> = q.why.iter().map(|w| w.to_string()).collect();
                        println!(
                            "WHY {name} {miss} {}: {} [{}]",
                            case.id,
                            case.text.get(q.sentence.clone()).unwrap_or(""),
                            whys.join("; ")
                        );
                    }
                }
            }
            if positive && alarms.is_empty() {
                missed += 1;
                if !queue.is_empty() {
                    queued_missed += 1;
                } else if verbose && !held_out {
                    println!("NOT QUEUED {name} {}: {}", case.id, case.text);
                }
            }
            for t in &case.contradicts {
                let e = per_term.entry(t.clone()).or_default();
                e.0 += 1;
                if !alarms.is_empty() {
                    e.1 += 1;
                }
            }
            for a in &alarms {
                let e = per_claim.entry(checker.claims[a.claim].id.clone()).or_default();
                e.0 += 1;
                if positive {
                    e.1 += 1;
                    if !case.contradicts.contains(&a.term) {
                        wrong_term += 1;
                    }
                }
            }
            match (positive, !alarms.is_empty()) {
                (true, true) => counts.tp += 1,
                (false, true) => counts.fp += 1,
                (true, false) => counts.fn_ += 1,
                (false, false) => counts.tn += 1,
            }
            if verbose && !held_out && positive == alarms.is_empty() {
                let what = if positive { "MISS" } else { "FALSE ALARM" };
                println!("{what} {name} {} [{}] {}", case.id, case.stage, case.text);
                println!("    labelled: {:?}", case.contradicts);
                for a in &alarms {
                    println!(
                        "    found: {} `{}` claims {} vs {} ({})",
                        checker.claims[a.claim].id,
                        &case.text[a.range.clone()],
                        a.value,
                        a.official,
                        a.term
                    );
                }
            }
            if verbose && !held_out && positive && !alarms.is_empty() {
                for a in alarms.iter().filter(|a| !case.contradicts.contains(&a.term)) {
                    println!(
                        "TERM {name} {}: found {} ({}), labelled {:?}",
                        case.id, a.term, checker.claims[a.claim].id, case.contradicts
                    );
                }
            }
        }
    }
    println!("\n{:<12} {:>5} {:>5} {:>5} {:>5}  {:>9} {:>7}", "file", "tp", "fp", "fn", "tn", "precision", "recall");
    let mut all = Counts::default();
    for (name, c) in &overall {
        println!(
            "{name:<12} {:>5} {:>5} {:>5} {:>5}  {:>9.3} {:>7.3}",
            c.tp,
            c.fp,
            c.fn_,
            c.tn,
            c.precision(),
            c.recall()
        );
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn_ += c.fn_;
        all.tn += c.tn;
    }
    println!(
        "{:<12} {:>5} {:>5} {:>5} {:>5}  {:>9.3} {:>7.3}",
        "all",
        all.tp,
        all.fp,
        all.fn_,
        all.tn,
        all.precision(),
        all.recall()
    );
    println!("(alarms on a contradicting case that cite a term it is not labelled with: {wrong_term})");
    println!(
        "review queue: holds {queued_missed} of the {missed} contradictions the checks miss ({:.3}); lists {listed} of {sentences} sentences ({:.3})",
        queued_missed as f64 / missed.max(1) as f64,
        listed as f64 / sentences.max(1) as f64
    );
    // The same queue on this digest's own articles: real pages, mostly not about the terms.
    let (mut art_sentences, mut art_listed) = (0usize, 0usize);
    for entry in std::fs::read_dir(root.join("content/articles")).expect("content/articles").flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let Ok(article) = gloss::content::parse_article(&text, &path) else { continue };
        let Some(stage) = gloss::content::stage_date(&article, &terms) else { continue };
        let doc = gloss::anchor::Doc::article(&article.title, article.summary.as_deref(), &article.body);
        let blocks: Vec<Block> = checks::check_blocks_of(&doc);
        let found = checks::check_blocks(&checker, &terms, &blocks, stage, None);
        if args.iter().any(|a| a == "--seeds") {
            for f in &found {
                println!(
                    "{} {}: {} `{}` claims {} vs {} ({}){}",
                    if f.agrees { "AGREES" } else { "CONTRADICTS" },
                    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                    checker.claims[f.claim].id,
                    &blocks[f.block].text[f.range.clone()],
                    f.value,
                    f.official,
                    f.term,
                    f.stage.as_deref().map(|s| format!(" at {s}")).unwrap_or_default()
                );
            }
        }
        let queue = checks::review::queue(
            &checker,
            &terms,
            &blocks,
            stage,
            None,
            &found.iter().map(|f| checks::review::Judged::of(&checker, f)).collect::<Vec<_>>(),
            &[],
        );
        art_sentences += blocks.iter().map(|b| gloss::text::sentences::sentences(b.text).len()).sum::<usize>();
        art_listed += queue.len();
        if verbose && set.is_none() {
            for q in &queue {
                println!(
                    "QUEUE {}: {} [{}]",
                    path.display(),
                    &blocks[q.block].text[q.sentence.clone()],
                    q.why.iter().map(|w| w.to_string()).collect::<Vec<_>>().join("; ")
                );
            }
        }
    }
    println!(
        "review queue on content/articles: lists {art_listed} of {art_sentences} sentences ({:.3})",
        art_listed as f64 / art_sentences.max(1) as f64
    );
    println!("\nper claim: alarms, right, precision");
    for (claim, (n, right)) in &per_claim {
        println!("  {claim:<28} {n:>4} {right:>4}  {:.3}", *right as f64 / *n as f64);
    }
    println!("\nper labelled term: contradicting cases, found, recall");
    for (term, (n, found)) in &per_term {
        println!("  {term:<30} {n:>4} {found:>4}  {:.3}", *found as f64 / *n as f64);
    }
}
