//! Small shared pieces: labelled text fields, headings and shortcut hints.

use egui::{RichText, TextEdit};

use super::theme;
use crate::model::{Edit, TextTarget};
use crate::tr;
use crate::workbook::command::{ClipboardAction, Command};

/// `text` followed by the command's shortcut, for tooltips.
pub fn with_shortcut(ui: &egui::Ui, text: &str, command: &Command) -> String {
    match command.shortcut() {
        Some(shortcut) => tr!(
            "app-with-shortcut",
            text = text,
            shortcut = super::menu_bar::shortcut_text(ui.ctx(), &shortcut)
        ),
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
            RichText::new(tr!("app-link-warning", problem = problem))
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
    edit_text(ui, Naming::By(label.id), value, target, cmds, |text| {
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width)
    })
}

/// One row of a form laid out as an [`egui::Grid`] of two columns: the visible `label` on the
/// left, the field filling the rest of the row, named `name` for screen readers ("Title,
/// evidence 2 of 1.1").
pub fn grid_field(
    ui: &mut egui::Ui,
    label: &str,
    name: &str,
    value: &str,
    target: TextTarget,
    hint: &str,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    ui.label(label);
    let width = ui.available_width().max(48.0);
    let response = edit_text(ui, Naming::Named(name), value, target, cmds, |text| {
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width)
    });
    ui.end_row();
    response
}

/// A one-line text field `width` wide with no label beside it (a table's column heading shows
/// what it is), named `name` for screen readers ("Name, member 2").
pub fn named_field(
    ui: &mut egui::Ui,
    name: &str,
    value: &str,
    target: TextTarget,
    hint: &str,
    width: f32,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    edit_text(ui, Naming::Named(name), value, target, cmds, |text| {
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width)
    })
}

/// The form grid of an item or a page: labels in a column `label_width` wide, fields beside them.
pub fn form_grid<R>(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    label_width: f32,
    add_rows: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    egui::Grid::new(id)
        .num_columns(2)
        .min_col_width(label_width)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, add_rows)
        .inner
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
    edit_text(ui, Naming::By(label.id), value, target, cmds, |text| {
        TextEdit::multiline(text)
            .hint_text(hint)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
    })
}

/// How a text field is named for screen readers.
#[derive(Clone, Copy)]
enum Naming<'a> {
    /// By the visible label beside it.
    By(egui::Id),
    /// By a name of its own that says which question and item it belongs to.
    Named(&'a str),
}

/// The shared part of text fields: a stable id, the caret kept sensible when the text changes
/// under it (undo, redo), Edit-menu actions and a right-click menu, and an edit pushed when the
/// person types.
fn edit_text(
    ui: &mut egui::Ui,
    naming: Naming<'_>,
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
    if focused {
        apply_queued_clipboard(ui.ctx(), id);
    }
    let mut text = value.to_owned();
    let response = ui.add(build(&mut text).id(id));
    let response = match naming {
        Naming::By(label) => response.labelled_by(label),
        Naming::Named(name) => response.accessible_name(name),
    };
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(shown, text.clone()));
    }
    keep_selection(&response, focused);
    edit_menu_for_field(&response, cmds);
    if response.changed() {
        cmds.push(Command::Edit(Edit::SetText { target, text }));
    }
    response
}

/// What every text field shares with Edit ▸ Cut, Copy, Paste and Select all: the field in use
/// is remembered for the menu, and a right-click offers the same four.
pub fn edit_menu_for_field(response: &egui::Response, cmds: &mut Vec<Command>) {
    if response.secondary_clicked() {
        // The right-click menu acts on the field clicked, as in Word.
        response.request_focus();
    }
    if response.has_focus() || response.secondary_clicked() {
        response
            .ctx
            .data_mut(|d| d.insert_temp(last_field_key(), response.id));
    }
    response.context_menu(|ui| {
        for action in [
            ClipboardAction::Cut,
            ClipboardAction::Copy,
            ClipboardAction::Paste,
            ClipboardAction::SelectAll,
        ] {
            let command = Command::Clipboard(action);
            let mut button = egui::Button::new(command.label());
            if let Some(shortcut) = command.shortcut() {
                button = button.shortcut_text(super::menu_bar::shortcut_text(ui.ctx(), &shortcut));
            }
            if ui.add(button).clicked() {
                cmds.push(command);
            }
        }
    });
}

/// Where egui's memory keeps the id of the text field last in use, for Edit ▸ Cut, Copy, Paste
/// and Select all.
pub fn last_field_key() -> egui::Id {
    egui::Id::unique("last text field")
}

/// Where egui's memory keeps an Edit-menu Cut or Copy until its field has the keyboard again.
fn queued_clipboard_key() -> egui::Id {
    egui::Id::unique("queued clipboard action")
}

/// Edit ▸ Cut or Copy (from the menu bar or a right-click menu): the menu took the keyboard
/// from the field, so the action waits until the field has it back, in the next frame, and is
/// then given to the field as the keys would give it.
pub fn queue_clipboard(ctx: &egui::Context, field: egui::Id, action: ClipboardAction) {
    ctx.data_mut(|d| d.insert_temp(queued_clipboard_key(), (field, action)));
    ctx.request_repaint();
}

/// Where egui's memory keeps the selection a field had while it last had the keyboard.
fn selection_key(id: egui::Id) -> egui::Id {
    id.with("selection")
}

/// Keeps what is selected in a field while it has the keyboard: egui collapses the selection of
/// a field that loses the keyboard (a click on a menu does that), and the press of a right-click
/// moves the caret; Cut, Copy and the right-click menu act on the selection as it was, as in
/// Word. `was_focused`: whether the field had the keyboard at the start of this frame.
pub fn keep_selection(response: &egui::Response, was_focused: bool) {
    let ctx = &response.ctx;
    let id = response.id;
    let right_click = ctx.input(|i| {
        let button = egui::PointerButton::Secondary;
        i.pointer.button_down(button)
            || i.pointer.button_pressed(button)
            || i.pointer.button_released(button)
    });
    let saved = ctx.data(|d| d.get_temp::<egui::text::CCursorRange>(selection_key(id)));
    if right_click {
        if response.secondary_clicked()
            && was_focused
            && let Some(range) = saved
        {
            let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
            state.cursor.set_char_range(Some(range));
            state.store(ctx, id);
        }
        return;
    }
    if response.has_focus()
        && let Some(range) =
            egui::text_edit::TextEditState::load(ctx, id).and_then(|s| s.cursor.char_range())
    {
        ctx.data_mut(|d| d.insert_temp(selection_key(id), range));
    }
}

/// Gives the focused field `id` the Cut or Copy waiting for it, on the selection it had: call
/// before the field is added.
pub fn apply_queued_clipboard(ctx: &egui::Context, id: egui::Id) {
    let queued = ctx.data(|d| d.get_temp::<(egui::Id, ClipboardAction)>(queued_clipboard_key()));
    let Some((_, action)) = queued.filter(|(field, _)| *field == id) else {
        return;
    };
    ctx.data_mut(|d| d.remove::<(egui::Id, ClipboardAction)>(queued_clipboard_key()));
    if let Some(range) = ctx.data(|d| d.get_temp::<egui::text::CCursorRange>(selection_key(id))) {
        let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
        state.cursor.set_char_range(Some(range));
        state.store(ctx, id);
    }
    let event = match action {
        ClipboardAction::Cut => egui::Event::Cut,
        ClipboardAction::Copy => egui::Event::Copy,
        // Paste comes from the desktop's clipboard, and Select all sets the cursor directly.
        ClipboardAction::Paste | ClipboardAction::SelectAll => return,
    };
    ctx.input_mut(|i| i.events.push(event));
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

/// The height a [`row`] keyed `key` took when last laid out.
pub fn row_height(ui: &egui::Ui, key: impl std::hash::Hash + std::fmt::Debug) -> Option<f32> {
    ui.data(|d| d.get_temp::<f32>(egui::Id::unique(key)))
}

/// An item of a question's list (a piece of evidence, an action) as people and screen readers
/// name it, so that each repeated control says which question and item it belongs to.
pub struct ItemName<'a> {
    /// Which kind of item: `"evidence"` or `"action"`, a key the catalogue's messages select
    /// their words on (never shown as it is).
    pub kind: &'a str,
    /// Its place in the list, from 1.
    pub position: usize,
    /// Its title (an action's description); may be empty.
    pub title: &'a str,
    /// Whether another item of the list has the same title, so the title alone would not say
    /// which.
    pub title_shared: bool,
    /// The question's number: "1.1".
    pub question: &'a str,
}

impl ItemName<'_> {
    /// A field of the item, `field` being its label: "Title, evidence 2 of 1.1".
    pub fn field(&self, field: &str) -> String {
        tr!(
            "app-item-field",
            field = field,
            kind = self.kind,
            position = self.position,
            question = self.question
        )
    }

    /// The item in words: "evidence ‘Civic strategy 2030’", or "evidence 2" when it has no
    /// title of its own.
    pub fn words(&self) -> String {
        let title = self.title.trim();
        let mut short: String = title.chars().take(60).collect();
        if short.len() < title.len() {
            short.push('…');
        }
        match (title.is_empty(), self.title_shared) {
            (true, _) => tr!(
                "app-item-numbered",
                kind = self.kind,
                position = self.position
            ),
            (false, false) => tr!("app-item-titled", kind = self.kind, title = short),
            (false, true) => tr!(
                "app-item-numbered-titled",
                kind = self.kind,
                position = self.position,
                title = short
            ),
        }
    }

    /// Its Remove button: "Remove evidence ‘Civic strategy 2030’ from 1.1".
    pub fn remove(&self) -> String {
        tr!(
            "app-item-remove",
            item = self.words(),
            question = self.question
        )
    }

    /// What stays in its place for a moment once removed.
    pub fn removed(&self) -> String {
        tr!(
            "app-item-removed",
            item = self.words(),
            question = self.question
        )
    }

    /// Another control of the item, `control` being its label: "Status of action ‘Brief the
    /// council’, 1.1".
    pub fn control(&self, control: &str) -> String {
        tr!(
            "app-item-control",
            control = control,
            item = self.words(),
            question = self.question
        )
    }
}

/// A removed item's place, held for a moment so that what was below it does not slide under
/// the pointer (the next item's Remove would otherwise land exactly where the click was).
#[derive(Clone)]
struct Removed {
    index: usize,
    count_after: usize,
    height: f32,
    words: String,
    since: f64,
}

/// How long a removed item's place is held at least; then until the pointer leaves it.
const HOLD_SECONDS: f64 = 0.6;

/// Notes that item `index` of the list `list` is being removed, leaving `count_after` items;
/// `height` is the room it took.
pub fn hold_place(
    ui: &egui::Ui,
    list: impl std::hash::Hash + std::fmt::Debug,
    index: usize,
    count_after: usize,
    height: f32,
    words: String,
) {
    let since = ui.input(|i| i.time);
    let removed = Removed {
        index,
        count_after,
        height,
        words,
        since,
    };
    ui.data_mut(|d| d.insert_temp(egui::Id::unique(("held place", list)), removed));
}

/// Where item `index` of `list` (now `count` long) was just removed, keeps its place with a
/// note of what was removed, while the pointer is over it.
pub fn held_place_ui(
    ui: &mut egui::Ui,
    list: impl std::hash::Hash + std::fmt::Debug,
    index: usize,
    count: usize,
) {
    let key = egui::Id::unique(("held place", list));
    let Some(removed) = ui.data(|d| d.get_temp::<Removed>(key)) else {
        return;
    };
    if removed.index != index {
        return;
    }
    let now = ui.input(|i| i.time);
    let width = ui.available_width();
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, removed.height));
    let pointer_over = ui.rect_contains_pointer(rect);
    if removed.count_after != count || (now - removed.since > HOLD_SECONDS && !pointer_over) {
        ui.data_mut(|d| d.remove::<Removed>(key));
        return;
    }
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64(HOLD_SECONDS / 2.0));
    ui.allocate_ui_with_layout(
        egui::vec2(width, removed.height),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_min_size(egui::vec2(width, removed.height));
            weak(ui, &removed.words);
        },
    );
}
