//! Cost against the size of what is unusual in a file, which should grow linearly: `validate`
//! (read the file, list its problems) and `export` (the PDF's bytes, in-process) of an
//! assessment holding 1, 10 and 100 times some content that once cost time in its square or
//! cube: many identical items (each with its own id), many items without ids (a format 1 file,
//! `{}` evidence and one action written over and over), and one long word of soft hyphens.
//! Run with `cargo bench --bench scale`; divan's allocation profile beside each figure gives the
//! memory held at most at once.

use std::path::{Path, PathBuf};

use civic_workbook::model::{self, Framework};
use civic_workbook::report;
use civic_workbook::storage::{assessment_file, framework_file};
use divan::{AllocProfiler, Bencher, black_box};
use serde_json::{Value, json};
use time::macros::date;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// How many items one times over is.
const ITEMS: usize = 100;
/// How many soft hyphens one times over is.
const HYPHENS: usize = 1_000;

/// What is repeated in the file.
#[derive(Clone, Copy, Debug)]
enum Content {
    /// Identical evidence and actions, each with its own id (format 3).
    Identical,
    /// Evidence `{}` and identical actions, without ids (format 1).
    WithoutIds,
    /// One narrative, a single word with a soft hyphen every five letters.
    SoftHyphens,
}

/// A file holding `content` `times` over, written to a temporary folder.
struct Case {
    _dir: tempfile::TempDir,
    path: PathBuf,
    framework: Framework,
}

impl Case {
    fn new(content: Content, times: usize) -> Self {
        let framework = framework_file::default_framework().expect("the built-in bank loads");
        let (_, question) = framework.questions().next().expect("a question");
        let items = ITEMS * times;
        let (version, response) = match content {
            Content::Identical => (
                3,
                json!({
                    "phase": 3,
                    "evidence": (0..items).map(|i| json!({
                        "id": format!("e-{i}"),
                        "title": "Civic board minutes",
                        "link": "https://www.cwmtawe.ac.uk.example/civic/minutes.pdf",
                    })).collect::<Vec<_>>(),
                    "actions": (0..items).map(|i| json!({
                        "id": format!("a-{i}"),
                        "description": "Report to the civic board",
                        "due": "2027-03-31",
                    })).collect::<Vec<_>>(),
                }),
            ),
            Content::WithoutIds => (
                1,
                json!({
                    "phase": 3,
                    "evidence": vec![json!({}); items],
                    "actions": vec![json!({"description": "Report to the civic board"}); items],
                }),
            ),
            Content::SoftHyphens => (
                3,
                json!({
                    "phase": 3,
                    "narrative": "cydwe\u{AD}".repeat(HYPHENS * times),
                }),
            ),
        };
        let file = json!({
            "format_version": version,
            "framework": {"id": framework.id()},
            "title": "Scale",
            "responses": {question.id.as_str(): response},
        });
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("scale.civic.json");
        write(&path, &file);
        Self {
            _dir: dir,
            path,
            framework,
        }
    }
}

fn write(path: &Path, file: &Value) {
    std::fs::write(path, serde_json::to_vec_pretty(file).expect("JSON")).expect("written");
}

/// `validate`: the file read (ids given, duplicates refused) and its problems listed.
fn validate(bencher: Bencher<'_, '_>, content: Content, times: usize) {
    let case = Case::new(content, times);
    bencher.bench(|| {
        let assessment =
            assessment_file::load(black_box(&case.path), &case.framework).expect("the file loads");
        model::problems(&case.framework, &assessment).len()
    });
}

/// `export`: the PDF report's bytes, from the file already read.
fn export(bencher: Bencher<'_, '_>, content: Content, times: usize) {
    let case = Case::new(content, times);
    let assessment = assessment_file::load(&case.path, &case.framework).expect("the file loads");
    bencher.bench(|| {
        report::render(
            &case.framework,
            black_box(&assessment),
            date!(2026 - 11 - 27),
        )
        .expect("renders")
        .len()
    });
}

#[divan::bench(args = [1, 10, 100], sample_count = 3)]
fn validate_identical(bencher: Bencher<'_, '_>, times: usize) {
    validate(bencher, Content::Identical, times);
}

#[divan::bench(args = [1, 10, 100], sample_count = 3)]
fn validate_without_ids(bencher: Bencher<'_, '_>, times: usize) {
    validate(bencher, Content::WithoutIds, times);
}

#[divan::bench(args = [1, 10, 100], sample_count = 3)]
fn validate_soft_hyphens(bencher: Bencher<'_, '_>, times: usize) {
    validate(bencher, Content::SoftHyphens, times);
}

#[divan::bench(args = [1, 10, 100], sample_count = 3)]
fn export_identical(bencher: Bencher<'_, '_>, times: usize) {
    export(bencher, Content::Identical, times);
}

#[divan::bench(args = [1, 10, 100], sample_count = 3)]
fn export_without_ids(bencher: Bencher<'_, '_>, times: usize) {
    export(bencher, Content::WithoutIds, times);
}

#[divan::bench(args = [1, 10, 100], sample_count = 3)]
fn export_soft_hyphens(bencher: Bencher<'_, '_>, times: usize) {
    export(bencher, Content::SoftHyphens, times);
}
