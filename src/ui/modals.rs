//! Prompts: unsaved changes, a typed path when no file dialog can be shown, restoring work
//! autosaved before a crash, and a window that closes once the report is written.

use egui::{Id, Modal, RichText};

use super::{theme, widgets};
use crate::tr;
use crate::workbook::command::{Command, UnsavedChoice};
use crate::workbook::effect::Existing;
use crate::workbook::state::{AppState, Flow as Prompt, PathPurpose};

/// Whichever prompt is open.
pub fn ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    // A closed path prompt forgets it was open, so the next one starts with the focus in its field.
    for purpose in [
        PathPurpose::Open,
        PathPurpose::Save,
        PathPurpose::ExportPdf,
        PathPurpose::ExportCsv,
        PathPurpose::ExportMarkdown,
        PathPurpose::Combine,
        PathPurpose::Baseline,
        PathPurpose::MergeCopy,
        PathPurpose::Messages,
    ] {
        let open = matches!(&state.flow, Prompt::TypedPath { purpose: p, .. } if *p == purpose);
        if !open {
            ctx.data_mut(|d| d.remove::<bool>(opened_key(purpose)));
        }
    }
    let prompt = &state.flow;
    // The merge window is a prompt of its own (`merge_view`): nothing to show here for it.
    if matches!(
        prompt,
        Prompt::Idle | Prompt::Saving { .. } | Prompt::Closing
    ) {
        return;
    }
    let response = Modal::new(Id::unique("prompt")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match prompt {
            Prompt::Unsaved { .. } => unsaved_ui(ui, state, cmds),
            Prompt::TypedPath {
                purpose,
                text,
                problem,
                ..
            } => typed_path_ui(ui, *purpose, text, problem.as_deref(), cmds),
            Prompt::QuitAfterExport => closing_ui(ui, state, cmds),
            Prompt::ConfirmReplace { files, .. } => replace_ui(ui, files, cmds),
            Prompt::OfferMigration { from, to } => migration_ui(ui, state, from, to, cmds),
            Prompt::OthersHaveOpen { others, .. } => super::presence::others_ui(ui, others, cmds),
            // Not prompts: nothing on screen.
            Prompt::Idle | Prompt::Saving { .. } | Prompt::Closing => {}
            Prompt::Recovery {
                written,
                description,
            } => {
                let original = state
                    .offer
                    .as_ref()
                    .and_then(|offer| offer.original.as_ref());
                widgets::heading(ui, &tr!("form-recovery-heading"));
                ui.label(if description.is_empty() {
                    tr!("form-recovery-text", written = written)
                } else {
                    tr!(
                        "form-recovery-text-described",
                        written = written,
                        description = description
                    )
                });
                if let Some(path) = original {
                    widgets::weak(
                        ui,
                        &tr!(
                            "form-recovery-belongs-to",
                            path = path.display().to_string()
                        ),
                    );
                }
                ui.horizontal(|ui| {
                    let restore = ui.button(tr!("form-recovery-restore"));
                    // The keyboard starts on the safe choice that keeps the work.
                    if !ui.memory(|m| m.focused().is_some()) {
                        restore.request_focus();
                    }
                    if restore.clicked() {
                        cmds.push(Command::RestoreRecovery);
                    }
                    if ui
                        .button(tr!("form-recovery-discard"))
                        .on_hover_text(tr!("form-recovery-discard-hint"))
                        .clicked()
                    {
                        cmds.push(Command::DiscardRecovery);
                    }
                });
            }
        }
    });
    // Escape or a click outside: the safe choice.
    if response.should_close() {
        match prompt {
            Prompt::Unsaved { .. } => cmds.push(Command::ResolveUnsaved(UnsavedChoice::Cancel)),
            Prompt::TypedPath { .. }
            | Prompt::QuitAfterExport
            | Prompt::ConfirmReplace { .. }
            | Prompt::OfferMigration { .. }
            | Prompt::OthersHaveOpen { .. } => {
                cmds.push(Command::CloseModal);
            }
            // Recovery stays until answered: it is the only copy of that work.
            Prompt::Recovery { .. } | Prompt::Idle | Prompt::Saving { .. } | Prompt::Closing => {}
        }
    }
}

fn unsaved_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let name = state
        .doc
        .as_ref()
        .map(crate::workbook::state::Document::display_name)
        .unwrap_or_default();
    widgets::heading(ui, &tr!("form-unsaved-heading"));
    ui.label(tr!("form-unsaved-text", name = name));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        for (choice, label) in [
            (UnsavedChoice::Save, tr!("form-unsaved-save")),
            (UnsavedChoice::Discard, tr!("form-unsaved-discard")),
            (UnsavedChoice::Cancel, tr!("form-cancel")),
        ] {
            let button = ui.button(label);
            if choice == UnsavedChoice::Save && !ui.memory(|m| m.focused().is_some()) {
                button.request_focus();
            }
            if button.clicked() {
                cmds.push(Command::ResolveUnsaved(choice));
            }
        }
    });
}

/// The file answers another version of the framework: move it, or keep it. The keyboard starts
/// on Keep, which changes nothing.
fn migration_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    from: &str,
    to: &str,
    cmds: &mut Vec<Command>,
) {
    widgets::heading(ui, &tr!("form-migration-heading", to = to));
    ui.label(tr!(
        "form-migration-text",
        from = from,
        to = to,
        framework = state.framework.title()
    ));
    widgets::weak(ui, &tr!("form-migration-advice"));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let keep = ui.button(tr!("form-migration-keep", from = from));
        if !ui.memory(|m| m.focused().is_some()) {
            keep.request_focus();
        }
        if keep.clicked() {
            cmds.push(Command::CloseModal);
        }
        if ui.button(tr!("form-migration-move", to = to)).clicked() {
            cmds.push(Command::MigrateToCurrent);
        }
    });
}

/// An export would replace files already there: each is named, and said to be an earlier
/// export or not. The keyboard starts on Cancel, which keeps them.
fn replace_ui(ui: &mut egui::Ui, files: &[Existing], cmds: &mut Vec<Command>) {
    widgets::heading(ui, &tr!("form-replace-heading", count = files.len()));
    for file in files {
        let name = file.path.file_name().map_or_else(
            || file.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.label(RichText::new(name).strong());
        let folder = file
            .path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        widgets::weak(
            ui,
            &if file.own {
                tr!("form-replace-own-export", folder = folder)
            } else {
                tr!("form-replace-other-file", folder = folder)
            },
        );
    }
    ui.add_space(4.0);
    ui.label(tr!("form-replace-kept"));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let cancel = ui.button(tr!("form-cancel"));
        if !ui.memory(|m| m.focused().is_some()) {
            cancel.request_focus();
        }
        if cancel.clicked() {
            cmds.push(Command::CloseModal);
        }
        if ui.button(tr!("form-replace-replace")).clicked() {
            cmds.push(Command::ConfirmReplace);
        }
    });
}

/// Quit waits for the report being written: the window closes by itself once it is, and stays
/// open (with the reason) if it fails.
fn closing_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let name = state
        .exporting
        .as_deref()
        .and_then(std::path::Path::file_name)
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    widgets::heading(ui, &tr!("form-closing-heading"));
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(tr!("form-closing-writing", name = name));
    });
    widgets::weak(ui, &tr!("form-closing-advice"));
    ui.add_space(8.0);
    let button = ui.button(tr!("form-closing-keep-open"));
    if !ui.memory(|m| m.focused().is_some()) {
        button.request_focus();
    }
    if button.clicked() {
        cmds.push(Command::CloseModal);
    }
}

/// Remembers that the path prompt for `purpose` has been shown.
fn opened_key(purpose: PathPurpose) -> Id {
    Id::unique(("typed path opened", purpose))
}

fn typed_path_ui(
    ui: &mut egui::Ui,
    purpose: PathPurpose,
    text: &str,
    problem: Option<&str>,
    cmds: &mut Vec<Command>,
) {
    let (title, action) = match purpose {
        PathPurpose::Open => (tr!("form-path-open-title"), tr!("form-path-open")),
        PathPurpose::Save => (tr!("form-path-save-title"), tr!("form-path-save")),
        PathPurpose::ExportPdf => (tr!("form-path-export-pdf-title"), tr!("form-path-export")),
        PathPurpose::ExportCsv => (tr!("form-path-export-csv-title"), tr!("form-path-export")),
        PathPurpose::ExportMarkdown => (
            tr!("form-path-export-markdown-title"),
            tr!("form-path-export"),
        ),
        PathPurpose::Combine => (tr!("form-path-combine-title"), tr!("form-path-combine")),
        PathPurpose::Baseline => (tr!("form-path-baseline-title"), tr!("form-path-compare")),
        PathPurpose::MergeCopy => (tr!("form-path-merge-title"), tr!("form-path-merge")),
        PathPurpose::Messages => (tr!("form-path-messages-title"), tr!("form-path-messages")),
    };
    widgets::heading(ui, &title);
    let (hint, field_label) = if purpose == PathPurpose::Combine {
        (
            tr!("form-path-hint-several"),
            tr!("form-path-label-several"),
        )
    } else {
        (tr!("form-path-hint"), tr!("form-path-label"))
    };
    widgets::weak(ui, &hint);
    let label = ui.label(field_label);
    let id = egui::Id::unique(("typed path", purpose));
    // Enter in the field confirms (taken before the field sees it); Enter on a focused button
    // does what that button says.
    let in_field = ui.memory(|m| m.has_focus(id));
    let entered =
        in_field && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter));
    // Focus goes to the field once, when the prompt opens; after that Tab may leave it.
    let opening = !ui.data(|d| d.get_temp::<bool>(opened_key(purpose)).unwrap_or(false));
    if opening {
        ui.data_mut(|d| d.insert_temp(opened_key(purpose), true));
        // A new prompt: caret after the suggested path, not where an earlier prompt left it.
        widgets::cursor_to_end(ui.ctx(), id, text);
    }
    let mut typed = text.to_owned();
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut typed)
                .id(id)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if opening {
        field.request_focus();
    }
    if field.changed() {
        cmds.push(Command::SetTypedPath(typed));
    }
    if let Some(problem) = problem {
        ui.label(RichText::new(problem).color(theme::palette(ui).error));
    }
    ui.horizontal(|ui| {
        if ui.button(action).clicked() || entered {
            cmds.push(Command::ConfirmTypedPath);
        }
        if ui.button(tr!("form-cancel")).clicked() {
            cmds.push(Command::CloseModal);
        }
    });
}
