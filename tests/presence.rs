//! Who else has the file open: two real apps (two harnesses) on one temporary copy of the demo,
//! and presence notes written by hand for people on other machines and for apps that are gone.

use std::path::{Path, PathBuf};

use civic_workbook::app::WorkbookApp;
use civic_workbook::app::command::Command;
use civic_workbook::app::dialogs::DialogResult;
use civic_workbook::app::state::{Flow, Level};
use civic_workbook::model::{Edit, Phase, QuestionId};
use civic_workbook::storage::presence::{self, Identity, Presence, SUFFIX};
use civic_workbook::workbook::presence::open_since;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::ui::{app, app_with, click};
use crate::util::{demo_path, temp_dir};

/// A copy of the demo in a fresh folder.
fn shared_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = temp_dir();
    let path = dir.path().join("shared.civic.json");
    std::fs::copy(demo_path(), &path).unwrap();
    (dir, path)
}

/// The presence notes beside files in `dir`.
fn notes(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(SUFFIX))
        .collect();
    found.sort();
    found
}

/// The people the open prompt names, if it is on screen.
fn prompt_lines(harness: &Harness<'_, WorkbookApp>) -> Vec<String> {
    match &app(harness).state.flow {
        Flow::OthersHaveOpen { others, .. } => others.iter().map(open_since).collect(),
        _ => Vec::new(),
    }
}

/// Someone on another machine, with a note refreshed just now.
fn someone(name: &str, host: &str, pid: u32) -> Identity {
    Identity {
        name: name.to_owned(),
        host: host.to_owned(),
        pid,
        session: 1,
    }
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

fn edit(harness: &mut Harness<'_, WorkbookApp>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::Edit(Edit::SetPhase {
            question: QuestionId::new("environment.response"),
            phase: Phase::new(2),
        }),
    );
    harness.run();
}

#[test]
fn b_is_told_a_has_the_file_open_and_can_open_it_read_only() {
    let (dir, path) = shared_copy();
    let original = std::fs::read(&path).unwrap();
    let a = app_with(Some(path.clone()), None, Vec::new());
    assert!(app(&a).state.doc.is_some());
    assert_eq!(
        notes(dir.path()).len(),
        1,
        "A leaves a note beside the file"
    );

    let copy = dir.path().join("mine.civic.json");
    let mut b = app_with(
        Some(path.clone()),
        None,
        vec![DialogResult::Picked(copy.clone())],
    );
    // Asked first: nothing opened yet.
    assert!(app(&b).state.doc.is_none());
    let me = Identity::of_this_process();
    let lines = prompt_lines(&b);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let who = if me.name.is_empty() {
        "Someone"
    } else {
        &me.name
    };
    assert!(
        lines[0].starts_with(&format!("{who} has had this open since ")),
        "{lines:?}"
    );
    assert!(lines[0].ends_with(&format!(" on {}", me.host)), "{lines:?}");
    b.get_by_label(&lines[0]);
    b.get_by_label("Open anyway");
    b.get_by_label("Cancel");

    click(&mut b, "Open read-only");
    let doc = app(&b).state.doc.as_ref().unwrap();
    assert!(doc.read_only.is_some());
    assert_eq!(
        app(&b).title(),
        "shared.civic.json (read-only) — Civic Impact Workbook"
    );
    b.get_by_label(&format!("Read-only: {who} has it open"));
    assert_eq!(notes(dir.path()).len(), 1, "read-only leaves no note");

    // Editable, but Save is refused, with Save as… offered; the file is untouched.
    edit(&mut b);
    b.key_press_modifiers(Modifiers::COMMAND, Key::S);
    b.run();
    assert_eq!(std::fs::read(&path).unwrap(), original);
    let last = app(&b).state.notifications.last().unwrap();

    let last_text = last.text(&app(&b).state.framework);
    assert_eq!(last.level, Level::Warning);
    assert!(
        last_text.starts_with("Not saved: shared.civic.json is open read-only"),
        "{}",
        last_text
    );
    assert_eq!(last.actions, vec![Command::SaveAs]);
    assert!(app(&b).state.doc.as_ref().unwrap().is_dirty());

    // Save as… keeps the changes in a file of B's own, which B now has open as usual.
    let bar = b.get_all_by_label("Save as…").next().unwrap();
    bar.click();
    b.run();
    let doc = app(&b).state.doc.as_ref().unwrap();
    assert_eq!(doc.path.as_deref(), Some(copy.as_path()));
    assert!(doc.read_only.is_none());
    assert!(!doc.is_dirty());
    assert!(copy.exists());
    assert_eq!(std::fs::read(&path).unwrap(), original);
    let names: Vec<String> = notes(dir.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().any(|n| n.starts_with(".mine.civic.json@")));
    drop(a);
}

#[test]
fn open_anyway_opens_as_usual_and_cancel_opens_nothing() {
    let (dir, path) = shared_copy();
    let _a = app_with(Some(path.clone()), None, Vec::new());
    let mut b = app_with(Some(path.clone()), None, Vec::new());
    b.key_press(Key::Escape);
    b.run();
    assert!(app(&b).state.doc.is_none(), "Cancel opens nothing");
    assert_eq!(app(&b).state.flow, Flow::Idle);

    let ctx = b.ctx.clone();
    b.state_mut().apply(&ctx, Command::OpenPath(path.clone()));
    b.run();
    click(&mut b, "Open anyway");
    let doc = app(&b).state.doc.as_ref().unwrap();
    assert!(doc.read_only.is_none());
    assert_eq!(notes(dir.path()).len(), 2, "each opening has its own note");
    // An app that ends without Quit takes its note with it.
    drop(b);
    assert_eq!(notes(dir.path()).len(), 1);
}

#[test]
fn several_people_are_each_listed() {
    let (dir, path) = shared_copy();
    let since = now() - time::Duration::minutes(30);
    for person in [
        someone("Alys Jones", "ALYS-LAPTOP", 4242),
        someone("Bryn Evans", "BRYN-PC", 77),
    ] {
        presence::write(&path, &person, &Presence::new(&person, since, now())).unwrap();
    }
    let harness = app_with(Some(path), None, Vec::new());
    let lines = prompt_lines(&harness);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("Alys Jones has had this open since "));
    assert!(lines[0].ends_with(" on ALYS-LAPTOP"));
    assert!(lines[1].starts_with("Bryn Evans has had this open since "));
    for line in &lines {
        harness.get_by_label(line);
    }
    harness.get_by_label("Others have this file open");
    assert_eq!(
        notes(dir.path()).len(),
        2,
        "nothing written before an answer"
    );
}

#[test]
fn stale_and_damaged_notes_are_ignored() {
    let (dir, path) = shared_copy();
    // Someone whose app stopped refreshing ten minutes ago (a crash, a laptop asleep).
    let gone = someone("Alys Jones", "ALYS-LAPTOP", 4242);
    let long_ago = now() - time::Duration::minutes(10);
    presence::write(&path, &gone, &Presence::new(&gone, long_ago, long_ago)).unwrap();
    // An app on this machine whose process has ended, though its note is fresh.
    let mut ended = Identity::of_this_process();
    let mut child = std::process::Command::new("true").spawn().unwrap();
    ended.pid = child.id();
    child.wait().unwrap();
    presence::write(&path, &ended, &Presence::new(&ended, now(), now())).unwrap();
    // A note cut short.
    let damaged = someone("Carys Hughes", "CARYS-PC", 5);
    std::fs::write(
        presence::path_for(&path, &damaged),
        "{\"presence\": 1, \"na",
    )
    .unwrap();

    let harness = app_with(Some(path.clone()), None, Vec::new());
    assert_eq!(app(&harness).state.flow, Flow::Idle);
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert!(doc.read_only.is_none());
    assert_eq!(notes(dir.path()).len(), 4, "others' notes are left alone");
}

#[test]
fn closing_the_file_removes_the_note() {
    let (dir, path) = shared_copy();
    let mut harness = app_with(Some(path.clone()), None, Vec::new());
    let ours = notes(dir.path());
    assert_eq!(ours.len(), 1);
    let note = std::fs::read_to_string(&ours[0]).unwrap();
    let read = Presence::parse(&note).unwrap();
    assert_eq!(read.pid, std::process::id());
    // Opening another file lets go of this one.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::OpenDemo);
    harness.run();
    assert!(notes(dir.path()).is_empty());
    // Opening it again, then quitting, lets go too.
    harness.state_mut().apply(&ctx, Command::OpenPath(path));
    harness.run();
    assert_eq!(notes(dir.path()).len(), 1);
    harness.state_mut().apply(&ctx, Command::Quit);
    harness.run();
    assert!(app(&harness).closing());
    assert!(notes(dir.path()).is_empty());
}
