//! Forms as Word users expect them: Edit ▸ Cut and Copy act on the field in use, a right-click
//! offers them, the calendar names its month and starts weeks on Monday, due dates are typed as
//! people write them, labels sit on their field's row at 800 px, and every item control names
//! its question and item.

use std::collections::HashSet;

use civic_workbook::app::WorkbookApp;
use civic_workbook::app::command::{Command, Page};
use civic_workbook::model::{ActionStatus, QuestionId, Response};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::{app, app_with};
use crate::util::{demo_path, temp_dir};

/// The demo (a copy) open at `size`.
fn forms_app(size: [f32; 2]) -> (tempfile::TempDir, Harness<'static, WorkbookApp>) {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &path).unwrap();
    let mut harness = app_with(Some(path), None, Vec::new());
    harness.set_size(egui::vec2(size[0], size[1]));
    harness.run();
    (dir, harness)
}

fn go_to(harness: &mut Harness<'_, WorkbookApp>, page: Page) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Navigate(page));
    harness.run();
}

fn response<'h>(harness: &'h Harness<'_, WorkbookApp>, id: &str) -> &'h Response {
    app(harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(&QuestionId::new(id))
        .unwrap()
}

/// Steps frame by frame until the app has put `text` on the clipboard.
fn copied_within_a_few_frames(harness: &mut Harness<'_, WorkbookApp>, text: &str) -> bool {
    for _ in 0..6 {
        harness.step();
        let copied = harness.output().platform_output.commands.iter().any(
            |command| matches!(command, egui::OutputCommand::CopyText(copied) if copied == text),
        );
        if copied {
            return true;
        }
    }
    false
}

fn focused_label(harness: &Harness<'_, WorkbookApp>) -> Option<String> {
    harness
        .query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn edit_menu_copy_puts_the_selection_on_the_clipboard_and_cut_takes_it_out() {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(2));
    let title = "Joint health partnership agreement 2024";
    let name = "Title, evidence 1 of 3.1";
    harness.get_by_role_and_label(Role::TextInput, name).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Copy").click();
    assert!(
        copied_within_a_few_frames(&mut harness, title),
        "Edit ▸ Copy put the title on the clipboard"
    );
    harness.run();
    assert_eq!(
        response(&harness, "health.support").evidence[0].title,
        title
    );
    assert_eq!(
        focused_label(&harness).as_deref(),
        Some(name),
        "the field keeps the keyboard"
    );
    // Cut: the selection goes to the clipboard and out of the field.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Cut").click();
    assert!(copied_within_a_few_frames(&mut harness, title));
    harness.run();
    assert_eq!(response(&harness, "health.support").evidence[0].title, "");
}

#[test]
fn a_right_click_in_a_text_field_offers_cut_copy_paste_and_select_all() {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(2));
    let name = "Note, evidence 2 of 3.1";
    harness
        .get_by_role_and_label(Role::TextInput, name)
        .click_secondary();
    harness.run();
    for entry in ["Cut", "Copy", "Paste", "Select all"] {
        harness.get_by_label_contains(entry);
    }
    let note = response(&harness, "health.support").evidence[1]
        .note
        .clone();
    assert!(!note.is_empty());
    harness.get_by_label_contains("Select all").click();
    harness.run();
    // The right-click gave the field the keyboard; Copy now takes the whole note.
    harness
        .get_by_role_and_label(Role::TextInput, name)
        .click_secondary();
    harness.run();
    harness.get_by_label_contains("Copy").click();
    assert!(copied_within_a_few_frames(&mut harness, &note));
}

/// Opens the first action of 7.1 with its due date typed as `due`.
fn action_with_due(due: &str) -> (tempfile::TempDir, Harness<'static, WorkbookApp>) {
    let (dir, mut harness) = forms_app([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(6));
    harness
        .get_all_by_label("Add action")
        .next()
        .unwrap()
        .click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1");
    field.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1")
        .type_text(due);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    (dir, harness)
}

#[test]
fn one_four_twenty_seven_reads_as_the_first_of_april_and_is_edited_day_first() {
    let (_dir, mut harness) = action_with_due("1/4/27");
    assert_eq!(
        response(&harness, "environment.footprint").actions[0].due,
        "2027-04-01"
    );
    let due = harness.get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1");
    assert_eq!(
        due.value().as_deref(),
        Some("1 Apr 2027"),
        "shown as people read it"
    );
    due.focus();
    harness.run();
    let due = harness.get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1");
    assert_eq!(
        due.value().as_deref(),
        Some("01/04/2027"),
        "edited day first, never as ISO"
    );
}

#[test]
fn while_editing_the_field_shows_the_date_as_typed_never_iso() {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(6));
    harness
        .get_all_by_label("Add action")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1")
        .type_text("31 March 2027");
    harness.run();
    let due = harness.get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1");
    assert_eq!(due.value().as_deref(), Some("31 March 2027"), "as typed");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        response(&harness, "environment.footprint").actions[0].due,
        "2027-03-31"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1")
        .focus();
    harness.run();
    let due = harness.get_by_role_and_label(Role::TextInput, "Due, action 1 of 7.1");
    assert_eq!(due.value().as_deref(), Some("31/03/2027"));
}

#[test]
fn the_calendar_names_its_month_and_year_starts_on_monday_and_picks_with_one_click() {
    let (_dir, mut harness) = action_with_due("31/03/2027");
    harness
        .get_by_label_contains("Calendar for the due date of action 1")
        .click();
    harness.run();
    harness.get_by_label("March 2027");
    // Monday's column comes first, Sunday's last.
    let monday = harness.get_by_label("Mo").rect();
    let sunday = harness.get_by_label("Su").rect();
    assert!(monday.max.x < sunday.min.x, "{monday:?} {sunday:?}");
    // 1 March 2027 is a Monday: it sits under "Mo".
    let first = harness.get_by_label("Monday 1 March 2027").rect();
    assert!(first.min.x < monday.max.x && first.max.x > monday.min.x);
    harness.get_by_label("Next month").click();
    harness.run();
    harness.get_by_label("April 2027");
    harness.get_by_label("Thursday 15 April 2027").click();
    harness.run();
    assert_eq!(
        response(&harness, "environment.footprint").actions[0].due,
        "2027-04-15"
    );
    assert!(
        harness.query_by_label("April 2027").is_none(),
        "a day picked closes the calendar"
    );
}

/// Whether two rects share some of their height.
fn same_row(a: egui::Rect, b: egui::Rect) -> bool {
    a.min.y < b.max.y && b.min.y < a.max.y
}

#[test]
fn at_800_px_each_label_sits_on_its_fields_row() {
    let (_dir, mut harness) = forms_app([800.0, 2400.0]);
    go_to(&mut harness, Page::Domain(2));
    let mut checked = 0;
    for (label, field) in [
        ("Title", "Title, evidence 1 of 3.1"),
        ("Link", "Link, evidence 1 of 3.1"),
        ("Note", "Note, evidence 1 of 3.1"),
        ("Owner", "Owner, action 1 of 3.1"),
        ("Due", "Due, action 1 of 3.1"),
    ] {
        let field = harness.get_by_role_and_label(Role::TextInput, field).rect();
        // The label nearest above-or-beside the field with that text.
        let beside = harness
            .get_all_by_role_and_label(Role::Label, label)
            .map(|node| node.rect())
            .any(|rect| same_row(rect, field) && rect.max.x <= field.min.x);
        assert!(beside, "{label:?} is not on its field's row at 800 px");
        checked += 1;
    }
    let status = harness
        .get_all_by_role(Role::ComboBox)
        .next()
        .unwrap()
        .rect();
    assert!(
        harness
            .get_all_by_role_and_label(Role::Label, "Status")
            .any(|node| same_row(node.rect(), status)),
        "Status sits beside its list"
    );
    // Details: the same at 800 px.
    go_to(&mut harness, Page::Details);
    for label in ["Institution", "Title", "Period"] {
        let field = harness.get_by_role_and_label(Role::TextInput, label).rect();
        assert!(
            harness
                .get_all_by_role_and_label(Role::Label, label)
                .any(|node| same_row(node.rect(), field)),
            "{label:?}"
        );
        checked += 1;
    }
    let name = harness
        .get_by_role_and_label(Role::TextInput, "Name, member 1")
        .rect();
    let role = harness
        .get_by_role_and_label(Role::TextInput, "Role, member 1")
        .rect();
    assert!(same_row(name, role), "a member's name and role share a row");
    assert_eq!(checked, 8);
}

#[test]
fn on_a_wide_screen_the_page_is_centred() {
    let (_dir, mut harness) = forms_app([1920.0, 1080.0]);
    go_to(&mut harness, Page::Details);
    let field = harness
        .get_by_role_and_label(Role::TextInput, "Institution")
        .rect();
    let title = harness.get_by_label("Assessment details").rect();
    let list = harness.ctx.content_rect().width() * 0.36;
    // The side list takes at most its share; the page's left edge is well clear of it.
    assert!(title.min.x > list.min(460.0) + 100.0, "{title:?}");
    assert!(field.min.x > title.min.x, "{field:?}");
}

#[test]
fn every_item_control_names_its_question_and_item_uniquely() {
    let (_dir, mut harness) = forms_app([1280.0, 4000.0]);
    let mut item_controls = 0;
    for domain in 0..7 {
        go_to(&mut harness, Page::Domain(domain));
        for group in harness.get_all_by_role(Role::Group) {
            let Some(question) = group.accesskit_node().label() else {
                continue;
            };
            if !question.starts_with("Key question") {
                continue;
            }
            let mut seen = HashSet::new();
            for node in group.query_all_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| {
                matches!(node.role(), Role::TextInput | Role::ComboBox | Role::Button)
                    && node
                        .label()
                        .is_some_and(|l| l.contains("evidence") || l.contains("action"))
            }) {
                let name = node.accesskit_node().label().unwrap_or_default();
                item_controls += 1;
                assert!(seen.insert(name.clone()), "{name:?} twice in {question:?}");
            }
        }
    }
    assert!(item_controls > 100, "{item_controls}");
    go_to(&mut harness, Page::Domain(0));
    harness.get_by_role_and_label(
        Role::Button,
        "Remove evidence ‘Strategaeth 2030 – university strategy’ from 1.1",
    );
    let status = harness.get_by_label_contains("Status of action ‘Propose outcome-based civic");
    assert_eq!(status.accesskit_node().role(), Role::ComboBox);
    assert!(status.accesskit_node().label().unwrap().ends_with(", 1.1"));
    assert_eq!(
        status.value().as_deref(),
        Some("Planned"),
        "the list says its value"
    );
}

#[test]
fn enter_picks_a_status_closes_the_list_and_keeps_the_keyboard() {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(0));
    let name = harness
        .get_all_by_role(Role::ComboBox)
        .next()
        .unwrap()
        .accesskit_node()
        .label()
        .unwrap();
    harness.get_by_role_and_label(Role::ComboBox, &name).click();
    harness.run();
    harness.get_by_label("In progress").focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        response(&harness, "strategy.governance").actions[0].status,
        ActionStatus::InProgress
    );
    assert!(
        harness.query_by_label("In progress").is_none(),
        "the list closed"
    );
    assert_eq!(focused_label(&harness), Some(name.clone()));
    // Esc on an open list closes it and leaves the keyboard on it.
    harness.key_press(Key::Space);
    harness.run();
    harness.get_by_label("Done");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Done").is_none());
    assert_eq!(focused_label(&harness), Some(name));
}

#[test]
fn after_remove_the_next_items_remove_is_not_under_the_pointer() {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    go_to(&mut harness, Page::Domain(2));
    let remove = "Remove evidence ‘Joint health partnership agreement 2024’ from 3.1";
    let at = harness.get_by_role_and_label(Role::Button, remove).rect();
    harness.get_by_role_and_label(Role::Button, remove).click();
    harness.run();
    assert_eq!(response(&harness, "health.support").evidence.len(), 2);
    // What was removed is said in words, where it was (and in the message with Undo).
    assert!(
        harness
            .get_all_by_label_contains(
                "Removed evidence ‘Joint health partnership agreement 2024’ from 3.1",
            )
            .any(|node| node.rect().intersects(at.expand2(egui::vec2(600.0, 150.0)))),
        "the removal is said where the item was (its Remove at {at:?}): {:?}",
        harness
            .get_all_by_label_contains("Removed evidence")
            .map(|n| (n.rect(), n.accesskit_node().role()))
            .collect::<Vec<_>>()
    );
    let under_pointer: Vec<String> = harness
        .get_all_by_role(Role::Button)
        .filter(|node| node.rect().contains(at.center()))
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(
        under_pointer.is_empty(),
        "{under_pointer:?} slid under the pointer"
    );
    // Once the pointer moves away, the list closes up.
    harness.hover_at(egui::pos2(5.0, 5.0));
    for _ in 0..60 {
        harness.step();
    }
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Removed evidence ‘Joint health")
            .is_none()
    );
}

#[test]
fn the_working_groups_names_and_roles_have_room_to_be_read() {
    let (_dir, mut harness) = forms_app([1024.0, 768.0]);
    go_to(&mut harness, Page::Details);
    harness.run();
    let name = harness.get_by_label("Name, member 1").rect();
    let role = harness.get_by_label("Role, member 1").rect();
    // The columns were once as narrow as their headings ("Name": 40 points).
    assert!(name.width() >= 100.0, "the name field is {name:?}");
    assert!(role.width() >= 150.0, "the role field is {role:?}");
    assert!(role.left() >= name.right(), "{name:?} {role:?}");
}
