//! `gloss import`: a scraped page → a cleaned article under content/articles/.
//!
//! (Being written: see issue 2.)

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diag::Diagnostic;
use crate::error::Result;

/// What the command line can set for every imported page.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Where articles are written (the site's content/articles/).
    pub articles_dir: PathBuf,
    pub force: bool,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub event: Option<String>,
}

/// What an import run did, input by input.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Files written, in input order.
    pub written: Vec<PathBuf>,
    /// Problems: errors (an input not imported) and warnings (imported, but look at this).
    pub diagnostics: Vec<Diagnostic>,
}

/// Imports each file, or each file in each directory given.
pub fn import(_inputs: &[PathBuf], _options: &ImportOptions) -> Result<ImportReport> {
    Ok(ImportReport::default())
}

#[allow(dead_code, reason = "the importer is being written")]
fn _unused(_: &Path) {}
