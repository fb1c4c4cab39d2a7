//! Diagnostics: problems in the editor's files, located to file:line:column, with what to do.
//!
//! Every stage reports problems as `Diagnostic`s instead of failing on the first one, so that a
//! build or `gloss check` can show all of them in one run.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, in characters; 0 when unknown.
    pub column: usize,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Self { severity: Severity::Error, file: file.into(), line, column: 0, message: message.into(), help: None }
    }

    pub fn warning(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(file, line, message) }
    }

    pub fn at_column(mut self, column: usize) -> Self {
        self.column = column;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Points the diagnostic at a byte offset of `text`, the contents of `self.file`, shifted by
    /// `first_line - 1` lines (for text cut out of a larger file, such as front matter).
    pub fn at_offset(mut self, text: &str, offset: usize, first_line: usize) -> Self {
        let (line, column) = line_col(text, offset);
        self.line = line + first_line - 1;
        self.column = column;
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{kind}: {}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The lines of a file: where each one starts, so that an offset's line is a binary search (not
/// a count of every newline before it, for each of a hundred patterns).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Lines {
        Lines(memchr::memchr_iter(b'\n', text.as_bytes()).collect())
    }

    /// The 1-based line of a byte offset, as [`line_col`] counts it.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&newline| newline < offset) + 1
    }
}

/// Prints how long a phase took when `GLOSS_TIMING` is set (Zola's `log_time`): for finding
/// where a slow build spends its time, without a profiler.
pub fn log_time(phase: &str, since: std::time::Instant) {
    if std::env::var_os("GLOSS_TIMING").is_some() {
        // Resident memory after the phase, where the system tells it (Linux).
        let rss = std::fs::read_to_string("/proc/self/statm")
            .ok()
            .and_then(|s| s.split(' ').nth(1).and_then(|p| p.parse::<u64>().ok()))
            .map_or_else(String::new, |pages| format!(", {} MiB resident", pages * 4096 / (1024 * 1024)));
        eprintln!("timing: {phase}: {:.1} ms{rss}", since.elapsed().as_secs_f64() * 1000.0);
    }
}

/// A path as the editor knows it: relative to the site root when it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let text = "ab\n“c”d\nxyz";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // After “c” (3 + 3 + 1 + 3 bytes): column counts characters, not bytes.
        assert_eq!(line_col(text, 3 + 3 + 1 + 3), (2, 4));
        assert_eq!(line_col(text, text.len()), (3, 4));
    }

    #[test]
    fn display_names_file_line_and_help() {
        let d = Diagnostic::error("content/a.md", 3, "missing title").at_column(2).help("add title = \"…\"");
        assert_eq!(d.to_string(), "error: content/a.md:3:2: missing title\n  help: add title = \"…\"");
    }
}
