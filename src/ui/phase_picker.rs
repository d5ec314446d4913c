//! The phase picker: "Not yet rated" and the six phases as radio buttons, each phase's
//! description on hover, and the chosen phase's description below.

use egui::RichText;

use super::theme;
use crate::app::command::Command;
use crate::model::{Edit, Framework, Phase, Question};

/// The picker for one question.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    question: &Question,
    current: Option<Phase>,
    cmds: &mut Vec<Command>,
) {
    let mut choose = |phase: Option<Phase>| {
        if phase != current {
            cmds.push(Command::Edit(Edit::SetPhase {
                question: question.id.clone(),
                phase,
            }));
        }
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Phase").strong());
        let response = ui
            .radio(current.is_none(), "Not yet rated")
            .on_hover_text("Not discussed or not agreed yet: it does not count in any score");
        if response.clicked() {
            choose(None);
        }
        for info in &framework.scale.phases {
            let text = format!("{} {}", info.number, info.name);
            if ui
                .radio(current == Some(info.number), text)
                .on_hover_text(&info.description)
                .clicked()
            {
                choose(Some(info.number));
            }
        }
    });
    let palette = theme::palette(ui);
    let description = match current.and_then(|phase| framework.phase(phase)) {
        Some(info) => {
            RichText::new(format!("{}: {}", info.name, info.description)).color(palette.text)
        }
        None => RichText::new(
            "Not yet rated: choose the phase the group agrees best describes where you are",
        )
        .color(palette.weak_text),
    };
    ui.add(egui::Label::new(description.italics()).wrap());
}
