//! What a message for the person says, kept as facts (paths, counts, typed errors, the change
//! undone) and worded only when it is shown: a toast or the log reads in the language of the
//! moment, and nothing downstream parses a message's text.

use std::path::{Path, PathBuf};

use super::command::Command;
use super::effect::{External, Failure, Format, Load, Trouble, Unloaded};
use super::history;
use super::presence::Other;
use crate::model::merge::Change as MergeChange;
use crate::model::{Framework, LinkKind};
use crate::scoring::compare::ComparisonWarning;
use crate::tr;

/// How many of a merge's changes its message names (the rest are counted).
const NAMED_CHANGES: usize = 6;

/// The longest list of names the combine message spells out; longer lists are in its details.
const NAMES_IN_TOAST: usize = 60;

/// Where merged changes came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergedFrom {
    /// The open file, changed by the person named in their presence note.
    Person(String),
    /// The open file, changed by someone not known.
    Disk,
    /// Another copy of the file, chosen by the person.
    Copy(PathBuf),
}

/// What a message says, as facts.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// An edit could not be made.
    NotEdited(crate::model::EditError),
    /// An item was removed (offered with Undo).
    Removed(Box<history::Change>),
    /// A change was undone (`undo`) or redone.
    Undone {
        /// The change.
        change: Box<history::Change>,
        /// Undone rather than redone.
        undo: bool,
    },
    /// An assessment could not be read.
    NotLoaded {
        /// What was being read.
        what: Load,
        /// Why not.
        why: Unloaded,
    },
    /// The copy kept by a file's last save was opened, unsaved.
    BackupOpened,
    /// The file has problems, listed under View ▸ File problems.
    FileProblems(usize),
    /// The document was moved to the framework version in use.
    Moved {
        /// The version it was on.
        from: String,
        /// The version in use.
        to: String,
        /// Answers carried over.
        carried: usize,
        /// Answers kept apart (their questions are gone).
        apart: usize,
    },
    /// The document could not be moved to the framework version in use.
    NotMoved(crate::model::migrate::MigrateError),
    /// A save did not happen: the file there is not an assessment.
    NotSavedNotAssessment(PathBuf),
    /// A save did not happen.
    NotSaved(Failure),
    /// Save to a file opened read-only was refused.
    SaveRefused {
        /// Who has it open.
        others: Vec<Other>,
        /// The file.
        file: PathBuf,
    },
    /// This app's presence note could not be written.
    PresenceNotWritten(Failure),
    /// The file was replaced by what someone else saved.
    ReloadedTheirs(Option<PathBuf>),
    /// Changes were merged into the document.
    Merged {
        /// From whom or what.
        from: MergedFrom,
        /// The changes taken from theirs.
        changes: Vec<MergeChange>,
        /// How many conflicts were settled.
        settled: usize,
        /// Whether the file is being saved as well.
        saving: bool,
    },
    /// Another copy cannot be merged: the document has no version to merge against.
    MergeCopyNoBase,
    /// A sync tool left conflict copies beside the file just opened.
    SyncCopies {
        /// The open file.
        file: PathBuf,
        /// The copies.
        copies: Vec<PathBuf>,
    },
    /// A report is being made; another waits for it.
    ExportUnderWay,
    /// An export was written.
    Exported {
        /// What kind.
        format: Format,
        /// Where.
        path: PathBuf,
        /// Answers to questions not in the framework, included at the end.
        unknown: usize,
    },
    /// An export was not written.
    NotExported {
        /// What kind.
        format: Format,
        /// Why not.
        why: Failure,
    },
    /// Text the report shows as placeholders: no bundled font has its characters.
    Unprintable(usize),
    /// Replacing files was called off: nothing was exported.
    ReplaceCancelled,
    /// Assessors' files were combined.
    Combined {
        /// The assessors, sorted.
        names: Vec<String>,
        /// How many questions their ratings are far apart on.
        wide: usize,
    },
    /// The combined files disagree on this many things (listed in the details).
    CombineDifferences(usize),
    /// Assessors' files could not be combined.
    NotCombined(Failure),
    /// The earlier assessment compared with differs in ways the reader should know.
    Compared(Vec<ComparisonWarning>),
    /// A link was not opened: it is not a web or email address.
    LinkNotOpened(String),
    /// No program could open a link, file or folder.
    NoProgram(External),
    /// Something outside went wrong; nothing was lost.
    Trouble(Trouble, Failure),
    /// A folder of corrected messages is in use, with what in it is not used.
    MessagesUsed {
        /// The folder.
        dir: PathBuf,
        /// What is not used (the built-in messages stand in).
        unused: super::effect::Shared<Vec<crate::storage::catalogue_files::Problem>>,
    },
}

impl Notice {
    /// The message in words, in the language of the moment.
    pub fn text(&self, framework: &Framework) -> String {
        match self {
            Self::NotEdited(err) => err.to_string(),
            Self::Removed(change) => history::removed(framework, change),
            Self::Undone { change, undo } => history::undone(framework, change, *undo),
            Self::NotLoaded { what, why } => not_loaded(what, why),
            Self::BackupOpened => tr!("wb-backup-opened"),
            Self::FileProblems(count) => tr!("wb-file-problems", count = *count),
            Self::Moved {
                from,
                to,
                carried,
                apart: 0,
            } => tr!(
                "wb-moved",
                to = to.as_str(),
                from = from.as_str(),
                carried = *carried
            ),
            Self::Moved {
                from,
                to,
                carried,
                apart,
            } => tr!(
                "wb-moved-kept-apart",
                to = to.as_str(),
                from = from.as_str(),
                carried = *carried,
                apart = *apart
            ),
            Self::NotMoved(err) => tr!("wb-not-moved", reason = err.to_string()),
            Self::NotSavedNotAssessment(path) => tr!(
                "wb-not-saved-not-assessment",
                path = path.display().to_string()
            ),
            Self::NotSaved(why) => why.to_string(),
            Self::SaveRefused { others, file } => {
                super::presence::save_refused(others, &file_name(Some(file)))
            }
            Self::PresenceNotWritten(why) => super::presence::not_written(&why.to_string()),
            Self::ReloadedTheirs(path) => {
                tr!("wb-reloaded-theirs", file = file_name(path.as_deref()))
            }
            Self::Merged {
                from,
                changes,
                settled,
                saving,
            } => merged(framework, from, changes, *settled, *saving),
            Self::MergeCopyNoBase => tr!("wb-merge-copy-no-base"),
            Self::SyncCopies { file, copies } => sync_copies(file, copies),
            Self::ExportUnderWay => tr!("wb-export-under-way"),
            Self::Exported {
                format,
                path,
                unknown,
            } => exported(*format, path, *unknown),
            Self::NotExported {
                format: Format::Pdf,
                why,
            } => tr!("wb-pdf-not-exported", reason = why.to_string()),
            Self::NotExported { why, .. } => tr!("wb-not-exported", reason = why.to_string()),
            Self::Unprintable(count) => tr!("wb-unprintable", count = *count),
            Self::ReplaceCancelled => tr!("wb-replace-cancelled"),
            Self::Combined { names, wide } => combined(names, *wide),
            Self::CombineDifferences(count) => tr!("wb-combine-differences", count = *count),
            Self::NotCombined(why) => tr!("wb-not-combined", reason = why.to_string()),
            Self::Compared(warnings) => tr!("wb-compared-note", warnings = semicolons(warnings)),
            Self::LinkNotOpened(link) => match LinkKind::of(link).problem() {
                Some(why) => tr!("wb-link-not-opened", reason = why),
                None => tr!("wb-link-not-opened-none"),
            },
            Self::NoProgram(External::Link { email: true, .. }) => tr!("wb-no-email-program"),
            Self::NoProgram(External::Link { email: false, .. }) => tr!("wb-no-web-program"),
            Self::NoProgram(External::Path(path)) => {
                tr!("wb-no-file-program", path = path.display().to_string())
            }
            Self::Trouble(trouble, why) => trouble_text(*trouble, &why.to_string()),
            Self::MessagesUsed { dir, unused } => match unused.first() {
                None => tr!("wb-messages-used", dir = dir.display().to_string()),
                Some(first) => tr!(
                    "wb-messages-used-not-all",
                    dir = dir.display().to_string(),
                    count = unused.len(),
                    first = first.to_string()
                ),
            },
        }
    }
}

/// The label of a button offered with a message: the command's own, or what it does to the
/// thing the message is about ("Open PDF", "Merge ours (1).civic.json").
pub fn offer_label(command: &Command) -> String {
    match command {
        Command::OpenFile(path) if is_pdf(path) => tr!("wb-action-open-pdf"),
        Command::OpenFile(_) => tr!("wb-action-open-file"),
        Command::OpenFolder(_) => tr!("wb-action-open-folder"),
        Command::OpenBackup(_) => tr!("wb-action-open-backup"),
        Command::ShowProblems => tr!("wb-action-show-problems"),
        Command::ShowCombineDetails => tr!("wb-action-show-details"),
        Command::MergeCopyPath(copy) => {
            tr!("wb-action-merge-copy", file = file_name(Some(copy)))
        }
        other => other.label_text(),
    }
}

fn is_pdf(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case(Format::Pdf.extension()))
}

/// The name of a file, for messages ("the file" when there is none).
pub fn file_name(path: Option<&Path>) -> String {
    path.and_then(Path::file_name).map_or_else(
        || tr!("wb-the-file"),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// Names listed: "a, b, c".
fn comma_list<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> String {
    names.into_iter().fold(String::new(), |list, name| {
        if list.is_empty() {
            name.as_ref().to_owned()
        } else {
            tr!("wb-names-comma", list = list, name = name.as_ref())
        }
    })
}

/// Notes listed one after another: "a; b; c".
fn semicolons(notes: &[ComparisonWarning]) -> String {
    notes.iter().fold(String::new(), |list, note| {
        if list.is_empty() {
            note.to_string()
        } else {
            tr!("wb-notes-semicolon", list = list, note = note.to_string())
        }
    })
}

/// Why an assessment could not be read, by what was being read.
fn not_loaded(what: &Load, why: &Unloaded) -> String {
    let reason = match why {
        Unloaded::NotFound { error, .. } | Unloaded::Unreadable { error, .. } => error.for_people(),
        Unloaded::OwnFile => String::new(),
    };
    let backup = matches!(
        why,
        Unloaded::NotFound { backup: true, .. } | Unloaded::Unreadable { backup: true, .. }
    );
    match what {
        Load::Open(path) | Load::ReadOnly(path, _) => {
            let file = file_name(Some(path));
            if backup {
                tr!("wb-not-opened-backup", file = file, reason = reason)
            } else {
                tr!("wb-not-opened", file = file, reason = reason)
            }
        }
        Load::Backup(_) => tr!("wb-backup-not-opened", reason = reason),
        Load::Demo => tr!("wb-demo-not-opened", reason = reason),
        Load::Baseline(_) if *why == Unloaded::OwnFile => tr!("wb-compare-own-file"),
        Load::Baseline(_) => tr!("wb-compare-not-read", reason = reason),
        Load::Copy(path) => tr!(
            "wb-merge-copy-not-read",
            file = file_name(Some(path)),
            reason = reason
        ),
    }
}

/// "Merged 3 changes from Alys Jones: rating of 2.1, evidence in 4.3, …" (or "from the file on
/// disk" when who changed it is not known).
fn merged(
    framework: &Framework,
    from: &MergedFrom,
    changes: &[MergeChange],
    settled: usize,
    saving: bool,
) -> String {
    let from = match from {
        MergedFrom::Person(who) => who.clone(),
        MergedFrom::Disk => tr!("wb-merge-from-disk"),
        MergedFrom::Copy(path) => path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
    };
    let count = changes.len();
    let mut named = comma_list(
        changes
            .iter()
            .take(NAMED_CHANGES)
            .map(|change| super::update::merge::change_name(framework, change)),
    );
    if count > NAMED_CHANGES {
        named = tr!(
            "wb-merge-and-more",
            list = named,
            count = count - NAMED_CHANGES
        );
    }
    let saved = if saving { "yes" } else { "no" };
    match (count, settled) {
        (0, 0) => tr!("wb-merge-nothing", from = from, saved = saved),
        (0, _) => tr!(
            "wb-merged-settled",
            from = from,
            settled = settled,
            saved = saved
        ),
        (_, _) => tr!(
            "wb-merged",
            count = count,
            from = from,
            changes = named,
            settled = settled,
            saved = saved
        ),
    }
}

/// "A sync tool left ours (1).civic.json beside ours.civic.json …".
fn sync_copies(file: &Path, copies: &[PathBuf]) -> String {
    let file = file_name(Some(file));
    let names: Vec<String> = copies.iter().map(|c| file_name(Some(c))).collect();
    match names.as_slice() {
        [one] => tr!("wb-sync-copy", file = file, copy = one.as_str()),
        many => tr!(
            "wb-sync-copies",
            count = many.len(),
            file = file,
            copies = comma_list(many)
        ),
    }
}

/// "Exported the report to …", with what it includes that the framework does not.
fn exported(format: Format, path: &Path, unknown: usize) -> String {
    let shown = path.display().to_string();
    match format {
        Format::Pdf if unknown > 0 => {
            tr!("wb-pdf-exported-unknown", path = shown, count = unknown)
        }
        Format::Pdf => tr!("wb-pdf-exported", path = shown),
        Format::Csv => tr!(
            "wb-csv-exported",
            path = shown,
            actions = crate::report::csv::actions_path(path).display().to_string()
        ),
        Format::Markdown if unknown > 0 => {
            tr!(
                "wb-markdown-exported-unknown",
                path = shown,
                count = unknown
            )
        }
        Format::Markdown => tr!("wb-markdown-exported", path = shown),
    }
}

/// "Combined 3 assessors (Alys Evans, Bryn Jones, Cai Price). …", or "Combined 8 assessors.
/// …" when the names would not fit a toast's line or two.
fn combined(names: &[String], wide: usize) -> String {
    let spreads = crate::scoring::wording::wide_spreads(wide);
    let joined = comma_list(names);
    if joined.chars().count() <= NAMES_IN_TOAST {
        tr!(
            "wb-combined-named",
            count = names.len(),
            names = joined,
            spreads = spreads
        )
    } else {
        tr!("wb-combined", count = names.len(), spreads = spreads)
    }
}

/// What went wrong outside, with the storage layer's reason.
fn trouble_text(trouble: Trouble, detail: &str) -> String {
    match trouble {
        Trouble::AutosaveOff => tr!("wb-autosave-off", reason = detail),
        Trouble::AutosaveFailed => tr!("wb-autosave-failed", reason = detail),
        Trouble::AutosaveNotRemoved => tr!("wb-autosave-not-removed", reason = detail),
        Trouble::OrphanNotRemoved => tr!("wb-orphan-not-removed", reason = detail),
        Trouble::OrphanUnreadable => tr!("wb-orphan-unreadable", reason = detail),
    }
}
