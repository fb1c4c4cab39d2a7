//! The library's error type: what can stop a command, as data, for the reporter in `cli`.

use std::io;
use std::path::PathBuf;

use crate::diag::Diagnostic;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in the editor's files, all of them, each located.
    #[error("the digest has {} problem{}", .0.iter().filter(|d| d.is_error()).count(), if .0.iter().filter(|d| d.is_error()).count() == 1 { "" } else { "s" })]
    Content(Vec<Diagnostic>),
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("{0}")]
    Template(String),
    #[error(
        "{} was not created by gloss: it holds {} that gloss did not write (first: {})",
        path.display(), plural_files(files.len()), files.first().map(|f| f.display().to_string()).unwrap_or_default()
    )]
    ForeignOutput { path: PathBuf, files: Vec<PathBuf> },
    #[error("{0}")]
    Usage(String),
}

fn plural_files(n: usize) -> String {
    if n == 1 { "1 file".to_string() } else { format!("{n} files") }
}

impl Error {
    pub fn read(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Read { path: path.into(), source }
    }

    pub fn write(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Write { path: path.into(), source }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
