//! Everything the views read: the open document, the page shown, preferences, notifications and
//! any prompt on screen. Views get `&AppState` and never change it.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::command::{Page, ThemeChoice};
use super::history::History;
use crate::model::{Assessment, Framework};
use crate::scoring::compare::Comparison;
use crate::scoring::{self, Scorecard};
use crate::storage::on_disk::OnDisk;

/// Everything the views show.
pub struct AppState {
    /// The language the app speaks, once chosen (View ▸ Language, or the one remembered);
    /// `None`: the process's (the system's, or `--lang`).
    pub language: Option<crate::i18n::Lang>,
    /// The framework in use.
    pub framework: Framework,
    /// The open assessment, if any (the welcome screen shows when there is none).
    pub doc: Option<Document>,
    /// The page shown.
    pub page: Page,
    /// Preferences remembered between runs.
    pub prefs: Prefs,
    /// Messages on screen as toasts, newest last: successes fade, warnings and errors stay
    /// until dismissed.
    pub notifications: Vec<Notification>,
    /// Every message of this session, newest last (View ▸ Messages), at most [`MAX_LOG`].
    pub log: Vec<Notification>,
    /// Whether the message log is shown.
    pub is_log_open: bool,
    /// Whether the open file's problems are shown.
    pub is_problems_open: bool,
    /// The question shown in presenter mode, while presenting.
    pub presenting: Option<crate::model::QuestionId>,
    /// Presenter mode shows a group's ratings without the assessors' names.
    pub hide_names: bool,
    /// What last happened to the file, for the status bar ("Opened …", "Saved … at 14:02").
    pub file_event: Option<String>,
    /// Today's date (UTC), read by the shell each frame: the app logic reads no clock.
    pub today: time::Date,
    /// The help page shown, if any.
    pub help: Option<super::command::HelpTopic>,
    /// A question just changed by undo or redo, ringed until this time (app clock, seconds).
    pub flash: Option<(crate::model::QuestionId, f64)>,
    /// The zoom percentage is shown on screen until this time (app clock, seconds).
    pub zoom_shown_until: Option<f64>,
    /// What happens next: a prompt on screen, or a step waiting for the shell.
    pub flow: Flow,
    /// The PDF being exported in the background, if any.
    pub exporting: Option<PathBuf>,
    /// A question to bring into view on the next frame of its domain page.
    pub scroll_to: Option<crate::model::QuestionId>,
    /// The question keys 1–6 and 0 rate on its domain page: the last one clicked, or holding
    /// the keyboard, or changed by undo. Keys act on it only while its rating is in view.
    pub current_question: Option<crate::model::QuestionId>,
    /// An assessment autosaved by an app that ended unexpectedly, until restored or discarded.
    pub offer: Option<Box<super::effect::Offer>>,
    /// The autosaved copies restored or discarded in this run: never offered again, even if
    /// their files could not be removed.
    pub answered_offers: Vec<String>,
    /// When (app clock) the last edit was made; `None` once autosaved or saved.
    pub last_edit_secs: Option<f64>,
    /// The id of the last message posted.
    pub last_message_id: u64,
    /// Folders typed paths start from, read once by the shell.
    pub places: Places,
    /// The presence note kept beside the open file, saying who has it open here.
    pub presence: Option<super::presence::Held>,
    /// Changes from another copy being merged or shown, while their window is open.
    pub merging: Option<Box<MergeView>>,
    /// What the last combining found, in full, for its toast's Show details.
    pub combine_details: Option<CombineDetails>,
}

/// What combining assessors' files found, in full: the toast says it in a line or two, and
/// Show details opens this.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CombineDetails {
    /// The assessors, by name.
    pub names: Vec<String>,
    /// How many questions have assessors [`crate::scoring::WIDE_SPREAD`] or more phases apart.
    pub wide: usize,
    /// What the files disagree on, and any file that does not say whose it is, one per entry.
    pub differences: Vec<String>,
    /// Whether the details are on screen.
    pub is_open: bool,
}

/// Where the other side of a merge comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeSource {
    /// The open document's own file, changed by someone else.
    Disk,
    /// Another copy of the assessment (a sync tool's conflict copy).
    Copy(PathBuf),
}

/// A merge on screen: what comes from the other side without asking, the conflicts, and the
/// choice made for each.
pub struct MergeView {
    /// Where the other side comes from.
    pub source: MergeSource,
    /// The three-way merge of base→theirs into base→mine.
    pub merge: crate::model::merge::Merge,
    /// The side chosen for each conflict, in order (mine to start).
    pub choices: Vec<crate::model::merge::Choice>,
    /// Shown only (Show changes): nothing is applied from this window.
    pub is_preview: bool,
    /// The other side, as read: the open file's new base once applied (for [`MergeSource::Disk`]).
    pub theirs: OnDisk,
    /// What happens once it is applied.
    pub after: AfterMerge,
}

/// What happens once a merge is applied.
#[derive(Clone, Debug, PartialEq)]
pub enum AfterMerge {
    /// Nothing more: the merged document stays unsaved.
    Stay,
    /// A save found the file changed: the merged result is saved, then `then` goes ahead.
    Save {
        /// What waited for the save.
        then: Option<Pending>,
    },
}

/// Folders typed paths start from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Places {
    /// The home folder (`~`), if known.
    pub home: Option<PathBuf>,
    /// The folder the app started in.
    pub start: Option<PathBuf>,
}

impl AppState {
    /// The state at start: no document, the summary page, nothing on screen.
    pub fn new(framework: Framework, prefs: Prefs, places: Places, today: time::Date) -> Self {
        Self {
            language: None,
            framework,
            doc: None,
            page: Page::Summary,
            prefs,
            notifications: Vec::new(),
            log: Vec::new(),
            is_log_open: false,
            is_problems_open: false,
            presenting: None,
            hide_names: false,
            file_event: None,
            today,
            help: None,
            flash: None,
            zoom_shown_until: None,
            flow: Flow::Idle,
            exporting: None,
            scroll_to: None,
            current_question: None,
            offer: None,
            answered_offers: Vec::new(),
            last_edit_secs: None,
            last_message_id: 0,
            places,
            presence: None,
            merging: None,
            combine_details: None,
        }
    }

    /// Whether a prompt is on screen (it takes the keys and dropped files).
    pub fn is_prompting(&self) -> bool {
        self.merging.is_some()
            || !matches!(self.flow, Flow::Idle | Flow::Saving { .. } | Flow::Closing)
    }
}

/// An open assessment.
pub struct Document {
    /// The assessment as it stands.
    pub assessment: Assessment,
    /// Its file, or `None` until first saved.
    pub path: Option<PathBuf>,
    /// Opened read-only because these people have the file open: Save does not write to it.
    pub read_only: Option<Vec<super::presence::Other>>,
    /// Undo and redo.
    pub history: History,
    /// The revision last saved; the document is dirty when the history is elsewhere.
    pub saved_revision: u64,
    /// The scores of the assessment as it stands, recomputed after every change.
    pub scorecard: Scorecard,
    /// What the document is called while there is no file.
    pub untitled: Untitled,
    /// What the file held when opened or last saved here: changes made elsewhere are noticed
    /// against it, by content, and it is the base of a merge. `None` while there is no file (or
    /// for work restored from an autosave written before autosaves kept it).
    pub base: Option<OnDisk>,
    /// A change someone else made to the file, shown in a bar until dealt with.
    pub outside: Option<OutsideChange>,
    /// The earlier assessment compared with, if any (for this session; not saved in the file).
    pub baseline: Option<Baseline>,
    /// What validation found in the file when it was opened (View › File problems).
    pub problems: Vec<crate::model::problems::Problem>,
    /// Unique to this opening of the document: the views key scroll positions and expanded
    /// sections by it, so each file opened starts at the top with everything folded.
    pub view_id: u64,
}

/// The file was changed by someone else while open here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutsideChange {
    /// What it holds now.
    pub theirs: OnDisk,
    /// The local time of the change.
    pub clock: time::Time,
    /// Who changed it, when known (from another app's presence note); the file itself names
    /// no author.
    pub who: Option<String>,
}

/// The last [`Document::view_id`] given out.
static LAST_VIEW_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// An earlier assessment the open one is compared with.
pub struct Baseline {
    /// Its file.
    pub path: PathBuf,
    /// How it is named: its title and period.
    pub label: String,
    /// The assessment.
    pub assessment: Assessment,
    /// What changed since, recomputed with the scores.
    pub comparison: Comparison,
}

impl Document {
    /// A document for `assessment`, clean (as if just saved or opened).
    pub fn new(framework: &Framework, assessment: Assessment, path: Option<PathBuf>) -> Self {
        let scorecard = scoring::score(framework, &assessment);
        Self {
            assessment,
            path,
            read_only: None,
            history: History::starting_at(0),
            saved_revision: 0,
            scorecard,
            untitled: Untitled::New,
            base: None,
            outside: None,
            baseline: None,
            problems: Vec::new(),
            view_id: LAST_VIEW_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
        }
    }

    /// Recomputes the scores (and the comparison) after a change. The earlier assessment does
    /// not change, so its scores are reused.
    pub fn rescore(&mut self, framework: &Framework) {
        self.scorecard = scoring::score(framework, &self.assessment);
        if let Some(baseline) = &mut self.baseline {
            baseline.comparison = scoring::compare::compare_scored(
                framework,
                &self.assessment,
                &self.scorecard,
                &baseline.assessment,
                baseline.comparison.earlier.clone(),
            );
        }
    }

    /// Marks the document as holding work not yet saved anywhere (a combined group assessment).
    pub fn mark_unsaved(&mut self) {
        // No revision ever reaches this, so it stays unsaved until saved.
        self.saved_revision = u64::MAX;
    }

    /// Whether there are changes not saved to the file.
    pub fn is_dirty(&self) -> bool {
        self.history.revision() != self.saved_revision
    }

    /// The file name shown in the title bar.
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(|path| path.file_name())
            .map_or_else(
                || self.untitled.name(),
                |name| name.to_string_lossy().into_owned(),
            )
    }
}

/// What a document without a file is, to name it in the language of the moment.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Untitled {
    /// A new assessment.
    #[default]
    New,
    /// The built-in demo.
    Demo,
    /// Assessors' files combined.
    Group,
    /// The copy kept by the last save of this file.
    Backup(PathBuf),
}

impl Untitled {
    /// The name shown in the title bar and tabs: "Untitled assessment", "ours.civic.json (backup)".
    pub fn name(&self) -> String {
        match self {
            Self::New => crate::tr!("wb-untitled-name"),
            Self::Demo => crate::tr!("wb-demo-name"),
            Self::Group => crate::tr!("wb-group-name"),
            Self::Backup(original) => crate::tr!(
                "wb-backup-name",
                file = super::notice::file_name(Some(original))
            ),
        }
    }
}

/// Preferences remembered between runs (with the window size, which eframe keeps).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Light, dark or the system's choice.
    pub theme: ThemeChoice,
    /// Zoom factor, 1.0 for normal size.
    pub zoom: f32,
    /// Recently opened or saved files, most recent first.
    pub recent: Vec<PathBuf>,
    /// The language chosen under View ▸ Language (a tag: "cy", "en-GB"); `None` until one is
    /// chosen, when the app follows the system's.
    pub language: Option<String>,
    /// The language of exported reports (File ▸ Report language: "cy", "en-GB", "cy+en");
    /// `None`: the app's own.
    pub report_language: Option<String>,
    /// A folder of corrected messages (View ▸ Language ▸ Corrected messages…) and the language
    /// it corrects (a tag); `None`: the built-in catalogue.
    pub messages: Option<(String, PathBuf)>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent: Vec::new(),
            language: None,
            report_language: None,
            messages: None,
        }
    }
}

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 8;

impl Prefs {
    /// The languages exported reports are written in: the one chosen, else the app's.
    pub fn report_languages(&self) -> crate::i18n::Languages {
        self.report_language
            .as_deref()
            .and_then(crate::i18n::Languages::from_tag)
            .unwrap_or(crate::i18n::Languages::One(crate::i18n::language()))
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// How serious a notification is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something done.
    Info,
    /// Something to know (kept data, a flagged link).
    Warning,
    /// Something failed; nothing was lost.
    Error,
}

/// What a message is about. A newer message replaces an earlier one of the same topic and level
/// on screen, and settling a matter clears its messages: they are found by topic, never by text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Opening or saving the assessment's file.
    File,
    /// Exporting the report or the data.
    Export,
    /// Opening a link, file or folder with another program.
    Opening,
    /// An edit that could not be made.
    Edit,
    /// Combining assessors' files.
    Combine,
    /// Comparing with an earlier assessment.
    Comparison,
    /// Crash recovery.
    Recovery,
    /// Autosave.
    Autosave,
    /// The corrected catalogue in use.
    Messages,
}

/// How many messages the log keeps.
pub const MAX_LOG: usize = 200;

/// How long (seconds) a message that needs nothing more stays on screen; one with buttons stays
/// longer, so there is time to use them.
pub const TOAST_SECS: f64 = 6.0;
/// How long (seconds) a message with buttons ("Open PDF") stays on screen.
pub const TOAST_WITH_ACTIONS_SECS: f64 = 15.0;

/// A message for the person: shown as a toast in a corner, and kept in the log.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification {
    /// Unique within the session, to dismiss it.
    pub id: u64,
    /// What it is about.
    pub topic: Topic,
    /// When it was posted (seconds on the app's clock).
    pub posted_secs: f64,
    /// How serious it is.
    pub level: Level,
    /// What happened, worded when shown.
    pub notice: super::notice::Notice,
    /// Buttons offered with it, such as Open PDF (labelled by [`super::notice::offer_label`]).
    pub actions: Vec<super::command::Command>,
}

impl Notification {
    /// The message in words (see [`super::notice::Notice::text`]).
    pub fn text(&self, framework: &crate::model::Framework) -> String {
        self.notice.text(framework)
    }

    /// When it leaves the screen by itself, if it does: successes fade, warnings and errors
    /// stay until dismissed.
    pub fn expires_secs(&self) -> Option<f64> {
        let lasts = if self.actions.is_empty() {
            TOAST_SECS
        } else {
            TOAST_WITH_ACTIONS_SECS
        };
        (self.level == Level::Info).then_some(self.posted_secs + lasts)
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Start a blank assessment.
    New,
    /// Ask for a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the demo.
    OpenDemo,
    /// Open the copy kept by the last save of this unreadable file.
    OpenBackup(PathBuf),
    /// Close the window.
    Quit,
    /// Restore the autosaved assessment.
    RestoreRecovery,
    /// Ask for assessors' files to combine.
    Combine,
}

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PathPurpose {
    /// Open an assessment.
    Open,
    /// Save the assessment.
    Save,
    /// Export the PDF report.
    ExportPdf,
    /// Export the data as CSV.
    ExportCsv,
    /// Export the assessment as Markdown.
    ExportMarkdown,
    /// Combine assessors' files (several paths, separated by `;`).
    Combine,
    /// Compare with an earlier assessment.
    Baseline,
    /// Merge another copy of the assessment into the open one.
    MergeCopy,
    /// Use a corrected copy of the catalogue (a file of it, for its folder).
    Messages,
}

/// What happens next. One value, so a chain of prompts (unsaved changes, then a typed path,
/// then the New, Open or Quit that waited) cannot be in two states at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Flow {
    /// Nothing waits.
    #[default]
    Idle,
    /// A save is under way; `then` goes ahead once it is written.
    Saving {
        /// What waits for the save.
        then: Option<Pending>,
        /// The path was typed: if the save fails, the prompt comes back.
        typed: bool,
    },
    /// The window is closing: changes are saved or given up, no export is under way.
    Closing,
    /// The window closes once the report being exported is written (it stays open if the
    /// export fails, to say so).
    QuitAfterExport,
    /// Save / Don't save / Cancel, then `then`.
    Unsaved {
        /// What happens after.
        then: Pending,
    },
    /// No file dialog could be shown: type a path instead.
    TypedPath {
        /// Open or save.
        purpose: PathPurpose,
        /// The path typed so far.
        text: String,
        /// Why the last attempt failed, if it did.
        problem: Option<String>,
        /// What was waiting for this save (Save in the unsaved-changes prompt), to go ahead
        /// once the file is saved.
        then: Option<Pending>,
    },
    /// The file just opened answers another version of the framework than the workbook's:
    /// move it to this one, or keep it as it is. Never done unasked.
    OfferMigration {
        /// The version the file answers.
        from: String,
        /// The version in use.
        to: String,
    },
    /// An export would replace files already there: replace them, or cancel.
    ConfirmReplace {
        /// What was to be written.
        format: super::effect::Format,
        /// Where.
        path: PathBuf,
        /// The files already there.
        files: Vec<super::effect::Existing>,
    },
    /// Others have the file about to be opened open: open it read-only, open it anyway, or not.
    OthersHaveOpen {
        /// The file.
        path: PathBuf,
        /// Who has it open, earliest first.
        others: Vec<super::presence::Other>,
    },
    /// An assessment was autosaved before the app last closed unexpectedly ([`AppState::offer`]).
    Recovery {
        /// When it was autosaved, for display.
        written: String,
        /// Institution and title, to recognise it.
        description: String,
    },
}
