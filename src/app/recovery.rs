//! Autosave and crash recovery: a few seconds after the last edit the open assessment is written
//! to this app's own recovery slot; at start, slots left by apps that crashed are offered back.

use time::OffsetDateTime;
use time::macros::format_description;

use super::WorkbookApp;
use super::command::Page;
use super::history::History;
use super::state::{Document, Level, Modal, Topic};
use crate::storage::recovery::{self, RecoveryInfo};

impl WorkbookApp {
    /// Offers the newest assessment autosaved by an app that ended without saving it.
    pub(super) fn offer_recovery(&mut self) {
        let Some(dir) = self.recovery_dir.clone() else {
            return;
        };
        let own = self.slot.as_ref().map(|slot| slot.id().to_owned());
        for found in recovery::orphans(&dir, &self.state.framework) {
            match found {
                Ok(found) if Some(&found.id) != own.as_ref() => {
                    let written = found
                        .written
                        .map(OffsetDateTime::from)
                        .and_then(|t| {
                            t.format(format_description!(
                                "[day] [month repr:short] [year] at [hour]:[minute] UTC"
                            ))
                            .ok()
                        })
                        .unwrap_or_else(|| "an unknown time".to_owned());
                    let a = &found.assessment;
                    let description = [a.institution.as_str(), a.title.as_str()]
                        .into_iter()
                        .filter(|s| !s.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join(" — ");
                    self.state.modal = Some(Modal::Recovery {
                        original: found.info.original.clone(),
                        written,
                        description,
                    });
                    self.recovered = Some(found);
                    return;
                }
                Ok(_) => {}
                Err(err) => self.notify(
                    Topic::Recovery,
                    Level::Warning,
                    format!(
                        "An autosaved assessment could not be read and was left in place: {err}"
                    ),
                ),
            }
        }
    }

    /// Opens the offered assessment. It moves into this app's own slot at once, so a second
    /// crash cannot lose it either.
    pub(super) fn restore_recovery(&mut self) {
        self.state.modal = None;
        let Some(found) = self.recovered.take() else {
            return;
        };
        let mut doc = Document::new(&self.state.framework, found.assessment, found.info.original);
        // Restored work is not in the user's file yet: the document starts dirty.
        doc.history = History::starting_at(1);
        self.state.doc = Some(doc);
        self.state.page = Page::Summary;
        self.write_recovery();
        self.remove_orphan(&found.id);
        self.offer_recovery();
    }

    /// Deletes the offered assessment, then offers the next one, if any.
    pub(super) fn discard_offered(&mut self) {
        self.state.modal = None;
        if let Some(found) = self.recovered.take() {
            self.remove_orphan(&found.id);
        }
        self.offer_recovery();
    }

    fn remove_orphan(&mut self, id: &str) {
        let Some(dir) = self.recovery_dir.clone() else {
            return;
        };
        if let Err(err) = recovery::remove(&dir, id) {
            self.notify(
                Topic::Recovery,
                Level::Warning,
                format!("An autosaved copy could not be removed: {err}"),
            );
        }
    }

    /// Removes this app's autosave: the work was saved, or deliberately replaced or dropped.
    pub(super) fn discard_recovery(&mut self) {
        self.last_edit_secs = None;
        let Some(slot) = &self.slot else {
            return;
        };
        if let Err(err) = slot.discard() {
            self.notify(
                Topic::Recovery,
                Level::Warning,
                format!("The autosave file could not be removed: {err}"),
            );
        }
    }

    fn write_recovery(&mut self) {
        let (Some(slot), Some(doc)) = (&self.slot, &self.state.doc) else {
            return;
        };
        let info = RecoveryInfo {
            original: doc.path.clone(),
        };
        if let Err(err) = slot.write(&doc.assessment, &info) {
            self.notify(
                Topic::Recovery,
                Level::Warning,
                format!("Autosave failed; your work is still open: {err}"),
            );
        }
    }

    /// Writes the recovery file once edits have paused for a few seconds; wakes up for it
    /// rather than repainting in a loop.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let (Some(_), Some(doc)) = (&self.slot, &self.state.doc) else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let Some(due_in) = self
            .autosave
            .due_in(now, self.last_edit_secs, doc.is_dirty())
        else {
            return;
        };
        if due_in > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due_in));
            return;
        }
        self.last_edit_secs = None;
        self.write_recovery();
    }
}
