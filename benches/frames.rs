//! CPU time per frame of the desktop app, on an assessment ten times the normal size: the
//! domain page (the busiest: every question with 50 evidence rows and a long narrative) and the
//! summary page. A frame here is egui's layout and our views plus tessellation into triangles,
//! everything the CPU does before the GPU draws. Run with `cargo bench --bench frames`.

mod common;

use std::path::PathBuf;

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::ScriptedDialogs;
use civic_workbook::app::state::Prefs;
use civic_workbook::app::{AppOptions, WorkbookApp};
use civic_workbook::storage::assessment_file;
use divan::Bencher;

fn main() {
    divan::main();
}

/// The app with the large assessment open on `page`, in a context of a 1280×860 window.
fn app_on(page: Page) -> (egui::Context, WorkbookApp, tempfile::TempDir) {
    let framework = common::framework();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path: PathBuf = dir.path().join("large.civic.json");
    assessment_file::save(&path, &common::large(&framework)).expect("saves");
    let ctx = egui::Context::default();
    let mut app = WorkbookApp::new(
        &ctx,
        AppOptions {
            framework,
            open: Some(path),
            recovery_dir: None,
            dialogs: Box::new(ScriptedDialogs::default()),
            opener: Box::new(civic_workbook::app::dialogs::RecordingOpener::default()),
            prefs: Prefs::default(),
        },
    );
    app.apply(&ctx, Command::Navigate(page));
    // Warm up: fonts, galley caches, as after the first frames on screen.
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    (ctx, app, dir)
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 860.0),
        )),
        ..egui::RawInput::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut WorkbookApp) -> usize {
    let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    let triangles = ctx.tessellate(output.shapes, output.pixels_per_point);
    triangles.len()
}

#[divan::bench]
fn domain_page_large(bencher: Bencher<'_, '_>) {
    // Strategy and leadership: three questions, each with 50 evidence rows and 5 actions.
    let (ctx, mut app, _dir) = app_on(Page::Domain(0));
    bencher.bench_local(|| frame(&ctx, &mut app));
}

/// The same page while a screen reader reads the window: AccessKit builds its tree, and every
/// evidence and action row is laid out (none is skipped off screen), so the reader finds the
/// whole page without scrolling.
#[divan::bench]
fn domain_page_large_read_aloud(bencher: Bencher<'_, '_>) {
    let (ctx, mut app, _dir) = app_on(Page::Domain(0));
    ctx.enable_accesskit();
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    bencher.bench_local(|| frame(&ctx, &mut app));
}

#[divan::bench]
fn estates_page_large(bencher: Bencher<'_, '_>) {
    // Estates: four questions, the largest domain.
    let (ctx, mut app, _dir) = app_on(Page::Domain(4));
    bencher.bench_local(|| frame(&ctx, &mut app));
}

#[divan::bench]
fn summary_page_large(bencher: Bencher<'_, '_>) {
    let (ctx, mut app, _dir) = app_on(Page::Summary);
    bencher.bench_local(|| frame(&ctx, &mut app));
}

/// Presenter mode on the first question of the large assessment.
#[divan::bench]
fn presenter_large(bencher: Bencher<'_, '_>) {
    let (ctx, mut app, _dir) = app_on(Page::Domain(0));
    app.apply(&ctx, Command::Present);
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    bencher.bench_local(|| frame(&ctx, &mut app));
}

/// Typing one character into a narrative: the edit, undo bookkeeping, rescoring and the frame.
#[divan::bench]
fn keystroke_large(bencher: Bencher<'_, '_>) {
    let (ctx, mut app, _dir) = app_on(Page::Domain(0));
    let question = civic_workbook::model::QuestionId::new("strategy.governance");
    let mut text = app
        .state
        .doc
        .as_ref()
        .and_then(|doc| doc.assessment.response(&question))
        .map(|r| r.narrative.clone())
        .unwrap_or_default();
    bencher.bench_local(|| {
        text.push('ŵ');
        app.apply(
            &ctx,
            Command::Edit(civic_workbook::model::Edit::SetText {
                target: civic_workbook::model::TextTarget::Narrative(question.clone()),
                text: text.clone(),
            }),
        );
        frame(&ctx, &mut app)
    });
}
