//! Small shared pieces: labelled text fields, headings and shortcut hints.

use egui::{RichText, TextEdit};

use super::theme;
use crate::model::{Edit, TextTarget};
use crate::workbook::command::Command;

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

/// A link on one line, shortened with "…" to the width available; the caller adds the full
/// text on hover.
pub fn truncated_link(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let colour = ui.visuals().hyperlink_color;
    let response = ui.add(
        egui::Label::new(RichText::new(text).color(colour).underline())
            .truncate()
            .sense(egui::Sense::click()),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, text));
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// Why an evidence link is not opened, as a warning, when it is not.
pub fn link_warning(ui: &mut egui::Ui, kind: &crate::model::LinkKind) {
    if let Some(problem) = kind.problem() {
        ui.label(
            RichText::new(format!("Warning: not opened, {problem}"))
                .color(theme::palette(ui).warning),
        );
    }
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
    // Never wider than the room there is: in a wrapping row, a whole row; otherwise what is left
    // of this one.
    let room = if ui.layout().main_wrap {
        ui.max_rect().width()
    } else {
        ui.available_width()
    };
    let width = width.min(room - 8.0).max(48.0);
    edit_text(ui, label.id, value, target, cmds, |text| {
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width)
    })
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
    edit_text(ui, label.id, value, target, cmds, |text| {
        TextEdit::multiline(text)
            .hint_text(hint)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
    })
}

/// The shared part of text fields: a stable id, the caret kept sensible when the text changes
/// under it (undo, redo), and an edit pushed when the person types.
fn edit_text(
    ui: &mut egui::Ui,
    label: egui::Id,
    value: &str,
    target: TextTarget,
    cmds: &mut Vec<Command>,
    build: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> egui::Response {
    let id = field_id(&target);
    let shown = id.with("shown");
    let focused = ui.memory(|m| m.has_focus(id));
    if focused && ui.data(|d| d.get_temp::<String>(shown)).as_deref() != Some(value) {
        // Changed by something other than typing here (undo, redo): caret to the end rather
        // than wherever the old text left it.
        cursor_to_end(ui.ctx(), id, value);
    }
    let mut text = value.to_owned();
    let response = ui.add(build(&mut text).id(id)).labelled_by(label);
    if response.has_focus() {
        ui.data_mut(|d| {
            d.insert_temp(shown, text.clone());
            d.insert_temp(last_field_key(), id);
        });
    }
    if response.changed() {
        cmds.push(Command::Edit(Edit::SetText { target, text }));
    }
    response
}

/// Where egui's memory keeps the id of the text field last in use, for Edit ▸ Cut, Copy, Paste
/// and Select all.
pub fn last_field_key() -> egui::Id {
    egui::Id::unique("last text field")
}

/// Puts the caret of text field `id` after the last character of `text`.
pub fn cursor_to_end(ctx: &egui::Context, id: egui::Id, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    let end = egui::text::CCursor::new(text.chars().count());
    state
        .cursor
        .set_char_range(Some(egui::text::CCursorRange::one(end)));
    state.store(ctx, id);
}
/// A text field's id comes from what it edits, not from where it is laid out, so focus and
/// cursor survive rows above it being skipped (see [`lazy`]) or removed.
pub fn field_id(target: &TextTarget) -> egui::Id {
    egui::Id::unique(("text field", target))
}

/// Lays out `add_contents` only when it is within a screen of the visible area; otherwise
/// reserves the height it had last time. Long pages (50 pieces of evidence per question) stay
/// fast, and Tab still reaches the next field, which is near enough to be laid out.
/// While a screen reader reads the window (egui builds its accessibility tree only then),
/// everything is laid out: a row skipped here would be missing from what it reads.
pub fn lazy(ui: &mut egui::Ui, id: egui::Id, add_contents: impl FnOnce(&mut egui::Ui)) {
    let clip = ui.clip_rect();
    let near = clip.expand2(egui::vec2(0.0, clip.height()));
    let width = ui.available_width();
    let read_aloud = ui.ctx().has_accesskit_node(egui::accesskit_root_id());
    if let Some(height) = ui.data(|d| d.get_temp::<f32>(id)).filter(|_| !read_aloud) {
        let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
        if !near.intersects(rect) {
            ui.allocate_space(egui::vec2(width, height));
            return;
        }
    }
    let height = ui.scope(add_contents).response.rect.height();
    ui.data_mut(|d| d.insert_temp(id, height));
}

/// One framed row of a list (a piece of evidence, an action), laid out lazily, and a group
/// named `name` for screen readers ("Evidence 2").
pub fn row(
    ui: &mut egui::Ui,
    key: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    add_contents: impl FnOnce(&mut egui::Ui),
) {
    let group = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::Group)
        .accessibility_label(name);
    lazy(ui, egui::Id::unique(key), |ui| {
        ui.scope_builder(group, |ui| row_frame(ui, add_contents));
    });
}

fn row_frame(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, theme::palette(ui).grid))
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui);
        });
}
