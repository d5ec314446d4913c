//! The welcome screen, shown when no assessment is open.

use super::widgets;
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::state::AppState;

/// The welcome screen.
pub fn ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.set_max_width(620.0);
        widgets::page_title(ui, &tr!("app-welcome-title"));
        ui.add_space(4.0);
        ui.add(
            egui::Label::new(tr!(
                "app-welcome-intro",
                framework = state.framework.title(),
                publisher = state.framework.attribution().name.as_str()
            ))
            .wrap(),
        );
        ui.add_space(16.0);
        let buttons = [
            (
                Command::New,
                tr!("app-welcome-new"),
                tr!("app-welcome-new-hover"),
            ),
            (
                Command::Open,
                tr!("app-welcome-open"),
                tr!("app-welcome-open-hover"),
            ),
            (
                Command::OpenDemo,
                tr!("app-welcome-demo"),
                tr!("app-welcome-demo-hover"),
            ),
        ];
        for (command, label, hint) in buttons {
            let text = widgets::with_shortcut(ui, &hint, &command);
            if ui
                .add_sized([320.0, 34.0], egui::Button::new(label))
                .on_hover_text(text)
                .clicked()
            {
                cmds.push(command);
            }
            ui.add_space(4.0);
        }
        ui.add_space(16.0);
        if !state.prefs.recent.is_empty() {
            widgets::heading(ui, &tr!("app-welcome-recent"));
            for path in &state.prefs.recent {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .link(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    cmds.push(Command::OpenPath(path.clone()));
                }
            }
        }
        ui.add_space(16.0);
        widgets::weak(ui, &tr!("app-welcome-drop"));
    });
}
