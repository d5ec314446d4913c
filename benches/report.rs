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

/// `civic-workbook export assets/demo.civic.json -o OUT.pdf` as a whole process.
#[divan::bench(sample_count = 30)]
fn cli_export_demo_process(bencher: Bencher<'_, '_>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("demo.pdf");
    bencher.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
            .arg("export")
            .arg(common::demo_path())
            .arg("-o")
            .arg(&out)
            .args(["--date", "2026-11-27"])
            .stdout(std::process::Stdio::null())
            .status()
            .expect("the binary runs");
        assert!(status.success());
    });
}
