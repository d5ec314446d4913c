//! Merging another copy into the open document: the file someone else saved (base = what it
//! held when opened or saved here), or a sync tool's conflict copy (base = the same: the
//! document's base, as the copy was most likely made from the same file). Changes to different
//! things merge without asking; the same thing changed on both sides is shown side by side to
//! choose. Applying is one step to undo, and leaves the document unsaved.

use std::path::PathBuf;

use super::Core;
use crate::model::merge::{self, Change, ChangeKind, Choice, Detail, Part, Place, Value};
use crate::model::{Assessment, Edit, Framework};
use crate::storage::on_disk::OnDisk;
use crate::tr;
use crate::workbook::effect::{Effect, Load};
use crate::workbook::notice::{MergedFrom, Notice};
use crate::workbook::state::{AfterMerge, Level, MergeSource, MergeView, PathPurpose, Topic};

impl Core<'_> {
    /// "Merge into mine" (or "Show changes", as a `preview`), for the change in the bar; with
    /// [`AfterMerge::Save`], a save found the file changed: the merged result is saved at once when
    /// nothing conflicts, then whatever waited for the save.
    pub(super) fn merge_outside(&mut self, preview: bool, after: AfterMerge) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        let Some(outside) = &doc.outside else {
            return;
        };
        let theirs = outside.theirs.clone();
        let Some(base) = &doc.base else {
            return;
        };
        let merge = merge::merge(&base.assessment, &doc.assessment, &theirs.assessment);
        self.start_merge(MergeView {
            source: MergeSource::Disk,
            choices: vec![Choice::default(); merge.conflicts.len()],
            merge,
            is_preview: preview,
            theirs,
            after,
        });
    }

    /// Shows the merge, or applies it at once when nothing needs a choice.
    fn start_merge(&mut self, view: MergeView) {
        if view.is_preview || !view.merge.conflicts.is_empty() {
            self.state.merging = Some(Box::new(view));
            return;
        }
        self.finish_merge(view);
    }

    /// Chooses a side for one conflict in the merge window.
    pub(super) fn set_merge_choice(&mut self, index: usize, choice: Choice) {
        let Some(view) = &mut self.state.merging else {
            return;
        };
        let keeps_both = view
            .merge
            .conflicts
            .get(index)
            .is_some_and(merge::Conflict::can_keep_both);
        if choice == Choice::Both && !keeps_both {
            return;
        }
        if let Some(slot) = view.choices.get_mut(index) {
            *slot = choice;
        }
    }

    /// "Apply" in the merge window.
    pub(super) fn apply_merge(&mut self) {
        let Some(view) = self.state.merging.take() else {
            return;
        };
        if view.is_preview {
            self.state.merging = Some(view);
            return;
        }
        self.finish_merge(*view);
    }

    /// Closes the merge window; nothing changes (the bar stays, to deal with later).
    pub(super) fn close_merge(&mut self) {
        self.state.merging = None;
    }

    /// Makes the merged result the document, as one step to undo, and says what came in.
    fn finish_merge(&mut self, view: MergeView) {
        let MergeView {
            source,
            merge,
            choices,
            theirs,
            after,
            ..
        } = view;
        let merged = merge.resolved(&choices);
        let saving = matches!(after, AfterMerge::Save { .. });
        // Whose changes these are, when the bar could tell (their presence note).
        let who = self
            .state
            .doc
            .as_ref()
            .and_then(|doc| doc.outside.as_ref())
            .and_then(|outside| outside.who.clone());
        let notice = Notice::Merged {
            from: match (&source, who) {
                (MergeSource::Disk, Some(who)) => MergedFrom::Person(who),
                (MergeSource::Disk, None) => MergedFrom::Disk,
                (MergeSource::Copy(path), _) => MergedFrom::Copy(path.clone()),
            },
            changes: merge.from_theirs.clone(),
            settled: merge.conflicts.len(),
            saving,
        };
        self.edit(Edit::Replace(Box::new(merged)));
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        if source == MergeSource::Disk {
            // Their version is now part of mine: it is the base, and not asked about again.
            if doc.outside.as_ref().is_some_and(|o| o.theirs == theirs) {
                doc.outside = None;
            }
            doc.base = Some(theirs);
        }
        // Mine differs from the file until saved, even if nothing came in.
        if !doc.is_dirty() {
            doc.mark_unsaved();
        }
        self.settle(Topic::File, None);
        self.notify(Topic::File, Level::Info, notice);
        if let AfterMerge::Save { then } = after {
            self.save(then);
        }
    }

    /// File ▸ Merge another copy…: asks for it (unsaved changes stay: they are merged into).
    pub(super) fn merge_copy_dialog(&mut self) {
        if self.state.doc.is_some() {
            self.pick_open(PathPurpose::MergeCopy);
        }
    }

    /// Reads another copy to merge into the open document.
    pub(super) fn merge_copy(&mut self, path: PathBuf) {
        if self.state.doc.is_some() {
            self.effects.push(Effect::Load(Load::Copy(path)));
        }
    }

    /// Another copy was read: it is merged against the document's base.
    pub(super) fn copy_loaded(&mut self, path: PathBuf, copy: &Assessment) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        let Some(base) = &doc.base else {
            self.notify(Topic::File, Level::Error, Notice::MergeCopyNoBase);
            return;
        };
        let merge = merge::merge(&base.assessment, &doc.assessment, copy);
        let theirs = OnDisk::of(copy);
        self.start_merge(MergeView {
            source: MergeSource::Copy(path),
            choices: vec![Choice::default(); merge.conflicts.len()],
            merge,
            is_preview: false,
            theirs,
            after: AfterMerge::Stay,
        });
    }
}

/// A change as people say it: "rating of 2.1", "new evidence in 4.3".
pub fn change_name(framework: &Framework, change: &Change) -> String {
    let place = place_name(framework, &change.place);
    match (&change.place, change.kind) {
        (
            Place::Question {
                part: Part::Evidence(_) | Part::Action(_),
                ..
            }
            | Place::Detail(Detail::TeamMember(_)),
            ChangeKind::Added,
        ) => tr!("wb-change-new", place = place),
        (_, ChangeKind::Removed) => tr!("wb-change-removed", place = place),
        _ => place,
    }
}

/// Where a change or conflict is, as people say it: "rating of 2.1", "evidence in 4.3".
pub fn place_name(framework: &Framework, place: &Place) -> String {
    match place {
        Place::Detail(Detail::Institution) => tr!("wb-place-institution"),
        Place::Detail(Detail::Title) => tr!("wb-place-title"),
        Place::Detail(Detail::Period) => tr!("wb-place-period"),
        Place::Detail(Detail::Language) => tr!("wb-place-language"),
        Place::Detail(Detail::TeamMember(name)) => {
            tr!("wb-place-team-member", name = name.as_str())
        }
        Place::Question { question, part } => {
            let number = framework
                .question_number(question)
                .unwrap_or_else(|| question.to_string());
            match part {
                Part::Phase => tr!("wb-place-rating", question = number),
                Part::Rating(who) => {
                    tr!("wb-place-rating-by", who = who.as_str(), question = number)
                }
                Part::Rationale => tr!("wb-place-rationale", question = number),
                Part::Narrative => tr!("wb-place-narrative", question = number),
                Part::Ambition => tr!("wb-place-ambition", question = number),
                Part::Evidence(_) => tr!("wb-place-evidence", question = number),
                Part::Action(_) => tr!("wb-place-action", question = number),
            }
        }
    }
}

/// One side of a conflict, as people read it.
pub fn value_text(framework: &Framework, value: &Value) -> String {
    let parts = |parts: &[&String]| {
        parts
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .fold(String::new(), |list, part| {
                if list.is_empty() {
                    part.to_owned()
                } else {
                    tr!("wb-value-parts", list = list, part = part)
                }
            })
    };
    match value {
        Value::Missing => tr!("wb-value-missing"),
        Value::Phase(None) => tr!("wb-value-not-rated"),
        Value::Phase(Some(phase)) => tr!(
            "wb-value-phase",
            phase = phase.number(),
            name = framework.phase_name(*phase)
        ),
        Value::Text(text) if text.trim().is_empty() => tr!("wb-value-empty"),
        Value::Text(text) => text.clone(),
        Value::Evidence(evidence) => parts(&[&evidence.title, &evidence.link, &evidence.note]),
        Value::Action(action) => parts(&[&action.description, &action.owner, &action.due]),
        Value::Member(member) => parts(&[&member.name, &member.role]),
    }
}
