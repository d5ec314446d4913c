//! Load, validate, score and save an assessment ten times the size of a real one (every question
//! answered, 5,000-character narratives, 50 evidence links each), and time the CLI's `score` of
//! the demo as a whole process. Run with `cargo bench --bench roundtrip`.

mod common;

use std::path::Path;
use std::process::Command;

use civic_workbook::model;
use civic_workbook::scoring;
use civic_workbook::storage::assessment_file;
use common::{demo_path, framework, large};
use divan::{AllocProfiler, Bencher, black_box};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn load_large(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let bytes = assessment_file::to_bytes(&large(&framework));
    bencher.bench(|| {
        assessment_file::from_bytes(black_box(bytes.clone()), Path::new("large"), &framework)
            .expect("loads")
    });
}

/// The same file as format version 1 (no ids, no group fields): read by the version 1 module,
/// upgraded through versions 2 and 3, and every item given its derived id.
#[divan::bench]
fn load_large_format_1(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let mut json: serde_json::Value =
        serde_json::from_slice(&assessment_file::to_bytes(&large(&framework))).expect("JSON");
    json["format_version"] = 1.into();
    for response in json["responses"]
        .as_object_mut()
        .expect("responses")
        .values_mut()
    {
        for list in ["evidence", "actions"] {
            for item in response[list].as_array_mut().expect("a list") {
                item.as_object_mut().expect("an item").remove("id");
            }
        }
    }
    let bytes = serde_json::to_vec_pretty(&json).expect("JSON");
    bencher.bench(|| {
        assessment_file::from_bytes(black_box(bytes.clone()), Path::new("large-1"), &framework)
            .expect("loads")
    });
}

#[divan::bench]
fn validate_large(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let assessment = large(&framework);
    bencher.bench(|| model::problems(&framework, black_box(&assessment)));
}

#[divan::bench]
fn score_large(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let assessment = large(&framework);
    bencher.bench(|| scoring::score(&framework, black_box(&assessment)));
}

#[divan::bench]
fn save_large_atomically(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let assessment = large(&framework);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.civic.json");
    bencher.bench(|| assessment_file::save(&path, black_box(&assessment)).expect("saves"));
}

/// The whole round trip of the issue: read the file, validate, score, save atomically.
#[divan::bench]
fn round_trip_large(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.civic.json");
    assessment_file::save(&path, &large(&framework)).expect("saves");
    bencher.bench(|| {
        let assessment = assessment_file::load(&path, &framework).expect("loads");
        let problems = model::problems(&framework, &assessment);
        let card = scoring::score(&framework, &assessment);
        assessment_file::save(&path, &assessment).expect("saves");
        (problems.len(), card.overall)
    });
}

/// `civic-workbook score assets/demo.civic.json` as a whole process, start to exit.
#[divan::bench(sample_count = 50)]
fn cli_score_demo_process() {
    let status = Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
        .arg("score")
        .arg(demo_path())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the binary runs");
    assert!(status.success());
}

/// Combining three assessors' files of the large size (each with its own phases and text).
#[divan::bench]
fn combine_three_large(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let files: Vec<model::Assessment> = ["Alys", "Bryn", "Cai"]
        .into_iter()
        .map(|name| {
            let mut a = large(&framework);
            for response in a.responses.values_mut() {
                response.narrative.push_str(name);
                response.phase = response
                    .phase
                    .and_then(|p| model::Phase::new(p.number() % 6 + 1));
            }
            a
        })
        .collect();
    let names = ["Alys", "Bryn", "Cai"];
    let assessors: Vec<model::Assessor<'_>> = files
        .iter()
        .zip(names)
        .map(|(assessment, name)| model::Assessor { name, assessment })
        .collect();
    let now = time::macros::datetime!(2026-11-27 10:00 UTC);
    bencher.bench(|| model::combine(&framework, black_box(&assessors), now).expect("combines"));
}

/// Comparing the large assessment with the demo as its baseline.
#[divan::bench]
fn compare_large_with_demo(bencher: Bencher<'_, '_>) {
    let framework = framework();
    let large = large(&framework);
    let demo = assessment_file::load(&demo_path(), &framework).expect("the demo loads");
    bencher.bench(|| scoring::compare::compare(&framework, black_box(&large), &demo));
}
