//! What the report says: the cover, the one-page leadership summary, a section per domain, the
//! action plan and the method, built from the scores every other part of the workbook uses.

use time::Date;

mod changes;
mod cover;
mod group;
mod method;
mod plan;
mod questions;
mod summary;

use changes::changes;
use cover::{COVER_TEAM, about, cover};
use group::{group_ratings, ratings_text, spread_text};
use method::{method, unknown_answers};
use plan::{action_plan, due_text};
use questions::{domain_section, response_blocks};

use super::doc::{Block, ChartAxis, ReportDoc, Run, TextSize};
use crate::model::{Assessment, Framework};
use crate::scoring::compare::{self, Comparison};
use crate::scoring::read::numbered_questions;
use crate::scoring::wording;
use crate::scoring::{self as scores, Maturity, Scorecard};

/// How many questions the list of widest disagreements holds at most.
const TALKING_POINTS: usize = 8;

/// Builds the report of `assessment`, exported on `date`.
pub fn build(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    date: Date,
) -> ReportDoc {
    build_with_baseline(framework, assessment, card, None, date)
}

/// An earlier assessment and what changed since.
struct Baseline<'a> {
    label: String,
    comparison: Comparison,
    earlier: &'a Assessment,
    current: &'a Assessment,
}

/// How an assessment is named in the report: its title and period, or "the earlier assessment".
pub fn assessment_label(assessment: &Assessment) -> String {
    let parts: Vec<&str> = [assessment.title.trim(), assessment.period.trim()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        "the earlier assessment".to_owned()
    } else {
        parts.join(" ")
    }
}

/// Builds the report, compared with an earlier assessment when `baseline` is given.
pub fn build_with_baseline(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    baseline: Option<&Assessment>,
    date: Date,
) -> ReportDoc {
    let baseline = baseline.map(|earlier| Baseline {
        label: assessment_label(earlier),
        comparison: compare::compare_scored(
            framework,
            assessment,
            card,
            earlier,
            scores::score(framework, earlier),
        ),
        earlier,
        current: assessment,
    });
    let title = non_empty(&assessment.title)
        .unwrap_or("Civic impact self-assessment")
        .to_owned();
    let institution = non_empty(&assessment.institution)
        .unwrap_or("Institution not named")
        .to_owned();
    let full_title = match non_empty(&assessment.period) {
        Some(period) => format!("{title} {period}"),
        None => title.clone(),
    };
    let mut body = summary::summary(framework, assessment, card, baseline.as_ref(), date);
    let contents_at = body.len();
    if assessment.team.len() > COVER_TEAM {
        body.extend(about(assessment));
    }
    if let Some(baseline) = &baseline {
        body.extend(changes(framework, baseline));
    }
    if assessment.is_group() {
        body.extend(group_ratings(framework, assessment, card));
    }
    for (index, domain) in framework.domains().iter().enumerate() {
        let score = card.domains.get(index);
        body.extend(domain_section(framework, assessment, index, domain, score));
    }
    body.extend(action_plan(framework, assessment, date));
    body.extend(method(framework, assessment, baseline.as_ref()));
    body.extend(unknown_answers(framework, assessment));
    let entries: Vec<String> = super::doc::flatten(&body)
        .into_iter()
        .filter_map(|block| match block {
            Block::Heading {
                level: 1,
                text,
                outline: true,
            } => Some(text.clone()),
            _ => None,
        })
        .collect();
    body.splice(
        contents_at..contents_at,
        [
            Block::PageBreak,
            heading(1, "Contents", false),
            Block::Contents { entries },
        ],
    );
    ReportDoc {
        title: format!("{full_title} — {institution}"),
        author: institution.clone(),
        // A tag that does not read is reported by `validate`; the report stays declared.
        language: if crate::model::assessment::is_language_tag(&assessment.language) {
            assessment.language.clone()
        } else {
            crate::model::assessment::DEFAULT_LANGUAGE.to_owned()
        },
        subject: format!(
            "Self-assessment against the {} {} of the {}",
            framework.title(),
            framework.version(),
            framework.attribution().name
        ),
        cover: cover(framework, assessment, &full_title, &institution, date),
        body,
    }
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn paragraph(runs: Vec<Run>) -> Block {
    Block::Paragraph {
        runs,
        size: TextSize::Body,
    }
}

fn small(runs: Vec<Run>) -> Block {
    Block::Paragraph {
        runs,
        size: TextSize::Small,
    }
}

/// A table's header row.
fn column_names(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

fn heading(level: u8, text: impl Into<String>, outline: bool) -> Block {
    Block::Heading {
        level,
        text: text.into(),
        outline,
    }
}

/// "3.3 (Delivering)" or "not yet rated".
fn maturity_text(framework: &Framework, maturity: Option<Maturity>) -> String {
    wording::maturity_with_phase(framework, maturity)
}

/// The radar chart, with the earlier profile when comparing.
fn radar(framework: &Framework, card: &Scorecard, baseline: Option<&Baseline<'_>>) -> Block {
    let earlier = baseline.map(|b| &b.comparison.earlier);
    let axes = framework
        .domains()
        .iter()
        .zip(&card.domains)
        .enumerate()
        .map(|(index, (domain, score))| ChartAxis {
            label: domain.title.clone(),
            value: score.maturity.map(Maturity::value),
            earlier: earlier
                .and_then(|card| card.domains.get(index))
                .and_then(|d| d.maturity)
                .map(Maturity::value),
        })
        .collect();
    let alt = chart_alt_compared(
        card,
        baseline.map(|b| (b.label.as_str(), &b.comparison.earlier)),
    );
    Block::Radar { axes, alt }
}

/// The chart's text alternative, with the earlier profile's scores when comparing.
pub fn chart_alt_compared(card: &Scorecard, earlier: Option<(&str, &Scorecard)>) -> String {
    let mut alt = chart_alt(card);
    if let Some((label, card)) = earlier {
        let earlier_alt = chart_alt(card);
        alt.push_str(" Dashed, ");
        alt.push_str(label);
        alt.push_str(": ");
        alt.push_str(
            earlier_alt.trim_start_matches("Radar chart of domain maturity on the six phases: "),
        );
    }
    alt
}

/// The chart's text alternative: every domain's score in words.
pub fn chart_alt(card: &Scorecard) -> String {
    let parts: Vec<String> = card
        .domains
        .iter()
        .map(|d| match d.maturity {
            Some(m) => format!("{} {m}", d.title),
            None => format!("{} not yet rated", d.title),
        })
        .collect();
    format!(
        "Radar chart of domain maturity on the six phases: {}.",
        parts.join("; ")
    )
}

fn maturity_or_dash(maturity: Option<Maturity>) -> String {
    wording::maturity(maturity)
}

fn or_dash(text: &str) -> String {
    non_empty(text).unwrap_or("–").to_owned()
}
