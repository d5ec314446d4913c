//! The command line's help and its mistakes in the catalogue's words: the parser is clap's, built
//! from [`Cli`], with every subcommand's about, every argument's help and value name, and the
//! help page's headings replaced by catalogue messages before parsing.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, CommandFactory as _, FromArgMatches as _};

use super::{Cli, PROGRAM};
use crate::tr;

/// The parser of the command line, worded in this thread's language.
pub fn command() -> clap::Command {
    let mut command = Cli::command();
    // Built first, so that the help flags, the version flag, the `help` subcommand and the
    // global options copied into each subcommand are there to be worded too.
    command.build();
    let usage = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-help-usage")
    );
    localise(command, &usage)
}

/// The command line parsed; on a mistake or a request for help, prints it and exits as clap
/// does (0 for help and the version, 2 for a mistake).
pub fn parse(args: &[OsString]) -> Cli {
    match try_parse(args) {
        Ok(cli) => cli,
        Err(Mistake::Clap(err)) => err.exit(),
        Err(Mistake::Words(text)) => {
            eprint!("{text}");
            std::process::exit(2);
        }
    }
}

/// Why the command line was not parsed: help or the version to print (clap's own), or a
/// mistake in the catalogue's words.
#[derive(Debug)]
pub enum Mistake {
    /// Help, the version, or a mistake clap words itself.
    Clap(clap::Error),
    /// A mistake, worded: its line, the usage line and where to find more.
    Words(String),
}

/// The command line parsed, or why not.
pub fn try_parse(args: &[OsString]) -> Result<Cli, Mistake> {
    // Most runs parse without a word of help shown: the command as declared (the same
    // arguments) reads them, and the catalogue's wording of the help is built only for help,
    // the version and mistakes, which cost a start-up nothing otherwise.
    if let Ok(matches) = Cli::command().try_get_matches_from(args)
        && let Ok(cli) = Cli::from_arg_matches(&matches)
    {
        return Ok(cli);
    }
    let mut command = command();
    let matches = match command.try_get_matches_from_mut(args) {
        Ok(matches) => matches,
        Err(err) => return Err(worded(err, &command, args)),
    };
    Cli::from_arg_matches(&matches).map_err(Mistake::Clap)
}

/// The subcommand named among the arguments, if any, or the whole command.
fn subcommand<'a>(command: &'a clap::Command, args: &[OsString]) -> &'a clap::Command {
    args.iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .find_map(|arg| command.find_subcommand(arg))
        .unwrap_or(command)
}

/// A mistake in the command line in the catalogue's words.
fn worded(err: clap::Error, command: &clap::Command, args: &[OsString]) -> Mistake {
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(" "),
        Some(ContextValue::StyledStr(text)) => text.to_string(),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let message = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return Mistake::Clap(err),
        ErrorKind::UnknownArgument => tr!("cli-usage-unknown-argument", arg = arg.clone()),
        ErrorKind::MissingRequiredArgument => tr!("cli-usage-missing", args = arg.clone()),
        ErrorKind::InvalidSubcommand => tr!(
            "cli-usage-unknown-subcommand",
            subcommand = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::ValueValidation => {
            let problem = std::error::Error::source(&err)
                .map(ToString::to_string)
                .unwrap_or_default();
            tr!(
                "cli-usage-invalid-value",
                value = value.clone(),
                arg = arg.clone(),
                problem = problem
            )
        }
        ErrorKind::InvalidValue => tr!(
            "cli-usage-not-possible",
            value = value.clone(),
            arg = arg.clone()
        ),
        ErrorKind::ArgumentConflict if text(ContextKind::PriorArg) == arg => {
            tr!("cli-usage-repeated", arg = arg.clone())
        }
        ErrorKind::ArgumentConflict => tr!(
            "cli-usage-conflict",
            arg = arg.clone(),
            other = text(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!("cli-usage-values", arg = arg.clone())
        }
        ErrorKind::NoEquals => tr!("cli-usage-no-equals", arg = arg.clone()),
        ErrorKind::InvalidUtf8 => tr!("cli-usage-not-utf8"),
        _ => tr!("cli-usage-other"),
    };
    let mut out = tr!("cli-usage-error", message = message);
    out.push('\n');
    let valid = text(ContextKind::ValidValue);
    if !valid.is_empty() && err.kind() == ErrorKind::InvalidValue {
        let _ = write!(out, "\n  {}\n", tr!("cli-usage-possible", values = valid));
    }
    let suggestion = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .map(text)
        .find(|s| !s.is_empty());
    if let Some(suggestion) = suggestion {
        let _ = write!(
            out,
            "\n  {}\n",
            tr!("cli-usage-similar", suggestion = suggestion)
        );
    } else if matches!(
        err.get(ContextKind::TrailingArg),
        Some(ContextValue::Bool(true))
    ) {
        let _ = write!(out, "\n  {}\n", tr!("cli-usage-as-value", arg = arg));
    }
    // The usage line of the subcommand in question, without clap's own heading.
    let usage = subcommand(command, args)
        .clone()
        .help_template("{usage}")
        .render_help()
        .to_string();
    let _ = write!(
        out,
        "\n{}\n\n{}\n",
        tr!("cli-usage-line", usage = usage.trim_end()),
        tr!("cli-usage-more")
    );
    Mistake::Words(out)
}

/// One command and its subcommands worded from the catalogue.
fn localise(command: clap::Command, template: &str) -> clap::Command {
    let name = command.get_name().to_owned();
    let about = about(&name);
    let command = command
        .help_template(template.to_owned())
        .subcommand_help_heading(crate::i18n::kept(tr!("cli-help-commands")))
        .subcommand_value_name(crate::i18n::kept(tr!("cli-help-command-value")))
        .mut_args(|arg| localise_arg(&name, arg))
        .mut_subcommands(|sub| localise(sub, template));
    match about {
        Some(about) => command.about(about).long_about(None),
        None => command,
    }
}

/// What a subcommand does, by its name (the program's own name for the whole command).
fn about(command: &str) -> Option<String> {
    Some(match command {
        "new" => tr!("cli-about-new"),
        "questions" => tr!("cli-about-questions"),
        "validate" => tr!("cli-about-validate"),
        "export" => tr!("cli-about-export"),
        "score" => tr!("cli-about-score"),
        "combine" => tr!("cli-about-combine"),
        "migrate" => tr!("cli-about-migrate"),
        "merge" => tr!("cli-about-merge"),
        "messages" => tr!("cli-about-messages"),
        "help" => tr!("cli-about-help"),
        PROGRAM => tr!("cli-about"),
        _ => return None,
    })
}

/// An argument's help, value name and heading, by its subcommand and id.
fn localise_arg(command: &str, arg: Arg) -> Arg {
    let heading = if arg.is_positional() {
        tr!("cli-help-arguments")
    } else {
        tr!("cli-help-options")
    };
    let arg = arg.help_heading(crate::i18n::kept(heading)).long_help(None);
    let arg = match help(command, arg.get_id().as_str()) {
        Some(help) => arg.help(help),
        None => arg,
    };
    match value_name(command, arg.get_id().as_str()) {
        Some(name) => arg.value_name(crate::i18n::kept(name)),
        None => arg,
    }
}

/// The help of the argument `id` of `command`.
fn help(command: &str, id: &str) -> Option<String> {
    Some(match (command, id) {
        (_, "help") if command != "help" => tr!("cli-arg-help"),
        (_, "version") => tr!("cli-arg-version"),
        (_, "framework") => tr!("cli-arg-framework"),
        (_, "lang") => tr!("cli-arg-lang"),
        (_, "messages") => tr!("cli-arg-messages"),
        ("help", _) => tr!("cli-arg-help-subcommand"),
        (PROGRAM, "file") => tr!("cli-arg-open-file"),
        ("questions", "json") => tr!("cli-arg-questions-json"),
        ("validate" | "score" | "export", "file") => tr!("cli-arg-assessment-file"),
        ("score", "json") => tr!("cli-arg-score-json"),
        ("score", "baseline") => tr!("cli-arg-score-baseline"),
        ("score", "date") => tr!("cli-arg-score-date"),
        ("migrate", "file") => tr!("cli-arg-migrate-file"),
        ("migrate", "to") => tr!("cli-arg-migrate-to"),
        ("migrate", "map") => tr!("cli-arg-migrate-map"),
        ("migrate", "output") => tr!("cli-arg-migrate-output"),
        ("migrate", "force") => tr!("cli-arg-migrate-force"),
        ("combine", "files") => tr!("cli-arg-combine-files"),
        ("combine", "output") => tr!("cli-arg-combine-output"),
        ("combine", "force") => tr!("cli-arg-combine-force"),
        ("new", "output") => tr!("cli-arg-new-output"),
        ("new", "institution") => tr!("cli-arg-new-institution"),
        ("new", "title") => tr!("cli-arg-new-title"),
        ("new", "period") => tr!("cli-arg-new-period"),
        ("new", "force") => tr!("cli-arg-new-force"),
        ("export", "output") => tr!("cli-arg-export-output"),
        ("export", "csv") => tr!("cli-arg-export-csv"),
        ("export", "markdown") => tr!("cli-arg-export-markdown"),
        ("export", "baseline") => tr!("cli-arg-export-baseline"),
        ("export", "date") => tr!("cli-arg-export-date"),
        ("export", "force") => tr!("cli-arg-export-force"),
        ("merge", "base") => tr!("cli-arg-merge-base"),
        ("merge", "mine") => tr!("cli-arg-merge-mine"),
        ("merge", "theirs") => tr!("cli-arg-merge-theirs"),
        ("merge", "output") => tr!("cli-arg-merge-output"),
        ("merge", "no_backup") => tr!("cli-arg-merge-no-backup"),
        ("merge", "json") => tr!("cli-arg-merge-json"),
        ("messages", "output") => tr!("cli-arg-messages-output"),
        _ => return None,
    })
}

/// The placeholder of the argument `id`'s value in `command`, for those that take one.
fn value_name(command: &str, id: &str) -> Option<String> {
    Some(match (command, id) {
        (_, "framework") | (PROGRAM | "validate" | "score" | "export" | "migrate", "file") => {
            tr!("cli-value-file")
        }
        ("combine", "files") | ("new", "output") => tr!("cli-value-file"),
        (_, "lang") => tr!("cli-value-lang"),
        (_, "messages") | ("messages", "output") => tr!("cli-value-folder"),
        ("help", "subcommand") => tr!("cli-help-command-value"),
        ("new", "institution") => tr!("cli-value-name"),
        ("new", "title" | "period") => tr!("cli-value-text"),
        (_, "baseline") => tr!("cli-value-earlier"),
        ("migrate", "to") => tr!("cli-value-bank"),
        ("migrate", "map") => tr!("cli-value-map"),
        ("migrate" | "merge", "output") => tr!("cli-value-out-assessment"),
        ("combine", "output") => tr!("cli-value-group"),
        ("export", "output") => tr!("cli-value-out-pdf"),
        ("export", "csv") => tr!("cli-value-out-csv"),
        ("export", "markdown") => tr!("cli-value-out-md"),
        ("export" | "score", "date") => tr!("cli-value-date"),
        ("merge", "base") => tr!("cli-value-base"),
        ("merge", "mine") => tr!("cli-value-mine"),
        ("merge", "theirs") => tr!("cli-value-theirs"),
        _ => return None,
    })
}
