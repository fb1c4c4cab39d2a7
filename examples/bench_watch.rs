//! Watch-mode latency: `cargo run --release --example bench_watch -- DIGEST OUTPUT [ROUNDS]`.
//!
//! Builds DIGEST once with the incremental builder, then edits one annotation file per round
//! (a different article each time) and times `Incremental::rebuild` from the save to the page
//! being written. Prints the median and the worst round. The file watcher's debounce (10 ms)
//! comes on top in `gloss watch`.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use gloss::site::Changes;
use gloss::{BuildOptions, Incremental};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(root), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: bench_watch DIGEST OUTPUT [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(20);
    let root = PathBuf::from(root);
    let options = BuildOptions {
        root: root.clone(),
        output: PathBuf::from(output),
        force: true,
        build_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
    };
    let mut builder = Incremental::new(options).expect("open output");
    let start = Instant::now();
    let first = builder.rebuild(&Changes::All).expect("first build");
    println!("first build: {} articles in {:.0} ms", first.articles, start.elapsed().as_secs_f64() * 1000.0);
    let mut files: Vec<PathBuf> = fs::read_dir(root.join("content/annotations"))
        .expect("content/annotations")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "the digest has no annotation files");
    let mut times: Vec<Duration> = Vec::new();
    for round in 0..rounds {
        let file = &files[(round * 7919) % files.len()];
        let text = fs::read_to_string(file).expect("read annotation file");
        let edited = text.replacen("text = \"", &format!("text = \"Edit {round}. "), 1);
        let start = Instant::now();
        fs::write(file, &edited).expect("save");
        let rel = file.strip_prefix(&root).expect("inside").to_path_buf();
        let report = builder.rebuild(&Changes::Paths(vec![rel])).expect("rebuild");
        times.push(start.elapsed());
        assert_eq!(report.rendered, 1, "an annotation edit must render one article page");
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "annotation edit -> page written: median {:.1} ms, worst {:.1} ms over {rounds} rounds",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
}
