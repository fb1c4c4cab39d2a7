//! A file of byte strings beside the build cache, appended to by each build: the cache file
//! holds only where each string is (its offset, length and hash), so that a build after an edit
//! writes the few strings it made instead of rewriting every article's.
//!
//! The file starts with its magic and an id; the cache's index names the id it was written for,
//! and a file with another id (another build's, or another file put in its place) is not read.
//! Each string is checked by its hash when read: bytes that do not hash as they were written are
//! not used, and what they held is computed again.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::Arc;

use xxhash_rust::xxh3::xxh3_64;

use crate::error::{Error, Result};

/// Where a string is in its file: its offset after the head, its length, the hash of its bytes.
pub type Place = (u64, u64, u64);

/// One blobs file read whole, with its id.
#[derive(Debug, Clone, Default)]
pub struct Blobs {
    /// The file's bytes after its head.
    pub bytes: Arc<Vec<u8>>,
    pub id: u64,
}

impl Blobs {
    /// The file at `path` if it is a regular file (never one read through a symlink) whose head
    /// is `magic` and the id `id`.
    pub fn read(path: &Path, magic: &[u8], id: u64) -> Result<Blobs, String> {
        if !fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
            return Err("its file is missing or not a regular file".into());
        }
        let mut file = fs::File::open(path).map_err(|e| format!("its file is unreadable ({e})"))?;
        let mut all = Vec::new();
        file.read_to_end(&mut all).map_err(|e| format!("its file is unreadable ({e})"))?;
        let head = magic.len() + 8;
        if all.len() < head || &all[..magic.len()] != magic {
            return Err("its file is not gloss's".into());
        }
        if all[magic.len()..head] != id.to_le_bytes() {
            return Err("its file is another build's".into());
        }
        all.drain(..head);
        Ok(Blobs { bytes: Arc::new(all), id })
    }

    /// The bytes at `place`, if they hash as they were written.
    pub fn get(&self, (offset, len, hash): Place) -> Option<&[u8]> {
        let start = usize::try_from(offset).ok()?;
        let bytes = self.bytes.get(start..start.checked_add(usize::try_from(len).ok()?)?)?;
        (xxh3_64(bytes) == hash).then_some(bytes)
    }

    /// The range of [`Blobs::bytes`] at `place` (not checked).
    pub fn range(&self, (offset, len, _): Place) -> std::ops::Range<usize> {
        let start = usize::try_from(offset).unwrap_or(usize::MAX);
        start..start.saturating_add(usize::try_from(len).unwrap_or(0))
    }
}

/// Where a build writes its strings: the previous build's file, appended to, or a new one.
pub struct Sink<'a> {
    out: &'a mut dyn Write,
    at: u64,
    id: u64,
    /// Whether this is the previous file, appended to: its strings stay where they are.
    appending: bool,
}

impl Sink<'_> {
    /// The id of the file written.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Whether a string kept in the file `id` stays where it is (this is that file, appended to).
    pub fn appends_to(&self, id: u64) -> bool {
        self.appending && self.id == id
    }

    /// Writes `bytes` at the end of the file.
    pub fn put(&mut self, bytes: &[u8]) -> io::Result<Place> {
        self.out.write_all(bytes)?;
        let place = (self.at, bytes.len() as u64, xxh3_64(bytes));
        self.at += bytes.len() as u64;
        Ok(place)
    }

    /// Keeps the string at `place` of `from` (checked when `from` was read): left where it is
    /// when `from` is the file appended to, else copied.
    pub fn keep(&mut self, from: &Blobs, place: Place) -> io::Result<Option<Place>> {
        if self.appends_to(from.id) {
            return Ok(Some(place));
        }
        match from.bytes.get(from.range(place)) {
            Some(bytes) => self.put(bytes).map(Some),
            None => Ok(None),
        }
    }
}

/// What a build knows of the file it may append to: its id and its length after the head, as
/// read.
#[derive(Debug, Clone, Copy)]
pub struct Previous {
    pub id: u64,
    pub len: u64,
}

impl Blobs {
    /// This file, as the one the next write may append to.
    pub fn previous(&self) -> Previous {
        Previous { id: self.id, len: self.bytes.len() as u64 }
    }
}

/// Writes a build's strings with `fill`: appended to the `previous` file at `path` while the
/// strings kept in it (`kept` bytes) are at least half of it, else into a new file with a new id.
/// The stages' results and the listings' rows are both kept this way.
pub fn write<R>(
    path: &Path,
    magic: &[u8],
    previous: Option<Previous>,
    kept: u64,
    fill: impl FnOnce(&mut Sink<'_>) -> io::Result<R>,
) -> Result<R> {
    let head = (magic.len() + 8) as u64;
    if let Some(previous) = previous.filter(|p| kept > 0 && p.len <= 2 * kept)
        && let Some(mut file) = open_appending(path, magic, previous)
    {
        let appended = (|| {
            let size = file.metadata()?.len();
            io::Seek::seek(&mut file, io::SeekFrom::Start(size))?;
            let mut out = io::BufWriter::with_capacity(1 << 20, file);
            let r = fill(&mut Sink { out: &mut out, at: size - head, id: previous.id, appending: true })?;
            out.flush()?;
            Ok(r)
        })();
        return appended.map_err(|e| Error::write(path, e));
    }
    let mut result = None;
    crate::write::replace_file_with(path, |file| {
        let mut out = io::BufWriter::with_capacity(1 << 20, file);
        let id = super::kept::next_generation();
        out.write_all(magic)?;
        out.write_all(&id.to_le_bytes())?;
        result = Some(fill(&mut Sink { out: &mut out, at: 0, id, appending: false })?);
        out.flush()
    })?;
    result.ok_or(Error::Internal("a blobs file was written without its index"))
}

/// The file at `path` opened for appending, if it is still the regular file `previous` was read
/// from (its head, and every byte read from it, there).
fn open_appending(path: &Path, magic: &[u8], previous: Previous) -> Option<fs::File> {
    if !fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        return None;
    }
    let mut file = fs::OpenOptions::new().read(true).write(true).open(path).ok()?;
    let mut head = vec![0u8; magic.len() + 8];
    file.read_exact(&mut head).ok()?;
    let size = file.metadata().ok()?.len();
    (head[..magic.len()] == *magic
        && head[magic.len()..] == previous.id.to_le_bytes()
        && size == head.len() as u64 + previous.len)
        .then_some(file)
}
