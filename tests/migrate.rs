//! `migrate`: moving an assessment to another version of the question bank, with a renamed
//! domain, a split question and two questions merged into one.

use std::fs;
use std::path::Path;

use serde_json::{Value, json};

use civic_workbook::model::QuestionId;
use civic_workbook::storage::{assessment_file, framework_file};

use crate::util::{demo, root, run_in, stderr, stdout, temp_dir};

/// The built-in bank as its next version might be: the economy domain renamed "prosperity",
/// health.support split in two, and the two culture questions merged into one.
fn next_bank(dir: &Path) -> std::path::PathBuf {
    let text = fs::read_to_string(root().join("questions/civic-impact-framework.json")).unwrap();
    let mut bank: Value = serde_json::from_str(&text).unwrap();
    bank["version"] = json!("2027.1");
    for domain in bank["domains"].as_array_mut().unwrap() {
        let id = domain["id"].as_str().unwrap().to_owned();
        let questions = domain["questions"].as_array_mut().unwrap();
        match id.as_str() {
            "economy" => {
                domain["id"] = json!("prosperity");
                for question in domain["questions"].as_array_mut().unwrap() {
                    let old = question["id"]
                        .as_str()
                        .unwrap()
                        .replace("economy.", "prosperity.");
                    question["id"] = json!(old);
                }
            }
            "health" => {
                let support = questions.remove(0);
                for (at, new) in ["health.access", "health.prevention"]
                    .into_iter()
                    .enumerate()
                {
                    let mut question = support.clone();
                    question["id"] = json!(new);
                    questions.insert(at, question);
                }
            }
            "culture" => {
                questions.truncate(1);
                questions[0]["id"] = json!("culture.life");
            }
            _ => {}
        }
    }
    let path = dir.join("bank-2027.json");
    fs::write(&path, serde_json::to_string_pretty(&bank).unwrap()).unwrap();
    path
}

const MAP: &str = r#"{
  "domains": { "economy": "prosperity" },
  "questions": {
    "health.support": ["health.access", "health.prevention"],
    "culture.enrichment": "culture.life",
    "culture.vibrancy": "culture.life"
  }
}"#;

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

#[test]
fn a_renamed_domain_a_split_and_a_merge_keep_every_answer() {
    let dir = temp_dir();
    let bank = next_bank(dir.path());
    let original = demo();
    fs::copy(crate::util::demo_path(), dir.path().join("ours.civic.json")).unwrap();
    fs::write(dir.path().join("map.json"), MAP).unwrap();
    let out = run_in(
        dir.path(),
        &[
            "migrate",
            "ours.civic.json",
            "--to",
            "bank-2027.json",
            "--map",
            "map.json",
            "-o",
            "ours-2027.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    for line in [
        "Renamed: economy.impact → prosperity.impact",
        "Split: health.support → health.access, health.prevention (the answer is in each)",
        "Merged: culture.enrichment, culture.vibrancy → culture.life",
        "Written to ours-2027.civic.json",
    ] {
        assert!(said.contains(line), "{line:?} not in:\n{said}");
    }
    let to = framework_file::load(&bank).unwrap();
    let moved = assessment_file::load(&dir.path().join("ours-2027.civic.json"), &to).unwrap();
    assert_eq!(moved.framework.version, "2027.1");
    let was = |id: &str| &original.responses[&q(id)];
    let now = |id: &str| &moved.responses[&q(id)];
    assert_eq!(now("prosperity.impact"), was("economy.impact"));
    assert_eq!(now("health.access"), was("health.support"));
    assert_eq!(now("health.prevention"), was("health.support"));
    let life = now("culture.life");
    let (a, b) = (was("culture.enrichment"), was("culture.vibrancy"));
    assert_eq!(life.phase, a.phase.min(b.phase).or(a.phase).or(b.phase));
    assert!(life.narrative.contains(&a.narrative) && life.narrative.contains(&b.narrative));
    assert_eq!(life.evidence.len(), a.evidence.len() + b.evidence.len());
    if a.phase.is_some() && b.phase.is_some() && a.phase != b.phase {
        assert!(
            said.contains("Check: culture.life merged answers rated"),
            "{said}"
        );
    }
    // Every answer is somewhere; no question of the new version is unknown.
    assert_eq!(moved.unknown_questions(&to).count(), 0);
    let total = |a: &civic_workbook::model::Assessment| {
        a.responses
            .values()
            .map(|r| r.evidence.len() + r.actions.len())
            .sum::<usize>()
    };
    assert_eq!(
        total(&moved),
        total(&original)
            + was("health.support").evidence.len()
            + was("health.support").actions.len(),
        "the split answer is in both new questions, nothing else added or lost"
    );
    // The file moved is as it was.
    assert_eq!(
        fs::read(dir.path().join("ours.civic.json")).unwrap(),
        fs::read(crate::util::demo_path()).unwrap()
    );
    let validate = run_in(
        dir.path(),
        &[
            "--framework",
            "bank-2027.json",
            "score",
            "ours-2027.civic.json",
        ],
    );
    assert_eq!(validate.status.code(), Some(0), "{}", stderr(&validate));
}

#[test]
fn without_a_map_answers_to_questions_gone_are_kept_apart() {
    let dir = temp_dir();
    next_bank(dir.path());
    fs::copy(crate::util::demo_path(), dir.path().join("ours.civic.json")).unwrap();
    let out = run_in(
        dir.path(),
        &[
            "migrate",
            "ours.civic.json",
            "--to",
            "bank-2027.json",
            "-o",
            "moved.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("Kept apart: culture.enrichment, culture.vibrancy, economy.impact"),
        "{said}"
    );
    let to = framework_file::load(&dir.path().join("bank-2027.json")).unwrap();
    let moved = assessment_file::load(&dir.path().join("moved.civic.json"), &to).unwrap();
    assert_eq!(
        moved.responses.len(),
        demo().responses.len(),
        "nothing dropped"
    );
    assert!(moved.unknown_questions(&to).count() > 0);
    assert_eq!(
        moved.responses[&q("economy.impact")].phase,
        demo().responses[&q("economy.impact")].phase
    );
}

#[test]
fn a_map_to_a_question_the_new_version_lacks_is_refused_and_nothing_is_written() {
    let dir = temp_dir();
    next_bank(dir.path());
    fs::copy(crate::util::demo_path(), dir.path().join("ours.civic.json")).unwrap();
    fs::write(
        dir.path().join("map.json"),
        r#"{"questions": {"economy.impact": "prosperity.nowhere"}}"#,
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &[
            "migrate",
            "ours.civic.json",
            "--to",
            "bank-2027.json",
            "--map",
            "map.json",
            "-o",
            "moved.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the map moves economy.impact to prosperity.nowhere, which the new version of the bank does not have"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("moved.civic.json").exists());
    // The same file as output: refused, the original untouched.
    let out = run_in(
        dir.path(),
        &[
            "migrate",
            "ours.civic.json",
            "--to",
            "bank-2027.json",
            "-o",
            "ours.civic.json",
            "--force",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        fs::read(dir.path().join("ours.civic.json")).unwrap(),
        fs::read(crate::util::demo_path()).unwrap()
    );
}
