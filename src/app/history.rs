//! Undo and redo over snapshots of the assessment. Every state gets a revision number, so "is
//! there anything unsaved?" is a comparison with the saved revision, and undoing back to the
//! saved state makes the document clean again. Typing in one field merges into one step.

use crate::model::{Assessment, TextTarget};

/// How many undo steps are kept.
const MAX_STEPS: usize = 200;

/// Seconds of pause after which typing in the same field starts a new undo step.
const MERGE_WINDOW_SECS: f64 = 5.0;

#[derive(Clone, Debug)]
struct Step {
    assessment: Assessment,
    revision: u64,
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

    /// Records a change: a new step from `before`, or (with `None`, when [`Self::merges`]) an
    /// extension of the last one.
    pub fn record(
        &mut self,
        before: Option<Assessment>,
        text_target: Option<&TextTarget>,
        now_secs: f64,
    ) {
        if let Some(assessment) = before {
            self.undo.push(Step {
                assessment,
                revision: self.revision,
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
        });
        *revision = step.revision;
        *last_text = None;
        true
    }
}
