//! The action plan, and every action in the order people act on them.

use time::Date;

use super::{column_names, heading, numbered_questions, or_dash, paragraph, summary};
use crate::model::problems::parse_due_date;
use crate::model::{Action, Assessment, Framework};
use crate::report::doc::{Block, Cell, Run};
use crate::scoring::wording;

/// An action with where it belongs.
pub(super) struct Placed<'a> {
    /// The question's number ("2.2"), or its id when the framework does not have it.
    pub(super) number: String,
    /// The domain's title, or that the question is not in this version of the framework.
    pub(super) domain: &'a str,
    pub(super) action: &'a Action,
}

/// Where the actions of answers to questions the framework does not have are filed.
pub(super) const NOT_IN_FRAMEWORK: &str = "Not in this version of the framework";

/// Every action, soonest due first; undated and unreadable dates last, then framework order.
/// Actions of answers to questions the framework does not have are included, marked.
pub(super) fn sorted_actions<'a>(
    framework: &'a Framework,
    assessment: &'a Assessment,
) -> Vec<Placed<'a>> {
    let numbers: std::collections::HashMap<&crate::model::QuestionId, String> =
        numbered_questions(framework)
            .into_iter()
            .map(|(number, _, question)| (&question.id, number))
            .collect();
    let known = assessment
        .actions_in(framework)
        .map(move |(domain, question, action)| Placed {
            number: numbers.get(&question.id).cloned().unwrap_or_default(),
            domain: &domain.title,
            action,
        });
    let unknown = assessment
        .unknown_questions(framework)
        .filter_map(|id| Some((id, assessment.response(id)?)))
        .flat_map(|(id, response)| {
            response.actions.iter().map(move |action| Placed {
                number: id.to_string(),
                domain: NOT_IN_FRAMEWORK,
                action,
            })
        });
    let mut placed: Vec<(usize, Placed<'a>)> = known.chain(unknown).enumerate().collect();
    placed.sort_by_key(|(order, p)| {
        let due = parse_due_date(&p.action.due);
        (due.is_none(), due, *order)
    });
    placed.into_iter().map(|(_, p)| p).collect()
}

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
    let actions = sorted_actions(framework, assessment);
    let mut blocks = vec![Block::PageBreak, heading(1, summary::ACTION_PLAN, true)];
    if actions.is_empty() {
        blocks.push(paragraph(vec![Run::italic("No actions recorded yet.")]));
        return blocks;
    }
    let (open, done): (Vec<&Placed<'_>>, Vec<&Placed<'_>>) =
        actions.iter().partition(|a| a.action.status.is_open());
    blocks.push(paragraph(vec![Run::plain(format!(
        "{} recorded: {} open and {} done. Open actions come first, soonest due first (those without a \
         date last); each names its key question by number.",
        count(actions.len(), "action", "actions"),
        open.len(),
        done.len(),
    ))]));
    let row = |a: &&Placed<'_>, with_status: bool| -> Vec<Cell> {
        let mut question = vec![Run::plain(a.number.clone())];
        if a.domain == NOT_IN_FRAMEWORK {
            question.push(Run::italic("\nnot in this version of the framework"));
        }
        let mut due = vec![Run::plain(due_text(a.action))];
        if with_status
            && let Some(late) =
                parse_due_date(&a.action.due).and_then(|d| wording::overdue(d, date))
        {
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
