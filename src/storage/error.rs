//! Everything that can go wrong reading or writing files, each a value carrying its facts (the
//! path, the line and column, the kind), worded from the catalogue where it is shown, each
//! message naming the file last.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::export_file::ExportKind;
use super::shape::JsonDetail;
use crate::model::text::escaped_path;

/// A storage error. Messages put the cause first and the path last.
#[derive(Debug)]
pub enum Error {
    /// The file is not there.
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The path is a link (a symbolic link) to a file that is not there.
    DanglingLink {
        /// The link.
        path: PathBuf,
        /// Where it points, as the link says.
        target: PathBuf,
    },
    /// The file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why. Not an error `source`: the message already says it, once.
        cause: io::Error,
    },
    /// The file is larger than any real assessment or bank.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte, from 1.
        line: usize,
        /// Column (in bytes) of the first invalid byte, from 1.
        column: usize,
    },
    /// The file is not valid JSON, or does not have the expected shape.
    Json {
        /// What kind of file it should be.
        what: Document,
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What kind of problem it is.
        problem: JsonProblem,
        /// What is wrong there.
        detail: JsonDetail,
    },
    /// The file has no `format_version`, so it is not an assessment.
    NoFormatVersion {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer version of the workbook.
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// Version in the file.
        found: u64,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The assessment answers a different framework than the one in use.
    WrongFramework {
        /// The file.
        path: PathBuf,
        /// Framework id in the file.
        found: String,
        /// Framework id in use.
        expected: String,
    },
    /// The framework bank breaks its rules; every problem is listed.
    InvalidFramework {
        /// The file.
        path: PathBuf,
        /// Every problem found, in words: the bank's own ([`BankProblem`]) and the framework's
        /// checks' (still worded where they are found).
        problems: Vec<String>,
    },
    /// The file already exists and overwriting was not asked for.
    AlreadyExists {
        /// The file.
        path: PathBuf,
    },
    /// The same assessor's file was given twice (or a copy of it).
    SameFileTwice {
        /// The second mention.
        path: PathBuf,
        /// The first.
        first: PathBuf,
    },
    /// The assessors' files could not be combined.
    Combine {
        /// Why.
        cause: crate::model::combine::CombineError,
        /// The file of the assessor it is about, if one.
        path: Option<PathBuf>,
    },
    /// Writing failed; the previous file, if any, is untouched.
    Write {
        /// The file.
        path: PathBuf,
        /// Why. Not an error `source`: the message already says it, once.
        cause: io::Error,
    },
    /// An export would replace files the person did not agree to replace; every one is named.
    WouldReplace {
        /// The files, in the order of the exports.
        files: Vec<super::export_file::Existing>,
    },
    /// One of an export's files could not be written, so none was.
    NotExported {
        /// The file that could not be written.
        path: PathBuf,
        /// Why.
        cause: io::Error,
    },
    /// An export's path names a folder (it ends in `/`, or is one) rather than a file.
    NotAFileName {
        /// The path given.
        path: PathBuf,
        /// What the export is, for an example of a file name.
        kind: ExportKind,
    },
    /// The catalogue was not written out, as files of its names are already in the folder;
    /// every one is named.
    CatalogueThere {
        /// The files already there.
        files: Vec<PathBuf>,
    },
    /// Every file of an export was written, but one could not be put in its place.
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

impl std::error::Error for Error {}

/// What kind of file a JSON error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// An assessment.
    Assessment,
    /// A framework bank of questions.
    FrameworkBank,
    /// A migration map (`migrate --map`).
    MigrationMap,
}

impl Document {
    /// The catalogue's selector for it.
    fn selector(self) -> &'static str {
        match self {
            Self::Assessment => "assessment",
            Self::FrameworkBank => "bank",
            Self::MigrationMap => "map",
        }
    }
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

/// A problem with a framework bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankProblem {
    /// The bank's `schema_version` is not the one this build reads.
    Schema {
        /// The version in the bank.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// A phase whose number is no phase's has an empty text.
    PhaseFieldEmpty {
        /// The phase's number, as written.
        number: i64,
        /// The field: `id`, `name` or `description`.
        field: &'static str,
    },
    /// The bank's `language` is not a tag the workbook knows (`en-GB`, `cy`).
    Language {
        /// The tag as written.
        tag: String,
    },
    /// A key of the bank's `translations` is not a tag the workbook knows.
    TranslationLanguage {
        /// The tag as written.
        tag: String,
    },
    /// The bank has a translation into its own language.
    TranslationOwnLanguage {
        /// The tag as written.
        tag: String,
    },
    /// A translation names a phase, domain or question the bank does not have.
    TranslationUnknownId {
        /// The translation's language tag, as written.
        tag: String,
        /// `phase`, `domain` or `question`.
        kind: &'static str,
        /// The id as written.
        id: String,
    },
    /// A problem the framework's own checks found, in their words.
    Framework(String),
}

impl fmt::Display for BankProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Schema { found, supported } => {
                crate::tr!(
                    "storage-bank-schema",
                    found = *found,
                    supported = *supported
                )
            }
            Self::PhaseFieldEmpty { number, field } => {
                crate::tr!(
                    "storage-bank-phase-field-empty",
                    number = *number,
                    field = *field
                )
            }
            Self::Language { tag } => crate::tr!("storage-bank-language", tag = tag),
            Self::TranslationLanguage { tag } => {
                crate::tr!("storage-bank-translation-language", tag = tag)
            }
            Self::TranslationOwnLanguage { tag } => {
                crate::tr!("storage-bank-translation-own-language", tag = tag)
            }
            Self::TranslationUnknownId { tag, kind, id } => crate::tr!(
                "storage-bank-translation-unknown-id",
                tag = tag,
                kind = *kind,
                id = id
            ),
            Self::Framework(text) => text.clone(),
        };
        f.write_str(&text)
    }
}

/// Why nothing was read or written at a path: carried inside an [`io::Error`] (so the file
/// functions keep their `io::Result`) and worded where it is shown.
#[derive(Debug)]
pub enum Refusal {
    /// It is a folder.
    Folder,
    /// It is a device, pipe or socket.
    NotRegular,
    /// A save found a folder, device, pipe or socket at its target.
    NotWrittenThere(Box<Refusal>),
    /// The path ends without a file's name.
    NoFileName,
    /// Every backup name tried is taken.
    NoBackupName {
        /// How many names were tried.
        tries: u32,
    },
    /// An export would go over the assessment or its baseline.
    ExportOverInput,
    /// Two exports would go to the same file.
    SameTarget,
    /// A new file would go over one it is made from.
    MadeFrom,
    /// The file there is not an assessment, so it is not replaced.
    NotAnAssessment,
    /// Someone else changed the file since it was read.
    Changed,
    /// The file there cannot be read as an assessment, so it is not replaced.
    Unreadable(std::sync::Arc<Error>),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Folder => crate::tr!("storage-refused-folder"),
            Self::NotRegular => crate::tr!("storage-refused-not-regular"),
            Self::NotWrittenThere(why) => {
                crate::tr!("storage-refused-not-written-there", why = why.to_string())
            }
            Self::NoFileName => crate::tr!("storage-refused-no-file-name"),
            Self::NoBackupName { tries } => {
                crate::tr!("storage-refused-no-backup-name", tries = *tries)
            }
            Self::ExportOverInput => crate::tr!("storage-refused-export-over-input"),
            Self::SameTarget => crate::tr!("storage-refused-same-target"),
            Self::MadeFrom => crate::tr!("storage-refused-made-from"),
            Self::NotAnAssessment => crate::tr!("storage-refused-not-an-assessment"),
            Self::Changed => crate::tr!("storage-refused-changed"),
            Self::Unreadable(err) => err.for_people(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The refusal as an I/O error, for functions that return one.
    pub fn into_io(self) -> io::Error {
        io::Error::other(self)
    }
}

/// Paths as a list for a message: `a, b and c`.
fn list<'a>(paths: impl Iterator<Item = &'a Path>) -> String {
    let names: Vec<String> = paths.map(escaped_path).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::i18n::join_and(&names)
}

impl Error {
    /// What went wrong, without the file or files the message names last (see
    /// [`named_last`](Self::named_last)).
    fn cause(&self) -> String {
        match self {
            Self::NotFound { .. } => crate::tr!("storage-error-not-found"),
            Self::DanglingLink { target, .. } => {
                crate::tr!("storage-error-dangling-link", target = escaped_path(target))
            }
            Self::Read { cause, .. } => crate::tr!("storage-error-read", cause = describe(cause)),
            Self::TooLarge { size, limit, .. } => {
                crate::tr!("storage-error-too-large", size = *size, limit = *limit)
            }
            Self::NotUtf8 { line, column, .. } => {
                crate::tr!("storage-error-not-utf8", line = *line, column = *column)
            }
            Self::Json {
                what,
                line,
                column,
                detail,
                ..
            } => crate::tr!(
                "storage-error-json",
                document = what.selector(),
                line = *line,
                column = *column,
                detail = detail.to_string()
            ),
            Self::NoFormatVersion { .. } => crate::tr!("storage-error-no-format-version"),
            Self::NewerFormat {
                found, supported, ..
            } => crate::tr!(
                "storage-error-newer-format",
                found = *found,
                supported = *supported
            ),
            Self::WrongFramework {
                found, expected, ..
            } => crate::tr!(
                "storage-error-wrong-framework",
                found = found.as_str(),
                expected = expected.as_str()
            ),
            Self::InvalidFramework { problems, .. } => {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| format!("  {}", crate::model::text::escaped(p)))
                    .collect();
                crate::tr!(
                    "storage-error-invalid-framework",
                    count = problems.len(),
                    problems = lines.join("\n")
                )
            }
            Self::AlreadyExists { .. } => crate::tr!("storage-error-already-exists"),
            Self::SameFileTwice { path, first } => crate::tr!(
                "storage-error-same-file-twice",
                first = escaped_path(first),
                second = escaped_path(path)
            ),
            Self::Combine { cause, .. } => cause.to_string(),
            Self::Write { cause, .. } => crate::tr!("storage-error-write", cause = describe(cause)),
            Self::WouldReplace { files } => {
                crate::tr!("storage-error-would-replace", count = files.len())
            }
            Self::CatalogueThere { files } => {
                crate::tr!("storage-error-catalogue-there", count = files.len())
            }
            Self::NotExported { cause, .. } => {
                crate::tr!("storage-error-not-exported", cause = describe(cause))
            }
            Self::NotAFileName { path, kind } => {
                let example = match kind {
                    ExportKind::Pdf => crate::tr!("storage-example-pdf"),
                    ExportKind::QuestionsCsv | ExportKind::ActionsCsv => {
                        crate::tr!("storage-example-csv")
                    }
                    ExportKind::Markdown => crate::tr!("storage-example-markdown"),
                };
                crate::tr!(
                    "storage-error-not-a-file-name",
                    example = escaped_path(&path.join(example))
                )
            }
            Self::ExportedInPart {
                written,
                path,
                not_written,
                cause,
            } => crate::tr!(
                "storage-error-exported-in-part",
                written_count = written.len(),
                written = list(written.iter().map(PathBuf::as_path)),
                cause = describe(cause),
                path = escaped_path(path),
                not_written_count = not_written.len(),
                not_written = list(not_written.iter().map(PathBuf::as_path))
            ),
        }
    }

    /// The file (or files) the message names last, if any.
    fn named_last(&self) -> Named {
        match self {
            Self::NotFound { path }
            | Self::DanglingLink { path, .. }
            | Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::NotUtf8 { path, .. }
            | Self::Json { path, .. }
            | Self::NoFormatVersion { path }
            | Self::NewerFormat { path, .. }
            | Self::WrongFramework { path, .. }
            | Self::AlreadyExists { path }
            | Self::Write { path, .. }
            | Self::NotExported { path, .. }
            | Self::NotAFileName { path, .. }
            | Self::Combine {
                path: Some(path), ..
            } => Named::At(escaped_path(path)),
            Self::InvalidFramework { path, .. } => Named::In(escaped_path(path)),
            Self::WouldReplace { files } => Named::At(list(files.iter().map(|f| f.path.as_path()))),
            Self::CatalogueThere { files } => Named::At(list(files.iter().map(PathBuf::as_path))),
            Self::Combine { path: None, .. }
            | Self::SameFileTwice { .. }
            | Self::ExportedInPart { .. } => Named::None,
        }
    }

    /// The error for the app's people: plain words first, the details (line and column, what
    /// is wrong there) after, in brackets. The file is named by the caller.
    pub fn for_people(&self) -> String {
        match self {
            Self::NotFound { .. } => crate::tr!("storage-people-not-found"),
            Self::DanglingLink { target, .. } => {
                crate::tr!(
                    "storage-people-dangling-link",
                    target = escaped_path(target)
                )
            }
            Self::Json {
                line,
                column,
                problem: JsonProblem::CutOff,
                ..
            } => crate::tr!("storage-people-cut-off", line = *line, column = *column),
            Self::Json {
                line,
                column,
                problem: JsonProblem::BrokenEscape,
                ..
            } => crate::tr!(
                "storage-people-broken-escape",
                line = *line,
                column = *column
            ),
            Self::Json {
                line,
                column,
                detail,
                ..
            } => crate::tr!(
                "storage-people-not-readable",
                line = *line,
                column = *column,
                detail = detail.to_string()
            ),
            Self::NotUtf8 { line, column, .. } => {
                crate::tr!("storage-people-not-text", line = *line, column = *column)
            }
            Self::NoFormatVersion { .. } => crate::tr!("storage-people-not-an-assessment"),
            Self::Read { cause, .. } => {
                crate::tr!("storage-people-not-read", cause = describe(cause))
            }
            other => {
                // The others already read plainly; the file goes, as the caller names it.
                let text = other.cause();
                let mut chars = text.chars();
                let cause = chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect::<String>()
                });
                crate::tr!("storage-people-other", cause = cause)
            }
        }
    }
}

/// What a message names last.
enum Named {
    /// After a colon: `cause: path`.
    At(String),
    /// On a line of its own: `cause` then `in path`.
    In(String),
    /// Nothing: the message names its files within.
    None,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cause = self.cause();
        let text = match self.named_last() {
            Named::At(path) => crate::tr!("storage-error-at", cause = cause, path = path),
            Named::In(path) => crate::tr!("storage-error-in", cause = cause, path = path),
            Named::None => cause,
        };
        f.write_str(&text)
    }
}

/// An I/O error in words: the workbook's own reason ([`Refusal`]), or what the system said by
/// its kind, never the name of a temporary file that some errors carry (the message names the
/// user's file instead).
pub(crate) fn describe(cause: &io::Error) -> String {
    use io::ErrorKind as Kind;
    if let Some(refusal) = cause
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Refusal>())
    {
        return refusal.to_string();
    }
    match cause.kind() {
        Kind::NotFound => crate::tr!("storage-io-not-found"),
        Kind::PermissionDenied => crate::tr!("storage-io-permission-denied"),
        Kind::AlreadyExists => crate::tr!("storage-io-already-exists"),
        Kind::StorageFull => crate::tr!("storage-io-storage-full"),
        Kind::QuotaExceeded => crate::tr!("storage-io-quota-exceeded"),
        Kind::ReadOnlyFilesystem => crate::tr!("storage-io-read-only"),
        Kind::IsADirectory => crate::tr!("storage-io-is-a-folder"),
        Kind::NotADirectory => crate::tr!("storage-io-not-a-folder"),
        Kind::InvalidFilename => crate::tr!("storage-io-invalid-name"),
        Kind::FileTooLarge => crate::tr!("storage-io-too-large"),
        Kind::ResourceBusy | Kind::ExecutableFileBusy => crate::tr!("storage-io-busy"),
        Kind::TimedOut => crate::tr!("storage-io-timed-out"),
        Kind::UnexpectedEof => crate::tr!("storage-io-cut-short"),
        Kind::WriteZero => crate::tr!("storage-io-write-zero"),
        Kind::OutOfMemory => crate::tr!("storage-io-out-of-memory"),
        Kind::CrossesDevices => crate::tr!("storage-io-crosses-devices"),
        Kind::Unsupported => crate::tr!("storage-io-unsupported"),
        // The system's own words: its error with no file named, or the text given with the
        // error (a test's fault, a library's reason).
        _ => {
            let text = match cause.raw_os_error() {
                Some(code) => io::Error::from_raw_os_error(code).to_string(),
                None => cause.get_ref().map_or_else(
                    || io::Error::from(cause.kind()).to_string(),
                    ToString::to_string,
                ),
            };
            crate::tr!("storage-io-other", text = text)
        }
    }
}
