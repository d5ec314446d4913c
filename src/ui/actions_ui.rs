//! The actions of a question: description, owner, due date and status; add and remove.

use egui::RichText;

use super::widgets::{self, ItemName};
use super::{date_picker, theme};
use crate::i18n::{self, DateStyle};
use crate::tr;
use crate::workbook::command::Command;
use time::Date;

use crate::model::dates::{for_editing, iso, read_date};
use crate::model::problems::due_date_problem;
use crate::model::{Action, ActionField, ActionStatus, Edit, QuestionId, TextTarget};

/// The width of the label column of an action's form ("Action", "Owner", "Due", "Status").
const LABEL_WIDTH: f32 = 52.0;

/// The actions of one question; `number` is the question's number ("1.1"), which every
/// control's accessible name carries.
pub fn ui(
    ui: &mut egui::Ui,
    (question, number): (&QuestionId, &str),
    actions: &[Action],
    today: Date,
    cmds: &mut Vec<Command>,
) {
    ui.label(RichText::new(tr!("form-actions-heading", count = actions.len())).strong());
    let list = ("action", question);
    for (index, action) in actions.iter().enumerate() {
        widgets::held_place_ui(ui, list, index, actions.len());
        let name = ItemName {
            kind: "action",
            position: index + 1,
            title: &action.description,
            title_shared: actions
                .iter()
                .filter(|other| other.description.trim() == action.description.trim())
                .count()
                > 1,
            question: number,
        };
        widgets::row(
            ui,
            ("action", question, index),
            &tr!("form-action-row", position = index + 1),
            |ui| {
                action_ui(ui, (question, index), action, &name, today, cmds);
            },
        );
        if cmds.iter().any(|c| {
            matches!(c, Command::Edit(Edit::RemoveAction { question: q, index: i }) if q == question && *i == index)
        }) {
            let height = widgets::row_height(ui, ("action", question, index)).unwrap_or(0.0);
            widgets::hold_place(
                ui,
                list,
                index,
                actions.len().saturating_sub(1),
                height + ui.spacing().item_spacing.y,
                name.removed(),
            );
        }
    }
    widgets::held_place_ui(ui, list, actions.len(), actions.len());
    if ui
        .button(tr!("form-actions-add"))
        .on_hover_text(tr!("form-actions-add-hint"))
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
    name: &ItemName<'_>,
    today: Date,
    cmds: &mut Vec<Command>,
) {
    let target = |field| TextTarget::Action(question.clone(), index, field);
    // Labels in one column and fields beside them, at every width: nothing wraps into the next
    // row.
    widgets::form_grid(ui, ("action form", question, index), LABEL_WIDTH, |ui| {
        widgets::grid_field(
            ui,
            &tr!("form-action-description"),
            &name.field(&tr!("form-action-description-field")),
            &action.description,
            target(ActionField::Description),
            &tr!("form-action-description-hint"),
            cmds,
        );
        let owner = tr!("form-action-owner");
        widgets::grid_field(
            ui,
            &owner,
            &name.field(&owner),
            &action.owner,
            target(ActionField::Owner),
            &tr!("form-action-owner-hint"),
            cmds,
        );
        ui.label(tr!("form-action-due"));
        // The calendar's button goes under the field when the row is too narrow (200 %).
        ui.horizontal_wrapped(|ui| {
            due_ui(ui, target(ActionField::Due), &action.due, name, today, cmds);
        });
        ui.end_row();
        ui.label(tr!("form-action-status"));
        status_ui(ui, (question, index), action.status, name, cmds);
        ui.end_row();
    });
    let remove = ui
        .button(tr!("form-action-remove"))
        .on_hover_text(tr!("form-action-remove-hint"))
        .accessible_name(name.remove());
    if remove.clicked() {
        cmds.push(Command::Edit(Edit::RemoveAction {
            question: question.clone(),
            index,
        }));
    }
    if !action.added_by.is_empty() {
        widgets::weak(
            ui,
            &tr!(
                "form-action-added-by",
                names = i18n::join_and(&action.added_by)
            ),
        );
    }
    // While the date is being typed it is not judged yet.
    let typing = ui.memory(|m| m.has_focus(widgets::field_id(&target(ActionField::Due))));
    if let Some(problem) = due_date_problem(&action.due).filter(|_| !typing) {
        ui.label(
            RichText::new(tr!("form-message-warning", text = problem))
                .color(theme::palette(ui).warning),
        );
    }
}

/// The Status list: named with its action and question, reporting its value, and closed by the
/// choice made with Enter as with a click, the keyboard staying on it (Esc too).
fn status_ui(
    ui: &mut egui::Ui,
    (question, index): (&QuestionId, usize),
    status: ActionStatus,
    name: &ItemName<'_>,
    cmds: &mut Vec<Command>,
) {
    let salt = ("status", question, index);
    let memory = egui::Id::unique(("status list", question, index));
    // Whether the list was open in the last frame (egui keeps that under the list's own id).
    let was_open = ui.data(|d| d.get_temp::<bool>(memory)).unwrap_or(false);
    let escaped = was_open && ui.input(|i| i.key_pressed(egui::Key::Escape));
    let mut picked = false;
    let inner = egui::ComboBox::from_id_salt(salt)
        .selected_text(status.label())
        .show_ui(ui, |ui| {
            for choice in ActionStatus::ALL {
                if ui
                    .selectable_label(status == choice, choice.label())
                    .clicked()
                {
                    picked = true;
                    ui.close();
                    if choice != status {
                        cmds.push(Command::Edit(Edit::SetActionStatus {
                            question: question.clone(),
                            index,
                            status: choice,
                        }));
                    }
                }
            }
        });
    let is_open = inner.inner.is_some() && !picked;
    ui.data_mut(|d| d.insert_temp(memory, is_open));
    let response = inner
        .response
        .accessible_name(name.control(&tr!("form-action-status")));
    // The keyboard goes back to the list's button once the list has closed (the frame after).
    let refocus = memory.with("refocus");
    let frame = ui.ctx().cumulative_pass_nr();
    if picked || escaped {
        ui.data_mut(|d| d.insert_temp(refocus, frame));
    } else if let Some(asked) = ui.data(|d| d.get_temp::<u64>(refocus)) {
        if asked < frame {
            response.request_focus();
        }
        if asked + 2 < frame {
            ui.data_mut(|d| d.remove::<u64>(refocus));
        }
    }
}

/// The due date: typed in any of the forms people write (31/03/2027, 1/4/27, 31 March 2027,
/// 2027-03-31) and stored as 2027-03-31 once the field is left; shown as 31 Mar 2027 while not
/// being edited and as typed (or 31/03/2027) while being edited; or picked from a calendar.
fn due_ui(
    ui: &mut egui::Ui,
    target: TextTarget,
    due: &str,
    name: &ItemName<'_>,
    today: Date,
    cmds: &mut Vec<Command>,
) {
    let id = widgets::field_id(&target);
    let editing = ui.memory(|m| m.has_focus(id));
    let date = read_date(due);
    let mut text = match date {
        Some(date) if !editing => i18n::date(date, DateStyle::Short),
        _ => for_editing(due),
    };
    if editing {
        widgets::apply_queued_clipboard(ui.ctx(), id);
    }
    let before = text.clone();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(id)
                .hint_text(tr!("form-action-due-hint"))
                .desired_width(120.0),
        )
        .accessible_name(name.field(&tr!("form-action-due")));
    widgets::keep_selection(&response, editing);
    widgets::edit_menu_for_field(&response, cmds);
    if response.gained_focus() {
        // Editing starts from what is stored (day first), the caret at its end.
        widgets::cursor_to_end(ui.ctx(), id, &for_editing(due));
    }
    if response.changed() && editing && text != before {
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
    if let Some(picked) =
        date_picker::ui(ui, &name.control(&tr!("form-action-calendar")), date, today)
        && Some(picked) != date
    {
        cmds.push(Command::Edit(Edit::SetText {
            target,
            text: iso(picked),
        }));
    }
}
