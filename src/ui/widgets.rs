//! Small shared pieces: labelled text fields, headings and shortcut hints.

use egui::{RichText, TextEdit};

use super::theme;
use crate::app::command::Command;
use crate::model::{Edit, TextTarget};

/// `text` followed by the command's shortcut, for tooltips.
pub fn with_shortcut(ui: &egui::Ui, text: &str, command: &Command) -> String {
    match command.shortcut() {
        Some(shortcut) => format!("{text} ({})", ui.ctx().format_shortcut(&shortcut)),
        None => text.to_owned(),
    }
}

/// A section heading in bold.
pub fn heading(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).family(theme::bold()).size(17.0))
}

/// A large page title.
pub fn page_title(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).family(theme::bold()).size(24.0))
}

/// Secondary text.
pub fn weak(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Label::new(RichText::new(text).color(theme::palette(ui).weak_text)).wrap())
}

/// A one-line text field with a visible label that also names it for screen readers; pushes an
/// edit of `target` when its text changes.
pub fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    target: TextTarget,
    hint: &str,
    width: f32,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    let label = ui.label(label);
    let mut text = value.to_owned();
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(width),
        )
        .labelled_by(label.id);
    if response.changed() {
        cmds.push(Command::Edit(Edit::SetText { target, text }));
    }
    response
}

/// A multi-line text field that grows with its text, labelled for screen readers.
pub fn text_area(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    target: TextTarget,
    hint: &str,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let response = ui
        .add(
            TextEdit::multiline(&mut text)
                .hint_text(hint)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        cmds.push(Command::Edit(Edit::SetText { target, text }));
    }
    response
}
