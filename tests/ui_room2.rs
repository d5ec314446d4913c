//! The workshop room, round two: messages stay small (a combine toast of a line or two, the rest
//! behind Show details, each Dismiss closing its own toast), the comparison shown where people
//! look (a domain's header and the side list), combined files naming people, and local times.

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::local_time;
use civic_workbook::app::state::{Flow, Level, Topic};
use civic_workbook::model::{Action, Assessment, Phase, QuestionId, TeamMember};
use civic_workbook::storage::assessment_file;
use civic_workbook::workbook::effect::{Offer, Outcome};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use civic_workbook::app::WorkbookApp;

use crate::ui::{app, app_with};
use crate::util::{demo, demo_path, framework, temp_dir};

fn apply(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

/// An assessor's file named after nobody (`file`), whose team is the assessor alone.
fn assessor(dir: &std::path::Path, file: &str, name: &str, phase: u8) -> std::path::PathBuf {
    let mut a = Assessment::new(&framework(), time::macros::datetime!(2026-11-27 10:00 UTC));
    "Prifysgol Cwm Tawe".clone_into(&mut a.institution);
    a.team = vec![TeamMember {
        name: name.to_owned(),
        role: String::new(),
    }];
    let response = a
        .responses
        .entry(QuestionId::new("economy.impact"))
        .or_default();
    response.phase = Phase::new(phase);
    response.actions.push(Action {
        description: "Brief the council".to_owned(),
        owner: name.to_owned(),
        ..Action::default()
    });
    let path = dir.join(file);
    assessment_file::save(&path, &a).unwrap();
    path
}

/// Three assessors combined in the app; the third file names another institution, so the
/// files differ in one place.
fn combined() -> (tempfile::TempDir, Harness<'static, WorkbookApp>) {
    let dir = temp_dir();
    let mut files = vec![
        assessor(dir.path(), "first.civic.json", "Alys Evans", 2),
        assessor(dir.path(), "second.civic.json", "Bryn Jones", 5),
    ];
    let third = assessor(dir.path(), "third.civic.json", "Cai Price", 4);
    let mut other = assessment_file::load(&third, &framework()).unwrap();
    "Another University".clone_into(&mut other.institution);
    assessment_file::save(&third, &other).unwrap();
    files.push(third);
    let mut harness = app_with(None, None, Vec::new());
    apply(&mut harness, Command::CombinePaths(files));
    (dir, harness)
}

fn rect_of(node: &egui_kittest::Node<'_>) -> egui::Rect {
    let bounds = node.accesskit_node().bounding_box().expect("on screen");
    #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
    egui::Rect::from_min_max(
        egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
        egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
    )
}

#[test]
fn the_combine_toast_is_two_lines_at_most_and_show_details_opens_the_full_list() {
    let (_dir, mut harness) = combined();
    let toasts = &app(&harness).state.notifications;
    assert_eq!(
        toasts.len(),
        2,
        "what happened, and a warning to check the files"
    );
    assert!(toasts.iter().all(|t| t.topic == Topic::Combine));
    let body = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
    let row = harness.ctx.fonts_mut(|fonts| fonts.row_height(&body));
    for text in [
        "Combined 3 assessors (Alys Evans, Bryn Jones, Cai Price). 1 question has assessors 2 or more phases apart.",
        "Warning: The files differ in ",
    ] {
        let height = rect_of(&harness.get_by_label_contains(text)).height();
        assert!(
            height <= 2.0 * row + 2.0,
            "{text:?} takes {height} points, more than two lines of {row}"
        );
    }
    // The differences themselves are not in the toast, but behind Show details.
    assert!(
        harness
            .query_by_label_contains("the files name different institutions")
            .is_none()
    );
    harness
        .get_all_by_label("Show details")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(
        harness
            .get_all_by_label("Combined assessments")
            .next()
            .is_some()
    );
    for name in ["• Alys Evans", "• Bryn Jones", "• Cai Price"] {
        harness.get_by_label(name);
    }
    harness.get_by_label_contains(
        "The files name different institutions (Prifysgol Cwm Tawe, Another University)",
    );
    harness.get_by_label_contains("Agree a phase for each question");
    // The window closes with its own button, and opens again from the toast.
    apply(&mut harness, Command::CloseCombineDetails);
    assert!(
        harness
            .query_all_by_label("Combined assessments")
            .next()
            .is_none()
    );
}

#[test]
fn each_dismiss_closes_its_own_toast() {
    let (_dir, mut harness) = combined();
    let levels = |harness: &Harness<'_, WorkbookApp>| -> Vec<Level> {
        app(harness)
            .state
            .notifications
            .iter()
            .map(|n| n.level)
            .collect()
    };
    assert_eq!(levels(&harness), [Level::Info, Level::Warning]);
    // The first toast (the news) is dismissed: the warning stays.
    harness.get_all_by_label("Dismiss").next().unwrap().click();
    harness.run();
    harness.run();
    assert_eq!(levels(&harness), [Level::Warning]);
    harness.get_by_label_contains("The files differ in ");
    // Then the warning's own Dismiss, now the only one, closes it.
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(levels(&harness).is_empty());
    assert_eq!(app(&harness).state.log.len(), 2, "both stay in the log");
}

#[test]
fn a_combined_group_names_assessors_from_their_teams_and_says_whose_duplicate_action_it_is() {
    let (_dir, harness) = combined();
    let doc = app(&harness).state.doc.as_ref().unwrap();
    let assessors: Vec<&str> = doc.assessment.assessors().into_iter().collect();
    assert_eq!(assessors, ["Alys Evans", "Bryn Jones", "Cai Price"]);
    harness.get_by_label_contains("3 assessors (Alys Evans, Bryn Jones and Cai Price).");
    // Each assessor's "Brief the council" (another owner each) is kept; each says whose.
    for name in ["Alys Evans", "Bryn Jones", "Cai Price"] {
        harness.get_by_label(&format!("Brief the council ({name}'s version)"));
    }
}

/// The demo, compared with an earlier year in which economy.impact was rated 1 and the first
/// question of the first domain not at all.
fn compared() -> (tempfile::TempDir, Harness<'static, WorkbookApp>) {
    let dir = temp_dir();
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let mut earlier = demo();
    "2025–26".clone_into(&mut earlier.period);
    earlier
        .responses
        .get_mut(&QuestionId::new("economy.impact"))
        .unwrap()
        .phase = Phase::new(1);
    let first = framework().domains()[0].questions[0].id.clone();
    if let Some(response) = earlier.responses.get_mut(&first) {
        response.phase = None;
    }
    let earlier_path = dir.path().join("earlier.civic.json");
    assessment_file::save(&earlier_path, &earlier).unwrap();
    let mut harness = app_with(Some(demo_copy), None, Vec::new());
    apply(&mut harness, Command::CompareWith(earlier_path));
    assert!(app(&harness).state.doc.as_ref().unwrap().baseline.is_some());
    (dir, harness)
}

#[test]
fn a_domain_header_shows_the_earlier_maturity_and_the_change() {
    let (_dir, mut harness) = compared();
    apply(&mut harness, Command::Navigate(Page::Domain(1)));
    let (now, before) = {
        let doc = app(&harness).state.doc.as_ref().unwrap();
        let baseline = doc.baseline.as_ref().unwrap();
        (
            doc.scorecard.domains[1].maturity.unwrap(),
            baseline.comparison.earlier.domains[1].maturity.unwrap(),
        )
    };
    assert!(now > before, "economy.impact was rated lower earlier");
    let change = i32::from(now.tenths()) - i32::from(before.tenths());
    let phase = framework().phase_name(now.phase_reached().unwrap());
    let expected = format!(
        "Maturity {now} ({phase}), was {before} (+{}.{})",
        change / 10,
        change % 10
    );
    harness.get_by_label_contains(&expected);
    // The side list says each domain's change too; the question its earlier rating.
    harness.get_by_label_contains(&format!("+{}.{} since 2025–26", change / 10, change % 10));
    assert!(
        harness
            .get_all_by_label_contains("Earlier (Civic impact self-assessment 2025–26): ")
            .next()
            .is_some()
    );
    // A question rated for the first time is no change: the header says what it counts.
    apply(&mut harness, Command::Navigate(Page::Domain(0)));
    harness.get_by_label_contains("1 question rated for the first time is not counted as a change");
    harness.get_by_label_contains("Like for like, on the ");
}

#[test]
fn the_recovery_prompt_gives_a_local_time_without_a_leading_zero() {
    // The shell carries the time to the person's zone; the formatting is tested with a fixed
    // one (GMT in winter, BST in summer).
    let london = jiff::tz::TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap();
    let winter = time::macros::datetime!(2026-12-07 09:30 UTC);
    assert_eq!(
        local_time::date_and_clock(winter, &london),
        "7 Dec 2026 at 9:30"
    );
    let summer = time::macros::datetime!(2026-07-03 08:05 UTC);
    assert_eq!(
        local_time::date_and_clock(summer, &london),
        "3 Jul 2026 at 9:05"
    );
    assert_eq!(
        local_time::clock(
            jiff::Timestamp::from_second(summer.unix_timestamp()).unwrap(),
            &london
        ),
        "9:05"
    );
    // The prompt words the time as the shell gave it: 9:05 BST, not 08:05 UTC.
    let mut harness = app_with(None, None, Vec::new());
    apply(
        &mut harness,
        Command::Done(Box::new(Outcome::Offers {
            found: vec![Offer {
                id: "slot".to_owned(),
                assessment: demo(),
                original: None,
                written: Some(local_time::in_zone(summer, &london)),
                base: None,
            }],
            unreadable: Vec::new(),
        })),
    );
    let Flow::Recovery { written, .. } = &app(&harness).state.flow else {
        panic!("the recovery prompt is on screen");
    };
    assert_eq!(written, "3 Jul 2026 at 9:05");
    harness.get_by_label_contains("Work autosaved on 3 Jul 2026 at 9:05 can be restored");
}

#[test]
fn at_800_by_600_the_last_domain_in_the_side_list_comes_into_view() {
    let dir = temp_dir();
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let mut harness = app_with(Some(demo_copy), None, Vec::new());
    harness.set_size(egui::vec2(800.0, 600.0));
    harness.run();
    let last = framework().domains().len() - 1;
    apply(&mut harness, Command::Navigate(Page::Domain(last)));
    harness.run();
    let title = format!("{} {}", last + 1, framework().domains()[last].title);
    let entry = harness.get_by_label_contains(&title);
    let rect = rect_of(&entry);
    let screen = harness.ctx.content_rect();
    assert!(
        rect.bottom() <= screen.bottom() - 20.0 && rect.top() >= screen.top(),
        "{rect:?} is cut off in {screen:?}"
    );
}

#[test]
fn a_help_window_never_covers_the_menu_bar() {
    let dir = temp_dir();
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let mut harness = app_with(Some(demo_copy), None, Vec::new());
    harness.set_size(egui::vec2(800.0, 600.0));
    harness.run();
    let menu_bottom = rect_of(&harness.get_by_label("Help")).bottom();
    apply(
        &mut harness,
        Command::ShowHelp(civic_workbook::app::command::HelpTopic::Shortcuts),
    );
    harness.run();
    let mut seen = 0;
    for node in harness.get_all_by_label("Keyboard shortcuts") {
        let window = rect_of(&node);
        assert!(
            window.top() >= menu_bottom,
            "the help window {window:?} covers the menu bar (its bottom at {menu_bottom})"
        );
        seen += 1;
    }
    assert!(seen > 0, "the help window is open");
}
