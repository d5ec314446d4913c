//! Undo and redo over snapshots of the assessment. Every state gets a revision number, so "is
//! there anything unsaved?" is a comparison with the saved revision, and undoing back to the
//! saved state makes the document clean again. Typing in one field merges into one step.
//! Each step names its change in words ("removing evidence ‘Civic strategy 2030’ from 1.1").

use crate::model::{ActionField, Assessment, Edit, EvidenceField, Framework, TextTarget};
use crate::tr;

/// How many undo steps are kept.
const MAX_STEPS: usize = 200;

/// Seconds of pause after which typing in the same field starts a new undo step.
const MERGE_WINDOW_SECS: f64 = 5.0;

#[derive(Clone, Debug)]
struct Step {
    assessment: Assessment,
    revision: u64,
    /// The edit that led away from `assessment` (its text left out): what undo names.
    change: Change,
}

/// A change as the history keeps it: the edit, its typed text left out, and the name of the
/// item it touched as that item stood (a removed piece of evidence keeps its title), so undo
/// can say what it did in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The edit (see [`without_text`]).
    pub edit: Edit,
    /// The title of the evidence, the description of the action or the member's name the edit
    /// touched, when it has one.
    pub item: Option<String>,
}

impl Change {
    /// Names `edit`, about to be applied to `before`.
    pub fn of(edit: &Edit, before: &Assessment) -> Self {
        let response = |q: &crate::model::QuestionId| before.response(q);
        let named = |name: &str| {
            let name = name.trim();
            (!name.is_empty()).then(|| name.to_owned())
        };
        let item = match edit {
            Edit::RemoveEvidence { question, index } => response(question)
                .and_then(|r| r.evidence.get(*index))
                .and_then(|e| named(&e.title).or_else(|| named(&e.link))),
            Edit::RemoveAction { question, index }
            | Edit::SetActionStatus {
                question, index, ..
            } => response(question)
                .and_then(|r| r.actions.get(*index))
                .and_then(|a| named(&a.description)),
            Edit::RemoveMember { index } => before.team.get(*index).and_then(|m| named(&m.name)),
            _ => None,
        };
        Self {
            edit: without_text(edit),
            item,
        }
    }
}

/// The undo and redo stacks of one document.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
    next_revision: u64,
    last_text: Option<(TextTarget, f64)>,
}

impl History {
    /// A history whose current state has revision `revision`.
    pub fn starting_at(revision: u64) -> Self {
        Self {
            revision,
            next_revision: revision + 1,
            ..Self::default()
        }
    }

    /// The current state's revision.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The change undo would take back, if any.
    pub fn next_undo(&self) -> Option<&Change> {
        self.undo.last().map(|step| &step.change)
    }

    /// The change redo would make again, if any.
    pub fn next_redo(&self) -> Option<&Change> {
        self.redo.last().map(|step| &step.change)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// After a save, the next keystroke starts a new step, so undo can come back to the saved
    /// text.
    pub fn mark_saved(&mut self) {
        self.last_text = None;
    }

    /// Whether a text edit of `text_target` now would join the previous step (typing in the same
    /// field within a few seconds), so no snapshot is needed.
    pub fn merges(&self, text_target: Option<&TextTarget>, now_secs: f64) -> bool {
        match (&self.last_text, text_target) {
            (Some((last, at)), Some(target)) => last == target && now_secs - at < MERGE_WINDOW_SECS,
            _ => false,
        }
    }

    /// Records `change` (see [`without_text`]): a new step from `before`, or (with `None`, when
    /// [`Self::merges`]) an extension of the last one.
    pub fn record(&mut self, before: Option<Assessment>, change: &Change, now_secs: f64) {
        let text_target = change.edit.text_target();
        if let Some(assessment) = before {
            self.undo.push(Step {
                assessment,
                revision: self.revision,
                change: change.clone(),
            });
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        self.last_text = text_target.map(|target| (target.clone(), now_secs));
        self.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
    }

    /// Undoes one step into `current`; false when there is none.
    pub fn undo(&mut self, current: &mut Assessment) -> bool {
        Self::swap(
            &mut self.undo,
            &mut self.redo,
            current,
            &mut self.revision,
            &mut self.last_text,
        )
    }

    /// Redoes one step into `current`; false when there is none.
    pub fn redo(&mut self, current: &mut Assessment) -> bool {
        Self::swap(
            &mut self.redo,
            &mut self.undo,
            current,
            &mut self.revision,
            &mut self.last_text,
        )
    }

    fn swap(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        current: &mut Assessment,
        revision: &mut u64,
        last_text: &mut Option<(TextTarget, f64)>,
    ) -> bool {
        let Some(step) = from.pop() else {
            return false;
        };
        to.push(Step {
            assessment: std::mem::replace(current, step.assessment),
            revision: *revision,
            change: step.change,
        });
        *revision = step.revision;
        *last_text = None;
        true
    }
}

/// The edit with any typed text left out: the history names changes, it need not keep them.
pub fn without_text(edit: &Edit) -> Edit {
    match edit {
        Edit::SetText { target, .. } => Edit::SetText {
            target: target.clone(),
            text: String::new(),
        },
        other => other.clone(),
    }
}

/// Names a change for the Edit menu: "typing in 3.1 Narrative", "rating of 2.2", "removing
/// evidence ‘Civic strategy 2030’ from 1.1".
pub fn describe(framework: &Framework, change: &Change) -> String {
    let number = |q: &crate::model::QuestionId| number_of(framework, q);
    let item = |kind: Kind, index: usize| item_name(kind, change.item.as_deref(), index);
    match &change.edit {
        Edit::SetText { target, .. } => {
            tr!("wb-undo-typing", field = field_name(framework, target))
        }
        Edit::SetPhase { question, .. } => tr!("wb-undo-rating", question = number(question)),
        Edit::AddMember => tr!("wb-undo-adding-member"),
        Edit::RemoveMember { index } => {
            tr!("wb-undo-removing-member", item = item(Kind::Member, *index))
        }
        Edit::AddEvidence { question, .. } => {
            tr!("wb-undo-adding-evidence", question = number(question))
        }
        Edit::RemoveEvidence { question, index } => tr!(
            "wb-undo-removing-item",
            item = item(Kind::Evidence, *index),
            question = number(question)
        ),
        Edit::AddAction { question, .. } => {
            tr!("wb-undo-adding-action", question = number(question))
        }
        Edit::SetActionStatus {
            question, index, ..
        } => tr!(
            "wb-undo-action-status",
            item = item(Kind::Action, *index),
            question = number(question)
        ),
        Edit::RemoveAction { question, index } => tr!(
            "wb-undo-removing-item",
            item = item(Kind::Action, *index),
            question = number(question)
        ),
        Edit::Replace(_) => tr!("wb-undo-replace"),
    }
}

/// The Edit menu's Undo or Redo item: "Undo typing in 3.1 Narrative", or plain "Undo" when
/// there is nothing to undo.
pub fn menu_label(framework: &Framework, change: Option<&Change>, undo: bool) -> String {
    match (change, undo) {
        (Some(change), true) => tr!("wb-undo-menu", change = describe(framework, change)),
        (Some(change), false) => tr!("wb-redo-menu", change = describe(framework, change)),
        (None, true) => tr!("wb-cmd-undo"),
        (None, false) => tr!("wb-cmd-redo"),
    }
}

/// Says what a change did, as a clause in lower case: "removed evidence ‘Civic strategy 2030’
/// from 1.1", "rated 2.2 as 4 Embedding". Undo says "Undid: …"; see [`undone`].
pub fn done(framework: &Framework, change: &Change) -> String {
    let number = |q: &crate::model::QuestionId| number_of(framework, q);
    let item = |kind: Kind, index: usize| item_name(kind, change.item.as_deref(), index);
    match &change.edit {
        Edit::SetText { target, .. } => {
            tr!("wb-done-changed", field = field_name(framework, target))
        }
        Edit::SetPhase {
            question,
            phase: Some(phase),
        } => tr!(
            "wb-done-rated",
            question = number(question),
            phase = phase.number(),
            name = framework.phase_name(*phase)
        ),
        Edit::SetPhase {
            question,
            phase: None,
        } => tr!("wb-done-cleared-rating", question = number(question)),
        Edit::AddMember => tr!("wb-done-added-member"),
        Edit::RemoveMember { index } => {
            tr!("wb-done-removed-member", item = item(Kind::Member, *index))
        }
        Edit::AddEvidence { question, .. } => {
            tr!("wb-done-added-evidence", question = number(question))
        }
        Edit::RemoveEvidence { question, index } => tr!(
            "wb-done-removed-item",
            item = item(Kind::Evidence, *index),
            question = number(question)
        ),
        Edit::AddAction { question, .. } => {
            tr!("wb-done-added-action", question = number(question))
        }
        Edit::SetActionStatus {
            question,
            index,
            status,
        } => tr!(
            "wb-done-marked",
            item = item(Kind::Action, *index),
            question = number(question),
            status = status.label()
        ),
        Edit::RemoveAction { question, index } => tr!(
            "wb-done-removed-item",
            item = item(Kind::Action, *index),
            question = number(question)
        ),
        Edit::Replace(_) => tr!("wb-done-replace"),
    }
}

/// What a removal says: "Removed evidence ‘Civic strategy 2030’ from 1.1"; any other change
/// says what it did ([`done`]).
pub fn removed(framework: &Framework, change: &Change) -> String {
    let number = |q: &crate::model::QuestionId| number_of(framework, q);
    let item = |kind: Kind, index: usize| item_name(kind, change.item.as_deref(), index);
    match &change.edit {
        Edit::RemoveMember { index } => {
            tr!("wb-removed-member", item = item(Kind::Member, *index))
        }
        Edit::RemoveEvidence { question, index } => tr!(
            "wb-removed-item",
            item = item(Kind::Evidence, *index),
            question = number(question)
        ),
        Edit::RemoveAction { question, index } => tr!(
            "wb-removed-item",
            item = item(Kind::Action, *index),
            question = number(question)
        ),
        _ => done(framework, change),
    }
}

/// What undo or redo says it did: "Undid: removed evidence ‘Civic strategy 2030’ from 1.1",
/// "Redid: rated 2.2 as 4 Embedding".
pub fn undone(framework: &Framework, change: &Change, undo: bool) -> String {
    let what = done(framework, change);
    if undo {
        tr!("wb-undid", change = what)
    } else {
        tr!("wb-redid", change = what)
    }
}

/// The kind of item an edit touched.
#[derive(Clone, Copy)]
enum Kind {
    Member,
    Evidence,
    Action,
}

/// "evidence ‘Civic strategy 2030’", or by position ("evidence 2") when it has no name.
fn item_name(kind: Kind, name: Option<&str>, index: usize) -> String {
    let number = index + 1;
    match (kind, name.map(shortened)) {
        (Kind::Member, Some(name)) => tr!("wb-item-member-named", name = name),
        (Kind::Member, None) => tr!("wb-item-member-numbered", number = number),
        (Kind::Evidence, Some(name)) => tr!("wb-item-evidence-named", name = name),
        (Kind::Evidence, None) => tr!("wb-item-evidence-numbered", number = number),
        (Kind::Action, Some(name)) => tr!("wb-item-action-named", name = name),
        (Kind::Action, None) => tr!("wb-item-action-numbered", number = number),
    }
}

/// A long name cut to a length a message can carry, with "…".
fn shortened(name: &str) -> String {
    const MAX_CHARS: usize = 60;
    let line = name.lines().next().unwrap_or_default();
    if line.chars().count() > MAX_CHARS || line.len() < name.len() {
        let cut: String = line.chars().take(MAX_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_owned()
    }
}

/// A text field as people would name it: "3.1 Narrative", "evidence 2 of 1.2, link".
pub fn field_name(framework: &Framework, target: &TextTarget) -> String {
    let number = |q: &crate::model::QuestionId| number_of(framework, q);
    match target {
        TextTarget::Institution => tr!("wb-field-institution"),
        TextTarget::Title => tr!("wb-field-title"),
        TextTarget::Period => tr!("wb-field-period"),
        TextTarget::Language => tr!("wb-field-language"),
        TextTarget::MemberName(i) => tr!("wb-field-member-name", member = i + 1),
        TextTarget::MemberRole(i) => tr!("wb-field-member-role", member = i + 1),
        TextTarget::Narrative(q) => tr!("wb-field-narrative", question = number(q)),
        TextTarget::Ambition(q) => tr!("wb-field-ambition", question = number(q)),
        TextTarget::Rationale(q) => tr!("wb-field-rationale", question = number(q)),
        TextTarget::Evidence(q, i, field) => {
            let (question, item) = (number(q), i + 1);
            match field {
                EvidenceField::Title => {
                    tr!("wb-field-evidence-title", item = item, question = question)
                }
                EvidenceField::Link => {
                    tr!("wb-field-evidence-link", item = item, question = question)
                }
                EvidenceField::Note => {
                    tr!("wb-field-evidence-note", item = item, question = question)
                }
            }
        }
        TextTarget::Action(q, i, field) => {
            let (question, item) = (number(q), i + 1);
            match field {
                ActionField::Description => {
                    tr!(
                        "wb-field-action-description",
                        item = item,
                        question = question
                    )
                }
                ActionField::Owner => {
                    tr!("wb-field-action-owner", item = item, question = question)
                }
                ActionField::Due => tr!("wb-field-action-due", item = item, question = question),
            }
        }
    }
}

/// "3.1", or the id of a question the framework does not have.
fn number_of(framework: &Framework, question: &crate::model::QuestionId) -> String {
    framework
        .question_number(question)
        .unwrap_or_else(|| question.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, QuestionId};

    fn framework() -> Framework {
        crate::model::testing::framework(&[2, 2])
    }

    #[test]
    fn a_removal_names_the_item_as_it_was() {
        let framework = framework();
        let (_, question) = framework.questions().next().unwrap();
        let mut assessment = crate::model::testing::assessment_with(&framework, &[]);
        let response = assessment.responses.entry(question.id.clone()).or_default();
        response.evidence.push(Evidence {
            title: "Civic strategy 2030".to_owned(),
            ..Evidence::default()
        });
        response.evidence.push(Evidence::default());
        let remove = |index| Edit::RemoveEvidence {
            question: question.id.clone(),
            index,
        };
        let change = Change::of(&remove(0), &assessment);
        assert_eq!(
            removed(&framework, &change),
            "Removed evidence ‘Civic strategy 2030’ from 1.1"
        );
        assert_eq!(
            undone(&framework, &change, true),
            "Undid: removed evidence ‘Civic strategy 2030’ from 1.1"
        );
        assert_eq!(
            describe(&framework, &change),
            "removing evidence ‘Civic strategy 2030’ from 1.1"
        );
        // Untitled, it is named by its place.
        let change = Change::of(&remove(1), &assessment);
        assert_eq!(removed(&framework, &change), "Removed evidence 2 from 1.1");
        let rated = Change::of(
            &Edit::SetPhase {
                question: QuestionId::new(question.id.as_str()),
                phase: crate::model::Phase::new(2),
            },
            &assessment,
        );
        assert_eq!(
            undone(&framework, &rated, false),
            "Redid: rated 1.1 as 2 Phase name 2"
        );
    }

    /// One edit of every kind, on question `q`.
    fn every_edit(q: &QuestionId, assessment: &Assessment) -> Vec<Edit> {
        use crate::model::{ActionStatus, ItemKind, Phase};
        let mut targets = vec![
            TextTarget::Institution,
            TextTarget::Title,
            TextTarget::Period,
            TextTarget::Language,
            TextTarget::MemberName(0),
            TextTarget::MemberRole(0),
            TextTarget::Narrative(q.clone()),
            TextTarget::Ambition(q.clone()),
            TextTarget::Rationale(q.clone()),
        ];
        for field in [
            EvidenceField::Title,
            EvidenceField::Link,
            EvidenceField::Note,
        ] {
            targets.push(TextTarget::Evidence(q.clone(), 0, field));
        }
        for field in [
            ActionField::Description,
            ActionField::Owner,
            ActionField::Due,
        ] {
            targets.push(TextTarget::Action(q.clone(), 0, field));
        }
        let mut edits: Vec<Edit> = targets
            .into_iter()
            .map(|target| Edit::SetText {
                target,
                text: String::new(),
            })
            .collect();
        edits.extend([
            Edit::SetPhase {
                question: q.clone(),
                phase: Phase::new(2),
            },
            Edit::SetPhase {
                question: q.clone(),
                phase: None,
            },
            Edit::AddMember,
            Edit::RemoveMember { index: 0 },
            Edit::AddEvidence {
                question: q.clone(),
                id: crate::workbook::new_item_id(ItemKind::Evidence),
            },
            Edit::RemoveEvidence {
                question: q.clone(),
                index: 0,
            },
            Edit::AddAction {
                question: q.clone(),
                id: crate::workbook::new_item_id(ItemKind::Action),
            },
            Edit::SetActionStatus {
                question: q.clone(),
                index: 0,
                status: ActionStatus::Done,
            },
            Edit::RemoveAction {
                question: q.clone(),
                index: 0,
            },
            Edit::Replace(Box::new(assessment.clone())),
        ]);
        edits
    }

    #[test]
    fn every_undo_description_comes_from_the_catalogue() {
        use crate::model::{ActionStatus, Phase};
        let framework = framework();
        let (_, question) = framework.questions().next().unwrap();
        let assessment = crate::model::testing::assessment_with(&framework, &[]);
        let edits = every_edit(&question.id, &assessment);
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        // The framework's phase names and the model's status words are others' text.
        let others = [
            framework.phase_name(Phase::new(2).unwrap()),
            String::from(ActionStatus::Done.label()),
        ];
        for edit in edits {
            let mut change = Change::of(&edit, &assessment);
            for item in [None, Some("Civic strategy 2030".to_owned())] {
                change.item.clone_from(&item);
                let mut texts = vec![
                    describe(&framework, &change),
                    done(&framework, &change),
                    removed(&framework, &change),
                    undone(&framework, &change, true),
                    undone(&framework, &change, false),
                    menu_label(&framework, Some(&change), true),
                    menu_label(&framework, Some(&change), false),
                ];
                texts.push(menu_label(&framework, None, true));
                for text in texts {
                    let mut plain = text.replace("Civic strategy 2030", "");
                    for other in &others {
                        plain = plain.replace(other.as_str(), "");
                    }
                    assert!(
                        !crate::workbook::words::has_plain_word(&plain),
                        "{edit:?}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn long_names_are_shortened() {
        assert_eq!(shortened("a\nb"), "a…");
        assert_eq!(shortened(&"x".repeat(70)).chars().count(), 61);
        assert_eq!(shortened("short"), "short");
    }
}
