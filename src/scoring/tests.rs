//! Pinned numbers for hand-made cases.

use super::*;
use crate::model::testing::{assessment_with, framework};

fn maturities(card: &Scorecard) -> Vec<Option<String>> {
    card.domains
        .iter()
        .map(|d| d.maturity.map(|m| m.to_string()))
        .collect()
}

#[test]
fn all_unrated_scores_nothing_and_never_zero() {
    let fw = framework(&[3, 2, 2]);
    let card = score(&fw, &assessment_with(&fw, &[("d0.q0", None, 2)]));
    assert_eq!(maturities(&card), [None, None, None]);
    assert_eq!(card.overall, None);
    assert_eq!(card.rated_domains(), 0);
    assert_eq!(card.rated_questions(), 0);
    assert_eq!(card.total_questions(), 7);
    assert_eq!(card.completion().map(Ratio::percent), Some(0));
    assert_eq!(card.evidence_coverage(), None);
}

#[test]
fn one_rated_question() {
    let fw = framework(&[3, 2]);
    let card = score(&fw, &assessment_with(&fw, &[("d1.q1", Some(4), 0)]));
    assert_eq!(maturities(&card), [None, Some("4.0".to_owned())]);
    assert_eq!(card.overall.map(|m| m.to_string()).as_deref(), Some("4.0"));
    assert_eq!(card.overall_phase().map(Phase::number), Some(4));
    assert_eq!(card.rated_domains(), 1);
    assert_eq!(card.completion(), Ratio::new(1, 5));
    assert_eq!(card.completion().map(Ratio::percent), Some(20));
    assert_eq!(card.evidence_coverage().map(Ratio::percent), Some(0));
}

#[test]
fn mixed_ratings_round_half_up_in_tenths() {
    let fw = framework(&[3, 2, 2]);
    let a = assessment_with(
        &fw,
        &[
            ("d0.q0", Some(3), 1),
            ("d0.q1", Some(4), 0),
            ("d0.q2", None, 3),
            ("d1.q0", Some(2), 0),
            ("d1.q1", Some(2), 2),
            ("unknown.q9", Some(6), 1),
        ],
    );
    let card = score(&fw, &a);
    assert_eq!(
        maturities(&card),
        [Some("3.5".to_owned()), Some("2.0".to_owned()), None]
    );
    let d0 = &card.domains[0];
    assert_eq!((d0.rated, d0.total, d0.rated_with_evidence), (2, 3, 1));
    assert_eq!(d0.phase_reached().map(Phase::number), Some(3));
    // (3.5 + 2.0) / 2 = 2.75, shown as 2.8.
    assert_eq!(card.overall.map(Maturity::tenths), Some(28));
    assert_eq!(card.rated_domains(), 2);
    assert_eq!(card.rated_questions(), 4);
    assert_eq!(card.completion().map(Ratio::percent), Some(57));
    // The unrated question's evidence and the unknown question do not count.
    assert_eq!(card.evidence_coverage(), Ratio::new(2, 4));
    assert_eq!(card.evidence_coverage().map(Ratio::percent), Some(50));
}

#[test]
fn domain_means_round_to_one_decimal() {
    let cases: [(&[Option<u8>], &str, u8); 5] = [
        (&[Some(1), Some(2), Some(2)], "1.7", 1),
        (&[Some(4), Some(4), Some(3)], "3.7", 3),
        (&[Some(1), Some(1), Some(2)], "1.3", 1),
        (&[Some(6), Some(6), Some(6)], "6.0", 6),
        (&[Some(5), None, Some(6)], "5.5", 5),
    ];
    let fw = framework(&[3]);
    for (phases, shown, reached) in cases {
        let ids = ["d0.q0", "d0.q1", "d0.q2"];
        let ratings: Vec<_> = ids.iter().zip(phases).map(|(id, p)| (*id, *p, 0)).collect();
        let card = score(&fw, &assessment_with(&fw, &ratings));
        let maturity = card.domains[0].maturity.unwrap();
        assert_eq!(maturity.to_string(), shown, "{phases:?}");
        assert_eq!(
            maturity.phase_reached().map(Phase::number),
            Some(reached),
            "{phases:?}"
        );
    }
}

#[test]
fn ratios_round_half_up() {
    assert_eq!(Ratio::new(2, 3).map(Ratio::percent), Some(67));
    assert_eq!(Ratio::new(1, 3).map(Ratio::percent), Some(33));
    assert_eq!(Ratio::new(1, 8).map(Ratio::percent), Some(13));
    assert_eq!(Ratio::new(1, 0), None);
}
