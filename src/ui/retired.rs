//! Answers to questions the framework in use does not ask (a question retired, or renamed
//! without a map, in a newer version of the bank). They are kept in the file, never scored,
//! and shown here, read only, in a section of their own on the details page, as the report
//! shows them in an appendix.

use egui::RichText;

use super::{theme, widgets};
use crate::model::{Assessment, Framework, LinkKind, Response};
use crate::workbook::command::Command;

/// The section, when there is anything to show.
pub fn section(
    ui: &mut egui::Ui,
    framework: &Framework,
    assessment: &Assessment,
    cmds: &mut Vec<Command>,
) {
    let retired: Vec<_> = assessment
        .unknown_questions(framework)
        .filter_map(|id| Some((id, assessment.response(id)?)))
        .collect();
    if retired.is_empty() {
        return;
    }
    ui.add_space(16.0);
    widgets::heading(
        ui,
        &format!(
            "Answers to questions not in this version of the framework ({})",
            retired.len()
        ),
    );
    widgets::weak(
        ui,
        "This version of the framework does not ask these questions. Their answers are kept in \
         the file and shown at the end of the report, but not scored.",
    );
    for (id, response) in retired {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(format!("Question {id}")).family(theme::bold()));
            answer(ui, framework, response, cmds);
        });
    }
}

/// One retired answer: its phase, texts, evidence and actions.
fn answer(ui: &mut egui::Ui, framework: &Framework, response: &Response, cmds: &mut Vec<Command>) {
    let phase = response.phase.map_or_else(
        || "Not rated".to_owned(),
        |p| format!("Phase {p}: {}", framework.phase_name(p)),
    );
    ui.label(phase);
    if !response.ratings.is_empty() {
        let ratings: Vec<String> = response
            .ratings
            .iter()
            .map(|(name, phase)| format!("{name} {phase}"))
            .collect();
        widgets::weak(ui, &format!("Assessors: {}", ratings.join(", ")));
    }
    for (label, text) in [
        ("Rationale", &response.rationale),
        ("Narrative", &response.narrative),
        ("What if?", &response.ambition),
    ] {
        if !text.trim().is_empty() {
            ui.label(RichText::new(label).family(theme::bold()));
            ui.add(egui::Label::new(text.as_str()).wrap());
        }
    }
    if !response.evidence.is_empty() {
        ui.label(RichText::new("Evidence").family(theme::bold()));
    }
    for evidence in &response.evidence {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {}", evidence.title));
            let kind = LinkKind::of(&evidence.link);
            if kind.openable().is_some() {
                let link = widgets::truncated_link(ui, &evidence.link)
                    .on_hover_text(evidence.link.as_str());
                if link.clicked() {
                    cmds.push(Command::OpenLink(evidence.link.clone()));
                }
            } else if !evidence.link.trim().is_empty() {
                ui.label(evidence.link.as_str());
                widgets::link_warning(ui, &kind);
            }
        });
        if !evidence.note.trim().is_empty() {
            widgets::weak(ui, &evidence.note);
        }
    }
    if !response.actions.is_empty() {
        ui.label(RichText::new("Actions").family(theme::bold()));
    }
    for action in &response.actions {
        let mut line = format!("• {}", action.description);
        for part in [action.owner.trim(), action.due.trim()] {
            if !part.is_empty() {
                line.push_str(" · ");
                line.push_str(part);
            }
        }
        line.push_str(" · ");
        line.push_str(action.status.label());
        ui.add(egui::Label::new(line).wrap());
    }
}
