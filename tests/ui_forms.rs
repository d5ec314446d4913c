//! Forms as Word users expect them: Edit ▸ Cut and Copy act on the field in use, a right-click
//! offers them, the calendar names its month and starts weeks on Monday, due dates are typed as
//! people write them, labels sit on their field's row at 800 px, and every item control names
//! its question and item.

use std::collections::{BTreeSet, HashSet};

use civic_workbook::app::WorkbookApp;
use civic_workbook::app::command::{ClipboardAction, Command, HelpTopic, Page};
use civic_workbook::app::dialogs::DialogResult;
use civic_workbook::app::state::{
    CombineDetails, Flow, Level, Notification, PathPurpose, Pending, Topic,
};
use civic_workbook::i18n::{self, Lang};
use civic_workbook::model::problems::due_date_problem;
use civic_workbook::model::{ActionStatus, Edit, Phase, QuestionId, Response, TextTarget};
use civic_workbook::storage::assessment_file;
use civic_workbook::ui::widgets::ItemName;
use civic_workbook::workbook::effect::{Existing, Format};
use civic_workbook::workbook::notice::Notice;
use civic_workbook::workbook::presence::Other;
use civic_workbook::workbook::update::merge::{change_name, place_name, value_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable as _};

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

// The pseudo-locale: every word the menus, prompts, forms and windows show comes from the
// catalogue. Each is opened in qps-ploc, and what it adds to the accessibility tree must hold
// no run of two or more ASCII letters once the user's own text is taken out.

/// Every text of the accessibility tree: each node's label, value and description (a text's
/// runs, one a line, repeat it; egui's own names for a window's edges and its close button are
/// egui's, in English whatever the language).
fn tree_texts(harness: &Harness<'_, WorkbookApp>) -> BTreeSet<String> {
    node_texts(&harness.root())
}

fn node_texts<'t>(node: &(impl NodeT<'t> + 't)) -> BTreeSet<String> {
    let mut texts = BTreeSet::new();
    for node in node.children_recursive() {
        let node = node.accesskit_node();
        let label = node.label().unwrap_or_default();
        if node.role() == Role::TextRun
            || label == "Close window"
            || label.starts_with("Resize window ")
        {
            continue;
        }
        texts.extend(
            [node.label(), node.value(), node.description()]
                .into_iter()
                .flatten()
                .filter(|text| !text.trim().is_empty()),
        );
    }
    texts
}

/// Another layer's words, whether it gives them as text or as a typed value it words itself.
fn text(words: impl std::fmt::Display) -> String {
    words.to_string()
}

fn json_strings(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => found.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_strings(v, found)),
        _ => {}
    }
}

/// What may stay as it is: the user's and the framework's own text, file names, and the words
/// other parts of the app give these forms (command labels, action statuses, item names, due
/// date problems: each checked in its own part's test), taken in the thread's language.
fn not_ours(harness: &Harness<'_, WorkbookApp>, extra: &[String]) -> Vec<String> {
    let framework = crate::util::framework();
    let mut found = Vec::new();
    json_strings(&serde_json::to_value(&framework).unwrap(), &mut found);
    let demo: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(demo_path()).unwrap()).unwrap();
    json_strings(&demo, &mut found);
    for command in [
        Command::New,
        Command::Open,
        Command::OpenDemo,
        Command::CombineAssessments,
        Command::MergeCopy,
        Command::Save,
        Command::SaveAs,
        Command::ExportPdf,
        Command::ExportCsv,
        Command::ExportMarkdown,
        Command::CompareWithEarlier,
        Command::ClearComparison,
        Command::ClearRecent,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Clipboard(ClipboardAction::Cut),
        Command::Clipboard(ClipboardAction::Copy),
        Command::Clipboard(ClipboardAction::Paste),
        Command::Clipboard(ClipboardAction::SelectAll),
        Command::PreviousDomain,
        Command::NextDomain,
        Command::Present,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ShowProblems,
        Command::ToggleMessageLog,
        Command::ShowHelp(HelpTopic::Guide),
        Command::ShowHelp(HelpTopic::Shortcuts),
        Command::ShowHelp(HelpTopic::About),
        Command::FocusMenuBar,
        Command::OpenReadOnly,
        Command::OpenAnyway,
        Command::MergeOutside,
    ] {
        found.push(text(command.label()));
    }
    found.extend(ActionStatus::ALL.iter().map(|s| text(s.label())));
    // The item names of every action (ui/widgets.rs words them).
    let doc = app(harness).state.doc.as_ref().unwrap();
    for (_, question) in framework.questions() {
        let Some(response) = doc.assessment.response(&question.id) else {
            continue;
        };
        let number = framework.question_number(&question.id).unwrap_or_default();
        for (index, action) in response.actions.iter().enumerate() {
            let name = ItemName {
                kind: "action",
                position: index + 1,
                title: &action.description,
                title_shared: response
                    .actions
                    .iter()
                    .filter(|other| other.description.trim() == action.description.trim())
                    .count()
                    > 1,
                question: &number,
            };
            for field in [
                "form-action-description-field",
                "form-action-owner",
                "form-action-due",
            ] {
                found.push(name.field(&i18n::message(field, None)));
            }
            for control in ["form-action-status", "form-action-calendar"] {
                found.push(name.control(&i18n::message(control, None)));
            }
            found.push(name.remove());
            if let Some(problem) = due_date_problem(&action.due) {
                found.push(text(problem));
            }
        }
    }
    if let Some(path) = &doc.path {
        found.push(path.display().to_string());
        found.extend(
            path.file_name()
                .map(|name| name.to_string_lossy().into_owned()),
        );
    }
    // The application's name.
    found.push(civic_workbook::app::APP_NAME.to_owned());
    found.extend(extra.iter().cloned());
    found.retain(|text| !text.trim().is_empty());
    // Longest first, so that a text is taken out whole before any part of it.
    found.sort_by_key(|text| std::cmp::Reverse(text.len()));
    found
}

/// Runs of two or more ASCII letters in `texts` once `allowed` is taken out of each; in Welsh,
/// words only the English catalogue uses.
fn english_in(texts: &BTreeSet<String>, allowed: &[String]) -> Vec<String> {
    let mut english = Vec::new();
    for text in texts {
        let mut rest = text.clone();
        for allowed in allowed {
            rest = rest.replace(allowed.as_str(), " ");
        }
        if i18n::language() == Lang::Cy {
            english.extend(
                crate::util::english_words(&rest).map(|word| format!("{word:?} in {text:?}")),
            );
            continue;
        }
        let mut run = String::new();
        for c in rest.chars().chain([' ']) {
            if c.is_ascii_alphabetic() {
                run.push(c);
            } else {
                if run.len() >= 2 {
                    english.push(format!("{run:?} in {text:?}"));
                }
                run.clear();
            }
        }
    }
    english
}

/// What showing something added to the tree, checked for English.
fn check_new(
    harness: &mut Harness<'_, WorkbookApp>,
    place: &str,
    extra: &[String],
    show: impl FnOnce(&mut Harness<'_, WorkbookApp>),
) -> Vec<String> {
    let before = tree_texts(harness);
    show(harness);
    // The closing prompt's spinner never settles.
    harness.run_steps(4);
    let new: BTreeSet<String> = tree_texts(harness).difference(&before).cloned().collect();
    assert!(!new.is_empty(), "{place} showed nothing");
    english_in(&new, &not_ours(harness, extra))
        .into_iter()
        .map(|leak| format!("{place}: {leak}"))
        .collect()
}

/// The app speaks `lang` from the next frame on (this thread, while the guard lives).
fn speak(harness: &mut Harness<'_, WorkbookApp>, lang: Lang) -> i18n::Scoped {
    // The app's fonts have no ⟦ ⟧ until ui/theme.rs adds a face that has them: drawn as boxes
    // here, as this test reads words, not pictures.
    harness
        .ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    let guard = i18n::scoped(lang);
    harness.run();
    guard
}

fn set_flow(harness: &mut Harness<'_, WorkbookApp>, flow: Flow) {
    harness.state_mut().state.flow = flow;
    harness.run_steps(4);
}

fn apply_now(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

#[test]
fn the_menus_and_forms_speak_only_the_catalogue_in_the_pseudo_locale() {
    the_menus_and_forms_speak_only_the_catalogue(Lang::Pseudo);
}

#[test]
fn the_menus_and_forms_speak_only_the_catalogue_in_welsh() {
    the_menus_and_forms_speak_only_the_catalogue(Lang::Cy);
}

fn the_menus_and_forms_speak_only_the_catalogue(lang: Lang) {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    let _lang = speak(&mut harness, lang);
    let mut leaks = Vec::new();

    // The menus: their titles, then each opened.
    for title in [
        "form-menu-file",
        "form-menu-edit",
        "form-menu-view",
        "form-menu-help",
    ] {
        let title = i18n::message(title, None);
        harness.get_by_label(&title);
        leaks.extend(check_new(&mut harness, &title, &[], |h| {
            h.get_by_label(&title).click();
        }));
        harness.key_press(Key::Escape);
        harness.run();
    }

    // The details page, from the summary.
    leaks.extend(check_new(&mut harness, "details", &[], |h| {
        go_to(h, Page::Details);
    }));

    // The actions of 3.1's domain, each action's frame and all in it.
    go_to(&mut harness, Page::Domain(2));
    let allowed = not_ours(&harness, &[]);
    let add = i18n::message("form-actions-add", None);
    assert!(
        harness.query_all_by_label(&add).count() > 0,
        "the domain shows its actions"
    );
    let mut rows = 0;
    for position in 1..=3_usize {
        let mut args = i18n::Args::new();
        args.set("position", position);
        let label = i18n::message("form-action-row", Some(&args));
        for group in harness.query_all_by_label(&label) {
            rows += 1;
            let texts = node_texts(&group);
            leaks.extend(
                english_in(&texts, &allowed)
                    .into_iter()
                    .map(|leak| format!("action form: {leak}")),
            );
        }
    }
    assert!(rows > 0, "the demo's 3.1 has actions");
    // Its calendar, opened.
    leaks.extend(check_new(&mut harness, "calendar", &[], |h| {
        let calendar = i18n::message("form-action-calendar", None);
        h.get_all_by_label_contains(&calendar)
            .next()
            .unwrap()
            .click();
    }));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(leaks.is_empty(), "{leaks:#?}");
}

#[test]
fn help_speaks_only_the_catalogue_in_the_pseudo_locale() {
    help_speaks_only_the_catalogue(Lang::Pseudo);
}

#[test]
fn help_speaks_only_the_catalogue_in_welsh() {
    help_speaks_only_the_catalogue(Lang::Cy);
}

fn help_speaks_only_the_catalogue(lang: Lang) {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    let _lang = speak(&mut harness, lang);
    let mut leaks = Vec::new();
    // Help's three windows.
    for topic in [HelpTopic::Guide, HelpTopic::Shortcuts, HelpTopic::About] {
        leaks.extend(check_new(
            &mut harness,
            &format!("help {topic:?}"),
            &[],
            |h| {
                apply_now(h, Command::ShowHelp(topic));
            },
        ));
        apply_now(&mut harness, Command::CloseHelp);
    }
    assert!(leaks.is_empty(), "{leaks:#?}");
}

#[test]
fn the_prompts_speak_only_the_catalogue_in_the_pseudo_locale() {
    the_prompts_speak_only_the_catalogue(Lang::Pseudo);
}

#[test]
fn the_prompts_speak_only_the_catalogue_in_welsh() {
    the_prompts_speak_only_the_catalogue(Lang::Cy);
}

fn the_prompts_speak_only_the_catalogue(lang: Lang) {
    let (dir, mut harness) = forms_app([1280.0, 2400.0]);
    let _lang = speak(&mut harness, lang);
    let mut leaks = Vec::new();
    let folder = dir.path().display().to_string();
    // The prompts.
    let prompts = [
        ("unsaved", Flow::Unsaved { then: Pending::New }),
        (
            "migration",
            Flow::OfferMigration {
                from: "2024.1".to_owned(),
                to: "2025.1".to_owned(),
            },
        ),
        (
            "replace",
            Flow::ConfirmReplace {
                format: Format::Pdf,
                path: dir.path().join("demo.pdf"),
                files: vec![
                    Existing {
                        path: dir.path().join("demo.pdf"),
                        own: true,
                    },
                    Existing {
                        path: dir.path().join("demo-actions.csv"),
                        own: false,
                    },
                ],
            },
        ),
        ("closing", Flow::QuitAfterExport),
        (
            "recovery",
            Flow::Recovery {
                written: "10:02".to_owned(),
                description: "Demo University".to_owned(),
            },
        ),
    ];
    let files = [
        folder.clone(),
        "demo.pdf".to_owned(),
        "demo-actions.csv".to_owned(),
        "Demo University".to_owned(),
    ];
    for (place, flow) in prompts {
        leaks.extend(check_new(&mut harness, place, &files, |h| {
            set_flow(h, flow);
        }));
        set_flow(&mut harness, Flow::Idle);
    }
    for purpose in [
        PathPurpose::Open,
        PathPurpose::Save,
        PathPurpose::ExportPdf,
        PathPurpose::ExportCsv,
        PathPurpose::ExportMarkdown,
        PathPurpose::Combine,
        PathPurpose::Baseline,
        PathPurpose::MergeCopy,
    ] {
        let flow = Flow::TypedPath {
            purpose,
            text: String::new(),
            problem: None,
            then: None,
        };
        leaks.extend(check_new(
            &mut harness,
            &format!("{purpose:?}"),
            &files,
            |h| {
                set_flow(h, flow);
            },
        ));
        set_flow(&mut harness, Flow::Idle);
    }
    assert!(leaks.is_empty(), "{leaks:#?}");
}

#[test]
fn the_presence_prompt_speaks_only_the_catalogue_in_the_pseudo_locale() {
    the_presence_prompt_speaks_only_the_catalogue(Lang::Pseudo);
}

#[test]
fn the_presence_prompt_speaks_only_the_catalogue_in_welsh() {
    the_presence_prompt_speaks_only_the_catalogue(Lang::Cy);
}

fn the_presence_prompt_speaks_only_the_catalogue(lang: Lang) {
    let (dir, mut harness) = forms_app([1280.0, 2400.0]);
    let _lang = speak(&mut harness, lang);
    let mut leaks = Vec::new();
    // Who else has the file open: the people and advice are the presence layer's sentences,
    // the buttons ours.
    let others = vec![Other {
        name: "Alys Jones".to_owned(),
        host: "ALYS-LAPTOP".to_owned(),
        since: civic_workbook::workbook::presence::Since::Today(time::macros::time!(10:02)),
    }];
    let before = tree_texts(&harness);
    set_flow(
        &mut harness,
        Flow::OthersHaveOpen {
            path: dir.path().join("demo.civic.json"),
            others,
        },
    );
    let buttons: BTreeSet<String> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| !before.contains(label))
        .collect();
    assert!(
        !buttons.is_empty(),
        "the presence prompt offers its choices"
    );
    leaks.extend(
        english_in(&buttons, &not_ours(&harness, &[]))
            .into_iter()
            .map(|leak| format!("presence: {leak}")),
    );
    set_flow(&mut harness, Flow::Idle);
    assert!(leaks.is_empty(), "{leaks:#?}");
}

#[test]
fn messages_speak_only_the_catalogue_in_the_pseudo_locale() {
    messages_speak_only_the_catalogue(Lang::Pseudo);
}

#[test]
fn messages_speak_only_the_catalogue_in_welsh() {
    messages_speak_only_the_catalogue(Lang::Cy);
}

fn messages_speak_only_the_catalogue(lang: Lang) {
    let (_dir, mut harness) = forms_app([1280.0, 2400.0]);
    let _lang = speak(&mut harness, lang);
    let mut leaks = Vec::new();
    // Messages: a warning's toast, the log, the problems and what combining found.
    let file = "demo.civic.json".to_owned();
    leaks.extend(check_new(
        &mut harness,
        "toast",
        std::slice::from_ref(&file),
        |h| {
            let note = Notification {
                id: 9_999,
                topic: Topic::File,
                posted_secs: 0.0,
                level: Level::Warning,
                notice: Notice::NotSavedNotAssessment(std::path::PathBuf::from(file.as_str())),
                actions: Vec::new(),
            };
            h.state_mut().state.notifications.push(note.clone());
            h.state_mut().state.log.push(note);
        },
    ));
    leaks.extend(check_new(
        &mut harness,
        "log",
        std::slice::from_ref(&file),
        |h| {
            apply_now(h, Command::ToggleMessageLog);
        },
    ));
    let combined = [
        text(civic_workbook::scoring::wording::wide_spreads(2)),
        "Alys Jones".to_owned(),
        "Bryn Evans".to_owned(),
    ];
    leaks.extend(check_new(&mut harness, "combined", &combined, |h| {
        h.state_mut().state.combine_details = Some(CombineDetails {
            names: vec!["Alys Jones".to_owned(), "Bryn Evans".to_owned()],
            wide: 2,
            differences: Vec::new(),
            is_open: true,
        });
    }));
    assert!(leaks.is_empty(), "{leaks:#?}");
}

#[test]
fn the_merge_window_speaks_only_the_catalogue_in_the_pseudo_locale() {
    the_merge_window_speaks_only_the_catalogue(Lang::Pseudo);
}

#[test]
fn the_merge_window_speaks_only_the_catalogue_in_welsh() {
    the_merge_window_speaks_only_the_catalogue(Lang::Cy);
}

fn the_merge_window_speaks_only_the_catalogue(lang: Lang) {
    let dir = temp_dir();
    let ours = dir.path().join("ours.civic.json");
    let theirs = dir.path().join("theirs.civic.json");
    std::fs::copy(demo_path(), &ours).unwrap();
    let framework = crate::util::framework();
    let question = QuestionId::new("economy.prosperity");
    let mut other = assessment_file::load(&ours, &framework).unwrap();
    other
        .apply(Edit::SetPhase {
            question: question.clone(),
            phase: Phase::new(6),
        })
        .unwrap();
    other
        .apply(Edit::SetText {
            target: TextTarget::Narrative(question.clone()),
            text: "Alys's account".to_owned(),
        })
        .unwrap();
    other
        .apply(Edit::SetText {
            target: TextTarget::Institution,
            text: "Their University".to_owned(),
        })
        .unwrap();
    assessment_file::save(&theirs, &other).unwrap();
    let mut harness = app_with(
        Some(ours.clone()),
        None,
        vec![DialogResult::Picked(theirs.clone())],
    );
    let _lang = speak(&mut harness, lang);
    apply_now(
        &mut harness,
        Command::Edit(Edit::SetPhase {
            question: question.clone(),
            phase: Phase::new(3),
        }),
    );
    apply_now(
        &mut harness,
        Command::Edit(Edit::SetText {
            target: TextTarget::Narrative(question.clone()),
            text: "Bryn's account".to_owned(),
        }),
    );
    // The merge layer's words for what changed and where (workbook/update/merge.rs).
    let before = tree_texts(&harness);
    apply_now(&mut harness, Command::MergeCopy);
    let view = app(&harness)
        .state
        .merging
        .as_ref()
        .expect("the merge window");
    let mut extra = vec![
        "theirs.civic.json".to_owned(),
        "Alys's account".to_owned(),
        "Bryn's account".to_owned(),
        "Their University".to_owned(),
    ];
    for change in &view.merge.from_theirs {
        extra.push(text(change_name(&framework, change)));
    }
    for conflict in &view.merge.conflicts {
        extra.push(text(place_name(&framework, &conflict.place)));
        extra.push(text(value_text(&framework, &conflict.mine)));
        extra.push(text(value_text(&framework, &conflict.theirs)));
    }
    assert!(!view.merge.conflicts.is_empty(), "both changed 2.1");
    let new: BTreeSet<String> = tree_texts(&harness).difference(&before).cloned().collect();
    let leaks = english_in(&new, &not_ours(&harness, &extra));
    assert!(leaks.is_empty(), "{leaks:#?}");
}
