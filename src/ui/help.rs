//! Help ▸ Running a workshop, Keyboard shortcuts and About: short built-in pages in a window.

use egui::RichText;

use super::widgets;
use crate::model::Framework;
use crate::workbook::command::{Command, HelpTopic, SHORTCUT_COMMANDS};
use crate::workbook::state::AppState;

/// Where the menu bar's bottom edge was last drawn.
fn menu_bar_key() -> egui::Id {
    egui::Id::unique("menu bar bottom")
}

/// Notes where the menu bar ends, so windows opened later keep clear of it.
pub fn remember_menu_bar(ctx: &egui::Context, menu_bar: egui::Rect) {
    ctx.data_mut(|d| d.insert_temp(menu_bar_key(), menu_bar.bottom()));
}

/// The part of the window below the menu bar: help and other windows stay inside it, so they
/// never cover File, Edit, View or Help (nor can be dragged over them).
pub fn below_menu_bar(ctx: &egui::Context) -> egui::Rect {
    let mut rect = ctx.content_rect();
    if let Some(bottom) = ctx.data(|d| d.get_temp::<f32>(menu_bar_key())) {
        rect.min.y = rect.min.y.max(bottom);
    }
    rect
}

/// The help window, while one is open.
pub fn ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(topic) = state.help else {
        return;
    };
    let title = match topic {
        HelpTopic::Guide => "Running a workshop",
        HelpTopic::Shortcuts => "Keyboard shortcuts",
        HelpTopic::About => "About Civic Impact Workbook",
    };
    let mut open = true;
    egui::Window::new(title)
        .open(&mut open)
        .default_size([560.0, 480.0])
        .collapsible(false)
        .constrain_to(below_menu_bar(ctx))
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| match topic {
                HelpTopic::Guide => guide_ui(ui, &state.framework),
                HelpTopic::Shortcuts => shortcuts_ui(ui),
                HelpTopic::About => about_ui(ui, &state.framework),
            });
        });
    let escape = ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if !open || escape {
        cmds.push(Command::CloseHelp);
    }
}

fn paragraph(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

fn guide_ui(ui: &mut egui::Ui, framework: &Framework) {
    widgets::heading(ui, "Before");
    paragraph(
        ui,
        "Bring together a working group from across the university and its partners. Fill in \
         Assessment details, and share last year's file if you have one (File › Compare with \
         earlier assessment). Assessors can each rate in their own file and combine them \
         (File › Combine assessments).",
    );
    widgets::heading(ui, "During");
    paragraph(
        ui,
        "Put the workbook on the projector and press F5 to present one key question at a time. \
         Read the question and its guidance, discuss, and press 1–6 for the phase the group \
         agrees (0 if you are not ready). Arrows move between questions; Esc goes back to the \
         page to write the narrative, the evidence and the actions. In a combined file, N hides \
         the assessors' names so the room talks about the spread, not who said what.",
    );
    widgets::heading(ui, "After");
    paragraph(
        ui,
        "Check the summary, then File › Export PDF for the scored report that leadership reads. \
         Save the file where the group can find it next year.",
    );
    widgets::heading(ui, &framework.scale().name);
    for phase in &framework.scale().phases {
        ui.label(RichText::new(format!("{} {}", phase.number, phase.name)).strong());
        paragraph(ui, &phase.description);
    }
}

fn shortcuts_ui(ui: &mut egui::Ui) {
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for command in &SHORTCUT_COMMANDS {
                if let Some(shortcut) = command.shortcut() {
                    ui.label(ui.ctx().format_shortcut(&shortcut));
                    ui.label(command.label());
                    ui.end_row();
                }
            }
            for (keys, what) in [
                ("1–6", "Rate the question in focus"),
                (
                    "0 or Backspace",
                    "Set the question in focus to not yet rated",
                ),
                ("Tab, Shift+Tab", "Move between controls"),
                ("F10", "Go to the menu bar"),
                (
                    "Left, Right, Page Up, Page Down",
                    "In presenter mode: previous and next question",
                ),
                ("N", "In presenter mode: hide or show assessors' names"),
                ("Esc", "Leave presenter mode or close this window"),
            ] {
                ui.label(keys);
                ui.label(what);
                ui.end_row();
            }
        });
}

fn about_ui(ui: &mut egui::Ui, framework: &Framework) {
    widgets::heading(
        ui,
        &format!(
            "{} {}",
            crate::workbook::APP_NAME,
            env!("CARGO_PKG_VERSION")
        ),
    );
    paragraph(
        ui,
        "Free software under the MIT or Apache 2.0 licence, at your choice. It makes no network \
         requests: links open in your browser only when you ask.",
    );
    widgets::heading(ui, "The framework");
    paragraph(
        ui,
        &format!(
            "{} {}, by {} ({}).",
            framework.title(),
            framework.version(),
            framework.attribution().name,
            framework.attribution().url
        ),
    );
    paragraph(ui, framework.wording_note());
    let provisional: Vec<&str> = framework
        .domains()
        .iter()
        .filter(|d| d.provisional)
        .map(|d| d.title.as_str())
        .collect();
    if !provisional.is_empty() {
        paragraph(
            ui,
            &format!(
                "Provisional wording (no published copy was available): {}.",
                provisional.join(", ")
            ),
        );
    }
    paragraph(ui, "Fonts: Noto Sans, under the SIL Open Font License 1.1.");
}
