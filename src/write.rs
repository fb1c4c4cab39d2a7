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

/// The suffix of the in-place writes older versions of gloss made inside the output; never a
/// file of the site (a leftover is removed).
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
        recover(output)?;
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
    /// This round: files to write, each already written to a file of its own in `spill` (a first
    /// build of 10,000 pages held 200 MB of them), with its manifest entry.
    pending: Mutex<Vec<(String, Entry, PathBuf)>>,
    /// `.<name>.gloss-pending` beside the output: the round's new bytes until they are renamed
    /// into place (the same file system as the output, so each rename is atomic).
    spill: PathBuf,
    /// `.<name>.gloss-commit` beside the output: the round's renames and removals, written before
    /// the first of them, so a round killed half-way is completed by the next build.
    journal: PathBuf,
    /// Names the spilled files.
    spilled: AtomicUsize,
    /// Whether `spill` was made this round (fresh: never written through a symlink).
    spill_made: Mutex<bool>,
}

/// An entry no file matches: the file is gloss's, its bytes are unknown, it is never reused.
const UNKNOWN: Entry = Entry { hash: 0, size: u64::MAX };

impl InPlace {
    /// Opens `output` for in-place builds; like a staged build, refuses a folder holding files
    /// gloss did not write, unless `force`.
    pub fn open(output: &Path, force: bool) -> Result<InPlace> {
        recover(output)?;
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
        InPlace::with_entries(output, manifest, previous.entries, lines)
    }

    fn with_entries(
        output: &Path,
        manifest: PathBuf,
        entries: HashMap<String, Entry>,
        lines: usize,
    ) -> Result<InPlace> {
        let name = output_name(output)?;
        Ok(InPlace {
            output: output.to_path_buf(),
            manifest,
            entries: Mutex::new((entries, lines)),
            pending: Mutex::new(Vec::new()),
            spill: output_parent(output).join(format!(".{name}.gloss-pending")),
            journal: output_parent(output).join(format!(".{name}.gloss-commit")),
            spilled: AtomicUsize::new(0),
            spill_made: Mutex::new(false),
        })
    }

    /// Like [`InPlace::open`], for a one-shot build over a kept cache ([`crate::incremental::disk`]):
    /// the files in `vouched` hold what the manifest says (their stamps stand) and are not read
    /// again; every other file is gloss's with unknown bytes, and is rewritten when produced.
    ///
    /// The output is not listed: the cache found each of its folders a real folder holding only
    /// names the manifest lists (a folder whose stamp stands holds the names it held), and each
    /// vouched file the regular file it stamped. A listed file that is not vouched is looked at
    /// here, with every folder on its way: a symlink among them is another's, as
    /// [`InPlace::open`] finds it.
    pub fn open_vouched(output: &Path, force: bool, vouched: &std::collections::HashSet<String>) -> Result<InPlace> {
        use rayon::prelude::*;
        recover(output)?;
        let (listed, lines) = read_manifest(output);
        let looked: Vec<(&String, Result<Option<Entry>, PathBuf>)> = listed
            .par_iter()
            .map(|(rel, e)| {
                if vouched.contains(rel) {
                    return (rel, Ok(Some(*e)));
                }
                (rel, look_at(output, rel))
            })
            .collect();
        let mut entries = HashMap::with_capacity(listed.len());
        let mut foreign = Vec::new();
        for (rel, looked) in looked {
            match looked {
                Ok(Some(e)) => {
                    entries.insert(rel.clone(), e);
                }
                Ok(None) => {}
                Err(path) => foreign.push(path),
            }
        }
        if !foreign.is_empty() && !force {
            foreign.sort_unstable();
            foreign.dedup();
            return Err(Error::ForeignOutput { path: output.to_path_buf(), files: foreign });
        }
        let manifest = manifest_path(output)?;
        InPlace::with_entries(output, manifest, entries, lines)
    }

    /// Forgets what this round rendered: the rebuild failed, and the output was not touched.
    pub fn abort(&self) {
        lock(&self.pending).clear();
        let mut made = lock(&self.spill_made);
        remove_own(&self.spill);
        *made = false;
    }

    /// Writes `bytes` to a new file of the spill folder, made afresh on the round's first file
    /// (whatever had its name is removed first: a symlink there is never followed).
    fn spill(&self, bytes: &[u8]) -> Result<PathBuf> {
        {
            let mut made = lock(&self.spill_made);
            if !*made {
                remove_own(&self.spill);
                fs::create_dir(&self.spill).map_err(|e| Error::write(&self.spill, e))?;
                *made = true;
            }
        }
        let path = self.spill.join(self.spilled.fetch_add(1, Ordering::Relaxed).to_string());
        let mut file =
            fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| Error::write(&path, e))?;
        io::Write::write_all(&mut file, bytes).map_err(|e| Error::write(&path, e))?;
        Ok(path)
    }

    /// Writes the round's journal in one step: a line `N<TAB>path` for each spilled file N to
    /// rename to `path`, `-<TAB>path` for each file to remove.
    fn write_journal(&self, moves: &[(&str, &Path)], stale: &[String]) -> Result<()> {
        let mut text = String::new();
        for (rel, from) in moves {
            let n = from.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            text.push_str(&format!("{n}\t{rel}\n"));
        }
        for rel in stale {
            text.push_str(&format!("-\t{rel}\n"));
        }
        let mut tmp = self.journal.as_os_str().to_owned();
        tmp.push("-tmp");
        atomic_write_via(&self.journal, Path::new(&tmp), text.as_bytes())
    }

    /// Writes this round's changed files and records them in the manifest. `produced` is every
    /// file of the site when that set changed since the last round (`None`: the same files):
    /// the ones no longer produced are removed.
    pub fn finish(&self, produced: Option<&[String]>) -> Result<WriteReport> {
        let pending = std::mem::take(&mut *lock(&self.pending));
        let mut guard = lock(&self.entries);
        let (entries, lines) = &mut *guard;
        let written = pending.len();
        // Files produced before and not this time are stale.
        let stale: Vec<String> = match produced {
            None => Vec::new(),
            Some(produced) => {
                let keep: std::collections::HashSet<&str> = produced.iter().map(String::as_str).collect();
                entries.keys().filter(|k| !keep.contains(k.as_str())).cloned().collect()
            }
        };
        if !pending.is_empty() {
            let unknown: Vec<(&str, Entry)> = pending.iter().map(|(rel, ..)| (rel.as_str(), UNKNOWN)).collect();
            *lines += self.append(&unknown)?;
        }
        for (rel, ..) in &pending {
            no_symlink_on_the_way(&self.output, rel)?;
        }
        // The commit: once the journal is written, the round happens, if need be by the next
        // build (see [`recover`]); until then the output is exactly as it was.
        let moves: Vec<(&str, &Path)> = pending.iter().map(|(rel, _, from)| (rel.as_str(), from.as_path())).collect();
        if !moves.is_empty() || !stale.is_empty() {
            self.write_journal(&moves, &stale)?;
            apply(&self.output, &moves, &stale)?;
            fs::remove_file(&self.journal).map_err(|e| Error::write(&self.journal, e))?;
        }
        {
            let mut made = lock(&self.spill_made);
            remove_own(&self.spill);
            *made = false;
        }
        let mut journal: Vec<(String, Entry)> = Vec::with_capacity(pending.len());
        for (rel, entry, _) in pending {
            entries.insert(rel.clone(), entry);
            journal.push((rel, entry));
        }
        for rel in &stale {
            entries.remove(rel);
        }
        let removed = stale;
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

/// Carries out a round: each spilled file renamed into place, each stale file removed with the
/// folders it leaves empty (never leaving the output). Safe to repeat: a move whose spilled file
/// is gone was made before a kill.
fn apply(output: &Path, moves: &[(&str, &Path)], stale: &[String]) -> Result<()> {
    for (rel, from) in moves {
        no_symlink_on_the_way(output, rel)?;
        let target = output.join(rel);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        }
        match fs::rename(from, &target) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound && fs::symlink_metadata(from).is_err() => {}
            Err(e) => return Err(Error::write(&target, e)),
        }
    }
    for rel in stale {
        no_symlink_on_the_way(output, rel)?;
        let path = output.join(rel);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::write(&path, e)),
        }
        // Leave no empty folders behind (articles/<slug>/), never leaving the output.
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| *d != output && d.starts_with(output)) {
            if fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    Ok(())
}

/// Before a build: completes the round a killed watch-mode build committed (its journal
/// stands), and removes the spill folder of one that never committed (its output is as it
/// was). Only regular files and folders of gloss's own names are read or removed.
fn recover(output: &Path) -> Result<()> {
    let name = output_name(output)?;
    let parent = output_parent(output);
    let journal = parent.join(format!(".{name}.gloss-commit"));
    let spill = parent.join(format!(".{name}.gloss-pending"));
    let regular = fs::symlink_metadata(&journal).is_ok_and(|m| m.file_type().is_file());
    if regular && fs::symlink_metadata(&spill).is_ok_and(|m| m.file_type().is_dir()) {
        let text = fs::read_to_string(&journal).map_err(|e| Error::write(&journal, e))?;
        let (mut moves, mut stale) = (Vec::new(), Vec::new());
        for line in text.lines() {
            let Some((n, rel)) = line.split_once('\t') else { continue };
            if check_relative(rel).is_err() {
                continue;
            }
            if n == "-" {
                stale.push(rel.to_string());
            } else if n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() {
                moves.push((rel, spill.join(n)));
            }
        }
        let moves: Vec<(&str, &Path)> = moves.iter().map(|(rel, from)| (*rel, from.as_path())).collect();
        apply(output, &moves, &stale)?;
    }
    remove_own(&journal);
    remove_own(&spill);
    Ok(())
}

/// Removes a file, a symlink (not what it points to) or a folder of gloss's at `path`, if any.
fn remove_own(path: &Path) {
    let removed = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(_) => Ok(()),
    };
    // Best effort: a leftover is removed again by the next round, and never trusted.
    drop(removed);
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
    replace_file_with(path, |file| io::Write::write_all(file, bytes))
}

/// [`replace_file`], the bytes written by `fill` as they are made (the build cache, tens of
/// megabytes, is never held whole in memory).
pub fn replace_file_with(path: &Path, fill: impl FnOnce(&mut fs::File) -> io::Result<()>) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push("-tmp");
    atomic_write_with(path, Path::new(&tmp), fill)
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
            let spilled = self.spill(&bytes)?;
            lock(&self.pending).push((rel.to_string(), entry, spilled));
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

/// Replaces `target` in one step (a reader, or the live-reload server, never sees half of it),
/// through the temporary file `tmp` beside it.
fn atomic_write_via(target: &Path, tmp: &Path, bytes: &[u8]) -> Result<()> {
    atomic_write_with(target, tmp, |file| io::Write::write_all(file, bytes))
}

fn atomic_write_with(target: &Path, tmp: &Path, fill: impl FnOnce(&mut fs::File) -> io::Result<()>) -> Result<()> {
    let tmp = tmp.to_path_buf();
    // A leftover (or planted) temporary file is removed, never written through: it may be a
    // symlink to a file outside the output.
    match fs::remove_file(&tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::write(&tmp, e)),
    }
    let mut file = fs::OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(|e| Error::write(&tmp, e))?;
    if let Err(e) = fill(&mut file) {
        drop(file);
        let _ = fs::remove_file(&tmp);
        return Err(Error::write(&tmp, e));
    }
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

/// A listed file that the cache did not vouch for: gloss's with unknown bytes when it is a
/// regular file reached through real folders, nothing when it is gone, else the first symlink
/// on its way (relative to the output), which is not gloss's.
fn look_at(output: &Path, rel: &str) -> Result<Option<Entry>, PathBuf> {
    let mut at = output.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        at.push(part);
        let Ok(meta) = fs::symlink_metadata(&at) else { return Ok(None) };
        let last = i + 1 == parts.len();
        if meta.file_type().is_symlink() {
            return Err(PathBuf::from(parts[..=i].join("/")));
        }
        if last {
            return Ok(meta.file_type().is_file().then_some(UNKNOWN));
        }
        if !meta.is_dir() {
            return Ok(None);
        }
    }
    Ok(None)
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

    /// An in-place writer over `dir/public` holding `a.html` = "old" and `gone.html`.
    fn in_place_with_old(dir: &Path) -> (PathBuf, InPlace) {
        let out = dir.join("public");
        let first = InPlace::open(&out, false).expect("open");
        first.put("a.html", b"old").expect("put");
        first.put("gone.html", b"x").expect("put");
        first.finish(Some(&["a.html".into(), "gone.html".into()])).expect("finish");
        (out.clone(), InPlace::open(&out, false).expect("reopen"))
    }

    /// Issue 17: watch mode held every page of a round in memory until it was written (the first
    /// build of 10,000 articles peaked at twice a one-shot build). A round's pages go to the
    /// spill folder as they come; the output is untouched until the round commits.
    #[test]
    fn watch_rounds_spill_their_pages_and_touch_the_output_only_at_the_commit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (out, w) = in_place_with_old(dir.path());
        w.put("a.html", b"new").expect("put");
        w.put("b/index.html", b"b").expect("put");
        let spill = dir.path().join(".public.gloss-pending");
        assert_eq!(fs::read_dir(&spill).expect("spill").count(), 2, "both pages spilled, not held");
        assert_eq!(fs::read(out.join("a.html")).expect("a"), b"old");
        assert!(!out.join("b").exists());
        let report = w.finish(Some(&["a.html".into(), "b/index.html".into()])).expect("finish");
        assert_eq!(report.written, 2);
        assert_eq!(fs::read(out.join("a.html")).expect("a"), b"new");
        assert_eq!(fs::read(out.join("b/index.html")).expect("b"), b"b");
        assert!(!out.join("gone.html").exists(), "a file no longer produced is removed");
        assert!(!spill.exists() && !dir.path().join(".public.gloss-commit").exists());
    }

    /// A round killed before its commit (no journal) leaves the output exactly as it was; one
    /// killed after it (the journal written, renames half done) is completed by the next build.
    #[test]
    fn a_watch_round_killed_before_its_commit_changes_nothing_and_after_it_is_completed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (out, w) = in_place_with_old(dir.path());
        w.put("a.html", b"new").expect("put");
        drop(w);
        let again = InPlace::open(&out, false).expect("reopen");
        assert_eq!(fs::read(out.join("a.html")).expect("a"), b"old");
        assert!(out.join("gone.html").exists());
        assert!(!dir.path().join(".public.gloss-pending").exists(), "the uncommitted round is cleared");

        again.put("a.html", b"new").expect("put");
        again.put("c.html", b"c").expect("put");
        let pending = std::mem::take(&mut *lock(&again.pending));
        again.append(&[("a.html", UNKNOWN), ("c.html", UNKNOWN)]).expect("manifest");
        let moves: Vec<(&str, &Path)> = pending.iter().map(|(rel, _, from)| (rel.as_str(), from.as_path())).collect();
        again.write_journal(&moves, &["gone.html".to_string()]).expect("journal");
        // Killed after the first rename.
        fs::rename(moves[0].1, out.join(moves[0].0)).expect("rename");
        drop(again);
        let _next = InPlace::open(&out, false).expect("the next build opens");
        assert_eq!(fs::read(out.join("a.html")).expect("a"), b"new");
        assert_eq!(fs::read(out.join("c.html")).expect("c"), b"c");
        assert!(!out.join("gone.html").exists());
        assert!(!dir.path().join(".public.gloss-commit").exists());
    }

    /// A failed round (abort) writes nothing; a symlink planted where the spill folder goes is
    /// removed, never written through; a journal naming paths outside the output is ignored.
    #[test]
    fn an_aborted_round_or_a_planted_spill_folder_or_journal_writes_nothing_outside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (out, w) = in_place_with_old(dir.path());
        w.put("a.html", b"new").expect("put");
        w.abort();
        assert!(!dir.path().join(".public.gloss-pending").exists());
        assert_eq!(w.finish(None).expect("finish").written, 0);
        assert_eq!(fs::read(out.join("a.html")).expect("a"), b"old");

        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).expect("mkdir");
        fs::write(elsewhere.join("keep"), b"keep").expect("write");
        std::os::unix::fs::symlink(&elsewhere, dir.path().join(".public.gloss-pending")).expect("symlink");
        fs::write(dir.path().join(".public.gloss-commit"), "-\t../elsewhere/keep\n0\t../x\n").expect("journal");
        let w = InPlace::open(&out, false).expect("open");
        w.put("a.html", b"newer").expect("put");
        w.finish(None).expect("finish");
        assert_eq!(fs::read(elsewhere.join("keep")).expect("kept"), b"keep");
        assert_eq!(fs::read_dir(&elsewhere).expect("dir").count(), 1, "nothing written through the symlink");
        assert_eq!(fs::read(out.join("a.html")).expect("a"), b"newer");
    }

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
