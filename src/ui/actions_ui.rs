//! The actions of a question: description, owner, due date and status; add and remove.

use egui::RichText;

use super::{theme, widgets};
use crate::app::command::Command;
use crate::model::problems::due_date_problem;
use crate::model::{Action, ActionField, ActionStatus, Edit, QuestionId, TextTarget};

/// The actions of one question.
pub fn ui(ui: &mut egui::Ui, question: &QuestionId, actions: &[Action], cmds: &mut Vec<Command>) {
    ui.label(RichText::new(format!("Actions ({})", actions.len())).strong());
    for (index, action) in actions.iter().enumerate() {
        widgets::row(
            ui,
            ("action", question, index),
            &format!("Action {}", index + 1),
            |ui| {
                action_ui(ui, question, index, action, cmds);
            },
        );
    }
    if ui
        .button("Add action")
        .on_hover_text("Add something the group will do")
        .clicked()
    {
        cmds.push(Command::Edit(Edit::AddAction {
            question: question.clone(),
        }));
    }
}

fn action_ui(
    ui: &mut egui::Ui,
    question: &QuestionId,
    index: usize,
    action: &Action,
    cmds: &mut Vec<Command>,
) {
    let target = |field| TextTarget::Action(question.clone(), index, field);
    ui.horizontal(|ui| {
        widgets::text_field(
            ui,
            "Action",
            &action.description,
            target(ActionField::Description),
            "What will be done",
            f32::INFINITY,
            cmds,
        );
    });
    ui.horizontal_wrapped(|ui| {
        widgets::text_field(
            ui,
            "Owner",
            &action.owner,
            target(ActionField::Owner),
            "Who leads it",
            180.0,
            cmds,
        );
        widgets::text_field(
            ui,
            "Due",
            &action.due,
            target(ActionField::Due),
            "YYYY-MM-DD",
            110.0,
            cmds,
        );
        let status_label = ui.label("Status");
        egui::ComboBox::from_id_salt(("status", question, index))
            .selected_text(action.status.label())
            .show_ui(ui, |ui| {
                for status in ActionStatus::ALL {
                    if ui
                        .selectable_label(action.status == status, status.label())
                        .clicked()
                        && status != action.status
                    {
                        cmds.push(Command::Edit(Edit::SetActionStatus {
                            question: question.clone(),
                            index,
                            status,
                        }));
                    }
                }
            })
            .response
            .labelled_by(status_label.id);
        if ui
            .button("Remove")
            .on_hover_text("Remove this action")
            .clicked()
        {
            cmds.push(Command::Edit(Edit::RemoveAction {
                question: question.clone(),
                index,
            }));
        }
    });
    if !action.added_by.is_empty() {
        widgets::weak(ui, &format!("Added by {}", action.added_by.join(", ")));
    }
    if let Some(problem) = due_date_problem(&action.due) {
        ui.label(
            RichText::new(format!(
                "Warning: {problem}; write it as YYYY-MM-DD, for example 2027-03-31"
            ))
            .color(theme::palette(ui).warning),
        );
    }
}
