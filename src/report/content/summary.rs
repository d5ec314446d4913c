//! The one-page leadership summary: the headline figures, what the phases mean, key messages
//! computed from the data, the profile (with the change since an earlier assessment) and the
//! next actions, overdue ones marked in words.

use time::Date;

use super::{Baseline, Column, heading, listed, maturity_text, paragraph, slot, small, styled};
use crate::model::{Assessment, Framework};
use crate::report::doc::{Bar, Block, Run, Weight};
use crate::scoring::read::{self, PlacedAction};
use crate::scoring::wording;
use crate::scoring::{Maturity, Scorecard};
use crate::tr;

/// How many actions the summary lists at most when the page has room, unless more are overdue
/// (every overdue action is listed).
const NEXT_ACTIONS: usize = 8;

/// The heading of the section the summary's "and N more" points to.
pub(super) fn action_plan_heading() -> String {
    tr!("report-action-plan")
}

/// The summary page's blocks.
pub(super) fn summary(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    baseline: Option<&Baseline<'_>>,
    date: Date,
) -> Vec<Block> {
    let mut blocks = vec![heading(1, tr!("report-summary"), true)];
    blocks.push(paragraph(headline(framework, card)));
    blocks.push(small(legend(framework)));
    blocks.push(heading(2, tr!("report-key-messages"), false));
    blocks.push(Block::List {
        items: key_messages(framework, assessment, card, baseline, date),
    });
    blocks.push(super::radar(card, baseline));
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
        Some(_) => tr!(
            "report-overall-lead",
            maturity = maturity_text(framework, card.overall)
        ),
        None => tr!("report-overall-lead-unrated"),
    };
    let text = tr!(
        "report-headline",
        lead = slot(0),
        rated_domains = card.rated_domains(),
        domains = card.domains.len(),
        rated = card.rated_questions(),
        questions = card.total_questions(),
        completion = wording::percent(card.completion()),
        coverage = wording::percent(card.evidence_coverage()),
        with_evidence = card.rated_with_evidence()
    );
    styled(&text, Weight::Regular, vec![Run::bold(overall)])
}

/// What the numbers mean: the six phases in one line, and how a maturity is read.
fn legend(framework: &Framework) -> Vec<Run> {
    let phases = listed(
        framework.scale().phases.iter().map(|p| {
            tr!(
                "report-legend-phase",
                number = p.number.number(),
                name = &p.name
            )
        }),
        |init, next| tr!("report-legend-phases", init = init, next = next),
    );
    let text = tr!("report-legend", lead = slot(0), phases = phases);
    styled(
        &text,
        Weight::Regular,
        vec![Run::bold(tr!("report-legend-lead"))],
    )
}

/// "Since 2025–26", or "Change" when the earlier assessment names no period.
fn since(earlier: &Assessment) -> String {
    match super::non_empty(&earlier.period) {
        Some(period) => tr!("report-since", period = period),
        None => tr!("report-column-change"),
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
    let open = read::open_actions(framework, assessment);
    if open.is_empty() {
        return vec![
            heading(2, tr!("report-next-actions"), false),
            paragraph(vec![Run::italic(tr!("report-no-open-actions"))]),
        ];
    }
    // Every overdue action, and as many more as the page has room for: the summary stays one
    // page. (Open actions come soonest due first, so the overdue ones are the first rows.)
    let overdue = open.iter().filter(|a| a.overdue(date).is_some()).count();
    let most = NEXT_ACTIONS.max(overdue).min(open.len());
    let mut versions: Vec<Vec<Block>> = (overdue.min(most)..=most)
        .rev()
        .map(|shown| actions_table(framework, assessment, &open, shown, date))
        .collect();
    // When not even the overdue ones fit as a table, they are listed a line each, small, under
    // a lead in place of the heading.
    if overdue > 0 {
        versions.push(overdue_lines(framework, assessment, &open, overdue, date));
    }
    vec![Block::FirstThatFits(versions)]
}

/// The first `overdue` of the `open` actions (the overdue ones) a line each, in small type, and
/// how many more there are and where: the summary's most compact list of what is late.
fn overdue_lines(
    framework: &Framework,
    assessment: &Assessment,
    open: &[PlacedAction<'_>],
    overdue: usize,
    date: Date,
) -> Vec<Block> {
    let lines: Vec<String> = open
        .iter()
        .take(overdue)
        .map(|a| {
            // With whose version it is, as in every list of actions.
            let action =
                super::or_dash(&a.action.description) + a.version().as_deref().unwrap_or_default();
            tr!(
                "report-overdue-line",
                due = super::due_text(a.action),
                late = a.overdue(date).unwrap_or_default(),
                action = action,
                owner = super::or_dash(&a.action.owner),
                question = super::question_ref(framework, assessment, a)
            )
        })
        .collect();
    let mut blocks = vec![small(vec![
        Run::bold(tr!("report-next-actions")),
        Run::plain(format!("\n{}", lines.join("\n"))),
    ])];
    blocks.extend(more_line(open.len(), overdue));
    blocks
}

/// "3 more open actions are in the Action plan, page 20", when some are not listed.
fn more_line(open: usize, shown: usize) -> Option<Block> {
    let more = open.saturating_sub(shown);
    (more > 0).then(|| {
        let text = tr!(
            "report-more-actions",
            shown = shown,
            more = more,
            section = slot(0)
        );
        small(styled(
            &text,
            Weight::Regular,
            vec![Run::section_ref(action_plan_heading())],
        ))
    })
}

/// The heading, the first `shown` of the `open` actions as a table, and a line saying how many
/// more there are and where.
fn actions_table(
    framework: &Framework,
    assessment: &Assessment,
    open: &[PlacedAction<'_>],
    shown: usize,
    date: Date,
) -> Vec<Block> {
    let answers = super::answers_part(assessment);
    let mut blocks = vec![heading(2, tr!("report-next-actions"), false)];
    if shown > 0 {
        blocks.push(Block::Table {
            header: super::column_names(&[
                Column::Due,
                Column::Action,
                Column::Owner,
                Column::Question,
            ]),
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
                        super::action_cell(a, answers.as_deref()),
                        vec![Run::plain(super::or_dash(&a.action.owner))],
                        vec![Run::plain(super::question_ref(framework, assessment, a))],
                    ]
                })
                .collect(),
        });
    }
    blocks.extend(more_line(open.len(), shown));
    blocks
}
