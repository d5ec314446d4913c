//! Load, validate, score and save an assessment ten times the size of a real one (every question
//! answered, 5,000-character narratives, 50 evidence links each), and time the CLI's `score` of
//! the demo as a whole process. Run with `cargo bench --bench roundtrip`.

use std::path::{Path, PathBuf};
use std::process::Command;

use civic_workbook::model::{
    self, Action, ActionStatus, Assessment, Evidence, Framework, Phase, Response,
};
use civic_workbook::scoring;
use civic_workbook::storage::{assessment_file, framework_file};
use divan::{AllocProfiler, Bencher, black_box};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

fn framework() -> Framework {
    framework_file::default_framework().expect("the built-in bank loads")
}

fn demo_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.civic.json")
}

/// Every question answered at length: about ten times the demo's size on disk.
fn large(framework: &Framework) -> Assessment {
    let mut assessment = assessment_file::load(&demo_path(), framework).expect("the demo loads");
    let phases: Vec<Phase> = Phase::all().collect();
    for (index, (_, question)) in framework.questions().enumerate() {
        let sentence = "Our work with partners in Tŷ Cymunedol and Ystalyfera – ‘Gŵyl’ included – grew this year. ";
        let narrative: String = sentence
            .repeat(5_000 / sentence.chars().count() + 1)
            .chars()
            .take(5_000)
            .collect();
        let response = Response {
            phase: phases.get(index % phases.len()).copied(),
            narrative,
            evidence: (0..50)
                .map(|i| Evidence {
                    title: format!("Evidence {i} for {}", question.id),
                    link: format!(
                        "https://www.cwmtawe.ac.uk.example/evidence/{}/{i}",
                        question.id
                    ),
                    note: "Minutes and data shared with the working group".to_owned(),
                })
                .collect(),
            ambition: "What if every community in the valley co-led this with us?".to_owned(),
            actions: (0..5)
                .map(|i| Action {
                    description: format!("Action {i}: report progress to the civic board"),
                    owner: "Civic engagement lead".to_owned(),
                    due: format!("2027-0{}-15", i + 1),
                    status: ActionStatus::InProgress,
                })
                .collect(),
        };
        assessment.responses.insert(question.id.clone(), response);
    }
    assessment
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
