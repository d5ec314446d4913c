//! What changed since an earlier assessment: domains, questions that moved, earlier actions.

use super::{
    Baseline, Column, column_names, heading, like_for_like, maturity_or_dash, numbered_questions,
    or_dash, paragraph, slot, small, styled,
};
use crate::model::Framework;
use crate::report::doc::{Block, Cell, Run, Weight};
use crate::scoring::compare::{self, Comparison};
use crate::scoring::wording;
use crate::tr;

/// What changed since the earlier assessment.
pub(super) fn changes(framework: &Framework, baseline: &Baseline<'_>) -> Vec<Block> {
    let c = &baseline.comparison;
    let mut blocks = vec![
        Block::PageBreak,
        heading(
            1,
            tr!("report-change-since", earlier = &baseline.label),
            true,
        ),
    ];
    for warning in compare::warnings(framework, baseline.current, baseline.earlier) {
        blocks.push(small(vec![Run::italic(tr!(
            "report-change-note",
            warning = warning
        ))]));
    }
    let mut rows: Vec<Vec<Cell>> = c
        .domains
        .iter()
        .map(|d| {
            vec![
                vec![Run::plain(d.title.clone())],
                vec![Run::plain(maturity_or_dash(d.earlier))],
                vec![Run::plain(maturity_or_dash(d.current))],
                vec![Run::plain(wording::domain_change(d))],
            ]
        })
        .collect();
    rows.push(vec![
        vec![Run::bold(tr!("report-overall"))],
        vec![Run::bold(maturity_or_dash(c.overall_earlier))],
        vec![Run::bold(maturity_or_dash(c.overall_current))],
        vec![Run::bold(wording::overall_change(c))],
    ]);
    blocks.push(Block::Table {
        header: column_names(&[Column::Domain, Column::Earlier, Column::Now, Column::Change]),
        widths: vec![3.4, 1.0, 1.0, 2.8],
        rows,
    });
    blocks.push(small(vec![Run::italic(like_for_like())]));
    blocks.push(heading(2, tr!("report-questions-moved"), false));
    let question_name = |id: &crate::model::QuestionId| question_label(framework, id);
    if c.moved.is_empty() {
        blocks.push(paragraph(vec![Run::italic(tr!(
            "report-no-question-moved"
        ))]));
    } else {
        blocks.push(Block::Table {
            header: column_names(&[
                Column::Question,
                Column::Earlier,
                Column::Now,
                Column::Change,
            ]),
            widths: vec![4.0, 1.2, 1.2, 1.2],
            rows: c
                .moved
                .iter()
                .map(|m| {
                    vec![
                        vec![Run::plain(question_name(&m.question_id))],
                        vec![Run::plain(maturity_or_dash(m.earlier))],
                        vec![Run::plain(maturity_or_dash(m.current))],
                        vec![Run::plain(wording::question_change(m.earlier, m.current))],
                    ]
                })
                .collect(),
        });
    }
    blocks.extend(earlier_actions(framework, c));
    blocks
}

/// "2.2 What economic impact do we have now?", or the id of a question the framework lacks.
pub(super) fn question_label(framework: &Framework, id: &crate::model::QuestionId) -> String {
    numbered_questions(framework)
        .into_iter()
        .find(|(_, _, q)| &q.id == id)
        .map_or_else(
            || id.to_string(),
            |(n, _, q)| tr!("report-question-label", number = n, question = &q.text),
        )
}

/// The earlier assessment's actions and where they stand, and the questions in only one of
/// the two assessments.
pub(super) fn earlier_actions(framework: &Framework, c: &Comparison) -> Vec<Block> {
    let question_name = |id: &crate::model::QuestionId| question_label(framework, id);
    let mut blocks = Vec::new();
    blocks.push(heading(2, tr!("report-earlier-actions"), false));
    if c.actions.is_empty() {
        blocks.push(paragraph(vec![Run::italic(tr!(
            "report-no-earlier-actions"
        ))]));
    } else {
        blocks.push(Block::Table {
            header: column_names(&[
                Column::Action,
                Column::Question,
                Column::Owner,
                Column::Then,
                Column::Now,
            ]),
            widths: vec![3.4, 2.6, 1.5, 1.2, 1.4],
            rows: c
                .actions
                .iter()
                .map(|a| {
                    vec![
                        vec![Run::plain(or_dash(&a.description))],
                        vec![Run::plain(question_name(&a.question_id))],
                        vec![Run::plain(or_dash(&a.owner))],
                        vec![Run::plain(a.earlier.label())],
                        vec![match a.now {
                            Some(status) => Run::plain(status.label()),
                            None => Run::italic(tr!("report-action-gone")),
                        }],
                    ]
                })
                .collect(),
        });
    }
    if !c.only_earlier.is_empty() || !c.only_current.is_empty() {
        blocks.push(heading(2, tr!("report-questions-in-one"), false));
        let mut items: Vec<Vec<Run>> = c
            .only_earlier
            .iter()
            .map(|(id, value)| {
                let text = tr!(
                    "report-only-earlier",
                    question = slot(0),
                    maturity = maturity_or_dash(*value)
                );
                styled(&text, Weight::Regular, vec![Run::bold(id.to_string())])
            })
            .collect();
        items.extend(c.only_current.iter().map(|id| {
            let text = tr!("report-only-now", question = slot(0));
            styled(&text, Weight::Regular, vec![Run::bold(question_name(id))])
        }));
        blocks.push(Block::List { items });
    }
    blocks
}
