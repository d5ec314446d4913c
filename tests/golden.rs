//! Golden files: one assessment of every format version the workbook has written, kept apart
//! from the demo (which is free to change). Assessments sit in shared drives and git for years:
//! each of these must keep loading to the same content, and saving it again must give the same
//! bytes, so a change to the format cannot slip in unnoticed. A new format version adds a file
//! here; none is ever edited.

use std::path::Path;

use civic_workbook::model::{ActionStatus, Phase, QuestionId};
use civic_workbook::scoring;
use civic_workbook::storage::assessment_file;

use crate::util::{framework, root};

fn golden(name: &str) -> (Vec<u8>, civic_workbook::model::Assessment) {
    let path = root().join("tests/golden").join(name);
    let bytes = std::fs::read(&path).unwrap();
    let assessment = assessment_file::load(&path, &framework()).unwrap();
    (bytes, assessment)
}

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

#[test]
fn format_1_a_single_group_with_an_answer_to_a_retired_question() {
    let (bytes, a) = golden("format-1.civic.json");
    assert_eq!(a.format_version, 1);
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
    assert_eq!(
        assessment_file::to_bytes(&a),
        bytes,
        "saved again, it is the same file"
    );
    let again = assessment_file::from_bytes(bytes, Path::new("again"), &framework()).unwrap();
    assert_eq!(again, a);
}

#[test]
fn format_2_a_combined_group_with_ratings_and_an_agreed_phase() {
    let (bytes, a) = golden("format-2-group.civic.json");
    assert_eq!(a.format_version, 2);
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
    assert_eq!(assessment_file::to_bytes(&a), bytes);
}
