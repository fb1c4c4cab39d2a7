//! The floor a build cannot beat: read every article, render it with pulldown-cmark, write it.
//! `cargo run --release --example floor -- DIGEST OUTPUT`; prints the wall time.
use rayon::prelude::*;
use std::fs;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (root, out) = (PathBuf::from(&args[1]), PathBuf::from(&args[2]));
    let start = Instant::now();
    let files: Vec<PathBuf> =
        fs::read_dir(root.join("content/articles")).expect("articles").flatten().map(|e| e.path()).collect();
    files.par_iter().for_each(|p| {
        let text = fs::read_to_string(p).expect("read");
        let mut html = String::with_capacity(text.len() * 2);
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&text));
        let dir = out.join(p.file_stem().expect("stem"));
        fs::create_dir_all(&dir).expect("mkdir");
        fs::write(dir.join("index.html"), html).expect("write");
    });
    println!("floor: {} articles in {:.0} ms", files.len(), start.elapsed().as_secs_f64() * 1000.0);
}
