//! The phase picker: "Not yet rated" and the six phases as radio buttons, each phase's
//! description on hover, and the chosen phase's description below.

use egui::RichText;

use super::theme;
use crate::app::command::Command;
use crate::model::{Edit, Framework, Phase, Question};

/// The picker for one question. In a group assessment (`median` given) it records the phase
/// the group agreed, and until then says that the median counts.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    question: &Question,
    current: Option<Phase>,
    median: Option<crate::scoring::Maturity>,
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
        let (label, unset, hover) = match median {
            Some(_) => (
                "Agreed phase",
                "Not yet agreed",
                "Not agreed yet: the median of the assessors' phases counts until you agree",
            ),
            None => (
                "Phase",
                "Not yet rated",
                "Not discussed or not agreed yet: it does not count in any score",
            ),
        };
        ui.label(RichText::new(label).strong());
        let response = ui.radio(current.is_none(), unset).on_hover_text(hover);
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
        None if median.is_some() => RichText::new(format!(
            "Not yet agreed: the median of the assessors' phases, {}, counts until the group agrees",
            median.map(|m| m.to_string()).unwrap_or_default()
        ))
        .color(palette.text),
        None => RichText::new(
            "Not yet rated: choose the phase the group agrees best describes where you are",
        )
        .color(palette.weak_text),
    };
    ui.add(egui::Label::new(description.italics()).wrap());
}
