//! A group assessment's ratings: who rated, what is agreed, and the widest disagreements as
//! talking points.

use std::fmt::Write as _;

use super::{TALKING_POINTS, column_names, heading, numbered_questions, paragraph, small};
use crate::model::{Assessment, Framework, Question, Response};
use crate::report::doc::{Block, Run};
use crate::scoring::{self as scores, Basis, Scorecard};

/// How many assessors a group assessment combines, and how many questions are agreed.
pub(super) fn group_note(assessment: &Assessment, card: &Scorecard) -> String {
    let assessors = assessment.assessors();
    let unagreed = card.unagreed_questions();
    let mut note = format!(
        "Group assessment with ratings from {} assessors ({}).",
        assessors.len(),
        assessors.iter().copied().collect::<Vec<_>>().join(", ")
    );
    if unagreed > 0 {
        let _ = write!(
            note,
            " {unagreed} of {} rated questions are not yet agreed: until the group agrees a phase, the median of \
             the assessors’ phases is used.",
            card.rated_questions()
        );
    } else {
        note.push_str(" Every rated question has an agreed phase.");
    }
    note
}

/// "Alys 3 · Bryn 5 · Cai 4".
pub(super) fn ratings_text(response: &Response) -> String {
    response
        .ratings
        .iter()
        .map(|(name, phase)| format!("{} {}", name.trim(), phase.number()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "3–5, median 4.0, 2 phases apart".
pub(super) fn spread_text(spread: &scores::Spread) -> String {
    if spread.assessors == 1 {
        return format!("one rating, {}", spread.lowest.number());
    }
    let apart = crate::scoring::wording::phases_apart(spread.apart());
    format!(
        "{}–{}, median {}, {apart}",
        spread.lowest.number(),
        spread.highest.number(),
        spread.median
    )
}

/// The group's ratings: every question's spread, and the widest disagreements first, as
/// talking points for the next workshop.
pub(super) fn group_ratings(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
) -> Vec<Block> {
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, "Group ratings", true),
        paragraph(vec![Run::plain(group_note(assessment, card))]),
    ];
    let rated: Vec<(String, &Question, &Response, scores::Spread)> = numbered_questions(framework)
        .into_iter()
        .filter_map(|(number, _, question)| {
            let response = assessment.response(&question.id)?;
            Some((number, question, response, scores::spread(response)?))
        })
        .collect();
    let mut wide: Vec<&(String, &Question, &Response, scores::Spread)> = rated
        .iter()
        .filter(|(_, _, response, _)| scores::to_talk_through(response).is_some())
        .collect();
    wide.sort_by_key(|(.., s)| std::cmp::Reverse(s.apart()));
    blocks.push(heading(2, "Widest disagreements", false));
    if wide.is_empty() {
        blocks.push(paragraph(vec![Run::italic(format!(
            "No question still to agree has assessors {} or more phases apart.",
            scores::WIDE_SPREAD
        ))]));
    } else {
        blocks.push(paragraph(vec![Run::plain(format!(
            "Questions not yet agreed where assessors are {} or more phases apart, widest first: talking points for the \
             next workshop.",
            scores::WIDE_SPREAD
        ))]));
        blocks.push(Block::List {
            items: wide
                .iter()
                .take(TALKING_POINTS)
                .map(|(number, question, response, spread)| {
                    vec![
                        Run::bold(format!("{number} {}", question.text)),
                        Run::plain(format!(
                            " — {} ({})",
                            spread_text(spread),
                            ratings_text(response)
                        )),
                    ]
                })
                .collect(),
        });
        if wide.len() > TALKING_POINTS {
            blocks.push(small(vec![Run::italic(format!(
                "{} more in the table below.",
                wide.len() - TALKING_POINTS
            ))]));
        }
    }
    blocks.push(heading(2, "Every question’s ratings", false));
    blocks.push(Block::Table {
        header: column_names(&["Question", "Ratings", "Spread", "Scored as"]),
        widths: vec![3.4, 2.6, 2.0, 1.6],
        rows: rated
            .iter()
            .map(|(number, question, response, spread)| {
                let scored = match scores::question_score(response) {
                    Some(s) if s.basis == Basis::Median => {
                        format!("{} (median, not agreed)", s.value)
                    }
                    Some(s) => format!("{} (agreed)", s.value),
                    None => "not rated".to_owned(),
                };
                vec![
                    vec![Run::plain(format!("{number} {}", question.text))],
                    vec![Run::plain(ratings_text(response))],
                    vec![Run::plain(spread_text(spread))],
                    vec![Run::plain(scored)],
                ]
            })
            .collect(),
    });
    blocks
}
