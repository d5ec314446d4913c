//! Assessment details: institution, title, period, the team, and which framework it answers.

use egui::RichText;

use super::widgets;
use crate::model::{Assessment, Edit, Framework, TextTarget};
use crate::workbook::command::Command;

/// The details page.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    assessment: &Assessment,
    cmds: &mut Vec<Command>,
) {
    widgets::page_title(ui, "Assessment details");
    ui.add_space(6.0);
    // Label and field on one row while they fit, the field below its label when not.
    for (label, value, target, hint) in [
        (
            "Institution",
            &assessment.institution,
            TextTarget::Institution,
            "University or partnership",
        ),
        (
            "Title",
            &assessment.title,
            TextTarget::Title,
            "Civic impact self-assessment",
        ),
        ("Period", &assessment.period, TextTarget::Period, "2026–27"),
    ] {
        ui.horizontal_wrapped(|ui| {
            widgets::text_field(ui, label, value, target, hint, 420.0, cmds);
        });
    }
    ui.add_space(12.0);
    widgets::heading(ui, &format!("Working group ({})", assessment.team.len()));
    if assessment.team.is_empty() {
        widgets::weak(
            ui,
            "Add the people taking part, with their role or organisation.",
        );
    }
    for (index, member) in assessment.team.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            widgets::text_field(
                ui,
                "Name",
                &member.name,
                TextTarget::MemberName(index),
                "Full name",
                200.0,
                cmds,
            );
            widgets::text_field(
                ui,
                "Role",
                &member.role,
                TextTarget::MemberRole(index),
                "Role or organisation",
                (ui.available_width() - 120.0).max(160.0),
                cmds,
            );
            if ui
                .button("Remove")
                .on_hover_text("Remove this member")
                .clicked()
            {
                cmds.push(Command::Edit(Edit::RemoveMember { index }));
            }
        });
    }
    if ui.button("Add member").clicked() {
        cmds.push(Command::Edit(Edit::AddMember));
    }
    ui.add_space(16.0);
    widgets::heading(ui, "Framework");
    ui.label(format!(
        "{} {} — {}",
        framework.title(),
        framework.version(),
        framework.attribution().name
    ));
    widgets::weak(ui, framework.wording_note());
    if assessment.framework.version != framework.version() {
        ui.label(RichText::new(format!(
            "This assessment was made with version {} of the wording.",
            assessment.framework.version
        )));
    }
    super::retired::section(ui, framework, assessment, cmds);
}
