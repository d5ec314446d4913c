//! The actions of a question: description, owner, due date and status; add and remove.

use egui::RichText;

use super::{theme, widgets};
use crate::workbook::command::Command;
use time::Date;

use crate::model::dates::{iso, read_date, short};
use crate::model::problems::due_date_problem;
use crate::model::{Action, ActionField, ActionStatus, Edit, QuestionId, TextTarget};

/// The actions of one question.
pub fn ui(
    ui: &mut egui::Ui,
    question: &QuestionId,
    actions: &[Action],
    today: Date,
    cmds: &mut Vec<Command>,
) {
    ui.label(RichText::new(format!("Actions ({})", actions.len())).strong());
    for (index, action) in actions.iter().enumerate() {
        widgets::row(
            ui,
            ("action", question, index),
            &format!("Action {}", index + 1),
            |ui| {
                action_ui(ui, (question, index), action, today, cmds);
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
            id: crate::workbook::new_item_id(crate::model::ItemKind::Action),
        }));
    }
}

fn action_ui(
    ui: &mut egui::Ui,
    (question, index): (&QuestionId, usize),
    action: &Action,
    today: Date,
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
        due_ui(ui, target(ActionField::Due), &action.due, today, cmds);
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
    // While the date is being typed it is not judged yet.
    let typing = ui.memory(|m| m.has_focus(widgets::field_id(&target(ActionField::Due))));
    if let Some(problem) = due_date_problem(&action.due).filter(|_| !typing) {
        ui.label(RichText::new(format!("Warning: {problem}")).color(theme::palette(ui).warning));
    }
}

/// The due date: typed in any of the forms people write (31/03/2027, 31 March 2027,
/// 2027-03-31) and stored as 2027-03-31 once the field is left; shown as 31 Mar 2027 while not
/// being edited; or picked from a calendar.
fn due_ui(ui: &mut egui::Ui, target: TextTarget, due: &str, today: Date, cmds: &mut Vec<Command>) {
    let label = ui.label("Due");
    let id = widgets::field_id(&target);
    let editing = ui.memory(|m| m.has_focus(id));
    let date = read_date(due);
    let mut text = match date {
        Some(date) if !editing => short(date),
        _ => due.to_owned(),
    };
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(id)
                .hint_text("31/03/2027")
                .desired_width(120.0),
        )
        .labelled_by(label.id);
    if response.gained_focus() {
        // Editing starts from what is stored, the caret at its end.
        widgets::cursor_to_end(ui.ctx(), id, due);
    }
    if response.changed() && editing {
        cmds.push(Command::Edit(Edit::SetText {
            target: target.clone(),
            text: text.clone(),
        }));
    }
    if response.lost_focus()
        && let Some(date) = read_date(&text)
        && iso(date) != due
    {
        cmds.push(Command::Edit(Edit::SetText {
            target: target.clone(),
            text: iso(date),
        }));
    }
    let shown = date.unwrap_or(today);
    let mut picked = jiff::civil::Date::new(
        i16::try_from(shown.year()).unwrap_or(2027),
        i8::try_from(u8::from(shown.month())).unwrap_or(1),
        i8::try_from(shown.day()).unwrap_or(1),
    )
    .unwrap_or_default();
    let before = picked;
    let id_salt = format!("due {id:?}");
    ui.add(
        egui_extras::DatePickerButton::new(&mut picked)
            .id_salt(&id_salt)
            .format("Calendar…")
            .show_icon(false)
            .calendar_week(false)
            // Its year, month and day lists have no accessible names; the arrows and the
            // calendar do.
            .combo_boxes(false),
    )
    .on_hover_text("Pick the due date from a calendar");
    if picked != before
        && let Ok(month) = time::Month::try_from(u8::try_from(picked.month()).unwrap_or(0))
        && let Ok(date) = Date::from_calendar_date(
            i32::from(picked.year()),
            month,
            u8::try_from(picked.day()).unwrap_or(0),
        )
    {
        cmds.push(Command::Edit(Edit::SetText {
            target,
            text: iso(date),
        }));
    }
}
