//! What the core asks of the world and what the world answers. [`super::update`] changes the
//! state and returns [`Effect`]s; the shell (the `app` module) carries them out (dialogs, files,
//! threads, the window) and feeds each result back as a [`Command::Done`] with an [`Outcome`].
//! Nothing here does anything: these are plain values, so the core is tested without a window.
//!
//! [`Command::Done`]: super::command::Command::Done

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;

use super::command::{ClipboardAction, ThemeChoice};
use super::state::PathPurpose;
use crate::model::{Assessment, TextTarget};
/// A file an export would replace, and whether it is the workbook's own earlier export.
pub use crate::storage::export_file::Existing;
use crate::storage::on_disk::OnDisk;
use crate::tr;

/// The time, read by the shell once a frame and passed in: the core reads no clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Now {
    /// The app's clock in seconds (egui's input time): toasts, undo merging, autosave.
    pub secs: f64,
    /// The date and time (UTC, whole seconds): file stamps, new assessments.
    pub utc: OffsetDateTime,
    /// Today where the person is (British Summer Time included): what is overdue, the
    /// report's date. The shell works it out from the system's time zone.
    pub today: time::Date,
}

impl Now {
    /// `secs` on the app's clock at `utc`, today being the UTC date (tests; see
    /// [`Self::with_today`]).
    pub fn new(secs: f64, utc: OffsetDateTime) -> Self {
        Self {
            secs,
            utc: utc.replace_nanosecond(0).unwrap_or(utc),
            today: utc.date(),
        }
    }

    /// The same moment, with today's date where the person is.
    #[must_use]
    pub fn with_today(self, today: time::Date) -> Self {
        Self { today, ..self }
    }
}

/// Which kind of file a dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// An assessment (`*.civic.json`).
    Assessment,
    /// A PDF report.
    Pdf,
    /// A CSV table.
    Csv,
    /// A Markdown document.
    Markdown,
    /// A file of a corrected catalogue (`*.ftl`), whose folder is used.
    Messages,
}

pub use crate::export::Format;

/// The kind of file an export's dialog offers.
pub fn file_kind(format: Format) -> FileKind {
    match format {
        Format::Pdf => FileKind::Pdf,
        Format::Csv => FileKind::Csv,
        Format::Markdown => FileKind::Markdown,
    }
}

/// What a typed path for an export is for.
pub fn purpose(format: Format) -> PathPurpose {
    match format {
        Format::Pdf => PathPurpose::ExportPdf,
        Format::Csv => PathPurpose::ExportCsv,
        Format::Markdown => PathPurpose::ExportMarkdown,
    }
}

/// A value the shell made and the core reads, shared rather than copied, and equal only to
/// itself: errors (which cannot be cloned or compared) travel whole, typed, to where they are
/// worded.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Self(Arc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Shared<T> {}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Why the shell could not do what the core asked: the facts, worded only where shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// A file could not be read, written or removed.
    Storage(Shared<crate::storage::Error>),
    /// The report could not be made.
    Report(Shared<crate::report::Error>),
    /// There is no assessment open.
    NoAssessment,
    /// The export's background thread could not start.
    NotStarted(Shared<std::io::Error>),
    /// The export's background thread ended without an answer.
    Stopped,
}

impl Failure {
    /// A storage error, for the core.
    pub fn storage(err: crate::storage::Error) -> Self {
        Self::Storage(Shared::new(err))
    }
}

impl From<crate::storage::Error> for Failure {
    fn from(err: crate::storage::Error) -> Self {
        Self::storage(err)
    }
}

impl From<crate::report::Error> for Failure {
    fn from(err: crate::report::Error) -> Self {
        Self::Report(Shared::new(err))
    }
}

impl From<crate::export::Error> for Failure {
    fn from(err: crate::export::Error) -> Self {
        match err {
            crate::export::Error::Report(err) => err.into(),
            crate::export::Error::Storage(err) => err.into(),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Storage(err) => write!(f, "{}", **err),
            Self::Report(err) => write!(f, "{}", **err),
            Self::NoAssessment => f.write_str(&tr!("wb-failure-no-assessment")),
            Self::NotStarted(err) => {
                f.write_str(&tr!("wb-failure-not-started", detail = err.to_string()))
            }
            Self::Stopped => f.write_str(&tr!("wb-failure-stopped")),
        }
    }
}

/// An assessment to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Load {
    /// The person's file, to open.
    Open(PathBuf),
    /// The person's file, to open read-only because these others have it open.
    ReadOnly(PathBuf, Vec<super::presence::Other>),
    /// The copy kept by the last save of this file (which could not be read).
    Backup(PathBuf),
    /// The built-in demo.
    Demo,
    /// An earlier assessment to compare with.
    Baseline(PathBuf),
    /// Another copy of the open assessment, to merge into it.
    Copy(PathBuf),
}

/// Something to open with the desktop's own programs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum External {
    /// A web or email link, already checked as safe.
    Link {
        /// The link.
        url: String,
        /// Whether it is a `mailto:` link.
        email: bool,
    },
    /// A file or folder.
    Path(PathBuf),
}

/// Where the keyboard goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Into this text field.
    Field(TextTarget),
    /// Back into the text field last in use (before Edit ▸ Copy and the like).
    LastField,
    /// Onto the first menu (F10).
    MenuBar,
    /// Out of whatever has it.
    Release,
}

/// Something the shell does for the core.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Ask for a file to read; answered with [`Outcome::Picked`], `Cancelled` or `NoDialog`.
    PickOpen {
        /// What it is for.
        purpose: PathPurpose,
        /// Where the dialog starts.
        folder: Option<PathBuf>,
    },
    /// Ask for several assessors' files.
    PickMany {
        /// Where the dialog starts.
        folder: Option<PathBuf>,
    },
    /// Ask where to write a file.
    PickSave {
        /// What it is for.
        purpose: PathPurpose,
        /// Which files the dialog shows.
        kind: FileKind,
        /// Where the dialog starts.
        folder: Option<PathBuf>,
        /// The name suggested.
        name: String,
    },
    /// Read an assessment; answered with [`Outcome::Loaded`] or [`Outcome::NotLoaded`].
    Load(Load),
    /// Write the open assessment to `path`; answered with [`Outcome::Saved`] or `NotSaved`.
    Save {
        /// Where.
        path: PathBuf,
        /// An existing file there is refused (a typed name that is not the document's own).
        new_only: bool,
        /// The document's own file: it is written only if it still holds what it held when
        /// opened or last saved here ([`Document::base`]); if someone else changed it, nothing is
        /// written and the outcome says what it holds now.
        ///
        /// [`Document::base`]: super::state::Document::base
        checked: bool,
    },
    /// Compare the open document's file with what it held when opened or last saved here;
    /// answered with [`Outcome::ChangedOnDisk`] only if someone else changed it.
    CheckDisk,
    /// Use the corrected catalogue of `lang` in `dir` from now on, or the built-in one (`None`);
    /// answered with [`Outcome::MessagesUsed`] for a folder.
    UseMessages {
        /// The language corrected.
        lang: crate::i18n::Lang,
        /// The folder of corrections.
        dir: Option<PathBuf>,
    },
    /// Look for conflict copies a sync tool left beside this file; answered with
    /// [`Outcome::ConflictCopies`] if there are any.
    FindCopies(PathBuf),
    /// Write an export of the open assessment; answered with [`Outcome::Exported`].
    Export {
        /// What to write.
        format: Format,
        /// Where.
        path: PathBuf,
        /// The report's date.
        date: time::Date,
        /// Files already there that the person agreed to replace: the one picked in a save
        /// dialog (which asked), or those listed in the app's own question. Any other file
        /// already there is not replaced: the outcome is [`Outcome::WouldReplace`].
        replace: Vec<PathBuf>,
    },
    /// Combine these assessors' files into a group assessment created at `at`.
    Combine {
        /// The files.
        paths: Vec<PathBuf>,
        /// When the group assessment is created.
        at: OffsetDateTime,
    },
    /// Open a link, file or folder with the desktop's program for it.
    OpenExternal(External),
    /// Put text on the clipboard.
    CopyText(String),
    /// Move the keyboard.
    Focus(Focus),
    /// Cut, copy, paste or select all in the text field last in use.
    Clipboard(ClipboardAction),
    /// Set the zoom factor.
    Zoom(f32),
    /// Set the colours.
    Theme(ThemeChoice),
    /// Enter or leave full screen.
    Fullscreen(bool),
    /// Wake up after this many seconds even if nothing happens.
    RepaintAfter(f64),
    /// Write the open assessment to this app's recovery slot.
    WriteRecovery,
    /// Remove this app's recovery file.
    DiscardRecovery,
    /// Remove an autosaved copy left by an app that ended unexpectedly.
    RemoveOrphan(String),
    /// Look for autosaved copies left by apps that ended unexpectedly.
    ScanRecovery,
    /// Close the window.
    Close,
    /// Find who else has this file open, before opening it; answered with [`Outcome::Others`].
    LookForOthers(PathBuf),
    /// Write (or refresh) this app's presence note beside `file`, opened here `since`.
    WritePresence {
        /// The open file.
        file: PathBuf,
        /// When it was opened here.
        since: OffsetDateTime,
    },
    /// Remove this app's presence note beside this file.
    RemovePresence(PathBuf),
}

/// Why an assessment was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unloaded {
    /// There is no such file.
    NotFound {
        /// Why.
        error: Shared<crate::storage::Error>,
        /// The copy kept by its last save is there and reads.
        backup: bool,
    },
    /// It could not be read or is not an assessment.
    Unreadable {
        /// Why.
        error: Shared<crate::storage::Error>,
        /// The copy kept by its last save can be read.
        backup: bool,
    },
    /// The earlier assessment to compare with is the open assessment's own file.
    OwnFile,
}

/// Why a save did not happen; the file there is untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// A typed name that is already taken.
    Exists,
    /// The file there is not an assessment this workbook can read.
    NotAnAssessment,
    /// The document's own file changed on disk since it was opened here: merge, then save.
    ChangedOnDisk {
        /// What it holds now.
        theirs: Box<OnDisk>,
        /// The local time of the change.
        clock: time::Time,
        /// Who changed it, when one other person has the file open (their presence note).
        who: Option<String>,
    },
    /// Writing failed.
    Failed(Failure),
}

/// A trouble the shell met that the person should know of; nothing was lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// The recovery folder cannot be used.
    AutosaveOff,
    /// The recovery file could not be written.
    AutosaveFailed,
    /// This app's recovery file could not be removed.
    AutosaveNotRemoved,
    /// An autosaved copy left by another run could not be removed.
    OrphanNotRemoved,
    /// An autosaved copy left by another run could not be read.
    OrphanUnreadable,
}

/// An assessment autosaved by an app that ended without saving it, offered back.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// Its recovery slot.
    pub id: String,
    /// The assessment.
    pub assessment: Assessment,
    /// The file it belonged to, if it had one.
    pub original: Option<PathBuf>,
    /// When it was written, if known.
    pub written: Option<OffsetDateTime>,
    /// What its file held when the work was opened from it: the base a save merges against.
    pub base: Option<OnDisk>,
}

/// What happened to an effect, fed back to the core.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A dialog gave these files.
    Picked {
        /// What they are for.
        purpose: PathPurpose,
        /// The files (one, except for combining).
        paths: Vec<PathBuf>,
    },
    /// The person closed the dialog.
    Cancelled(PathPurpose),
    /// No dialog could be shown.
    NoDialog(PathPurpose),
    /// An assessment was read.
    Loaded {
        /// What was read; paths are absolute.
        what: Load,
        /// The assessment.
        assessment: Box<Assessment>,
        /// What the file held, to notice changes made elsewhere and to merge them.
        disk: Option<Box<OnDisk>>,
    },
    /// An assessment could not be read.
    NotLoaded {
        /// What was asked for; paths are absolute.
        what: Load,
        /// Why.
        why: Unloaded,
    },
    /// The assessment was saved.
    Saved {
        /// Where.
        path: PathBuf,
        /// What the file holds now.
        written: Box<OnDisk>,
        /// The local time of the save.
        clock: time::Time,
    },
    /// The assessment was not saved.
    NotSaved {
        /// Where it was to go.
        path: PathBuf,
        /// Why.
        why: NotSaved,
    },
    /// The assessors' files were combined.
    Combined {
        /// The group assessment.
        group: Box<Assessment>,
        /// The assessors' names, sorted.
        names: Vec<String>,
        /// What the files disagree on that the group keeps only one of.
        differences: Vec<String>,
    },
    /// Nothing was combined.
    NotCombined(Failure),
    /// An export finished.
    Exported {
        /// What was written.
        format: Format,
        /// Where.
        path: PathBuf,
        /// Why nothing was written, if it was not.
        result: Result<(), Failure>,
    },
    /// Nothing was exported: files are already there that the person has not agreed to
    /// replace.
    WouldReplace {
        /// What was to be written.
        format: Format,
        /// Where.
        path: PathBuf,
        /// Every file already there, agreed to or not.
        files: Vec<Existing>,
    },
    /// No program could open this.
    NotOpened(External),
    /// Autosaved copies left by apps that ended unexpectedly.
    Offers {
        /// Those that could be read, newest first.
        found: Vec<Offer>,
        /// Why others could not be read.
        unreadable: Vec<Failure>,
    },
    /// Someone else changed the open document's file (noticed by the watcher, on focus, or
    /// before a save).
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
        /// What it holds now.
        theirs: Box<OnDisk>,
        /// The local time of the change.
        clock: time::Time,
        /// Who changed it, when one other person has the file open (their presence note).
        who: Option<String>,
    },
    /// Conflict copies a sync tool left beside the open file.
    ConflictCopies {
        /// The open file.
        path: PathBuf,
        /// The copies.
        copies: Vec<PathBuf>,
    },
    /// Something went wrong that the person should know of.
    Trouble(Trouble, Failure),
    /// Who else has a file open (nobody, often), looked for before opening it.
    Others {
        /// The file (absolute).
        path: PathBuf,
        /// Who has it open, earliest first; never this app itself.
        others: Vec<super::presence::Other>,
    },
    /// This app's presence note could not be written.
    PresenceNotWritten(Failure),
    /// A folder of corrected messages is in use; what in it could not be used.
    MessagesUsed {
        /// The folder.
        dir: PathBuf,
        /// What is not used (the built-in messages stand in).
        unused: Shared<Vec<crate::storage::catalogue_files::Problem>>,
    },
}
