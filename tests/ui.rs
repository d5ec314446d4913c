//! The real desktop app, driven headless through `egui_kittest` and `AccessKit` (the accessibility
//! check stays on: every control must have a name). Dialogs are scripted; files are temporary.

use std::path::PathBuf;

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::{DialogResult, RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::{Flow, Level, Prefs};
use civic_workbook::app::{AppOptions, WorkbookApp};
use civic_workbook::model::{Phase, QuestionId};
use civic_workbook::scoring;
use civic_workbook::storage::assessment_file;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::util::{demo, demo_path, framework, temp_dir};

/// Builds the app with scripted dialog answers, an optional file and recovery folder.
pub fn app_with(
    open: Option<PathBuf>,
    recovery_dir: Option<PathBuf>,
    answers: Vec<DialogResult>,
) -> Harness<'static, WorkbookApp> {
    let opener = RecordingOpener::default();
    OPENED.with(|current| *current.borrow_mut() = opener.clone());
    app_with_opener(open, recovery_dir, answers, opener)
}

/// As [`app_with`], with an opener the test can read back.
pub fn app_with_opener(
    open: Option<PathBuf>,
    recovery_dir: Option<PathBuf>,
    answers: Vec<DialogResult>,
    opener: RecordingOpener,
) -> Harness<'static, WorkbookApp> {
    let dialogs = ScriptedDialogs {
        answers: answers.into(),
        ..ScriptedDialogs::default()
    };
    app_with_dialogs(open, recovery_dir, dialogs, opener)
}

/// As [`app_with`], with every dialog answer scripted (several-file dialogs included).
pub fn app_with_dialogs(
    open: Option<PathBuf>,
    recovery_dir: Option<PathBuf>,
    dialogs: ScriptedDialogs,
    opener: RecordingOpener,
) -> Harness<'static, WorkbookApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 2400.0])
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open,
                    recovery_dir,
                    dialogs: Box::new(dialogs),
                    opener: Box::new(opener),
                    prefs: Prefs::default(),
                },
            )
        });
    harness.run();
    harness
}

/// A copy of the demo open in a window of `size` points, each step a quarter of a second.
pub fn demo_copy_at(size: [f32; 2]) -> (tempfile::TempDir, Harness<'static, WorkbookApp>) {
    let (dir, path) = crate::util::demo_copy();
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(0.25)
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open: Some(path),
                    recovery_dir: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    opener: Box::new(RecordingOpener::default()),
                    prefs: Prefs::default(),
                },
            )
        });
    harness.run();
    (dir, harness)
}

/// The app with a copy of the demo open: tests that save must never touch `assets/`.
fn demo_app() -> (tempfile::TempDir, PathBuf, Harness<'static, WorkbookApp>) {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &path).unwrap();
    let harness = app_with(Some(path.clone()), None, Vec::new());
    (dir, path, harness)
}

pub fn app<'h>(harness: &'h Harness<'_, WorkbookApp>) -> &'h WorkbookApp {
    harness.state()
}

fn press(harness: &mut Harness<'_, WorkbookApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

pub fn click(harness: &mut Harness<'_, WorkbookApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Scrolls the entry `label` of an open menu into view, as a person would in a menu taller
/// than the window, then clicks it.
pub fn click_in_menu(harness: &mut Harness<'_, WorkbookApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    click(harness, label);
}

fn response_of<'a>(
    harness: &'a Harness<'_, WorkbookApp>,
    id: &str,
) -> Option<&'a civic_workbook::model::Response> {
    app(harness)
        .state
        .doc
        .as_ref()?
        .assessment
        .response(&QuestionId::new(id))
}

thread_local! {
    /// What the current test's app opened with the desktop's programs (tests run one a thread).
    static OPENED: std::cell::RefCell<RecordingOpener> = std::cell::RefCell::new(RecordingOpener::default());
}

/// The last link or file the current test's app opened, if any.
fn last_opened() -> Option<String> {
    OPENED.with(|opener| opener.borrow().opened.borrow().last().cloned())
}

#[test]
fn welcome_screen_opens_the_demo() {
    let mut harness = app_with(None, None, Vec::new());
    assert!(app(&harness).state.doc.is_none());
    harness.get_by_label("New assessment");
    harness.get_by_label("Open…");
    click(&mut harness, "Open the demo assessment");
    let doc = app(&harness).state.doc.as_ref().expect("the demo is open");
    assert_eq!(doc.assessment, demo());
    assert_eq!(doc.path, None, "the demo is a copy: saving asks where");
    assert_eq!(app(&harness).state.page, Page::Summary);
    assert_eq!(
        app(&harness).title(),
        "Demo assessment — Civic Impact Workbook"
    );
}

#[test]
fn side_list_and_keyboard_move_between_domains() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness
        .get_by_label_contains("3 Health and wellbeing")
        .click();
    harness.run();
    assert_eq!(app(&harness).state.page, Page::Domain(2));
    harness.get_by_label(
        "How do we support the health and wellbeing of the places and communities around us?",
    );
    press(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(app(&harness).state.page, Page::Domain(3));
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(app(&harness).state.page, Page::Domain(1));
    click(&mut harness, "Next ›");
    assert_eq!(app(&harness).state.page, Page::Domain(2));
    harness.get_by_label_contains("Summary").click();
    harness.run();
    assert_eq!(app(&harness).state.page, Page::Summary);
}

#[test]
fn rating_a_question_updates_the_scores() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness
        .get_by_label_contains("7 Environmental sustainability")
        .click();
    harness.run();
    // The first question of the page is environment.footprint, not yet rated.
    harness
        .get_all_by_label("4 Embedding")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        response_of(&harness, "environment.footprint").and_then(|r| r.phase),
        Phase::new(4)
    );
    let doc = app(&harness).state.doc.as_ref().unwrap();
    let expected = scoring::score(&framework(), &doc.assessment);
    assert_eq!(doc.scorecard, expected);
    let environment = expected
        .domains
        .iter()
        .find(|d| d.domain_id.as_str() == "environment")
        .unwrap();
    assert_eq!(
        environment.maturity.map(|m| m.to_string()).as_deref(),
        Some("4.0")
    );
    assert!(doc.is_dirty());
    assert_eq!(
        app(&harness).title(),
        "demo.civic.json • — Civic Impact Workbook"
    );
    // "0 Not yet rated" is a real choice.
    harness
        .get_all_by_label("0 Not yet rated")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        response_of(&harness, "environment.footprint").and_then(|r| r.phase),
        None
    );
}

#[test]
fn typing_welsh_text_is_one_undo_step() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness
        .get_by_label_contains("7 Environmental sustainability")
        .click();
    harness.run();
    // environment.partnership has no response yet: its narrative is the second on the page.
    let narrative = harness
        .get_all_by_role_and_label(Role::MultilineTextInput, "Narrative, 7.2")
        .next()
        .unwrap();
    narrative.focus();
    narrative.type_text("Gŵyl Tŷ Ddewi – ‘dŵr’ a “tân”");
    harness.run();
    let typed = "Gŵyl Tŷ Ddewi – ‘dŵr’ a “tân”";
    assert_eq!(
        response_of(&harness, "environment.partnership").map(|r| r.narrative.as_str()),
        Some(typed)
    );
    assert!(
        harness.query_all_by_value(typed).count() >= 1,
        "the field shows the text"
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        response_of(&harness, "environment.partnership"),
        None,
        "one undo removes the whole typing"
    );
    assert!(
        !app(&harness).state.doc.as_ref().unwrap().is_dirty(),
        "back at the saved state"
    );
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(
        response_of(&harness, "environment.partnership").map(|r| r.narrative.as_str()),
        Some(typed)
    );
}

#[test]
fn evidence_is_added_flagged_and_removed() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness.get_by_label_contains("2 Economic impact").click();
    harness.run();
    // economy.prosperity (first on the page) has two pieces of evidence.
    harness
        .get_all_by_label("Add evidence")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        response_of(&harness, "economy.prosperity")
            .unwrap()
            .evidence
            .len(),
        3
    );
    let link = harness.get_by_role_and_label(Role::TextInput, "Link, evidence 3 of 2.1");
    link.focus();
    link.type_text("javascript:alert(1)");
    harness.run();
    assert_eq!(
        response_of(&harness, "economy.prosperity")
            .unwrap()
            .evidence[2]
            .link,
        "javascript:alert(1)"
    );
    harness.get_by_label_contains("not opened, link scheme \"javascript:\" is not allowed");
    let open_buttons: Vec<_> = harness.get_all_by_label_contains("Open link").collect();
    assert!(
        !open_buttons[0].accesskit_node().is_disabled(),
        "an https link can be opened"
    );
    assert!(
        open_buttons[2].accesskit_node().is_disabled(),
        "the javascript: link cannot"
    );
    // Even asked directly, the app refuses to open it and says why.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::OpenLink("javascript:alert(1)".to_owned()));
    harness.run();
    assert_eq!(last_opened(), None);
    let last = app(&harness).state.notifications.last().unwrap();

    let last_text = last.text(&app(&harness).state.framework);
    assert_eq!(last.level, Level::Warning);
    assert!(last_text.contains("not opened"), "{}", last_text);
    harness
        .get_all_by_label_contains("Remove evidence")
        .nth(2)
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        response_of(&harness, "economy.prosperity")
            .unwrap()
            .evidence
            .len(),
        2
    );
    assert!(
        harness
            .query_by_label_contains("Warning: not opened")
            .is_none()
    );
}

#[test]
fn an_allowed_link_is_opened_in_the_browser() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness.get_by_label_contains("2 Economic impact").click();
    harness.run();
    harness
        .get_all_by_label_contains("Open link")
        .next()
        .unwrap()
        .click();
    harness.step();
    let url = last_opened();
    let expected = &response_of(&harness, "economy.prosperity")
        .unwrap()
        .evidence[0]
        .link;
    assert_eq!(url.as_deref(), Some(expected.as_str()));
}

#[test]
fn an_action_is_added_and_edited() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness
        .get_by_label_contains("7 Environmental sustainability")
        .click();
    harness.run();
    harness
        .get_all_by_label("Add action")
        .nth(2)
        .unwrap()
        .click();
    harness.run();
    let field = harness
        .get_all_by_label_contains("Description, action")
        .next()
        .unwrap();
    field.focus();
    field.type_text("Commission a carbon baseline for Tŷ Hafan");
    harness.run();
    let due = harness
        .get_all_by_label_contains("Due, action")
        .next()
        .unwrap();
    due.focus();
    due.type_text("2027-13-01");
    harness.run();
    // Judged once the field is left.
    harness.key_press(Key::Tab);
    harness.run();
    harness.get_by_label_contains("is not a real date");
    let action = &response_of(&harness, "environment.response")
        .unwrap()
        .actions[0];
    assert_eq!(
        action.description,
        "Commission a carbon baseline for Tŷ Hafan"
    );
    assert_eq!(action.due, "2027-13-01");
}

#[test]
fn saving_to_a_file_and_loading_it_back() {
    let dir = temp_dir();
    let target = dir.path().join("ours.civic.json");
    let mut harness = app_with(None, None, vec![DialogResult::Picked(target.clone())]);
    click(&mut harness, "Open the demo assessment");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::Edit(civic_workbook::model::Edit::SetPhase {
            question: QuestionId::new("environment.response"),
            phase: Phase::new(2),
        }),
    );
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::S);
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert_eq!(doc.path.as_deref(), Some(target.as_path()));
    assert!(!doc.is_dirty());
    assert_eq!(
        app(&harness).title(),
        "ours.civic.json — Civic Impact Workbook"
    );
    let saved = assessment_file::load(&target, &framework()).unwrap();
    assert_eq!(saved, doc.assessment);
    assert_eq!(app(&harness).state.prefs.recent.first(), Some(&target));
    // Open it in a fresh app, as from the command line (the first closed: else it is open there).
    drop(harness);
    let reopened = app_with(Some(target.clone()), None, Vec::new());
    assert_eq!(app(&reopened).state.doc.as_ref().unwrap().assessment, saved);
}

#[test]
fn save_as_without_a_dialog_offers_a_typed_path() {
    let dir = temp_dir();
    let (_dir, demo_copy, mut harness) = demo_app();
    let before = std::fs::read(&demo_copy).unwrap();
    press(
        &mut harness,
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        Key::S,
    );
    assert!(matches!(app(&harness).state.flow, Flow::TypedPath { .. }));
    assert_eq!(
        std::fs::read(&demo_copy).unwrap(),
        before,
        "Ctrl+Shift+S is not Ctrl+S"
    );
    // Enter confirms, as in any dialog.
    type_path(&mut harness, &dir.path().join("typed"));
    let expected = dir.path().join("typed.civic.json");
    assert!(
        expected.exists(),
        "saved with the .civic.json extension added"
    );
    assert_eq!(
        app(&harness).state.doc.as_ref().unwrap().path.as_deref(),
        Some(expected.as_path())
    );
}

#[test]
fn unsaved_changes_ask_before_new() {
    let (_dir, demo_copy, mut harness) = demo_app();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::Edit(civic_workbook::model::Edit::AddMember));
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::N);
    harness.get_by_label("Save changes?");
    click(&mut harness, "Cancel");
    assert_eq!(
        app(&harness)
            .state
            .doc
            .as_ref()
            .unwrap()
            .assessment
            .team
            .len(),
        demo().team.len() + 1
    );
    press(&mut harness, Modifiers::COMMAND, Key::N);
    click(&mut harness, "Don't save");
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert!(doc.assessment.responses.is_empty(), "a blank assessment");
    assert_eq!(app(&harness).state.page, Page::Details);
    // The file on disk was never touched.
    assert_eq!(
        assessment_file::load(&demo_copy, &framework()).unwrap(),
        demo()
    );
}

#[test]
fn a_file_that_cannot_be_read_is_reported_and_nothing_changes() {
    let dir = temp_dir();
    let bad = dir.path().join("bad.civic.json");
    std::fs::write(&bad, "{\"format_version\": 1, \"framework\": ").unwrap();
    let (_dir, demo_copy, mut harness) = demo_app();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::OpenPath(bad.clone()));
    harness.run();
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert_eq!(
        doc.path.as_deref(),
        Some(demo_copy.as_path()),
        "the open document stays"
    );
    let last = app(&harness).state.notifications.last().unwrap();

    let last_text = last.text(&app(&harness).state.framework);
    assert_eq!(last.level, Level::Error);
    // Plain words first, the details after.
    assert!(
        last_text.starts_with("bad.civic.json could not be opened. This file is cut off")
            && last_text.contains("(line 1, column"),
        "{}",
        last_text
    );
    assert!(last.actions.is_empty(), "no backup to offer");
    harness.get_by_label_contains("it may not have finished saving");
    // Saving over the unreadable file is refused.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::SaveTo(bad.clone()));
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "{\"format_version\": 1, \"framework\": "
    );
}

#[test]
fn autosave_writes_a_recovery_file_that_the_next_start_offers() {
    let dir = temp_dir();
    let recovery = dir.path().join("recovery");
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let mut harness = app_with(Some(demo_copy.clone()), Some(recovery.clone()), Vec::new());
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::Edit(civic_workbook::model::Edit::SetText {
            target: civic_workbook::model::TextTarget::Period,
            text: "2027–28".to_owned(),
        }),
    );
    harness.run();
    assert!(autosaves(&recovery).is_empty(), "not before a pause");
    // Four seconds pass with no edit.
    for _ in 0..5 {
        harness.input_mut().time = Some(harness.ctx.input(|i| i.time) + 1.0);
        harness.step();
    }
    let files = autosaves(&recovery);
    assert_eq!(files.len(), 1, "{files:?}");
    let autosaved = assessment_file::load(&files[0], &framework()).unwrap();
    assert_eq!(autosaved.period, "2027–28");
    assert_eq!(
        assessment_file::load(&demo_copy, &framework()).unwrap(),
        demo(),
        "the user's file is untouched"
    );
    // A second window while the first still runs is not offered the first one's work.
    let second = app_with(None, Some(recovery.clone()), Vec::new());
    assert!(second.query_by_label("Restore unsaved work?").is_none());
    drop(second);
    assert_eq!(
        autosaves(&recovery),
        files,
        "the second window left the first one's autosave alone"
    );
    // "Crash": drop the app without closing; the next start offers the work back.
    drop(harness);
    let mut next = app_with(None, Some(recovery.clone()), Vec::new());
    next.get_by_label("Restore unsaved work?");
    click(&mut next, "Restore");
    let doc = app(&next).state.doc.as_ref().unwrap();
    assert_eq!(doc.assessment.period, "2027–28");
    assert_eq!(doc.path.as_deref(), Some(demo_copy.as_path()));
    assert!(doc.is_dirty(), "restored work still needs saving");
    // The restored work moved into the new app's own autosave at once.
    let now = autosaves(&recovery);
    assert_eq!(now.len(), 1);
    assert_ne!(now, files);
}

/// The autosaved assessments in a recovery folder.
fn autosaves(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    found.retain(|p| p.to_string_lossy().ends_with(".civic.json"));
    found.sort();
    found
}

#[test]
fn summary_shows_the_scoring_numbers() {
    let (_dir, _demo_copy, harness) = demo_app();
    let card = scoring::score(&framework(), &demo());
    let overall = card.overall.unwrap();
    harness.get_by_label(&format!("{overall} (Delivering)"));
    harness.get_by_label(&card.completion().unwrap().to_string());
    harness.get_by_label(&card.evidence_coverage().unwrap().to_string());
    let rated = format!(
        "{} of {} questions rated",
        card.rated_questions(),
        card.total_questions()
    );
    assert!(harness.query_all_by_label(&rated).count() >= 1, "{rated}");
    let chart = harness.get_by_role(Role::Image);
    let alt = chart.accesskit_node().label().unwrap_or_default();
    assert!(
        alt.contains("Economic impact 2.7")
            && alt.contains("Environmental sustainability not yet rated"),
        "{alt}"
    );
    harness.get_by_label("Open actions (10)");
}

/// The window's first frame leaves what is out of sight (the actions, in an 800-point-high
/// window) for the next, which it asks for at once: once the window has settled the page is
/// whole, as if it had all been drawn at once.
#[test]
fn the_summary_below_the_fold_is_there_from_the_second_frame() {
    let (framework, demo) = (framework(), demo());
    let open = scoring::read::open_actions(&framework, &demo);
    let last = open.last().expect("the demo has open actions");
    let (_dir, harness) = demo_copy_at([1280.0, 800.0]);
    harness.get_by_label(&format!("Open actions ({})", open.len()));
    assert!(
        harness
            .query_all_by_label_contains(&last.action.description)
            .next()
            .is_some(),
        "{}",
        last.action.description
    );
}

#[test]
fn zoom_and_theme_are_preferences() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    // Browsers' steps: 100, 110, 125 %.
    assert!((app(&harness).state.prefs.zoom - 1.25).abs() < 1e-6);
    assert!((harness.ctx.zoom_factor() - 1.25).abs() < 1e-6);
    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    assert!((app(&harness).state.prefs.zoom - 1.0).abs() < 1e-6);
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::SetTheme(civic_workbook::app::command::ThemeChoice::Dark),
    );
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn tab_reaches_the_phase_picker_and_the_fields() {
    let (_dir, _demo_copy, mut harness) = demo_app();
    harness
        .get_by_label_contains("3 Health and wellbeing")
        .click();
    harness.run();
    let mut reached = Vec::new();
    for _ in 0..60 {
        harness.key_press(Key::Tab);
        harness.run();
        if let Some(node) =
            harness.query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())
        {
            reached.push(node.accesskit_node().label().unwrap_or_default());
        }
    }
    for expected in [
        "0 Not yet rated",
        "3 Delivering",
        "Narrative, 3.1",
        "Title",
        "Link",
        "Open link",
        "Add evidence",
    ] {
        // Item controls say which item and question they belong to: "Title, evidence 1 of 1.1".
        assert!(
            reached.iter().any(|label| label.starts_with(expected)),
            "Tab never reached {expected:?}: {reached:?}"
        );
    }
    // The phases are one Tab stop, on the chosen one; the arrows move the choice, without the
    // mouse.
    let mut tabs = 0;
    while harness
        .query_by(|node| node.is_focused() && node.label().as_deref() == Some("3 Delivering"))
        .is_none()
    {
        harness.key_press(Key::Tab);
        harness.run();
        tabs += 1;
        assert!(tabs < 200, "Tab never reached 3 Delivering");
    }
    for _ in 0..2 {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    let phase = app(&harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(&QuestionId::new("health.support"))
        .and_then(|r| r.phase);
    assert_eq!(phase, Phase::new(5));
}

#[test]
fn dont_save_then_cancel_keeps_the_changes() {
    let (_dir, demo_copy, mut harness) = demo_app();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::Edit(civic_workbook::model::Edit::AddMember));
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::O);
    click(&mut harness, "Don't save");
    // No dialog here: the typed-path prompt; cancel it.
    assert!(matches!(app(&harness).state.flow, Flow::TypedPath { .. }));
    click(&mut harness, "Cancel");
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert_eq!(
        doc.assessment.team.len(),
        demo().team.len() + 1,
        "the edit is still there"
    );
    assert!(doc.is_dirty(), "and still unsaved");
    assert_eq!(doc.path.as_deref(), Some(demo_copy.as_path()));
}

/// Steps the app until its background export finishes (or fails the test after 60 s).
fn wait_for_export(harness: &mut Harness<'_, WorkbookApp>) {
    let started = std::time::Instant::now();
    while app(harness).state.exporting.is_some() {
        assert!(
            started.elapsed().as_secs() < 60,
            "the export never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

#[test]
fn export_pdf_runs_in_the_background_and_offers_to_open_it() {
    let dir = temp_dir();
    let pdf = dir.path().join("report.pdf");
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let mut harness = app_with(
        Some(demo_copy),
        None,
        vec![DialogResult::Picked(pdf.clone())],
    );
    // Not `press`: the window keeps repainting (a spinner) while the export runs.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.step();
    assert_eq!(
        app(&harness).state.exporting.as_deref(),
        Some(pdf.as_path()),
        "under way, window still running"
    );
    wait_for_export(&mut harness);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    harness.get_by_label_contains("Report exported");
    click(&mut harness, "Open PDF");
    assert_eq!(
        last_opened().as_deref(),
        Some(pdf.display().to_string().as_str())
    );
}

#[test]
fn export_never_writes_over_the_assessment() {
    let (_dir, demo_copy, mut harness) = demo_app();
    let before = std::fs::read(&demo_copy).unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::ExportPdfTo(demo_copy.clone()));
    wait_for_export(&mut harness);
    assert_eq!(std::fs::read(&demo_copy).unwrap(), before);
    let last = app(&harness).state.notifications.last().unwrap();

    let last_text = last.text(&app(&harness).state.framework);
    assert_eq!(last.level, Level::Error);
    assert!(
        last_text.contains("not exported") && last_text.contains("the assessment itself"),
        "{}",
        last_text
    );
}

#[test]
fn quitting_during_an_export_finishes_the_report_first() {
    let (dir, _demo_copy, mut harness) = demo_app();
    let pdf = dir.path().join("report.pdf");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::ExportPdfTo(pdf.clone()));
    // The export is collected by a frame, so Quit always finds it under way here.
    harness.state_mut().apply(&ctx, Command::Quit);
    assert_eq!(app(&harness).state.flow, Flow::QuitAfterExport);
    assert!(!app(&harness).closing(), "not before the report is written");
    // The window keeps drawing (no blocking wait) and closes once the report is written.
    harness.step();
    harness.get_by_label_contains("the window closes when it is done");
    wait_for_export(&mut harness);
    assert!(
        std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"),
        "the report was written before closing"
    );
    assert!(app(&harness).closing());
    assert!(app(&harness).state.exporting.is_none());
}

#[test]
fn the_closing_prompt_says_what_it_waits_for_and_can_keep_the_window_open() {
    let (dir, _demo_copy, mut harness) = demo_app();
    // The prompt as the core leaves it after Quit during an export (the chain itself is tested
    // in `workbook::update`): no real export, so no race with its thread.
    harness.state_mut().state.exporting = Some(dir.path().join("report.pdf"));
    harness.state_mut().state.flow = Flow::QuitAfterExport;
    // The spinner keeps repainting: a few frames, not "until settled".
    harness.run_steps(3);
    harness.get_by_label("Closing when the report is written");
    harness.get_by_label("Writing report.pdf…");
    harness.get_by_label("Keep the window open").click();
    harness.run_steps(2);
    assert_eq!(app(&harness).state.flow, Flow::Idle);
    assert!(!app(&harness).closing());
    assert!(
        harness
            .query_by_label("Closing when the report is written")
            .is_none()
    );
}

#[test]
fn quitting_during_a_failed_export_stays_open_to_say_so() {
    let (_dir, demo_copy, mut harness) = demo_app();
    let ctx = harness.ctx.clone();
    // Its folder is not there, which only writing it finds out, after the report is made.
    let nowhere = demo_copy.with_file_name("no such folder").join("r.pdf");
    harness
        .state_mut()
        .apply(&ctx, Command::ExportPdfTo(nowhere));
    harness.state_mut().apply(&ctx, Command::Quit);
    wait_for_export(&mut harness);
    assert!(!app(&harness).closing(), "the failure is shown, not lost");
    assert_eq!(app(&harness).state.flow, Flow::Idle);
    assert!(app(&harness).state.exporting.is_none());
    let last = app(&harness).state.notifications.last().unwrap();

    let last_text = last.text(&app(&harness).state.framework);
    assert_eq!(last.level, Level::Error);
    assert!(last_text.contains("not exported"), "{}", last_text);
}

#[test]
fn save_through_a_typed_path_then_goes_on_with_what_was_asked() {
    let dir = temp_dir();
    let mut harness = app_with(None, None, Vec::new());
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::New);
    harness
        .state_mut()
        .apply(&ctx, Command::Edit(civic_workbook::model::Edit::AddMember));
    harness.run();
    // New again, with the first file never saved: Save, and no dialog, so a typed path.
    press(&mut harness, Modifiers::COMMAND, Key::N);
    click(&mut harness, "Save");
    assert!(matches!(app(&harness).state.flow, Flow::TypedPath { .. }));
    // A folder that does not exist: not saved, and the prompt stays with New still waiting.
    type_path(&mut harness, &dir.path().join("missing").join("first"));
    assert!(
        matches!(
            &app(&harness).state.flow,
            Flow::TypedPath {
                problem: Some(_),
                then: Some(_),
                ..
            }
        ),
        "{:?}",
        app(&harness).state.flow
    );
    assert!(app(&harness).state.doc.as_ref().unwrap().is_dirty());
    type_path(&mut harness, &dir.path().join("first"));
    let saved = dir.path().join("first.civic.json");
    let on_disk = assessment_file::load(&saved, &framework()).unwrap();
    assert_eq!(on_disk.team.len(), 1, "the edit was saved");
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert_eq!(doc.path, None, "and then the new assessment was started");
    assert!(doc.assessment.team.is_empty());
    assert_eq!(app(&harness).state.flow, Flow::Idle);
}

/// Replaces the text of the typed-path prompt with `path` and confirms it with Enter.
fn type_path(harness: &mut Harness<'_, WorkbookApp>, path: &std::path::Path) {
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .type_text(&path.display().to_string());
    harness.run();
    press(harness, Modifiers::NONE, Key::Enter);
}

#[test]
fn exporting_over_a_file_already_there_asks_and_keeps_it_as_bak() {
    let (dir, _demo_copy, mut harness) = demo_app();
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, "minutes of the board, not a report").unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::ExportPdfTo(pdf.clone()));
    harness.run();
    // The question names the file and says it is not an export; the keyboard starts on Cancel.
    harness.get_by_label("Replace the file already there?");
    harness.get_by_label("report.pdf");
    harness.get_by_label_contains("Not an export from the workbook");
    assert!(harness.get_by_label("Cancel").is_focused());
    assert!(app(&harness).state.exporting.is_none());
    harness.get_by_label("Replace").click();
    harness.step();
    wait_for_export(&mut harness);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("report.pdf.bak")).unwrap(),
        "minutes of the board, not a report"
    );
    // Exporting again: the earlier export is asked about as such.
    harness
        .state_mut()
        .apply(&ctx, Command::ExportPdfTo(pdf.clone()));
    harness.run();
    harness.get_by_label_contains("An earlier export from the workbook");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(app(&harness).state.flow, Flow::Idle);
    assert!(
        harness
            .query_by_label("Replace the file already there?")
            .is_none()
    );
}

#[test]
fn opening_a_file_of_an_older_framework_version_offers_the_move() {
    let dir = temp_dir();
    let path = dir.path().join("older.civic.json");
    let text = std::fs::read_to_string(demo_path()).unwrap();
    let current = framework().version().to_owned();
    std::fs::write(
        &path,
        text.replacen(
            &format!("\"version\": \"{current}\""),
            "\"version\": \"2025.1\"",
            1,
        ),
    )
    .unwrap();
    let mut harness = app_with(Some(path.clone()), None, Vec::new());
    harness.run();
    harness.get_by_label(&format!("Move to version {current} of the framework?"));
    assert!(harness.get_by_label("Keep version 2025.1").is_focused());
    harness
        .get_by_label(&format!("Move to version {current}"))
        .click();
    harness.run();
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert_eq!(doc.assessment.framework.version, current);
    assert!(doc.is_dirty());
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"version\": \"2025.1\""),
        "nothing on disk changes until saved"
    );
}

#[test]
fn answers_to_questions_no_longer_asked_are_shown_apart_on_the_details_page() {
    let dir = temp_dir();
    let path = dir.path().join("older.civic.json");
    let mut text =
        std::fs::read_to_string(crate::util::root().join("tests/golden/format-1.civic.json"))
            .unwrap();
    // Evidence with a link on the retired answer, to open from the section.
    text = text.replacen(
        "\"narrative\": \"Kept from an older bank.\",\n      \"evidence\": [],",
        "\"narrative\": \"Kept from an older bank.\",\n      \"evidence\": [{\"title\": \"Old survey\", \"link\": \"https://example.org/old\"}],",
        1,
    );
    assert!(text.contains("Old survey"));
    std::fs::write(&path, text).unwrap();
    let mut harness = app_with(Some(path), None, Vec::new());
    // The side list says there is something to see, and where.
    let entry = harness
        .get_by_label_contains("1 answer to earlier questions")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(entry.starts_with("Assessment details"), "{entry}");
    harness
        .get_by_label_contains("1 answer to earlier questions")
        .click();
    harness.run();
    assert_eq!(app(&harness).state.page, Page::Details);
    harness.get_by_label("Answers to questions not in this version of the framework (1)");
    harness.get_by_label("Question economy.retired");
    harness.get_by_label("Kept from an older bank.");
    harness
        .get_by_label_contains("Review the retired question · Rhodri Bevan · 2027-01-31 · Planned");
    harness.get_by_label("https://example.org/old").click();
    harness.run();
    assert_eq!(last_opened().as_deref(), Some("https://example.org/old"));
}
