//! Everything that can go wrong reading or writing files, each message naming the file last.

use std::io;
use std::path::PathBuf;

use crate::model::text::escaped_path;

/// A storage error. Messages put the cause first and the path last.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file is not there.
    #[error("file not found: {}", escaped_path(path))]
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The path is a link (a symbolic link) to a file that is not there.
    #[error(
        "the file is a link to {}, which is not there: {}",
        escaped_path(target),
        escaped_path(path)
    )]
    DanglingLink {
        /// The link.
        path: PathBuf,
        /// Where it points, as the link says.
        target: PathBuf,
    },
    /// The file could not be read.
    #[error(
        "could not read the file ({}): {}",
        describe(cause),
        escaped_path(path)
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// Why. Not an error `source`: the message already says it, once.
        cause: io::Error,
    },
    /// The file is larger than any real assessment or bank.
    #[error(
        "file is too large for the workbook ({size} bytes, the limit is {limit} bytes): {}",
        escaped_path(path)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error(
        "file is not UTF-8 text (invalid byte at line {line}, column {column}): {}",
        escaped_path(path)
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte, from 1.
        line: usize,
        /// Column (in bytes) of the first invalid byte, from 1.
        column: usize,
    },
    /// The file is not valid JSON, or does not have the expected shape.
    #[error(
        "{what} is not valid (line {line}, column {column}: {message}): {}",
        escaped_path(path)
    )]
    Json {
        /// "assessment" or "framework bank".
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What kind of problem it is.
        problem: JsonProblem,
        /// What is wrong there: the parser's words, or ours for a broken escape.
        message: String,
    },
    /// The file has no `format_version`, so it is not an assessment.
    #[error(
        "file has no format_version, so it is not a Civic Impact Workbook assessment: {}",
        escaped_path(path)
    )]
    NoFormatVersion {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer version of the workbook.
    #[error(
        "assessment was written in format version {found}, newer than this workbook reads ({supported}); \
         open it with a newer Civic Impact Workbook: {}",
        escaped_path(path)
    )]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// Version in the file.
        found: u64,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The assessment answers a different framework than the one in use.
    #[error(
        "assessment is for the framework \"{found}\", but the framework in use is \"{expected}\" \
         (load the matching bank with --framework FILE): {}",
        escaped_path(path)
    )]
    WrongFramework {
        /// The file.
        path: PathBuf,
        /// Framework id in the file.
        found: String,
        /// Framework id in use.
        expected: String,
    },
    /// The framework bank breaks its rules; every problem is listed.
    #[error(
        "framework bank has {}:\n  {}\nin {}",
        if problems.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", problems.len()) },
        problems.iter().map(|p| crate::model::text::escaped(p)).collect::<Vec<_>>().join("\n  "),
        escaped_path(path)
    )]
    InvalidFramework {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<String>,
    },
    /// The file already exists and overwriting was not asked for.
    #[error(
        "file already exists (use --force to replace it): {}",
        escaped_path(path)
    )]
    AlreadyExists {
        /// The file.
        path: PathBuf,
    },
    /// The same assessor's file was given twice (or a copy of it).
    #[error(
        "the same assessment was given twice ({} and {}); each assessor's file is combined once",
        escaped_path(first),
        escaped_path(path)
    )]
    SameFileTwice {
        /// The second mention.
        path: PathBuf,
        /// The first.
        first: PathBuf,
    },
    /// The assessors' files could not be combined; the message names the file last.
    #[error("{0}")]
    Combine(String),
    /// Writing failed; the previous file, if any, is untouched.
    #[error(
        "could not save ({}); nothing was written over: {}",
        describe(cause),
        escaped_path(path)
    )]
    Write {
        /// The file.
        path: PathBuf,
        /// Why. Not an error `source`: the message already says it, once.
        cause: io::Error,
    },
    /// An export would replace files the person did not agree to replace; every one is named.
    #[error(
        "nothing was exported, as {} not {} of this workbook (choose other names, or add --force \
         to replace {}, each kept beside it as a backup): {}",
        if files.len() == 1 { "this file is already there and is" } else { "these files are already there and are" },
        if files.len() == 1 { "an earlier export" } else { "earlier exports" },
        if files.len() == 1 { "it" } else { "them" },
        list(files.iter().map(|f| f.path.as_path())),
    )]
    WouldReplace {
        /// The files, in the order of the exports.
        files: Vec<super::export_file::Existing>,
    },
    /// One of an export's files could not be written, so none was.
    #[error(
        "nothing was exported: could not write ({}): {}",
        describe(cause),
        escaped_path(path)
    )]
    NotExported {
        /// The file that could not be written.
        path: PathBuf,
        /// Why.
        cause: io::Error,
    },
    /// An export's path names a folder (it ends in `/`, or is one) rather than a file.
    #[error("nothing was exported, as this path names a folder, not a file (add a file's name, such as {}): {}", escaped_path(&path.join(example)), escaped_path(path))]
    NotAFileName {
        /// The path given.
        path: PathBuf,
        /// A file name of the export's kind, such as `report.pdf`, for the example.
        example: &'static str,
    },
    /// Every file of an export was written, but one could not be put in its place.
    #[error(
        "{}; could not put in place ({}): {}{}",
        if written.is_empty() { "nothing was exported".to_owned() } else {
            format!("the export was cut short: written {}", list(written.iter().map(PathBuf::as_path)))
        },
        describe(cause),
        escaped_path(path),
        if not_written.is_empty() { String::new() } else {
            format!("; not written, and as before: {}", list(not_written.iter().map(PathBuf::as_path)))
        },
    )]
    ExportedInPart {
        /// The files already in place.
        written: Vec<PathBuf>,
        /// The file that could not be put in place (what was there before is still there).
        path: PathBuf,
        /// Files after it, not written.
        not_written: Vec<PathBuf>,
        /// Why.
        cause: io::Error,
    },
}

/// What kind of problem a JSON error is, as `serde_json` classifies it (its words are never read
/// back), so each kind can be worded for people in its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text stops before the JSON does: the file is cut off.
    CutOff,
    /// A `\u` escape in a text that makes no character: half of a pair (`\ud800` alone), or
    /// not four hexadecimal digits.
    BrokenEscape,
    /// Not JSON at this point.
    Syntax,
    /// JSON, but not the shape expected: a wrong type, an unknown field, a value out of range.
    Shape,
}

impl JsonProblem {
    /// What is wrong, when the workbook words it rather than the parser.
    pub(crate) fn worded(self) -> Option<&'static str> {
        match self {
            Self::BrokenEscape => Some(
                "the text holds a broken character escape: a \\u code that makes no character, \
                 such as half of a pair",
            ),
            Self::CutOff | Self::Syntax | Self::Shape => None,
        }
    }
}

/// Paths as a list for a message: `a, b and c`.
fn list<'a>(paths: impl Iterator<Item = &'a std::path::Path>) -> String {
    let names: Vec<String> = paths.map(escaped_path).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::i18n::join_and(&names)
}

impl Error {
    /// The error for the app's people: plain words first, the details (line and column, the
    /// parser's words) after, in brackets. The file is named by the caller.
    pub fn for_people(&self) -> String {
        match self {
            Self::NotFound { .. } => {
                "There is no file there any more: it may have been moved, renamed or deleted."
                    .to_owned()
            }
            Self::DanglingLink { target, .. } => format!(
                "This file is a link to {}, which is not there: it may have been moved, renamed \
                 or deleted.",
                escaped_path(target)
            ),
            Self::Json {
                line,
                column,
                problem: JsonProblem::CutOff,
                ..
            } => format!(
                "This file is cut off: it may not have finished saving. (line {line}, column {column})"
            ),
            Self::Json {
                line,
                column,
                problem: JsonProblem::BrokenEscape,
                ..
            } => format!(
                "This file holds a broken character escape in a text: it may have been changed by \
                 another program. (line {line}, column {column})"
            ),
            Self::Json {
                line,
                column,
                message,
                ..
            } => format!(
                "This file is not an assessment the workbook can read: it may have been changed by \
                 another program. (line {line}, column {column}: {message})"
            ),
            Self::NotUtf8 { line, column, .. } => format!(
                "This file is not a workbook assessment: it is not text. (line {line}, column {column})"
            ),
            Self::NoFormatVersion { .. } => {
                "This file is JSON, but not a Civic Impact Workbook assessment.".to_owned()
            }
            Self::Read { cause, .. } => format!(
                "The file could not be read: check that you may open it and that its drive is \
                 there. ({})",
                describe(cause)
            ),
            other => {
                // The others already read plainly; the path goes, as the caller names the file.
                let text = other.to_string();
                let text = match text.rsplit_once(": ") {
                    Some((head, _)) => head.to_owned(),
                    None => text,
                };
                let mut chars = text.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect::<String>() + "."
                })
            }
        }
    }
}

/// An I/O error in words, without the temporary file's name that some errors carry (the
/// message names the user's file instead).
fn describe(cause: &io::Error) -> String {
    let text = cause.to_string();
    match text.split_once(" at path ") {
        Some((head, _)) => head.to_owned(),
        None => text,
    }
}
