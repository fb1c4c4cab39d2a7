//! The build cache kept on disk between one-shot builds: what a build needs to know to skip
//! work the previous build did, and nothing it cannot check.
//!
//! It lives beside the output, as `.<output>.gloss-cache` (`.public.gloss-cache` for `public/`),
//! where gloss already keeps the output's manifest and staging folder: nothing is added to the
//! published folder, and nothing is written outside what gloss already owns. It holds
//!
//! - a head: the cache format, gloss's version, a hash of its built-in templates and a stamp of
//!   the running executable, so that another gloss never reads it;
//! - stamps: every input file (site.toml, content/, templates/, static/) with its content hash,
//!   and every output file with the hash gloss wrote, each with its size, times and inode, so
//!   that a file whose stamp stands need not be read again (as git's index does). A file
//!   changed within [`RACY`] of the stamps being taken could keep its stamp, so it is read and
//!   hashed again;
//! - the key of all inputs and the build's summary (its warnings), for a build with nothing to do;
//! - each article's checks' findings and timeline mentions ([`super::stages`]), so that a build
//!   after a change checks only the articles whose inputs changed;
//! - each article page's key and where its rows in the listings are, and the listings' keys,
//!   so that a build after a change renders only the pages whose inputs changed. The rows
//!   themselves are in a file of their own beside the cache (`.public.gloss-rows`), each
//!   article's bytes checked by their hash when read; a build after an edit appends the rows it
//!   made to it instead of writing every article's again. Each article's stages' results are
//!   likewise in a file of their own (`.public.gloss-stages`, [`super::blobs`]), appended to.
//!
//! It is written with postcard (a compact binary serde format with a stable, documented wire
//! format), not JSON: at 10,000 articles JSON took 58 MB and a second to write.
//!
//! Each part carries a hash of its bytes: a cache that is truncated, corrupt, from another
//! version or unreadable is ignored (a note under `GLOSS_TIMING`) and the build is a full one.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use walkdir::WalkDir;
use xxhash_rust::xxh3::xxh3_64;

use super::kept::key;
use super::pages::{KeptPagesOut, KeptPagesRef, ROWS_HEAD, ROWS_MAGIC};
use super::sources::KeptSourceRef;
use super::stages::KeptStagesRef;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// The cache's format: a change of what it holds or how makes older caches unreadable.
const FORMAT: u32 = 8;
/// The first bytes of a cache file.
const MAGIC: &[u8; 12] = b"gloss-cache\n";
/// A file changed this close to when its stamp was taken may still show that stamp (file times
/// are coarser than the clock): it is read again rather than trusted. Two seconds on file systems
/// that keep whole seconds.
const RACY: Nanos = 50_000_000;
const RACY_COARSE: Nanos = 2_000_000_000;

/// Nanoseconds since the epoch.
type Nanos = i128;

/// The cache of the output folder `output`: a file beside it, `.<name>.gloss-cache`.
pub fn cache_path(output: &Path) -> Result<PathBuf> {
    let manifest = crate::write::manifest_path(output)?;
    let name = manifest.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    Ok(manifest.with_file_name(name.replace(".gloss-manifest", ".gloss-cache")))
}

/// The file beside the cache that holds each article's rows in the listings, appended to by a
/// build after an edit (`.public.gloss-rows` beside `.public.gloss-cache`).
fn rows_path(cache: &Path) -> PathBuf {
    let name = cache.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    cache.with_file_name(name.replace(".gloss-cache", ".gloss-rows"))
}

/// The file beside the cache that holds each article's stages' results, appended to by a build
/// after an edit (`.public.gloss-stages` beside `.public.gloss-cache`).
fn stages_path(cache: &Path) -> PathBuf {
    let name = cache.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    cache.with_file_name(name.replace(".gloss-cache", ".gloss-stages"))
}

/// The rows file at `path`, opened for reading (and writing, with `write`), and its head's id:
/// only a regular file whose head is a rows file's.
fn open_rows(path: &Path, write: bool) -> Option<(fs::File, u64)> {
    if !fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        return None;
    }
    let mut file = fs::OpenOptions::new().read(true).write(write).open(path).ok()?;
    let mut head = [0u8; ROWS_HEAD as usize];
    file.read_exact(&mut head).ok()?;
    let (magic, id) = head.split_at(ROWS_MAGIC.len());
    (magic == ROWS_MAGIC).then(|| Some((file, u64::from_le_bytes(id.try_into().ok()?))))?
}

/// What a file's metadata says of it: when it changes, the file may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    size: u64,
    mtime: Nanos,
    ctime: Nanos,
    ino: u64,
}

impl Meta {
    /// The metadata of the file at `path`, following symlinks (a symlinked input is read
    /// through its link).
    fn of(path: &Path) -> Option<Meta> {
        let m = fs::metadata(path).ok()?;
        Some(Meta::from(&m))
    }

    /// Whether the file may have changed after its stamp was taken at `taken` without its
    /// metadata showing it.
    fn racy(&self, taken: Nanos) -> bool {
        let coarse = self.mtime % 1_000_000_000 == 0 && self.ctime % 1_000_000_000 == 0;
        let margin = if coarse { RACY_COARSE } else { RACY };
        self.mtime >= taken - margin || self.ctime >= taken - margin
    }
}

impl From<&fs::Metadata> for Meta {
    #[cfg(unix)]
    fn from(m: &fs::Metadata) -> Meta {
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| Nanos::from(s) * 1_000_000_000 + Nanos::from(n);
        Meta { size: m.len(), mtime: ns(m.mtime(), m.mtime_nsec()), ctime: ns(m.ctime(), m.ctime_nsec()), ino: m.ino() }
    }

    #[cfg(not(unix))]
    fn from(m: &fs::Metadata) -> Meta {
        let mtime =
            m.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as Nanos);
        Meta { size: m.len(), mtime, ctime: mtime, ino: 0 }
    }
}

/// A file's metadata and the hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    meta: Meta,
    hash: u64,
}

fn now() -> Nanos {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as Nanos)
}

/// Who wrote a cache: a cache is read only by the gloss that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Head {
    format: u32,
    version: String,
    /// A hash of the built-in templates and of the running executable's size and time: a rebuilt
    /// gloss of the same version number is another gloss.
    code: u64,
}

impl Head {
    fn current() -> Head {
        let exe = std::env::current_exe().ok().and_then(|p| Meta::of(&p));
        let code = key((crate::pages::DEFAULTS, exe.map(|m| (m.size, m.mtime, m.ino))));
        Head { format: FORMAT, version: env!("CARGO_PKG_VERSION").to_string(), code }
    }
}

/// What a build with nothing to do reports.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Summary {
    pub files: usize,
    pub articles: usize,
    #[serde(with = "warnings")]
    pub warnings: Vec<Diagnostic>,
}

/// Diagnostics as the cache writes them: every field, always (postcard cannot skip one, as
/// [`Diagnostic`]'s JSON form skips an absent help).
mod warnings {
    use std::path::PathBuf;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::diag::{Diagnostic, Severity};

    #[derive(Serialize, Deserialize)]
    #[serde(remote = "Diagnostic")]
    struct DiagnosticDef {
        severity: Severity,
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
        help: Option<String>,
    }

    #[derive(Serialize)]
    struct Out<'a>(#[serde(with = "DiagnosticDef")] &'a Diagnostic);

    #[derive(Deserialize)]
    struct In(#[serde(with = "DiagnosticDef")] Diagnostic);

    pub fn serialize<S: Serializer>(all: &[Diagnostic], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(all.iter().map(Out))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Diagnostic>, D::Error> {
        Ok(Vec::<In>::deserialize(d)?.into_iter().map(|i| i.0).collect())
    }
}

/// The stamps of a build's inputs and outputs, and what it reported.
#[derive(Debug, Clone, Default, Deserialize)]
struct Stamps {
    /// When the input stamps were taken (before the build read the inputs), and the output
    /// stamps (after it wrote the output).
    inputs_taken: Nanos,
    taken: Nanos,
    /// A key of every input's path and content, and of the build's options.
    inputs_key: u64,
    /// Input files, relative to the digest's root, sorted.
    inputs: Vec<(String, Stamp)>,
    /// Output files, relative to the output folder, sorted; and the manifest beside it.
    outputs: Vec<(String, Stamp)>,
    /// The output's folders ("" for the output itself): a folder whose metadata stands holds
    /// the same names, so it need not be listed to find files gloss did not write.
    dirs: Vec<(String, Meta)>,
    manifest: Option<Meta>,
    summary: Summary,
}

/// [`Stamps`] as written, borrowing what the build already holds (the same encoding).
#[derive(Serialize)]
struct StampsRef<'a> {
    inputs_taken: Nanos,
    taken: Nanos,
    inputs_key: u64,
    inputs: &'a [(String, Stamp)],
    outputs: &'a [(String, Stamp)],
    dirs: &'a [(String, Meta)],
    manifest: Option<Meta>,
    summary: &'a Summary,
}

/// What the cache knows and what the files on disk say now, for one build.
#[derive(Debug)]
pub struct Cache {
    path: PathBuf,
    output: PathBuf,
    /// The inputs as they are now, with their hashes, and their key.
    inputs: Vec<(String, Stamp)>,
    /// The inputs as listed ([`list_inputs`]), when the loader can take its listing from them.
    listed: Option<Vec<(String, bool)>>,
    inputs_taken: Nanos,
    inputs_key: u64,
    /// The previous build's cache, when it could be read and is gloss's own.
    previous: Option<Previous>,
}

/// A readable cache of the previous build, and what of its output still stands.
#[derive(Debug)]
struct Previous {
    stamps: Stamps,
    /// Where the parsed articles start in the cache file.
    sources_at: u64,
    /// Where the stages' results and the article pages start in the cache file: read only when
    /// a build has something to do.
    stages_at: u64,
    pages_at: u64,
    /// Output files whose stamp (or, when racy, whose bytes) still matches.
    vouched: HashSet<String>,
    /// Whether the output folder holds exactly the files the cache lists, all vouched for, and
    /// the manifest is as it was.
    output_intact: bool,
    /// Whether the output folder holds anything the cache does not list, or a symlink, or the
    /// manifest changed: then the cache is not used at all and the build is a staged full one.
    output_foreign: bool,
    /// The output's folders whose metadata no longer is what the cache recorded.
    moved: HashSet<String>,
}

/// Prints why the cache was not used, under `GLOSS_TIMING`.
pub fn note(what: &str) {
    if std::env::var_os("GLOSS_TIMING").is_some() {
        eprintln!("timing: cache: {what}");
    }
}

impl Cache {
    /// Reads the cache beside `output` and checks it against the files: never fails (a cache
    /// that cannot be used is a full build).
    pub fn open(root: &Path, output: &Path, build_date: NaiveDate) -> Result<Cache> {
        let t = std::time::Instant::now();
        let path = cache_path(output)?;
        let read = match read_cache(&path) {
            Ok(r) => r,
            Err(why) => {
                note(&why);
                None
            }
        };
        crate::diag::log_time("cache: read", t);
        let previous_inputs = read.as_ref().map(|(s, _)| (s.inputs_taken, &s.inputs[..]));
        let inputs_taken = now();
        let (listed, complete) = list_inputs(root);
        let inputs = scan_inputs(root, &listed, previous_inputs);
        crate::diag::log_time("cache: inputs", t);
        let inputs_key = key((
            std::path::absolute(root).ok(),
            build_date,
            &inputs.iter().map(|(p, s)| (p, s.hash)).collect::<Vec<_>>(),
        ));
        let previous = read.map(|(stamps, [sources_at, stages_at, pages_at])| {
            let (vouched, moved, output_intact, output_foreign) = check_output(output, &stamps);
            Previous { stamps, sources_at, stages_at, pages_at, vouched, output_intact, output_foreign, moved }
        });
        crate::diag::log_time("cache: open", t);
        let listed = complete.then_some(listed);
        Ok(Cache { path, output: output.to_path_buf(), inputs, listed, inputs_taken, inputs_key, previous })
    }

    /// The digest's files as listed when the cache was opened (relative to the root, each with
    /// whether it is a regular file), for the loader to list its content from instead of walking
    /// the folders again; `None` when it must walk them itself.
    pub fn listed_files(&self) -> Option<Vec<(String, bool)>> {
        self.listed.clone()
    }

    /// The previous build's summary, when no input changed and its output stands as it wrote it:
    /// the build has nothing to do.
    pub fn unchanged(&self) -> Option<&Summary> {
        let p = self.previous.as_ref()?;
        (p.stamps.inputs_key == self.inputs_key && p.output_intact).then_some(&p.stamps.summary)
    }

    /// The previous build's article pages and rows, when its output can be updated in place; and
    /// the output files it vouches for. `None`: build in full.
    pub fn kept(&self) -> Option<(super::pages::KeptPages, Option<super::pages::RowsFile>, &HashSet<String>)> {
        let p = self.previous.as_ref().filter(|p| !p.output_foreign)?;
        let pages = match read_part_at(&self.path, p.pages_at) {
            Ok(p) => p,
            Err(why) => {
                note(&format!("its pages: {why}: a full build"));
                return None;
            }
        };
        // The rows are read from their file when a listing needs them, each checked by its hash.
        let rows = open_rows(&rows_path(&self.path), false)
            .map(|(file, id)| super::pages::RowsFile { file: Arc::new(file), id });
        match postcard::from_bytes(&pages) {
            Ok(kept) => Some((kept, rows, &p.vouched)),
            Err(e) => {
                note(&format!("its pages do not read ({e}): a full build"));
                None
            }
        }
    }

    /// The previous build's findings and mentions of each article, whatever became of its
    /// output (they depend on the inputs only, each under the key of its own): empty when the
    /// cache cannot be used.
    pub fn stages(&self) -> super::stages::KeptStages {
        let Some(p) = &self.previous else { return Default::default() };
        let path = stages_path(&self.path);
        match read_part_at(&self.path, p.stages_at).and_then(|part| super::stages::decode(part, &path)) {
            Ok(kept) => kept,
            Err(why) => {
                note(&format!("its stages' results: {why}: every article is read anew"));
                Default::default()
            }
        }
    }

    /// The previous build's parsed articles whose files' hashes still stand, by path, their
    /// bodies to be read from the files under `root` when asked for: empty when the cache cannot
    /// be used.
    pub fn sources(&self, root: &Path) -> super::files::Preloaded {
        let Some(p) = &self.previous else { return Default::default() };
        let (kept, notes): super::sources::KeptFiles = match read_part_at(&self.path, p.sources_at)
            .and_then(|b| postcard::from_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(kept) => kept,
            Err(why) => {
                note(&format!("its articles: {why}: every article is parsed anew"));
                return Default::default();
            }
        };
        let hashes: HashMap<&str, u64> = self.inputs.iter().map(|(p, s)| (p.as_str(), s.hash)).collect();
        (super::sources::still_standing(kept, root, &hashes), super::sources::notes_standing(notes, &hashes))
    }

    /// Removes the cache before the output is changed in place: a build killed half-way leaves
    /// no cache, and the next build is a full one.
    pub fn forget(&self) -> Result<()> {
        match fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::write(&self.path, e)),
        }
    }

    /// Writes the cache for the next build: the inputs as read, the output as written (hashes
    /// from the manifest gloss just wrote), the summary and the pages. A cache that cannot be
    /// written is only a note: the build itself succeeded. `in_place`: the output was updated
    /// in place, so the stamps of files (and folders) this build did not write still stand.
    pub fn save(
        &self,
        summary: Summary,
        corpus: &crate::content::Corpus,
        stages: &KeptStagesRef<'_>,
        pages: &KeptPagesRef<'_>,
        in_place: bool,
    ) {
        let t = std::time::Instant::now();
        if let Err(e) = self.write(summary, corpus, stages, pages, in_place) {
            note(&format!("not written: {e}"));
            let _ = self.forget();
        }
        crate::diag::log_time("cache: save", t);
    }

    fn write(
        &self,
        summary: Summary,
        corpus: &crate::content::Corpus,
        stages: &KeptStagesRef<'_>,
        pages: &KeptPagesRef<'_>,
        in_place: bool,
    ) -> Result<()> {
        let taken_at = std::time::Instant::now();
        let listed = crate::write::manifest_entries(&self.output);
        let taken = now();
        let (outputs, dirs) = self.output_stamps(&listed, in_place);
        let manifest = Meta::of(&crate::write::manifest_path(&self.output)?);
        let stamps = StampsRef {
            inputs_taken: self.inputs_taken,
            taken,
            inputs_key: self.inputs_key,
            inputs: &self.inputs,
            outputs: &outputs,
            dirs: &dirs,
            manifest,
            summary: &summary,
        };
        let stamp_of: HashMap<&str, &Stamp> = self.inputs.iter().map(|(p, s)| (p.as_str(), s)).collect();
        let (articles, annotations) = (&corpus.articles, &corpus.annotations);
        let sources: Vec<KeptSourceRef<'_>> = articles
            .par_iter()
            .filter_map(|a| {
                let stamp = stamp_of.get(a.path.to_str()?)?;
                KeptSourceRef::of(a, stamp.hash, stamp.meta.size)
            })
            .collect();
        let notes: Vec<&crate::content::annotations::Annotations> = annotations
            .iter()
            .filter(|a| a.path.to_str().and_then(|p| stamp_of.get(p)).is_some_and(|s| s.hash == a.hash))
            .map(|a| &**a)
            .collect();
        crate::diag::log_time("cache: save: stamps", taken_at);
        let index = self.write_rows(pages)?;
        crate::diag::log_time("cache: save: rows", taken_at);
        let stages_index = super::blobs::write(
            &stages_path(&self.path),
            super::stages::MAGIC,
            Some(stages.previous()),
            stages.kept_bytes(),
            |sink| stages.write(sink),
        )?;
        crate::diag::log_time("cache: save: stages", taken_at);
        crate::write::replace_file_with(&self.path, |file| {
            io::Write::write_all(file, MAGIC)?;
            write_part(file, &Head::current())?;
            write_part(file, &stamps)?;
            write_part(file, &(&sources, &notes))?;
            write_part(file, &stages_index)?;
            write_part(file, &index)
        })
    }
}

impl Cache {
    /// The stamps of the output files `listed` (by the manifest) and of their folders. Updated
    /// in place, a file vouched for when the cache was opened that still has the hash and size
    /// it had was not written by this build: its stamp stands, and it is not stat'ed again; nor
    /// is a folder that stood and in which no file was written or removed.
    fn output_stamps(&self, listed: &HashMap<String, (u64, u64)>, in_place: bool) -> OutputStamps {
        let previous = self.previous.as_ref().filter(|p| in_place && !p.output_foreign);
        let kept: HashMap<&str, &Stamp> = previous
            .map(|p| {
                p.stamps.outputs.iter().filter(|(r, _)| p.vouched.contains(r)).map(|(r, s)| (r.as_str(), s)).collect()
            })
            .unwrap_or_default();
        let mut outputs: Vec<(String, Stamp, bool)> = listed
            .par_iter()
            .filter_map(|(rel, (hash, size))| match kept.get(rel.as_str()) {
                Some(s) if s.hash == *hash && s.meta.size == *size => Some((rel.clone(), **s, false)),
                _ => {
                    let meta = Meta::of(&self.output.join(rel)).filter(|m| m.size == *size)?;
                    Some((rel.clone(), Stamp { meta, hash: *hash }, true))
                }
            })
            .collect();
        outputs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Folders in which a file was written or removed.
        let mut touched: HashSet<&str> = outputs.iter().filter(|o| o.2).flat_map(|(rel, ..)| parents(rel)).collect();
        if let Some(p) = previous {
            touched
                .extend(p.stamps.outputs.iter().filter(|(r, _)| !listed.contains_key(r)).flat_map(|(r, _)| parents(r)));
        }
        let standing: HashMap<&str, Meta> = previous
            .map(|p| {
                p.stamps.dirs.iter().filter(|(d, _)| !p.moved.contains(d)).map(|(d, m)| (d.as_str(), *m)).collect()
            })
            .unwrap_or_default();
        let mut dirs: Vec<&str> = outputs.iter().flat_map(|(rel, ..)| parents(rel)).collect();
        dirs.sort_unstable();
        dirs.dedup();
        let dirs = dirs
            .into_par_iter()
            .filter_map(|d| match standing.get(d) {
                Some(m) if !touched.contains(d) => Some((d.to_string(), *m)),
                _ => Some((d.to_string(), Meta::of(&self.output.join(d))?)),
            })
            .collect();
        (outputs.into_iter().map(|(r, s, _)| (r, s)).collect(), dirs)
    }

    /// Writes the articles' rows to the rows file: appended to the previous build's, the rows it
    /// kept left where they are, while they are at least half of it; else into a new file (with a
    /// new id, so that no older index points into it).
    fn write_rows<'a>(&self, pages: &'a KeptPagesRef<'_>) -> Result<KeptPagesOut<'a>> {
        let path = rows_path(&self.path);
        let previous = open_rows(&path, false).and_then(|(file, id)| {
            let len = file.metadata().ok()?.len().checked_sub(ROWS_HEAD)?;
            Some(super::blobs::Previous { id, len })
        });
        let kept = previous.map_or(0, |p| pages.kept_bytes(p.id));
        super::blobs::write(&path, ROWS_MAGIC, previous, kept, |sink| pages.write_rows(sink))
    }
}

/// The output files' and folders' stamps.
type OutputStamps = (Vec<(String, Stamp)>, Vec<(String, Meta)>);

/// Writes one part of the cache file as it is encoded: a place for its length and hash, its
/// bytes, then its length and hash in their place. The bytes are hashed as they go to the file,
/// in the buffer's chunks, not field by field as postcard makes them.
fn write_part<T: Serialize + ?Sized>(file: &mut fs::File, value: &T) -> io::Result<()> {
    struct Hashing<'a> {
        out: &'a mut fs::File,
        hash: xxhash_rust::xxh3::Xxh3,
        len: u64,
    }
    impl io::Write for Hashing<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = self.out.write(buf)?;
            self.hash.update(&buf[..n]);
            self.len += n as u64;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            self.out.flush()
        }
    }
    use io::{Seek, Write};
    let at = file.stream_position()?;
    file.write_all(&[0; 16])?;
    let hashing = Hashing { out: file, hash: xxhash_rust::xxh3::Xxh3::new(), len: 0 };
    let mut buffered = io::BufWriter::with_capacity(1 << 16, hashing);
    postcard::to_io(value, &mut buffered).map_err(io::Error::other)?;
    let hashing = buffered.into_inner().map_err(io::IntoInnerError::into_error)?;
    let (len, hash) = (hashing.len, hashing.hash.digest());
    let end = file.stream_position()?;
    file.seek(io::SeekFrom::Start(at))?;
    file.write_all(&len.to_le_bytes())?;
    file.write_all(&hash.to_le_bytes())?;
    file.seek(io::SeekFrom::Start(end))?;
    Ok(())
}

/// A part's head: its length and its hash, two little-endian u64s.
fn part_head(head: [u8; 16]) -> (u64, u64) {
    let [l0, l1, l2, l3, l4, l5, l6, l7, h0, h1, h2, h3, h4, h5, h6, h7] = head;
    (u64::from_le_bytes([l0, l1, l2, l3, l4, l5, l6, l7]), u64::from_le_bytes([h0, h1, h2, h3, h4, h5, h6, h7]))
}

/// One part of the cache file: its length, its hash, its bytes.
fn read_part(file: &mut fs::File) -> Result<Vec<u8>, String> {
    let mut head = [0u8; 16];
    file.read_exact(&mut head).map_err(|e| format!("truncated ({e})"))?;
    let (len, hash) = part_head(head);
    let size = file.metadata().map_or(0, |m| m.len());
    if len > size {
        return Err("truncated".into());
    }
    let mut part = vec![0; usize::try_from(len).map_err(|_| "too long".to_string())?];
    file.read_exact(&mut part).map_err(|e| format!("truncated ({e})"))?;
    if xxh3_64(&part) != hash {
        return Err("corrupt: a part's hash does not match its bytes".into());
    }
    Ok(part)
}

/// The part of the cache file at `offset`.
fn read_part_at(path: &Path, offset: u64) -> Result<Vec<u8>, String> {
    let mut file = fs::File::open(path).map_err(|e| format!("unreadable ({e})"))?;
    io::Seek::seek(&mut file, io::SeekFrom::Start(offset)).map_err(|e| format!("unreadable ({e})"))?;
    read_part(&mut file)
}

/// Where the part after the one at the file's position starts, without reading its bytes.
fn skip_part(file: &mut fs::File) -> Result<u64, String> {
    let mut head = [0u8; 16];
    file.read_exact(&mut head).map_err(|e| format!("truncated ({e})"))?;
    let (len, _) = part_head(head);
    let len = i64::try_from(len).map_err(|_| "too long".to_string())?;
    io::Seek::seek(file, io::SeekFrom::Current(len)).map_err(|e| format!("unreadable ({e})"))
}

/// The cache's stamps and where its parsed articles, its stages' results and its pages start;
/// `Ok(None)` when there is none, `Err` saying why it is not used.
fn read_cache(path: &Path) -> Result<Option<(Stamps, [u64; 3])>, String> {
    // Only a regular file: never one read through a symlink.
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => {}
        Ok(_) => return Err("not a regular file: ignored".into()),
        Err(_) => {
            note("none: a full build");
            return Ok(None);
        }
    }
    let mut file = fs::File::open(path).map_err(|e| format!("unreadable ({e})"))?;
    let mut magic = [0u8; MAGIC.len()];
    file.read_exact(&mut magic).map_err(|_| "truncated".to_string())?;
    if &magic != MAGIC {
        return Err("not a gloss cache".into());
    }
    let head: Head = postcard::from_bytes(&read_part(&mut file)?).map_err(|e| format!("corrupt head ({e})"))?;
    if head != Head::current() {
        return Err(format!("written by another gloss ({} format {}): ignored", head.version, head.format));
    }
    let stamps: Stamps = postcard::from_bytes(&read_part(&mut file)?).map_err(|e| format!("corrupt stamps ({e})"))?;
    let sources_at = io::Seek::stream_position(&mut file).map_err(|e| format!("unreadable ({e})"))?;
    let stages_at = skip_part(&mut file)?;
    let pages_at = skip_part(&mut file)?;
    Ok(Some((stamps, [sources_at, stages_at, pages_at])))
}

/// The digest's input files: site.toml and everything under content/, templates/ and static/,
/// each with whether it is a regular file (not a symlink); and whether the listing is what the
/// loader's own walks would list of content/ ([`crate::load::list`]): no folder failed to read,
/// and the folders the loader walks from are not symlinks (which it would follow).
fn list_inputs(root: &Path) -> (Vec<(String, bool)>, bool) {
    let mut out = Vec::new();
    if root.join(crate::config::FILE_NAME).exists() {
        out.push((crate::config::FILE_NAME.to_string(), true));
    }
    let mut complete = [crate::content::ARTICLES_DIR, crate::content::annotations::DIR]
        .iter()
        .all(|d| fs::symlink_metadata(root.join(d)).map_or(true, |m| !m.file_type().is_symlink()));
    for dir in ["content", "templates", "static"] {
        let exists = root.join(dir).is_dir();
        for entry in WalkDir::new(root.join(dir)).min_depth(1) {
            let Ok(entry) = entry else {
                complete &= !exists;
                continue;
            };
            if entry.file_type().is_dir() {
                continue;
            }
            if let Ok(rel) = entry.path().strip_prefix(root) {
                out.push((rel.to_string_lossy().replace('\\', "/"), entry.file_type().is_file()));
            }
        }
    }
    out.sort_unstable();
    (out, complete)
}

/// Every input `listed` ([`list_inputs`]) with its stamp: the hash kept in `previous` where the
/// file's metadata is what it was and not racy, else the hash of its bytes read now. A file that cannot be read is stamped
/// with a hash no content has, so the build goes on to report it.
fn scan_inputs(
    root: &Path,
    listed: &[(String, bool)],
    previous: Option<(Nanos, &[(String, Stamp)])>,
) -> Vec<(String, Stamp)> {
    let known: HashMap<&str, Stamp> =
        previous.map(|(_, p)| p.iter().map(|(r, s)| (r.as_str(), *s)).collect()).unwrap_or_default();
    let taken = previous.map_or(0, |(t, _)| t);
    listed
        .par_iter()
        .map(|(rel, _)| {
            let rel = rel.clone();
            let path = root.join(&rel);
            // The metadata first, then the bytes: a change in between shows next time.
            let meta = Meta::of(&path).unwrap_or(Meta { size: u64::MAX, mtime: 0, ctime: 0, ino: 0 });
            let hash = match known.get(rel.as_str()) {
                Some(s) if s.meta == meta && !meta.racy(taken) => s.hash,
                _ => fs::read(&path).map_or(u64::MAX, |b| xxh3_64(&b)),
            };
            (rel, Stamp { meta, hash })
        })
        .collect()
}

/// The folders a file of the output lies in, from the output itself ("") down.
fn parents(rel: &str) -> impl Iterator<Item = &str> {
    std::iter::once("").chain(rel.match_indices('/').map(|(i, _)| &rel[..i]))
}

/// Which of the output files the cache lists still hold what it says (by stamp, or by their
/// bytes when racy); whether the output is exactly what it lists; whether it holds anything else.
/// Folders whose metadata stands are not listed; the others are, for names gloss did not write.
fn check_output(output: &Path, stamps: &Stamps) -> (HashSet<String>, HashSet<String>, bool, bool) {
    let manifest_same = crate::write::manifest_path(output).ok().and_then(|m| Meta::of(&m)) == stamps.manifest
        && stamps.manifest.is_some();
    let vouched: HashSet<String> = stamps
        .outputs
        .par_iter()
        .filter(|(rel, s)| {
            let path = output.join(rel);
            fs::symlink_metadata(&path).is_ok_and(|m| {
                m.file_type().is_file()
                    && Meta::from(&m) == s.meta
                    && (!s.meta.racy(stamps.taken) || fs::read(&path).is_ok_and(|b| xxh3_64(&b) == s.hash))
            })
        })
        .map(|(rel, _)| rel.clone())
        .collect();
    let moved: Vec<&str> = stamps
        .dirs
        .par_iter()
        .filter(|(d, meta)| {
            let now = fs::symlink_metadata(output.join(d));
            !now.is_ok_and(|m| m.file_type().is_dir() && Meta::from(&m) == *meta) || meta.racy(stamps.taken)
        })
        .map(|(d, _)| d.as_str())
        .collect();
    let foreign =
        !manifest_same || stamps.dirs.is_empty() || !moved.is_empty() && holds_foreign(output, stamps, &moved);
    let intact = !foreign && vouched.len() == stamps.outputs.len();
    (vouched, moved.into_iter().map(str::to_string).collect(), intact, foreign)
}

/// Whether any of the folders `moved` holds a name the cache does not list (a file or folder
/// gloss did not write), or is gone or not a folder (a symlink to one included): the in-place
/// writer trusts this and does not list the output again ([`crate::write::InPlace::open_vouched`]).
fn holds_foreign(output: &Path, stamps: &Stamps, moved: &[&str]) -> bool {
    let mut expected: HashMap<&str, HashSet<&str>> = moved.iter().map(|d| (*d, HashSet::new())).collect();
    for (rel, _) in &stamps.outputs {
        // Each folder on the way, and the name in it.
        let mut parent_end: Option<usize> = None;
        for end in rel.match_indices('/').map(|(i, _)| i).chain(std::iter::once(rel.len())) {
            let parent = parent_end.map_or("", |p| &rel[..p]);
            if let Some(names) = expected.get_mut(parent) {
                names.insert(&rel[parent_end.map_or(0, |p| p + 1)..end]);
            }
            parent_end = Some(end);
        }
    }
    expected.par_iter().any(|(dir, names)| match fs::read_dir(output.join(dir)) {
        // A folder replaced by a symlink is not gloss's, whatever the names it leads to.
        _ if !fs::symlink_metadata(output.join(dir)).is_ok_and(|m| m.file_type().is_dir()) => true,
        Err(_) => true,
        Ok(entries) => entries.into_iter().any(|e| {
            e.map_or(true, |e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                // Watch mode's writes in progress: never a file of the site, and removed by it.
                !names.contains(name.as_ref()) && !name.ends_with(".gloss-tmp")
            })
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_taken_just_after_a_change_is_not_trusted() {
        let meta = Meta { size: 1, mtime: 10_000_000_000, ctime: 10_000_000_001, ino: 1 };
        assert!(meta.racy(10_000_000_002), "changed 1 ns before the stamps were taken");
        assert!(!meta.racy(20_000_000_000), "changed ten seconds before");
        let coarse = Meta { size: 1, mtime: 10_000_000_000, ctime: 10_000_000_000, ino: 1 };
        assert!(coarse.racy(11_000_000_000), "whole-second times: within two seconds is racy");
    }
}
