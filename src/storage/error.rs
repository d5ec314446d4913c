//! Everything that can go wrong reading or writing files, each message naming the file last.

use std::io;
use std::path::PathBuf;

/// A storage error. Messages put the cause first and the path last.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file is not there.
    #[error("file not found: {}", path.display())]
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The file could not be read.
    #[error("could not read the file ({}): {}", describe(cause), path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why. Not an error `source`: the message already says it, once.
        cause: io::Error,
    },
    /// The file is larger than any real assessment or bank.
    #[error("file is too large for the workbook ({size} bytes, the limit is {limit} bytes): {}", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error("file is not UTF-8 text (invalid byte at line {line}, column {column}): {}", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte, from 1.
        line: usize,
        /// Column (in bytes) of the first invalid byte, from 1.
        column: usize,
    },
    /// The file is not valid JSON, or does not have the expected shape.
    #[error("{what} is not valid (line {line}, column {column}: {message}): {}", path.display())]
    Json {
        /// "assessment" or "framework bank".
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// The file has no `format_version`, so it is not an assessment.
    #[error("file has no format_version, so it is not a Civic Impact Workbook assessment: {}", path.display())]
    NoFormatVersion {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer version of the workbook.
    #[error(
        "assessment was written in format version {found}, newer than this workbook reads ({supported}); \
         open it with a newer Civic Impact Workbook: {}",
        path.display()
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
        path.display()
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
        "framework bank has {} problem(s):\n  {}\nin {}",
        problems.len(),
        problems.iter().map(|p| crate::model::text::escaped(p)).collect::<Vec<_>>().join("\n  "),
        path.display()
    )]
    InvalidFramework {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<String>,
    },
    /// The file already exists and overwriting was not asked for.
    #[error("file already exists (use --force to replace it): {}", path.display())]
    AlreadyExists {
        /// The file.
        path: PathBuf,
    },
    /// The same assessor's file was given twice (or a copy of it).
    #[error("the same assessment was given twice ({} and {}); each assessor's file is combined once", first.display(), path.display())]
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
    #[error("could not save ({}); nothing was written over: {}", describe(cause), path.display())]
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
    #[error("nothing was exported: could not write ({}): {}", describe(cause), path.display())]
    NotExported {
        /// The file that could not be written.
        path: PathBuf,
        /// Why.
        cause: io::Error,
    },
    /// Every file of an export was written, but one could not be put in its place.
    #[error(
        "the export was cut short: written {}; could not put in place ({}): {}{}",
        if written.is_empty() { "none".to_owned() } else { list(written.iter().map(PathBuf::as_path)) },
        describe(cause),
        path.display(),
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

/// Paths as a list for a message: `a, b and c`.
fn list<'a>(paths: impl Iterator<Item = &'a std::path::Path>) -> String {
    let names: Vec<String> = paths.map(|p| p.display().to_string()).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::scoring::wording::join_and(&names)
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
            Self::Json {
                line,
                column,
                message,
                ..
            } if message.starts_with("EOF while parsing") => format!(
                "This file is cut off: it may not have finished saving. (line {line}, column {column})"
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
