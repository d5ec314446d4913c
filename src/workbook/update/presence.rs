//! Who else has the file open. Opening a file first asks the shell who else has it open; if
//! anyone does, a prompt offers Open read-only, Open anyway or Cancel. A file opened as usual
//! gets this app's presence note beside it, refreshed from [`tick`] and removed when the file
//! is closed, another is opened, or the app quits. A file opened read-only gets none, as Word
//! does: it is not in use by this app, only looked at; its edits are allowed, and Save is
//! refused with Save as… offered instead.

use std::path::{Path, PathBuf};

use super::Core;
use crate::model::Assessment;
use crate::storage::on_disk::OnDisk;
use crate::storage::presence::REFRESH_SECS;
use crate::workbook::command::Command;
use crate::workbook::effect::{Effect, Failure, Load, Now};
use crate::workbook::notice::Notice;
use crate::workbook::presence::{Held, Other};
use crate::workbook::state::{AppState, Flow, Level, Topic};

/// Once a frame: the presence note is rewritten every [`REFRESH_SECS`] while a file is open.
pub(super) fn tick(state: &mut AppState, now: Now) -> Vec<Effect> {
    let Some(held) = &mut state.presence else {
        return Vec::new();
    };
    let due_in = held.written_secs + REFRESH_SECS - now.secs;
    if due_in > 0.0 {
        return vec![Effect::RepaintAfter(due_in)];
    }
    held.written_secs = now.secs;
    vec![
        Effect::WritePresence {
            file: held.file.clone(),
            since: held.since,
        },
        Effect::RepaintAfter(REFRESH_SECS),
    ]
}

impl Core<'_> {
    /// Opens `path`, once the shell has said who else has it open.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        self.effects.push(Effect::LookForOthers(path));
    }

    /// The shell looked for others who have `path` open: nobody, and it opens; somebody, and
    /// the person is asked.
    pub(super) fn others_found(&mut self, path: PathBuf, others: Vec<Other>) {
        if others.is_empty() {
            self.effects.push(Effect::Load(Load::Open(path)));
        } else {
            self.state.flow = Flow::OthersHaveOpen { path, others };
        }
    }

    /// "Open read-only" or "Open anyway" in the prompt about others.
    pub(super) fn open_despite_others(&mut self, read_only: bool) {
        if !matches!(self.state.flow, Flow::OthersHaveOpen { .. }) {
            return;
        }
        let Flow::OthersHaveOpen { path, others } = std::mem::take(&mut self.state.flow) else {
            return;
        };
        let load = if read_only {
            Load::ReadOnly(path, others)
        } else {
            Load::Open(path)
        };
        self.effects.push(Effect::Load(load));
    }

    /// Cancel in the prompt about others: nothing is opened, and the open document stays.
    pub(super) fn cancel_open(&mut self) {
        self.state.flow = Flow::Idle;
    }

    /// An assessment was read: a file opened as usual gets this app's presence note; one opened
    /// read-only is marked so and gets none.
    pub(super) fn loaded_here(&mut self, what: Load, assessment: Assessment, disk: Option<OnDisk>) {
        match what {
            Load::Open(path) => {
                self.loaded(Load::Open(path.clone()), assessment, disk);
                self.hold_presence(path);
            }
            Load::ReadOnly(path, others) => {
                self.loaded(Load::Open(path), assessment, disk);
                if let Some(doc) = &mut self.state.doc {
                    doc.read_only = Some(others);
                }
            }
            other => self.loaded(other, assessment, disk),
        }
    }

    /// Starts keeping this app's presence note beside `file`.
    pub(super) fn hold_presence(&mut self, file: PathBuf) {
        self.let_go_presence();
        self.effects.push(Effect::WritePresence {
            file: file.clone(),
            since: self.now.utc,
        });
        self.state.presence = Some(Held {
            file,
            since: self.now.utc,
            written_secs: self.now.secs,
            warned: false,
        });
    }

    /// Removes this app's presence note, if it keeps one: the file is closed.
    pub(super) fn let_go_presence(&mut self) {
        if let Some(held) = self.state.presence.take() {
            self.effects.push(Effect::RemovePresence(held.file));
        }
    }

    /// The document was saved to `path`: a file saved as a new one is this app's own now (no
    /// longer read-only), and its presence note moves with it.
    pub(super) fn presence_after_save(&mut self, path: &Path) {
        if let Some(doc) = &mut self.state.doc {
            doc.read_only = None;
        }
        let held_here = self
            .state
            .presence
            .as_ref()
            .is_some_and(|held| held.file == path);
        if !held_here {
            self.hold_presence(path.to_owned());
        }
    }

    /// Save to a file opened read-only writes nothing: says so, with Save as… to keep the
    /// changes. Returns whether the save was refused.
    pub(super) fn refuse_read_only_save(&mut self, path: &Path) -> bool {
        let Some(doc) = &self.state.doc else {
            return false;
        };
        let (Some(others), Some(own)) = (&doc.read_only, &doc.path) else {
            return false;
        };
        if own != path {
            return false;
        }
        let notice = Notice::SaveRefused {
            others: others.clone(),
            file: own.clone(),
        };
        // Whatever waited for the save (a quit, say) waits no more: nothing was saved.
        if matches!(self.state.flow, Flow::Saving { .. }) {
            self.state.flow = Flow::Idle;
        }
        self.offer(Topic::File, Level::Warning, notice, vec![Command::SaveAs]);
        true
    }

    /// The presence note could not be written: said once per file (others will not see this
    /// app; nothing else is wrong).
    pub(super) fn presence_not_written(&mut self, detail: Failure) {
        let Some(held) = &mut self.state.presence else {
            return;
        };
        if std::mem::replace(&mut held.warned, true) {
            return;
        }
        self.notify(
            Topic::File,
            Level::Warning,
            Notice::PresenceNotWritten(detail),
        );
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use time::macros::datetime;

    use super::super::{tick, update};
    use crate::model::testing::framework;
    use crate::model::{Assessment, Edit, Phase, QuestionId};
    use crate::workbook::command::Command;
    use crate::workbook::effect::{Effect, Load, Now, Outcome};
    use crate::workbook::notice::Notice;
    use crate::workbook::presence::Other;
    use crate::workbook::state::{AppState, Flow, Places, Prefs};

    const OPENED: time::OffsetDateTime = datetime!(2026-03-02 10:02:00 UTC);

    fn at(secs: f64) -> Now {
        Now::new(secs, OPENED + time::Duration::seconds_f64(secs))
    }

    fn file() -> PathBuf {
        PathBuf::from("/share/uni.civic.json")
    }

    fn alys() -> Other {
        Other {
            name: "Alys Jones".to_owned(),
            host: "ALYS-LAPTOP".to_owned(),
            since: crate::workbook::presence::Since::Today(time::macros::time!(10:02)),
        }
    }

    fn state() -> AppState {
        AppState::new(
            framework(&[2, 2]),
            Prefs::default(),
            Places::default(),
            OPENED.date(),
        )
    }

    fn done(state: &mut AppState, outcome: Outcome, secs: f64) -> Vec<Effect> {
        update(state, Command::Done(Box::new(outcome)), at(secs))
    }

    fn loaded(state: &mut AppState, what: Load, secs: f64) -> Vec<Effect> {
        let assessment = Assessment::new(&state.framework, OPENED);
        done(
            state,
            Outcome::Loaded {
                what,
                assessment: Box::new(assessment),
                disk: None,
            },
            secs,
        )
    }

    fn write_at(file: PathBuf, secs: f64) -> Effect {
        Effect::WritePresence {
            file,
            since: at(secs).utc,
        }
    }

    #[test]
    fn opening_looks_for_others_first_and_opens_when_there_are_none() {
        let mut state = state();
        let effects = update(&mut state, Command::OpenPath(file()), at(1.0));
        assert_eq!(effects, vec![Effect::LookForOthers(file())]);
        let effects = done(
            &mut state,
            Outcome::Others {
                path: file(),
                others: Vec::new(),
            },
            1.0,
        );
        assert_eq!(effects, vec![Effect::Load(Load::Open(file()))]);
        let effects = loaded(&mut state, Load::Open(file()), 1.5);
        assert!(effects.contains(&write_at(file(), 1.5)), "{effects:?}");
        assert!(state.presence.as_ref().is_some_and(|h| h.file == file()));
    }

    #[test]
    fn others_are_asked_about_and_cancel_changes_nothing() {
        let mut state = state();
        update(&mut state, Command::OpenPath(file()), at(1.0));
        let effects = done(
            &mut state,
            Outcome::Others {
                path: file(),
                others: vec![alys()],
            },
            1.0,
        );
        assert!(effects.is_empty(), "{effects:?}");
        assert_eq!(
            state.flow,
            Flow::OthersHaveOpen {
                path: file(),
                others: vec![alys()]
            }
        );
        assert!(state.is_prompting());
        let effects = update(&mut state, Command::CloseModal, at(2.0));
        assert!(effects.is_empty());
        assert_eq!(state.flow, Flow::Idle);
        assert!(state.doc.is_none());
        // An answer after the prompt is gone does nothing.
        assert!(update(&mut state, Command::OpenAnyway, at(3.0)).is_empty());
    }

    #[test]
    fn open_anyway_opens_as_usual() {
        let mut state = state();
        state.flow = Flow::OthersHaveOpen {
            path: file(),
            others: vec![alys()],
        };
        let effects = update(&mut state, Command::OpenAnyway, at(1.0));
        assert_eq!(effects, vec![Effect::Load(Load::Open(file()))]);
        assert_eq!(state.flow, Flow::Idle);
    }

    #[test]
    fn read_only_leaves_no_note_and_save_is_refused_with_save_as_offered() {
        let mut state = state();
        state.flow = Flow::OthersHaveOpen {
            path: file(),
            others: vec![alys()],
        };
        let effects = update(&mut state, Command::OpenReadOnly, at(1.0));
        assert_eq!(
            effects,
            vec![Effect::Load(Load::ReadOnly(file(), vec![alys()]))]
        );
        let effects = loaded(&mut state, Load::ReadOnly(file(), vec![alys()]), 1.0);
        assert!(
            !effects
                .iter()
                .any(|e| matches!(e, Effect::WritePresence { .. })),
            "{effects:?}"
        );
        assert!(state.presence.is_none());
        let doc = state.doc.as_ref().unwrap();
        assert_eq!(doc.path.as_deref(), Some(file().as_path()));
        assert_eq!(doc.read_only, Some(vec![alys()]));
        // Edits are allowed…
        update(
            &mut state,
            Command::Edit(Edit::SetPhase {
                question: QuestionId::new("d0.q0"),
                phase: Phase::new(3),
            }),
            at(2.0),
        );
        // …but Save writes nothing, says why and offers Save as….
        let effects = update(&mut state, Command::Save, at(3.0));
        assert!(
            !effects.iter().any(|e| matches!(e, Effect::Save { .. })),
            "{effects:?}"
        );
        assert_eq!(state.flow, Flow::Idle);
        let last = state.notifications.last().unwrap();
        assert_eq!(
            last.text(&state.framework),
            "Not saved: uni.civic.json is open read-only because Alys Jones has it open. Use Save as… to keep your changes in a file of your own."
        );
        assert_eq!(last.actions, vec![Command::SaveAs]);
        // Save as to a file of one's own: saved, no longer read-only, and a note beside it.
        let mine = PathBuf::from("/share/mine.civic.json");
        let effects = update(&mut state, Command::SaveTo(mine.clone()), at(4.0));
        assert!(
            effects.iter().any(|e| matches!(e, Effect::Save { .. })),
            "{effects:?}"
        );
        let written = crate::storage::on_disk::OnDisk::of(&state.doc.as_ref().unwrap().assessment);
        let effects = done(
            &mut state,
            Outcome::Saved {
                path: mine.clone(),
                written: Box::new(written),
                clock: time::macros::time!(10:06),
            },
            4.0,
        );
        assert!(
            effects.contains(&write_at(mine.clone(), 4.0)),
            "{effects:?}"
        );
        assert!(state.doc.as_ref().unwrap().read_only.is_none());
    }

    #[test]
    fn the_note_is_refreshed_every_thirty_seconds_while_open() {
        let mut state = state();
        loaded(&mut state, Load::Open(file()), 0.0);
        assert_eq!(tick(&mut state, at(10.0)), vec![Effect::RepaintAfter(20.0)]);
        let effects = tick(&mut state, at(30.0));
        assert_eq!(
            effects,
            vec![write_at(file(), 0.0), Effect::RepaintAfter(30.0)]
        );
        assert_eq!(tick(&mut state, at(31.0)), vec![Effect::RepaintAfter(29.0)]);
    }

    #[test]
    fn the_note_goes_when_another_file_opens_and_on_quit() {
        let mut state = state();
        loaded(&mut state, Load::Open(file()), 0.0);
        let effects = update(&mut state, Command::OpenDemo, at(1.0));
        assert_eq!(effects, vec![Effect::Load(Load::Demo)]);
        let effects = loaded(&mut state, Load::Demo, 1.0);
        assert!(
            effects.contains(&Effect::RemovePresence(file())),
            "{effects:?}"
        );
        assert!(state.presence.is_none());
        assert!(tick(&mut state, at(100.0)).is_empty());

        loaded(&mut state, Load::Open(file()), 2.0);
        let effects = update(&mut state, Command::Quit, at(3.0));
        assert!(
            effects.contains(&Effect::RemovePresence(file())),
            "{effects:?}"
        );
        assert!(effects.contains(&Effect::Close), "{effects:?}");
    }

    #[test]
    fn a_note_that_cannot_be_written_is_said_once() {
        let mut state = state();
        loaded(&mut state, Load::Open(file()), 0.0);
        for secs in [0.0, 30.0] {
            done(
                &mut state,
                Outcome::PresenceNotWritten(crate::workbook::effect::Failure::Stopped),
                secs,
            );
        }
        let said: Vec<_> = state
            .log
            .iter()
            .filter(|n| matches!(n.notice, Notice::PresenceNotWritten(_)))
            .collect();
        assert_eq!(said.len(), 1, "{said:?}");
    }
}
