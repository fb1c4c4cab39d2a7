//! Output you can trust: staged, atomic, and written only where bytes changed.
//!
//! A build writes into a staging folder beside the output and then swaps it in with one
//! `renameat2(RENAME_EXCHANGE)`, so a failed or killed build leaves the previous output exactly as
//! it was. Pages whose bytes did not change are hard-linked from the previous output instead of
//! written, so a second build rewrites nothing. A manifest of every file gloss wrote (with its
//! hash) tells unchanged pages apart cheaply, and tells gloss's files from anyone else's: gloss
//! refuses to replace a folder that holds files it did not write.
//!
//! The manifest lives beside the output, not in it (`.public.gloss-manifest` for `public/`), so
//! that copying the output to a host deploys the site and nothing else. Beside `public/`, gloss
//! owns only names of the form `.public.gloss-*`.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use walkdir::WalkDir;

use crate::error::{Error, Result};

/// Where rendered files go: a staged full build, or watch mode's in-place writer. Both write
/// only files whose bytes changed.
pub trait Output: Sync {
    /// Adds (or replaces) the file at `rel`, a '/'-separated path inside the output.
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()>;
    /// Like [`Output::put`], handing over the bytes (no copy where the writer keeps them).
    fn put_owned(&self, rel: &str, bytes: Vec<u8>) -> Result<()> {
        self.put(rel, &bytes)
    }
}

/// The suffix of in-place writes in progress; never a file of the site.
const TMP_SUFFIX: &str = ".gloss-tmp";

/// Where versions of gloss before the manifest moved beside the output kept it: inside it. Such
/// a file is read (once) and removed by the next build; it is never written again.
pub const LEGACY_MANIFEST: &str = ".gloss-manifest";
/// Marks a staging folder as gloss's own, so a leftover one may be removed.
const STAGING_MARK: &str = ".gloss-staging";

/// One file as recorded in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    hash: u64,
    size: u64,
}

/// What the previous build left: the manifest's entries, as far as the files still match.
#[derive(Debug, Default)]
struct Previous {
    entries: HashMap<String, Entry>,
    /// Every entry the manifest lists, whether or not its file still matches: until the new
    /// output is in place, the manifest must keep vouching for the old output's files.
    listed: HashMap<String, Entry>,
}

/// The manifest of the output folder `output`: a file beside it, `.<name>.gloss-manifest`.
pub fn manifest_path(output: &Path) -> Result<PathBuf> {
    let name = output_name(output)?;
    Ok(output_parent(output).join(format!(".{name}.gloss-manifest")))
}

fn output_name(output: &Path) -> Result<&str> {
    output.file_name().and_then(|n| n.to_str()).ok_or_else(|| {
        Error::Usage(format!("{} cannot be an output folder: name a folder such as public/", output.display()))
    })
}

fn output_parent(output: &Path) -> &Path {
    output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// A build's output in the making. `put` may be called from many threads.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    staging: PathBuf,
    manifest: PathBuf,
    previous: Previous,
    written: Mutex<Vec<(String, Entry)>>,
    files_written: AtomicUsize,
    committed: bool,
}

/// What a finished write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteReport {
    /// Files in the output.
    pub files: usize,
    /// Files whose bytes were new or changed, and so were written.
    pub written: usize,
}

fn hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Checks that `rel` is a plain relative path that stays inside the output folder.
fn check_relative(rel: &str) -> io::Result<()> {
    let path = Path::new(rel);
    let ok = !rel.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(())
    } else {
        Err(io::Error::new(io::ErrorKind::InvalidInput, format!("refusing to write outside the output folder: {rel}")))
    }
}

impl Staging {
    /// Prepares to build into `output`. Fails if `output` holds files gloss did not write,
    /// unless `force`.
    pub fn begin(output: &Path, force: bool) -> Result<Staging> {
        let name = output_name(output)?;
        let parent = output_parent(output);
        fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
        let staging = parent.join(format!(".{name}.gloss-staging"));
        remove_staging(&staging, output)?;
        let previous = read_previous(output, force)?;
        fs::create_dir(&staging).map_err(|e| Error::write(&staging, e))?;
        fs::write(staging.join(STAGING_MARK), b"").map_err(|e| Error::write(&staging, e))?;
        Ok(Staging {
            output: output.to_path_buf(),
            staging,
            manifest: manifest_path(output)?,
            previous,
            written: Mutex::new(Vec::new()),
            files_written: AtomicUsize::new(0),
            committed: false,
        })
    }

    /// Adds a file at `rel` (a '/'-separated path inside the output).
    fn put_file(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        check_relative(rel).map_err(|e| Error::write(&self.output, e))?;
        let entry = Entry { hash: hash(bytes), size: bytes.len() as u64 };
        let target = self.staging.join(rel);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        }
        // The old file is reused only if its bytes are the new ones: the manifest's size and hash
        // say what gloss wrote, not what the file holds now (a same-size edit by hand).
        let unchanged = self.previous.entries.get(rel) == Some(&entry)
            && fs::read(self.output.join(rel)).is_ok_and(|old| old == bytes)
            && fs::hard_link(self.output.join(rel), &target).is_ok();
        if !unchanged {
            fs::write(&target, bytes).map_err(|e| Error::write(&target, e))?;
            self.files_written.fetch_add(1, Ordering::Relaxed);
        }
        self.written.lock().unwrap_or_else(|p| p.into_inner()).push((rel.to_string(), entry));
        Ok(())
    }

    /// Swaps the staged output in, in one step, and removes what it replaced.
    ///
    /// The manifest beside the output cannot change in the same step, so it changes in two:
    /// before the swap it lists the old and the new files, and only once the old output is
    /// removed the new ones alone. Whichever output a kill leaves, and the old output left
    /// unmarked in the staging folder by a kill just after the swap, is all listed, so all
    /// gloss's. A reused file's bytes are always compared: an entry of the other build never
    /// vouches for a file's contents.
    pub fn commit(mut self) -> Result<WriteReport> {
        let mut entries = std::mem::take(&mut *self.written.lock().unwrap_or_else(|p| p.into_inner()));
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut both: HashMap<&str, Entry> = self.previous.listed.iter().map(|(p, e)| (p.as_str(), *e)).collect();
        both.extend(entries.iter().map(|(p, e)| (p.as_str(), *e)));
        write_manifest(&self.manifest, both.into_iter())?;
        fs::remove_file(self.staging.join(STAGING_MARK)).map_err(|e| Error::write(&self.staging, e))?;
        swap_in(&self.staging, &self.output)?;
        self.committed = true;
        // The staging path now holds the previous output (or nothing).
        if self.staging.exists() {
            remove_marked(&self.staging).map_err(|e| Error::write(&self.staging, e))?;
        }
        write_manifest(&self.manifest, entries.iter().map(|(p, e)| (p.as_str(), *e)))?;
        Ok(WriteReport { files: entries.len(), written: self.files_written.load(Ordering::Relaxed) })
    }
}

impl Output for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.put_file(rel, bytes)
    }
}

/// Watch mode's output: files are replaced one by one (each by an atomic rename) after a
/// rebuild has rendered everything it had to, so a failed rebuild writes nothing. Files whose
/// bytes did not change are not touched.
///
/// The manifest is a journal here: each rebuild appends the lines of the files it wrote or
/// removed (a later line wins), so that its cost follows the edit, not the site's size; it is
/// rewritten whole when the journal has grown to twice the site. Before a file is replaced its
/// entry is first marked unknown, so a rebuild killed half-way never leaves a manifest that
/// vouches for bytes a file does not hold.
#[derive(Debug)]
pub struct InPlace {
    output: PathBuf,
    manifest: PathBuf,
    /// What is on disk now, as the manifest records it, and how many lines the manifest has.
    entries: Mutex<(HashMap<String, Entry>, usize)>,
    /// This round: files to write.
    pending: Mutex<Vec<(String, Vec<u8>)>>,
}

/// An entry no file matches: the file is gloss's, its bytes are unknown, it is never reused.
const UNKNOWN: Entry = Entry { hash: 0, size: u64::MAX };

impl InPlace {
    /// Opens `output` for in-place builds; like a staged build, refuses a folder holding files
    /// gloss did not write, unless `force`.
    pub fn open(output: &Path, force: bool) -> Result<InPlace> {
        let mut previous = read_previous(output, force)?;
        // A file edited by hand (even to the same size) no longer holds what its entry says:
        // forget the entry, so the first build rewrites the file.
        use rayon::prelude::*;
        let stale: Vec<String> = previous
            .entries
            .par_iter()
            .filter(|(rel, e)| fs::read(output.join(rel)).map_or(true, |b| hash(&b) != e.hash))
            .map(|(rel, _)| rel.clone())
            .collect();
        for rel in stale {
            previous.entries.insert(rel, UNKNOWN);
        }
        // A listed file whose size changed by hand is still gloss's, with unknown bytes.
        for rel in previous.listed.keys() {
            if fs::symlink_metadata(output.join(rel)).is_ok_and(|m| m.file_type().is_file()) {
                previous.entries.entry(rel.clone()).or_insert(UNKNOWN);
            }
        }
        fs::create_dir_all(output).map_err(|e| Error::write(output, e))?;
        // The journal starts from a whole manifest beside the output: a manifest that is missing,
        // a symlink (replaced, never appended through) or still inside the output (an older
        // gloss's: removed once the new one is written, so a kill in between loses nothing).
        let manifest = manifest_path(output)?;
        let (_, mut lines) = read_manifest(output);
        if !fs::symlink_metadata(&manifest).is_ok_and(|m| m.file_type().is_file()) {
            write_manifest(&manifest, previous.entries.iter().map(|(p, e)| (p.as_str(), *e)))?;
            lines = previous.entries.len();
        }
        remove_legacy_manifest(output)?;
        Ok(InPlace {
            output: output.to_path_buf(),
            manifest,
            entries: Mutex::new((previous.entries, lines)),
            pending: Mutex::new(Vec::new()),
        })
    }

    /// Like [`InPlace::open`], for a one-shot build over a kept cache ([`crate::incremental::disk`]):
    /// the files in `vouched` hold what the manifest says (their stamps stand) and are not read
    /// again; every other file is gloss's with unknown bytes, and is rewritten when produced.
    pub fn open_vouched(output: &Path, force: bool, vouched: &std::collections::HashSet<String>) -> Result<InPlace> {
        let previous = read_previous(output, force)?;
        let mut entries = HashMap::with_capacity(previous.listed.len());
        for rel in previous.listed.keys() {
            let entry = match previous.entries.get(rel) {
                Some(e) if vouched.contains(rel) => *e,
                _ if fs::symlink_metadata(output.join(rel)).is_ok_and(|m| m.file_type().is_file()) => UNKNOWN,
                _ => continue,
            };
            entries.insert(rel.clone(), entry);
        }
        let manifest = manifest_path(output)?;
        let (_, lines) = read_manifest(output);
        Ok(InPlace {
            output: output.to_path_buf(),
            manifest,
            entries: Mutex::new((entries, lines)),
            pending: Mutex::new(Vec::new()),
        })
    }

    /// Forgets what this round rendered: the rebuild failed.
    pub fn abort(&self) {
        lock(&self.pending).clear();
    }

    /// Writes this round's changed files and records them in the manifest. `produced` is every
    /// file of the site when that set changed since the last round (`None`: the same files):
    /// the ones no longer produced are removed.
    pub fn finish(&self, produced: Option<&[String]>) -> Result<WriteReport> {
        let pending = std::mem::take(&mut *lock(&self.pending));
        let mut guard = lock(&self.entries);
        let (entries, lines) = &mut *guard;
        let written = pending.len();
        if !pending.is_empty() {
            let unknown: Vec<(&str, Entry)> = pending.iter().map(|(rel, _)| (rel.as_str(), UNKNOWN)).collect();
            *lines += self.append(&unknown)?;
        }
        let mut journal: Vec<(String, Entry)> = Vec::with_capacity(pending.len());
        for (rel, bytes) in &pending {
            no_symlink_on_the_way(&self.output, rel)?;
            let target = self.output.join(rel);
            if let Some(dir) = target.parent() {
                fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
            }
            atomic_write(&target, bytes)?;
            let entry = Entry { hash: hash(bytes), size: bytes.len() as u64 };
            entries.insert(rel.clone(), entry);
            journal.push((rel.clone(), entry));
        }
        // Files produced before and not this time are stale.
        let stale: Vec<String> = match produced {
            None => Vec::new(),
            Some(produced) => {
                let keep: std::collections::HashSet<&str> = produced.iter().map(String::as_str).collect();
                entries.keys().filter(|k| !keep.contains(k.as_str())).cloned().collect()
            }
        };
        let mut removed = Vec::new();
        for rel in stale {
            no_symlink_on_the_way(&self.output, &rel)?;
            let path = self.output.join(&rel);
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::write(&path, e)),
            }
            entries.remove(&rel);
            removed.push(rel);
            // Leave no empty folders behind (articles/<slug>/), never leaving the output.
            let mut dir = path.parent();
            while let Some(d) = dir.filter(|d| *d != self.output && d.starts_with(&self.output)) {
                if fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
        if *lines > 2 * entries.len() + 64 || !self.manifest.exists() {
            write_manifest(&self.manifest, entries.iter().map(|(p, e)| (p.as_str(), *e)))?;
            *lines = entries.len();
        } else {
            let mut changes: Vec<(&str, Entry)> = journal.iter().map(|(p, e)| (p.as_str(), *e)).collect();
            changes.extend(removed.iter().map(|p| (p.as_str(), REMOVED)));
            *lines += self.append(&changes)?;
        }
        Ok(WriteReport { files: entries.len(), written })
    }

    /// Appends manifest lines in one write; returns how many.
    fn append(&self, changes: &[(&str, Entry)]) -> Result<usize> {
        if changes.is_empty() {
            return Ok(0);
        }
        let text: String = changes.iter().map(|(p, e)| manifest_line(p, *e)).collect();
        let path = &self.manifest;
        let mut file =
            fs::OpenOptions::new().create(true).append(true).open(path).map_err(|e| Error::write(path, e))?;
        io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| Error::write(path, e))?;
        Ok(changes.len())
    }
}

/// A manifest line's stand-in entry for a file that was removed.
const REMOVED: Entry = Entry { hash: u64::MAX, size: u64::MAX - 1 };

fn manifest_line(path: &str, e: Entry) -> String {
    if e == REMOVED { format!("- - {path}\n") } else { format!("{:016x} {} {path}\n", e.hash, e.size) }
}

/// Writes a whole manifest, sorted, in one step (a temporary file beside it, then a rename).
fn write_manifest<'a>(path: &Path, entries: impl Iterator<Item = (&'a str, Entry)>) -> Result<()> {
    let mut sorted: Vec<(&str, Entry)> = entries.collect();
    sorted.sort_unstable_by_key(|(p, _)| *p);
    let mut text = String::with_capacity(sorted.len() * 64);
    for (path, e) in sorted {
        text.push_str(&manifest_line(path, e));
    }
    // `.public.gloss-manifest-tmp`: beside the output, gloss writes only `.public.gloss-*`.
    let mut tmp = path.as_os_str().to_owned();
    tmp.push("-tmp");
    atomic_write_via(path, Path::new(&tmp), text.as_bytes())
}

/// The manifest's entries beside `output`: each file's hash and size, as gloss wrote it.
pub fn manifest_entries(output: &Path) -> HashMap<String, (u64, u64)> {
    read_manifest(output).0.into_iter().map(|(p, e)| (p, (e.hash, e.size))).collect()
}

/// Replaces a file of gloss's beside the output in one step, through `<path>-tmp`.
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push("-tmp");
    atomic_write_via(path, Path::new(&tmp), bytes)
}

/// Removes the manifest an older gloss kept inside the output (only a regular file of that name).
fn remove_legacy_manifest(output: &Path) -> Result<()> {
    let legacy = output.join(LEGACY_MANIFEST);
    if fs::symlink_metadata(&legacy).is_ok_and(|m| m.file_type().is_file()) {
        fs::remove_file(&legacy).map_err(|e| Error::write(&legacy, e))?;
    }
    Ok(())
}

/// The manifest's entries (a later line for a path wins; `- -` removes it) and its line count:
/// the one beside the output, or else one an older gloss left inside it. Only a regular file is
/// read, never one through a symlink.
fn read_manifest(output: &Path) -> (HashMap<String, Entry>, usize) {
    let mut entries = HashMap::new();
    let mut lines = 0;
    let regular = |p: &Path| fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_file());
    let path = manifest_path(output).ok().filter(|p| regular(p)).unwrap_or_else(|| output.join(LEGACY_MANIFEST));
    if let Some(text) = regular(&path).then(|| fs::read_to_string(&path).ok()).flatten() {
        for line in text.lines() {
            lines += 1;
            let mut parts = line.splitn(3, ' ');
            let (Some(h), Some(s), Some(p)) = (parts.next(), parts.next(), parts.next()) else { continue };
            // A path that is not plain and relative (`../x`, `/etc/x`) is not gloss's: a manifest
            // from a tarball or a shared drive must not steer a removal outside the output.
            if check_relative(p).is_err() {
                continue;
            }
            if h == "-" {
                entries.remove(p);
            } else if let (Ok(hash), Ok(size)) = (u64::from_str_radix(h, 16), s.parse()) {
                entries.insert(p.to_string(), Entry { hash, size });
            }
        }
    }
    (entries, lines)
}

impl Output for InPlace {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.put_owned(rel, bytes.to_vec())
    }

    fn put_owned(&self, rel: &str, bytes: Vec<u8>) -> Result<()> {
        check_relative(rel).map_err(|e| Error::write(&self.output, e))?;
        let entry = Entry { hash: hash(&bytes), size: bytes.len() as u64 };
        if lock(&self.entries).0.get(rel) != Some(&entry) || !self.output.join(rel).is_file() {
            lock(&self.pending).push((rel.to_string(), bytes));
        }
        Ok(())
    }
}

/// Fails if a folder between `output` and `rel` is a symlink: gloss writes and removes only
/// inside its output, and a symlinked folder there (from a tarball, a shared drive, or made
/// after the build started) would lead elsewhere.
fn no_symlink_on_the_way(output: &Path, rel: &str) -> Result<()> {
    let mut dir = output.to_path_buf();
    let mut parts = Path::new(rel).components().peekable();
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            break;
        }
        dir.push(part);
        match fs::symlink_metadata(&dir) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Error::Refused(format!(
                    "{} is a symlink inside the output folder; gloss never writes through one: remove it and build again",
                    dir.display()
                )));
            }
            _ => {}
        }
    }
    Ok(())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Replaces a file in one step: a reader (or the live-reload server) never sees half of it.
fn atomic_write(target: &Path, bytes: &[u8]) -> Result<()> {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Err(Error::Internal("a file to write has no name"));
    };
    atomic_write_via(target, &target.with_file_name(format!(".{name}{TMP_SUFFIX}")), bytes)
}

/// Like [`atomic_write`], through the temporary file `tmp` (beside `target`).
fn atomic_write_via(target: &Path, tmp: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = tmp.to_path_buf();
    // A leftover (or planted) temporary file is removed, never written through: it may be a
    // symlink to a file outside the output.
    match fs::remove_file(&tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::write(&tmp, e)),
    }
    let mut file = fs::OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(|e| Error::write(&tmp, e))?;
    io::Write::write_all(&mut file, bytes).map_err(|e| Error::write(&tmp, e))?;
    drop(file);
    fs::rename(&tmp, target).map_err(|e| Error::write(target, e))
}

impl Drop for Staging {
    /// An abandoned build removes its staging folder; the output was never touched.
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_marked(&self.staging);
        }
    }
}

/// Removes a staging folder left by a killed build, only if it is gloss's: it carries gloss's
/// mark, or is empty, or is an output gloss built (a kill just after the swap leaves the old
/// output there, unmarked, with every file listed in the manifest beside `output`).
fn remove_staging(staging: &Path, output: &Path) -> Result<()> {
    if !staging.exists() {
        return Ok(());
    }
    let empty = fs::read_dir(staging).is_ok_and(|mut d| d.next().is_none());
    if staging.join(STAGING_MARK).exists()
        || staging.join(LEGACY_MANIFEST).exists()
        || empty
        || all_listed(staging, &read_manifest(output).0)
    {
        remove_marked(staging).map_err(|e| Error::write(staging, e))
    } else {
        Err(Error::Refused(format!(
            "{} exists and is not gloss's staging folder; move it away and build again",
            staging.display()
        )))
    }
}

/// Whether every file (and symlink) in `dir` is listed in `listed`, by its path inside `dir`.
fn all_listed(dir: &Path, listed: &HashMap<String, Entry>) -> bool {
    WalkDir::new(dir).min_depth(1).into_iter().all(|item| {
        item.is_ok_and(|item| {
            item.file_type().is_dir()
                || item.path().strip_prefix(dir).is_ok_and(|rel| {
                    let key = rel.to_string_lossy().replace('\\', "/");
                    listed.contains_key(&key) || key.ends_with(TMP_SUFFIX)
                })
        })
    })
}

/// The digest's own files and folders (besides the root itself): an output folder may not be
/// one of them, lie inside one, or hold one.
const DIGEST_PARTS: &[&str] = &["content", "templates", "static", "site.toml"];

/// Refuses an output folder that is the digest, holds it, or lies inside its sources: building
/// there would replace (and so delete) the editor's files. Not even `--force` overrides this,
/// since `--force` is for folders of stray files, not for the digest itself.
pub fn refuse_digest_as_output(root: &Path, output: &Path) -> Result<()> {
    let root = resolved(root);
    let out = resolved(output);
    let refuse = |what: String| {
        Err(Error::Refused(format!(
            "{} {what}: building there would delete the digest's own files, so gloss refuses it even with --force; choose an output folder outside content/, templates/ and static/, such as public/",
            output.display()
        )))
    };
    if out == root {
        return refuse("is the digest's folder".into());
    }
    if root.starts_with(&out) {
        return refuse(format!("holds the digest ({})", root.display()));
    }
    for part in DIGEST_PARTS {
        if out.starts_with(root.join(part)) {
            return refuse(format!("is or lies inside the digest's {part}"));
        }
    }
    Ok(())
}

/// `p` made absolute with symlinks and `..` resolved as far as it exists (the rest is taken
/// as written), so that `public/../content` and a symlink to the root are seen for what they are.
fn resolved(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut base = PathBuf::new();
    let mut rest = Vec::new();
    for ancestor in abs.ancestors() {
        if let Ok(c) = fs::canonicalize(ancestor) {
            base = c;
            rest = abs.components().skip(ancestor.components().count()).collect::<Vec<_>>();
            break;
        }
    }
    for c in rest {
        match c {
            Component::ParentDir => {
                base.pop();
            }
            Component::CurDir => {}
            other => base.push(other),
        }
    }
    base
}

/// Removes a staging folder (or the previous output swapped into its place) so that a kill at
/// any moment leaves it marked as gloss's, or empty: the mark goes in first and out last, so the
/// next build can always clear what is left without asking anyone to delete it by hand.
fn remove_marked(dir: &Path) -> io::Result<()> {
    let mark = dir.join(STAGING_MARK);
    if !fs::symlink_metadata(&mark).is_ok_and(|m| m.file_type().is_file()) {
        fs::write(&mark, b"")?;
    }
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name() == STAGING_MARK {
            continue;
        }
        // Never follows a symlink: the link itself is removed, not what it points to.
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        } else {
            fs::remove_file(entry.path())?;
        }
    }
    fs::remove_file(&mark)?;
    fs::remove_dir(dir)
}

/// Reads the previous build's manifest and checks that every file in `output` is gloss's.
fn read_previous(output: &Path, force: bool) -> Result<Previous> {
    let meta = match fs::symlink_metadata(output) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Previous::default()),
        Err(e) => return Err(Error::read(output, e)),
    };
    if !meta.is_dir() {
        return Err(Error::Usage(format!("{} exists and is not a folder; choose another --output", output.display())));
    }
    let (listed, _) = read_manifest(output);
    // Only files seen on disk as regular files are the previous build's: an entry under a
    // folder that is now a symlink, or for a file that is gone, is never reused.
    let mut entries = HashMap::with_capacity(listed.len());
    let mut foreign = Vec::new();
    for item in WalkDir::new(output).min_depth(1).sort_by_file_name() {
        let item = item.map_err(|e| Error::read(output, e.into()))?;
        if item.file_type().is_dir() {
            continue;
        }
        let rel = item.path().strip_prefix(output).unwrap_or(item.path());
        let key = rel.to_string_lossy().replace('\\', "/");
        if (key == LEGACY_MANIFEST || key.ends_with(TMP_SUFFIX)) && item.file_type().is_file() {
            continue;
        }
        match listed.get(&key) {
            // A symlink is never gloss's, listed or not: writing or linking through it would
            // reach outside the output.
            _ if item.file_type().is_symlink() => foreign.push(rel.to_path_buf()),
            // A file whose size changed by hand since the build is not reused: it is rewritten.
            // (Same-size edits are caught by comparing bytes before a file is reused.)
            Some(e) if item.file_type().is_file() && item.metadata().is_ok_and(|m| m.len() == e.size) => {
                entries.insert(key, *e);
            }
            Some(_) => {}
            None => foreign.push(rel.to_path_buf()),
        }
    }
    if !foreign.is_empty() && !force {
        return Err(Error::ForeignOutput { path: output.to_path_buf(), files: foreign });
    }
    Ok(Previous { entries, listed })
}

/// Puts `staging` at `output` in one step; afterwards `staging` holds the old output, if any.
fn swap_in(staging: &Path, output: &Path) -> Result<()> {
    if !output.exists() {
        return fs::rename(staging, output).map_err(|e| Error::write(output, e));
    }
    exchange(staging, output).map_err(|e| Error::write(output, e))
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        // Filesystems without RENAME_EXCHANGE: two renames, the gap as short as it can be.
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => exchange_by_renames(a, b),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    exchange_by_renames(a, b)
}

fn exchange_by_renames(staging: &Path, output: &Path) -> io::Result<()> {
    let old = staging.with_extension("old");
    fs::rename(output, &old)?;
    fs::rename(staging, output)?;
    fs::rename(&old, staging)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_then_links_unchanged_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        let s = Staging::begin(&out, false).expect("begin");
        s.put("index.html", b"one").expect("put");
        s.put("a/b/index.html", b"two").expect("put");
        assert_eq!(s.commit().expect("commit"), WriteReport { files: 2, written: 2 });
        let ino = inode(&out.join("a/b/index.html"));

        let s = Staging::begin(&out, false).expect("begin again");
        s.put("index.html", b"ONE").expect("put");
        s.put("a/b/index.html", b"two").expect("put");
        assert_eq!(s.commit().expect("commit"), WriteReport { files: 2, written: 1 });
        assert_eq!(fs::read(out.join("index.html")).expect("read"), b"ONE");
        assert_eq!(inode(&out.join("a/b/index.html")), ino, "unchanged file was rewritten");
        assert!(!dir.path().join(".public.gloss-staging").exists());
    }

    #[test]
    fn an_abandoned_build_leaves_the_output_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        let s = Staging::begin(&out, false).expect("begin");
        s.put("index.html", b"old").expect("put");
        s.commit().expect("commit");
        let s = Staging::begin(&out, false).expect("begin");
        s.put("index.html", b"new").expect("put");
        drop(s);
        assert_eq!(fs::read(out.join("index.html")).expect("read"), b"old");
        assert!(!dir.path().join(".public.gloss-staging").exists());
    }

    #[test]
    fn refuses_a_folder_with_foreign_files_unless_forced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("mine");
        fs::create_dir_all(&out).expect("mkdir");
        fs::write(out.join("thesis.docx"), b"precious").expect("write");
        let err = Staging::begin(&out, false).expect_err("foreign");
        assert!(matches!(err, Error::ForeignOutput { .. }), "{err}");
        assert_eq!(fs::read(out.join("thesis.docx")).expect("still there"), b"precious");
        assert!(Staging::begin(&out, true).is_ok());
    }

    #[test]
    fn an_empty_folder_is_fine_and_paths_stay_inside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        fs::create_dir_all(&out).expect("mkdir");
        let s = Staging::begin(&out, false).expect("empty folder is usable");
        assert!(s.put("../escape.html", b"x").is_err());
        assert!(s.put("/etc/x", b"x").is_err());
        assert!(!dir.path().join("escape.html").exists());
    }

    #[test]
    fn a_leftover_staging_folder_from_a_killed_build_is_cleared() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        let leftover = dir.path().join(".public.gloss-staging");
        fs::create_dir_all(&leftover).expect("mkdir");
        fs::write(leftover.join(STAGING_MARK), b"").expect("mark");
        let s = Staging::begin(&out, false).expect("begin");
        s.put("index.html", b"x").expect("put");
        s.commit().expect("commit");
        assert!(!leftover.exists());
    }

    #[cfg(unix)]
    fn inode(p: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(p).expect("metadata").ino()
    }
}
