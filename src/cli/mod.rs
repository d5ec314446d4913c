//! The headless command line: `new`, `questions`, `validate`, `score`, `export`, `combine`,
//! `migrate`, `merge` and `messages`.
//! Exit codes as ripgrep's: 0 ok, 1 problems found, 2 could not run. Errors print the cause and
//! the path.

pub mod help;
mod merge;
mod output;
mod refusal;

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, Parser, Subcommand};
use time::OffsetDateTime;

use crate::export::{self, Format};
use crate::i18n::{self, Lang};
use crate::model::text::{escaped, escaped_but_lines, escaped_path};
use crate::model::{self, Assessment, Framework};
use crate::scoring;
use crate::storage::export_file::{self, Replace};
use crate::storage::{assessment_file, framework_file, group_files};
use crate::tr;
pub use merge::MergeArgs;
pub use refusal::{Refusal, Side};

/// The program's name, as it starts every error and warning.
pub const PROGRAM: &str = "civic-workbook";

/// Civic Impact Workbook: self-assess against the Civic Impact Framework and report on it.
#[derive(Debug, Parser)]
#[command(name = "civic-workbook", version, about)]
pub struct Cli {
    /// An assessment to open in the workbook.
    pub file: Option<PathBuf>,
    /// Use this framework bank instead of the built-in Civic Impact Framework.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// The language of the workbook, its messages and its exports: cy, en-GB, or qps-ploc (a
    /// pseudo-locale that shows which words do not come from the catalogue); `cy+en` for a
    /// bilingual report (messages in Welsh).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Languages>,
    /// Use the corrected copy of the language's catalogue in this folder (written by
    /// `messages`): each message it corrects replaces the built-in one. Applied before the
    /// arguments are parsed ([`use_messages`]).
    #[arg(long, global = true, value_name = "DIR")]
    pub messages: Option<PathBuf>,
    /// A headless subcommand; without one the workbook opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A language the workbook speaks, or both for a report, from its tag.
fn parse_lang(tag: &str) -> Result<crate::i18n::Languages, String> {
    crate::i18n::Languages::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL
            .iter()
            .map(|l| l.tag())
            .chain([crate::i18n::Languages::Both.tag()])
            .collect();
        tr!("cli-lang-unknown", languages = commas(&known))
    })
}

/// The language named by `--lang` among the program's arguments, read before they are parsed
/// so that the help and the parser's own messages are in it too.
pub fn language_asked(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let tag = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        // A bilingual report's messages are in its first language, Welsh.
        let asked = tag.and_then(crate::i18n::Languages::from_tag);
        if let Some(lang) = asked.map(crate::i18n::Languages::first) {
            return Some(lang);
        }
    }
    None
}

/// The folder named by `--messages` among the program's arguments, read before they are parsed
/// (as [`language_asked`]), so that the help and the parser's messages are corrected too.
pub fn messages_asked(args: &[std::ffi::OsString]) -> Option<PathBuf> {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--messages" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.to_str().and_then(|a| a.strip_prefix("--messages=")) {
            return Some(PathBuf::from(dir));
        }
    }
    None
}

/// Uses the corrected catalogue of `--messages`, if given, for the process's language (set
/// first, by [`set_language`]), and warns on standard error about each file and message of it
/// that is not used (the built-in one stands in; the command still runs).
pub fn use_messages(args: &[std::ffi::OsString]) {
    let Some(dir) = messages_asked(args) else {
        return;
    };
    for problem in crate::storage::catalogue_files::use_corrections(i18n::language(), &dir) {
        // The problem escapes the paths and names it quotes.
        warn(&problem.to_string());
    }
}

/// Sets the process's language: `--lang` if given, else the system's (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`; `cy_GB.UTF-8` gives Welsh), else British English.
pub fn set_language(args: &[std::ffi::OsString]) {
    let lang = language_asked(args)
        .or_else(crate::storage::locale::system_language)
        .unwrap_or_default();
    i18n::set_language(lang);
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
    /// Export the scored PDF report of an assessment, its data as CSV, or it as Markdown.
    Export(ExportArgs),
    /// Print the scores of an assessment.
    Score {
        /// The assessment file.
        file: PathBuf,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
        /// Also show what changed since this earlier assessment.
        #[arg(long, value_name = "EARLIER.civic.json")]
        baseline: Option<PathBuf>,
        /// The date overdue actions are counted on in the key messages (default: today, on the
        /// local calendar), as `export --date` dates the report's.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Combine several assessors' files into one group assessment.
    Combine(CombineArgs),
    /// Move an assessment to another version of the question bank, keeping every answer.
    Migrate(MigrateArgs),
    /// Merge two copies of one assessment changed apart (BASE, the version both started from;
    /// MINE; THEIRS) into OUT; exit 1 when both changed something differently. Usable as git's
    /// merge driver.
    Merge(MergeArgs),
    /// Write the language's built-in catalogue into a folder, for a translation unit to correct
    /// and use with `--messages`.
    Messages(MessagesArgs),
}

/// Arguments of `messages`.
#[derive(Debug, Args)]
pub struct MessagesArgs {
    /// The folder to write the catalogue's files into (made if missing); no file there is
    /// replaced.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

/// Arguments of `migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The assessment to move (it is not changed).
    pub file: PathBuf,
    /// The new version of the question bank.
    #[arg(long, value_name = "BANK.json")]
    pub to: PathBuf,
    /// How old question ids become new ones: renamed domains and questions, split and merged
    /// questions. Ids that carry over need no entry.
    #[arg(long, value_name = "MAP.json")]
    pub map: Option<PathBuf>,
    /// Where to write the moved assessment.
    #[arg(short, long, value_name = "OUT.civic.json")]
    pub output: PathBuf,
    /// Replace the output file if it exists (an assessment only; kept as NAME.bak, or
    /// NAME.1.bak when NAME.bak is not an assessment).
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `combine`.
#[derive(Debug, Args)]
pub struct CombineArgs {
    /// The assessors' files (two or more). Each assessor is named by the one person in the
    /// file's team, or else by the file's name.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Where to write the group assessment.
    #[arg(short, long, value_name = "GROUP.civic.json")]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
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

/// Arguments of `export`: at least one of `-o`, `--csv` and `--markdown`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("outputs").required(true).multiple(true).args(["output", "csv", "markdown"])))]
pub struct ExportArgs {
    /// The assessment file.
    pub file: PathBuf,
    /// Where to write the PDF report.
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    /// Write one row per question to this CSV file, and the actions to OUT-actions.csv beside it.
    #[arg(long, value_name = "OUT.csv")]
    pub csv: Option<PathBuf>,
    /// Write the whole assessment as Markdown to this file.
    #[arg(long, value_name = "OUT.md")]
    pub markdown: Option<PathBuf>,
    /// Compare with this earlier assessment in the report and the Markdown.
    #[arg(long, value_name = "EARLIER.civic.json")]
    pub baseline: Option<PathBuf>,
    /// The export date printed on the cover and in the metadata (default: today, on the local calendar).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Replace files already at the outputs even when they are not this workbook's earlier
    /// exports (each is kept as NAME.bak, or NAME.1.bak, … when NAME.bak holds another file).
    /// Without it, only earlier unchanged exports are replaced.
    #[arg(long)]
    pub force: bool,
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
            // Messages quote files (names, fields, values): control characters are shown
            // escaped, never run by the terminal.
            let message = error_text(&err);
            eprintln!(
                "{}",
                tr!(
                    "cli-error",
                    program = PROGRAM,
                    message = escaped_but_lines(&message)
                )
            );
            ExitCode::from(2)
        }
    }
}

/// An error and its causes, outermost first, in the catalogue's words.
fn error_text(err: &anyhow::Error) -> String {
    let mut chain: Vec<String> = err.chain().map(ToString::to_string).collect();
    let mut text = chain.pop().unwrap_or_default();
    while let Some(context) = chain.pop() {
        text = tr!("cli-error-cause", context = context, cause = text);
    }
    text
}

/// Items listed with commas: "a, b, c" (the user's own names and ids, not a sentence).
pub(crate) fn commas<S: AsRef<str>>(items: &[S]) -> String {
    let mut items = items.iter().map(AsRef::as_ref);
    let first = items.next().unwrap_or_default().to_owned();
    items.fold(first, |init, next| {
        tr!("list-comma", init = init, next = next)
    })
}

/// A warning on standard error, after the program's name.
fn warn(message: &str) {
    eprintln!(
        "{}",
        tr!("cli-warning", program = PROGRAM, message = message)
    );
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    // Its texts in the language of the messages (the bank's own where it has no translation);
    // a report in other languages takes each part's (`report::build_in`).
    let framework = load_framework(cli.framework.as_deref())?.in_language(i18n::language());
    let mut out = io::stdout().lock();
    // JSON escapes control characters itself; text is made safe for a terminal at the end.
    let json = matches!(
        cli.command,
        Some(Command::Questions { json: true } | Command::Score { json: true, .. })
    );
    let text = match cli.command {
        // The binary opens the desktop workbook itself; headless, there is only the help.
        None => help::command().render_help().to_string(),
        Some(Command::New(args)) => {
            let kept = new(&framework, &args)?;
            format!(
                "{}\n{}",
                tr!("cli-created", file = escaped_path(&args.output)),
                kept_text(&args.output, kept)
            )
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
            let mut problems = model::problems(&framework, &assessment);
            // What the report would show as a placeholder is a problem to fix (or accept) too.
            problems.extend(crate::report::coverage::unprintable(&assessment));
            let text = output::problems_text(&file, &problems);
            out.write_all(text.as_bytes())?;
            return Ok(if problems.is_empty() {
                Outcome::Ok
            } else {
                Outcome::Problems
            });
        }
        Some(Command::Export(args)) => export(&framework, &args, cli.lang)?,
        Some(Command::Score {
            file,
            json,
            baseline,
            date,
        }) => {
            let today = match &date {
                Some(text) => date_given(text)?,
                None => crate::storage::clock::today(),
            };
            score(&framework, &file, json, baseline.as_deref(), today)?
        }
        Some(Command::Migrate(args)) => migrate(&framework, &args)?,
        Some(Command::Merge(args)) => {
            // Text comes back made safe for a terminal; JSON escapes itself.
            let (text, outcome) = merge::run(&framework, &args)?;
            out.write_all(text.as_bytes())?;
            out.flush()?;
            return Ok(outcome);
        }
        Some(Command::Messages(args)) => messages(&args)?,
        Some(Command::Combine(args)) => {
            let (group, names, kept) = combine(&framework, &args)?;
            let wide = scoring::wide_spreads(&group);
            format!(
                "{}\n{}",
                tr!(
                    "cli-combined",
                    count = names.len(),
                    names = escaped(&commas(&names)),
                    file = escaped_path(&args.output),
                    spreads = scoring::wording::wide_spreads(wide)
                ),
                kept_text(&args.output, kept),
            )
        }
    };
    let text = if json {
        text.into()
    } else {
        escaped_but_lines(&text)
    };
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Ok)
}

/// `score`: the scores, as a table or JSON, with what changed since `baseline` when given.
fn score(
    framework: &Framework,
    file: &Path,
    json: bool,
    baseline: Option<&Path>,
    today: time::Date,
) -> Result<String> {
    let assessment = load_assessment(file, framework)?;
    let earlier = baseline
        .map(|path| load_baseline(path, file, &assessment, framework))
        .transpose()?;
    let card = scoring::score(framework, &assessment);
    let comparison = earlier.as_ref().map(|earlier| {
        (
            crate::report::content::assessment_label(earlier),
            scoring::compare::compare_scored(
                framework,
                &assessment,
                &card,
                earlier,
                scoring::score(framework, earlier),
            ),
        )
    });
    if json {
        Ok(output::score_json(
            framework,
            &assessment,
            &card,
            comparison.as_ref().map(|(label, c)| (label.as_str(), c)),
        )?)
    } else {
        let mut text = output::score_text(framework, &assessment, &card);
        if let Some((label, comparison)) = &comparison {
            text.push_str(&output::comparison_text(framework, label, comparison));
        }
        // The same key messages as the app's summary and the report's, on `today`.
        let since = comparison
            .as_ref()
            .zip(earlier.as_ref())
            .map(|((label, c), earlier)| scoring::read::Since {
                name: scoring::read::since_name(earlier, label),
                comparison: c,
            });
        let messages =
            scoring::read::key_messages(framework, &assessment, &card, since.as_ref(), today);
        text.push_str(&output::key_messages_text(&messages));
        Ok(text)
    }
}

/// `migrate`: reads the assessment with the bank in use, moves it to `--to`, writes it, and
/// says what moved where.
fn migrate(framework: &Framework, args: &MigrateArgs) -> Result<String> {
    if export_file::same_file(&args.output, &args.file) {
        return Err(Refusal::MigrateSameFile {
            output: args.output.clone(),
        }
        .into());
    }
    let assessment = load_assessment(&args.file, framework)?;
    let to = framework_file::load(&args.to)?;
    let map = args
        .map
        .as_deref()
        .map(framework_file::load_map)
        .transpose()?
        .unwrap_or_default();
    let (migrated, moves) = model::migrate::migrate(&assessment, framework, &to, &map)
        .with_context(|| Refusal::MigrateFailed {
            file: args.file.clone(),
            map: args.map.clone(),
        })?;
    // The bank and the map are inputs too: never replaced, nor a backup's place.
    let inputs: Vec<&Path> = [
        Some(args.file.as_path()),
        Some(args.to.as_path()),
        args.map.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let kept = assessment_file::create(&args.output, &migrated, args.force, &to, &inputs)?;
    Ok(output::moves_text(&args.file, &to, &moves, &args.output) + &kept_text(&args.output, kept))
}

/// `messages`: writes the built-in catalogue of the language in use into the folder, and says
/// what it wrote and how to use it. The pseudo-locale is made from British English as it is
/// shown, so it has no catalogue of its own to write.
fn messages(args: &MessagesArgs) -> Result<String> {
    let lang = i18n::language();
    if lang == Lang::Pseudo {
        return Err(Refusal::MessagesPseudo.into());
    }
    let written = crate::storage::catalogue_files::write(lang, &args.output)?;
    let mut text = String::new();
    for path in &written {
        let _ = writeln!(
            text,
            "{}",
            tr!("cli-messages-wrote", file = escaped_path(path))
        );
    }
    let _ = writeln!(
        text,
        "{}",
        tr!(
            "cli-messages-next",
            lang = lang.tag(),
            folder = escaped_path(&args.output)
        )
    );
    Ok(text)
}

/// The framework in use: the file given, or the built-in bank.
pub fn framework_for(path: Option<&Path>) -> Result<Framework> {
    load_framework(path)
}

fn load_framework(path: Option<&Path>) -> Result<Framework> {
    Ok(match path {
        Some(path) => framework_file::load(path)?,
        None => framework_file::default_framework().context(Refusal::FrameworkDamaged)?,
    })
}

fn load_assessment(path: &Path, framework: &Framework) -> Result<Assessment> {
    Ok(assessment_file::load(path, framework)?)
}

/// Where the file that a command replaced is kept, as a line to print; empty when it replaced
/// none.
fn kept_text(path: &Path, backup: Option<PathBuf>) -> String {
    backup.map_or_else(String::new, |backup| {
        let kept = tr!(
            "cli-kept",
            file = path.display().to_string(),
            backup = backup.display().to_string()
        );
        format!("{kept}\n")
    })
}

fn new(framework: &Framework, args: &NewArgs) -> Result<Option<PathBuf>> {
    let mut assessment = Assessment::new(framework, now());
    assessment.institution = args.institution.clone().unwrap_or_default();
    assessment.title = args.title.clone().unwrap_or_else(|| tr!("cli-new-title"));
    assessment.period = args.period.clone().unwrap_or_default();
    Ok(assessment_file::create(
        &args.output,
        &assessment,
        args.force,
        framework,
        &[],
    )?)
}

/// Loads the earlier assessment of a comparison, refusing the current file itself, and warns
/// (on standard error) about what may make the comparison misleading.
fn load_baseline(
    path: &Path,
    current_path: &Path,
    current: &Assessment,
    framework: &Framework,
) -> Result<Assessment> {
    if export_file::same_file(path, current_path) {
        return Err(Refusal::BaselineItself {
            baseline: path.to_owned(),
        }
        .into());
    }
    let earlier = load_assessment(path, framework).context(Refusal::Baseline)?;
    for warning in scoring::compare::warnings(framework, current, &earlier) {
        eprintln!(
            "{}",
            tr!(
                "cli-warning-file",
                program = PROGRAM,
                message = escaped(&warning),
                file = escaped_path(path)
            )
        );
    }
    Ok(earlier)
}

/// Combines the files into a group assessment and writes it; returns it and the assessors.
fn combine(
    framework: &Framework,
    args: &CombineArgs,
) -> Result<(Assessment, Vec<String>, Option<PathBuf>)> {
    if let Some(input) = args
        .files
        .iter()
        .find(|file| export_file::same_file(file, &args.output))
    {
        return Err(Refusal::CombineOutputIsInput {
            input: input.clone(),
        }
        .into());
    }
    let combined = group_files::combine(&args.files, framework, now())?;
    for note in &combined.differences {
        warn(&escaped(note));
    }
    let inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    let kept = assessment_file::create(
        &args.output,
        &combined.group,
        args.force,
        framework,
        &inputs,
    )?;
    Ok((combined.group, combined.names, kept))
}

fn export(
    framework: &Framework,
    args: &ExportArgs,
    languages: Option<crate::i18n::Languages>,
) -> Result<String> {
    let date = match &args.date {
        Some(text) => date_given(text)?,
        None => crate::storage::clock::today(),
    };
    if args.baseline.is_some() && args.output.is_none() && args.markdown.is_none() {
        return Err(Refusal::BaselineAlone.into());
    }
    let assessment = load_assessment(&args.file, framework)?;
    let baseline = args
        .baseline
        .as_deref()
        .map(|path| load_baseline(path, &args.file, &assessment, framework))
        .transpose()?;
    let replace = if args.force {
        Replace::Any
    } else {
        Replace::OwnExports
    };
    // The assessment and the baseline are never written over, nor a backup's place.
    let inputs: Vec<&Path> = [Some(args.file.as_path()), args.baseline.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let requests: Vec<(Format, &Path)> = [
        (Format::Pdf, &args.output),
        (Format::Csv, &args.csv),
        (Format::Markdown, &args.markdown),
    ]
    .into_iter()
    .filter_map(|(format, path)| Some((format, path.as_deref()?)))
    .collect();
    let source = export::Source {
        framework,
        assessment: &assessment,
        baseline: baseline.as_ref(),
        date,
        languages: languages.unwrap_or(crate::i18n::Languages::One(i18n::language())),
        inputs: &inputs,
    };
    // The same export as the app's: every target checked first, then all files or none. What
    // the report cannot draw and what this command will say are worked out meanwhile.
    let unknown = assessment.unknown_questions(framework).count();
    let (exported, (unprintable, (mut done, unknown_line))) =
        export_meanwhile(&source, &requests, replace, || {
            let unprintable = if args.output.is_some() {
                crate::report::coverage::unprintable(&assessment)
            } else {
                Vec::new()
            };
            (unprintable, exported_lines(args, unknown))
        });
    let kept = exported.map_err(|err| match err {
        export::Error::Report(err) => anyhow::Error::new(err).context(Refusal::ReportFailed {
            file: args.file.clone(),
        }),
        export::Error::Storage(err) => err.into(),
    })?;
    for kept in kept {
        done.push_str(&kept_text(&kept.path, Some(kept.backup)));
    }
    done.push_str(&unknown_line);
    for problem in unprintable {
        // A problem escapes its own text.
        eprintln!(
            "{}",
            tr!(
                "cli-warning-problem",
                program = PROGRAM,
                file = escaped_path(&args.file),
                problem = problem.to_string()
            )
        );
    }
    Ok(done)
}

/// What `export` says once every file is written: a line for each file made, and (said after the
/// files it replaced, which only the export knows) one for answers to questions the framework
/// lacks, if any.
fn exported_lines(args: &ExportArgs, unknown: usize) -> (String, String) {
    let mut done = String::new();
    if let Some(output) = &args.output {
        let _ = writeln!(
            done,
            "{}",
            tr!("cli-exported-report", file = escaped_path(output))
        );
    }
    if let Some(csv) = &args.csv {
        let actions = crate::report::csv::actions_path(csv);
        let _ = writeln!(
            done,
            "{}",
            tr!(
                "cli-exported-csv",
                file = escaped_path(csv),
                actions = escaped_path(&actions)
            )
        );
    }
    if let Some(markdown) = &args.markdown {
        let _ = writeln!(
            done,
            "{}",
            tr!("cli-exported-markdown", file = escaped_path(markdown))
        );
    }
    let mut unknown_line = String::new();
    if unknown > 0 && (args.output.is_some() || args.markdown.is_some()) {
        let _ = writeln!(
            unknown_line,
            "{}",
            tr!("cli-exported-unknown", count = unknown)
        );
    }
    (done, unknown_line)
}

/// [`export::export`], and `meanwhile` on the second core, in this thread's language (idle
/// while the export reads its files and builds the report, and while the PDF is finished):
/// looking for characters the report cannot draw, and wording what the command will say,
/// whose catalogue file is otherwise parsed after the files are written. Without a thread to
/// be had, `meanwhile` runs after the export. A panic there is the caller's, as if it had run
/// on its own thread.
fn export_meanwhile<T: Send>(
    source: &export::Source<'_>,
    requests: &[(Format, &Path)],
    replace: Replace<'_>,
    meanwhile: impl Fn() -> T + Sync,
) -> (
    std::result::Result<Vec<export_file::Kept>, export::Error>,
    T,
) {
    // The thread words in this thread's language; corrections of the catalogue reach it as
    // the command line installs them, for the whole process.
    let language = i18n::language();
    let meanwhile = &meanwhile;
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("export-meanwhile".to_owned())
            .spawn_scoped(scope, move || {
                let _language = i18n::scoped(language);
                meanwhile()
            })
            .ok();
        let exported = export::export(source, requests, replace);
        let done = match helper {
            Some(helper) => helper
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => meanwhile(),
        };
        (exported, done)
    })
}

/// The date given with `--date`, written as 2027-03-31.
fn date_given(text: &str) -> Result<time::Date, Refusal> {
    crate::model::problems::parse_due_date(text).ok_or_else(|| {
        let date = text.trim().to_owned();
        // Shaped as a date (2026-02-30) but none, or not written that way at all.
        let is_shaped = date.len() == 10
            && date.char_indices().all(|(i, c)| match i {
                4 | 7 => c == '-',
                _ => c.is_ascii_digit(),
            });
        if is_shaped {
            Refusal::DateNotReal { date }
        } else {
            Refusal::DateNotIso { date }
        }
    })
}

/// The current time to the second, so files do not carry meaningless nanoseconds.
fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}
