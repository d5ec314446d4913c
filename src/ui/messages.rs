//! Messages that never move the page: toasts in the bottom-right corner, over the content
//! (successes fade by themselves, warnings and errors stay until dismissed), and the log of every
//! message this session (View ▸ Messages).

use egui::RichText;

use super::theme;
use crate::model::Framework;
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::notice::offer_label;
use crate::workbook::state::{AppState, Level, Notification};

/// The widest a toast grows (points).
const TOAST_WIDTH: f32 = 420.0;

/// The toasts, newest at the bottom, above the status bar.
pub fn toasts_ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    if state.notifications.is_empty() {
        return;
    }
    let width = TOAST_WIDTH
        .min(ctx.content_rect().width() - 32.0)
        .max(120.0);
    egui::Area::new(egui::Id::unique("toasts"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -44.0))
        .order(egui::Order::Foreground)
        .interactable(true)
        .show(ctx, |ui| {
            ui.set_max_width(width);
            for notification in &state.notifications {
                // Each toast's widgets are keyed by its message, not its place in the stack:
                // when one goes, the others keep their own buttons (and the keyboard focus
                // stays with the button it was on, not the one that slid into its place).
                ui.push_id(("toast", notification.id), |ui| {
                    toast_ui(ui, notification, &state.framework, width, cmds);
                });
                ui.add_space(6.0);
            }
        });
}

fn level_colours(ui: &egui::Ui, level: Level) -> (egui::Color32, egui::Color32) {
    let palette = theme::palette(ui);
    match level {
        Level::Info => (palette.accent, palette.card),
        Level::Warning => (palette.warning, palette.notice),
        Level::Error => (palette.error, palette.error_notice),
    }
}

/// A message as a toast and the log show it: a warning or an error says so first.
fn message_text(notification: &Notification, framework: &Framework) -> String {
    let text = notification.notice.text(framework);
    match notification.level {
        Level::Info => text,
        Level::Warning => tr!("form-message-warning", text = text),
        Level::Error => tr!("form-message-error", text = text),
    }
}

fn toast_ui(
    ui: &mut egui::Ui,
    notification: &Notification,
    framework: &Framework,
    width: f32,
    cmds: &mut Vec<Command>,
) {
    let (colour, fill) = level_colours(ui, notification.level);
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(2.0, colour))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .shadow(ui.visuals().popup_shadow)
        .show(ui, |ui| {
            ui.set_width(width - 20.0);
            ui.add(
                egui::Label::new(
                    RichText::new(message_text(notification, framework))
                        .color(theme::palette(ui).text),
                )
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                for command in &notification.actions {
                    if ui.button(offer_label(command)).clicked() {
                        cmds.push(command.clone());
                    }
                }
                if ui
                    .button(tr!("form-message-dismiss"))
                    .on_hover_text(tr!("form-message-dismiss-hint"))
                    .clicked()
                {
                    cmds.push(Command::Dismiss(notification.id));
                }
            });
        });
}

/// Everything the last combining found (a toast's Show details): the assessors, how many
/// questions are far apart, and each difference between the files, in a window of its own that
/// scrolls, so the toast stays a line or two.
pub fn combine_details_ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(details) = state.combine_details.as_ref().filter(|d| d.is_open) else {
        return;
    };
    let mut open = true;
    egui::Window::new(tr!("form-combined-title"))
        .id(egui::Id::unique("combined assessments"))
        .open(&mut open)
        .default_size([560.0, 360.0])
        .collapsible(false)
        .constrain_to(super::help::below_menu_bar(ctx))
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.label(
                    RichText::new(tr!("form-combined-assessors", count = details.names.len()))
                        .strong(),
                );
                for name in &details.names {
                    ui.label(tr!("form-combined-item", item = name));
                }
                ui.add_space(6.0);
                ui.add(
                    egui::Label::new(tr!(
                        "form-combined-spreads",
                        spreads = crate::scoring::wording::wide_spreads(details.wide)
                    ))
                    .wrap(),
                );
                if !details.differences.is_empty() {
                    ui.add_space(6.0);
                    ui.label(RichText::new(tr!("form-combined-differences")).strong());
                    for note in &details.differences {
                        ui.add(
                            egui::Label::new(tr!("form-combined-item", item = capitalised(note)))
                                .wrap(),
                        );
                    }
                }
            });
        });
    if !open {
        cmds.push(Command::CloseCombineDetails);
    }
}

/// `text` with its first letter in capitals, as a line of a list starts.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The message log, while open.
pub fn log_ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    if !state.is_log_open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr!("form-log-title"))
        .id(egui::Id::unique("message log"))
        .open(&mut open)
        .default_size([520.0, 360.0])
        .collapsible(false)
        .constrain_to(super::help::below_menu_bar(ctx))
        .show(ctx, |ui| {
            if state.log.is_empty() {
                ui.label(tr!("form-log-empty"));
            }
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .stick_to_bottom(true)
                .show(ui, |ui| {
                    for notification in &state.log {
                        let (colour, _) = level_colours(ui, notification.level);
                        ui.horizontal_top(|ui| {
                            ui.label(RichText::new(clock(notification.posted_secs)).color(colour));
                            ui.add(
                                egui::Label::new(message_text(notification, &state.framework))
                                    .wrap(),
                            );
                        });
                        ui.separator();
                    }
                });
        });
    if !open {
        cmds.push(Command::ToggleMessageLog);
    }
}

/// Minutes and seconds since the app started, as "12:05".
fn clock(secs: f64) -> String {
    let whole = std::time::Duration::try_from_secs_f64(secs)
        .unwrap_or_default()
        .as_secs();
    tr!(
        "form-log-clock",
        minutes = whole / 60,
        seconds = format!("{:02}", whole % 60)
    )
}

/// The open file's problems (View › File problems): each named by its question's number and
/// text, with a link to it.
pub fn problems_ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(doc) = state.doc.as_ref().filter(|_| state.is_problems_open) else {
        return;
    };
    let mut open = true;
    egui::Window::new(tr!("form-problems-title"))
        .id(egui::Id::unique("file problems"))
        .open(&mut open)
        .default_size([560.0, 360.0])
        .collapsible(false)
        .constrain_to(super::help::below_menu_bar(ctx))
        .show(ctx, |ui| {
            if doc.problems.is_empty() {
                ui.label(tr!("form-problems-none"));
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for problem in &doc.problems {
                    let rest = problem.location.field().map(ToString::to_string);
                    let found = problem.question().and_then(|id| {
                        state
                            .framework
                            .question(id)
                            .map(|(_, question)| (id.clone(), question))
                    });
                    match found {
                        Some((id, question)) => {
                            let number = state.framework.question_number(&id).unwrap_or_default();
                            let question = question.text.as_str();
                            let place = if let Some(detail) = rest {
                                tr!(
                                    "form-problems-place-detail",
                                    number = number.as_str(),
                                    question = question,
                                    detail = detail
                                )
                            } else {
                                tr!("form-problems-place", number = number, question = question)
                            };
                            if ui
                                .link(place)
                                .on_hover_text(tr!("form-problems-go-to"))
                                .clicked()
                            {
                                cmds.push(Command::ShowQuestion(id));
                            }
                        }
                        None => {
                            ui.label(RichText::new(problem.location.to_string()).strong());
                        }
                    }
                    ui.add(egui::Label::new(problem.message()).wrap());
                    ui.separator();
                }
            });
        });
    if !open {
        cmds.push(Command::CloseProblems);
    }
}
