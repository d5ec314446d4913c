//! Assessment details: institution, title, period, the team, and which framework it answers.

use egui::RichText;

use super::widgets;
use crate::model::{Assessment, Edit, Framework, TextTarget};
use crate::tr;
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
    widgets::page_title(ui, &tr!("form-details-title"));
    ui.add_space(6.0);
    // Labels in one column, fields beside them, at every width.
    let form_width = (LABEL_WIDTH + 8.0 + FIELD_WIDTH).min(ui.available_width());
    ui.scope(|ui| {
        ui.set_max_width(form_width);
        widgets::form_grid(ui, "details form", LABEL_WIDTH, |ui| {
            for (label, value, target, hint) in [
                (
                    tr!("form-details-institution"),
                    &assessment.institution,
                    TextTarget::Institution,
                    tr!("form-details-institution-hint"),
                ),
                (
                    tr!("form-details-assessment-title"),
                    &assessment.title,
                    TextTarget::Title,
                    tr!("form-details-assessment-title-hint"),
                ),
                (
                    tr!("form-details-period"),
                    &assessment.period,
                    TextTarget::Period,
                    tr!("form-details-period-hint"),
                ),
            ] {
                widgets::grid_field(ui, &label, &label, value, target, &hint, cmds);
            }
        });
        // Its own row, not the grid's: a long label would widen the grid's label column and
        // push the fields past the window's edge.
        answers_language_ui(ui, &assessment.language, cmds);
    });
    ui.add_space(12.0);
    widgets::heading(
        ui,
        &tr!("form-details-working-group", count = assessment.team.len()),
    );
    if assessment.team.is_empty() {
        widgets::weak(ui, &tr!("form-details-working-group-empty"));
    }
    team_ui(ui, assessment, cmds);
    if ui.button(tr!("form-details-add-member")).clicked() {
        cmds.push(Command::Edit(Edit::AddMember));
    }
    ui.add_space(16.0);
    widgets::heading(ui, &tr!("form-details-framework"));
    ui.label(tr!(
        "form-details-framework-line",
        title = framework.title(),
        version = framework.version(),
        attribution = framework.attribution().name.as_str()
    ));
    widgets::weak(ui, framework.wording_note());
    if assessment.framework.version != framework.version() {
        ui.label(RichText::new(tr!(
            "form-details-other-version",
            version = assessment.framework.version.as_str()
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
    // Remove as wide as its words are in this language (a translation may be 40 % longer).
    let remove_width = {
        let words = ui.painter().layout_no_wrap(
            tr!("form-team-remove"),
            egui::TextStyle::Button.resolve(ui.style()),
            egui::Color32::PLACEHOLDER,
        );
        (words.size().x + 2.0 * ui.spacing().button_padding.x).max(70.0)
    };
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
            for (heading, width) in [
                (tr!("form-team-name"), name_width),
                (tr!("form-team-role"), role_width),
            ] {
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
                    &tr!("form-team-name-field", position = index + 1),
                    &member.name,
                    TextTarget::MemberName(index),
                    &tr!("form-team-name-hint"),
                    name_width,
                    cmds,
                );
                widgets::named_field(
                    ui,
                    &tr!("form-team-role-field", position = index + 1),
                    &member.role,
                    TextTarget::MemberRole(index),
                    &tr!("form-team-role-hint"),
                    role_width,
                    cmds,
                );
                if ui
                    .button(tr!("form-team-remove"))
                    .on_hover_text(tr!("form-team-remove-hint"))
                    .accessible_name(who)
                    .clicked()
                {
                    cmds.push(Command::Edit(Edit::RemoveMember { index }));
                }
                ui.end_row();
            }
        });
}

/// A member's Remove button, for screen readers: "Remove member 1 ‘Ann Jones’", or "Remove
/// member 2" before their name is typed.
fn member_words(index: usize, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        tr!("form-team-remove-member", position = index + 1)
    } else {
        tr!(
            "form-team-remove-named-member",
            position = index + 1,
            name = name
        )
    }
}

/// The language the answers are written in: the report marks them as in it, so a screen reader
/// reads them in the right voice. A tag the workbook does not speak stays as it is until
/// another is chosen.
fn answers_language_ui(ui: &mut egui::Ui, language: &str, cmds: &mut Vec<Command>) {
    let label = tr!("form-details-language");
    ui.horizontal_wrapped(|ui| {
        ui.label(&label);
        let current = crate::i18n::Lang::from_tag(language);
        for lang in crate::i18n::Lang::SPOKEN {
            let name = super::menu_bar::language_name(lang);
            if ui
                .radio(current == Some(lang), name)
                .on_hover_text(tr!("form-details-language-hint"))
                .clicked()
                && current != Some(lang)
            {
                cmds.push(Command::Edit(Edit::SetText {
                    target: TextTarget::Language,
                    text: lang.tag().to_owned(),
                }));
            }
        }
    });
}
