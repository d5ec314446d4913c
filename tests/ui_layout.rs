//! Nothing is cut off at any window size and zoom: every page of the demo is laid out at
//! 800×600, at 1280×800 zoomed to 200 % and on a 1024×768 projector at 200 %, and no widget may reach past the visible area of its
//! panel (a horizontal cut is a lost word, button or scroll bar; a vertical one is just scrolling).

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::{RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::Prefs;
use civic_workbook::app::{AppOptions, WorkbookApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::util::{demo_path, framework, temp_dir};

fn app_at(size: [f32; 2], zoom: f32, open: std::path::PathBuf) -> Harness<'static, WorkbookApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
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

/// Widgets cut at the left or right edge of what their panel shows, as "page: rect vs visible".
fn cut_off(harness: &Harness<'_, WorkbookApp>, page: &str) -> Vec<String> {
    let screen = harness.ctx.content_rect();
    harness.ctx.viewport(|viewport| {
        let widgets = &viewport.prev_pass.widgets;
        widgets
            .layer_ids()
            .flat_map(|layer| widgets.get_layer(layer))
            .filter(|w| {
                let (full, shown) = (w.rect, w.interact_rect);
                // Cut by its panel (seen while on screen), or reaching past the window's sides
                // (wherever it is scrolled: it will be cut when scrolled into view).
                let cut = shown.is_positive()
                    && (full.min.x < shown.min.x - 1.0 || full.max.x > shown.max.x + 1.0);
                let outside = full.max.x > screen.max.x + 1.0 || full.min.x < screen.min.x - 1.0;
                cut || outside
            })
            .map(|w| format!("{page}: {:?} shows only {:?}", w.rect, w.interact_rect))
            .collect()
    })
}

fn walk(size: [f32; 2], zoom: f32) {
    walk_file(&demo_path(), size, zoom);
}

/// [`walk`] with the assessment at `demo`.
fn walk_file(demo: &std::path::Path, size: [f32; 2], zoom: f32) {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    std::fs::copy(demo, &path).unwrap();
    // The harness's size is in points: a window of `size` pixels at `zoom` shows this many.
    let mut harness = app_at([size[0] / zoom, size[1] / zoom], zoom, path);
    assert!((harness.ctx.zoom_factor() - zoom).abs() < 1e-6);
    let domains = framework().domains().len();
    let pages = [Page::Summary, Page::Details]
        .into_iter()
        .chain((0..domains).map(Page::Domain));
    let mut problems = Vec::new();
    for page in pages {
        let ctx = harness.ctx.clone();
        harness.state_mut().apply(&ctx, Command::Navigate(page));
        harness.run();
        // Look at the top of the page and again scrolled to its end, where the evidence and
        // actions are.
        problems.extend(cut_off(&harness, &format!("{page:?} top")));
        for _ in 0..40 {
            harness.key_press(egui::Key::PageDown);
            harness.run();
        }
        harness.key_press(egui::Key::End);
        harness.run();
        problems.extend(cut_off(&harness, &format!("{page:?} end")));
    }
    // Presenter mode, every question.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Present);
    for step in 0..framework().questions().count() {
        harness.run();
        harness.get_by_label(&civic_workbook::tr!("wb-cmd-stop-presenting"));
        problems.extend(cut_off(
            &harness,
            &format!("presenting question {}", step + 1),
        ));
        harness.state_mut().apply(&ctx, Command::PresentStep(1));
    }
    assert!(
        problems.is_empty(),
        "cut off at {size:?} × {zoom}:\n{}",
        problems.join("\n")
    );
}

#[test]
fn nothing_is_cut_off_at_800_by_600() {
    walk([800.0, 600.0], 1.0);
}

#[test]
fn nothing_is_cut_off_at_1280_by_800_zoomed_to_200_percent() {
    walk([1280.0, 800.0], 2.0);
}

#[test]
fn nothing_is_cut_off_on_a_1024_by_768_projector_zoomed_to_200_percent() {
    walk([1024.0, 768.0], 2.0);
}

#[test]
fn in_the_pseudo_locale_nothing_is_cut_off_at_800_by_600() {
    // Its words are 40 % longer than English: a label sized for English is cut first.
    let _lang = civic_workbook::i18n::scoped(civic_workbook::i18n::Lang::Pseudo);
    walk([800.0, 600.0], 1.0);
}

#[test]
fn in_the_pseudo_locale_nothing_is_cut_off_at_1280_by_800_zoomed_to_200_percent() {
    let _lang = civic_workbook::i18n::scoped(civic_workbook::i18n::Lang::Pseudo);
    walk([1280.0, 800.0], 2.0);
}

/// The Welsh demo: the same university's assessment written in Welsh.
fn welsh_demo() -> std::path::PathBuf {
    crate::util::root().join("assets/demo-cy.civic.json")
}

#[test]
fn in_welsh_nothing_is_cut_off_at_800_by_600() {
    // Welsh sentences run longer than English ones, and the answers are Welsh too.
    let _lang = civic_workbook::i18n::scoped(civic_workbook::i18n::Lang::Cy);
    walk_file(&welsh_demo(), [800.0, 600.0], 1.0);
}

#[test]
fn in_welsh_nothing_is_cut_off_at_1280_by_800_zoomed_to_200_percent() {
    let _lang = civic_workbook::i18n::scoped(civic_workbook::i18n::Lang::Cy);
    walk_file(&welsh_demo(), [1280.0, 800.0], 2.0);
}
