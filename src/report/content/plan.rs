//! The action plan, and every action in the order people act on them.

use time::Date;

use super::{column_names, heading, or_dash, paragraph, summary};
use crate::model::problems::parse_due_date;
use crate::model::{Action, Assessment, Framework};
use crate::report::doc::{Block, Cell, Run};
use crate::scoring::read::{self, PlacedAction};
use crate::scoring::wording;

/// A due date as people write it ("20 Jan 2027"); a date that does not read is shown as typed.
pub(super) fn due_text(action: &Action) -> String {
    parse_due_date(&action.due).map_or_else(|| or_dash(&action.due), wording::short_date)
}

/// The action plan: open actions first, soonest due first, then the done ones apart; each
/// names its question by number, so rows stay short.
pub(super) fn action_plan(
    framework: &Framework,
    assessment: &Assessment,
    date: Date,
) -> Vec<Block> {
    let actions = read::actions(framework, assessment);
    let mut blocks = vec![Block::PageBreak, heading(1, summary::ACTION_PLAN, true)];
    if actions.is_empty() {
        blocks.push(paragraph(vec![Run::italic("No actions recorded yet.")]));
        return blocks;
    }
    let (open, done): (Vec<&PlacedAction<'_>>, Vec<&PlacedAction<'_>>) =
        actions.iter().partition(|a| a.action.status.is_open());
    blocks.push(paragraph(vec![Run::plain(format!(
        "{} recorded: {} open and {} done. Open actions come first, soonest due first (those without a \
         date last); each names its key question by number.",
        count(actions.len(), "action", "actions"),
        open.len(),
        done.len(),
    ))]));
    let row = |a: &&PlacedAction<'_>, with_status: bool| -> Vec<Cell> {
        let mut question = vec![Run::plain(a.number.clone())];
        if a.domain.is_none() {
            question.push(Run::italic("\nnot in this version of the framework"));
        }
        let mut due = vec![Run::plain(due_text(a.action))];
        if with_status && let Some(late) = a.overdue(date) {
            due.push(Run::bold(format!("\n{late}")));
        }
        let mut row = vec![
            question,
            vec![Run::plain(or_dash(&a.action.description))],
            vec![Run::plain(or_dash(&a.action.owner))],
            due,
        ];
        if with_status {
            row.push(vec![Run::plain(a.action.status.label())]);
        }
        row
    };
    blocks.push(heading(2, "Open actions", false));
    if open.is_empty() {
        blocks.push(paragraph(vec![Run::italic("Every action is done.")]));
    } else {
        blocks.push(Block::Table {
            header: column_names(&["Question", "Action", "Owner", "Due", "Status"]),
            // Wide enough for a name, a date, "5 weeks overdue" and "In progress" at 9 pt.
            widths: vec![1.1, 3.9, 1.8, 2.0, 1.3],
            rows: open.iter().map(|a| row(a, true)).collect(),
        });
    }
    if !done.is_empty() {
        blocks.push(heading(2, "Done", false));
        blocks.push(Block::Table {
            header: column_names(&["Question", "Action", "Owner", "Was due"]),
            widths: vec![1.1, 5.2, 1.8, 2.0],
            rows: done.iter().map(|a| row(a, false)).collect(),
        });
    }
    blocks
}

/// "1 action", "3 actions".
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
