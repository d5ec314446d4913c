//! Presenter mode carries the discussion: the assessors' ratings and spread as large as the
//! phase names and in full contrast, the earlier rating and the change, the narrative typed in
//! place (without the keys acting meanwhile), and at 200 % on a 1024×768 projector the question,
//! the phases and the rating all in the window. Driven headless with the accessibility check on.

use std::path::{Path, PathBuf};

use civic_workbook::app::command::Command;
use civic_workbook::app::dialogs::{RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::Prefs;
use civic_workbook::app::{AppOptions, WorkbookApp};
use civic_workbook::model::{Assessment, Phase, QuestionId};
use civic_workbook::storage::assessment_file;
use civic_workbook::ui::theme;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::app;
use crate::util::{demo, framework, temp_dir};

/// The app with `open`, in a window of `size` pixels at `zoom`.
fn app_at(size: [f32; 2], zoom: f32, open: PathBuf) -> Harness<'static, WorkbookApp> {
    let mut harness = Harness::builder()
        .with_size([size[0] / zoom, size[1] / zoom])
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open: Some(open),
                    recovery_dir: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    opener: Box::new(RecordingOpener::default()),
                    prefs: Prefs {
                        zoom,
                        ..Prefs::default()
                    },
                },
            )
        });
    harness.run();
    harness
}

fn apply(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

/// The demo as a combined group file: every question rated 2, 4 and 3 by three assessors and
/// not yet agreed, saved in `dir`.
fn group_file(dir: &Path) -> PathBuf {
    let mut group = demo();
    for (_, question) in framework().questions() {
        let response = group.responses.entry(question.id.clone()).or_default();
        response.phase = None;
        for (name, phase) in [("Alys Evans", 2), ("Bryn Jones", 4), ("Cai Price", 3)] {
            response
                .ratings
                .insert(name.to_owned(), Phase::new(phase).unwrap());
        }
    }
    let path = dir.join("group.civic.json");
    assessment_file::save(&path, &group).unwrap();
    path
}

/// Every piece of text painted in the last frame: its words, font size and colour.
fn painted_text(harness: &Harness<'_, WorkbookApp>) -> Vec<(String, f32, egui::Color32)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, f32, egui::Color32)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(text) => {
                let Some(section) = text.galley.job.sections.first() else {
                    return;
                };
                let colour = if let Some(colour) = text.override_text_color {
                    colour
                } else if section.format.color == egui::Color32::PLACEHOLDER {
                    text.fallback_color
                } else {
                    section.format.color
                };
                out.push((
                    text.galley.text().to_owned(),
                    section.format.font_id.size,
                    colour,
                ));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

fn presenting(harness: &Harness<'_, WorkbookApp>) -> Option<QuestionId> {
    app(harness).state.presenting.clone()
}

fn response_now(
    harness: &Harness<'_, WorkbookApp>,
    id: &QuestionId,
) -> civic_workbook::model::Response {
    app(harness)
        .state
        .doc
        .as_ref()
        .unwrap()
        .assessment
        .response(id)
        .cloned()
        .unwrap_or_default()
}

#[test]
fn in_a_group_file_the_ratings_and_spread_read_as_large_as_the_phase_names() {
    let dir = temp_dir();
    let mut harness = app_at([1024.0, 768.0], 1.0, group_file(dir.path()));
    apply(&mut harness, Command::Present);
    let text = painted_text(&harness);
    let size_of = |words: &str| {
        text.iter()
            .filter(|(t, _, _)| t == words)
            .map(|(_, size, _)| *size)
            .fold(None, |most: Option<f32>, size| {
                Some(most.map_or(size, |m| m.max(size)))
            })
            .unwrap_or_else(|| panic!("{words:?} is painted: {text:?}"))
    };
    let phase_names = framework()
        .scale()
        .phases
        .iter()
        .map(|phase| size_of(&phase.name))
        .fold(0.0_f32, f32::max);
    assert!(phase_names >= 14.0, "phase names at {phase_names}");
    let spread = "Spread 2–4, median 3.0 · 2 phases apart";
    for words in ["Alys Evans 2", "Bryn Jones 4", "Cai Price 3", spread] {
        let size = size_of(words);
        assert!(
            size >= phase_names,
            "{words:?} at {size}, phase names at {phase_names}"
        );
    }
    // Full contrast: at least the body text's, never the grey of secondary text.
    let palette = if harness.ctx.global_style().visuals.dark_mode {
        theme::DARK
    } else {
        theme::LIGHT
    };
    for words in ["Alys Evans 2", spread] {
        let (_, _, colour) = text.iter().find(|(t, _, _)| t == words).unwrap();
        let contrast = theme::contrast(*colour, palette.background);
        assert!(
            contrast >= theme::contrast(palette.text, palette.background),
            "{words:?} is painted in {colour:?}, contrast {contrast:.1}:1"
        );
    }
    // Hiding names keeps the phases, lowest first, as large.
    harness.key_press(Key::N);
    harness.run();
    assert!(app(&harness).state.hide_names);
    assert!(size_of("2") >= phase_names);
    assert!(harness.query_by_label("Alys Evans 2").is_none());
}

#[test]
fn with_an_earlier_assessment_the_earlier_rating_and_the_change_show() {
    let dir = temp_dir();
    let current = demo();
    let framework = framework();
    // The first question the demo rates: earlier it was one phase lower (or higher at 1).
    let (id, now) = framework
        .questions()
        .find_map(|(_, q)| Some((q.id.clone(), current.response(&q.id)?.phase?)))
        .unwrap();
    let before = Phase::new(if now.number() > 1 {
        now.number() - 1
    } else {
        2
    })
    .unwrap();
    let mut earlier: Assessment = current.clone();
    earlier.period = "2025–26".to_owned();
    earlier.responses.get_mut(&id).unwrap().phase = Some(before);
    let earlier_path = dir.path().join("earlier.civic.json");
    assessment_file::save(&earlier_path, &earlier).unwrap();
    let path = dir.path().join("demo.civic.json");
    assessment_file::save(&path, &current).unwrap();
    let mut harness = app_at([1024.0, 768.0], 1.0, path);
    apply(&mut harness, Command::CompareWith(earlier_path));
    assert!(app(&harness).state.doc.as_ref().unwrap().baseline.is_some());
    apply(&mut harness, Command::Present);
    // Step to the question.
    for _ in 0..framework.questions().count() {
        if presenting(&harness).as_ref() == Some(&id) {
            break;
        }
        apply(&mut harness, Command::PresentStep(1));
    }
    assert_eq!(presenting(&harness).as_ref(), Some(&id));
    let change = civic_workbook::scoring::wording::question_change(
        civic_workbook::scoring::Maturity::of_phase(before).into(),
        civic_workbook::scoring::Maturity::of_phase(now).into(),
    );
    let expected = format!(
        "Earlier ({}): {} {} · now {} {}, {change}",
        civic_workbook::report::content::assessment_label(&earlier),
        before.number(),
        framework.phase_name(before),
        now.number(),
        framework.phase_name(now)
    );
    assert!(expected.contains("2025–26"), "{expected}");
    harness.get_by_label(&expected);
    // A question rated the same both times says so.
    apply(&mut harness, Command::PresentStep(1));
    let next = presenting(&harness).unwrap();
    if response_now(&harness, &next).phase.is_some() {
        harness.get_by_label_contains(", no change");
    }
}

#[test]
fn the_narrative_is_typed_in_place_and_the_keys_wait_while_typing() {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    assessment_file::save(&path, &demo()).unwrap();
    let mut harness = app_at([1024.0, 768.0], 1.0, path);
    apply(&mut harness, Command::Present);
    let id = presenting(&harness).unwrap();
    let before = response_now(&harness, &id);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Narrative")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Narrative")
        .type_text(" Agreed 3, not 5.");
    harness.run();
    // Keys that rate, move, hide names or leave act on the text, not the room.
    for key in [Key::Num5, Key::ArrowRight, Key::PageDown, Key::N] {
        harness.key_press(key);
        harness.run();
    }
    let after = response_now(&harness, &id);
    assert_eq!(
        after.narrative,
        format!("{} Agreed 3, not 5.", before.narrative)
    );
    assert_eq!(after.phase, before.phase, "typing a digit rates nothing");
    assert_eq!(
        presenting(&harness),
        Some(id.clone()),
        "arrows stay in the text"
    );
    assert!(
        !app(&harness).state.hide_names,
        "N is a letter while typing"
    );
    // Esc leaves the field first, then presenter mode.
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(presenting(&harness), Some(id.clone()));
    assert!(!harness.ctx.text_edit_focused());
    // Out of the field, the number keys rate the question shown.
    harness.key_press(Key::Num5);
    harness.run();
    assert_eq!(response_now(&harness, &id).phase, Phase::new(5));
    // One undo step takes the typing back, and goes to the field it changed; Esc leaves the
    // field, and a second Esc presenter mode.
    apply(&mut harness, Command::Undo);
    apply(&mut harness, Command::Undo);
    assert_eq!(response_now(&harness, &id).narrative, before.narrative);
    assert_eq!(presenting(&harness), Some(id.clone()));
    for _ in 0..2 {
        harness.key_press(Key::Escape);
        harness.run();
    }
    assert_eq!(presenting(&harness), None);
}

/// Steps through every question of a group file compared with itself, and asserts that the
/// question, the spread, every phase, the not-yet-agreed choice and the current rating's words
/// lie inside the window.
fn walk(size: [f32; 2], zoom: f32) {
    let dir = temp_dir();
    let path = group_file(dir.path());
    let earlier = dir.path().join("earlier.civic.json");
    std::fs::copy(&path, &earlier).unwrap();
    let mut harness = app_at(size, zoom, path);
    assert!((harness.ctx.zoom_factor() - zoom).abs() < 1e-6);
    apply(&mut harness, Command::CompareWith(earlier));
    apply(&mut harness, Command::Present);
    // AccessKit's bounds are in pixels.
    let window = harness.ctx.content_rect() * harness.ctx.pixels_per_point();
    let framework = framework();
    let mut problems = Vec::new();
    for (_, question) in framework.questions() {
        assert_eq!(presenting(&harness).as_ref(), Some(&question.id));
        let mut look = |role: Option<Role>, label: &str| {
            let node = match role {
                Some(role) => harness.get_by_role_and_label(role, label),
                None => harness.get_by_label_contains(label),
            };
            let bounds = node.accesskit_node().bounding_box().unwrap();
            #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
            let rect = egui::Rect::from_min_max(
                egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
                egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
            );
            if !window.expand(1.0).contains_rect(rect) {
                problems.push(format!("{}: {label:?} at {rect:?}", question.id));
            }
        };
        look(None, &question.text);
        look(None, "Spread 2–4, median 3.0");
        look(None, "Earlier (");
        look(Some(Role::RadioButton), "0 Not yet agreed");
        for phase in &framework.scale().phases {
            look(
                Some(Role::RadioButton),
                &format!("{} {}", phase.number, phase.name),
            );
        }
        look(None, "Not yet agreed: the median");
        apply(&mut harness, Command::PresentStep(1));
    }
    assert!(
        problems.is_empty(),
        "outside the {size:?} window at {zoom}:\n{}",
        problems.join("\n")
    );
}

#[test]
fn at_200_percent_on_a_1024_by_768_projector_the_question_phases_and_rating_fit() {
    walk([1024.0, 768.0], 2.0);
}

#[test]
fn on_a_1024_by_768_projector_the_question_phases_and_rating_fit() {
    walk([1024.0, 768.0], 1.0);
}

#[test]
fn at_800_by_600_the_question_phases_and_rating_fit() {
    walk([800.0, 600.0], 1.0);
}

#[test]
fn at_1920_by_1080_the_question_phases_and_rating_fit() {
    walk([1920.0, 1080.0], 1.0);
}
