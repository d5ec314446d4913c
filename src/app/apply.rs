//! `WorkbookApp::apply`: the one place where commands change state or touch the outside world.

use super::WorkbookApp;
use super::command::{Command, Page, ThemeChoice, UnsavedChoice};
use super::state::{Level, Modal, Notification, PathPurpose, Pending, Topic};

/// How long (seconds) the question an undo or redo changed stays ringed.
const FLASH_SECS: f64 = 1.5;

/// How many messages are on screen at once at most.
const MAX_TOASTS: usize = 4;
use crate::model::{Edit, LinkKind};
use crate::ui;

impl WorkbookApp {
    /// Carries out one command.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.after_unsaved(ctx, Pending::New),
            Command::Open => self.after_unsaved(ctx, Pending::Open),
            Command::OpenPath(path) => self.after_unsaved(ctx, Pending::OpenPath(path)),
            Command::OpenDemo => self.after_unsaved(ctx, Pending::OpenDemo),
            Command::OpenBackup(path) => self.after_unsaved(ctx, Pending::OpenBackup(path)),
            Command::ShowProblems => self.state.is_problems_open = true,
            Command::CloseProblems => self.state.is_problems_open = false,
            Command::Quit => self.after_unsaved(ctx, Pending::Quit),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::SaveTo(path) => {
                self.save_to(path);
            }
            Command::ExportPdf => self.export_dialog(),
            Command::ExportPdfTo(path) => self.start_export(path),
            Command::OpenFile(path) => self.open_external(&path),
            Command::OpenFolder(path) => {
                if let Some(folder) = path.parent() {
                    self.open_external(folder);
                }
            }
            Command::Undo => self.undo_redo(ctx, true),
            Command::Redo => self.undo_redo(ctx, false),
            Command::Edit(edit) => self.edit(ctx, edit),
            Command::Navigate(page) => self.state.page = page,
            Command::ShowQuestion(question) => {
                if let Some((index, _)) = self
                    .state
                    .framework
                    .domains
                    .iter()
                    .enumerate()
                    .find(|(_, d)| d.questions.iter().any(|q| q.id == question))
                {
                    self.state.page = Page::Domain(index);
                    self.state.scroll_to = Some(question);
                }
            }
            Command::ScrolledToQuestion => self.state.scroll_to = None,
            Command::NextDomain => self.step_domain(1),
            Command::PreviousDomain => self.step_domain(-1),
            Command::ZoomIn => self.zoom(ctx, Some(0.1)),
            Command::ZoomOut => self.zoom(ctx, Some(-0.1)),
            Command::ZoomReset => self.zoom(ctx, None),
            Command::SetTheme(choice) => self.set_theme(ctx, choice),
            Command::OpenLink(link) => self.open_link(ctx, &link),
            Command::ResolveUnsaved(choice) => self.resolve_unsaved(ctx, choice),
            Command::SetTypedPath(text) => {
                if let Some(Modal::TypedPath { text: typed, .. }) = &mut self.state.modal {
                    *typed = text;
                }
            }
            Command::ConfirmTypedPath => self.confirm_typed_path(ctx),
            Command::CloseModal => self.state.modal = None,
            Command::RestoreRecovery => self.after_unsaved(ctx, Pending::RestoreRecovery),
            Command::DiscardRecovery => self.discard_offered(),
            Command::Dismiss(id) => self.state.notifications.retain(|n| n.id != id),
            Command::ToggleMessageLog => self.state.is_log_open = !self.state.is_log_open,
            Command::Present => self.present(ctx),
            Command::PresentStep(step) => self.present_step(step),
            Command::StopPresenting => self.stop_presenting(ctx),
            Command::ToggleNames => self.state.hide_names = !self.state.hide_names,
            Command::Clipboard(action) => clipboard(ctx, action),
            Command::ShowHelp(topic) => self.state.help = Some(topic),
            Command::CloseHelp => self.state.help = None,
            Command::FocusMenuBar => {
                if let Some(id) =
                    ctx.data(|d| d.get_temp::<egui::Id>(ui::menu_bar::first_menu_key()))
                {
                    ctx.memory_mut(|m| m.request_focus(id));
                }
            }
            Command::ClearRecent => self.state.prefs.recent.clear(),
            Command::CombineAssessments => self.after_unsaved(ctx, Pending::Combine),
            Command::CombinePaths(paths) => self.combine_paths(&paths),
            Command::CompareWithEarlier => self.compare_dialog(),
            Command::CompareWith(path) => self.compare_with(path),
            Command::ClearComparison => {
                if let Some(doc) = &mut self.state.doc {
                    doc.baseline = None;
                }
            }
            Command::ExportCsv => self.export_data_dialog(super::group::DataFormat::Csv),
            Command::ExportMarkdown => {
                self.export_data_dialog(super::group::DataFormat::Markdown);
            }
        }
    }

    /// Adds a message for the person.
    pub(super) fn notify(&mut self, topic: Topic, level: Level, text: impl Into<String>) {
        self.post(Notification {
            id: 0,
            topic,
            posted_secs: 0.0,
            level,
            text: text.into(),
            actions: Vec::new(),
        });
    }

    /// Shows `notification` as a toast, in place of an earlier one of the same topic and level,
    /// and logs it.
    pub(super) fn post(&mut self, mut notification: Notification) {
        self.next_message_id += 1;
        notification.id = self.next_message_id;
        notification.posted_secs = self.now_secs;
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

    /// Takes successes off the screen once their time is up, and asks for a frame then.
    pub(super) fn expire_toasts(&mut self, ctx: &egui::Context) {
        let now = self.now_secs;
        self.state
            .notifications
            .retain(|n| n.expires_secs().is_none_or(|at| at > now));
        if let Some(next) = self
            .state
            .notifications
            .iter()
            .filter_map(Notification::expires_secs)
            .reduce(f64::min)
        {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64((next - now).max(0.0)));
        }
    }

    fn edit(&mut self, ctx: &egui::Context, edit: Edit) {
        let now = ctx.input(|i| i.time);
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        if let Edit::SetText { target, text } = &edit
            && doc.assessment.text(target) == Some(text.as_str())
        {
            return;
        }
        let change = super::history::without_text(&edit);
        let focus_next = first_field_of_new_item(&doc.assessment, &edit);
        // Typing into the same field extends the last undo step: no copy of the assessment is
        // taken per keystroke.
        let before =
            (!doc.history.merges(change.text_target(), now)).then(|| doc.assessment.clone());
        match doc.assessment.apply(edit) {
            Ok(()) if before.as_ref() == Some(&doc.assessment) => {}
            Ok(()) => {
                doc.history.record(before, &change, now);
                doc.rescore(&self.state.framework);
                self.last_edit_secs = Some(now);
                // A new piece of evidence, action or member: typing goes straight into it.
                if let Some(field) = focus_next {
                    ctx.memory_mut(|m| m.request_focus(ui::widgets::field_id(&field)));
                }
                self.offer_undo(&change);
            }
            Err(err) => self.notify(Topic::Edit, Level::Warning, err.to_string()),
        }
    }

    /// After a removal, "Removed … — Undo"; any other edit takes that offer away, as its Undo
    /// would now undo something else.
    fn offer_undo(&mut self, change: &Edit) {
        self.state
            .notifications
            .retain(|n| (n.topic, n.level) != (Topic::Edit, Level::Info));
        if matches!(
            change,
            Edit::RemoveEvidence { .. } | Edit::RemoveAction { .. } | Edit::RemoveMember { .. }
        ) {
            let what = super::history::describe(&self.state.framework, change);
            let what = what.strip_prefix("removing ").unwrap_or(&what);
            self.post(Notification {
                id: 0,
                topic: Topic::Edit,
                posted_secs: 0.0,
                level: Level::Info,
                text: format!("Removed {what}"),
                actions: vec![("Undo".to_owned(), Command::Undo)],
            });
        }
    }

    /// Shows where an undone or redone change is: its page, scrolled to its question, the
    /// keyboard in its field, and the question briefly ringed.
    fn show_change(&mut self, ctx: &egui::Context, change: &Edit) {
        let question = change.question().cloned();
        match question {
            Some(question) => {
                self.state.flash = Some((question.clone(), self.now_secs + FLASH_SECS));
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(FLASH_SECS));
                if self.state.presenting.is_some() {
                    self.state.presenting = Some(question);
                } else {
                    self.apply(ctx, Command::ShowQuestion(question));
                }
            }
            None => self.state.page = Page::Details,
        }
        if let Some(target) = change.text_target() {
            ctx.memory_mut(|m| m.request_focus(ui::widgets::field_id(target)));
        }
    }

    fn undo_redo(&mut self, ctx: &egui::Context, undo: bool) {
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        let change = if undo {
            doc.history.next_undo()
        } else {
            doc.history.next_redo()
        }
        .cloned();
        let changed = if undo {
            doc.history.undo(&mut doc.assessment)
        } else {
            doc.history.redo(&mut doc.assessment)
        };
        // "Removed — Undo" is settled either way.
        self.state
            .notifications
            .retain(|n| (n.topic, n.level) != (Topic::Edit, Level::Info));
        if changed && let Some(change) = &change {
            self.show_change(ctx, change);
        }
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        if changed {
            doc.rescore(&self.state.framework);
            if doc.is_dirty() {
                // The undone state is autosaved like any edit.
                self.last_edit_secs = Some(ctx.input(|i| i.time));
            } else {
                // Back at the saved file: nothing left to recover.
                self.discard_recovery();
            }
        }
    }

    fn step_domain(&mut self, step: isize) {
        let count = self.state.framework.domains.len();
        if self.state.doc.is_none() || count == 0 {
            return;
        }
        // Summary and details sit before the first domain.
        let next = match (self.state.page, step > 0) {
            (Page::Domain(i), true) => Page::Domain((i + 1).min(count - 1)),
            (Page::Domain(0), false) | (Page::Summary, true) => Page::Details,
            (Page::Domain(i), false) => Page::Domain(i - 1),
            (Page::Details, true) => Page::Domain(0),
            (Page::Details | Page::Summary, false) => Page::Summary,
        };
        self.state.page = next;
    }

    fn zoom(&mut self, ctx: &egui::Context, step: Option<f32>) {
        let zoom = step.map_or(1.0, |step| (self.state.prefs.zoom + step).clamp(0.5, 3.0));
        let zoom = (zoom * 10.0).round() / 10.0;
        self.state.prefs.zoom = zoom;
        ctx.set_zoom_factor(zoom);
    }

    fn set_theme(&mut self, ctx: &egui::Context, choice: ThemeChoice) {
        self.state.prefs.theme = choice;
        ui::theme::set_preference(ctx, choice);
    }

    fn open_link(&mut self, ctx: &egui::Context, link: &str) {
        let kind = LinkKind::of(link);
        if let Some(url) = kind.openable() {
            if self.opener.open(url.as_str()).is_err() {
                // The launcher's own words ("exit status 512") help no one here: the link goes
                // on the clipboard instead.
                ctx.copy_text(url.to_string());
                let what = if url.scheme() == "mailto" {
                    "No email program is set up here."
                } else {
                    "No program is set up to open web links here."
                };
                self.notify(
                    Topic::Opening,
                    Level::Warning,
                    format!("{what} The link was copied: paste it where you need it."),
                );
            }
        } else {
            let why = kind
                .problem()
                .unwrap_or_else(|| "there is no link".to_owned());
            self.notify(
                Topic::Opening,
                Level::Warning,
                format!("This link was not opened: {why}"),
            );
        }
    }

    /// Runs `then` now, or first asks about unsaved changes.
    fn after_unsaved(&mut self, ctx: &egui::Context, then: Pending) {
        if self
            .state
            .doc
            .as_ref()
            .is_some_and(super::state::Document::is_dirty)
        {
            self.state.modal = Some(Modal::Unsaved { then });
        } else {
            self.run_pending(ctx, then);
        }
    }

    fn resolve_unsaved(&mut self, ctx: &egui::Context, choice: UnsavedChoice) {
        let Some(Modal::Unsaved { then }) = self.state.modal.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => {}
            // The changes stay until something replaces them: cancelling the next step (an
            // open dialog, say) must not lose them.
            UnsavedChoice::Discard => self.run_pending(ctx, then),
            UnsavedChoice::Save => {
                if self.save() {
                    self.run_pending(ctx, then);
                } else if let Some(Modal::TypedPath {
                    purpose: PathPurpose::Save,
                    then: waiting,
                    ..
                }) = &mut self.state.modal
                {
                    // No dialog: the typed path saves, and then what was asked for goes ahead.
                    *waiting = Some(then);
                }
            }
        }
    }

    fn run_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => self.new_document(),
            Pending::Open => self.open_dialog(),
            Pending::OpenPath(path) => self.open_path(path),
            Pending::OpenDemo => self.open_demo(),
            Pending::OpenBackup(path) => self.open_backup(&path),
            Pending::RestoreRecovery => self.restore_recovery(),
            Pending::Combine => self.combine_dialog(),
            // Closing now would stop a report half-made: the window stays responsive and
            // closes when the report is written; one that fails keeps it open to say so.
            Pending::Quit if self.export.is_some() => self.state.after_export = Some(Pending::Quit),
            Pending::Quit => self.close_now(ctx),
        }
    }

    /// Closes the window: changes are saved or given up, no export is under way.
    pub(super) fn close_now(&mut self, ctx: &egui::Context) {
        self.discard_recovery();
        self.allow_close = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    fn confirm_typed_path(&mut self, ctx: &egui::Context) {
        let Some(Modal::TypedPath {
            purpose,
            text,
            then,
            ..
        }) = self.state.modal.clone()
        else {
            return;
        };
        let text = text.trim();
        if text.is_empty() {
            self.set_typed_path_problem("Type the full path of a file");
            return;
        }
        if purpose == PathPurpose::Combine {
            let paths: Vec<std::path::PathBuf> = text
                .split([';', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| self.typed_path(p))
                .collect();
            if paths.len() < 2 {
                self.set_typed_path_problem(
                    "Type the paths of two or more assessors' files, separated by ;",
                );
                return;
            }
            self.state.modal = None;
            self.combine_paths(&paths);
            return;
        }
        let path = self.typed_path(text);
        if purpose == PathPurpose::Save {
            let target = super::files::with_extension(path.clone());
            let own = self.state.doc.as_ref().and_then(|d| d.path.as_ref()) == Some(&target);
            if target.exists() && !own {
                self.set_typed_path_problem(
                    "A file with this name is already there; choose another name",
                );
                return;
            }
        }
        self.state.modal = None;
        match purpose {
            PathPurpose::Open => self.apply(ctx, Command::OpenPath(path)),
            PathPurpose::Save => {
                if self.save_to(path) {
                    if let Some(then) = then {
                        self.run_pending(ctx, then);
                    }
                } else if then.is_some() {
                    // Not saved (the message says why): the prompt stays, and so does what was
                    // waiting for the save, until the person saves elsewhere or cancels.
                    self.state.modal = Some(Modal::TypedPath {
                        purpose,
                        text: text.to_owned(),
                        problem: Some(
                            "Not saved there; see the message, or choose another place".to_owned(),
                        ),
                        then,
                    });
                }
            }
            PathPurpose::ExportPdf => self.start_export(path),
            PathPurpose::ExportCsv => self.export_data(super::group::DataFormat::Csv, path),
            PathPurpose::ExportMarkdown => {
                self.export_data(super::group::DataFormat::Markdown, path);
            }
            PathPurpose::Baseline => self.compare_with(path),
            // Handled above: several paths.
            PathPurpose::Combine => {}
        }
    }

    /// A typed path as a path: `~` is the home folder, and a relative path is relative to the
    /// open file's folder (or the home folder), not wherever the app happened to start.
    fn typed_path(&self, text: &str) -> std::path::PathBuf {
        let path = super::files::expand_path(text);
        if path.is_absolute() {
            return path;
        }
        let base = self
            .state
            .doc
            .as_ref()
            .and_then(|d| d.path.as_deref())
            .and_then(std::path::Path::parent)
            .map(std::path::Path::to_path_buf)
            .or_else(super::files::home);
        match base {
            Some(base) => base.join(path),
            None => path,
        }
    }

    pub(super) fn set_typed_path_problem(&mut self, message: &str) {
        if let Some(Modal::TypedPath { problem, .. }) = &mut self.state.modal {
            *problem = Some(message.to_owned());
        }
    }
}

/// The first text field of the item an edit adds, if it adds one.
fn first_field_of_new_item(
    assessment: &crate::model::Assessment,
    edit: &Edit,
) -> Option<crate::model::TextTarget> {
    use crate::model::{ActionField, EvidenceField, TextTarget};
    let count = |question: &crate::model::QuestionId, actions: bool| {
        assessment.response(question).map_or(0, |r| {
            if actions {
                r.actions.len()
            } else {
                r.evidence.len()
            }
        })
    };
    match edit {
        Edit::AddEvidence { question } => Some(TextTarget::Evidence(
            question.clone(),
            count(question, false),
            EvidenceField::Title,
        )),
        Edit::AddAction { question } => Some(TextTarget::Action(
            question.clone(),
            count(question, true),
            ActionField::Description,
        )),
        Edit::AddMember => Some(TextTarget::MemberName(assessment.team.len())),
        _ => None,
    }
}

/// Edit ▸ Cut, Copy, Paste and Select all act on the text field last in use: the keyboard goes
/// back to it (opening the menu took it away), then the desktop's clipboard is asked to act as
/// the keys would.
fn clipboard(ctx: &egui::Context, action: super::command::ClipboardAction) {
    use super::command::ClipboardAction;
    let Some(id) = ctx.data(|d| d.get_temp::<egui::Id>(ui::widgets::last_field_key())) else {
        return;
    };
    ctx.memory_mut(|m| m.request_focus(id));
    match action {
        ClipboardAction::Cut => ctx.send_viewport_cmd(egui::ViewportCommand::RequestCut),
        ClipboardAction::Copy => ctx.send_viewport_cmd(egui::ViewportCommand::RequestCopy),
        ClipboardAction::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
        ClipboardAction::SelectAll => {
            let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
            // The field clamps the end to its text.
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::two(
                    egui::text::CCursor::new(0),
                    egui::text::CCursor::new(usize::MAX),
                )));
            state.store(ctx, id);
        }
    }
}
