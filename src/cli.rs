//! The command line: clap types, and the reporter that turns results into output and exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostic};
use crate::error::Error;

#[derive(Debug, Parser)]
#[command(name = "gloss", version, about = "Build annotated news digests")]
pub struct Cli {
    /// The digest's folder (holding site.toml and content/).
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Clean scraped pages into Markdown articles under content/articles/.
    Import {
        /// Scraped pages, or folders of them.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Overwrite articles that already exist (the editor may have edited them).
        #[arg(long)]
        force: bool,
        /// The outlet's name, for every imported page.
        #[arg(long)]
        source: Option<String>,
        /// The original address (only sensible with one input).
        #[arg(long)]
        url: Option<String>,
        /// The publication date, YYYY-MM-DD.
        #[arg(long)]
        published: Option<NaiveDate>,
        /// The id of the event the pages cover (see content/terms.toml).
        #[arg(long)]
        event: Option<String>,
    },
    /// Build the site into public/.
    Build(BuildArgs),
    /// Report every problem in the digest, writing nothing.
    Check {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        date: DateArg,
    },
    /// Create a new, empty digest in DIR.
    Init { dir: PathBuf },
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Where to write the site.
    #[arg(long, short, default_value = "public")]
    pub output: PathBuf,
    /// Write into an output folder that holds files gloss did not write.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub date: DateArg,
}

#[derive(Debug, clap::Args)]
pub struct DateArg {
    /// The build date (YYYY-MM-DD) for the timeline's "today"; defaults to today.
    #[arg(long, env = "GLOSS_BUILD_DATE")]
    pub build_date: Option<NaiveDate>,
}

impl DateArg {
    pub fn resolve(&self) -> NaiveDate {
        self.build_date.unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Parses the command line, runs it and reports; the exit code is 0, 1 (problems in the
/// digest or a failed command) or 2 (usage).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            report_error(&err);
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let root = cli.root;
    match cli.command {
        Command::Import {
            inputs,
            force,
            source,
            url,
            published,
            event,
        } => {
            let options = crate::import::ImportOptions {
                articles_dir: root.join(crate::content::ARTICLES_DIR),
                force,
                source,
                url,
                published,
                event,
            };
            let report = crate::import::import(&inputs, &options)?;
            eprint!("{}", diag::render_text(&report.diagnostics));
            for path in &report.written {
                println!("wrote {}", path.display());
            }
            let failed = report.diagnostics.iter().any(Diagnostic::is_error);
            Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Command::Build(args) => {
            let options = crate::BuildOptions {
                root: root.clone(),
                output: root.join(&args.output),
                force: args.force,
                build_date: args.date.resolve(),
            };
            let report = crate::build(&options)?;
            eprint!("{}", diag::render_text(&report.warnings));
            println!("{}", report.summary());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { format, date } => {
            let (diagnostics, prepared) = crate::check(&root, date.resolve())?;
            let findings = prepared
                .as_ref()
                .map(|p| crate::checks::views(&p.checked.findings, &p.site.articles, &p.docs))
                .unwrap_or_default();
            match format {
                Format::Text => {
                    if diagnostics.is_empty() {
                        println!("no problems found");
                    } else {
                        print!("{}", diag::render_text(&diagnostics));
                    }
                    if !findings.is_empty() {
                        print!("{}", crate::checks::render_text(&findings));
                    }
                }
                Format::Json => {
                    let report = serde_json::json!({ "problems": diagnostics, "findings": findings });
                    let json = serde_json::to_string_pretty(&report).unwrap_or_default();
                    println!("{json}");
                }
            }
            let failed = diagnostics.iter().any(Diagnostic::is_error);
            Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Command::Init { dir } => {
            let written = crate::site::init(&root.join(dir))?;
            for path in written {
                println!("wrote {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints an error for a person at a terminal: every located problem, then a summary.
pub fn report_error(err: &Error) {
    let mut stderr = std::io::stderr().lock();
    match err {
        Error::Content(diags) => {
            let _ = write!(stderr, "{}", diag::render_text(diags));
            let _ = writeln!(stderr, "error: {err}; no output was changed");
        }
        Error::ForeignOutput { path, files } => {
            let _ = writeln!(stderr, "error: {err}");
            for f in files.iter().take(5) {
                let _ = writeln!(stderr, "  {}", f.display());
            }
            let _ = writeln!(
                stderr,
                "  help: choose another folder with --output, or pass --force to let gloss replace {} (its files will be lost)",
                path.display()
            );
        }
        other => {
            let _ = writeln!(stderr, "error: {other}");
        }
    }
}
