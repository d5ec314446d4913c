//! The action plan, and every action in the order people act on them.

use time::Date;

use super::{Column, column_names, heading, or_dash, paragraph, summary};
use crate::i18n::{self, DateStyle};
use crate::model::dates::read_date;
use crate::model::{Action, Assessment, Framework};
use crate::report::doc::{Block, Cell, Run};
use crate::scoring::read::{self, PlacedAction};
use crate::tr;

/// A due date in the style of tables ("20 Jan 2027"), however it was typed ("2027-01-20",
/// "20/01/2027"); a date that does not read is shown as typed.
pub(super) fn due_text(action: &Action) -> String {
    read_date(&action.due).map_or_else(
        || or_dash(&action.due),
        |due| i18n::date(due, DateStyle::Short),
    )
}

/// An action's description as a table shows it, in the answers' language (`answers`), and in a
/// group file whose version it is (in the report's language).
pub(super) fn action_cell(action: &PlacedAction<'_>, answers: Option<&str>) -> Vec<Run> {
    let mut cell = vec![Run::plain(or_dash(&action.action.description)).in_language(answers)];
    cell.extend(action.version().map(Run::plain));
    cell
}

/// How an action's question is named in a table: its number ("2.2"), or, for an answer to a
/// question the framework does not have, its number in the appendix ("Answer 2"), never its id.
pub(super) fn question_ref(
    framework: &Framework,
    assessment: &Assessment,
    action: &PlacedAction<'_>,
) -> String {
    if action.domain.is_some() {
        return action.number.clone();
    }
    super::method::appendix_number(framework, assessment, &action.number).map_or_else(
        || action.number.clone(),
        |number| tr!("report-appendix-answer", number = number),
    )
}

/// The action plan: open actions first, soonest due first, then the done ones apart; each
/// names its question by number, so rows stay short.
pub(super) fn action_plan(
    framework: &Framework,
    assessment: &Assessment,
    date: Date,
) -> Vec<Block> {
    let actions = read::actions(framework, assessment);
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, summary::action_plan_heading(), true),
    ];
    if actions.is_empty() {
        blocks.push(paragraph(vec![Run::italic(tr!("report-no-actions"))]));
        return blocks;
    }
    let (open, done): (Vec<&PlacedAction<'_>>, Vec<&PlacedAction<'_>>) =
        actions.iter().partition(|a| a.action.status.is_open());
    blocks.push(paragraph(vec![Run::plain(tr!(
        "report-plan-intro",
        count = actions.len(),
        open = open.len(),
        done = done.len()
    ))]));
    // The actions are the user's words, in the answers' language.
    let answers = super::answers_part(assessment);
    let row = |a: &&PlacedAction<'_>, with_status: bool| -> Vec<Cell> {
        let mut question = vec![Run::plain(question_ref(framework, assessment, a))];
        if a.domain.is_none() {
            // On a line of its own under the answer's number.
            question.push(Run::italic(format!(
                "\n{}",
                tr!("report-plan-not-in-framework")
            )));
        }
        let mut due = vec![Run::plain(due_text(a.action))];
        if with_status && let Some(late) = a.overdue(date) {
            due.push(Run::bold(format!("\n{late}")));
        }
        let mut row = vec![
            question,
            action_cell(a, answers.as_deref()),
            vec![Run::plain(or_dash(&a.action.owner))],
            due,
        ];
        if with_status {
            row.push(vec![Run::plain(a.action.status.label())]);
        }
        row
    };
    blocks.push(heading(2, tr!("report-open-actions"), false));
    if open.is_empty() {
        blocks.push(paragraph(vec![Run::italic(tr!(
            "report-every-action-done"
        ))]));
    } else {
        blocks.push(Block::Table {
            header: column_names(&[
                Column::Question,
                Column::Action,
                Column::Owner,
                Column::Due,
                Column::Status,
            ]),
            // Wide enough for a name, a date, "5 weeks overdue" and "In progress" at 9 pt.
            widths: vec![1.1, 3.9, 1.8, 2.0, 1.3],
            rows: open.iter().map(|a| row(a, true)).collect(),
        });
    }
    if !done.is_empty() {
        blocks.push(heading(2, tr!("report-done"), false));
        blocks.push(Block::Table {
            header: column_names(&[
                Column::Question,
                Column::Action,
                Column::Owner,
                Column::WasDue,
            ]),
            widths: vec![1.1, 5.2, 1.8, 2.0],
            rows: done.iter().map(|a| row(a, false)).collect(),
        });
    }
    blocks
}
