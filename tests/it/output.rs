//! Output you can trust (issue 15): nothing outside the output is written or deleted, a killed
//! build leaves the old or the new output and never a folder someone must delete by hand, and
//! the output's bytes are what gloss wrote.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::fixture::*;
use gloss::incremental::Changes;
use gloss::{BuildOptions, Incremental};

fn options(root: &Path, force: bool) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output: root.join("public"),
        force,
        build_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        review_queue: false,
    }
}

fn small_digest() -> Fixture {
    let f = Fixture::new();
    f.article("a", "title = \"A\"\nsource = \"S\"\npublished = 2026-04-28", "Some text about the deal.");
    f.article("b", "title = \"B\"\nsource = \"T\"\npublished = 2026-04-29", "Other text.");
    f
}

/// The manifest beside the output (issue 15, defect 15: no longer inside it, where it was deployed).
const MANIFEST: &str = ".public.gloss-manifest";

fn append_manifest(f: &Fixture, line: &str) {
    let mut m = fs::OpenOptions::new().append(true).open(f.path(MANIFEST)).expect("manifest");
    m.write_all(line.as_bytes()).expect("append");
}

/// Issue 15, defect 1: a manifest line `../victim/file.txt` (or an absolute path) made the first
/// watch rebuild delete that file and its emptied folders outside the output.
#[test]
fn defect_1_manifest_paths_outside_the_output_are_never_deleted() {
    let f = small_digest();
    f.build();
    f.write("victim/file.txt", "precious");
    let outside = tempfile::tempdir().expect("tempdir");
    let absolute = outside.path().join("abs/file.txt");
    fs::create_dir_all(absolute.parent().expect("parent")).expect("mkdir");
    fs::write(&absolute, "precious too").expect("write");
    let planted = format!("0000000000000001 8 ../victim/file.txt\n0000000000000001 12 {}\n", absolute.display());
    append_manifest(&f, &planted);
    for force in [false, true] {
        let mut inc = Incremental::new(options(f.root(), force)).expect("open");
        inc.rebuild(&Changes::All).expect("rebuild");
        assert_eq!(f.read("victim/file.txt"), "precious", "force {force}");
        assert_eq!(fs::read_to_string(&absolute).expect("absolute victim"), "precious too", "force {force}");
    }
    // The same lines in a manifest inside the output, where an older gloss kept it (and where a
    // public/ from a tarball carries it), are ignored too.
    fs::remove_file(f.path(MANIFEST)).expect("rm manifest");
    f.write("public/.gloss-manifest", &planted);
    let mut inc = Incremental::new(options(f.root(), true)).expect("open");
    inc.rebuild(&Changes::All).expect("rebuild");
    assert_eq!(f.read("victim/file.txt"), "precious");
    assert_eq!(fs::read_to_string(&absolute).expect("absolute victim"), "precious too");
    let out = f.gloss(&["build", "--build-date", "2026-11-23"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(f.read("victim/file.txt"), "precious");
}

/// Issue 15, defect 1: a symlink in the output listed in the manifest was taken for gloss's own
/// folder, and watch mode wrote the article pages through it into the folder it points to.
#[cfg(unix)]
#[test]
fn defect_1_a_listed_symlink_in_the_output_is_never_written_through() {
    let f = small_digest();
    f.build();
    let victim = f.path("victim");
    fs::create_dir_all(&victim).expect("mkdir");
    fs::remove_dir_all(f.path("public/articles")).expect("rm articles");
    std::os::unix::fs::symlink(&victim, f.path("public/articles")).expect("symlink");
    append_manifest(&f, "0000000000000001 7 articles\n");
    let err = Incremental::new(options(f.root(), false)).err().expect("a symlink is a foreign file");
    assert!(err.to_string().contains("not created by gloss"), "{err}");
    // Forced, the folder is replaced as a foreign file would be, never written through.
    if let Ok(mut inc) = Incremental::new(options(f.root(), true)) {
        let _ = inc.rebuild(&Changes::All);
    }
    assert_eq!(fs::read_dir(&victim).expect("victim").count(), 0, "wrote through the symlink");
    let out = f.gloss(&["build", "--build-date", "2026-11-23", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fs::read_dir(&victim).expect("victim").count(), 0, "the build wrote through the symlink");
    assert!(!fs::symlink_metadata(f.path("public/articles")).expect("articles").file_type().is_symlink());
}

/// Issue 15, defect 11: `--force` with an output that is, holds or lies inside the digest
/// deleted the digest, and the refusal's help line suggested `--force`.
#[test]
fn defect_11_force_never_builds_over_the_digest() {
    let outer = tempfile::tempdir().expect("tempdir");
    let root = outer.path().join("digest");
    fs::create_dir_all(root.join("content/articles")).expect("mkdir");
    fs::write(root.join("site.toml"), SITE_TOML).expect("site");
    fs::write(
        root.join("content/articles/a.md"),
        "+++\ntitle = \"A\"\nsource = \"S\"\npublished = 2026-04-28\n+++\n\nText.\n",
    )
    .expect("article");
    fs::write(outer.path().join("keep.txt"), "beside the digest").expect("keep");
    for output in ["content", ".", "..", "content/articles/x", "templates", "public/../content", "site.toml"] {
        for command in ["build", "watch"] {
            if command == "watch" {
                let err = Incremental::new(BuildOptions { output: root.join(output), ..options(&root, true) });
                assert!(err.is_err(), "watch --output {output} --force was accepted");
                continue;
            }
            let out = gloss_in(&root, &["build", "--force", "--output", output, "--build-date", "2026-11-23"]);
            let err = stderr(&out);
            assert!(!out.status.success(), "--output {output} --force was accepted");
            assert!(err.contains("even with --force"), "--output {output}: {err}");
            assert!(!err.contains("pass --force"), "--output {output}: the help suggests --force: {err}");
        }
        assert!(root.join("content/articles/a.md").is_file(), "--output {output} deleted the digest");
        assert!(root.join("site.toml").is_file(), "--output {output} deleted site.toml");
        assert!(outer.path().join("keep.txt").is_file(), "--output {output} deleted the digest's folder");
    }
    // A folder beside the sources is still fine, forced or not.
    let out = gloss_in(&root, &["build", "--force", "--output", "site-out", "--build-date", "2026-11-23"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Issue 15, defect 9: a same-size hand edit in public/ survived every rebuild, even `--force`,
/// since only the size was compared.
#[test]
fn defect_9_a_same_size_hand_edit_in_the_output_is_undone_by_the_next_build() {
    let f = small_digest();
    f.build();
    let page = "articles/a/index.html";
    let good = f.read(&format!("public/{page}"));
    let edited = good.replacen("Some text", "SOME TEXT", 1);
    assert_eq!(edited.len(), good.len());
    for args in [&["build", "--build-date", "2026-11-23"][..], &["build", "--force", "--build-date", "2026-11-23"]] {
        f.write(&format!("public/{page}"), &edited);
        let out = f.gloss(args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(f.read(&format!("public/{page}")), good, "{args:?} kept the hand edit");
    }
    f.write(&format!("public/{page}"), &edited);
    let mut inc = Incremental::new(options(f.root(), false)).expect("open");
    inc.rebuild(&Changes::All).expect("rebuild");
    assert_eq!(f.read(&format!("public/{page}")), good, "watch kept the hand edit");
}

/// Issue 15, defect 5: a build killed while the old output was being removed left
/// `.public.gloss-staging` without its mark, and every later build refused to run. The kills
/// here land all through a build (spread over its measured length), and some just after the
/// swap (when public/ becomes the new folder), in the removal window; after each, public/ is
/// exactly the old or the new build and the next build runs.
#[test]
fn defect_5_a_build_killed_at_any_moment_even_while_removing_the_old_output_leaves_old_or_new() {
    let f = Fixture::new();
    f.article("a", "title = \"A\"\nsource = \"S\"\npublished = 2026-04-28", "Version one.");
    // Many files make removing the old output take long enough to be killed in.
    for i in 0..1500 {
        f.write(&format!("static/files/{}/{i}.txt", i % 40), &format!("file {i}"));
    }
    let set_version = |v: usize| {
        f.article("a", "title = \"A\"\nsource = \"S\"\npublished = 2026-04-28", &format!("Version {v}."));
    };
    let mut versions = Vec::new();
    for v in 0..2 {
        set_version(v);
        f.build();
        versions.push(snapshot(&f.path("public")));
    }
    let start = Instant::now();
    f.build();
    let full = start.elapsed();
    let staging = f.path(".public.gloss-staging");
    let mut in_window = 0;
    for round in 0..14 {
        let v = round % 2;
        set_version(v);
        let before = inode(&f.path("public"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
            .arg("--root")
            .arg(f.root())
            .args(["build", "--build-date", "2026-11-23"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        if round % 2 == 0 {
            // Just after the swap: public/ is the new folder, the old output is going.
            let deadline = Instant::now() + Duration::from_secs(30);
            while Instant::now() < deadline {
                if inode(&f.path("public")) != before {
                    break;
                }
                std::hint::spin_loop();
            }
            if staging.exists() {
                in_window += 1;
            }
        } else {
            std::thread::sleep(full.mul_f64(round as f64 / 14.0));
        }
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(&f.path("public"));
        assert!(now == versions[0] || now == versions[1], "round {round}: public/ is neither build");
        let out = f.gloss(&["build", "--build-date", "2026-11-23"]);
        assert!(out.status.success(), "round {round}: the next build refused:\n{}", stderr(&out));
        assert_eq!(snapshot(&f.path("public")), versions[v], "round {round}");
        assert!(!staging.exists(), "round {round}: the staging folder stayed");
    }
    eprintln!("{in_window} of 7 targeted kills landed while the old output was being removed");
}

/// Issue 15, defect 16: a site's template override that cannot be read (here: not UTF-8) was
/// silently replaced by the default template; the build now fails naming the file.
#[test]
fn defect_16_an_unreadable_template_override_is_an_error_not_the_default() {
    let f = small_digest();
    fs::create_dir_all(f.path("templates")).expect("mkdir");
    fs::write(f.path("templates/article.html"), b"\xff\xfe not UTF-8 {{ article.title }}").expect("write");
    let out = f.gloss(&["build", "--build-date", "2026-11-23"]);
    assert!(!out.status.success(), "built with the default template instead");
    assert!(stderr(&out).contains("templates/article.html"), "{}", stderr(&out));
    assert!(!f.path("public").exists());
}

/// public/'s folder identity (0 when it is missing), to see the moment a build swaps it.
fn inode(p: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(p).map_or(0, |m| m.ino())
    }
    #[cfg(not(unix))]
    {
        fs::metadata(p).and_then(|m| m.modified()).map_or(0, |t| t.elapsed().map_or(0, |d| d.as_nanos() as u64))
    }
}

/// Issue 15, defect 15: `public/.gloss-manifest` was deployed with the site (a publisher copies
/// public/ to a host). The manifest is now beside the output, `.public.gloss-manifest`; public/
/// holds the site's files only, after a build and after watch rebuilds. A public/ an older gloss
/// built (manifest inside) is still gloss's: the next build or watch takes it over, and the old
/// manifest goes.
#[test]
fn defect_15_the_manifest_is_never_deployed_with_the_site() {
    let dotfiles = |f: &Fixture| -> Vec<String> {
        walkdir::WalkDir::new(f.path("public"))
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect()
    };
    let f = small_digest();
    f.build();
    assert_eq!(dotfiles(&f), Vec::<String>::new(), "files beside the site's in public/");
    let manifest = f.read(MANIFEST);
    assert!(manifest.contains(" articles/a/index.html\n"), "{manifest}");
    assert!(!manifest.contains("gloss-manifest"), "{manifest}");
    // Beside public/, only gloss's own `.public.gloss-*` names: the manifest and the build cache
    // (its index, its rows and its stages' results).
    let mut beside: Vec<String> = fs::read_dir(f.root())
        .expect("root")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    beside.sort();
    let expected = [".public.gloss-cache", MANIFEST, ".public.gloss-rows", ".public.gloss-stages"];
    assert_eq!(beside, expected.map(String::from).to_vec());

    // Watch mode, an edit and a deleted article: still nothing in public/ but the site.
    let mut inc = Incremental::new(options(f.root(), false)).expect("open");
    inc.rebuild(&Changes::All).expect("rebuild");
    f.article("a", "title = \"A\"\nsource = \"S\"\npublished = 2026-04-28", "Some new text about the deal.");
    inc.rebuild(&Changes::All).expect("rebuild");
    fs::remove_file(f.path("content/articles/b.md")).expect("rm b");
    inc.rebuild(&Changes::All).expect("rebuild");
    assert_eq!(dotfiles(&f), Vec::<String>::new(), "watch wrote beside the site's files in public/");
    assert!(!f.path("public/articles/b").exists());
    drop(inc);

    // An older gloss's output: its manifest inside public/. Not foreign; taken over, removed.
    for watch in [false, true] {
        let manifest = f.read(MANIFEST);
        fs::remove_file(f.path(MANIFEST)).expect("rm");
        f.write("public/.gloss-manifest", &manifest);
        if watch {
            let mut inc = Incremental::new(options(f.root(), false)).expect("an older output is gloss's");
            inc.rebuild(&Changes::All).expect("rebuild");
        } else {
            let out = f.gloss(&["build", "--build-date", "2026-11-23"]);
            assert!(out.status.success(), "an older output was refused: {}", stderr(&out));
        }
        assert_eq!(dotfiles(&f), Vec::<String>::new(), "watch {watch}: the old manifest stayed");
        assert!(f.read(MANIFEST).contains(" articles/a/index.html\n"), "watch {watch}");
    }
}
