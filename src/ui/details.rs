//! Assessment details: institution, title, period, the team, and which framework it answers.

use egui::RichText;

use super::widgets;
use crate::model::{Assessment, Edit, Framework, TextTarget};
use crate::workbook::command::Command;

/// The width of the label column of the details form ("Institution", "Title", "Period").
const LABEL_WIDTH: f32 = 80.0;

/// The widest a details field grows: longer lines are hard to read on a wide screen.
const FIELD_WIDTH: f32 = 480.0;

/// The details page.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    assessment: &Assessment,
    cmds: &mut Vec<Command>,
) {
    widgets::page_title(ui, "Assessment details");
    ui.add_space(6.0);
    // Labels in one column, fields beside them, at every width.
    let form_width = (LABEL_WIDTH + 8.0 + FIELD_WIDTH).min(ui.available_width());
    ui.scope(|ui| {
        ui.set_max_width(form_width);
        widgets::form_grid(ui, "details form", LABEL_WIDTH, |ui| {
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
                widgets::grid_field(ui, label, label, value, target, hint, cmds);
            }
        });
    });
    ui.add_space(12.0);
    widgets::heading(ui, &format!("Working group ({})", assessment.team.len()));
    if assessment.team.is_empty() {
        widgets::weak(
            ui,
            "Add the people taking part, with their role or organisation.",
        );
    }
    team_ui(ui, assessment, cmds);
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

/// The working group as a table: Name and Role headings over their columns, one member a row,
/// each row's Remove at its end.
fn team_ui(ui: &mut egui::Ui, assessment: &Assessment, cmds: &mut Vec<Command>) {
    if assessment.team.is_empty() {
        return;
    }
    let gap = 8.0;
    let remove_width = 70.0;
    // What is left beside Remove, split 2:3; on a narrow page (200 % zoom) the columns shrink
    // rather than push Remove out of the window.
    let room = (ui.available_width() - remove_width - 3.0 * gap).max(120.0);
    let name_width = (room * 0.4).clamp(60.0, 260.0);
    let role_width = (room - name_width).clamp(60.0, 420.0);
    egui::Grid::new("team form")
        .num_columns(3)
        .spacing(egui::vec2(gap, 6.0))
        .show(ui, |ui| {
            // The headings hold each column's width: a text field in a grid only takes the
            // room its column already has, so the columns would otherwise stay as narrow as
            // their headings.
            for (heading, width) in [("Name", name_width), ("Role or organisation", role_width)] {
                ui.scope(|ui| {
                    ui.set_min_width(width);
                    ui.set_max_width(width);
                    ui.add(egui::Label::new(RichText::new(heading).strong()).truncate());
                });
            }
            ui.label("");
            ui.end_row();
            for (index, member) in assessment.team.iter().enumerate() {
                let who = member_words(index, &member.name);
                widgets::named_field(
                    ui,
                    &format!("Name, member {}", index + 1),
                    &member.name,
                    TextTarget::MemberName(index),
                    "Full name",
                    name_width,
                    cmds,
                );
                widgets::named_field(
                    ui,
                    &format!("Role, member {}", index + 1),
                    &member.role,
                    TextTarget::MemberRole(index),
                    "Role or organisation",
                    role_width,
                    cmds,
                );
                if ui
                    .button("Remove")
                    .on_hover_text("Remove this member (Edit › Undo brings them back)")
                    .accessible_name(format!("Remove {who}"))
                    .clicked()
                {
                    cmds.push(Command::Edit(Edit::RemoveMember { index }));
                }
                ui.end_row();
            }
        });
}

/// A member in words: "member ‘Ann Jones’", or "member 2" before their name is typed.
fn member_words(index: usize, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("member {}", index + 1)
    } else {
        format!("member {} ‘{name}’", index + 1)
    }
}
