//! Answers to questions the framework in use does not ask (a question retired, or renamed
//! without a map, in a newer version of the bank). They are kept in the file, never scored,
//! and shown here, read only, in a section of their own on the details page, as the report
//! shows them in an appendix.

use egui::RichText;

use super::{theme, widgets};
use crate::model::{Assessment, Framework, LinkKind, Response};
use crate::tr;
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
    widgets::heading(ui, &tr!("app-retired-heading", count = retired.len()));
    widgets::weak(ui, &tr!("app-retired-explained"));
    for (id, response) in retired {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr!("app-retired-question", id = id.to_string()))
                    .family(theme::bold()),
            );
            answer(ui, framework, response, cmds);
        });
    }
}

/// One retired answer: its phase, texts, evidence and actions.
fn answer(ui: &mut egui::Ui, framework: &Framework, response: &Response, cmds: &mut Vec<Command>) {
    let phase = response
        .phase
        .map_or_else(crate::scoring::wording::not_yet_rated_label, |p| {
            tr!(
                "app-retired-phase",
                number = p.number(),
                phase = framework.phase_name(p)
            )
        });
    ui.label(phase);
    if !response.ratings.is_empty() {
        let ratings: Vec<String> = response
            .ratings
            .iter()
            .map(|(name, phase)| {
                tr!(
                    "app-assessor-rating",
                    name = name.as_str(),
                    phase = phase.number()
                )
            })
            .collect();
        widgets::weak(
            ui,
            &tr!(
                "app-retired-assessors",
                ratings = crate::i18n::join_and(&ratings)
            ),
        );
    }
    for (label, text) in [
        (tr!("app-retired-rationale"), &response.rationale),
        (tr!("app-domain-narrative"), &response.narrative),
        (tr!("app-retired-ambition"), &response.ambition),
    ] {
        if !text.trim().is_empty() {
            ui.label(RichText::new(label).family(theme::bold()));
            ui.add(egui::Label::new(text.as_str()).wrap());
        }
    }
    if !response.evidence.is_empty() {
        ui.label(RichText::new(tr!("app-retired-evidence")).family(theme::bold()));
    }
    for evidence in &response.evidence {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("app-bullet", item = evidence.title.as_str()));
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
        ui.label(RichText::new(tr!("app-retired-actions")).family(theme::bold()));
    }
    for action in &response.actions {
        let status = action.status.label().to_owned();
        let line = [
            action.description.trim(),
            action.owner.trim(),
            action.due.trim(),
        ]
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .chain([status])
        .reduce(|init, next| tr!("app-dot-separated", init = init, next = next))
        .unwrap_or_default();
        ui.add(egui::Label::new(tr!("app-bullet", item = line)).wrap());
    }
}
