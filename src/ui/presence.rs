//! Who else has the file open: the prompt shown before opening a file others have open, and the
//! bar above a file opened read-only. The sentences come from `workbook::presence`.

use egui::RichText;

use super::{theme, widgets};
use crate::workbook::command::Command;
use crate::workbook::presence::{self, Other};
use crate::workbook::state::Document;

/// The prompt: each person who has the file open, since when and where; then Open read-only (the
/// keyboard starts there: it changes nothing of theirs), Open anyway, or Cancel.
pub fn others_ui(ui: &mut egui::Ui, others: &[Other], cmds: &mut Vec<Command>) {
    widgets::heading(ui, presence::prompt_heading(others));
    for other in others {
        ui.label(presence::open_since(other));
    }
    ui.add_space(4.0);
    widgets::weak(ui, &presence::prompt_advice());
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let read_only = ui.button(Command::OpenReadOnly.label());
        if !ui.memory(|m| m.focused().is_some()) {
            read_only.request_focus();
        }
        if read_only.clicked() {
            cmds.push(Command::OpenReadOnly);
        }
        if ui.button(Command::OpenAnyway.label()).clicked() {
            cmds.push(Command::OpenAnyway);
        }
        if ui.button(crate::tr!("form-cancel")).clicked() {
            cmds.push(Command::CloseModal);
        }
    });
}

/// The bar above a file opened read-only: who has it open, and Save as….
pub fn read_only_bar_ui(ui: &mut egui::Ui, doc: &Document, cmds: &mut Vec<Command>) {
    let Some(others) = &doc.read_only else {
        return;
    };
    let palette = theme::palette(ui);
    egui::Frame::new()
        .fill(palette.notice)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(presence::read_only_notice(others))
                        .color(palette.text)
                        .family(theme::bold()),
                );
                if ui
                    .button(Command::SaveAs.label())
                    .on_hover_text(crate::tr!("form-read-only-save-as-hint"))
                    .clicked()
                {
                    cmds.push(Command::SaveAs);
                }
            });
        });
}
