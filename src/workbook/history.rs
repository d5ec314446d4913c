//! Undo and redo over snapshots of the assessment. Every state gets a revision number, so "is
//! there anything unsaved?" is a comparison with the saved revision, and undoing back to the
//! saved state makes the document clean again. Typing in one field merges into one step.

use crate::model::{ActionField, Assessment, Edit, EvidenceField, Framework, TextTarget};

/// How many undo steps are kept.
const MAX_STEPS: usize = 200;

/// Seconds of pause after which typing in the same field starts a new undo step.
const MERGE_WINDOW_SECS: f64 = 5.0;

#[derive(Clone, Debug)]
struct Step {
    assessment: Assessment,
    revision: u64,
    /// The edit that led away from `assessment` (its text left out): what undo names.
    change: Edit,
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
    pub fn next_undo(&self) -> Option<&Edit> {
        self.undo.last().map(|step| &step.change)
    }

    /// The change redo would make again, if any.
    pub fn next_redo(&self) -> Option<&Edit> {
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
    pub fn record(&mut self, before: Option<Assessment>, change: &Edit, now_secs: f64) {
        let text_target = change.text_target();
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

/// Names a change for the Edit menu: "typing in 3.1 Narrative", "rating of 2.2".
pub fn describe(framework: &Framework, change: &Edit) -> String {
    let number = |q: &crate::model::QuestionId| number_of(framework, q);
    match change {
        Edit::SetText { target, .. } => format!("typing in {}", field_name(framework, target)),
        Edit::SetPhase { question, .. } => format!("rating of {}", number(question)),
        Edit::AddMember => "adding a member".to_owned(),
        Edit::RemoveMember { index } => format!("removing member {}", index + 1),
        Edit::AddEvidence { question, .. } => format!("adding evidence to {}", number(question)),
        Edit::RemoveEvidence { question, index } => {
            format!("removing evidence {} of {}", index + 1, number(question))
        }
        Edit::AddAction { question, .. } => format!("adding an action to {}", number(question)),
        Edit::SetActionStatus {
            question, index, ..
        } => format!("status of action {} of {}", index + 1, number(question)),
        Edit::RemoveAction { question, index } => {
            format!("removing action {} of {}", index + 1, number(question))
        }
        Edit::Replace(_) => "changes from another copy".to_owned(),
    }
}

/// A text field as people would name it: "3.1 Narrative", "evidence 2 of 1.2, link".
pub fn field_name(framework: &Framework, target: &TextTarget) -> String {
    let number = |q: &crate::model::QuestionId| number_of(framework, q);
    match target {
        TextTarget::Institution => "Institution".to_owned(),
        TextTarget::Title => "Title".to_owned(),
        TextTarget::Period => "Period".to_owned(),
        TextTarget::MemberName(i) => format!("member {} name", i + 1),
        TextTarget::MemberRole(i) => format!("member {} role", i + 1),
        TextTarget::Narrative(q) => format!("{} Narrative", number(q)),
        TextTarget::Ambition(q) => format!("{} Ambition", number(q)),
        TextTarget::Rationale(q) => format!("{} Why this phase", number(q)),
        TextTarget::Evidence(q, i, field) => {
            let field = match field {
                EvidenceField::Title => "title",
                EvidenceField::Link => "link",
                EvidenceField::Note => "note",
            };
            format!("evidence {} of {}, {field}", i + 1, number(q))
        }
        TextTarget::Action(q, i, field) => {
            let field = match field {
                ActionField::Description => "description",
                ActionField::Owner => "owner",
                ActionField::Due => "due date",
            };
            format!("action {} of {}, {field}", i + 1, number(q))
        }
    }
}

/// "3.1", or the id of a question the framework does not have.
fn number_of(framework: &Framework, question: &crate::model::QuestionId) -> String {
    framework
        .question_number(question)
        .unwrap_or_else(|| question.to_string())
}
