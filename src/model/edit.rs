//! Edits: every change a person can make to an assessment, as data. The app records them for
//! undo and applies them here; nothing else mutates an assessment.

use super::{
    Action, ActionStatus, Assessment, Evidence, ItemId, Phase, QuestionId, Response, TeamMember,
};
use crate::tr;

/// Which free-text field of an assessment an edit writes. Consecutive edits to the same target
/// merge into one undo step.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TextTarget {
    /// The institution assessed.
    Institution,
    /// The assessment's title.
    Title,
    /// The period covered.
    Period,
    /// The language the answers are written in (a language tag: "cy", "en-GB").
    Language,
    /// A team member's name.
    MemberName(usize),
    /// A team member's role.
    MemberRole(usize),
    /// A response's narrative.
    Narrative(QuestionId),
    /// A response's ambition ("what if?").
    Ambition(QuestionId),
    /// Why the group agreed its phase (group assessments).
    Rationale(QuestionId),
    /// One field of one piece of evidence.
    Evidence(QuestionId, usize, EvidenceField),
    /// One text field of one action.
    Action(QuestionId, usize, ActionField),
}

/// A text field of a piece of evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvidenceField {
    /// Its title.
    Title,
    /// Its link.
    Link,
    /// Its note.
    Note,
}

/// A text field of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionField {
    /// What will be done.
    Description,
    /// Who leads it.
    Owner,
    /// When it is due (`YYYY-MM-DD`).
    Due,
}

/// One change to an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Replace the text of a field.
    SetText {
        /// The field.
        target: TextTarget,
        /// Its new text.
        text: String,
    },
    /// Rate a question, or clear its rating.
    SetPhase {
        /// The question.
        question: QuestionId,
        /// The phase, or `None` for not yet rated.
        phase: Option<Phase>,
    },
    /// Add an empty team member at the end.
    AddMember,
    /// Remove a team member.
    RemoveMember {
        /// Its position.
        index: usize,
    },
    /// Add an empty piece of evidence to a question.
    AddEvidence {
        /// The question.
        question: QuestionId,
        /// The new item's id, drawn by the caller (see [`ItemId::from_random`]).
        id: ItemId,
    },
    /// Remove a piece of evidence.
    RemoveEvidence {
        /// The question.
        question: QuestionId,
        /// Its position.
        index: usize,
    },
    /// Add an empty action to a question.
    AddAction {
        /// The question.
        question: QuestionId,
        /// The new item's id, drawn by the caller (see [`ItemId::from_random`]).
        id: ItemId,
    },
    /// Change where an action stands.
    SetActionStatus {
        /// The question.
        question: QuestionId,
        /// The action's position.
        index: usize,
        /// Its new status.
        status: ActionStatus,
    },
    /// Remove an action.
    RemoveAction {
        /// The question.
        question: QuestionId,
        /// Its position.
        index: usize,
    },
    /// Put this assessment in place of the whole one: changes merged from another copy, or the
    /// file reloaded, as one step to undo.
    Replace(Box<Assessment>),
}

/// An edit that does not fit the assessment (a stale index, say). Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The question has no response to edit.
    NoResponse(QuestionId),
    /// The list has no item at this place.
    NoItem {
        /// Which list.
        item: EditItem,
        /// The place asked for, from 0.
        index: usize,
    },
}

/// A list an edit reaches into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditItem {
    /// The team.
    TeamMember,
    /// A response's evidence.
    Evidence,
    /// A response's actions.
    Action,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let item = match self {
            Self::NoResponse(question) => {
                tr!("problem-edit-item-response", question = question.as_str())
            }
            Self::NoItem { item, index } => {
                let number = index + 1;
                match item {
                    EditItem::TeamMember => tr!("problem-edit-item-team-member", number = number),
                    EditItem::Evidence => tr!("problem-edit-item-evidence", number = number),
                    EditItem::Action => tr!("problem-edit-item-action", number = number),
                }
            }
        };
        f.write_str(&tr!("problem-edit-gone", item = item))
    }
}

impl std::error::Error for EditError {}

impl TextTarget {
    /// The question whose field this is, if it belongs to one.
    pub fn question(&self) -> Option<&QuestionId> {
        match self {
            Self::Narrative(q)
            | Self::Ambition(q)
            | Self::Rationale(q)
            | Self::Evidence(q, ..)
            | Self::Action(q, ..) => Some(q),
            Self::Institution
            | Self::Title
            | Self::Period
            | Self::Language
            | Self::MemberName(_)
            | Self::MemberRole(_) => None,
        }
    }
}

impl Edit {
    /// The question this edit changes, if it belongs to one (not the details or the team).
    pub fn question(&self) -> Option<&QuestionId> {
        match self {
            Self::SetText { target, .. } => target.question(),
            Self::SetPhase { question, .. }
            | Self::AddEvidence { question, .. }
            | Self::RemoveEvidence { question, .. }
            | Self::AddAction { question, .. }
            | Self::SetActionStatus { question, .. }
            | Self::RemoveAction { question, .. } => Some(question),
            Self::AddMember | Self::RemoveMember { .. } | Self::Replace(_) => None,
        }
    }

    /// The text field this edit writes, for merging consecutive typing into one undo step.
    pub fn text_target(&self) -> Option<&TextTarget> {
        match self {
            Self::SetText { target, .. } => Some(target),
            _ => None,
        }
    }
}

impl Assessment {
    /// Applies an edit. On error the assessment is unchanged.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let question = edit.question().cloned();
        let result = self.apply_inner(edit);
        // An emptied response leaves no trace in the file.
        if let Some(question) = question
            && self
                .responses
                .get(&question)
                .is_some_and(Response::is_empty)
        {
            self.responses.remove(&question);
        }
        result
    }

    fn apply_inner(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::SetText { target, text } => {
                *self.text_slot(&target)? = text;
            }
            Edit::SetPhase { question, phase } => {
                self.responses.entry(question).or_default().phase = phase;
            }
            Edit::AddMember => self.team.push(TeamMember::default()),
            Edit::RemoveMember { index } => {
                remove_at(&mut self.team, index, EditItem::TeamMember)?;
            }
            Edit::AddEvidence { question, id } => {
                let response = self.responses.entry(question.clone()).or_default();
                response.evidence.push(Evidence {
                    id,
                    ..Evidence::default()
                });
                // An id the question already holds (or none) is replaced by one of its own.
                response.assign_missing_ids(&question);
            }
            Edit::RemoveEvidence { question, index } => {
                let response = self.existing_response(&question)?;
                remove_at(&mut response.evidence, index, EditItem::Evidence)?;
            }
            Edit::AddAction { question, id } => {
                let response = self.responses.entry(question.clone()).or_default();
                response.actions.push(Action {
                    id,
                    ..Action::default()
                });
                response.assign_missing_ids(&question);
            }
            Edit::SetActionStatus {
                question,
                index,
                status,
            } => {
                let response = self.existing_response(&question)?;
                item(&mut response.actions, index, EditItem::Action)?.status = status;
            }
            Edit::RemoveAction { question, index } => {
                let response = self.existing_response(&question)?;
                remove_at(&mut response.actions, index, EditItem::Action)?;
            }
            Edit::Replace(assessment) => *self = *assessment,
        }
        Ok(())
    }

    /// The current text of a field, if it exists.
    pub fn text(&self, target: &TextTarget) -> Option<&str> {
        let response = |q: &QuestionId| self.responses.get(q);
        let text = match target {
            TextTarget::Institution => &self.institution,
            TextTarget::Title => &self.title,
            TextTarget::Period => &self.period,
            TextTarget::Language => &self.language,
            TextTarget::MemberName(index) => &self.team.get(*index)?.name,
            TextTarget::MemberRole(index) => &self.team.get(*index)?.role,
            // A question without a response has empty text.
            TextTarget::Narrative(q) => response(q).map_or("", |r| r.narrative.as_str()),
            TextTarget::Ambition(q) => response(q).map_or("", |r| r.ambition.as_str()),
            TextTarget::Rationale(q) => response(q).map_or("", |r| r.rationale.as_str()),
            TextTarget::Evidence(q, index, field) => {
                let evidence = response(q)?.evidence.get(*index)?;
                match field {
                    EvidenceField::Title => &evidence.title,
                    EvidenceField::Link => &evidence.link,
                    EvidenceField::Note => &evidence.note,
                }
            }
            TextTarget::Action(q, index, field) => {
                let action = response(q)?.actions.get(*index)?;
                match field {
                    ActionField::Description => &action.description,
                    ActionField::Owner => &action.owner,
                    ActionField::Due => &action.due,
                }
            }
        };
        Some(text)
    }

    fn existing_response(&mut self, question: &QuestionId) -> Result<&mut Response, EditError> {
        self.responses
            .get_mut(question)
            .ok_or_else(|| EditError::NoResponse(question.clone()))
    }

    /// The string a text target names, creating the response if needed.
    fn text_slot(&mut self, target: &TextTarget) -> Result<&mut String, EditError> {
        Ok(match target {
            TextTarget::Institution => &mut self.institution,
            TextTarget::Title => &mut self.title,
            TextTarget::Period => &mut self.period,
            TextTarget::Language => &mut self.language,
            TextTarget::MemberName(index) => {
                &mut item(&mut self.team, *index, EditItem::TeamMember)?.name
            }
            TextTarget::MemberRole(index) => {
                &mut item(&mut self.team, *index, EditItem::TeamMember)?.role
            }
            TextTarget::Narrative(q) => &mut self.responses.entry(q.clone()).or_default().narrative,
            TextTarget::Ambition(q) => &mut self.responses.entry(q.clone()).or_default().ambition,
            TextTarget::Rationale(q) => &mut self.responses.entry(q.clone()).or_default().rationale,
            TextTarget::Evidence(q, index, field) => {
                let evidence = item(
                    &mut self.existing_response(q)?.evidence,
                    *index,
                    EditItem::Evidence,
                )?;
                match field {
                    EvidenceField::Title => &mut evidence.title,
                    EvidenceField::Link => &mut evidence.link,
                    EvidenceField::Note => &mut evidence.note,
                }
            }
            TextTarget::Action(q, index, field) => {
                let action = item(
                    &mut self.existing_response(q)?.actions,
                    *index,
                    EditItem::Action,
                )?;
                match field {
                    ActionField::Description => &mut action.description,
                    ActionField::Owner => &mut action.owner,
                    ActionField::Due => &mut action.due,
                }
            }
        })
    }
}

fn item<T>(items: &mut [T], index: usize, what: EditItem) -> Result<&mut T, EditError> {
    items
        .get_mut(index)
        .ok_or(EditError::NoItem { item: what, index })
}

fn remove_at<T>(items: &mut Vec<T>, index: usize, what: EditItem) -> Result<T, EditError> {
    if index < items.len() {
        Ok(items.remove(index))
    } else {
        Err(EditError::NoItem { item: what, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{assessment_with, framework};

    #[test]
    fn edits_change_exactly_their_field() {
        let fw = framework(&[2]);
        let mut a = assessment_with(&fw, &[]);
        let q = QuestionId::new("d0.q0");
        a.apply(Edit::SetPhase {
            question: q.clone(),
            phase: Phase::new(3),
        })
        .unwrap();
        a.apply(Edit::AddEvidence {
            question: q.clone(),
            id: ItemId::new("e1"),
        })
        .unwrap();
        a.apply(Edit::SetText {
            target: TextTarget::Evidence(q.clone(), 0, EvidenceField::Link),
            text: "https://example.org".to_owned(),
        })
        .unwrap();
        a.apply(Edit::AddAction {
            question: q.clone(),
            id: ItemId::new("a1"),
        })
        .unwrap();
        a.apply(Edit::SetActionStatus {
            question: q.clone(),
            index: 0,
            status: ActionStatus::Done,
        })
        .unwrap();
        let response = a.response(&q).unwrap();
        assert_eq!(response.phase, Phase::new(3));
        assert_eq!(response.evidence[0].link, "https://example.org");
        assert_eq!(response.actions[0].status, ActionStatus::Done);
    }

    #[test]
    fn stale_indexes_are_errors_and_change_nothing() {
        let fw = framework(&[2]);
        let mut a = assessment_with(&fw, &[("d0.q0", Some(2), 1)]);
        let before = a.clone();
        let q = QuestionId::new("d0.q0");
        assert!(
            a.apply(Edit::RemoveEvidence {
                question: q.clone(),
                index: 5
            })
            .is_err()
        );
        assert!(a.apply(Edit::RemoveMember { index: 0 }).is_err());
        assert!(
            a.apply(Edit::SetText {
                target: TextTarget::Action(q, 0, ActionField::Due),
                text: "x".to_owned()
            })
            .is_err()
        );
        assert_eq!(a, before);
    }

    #[test]
    fn an_emptied_response_is_removed() {
        let fw = framework(&[2]);
        let mut a = assessment_with(&fw, &[]);
        let q = QuestionId::new("d0.q1");
        a.apply(Edit::SetText {
            target: TextTarget::Narrative(q.clone()),
            text: "Ŵ".to_owned(),
        })
        .unwrap();
        assert!(a.response(&q).is_some());
        a.apply(Edit::SetText {
            target: TextTarget::Narrative(q.clone()),
            text: String::new(),
        })
        .unwrap();
        assert!(a.response(&q).is_none());
    }
}
