//! The app core: [`update`] carries out one command on the state and returns what the shell
//! must do ([`Effect`]s); [`tick`] is the once-a-frame bookkeeping (toasts that fade, the
//! autosave that falls due). No window, no files, no clock: the time comes in as [`Now`],
//! and every result from outside comes back as a command, so each path through a prompt chain
//! is a plain unit test (`tests.rs`).

mod edit;
mod files;
mod group;
pub mod merge;
pub mod outside;
mod presence;
mod recovery;
#[cfg(test)]
mod tests;

use super::command::{Command, Page, ThemeChoice, UnsavedChoice};
use super::effect::{Effect, External, Focus, Now, Outcome};
use super::notice::Notice;
use super::state::{AfterMerge, AppState, Flow, Level, Notification, Pending, Topic};
use crate::model::LinkKind;

/// How long (seconds) the question an undo or redo changed stays ringed.
const FLASH_SECS: f64 = 1.5;

/// How many messages are on screen at once at most.
const MAX_TOASTS: usize = 4;

/// Seconds of quiet after the last edit before the recovery file is written.
const AUTOSAVE_AFTER_SECS: f64 = 3.0;

/// Carries out `command` at `now`; returns what the shell must do, in order.
pub fn update(state: &mut AppState, command: Command, now: Now) -> Vec<Effect> {
    let mut core = Core {
        state,
        now,
        effects: Vec::new(),
    };
    // The window is closing: nothing more happens (a click or key already queued is dropped).
    if core.state.flow == Flow::Closing {
        return Vec::new();
    }
    core.apply(command);
    core.offer_when_idle();
    core.effects
}

/// Once a frame: today's date, toasts whose time is up, and the autosave once edits pause.
/// Asks to be woken for the next of these rather than repainting in a loop.
pub fn tick(state: &mut AppState, now: Now) -> Vec<Effect> {
    let mut effects = Vec::new();
    state.today = now.today;
    state
        .notifications
        .retain(|n| n.expires_secs().is_none_or(|at| at > now.secs));
    if let Some(next) = state
        .notifications
        .iter()
        .filter_map(Notification::expires_secs)
        .reduce(f64::min)
    {
        effects.push(Effect::RepaintAfter((next - now.secs).max(0.0)));
    }
    if state
        .flash
        .as_ref()
        .is_some_and(|(_, until)| *until <= now.secs)
    {
        state.flash = None;
    }
    if state
        .zoom_shown_until
        .is_some_and(|until| until <= now.secs)
    {
        state.zoom_shown_until = None;
    }
    let dirty = state
        .doc
        .as_ref()
        .is_some_and(super::state::Document::is_dirty);
    if let Some(last_edit) = state.last_edit_secs.filter(|_| dirty) {
        let due_in = last_edit + AUTOSAVE_AFTER_SECS - now.secs;
        if due_in > 0.0 {
            effects.push(Effect::RepaintAfter(due_in));
        } else {
            state.last_edit_secs = None;
            effects.push(Effect::WriteRecovery);
        }
    }
    effects.extend(presence::tick(state, now));
    effects
}

/// One command's work: the state, the time, and the effects asked for so far.
struct Core<'a> {
    state: &'a mut AppState,
    now: Now,
    effects: Vec<Effect>,
}

impl Core<'_> {
    fn apply(&mut self, command: Command) {
        match command {
            Command::New => self.after_unsaved(Pending::New),
            Command::Open => self.after_unsaved(Pending::Open),
            Command::OpenPath(path) => self.after_unsaved(Pending::OpenPath(path)),
            Command::OpenDemo => self.after_unsaved(Pending::OpenDemo),
            Command::OpenBackup(path) => self.after_unsaved(Pending::OpenBackup(path)),
            Command::Quit => self.after_unsaved(Pending::Quit),
            Command::RestoreRecovery => self.after_unsaved(Pending::RestoreRecovery),
            Command::OpenReadOnly => self.open_despite_others(true),
            Command::OpenAnyway => self.open_despite_others(false),
            Command::CombineAssessments => self.after_unsaved(Pending::Combine),
            Command::ShowProblems => self.state.is_problems_open = true,
            Command::CloseProblems => self.state.is_problems_open = false,
            Command::Save => self.save(None),
            Command::SaveAs => self.save_as(None),
            Command::SaveTo(path) => self.save_to(path, None, false),
            Command::ExportPdf => self.export_dialog(super::effect::Format::Pdf),
            Command::ExportCsv => self.export_dialog(super::effect::Format::Csv),
            Command::ExportMarkdown => self.export_dialog(super::effect::Format::Markdown),
            Command::ExportPdfTo(path) => {
                self.export_to(super::effect::Format::Pdf, path, Vec::new());
            }
            Command::OpenFile(path) => self
                .effects
                .push(Effect::OpenExternal(External::Path(path))),
            Command::OpenFolder(path) => {
                if let Some(folder) = path.parent() {
                    self.effects
                        .push(Effect::OpenExternal(External::Path(folder.to_path_buf())));
                }
            }
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::Edit(edit) => self.edit(edit),
            Command::Navigate(page) => self.state.page = page,
            Command::ShowQuestion(question) => self.show_question(question),
            Command::ScrolledToQuestion => self.state.scroll_to = None,
            Command::SetCurrentQuestion(question) => self.set_current_question(question),
            Command::NextDomain => self.step_domain(true),
            Command::PreviousDomain => self.step_domain(false),
            Command::ZoomIn => self.zoom(Some(true)),
            Command::ZoomOut => self.zoom(Some(false)),
            Command::ZoomReset => self.zoom(None),
            Command::SetTheme(choice) => self.set_theme(choice),
            Command::SetLanguage(lang) => self.set_language(lang),
            Command::SetReportLanguage(languages) => {
                self.state.prefs.report_language = Some(languages.tag().to_owned());
            }
            Command::OpenLink(link) => self.open_link(&link),
            Command::ResolveUnsaved(choice) => self.resolve_unsaved(choice),
            Command::SetTypedPath(text) => {
                if let Flow::TypedPath { text: typed, .. } = &mut self.state.flow {
                    *typed = text;
                }
            }
            Command::ConfirmTypedPath => self.confirm_typed_path(),
            Command::CloseModal => self.close_prompt(),
            Command::ConfirmReplace => self.confirm_replace(),
            Command::MigrateToCurrent => self.migrate_to_current(),
            Command::DiscardRecovery => self.discard_offered(),
            Command::Dismiss(id) => self.state.notifications.retain(|n| n.id != id),
            Command::ShowCombineDetails => self.show_combine_details(true),
            Command::CloseCombineDetails => self.show_combine_details(false),
            Command::ToggleMessageLog => self.state.is_log_open = !self.state.is_log_open,
            Command::Present => self.present(),
            Command::PresentStep(step) => self.present_step(step),
            Command::StopPresenting => self.stop_presenting(),
            Command::ToggleNames => self.state.hide_names = !self.state.hide_names,
            Command::Clipboard(action) => {
                self.effects.push(Effect::Focus(Focus::LastField));
                self.effects.push(Effect::Clipboard(action));
            }
            Command::ShowHelp(topic) => self.state.help = Some(topic),
            Command::CloseHelp => self.state.help = None,
            Command::FocusMenuBar => self.effects.push(Effect::Focus(Focus::MenuBar)),
            Command::ClearRecent => self.state.prefs.recent.clear(),
            Command::PickMessages => self.pick_open(super::state::PathPurpose::Messages),
            Command::BuiltInMessages => self.use_messages(None),
            Command::CombinePaths(paths) => self.combine(paths),
            Command::CompareWithEarlier => self.compare_dialog(),
            Command::CompareWith(path) => self.compare_with(path),
            Command::ClearComparison => {
                if let Some(doc) = &mut self.state.doc {
                    doc.baseline = None;
                }
            }
            Command::Done(outcome) => self.done(*outcome),
            Command::CheckDisk => self.check_disk(),
            Command::MergeOutside => self.merge_outside(false, AfterMerge::Stay),
            Command::ShowOutsideChanges => self.merge_outside(true, AfterMerge::Stay),
            Command::ReloadTheirs => self.reload_theirs(),
            Command::KeepMine => self.keep_mine(),
            Command::SetMergeChoice(index, choice) => self.set_merge_choice(index, choice),
            Command::ApplyMerge => self.apply_merge(),
            Command::CloseMerge => self.close_merge(),
            Command::MergeCopy => self.merge_copy_dialog(),
            Command::MergeCopyPath(path) => self.merge_copy(path),
        }
    }

    /// A result from the shell: the step that waited for it goes on.
    fn done(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Picked { purpose, paths } => self.picked(purpose, paths),
            Outcome::Cancelled(_) => self.cancelled(),
            Outcome::NoDialog(purpose) => self.typed_prompt(purpose),
            Outcome::Loaded {
                what,
                assessment,
                disk,
            } => self.loaded_here(what, *assessment, disk.map(|disk| *disk)),
            Outcome::NotLoaded { what, why } => self.not_loaded(what, &why),
            Outcome::Saved {
                path,
                written,
                clock,
            } => self.saved(path, *written, clock),
            Outcome::NotSaved { path, why } => self.not_saved(&path, &why),
            Outcome::Combined {
                group,
                names,
                differences,
            } => self.combined(*group, &names, &differences),
            Outcome::NotCombined(why) => {
                self.notify(Topic::Combine, Level::Error, Notice::NotCombined(why));
            }
            Outcome::Exported {
                format,
                path,
                result,
            } => self.exported(format, path, &result),
            Outcome::WouldReplace {
                format,
                path,
                files,
            } => self.would_replace(format, path, files),
            Outcome::NotOpened(external) => self.not_opened(external),
            Outcome::Offers { found, unreadable } => self.offers(found, unreadable),
            Outcome::Trouble(trouble, detail) => self.trouble(trouble, detail),
            Outcome::Others { path, others } => self.others_found(path, others),
            Outcome::MessagesUsed { dir, unused } => {
                let level = if unused.is_empty() {
                    Level::Info
                } else {
                    Level::Warning
                };
                self.notify(Topic::Messages, level, Notice::MessagesUsed { dir, unused });
            }
            Outcome::PresenceNotWritten(detail) => {
                self.presence_not_written(detail);
            }
            Outcome::ChangedOnDisk {
                path,
                theirs,
                clock,
                who,
            } => self.changed_on_disk(&path, *theirs, clock, who),
            Outcome::ConflictCopies { path, copies } => self.conflict_copies(&path, &copies),
        }
    }

    /// A dialog was closed without a choice: whatever waited for it (Save, then Quit) is
    /// called off.
    fn cancelled(&mut self) {
        if matches!(self.state.flow, Flow::Saving { .. }) {
            self.state.flow = Flow::Idle;
        }
    }

    /// Speaks `lang` from the next frame on, and remembers it. Nothing on screen keeps words
    /// (each is worded as it is drawn): the next frame is all in the new language, the
    /// framework's texts too.
    fn set_language(&mut self, lang: crate::i18n::Lang) {
        self.state.language = Some(lang);
        self.state.prefs.language = Some(lang.tag().to_owned());
        self.state.framework = self.state.framework.in_language(lang);
        // The scores and the comparison name the domains: named anew.
        if let Some(doc) = &mut self.state.doc {
            doc.rescore(&self.state.framework);
            if let Some(baseline) = &mut doc.baseline {
                baseline.comparison = crate::scoring::compare::compare(
                    &self.state.framework,
                    &doc.assessment,
                    &baseline.assessment,
                );
            }
        }
    }

    /// Uses the corrected catalogue in `dir` for the language spoken now, remembered, or the
    /// built-in one again (`None`).
    fn use_messages(&mut self, dir: Option<std::path::PathBuf>) {
        let lang = self.state.language.unwrap_or_else(crate::i18n::language);
        self.state.prefs.messages = dir.clone().map(|dir| (lang.tag().to_owned(), dir));
        self.settle(Topic::Messages, None);
        self.effects.push(Effect::UseMessages { lang, dir });
    }

    /// Adds a message for the person.
    fn notify(&mut self, topic: Topic, level: Level, notice: Notice) {
        self.offer(topic, level, notice, Vec::new());
    }

    /// Adds a message for the person with buttons that do something about it.
    fn offer(&mut self, topic: Topic, level: Level, notice: Notice, actions: Vec<Command>) {
        self.post(Notification {
            id: 0,
            topic,
            posted_secs: 0.0,
            level,
            notice,
            actions,
        });
    }

    /// Shows `notification` as a toast, in place of an earlier one of the same topic and level,
    /// and logs it.
    fn post(&mut self, mut notification: Notification) {
        self.state.last_message_id += 1;
        notification.id = self.state.last_message_id;
        notification.posted_secs = self.now.secs;
        let toasts = &mut self.state.notifications;
        toasts.retain(|n| (n.topic, n.level) != (notification.topic, notification.level));
        toasts.push(notification.clone());
        // Keep the corner small: old messages go first (they stay in the log).
        if toasts.len() > MAX_TOASTS {
            toasts.remove(0);
        }
        let log = &mut self.state.log;
        log.push(notification);
        if log.len() > super::state::MAX_LOG {
            log.remove(0);
        }
    }

    /// Takes the messages of `topic` at `level` off the screen: their matter is settled.
    fn settle(&mut self, topic: Topic, level: Option<Level>) {
        self.state
            .notifications
            .retain(|n| n.topic != topic || level.is_some_and(|level| n.level != level));
    }

    /// One zoom step bigger (`Some(true)`), smaller, or back to actual size (`None`); the
    /// new percentage shows briefly.
    fn zoom(&mut self, bigger: Option<bool>) {
        let zoom = bigger.map_or(super::zoom::ACTUAL_SIZE, |bigger| {
            super::zoom::step(self.state.prefs.zoom, bigger)
        });
        self.state.prefs.zoom = zoom;
        self.state.zoom_shown_until = Some(self.now.secs + super::zoom::SHOWN_SECS);
        self.effects.push(Effect::Zoom(zoom));
        self.effects
            .push(Effect::RepaintAfter(super::zoom::SHOWN_SECS));
    }

    fn set_theme(&mut self, choice: ThemeChoice) {
        self.state.prefs.theme = choice;
        self.effects.push(Effect::Theme(choice));
    }

    fn open_link(&mut self, link: &str) {
        let kind = LinkKind::of(link);
        if let Some(url) = kind.openable() {
            self.effects.push(Effect::OpenExternal(External::Link {
                email: url.scheme() == "mailto",
                url: url.to_string(),
            }));
        } else {
            let notice = Notice::LinkNotOpened(link.to_owned());
            self.notify(Topic::Opening, Level::Warning, notice);
        }
    }

    /// No program could open a link, file or folder: plain words, not the launcher's exit
    /// status, and a link goes on the clipboard instead.
    fn not_opened(&mut self, external: External) {
        if let External::Link { url, .. } = &external {
            self.effects.push(Effect::CopyText(url.clone()));
        }
        self.notify(Topic::Opening, Level::Warning, Notice::NoProgram(external));
    }

    /// Runs `then` now, or first asks about unsaved changes.
    fn after_unsaved(&mut self, then: Pending) {
        if self
            .state
            .doc
            .as_ref()
            .is_some_and(super::state::Document::is_dirty)
        {
            self.state.flow = Flow::Unsaved { then };
        } else {
            self.run_pending(then);
        }
    }

    fn resolve_unsaved(&mut self, choice: UnsavedChoice) {
        // An answer that arrives when no such question is asked (a second click) changes
        // nothing: whatever else is on screen stays.
        if !matches!(self.state.flow, Flow::Unsaved { .. }) {
            return;
        }
        let Flow::Unsaved { then } = std::mem::take(&mut self.state.flow) else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => {}
            // The changes stay until something replaces them: cancelling the next step (an
            // open dialog, say) must not lose them.
            UnsavedChoice::Discard => self.run_pending(then),
            UnsavedChoice::Save => self.save(Some(then)),
        }
    }

    /// Goes on with what waited for unsaved changes to be dealt with.
    fn run_pending(&mut self, pending: Pending) {
        self.state.flow = Flow::Idle;
        match pending {
            Pending::New => self.new_document(),
            Pending::Open => self.pick_open(super::state::PathPurpose::Open),
            Pending::OpenPath(path) => self.open_path(path),
            Pending::OpenDemo => self.effects.push(Effect::Load(super::effect::Load::Demo)),
            Pending::OpenBackup(path) => self
                .effects
                .push(Effect::Load(super::effect::Load::Backup(path))),
            Pending::RestoreRecovery => self.restore_offered(),
            Pending::Combine => self.effects.push(Effect::PickMany {
                folder: self.current_folder(),
            }),
            // Closing now would stop a report half-made: the window stays responsive and
            // closes when the report is written; one that fails keeps it open to say so.
            Pending::Quit if self.state.exporting.is_some() => {
                self.state.flow = Flow::QuitAfterExport;
            }
            Pending::Quit => self.close_now(),
        }
    }

    /// Closes the window: changes are saved or given up, no export is under way.
    fn close_now(&mut self) {
        self.discard_recovery();
        self.let_go_presence();
        self.state.flow = Flow::Closing;
        self.effects.push(Effect::Close);
    }

    /// Escape, Cancel or a click outside a prompt: the safe choice.
    fn close_prompt(&mut self) {
        match &self.state.flow {
            // Recovery holds the only copy of that work: it stays until answered.
            Flow::Recovery { .. } | Flow::Closing => {}
            Flow::Unsaved { .. } => self.resolve_unsaved(UnsavedChoice::Cancel),
            // "Keep the window open": the export goes on, the window stays.
            Flow::QuitAfterExport | Flow::TypedPath { .. } | Flow::Saving { .. } | Flow::Idle => {
                self.state.flow = Flow::Idle;
            }
            // Kept as it is: the file stays on its own version, as it always could.
            Flow::OfferMigration { .. } => self.state.flow = Flow::Idle,
            Flow::OthersHaveOpen { .. } => self.cancel_open(),
            Flow::ConfirmReplace { .. } => {
                self.state.flow = Flow::Idle;
                self.notify(Topic::Export, Level::Info, Notice::ReplaceCancelled);
            }
        }
    }

    fn show_question(&mut self, question: crate::model::QuestionId) {
        if let Some(index) = self
            .state
            .framework
            .domains()
            .iter()
            .position(|d| d.questions.iter().any(|q| q.id == question))
        {
            self.state.page = Page::Domain(index);
            self.state.scroll_to = Some(question);
        }
    }
}
