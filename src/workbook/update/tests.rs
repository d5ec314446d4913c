//! The core without a window: each test gives commands and the shell's answers by hand and
//! checks the state and the effects asked for. The prompt chains (unsaved changes → dialog or
//! typed path → the New, Open or Quit that waited; quitting during an export) are here.

use std::path::PathBuf;

use time::macros::datetime;

use super::{tick, update};
use crate::model::testing::framework;
use crate::model::{Edit, Phase, QuestionId, TextTarget};
use crate::workbook::command::{Command, Page, UnsavedChoice};
use crate::workbook::effect::{
    Effect, Existing, External, Failure, Focus, Format, Load, NotSaved, Now, Offer, Outcome,
    Shared, Unloaded,
};
use crate::workbook::state::{
    AppState, Document, Flow, Level, PathPurpose, Pending, Places, Prefs, TOAST_SECS, Topic,
};

fn at(secs: f64) -> Now {
    Now::new(secs, datetime!(2026-12-01 14:02:07.5 UTC))
}

/// Writing failed: the disk is full.
fn disk_full() -> Failure {
    Failure::NotStarted(Shared::new(std::io::Error::other("the disk is full")))
}

fn state() -> AppState {
    AppState::new(
        framework(&[2, 2]),
        Prefs::default(),
        Places {
            home: Some(PathBuf::from("/home/ann")),
            start: Some(PathBuf::from("/work")),
        },
        datetime!(2026-01-01 0:00 UTC).date(),
    )
}

/// A state with an assessment open from `/data/uni.civic.json`.
fn opened() -> AppState {
    let mut state = state();
    let assessment = crate::model::Assessment::new(&state.framework, at(0.0).utc);
    done(
        &mut state,
        Outcome::Loaded {
            what: Load::Open(PathBuf::from("/data/uni.civic.json")),
            assessment: Box::new(assessment),
            disk: None,
        },
        1.0,
    );
    // The presence note it now keeps has tests of its own (presence.rs); these count effects.
    state.presence = None;
    state
}

/// `opened`, with one edit not yet saved.
fn edited() -> AppState {
    let mut state = opened();
    rate(&mut state, "d0.q0", 3, 2.0);
    assert!(state.doc.as_ref().is_some_and(Document::is_dirty));
    state
}

fn rate(state: &mut AppState, question: &str, phase: u8, secs: f64) -> Vec<Effect> {
    update(
        state,
        Command::Edit(Edit::SetPhase {
            question: QuestionId::new(question),
            phase: Phase::new(phase),
        }),
        at(secs),
    )
}

fn done(state: &mut AppState, outcome: Outcome, secs: f64) -> Vec<Effect> {
    update(state, Command::Done(Box::new(outcome)), at(secs))
}

fn texts(state: &AppState) -> Vec<String> {
    state
        .notifications
        .iter()
        .map(|n| n.text(&state.framework))
        .collect()
}

#[test]
fn quit_with_unsaved_changes_and_no_dialog_saves_to_a_typed_path_then_closes() {
    let mut state = state();
    update(&mut state, Command::New, at(1.0));
    update(
        &mut state,
        Command::Edit(Edit::SetText {
            target: TextTarget::Institution,
            text: "Cwmtawe University".to_owned(),
        }),
        at(2.0),
    );
    assert_eq!(update(&mut state, Command::Quit, at(3.0)), vec![]);
    assert_eq!(
        state.flow,
        Flow::Unsaved {
            then: Pending::Quit
        }
    );
    // Save: the file has no name yet, so a dialog is asked for.
    let effects = update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Save),
        at(4.0),
    );
    assert_eq!(
        effects,
        vec![Effect::PickSave {
            purpose: PathPurpose::Save,
            kind: crate::workbook::effect::FileKind::Assessment,
            folder: None,
            name: "cwmtawe-university.civic.json".to_owned(),
        }]
    );
    // No dialog here: the typed path prompt keeps the Quit that waits.
    done(&mut state, Outcome::NoDialog(PathPurpose::Save), 4.0);
    let Flow::TypedPath {
        purpose,
        text,
        then,
        ..
    } = &state.flow
    else {
        panic!("expected the typed path prompt, got {:?}", state.flow);
    };
    assert_eq!(*purpose, PathPurpose::Save);
    assert_eq!(text, "/work/cwmtawe-university.civic.json");
    assert_eq!(*then, Some(Pending::Quit));
    // A relative name is relative to the home folder; the extension is added.
    update(&mut state, Command::SetTypedPath("uni".to_owned()), at(5.0));
    let effects = update(&mut state, Command::ConfirmTypedPath, at(6.0));
    let target = PathBuf::from("/home/ann/uni.civic.json");
    assert_eq!(
        effects,
        vec![Effect::Save {
            path: target.clone(),
            new_only: true,
            checked: false,
        }]
    );
    // The name is taken: the prompt comes back, still waiting to quit.
    done(
        &mut state,
        Outcome::NotSaved {
            path: target.clone(),
            why: NotSaved::Exists,
        },
        6.0,
    );
    assert!(
        matches!(&state.flow, Flow::TypedPath { problem: Some(p), then: Some(Pending::Quit), .. } if p.contains("already there")),
        "{:?}",
        state.flow
    );
    assert!(state.is_prompting());
    update(
        &mut state,
        Command::SetTypedPath("~/uni-2".to_owned()),
        at(7.0),
    );
    update(&mut state, Command::ConfirmTypedPath, at(8.0));
    let written = crate::storage::on_disk::OnDisk::of(&state.doc.as_ref().unwrap().assessment);
    let effects = done(
        &mut state,
        Outcome::Saved {
            path: PathBuf::from("/home/ann/uni-2.civic.json"),
            written: Box::new(written),
            clock: time::macros::time!(14:02),
        },
        8.0,
    );
    assert!(effects.contains(&Effect::Close), "{effects:?}");
    assert_eq!(state.flow, Flow::Closing);
    let doc = state.doc.as_ref().expect("a document");
    assert!(!doc.is_dirty());
    // The clock passed in, not the wall clock: whole seconds.
    assert_eq!(
        doc.assessment.modified,
        Some(datetime!(2026-12-01 14:02:07 UTC))
    );
    assert_eq!(
        state.file_event.as_deref(),
        Some("Saved uni-2.civic.json at 14:02")
    );
}

#[test]
fn a_cancelled_save_dialog_calls_off_what_waited_and_keeps_the_changes() {
    let mut state = edited();
    update(&mut state, Command::New, at(3.0));
    update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Save),
        at(3.0),
    );
    // The file has a name: it is saved there, no dialog.
    done(
        &mut state,
        Outcome::NotSaved {
            path: PathBuf::from("/data/uni.civic.json"),
            why: NotSaved::Failed(disk_full()),
        },
        3.0,
    );
    assert_eq!(state.flow, Flow::Idle);
    assert!(texts(&state).iter().any(|t| t.contains("disk is full")));
    let doc = state.doc.as_ref().expect("still open");
    assert!(doc.is_dirty(), "the changes stay");
    assert_eq!(doc.path, Some(PathBuf::from("/data/uni.civic.json")));
    // Save as, cancelled: nothing happens, and New does not go ahead.
    update(&mut state, Command::New, at(4.0));
    update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Discard),
        at(4.0),
    );
    assert_eq!(state.page, Page::Details, "Don't save: New goes ahead");
    let mut state = edited();
    update(&mut state, Command::SaveAs, at(5.0));
    done(&mut state, Outcome::Cancelled(PathPurpose::Save), 5.0);
    assert_eq!(state.flow, Flow::Idle);
    assert!(state.doc.as_ref().is_some_and(Document::is_dirty));
}

#[test]
fn a_typed_path_to_open_after_dont_save_opens_without_asking_again() {
    let mut state = edited();
    update(&mut state, Command::Open, at(3.0));
    let effects = update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Discard),
        at(3.0),
    );
    assert_eq!(
        effects,
        vec![Effect::PickOpen {
            purpose: PathPurpose::Open,
            folder: Some(PathBuf::from("/data")),
        }]
    );
    done(&mut state, Outcome::NoDialog(PathPurpose::Open), 3.0);
    assert!(matches!(&state.flow, Flow::TypedPath { text, .. } if text == "/data/"));
    update(
        &mut state,
        Command::SetTypedPath("other.civic.json".to_owned()),
        at(4.0),
    );
    let effects = update(&mut state, Command::ConfirmTypedPath, at(4.0));
    assert_eq!(
        effects,
        vec![Effect::LookForOthers(PathBuf::from(
            "/data/other.civic.json"
        ))]
    );
    assert_eq!(state.flow, Flow::Idle, "no second unsaved-changes prompt");
}

#[test]
fn quitting_during_an_export_closes_once_the_report_is_written() {
    let mut state = opened();
    let effects = update(
        &mut state,
        Command::ExportPdfTo(PathBuf::from("/out/report")),
        at(2.0),
    );
    let report = PathBuf::from("/out/report.pdf");
    assert_eq!(
        effects,
        vec![Effect::Export {
            format: Format::Pdf,
            path: report.clone(),
            date: datetime!(2026-12-01 0:00 UTC).date(),
            replace: Vec::new(),
        }]
    );
    assert_eq!(state.exporting, Some(report.clone()));
    // A second export waits for the first.
    assert_eq!(update(&mut state, Command::ExportPdf, at(2.5)), vec![]);
    assert!(
        texts(&state)
            .iter()
            .any(|t| t == "An export is already under way.")
    );
    // Quit: nothing is cut short; the window says it will close.
    assert_eq!(update(&mut state, Command::Quit, at(3.0)), vec![]);
    assert_eq!(state.flow, Flow::QuitAfterExport);
    assert!(state.is_prompting(), "the prompt takes the keys");
    let effects = done(
        &mut state,
        Outcome::Exported {
            format: Format::Pdf,
            path: report,
            result: Ok(()),
        },
        9.0,
    );
    assert_eq!(effects, vec![Effect::DiscardRecovery, Effect::Close]);
    assert_eq!(state.flow, Flow::Closing);
    assert_eq!(state.exporting, None);
}

#[test]
fn a_failed_export_keeps_the_window_open_to_say_why() {
    let mut state = opened();
    update(
        &mut state,
        Command::ExportPdfTo(PathBuf::from("/out/r.pdf")),
        at(2.0),
    );
    update(&mut state, Command::Quit, at(3.0));
    let effects = done(
        &mut state,
        Outcome::Exported {
            format: Format::Pdf,
            path: PathBuf::from("/out/r.pdf"),
            result: Err(disk_full()),
        },
        4.0,
    );
    assert_eq!(effects, vec![]);
    assert_eq!(state.flow, Flow::Idle);
    let last = state.notifications.last().expect("a message");
    assert_eq!(last.level, Level::Error);
    assert!(
        last.text(&state.framework).contains("the disk is full"),
        "{}",
        last.text(&state.framework)
    );
}

#[test]
fn keep_the_window_open_lets_the_export_finish_with_its_message() {
    let mut state = opened();
    update(
        &mut state,
        Command::ExportPdfTo(PathBuf::from("/out/r.pdf")),
        at(2.0),
    );
    update(&mut state, Command::Quit, at(3.0));
    update(&mut state, Command::CloseModal, at(3.5));
    assert_eq!(state.flow, Flow::Idle);
    let effects = done(
        &mut state,
        Outcome::Exported {
            format: Format::Pdf,
            path: PathBuf::from("/out/r.pdf"),
            result: Ok(()),
        },
        4.0,
    );
    assert!(!effects.contains(&Effect::Close));
    let last = state.notifications.last().expect("a message");
    assert_eq!(last.text(&state.framework), "Report exported: /out/r.pdf");
    assert_eq!(
        last.actions
            .first()
            .map(crate::workbook::notice::offer_label)
            .as_deref(),
        Some("Open PDF")
    );
}

#[test]
fn autosave_follows_the_clock_passed_in() {
    let mut state = edited();
    assert_eq!(state.last_edit_secs, Some(2.0));
    assert_eq!(tick(&mut state, at(3.0)), vec![Effect::RepaintAfter(2.0)]);
    assert_eq!(tick(&mut state, at(5.0)), vec![Effect::WriteRecovery]);
    assert_eq!(
        tick(&mut state, at(9.0)),
        vec![],
        "once, until the next edit"
    );
    assert_eq!(state.today, datetime!(2026-12-01 0:00 UTC).date());
}

#[test]
fn good_news_fades_on_the_clock_and_warnings_stay() {
    let mut state = opened();
    update(
        &mut state,
        Command::OpenLink("javascript:alert(1)".into()),
        at(1.0),
    );
    done(
        &mut state,
        Outcome::Exported {
            format: Format::Markdown,
            path: PathBuf::from("/out/a.md"),
            result: Ok(()),
        },
        1.0,
    );
    assert_eq!(state.notifications.len(), 2);
    let effects = tick(&mut state, at(1.0 + TOAST_SECS));
    assert_eq!(
        effects.len(),
        1,
        "a wake-up for the fading one: {effects:?}"
    );
    tick(&mut state, at(1.0 + 16.0));
    assert_eq!(state.notifications.len(), 1);
    assert_eq!(state.notifications[0].level, Level::Warning);
    assert_eq!(state.log.len(), 2, "the log keeps both");
}

#[test]
fn links_open_only_when_safe_and_a_link_no_program_opens_is_copied() {
    let mut state = opened();
    assert_eq!(
        update(
            &mut state,
            Command::OpenLink("file:///etc/passwd".into()),
            at(1.0)
        ),
        vec![]
    );
    let effects = update(
        &mut state,
        Command::OpenLink("https://example.org/report".into()),
        at(1.0),
    );
    let link = External::Link {
        url: "https://example.org/report".to_owned(),
        email: false,
    };
    assert_eq!(effects, vec![Effect::OpenExternal(link.clone())]);
    let effects = done(&mut state, Outcome::NotOpened(link), 1.0);
    assert_eq!(
        effects,
        vec![Effect::CopyText("https://example.org/report".to_owned())]
    );
    let text = texts(&state).join(" | ");
    assert!(text.contains("The link was copied"), "{text}");
    assert!(!text.contains("status"), "{text}");
}

#[test]
fn a_file_that_cannot_be_read_offers_its_backup_and_a_missing_one_leaves_recent_files() {
    let mut state = opened();
    let path = PathBuf::from("/data/broken.civic.json");
    let unreadable = Shared::new(crate::storage::Error::TooLarge {
        path: path.clone(),
        size: 2,
        limit: 1,
    });
    let gone = || {
        Shared::new(crate::storage::Error::NotFound {
            path: PathBuf::from("/data/gone.civic.json"),
        })
    };
    state.prefs.remember(PathBuf::from("/data/gone.civic.json"));
    done(
        &mut state,
        Outcome::NotLoaded {
            what: Load::Open(path.clone()),
            why: Unloaded::Unreadable {
                error: unreadable.clone(),
                backup: true,
            },
        },
        2.0,
    );
    let last = state.notifications.last().expect("a message");
    let opening = format!(
        "broken.civic.json could not be opened. {}",
        unreadable.for_people()
    );
    assert!(
        last.text(&state.framework).starts_with(&opening),
        "{}",
        last.text(&state.framework)
    );
    assert_eq!(last.actions[0], Command::OpenBackup(path));
    assert_eq!(
        state.doc.as_ref().and_then(|d| d.path.clone()),
        Some(PathBuf::from("/data/uni.civic.json")),
        "the open document stays"
    );
    done(
        &mut state,
        Outcome::NotLoaded {
            what: Load::Open(PathBuf::from("/data/gone.civic.json")),
            why: Unloaded::NotFound {
                error: gone(),
                backup: false,
            },
        },
        3.0,
    );
    assert!(
        !state
            .prefs
            .recent
            .contains(&PathBuf::from("/data/gone.civic.json"))
    );
    // Gone, but its last save's copy reads: offered, and the name stays in the list.
    let missing = PathBuf::from("/data/lost.civic.json");
    state.prefs.remember(missing.clone());
    done(
        &mut state,
        Outcome::NotLoaded {
            what: Load::Open(missing.clone()),
            why: Unloaded::NotFound {
                error: gone(),
                backup: true,
            },
        },
        4.0,
    );
    let last = state.notifications.last().expect("a message");
    assert_eq!(last.actions[0], Command::OpenBackup(missing.clone()));
    assert!(state.prefs.recent.contains(&missing));
}

#[test]
fn undo_goes_to_the_change_and_rings_it_on_the_clock() {
    let mut state = opened();
    update(&mut state, Command::Navigate(Page::Domain(1)), at(2.0));
    let narrative = TextTarget::Narrative(QuestionId::new("d0.q1"));
    update(
        &mut state,
        Command::Edit(Edit::SetText {
            target: narrative.clone(),
            text: "We meet monthly".to_owned(),
        }),
        at(3.0),
    );
    update(&mut state, Command::Navigate(Page::Summary), at(4.0));
    let effects = update(&mut state, Command::Undo, at(10.0));
    for effect in [
        Effect::RepaintAfter(super::FLASH_SECS),
        Effect::Focus(Focus::Field(narrative)),
        // Back at the saved file: nothing left to recover.
        Effect::DiscardRecovery,
    ] {
        assert!(effects.contains(&effect), "{effect:?} not in {effects:?}");
    }
    assert_eq!(state.page, Page::Domain(0));
    assert_eq!(state.scroll_to, Some(QuestionId::new("d0.q1")));
    assert_eq!(
        state.flash,
        Some((QuestionId::new("d0.q1"), 10.0 + super::FLASH_SECS))
    );
    assert!(!state.doc.as_ref().is_some_and(Document::is_dirty));
    tick(&mut state, at(12.0));
    assert_eq!(state.flash, None, "the ring goes");
}

#[test]
fn recovery_is_offered_until_answered_and_restored_work_moves_to_its_own_slot() {
    let mut state = state();
    let mut assessment = crate::model::Assessment::new(&state.framework, at(0.0).utc);
    "Cwmtawe University".clone_into(&mut assessment.institution);
    done(
        &mut state,
        Outcome::Offers {
            found: vec![Offer {
                id: "abc".to_owned(),
                assessment,
                original: Some(PathBuf::from("/data/uni.civic.json")),
                written: Some(datetime!(2026-11-30 17:45 UTC)),
                base: None,
            }],
            unreadable: vec![],
        },
        1.0,
    );
    assert_eq!(
        state.flow,
        Flow::Recovery {
            written: "30 Nov 2026 at 17:45".to_owned(),
            description: "Cwmtawe University".to_owned(),
        }
    );
    update(&mut state, Command::CloseModal, at(2.0));
    assert!(
        state.is_prompting(),
        "Escape does not throw away the only copy"
    );
    let effects = update(&mut state, Command::RestoreRecovery, at(3.0));
    assert_eq!(
        effects,
        vec![
            Effect::DiscardRecovery,
            Effect::WriteRecovery,
            Effect::RemoveOrphan("abc".to_owned()),
            Effect::ScanRecovery,
            // Colleagues opening the file from now on see that it is open here.
            Effect::WritePresence {
                file: PathBuf::from("/data/uni.civic.json"),
                since: at(3.0).utc,
            },
        ]
    );
    let doc = state.doc.as_ref().expect("restored");
    assert!(doc.is_dirty(), "restored work is not in the file yet");
    assert_eq!(doc.path, Some(PathBuf::from("/data/uni.civic.json")));
    // Its file could not be removed, so the scan finds it again: answered once, not twice.
    let found = offers(&state, "abc");
    done(&mut state, found, 4.0);
    assert_eq!(state.flow, Flow::Idle);
    assert_eq!(state.offer, None);
}

/// The scan's answer: one readable copy, `id`.
fn offers(state: &AppState, id: &str) -> Outcome {
    Outcome::Offers {
        found: vec![Offer {
            id: id.to_owned(),
            assessment: crate::model::Assessment::new(&state.framework, at(0.0).utc),
            original: None,
            written: None,
            base: None,
        }],
        unreadable: vec![],
    }
}

#[test]
fn recovery_waits_behind_another_prompt_and_comes_back_when_restoring_is_called_off() {
    let mut state = edited();
    update(&mut state, Command::Quit, at(3.0));
    let found = offers(&state, "abc");
    done(&mut state, found, 3.5);
    assert!(
        matches!(state.flow, Flow::Unsaved { .. }),
        "the question on screen is answered first"
    );
    update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Cancel),
        at(4.0),
    );
    assert!(
        matches!(state.flow, Flow::Recovery { .. }),
        "then the offer"
    );
    // Restoring would replace unsaved work: asked first; called off, the offer is back.
    update(&mut state, Command::RestoreRecovery, at(5.0));
    assert_eq!(
        state.flow,
        Flow::Unsaved {
            then: Pending::RestoreRecovery
        }
    );
    update(&mut state, Command::CloseModal, at(6.0));
    assert!(matches!(state.flow, Flow::Recovery { .. }));
    // Save first, and the save fails: the offer is back too.
    update(&mut state, Command::RestoreRecovery, at(7.0));
    update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Save),
        at(7.5),
    );
    assert!(matches!(state.flow, Flow::Saving { .. }));
    done(
        &mut state,
        Outcome::NotSaved {
            path: PathBuf::from("/data/uni.civic.json"),
            why: NotSaved::Failed(disk_full()),
        },
        8.0,
    );
    assert!(matches!(state.flow, Flow::Recovery { .. }));
    assert!(state.offer.is_some(), "still on offer");
}

#[test]
fn a_stray_answer_changes_no_other_prompt_and_a_closing_window_takes_no_more_commands() {
    let mut state = opened();
    done(&mut state, Outcome::NoDialog(PathPurpose::Open), 2.0);
    assert!(matches!(state.flow, Flow::TypedPath { .. }));
    update(
        &mut state,
        Command::ResolveUnsaved(UnsavedChoice::Discard),
        at(3.0),
    );
    assert!(
        matches!(state.flow, Flow::TypedPath { .. }),
        "the typed path prompt stays"
    );
    update(&mut state, Command::CloseModal, at(3.5));
    assert_eq!(
        update(&mut state, Command::Quit, at(4.0)),
        vec![Effect::DiscardRecovery, Effect::Close]
    );
    assert_eq!(state.flow, Flow::Closing);
    assert_eq!(update(&mut state, Command::New, at(4.1)), vec![]);
    assert_eq!(update(&mut state, Command::Open, at(4.2)), vec![]);
    assert_eq!(state.flow, Flow::Closing);
    assert_eq!(
        state.doc.as_ref().and_then(|d| d.path.clone()),
        Some(PathBuf::from("/data/uni.civic.json"))
    );
}

#[test]
fn a_save_dialog_that_gives_no_file_calls_the_save_off() {
    let mut state = edited();
    update(&mut state, Command::SaveAs, at(3.0));
    assert!(matches!(state.flow, Flow::Saving { .. }));
    let effects = done(
        &mut state,
        Outcome::Picked {
            purpose: PathPurpose::Save,
            paths: vec![],
        },
        4.0,
    );
    assert_eq!(effects, vec![]);
    assert_eq!(state.flow, Flow::Idle);
}

#[test]
fn presenter_mode_asks_for_full_screen_and_leaves_at_the_question_shown() {
    let mut state = opened();
    update(&mut state, Command::Navigate(Page::Domain(1)), at(1.0));
    let effects = update(&mut state, Command::Present, at(1.0));
    assert_eq!(
        effects,
        vec![Effect::Focus(Focus::Release), Effect::Fullscreen(true)]
    );
    assert_eq!(state.presenting, Some(QuestionId::new("d1.q0")));
    update(&mut state, Command::PresentStep(-1), at(2.0));
    assert_eq!(
        state.presenting,
        Some(QuestionId::new("d0.q1")),
        "across domains"
    );
    update(&mut state, Command::PresentStep(-5), at(2.0));
    assert_eq!(
        state.presenting,
        Some(QuestionId::new("d0.q0")),
        "stops at the start"
    );
    let effects = update(&mut state, Command::StopPresenting, at(3.0));
    assert_eq!(effects, vec![Effect::Fullscreen(false)]);
    assert_eq!(state.page, Page::Domain(0));
    assert_eq!(state.scroll_to, Some(QuestionId::new("d0.q0")));
}

#[test]
fn combining_asks_for_files_then_opens_the_group_unsaved() {
    let mut state = state();
    let effects = update(&mut state, Command::CombineAssessments, at(1.0));
    assert_eq!(effects, vec![Effect::PickMany { folder: None }]);
    let paths = vec![
        PathBuf::from("/a.civic.json"),
        PathBuf::from("/b.civic.json"),
    ];
    let effects = done(
        &mut state,
        Outcome::Picked {
            purpose: PathPurpose::Combine,
            paths: paths.clone(),
        },
        1.0,
    );
    assert_eq!(
        effects,
        vec![Effect::Combine {
            paths,
            at: datetime!(2026-12-01 14:02:07 UTC),
        }]
    );
    let group = crate::model::Assessment::new(&state.framework, at(0.0).utc);
    done(
        &mut state,
        Outcome::Combined {
            group: Box::new(group),
            names: vec!["Ann".to_owned(), "Bryn".to_owned()],
            differences: vec![],
        },
        1.0,
    );
    let doc = state.doc.as_ref().expect("the group");
    assert!(doc.is_dirty(), "not saved anywhere yet");
    assert_eq!(doc.display_name(), "Group assessment");
    assert!(texts(&state)[0].starts_with("Combined 2 assessors (Ann, Bryn)."));
    assert_eq!(
        state.notifications[0].topic,
        Topic::Combine,
        "found by topic, not text"
    );
}

#[test]
fn a_report_that_shows_placeholders_says_where() {
    let mut state = opened();
    update(
        &mut state,
        Command::Edit(Edit::SetText {
            target: TextTarget::Narrative(QuestionId::new("d1.q0")),
            text: "Partners in 漢字".to_owned(),
        }),
        at(2.0),
    );
    let path = PathBuf::from("/data/uni.pdf");
    update(&mut state, Command::ExportPdfTo(path.clone()), at(3.0));
    done(
        &mut state,
        Outcome::Exported {
            format: Format::Pdf,
            path,
            result: Ok(()),
        },
        4.0,
    );
    let warning = state
        .notifications
        .iter()
        .find(|n| n.topic == Topic::Export && n.level == Level::Warning)
        .expect("a warning beside the success");
    assert!(
        warning.text(&state.framework).contains("empty boxes"),
        "{}",
        warning.text(&state.framework)
    );
    assert_eq!(warning.actions[0], Command::ShowProblems);
    let problems = &state.doc.as_ref().expect("open").problems;
    assert!(
        problems
            .iter()
            .any(|p| p.location.to_string() == "d1.q0, narrative"
                && p.message().contains("漢 (U+6F22)")),
        "{problems:?}"
    );
}

#[test]
fn an_export_over_files_already_there_asks_first_and_replaces_only_those() {
    let mut state = opened();
    let effects = update(
        &mut state,
        Command::ExportPdfTo(PathBuf::from("/out/r.pdf")),
        at(2.0),
    );
    assert!(matches!(&effects[..], [Effect::Export { replace, .. }] if replace.is_empty()));
    let files = vec![Existing {
        path: PathBuf::from("/out/r.pdf"),
        own: false,
    }];
    let effects = done(
        &mut state,
        Outcome::WouldReplace {
            format: Format::Pdf,
            path: PathBuf::from("/out/r.pdf"),
            files: files.clone(),
        },
        3.0,
    );
    assert_eq!(effects, vec![]);
    assert!(state.is_prompting(), "the question takes the keys");
    assert_eq!(
        state.exporting, None,
        "no report is under way while it asks"
    );
    // Cancel: nothing is written, and the message says so.
    update(&mut state, Command::CloseModal, at(4.0));
    assert_eq!(state.flow, Flow::Idle);
    assert!(
        texts(&state)
            .iter()
            .any(|t| t.starts_with("Nothing was exported"))
    );
    // Asked again, Replace: the export goes ahead, agreeing to replace exactly those files.
    done(
        &mut state,
        Outcome::WouldReplace {
            format: Format::Pdf,
            path: PathBuf::from("/out/r.pdf"),
            files,
        },
        5.0,
    );
    let effects = update(&mut state, Command::ConfirmReplace, at(6.0));
    assert_eq!(
        effects,
        vec![Effect::Export {
            format: Format::Pdf,
            path: PathBuf::from("/out/r.pdf"),
            date: datetime!(2026-12-01 0:00 UTC).date(),
            replace: vec![PathBuf::from("/out/r.pdf")],
        }]
    );
    assert_eq!(state.flow, Flow::Idle);
    assert_eq!(state.exporting, Some(PathBuf::from("/out/r.pdf")));
    // A second Replace (a double click) does nothing more.
    assert_eq!(update(&mut state, Command::ConfirmReplace, at(6.1)), vec![]);
}

#[test]
fn a_file_picked_in_the_save_dialog_counts_as_agreed() {
    let mut state = opened();
    let effects = done(
        &mut state,
        Outcome::Picked {
            purpose: PathPurpose::ExportCsv,
            paths: vec![PathBuf::from("/out/d.csv")],
        },
        3.0,
    );
    assert!(
        matches!(&effects[..], [Effect::Export { replace, .. }] if replace == &[PathBuf::from("/out/d.csv")]),
        "{effects:?}"
    );
}

#[test]
fn a_file_of_another_framework_version_is_offered_the_move_never_moved_unasked() {
    let open_older = |state: &mut AppState| {
        let mut assessment = crate::model::Assessment::new(&state.framework, at(0.0).utc);
        "2025.1".clone_into(&mut assessment.framework.version);
        let response = assessment
            .responses
            .entry(QuestionId::new("d0.q0"))
            .or_default();
        response.phase = Phase::new(3);
        // A question this version no longer asks.
        assessment.responses.insert(
            QuestionId::new("d9.gone"),
            crate::model::Response::default(),
        );
        done(
            state,
            Outcome::Loaded {
                what: Load::Open(PathBuf::from("/data/old.civic.json")),
                assessment: Box::new(assessment),
                disk: None,
            },
            1.0,
        );
    };
    let current = state().framework.version().to_owned();
    // Keep: nothing changes.
    let mut state = state();
    open_older(&mut state);
    assert_eq!(
        state.flow,
        Flow::OfferMigration {
            from: "2025.1".to_owned(),
            to: current.clone(),
        }
    );
    assert!(state.is_prompting());
    update(&mut state, Command::CloseModal, at(2.0));
    assert_eq!(state.flow, Flow::Idle);
    let doc = state.doc.as_ref().unwrap();
    assert_eq!(doc.assessment.framework.version, "2025.1");
    assert!(!doc.is_dirty());
    assert!(
        doc.problems
            .iter()
            .any(|p| p.location == crate::model::Location::Framework)
    );
    // Move: the open document is on the version in use, every answer kept, and unsaved.
    let mut state = self::state();
    open_older(&mut state);
    assert_eq!(
        update(&mut state, Command::MigrateToCurrent, at(2.0)),
        vec![]
    );
    assert_eq!(state.flow, Flow::Idle);
    let doc = state.doc.as_ref().unwrap();
    assert_eq!(doc.assessment.framework.version, current);
    assert!(doc.is_dirty(), "moved, not saved");
    assert_eq!(doc.path, Some(PathBuf::from("/data/old.civic.json")));
    assert_eq!(doc.assessment.responses.len(), 2, "nothing dropped");
    assert_eq!(doc.scorecard.rated_questions(), 1);
    assert!(
        doc.problems
            .iter()
            .all(|p| p.location != crate::model::Location::Framework),
        "the version is no longer a problem: {:?}",
        doc.problems
    );
    let said = texts(&state);
    assert!(
        said.iter().any(|t| t.starts_with(&format!(
            "Moved to version {current}: 1 answer carried over. 1 answer to questions version {current} no longer asks is kept apart"
        ))),
        "{said:?}"
    );
    // A file on the version in use is not asked about.
    let state = opened();
    assert_eq!(state.flow, Flow::Idle);
}

/// `edited`, with its file's content as the base (rated nothing).
fn edited_with_base() -> AppState {
    let mut state = edited();
    let doc = state.doc.as_mut().unwrap();
    let mut base = doc.assessment.clone();
    base.responses.clear();
    doc.base = Some(crate::storage::on_disk::OnDisk::of(&base));
    state
}

/// A save finds the file changed: theirs rates `question` `phase`.
fn save_finds(state: &mut AppState, question: &str, phase: u8) -> Vec<Effect> {
    update(state, Command::Save, at(3.0));
    let mut theirs = state.doc.as_ref().unwrap().base.clone().unwrap().assessment;
    theirs
        .apply(Edit::SetPhase {
            question: QuestionId::new(question),
            phase: Phase::new(phase),
        })
        .unwrap();
    done(
        state,
        Outcome::NotSaved {
            path: PathBuf::from("/data/uni.civic.json"),
            why: NotSaved::ChangedOnDisk {
                theirs: Box::new(crate::storage::on_disk::OnDisk::of(&theirs)),
                clock: time::macros::time!(10:14),
                who: None,
            },
        },
        3.0,
    )
}

#[test]
fn a_save_that_finds_other_changes_merges_them_and_saves_again() {
    let mut state = edited_with_base();
    let effects = save_finds(&mut state, "d1.q1", 4);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Save { checked: true, .. })),
        "{effects:?}"
    );
    let doc = state.doc.as_ref().unwrap();
    let phase = |q: &str| {
        doc.assessment
            .response(&QuestionId::new(q))
            .and_then(|r| r.phase)
    };
    assert_eq!(phase("d0.q0"), Phase::new(3), "mine");
    assert_eq!(phase("d1.q1"), Phase::new(4), "theirs");
    assert!(doc.outside.is_none());
    assert!(state.merging.is_none());
    assert!(
        texts(&state)
            .iter()
            .any(|t| t.starts_with("Merged 1 change"))
    );
}

#[test]
fn a_save_that_finds_the_same_thing_changed_shows_both_and_writes_nothing() {
    let mut state = edited_with_base();
    let effects = save_finds(&mut state, "d0.q0", 5);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Save { .. })),
        "{effects:?}"
    );
    let view = state.merging.as_ref().expect("the conflict is shown");
    assert_eq!(view.merge.conflicts.len(), 1);
    assert!(!view.is_preview);
    assert_eq!(state.flow, Flow::Idle);
    // Theirs, then apply: the merged result is saved, as the save asked.
    update(
        &mut state,
        Command::SetMergeChoice(0, crate::model::merge::Choice::Theirs),
        at(4.0),
    );
    let effects = update(&mut state, Command::ApplyMerge, at(4.0));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Save { checked: true, .. })),
        "{effects:?}"
    );
    let doc = state.doc.as_ref().unwrap();
    let phase = doc
        .assessment
        .response(&QuestionId::new("d0.q0"))
        .and_then(|r| r.phase);
    assert_eq!(phase, Phase::new(5));
    // Both is refused where it cannot be: a rating.
    let mut state = edited_with_base();
    save_finds(&mut state, "d0.q0", 5);
    update(
        &mut state,
        Command::SetMergeChoice(0, crate::model::merge::Choice::Both),
        at(4.0),
    );
    let view = state.merging.as_ref().unwrap();
    assert_eq!(view.choices, vec![crate::model::merge::Choice::Mine]);
}

#[test]
fn today_is_the_persons_date_not_the_utc_one() {
    // 00:30 on 1 April in British Summer Time is still 31 March in UTC: what is overdue, and
    // the report's date, follow the person's calendar.
    let mut state = state();
    let utc = datetime!(2027-03-31 23:30 UTC);
    let now = Now::new(1.0, utc).with_today(time::macros::date!(2027 - 04 - 01));
    super::tick(&mut state, now);
    assert_eq!(state.today, time::macros::date!(2027 - 04 - 01));
}

#[test]
fn the_cores_messages_come_from_the_catalogue() {
    use crate::workbook::effect::{External, Trouble};
    use crate::workbook::words::has_plain_word;
    let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
    let mut state = edited();
    let mut seen: Vec<String> = Vec::new();
    // Saved, then failures of every kind the workbook words itself.
    let written = crate::storage::on_disk::OnDisk::of(&state.doc.as_ref().unwrap().assessment);
    done(
        &mut state,
        Outcome::Saved {
            path: PathBuf::from("/data/uni.civic.json"),
            written: Box::new(written),
            clock: time::macros::time!(14:02),
        },
        2.5,
    );
    seen.extend(state.file_event.clone());
    rate(&mut state, "d0.q0", 4, 3.0);
    update(&mut state, Command::Undo, at(3.5));
    update(&mut state, Command::Redo, at(3.6));
    for (secs, result) in [(4.0, Err(Failure::Stopped)), (5.0, Ok(()))] {
        for format in [Format::Pdf, Format::Csv, Format::Markdown] {
            done(
                &mut state,
                Outcome::Exported {
                    format,
                    path: PathBuf::from("/out/r.pdf"),
                    result: result.clone(),
                },
                secs,
            );
            seen.extend(state.log.iter().map(|n| n.text(&state.framework)));
        }
    }
    for trouble in [
        Trouble::AutosaveOff,
        Trouble::AutosaveFailed,
        Trouble::AutosaveNotRemoved,
        Trouble::OrphanNotRemoved,
        Trouble::OrphanUnreadable,
    ] {
        done(
            &mut state,
            Outcome::Trouble(trouble, Failure::NoAssessment),
            6.0,
        );
    }
    for external in [
        External::Link {
            url: "https://example.org".to_owned(),
            email: false,
        },
        External::Link {
            url: "mailto:a@example.org".to_owned(),
            email: true,
        },
        External::Path(PathBuf::from("/out/r.pdf")),
    ] {
        done(&mut state, Outcome::NotOpened(external), 7.0);
    }
    done(
        &mut state,
        Outcome::ConflictCopies {
            path: PathBuf::from("/data/uni.civic.json"),
            copies: vec![
                PathBuf::from("/data/uni (1).civic.json"),
                PathBuf::from("/data/uni (2).civic.json"),
            ],
        },
        8.0,
    );
    done(
        &mut state,
        Outcome::NotSaved {
            path: PathBuf::from("/data/uni.civic.json"),
            why: NotSaved::NotAnAssessment,
        },
        9.0,
    );
    update(&mut state, Command::CloseModal, at(9.5));
    seen.extend(state.log.iter().map(|n| n.text(&state.framework)));
    seen.extend(
        state
            .log
            .iter()
            .flat_map(|n| n.actions.iter().map(crate::workbook::notice::offer_label)),
    );
    assert!(seen.len() > 20, "{seen:#?}");
    // The framework's phase names are its own text.
    let phases: Vec<String> = (0..=6)
        .filter_map(Phase::new)
        .map(|phase| state.framework.phase_name(phase))
        .collect();
    for text in seen {
        let plain = phases.iter().fold(text.clone(), |plain, phase| {
            plain.replace(phase.as_str(), "")
        });
        assert!(!has_plain_word(&without_paths(&plain)), "{text}");
    }
}

/// `text` without the test's paths and file names (the person's own).
fn without_paths(text: &str) -> String {
    let mut plain = text.to_owned();
    for data in [
        "/data/uni (1).civic.json",
        "/data/uni (2).civic.json",
        "uni (1).civic.json",
        "uni (2).civic.json",
        "/data/uni.civic.json",
        "uni.civic.json",
        "/out/r-actions.csv",
        "/out/r.pdf",
    ] {
        plain = plain.replace(data, "");
    }
    plain
}

#[test]
fn a_corrected_catalogue_is_picked_by_a_file_of_it_remembered_and_given_up() {
    let _lang = crate::i18n::scoped(crate::i18n::Lang::Cy);
    let mut state = opened();
    let effects = update(&mut state, Command::PickMessages, at(1.0));
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::PickOpen {
                purpose: PathPurpose::Messages,
                ..
            }]
        ),
        "{effects:?}"
    );
    // A file of it names its folder, for the language spoken now.
    let effects = done(
        &mut state,
        Outcome::Picked {
            purpose: PathPurpose::Messages,
            paths: vec![PathBuf::from("/share/cywiriadau/app.ftl")],
        },
        2.0,
    );
    let dir = PathBuf::from("/share/cywiriadau");
    assert_eq!(
        effects,
        vec![Effect::UseMessages {
            lang: crate::i18n::Lang::Cy,
            dir: Some(dir.clone()),
        }]
    );
    assert_eq!(state.prefs.messages, Some(("cy".to_owned(), dir.clone())));
    // What could not be used is said; all used, it is good news.
    done(
        &mut state,
        Outcome::MessagesUsed {
            dir: dir.clone(),
            unused: Shared::new(Vec::new()),
        },
        3.0,
    );
    let last = state.notifications.last().expect("a message");
    assert_eq!((last.topic, last.level), (Topic::Messages, Level::Info));
    assert!(last.text(&state.framework).contains("/share/cywiriadau"));
    // Back to the built-in catalogue: forgotten, and the corrections taken away.
    let effects = update(&mut state, Command::BuiltInMessages, at(4.0));
    assert_eq!(
        effects,
        vec![Effect::UseMessages {
            lang: crate::i18n::Lang::Cy,
            dir: None,
        }]
    );
    assert_eq!(state.prefs.messages, None);
    assert!(
        state
            .notifications
            .iter()
            .all(|n| n.topic != Topic::Messages)
    );
}
