//! The automatic checks on a generated digest of 1,000 articles: `cargo bench --bench checks`.
//!
//! Not a timed test (timings on a shared machine are no pass/fail criterion): it prints the cost
//! of checking one article, alone and across the digest, and of the whole `gloss check`
//! pipeline, for the README. `GLOSS_BENCH_ARTICLES` changes the number of articles.

#[path = "../examples/gen_digest.rs"]
mod gen_digest;

use std::time::Instant;

use gloss::anchor::Doc;
use gloss::checks;

fn main() {
    let n: usize = std::env::var("GLOSS_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let dir = tempfile::tempdir().expect("tempdir");
    gen_digest::generate(dir.path(), n, Some(include_str!("../content/terms.toml")));
    let (site, problems) = gloss::load::load(dir.path()).expect("the generated digest loads");
    assert!(problems.is_empty(), "{problems:?}");
    let checker = checks::Checker::new(&site.terms).expect("the rules compile");
    let docs: Vec<Doc> = site.articles.iter().map(|a| Doc::new(&a.body)).collect();
    let words: usize = site.articles.iter().map(|a| a.body.split_whitespace().count()).sum();

    // One article at a time, on one core: what an incremental build pays per changed article.
    let mut best = f64::MAX;
    let mut findings = 0;
    for _ in 0..5 {
        let started = Instant::now();
        findings = 0;
        for (a, d) in site.articles.iter().zip(&docs) {
            findings += checks::check_article(d, a, &site.terms, &checker).len();
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    // The whole step as the build runs it: all articles in parallel, dismissals, cross-source.
    let mut best_run = f64::MAX;
    let mut links = 0;
    for _ in 0..5 {
        let started = Instant::now();
        let (checked, _) = checks::run(&site, &docs, &checker);
        links = checked.links.len();
        best_run = best_run.min(started.elapsed().as_secs_f64());
    }
    let claims = checker.claims.len();
    let patterns: usize = checker.claims.iter().map(|c| c.patterns.len()).sum();
    println!("checks: {n} articles ({} words each on average), {claims} claims, {patterns} patterns", words / n.max(1));
    println!(
        "check_article, one core: {:.1} ms in all, {:.0} µs per article; {findings} findings",
        best * 1e3,
        best * 1e6 / n as f64
    );
    println!(
        "checks::run (parallel, with dismissals and cross-source): {:.1} ms in all, {:.0} µs per article; {links} cross-source links",
        best_run * 1e3,
        best_run * 1e6 / n as f64
    );

    // cross_source on one large group (every finding on the same term): the case a digest of
    // many articles repeating one claim makes, once quadratic.
    let template = (0..site.articles.len()).find_map(|i| {
        checks::check_article(&docs[i], &site.articles[i], &site.terms, &checker).into_iter().find(|f| !f.agrees)
    });
    if let Some(f) = template {
        let values = [f.claimed.clone(), f.official.clone()];
        let many: Vec<checks::Finding> = (0..30_000)
            .map(|i| checks::Finding {
                article: gloss::content::ArticleId::of(&format!("bench-{}", i / 3)),
                claimed: values[i % 2].clone(),
                agrees: i % 2 == 1,
                ..f.clone()
            })
            .collect();
        let started = Instant::now();
        let links = checks::cross_source(&many).len();
        println!(
            "cross_source, 30,000 findings of one term in 10,000 articles: {:.1} ms; {links} links",
            started.elapsed().as_secs_f64() * 1e3
        );
    }

    let started = Instant::now();
    let problems = gloss::check(dir.path()).expect("check").problems;
    println!(
        "gloss check (load, anchor, check, notes, templates): {:.0} ms; {} problems",
        started.elapsed().as_secs_f64() * 1e3,
        problems.len()
    );
}
