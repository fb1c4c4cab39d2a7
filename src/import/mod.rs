//! `gloss import`: scraped pages → cleaned articles under content/articles/.
//!
//! This module reads and checks the inputs, names the articles and writes them; the cleaning is
//! in the submodules, each a set of small pure functions over lines: `lines` (a line's shape),
//! `chrome` (what one line shows to be site furniture), `meta` (bylines and dates), `clean` (the
//! steps, from chrome to structure) and `markdown` (output and escaping).
//!
//! An input that cannot be imported (unreadable, empty, binary, not UTF-8, no prose, or its
//! article exists and `--force` was not given) gets an error naming it and nothing is written
//! for it; the other inputs are still imported.

mod chrome;
pub mod clean;
mod lines;
mod markdown;
mod meta;

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

pub use chrome::Reason;
pub use clean::{Cleaned, Role, clean};

use crate::content::{self, FrontMatter};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};

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

/// File extensions imported from a folder. A file named on the command line is imported
/// whatever its name.
const PAGE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

/// Files in a folder that document the folder rather than being pages.
const NOT_PAGES: &[&str] = &["readme", "license", "licence", "changelog", "contributing"];

/// Imports each file, or each page file in each directory given (not recursively).
pub fn import(inputs: &[PathBuf], options: &ImportOptions) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let mut files = Vec::new();
    for input in inputs {
        match expand(input) {
            Ok(found) => files.extend(found),
            Err(diagnostic) => report.diagnostics.push(diagnostic),
        }
    }
    if options.url.is_some() && files.len() > 1 {
        return Err(Error::Usage(format!(
            "--url is one page's address, but {} pages were given; import that page on its own",
            files.len()
        )));
    }
    if !files.is_empty() {
        fs::create_dir_all(&options.articles_dir).map_err(|e| Error::write(&options.articles_dir, e))?;
    }
    let mut written_slugs = HashSet::new();
    for file in &files {
        match import_file(file, options, &mut written_slugs) {
            Ok((path, warnings)) => {
                report.written.push(path);
                report.diagnostics.extend(warnings);
            }
            Err(diagnostic) => report.diagnostics.push(diagnostic),
        }
    }
    Ok(report)
}

/// A file as itself; a folder as its page files, sorted by name.
fn expand(input: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let meta = fs::metadata(input).map_err(|e| Diagnostic::error(input, 0, format!("cannot read: {e}")))?;
    if !meta.is_dir() {
        return Ok(vec![input.to_path_buf()]);
    }
    let entries =
        fs::read_dir(input).map_err(|e| Diagnostic::error(input, 0, format!("cannot read the folder: {e}")))?;
    let mut files: Vec<PathBuf> =
        entries.filter_map(|entry| entry.ok().map(|e| e.path())).filter(|path| is_page_file(path)).collect();
    files.sort();
    if files.is_empty() {
        return Err(Diagnostic::error(
            input,
            0,
            "nothing to import: the folder holds no page files",
        )
        .help(format!(
            "gloss imports the folder's files ending in .{} (README and LICENSE files aside); name a file directly to import it whatever its name",
            PAGE_EXTENSIONS.join(", .")
        )));
    }
    Ok(files)
}

fn is_page_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or_default().to_lowercase();
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
    path.is_file()
        && !name.starts_with('.')
        && PAGE_EXTENSIONS.contains(&extension.as_str())
        && !NOT_PAGES.contains(&stem.as_str())
}

/// Imports one page: read, check, clean, name, write. Returns the file written and warnings.
fn import_file(
    file: &Path,
    options: &ImportOptions,
    written_slugs: &mut HashSet<String>,
) -> Result<(PathBuf, Vec<Diagnostic>), Diagnostic> {
    let bytes = fs::read(file).map_err(|e| Diagnostic::error(file, 0, format!("cannot read: {e}")))?;
    let text = page_text(&bytes, file)?;
    let cleaned = clean(text, file)?;
    let (front, mut warnings) = front_matter(&cleaned, text, file, options);
    let slug = choose_slug(&front.title, options, written_slugs, file)?;
    let path = options.articles_dir.join(format!("{slug}.md"));
    write_article(&path, &content::to_file_text(&front, &cleaned.body), options.force)
        .map_err(|e| Diagnostic::error(&path, 0, format!("cannot write: {e}")))?;
    written_slugs.insert(slug);
    warnings.splice(0..0, cleaned.warnings);
    Ok((path, warnings))
}

/// The page's text, or an error saying why it is not a page: empty, binary, not UTF-8.
fn page_text<'a>(bytes: &'a [u8], file: &Path) -> Result<&'a str, Diagnostic> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Diagnostic::error(file, 0, "the file is empty: there is nothing to import"));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls =
        sample.iter().filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t' | b'\x0c')).count();
    if bytes.contains(&0) || controls * 20 > sample.len() {
        return Err(Diagnostic::error(file, 0, "this is a binary file, not a scraped page of text"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        Diagnostic::error(file, line, "the file is not UTF-8 text")
            .at_column(column)
            .help("convert it to UTF-8 first, e.g. `iconv -f windows-1252 -t utf-8`")
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The front matter: what the page told, what the command line set (it wins: the editor knows
/// better than the page), and a warning for each value left out.
fn front_matter(cleaned: &Cleaned, text: &str, file: &Path, options: &ImportOptions) -> (FrontMatter, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let nonempty = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    let title = cleaned.title.clone().unwrap_or_else(|| {
        let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "article".to_string());
        warnings.push(
            Diagnostic::warning(file, 0, format!("no headline found: the title is the file name, `{stem}`"))
                .help("set `title` to the article's headline by hand, and rename the file to match"),
        );
        stem
    });
    let published = options.published.or(cleaned.published);
    if published.is_none() {
        warnings.push(
            Diagnostic::warning(file, 0, "no publication date on the page: `published` is left out")
                .help("pass --published YYYY-MM-DD, or set `published` by hand (with `date_is_event = true` when it is the date of the event covered)"),
        );
    }
    let source = nonempty(&options.source);
    if source.is_none() {
        let header = site_header_lines(cleaned, text);
        let seen = if header.is_empty() { String::new() } else { format!(" (the lines above the headline: {header})") };
        warnings.push(
            Diagnostic::warning(file, 0, "the outlet is not known: `source` is left out")
                .help(format!("pass --source NAME, or set `source` by hand{seen}")),
        );
    }
    let url = nonempty(&options.url);
    let event = nonempty(&options.event);
    // The language of the article's own words: the headline and the body.
    let lang = crate::lang::guess(&format!("{title}\n\n{}", cleaned.body));
    let mut missing = Vec::new();
    if cleaned.summary.is_none() {
        missing.push("`summary` (no dek or meta description)");
    }
    if cleaned.byline.is_none() {
        missing.push("`byline` (no author named)");
    }
    if url.is_none() {
        missing.push("`url` (the page carries no address)");
    }
    if event.is_none() {
        missing.push("`event`");
    }
    if lang.is_none() {
        missing.push("`lang` (the language could not be told)");
    }
    if !missing.is_empty() {
        warnings.push(
            Diagnostic::warning(file, 0, format!("left out of the front matter: {}", missing.join(", ")))
                .help("set them by hand if you know them (--url and --event set them on import)"),
        );
    }
    // Scraped pages carry form feeds and other invisible characters: front matter holding them
    // would not load (feed.xml and sitemap.xml cannot hold them).
    let printable = |s: &str| s.chars().filter(|c| !content::is_unprintable(*c)).collect::<String>();
    let front = FrontMatter {
        title: printable(&title),
        source,
        url,
        published: published.and_then(toml_date),
        date_is_event: false,
        byline: cleaned.byline.as_deref().map(printable),
        summary: cleaned.summary.as_deref().map(printable),
        event,
        lang,
    };
    (front, warnings)
}

/// The first lines dropped above the headline, quoted: the outlet often names itself there.
fn site_header_lines(cleaned: &Cleaned, text: &str) -> String {
    let all: Vec<&str> = lines::split(text).iter().map(|l| l.text).collect();
    cleaned
        .lines
        .iter()
        .filter(|(_, role)| *role == Role::Dropped(Reason::SiteHeader))
        .filter_map(|(n, _)| all.get(n - 1))
        .take(3)
        .map(|t| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn toml_date(date: NaiveDate) -> Option<toml::value::Datetime> {
    let year = u16::try_from(date.year()).ok()?;
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Some(toml::value::Datetime { date: Some(toml::value::Date { year, month, day }), time: None, offset: None })
}

/// The article's slug: from the headline, lowercase ASCII with hyphens. A slug is taken when a
/// file of this run has it, or when an article of another headline has it: then `-2`, `-3` ….
/// An existing article with the same headline is this page imported before: it is replaced
/// only with `--force` (the editor may have edited it), and is an error otherwise.
fn choose_slug(
    title: &str,
    options: &ImportOptions,
    written_slugs: &HashSet<String>,
    file: &Path,
) -> Result<String, Diagnostic> {
    let mut base = content::slugify(title);
    if base.len() > 80 {
        // Cut at a word: a slug's last word whole, as `slugify` keeps them.
        let cut = base[..=80].rfind('-').unwrap_or(80);
        base.truncate(cut);
        base = base.trim_end_matches('-').to_string();
    }
    if !content::is_valid_slug(&base) {
        base = "article".to_string();
    }
    for n in 1usize.. {
        let slug = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        if written_slugs.contains(&slug) {
            continue;
        }
        let path = options.articles_dir.join(format!("{slug}.md"));
        if fs::symlink_metadata(&path).is_err() {
            return Ok(slug);
        }
        if !same_article(&path, title) {
            continue;
        }
        if options.force {
            return Ok(slug);
        }
        return Err(Diagnostic::error(
            file,
            0,
            format!("not imported: {} already exists and the editor may have edited it", path.display()),
        )
        .help("pass --force to replace it with a fresh import (the edits will be lost)"));
    }
    Ok(base)
}

/// Whether the article at `path` has this headline: the same page, imported before.
fn same_article(path: &Path, title: &str) -> bool {
    fs::read_to_string(path)
        .ok()
        .and_then(|text| content::parse_article(&text, path).ok())
        .is_some_and(|article| article.title.trim() == title.trim())
}

/// Writes a new file, never replacing one unless `replace`; a replacement goes through a
/// temporary file and a rename, so a failed write leaves the old article whole.
fn write_article(path: &Path, text: &str, replace: bool) -> std::io::Result<()> {
    if !replace || fs::symlink_metadata(path).is_err() {
        let mut file = fs::OpenOptions::new().write(true).create_new(true).open(path)?;
        // A half-written article is worse than none: remove it if the write fails.
        return file.write_all(text.as_bytes()).inspect_err(|_| {
            let _ = fs::remove_file(path);
        });
    }
    let tmp = path.with_extension("md.gloss-tmp");
    fs::write(&tmp, text)?;
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}
