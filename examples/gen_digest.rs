//! Generates a large digest for benchmarks: `cargo run --release --example gen_digest -- DIR N`.
//!
//! Articles of 700–1,200 words in paragraphs, headings and lists, dated across 2019–2026, each
//! with an annotation file of five notes quoting its own sentences (once notes exist). Text is
//! deterministic (a fixed linear congruential generator), so runs are comparable.
//!
//! With `--checks` (third argument), the digest also gets the repository's content/terms.toml
//! and each article a few sentences about the deal (agreeing, contradicting, negated, hedged),
//! so that the automatic checks have real claims to read (`benches/checks.rs` uses this).

use std::fs;
use std::path::Path;

const WORDS: &[&str] = &[
    "Microsoft",
    "OpenAI",
    "partnership",
    "cloud",
    "Azure",
    "revenue",
    "share",
    "license",
    "model",
    "agreement",
    "investors",
    "compute",
    "capacity",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "with",
    "for",
    "on",
    "analysts",
    "said",
    "deal",
    "terms",
    "exclusive",
    "provider",
    "customers",
    "products",
    "market",
    "growth",
    "billion",
    "years",
    "through",
    "company",
    "companies",
    "would",
    "could",
    "new",
    "structure",
    "stake",
    "board",
    "research",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn sentence(rng: &mut Lcg) -> String {
    let n = 8 + rng.below(14) as usize;
    let mut s = String::new();
    for i in 0..n {
        let w = WORDS[rng.below(WORDS.len() as u64) as usize];
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// Sentences about the deal, for `--checks`: each article gets three of them.
const CLAIMS: &[&str] = &[
    "Microsoft retains a non-exclusive license to OpenAI IP through 2032.",
    "OpenAI products will ship first on Azure, unless Microsoft cannot support the capabilities.",
    "Revenue share payments from OpenAI to Microsoft continue through 2030.",
    "Microsoft keeps an exclusive license to OpenAI's models.",
    "Microsoft may keep an exclusive license to OpenAI's models, analysts said.",
    "Microsoft will no longer pay a revenue share to OpenAI.",
    "Microsoft remains OpenAI's exclusive cloud provider.",
    "The companies signed a non-binding memorandum of understanding.",
    "Microsoft holds a stake valued at approximately $135 billion.",
    "OpenAI has contracted to purchase an incremental $250 billion of Azure services.",
    "Does Microsoft still keep an exclusive license to OpenAI IP?",
    "Microsoft remains OpenAI's primary cloud partner.",
];

#[allow(dead_code, reason = "the benchmark includes this file for `generate` alone")]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(n)) = (args.get(1), args.get(2).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: gen_digest DIR N [--checks]");
        std::process::exit(2);
    };
    let checks = args.get(3).is_some_and(|a| a == "--checks");
    generate(Path::new(dir), n, checks.then_some(include_str!("../content/terms.toml")));
    println!("generated {n} articles in {dir}");
}

/// Writes a digest of `n` articles at `root`; with `terms` (a content/terms.toml), those terms and
/// deal sentences for the checks to read.
pub fn generate(root: &Path, n: usize, terms: Option<&str>) {
    let checks = terms.is_some();
    let articles = root.join("content/articles");
    let notes = root.join("content/annotations");
    fs::create_dir_all(&articles).expect("create content/articles");
    fs::create_dir_all(&notes).expect("create content/annotations");
    fs::write(
        root.join("site.toml"),
        "title = \"Generated digest\"\nintroduction = \"A generated digest for benchmarks.\"\nbase_url = \"https://example.org/\"\n",
    )
    .expect("write site.toml");
    if let Some(terms) = terms {
        fs::create_dir_all(root.join("content")).expect("create content");
        fs::write(root.join("content/terms.toml"), terms).expect("write terms.toml");
    }
    let mut rng = Lcg(42);
    for i in 0..n {
        let words_target = 700 + rng.below(500) as usize;
        let mut body = String::new();
        let mut words = 0;
        let mut quotes = Vec::new();
        while words < words_target {
            match rng.below(10) {
                0 => body.push_str(&format!("## Section {}\n\n", words)),
                1 => {
                    for _ in 0..3 {
                        let s = sentence(&mut rng);
                        words += s.split(' ').count();
                        body.push_str(&format!("- {s}\n"));
                    }
                    body.push('\n');
                }
                2 if checks => {
                    let claim = CLAIMS[rng.below(CLAIMS.len() as u64) as usize];
                    let s = sentence(&mut rng);
                    words += claim.split(' ').count() + s.split(' ').count();
                    body.push_str(&format!("{s} {claim}\n\n"));
                }
                _ => {
                    for _ in 0..4 {
                        let s = sentence(&mut rng);
                        words += s.split(' ').count();
                        if quotes.len() < 5 && rng.below(3) == 0 {
                            quotes.push(format!("{i} {s}"));
                            body.push_str(&format!("{i} {s} "));
                        } else {
                            body.push_str(&s);
                            body.push(' ');
                        }
                    }
                    body.push_str("\n\n");
                }
            }
        }
        let year = 2019 + (i % 8);
        let month = 1 + (i / 8) % 12;
        let day = 1 + (i / 96) % 28;
        let text = format!(
            "+++\ntitle = \"Generated article {i}\"\nsource = \"Outlet {}\"\npublished = {year}-{month:02}-{day:02}\nsummary = \"{}\"\n+++\n\n{body}",
            i % 37,
            sentence(&mut rng)
        );
        let slug = format!("article-{i:05}");
        fs::write(articles.join(format!("{slug}.md")), text).expect("write article");
        let mut toml = String::new();
        for (k, q) in quotes.iter().enumerate() {
            // The quote is the sentence's first words after the article's number: unique.
            let quote: Vec<&str> = q.split(' ').take(5).collect();
            toml.push_str(&format!(
                "[[note]]\nquote = \"{}\"\nkind = \"{}\"\ntext = \"Generated note {k} on article {i}.\"\n\n",
                quote.join(" "),
                if k % 2 == 0 { "context" } else { "unsupported" }
            ));
        }
        if !toml.is_empty() {
            fs::write(notes.join(format!("{slug}.toml")), toml).expect("write notes");
        }
    }
}
