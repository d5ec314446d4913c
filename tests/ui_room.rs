//! The workshop room: rating from the keyboard on the question in focus, and messages that
//! appear without moving the page, fade when they are good news and stay when they are not.

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::{DialogResult, RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::{Level, Prefs, Topic};
use civic_workbook::app::{AppOptions, WorkbookApp};
use civic_workbook::model::{Phase, QuestionId};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::{app, click};
use crate::util::{demo_path, framework, temp_dir};

/// The demo (a copy) at 1280×2400, each step a quarter of a second so toasts can time out.
fn room_app(answers: Vec<DialogResult>) -> (tempfile::TempDir, Harness<'static, WorkbookApp>) {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &path).unwrap();
    let dialogs = ScriptedDialogs {
        answers: answers.into(),
        ..ScriptedDialogs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 2400.0])
        .with_step_dt(0.25)
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open: Some(path),
                    recovery_dir: None,
                    dialogs: Box::new(dialogs),
                    opener: Box::new(RecordingOpener::default()),
                    prefs: Prefs::default(),
                },
            )
        });
    harness.run();
    (dir, harness)
}

fn phase_of(harness: &Harness<'_, WorkbookApp>, id: &str) -> Option<Phase> {
    app(harness)
        .state
        .doc
        .as_ref()?
        .assessment
        .response(&QuestionId::new(id))?
        .phase
}

fn go_to(harness: &mut Harness<'_, WorkbookApp>, page: Page) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Navigate(page));
    harness.run();
}

fn press(harness: &mut Harness<'_, WorkbookApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn focused_label(harness: &Harness<'_, WorkbookApp>) -> Option<String> {
    harness
        .query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn keys_one_to_six_rate_the_question_in_focus_and_zero_clears_it() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(6));
    // Arriving on a page puts the keyboard on the first question's rating.
    assert_eq!(focused_label(&harness).as_deref(), Some("0 Not yet rated"));
    assert_eq!(phase_of(&harness, "environment.footprint"), None);
    press(&mut harness, Key::Num4);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(4));
    // The keyboard follows the rating.
    assert_eq!(focused_label(&harness).as_deref(), Some("4 Embedding"));
    press(&mut harness, Key::Num6);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(6));
    press(&mut harness, Key::Num0);
    assert_eq!(phase_of(&harness, "environment.footprint"), None);
    press(&mut harness, Key::Num2);
    press(&mut harness, Key::Backspace);
    assert_eq!(phase_of(&harness, "environment.footprint"), None);
    // Keys 7–9 are not phases.
    press(&mut harness, Key::Num7);
    assert_eq!(phase_of(&harness, "environment.footprint"), None);

    // The second question: a click in it makes it the one the keys rate, not the first.
    harness
        .get_by_label(&framework().domains()[6].questions[1].text)
        .click();
    harness.run();
    press(&mut harness, Key::Num5);
    assert_eq!(phase_of(&harness, "environment.partnership"), Phase::new(5));
    assert_eq!(phase_of(&harness, "environment.footprint"), None);

    // While typing in a field, digits are text, not ratings.
    let narrative = harness.get_by_role_and_label(Role::MultilineTextInput, "Narrative, 7.1");
    narrative.focus();
    harness.run();
    press(&mut harness, Key::Num3);
    assert_eq!(phase_of(&harness, "environment.footprint"), None);

    // Each rating is its own undo step.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Undo);
    harness.run();
    assert_eq!(phase_of(&harness, "environment.partnership"), None);
}

#[test]
fn the_rating_control_is_named_and_reports_the_choice() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(2));
    // Health and wellbeing: the first question is at 3 Delivering in the demo.
    let chosen: Vec<String> = harness
        .get_all_by_role(Role::RadioButton)
        .filter(|node| {
            node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
                || node.accesskit_node().is_selected() == Some(true)
        })
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert_eq!(chosen.first().map(String::as_str), Some("3 Delivering"));
    for phase in &framework().scale().phases {
        let label = format!("{} {}", phase.number, phase.name);
        assert_eq!(
            harness
                .get_all_by_role_and_label(Role::RadioButton, &label)
                .count(),
            2,
            "{label} once per question"
        );
    }
}

/// Where each named control is, to see that a message moved nothing.
fn layout(harness: &Harness<'_, WorkbookApp>) -> Vec<(String, egui::Rect)> {
    harness
        .get_all_by(|node| node.label().is_some() && node.role() != Role::Window)
        .filter_map(|node| {
            let bounds = node.accesskit_node().bounding_box()?;
            #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
            let rect = egui::Rect::from_min_max(
                egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
                egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
            );
            Some((node.accesskit_node().label()?, rect))
        })
        .collect()
}

#[test]
fn a_message_moves_nothing_and_a_warning_stays_until_dismissed() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(0));
    let before = layout(&harness);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::OpenLink("file:///etc/passwd".to_owned()));
    harness.run();
    let toast = app(&harness).state.notifications.last().cloned().unwrap();
    assert_eq!((toast.topic, toast.level), (Topic::Opening, Level::Warning));
    harness.get_by_label_contains("This link was not opened");
    let after: Vec<_> = layout(&harness)
        .into_iter()
        .filter(|(label, _)| !label.contains("This link was not opened") && label != "Dismiss")
        .collect();
    assert_eq!(before, after, "the page did not move");
    // A warning does not time out.
    for _ in 0..80 {
        harness.step();
    }
    assert_eq!(app(&harness).state.notifications.len(), 1);
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(app(&harness).state.notifications.is_empty());
    // The log keeps it.
    assert_eq!(app(&harness).state.log.len(), 1);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Messages").click();
    harness.run();
    assert!(app(&harness).state.is_log_open);
    harness.get_by_label_contains("This link was not opened");
}

#[test]
fn good_news_fades_by_itself() {
    let dir = temp_dir();
    let csv = dir.path().join("data.csv");
    let (_demo_dir, mut harness) = room_app(vec![DialogResult::Picked(csv.clone())]);
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::ExportCsv);
    harness.run();
    assert!(csv.exists());
    let toast = app(&harness).state.notifications.last().cloned().unwrap();

    assert_eq!((toast.topic, toast.level), (Topic::Export, Level::Info));
    // A message with buttons stays 15 s: each step here is a quarter of a second.
    for _ in 0..40 {
        harness.step();
    }
    assert_eq!(
        app(&harness).state.notifications.len(),
        1,
        "still there at 10 s"
    );
    for _ in 0..30 {
        harness.step();
    }
    assert!(
        app(&harness).state.notifications.is_empty(),
        "gone after 15 s"
    );
    assert_eq!(app(&harness).state.log.len(), 1);
}

#[test]
fn presenter_mode_moves_across_domains_rates_and_leaves_at_the_question() {
    let (_dir, mut harness) = room_app(Vec::new());
    let framework = framework();
    // From the summary, F5 starts at 1.1.
    press(&mut harness, Key::F5);
    let first = &framework.domains()[0].questions[0];
    assert_eq!(app(&harness).state.presenting.as_ref(), Some(&first.id));
    harness.get_by_label(&first.text);
    // Across the end of domain 1 into domain 2.
    let last_of_first = framework.domains()[0].questions.len();
    for _ in 0..last_of_first {
        press(&mut harness, Key::ArrowRight);
    }
    let second = &framework.domains()[1].questions[0];
    assert_eq!(app(&harness).state.presenting.as_ref(), Some(&second.id));
    press(&mut harness, Key::PageUp);
    press(&mut harness, Key::PageDown);
    assert_eq!(app(&harness).state.presenting.as_ref(), Some(&second.id));
    // Rating with a key.
    press(&mut harness, Key::Num5);
    assert_eq!(phase_of(&harness, second.id.as_str()), Phase::new(5));
    press(&mut harness, Key::Num0);
    assert_eq!(phase_of(&harness, second.id.as_str()), None);
    // Esc leaves on that question's page.
    press(&mut harness, Key::Escape);
    assert_eq!(app(&harness).state.presenting, None);
    assert_eq!(app(&harness).state.page, Page::Domain(1));
    // F5 on a domain page starts at its first question; the start and end do not wrap.
    press(&mut harness, Key::F5);
    assert_eq!(app(&harness).state.presenting.as_ref(), Some(&second.id));
    for _ in 0..100 {
        harness.key_press(Key::ArrowRight);
    }
    harness.run();
    let last = framework.questions().last().unwrap().1;
    assert_eq!(app(&harness).state.presenting.as_ref(), Some(&last.id));
}

#[test]
fn each_file_opened_starts_at_the_top_with_sections_folded() {
    let (dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(2));
    let example = format!(
        "• {}",
        framework().domains()[2].questions[0].evidence_examples[0]
    );
    harness
        .get_all_by_label("Examples of evidence")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label(&example);
    // Open the same file again (as File ▸ Open would): the page starts folded.
    let path = dir.path().join("demo.civic.json");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::OpenPath(path));
    harness.run();
    go_to(&mut harness, Page::Domain(2));
    assert!(
        harness.query_by_label(&example).is_none(),
        "examples folded in the file opened anew"
    );
}

#[test]
fn undo_names_its_step_and_goes_to_the_field_it_changes() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(2));
    let narrative = harness.get_by_role_and_label(Role::MultilineTextInput, "Narrative, 3.1");
    narrative.focus();
    narrative.type_text(" Agreed.");
    harness.run();
    go_to(&mut harness, Page::Summary);
    click(&mut harness, "Edit");
    // The menu says what will change.
    harness.get_by_label_contains("Undo typing in 3.1 Narrative");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    let state = &app(&harness).state;
    assert_eq!(
        state.page,
        Page::Domain(2),
        "undo went to the page it changed"
    );
    assert_eq!(
        state.flash.as_ref().map(|(q, _)| q.as_str()),
        Some("health.support")
    );
    assert_eq!(
        focused_label(&harness).as_deref(),
        Some("Narrative, 3.1"),
        "the keyboard is in the field undone"
    );
    assert!(
        !state
            .doc
            .as_ref()
            .unwrap()
            .assessment
            .response(&QuestionId::new("health.support"))
            .unwrap()
            .narrative
            .ends_with("Agreed.")
    );
    click(&mut harness, "Edit");
    harness.get_by_label_contains("Redo typing in 3.1 Narrative");
}

#[test]
fn removing_evidence_offers_undo_and_tab_never_lands_on_remove_early() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(2));
    let count = |h: &Harness<'_, WorkbookApp>| {
        app(h)
            .state
            .doc
            .as_ref()
            .unwrap()
            .assessment
            .response(&QuestionId::new("health.support"))
            .unwrap()
            .evidence
            .len()
    };
    let before = count(&harness);
    // Tab order in an evidence row: title, link, note, Open link, Remove.
    let title = harness.get_by_role_and_label(Role::TextInput, "Title, evidence 1 of 3.1");
    title.focus();
    harness.run();
    let mut order = Vec::new();
    for _ in 0..4 {
        harness.key_press(Key::Tab);
        harness.run();
        order.push(focused_label(&harness).unwrap_or_default());
    }
    let expected = [
        "Link, evidence 1",
        "Note, evidence 1",
        "Open link of",
        "Remove evidence",
    ];
    for (label, start) in order.iter().zip(expected) {
        assert!(label.starts_with(start), "{order:?}");
    }
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(count(&harness), before - 1);
    // Said in words, naming what went.
    let removed = "Removed evidence ‘Joint health partnership agreement 2024’ from 3.1";
    harness.get_by_label(removed);
    click(&mut harness, "Undo");
    assert_eq!(
        count(&harness),
        before,
        "Undo in the message brings it back"
    );
    assert!(harness.query_by_label(removed).is_none());
}

#[test]
fn a_screen_reader_hears_which_question_a_field_belongs_to() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(2));
    let framework = framework();
    for (number, question) in framework.domains()[2].questions.iter().enumerate() {
        let name = format!("Key question 3.{}: {}", number + 1, question.text);
        let group = harness.get_by_role_and_label(Role::Group, &name);
        group.get_by_role_and_label(
            Role::MultilineTextInput,
            &format!("Narrative, 3.{}", number + 1),
        );
        group.get_by_role_and_label(Role::RadioButton, "3 Delivering");
    }
    let first = format!(
        "Key question 3.1: {}",
        framework.domains()[2].questions[0].text
    );
    let evidence = harness
        .get_by_role_and_label(Role::Group, &first)
        .get_by_role_and_label(Role::Group, "Evidence 2");
    evidence.get_by_role_and_label(
        Role::Button,
        "Remove evidence ‘Health partnership team mailbox’ from 3.1",
    );
}

#[test]
fn help_menu_about_and_f10() {
    let (_dir, mut harness) = room_app(Vec::new());
    press(&mut harness, Key::F10);
    assert_eq!(focused_label(&harness).as_deref(), Some("File"));
    click(&mut harness, "Help");
    click(&mut harness, "About");
    harness.get_by_label_contains(env!("CARGO_PKG_VERSION"));
    harness.get_by_label_contains("MIT or Apache 2.0");
    press(&mut harness, Key::Escape);
    assert_eq!(app(&harness).state.help, None);
    click(&mut harness, "Help");
    click(&mut harness, "Running a workshop");
    harness.get_by_label("During");
    harness.get_by_label("6 Renewing");
}

#[test]
fn edit_menu_select_all_then_typing_replaces_the_text() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(6));
    let narrative = harness.get_by_role_and_label(Role::MultilineTextInput, "Narrative, 7.1");
    narrative.focus();
    narrative.type_text("first draft");
    harness.run();
    click(&mut harness, "Edit");
    // Menu entries are named with their shortcut: "Select all Ctrl+A".
    harness.get_by_label_contains("Select all").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Narrative, 7.1")
        .type_text("agreed");
    harness.run();
    let narrative = app(&harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(&QuestionId::new("environment.footprint"))
        .map(|r| r.narrative.clone());
    assert_eq!(narrative.as_deref(), Some("agreed"));
}

fn due_of(harness: &Harness<'_, WorkbookApp>) -> String {
    app(harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(&QuestionId::new("environment.footprint"))
        .unwrap()
        .actions[0]
        .due
        .clone()
}

#[test]
fn due_dates_are_typed_as_people_write_them_or_picked_from_a_calendar() {
    let (_dir, mut harness) = room_app(Vec::new());
    go_to(&mut harness, Page::Domain(6));
    harness
        .get_all_by_label("Add action")
        .next()
        .unwrap()
        .click();
    harness.run();
    for typed in ["31/03/2027", "31 March 2027", "2027-03-31"] {
        let due = harness
            .get_all_by_label_contains("Due, action")
            .next()
            .unwrap();
        due.focus();
        harness.run();
        // Clear what is there, then type.
        harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        harness.key_press(Key::Backspace);
        harness.run();
        harness
            .get_all_by_label_contains("Due, action")
            .next()
            .unwrap()
            .type_text(typed);
        harness.run();
        harness.key_press(Key::Tab);
        harness.run();
        assert_eq!(due_of(&harness), "2027-03-31", "typed {typed:?}");
        // Shown the way people read it, with no warning.
        assert!(
            harness.query_all_by_value("31 Mar 2027").count() >= 1,
            "{typed:?}"
        );
        assert!(
            harness
                .query_by_label_contains("Warning: due date")
                .is_none()
        );
    }
    // The calendar opens on the date set; picking the 15th stores it.
    harness
        .get_by_label_contains("Calendar for the due date")
        .click();
    harness.run();
    harness.get_by_label("Monday 15 March 2027").click();
    harness.run();
    assert_eq!(due_of(&harness), "2027-03-15");
}

#[test]
fn a_cut_off_file_offers_the_copy_kept_by_its_last_save() {
    let (dir, mut harness) = room_app(Vec::new());
    let path = dir.path().join("demo.civic.json");
    // Save once (the first save keeps the opened file as demo.civic.json.bak), then cut the
    // file short as a failed copy would.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Save);
    harness.run();
    let backup = dir.path().join("demo.civic.json.bak");
    assert!(backup.exists());
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    harness.state_mut().apply(&ctx, Command::New);
    harness.run();
    harness
        .state_mut()
        .apply(&ctx, Command::OpenPath(path.clone()));
    harness.run();
    let toast = app(&harness).state.notifications.last().cloned().unwrap();

    let toast_text = toast.text(&app(&harness).state.framework);
    assert!(
        toast_text.contains("This file is cut off"),
        "{}",
        toast_text
    );
    click(&mut harness, "Open the backup");
    let doc = app(&harness).state.doc.as_ref().unwrap();
    assert_eq!(doc.path, None, "the backup opens as a copy to Save as");
    assert_eq!(doc.display_name(), "demo.civic.json (backup)");
    assert_eq!(doc.assessment, crate::util::demo(), "the demo as opened");
    // The cut-off file is left as it was.
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text[..text.len() / 2]
    );
}

#[test]
fn a_file_with_problems_says_so_once_and_lists_them_by_question() {
    let dir = temp_dir();
    let path = dir.path().join("odd.civic.json");
    let mut assessment = crate::util::demo();
    assessment
        .responses
        .get_mut(&QuestionId::new("economy.impact"))
        .unwrap()
        .actions
        .push(civic_workbook::model::Action {
            description: "Survey suppliers".to_owned(),
            due: "someday".to_owned(),
            ..civic_workbook::model::Action::default()
        });
    civic_workbook::storage::assessment_file::save(&path, &assessment).unwrap();
    std::fs::copy(&path, dir.path().join("demo.civic.json")).unwrap();
    let (_demo_dir, mut harness) = room_app(Vec::new());
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::OpenPath(path));
    harness.run();
    harness.get_by_label_contains("This file has a problem to look at.");
    click(&mut harness, "Show problems");
    // Named by number and text, not by id.
    harness.get_by_label_contains("2.2 What economic impact do we have now? (action");
    harness.get_by_label_contains("\"someday\" is not a date written as 31/03/2027");
    assert!(harness.query_by_label_contains("economy.impact").is_none());
}

#[test]
fn with_no_program_for_links_the_link_is_copied_and_said_plainly() {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &path).unwrap();
    let mut harness = Harness::builder()
        .with_size([1280.0, 2400.0])
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open: Some(path),
                    recovery_dir: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    opener: Box::new(civic_workbook::app::dialogs::NoOpener),
                    prefs: Prefs::default(),
                },
            )
        });
    harness.run();
    go_to(&mut harness, Page::Domain(2));
    let link = app(&harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(&QuestionId::new("health.support"))
        .unwrap()
        .evidence[0]
        .link
        .clone();
    harness
        .get_all_by_label_contains("Open link")
        .next()
        .unwrap()
        .click();
    // The click is handled, and the link copied, in the next frame.
    harness.step();
    let toast = app(&harness).state.notifications.last().cloned().unwrap();

    let toast_text = toast.text(&app(&harness).state.framework);
    assert_eq!(
        toast_text,
        "No program is set up to open web links here. The link was copied: paste it where you need it."
    );
    assert!(!toast_text.contains("ExitStatus"));
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(text) if *text == link));
    assert!(copied, "the link is on the clipboard");
}

#[test]
fn the_status_bar_says_what_really_happened() {
    let (_dir, mut harness) = room_app(Vec::new());
    harness.get_by_label("Opened demo.civic.json");
    assert!(harness.query_by_label_contains("Saved").is_none());
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Save);
    harness.run();
    harness.get_by_label_contains("Saved demo.civic.json at ");
    let label = app(&harness).state.file_event.clone().unwrap();
    let time = label.trim_start_matches("Saved demo.civic.json at ");
    // "9:05" or "14:30" (the 24-hour clock, hours unpadded): the test passes at any hour.
    let is_time = time.split_once(':').is_some_and(|(hour, minute)| {
        hour.parse::<u8>()
            .is_ok_and(|h| h < 24 && h.to_string() == hour)
            && minute.len() == 2
            && minute.parse::<u8>().is_ok_and(|minute| minute < 60)
    });
    assert!(is_time, "a time of day: {label}");
}
