//! The status bar: previous and next page, how many questions are rated, what last happened
//! to the file and any export under way. One line at every width and zoom: what does not fit
//! is left out, least needed first, and the file's line is shortened with "…" last of all.

use crate::tr;
use crate::workbook::command::{Command, Page};
use crate::workbook::state::{AppState, Document, Flow};

use super::widgets;

/// The status bar of the open document.
pub fn ui(ui: &mut egui::Ui, state: &AppState, doc: &Document, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let at_start = state.page == Page::Summary;
        let at_end = state.page == Page::Domain(state.framework.domains().len().saturating_sub(1));
        if ui
            .add_enabled(!at_start, egui::Button::new(tr!("app-previous")))
            .on_hover_text(widgets::with_shortcut(
                ui,
                &tr!("app-status-previous-page"),
                &Command::PreviousDomain,
            ))
            .clicked()
        {
            cmds.push(Command::PreviousDomain);
        }
        if ui
            .add_enabled(!at_end, egui::Button::new(tr!("app-next")))
            .on_hover_text(widgets::with_shortcut(
                ui,
                &tr!("app-status-next-page"),
                &Command::NextDomain,
            ))
            .clicked()
        {
            cmds.push(Command::NextDomain);
        }
        let card = &doc.scorecard;
        let rated = tr!(
            "app-summary-questions-rated",
            rated = card.rated_questions(),
            total = card.total_questions()
        );
        let saved = match (&doc.path, doc.is_dirty()) {
            (_, true) => tr!("app-status-unsaved"),
            (Some(_), false) => state
                .file_event
                .clone()
                .unwrap_or_else(|| doc.display_name()),
            (None, false) => tr!("app-status-never-saved"),
        };
        let exporting = state.exporting.as_ref().map(|path| {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            if state.flow == Flow::QuitAfterExport {
                tr!("app-status-exporting-then-quit", file = name)
            } else {
                tr!("app-status-exporting", file = name)
            }
        });
        // The file's line always shows; then the export, then the count, while they fit.
        let mut room = ui.available_width() - part_width(ui, &saved);
        let exporting = exporting.filter(|text| {
            let needed = part_width(ui, text) + ui.spacing().interact_size.y;
            let fits = needed <= room;
            if fits {
                room -= needed;
            }
            fits
        });
        if part_width(ui, &rated) <= room {
            ui.separator();
            ui.label(rated);
        }
        ui.separator();
        let response = ui.add(egui::Label::new(saved).truncate());
        if let Some(path) = &doc.path {
            response.on_hover_text(path.display().to_string());
        }
        // What keys 1–6 rate here, or why they rate nothing: cut short before it wraps, and
        // left out where not even a few words would fit (long words, a narrow window, a big
        // zoom), rather than drawn past the window's edge.
        let hint_room = ui.available_width() - 2.0 * ui.spacing().item_spacing.x;
        if matches!(state.page, Page::Domain(_))
            && !state.is_prompting()
            && hint_room >= MIN_HINT_EMS * ui.text_style_height(&egui::TextStyle::Body)
        {
            ui.separator();
            super::domain_page::key_hint_ui(ui);
        }
        if let Some(text) = exporting {
            ui.separator();
            ui.spinner();
            ui.add(egui::Label::new(text).truncate());
        }
    });
}

/// The least room (in lines' heights) worth showing the key hint in: a few words.
const MIN_HINT_EMS: f32 = 5.0;

/// The width `text` takes on the bar, with the separator before it.
fn part_width(ui: &egui::Ui, text: &str) -> f32 {
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    galley.size().x + 2.0 * ui.spacing().item_spacing.x + 1.0
}
