//! The command line: clap types, options for the library, and exit codes; what is printed is
//! written by [`crate::report`].

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::diag::Diagnostic;
use crate::error::Error;
use crate::report;

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
    },
    /// Create a new, empty digest in DIR.
    Init { dir: PathBuf },
    /// Build, then rebuild on every save until Ctrl-C.
    Watch(BuildArgs),
    /// Watch, and serve the site on 127.0.0.1 with live reload.
    Serve {
        #[command(flatten)]
        build: BuildArgs,
        /// The port to listen on; the next free one is used if it is taken.
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
    },
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

impl BuildArgs {
    pub fn options(&self, root: &std::path::Path) -> crate::BuildOptions {
        crate::BuildOptions {
            root: root.to_path_buf(),
            output: root.join(&self.output),
            force: self.force,
            build_date: self.date.resolve(),
            review_queue: false,
        }
    }
}

/// A channel that receives a message on Ctrl-C, so watch mode stops between rebuilds (never
/// half-way through writing).
fn until_ctrl_c() -> Result<std::sync::mpsc::Receiver<()>, Error> {
    let (tx, rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .map_err(|e| Error::Signal(e.to_string()))?;
    Ok(rx)
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
/// digest or a failed command) or 2 (usage: clap's own errors, and [`Error::Usage`]).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprint!("{}", report::error_text(&err));
            match err {
                Error::Usage(_) => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let root = cli.root;
    match cli.command {
        Command::Import { inputs, force, source, url, published, event } => {
            let options = crate::import::ImportOptions {
                articles_dir: root.join(crate::content::ARTICLES_DIR),
                force,
                source,
                url,
                published,
                event,
            };
            let imported = crate::import::import(&inputs, &options)?;
            eprint!("{}", report::diagnostics(&imported.diagnostics));
            for path in &imported.written {
                println!("wrote {}", path.display());
            }
            let failed = imported.diagnostics.iter().any(Diagnostic::is_error);
            Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Command::Build(args) => {
            use std::io::IsTerminal;
            crate::progress::enable(crate::progress::wanted(
                std::io::stderr().is_terminal(),
                std::env::var_os("CI").as_deref(),
            ));
            let built = crate::build_leaving(&args.options(&root));
            crate::progress::finish();
            let (built, leftovers) = built?;
            // The process exits next: its memory goes back whole, not one allocation at a time.
            std::mem::forget(leftovers);
            eprint!("{}", report::diagnostics(&built.warnings));
            println!("{}", report::build_summary(&built));
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { format } => {
            let checkup = crate::check(&root)?;
            match format {
                Format::Text => print!("{}", report::check_text(&checkup)),
                Format::Json => println!("{}", report::check_json(&checkup)),
            }
            let failed = checkup.problems.iter().any(Diagnostic::is_error);
            Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Command::Watch(args) => {
            crate::watch::run(args.options(&root), until_ctrl_c()?, |event| {
                report::print_watch_event(&event);
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { build, port } => {
            crate::serve::run(build.options(&root), port, until_ctrl_c()?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir } => {
            let dir = root.join(dir);
            let written = crate::load::init(&dir)?;
            for path in &written {
                println!("wrote {}", path.display());
            }
            print!("{}", init_next_steps(&dir));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What `gloss init` prints after the files it wrote: how to see the starter digest, and how to
/// add an article, a term and a note to it.
pub fn init_next_steps(dir: &std::path::Path) -> String {
    let dir = dir.display();
    format!(
        "
A new digest in {dir}: an example deal (content/terms.toml: one event, one term and its
automatic check), one article that gets the term wrong and one note of your own.

Next steps:
  cd {dir}
  gloss build        builds public/; open public/index.html (the check has flagged \"$3 billion\")
  gloss serve        the same, rebuilt on every save, at http://127.0.0.1:1111/

  Add an article:    gloss import PAGE.html (a web page you saved), or copy
                     content/articles/sample-article.md to content/articles/<slug>.md and edit it.
  Add a term:        copy the [[term]] block in content/terms.toml; give it a new id, its event,
                     a short title and the official wording (quote). Add an [[event]] for a new date.
  Add a note:        add a [[note]] to content/annotations/<slug>.toml, the article's file name
                     with .toml: quote = words copied from the article, kind, text (and term =
                     for kind = \"contradicts-terms\").
  gloss check        lists every problem (file and line, and what to do) and what the checks found.
"
    )
}
