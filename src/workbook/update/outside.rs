//! Changes someone else made to the open file: noticed by content (by the watcher, when the
//! window comes back into focus, and just before every save), shown in a bar that does not stop
//! the room, and dealt with there: merge into mine, show the changes, reload theirs, keep mine.

use std::path::{Path, PathBuf};

use super::Core;
use crate::model::Edit;
use crate::storage::on_disk::OnDisk;
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::effect::Effect;
use crate::workbook::notice::{Notice, file_name};
use crate::workbook::state::{AfterMerge, Level, OutsideChange, Pending, Topic};

/// How many conflict copies get a button of their own (the rest: File ▸ Merge another copy…).
const MAX_COPY_BUTTONS: usize = 3;

impl Core<'_> {
    /// The window came back into focus, or the watcher saw the file written: look at it again.
    pub(super) fn check_disk(&mut self) {
        let has_base = self
            .state
            .doc
            .as_ref()
            .is_some_and(|doc| doc.path.is_some() && doc.base.is_some());
        if has_base {
            self.effects.push(Effect::CheckDisk);
        }
    }

    /// Someone else changed the open file: the bar shows it, until dealt with.
    pub(super) fn changed_on_disk(
        &mut self,
        path: &Path,
        theirs: OnDisk,
        clock: time::Time,
        who: Option<String>,
    ) {
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        if doc.path.as_deref() != Some(path) {
            return;
        }
        doc.outside = Some(OutsideChange { theirs, clock, who });
    }

    /// A save found the file changed since it was opened or saved here, and wrote nothing:
    /// the changes are merged, then saved, when nothing conflicts; else the conflicts are
    /// shown.
    pub(super) fn changed_before_save(
        &mut self,
        path: &Path,
        theirs: &OnDisk,
        clock: time::Time,
        who: Option<String>,
        then: Option<Pending>,
    ) {
        self.changed_on_disk(path, theirs.clone(), clock, who);
        self.merge_outside(false, AfterMerge::Save { then });
    }

    /// A sync tool left conflict copies beside the file just opened: merging each is offered,
    /// never done unasked.
    pub(super) fn conflict_copies(&mut self, path: &Path, copies: &[PathBuf]) {
        let is_open = self
            .state
            .doc
            .as_ref()
            .is_some_and(|doc| doc.path.as_deref() == Some(path));
        if !is_open || copies.is_empty() {
            return;
        }
        let actions = copies
            .iter()
            .take(MAX_COPY_BUTTONS)
            .map(|copy| Command::MergeCopyPath(copy.clone()))
            .collect();
        let notice = Notice::SyncCopies {
            file: path.to_owned(),
            copies: copies.to_vec(),
        };
        self.offer(Topic::File, Level::Warning, notice, actions);
    }

    /// "Keep mine": the file's new content becomes the base, so it is not asked about again,
    /// and the next save replaces it (its backup keeps theirs).
    pub(super) fn keep_mine(&mut self) {
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        let Some(outside) = doc.outside.take() else {
            return;
        };
        doc.base = Some(outside.theirs);
        // Mine differs from the file now: it is unsaved, even if nothing was edited here.
        if !doc.is_dirty() {
            doc.mark_unsaved();
        }
        self.settle(Topic::File, None);
    }

    /// "Reload theirs": the file's content replaces the document, as one step to undo.
    pub(super) fn reload_theirs(&mut self) {
        let Some(outside) = self.state.doc.as_mut().and_then(|doc| doc.outside.take()) else {
            return;
        };
        let theirs = outside.theirs;
        self.edit(Edit::Replace(Box::new(theirs.assessment.clone())));
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        // The document is what the file holds: clean, until undone.
        doc.saved_revision = doc.history.revision();
        doc.base = Some(theirs);
        self.state.last_edit_secs = None;
        self.discard_recovery();
        self.settle(Topic::File, None);
        let path = self.state.doc.as_ref().and_then(|d| d.path.clone());
        self.notify(Topic::File, Level::Info, Notice::ReloadedTheirs(path));
    }
}

/// What the bar says: "Alys changed ours.civic.json at 10:14", or "ours.civic.json was
/// changed by someone else at 10:14" when who is not known.
pub fn outside_text(path: Option<&PathBuf>, change: &OutsideChange) -> String {
    let name = file_name(path.map(PathBuf::as_path));
    let time = crate::workbook::words::clock(change.clock);
    if let Some(who) = &change.who {
        tr!(
            "wb-outside-changed-by",
            who = who.as_str(),
            file = name,
            time = time
        )
    } else {
        tr!("wb-outside-changed", file = name, time = time)
    }
}
