//! Watch-mode latency: `cargo run --release --example bench_watch -- DIGEST OUTPUT [ROUNDS]`.
//!
//! Two figures, each over ROUNDS edits of annotation files (a different article each round):
//! - rebuild: the incremental builder alone, from the save to `Incremental::rebuild` returning
//!   with the page written;
//! - end to end: a real `gloss watch` process (the binary next to this example, built by
//!   `cargo build --release`), from the save to the article's page on disk holding the edit, as
//!   an editor sees it: file events, debounce, rebuild, write.
//!
//! DIGEST is edited in place (the notes get "Edit N." prefixes); pass a copy.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gloss::incremental::Changes;
use gloss::{BuildOptions, Incremental};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(root), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: bench_watch DIGEST OUTPUT [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(20);
    let root = PathBuf::from(root);
    let output = PathBuf::from(output);
    let files = annotation_files(&root);
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");

    let options =
        BuildOptions { root: root.clone(), output: output.clone(), force: true, build_date: date, review_queue: false };
    let mut builder = Incremental::new(options).expect("open output");
    let start = Instant::now();
    let first = builder.rebuild(&Changes::All).expect("first build");
    println!("first build: {} articles in {:.0} ms", first.articles, ms(start.elapsed()));
    let mut times: Vec<Duration> = Vec::new();
    for round in 0..rounds {
        let file = &files[(round * 7919) % files.len()];
        let started = Instant::now();
        edit(file, &format!("Edit {round}."));
        let rel = file.strip_prefix(&root).expect("inside").to_path_buf();
        let report = builder.rebuild(&Changes::Paths(vec![rel])).expect("rebuild");
        times.push(started.elapsed());
        assert_eq!(report.rendered.len(), 1, "an annotation edit must render one article page");
    }
    summary("rebuild (save -> page written)", &mut times);
    drop(builder);

    let gloss = std::env::current_exe().expect("exe").parent().and_then(Path::parent).map(|d| d.join("gloss"));
    let Some(gloss) = gloss.filter(|g| g.is_file()) else {
        println!("end to end: skipped (build the gloss binary first: cargo build --release)");
        return;
    };
    let _ = fs::remove_dir_all(&output);
    let mut child = Command::new(&gloss)
        .arg("--root")
        .arg(&root)
        .args(["watch", "--force", "--build-date", "2026-11-23", "--output"])
        .arg(&output)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start gloss watch");
    // The first build is done when the last listing is on disk.
    let started = Instant::now();
    while !output.join("sitemap.xml").is_file() {
        assert!(started.elapsed() < Duration::from_secs(120), "gloss watch did not build");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    let mut times: Vec<Duration> = Vec::new();
    for round in 0..rounds {
        let file = &files[(round * 104_729 + 13) % files.len()];
        let slug = file.file_stem().and_then(|s| s.to_str()).expect("slug");
        let page = output.join(format!("articles/{slug}/index.html"));
        let marker = format!("Watched {round}.");
        let started = Instant::now();
        edit(file, &marker);
        loop {
            if fs::read_to_string(&page).is_ok_and(|p| p.contains(&marker)) {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "the page never showed the edit");
            std::thread::sleep(Duration::from_micros(250));
        }
        times.push(started.elapsed());
        // Let the watcher settle (no burst of saves here: one save, one rebuild).
        std::thread::sleep(Duration::from_millis(60));
    }
    let _ = child.kill();
    let _ = child.wait();
    summary("end to end (save -> page on disk, gloss watch)", &mut times);
}

fn annotation_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root.join("content/annotations"))
        .expect("content/annotations")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "the digest has no annotation files");
    files
}

/// Saves the annotation file with `marker` at the start of its first note's text.
fn edit(file: &Path, marker: &str) {
    let text = fs::read_to_string(file).expect("read annotation file");
    let at = match text.find("text = \"\"\"") {
        Some(i) => i + "text = \"\"\"".len(),
        None => text.find("text = \"").map(|i| i + "text = \"".len()).expect("a note with text"),
    };
    let edited = format!("{}{marker} {}", &text[..at], &text[at..]);
    fs::write(file, edited).expect("save");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn summary(what: &str, times: &mut [Duration]) {
    times.sort();
    println!(
        "{what}: median {:.1} ms, worst {:.1} ms over {} rounds",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        times.len()
    );
}
