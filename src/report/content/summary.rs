//! The one-page leadership summary: the headline figures, what the phases mean, key messages
//! computed from the data, the profile (with the change since an earlier assessment) and the
//! next actions, overdue ones marked in words.

use time::Date;

use super::{Baseline, heading, maturity_text, paragraph, small};
use crate::model::{Assessment, Framework};
use crate::report::doc::{Bar, Block, Run};
use crate::scoring::read::{self, PlacedAction};
use crate::scoring::wording;
use crate::scoring::{Maturity, Scorecard};

/// How many actions the summary lists at most.
const NEXT_ACTIONS: usize = 5;

/// The heading of the section the summary's "and N more" points to.
pub(super) const ACTION_PLAN: &str = "Action plan";

/// The summary page's blocks.
pub(super) fn summary(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    baseline: Option<&Baseline<'_>>,
    date: Date,
) -> Vec<Block> {
    let mut blocks = vec![heading(1, "Summary", true)];
    blocks.push(paragraph(headline(framework, card)));
    blocks.push(small(legend(framework)));
    blocks.push(heading(2, "Key messages", false));
    blocks.push(Block::List {
        items: key_messages(framework, assessment, card, baseline, date),
    });
    blocks.push(super::radar(framework, card, baseline));
    blocks.push(Block::Bars {
        bars: card
            .domains
            .iter()
            .enumerate()
            .map(|(index, score)| Bar {
                label: score.title.clone(),
                value: score.maturity.map(Maturity::value),
                text: maturity_text(framework, score.maturity),
                change: baseline
                    .and_then(|b| b.comparison.domains.get(index))
                    .map(wording::domain_change_short),
            })
            .collect(),
        change_header: baseline.map(|b| since(b.earlier)),
    });
    if let Some(note) = baseline.and_then(|b| wording::apart_note(&b.comparison)) {
        blocks.push(small(vec![Run::plain(note)]));
    }
    blocks.extend(next_actions(framework, assessment, date));
    vec![Block::Wide(blocks)]
}

/// "Overall maturity 3.1 (Delivering), across 6 of 7 domains …".
fn headline(framework: &Framework, card: &Scorecard) -> Vec<Run> {
    let overall = match card.overall {
        Some(_) => format!(
            "Overall maturity {}",
            maturity_text(framework, card.overall)
        ),
        None => "Overall maturity not yet rated".to_owned(),
    };
    vec![
        Run::bold(overall),
        Run::plain(format!(
            ", across {} of {} domains and {} of {} key questions rated. Completion {}. Evidence coverage {} \
             ({} of {} rated questions have evidence).",
            card.rated_domains(),
            card.domains.len(),
            card.rated_questions(),
            card.total_questions(),
            wording::percent(card.completion()),
            wording::percent(card.evidence_coverage()),
            card.rated_with_evidence(),
            card.rated_questions(),
        )),
    ]
}

/// What the numbers mean: the six phases in one line, and how a maturity is read.
fn legend(framework: &Framework) -> Vec<Run> {
    let phases: Vec<String> = framework
        .scale()
        .phases
        .iter()
        .map(|p| format!("{}\u{a0}{}", p.number, p.name))
        .collect();
    vec![
        Run::bold("Phases of progress: "),
        Run::plain(format!(
            "{}. A maturity is a mean of phases: 3.1 has reached phase 3 and is moving towards 4.",
            phases.join(" · ")
        )),
    ]
}

/// "Since 2025–26", or "Change" when the earlier assessment names no period.
fn since(earlier: &Assessment) -> String {
    match super::non_empty(&earlier.period) {
        Some(period) => format!("Since {period}"),
        None => "Change".to_owned(),
    }
}

/// The key messages of the read model, their leads in bold.
fn key_messages(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    baseline: Option<&Baseline<'_>>,
    date: Date,
) -> Vec<Vec<Run>> {
    let since = baseline.map(|b| read::Since {
        name: read::since_name(b.earlier, &b.label),
        comparison: &b.comparison,
    });
    read::key_messages(framework, assessment, card, since.as_ref(), date)
        .into_iter()
        .map(|message| {
            let mut runs = Vec::new();
            if !message.lead.is_empty() {
                runs.push(Run::bold(message.lead));
            }
            runs.push(Run::plain(message.text));
            runs
        })
        .collect()
}

/// The next open actions, soonest due first, overdue ones marked; then how many more there
/// are and where.
fn next_actions(framework: &Framework, assessment: &Assessment, date: Date) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Next actions", false)];
    let open = read::open_actions(framework, assessment);
    if open.is_empty() {
        blocks.push(paragraph(vec![Run::italic("No open actions.")]));
        return blocks;
    }
    // As many as the page has room for: the summary stays one page.
    let versions = (0..=NEXT_ACTIONS.min(open.len()))
        .rev()
        .map(|shown| actions_table(&open, shown, date))
        .collect();
    blocks.push(Block::FirstThatFits(versions));
    blocks
}

/// The first `shown` of the `open` actions as a table, and a line saying how many more there
/// are and where.
fn actions_table(open: &[PlacedAction<'_>], shown: usize, date: Date) -> Vec<Block> {
    let mut blocks = Vec::new();
    if shown > 0 {
        blocks.push(Block::Table {
            header: super::column_names(&["Due", "Action", "Owner", "Question"]),
            widths: vec![1.7, 4.2, 1.7, 1.0],
            rows: open
                .iter()
                .take(shown)
                .map(|a| {
                    let mut due = vec![Run::plain(super::due_text(a.action))];
                    if let Some(late) = a.overdue(date) {
                        due.push(Run::bold(format!("\n{late}")));
                    }
                    vec![
                        due,
                        vec![Run::plain(super::or_dash(&a.action.description))],
                        vec![Run::plain(super::or_dash(&a.action.owner))],
                        vec![Run::plain(a.number.clone())],
                    ]
                })
                .collect(),
        });
    }
    let more = open.len().saturating_sub(shown);
    if more > 0 {
        let lead = match (shown, more) {
            (0, 1) => "1 open action is in the ".to_owned(),
            (0, _) => format!("{more} open actions are in the "),
            (_, 1) => "1 more open action is in the ".to_owned(),
            _ => format!("{more} more open actions are in the "),
        };
        blocks.push(small(vec![
            Run::plain(lead),
            Run::section_ref(ACTION_PLAN),
            Run::plain("."),
        ]));
    }
    blocks
}
