//! The evidence list of a question: add, edit title, link and note, remove, and open a link in
//! the browser. Only http, https and mailto links can be opened; anything else is flagged.

use egui::RichText;

use super::widgets::{self, ItemName};
use crate::model::{Edit, Evidence, EvidenceField, LinkKind, QuestionId, TextTarget};
use crate::tr;
use crate::workbook::command::Command;

/// The width of the label column of an evidence form ("Title", "Link", "Note").
const LABEL_WIDTH: f32 = 44.0;

/// The evidence of one question; `number` is the question's number ("1.1"), which every
/// control's accessible name carries.
pub fn ui(
    ui: &mut egui::Ui,
    (question, number): (&QuestionId, &str),
    evidence: &[Evidence],
    cmds: &mut Vec<Command>,
) {
    ui.label(RichText::new(tr!("app-evidence-heading", count = evidence.len())).strong());
    if evidence.is_empty() {
        widgets::weak(ui, &tr!("app-evidence-none"));
    }
    let list = ("evidence", question);
    for (index, item) in evidence.iter().enumerate() {
        widgets::held_place_ui(ui, list, index, evidence.len());
        let name = ItemName {
            kind: "evidence",
            position: index + 1,
            title: &item.title,
            title_shared: evidence
                .iter()
                .filter(|other| other.title.trim() == item.title.trim())
                .count()
                > 1,
            question: number,
        };
        widgets::row(
            ui,
            ("evidence", question, index),
            &tr!("app-evidence-row", position = index + 1),
            |ui| {
                item_ui(ui, question, index, item, &name, cmds);
            },
        );
        if cmds.iter().any(|c| {
            matches!(c, Command::Edit(Edit::RemoveEvidence { question: q, index: i }) if q == question && *i == index)
        }) {
            let height = widgets::row_height(ui, ("evidence", question, index)).unwrap_or(0.0);
            widgets::hold_place(
                ui,
                list,
                index,
                evidence.len().saturating_sub(1),
                height + ui.spacing().item_spacing.y,
                name.removed(),
            );
        }
    }
    widgets::held_place_ui(ui, list, evidence.len(), evidence.len());
    if ui
        .button(tr!("app-evidence-add"))
        .on_hover_text(tr!("app-evidence-add-hover"))
        .clicked()
    {
        cmds.push(Command::Edit(Edit::AddEvidence {
            question: question.clone(),
            id: crate::workbook::new_item_id(crate::model::ItemKind::Evidence),
        }));
    }
}

fn item_ui(
    ui: &mut egui::Ui,
    question: &QuestionId,
    index: usize,
    item: &Evidence,
    name: &ItemName<'_>,
    cmds: &mut Vec<Command>,
) {
    let target = |field| TextTarget::Evidence(question.clone(), index, field);
    let kind = LinkKind::of(&item.link);
    // Labels in one column, fields as wide as the card beside them (titles and links are often
    // long), then the buttons: Tab goes title → link → note → Open link → Remove, so a stray
    // Space in a field's neighbour never removes the evidence.
    widgets::form_grid(ui, ("evidence form", question, index), LABEL_WIDTH, |ui| {
        for (label, field, hint) in [
            (
                tr!("app-evidence-title"),
                EvidenceField::Title,
                tr!("app-evidence-title-hint"),
            ),
            (
                tr!("app-evidence-link"),
                EvidenceField::Link,
                tr!("app-evidence-link-hint"),
            ),
            (
                tr!("app-evidence-note"),
                EvidenceField::Note,
                tr!("app-evidence-note-hint"),
            ),
        ] {
            let value = match field {
                EvidenceField::Title => &item.title,
                EvidenceField::Link => &item.link,
                EvidenceField::Note => &item.note,
            };
            widgets::grid_field(
                ui,
                &label,
                &name.field(&label),
                value,
                target(field),
                &hint,
                cmds,
            );
            if field == EvidenceField::Link && kind.problem().is_some() {
                ui.label("");
                widgets::link_warning(ui, &kind);
                ui.end_row();
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let open_link = tr!("app-evidence-open");
        let open = ui
            .add_enabled(
                kind.openable().is_some(),
                egui::Button::new(open_link.as_str()),
            )
            .on_hover_text(tr!("app-evidence-open-hover"))
            .on_disabled_hover_text(tr!("app-evidence-open-disabled"))
            .accessible_name(name.control(&open_link));
        if open.clicked() {
            cmds.push(Command::OpenLink(item.link.clone()));
        }
        let remove = ui
            .button(tr!("app-evidence-remove"))
            .on_hover_text(tr!("app-evidence-remove-hover"))
            .accessible_name(name.remove());
        if remove.clicked() {
            cmds.push(Command::Edit(Edit::RemoveEvidence {
                question: question.clone(),
                index,
            }));
        }
    });
    if !item.added_by.is_empty() {
        widgets::weak(
            ui,
            &tr!(
                "app-evidence-added-by",
                names = crate::i18n::join_and(&item.added_by)
            ),
        );
    }
}
