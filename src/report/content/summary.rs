//! The one-page leadership summary: the headline figures, what the phases mean, key messages
//! computed from the data, the profile (with the change since an earlier assessment) and the
//! next actions, overdue ones marked in words.

use time::Date;

use super::{Baseline, Placed, heading, maturity_text, paragraph, small, sorted_actions};
use crate::model::problems::parse_due_date;
use crate::model::{Assessment, Framework};
use crate::report::doc::{Bar, Block, Run};
use crate::scoring::compare::{self, DomainChange};
use crate::scoring::wording::{self, join_and, overdue, short_date};
use crate::scoring::{DomainScore, Maturity, Scorecard};

/// How many actions the summary lists at most.
const NEXT_ACTIONS: usize = 5;

/// How many key messages the summary gives at most.
const KEY_MESSAGES: usize = 5;

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
                    .map(change_words),
            })
            .collect(),
        change_header: baseline.map(|b| since(b.earlier)),
    });
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
        .scale
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

/// A domain's change in words: "+0.6", "no change", "newly rated", "not rated now", "–".
fn change_words(change: &DomainChange) -> String {
    match (change.change(), change.earlier, change.current) {
        (None, None, Some(_)) => "newly rated".to_owned(),
        (None, Some(_), None) => "not rated now".to_owned(),
        (tenths, ..) => wording::change(tenths),
    }
}

/// Three to five messages computed from the data, most telling first: the strongest and least
/// developed domains, the change since the earlier assessment, overdue actions, questions the
/// group has still to agree and domains not yet rated.
fn key_messages(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    baseline: Option<&Baseline<'_>>,
    date: Date,
) -> Vec<Vec<Run>> {
    let mut messages = extremes(framework, card);
    if let Some(baseline) = baseline {
        messages.push(change_message(baseline));
    }
    let open: Vec<Placed<'_>> = sorted_actions(framework, assessment)
        .into_iter()
        .filter(|a| a.action.status.is_open())
        .collect();
    let overdue = open
        .iter()
        .filter(|a| parse_due_date(&a.action.due).is_some_and(|due| due < date))
        .count();
    match overdue {
        0 => {}
        _ => messages.push(vec![
            Run::bold(if overdue == 1 {
                "1 open action is overdue".to_owned()
            } else {
                format!("{overdue} open actions are overdue")
            }),
            Run::plain(format!(" on {}: see Next actions below.", short_date(date))),
        ]),
    }
    let unagreed = card.unagreed_questions();
    if assessment.is_group() && unagreed > 0 {
        messages.push(vec![
            Run::bold(format!(
                "{unagreed} of {} rated questions",
                card.rated_questions()
            )),
            Run::plain(format!(
                " are still to be agreed by the {} assessors; until then their median phase counts.",
                assessment.assessors().len()
            )),
        ]);
    }
    let unrated: Vec<&str> = card
        .domains
        .iter()
        .filter(|d| d.maturity.is_none())
        .map(|d| d.title.as_str())
        .collect();
    if !unrated.is_empty() && unrated.len() < card.domains.len() {
        messages.push(vec![
            Run::bold("Not yet rated: "),
            Run::plain(format!(
                "{}, so {} not in the overall maturity.",
                join_and(&unrated),
                if unrated.len() == 1 {
                    "it is"
                } else {
                    "they are"
                }
            )),
        ]);
    }
    messages.truncate(KEY_MESSAGES);
    messages
}

/// The strongest and least developed domains, or why they cannot be named yet.
fn extremes(framework: &Framework, card: &Scorecard) -> Vec<Vec<Run>> {
    let rated: Vec<&DomainScore> = card
        .domains
        .iter()
        .filter(|d| d.maturity.is_some())
        .collect();
    if rated.is_empty() {
        return vec![vec![Run::plain(
            "No key question is rated yet: the profile fills in as the working group rates them.",
        )]];
    }
    if rated.len() < 2 {
        return vec![vec![Run::plain(
            "The strongest and least developed domains are named once two domains are rated.",
        )]];
    }
    let high = rated.iter().filter_map(|d| d.maturity).max();
    let low = rated.iter().filter_map(|d| d.maturity).min();
    let named = |label: &str, target: Option<Maturity>| {
        let names: Vec<&str> = rated
            .iter()
            .filter(|d| d.maturity == target)
            .map(|d| d.title.as_str())
            .collect();
        vec![
            Run::bold(label),
            Run::plain(format!(
                "{}, {}{}.",
                join_and(&names),
                if names.len() > 1 { "each " } else { "" },
                maturity_text(framework, target)
            )),
        ]
    };
    if high == low {
        return vec![named("Every rated domain is level: ", high)];
    }
    vec![named("Strongest: ", high), named("Least developed: ", low)]
}

/// The overall change and the largest change of a domain since the earlier assessment.
fn change_message(baseline: &Baseline<'_>) -> Vec<Run> {
    let c = &baseline.comparison;
    let mut runs = vec![Run::bold(
        match super::non_empty(&baseline.earlier.period) {
            Some(period) => format!("Since {period}: "),
            None => format!("Since {}: ", baseline.label),
        },
    )];
    let overall = match (c.overall_earlier, c.overall_current, c.overall_change()) {
        (Some(then), Some(now), Some(change)) => format!(
            "overall maturity {then} then, {now} now ({})",
            compare::describe_change(change)
        ),
        _ => "no overall change to show, as one of the two has no rated domain".to_owned(),
    };
    let largest = c
        .domains
        .iter()
        .filter_map(|d| Some((d, d.change()?)))
        .filter(|(_, change)| *change != 0)
        .max_by_key(|(_, change)| change.unsigned_abs());
    let text = match largest {
        Some((domain, change)) => format!(
            "{overall}; the largest change is {}, {} ({} to {}).",
            domain.title,
            compare::describe_change(change),
            domain.earlier.map(|m| m.to_string()).unwrap_or_default(),
            domain.current.map(|m| m.to_string()).unwrap_or_default(),
        ),
        None => format!("{overall}; no domain rated both times has changed."),
    };
    runs.push(Run::plain(text));
    runs
}

/// The next open actions, soonest due first, overdue ones marked; then how many more there
/// are and where.
fn next_actions(framework: &Framework, assessment: &Assessment, date: Date) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Next actions", false)];
    let open: Vec<Placed<'_>> = sorted_actions(framework, assessment)
        .into_iter()
        .filter(|a| a.action.status.is_open())
        .collect();
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
fn actions_table(open: &[Placed<'_>], shown: usize, date: Date) -> Vec<Block> {
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
                    if let Some(late) = parse_due_date(&a.action.due).and_then(|d| overdue(d, date))
                    {
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
