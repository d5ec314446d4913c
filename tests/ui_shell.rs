//! The window around the pages, as Windows users expect it: F10 and the arrow keys open the
//! menus, zoom goes in browsers' steps and says so, Ctrl 0 brings the layout back, a wide screen
//! shows the page in the middle, and a screen reader finds the whole page without scrolling.

use civic_workbook::app::WorkbookApp;
use civic_workbook::app::command::{Command, Page};
use civic_workbook::model::{Edit, EvidenceField, ItemKind, QuestionId, TextTarget};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::{app, demo_copy_at};
use crate::util::framework;

fn press(harness: &mut Harness<'_, WorkbookApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn apply(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

fn focused_label(harness: &Harness<'_, WorkbookApp>) -> Option<String> {
    harness
        .query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

/// The bounds of the first node whose name (or a text's value) starts with `name`, in points.
fn bounds_of(harness: &Harness<'_, WorkbookApp>, name: &str) -> egui::Rect {
    bounds_of_role(harness, None, name)
}

/// As [`bounds_of`], for a node of `role` only.
fn bounds_of_role(
    harness: &Harness<'_, WorkbookApp>,
    role: Option<Role>,
    name: &str,
) -> egui::Rect {
    let node = harness
        .query_all_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| {
            role.is_none_or(|role| node.role() == role)
                && node
                    .label()
                    .or_else(|| node.value())
                    .is_some_and(|label| label.starts_with(name))
        })
        .next()
        .unwrap_or_else(|| {
            let names: Vec<String> = harness
                .query_all_by(|_: &egui_kittest::kittest::AccessKitNode<'_>| true)
                .filter_map(|node| node.accesskit_node().label())
                .collect();
            panic!("no node named {name}… among {names:?}")
        });
    let b = node.accesskit_node().bounding_box().unwrap();
    // AccessKit's bounds are in pixels.
    let ppp = f64::from(harness.ctx.pixels_per_point());
    #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
    let rect = egui::Rect::from_min_max(
        egui::pos2((b.x0 / ppp) as f32, (b.y0 / ppp) as f32),
        egui::pos2((b.x1 / ppp) as f32, (b.y1 / ppp) as f32),
    );
    rect
}

fn zoom(harness: &Harness<'_, WorkbookApp>) -> f32 {
    app(harness).state.prefs.zoom
}

#[test]
fn f10_then_down_opens_the_file_menu_on_its_first_entry() {
    let (_dir, mut harness) = demo_copy_at([1024.0, 768.0]);
    press(&mut harness, Modifiers::NONE, Key::F10);
    assert_eq!(focused_label(&harness).as_deref(), Some("File"));
    // Nothing of the File menu is on screen yet.
    assert!(harness.query_by_label_contains("Open recent").is_none());
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    harness.get_by_label_contains("Open recent");
    let focused = focused_label(&harness).unwrap_or_default();
    assert!(
        focused.starts_with("New assessment"),
        "the keyboard is on {focused:?}"
    );
    // Down again walks the menu, not the window.
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let focused = focused_label(&harness).unwrap_or_default();
    assert!(
        focused.starts_with("Open"),
        "the keyboard is on {focused:?}"
    );
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label_contains("Open recent").is_none());
}

#[test]
fn an_entry_chosen_from_the_keyboard_closes_the_menu() {
    let (_dir, mut harness) = demo_copy_at([1024.0, 768.0]);
    press(&mut harness, Modifiers::NONE, Key::F10);
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    // Down to Open the demo assessment: New, Open, Open recent, then it.
    for _ in 0..3 {
        press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    }
    let focused = focused_label(&harness).unwrap_or_default();
    assert!(
        focused.starts_with("Open the demo"),
        "the keyboard is on {focused:?}"
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label_contains("Open recent").is_none(),
        "the menu closed once its entry was chosen"
    );
}

/// The focused node's bounds, in points.
fn focused_bounds(harness: &Harness<'_, WorkbookApp>) -> Option<egui::Rect> {
    let node =
        harness.query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())?;
    let b = node.accesskit_node().bounding_box()?;
    let ppp = f64::from(harness.ctx.pixels_per_point());
    #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
    let rect = egui::Rect::from_min_max(
        egui::pos2((b.x0 / ppp) as f32, (b.y0 / ppp) as f32),
        egui::pos2((b.x1 / ppp) as f32, (b.y1 / ppp) as f32),
    );
    Some(rect)
}

/// On a 1024 × 768 projector at 200 % the View menu is taller than the window: it scrolls,
/// and the keyboard walks down to its last entry, Language, each entry in view as it gets
/// there.
#[test]
fn a_menu_taller_than_the_window_scrolls_to_the_entry_the_keyboard_is_on() {
    let (_dir, mut harness) = demo_copy_at([1024.0, 768.0]);
    for _ in 0..10 {
        if zoom(&harness) >= 2.0 - 1e-3 {
            break;
        }
        press(&mut harness, Modifiers::COMMAND, Key::Plus);
    }
    assert!((zoom(&harness) - 2.0).abs() < 1e-3, "zoomed to 200 %");
    let screen = harness.ctx.content_rect();
    press(&mut harness, Modifiers::NONE, Key::F10);
    press(&mut harness, Modifiers::NONE, Key::Tab);
    press(&mut harness, Modifiers::NONE, Key::Tab);
    assert_eq!(focused_label(&harness).as_deref(), Some("View"));
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let mut walked = Vec::new();
    for _ in 0..30 {
        let label = focused_label(&harness).unwrap_or_default();
        let rect = focused_bounds(&harness).unwrap_or(egui::Rect::NOTHING);
        assert!(
            rect.min.y >= screen.min.y - 0.5 && rect.max.y <= screen.max.y + 0.5,
            "{label:?} is at {rect:?}, outside the window's {screen:?}"
        );
        if walked.last() == Some(&label) {
            break;
        }
        walked.push(label.clone());
        if label == "Language" {
            break;
        }
        press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    }
    assert_eq!(
        walked.last().map(String::as_str),
        Some("Language"),
        "walked {walked:?}"
    );
}

#[test]
fn zoom_goes_in_browser_steps_and_the_view_menu_shows_the_percentage() {
    let (_dir, mut harness) = demo_copy_at([1024.0, 768.0]);
    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    assert!((zoom(&harness) - 1.1).abs() < 1e-6);
    // The new percentage shows at once over the page, then goes.
    harness.get_by_label("Zoom 110%");
    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    assert!((zoom(&harness) - 1.25).abs() < 1e-6);
    assert!((harness.ctx.zoom_factor() - 1.25).abs() < 1e-6);
    harness.run_steps(8);
    assert!(harness.query_by_label("Zoom 125%").is_none());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Zoom 125%");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    assert!((zoom(&harness) - 1.0).abs() < 1e-6);
    press(&mut harness, Modifiers::COMMAND, Key::Minus);
    assert!((zoom(&harness) - 0.9).abs() < 1e-6);
    harness.get_by_label("Zoom 90%");
}

#[test]
fn ctrl_0_after_200_percent_gives_the_side_list_its_width_back() {
    let (_dir, mut harness) = demo_copy_at([1024.0, 768.0]);
    let entry = "7 Environmental sustainability";
    let before = bounds_of(&harness, entry).width();
    for _ in 0..5 {
        press(&mut harness, Modifiers::COMMAND, Key::Plus);
    }
    assert!((zoom(&harness) - 2.0).abs() < 1e-6);
    // At 200 % the same window shows half as many points.
    harness.set_size(egui::vec2(512.0, 384.0));
    harness.run();
    let zoomed = bounds_of(&harness, entry).width();
    assert!(zoomed < before - 50.0, "{zoomed} at 200 % vs {before}");
    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    harness.set_size(egui::vec2(1024.0, 768.0));
    harness.run();
    let after = bounds_of(&harness, entry).width();
    assert!(
        (after - before).abs() < 1.0,
        "the side list was {before} wide and is {after} after Ctrl 0"
    );
}

#[test]
fn the_status_bar_keeps_to_one_line_at_200_percent() {
    // A 1024×768 projector at 200 % shows 512×384 points.
    let (_dir, harness) = demo_copy_at([512.0, 384.0]);
    let next = bounds_of(&harness, "Next ›");
    let saved = bounds_of(&harness, "Opened ");
    assert!(
        (saved.center().y - next.center().y).abs() < 2.0,
        "the file's line {saved:?} is not beside Next {next:?}"
    );
}

#[test]
fn at_1920_by_1080_the_page_stands_in_the_middle() {
    let (_dir, mut harness) = demo_copy_at([1920.0, 1080.0]);
    apply(&mut harness, Command::Navigate(Page::Domain(0)));
    let list = bounds_of(&harness, "1 Institutional strategy");
    // The first question's narrative is as wide as its card.
    let card = bounds_of_role(&harness, Some(Role::MultilineTextInput), "Narrative");
    let (left, right) = (card.min.x - list.max.x, 1920.0 - card.max.x);
    assert!(card.width() < 1000.0, "the page is {} wide", card.width());
    assert!(
        (left - right).abs() < 40.0,
        "{left} points free on the left, {right} on the right"
    );
}

#[test]
fn evidence_far_below_the_visible_area_is_in_the_accessibility_tree() {
    let (_dir, mut harness) = demo_copy_at([1024.0, 768.0]);
    // Estates is the longest domain; give its last question a piece of evidence.
    let question = QuestionId::new("estates.digital");
    let id = civic_workbook::workbook::new_item_id(ItemKind::Evidence);
    apply(
        &mut harness,
        Command::Edit(Edit::AddEvidence {
            question: question.clone(),
            id,
        }),
    );
    apply(
        &mut harness,
        Command::Edit(Edit::SetText {
            target: TextTarget::Evidence(question, 0, EvidenceField::Title),
            text: "Digital access survey".to_owned(),
        }),
    );
    apply(&mut harness, Command::Navigate(Page::Domain(4)));
    // Some frames more, as the page stays open without scrolling.
    harness.run_steps(4);
    let last = framework().domains()[4].questions.len();
    let card = harness
        .get_all_by_role(Role::Group)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|label| label.starts_with(&format!("Key question 5.{last}:")))
        })
        .unwrap();
    let named = |role: Role, name: &'static str| {
        move |node: &egui_kittest::kittest::AccessKitNode<'_>| {
            node.role() == role && node.label().is_some_and(|label| label.starts_with(name))
        }
    };
    let evidence = card.query_by(named(Role::Group, "Evidence 1")).unwrap();
    assert!(evidence.query_by(named(Role::Button, "Remove")).is_some());
    let title = evidence.get_all_by_role(Role::TextInput).next().unwrap();
    assert_eq!(
        title.accesskit_node().value().as_deref(),
        Some("Digital access survey")
    );
    // Far below what the window shows: more than a screen away.
    let b = title.accesskit_node().bounding_box().unwrap();
    assert!(b.y0 > 2.0 * 768.0, "the evidence is at {b:?}");
}
