//! The app's working-group features, driven headless with the accessibility check on:
//! combining assessors, agreeing a phase, comparing with an earlier assessment, and exporting
//! the data.

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::{DialogResult, ManyResult, RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::{Flow, Level, PathPurpose};
use civic_workbook::model::{Phase, QuestionId, TeamMember};
use civic_workbook::storage::assessment_file;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::{app, app_with, app_with_dialogs, click, click_in_menu};
use crate::util::{demo, demo_path, framework, temp_dir};

/// Three assessors' files in `dir`: 2, 5 and 4 on economy.impact.
fn assessors(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    [("Alys Evans", 2), ("Bryn Jones", 5), ("Cai Price", 4)]
        .into_iter()
        .map(|(name, phase)| {
            let mut a = civic_workbook::model::Assessment::new(
                &framework(),
                time::macros::datetime!(2026-11-27 10:00 UTC),
            );
            a.team = vec![TeamMember {
                name: name.to_owned(),
                role: String::new(),
            }];
            a.responses
                .entry(QuestionId::new("economy.impact"))
                .or_default()
                .phase = Phase::new(phase);
            let path = dir.join(format!(
                "{}.civic.json",
                name.to_lowercase().replace(' ', "-")
            ));
            assessment_file::save(&path, &a).unwrap();
            path
        })
        .collect()
}

#[test]
fn combine_from_the_menu_then_agree_a_phase() {
    let dir = temp_dir();
    let files = assessors(dir.path());
    let dialogs = ScriptedDialogs {
        many_answers: vec![ManyResult::Picked(files)].into(),
        ..ScriptedDialogs::default()
    };
    let mut harness = app_with_dialogs(None, None, dialogs, RecordingOpener::default());
    click(&mut harness, "File");
    click(&mut harness, "Combine assessments…");
    let doc = app(&harness).state.doc.as_ref().expect("the group is open");
    assert!(doc.is_dirty(), "a combined group is unsaved work");
    assert_eq!(doc.path, None);
    assert!(doc.assessment.is_group());
    harness.get_by_label_contains("Combined 3 assessors (Alys Evans, Bryn Jones, Cai Price)");
    // The summary lists the disagreement as a talking point, linked to its domain.
    harness.get_by_label("Widest disagreements, to talk through");
    click(&mut harness, "What economic impact do we have now?");
    assert_eq!(app(&harness).state.page, Page::Domain(1));
    // Showing a question asks its domain page to scroll to it, once.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::ShowQuestion(QuestionId::new("economy.impact")),
    );
    assert_eq!(
        app(&harness).state.scroll_to,
        Some(QuestionId::new("economy.impact"))
    );
    harness.run();
    assert_eq!(
        app(&harness).state.scroll_to,
        None,
        "the page scrolled to it"
    );
    harness.get_by_label("Alys Evans 2");
    harness.get_by_label("Bryn Jones 5");
    harness.get_by_label_contains("Spread 2–5, median 4.0 · 3 phases apart");
    harness.get_by_label_contains("Not yet agreed: the median of the assessors' phases, 4.0");
    let score = |harness: &egui_kittest::Harness<'_, _>| {
        app(harness).state.doc.as_ref().unwrap().scorecard.domains[1]
            .maturity
            .map(civic_workbook::scoring::Maturity::tenths)
    };
    assert_eq!(score(&harness), Some(40), "the median counts until agreed");
    // economy.impact is the domain's second question: its picker is the second.
    harness
        .get_all_by_label("3 Delivering")
        .nth(1)
        .unwrap()
        .click();
    harness.run();
    let impact = |harness: &egui_kittest::Harness<'_, _>| {
        app(harness)
            .state
            .doc
            .as_ref()
            .unwrap()
            .assessment
            .responses[&QuestionId::new("economy.impact")]
            .clone()
    };
    assert_eq!(impact(&harness).phase, Phase::new(3));
    assert_eq!(score(&harness), Some(30), "the agreed phase counts");
    let field = harness.get_by_role_and_label(Role::TextInput, "Why this phase, 2.2");
    field.focus();
    field.type_text("Spend is local but not yet targeted");
    harness.run();
    assert_eq!(
        impact(&harness).rationale,
        "Spend is local but not yet targeted"
    );
}

#[test]
fn combining_the_same_file_twice_is_refused_and_keeps_the_open_document() {
    let dir = temp_dir();
    let files = assessors(dir.path());
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let dialogs = ScriptedDialogs {
        many_answers: vec![ManyResult::Picked(vec![files[0].clone(), files[0].clone()])].into(),
        ..ScriptedDialogs::default()
    };
    let mut harness = app_with_dialogs(
        Some(demo_copy.clone()),
        None,
        dialogs,
        RecordingOpener::default(),
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::CombineAssessments);
    harness.run();
    let state = &app(&harness).state;
    assert_eq!(
        state.doc.as_ref().unwrap().path.as_deref(),
        Some(demo_copy.as_path())
    );
    let last = state.notifications.last().unwrap();
    let last_text = last.text(&state.framework);
    assert_eq!(last.level, Level::Error);
    assert!(
        last_text.contains("the same assessment was given twice"),
        "{}",
        last_text
    );
}

#[test]
fn combine_with_typed_paths_when_no_dialog_shows() {
    let dir = temp_dir();
    let files = assessors(dir.path());
    let mut harness = app_with(None, None, Vec::new());
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::CombineAssessments);
    harness.run();
    assert!(matches!(
        app(&harness).state.flow,
        Flow::TypedPath {
            purpose: PathPurpose::Combine,
            ..
        }
    ));
    harness.get_by_label("File paths");
    // The caret is in the path box each time the prompt opens, not only the first.
    for _ in 0..2 {
        let focused = harness
            .query_by(|node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused())
            .unwrap();
        assert_eq!(
            focused.accesskit_node().role(),
            egui::accesskit::Role::TextInput
        );
        click(&mut harness, "Cancel");
        harness.state_mut().apply(&ctx, Command::CombineAssessments);
        harness.run();
    }
    let typed = files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join("; ");
    harness
        .state_mut()
        .apply(&ctx, Command::SetTypedPath(typed));
    harness.run();
    click(&mut harness, "Combine");
    let doc = app(&harness).state.doc.as_ref().expect("combined");
    assert_eq!(
        doc.assessment.responses[&QuestionId::new("economy.impact")]
            .ratings
            .len(),
        3
    );
}

#[test]
fn compare_with_an_earlier_assessment_from_the_menu() {
    let dir = temp_dir();
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let mut earlier = demo();
    earlier.period = "2025–26".to_owned();
    earlier
        .responses
        .get_mut(&QuestionId::new("economy.impact"))
        .unwrap()
        .phase = Phase::new(1);
    let earlier_path = dir.path().join("earlier.civic.json");
    assessment_file::save(&earlier_path, &earlier).unwrap();
    let mut harness = app_with(
        Some(demo_copy.clone()),
        None,
        vec![
            DialogResult::Picked(demo_copy),
            DialogResult::Picked(earlier_path),
        ],
    );
    click(&mut harness, "File");
    click_in_menu(&mut harness, "Compare with earlier assessment…");
    // Its own file is refused.
    let last = app(&harness).state.notifications.last().unwrap();

    let last_text = last.text(&app(&harness).state.framework);
    assert!(
        last_text.contains("this assessment's own file"),
        "{}",
        last_text
    );
    assert!(app(&harness).state.doc.as_ref().unwrap().baseline.is_none());
    click(&mut harness, "File");
    click_in_menu(&mut harness, "Compare with earlier assessment…");
    let baseline = app(&harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .baseline
        .as_ref()
        .unwrap();
    let economy = &baseline.comparison.domains[1];
    assert!(economy.change().unwrap() > 0, "{economy:?}");
    harness.get_by_label_contains("Change since Civic impact self-assessment 2025–26");
    harness.get_by_label_contains("Questions that moved (1)");
    // The chart's text alternative names the earlier profile too.
    harness.get_by_label_contains("Dashed, Civic impact self-assessment 2025–26");
    // The moved question is a row of a table, its change worded as the report words it
    // ("+1.0"), and a link to it.
    let moved = &baseline.comparison.moved[0];
    let change = civic_workbook::scoring::wording::question_change(moved.earlier, moved.current);
    harness.get_by_label(&change);
    // The bars say the earlier value.
    assert!(harness.query_all_by_label_contains("· was ").count() >= 6);
    // Each question of a domain page says what the earlier assessment said.
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::Link,
            "2.2 What economic impact do we have now?",
        )
        .click();
    harness.run();
    assert_eq!(
        app(&harness).state.page,
        civic_workbook::app::command::Page::Domain(1)
    );
    harness.get_by_label("Earlier (Civic impact self-assessment 2025–26): 1 Exploring");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        civic_workbook::app::command::Command::Navigate(
            civic_workbook::app::command::Page::Summary,
        ),
    );
    harness.run();
    click(&mut harness, "Stop comparing");
    assert!(app(&harness).state.doc.as_ref().unwrap().baseline.is_none());
}

#[test]
fn export_csv_and_markdown_from_the_menu() {
    let dir = temp_dir();
    let demo_copy = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &demo_copy).unwrap();
    let csv = dir.path().join("data.csv");
    let md = dir.path().join("report.md");
    let mut harness = app_with(
        Some(demo_copy),
        None,
        vec![
            DialogResult::Picked(csv.clone()),
            DialogResult::Picked(md.clone()),
        ],
    );
    click(&mut harness, "File");
    click(&mut harness, "Export CSV…");
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert!(dir.path().join("data-actions.csv").exists());
    harness.get_by_label_contains("Exported the questions to");
    click(&mut harness, "File");
    click(&mut harness, "Export Markdown…");
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("\n# Summary\n"), "{text:.300}");
    harness.get_by_label_contains("Exported Markdown");
}
