//! Image snapshots of the key screens, rendered by wgpu on Mesa's software renderer and compared
//! with the committed PNGs in `tests/snapshots/` (the README's pictures). Run with
//! `cargo test --features snapshots`; `UPDATE_SNAPSHOTS=1` rewrites them after a deliberate change.

use civic_workbook::app::command::{Command, Page, ThemeChoice};
use civic_workbook::app::dialogs::ScriptedDialogs;
use civic_workbook::app::state::Prefs;
use civic_workbook::app::{AppOptions, WorkbookApp};
use egui_kittest::{Harness, SnapshotOptions};

use crate::util::framework;

fn app(theme: ThemeChoice, commands: Vec<Command>) -> Harness<'static, WorkbookApp> {
    app_sized([1180.0, 800.0], theme, commands)
}

fn app_sized(
    size: [f32; 2],
    theme: ThemeChoice,
    commands: Vec<Command>,
) -> Harness<'static, WorkbookApp> {
    let system_theme = match theme {
        ThemeChoice::Dark => egui::Theme::Dark,
        ThemeChoice::Light | ThemeChoice::System => egui::Theme::Light,
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(system_theme)
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open: None,
                    recovery_dir: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    opener: Box::new(civic_workbook::app::dialogs::RecordingOpener::default()),
                    prefs: Prefs {
                        theme,
                        ..Prefs::default()
                    },
                },
            )
        });
    harness.run();
    let ctx = harness.ctx.clone();
    for command in commands {
        harness.state_mut().apply(&ctx, command);
    }
    harness.run();
    harness
}

/// Software rendering differs by a few anti-aliased pixels between Mesa versions.
fn options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(1.5).max_failed_pixels(800)
}

#[test]
fn welcome_screen() {
    app(ThemeChoice::Light, Vec::new()).snapshot_options("welcome", &options());
}

#[test]
fn domain_page() {
    let mut harness = app(
        ThemeChoice::Dark,
        vec![Command::OpenDemo, Command::Navigate(Page::Domain(2))],
    );
    harness.snapshot_options("domain", &options());
}

#[test]
fn summary_page() {
    let mut harness = app(ThemeChoice::Light, vec![Command::OpenDemo]);
    harness.snapshot_options("summary", &options());
}

/// The smallest window the workshop room sees: nothing cut off, the phases in even rows.
#[test]
fn domain_page_at_800_by_600() {
    let mut harness = app_sized(
        [800.0, 600.0],
        ThemeChoice::Light,
        vec![Command::OpenDemo, Command::Navigate(Page::Domain(0))],
    );
    harness.snapshot_options("domain-800x600", &options());
}

#[test]
fn summary_page_at_800_by_600() {
    let mut harness = app_sized([800.0, 600.0], ThemeChoice::Dark, vec![Command::OpenDemo]);
    harness.snapshot_options("summary-800x600", &options());
}

/// Presenter mode on a projector-sized window: one question in large type.
#[test]
fn presenter_mode() {
    let mut harness = app_sized(
        [1024.0, 768.0],
        ThemeChoice::Light,
        vec![
            Command::OpenDemo,
            Command::Navigate(Page::Domain(2)),
            Command::Present,
        ],
    );
    harness.snapshot_options("presenter", &options());
}
