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
mod status_bar;
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
        zoom_shown_ui(ui.ctx(), state);
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
        Panel::bottom("status_bar").show(ui, |ui| status_bar::ui(ui, state, doc, cmds));
        // On a narrow window (a projector at 200 %) the list gives the page the room.
        let widest = (ui.ctx().content_rect().width() * 0.36).clamp(160.0, 460.0);
        // egui keeps a panel's width; one width per zoom, so the narrow list of 200 % does not
        // stay narrow (names wrapped) after Ctrl 0.
        let zoom = crate::workbook::zoom::percent(state.prefs.zoom);
        Panel::left(("domain_list", zoom))
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
                // Lines of reading text stay short; the summary's chart may use more. On a wide
                // screen the page stands in the middle, not against the list.
                let widest = if state.page == Page::Summary {
                    1300.0
                } else {
                    920.0
                };
                let page = centred(ui, widest + margin.sum().x);
                ui.scope_builder(egui::UiBuilder::new().max_rect(page), |ui| {
                    egui::Frame::new().inner_margin(margin).show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(widest));
                        page_ui(ui, state, doc, arrived, cmds);
                    });
                });
            });
    });
    zoom_shown_ui(ui.ctx(), state);
    messages::toasts_ui(ui.ctx(), state, cmds);
    messages::log_ui(ui.ctx(), state, cmds);
    messages::problems_ui(ui.ctx(), state, cmds);
    help::ui(ui.ctx(), state, cmds);
    messages::combine_details_ui(ui.ctx(), state, cmds);
    // Over the page, never pushing it down: a click aimed at a phase lands where it was aimed.
    merge_view::bar_ui(ui.ctx(), state, cmds);
    merge_view::window_ui(ui.ctx(), state, cmds);
    modals::ui(ui.ctx(), state, cmds);
}

/// The page shown: the summary, the details or a domain.
fn page_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    doc: &crate::workbook::state::Document,
    arrived: bool,
    cmds: &mut Vec<Command>,
) {
    match state.page {
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
    }
}

/// The part of `ui`'s width a page at most `width` wide takes, in the middle.
fn centred(ui: &egui::Ui, width: f32) -> egui::Rect {
    let mut rect = ui.available_rect_before_wrap();
    // Inside a scroll area the room runs on under the scroll bar: the page keeps to what shows.
    rect.max.x = rect.max.x.min(ui.clip_rect().max.x);
    let spare = (rect.width() - width).max(0.0);
    rect.min.x += (spare / 2.0).floor();
    rect.max.x -= (spare / 2.0).ceil();
    rect
}

/// The zoom percentage, for a moment after it changes: near the top right, over the page
/// (never moving it), as browsers show it.
fn zoom_shown_ui(ctx: &egui::Context, state: &AppState) {
    let now = ctx.input(|i| i.time);
    if state.zoom_shown_until.is_none_or(|until| now >= until) {
        return;
    }
    egui::Area::new(egui::Id::unique("zoom shown"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-24.0, 40.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(
                    egui::RichText::new(menu_bar::zoom_text(state.prefs.zoom))
                        .text_style(egui::TextStyle::Heading),
                );
            });
        });
}
