//! Presenter mode: one key question fills the screen in large type (the question, its
//! guidance, the six phases, the rating and the narrative). Keys: arrows and Page Up/Down move
//! across questions and domains, 1–6 rate, 0 clears, N hides names, Esc leaves.

use egui::{Key, RichText};

use super::{phase_picker, theme, widgets};
use crate::model::{Framework, QuestionId, Response};
use crate::workbook::command::Command;
use crate::workbook::state::Document;

/// How much larger than on a domain page.
const SCALE: f32 = 1.6;

/// The presenter view of `question`; its keys work while `has_keyboard`.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    question_id: &QuestionId,
    hide_names: bool,
    has_keyboard: bool,
    cmds: &mut Vec<Command>,
) {
    // A prompt on screen has the keyboard.
    if has_keyboard {
        keys(ui, cmds);
    }
    let Some((domain_index, domain, question)) = framework
        .domains()
        .iter()
        .enumerate()
        .find_map(|(i, d)| Some((i, d, d.questions.iter().find(|q| &q.id == question_id)?)))
    else {
        widgets::weak(ui, "This question is not in the framework in use.");
        return;
    };
    let empty = Response::default();
    let response = doc.assessment.response(&question.id).unwrap_or(&empty);
    let total = framework.questions().count();
    let position = framework
        .questions()
        .position(|(_, q)| q.id == question.id)
        .map_or(0, |p| p + 1);
    let number = domain
        .questions
        .iter()
        .position(|q| q.id == question.id)
        .map_or(0, |p| p + 1);
    let palette = theme::palette(ui);
    header_ui(
        ui,
        &format!(
            "{}.{number} · {} · question {position} of {total}",
            domain_index + 1,
            domain.title
        ),
        cmds,
    );
    ui.add_space(12.0);
    ui.add(
        egui::Label::new(
            RichText::new(&question.text)
                .family(theme::bold())
                .size(34.0),
        )
        .wrap(),
    );
    if !question.guidance.is_empty() {
        ui.add_space(6.0);
        ui.add(
            egui::Label::new(
                RichText::new(&question.guidance)
                    .size(21.0)
                    .color(palette.weak_text),
            )
            .wrap(),
        );
    }
    ui.add_space(16.0);
    let spread = crate::scoring::spread(response);
    if let Some(spread) = &spread {
        ratings_ui(ui, response, spread, hide_names, cmds);
        ui.add_space(8.0);
    }
    phase_picker::ui(
        ui,
        framework,
        question,
        response.phase,
        spread.map(|s| s.median),
        phase_picker::Look {
            scale: SCALE,
            take_focus: false,
        },
        cmds,
    );
    if has_keyboard {
        cmds.extend(phase_picker::rating_keys(ui, question, response.phase));
    }
    ui.add_space(16.0);
    ui.label(RichText::new("Narrative").strong().size(20.0));
    let narrative = if response.narrative.trim().is_empty() {
        RichText::new("No narrative yet.").color(palette.weak_text)
    } else {
        RichText::new(&response.narrative)
    };
    ui.add(egui::Label::new(narrative.size(21.0)).wrap());
}

/// Where the room is, and buttons to move and leave.
fn header_ui(ui: &mut egui::Ui, place: &str, cmds: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(place).size(18.0).color(palette.weak_text));
        if ui
            .button("‹ Previous")
            .on_hover_text("Previous question (←, Page Up)")
            .clicked()
        {
            cmds.push(Command::PresentStep(-1));
        }
        if ui
            .button("Next ›")
            .on_hover_text("Next question (→, Page Down)")
            .clicked()
        {
            cmds.push(Command::PresentStep(1));
        }
        if ui
            .button(Command::StopPresenting.label())
            .on_hover_text("Back to the workbook at this question (Esc)")
            .clicked()
        {
            cmds.push(Command::StopPresenting);
        }
    });
}

/// Moving and leaving; the rating keys are read with the question.
fn keys(ui: &egui::Ui, cmds: &mut Vec<Command>) {
    ui.input_mut(|input| {
        for (key, command) in [
            (Key::ArrowRight, Command::PresentStep(1)),
            (Key::ArrowDown, Command::PresentStep(1)),
            (Key::PageDown, Command::PresentStep(1)),
            (Key::ArrowLeft, Command::PresentStep(-1)),
            (Key::ArrowUp, Command::PresentStep(-1)),
            (Key::PageUp, Command::PresentStep(-1)),
            (Key::Escape, Command::StopPresenting),
            (Key::N, Command::ToggleNames),
        ] {
            if input.consume_key(egui::Modifiers::NONE, key) {
                cmds.push(command);
            }
        }
    });
}

/// Every assessor's phase and the spread; with names hidden, the phases alone, lowest first,
/// so the room discusses the spread rather than who said what.
fn ratings_ui(
    ui: &mut egui::Ui,
    response: &Response,
    spread: &crate::scoring::Spread,
    hide_names: bool,
    cmds: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    let mut ratings: Vec<(String, u8)> = response
        .ratings
        .iter()
        .map(|(name, phase)| (name.trim().to_owned(), phase.number()))
        .collect();
    if hide_names {
        ratings.sort_by_key(|(_, phase)| *phase);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Assessors").strong().size(20.0));
        for (name, phase) in &ratings {
            let text = if hide_names {
                phase.to_string()
            } else {
                format!("{name} {phase}")
            };
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(10, 4))
                .show(ui, |ui| {
                    ui.label(RichText::new(text).size(20.0));
                });
        }
        let toggle = if hide_names {
            "Show names"
        } else {
            "Hide names"
        };
        if ui
            .button(toggle)
            .on_hover_text("Show or hide who gave which rating (N)")
            .clicked()
        {
            cmds.push(Command::ToggleNames);
        }
    });
    let text = format!(
        "Spread {}–{}, median {}",
        spread.lowest.number(),
        spread.highest.number(),
        spread.median
    );
    ui.label(RichText::new(text).size(18.0).color(palette.weak_text));
}
