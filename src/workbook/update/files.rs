//! The assessment's file: new, open, the demo, the backup, save and save as, and the typed
//! path prompt that stands in when no file dialog can be shown.

use std::path::{Path, PathBuf};

use super::Core;
use crate::model::{self, Assessment};
use crate::storage::assessment_file::EXTENSION;
use crate::storage::on_disk::OnDisk;
use crate::tr;
use crate::workbook::command::{Command, Page};
use crate::workbook::effect::{Effect, FileKind, Format, Load, NotSaved, Unloaded};
use crate::workbook::notice::Notice;
use crate::workbook::state::{Document, Flow, Level, PathPurpose, Pending, Topic, Untitled};

/// Adds `.civic.json` to a name typed without an extension.
pub fn with_extension(path: PathBuf) -> PathBuf {
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
        name.push(EXTENSION);
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
    format!("{group}{base}{EXTENSION}")
}

/// The file name an export of `doc` suggests: the assessment's own name with the format's
/// extension, or the format's fallback for an assessment not yet saved.
pub fn export_name(doc: &Document, format: Format) -> String {
    let stem = doc.path.as_deref().and_then(Path::file_name).map_or_else(
        || format.fallback_stem().to_owned(),
        |name| {
            name.to_string_lossy()
                .trim_end_matches(".civic.json")
                .trim_end_matches(".json")
                .to_owned()
        },
    );
    format!("{stem}.{}", format.extension())
}

impl Core<'_> {
    /// Puts `doc` in place of the open document, whose changes were saved or given up: its
    /// autosave goes, and so do messages about earlier files.
    pub(super) fn replace_document(&mut self, doc: Document, page: Page) {
        self.discard_recovery();
        self.let_go_presence();
        self.state.file_event = None;
        self.state.notifications.clear();
        self.state.combine_details = None;
        self.state.doc = Some(doc);
        self.state.page = page;
        self.state.scroll_to = None;
        self.state.flash = None;
        self.state.is_problems_open = false;
    }

    pub(super) fn new_document(&mut self) {
        let mut assessment = Assessment::new(&self.state.framework, self.now.utc);
        assessment.title = tr!("wb-new-title");
        let doc = Document::new(&self.state.framework, assessment, None);
        self.replace_document(doc, Page::Details);
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

    /// Asks for an assessment file to read for `purpose`.
    pub(super) fn pick_open(&mut self, purpose: PathPurpose) {
        self.effects.push(Effect::PickOpen {
            purpose,
            folder: self.current_folder(),
        });
    }

    /// A dialog gave `paths` for `purpose`: the step that asked goes on.
    pub(super) fn picked(&mut self, purpose: PathPurpose, paths: Vec<PathBuf>) {
        if purpose == PathPurpose::Combine {
            self.combine(paths);
            return;
        }
        let Some(path) = paths.into_iter().next() else {
            self.cancelled();
            return;
        };
        match purpose {
            PathPurpose::Open => self.open_path(path),
            PathPurpose::Save => {
                let then = match std::mem::take(&mut self.state.flow) {
                    Flow::Saving { then, .. } => then,
                    _ => None,
                };
                self.save_to(path, then, false);
            }
            // The save dialog asked before replacing the file picked (not its companion).
            PathPurpose::ExportPdf => self.export_to(Format::Pdf, path.clone(), vec![path]),
            PathPurpose::ExportCsv => self.export_to(Format::Csv, path.clone(), vec![path]),
            PathPurpose::ExportMarkdown => {
                self.export_to(Format::Markdown, path.clone(), vec![path]);
            }
            PathPurpose::Baseline => self.effects.push(Effect::Load(Load::Baseline(path))),
            PathPurpose::MergeCopy => self.merge_copy(path),
            // A file of the corrected catalogue names its folder; a folder typed is one.
            PathPurpose::Messages => {
                let dir = if path.extension().is_some() {
                    path.parent().map(Path::to_path_buf).unwrap_or(path)
                } else {
                    path
                };
                self.use_messages(Some(dir));
            }
            PathPurpose::Combine => {}
        }
    }

    /// No dialog could be shown: a typed path prompt for `purpose` takes over, starting in the
    /// folder the dialog would have, and keeping whatever waited for it.
    pub(super) fn typed_prompt(&mut self, purpose: PathPurpose) {
        let then = match std::mem::take(&mut self.state.flow) {
            Flow::Saving { then, .. } => then,
            _ => None,
        };
        let folder = self.current_folder();
        let name = match purpose {
            PathPurpose::Save => self.state.doc.as_ref().map(|doc| {
                doc.path.as_deref().and_then(Path::file_name).map_or_else(
                    || suggested_name(&doc.assessment),
                    |n| n.to_string_lossy().into_owned(),
                )
            }),
            PathPurpose::ExportPdf => self.state.doc.as_ref().map(|d| export_name(d, Format::Pdf)),
            PathPurpose::ExportCsv => self.state.doc.as_ref().map(|d| export_name(d, Format::Csv)),
            PathPurpose::ExportMarkdown => self
                .state
                .doc
                .as_ref()
                .map(|d| export_name(d, Format::Markdown)),
            PathPurpose::Open
            | PathPurpose::Combine
            | PathPurpose::Baseline
            | PathPurpose::MergeCopy
            | PathPurpose::Messages => None,
        };
        let text = match name {
            Some(name) => folder
                .or_else(|| self.state.places.start.clone())
                .unwrap_or_default()
                .join(name)
                .display()
                .to_string(),
            None => folder
                .map(|f| format!("{}{}", f.display(), std::path::MAIN_SEPARATOR))
                .unwrap_or_default(),
        };
        self.state.flow = Flow::TypedPath {
            purpose,
            text,
            problem: None,
            then,
        };
    }

    fn set_typed_path_problem(&mut self, message: &str) {
        if let Flow::TypedPath { problem, .. } = &mut self.state.flow {
            *problem = Some(message.to_owned());
        }
    }

    pub(super) fn confirm_typed_path(&mut self) {
        let Flow::TypedPath {
            purpose,
            text,
            then,
            ..
        } = self.state.flow.clone()
        else {
            return;
        };
        let text = text.trim();
        if text.is_empty() {
            self.set_typed_path_problem(&tr!("wb-typed-path-empty"));
            return;
        }
        if purpose == PathPurpose::Combine {
            let paths: Vec<PathBuf> = text
                .split([';', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| self.typed_path(p))
                .collect();
            if paths.len() < 2 {
                self.set_typed_path_problem(&tr!("wb-typed-path-combine"));
                return;
            }
            self.state.flow = Flow::Idle;
            self.combine(paths);
            return;
        }
        let path = self.typed_path(text);
        self.state.flow = Flow::Idle;
        match purpose {
            // Unsaved changes were dealt with before the prompt: no second question.
            PathPurpose::Open => self.open_path(path),
            PathPurpose::Save => self.save_to(path, then, true),
            // A typed path was not asked about: a file already there is asked about first.
            PathPurpose::ExportPdf => self.export_to(Format::Pdf, path, Vec::new()),
            PathPurpose::ExportCsv => self.export_to(Format::Csv, path, Vec::new()),
            PathPurpose::ExportMarkdown => self.export_to(Format::Markdown, path, Vec::new()),
            PathPurpose::Baseline => self.effects.push(Effect::Load(Load::Baseline(path))),
            PathPurpose::MergeCopy => self.merge_copy(path),
            PathPurpose::Messages => self.picked(purpose, vec![path]),
            PathPurpose::Combine => {}
        }
    }

    /// A typed path as a path: `~` is the home folder, and a relative path is relative to the
    /// open file's folder (or the home folder), not wherever the app happened to start.
    fn typed_path(&self, text: &str) -> PathBuf {
        let home = self.state.places.home.as_ref();
        let path = match (
            text.strip_prefix("~/").or_else(|| text.strip_prefix("~\\")),
            home,
        ) {
            (Some(rest), Some(home)) => home.join(rest),
            _ => PathBuf::from(text),
        };
        if path.is_absolute() {
            return path;
        }
        let base = self
            .state
            .doc
            .as_ref()
            .and_then(|d| d.path.as_deref())
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| home.cloned());
        match base {
            Some(base) => base.join(path),
            None => path,
        }
    }

    /// An assessment was read: it becomes the open document, or the one compared with.
    pub(super) fn loaded(&mut self, what: Load, assessment: Assessment, disk: Option<OnDisk>) {
        let framework = &self.state.framework;
        match what {
            Load::Open(path) => {
                let problems = model::problems(framework, &assessment);
                let mut doc = Document::new(framework, assessment, Some(path.clone()));
                doc.base = disk;
                let name = doc.display_name();
                let answers = doc.assessment.framework.clone();
                self.replace_document(doc, Page::Summary);
                self.state.file_event = Some(tr!("wb-file-opened", file = name));
                self.state.prefs.remember(path.clone());
                self.announce_problems(problems);
                self.effects.push(Effect::FindCopies(path));
                let framework = &self.state.framework;
                if answers.id == framework.id() && answers.version != framework.version() {
                    self.state.flow = Flow::OfferMigration {
                        from: answers.version,
                        to: framework.version().to_owned(),
                    };
                }
            }
            Load::Backup(original) => {
                let problems = model::problems(framework, &assessment);
                let mut doc = Document::new(framework, assessment, None);
                doc.untitled = Untitled::Backup(original);
                doc.mark_unsaved();
                self.replace_document(doc, Page::Summary);
                self.notify(Topic::File, Level::Info, Notice::BackupOpened);
                self.announce_problems(problems);
            }
            Load::Demo => {
                let mut doc = Document::new(framework, assessment, None);
                doc.untitled = Untitled::Demo;
                self.replace_document(doc, Page::Summary);
            }
            Load::Baseline(path) => self.compared(path, assessment),
            // Marked read-only by `loaded_here` (presence.rs) once opened.
            Load::ReadOnly(path, _) => self.loaded(Load::Open(path), assessment, disk),
            Load::Copy(path) => self.copy_loaded(path, &assessment),
        }
    }

    /// "Move" in the offer made on opening a file of another framework version: every answer
    /// whose question carries over stays, the others are kept apart (shown at the end of the
    /// report). Only the open document changes, marked unsaved.
    pub(super) fn migrate_to_current(&mut self) {
        let Flow::OfferMigration { from, to } = std::mem::take(&mut self.state.flow) else {
            return;
        };
        let Some(doc) = self.state.doc.take() else {
            return;
        };
        let framework = &self.state.framework;
        // The document was read with the bank in use, and no map is given: nothing to check.
        let result = model::migrate::migrate(
            &doc.assessment,
            framework,
            framework,
            &model::migrate::Map::default(),
        );
        let (migrated, moves) = match result {
            Ok(migrated) => migrated,
            Err(err) => {
                self.state.doc = Some(doc);
                self.notify(Topic::File, Level::Error, Notice::NotMoved(err));
                return;
            }
        };
        let mut moved_doc = Document::new(framework, migrated, doc.path.clone());
        moved_doc.base = doc.base;
        moved_doc.read_only = doc.read_only;
        moved_doc.untitled = doc.untitled;
        moved_doc.baseline = doc.baseline;
        moved_doc.view_id = doc.view_id;
        moved_doc.mark_unsaved();
        let problems = model::problems(framework, &moved_doc.assessment);
        self.state.doc = Some(moved_doc);
        // What was found on opening (the version among it) is looked at again.
        self.state
            .notifications
            .retain(|n| !n.actions.contains(&Command::ShowProblems));
        self.announce_problems(problems);
        let notice = Notice::Moved {
            from,
            to,
            carried: moves.carried_over().count(),
            apart: moves.kept_apart().count(),
        };
        self.notify(Topic::File, Level::Info, notice);
    }

    /// An assessment could not be read: says why, and leaves the open document as it was.
    pub(super) fn not_loaded(&mut self, what: Load, why: &Unloaded) {
        if let (
            Load::Open(path) | Load::ReadOnly(path, _),
            Unloaded::NotFound { backup: false, .. },
        ) = (&what, why)
        {
            self.state.prefs.recent.retain(|p| p != path);
        }
        let topic = match what {
            Load::Baseline(_) => Topic::Comparison,
            _ => Topic::File,
        };
        // The copy kept by the last save, if it reads: offered, never opened unasked.
        let actions = match (&what, why) {
            (
                Load::Open(path) | Load::ReadOnly(path, _),
                Unloaded::NotFound { backup: true, .. } | Unloaded::Unreadable { backup: true, .. },
            ) => vec![Command::OpenBackup(path.clone())],
            _ => Vec::new(),
        };
        let notice = Notice::NotLoaded {
            what,
            why: why.clone(),
        };
        self.offer(topic, Level::Error, notice, actions);
    }

    /// Keeps a file's problems for View › File problems and says, once, how many there are.
    pub(super) fn announce_problems(&mut self, problems: Vec<model::problems::Problem>) {
        let count = problems.len();
        if let Some(doc) = &mut self.state.doc {
            doc.problems = problems;
        }
        if count > 0 {
            self.offer(
                Topic::File,
                Level::Warning,
                Notice::FileProblems(count),
                vec![Command::ShowProblems],
            );
        }
    }

    /// Saves to the document's file, or asks where; then `then`, once saved.
    pub(super) fn save(&mut self, then: Option<Pending>) {
        match self.state.doc.as_ref().map(|doc| doc.path.clone()) {
            Some(Some(path)) => self.save_to(path, then, false),
            Some(None) => self.save_as(then),
            None => {}
        }
    }

    /// Asks where to save; then `then`, once saved.
    pub(super) fn save_as(&mut self, then: Option<Pending>) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        let name = doc.path.as_deref().and_then(Path::file_name).map_or_else(
            || suggested_name(&doc.assessment),
            |n| n.to_string_lossy().into_owned(),
        );
        self.state.flow = Flow::Saving { then, typed: false };
        self.effects.push(Effect::PickSave {
            purpose: PathPurpose::Save,
            kind: FileKind::Assessment,
            folder: self.current_folder(),
            name,
        });
    }

    /// Saves to `path` (typed into the prompt, or not); then `then`, once saved.
    pub(super) fn save_to(&mut self, path: PathBuf, then: Option<Pending>, typed: bool) {
        let path = with_extension(path);
        if self.refuse_read_only_save(&path) {
            return;
        }
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        let own = doc.path.as_ref() == Some(&path);
        doc.assessment.modified = Some(self.now.utc);
        self.state.flow = Flow::Saving { then, typed };
        self.effects.push(Effect::Save {
            new_only: typed && !own,
            checked: own,
            path,
        });
    }

    /// The file is written: the document is clean, and whatever waited goes ahead.
    pub(super) fn saved(&mut self, path: PathBuf, written: OnDisk, clock: time::Time) {
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        doc.saved_revision = doc.history.revision();
        doc.history.mark_saved();
        doc.base = Some(written);
        // What the file held before is replaced (the backup keeps it): nothing left to ask.
        doc.outside = None;
        doc.path = Some(path.clone());
        self.state.file_event = Some(tr!(
            "wb-file-saved",
            file = doc.display_name(),
            time = crate::workbook::words::clock(clock)
        ));
        self.presence_after_save(&path);
        self.state.prefs.remember(path);
        self.discard_recovery();
        match std::mem::take(&mut self.state.flow) {
            Flow::Saving {
                then: Some(then), ..
            } => self.run_pending(then),
            Flow::Saving { .. } => {}
            other => self.state.flow = other,
        }
    }

    /// The file was not written (and what was there is untouched): say why; a typed path's
    /// prompt comes back, still holding what waited for the save.
    pub(super) fn not_saved(&mut self, path: &Path, why: &NotSaved) {
        let (then, typed) = match std::mem::take(&mut self.state.flow) {
            Flow::Saving { then, typed } => (then, typed),
            other => {
                self.state.flow = other;
                (None, false)
            }
        };
        let message = match why {
            NotSaved::Exists => None,
            NotSaved::NotAnAssessment => Some(Notice::NotSavedNotAssessment(path.to_owned())),
            NotSaved::ChangedOnDisk { theirs, clock, who } => {
                self.changed_before_save(path, theirs, *clock, who.clone(), then);
                return;
            }
            NotSaved::Failed(reason) => Some(Notice::NotSaved(reason.clone())),
        };
        if let Some(message) = message {
            self.notify(Topic::File, Level::Error, message);
        }
        if typed {
            let problem = if *why == NotSaved::Exists {
                tr!("wb-typed-path-exists")
            } else {
                tr!("wb-typed-path-not-saved")
            };
            self.state.flow = Flow::TypedPath {
                purpose: PathPurpose::Save,
                text: path.display().to_string(),
                problem: Some(problem),
                then,
            };
        }
    }
}
