//! Crash recovery: work autosaved by an app that ended unexpectedly is offered back, one copy
//! at a time; this app's own autosave goes once the work is saved or replaced.

use super::Core;
use crate::tr;
use crate::workbook::command::Page;
use crate::workbook::effect::{Effect, Failure, Offer, Trouble};
use crate::workbook::history::History;
use crate::workbook::notice::Notice;
use crate::workbook::state::{Document, Flow, Level, Topic};

impl Core<'_> {
    /// The autosaved copies found: the newest readable one not yet answered is offered, as
    /// soon as no other prompt is on screen.
    pub(super) fn offers(&mut self, found: Vec<Offer>, unreadable: Vec<Failure>) {
        for why in unreadable {
            self.trouble(Trouble::OrphanUnreadable, why);
        }
        // A copy restored or discarded whose file could not be removed is found again: it was
        // answered once, and is not offered twice.
        let answered = &self.state.answered_offers;
        let next = found.into_iter().find(|o| !answered.contains(&o.id));
        if self.state.offer.is_none() {
            self.state.offer = next.map(Box::new);
        }
    }

    /// Shows the recovery prompt for the copy on offer, once nothing else is asked: a prompt
    /// that was on screen, or one that stepped in front of it (unsaved changes before
    /// restoring), is answered first, and the offer comes back after it.
    pub(super) fn offer_when_idle(&mut self) {
        if self.state.flow != Flow::Idle {
            return;
        }
        let Some(offer) = &self.state.offer else {
            return;
        };
        let written = offer.written.map_or_else(
            || tr!("wb-recovery-unknown-time"),
            crate::workbook::words::date_at_time,
        );
        let a = &offer.assessment;
        let (institution, title) = (a.institution.trim(), a.title.trim());
        let description = match (institution.is_empty(), title.is_empty()) {
            (false, false) => tr!(
                "wb-recovery-description",
                institution = institution,
                title = title
            ),
            (false, true) => institution.to_owned(),
            (true, _) => title.to_owned(),
        };
        self.state.flow = Flow::Recovery {
            written,
            description,
        };
    }

    /// Opens the offered assessment. It moves into this app's own slot at once, so a second
    /// crash cannot lose it either; then the next copy, if any, is offered.
    pub(super) fn restore_offered(&mut self) {
        self.state.flow = Flow::Idle;
        let Some(offer) = self.state.offer.take() else {
            return;
        };
        let Offer {
            id,
            assessment,
            original,
            base,
            ..
        } = *offer;
        self.state.answered_offers.push(id.clone());
        let problems = crate::model::problems(&self.state.framework, &assessment);
        let mut doc = Document::new(&self.state.framework, assessment, original);
        // Restored work is not in the user's file yet: the document starts dirty.
        doc.history = History::starting_at(1);
        // What the file held when the work was opened: a save merges whatever is there now
        // into the restored work, instead of overwriting it.
        doc.base = base;
        let original = doc.path.clone();
        self.replace_document(doc, Page::Summary);
        self.announce_problems(problems);
        self.effects.push(Effect::WriteRecovery);
        self.effects.push(Effect::RemoveOrphan(id));
        self.effects.push(Effect::ScanRecovery);
        // Whatever the file holds now is looked at at once: a colleague may have saved since.
        // And colleagues opening the file from now on see that it is open here.
        if let Some(original) = original {
            self.check_disk();
            self.hold_presence(original);
        }
    }

    /// Deletes the offered assessment, then offers the next one, if any.
    pub(super) fn discard_offered(&mut self) {
        if matches!(self.state.flow, Flow::Recovery { .. }) {
            self.state.flow = Flow::Idle;
        }
        if let Some(offer) = self.state.offer.take() {
            self.state.answered_offers.push(offer.id.clone());
            self.effects.push(Effect::RemoveOrphan(offer.id));
        }
        self.effects.push(Effect::ScanRecovery);
    }

    /// Removes this app's autosave: the work was saved, or deliberately replaced or dropped.
    pub(super) fn discard_recovery(&mut self) {
        self.state.last_edit_secs = None;
        self.effects.push(Effect::DiscardRecovery);
    }

    /// Says what went wrong outside; nothing was lost.
    pub(super) fn trouble(&mut self, trouble: Trouble, detail: Failure) {
        let topic = match trouble {
            Trouble::AutosaveOff => Topic::Autosave,
            Trouble::AutosaveFailed
            | Trouble::AutosaveNotRemoved
            | Trouble::OrphanNotRemoved
            | Trouble::OrphanUnreadable => Topic::Recovery,
        };
        self.notify(topic, Level::Warning, Notice::Trouble(trouble, detail));
    }
}
