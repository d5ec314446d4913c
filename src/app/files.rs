//! File commands: new, open, save, save as and the demo.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::WorkbookApp;
use super::command::{Command, Page};
use super::dialogs::{DialogResult, FileKind};
use super::state::{Document, Level, Modal, Notification, PathPurpose, Topic};
use crate::model::{self, Assessment};
use crate::storage::{self, assessment_file};

/// The demo assessment, compiled in so the welcome screen can always open it.
const DEMO: &str = include_str!("../../assets/demo.civic.json");

/// The home folder, if known.
pub(super) fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
}

/// Turns a typed path into a path: `~` is the home folder.
pub(super) fn expand_path(text: &str) -> PathBuf {
    match (
        text.strip_prefix("~/").or_else(|| text.strip_prefix("~\\")),
        home(),
    ) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(text),
    }
}

/// Adds `.civic.json` to a name typed without an extension.
pub(super) fn with_extension(path: PathBuf) -> PathBuf {
    let has_extension = path
        .file_name()
        .is_some_and(|name| Path::new(name).extension().is_some());
    if has_extension {
        path
    } else {
        let mut name = path
            .file_name()
            .map(std::ffi::OsStr::to_os_string)
            .unwrap_or_default();
        name.push(assessment_file::EXTENSION);
        path.with_file_name(name)
    }
}

/// A file name for an assessment not yet saved.
fn suggested_name(assessment: &Assessment) -> String {
    let base: String = assessment
        .institution
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let base = base
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "assessment".to_owned()
    } else {
        base
    };
    // A group assessment is saved beside the assessors' files: never suggest one of their names.
    let group = if assessment.is_group() { "group-" } else { "" };
    format!("{group}{base}{}", assessment_file::EXTENSION)
}

/// The time now to the second, so files do not carry meaningless nanoseconds.
pub(super) fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

impl WorkbookApp {
    /// Puts `doc` in place of the open document, whose changes were saved or given up: its
    /// autosave goes, and so do messages about earlier files.
    fn replace_document(&mut self, doc: Document) {
        self.discard_recovery();
        self.state.file_event = None;
        self.state.notifications.clear();
        self.state.doc = Some(doc);
    }

    pub(super) fn new_document(&mut self) {
        let mut assessment = Assessment::new(&self.state.framework, now());
        "Civic impact self-assessment".clone_into(&mut assessment.title);
        self.replace_document(Document::new(&self.state.framework, assessment, None));
        self.state.page = Page::Details;
        self.last_edit_secs = None;
    }

    pub(super) fn open_demo(&mut self) {
        match assessment_file::parse(DEMO, Path::new("demo assessment"), &self.state.framework) {
            Ok(assessment) => {
                let mut doc = Document::new(&self.state.framework, assessment, None);
                "Demo assessment".clone_into(&mut doc.untitled_name);
                self.replace_document(doc);
                self.state.page = Page::Summary;
                self.last_edit_secs = None;
            }
            Err(err) => self.notify(
                Topic::File,
                Level::Error,
                format!("The demo assessment could not be opened: {err}"),
            ),
        }
    }

    /// The open file's folder, or the most recent file's: where dialogs start.
    pub(super) fn current_folder(&self) -> Option<PathBuf> {
        let recent = self.state.prefs.recent.first();
        let path = self
            .state
            .doc
            .as_ref()
            .and_then(|doc| doc.path.as_ref())
            .or(recent)?;
        path.parent().map(Path::to_path_buf)
    }

    /// No dialog could be shown: asks for a typed path, starting from `text`.
    pub(super) fn typed_path_prompt(&mut self, purpose: PathPurpose, text: String) {
        self.state.modal = Some(Modal::TypedPath {
            purpose,
            text,
            problem: None,
            then: None,
        });
    }

    /// A typed path prompt for opening, starting in `folder`.
    pub(super) fn typed_open_prompt(&mut self, purpose: PathPurpose, folder: Option<PathBuf>) {
        let text = folder
            .map(|f| format!("{}{}", f.display(), std::path::MAIN_SEPARATOR))
            .unwrap_or_default();
        self.typed_path_prompt(purpose, text);
    }

    /// A typed path prompt for saving `name` in `folder` (or the current folder).
    pub(super) fn typed_save_prompt(
        &mut self,
        purpose: PathPurpose,
        folder: Option<PathBuf>,
        name: &str,
    ) {
        let folder = folder
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        self.typed_path_prompt(purpose, folder.join(name).display().to_string());
    }

    pub(super) fn open_dialog(&mut self) {
        if let Some(path) = self.pick_assessment(PathPurpose::Open) {
            self.open_path(path);
        }
    }

    /// Asks for an assessment file to read: the path picked, or `None` when cancelled or
    /// when no dialog could be shown, and a typed path prompt for `purpose` takes over.
    pub(super) fn pick_assessment(&mut self, purpose: PathPurpose) -> Option<PathBuf> {
        let folder = self.current_folder();
        match self
            .dialogs
            .pick_open(FileKind::Assessment, folder.as_deref())
        {
            DialogResult::Picked(path) => Some(path),
            DialogResult::Cancelled => None,
            DialogResult::Unavailable => {
                self.typed_open_prompt(purpose, folder);
                None
            }
        }
    }

    /// Opens `path`; on failure says why and leaves the open document as it was.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        // Recent files and the recovery note must not depend on the folder the app started in.
        let path = std::path::absolute(&path).unwrap_or(path);
        let stamp = assessment_file::stamp(&path);
        match assessment_file::load(&path, &self.state.framework) {
            Ok(assessment) => {
                let problems = model::problems(&self.state.framework, &assessment);
                let mut doc = Document::new(&self.state.framework, assessment, Some(path.clone()));
                doc.disk_stamp = stamp;
                let name = doc.display_name();
                self.replace_document(doc);
                self.state.file_event = Some(format!("Opened {name}"));
                self.state.page = Page::Summary;
                self.state.prefs.remember(path);
                self.last_edit_secs = None;
                self.announce_problems(problems);
            }
            Err(err) => {
                if matches!(err, storage::Error::NotFound { .. }) {
                    self.state.prefs.recent.retain(|p| p != &path);
                }
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                // The copy kept by the last save, if it reads: offered, never opened unasked.
                let backup = storage::atomic::backup_path(&path);
                let offer = assessment_file::load(&backup, &self.state.framework).is_ok();
                let mut text = format!("{name} could not be opened. {}", err.for_people());
                if offer {
                    text.push_str(" The copy kept by its last save can be opened instead.");
                }
                self.post(Notification {
                    id: 0,
                    topic: Topic::File,
                    posted_secs: 0.0,
                    level: Level::Error,
                    text,
                    actions: if offer {
                        vec![(
                            "Open the backup".to_owned(),
                            Command::OpenBackup(path.clone()),
                        )]
                    } else {
                        Vec::new()
                    },
                });
            }
        }
    }

    /// Opens the copy kept by the last save of `original` (which could not be read), as a
    /// document not yet saved: Save as… keeps it; the unreadable file is left as it is.
    pub(super) fn open_backup(&mut self, original: &Path) {
        let backup = storage::atomic::backup_path(original);
        match assessment_file::load(&backup, &self.state.framework) {
            Ok(assessment) => {
                let problems = model::problems(&self.state.framework, &assessment);
                let mut doc = Document::new(&self.state.framework, assessment, None);
                let name = original
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                doc.untitled_name = format!("{name} (backup)");
                doc.mark_unsaved();
                self.replace_document(doc);
                self.state.page = Page::Summary;
                self.last_edit_secs = None;
                self.notify(
                    Topic::File,
                    Level::Info,
                    "Opened the copy kept by the last save. Use Save as… to keep it.",
                );
                self.announce_problems(problems);
            }
            Err(err) => self.notify(
                Topic::File,
                Level::Error,
                format!(
                    "The backup could not be opened either. {}",
                    err.for_people()
                ),
            ),
        }
    }

    /// Keeps a file's problems for View › File problems and says, once, how many there are.
    fn announce_problems(&mut self, problems: Vec<model::problems::Problem>) {
        let count = problems.len();
        if let Some(doc) = &mut self.state.doc {
            doc.problems = problems;
        }
        if count > 0 {
            self.post(Notification {
                id: 0,
                topic: Topic::File,
                posted_secs: 0.0,
                level: Level::Warning,
                text: match count {
                    1 => "This file has a problem to look at.".to_owned(),
                    n => format!("This file has {n} problems to look at."),
                },
                actions: vec![("Show problems".to_owned(), Command::ShowProblems)],
            });
        }
    }

    /// Saves to the document's file, or asks where. True when saved now.
    pub(super) fn save(&mut self) -> bool {
        match self.state.doc.as_ref().map(|doc| doc.path.clone()) {
            Some(Some(path)) => self.save_to(path),
            Some(None) => self.save_as(),
            None => false,
        }
    }

    /// Asks where to save. True when saved now.
    pub(super) fn save_as(&mut self) -> bool {
        let Some(doc) = &self.state.doc else {
            return false;
        };
        let name = doc.path.as_deref().and_then(Path::file_name).map_or_else(
            || suggested_name(&doc.assessment),
            |n| n.to_string_lossy().into_owned(),
        );
        let folder = self.current_folder();
        match self
            .dialogs
            .pick_save(FileKind::Assessment, folder.as_deref(), &name)
        {
            DialogResult::Picked(path) => self.save_to(path),
            DialogResult::Cancelled => false,
            DialogResult::Unavailable => {
                self.typed_save_prompt(PathPurpose::Save, folder, &name);
                false
            }
        }
    }

    /// Saves to `path`. True when saved.
    pub(super) fn save_to(&mut self, path: PathBuf) -> bool {
        let path = with_extension(path);
        let Some(doc) = &mut self.state.doc else {
            return false;
        };
        // A file that cannot be read as an assessment is never overwritten, not even our own
        // (a newer workbook or someone else may have rewritten it).
        if !assessment_file::is_replaceable(&path, &self.state.framework) {
            let message = format!(
                "Not saved: the file there is not an assessment this workbook can read, so it was left untouched; choose another name: {}",
                path.display()
            );
            self.notify(Topic::File, Level::Error, message);
            return false;
        }
        if doc.path.as_ref() == Some(&path)
            && doc.disk_stamp.is_some()
            && assessment_file::stamp(&path) != doc.disk_stamp
        {
            let message = format!(
                "Not saved: the file changed on disk since it was opened here (another window, or a sync), so it was left untouched; use Save as… to keep both: {}",
                path.display()
            );
            self.notify(Topic::File, Level::Error, message);
            return false;
        }
        doc.assessment.modified = Some(now());
        match assessment_file::save(&path, &doc.assessment) {
            Ok(()) => {
                doc.saved_revision = doc.history.revision();
                doc.history.mark_saved();
                doc.disk_stamp = assessment_file::stamp(&path);
                doc.path = Some(path.clone());
                self.state.file_event = Some(format!(
                    "Saved {} at {}",
                    doc.display_name(),
                    super::local_clock()
                ));
                self.state.prefs.remember(path);
                self.last_edit_secs = None;
                self.discard_recovery();
                true
            }
            Err(err) => {
                self.notify(Topic::File, Level::Error, format!("{err}"));
                false
            }
        }
    }
}
