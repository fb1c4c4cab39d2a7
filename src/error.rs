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
    #[error(
        "{} was not created by gloss: it holds {} that gloss did not write (first: {})",
        path.display(), plural_files(files.len()), files.first().map(|f| f.display().to_string()).unwrap_or_default()
    )]
    ForeignOutput { path: PathBuf, files: Vec<PathBuf> },
    /// gloss will not touch a file or folder it did not make (a stray staging folder).
    #[error("{0}")]
    Refused(String),
    /// The command line asks for something gloss cannot do; exit code 2.
    #[error("{0}")]
    Usage(String),
    /// The operating system would not let watch mode follow the files.
    #[error("cannot watch {}: {message}", path.display())]
    Watch { path: PathBuf, message: String },
    /// `gloss serve` found no port to listen on.
    #[error("{0}")]
    Serve(String),
    /// Ctrl-C could not be caught, so watch mode could not stop cleanly.
    #[error("cannot catch Ctrl-C: {0}")]
    Signal(String),
    /// A state gloss's own code should never reach: a bug to report, not the editor's mistake.
    #[error("internal error: {0} (this is a bug in gloss; please report it)")]
    Internal(&'static str),
    /// A rebuild in watch mode panicked (a bug): reported, and watching goes on.
    #[error(
        "internal error while rebuilding: {0} (this is a bug in gloss; please report it); the previous output is kept"
    )]
    Panicked(String),
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
