//! Exporting the PDF report: render time in-process for the demo and for an assessment ten times
//! its size, and `civic-workbook export` of the demo as a whole process (start to exit, the
//! report written). Run with `cargo bench --bench report`; peak memory of the whole process is
//! printed by `/usr/bin/time -v`, see the README.

mod common;

use std::process::Command;

use civic_workbook::report;
use civic_workbook::storage::assessment_file;
use divan::{AllocProfiler, Bencher, black_box};
use time::macros::date;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn render_demo(bencher: Bencher<'_, '_>) {
    let framework = common::framework();
    let demo = assessment_file::load(&common::demo_path(), &framework).expect("the demo loads");
    bencher.bench(|| {
        report::render(&framework, black_box(&demo), date!(2026 - 11 - 27)).expect("renders")
    });
}

#[divan::bench]
fn render_large(bencher: Bencher<'_, '_>) {
    let framework = common::framework();
    let large = common::large(&framework);
    bencher.bench(|| {
        report::render(&framework, black_box(&large), date!(2026 - 11 - 27)).expect("renders")
    });
}

#[divan::bench]
fn csv_large(bencher: Bencher<'_, '_>) {
    let framework = common::framework();
    let large = common::large(&framework);
    bencher.bench(|| {
        (
            report::csv::questions(&framework, black_box(&large)),
            report::csv::actions(&framework, black_box(&large)),
        )
    });
}

#[divan::bench]
fn markdown_large(bencher: Bencher<'_, '_>) {
    let framework = common::framework();
    let large = common::large(&framework);
    bencher.bench(|| report::markdown(&framework, black_box(&large), None, date!(2026 - 11 - 27)));
}

/// `civic-workbook export assets/demo.civic.json -o OUT.pdf` as a whole process (20 pages).
#[divan::bench(sample_count = 100)]
fn cli_export_demo_process(bencher: Bencher<'_, '_>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("demo.pdf");
    bencher.bench(|| export_process(&out, &[]));
}

/// The same as a 15-page report: the demo against the built-in bank without its Health and
/// Learning domains (the target is under 20 ms for 15 pages).
#[divan::bench(sample_count = 100)]
fn cli_export_15_pages_process(bencher: Bencher<'_, '_>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let bank = dir.path().join("bank.json");
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questions/civic-impact-framework.json"),
    )
    .expect("the built-in bank reads");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("the bank is JSON");
    if let Some(domains) = json.get_mut("domains").and_then(|d| d.as_array_mut()) {
        domains.retain(|d| !matches!(d["id"].as_str(), Some("health" | "learning")));
    }
    std::fs::write(&bank, json.to_string()).expect("the bank is written");
    let out = dir.path().join("fifteen.pdf");
    let framework = ["--framework".as_ref(), bank.as_os_str()];
    export_process(&out, &framework);
    let pdf = lopdf::Document::load(&out).expect("the report parses");
    assert_eq!(pdf.get_pages().len(), 15, "a 15-page report");
    bencher.bench(|| export_process(&out, &framework));
}

/// Runs `civic-workbook export` of the demo to `out`, with `extra` arguments.
fn export_process(out: &std::path::Path, extra: &[&std::ffi::OsStr]) {
    let status = Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
        .arg("export")
        .arg(common::demo_path())
        .args(extra)
        .arg("-o")
        .arg(out)
        .args(["--date", "2026-11-27"])
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the binary runs");
    assert!(status.success());
}
