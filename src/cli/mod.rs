//! The headless command line: `new`, `questions`, `validate` and `score`. Exit codes as
//! ripgrep's: 0 ok, 1 problems found, 2 could not run. Errors print the cause and the path.

mod output;

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, Parser, Subcommand};
use time::OffsetDateTime;

use crate::model::{self, Assessment, Framework};
use crate::scoring;
use crate::storage::export_file::{self, ExportKind};
use crate::storage::{assessment_file, framework_file};

/// Civic Impact Workbook: self-assess against the Civic Impact Framework and report on it.
#[derive(Debug, Parser)]
#[command(name = "civic-workbook", version, about)]
pub struct Cli {
    /// An assessment to open in the workbook.
    pub file: Option<PathBuf>,
    /// Use this framework bank instead of the built-in Civic Impact Framework.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// A headless subcommand; without one the workbook opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a blank assessment.
    New(NewArgs),
    /// List the domains, key questions and phases of the framework in use.
    Questions {
        /// Print the framework as JSON (the bank file format).
        #[arg(long)]
        json: bool,
    },
    /// List every problem in an assessment, one per line; exit 1 when there are any.
    Validate {
        /// The assessment file.
        file: PathBuf,
    },
    /// Export the scored PDF report of an assessment.
    Export(ExportArgs),
    /// Print the scores of an assessment.
    Score {
        /// The assessment file.
        file: PathBuf,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Arguments of `new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to write the assessment (NAME.civic.json).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The university or partnership assessed.
    #[arg(long, value_name = "NAME")]
    pub institution: Option<String>,
    /// The assessment's title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The period covered, such as 2026–27.
    #[arg(long, value_name = "TEXT")]
    pub period: Option<String>,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The assessment file.
    pub file: PathBuf,
    /// Where to write the PDF report.
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: PathBuf,
    /// The export date printed on the cover and in the metadata (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// What a subcommand found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything is fine.
    Ok,
    /// The subcommand ran and found problems.
    Problems,
}

/// The exit code for a result: 0 ok, 1 problems found, 2 could not run (with the error printed).
pub fn exit_code(result: Result<Outcome>) -> ExitCode {
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(err) => {
            // A closed pipe (`| head`) is not an error worth a message.
            if err
                .downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("civic-workbook: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let framework = load_framework(cli.framework.as_deref())?;
    let mut out = io::stdout().lock();
    let text = match cli.command {
        // The binary opens the desktop workbook itself; headless, there is only the help.
        None => <Cli as clap::CommandFactory>::command()
            .render_help()
            .to_string(),
        Some(Command::New(args)) => {
            new(&framework, &args)?;
            format!("Created {}\n", args.output.display())
        }
        Some(Command::Questions { json }) => {
            if json {
                output::framework_json(&framework)?
            } else {
                output::framework_text(&framework)
            }
        }
        Some(Command::Validate { file }) => {
            let assessment = load_assessment(&file, &framework)?;
            let problems = model::problems(&framework, &assessment);
            let text = output::problems_text(&file, &problems);
            out.write_all(text.as_bytes())?;
            return Ok(if problems.is_empty() {
                Outcome::Ok
            } else {
                Outcome::Problems
            });
        }
        Some(Command::Export(args)) => {
            export(&framework, &args)?;
            format!("Exported the report to {}\n", args.output.display())
        }
        Some(Command::Score { file, json }) => {
            let assessment = load_assessment(&file, &framework)?;
            let card = scoring::score(&framework, &assessment);
            if json {
                output::score_json(&framework, &assessment, &card)?
            } else {
                output::score_text(&framework, &assessment, &card)
            }
        }
    };
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Ok)
}

/// The framework in use: the file given, or the built-in bank.
pub fn framework_for(path: Option<&Path>) -> Result<Framework> {
    load_framework(path)
}

fn load_framework(path: Option<&Path>) -> Result<Framework> {
    Ok(match path {
        Some(path) => framework_file::load(path)?,
        None => {
            framework_file::default_framework().context("the built-in framework bank is damaged")?
        }
    })
}

fn load_assessment(path: &Path, framework: &Framework) -> Result<Assessment> {
    Ok(assessment_file::load(path, framework)?)
}

fn new(framework: &Framework, args: &NewArgs) -> Result<()> {
    let mut assessment = Assessment::new(framework, now());
    assessment.institution = args.institution.clone().unwrap_or_default();
    assessment.title = args
        .title
        .clone()
        .unwrap_or_else(|| "Civic impact self-assessment".to_owned());
    assessment.period = args.period.clone().unwrap_or_default();
    assessment_file::create(&args.output, &assessment, args.force, framework)?;
    Ok(())
}

fn export(framework: &Framework, args: &ExportArgs) -> Result<()> {
    let date = match &args.date {
        Some(text) => crate::model::problems::parse_due_date(text).with_context(|| {
            let problem = crate::model::problems::due_date_problem(text).unwrap_or_default();
            format!("--date: {}", problem.trim_start_matches("due "))
        })?,
        None => now().date(),
    };
    let assessment = load_assessment(&args.file, framework)?;
    let bytes = crate::report::render(framework, &assessment, date)
        .with_context(|| format!("the report of {} could not be made", args.file.display()))?;
    export_file::write(&args.output, &bytes, ExportKind::Pdf, Some(&args.file))?;
    Ok(())
}

/// The current time to the second, so files do not carry meaningless nanoseconds.
fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}
