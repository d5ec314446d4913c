//! Shared by the benchmarks: the demo and an assessment ten times its size.

use std::path::{Path, PathBuf};

use civic_workbook::model::{
    Action, ActionStatus, Assessment, Evidence, Framework, Phase, Response,
};
use civic_workbook::storage::{assessment_file, framework_file};

/// The built-in framework.
pub fn framework() -> Framework {
    framework_file::default_framework().expect("the built-in bank loads")
}

/// The demo assessment's path.
pub fn demo_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.civic.json")
}

/// Every question answered at length (5,000-character narratives, 50 evidence links, five
/// actions): about ten times the demo's size on disk.
pub fn large(framework: &Framework) -> Assessment {
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
                    id: civic_workbook::model::ItemId::default(),
                    added_by: Vec::new(),
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
                    id: civic_workbook::model::ItemId::default(),
                    added_by: Vec::new(),
                    description: format!("Action {i}: report progress to the civic board"),
                    owner: "Civic engagement lead".to_owned(),
                    due: format!("2027-0{}-15", i + 1),
                    status: ActionStatus::InProgress,
                })
                .collect(),
            ..Response::default()
        };
        assessment.responses.insert(question.id.clone(), response);
    }
    // As a file read from disk has them: every item with its id.
    assessment.assign_missing_ids();
    assessment
}
