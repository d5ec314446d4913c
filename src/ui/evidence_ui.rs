//! The evidence list of a question: add, edit title, link and note, remove, and open a link in
//! the browser. Only http, https and mailto links can be opened; anything else is flagged.

use egui::RichText;

use super::widgets;
use crate::model::{Edit, Evidence, EvidenceField, LinkKind, QuestionId, TextTarget};
use crate::workbook::command::Command;

/// The evidence of one question.
pub fn ui(
    ui: &mut egui::Ui,
    question: &QuestionId,
    evidence: &[Evidence],
    cmds: &mut Vec<Command>,
) {
    ui.label(RichText::new(format!("Evidence ({})", evidence.len())).strong());
    if evidence.is_empty() {
        widgets::weak(ui, "No evidence yet.");
    }
    for (index, item) in evidence.iter().enumerate() {
        widgets::row(
            ui,
            ("evidence", question, index),
            &format!("Evidence {}", index + 1),
            |ui| {
                item_ui(ui, question, index, item, cmds);
            },
        );
    }
    if ui
        .button("Add evidence")
        .on_hover_text("Add a document, data source or link")
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
    cmds: &mut Vec<Command>,
) {
    let target = |field| TextTarget::Evidence(question.clone(), index, field);
    let kind = LinkKind::of(&item.link);
    // Each field on its own line, as wide as the card (titles and links are often long), then
    // the buttons: Tab goes title → link → note → Open link → Remove, so a stray Space in a
    // field's neighbour never removes the evidence.
    for (label, field, hint) in [
        ("Title", EvidenceField::Title, "What it is"),
        ("Link", EvidenceField::Link, "https://…"),
        ("Note", EvidenceField::Note, "What it shows"),
    ] {
        ui.horizontal(|ui| {
            let value = match field {
                EvidenceField::Title => &item.title,
                EvidenceField::Link => &item.link,
                EvidenceField::Note => &item.note,
            };
            widgets::text_field(ui, label, value, target(field), hint, f32::INFINITY, cmds);
        });
        if field == EvidenceField::Link {
            widgets::link_warning(ui, &kind);
        }
    }
    ui.horizontal_wrapped(|ui| {
        let open = ui
            .add_enabled(kind.openable().is_some(), egui::Button::new("Open link"))
            .on_hover_text("Open in your browser")
            .on_disabled_hover_text("Only http, https and mailto links can be opened");
        if open.clicked() {
            cmds.push(Command::OpenLink(item.link.clone()));
        }
        if ui
            .button("Remove")
            .on_hover_text("Remove this evidence (Edit › Undo brings it back)")
            .clicked()
        {
            cmds.push(Command::Edit(Edit::RemoveEvidence {
                question: question.clone(),
                index,
            }));
        }
    });
    if !item.added_by.is_empty() {
        widgets::weak(ui, &format!("Added by {}", item.added_by.join(", ")));
    }
}
