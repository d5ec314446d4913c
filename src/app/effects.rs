//! Carrying out the core's effects: the only code of the app that shows dialogs, reads and
//! writes files, starts threads and programs, or talks to the window. Each effect that has a
//! result gives it back as a command for the core.

use std::path::{Path, PathBuf};

use super::WorkbookApp;
use super::command::{ClipboardAction, Command};
use super::dialogs::{DialogResult, ManyResult};
use crate::export;
use crate::storage::export_file::{self, Replace};
use crate::storage::on_disk::OnDisk;
use crate::storage::{self, assessment_file, group_files, on_disk, recovery};
use crate::ui;
use crate::workbook::effect::{
    Effect, External, Failure, Focus, Format, Load, NotSaved, Offer, Outcome, Shared, Trouble,
    Unloaded,
};
use crate::workbook::state::PathPurpose;

/// The demo assessment, compiled in so the welcome screen can always open it.
const DEMO: &str = include_str!("../../assets/demo.civic.json");

/// A result for the core.
#[expect(
    clippy::unnecessary_wraps,
    reason = "most effects answer with `done(…)`, and `run` returns `Option`"
)]
fn done(outcome: Outcome) -> Option<Command> {
    Some(Command::Done(Box::new(outcome)))
}

impl WorkbookApp {
    /// Carries out `effect`; its result, if it has one, as a command for the core.
    pub(super) fn run(&mut self, ctx: &egui::Context, effect: Effect) -> Option<Command> {
        match effect {
            Effect::PickOpen { .. } | Effect::PickSave { .. } | Effect::PickMany { .. } => {
                self.pick(effect)
            }
            Effect::Load(what) => done(self.load(what)),
            Effect::Save {
                path,
                new_only,
                checked,
            } => done(self.save(path, new_only, checked)),
            Effect::CheckDisk => self.check_disk().and_then(done),
            Effect::FindCopies(path) => {
                let copies = storage::copies::conflict_copies(&path);
                if copies.is_empty() {
                    None
                } else {
                    done(Outcome::ConflictCopies { path, copies })
                }
            }
            Effect::Export {
                format,
                path,
                date,
                replace,
            } => self.export(format, path, date, &replace),
            Effect::Combine { paths, at } => done(
                match group_files::combine(&paths, &self.state.framework, at) {
                    Ok(combined) => Outcome::Combined {
                        group: Box::new(combined.group),
                        names: combined.names,
                        differences: combined.differences,
                    },
                    Err(err) => Outcome::NotCombined(Failure::storage(err)),
                },
            ),
            Effect::OpenExternal(external) => {
                let target = match &external {
                    External::Link { url, .. } => url.clone(),
                    External::Path(path) => path.display().to_string(),
                };
                // The launcher's own words ("exit status 512") help no one: the core says it
                // in plain words.
                match self.opener.open(&target) {
                    Ok(()) => None,
                    Err(_) => done(Outcome::NotOpened(external)),
                }
            }
            Effect::CopyText(_)
            | Effect::Focus(_)
            | Effect::Clipboard(_)
            | Effect::Zoom(_)
            | Effect::Theme(_)
            | Effect::Fullscreen(_)
            | Effect::RepaintAfter(_)
            | Effect::Close => {
                window(ctx, effect);
                None
            }
            Effect::WriteRecovery => self.write_recovery(),
            Effect::DiscardRecovery => {
                let slot = self.slot.as_ref()?;
                slot.discard().err().and_then(|err| {
                    done(Outcome::Trouble(
                        Trouble::AutosaveNotRemoved,
                        Failure::storage(err),
                    ))
                })
            }
            Effect::RemoveOrphan(id) => {
                let dir = self.recovery_dir.as_deref()?;
                recovery::remove(dir, &id).err().and_then(|err| {
                    done(Outcome::Trouble(
                        Trouble::OrphanNotRemoved,
                        Failure::storage(err),
                    ))
                })
            }
            Effect::ScanRecovery => self.scan_recovery(),
            Effect::UseMessages { lang, dir } => use_messages(lang, dir),
            Effect::LookForOthers(_) | Effect::WritePresence { .. } | Effect::RemovePresence(_) => {
                self.presence(effect)
            }
        }
    }

    /// Asks the person for a file or files through the desktop's dialogs.
    fn pick(&mut self, effect: Effect) -> Option<Command> {
        match effect {
            Effect::PickOpen { purpose, folder } => {
                let kind = if purpose == PathPurpose::Messages {
                    super::dialogs::FileKind::Messages
                } else {
                    super::dialogs::FileKind::Assessment
                };
                let picked = self.dialogs.pick_open(kind, folder.as_deref());
                dialog_result(purpose, picked)
            }
            Effect::PickSave {
                purpose,
                kind,
                folder,
                name,
            } => {
                let picked = self.dialogs.pick_save(kind, folder.as_deref(), &name);
                dialog_result(purpose, picked)
            }
            Effect::PickMany { folder } => {
                let kind = super::dialogs::FileKind::Assessment;
                let purpose = PathPurpose::Combine;
                match self.dialogs.pick_open_many(kind, folder.as_deref()) {
                    ManyResult::Picked(paths) => done(Outcome::Picked { purpose, paths }),
                    ManyResult::Cancelled => done(Outcome::Cancelled(purpose)),
                    ManyResult::Unavailable => done(Outcome::NoDialog(purpose)),
                }
            }
            _ => None,
        }
    }

    fn load(&self, what: Load) -> Outcome {
        let framework = &self.state.framework;
        // Recent files and the recovery note must not depend on the folder the app started in.
        let what = match what {
            Load::Open(path) => Load::Open(std::path::absolute(&path).unwrap_or(path)),
            Load::ReadOnly(path, others) => {
                Load::ReadOnly(std::path::absolute(&path).unwrap_or(path), others)
            }
            Load::Backup(path) => Load::Backup(std::path::absolute(&path).unwrap_or(path)),
            Load::Baseline(path) => Load::Baseline(std::path::absolute(&path).unwrap_or(path)),
            Load::Copy(path) => Load::Copy(std::path::absolute(&path).unwrap_or(path)),
            Load::Demo => Load::Demo,
        };
        let (read, disk) = match &what {
            Load::Demo => (
                assessment_file::parse(DEMO, Path::new(&crate::tr!("wb-demo-path")), framework),
                None,
            ),
            // What the file holds is kept as the base: changes made elsewhere are noticed
            // against it by content, and merged from it.
            Load::Open(path) | Load::ReadOnly(path, _) => match OnDisk::read(path, framework) {
                Ok(disk) => (Ok(disk.assessment.clone()), Some(Box::new(disk))),
                Err(err) => (Err(err), None),
            },
            Load::Backup(original) => (
                assessment_file::load(&storage::atomic::backup_path(original), framework),
                None,
            ),
            Load::Copy(path) => (assessment_file::load(path, framework), None),
            Load::Baseline(path) => {
                let own = self.state.doc.as_ref().and_then(|d| d.path.as_deref());
                if own.is_some_and(|own| export_file::same_file(own, path)) {
                    return Outcome::NotLoaded {
                        what,
                        why: Unloaded::OwnFile,
                    };
                }
                (assessment_file::load(path, framework), None)
            }
        };
        match read {
            Ok(assessment) => Outcome::Loaded {
                what,
                assessment: Box::new(assessment),
                disk,
            },
            Err(err) => {
                // The copy kept by the last save, if it reads, can be offered: also when the
                // file itself is gone (deleted, or a sync that lost it).
                let backup = match &what {
                    Load::Open(path) | Load::ReadOnly(path, _) => {
                        assessment_file::load(&storage::atomic::backup_path(path), framework)
                            .is_ok()
                    }
                    _ => false,
                };
                let why = if matches!(err, storage::Error::NotFound { .. }) {
                    Unloaded::NotFound {
                        error: Shared::new(err),
                        backup,
                    }
                } else {
                    Unloaded::Unreadable {
                        error: Shared::new(err),
                        backup,
                    }
                };
                Outcome::NotLoaded { what, why }
            }
        }
    }

    fn save(&self, path: PathBuf, new_only: bool, checked: bool) -> Outcome {
        let Some(doc) = &self.state.doc else {
            return Outcome::NotSaved {
                path,
                why: NotSaved::Failed(Failure::NoAssessment),
            };
        };
        let refused = |why| Outcome::NotSaved {
            path: path.clone(),
            why,
        };
        if new_only && path.exists() {
            return refused(NotSaved::Exists);
        }
        // A file that cannot be read as an assessment is never overwritten, not even our own
        // (a newer workbook or someone else may have rewritten it).
        if !assessment_file::is_replaceable(&path, &self.state.framework) {
            return refused(NotSaved::NotAnAssessment);
        }
        // A new file is created in one step that refuses to replace one made meanwhile. The
        // document's own file is checked again just before the new one takes its place: a
        // change made elsewhere is merged, never overwritten.
        let saved = if new_only {
            assessment_file::create_new(&path, &doc.assessment)
                .map(|()| OnDisk::of(&doc.assessment))
                .map_err(on_disk::SaveError::from)
        } else {
            let base = doc.base.as_ref().filter(|_| checked);
            on_disk::save_checked(&path, &doc.assessment, base, &self.state.framework)
        };
        match saved {
            Err(on_disk::SaveError::Storage(storage::Error::AlreadyExists { .. })) => {
                refused(NotSaved::Exists)
            }
            Ok(written) => Outcome::Saved {
                written: Box::new(written),
                path,
                clock: local_clock(),
            },
            Err(on_disk::SaveError::Changed { theirs, .. }) => refused(NotSaved::ChangedOnDisk {
                theirs,
                clock: file_clock(&path),
                who: self.who_else_has(&path),
            }),
            Err(on_disk::SaveError::Storage(err)) => {
                refused(NotSaved::Failed(Failure::storage(err)))
            }
        }
    }

    /// The open document's file, if someone else changed it since it was opened or saved here.
    fn check_disk(&self) -> Option<Outcome> {
        let doc = self.state.doc.as_ref()?;
        let (path, base) = (doc.path.as_ref()?, doc.base.as_ref()?);
        // Already shown: a second change replaces it only if it differs again.
        let known = doc.outside.as_ref().map_or(base, |outside| &outside.theirs);
        match on_disk::check(path, known, &self.state.framework) {
            on_disk::Check::Changed(theirs) => Some(Outcome::ChangedOnDisk {
                path: path.clone(),
                theirs,
                clock: file_clock(path),
                who: self.who_else_has(path),
            }),
            // A file half written, gone, or unreadable is looked at again at the next save,
            // which never overwrites one it cannot read.
            on_disk::Check::Same | on_disk::Check::Gone | on_disk::Check::Unreadable(_) => None,
        }
    }

    fn export(
        &mut self,
        format: Format,
        path: PathBuf,
        date: time::Date,
        agreed: &[PathBuf],
    ) -> Option<Command> {
        let Some(doc) = self.state.doc.as_ref() else {
            // Said back, so a report marked as under way is never left so.
            return done(Outcome::Exported {
                format,
                path,
                result: Err(Failure::NoAssessment),
            });
        };
        let framework = &self.state.framework;
        // The assessment's file and the baseline's are never written over.
        let inputs: Vec<&std::path::Path> = [
            doc.path.as_deref(),
            doc.baseline.as_ref().map(|b| b.path.as_path()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let source = export::Source {
            framework,
            assessment: &doc.assessment,
            baseline: doc.baseline.as_ref().map(|b| &b.assessment),
            date,
            languages: self.state.prefs.report_languages(),
            inputs: &inputs,
        };
        let replace = Replace::Agreed(agreed);
        let requests = [(format, path.as_path())];
        // Checked before anything is made: files already there are asked about first.
        if let Err(err) = export::check(&source, &requests, replace) {
            return done(match err {
                storage::Error::WouldReplace { .. } => Outcome::WouldReplace {
                    format,
                    path: path.clone(),
                    // Every file already there, those agreed to as well: Replace agrees to all.
                    files: export_file::existing(&export::targets(&requests)),
                },
                err => Outcome::Exported {
                    format,
                    path: path.clone(),
                    result: Err(Failure::storage(err)),
                },
            });
        }
        if format == Format::Pdf {
            // The report takes a moment: rendered and written on a thread of its own.
            return self.start_export(path, date, agreed.to_vec());
        }
        let result = export::export(&source, &requests, replace)
            .map(drop)
            .map_err(Failure::from);
        done(Outcome::Exported {
            format,
            path,
            result,
        })
    }

    fn write_recovery(&self) -> Option<Command> {
        let (Some(slot), Some(doc)) = (&self.slot, &self.state.doc) else {
            return None;
        };
        let info = recovery::RecoveryInfo {
            original: doc.path.clone(),
            base: doc.base.as_ref().map(|base| base.text.clone()),
        };
        slot.write(&doc.assessment, &info).err().and_then(|err| {
            done(Outcome::Trouble(
                Trouble::AutosaveFailed,
                Failure::storage(err),
            ))
        })
    }

    /// The autosaved copies left by apps that ended without saving them (not this app's own).
    fn scan_recovery(&self) -> Option<Command> {
        let dir = self.recovery_dir.as_deref()?;
        let own = self.slot.as_ref().map(|slot| slot.id().to_owned());
        let mut found = Vec::new();
        let mut unreadable = Vec::new();
        for orphan in recovery::orphans(dir, &self.state.framework) {
            match orphan {
                Ok(orphan) if Some(&orphan.id) != own.as_ref() => found.push(offer(orphan)),
                Ok(_) => {}
                Err(err) => unreadable.push(Failure::storage(err)),
            }
        }
        if found.is_empty() && unreadable.is_empty() {
            return None;
        }
        done(Outcome::Offers { found, unreadable })
    }
}

fn offer(found: recovery::Recovered) -> Offer {
    Offer {
        id: found.id,
        assessment: found.assessment,
        original: found.info.original,
        // In the person's own time (BST in summer): the core words it as it comes.
        written: found.written.map(|at| {
            super::local_time::in_zone(
                time::OffsetDateTime::from(at),
                &super::local_time::system_zone(),
            )
        }),
        base: found.base,
    }
}

fn dialog_result(purpose: PathPurpose, picked: DialogResult) -> Option<Command> {
    done(match picked {
        DialogResult::Picked(path) => Outcome::Picked {
            purpose,
            paths: vec![path],
        },
        DialogResult::Cancelled => Outcome::Cancelled(purpose),
        DialogResult::Unavailable => Outcome::NoDialog(purpose),
    })
}

/// The local time (the system's time zone, through jiff), read when a save needs it: the time
/// zone is loaded then, not at start-up.
fn local_clock() -> time::Time {
    super::local_time::clock_now(&super::local_time::system_zone())
}

/// The local time the file at `path` was last changed (now, if unknown).
fn file_clock(path: &Path) -> time::Time {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|modified| jiff::Timestamp::try_from(modified).ok())
        .map_or_else(local_clock, |at| {
            super::local_time::time_of(at, &super::local_time::system_zone())
        })
}

/// The effects on the window and its keyboard, which have no result.
fn window(ctx: &egui::Context, effect: Effect) {
    match effect {
        Effect::CopyText(text) => ctx.copy_text(text),
        Effect::Focus(focus) => focus_on(ctx, &focus),
        Effect::Clipboard(action) => clipboard(ctx, action),
        Effect::Zoom(zoom) => ctx.set_zoom_factor(zoom),
        Effect::Theme(choice) => ui::theme::set_preference(ctx, choice),
        Effect::Fullscreen(on) => ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on)),
        Effect::RepaintAfter(secs) => {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs.max(0.0)));
        }
        Effect::Close => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        _ => {}
    }
}

fn focus_on(ctx: &egui::Context, focus: &Focus) {
    let id = match focus {
        Focus::Field(target) => Some(ui::widgets::field_id(target)),
        Focus::LastField => ctx.data(|d| d.get_temp::<egui::Id>(ui::widgets::last_field_key())),
        Focus::MenuBar => ctx.data(|d| d.get_temp::<egui::Id>(ui::menu_bar::first_menu_key())),
        Focus::Release => {
            ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
            None
        }
    };
    if let Some(id) = id {
        ctx.memory_mut(|m| m.request_focus(id));
    }
}

/// Edit ▸ Cut, Copy, Paste and Select all act on the text field last in use (the keyboard
/// went back to it first): Cut and Copy are handed to the field once it has the keyboard back,
/// Paste asks the desktop for its clipboard, as the keys would.
fn clipboard(ctx: &egui::Context, action: ClipboardAction) {
    let Some(id) = ctx.data(|d| d.get_temp::<egui::Id>(ui::widgets::last_field_key())) else {
        return;
    };
    match action {
        ClipboardAction::Cut | ClipboardAction::Copy => {
            ui::widgets::queue_clipboard(ctx, id, action);
        }
        ClipboardAction::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
        ClipboardAction::SelectAll => {
            let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
            // The field clamps the end to its text.
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::two(
                    egui::text::CCursor::new(0),
                    egui::text::CCursor::new(usize::MAX),
                )));
            state.store(ctx, id);
        }
    }
}

/// Uses the corrected catalogue of `lang` in `dir`, or the built-in one, for the whole process:
/// every word is worded as it is shown, so the next frame reads the corrections.
fn use_messages(lang: crate::i18n::Lang, dir: Option<PathBuf>) -> Option<Command> {
    let Some(dir) = dir else {
        crate::i18n::clear_corrections(lang);
        return None;
    };
    let unused = crate::storage::catalogue_files::use_corrections(lang, &dir);
    done(Outcome::MessagesUsed {
        dir,
        unused: crate::workbook::effect::Shared::new(unused),
    })
}
