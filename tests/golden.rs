//! Golden files: one assessment of every format version the workbook has written, kept apart
//! from the demo (which is free to change). Assessments sit in shared drives and git for years:
//! each of these must keep loading to the same content, and saving it again must give the same
//! bytes, so a change to the format cannot slip in unnoticed. A new format version adds a file
//! here; none is ever edited. Files of older versions are saved in the current one:
//! `upgraded/` holds exactly what that gives, ids and all.

use std::path::Path;

use civic_workbook::model::{ActionStatus, ItemId, Phase, QuestionId};
use civic_workbook::scoring;
use civic_workbook::storage::assessment_file;

use crate::util::{framework, root};

fn golden(name: &str) -> (Vec<u8>, civic_workbook::model::Assessment) {
    let path = root().join("tests/golden").join(name);
    let bytes = std::fs::read(&path).unwrap();
    let assessment = assessment_file::load(&path, &framework()).unwrap();
    (bytes, assessment)
}

/// The format version a golden file declares.
fn declared_version(bytes: &[u8]) -> u64 {
    let json: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    json["format_version"].as_u64().unwrap()
}

/// Saving an older file writes the current version exactly as `upgraded/NAME` holds it, and
/// that file reads back to the same assessment.
fn upgrades_exactly(name: &str, a: &civic_workbook::model::Assessment) {
    let (upgraded_bytes, upgraded) = golden(&format!("upgraded/{name}"));
    assert_eq!(declared_version(&upgraded_bytes), 3);
    assert_eq!(
        String::from_utf8(assessment_file::to_bytes(a)).unwrap(),
        String::from_utf8(upgraded_bytes).unwrap(),
        "saved in the current version, {name} gives its upgraded golden file"
    );
    assert_eq!(&upgraded, a);
}

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

#[test]
fn format_1_a_single_group_with_an_answer_to_a_retired_question() {
    let (bytes, a) = golden("format-1.civic.json");
    assert_eq!(declared_version(&bytes), 1);
    assert_eq!(a.institution, "Golden file: format version 1");
    assert_eq!(a.language, "cy-GB");
    assert_eq!(a.team.len(), 2);
    assert_eq!(a.team[0].name, "Dr Siân Pryce-Morgan");
    assert_eq!(a.responses.len(), 3);
    let culture = &a.responses[&q("culture.enrichment")];
    assert_eq!(culture.phase, Phase::new(4));
    assert!(culture.narrative.starts_with("Gŵyl Cwmtawe"));
    assert!(!culture.evidence.is_empty());
    let retired = &a.responses[&q("economy.retired")];
    assert_eq!(retired.actions[0].due, "2027-01-31");
    assert_eq!(retired.actions[0].status, ActionStatus::Planned);
    assert_eq!(a.unknown_questions(&framework()).count(), 1);
    let card = scoring::score(&framework(), &a);
    assert_eq!(
        card.rated_questions(),
        2,
        "the retired answer is kept, never scored"
    );
    upgrades_exactly("format-1.civic.json", &a);
    let again = assessment_file::from_bytes(bytes, Path::new("again"), &framework()).unwrap();
    assert_eq!(again, a, "ids given on upgrade are the same every time");
}

#[test]
fn format_2_a_combined_group_with_ratings_and_an_agreed_phase() {
    let (bytes, a) = golden("format-2-group.civic.json");
    assert_eq!(declared_version(&bytes), 2);
    assert!(a.is_group());
    let impact = &a.responses[&q("economy.impact")];
    assert_eq!(impact.phase, Phase::new(3), "the agreed phase");
    assert_eq!(impact.ratings.len(), 2);
    assert_eq!(impact.ratings["Bryn Jones"], Phase::new(2).unwrap());
    assert!(impact.rationale.starts_with("Agreed at the workshop"));
    let culture = &a.responses[&q("culture.enrichment")];
    assert_eq!(culture.phase, None, "not yet agreed: scored by the median");
    assert!(
        culture
            .evidence
            .iter()
            .any(|e| e.title == "Festival survey 2026" && e.added_by == ["Bryn Jones"])
    );
    upgrades_exactly("format-2-group.civic.json", &a);
}

#[test]
fn format_3_ids_for_evidence_and_actions_kept_as_written() {
    let (bytes, a) = golden("format-3.civic.json");
    assert_eq!(declared_version(&bytes), 3);
    let impact = &a.responses[&q("economy.impact")];
    let ids = |items: Vec<&ItemId>| {
        items
            .iter()
            .map(|id| id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(impact.evidence.iter().map(|e| &e.id).collect()),
        ["e-853df97a2b88", "supplier-fair-2027"]
    );
    assert_eq!(
        ids(impact.actions.iter().map(|a| &a.id).collect()),
        ["a-f30c520a5a2e", "a-a3f09c1b77e2"]
    );
    assert_eq!(impact.actions[0].status, ActionStatus::Done);
    assert_eq!(a.language, "en-GB", "no language written: the default");
    assert_eq!(
        assessment_file::to_bytes(&a),
        bytes,
        "saved again, it is the same file"
    );
}

#[test]
fn the_same_item_in_files_of_every_version_has_the_same_id() {
    // The economic impact report is in the version 1 file and, carried over with its id, in
    // the version 3 one: the id given on upgrade is the one a later file holds.
    let (_, one) = golden("format-1.civic.json");
    let (_, three) = golden("format-3.civic.json");
    let report = |a: &civic_workbook::model::Assessment| {
        a.responses[&q("economy.impact")].evidence[0].id.clone()
    };
    assert_eq!(report(&one), report(&three));
}
