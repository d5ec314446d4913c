//! `migrate`: moving an assessment to another version of the question bank, with a renamed
//! domain, a split question and two questions merged into one; a map naming what the move cannot
//! place is refused; one line says what happened to each answer, and nothing is lost.

use std::fs;
use std::path::Path;

use serde_json::{Value, json};

use civic_workbook::model::{Assessment, QuestionId};
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
    without_welsh(&mut bank);
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

/// A bank whose ids have changed, without the Welsh of the old ones (which names ids the bank
/// no longer has, and is refused): the answers are what these tests follow, not the wording.
fn without_welsh(bank: &mut Value) {
    bank.as_object_mut().unwrap().remove("translations");
}

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

/// The lines of `migrate`'s report that say what happened to one old answer.
fn answer_lines(said: &str) -> Vec<&str> {
    let kinds = [
        "Carried over: ",
        "Renamed: ",
        "Split: ",
        "Merged: ",
        "Kept apart: ",
    ];
    said.lines()
        .filter(|line| kinds.iter().any(|kind| line.starts_with(kind)))
        .collect()
}

/// Runs `migrate` of `ours.civic.json` in `dir` to `bank` with `map.json`, into `moved.civic.json`.
fn migrate_with_map(dir: &Path, bank: &str) -> std::process::Output {
    run_in(
        dir,
        &[
            "migrate",
            "ours.civic.json",
            "--to",
            bank,
            "--map",
            "map.json",
            "-o",
            "moved.civic.json",
        ],
    )
}

/// Every piece of evidence and every action of `a`, by what it says (ids aside), sorted.
fn items_by_content(a: &Assessment) -> (Vec<String>, Vec<String>) {
    let mut evidence: Vec<String> = a
        .responses
        .values()
        .flat_map(|r| &r.evidence)
        .map(|e| format!("{}|{}|{}|{:?}", e.title, e.link, e.note, e.added_by))
        .collect();
    let mut actions: Vec<String> = a
        .responses
        .values()
        .flat_map(|r| &r.actions)
        .map(|x| {
            format!(
                "{}|{}|{}|{:?}|{:?}",
                x.description, x.owner, x.due, x.status, x.added_by
            )
        })
        .collect();
    evidence.sort();
    actions.sort();
    (evidence, actions)
}

/// The built-in bank as a next version that keeps the economy domain and adds "prosperity",
/// which has only a vision question.
fn bank_with_prosperity(dir: &Path) {
    let text = fs::read_to_string(root().join("questions/civic-impact-framework.json")).unwrap();
    let mut bank: Value = serde_json::from_str(&text).unwrap();
    bank["version"] = json!("2027.1");
    let domains = bank["domains"].as_array_mut().unwrap();
    let economy = domains.iter().find(|d| d["id"] == "economy").unwrap();
    let mut prosperity = economy.clone();
    prosperity["id"] = json!("prosperity");
    prosperity["title"] = json!("Shared prosperity");
    let mut vision = economy["questions"][2].clone();
    assert_eq!(vision["id"], "economy.vision");
    vision["id"] = json!("prosperity.vision");
    prosperity["questions"] = json!([vision]);
    domains.push(prosperity);
    fs::write(
        dir.join("bank-2027.json"),
        serde_json::to_string_pretty(&bank).unwrap(),
    )
    .unwrap();
}

/// Issue 22: a map renaming a domain to one the new version lacks once kept the domain's answer
/// "apart" under an id the map also sent another answer to, which replaced it. Now the map is
/// refused by name and nothing is written.
#[test]
fn a_domain_renamed_to_one_the_new_version_lacks_is_refused() {
    let dir = temp_dir();
    fs::copy(crate::util::demo_path(), dir.path().join("ours.civic.json")).unwrap();
    fs::copy(
        root().join("questions/civic-impact-framework.json"),
        dir.path().join("bank.json"),
    )
    .unwrap();
    fs::write(
        dir.path().join("map.json"),
        r#"{"domains":{"economy":"prosperity"},"questions":{"culture.enrichment":"economy.impact"}}"#,
    )
    .unwrap();
    let out = migrate_with_map(dir.path(), "bank.json");
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(
            "the map renames the domain economy to \"prosperity\", which the new version of the bank does not have"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("moved.civic.json").exists());
}

/// Issue 22, with a new version that has the domain: the economy answers whose questions it
/// lacks stay where they are, and the answer the map sends to one of them is merged with it,
/// every item kept.
#[test]
fn an_answer_that_stays_is_merged_with_one_mapped_onto_it_never_replaced() {
    let dir = temp_dir();
    bank_with_prosperity(dir.path());
    fs::copy(crate::util::demo_path(), dir.path().join("ours.civic.json")).unwrap();
    fs::write(
        dir.path().join("map.json"),
        r#"{"domains":{"economy":"prosperity"},"questions":{"culture.enrichment":"economy.impact"}}"#,
    )
    .unwrap();
    let out = migrate_with_map(dir.path(), "bank-2027.json");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    for line in [
        "Merged: culture.enrichment → economy.impact, together with the old economy.impact",
        "Merged: economy.impact → economy.impact, together with the old culture.enrichment (its domain is renamed, but the new version has no prosperity.impact)",
        "Carried over: economy.prosperity (its domain is renamed, but the new version has no prosperity.prosperity)",
        "Renamed: economy.vision → prosperity.vision",
        "Carried over: culture.vibrancy",
    ] {
        assert!(said.lines().any(|l| l == line), "{line:?} not in:\n{said}");
    }
    assert!(!said.contains("Kept apart"), "{said}");
    assert_eq!(answer_lines(&said).len(), demo().responses.len(), "{said}");
    let to = framework_file::load(&dir.path().join("bank-2027.json")).unwrap();
    let moved = assessment_file::load(&dir.path().join("moved.civic.json"), &to).unwrap();
    let original = demo();
    let impact = &moved.responses[&q("economy.impact")];
    let (a, b) = (
        &original.responses[&q("economy.impact")],
        &original.responses[&q("culture.enrichment")],
    );
    assert!(impact.narrative.contains(&a.narrative) && impact.narrative.contains(&b.narrative));
    assert_eq!(impact.evidence.len(), a.evidence.len() + b.evidence.len());
    assert_eq!(impact.actions.len(), a.actions.len() + b.actions.len());
    assert_eq!(items_by_content(&moved), items_by_content(&original));
}

/// Two questions merged whose items have ids of their own but say the same, or share an id but
/// say different things: every item is kept, each with an id unique in the question.
#[test]
fn merging_keeps_items_that_read_alike_and_items_that_share_an_id() {
    let dir = temp_dir();
    let bank = next_bank(dir.path());
    let mut file: Value =
        serde_json::from_str(&fs::read_to_string(crate::util::demo_path()).unwrap()).unwrap();
    let responses = &mut file["responses"];
    let same_words = json!({"id": "e-own-1", "title": "Cultural strategy 2026", "link": "https://example.org/culture", "note": ""});
    let mut same_words_2 = same_words.clone();
    same_words_2["id"] = json!("e-own-2");
    responses["culture.enrichment"]["evidence"]
        .as_array_mut()
        .unwrap()
        .push(same_words);
    responses["culture.vibrancy"]["evidence"]
        .as_array_mut()
        .unwrap()
        .push(same_words_2);
    for (question, id, words) in [
        ("culture.enrichment", "a-own-1", "Meet the arts council"),
        ("culture.vibrancy", "a-own-2", "Meet the arts council"),
        ("culture.enrichment", "a-same", "Book the hall"),
        ("culture.vibrancy", "a-same", "Print the posters"),
    ] {
        responses[question]["actions"].as_array_mut().unwrap().push(
            json!({"id": id, "description": words, "owner": "", "due": "", "status": "planned"}),
        );
    }
    fs::write(
        dir.path().join("ours.civic.json"),
        serde_json::to_string_pretty(&file).unwrap(),
    )
    .unwrap();
    fs::write(dir.path().join("map.json"), MAP).unwrap();
    let out = migrate_with_map(dir.path(), "bank-2027.json");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let to = framework_file::load(&bank).unwrap();
    let original = assessment_file::load(
        &dir.path().join("ours.civic.json"),
        &crate::util::framework(),
    )
    .unwrap();
    let moved = assessment_file::load(&dir.path().join("moved.civic.json"), &to).unwrap();
    let life = &moved.responses[&q("culture.life")];
    let titled = |title: &str| life.evidence.iter().filter(|e| e.title == title).count();
    assert_eq!(titled("Cultural strategy 2026"), 2);
    let described = |text: &str| {
        life.actions
            .iter()
            .filter(|a| a.description == text)
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(described("Meet the arts council"), ["a-own-1", "a-own-2"]);
    assert_eq!(described("Book the hall"), ["a-same"]);
    let posters = described("Print the posters");
    assert_eq!(posters.len(), 1);
    assert_ne!(posters[0], "a-same", "a colliding id is replaced");
    assert!(!moved.lacks_ids());
    // Everything of the original, by what it says, with the split answer's items twice.
    let (mut evidence, mut actions) = items_by_content(&original);
    let support = &original.responses[&q("health.support")];
    let mut twice = Assessment::clone(&original);
    twice.responses.retain(|id, _| *id == q("health.support"));
    let (extra_evidence, extra_actions) = items_by_content(&twice);
    evidence.extend(extra_evidence);
    actions.extend(extra_actions);
    evidence.sort();
    actions.sort();
    assert_eq!(items_by_content(&moved), (evidence, actions));
    assert!(!support.evidence.is_empty());
    // The same move again writes the same ids.
    fs::remove_file(dir.path().join("moved.civic.json")).unwrap();
    let again = migrate_with_map(dir.path(), "bank-2027.json");
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let again = assessment_file::load(&dir.path().join("moved.civic.json"), &to).unwrap();
    assert_eq!(again.responses, moved.responses);
}

/// Map keys and targets that name nothing the move can place are refused, each by name, and
/// nothing is written.
#[test]
fn a_map_naming_unknown_questions_and_domains_is_refused_by_name() {
    let dir = temp_dir();
    next_bank(dir.path());
    fs::copy(crate::util::demo_path(), dir.path().join("ours.civic.json")).unwrap();
    fs::write(
        dir.path().join("map.json"),
        r#"{
  "domains": { "economy": "prosperity", "nowhere": "prosperity", "health": "wellbeing" },
  "questions": {
    "nope.nothing": "culture.life",
    "": "culture.life",
    "culture.enrichment": "culture.life",
    "culture.vibrancy": ["culture.life", "culture.life"]
  }
}"#,
    )
    .unwrap();
    let out = migrate_with_map(dir.path(), "bank-2027.json");
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let said = stderr(&out);
    for part in [
        "ours.civic.json could not be moved with map.json",
        "the map renames the domain health to \"wellbeing\", which the new version of the bank does not have",
        "the map renames the domain \"nowhere\", which the old version does not have",
        "the map moves the question \"\", which the old version neither asks nor answers",
        "the map moves the question \"nope.nothing\", which the old version neither asks nor answers",
        "the map moves culture.vibrancy to culture.life more than once; name each question once",
    ] {
        assert!(said.contains(part), "{part:?} not in:\n{said}");
    }
    assert!(!dir.path().join("moved.civic.json").exists());
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
        "Renamed: economy.prosperity → prosperity.prosperity",
        "Split: health.support → health.access, health.prevention (the answer is in each)",
        "Merged: culture.enrichment → culture.life, together with the old culture.vibrancy",
        "Merged: culture.vibrancy → culture.life, together with the old culture.enrichment",
        "Carried over: strategy.governance",
        "Written to ours-2027.civic.json",
    ] {
        assert!(said.lines().any(|l| l == line), "{line:?} not in:\n{said}");
    }
    // One line for each answer of the old file, and no answer kept apart.
    assert_eq!(
        answer_lines(&said).len(),
        original.responses.len(),
        "{said}"
    );
    assert!(!said.contains("Kept apart"), "{said}");
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
    // The demo rates the two differently: the merged answer keeps the lower, and says so.
    let (Some(phase_a), Some(phase_b)) = (a.phase, b.phase) else {
        panic!("the demo rates both culture questions");
    };
    assert_ne!(phase_a, phase_b);
    let check = format!(
        "Check: culture.life holds merged answers at different phases (culture.enrichment at {phase_a}, culture.vibrancy at {phase_b}); it keeps the lowest, {}",
        phase_a.min(phase_b)
    );
    assert!(
        said.lines().any(|l| l == check),
        "{check:?} not in:\n{said}"
    );
    assert_eq!(life.phase, Some(phase_a.min(phase_b)));
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
    for id in [
        "culture.enrichment",
        "culture.vibrancy",
        "economy.impact",
        "health.support",
    ] {
        let line = format!("Kept apart: {id} (the new version does not ask it)");
        assert!(said.lines().any(|l| l == line), "{line:?} not in:\n{said}");
    }
    assert!(
        said.contains("Carried over: strategy.governance\n"),
        "{said}"
    );
    assert!(
        said.contains("Answers kept apart are shown in the report's appendix and by validate"),
        "{said}"
    );
    assert_eq!(answer_lines(&said).len(), demo().responses.len(), "{said}");
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
