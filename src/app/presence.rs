//! The shell's side of presence: it finds who else has a file open, and writes, refreshes and
//! removes this app's own note (through `storage::presence`), as the core asks.

use time::OffsetDateTime;

use super::WorkbookApp;
use super::command::Command;
use crate::storage::presence::{self, Presence};
use crate::workbook::effect::{Effect, Outcome};
use crate::workbook::presence::Other;

impl WorkbookApp {
    /// Carries out a presence effect; its result, if it has one, as a command for the core.
    pub(super) fn presence(&self, effect: Effect) -> Option<Command> {
        let now = self.now.utc;
        let outcome = match effect {
            Effect::LookForOthers(path) => {
                let path = std::path::absolute(&path).unwrap_or(path);
                let others = presence::others(&path, &self.me, now)
                    .into_iter()
                    .map(|note| Other {
                        since: local_since(note.since, now),
                        name: note.name,
                        host: note.host,
                    })
                    .collect();
                Outcome::Others { path, others }
            }
            Effect::WritePresence { file, since } => {
                let note = Presence::new(&self.me, since, now);
                let err = presence::write(&file, &self.me, &note).err()?;
                Outcome::PresenceNotWritten(crate::workbook::effect::Failure::storage(err))
            }
            Effect::RemovePresence(file) => {
                // A note left behind goes stale by itself within minutes: nobody is locked
                // out, so there is nothing to tell the person.
                let _ = presence::remove(&file, &self.me);
                return None;
            }
            _ => return None,
        };
        Some(Command::Done(Box::new(outcome)))
    }
}

impl WorkbookApp {
    /// Who changed `path`, as far as the presence notes tell: the one other person who has it
    /// open (on one machine or several); `None` when nobody else or several people have it.
    pub(super) fn who_else_has(&self, path: &std::path::Path) -> Option<String> {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let notes = presence::others(&path, &self.me, self.now.utc);
        let first = notes.first()?;
        notes
            .iter()
            .all(|note| note.name == first.name)
            .then(|| first.name.clone())
    }
}

impl Drop for WorkbookApp {
    /// However the app ends without Quit (the window closed by the system, a test's app
    /// dropped), the note goes with it rather than waiting to go stale.
    fn drop(&mut self) {
        if let Some(held) = &self.state.presence {
            let _ = presence::remove(&held.file, &self.me);
        }
    }
}

/// `at` in the system's time zone, beside "since": the time alone today, with its date on
/// another day (see [`super::local_time::since`]).
fn local_since(at: OffsetDateTime, now: OffsetDateTime) -> crate::workbook::presence::Since {
    super::local_time::since(at, now, &super::local_time::system_zone())
}
