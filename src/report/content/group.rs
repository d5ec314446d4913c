//! A group assessment's ratings: who rated, what is agreed, and the widest disagreements as
//! talking points.

use super::{
    Column, TALKING_POINTS, column_names, heading, listed, numbered_questions, paragraph, slot,
    small, styled,
};
use crate::model::{Assessment, Framework, Question, Response};
use crate::report::doc::{Block, Run, Weight};
use crate::scoring::{self as scores, Basis, Scorecard};
use crate::tr;

/// How many assessors a group assessment combines, and how many questions are agreed.
pub(super) fn group_note(assessment: &Assessment, card: &Scorecard) -> String {
    let assessors = assessment.assessors();
    let names = listed(
        assessors.iter().map(|name| (*name).to_owned()),
        |init, next| tr!("report-group-names", init = init, next = next),
    );
    tr!(
        "report-group-note",
        assessors = assessors.len(),
        names = names,
        unagreed = card.unagreed_questions(),
        rated = card.rated_questions()
    )
}

/// "Alys 3 · Bryn 5 · Cai 4".
pub(super) fn ratings_text(response: &Response) -> String {
    listed(
        response
            .ratings
            .iter()
            .map(|(name, phase)| tr!("report-rating", name = name.trim(), phase = phase.number())),
        |init, next| tr!("report-ratings", init = init, next = next),
    )
}

/// "3–5, median 4.0, 2 phases apart".
pub(super) fn spread_text(spread: &scores::Spread) -> String {
    if spread.assessors == 1 {
        return tr!("report-spread-one", phase = spread.lowest.number());
    }
    tr!(
        "report-spread",
        lowest = spread.lowest.number(),
        highest = spread.highest.number(),
        median = spread.median.to_string(),
        apart = crate::scoring::wording::phases_apart(spread.apart())
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
        heading(1, tr!("report-group-ratings"), true),
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
    blocks.push(heading(2, tr!("report-widest"), false));
    if wide.is_empty() {
        blocks.push(paragraph(vec![Run::italic(tr!(
            "report-no-wide",
            wide = scores::WIDE_SPREAD
        ))]));
    } else {
        blocks.push(paragraph(vec![Run::plain(tr!(
            "report-wide-intro",
            wide = scores::WIDE_SPREAD
        ))]));
        blocks.push(Block::List {
            items: wide
                .iter()
                .take(TALKING_POINTS)
                .map(|(number, question, response, spread)| {
                    let text = tr!(
                        "report-talking-point",
                        question = slot(0),
                        spread = spread_text(spread),
                        ratings = ratings_text(response)
                    );
                    let label = tr!(
                        "report-question-label",
                        number = number,
                        question = &question.text
                    );
                    styled(&text, Weight::Regular, vec![Run::bold(label)])
                })
                .collect(),
        });
        if wide.len() > TALKING_POINTS {
            blocks.push(small(vec![Run::italic(tr!(
                "report-more-talking-points",
                count = wide.len() - TALKING_POINTS
            ))]));
        }
    }
    blocks.push(heading(2, tr!("report-every-rating"), false));
    blocks.push(Block::Table {
        header: column_names(&[
            Column::Question,
            Column::Ratings,
            Column::Spread,
            Column::ScoredAs,
        ]),
        widths: vec![3.4, 2.6, 2.0, 1.6],
        rows: rated
            .iter()
            .map(|(number, question, response, spread)| {
                let scored = match scores::question_score(response) {
                    Some(s) if s.basis == Basis::Median => {
                        tr!("report-scored-median", value = s.value.to_string())
                    }
                    Some(s) => tr!("report-scored-agreed", value = s.value.to_string()),
                    None => tr!("report-scored-none"),
                };
                vec![
                    vec![Run::plain(tr!(
                        "report-question-label",
                        number = number,
                        question = &question.text
                    ))],
                    vec![Run::plain(ratings_text(response))],
                    vec![Run::plain(spread_text(spread))],
                    vec![Run::plain(scored)],
                ]
            })
            .collect(),
    });
    blocks
}
