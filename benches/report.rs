//! Exporting the PDF report: render time in-process for the demo, for an assessment ten times
//! its size and for the peer report (the content other tools are compared on); `civic-workbook
//! export` of the demo and of the peer report as a whole process (start to exit, the report
//! written); and cost against the size of the content, which should grow linearly: the demo's
//! content 1, 10 and 100 times over, a letter under 10,000 and 100,000 combining marks, and a
//! linked evidence title of 10 KB and 100 KB. Run with `cargo bench --bench report` (a few
//! minutes); divan's allocation profile gives the most memory held at once by the rendering
//! thread, and `/usr/bin/time -v` the peak of a whole process, see the README. The peer content
//! is a copy of the shared bench folder's, in `tests/fixtures/peer` (the strand check reads it
//! too).

mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use civic_workbook::model::{Action, Assessment, Evidence, Framework, QuestionId};
use civic_workbook::report;
use civic_workbook::storage::{assessment_file, framework_file};
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

/// `civic-workbook export assets/demo.civic.json -o OUT.pdf` as a whole process (15 pages on
/// 2026-12-08, the length issue 12 set its target for).
#[divan::bench(sample_count = 100)]
fn cli_export_demo_process(bencher: Bencher<'_, '_>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("demo.pdf");
    bencher.bench(|| export_process(&out, &[]));
}

/// `civic-workbook export` of the peer report with its own framework bank, as a whole process:
/// the figure set beside other tools' (typst compiles the same content in 11.1 ms warm, 15.7 ms
/// cold).
#[divan::bench(sample_count = 100)]
fn cli_export_peer_process(bencher: Bencher<'_, '_>) {
    let peer = Peer::locate();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("peer.pdf");
    let framework = ["--framework".as_ref(), peer.framework.as_os_str()];
    bencher.bench(|| export(&peer.assessment, &out, &framework));
}

/// The peer report rendered in-process, its framework loaded as `--framework` loads it.
#[divan::bench(sample_count = 50)]
fn render_peer(bencher: Bencher<'_, '_>) {
    let peer = Peer::locate();
    let framework = framework_file::load(&peer.framework).expect("the peer framework loads");
    let assessment =
        assessment_file::load(&peer.assessment, &framework).expect("the peer report loads");
    bencher.bench(|| {
        report::render(&framework, black_box(&assessment), date!(2026 - 11 - 27)).expect("renders")
    });
}

/// The demo's content `times` over (every narrative, evidence item and action repeated): time
/// and memory should grow in proportion.
#[divan::bench(args = [1, 10, 100], sample_count = 5)]
fn render_demo_times(bencher: Bencher<'_, '_>, times: usize) {
    let framework = common::framework();
    let assessment = demo_times(&framework, times);
    bencher.bench(|| {
        report::render(&framework, black_box(&assessment), date!(2026 - 11 - 27)).expect("renders")
    });
}

/// The demo with one narrative a single letter under `marks` combining acute accents: one
/// cluster of `marks + 1` glyphs, which once cost time in the square of its length.
#[divan::bench(args = [10_000, 100_000], sample_count = 5)]
fn render_combining_marks(bencher: Bencher<'_, '_>, marks: usize) {
    let framework = common::framework();
    let mut assessment = demo(&framework);
    first_response(&framework, &mut assessment).narrative = format!("e{}", "\u{301}".repeat(marks));
    bencher.bench(|| {
        report::render(&framework, black_box(&assessment), date!(2026 - 11 - 27)).expect("renders")
    });
}

/// The demo with one more evidence item, linked, whose title is `bytes` long: its link is
/// drawn on every line the title wraps onto, and each line once carried the whole title.
#[divan::bench(args = [10_000, 100_000], sample_count = 5)]
fn render_long_linked_title(bencher: Bencher<'_, '_>, bytes: usize) {
    let framework = common::framework();
    let mut assessment = demo(&framework);
    let words = "Community partnership evaluation report ";
    let title = words.repeat(bytes / words.len() + 1)[..bytes]
        .trim_end()
        .to_owned();
    first_response(&framework, &mut assessment)
        .evidence
        .push(Evidence {
            id: civic_workbook::model::ItemId::default(),
            added_by: Vec::new(),
            title,
            link: "https://www.cwmtawe.ac.uk.example/evidence/long".to_owned(),
            note: String::new(),
        });
    bencher.bench(|| {
        report::render(&framework, black_box(&assessment), date!(2026 - 11 - 27)).expect("renders")
    });
}

fn demo(framework: &Framework) -> Assessment {
    assessment_file::load(&common::demo_path(), framework).expect("the demo loads")
}

/// The response to the framework's first question.
fn first_response<'a>(
    framework: &Framework,
    assessment: &'a mut Assessment,
) -> &'a mut civic_workbook::model::Response {
    let (_, question) = framework.questions().next().expect("a question");
    let id: QuestionId = question.id.clone();
    assessment.responses.entry(id).or_default()
}

/// The demo with every narrative, evidence item and action repeated `times` over (copies
/// numbered, so none reads as a duplicate).
fn demo_times(framework: &Framework, times: usize) -> Assessment {
    let mut assessment = demo(framework);
    for response in assessment.responses.values_mut() {
        response.narrative = vec![response.narrative.as_str(); times].join("\n\n");
        let evidence = std::mem::take(&mut response.evidence);
        let actions = std::mem::take(&mut response.actions);
        for copy in 1..=times {
            let mark = |text: &str| {
                if copy == 1 {
                    text.to_owned()
                } else {
                    format!("{text} ({copy})")
                }
            };
            response.evidence.extend(evidence.iter().map(|e| Evidence {
                title: mark(&e.title),
                ..e.clone()
            }));
            response.actions.extend(actions.iter().map(|a| Action {
                description: mark(&a.description),
                ..a.clone()
            }));
        }
    }
    assessment
}

/// The peer report and its framework bank, in `tests/fixtures/peer`.
struct Peer {
    assessment: PathBuf,
    framework: PathBuf,
}

impl Peer {
    /// Finds the peer content; panics, failing the benchmark, when it is not there.
    fn locate() -> Self {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/peer");
        let peer = Self {
            assessment: dir.join("peer-report.civic.json"),
            framework: dir.join("peer-report-framework.json"),
        };
        for path in [&peer.assessment, &peer.framework] {
            assert!(
                path.is_file(),
                "the peer content is missing: {} (a copy of the report other tools are \
                 compared on)",
                path.display()
            );
        }
        peer
    }
}

/// Runs `civic-workbook export` of the demo to `out`, with `extra` arguments.
fn export_process(out: &Path, extra: &[&OsStr]) {
    export(&common::demo_path(), out, extra);
}

/// Runs `civic-workbook export FILE -o OUT --date 2026-11-27`, with `extra` arguments.
fn export(file: &Path, out: &Path, extra: &[&OsStr]) {
    let status = Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
        .arg("export")
        .arg(file)
        .args(extra)
        .arg("-o")
        .arg(out)
        .args(["--date", "2026-11-27"])
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the binary runs");
    assert!(status.success());
}
