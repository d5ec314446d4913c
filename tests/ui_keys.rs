//! The keyboard acts only where the eye is: the focused control is always brought into view,
//! keys 1–6 rate only the current question while its rating is in view, the phases are one
//! radio group, undo shows and says what it did, and repeated controls name their question.

use civic_workbook::app::WorkbookApp;
use civic_workbook::app::command::{Command, Page};
use civic_workbook::model::{Edit, Phase, QuestionId};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::{app, demo_copy_at};
use crate::util::framework;

/// The projector the issue was found on.
const PROJECTOR: [f32; 2] = [1024.0, 768.0];

fn go_to(harness: &mut Harness<'_, WorkbookApp>, page: Page) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Navigate(page));
    harness.run();
}

fn apply(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

fn press(harness: &mut Harness<'_, WorkbookApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Turns the mouse wheel over the page.
fn scroll_down(harness: &mut Harness<'_, WorkbookApp>, points: f32) {
    let centre = page_area(harness).center();
    harness.event(egui::Event::PointerMoved(centre));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -points),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
    });
    harness.run();
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

fn rect_of(node: &egui_kittest::Node<'_>) -> egui::Rect {
    let b = node.accesskit_node().bounding_box().unwrap();
    #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
    egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

/// The part of the window the page scrolls in: below the menu bar, above the status bar.
fn page_area(harness: &Harness<'_, WorkbookApp>) -> egui::Rect {
    let top = rect_of(&harness.get_by_role_and_label(Role::Button, "File"))
        .max
        .y;
    let bottom = rect_of(&harness.get_by_label("‹ Previous")).min.y;
    let screen = harness.ctx.content_rect();
    egui::Rect::from_x_y_ranges(screen.x_range(), top..=bottom)
}

/// The focused control's label and rect, and whether it is in a question's card.
fn focused(harness: &Harness<'_, WorkbookApp>) -> Option<(String, egui::Rect, bool)> {
    let node =
        harness.query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())?;
    let mut in_card = false;
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        in_card |=
            p.role() == Role::Group && p.label().is_some_and(|l| l.starts_with("Key question "));
        parent = p.parent();
    }
    Some((
        node.accesskit_node().label().unwrap_or_default(),
        rect_of(&node),
        in_card,
    ))
}

/// Asserts that the focused control of a question's card is wholly in view.
fn assert_focus_in_view(harness: &Harness<'_, WorkbookApp>, step: &str) -> Option<String> {
    let (label, rect, in_card) = focused(harness)?;
    let screen = harness.ctx.content_rect();
    assert!(
        screen.expand(1.0).contains_rect(rect),
        "{step}: {label:?} at {rect:?} is off the window"
    );
    if in_card {
        let area = page_area(harness);
        assert!(
            area.expand(1.0).contains_rect(rect),
            "{step}: {label:?} at {rect:?} is outside the page's view {area:?}"
        );
    }
    in_card.then_some(label)
}

#[test]
fn tab_and_shift_tab_keep_the_focused_control_in_view() {
    let (_dir, mut harness) = demo_copy_at(PROJECTOR);
    go_to(&mut harness, Page::Domain(0));
    let mut reached = Vec::new();
    for step in 0..70 {
        press(&mut harness, Key::Tab);
        reached.extend(assert_focus_in_view(&harness, &format!("Tab {step}")));
    }
    // The walk went well below the first screen: into the second question and beyond.
    for label in ["Narrative, 1.1", "Ambition, 1.1", "Narrative, 1.2"] {
        assert!(
            reached.iter().any(|l| l == label),
            "Tab never reached {label}: {reached:?}"
        );
    }
    for step in 0..30 {
        harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
        harness.run();
        assert_focus_in_view(&harness, &format!("Shift+Tab {step}"));
    }
}

#[test]
fn a_number_key_with_the_rating_out_of_view_changes_nothing() {
    let (_dir, mut harness) = demo_copy_at(PROJECTOR);
    go_to(&mut harness, Page::Domain(6));
    // Arriving puts the keyboard on 7.1's rating, which is current.
    harness.get_by_label_contains("Keys 1–6 rate 7.1");
    press(&mut harness, Key::Num2);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(2));
    // Scroll 7.1's rating out of sight with the mouse wheel (the keyboard stays on it).
    scroll_down(&mut harness, 700.0);
    let chosen = rect_of(
        &harness
            .get_by_role_and_label(Role::RadioGroup, "Phase, 7.1")
            .get_by_role_and_label(Role::RadioButton, "2 Planning"),
    );
    assert!(
        !page_area(&harness).intersects(chosen),
        "the rating scrolled away: {chosen:?}"
    );
    press(&mut harness, Key::Num5);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(2));
    assert_eq!(phase_of(&harness, "environment.partnership"), None);
    harness.get_by_label_contains("7.1 is out of view: click a question to rate it");
    // No question current: the keys do nothing, and the hint says what to do.
    apply(&mut harness, Command::SetCurrentQuestion(None));
    press(&mut harness, Key::Num4);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(2));
    assert_eq!(phase_of(&harness, "environment.partnership"), None);
    harness.get_by_label("Click a question or Tab to its phases to rate it with 1–6");
}

#[test]
fn a_click_on_a_phase_then_a_key_rates_that_question() {
    let (_dir, mut harness) = demo_copy_at([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(6));
    harness
        .get_all_by_role_and_label(Role::RadioButton, "1 Exploring")
        .nth(1)
        .unwrap()
        .click();
    harness.run();
    assert_eq!(phase_of(&harness, "environment.partnership"), Phase::new(1));
    assert_eq!(
        app(&harness)
            .state
            .current_question
            .as_ref()
            .map(QuestionId::as_str),
        Some("environment.partnership")
    );
    press(&mut harness, Key::Num2);
    assert_eq!(phase_of(&harness, "environment.partnership"), Phase::new(2));
    assert_eq!(phase_of(&harness, "environment.footprint"), None);
    harness.get_by_label_contains("Keys 1–6 rate 7.2");
    // A click anywhere in the other question (its text) moves the keys there.
    harness
        .get_by_label(&framework().domains()[6].questions[0].text)
        .click();
    harness.run();
    press(&mut harness, Key::Num6);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(6));
    assert_eq!(phase_of(&harness, "environment.partnership"), Phase::new(2));
}

#[test]
fn undo_brings_the_change_into_view_and_says_what_it_undid() {
    let (_dir, mut harness) = demo_copy_at(PROJECTOR);
    go_to(&mut harness, Page::Domain(2));
    let question = QuestionId::new("health.support");
    apply(
        &mut harness,
        Command::Edit(Edit::RemoveEvidence {
            question: question.clone(),
            index: 1,
        }),
    );
    harness.get_by_label("Removed evidence ‘Health partnership team mailbox’ from 3.1");
    go_to(&mut harness, Page::Summary);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    let state = &app(&harness).state;
    assert_eq!(state.page, Page::Domain(2));
    assert_eq!(state.current_question.as_ref(), Some(&question));
    let evidence = &state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(&question)
        .unwrap()
        .evidence;
    assert_eq!(evidence[1].title, "Health partnership team mailbox");
    harness.get_by_label("Undid: removed evidence ‘Health partnership team mailbox’ from 3.1");
    // The keyboard is in the item brought back, and it is in view.
    let (_, rect, in_card) = focused(&harness).expect("the keyboard is on the item");
    assert!(in_card);
    let value = harness
        .query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())
        .and_then(|node| node.accesskit_node().value());
    assert_eq!(value.as_deref(), Some("Health partnership team mailbox"));
    assert!(
        page_area(&harness).contains_rect(rect),
        "{rect:?} is in view"
    );
    // The keys type there, and the status bar says how to rate again.
    harness.get_by_label("Typing: Esc, then keys 1–6 rate 3.1");
    // Redo says so too.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Y);
    harness.run();
    harness.get_by_label("Redid: removed evidence ‘Health partnership team mailbox’ from 3.1");
}

#[test]
fn repeated_controls_name_their_question() {
    let (_dir, mut harness) = demo_copy_at([1280.0, 2400.0]);
    let framework = framework();
    for (index, domain) in framework.domains().iter().enumerate() {
        go_to(&mut harness, Page::Domain(index));
        let names: Vec<String> = harness
            .get_all_by(|node| {
                matches!(
                    node.role(),
                    Role::TextInput | Role::MultilineTextInput | Role::RadioGroup
                ) && node.label().is_some_and(|label| {
                    [
                        "Narrative",
                        "Ambition",
                        "Phase",
                        "Agreed phase",
                        "Why this phase",
                    ]
                    .iter()
                    .any(|name| label.starts_with(&format!("{name},")))
                })
            })
            .filter_map(|node| node.accesskit_node().label())
            .collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "repeated: {names:?}");
        for number in 1..=domain.questions.len() {
            for name in ["Narrative", "Ambition", "Phase"] {
                let label = format!("{name}, {}.{number}", index + 1);
                assert!(names.contains(&label), "{label} missing: {names:?}");
            }
        }
    }
}

#[test]
fn the_phases_are_one_tab_stop_and_the_arrows_move_the_choice() {
    let (_dir, mut harness) = demo_copy_at([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(6));
    let focused_label = |h: &Harness<'_, WorkbookApp>| focused(h).map(|(label, ..)| label);
    assert_eq!(focused_label(&harness).as_deref(), Some("0 Not yet rated"));
    // The group holds seven radio buttons, the chosen one checked.
    let group = harness.get_by_role_and_label(Role::RadioGroup, "Phase, 7.1");
    let radios: Vec<_> = group.get_all_by_role(Role::RadioButton).collect();
    assert_eq!(radios.len(), 7);
    // One Tab leaves the group; Shift+Tab comes back to the chosen one.
    press(&mut harness, Key::Tab);
    let next = focused_label(&harness).unwrap_or_default();
    assert!(
        !next.starts_with(char::is_numeric),
        "Tab went to another phase: {next}"
    );
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    harness.run();
    assert_eq!(focused_label(&harness).as_deref(), Some("0 Not yet rated"));
    // Right and Down choose the next phase, Left and Up the previous, round the ends.
    press(&mut harness, Key::ArrowRight);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(1));
    assert_eq!(focused_label(&harness).as_deref(), Some("1 Exploring"));
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowRight);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(3));
    press(&mut harness, Key::ArrowUp);
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(2));
    for _ in 0..3 {
        press(&mut harness, Key::ArrowLeft);
    }
    assert_eq!(phase_of(&harness, "environment.footprint"), Phase::new(6));
    assert_eq!(phase_of(&harness, "environment.partnership"), None);
    // The checked one is exposed as such.
    let group = harness.get_by_role_and_label(Role::RadioGroup, "Phase, 7.1");
    let checked: Vec<String> = group
        .get_all_by_role(Role::RadioButton)
        .filter(|node| {
            node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
                || node.accesskit_node().is_selected() == Some(true)
        })
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert_eq!(checked.len(), 1);
    assert!(checked[0].starts_with("6 "), "{checked:?}");
}
