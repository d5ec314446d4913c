//! A group assessment's ratings: who rated, what is agreed, and the widest disagreements as
//! talking points.

use super::{
    Column, TALKING_POINTS, column_names, heading, listed, numbered_questions, paragraph, slot,
    small, styled,
};
use crate::model::{Assessment, Framework, Question, Response};
use crate::report::doc::{Block, Run, Weight};
use crate::scoring::{self as scores, Basis, Scorecard, read, wording};
use crate::tr;

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

/// "3–5, median 4.0, 2 phases apart" (the wording of scores).
pub(super) use crate::scoring::wording::spread as spread_text;

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
        paragraph(vec![Run::plain(wording::group_note(&read::group_note(
            assessment, card,
        )))]),
    ];
    let rated: Vec<(String, &Question, &Response, scores::Spread)> = numbered_questions(framework)
        .into_iter()
        .filter_map(|(number, _, question)| {
            let response = assessment.response(&question.id)?;
            Some((number, question, response, scores::spread(response)?))
        })
        .collect();
    // The talking points, as the app lists them.
    let wide = read::talking_points(framework, assessment);
    blocks.push(heading(2, tr!("report-widest"), false));
    if wide.is_empty() {
        blocks.push(paragraph(vec![Run::italic(wording::no_talking_points())]));
    } else {
        blocks.push(paragraph(vec![Run::plain(tr!(
            "report-wide-intro",
            wide = scores::WIDE_SPREAD
        ))]));
        blocks.push(Block::List {
            items: wide
                .iter()
                .take(TALKING_POINTS)
                .map(|point| {
                    let (number, question) = (&point.number, point.question);
                    let ratings = assessment
                        .response(&question.id)
                        .map(ratings_text)
                        .unwrap_or_default();
                    let text = tr!(
                        "report-talking-point",
                        question = slot(0),
                        spread = spread_text(&point.spread),
                        ratings = ratings
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
