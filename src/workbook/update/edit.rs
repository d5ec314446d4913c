//! Editing, undo and redo, moving between pages, and presenter mode.

use super::{Core, FLASH_SECS};
use crate::model::{Edit, QuestionId};
use crate::workbook::command::{Command, Page};
use crate::workbook::effect::{Effect, Focus};
use crate::workbook::history::Change;
use crate::workbook::notice::Notice;
use crate::workbook::state::{Level, Topic};

impl Core<'_> {
    pub(super) fn edit(&mut self, edit: Edit) {
        let now = self.now.secs;
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        if let Edit::SetText { target, text } = &edit
            && doc.assessment.text(target) == Some(text.as_str())
        {
            return;
        }
        let change = Change::of(&edit, &doc.assessment);
        let focus_next = first_field_of_new_item(&doc.assessment, &edit);
        // Typing into the same field extends the last undo step: no copy of the assessment is
        // taken per keystroke.
        let before =
            (!doc.history.merges(change.edit.text_target(), now)).then(|| doc.assessment.clone());
        match doc.assessment.apply(edit) {
            Ok(()) if before.as_ref() == Some(&doc.assessment) => {}
            Ok(()) => {
                doc.history.record(before, &change, now);
                doc.rescore(&self.state.framework);
                self.state.last_edit_secs = Some(now);
                // A new piece of evidence, action or member: typing goes straight into it.
                if let Some(field) = focus_next {
                    self.effects.push(Effect::Focus(Focus::Field(field)));
                }
                self.offer_undo(&change);
            }
            Err(err) => self.notify(Topic::Edit, Level::Warning, Notice::NotEdited(err)),
        }
    }

    /// After a removal, "Removed … — Undo"; any other edit takes that offer away, as its Undo
    /// would now undo something else.
    fn offer_undo(&mut self, change: &Change) {
        self.settle(Topic::Edit, Some(Level::Info));
        if matches!(
            change.edit,
            Edit::RemoveEvidence { .. } | Edit::RemoveAction { .. } | Edit::RemoveMember { .. }
        ) {
            // "Removed evidence ‘Civic strategy 2030’ from 1.1 — Undo".
            self.offer(
                Topic::Edit,
                Level::Info,
                Notice::Removed(Box::new(change.clone())),
                vec![Command::Undo],
            );
        }
    }

    /// Shows where an undone or redone change is: its page, scrolled to its question, the
    /// keyboard in its field (or on the item brought back), the question briefly ringed and
    /// made the one keys 1–6 rate, and a message saying what was undone.
    fn show_change(&mut self, change: &Change, undo: bool) {
        match change.edit.question().cloned() {
            Some(question) => {
                self.state.flash = Some((question.clone(), self.now.secs + FLASH_SECS));
                self.state.current_question = Some(question.clone());
                self.effects.push(Effect::RepaintAfter(FLASH_SECS));
                if self.state.presenting.is_some() {
                    self.state.presenting = Some(question);
                } else {
                    self.show_question(question);
                }
            }
            // Changes from another copy are all over: the page stays.
            None if matches!(change.edit, Edit::Replace(_)) => {}
            None => self.state.page = Page::Details,
        }
        let field = change
            .edit
            .text_target()
            .cloned()
            .or_else(|| self.item_back(&change.edit, undo));
        if let Some(target) = field {
            self.effects.push(Effect::Focus(Focus::Field(target)));
        }
        let notice = Notice::Undone {
            change: Box::new(change.clone()),
            undo,
        };
        self.notify(Topic::Edit, Level::Info, notice);
    }

    /// The first field of the item an undo or redo brought back (a removal undone, an addition
    /// redone), to put the keyboard there; `None` when the change removed it.
    fn item_back(&self, edit: &Edit, undo: bool) -> Option<crate::model::TextTarget> {
        use crate::model::{ActionField, EvidenceField, TextTarget};
        let doc = self.state.doc.as_ref()?;
        let last = |question: &QuestionId, actions: bool| {
            let response = doc.assessment.response(question)?;
            let count = if actions {
                response.actions.len()
            } else {
                response.evidence.len()
            };
            count.checked_sub(1)
        };
        match (edit, undo) {
            (Edit::RemoveEvidence { question, index }, true) => Some(TextTarget::Evidence(
                question.clone(),
                *index,
                EvidenceField::Title,
            )),
            (Edit::RemoveAction { question, index }, true) => Some(TextTarget::Action(
                question.clone(),
                *index,
                ActionField::Description,
            )),
            (Edit::AddEvidence { question, .. }, false) => Some(TextTarget::Evidence(
                question.clone(),
                last(question, false)?,
                EvidenceField::Title,
            )),
            (Edit::AddAction { question, .. }, false) => Some(TextTarget::Action(
                question.clone(),
                last(question, true)?,
                ActionField::Description,
            )),
            (Edit::RemoveMember { index }, true) => Some(TextTarget::MemberName(*index)),
            _ => None,
        }
    }

    /// Makes `question` the one keys 1–6 and 0 rate (a click or the keyboard in it).
    pub(super) fn set_current_question(&mut self, question: Option<QuestionId>) {
        self.state.current_question = question;
    }

    pub(super) fn undo_redo(&mut self, undo: bool) {
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        let change = if undo {
            doc.history.next_undo()
        } else {
            doc.history.next_redo()
        }
        .cloned();
        let changed = if undo {
            doc.history.undo(&mut doc.assessment)
        } else {
            doc.history.redo(&mut doc.assessment)
        };
        if !changed {
            return;
        }
        doc.rescore(&self.state.framework);
        let dirty = doc.is_dirty();
        // "Removed — Undo" is settled either way.
        self.settle(Topic::Edit, Some(Level::Info));
        if let Some(change) = &change {
            self.show_change(change, undo);
        }
        if dirty {
            // The undone state is autosaved like any edit.
            self.state.last_edit_secs = Some(self.now.secs);
        } else {
            // Back at the saved file: nothing left to recover.
            self.discard_recovery();
        }
    }

    pub(super) fn step_domain(&mut self, forward: bool) {
        let count = self.state.framework.domains().len();
        if self.state.doc.is_none() || count == 0 {
            return;
        }
        // Summary and details sit before the first domain.
        self.state.page = match (self.state.page, forward) {
            (Page::Domain(i), true) => Page::Domain((i + 1).min(count - 1)),
            (Page::Domain(0), false) | (Page::Summary, true) => Page::Details,
            (Page::Domain(i), false) => Page::Domain(i - 1),
            (Page::Details, true) => Page::Domain(0),
            (Page::Details | Page::Summary, false) => Page::Summary,
        };
    }

    /// Starts presenting, full screen, at the first question of the domain on screen (1.1
    /// from the summary or the details).
    pub(super) fn present(&mut self) {
        if self.state.doc.is_none() || self.state.presenting.is_some() {
            return;
        }
        let framework = &self.state.framework;
        let domain = match self.state.page {
            Page::Domain(index) => framework.domains().get(index),
            Page::Summary | Page::Details => framework.domains().first(),
        };
        let Some(first) = domain.and_then(|d| d.questions.first()) else {
            return;
        };
        self.state.presenting = Some(first.id.clone());
        // The keyboard leaves whatever field it was in: in presenter mode keys rate and move.
        self.effects.push(Effect::Focus(Focus::Release));
        self.effects.push(Effect::Fullscreen(true));
    }

    /// Moves `step` questions on (negative: back), across domains, stopping at the ends.
    pub(super) fn present_step(&mut self, step: isize) {
        let Some(current) = &self.state.presenting else {
            return;
        };
        let ids: Vec<&QuestionId> = self
            .state
            .framework
            .questions()
            .map(|(_, q)| &q.id)
            .collect();
        let Some(position) = ids.iter().position(|id| *id == current) else {
            return;
        };
        let next = position
            .saturating_add_signed(step)
            .min(ids.len().saturating_sub(1));
        if let Some(id) = ids.get(next) {
            self.state.presenting = Some((*id).clone());
        }
    }

    /// Leaves presenter mode on the page of the question shown, scrolled to it.
    pub(super) fn stop_presenting(&mut self) {
        let Some(question) = self.state.presenting.take() else {
            return;
        };
        self.effects.push(Effect::Fullscreen(false));
        self.show_question(question);
    }
}

/// The first text field of the item an edit adds, if it adds one.
fn first_field_of_new_item(
    assessment: &crate::model::Assessment,
    edit: &Edit,
) -> Option<crate::model::TextTarget> {
    use crate::model::{ActionField, EvidenceField, TextTarget};
    let count = |question: &QuestionId, actions: bool| {
        assessment.response(question).map_or(0, |r| {
            if actions {
                r.actions.len()
            } else {
                r.evidence.len()
            }
        })
    };
    match edit {
        Edit::AddEvidence { question, .. } => Some(TextTarget::Evidence(
            question.clone(),
            count(question, false),
            EvidenceField::Title,
        )),
        Edit::AddAction { question, .. } => Some(TextTarget::Action(
            question.clone(),
            count(question, true),
            ActionField::Description,
        )),
        Edit::AddMember => Some(TextTarget::MemberName(assessment.team.len())),
        _ => None,
    }
}
