//! gloss builds annotated news digests: articles shown verbatim, with margin notes wherever a
//! claim contradicts the official terms of a deal or another outlet.
//!
//! The pipeline flows one way: load → anchor and check → render → write.

pub mod cli;
pub mod config;
pub mod content;
pub mod diag;
pub mod error;
pub mod import;
pub mod site;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use error::{Error, Result};

/// What `gloss build` needs to know.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub force: bool,
    pub build_date: NaiveDate,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub pages: usize,
    pub written: usize,
    pub warnings: Vec<diag::Diagnostic>,
}

impl BuildReport {
    pub fn summary(&self) -> String {
        format!(
            "built {} pages ({} written, {} unchanged)",
            self.pages,
            self.written,
            self.pages - self.written
        )
    }
}

pub fn build(_options: &BuildOptions) -> Result<BuildReport> {
    Err(Error::Usage("gloss build is not written yet".into()))
}

pub fn check(_root: &Path, _date: NaiveDate) -> Result<Vec<diag::Diagnostic>> {
    Ok(Vec::new())
}
