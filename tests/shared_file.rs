//! One file, several people (issue 22): two apps on one temporary file. Changes made elsewhere
//! are noticed by content (on focus, and before every save; the watcher is never waited for),
//! merged instead of overwritten, and shown side by side where both changed the same thing.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use civic_workbook::app::WorkbookApp;
use civic_workbook::app::command::Command;
use civic_workbook::model::{Edit, Phase, QuestionId, TextTarget};
use civic_workbook::storage::{assessment_file, atomic};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::ui::{app, app_with, click};
use crate::util::{demo_path, framework, temp_dir};

/// Rated 2 in the demo: Alys's question.
const ALYS_Q: &str = "economy.prosperity";
/// Rated 2 in the demo: Bryn's question.
const BRYN_Q: &str = "strategy.integration";

/// A copy of the demo as `ours.civic.json` in a fresh folder.
fn shared() -> (tempfile::TempDir, PathBuf) {
    let dir = temp_dir();
    let path = dir.path().join("ours.civic.json");
    std::fs::copy(demo_path(), &path).unwrap();
    (dir, path)
}

/// Opens `path` in a new app. When another app here has it open, its presence note is seen
/// first (the prompt names who), and the file is opened anyway, as a colleague would.
fn open(path: &Path) -> Harness<'static, WorkbookApp> {
    let mut harness = app_with(Some(path.to_owned()), None, Vec::new());
    if harness.query_by_label("Open anyway").is_some() {
        assert!(
            harness
                .query_by_label_contains("has had this open since")
                .is_some(),
            "the prompt says who has the file open"
        );
        click(&mut harness, "Open anyway");
    }
    harness
}

fn apply(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

fn rate(harness: &mut Harness<'_, WorkbookApp>, question: &str, phase: u8) {
    apply(
        harness,
        Command::Edit(Edit::SetPhase {
            question: QuestionId::new(question),
            phase: Phase::new(phase),
        }),
    );
}

/// The window comes back into focus: the content check that stands in for the watcher.
fn focus(harness: &mut Harness<'_, WorkbookApp>) {
    harness
        .input_mut()
        .events
        .push(egui::Event::WindowFocused(true));
    harness.run();
}

fn phase_in_app(harness: &Harness<'_, WorkbookApp>, question: &str) -> Option<u8> {
    let doc = app(harness).state.doc.as_ref().unwrap();
    doc.assessment
        .response(&QuestionId::new(question))
        .and_then(|r| r.phase)
        .map(Phase::number)
}

fn phase_on_disk(path: &Path, question: &str) -> Option<u8> {
    assessment_file::load(path, &framework())
        .unwrap()
        .response(&QuestionId::new(question))
        .and_then(|r| r.phase)
        .map(Phase::number)
}

fn messages(harness: &Harness<'_, WorkbookApp>) -> Vec<String> {
    app(harness)
        .state
        .notifications
        .iter()
        .map(|n| n.text(&app(harness).state.framework))
        .collect()
}

/// The bar: "Alys Jones changed ours.civic.json at 10:14" when one other person has the file
/// open, "ours.civic.json was changed by someone else at 10:14" when nobody or several do.
fn bar_shown(harness: &Harness<'_, WorkbookApp>) -> bool {
    harness
        .query_by_label_contains("was changed by someone else at")
        .or_else(|| harness.query_by_label_contains("changed ours.civic.json at"))
        .is_some()
}

#[test]
fn a_save_elsewhere_is_noticed_on_focus_and_merged_as_one_undo_step() {
    let (_dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    rate(&mut bryn, BRYN_Q, 5);
    assert!(!bar_shown(&bryn), "nothing is noticed before looking");
    focus(&mut bryn);
    assert!(bar_shown(&bryn), "the bar says the file changed");
    for label in [
        "Merge into mine",
        "Show changes",
        "Reload theirs",
        "Keep mine",
    ] {
        bryn.get_by_role_and_label(Role::Button, label);
    }
    click(&mut bryn, "Merge into mine");
    assert!(!bar_shown(&bryn));
    assert_eq!(
        phase_in_app(&bryn, ALYS_Q),
        Some(6),
        "Alys's rating came in"
    );
    assert_eq!(phase_in_app(&bryn, BRYN_Q), Some(5), "Bryn's stays");
    let said = messages(&bryn);
    assert!(
        said.iter()
            .any(|m| m.starts_with("Merged 1 change from ") && m.contains(": rating of 2.")),
        "{said:?}"
    );
    let doc = app(&bryn).state.doc.as_ref().unwrap();
    assert!(doc.is_dirty(), "merged, not saved yet");
    // One merge, one undo step: back to Bryn's own version.
    apply(&mut bryn, Command::Undo);
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(2));
    assert_eq!(phase_in_app(&bryn, BRYN_Q), Some(5));
    apply(&mut bryn, Command::Redo);
    apply(&mut bryn, Command::Save);
    assert_eq!(phase_on_disk(&path, ALYS_Q), Some(6));
    assert_eq!(phase_on_disk(&path, BRYN_Q), Some(5));
    assert!(!app(&bryn).state.doc.as_ref().unwrap().is_dirty());
}

#[test]
fn a_save_over_a_newer_save_merges_instead_of_overwriting() {
    let (_dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    rate(&mut bryn, BRYN_Q, 5);
    // No focus check: the save itself looks just before replacing the file.
    apply(&mut bryn, Command::Save);
    assert_eq!(
        phase_on_disk(&path, ALYS_Q),
        Some(6),
        "Alys's save survives"
    );
    assert_eq!(phase_on_disk(&path, BRYN_Q), Some(5));
    assert!(!bar_shown(&bryn));
    assert!(!app(&bryn).state.doc.as_ref().unwrap().is_dirty());
    let said = messages(&bryn);
    assert!(
        said.iter()
            .any(|m| m.starts_with("Merged 1 change") && m.ends_with("saved with your changes.")),
        "{said:?}"
    );
    // The backup holds Alys's version, the one replaced.
    let backup = assessment_file::load(&atomic::backup_path(&path), &framework()).unwrap();
    let alys_phase = backup
        .response(&QuestionId::new(ALYS_Q))
        .and_then(|r| r.phase);
    assert_eq!(alys_phase, Phase::new(6));
}

#[test]
fn a_restored_recovery_copy_merges_with_a_newer_save() {
    let (dir, path) = shared();
    let recovery = dir.path().join("recovery");
    // Bryn edits; the app autosaves, then is killed.
    let mut bryn = app_with(Some(path.clone()), Some(recovery.clone()), Vec::new());
    rate(&mut bryn, BRYN_Q, 5);
    for _ in 0..5 {
        bryn.input_mut().time = Some(bryn.ctx.input(|i| i.time) + 1.0);
        bryn.step();
    }
    drop(bryn);
    // Alys saves the shared file.
    let mut alys = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    // Bryn restarts, restores and saves.
    let mut bryn = app_with(None, Some(recovery), Vec::new());
    click(&mut bryn, "Restore");
    assert!(bar_shown(&bryn), "the newer save is noticed at once");
    apply(&mut bryn, Command::Save);
    assert_eq!(phase_on_disk(&path, ALYS_Q), Some(6), "Alys's 6 stays 6");
    assert_eq!(phase_on_disk(&path, BRYN_Q), Some(5), "Bryn's work is kept");
}

/// Rewrites the file with the rating of `question` changed from 2 to 5 (same size), then sets
/// its modified time back, as FAT and some shares do.
fn change_keeping_size_and_time(path: &Path) {
    let before = std::fs::metadata(path).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let at = text.find(&format!("\"{ALYS_Q}\"")).unwrap();
    let phase_at = at + text[at..].find("\"phase\": 2").unwrap();
    let mut changed = text.clone();
    changed.replace_range(phase_at..phase_at + "\"phase\": 2".len(), "\"phase\": 5");
    std::fs::write(path, &changed).unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(before.modified().unwrap()).unwrap();
    drop(file);
    let after = std::fs::metadata(path).unwrap();
    assert_eq!(after.len(), before.len());
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
}

#[test]
fn a_same_size_change_with_its_time_kept_is_noticed() {
    let (_dir, path) = shared();
    let mut bryn = open(&path);
    rate(&mut bryn, BRYN_Q, 5);
    change_keeping_size_and_time(&path);
    focus(&mut bryn);
    assert!(bar_shown(&bryn));
    apply(&mut bryn, Command::Save);
    assert_eq!(
        phase_on_disk(&path, ALYS_Q),
        Some(5),
        "the change on disk stays"
    );
    assert_eq!(phase_on_disk(&path, BRYN_Q), Some(5));
}

#[test]
fn a_touched_file_is_no_change_and_saves_normally() {
    let (_dir, path) = shared();
    let mut bryn = open(&path);
    rate(&mut bryn, BRYN_Q, 5);
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(90))
        .unwrap();
    drop(file);
    focus(&mut bryn);
    assert!(!bar_shown(&bryn));
    apply(&mut bryn, Command::Save);
    let said = messages(&bryn);
    assert!(!said.iter().any(|m| m.contains("Merged")), "{said:?}");
    assert!(!app(&bryn).state.doc.as_ref().unwrap().is_dirty());
    assert_eq!(phase_on_disk(&path, BRYN_Q), Some(5));
}

fn narrate(harness: &mut Harness<'_, WorkbookApp>, question: &str, text: &str) {
    apply(
        harness,
        Command::Edit(Edit::SetText {
            target: TextTarget::Narrative(QuestionId::new(question)),
            text: text.to_owned(),
        }),
    );
}

/// Alys and Bryn both rate and describe the same question, and Alys saves first.
fn conflicting() -> (tempfile::TempDir, PathBuf, Harness<'static, WorkbookApp>) {
    let (dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    narrate(&mut alys, ALYS_Q, "Alys's account");
    apply(&mut alys, Command::Save);
    rate(&mut bryn, ALYS_Q, 3);
    narrate(&mut bryn, ALYS_Q, "Bryn's account");
    focus(&mut bryn);
    click(&mut bryn, "Merge into mine");
    (dir, path, bryn)
}

fn narrative(harness: &Harness<'_, WorkbookApp>) -> String {
    let doc = app(harness).state.doc.as_ref().unwrap();
    doc.assessment
        .response(&QuestionId::new(ALYS_Q))
        .map(|r| r.narrative.clone())
        .unwrap_or_default()
}

#[test]
fn a_conflict_shows_both_sides_and_each_choice_does_as_it_says() {
    let (_dir, _path, mut bryn) = conflicting();
    // Side by side, by question number and text.
    let framework = framework();
    let number = framework.question_number(&QuestionId::new(ALYS_Q)).unwrap();
    let (_, question) = framework.question(&QuestionId::new(ALYS_Q)).unwrap();
    bryn.get_by_label(&format!("rating of {number}"));
    bryn.get_by_label(&format!("narrative of {number}"));
    assert!(bryn.query_all_by_label(&question.text).count() >= 1);
    bryn.get_by_label("Alys's account");
    bryn.get_by_label("Bryn's account");
    // Both is offered for the text only, not for a rating.
    assert_eq!(bryn.query_all_by_label("Keep both").count(), 1);
    assert_eq!(bryn.query_all_by_label("Take theirs").count(), 2);
    // Nothing changes until applied.
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(3));
    bryn.query_all_by_label("Take theirs")
        .next()
        .unwrap()
        .click();
    bryn.run();
    click(&mut bryn, "Keep both");
    click(&mut bryn, "Apply");
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(6), "theirs, as chosen");
    let text = narrative(&bryn);
    assert!(
        text.contains("Alys's account") && text.contains("Bryn's account"),
        "{text}"
    );
    assert!(app(&bryn).state.merging.is_none());
    // One step to undo, back to Bryn's version.
    apply(&mut bryn, Command::Undo);
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(3));
    assert_eq!(narrative(&bryn), "Bryn's account");
}

#[test]
fn a_conflict_left_as_mine_keeps_mine_and_the_base_moves_on() {
    let (_dir, path, mut bryn) = conflicting();
    click(&mut bryn, "Apply");
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(3));
    assert_eq!(narrative(&bryn), "Bryn's account");
    // Theirs is now the base: saving replaces it without asking again.
    apply(&mut bryn, Command::Save);
    assert_eq!(phase_on_disk(&path, ALYS_Q), Some(3));
    assert!(!bar_shown(&bryn));
}

#[test]
fn show_changes_lists_without_applying() {
    let (_dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    focus(&mut bryn);
    click(&mut bryn, "Show changes");
    let number = framework()
        .question_number(&QuestionId::new(ALYS_Q))
        .unwrap();
    bryn.get_by_label(&format!("• rating of {number}"));
    click(&mut bryn, "Close");
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(2), "nothing applied");
    assert!(bar_shown(&bryn), "still to deal with");
}

#[test]
fn reload_theirs_replaces_mine_and_undo_brings_it_back() {
    let (_dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    rate(&mut bryn, BRYN_Q, 5);
    focus(&mut bryn);
    click(&mut bryn, "Reload theirs");
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(6));
    assert_eq!(phase_in_app(&bryn, BRYN_Q), Some(2));
    assert!(
        !app(&bryn).state.doc.as_ref().unwrap().is_dirty(),
        "as on disk"
    );
    apply(&mut bryn, Command::Undo);
    assert_eq!(phase_in_app(&bryn, BRYN_Q), Some(5));
}

#[test]
fn keep_mine_overwrites_at_the_next_save_and_the_backup_keeps_theirs() {
    let (_dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = open(&path);
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    focus(&mut bryn);
    click(&mut bryn, "Keep mine");
    assert!(!bar_shown(&bryn));
    assert!(app(&bryn).state.doc.as_ref().unwrap().is_dirty());
    // Not asked again for that version.
    focus(&mut bryn);
    assert!(!bar_shown(&bryn));
    apply(&mut bryn, Command::Save);
    assert_eq!(
        phase_on_disk(&path, ALYS_Q),
        Some(2),
        "mine replaced theirs"
    );
    let backup = assessment_file::load(&atomic::backup_path(&path), &framework()).unwrap();
    let kept = backup
        .response(&QuestionId::new(ALYS_Q))
        .and_then(|r| r.phase);
    assert_eq!(kept, Phase::new(6), "the backup keeps theirs");
}

#[test]
fn a_sync_tools_conflict_copy_is_offered_and_merged_only_when_asked() {
    let (dir, path) = shared();
    let copy = dir
        .path()
        .join("ours (Alys's conflicted copy 2026-12-07).civic.json");
    let mut theirs = assessment_file::load(&path, &framework()).unwrap();
    theirs
        .responses
        .get_mut(&QuestionId::new(ALYS_Q))
        .unwrap()
        .phase = Phase::new(6);
    assessment_file::save(&copy, &theirs).unwrap();
    let mut bryn = open(&path);
    rate(&mut bryn, BRYN_Q, 5);
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(2), "never merged unasked");
    let said = messages(&bryn);
    assert!(
        said.iter().any(|m| m.contains("A sync tool left a copy")),
        "{said:?}"
    );
    click(
        &mut bryn,
        "Merge ours (Alys's conflicted copy 2026-12-07).civic.json",
    );
    assert_eq!(phase_in_app(&bryn, ALYS_Q), Some(6));
    assert_eq!(phase_in_app(&bryn, BRYN_Q), Some(5));
    assert!(std::fs::exists(&copy).unwrap(), "the copy is left in place");
}

/// Issue 22 end to end: B sees A's presence when opening, A saves, B is told who changed the
/// file (from A's presence note) and merges without losing either side's edit.
#[test]
fn the_colleague_who_has_the_file_open_is_named_when_it_changes() {
    let (_dir, path) = shared();
    let mut alys = open(&path);
    let mut bryn = app_with(Some(path.clone()), None, Vec::new());
    // Bryn is told first who has it open, and opens it anyway.
    assert!(
        bryn.query_by_label_contains("has had this open since")
            .is_some()
    );
    click(&mut bryn, "Open anyway");
    rate(&mut alys, ALYS_Q, 6);
    apply(&mut alys, Command::Save);
    rate(&mut bryn, BRYN_Q, 5);
    focus(&mut bryn);
    let name = civic_workbook::storage::presence::Identity::of_this_process().name;
    let named = format!("{name} changed ours.civic.json at");
    assert!(
        !name.is_empty() && bryn.query_by_label_contains(&named).is_some(),
        "the bar names the one other person who has the file open: {named}"
    );
    click(&mut bryn, "Merge into mine");
    let said = format!("Merged 1 change from {name}: rating of");
    assert!(
        messages(&bryn).iter().any(|m| m.starts_with(&said)),
        "the message names whose changes came in: {:?}",
        messages(&bryn)
    );
    assert_eq!(
        phase_in_app(&bryn, ALYS_Q),
        Some(6),
        "Alys's rating came in"
    );
    assert_eq!(
        phase_in_app(&bryn, BRYN_Q),
        Some(5),
        "Bryn's own rating stayed"
    );
}
