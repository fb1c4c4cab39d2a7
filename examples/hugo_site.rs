//! Writes the articles of a gloss digest as a Hugo site, for the side-by-side benchmark in
//! `scripts/bench.sh`: `cargo run --release --example hugo_site -- DIGEST SITE`.
//!
//! The same Markdown bodies, each under a Hugo front matter with its title and date; layouts that
//! do what gloss's pages do at their simplest (an article page with its body, a home page and a
//! section page listing every article, Hugo's own sitemap and feeds). Hugo gets no notes, checks
//! or timeline: it is the peer's cost of publishing the same text, not of gloss's extra work.

use std::fs;
use std::path::{Path, PathBuf};

const CONFIG: &str = "baseURL = 'https://example.org/'\ntitle = 'Generated digest'\nbuildFuture = true\n";
const BASE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n";
const SINGLE: &str = "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format \"2006-01-02\" }}</time>{{ .Content }}</article>{{ end }}\n";
const LIST: &str = "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .RegularPagesRecursive }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Date.Format \"2006-01-02\" }}</li>{{ end }}</ul>{{ end }}\n";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: hugo_site DIGEST SITE");
        std::process::exit(2);
    }
    let (digest, site) = (PathBuf::from(&args[1]), PathBuf::from(&args[2]));
    let posts = site.join("content/articles");
    fs::create_dir_all(&posts).expect("create the Hugo site's content directory");
    let layouts = site.join("layouts/_default");
    fs::create_dir_all(&layouts).expect("create the Hugo site's layouts directory");
    fs::write(site.join("hugo.toml"), CONFIG).expect("write hugo.toml");
    fs::write(layouts.join("baseof.html"), BASE).expect("write baseof.html");
    fs::write(layouts.join("single.html"), SINGLE).expect("write single.html");
    fs::write(layouts.join("list.html"), LIST).expect("write list.html");
    fs::write(site.join("layouts/index.html"), LIST).expect("write index.html");
    let mut n = 0;
    for entry in fs::read_dir(digest.join("content/articles")).expect("read the digest's articles") {
        let path = entry.expect("list the digest's articles").path();
        if path.extension().is_some_and(|e| e == "md") {
            convert(&path, &posts);
            n += 1;
        }
    }
    println!("wrote {n} articles as a Hugo site in {}", site.display());
}

/// One article: gloss's front matter (`title`, `published`) as Hugo's (`title`, `date`), the body as is.
fn convert(path: &Path, posts: &Path) {
    let text = fs::read_to_string(path).expect("read an article");
    let rest = text.strip_prefix("+++\n").expect("a generated article opens with +++");
    let (front, body) = rest.split_once("\n+++\n").expect("a generated article's front matter closes with +++");
    let field = |name: &str| {
        front
            .lines()
            .find_map(|l| l.strip_prefix(name).and_then(|v| v.trim_start().strip_prefix('=')))
            .map(str::trim)
            .expect("a generated article has a title and a published date")
    };
    let page = format!("+++\ntitle = {}\ndate = {}\n+++\n{body}", field("title"), field("published"));
    fs::write(posts.join(path.file_name().expect("an article file has a name")), page).expect("write a Hugo page");
}
