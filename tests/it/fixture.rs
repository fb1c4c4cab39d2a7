//! The fixture driver: a digest in a temporary folder (empty, or copied from tests/fixtures/), the
//! gloss binary run on it, and what the tests compare its output with.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const SITE_TOML: &str =
    "title = \"Test digest\"\nintroduction = \"An *introduction*.\"\nbase_url = \"https://example.org/sub/\"\n";

/// A digest in a temporary folder.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let f = Fixture { dir: tempfile::tempdir().expect("tempdir") };
        f.write("site.toml", SITE_TOML);
        f
    }

    /// A copy of the fixture digest tests/fixtures/`name`/, with the test copy of the terms
    /// (tests/fixtures/terms.toml) as its content/terms.toml.
    pub fn from_dir(name: &str) -> Fixture {
        let f = Fixture { dir: tempfile::tempdir().expect("tempdir") };
        let from = fixtures().join(name);
        for entry in walkdir::WalkDir::new(&from).into_iter().flatten().filter(|e| e.file_type().is_file()) {
            let rel = entry.path().strip_prefix(&from).expect("inside").to_string_lossy().into_owned();
            f.write(&rel, &fs::read_to_string(entry.path()).expect("read fixture"));
        }
        f.write("content/terms.toml", &test_terms());
        f
    }

    /// A copy of the fixture digest tests/fixtures/`name`/ exactly as it is, its own terms too.
    pub fn copy_of(name: &str) -> Fixture {
        let f = Fixture { dir: tempfile::tempdir().expect("tempdir") };
        let from = fixtures().join(name);
        for entry in walkdir::WalkDir::new(&from).into_iter().flatten().filter(|e| e.file_type().is_file()) {
            let rel = entry.path().strip_prefix(&from).expect("inside").to_string_lossy().into_owned();
            f.write(&rel, &fs::read_to_string(entry.path()).expect("read fixture"));
        }
        f
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> &Fixture {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write fixture file");
        self
    }

    pub fn article(&self, slug: &str, front: &str, body: &str) -> &Fixture {
        self.write(&format!("content/articles/{slug}.md"), &format!("+++\n{front}\n+++\n\n{body}\n"))
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn gloss(&self, args: &[&str]) -> Output {
        gloss_in(self.root(), args)
    }

    pub fn build(&self) -> Output {
        let out = self.gloss(&["build", "--build-date", "2026-11-23"]);
        assert!(out.status.success(), "build failed:\n{}", stderr(&out));
        out
    }
}

/// A library build of `root` into `output` at the tests' build date (2026-11-23).
pub fn options(root: &Path, output: &Path) -> gloss::BuildOptions {
    gloss::BuildOptions {
        root: root.to_path_buf(),
        output: output.to_path_buf(),
        force: false,
        build_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        review_queue: false,
    }
}

pub fn gloss_in(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gloss"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env_remove("GLOSS_BUILD_DATE")
        .output()
        .expect("run gloss")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every file under `dir`, relative, sorted, with its bytes; gloss's manifest by what it says
/// (watch mode appends to it as a journal, where a later line for a path wins).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("inside").to_string_lossy().into_owned();
            let bytes = fs::read(e.path()).expect("read");
            let bytes = if rel == ".gloss-manifest" { manifest_meaning(&bytes) } else { bytes };
            (rel, bytes)
        })
        .collect();
    files.sort();
    files
}

/// A manifest's entries after applying every line in order, one per line, sorted.
fn manifest_meaning(bytes: &[u8]) -> Vec<u8> {
    let mut entries = std::collections::BTreeMap::new();
    for line in String::from_utf8_lossy(bytes).lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(hash), Some(size), Some(path)) = (parts.next(), parts.next(), parts.next()) else { continue };
        if hash == "-" {
            entries.remove(path);
        } else {
            entries.insert(path.to_string(), format!("{hash} {size}"));
        }
    }
    entries.iter().map(|(p, e)| format!("{e} {p}\n")).collect::<String>().into_bytes()
}

/// The repository root: the crate, whose templates/ the tests compare with.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// tests/fixtures/: everything the tests read.
pub fn fixtures() -> PathBuf {
    repo_root().join("tests/fixtures")
}

/// The test copy of the digest's terms (tests/fixtures/terms.toml), never the live
/// content/terms.toml: an editorial change of the terms cannot fail a test.
pub fn test_terms() -> String {
    fs::read_to_string(fixtures().join("terms.toml")).expect("tests/fixtures/terms.toml")
}

/// Attribute values of `attr` in an HTML page (href, src), in order.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}
