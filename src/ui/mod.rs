//! Views: they read `&AppState`, push `Command`s and never change data themselves.
//! Layout: menu bar on top, the domain list on the left, the page in the centre, a status bar.

mod actions_ui;
mod date_picker;
mod details;
mod domain_header;
mod domain_list;
mod domain_page;
mod evidence_ui;
mod help;
pub mod menu_bar;
mod merge_view;
mod messages;
mod modals;
mod phase_picker;
mod presence;
mod presenter;
pub mod radar;
mod retired;
mod summary;
pub mod theme;
mod welcome;
pub mod widgets;

use egui::{CentralPanel, Panel, ScrollArea};

use crate::workbook::command::{Command, Page};
use crate::workbook::state::AppState;

/// The whole window.
pub fn root_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    if let (Some(doc), Some(question)) = (&state.doc, &state.presenting) {
        CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    egui::Frame::new().inner_margin(24.0).show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(1400.0));
                        presenter::ui(
                            ui,
                            &state.framework,
                            doc,
                            question,
                            state.hide_names,
                            !state.is_prompting(),
                            cmds,
                        );
                    });
                });
        });
        messages::toasts_ui(ui.ctx(), state, cmds);
        modals::ui(ui.ctx(), state, cmds);
        return;
    }
    let menu_bar = Panel::top("menu_bar").show(ui, |ui| menu_bar::ui(ui, state, cmds));
    help::remember_menu_bar(ui.ctx(), menu_bar.response.rect);
    if let Some(doc) = state.doc.as_ref().filter(|doc| doc.read_only.is_some()) {
        Panel::top("read_only").show(ui, |ui| presence::read_only_bar_ui(ui, doc, cmds));
    }
    if let Some(doc) = &state.doc {
        Panel::bottom("status_bar").show(ui, |ui| status_bar_ui(ui, state, cmds));
        // On a narrow window (a projector at 200 %) the list gives the page the room.
        let widest = (ui.ctx().content_rect().width() * 0.36).clamp(160.0, 460.0);
        Panel::left("domain_list")
            .default_size(300.0_f32.min(widest))
            .size_range(160.0..=widest)
            .show(ui, |ui| domain_list::ui(ui, state, doc, cmds));
    }
    // Whether the page changed since the last frame (egui keeps the page last shown).
    let shown_key = egui::Id::unique("page shown");
    let arrived = ui.data_mut(|d| {
        let last = d.get_temp::<Page>(shown_key);
        d.insert_temp(shown_key, state.page);
        last != Some(state.page)
    });
    CentralPanel::default().show(ui, |ui| {
        let Some(doc) = &state.doc else {
            ScrollArea::vertical().show(ui, |ui| welcome::ui(ui, state, cmds));
            return;
        };
        // One scroll position per page and per file opened, so moving between domains, or
        // opening another file, starts at the top.
        ScrollArea::vertical()
            .id_salt((state.page, doc.view_id))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Room on the right for the scroll bar, which floats over the content.
                let margin = egui::Margin {
                    left: 4,
                    right: 22,
                    top: 4,
                    bottom: 24,
                };
                // Lines of reading text stay short; the summary's chart may use more.
                let widest = if state.page == Page::Summary {
                    1300.0
                } else {
                    920.0
                };
                widgets::centred_column(ui, margin, widest, |ui| match state.page {
                    Page::Summary => summary::ui(ui, &state.framework, doc, state.today, cmds),
                    Page::Details => details::ui(ui, &state.framework, &doc.assessment, cmds),
                    Page::Domain(index) => {
                        domain_page::ui(
                            ui,
                            &state.framework,
                            doc,
                            index,
                            &domain_page::Cues {
                                scroll_to: state.scroll_to.as_ref(),
                                arrived,
                                flash: state
                                    .flash
                                    .as_ref()
                                    .filter(|(_, until)| ui.input(|i| i.time) < *until)
                                    .map(|(question, _)| question),
                                today: state.today,
                                current: state.current_question.as_ref(),
                            },
                            cmds,
                        );
                    }
                });
            });
    });
    messages::toasts_ui(ui.ctx(), state, cmds);
    messages::log_ui(ui.ctx(), state, cmds);
    messages::problems_ui(ui.ctx(), state, cmds);
    messages::combine_details_ui(ui.ctx(), state, cmds);
    help::ui(ui.ctx(), state, cmds);
    // Over the page, never pushing it down: a click aimed at a phase lands where it was aimed.
    merge_view::bar_ui(ui.ctx(), state, cmds);
    merge_view::window_ui(ui.ctx(), state, cmds);
    modals::ui(ui.ctx(), state, cmds);
}

fn status_bar_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(doc) = &state.doc else {
        return;
    };
    // On a narrow window or at a large zoom the bar takes a second line rather than cutting
    // off what happened to the file.
    ui.horizontal_wrapped(|ui| {
        let at_start = state.page == Page::Summary;
        let at_end = state.page == Page::Domain(state.framework.domains().len().saturating_sub(1));
        if ui
            .add_enabled(!at_start, egui::Button::new("‹ Previous"))
            .on_hover_text(widgets::with_shortcut(
                ui,
                "Previous page",
                &Command::PreviousDomain,
            ))
            .clicked()
        {
            cmds.push(Command::PreviousDomain);
        }
        if ui
            .add_enabled(!at_end, egui::Button::new("Next ›"))
            .on_hover_text(widgets::with_shortcut(
                ui,
                "Next page",
                &Command::NextDomain,
            ))
            .clicked()
        {
            cmds.push(Command::NextDomain);
        }
        ui.separator();
        let card = &doc.scorecard;
        ui.label(format!(
            "{} of {} questions rated",
            card.rated_questions(),
            card.total_questions()
        ));
        ui.separator();
        let saved = match (&doc.path, doc.is_dirty()) {
            (_, true) => "Unsaved changes".to_owned(),
            (Some(_), false) => state
                .file_event
                .clone()
                .unwrap_or_else(|| doc.display_name()),
            (None, false) => "Not saved to a file yet".to_owned(),
        };
        let response = ui.label(saved);
        if matches!(state.page, Page::Domain(_)) && !state.is_prompting() {
            ui.separator();
            domain_page::key_hint_ui(ui);
        }
        if let Some(path) = &state.exporting {
            ui.separator();
            ui.spinner();
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            ui.label(
                if state.flow == crate::workbook::state::Flow::QuitAfterExport {
                    format!("Exporting {name}… the window closes when it is done")
                } else {
                    format!("Exporting {name}…")
                },
            );
        }
        if let Some(path) = &doc.path {
            response.on_hover_text(path.display().to_string());
        }
    });
}
