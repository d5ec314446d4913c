//! Help ▸ Running a workshop, Keyboard shortcuts and About: short built-in pages in a window.

use egui::RichText;

use super::widgets;
use crate::model::Framework;
use crate::tr;
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
        HelpTopic::Guide => tr!("form-help-guide-title"),
        HelpTopic::Shortcuts => tr!("form-help-shortcuts-title"),
        HelpTopic::About => tr!("form-help-about-title", app = crate::workbook::APP_NAME),
    };
    let mut open = true;
    // The window keeps one id in every language (its place and size are kept under it).
    egui::Window::new(title)
        .id(egui::Id::unique(match topic {
            HelpTopic::Guide => "help-guide",
            HelpTopic::Shortcuts => "help-shortcuts",
            HelpTopic::About => "help-about",
        }))
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
    widgets::heading(ui, &tr!("form-help-before"));
    paragraph(ui, &tr!("form-help-before-text"));
    widgets::heading(ui, &tr!("form-help-during"));
    paragraph(ui, &tr!("form-help-during-text"));
    widgets::heading(ui, &tr!("form-help-after"));
    paragraph(ui, &tr!("form-help-after-text"));
    widgets::heading(ui, &framework.scale().name);
    for phase in &framework.scale().phases {
        let name = tr!(
            "form-help-phase",
            number = phase.number.number(),
            name = phase.name.as_str()
        );
        ui.label(RichText::new(name).strong());
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
                    ui.label(super::menu_bar::shortcut_text(ui.ctx(), &shortcut));
                    ui.label(command.label());
                    ui.end_row();
                }
            }
            for (keys, what) in [
                (tr!("form-help-keys-rate"), tr!("form-help-keys-rate-what")),
                (
                    tr!("form-help-keys-unrate"),
                    tr!("form-help-keys-unrate-what"),
                ),
                (tr!("form-help-keys-tab"), tr!("form-help-keys-tab-what")),
                (tr!("form-help-keys-menu"), tr!("form-help-keys-menu-what")),
                (tr!("form-help-keys-move"), tr!("form-help-keys-move-what")),
                (
                    tr!("form-help-keys-names"),
                    tr!("form-help-keys-names-what"),
                ),
                (
                    tr!("form-help-keys-escape"),
                    tr!("form-help-keys-escape-what"),
                ),
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
        &tr!(
            "form-help-about-heading",
            app = crate::workbook::APP_NAME,
            version = env!("CARGO_PKG_VERSION")
        ),
    );
    paragraph(ui, &tr!("form-help-about-licence"));
    widgets::heading(ui, &tr!("form-help-about-framework"));
    paragraph(
        ui,
        &tr!(
            "form-help-about-framework-text",
            title = framework.title(),
            version = framework.version(),
            attribution = framework.attribution().name.as_str(),
            url = framework.attribution().url.as_str()
        ),
    );
    paragraph(ui, framework.wording_note());
    let provisional: Vec<(&crate::model::DomainId, &str)> = framework
        .domains()
        .iter()
        .filter(|d| d.provisional)
        .map(|d| (&d.id, d.title.as_str()))
        .collect();
    if !provisional.is_empty() {
        paragraph(
            ui,
            &tr!(
                "form-help-about-provisional",
                domains = crate::scoring::wording::domains(framework, &provisional)
            ),
        );
    }
    paragraph(ui, &tr!("form-help-about-fonts"));
}
