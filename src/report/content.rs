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
use plan::{action_cell, action_plan, due_text, question_ref};
use questions::{domain_section, response_blocks};

use super::doc::{Block, ReportDoc, Run, TextSize, Weight};
use crate::model::{Assessment, Framework};
use crate::scoring::compare::{self, Comparison};
use crate::scoring::radar::Radar;
use crate::scoring::read::numbered_questions;
use crate::scoring::wording;
use crate::scoring::{self as scores, Maturity, Scorecard};
use crate::tr;

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
    match parts.as_slice() {
        [] => tr!("report-earlier-assessment"),
        [title, period] => tr!("report-assessment-label", title = *title, period = *period),
        [one, ..] => (*one).to_owned(),
    }
}

/// The language the assessment's answers are written in, when it is not the one the report
/// is worded in: their prose is marked as in it, so a screen reader switches voice.
fn answers_part(assessment: &Assessment) -> Option<String> {
    let answers = crate::i18n::Lang::from_tag(&assessment.language)?;
    let words = match crate::i18n::language() {
        crate::i18n::Lang::Pseudo => crate::i18n::Lang::EnGb,
        lang => lang,
    };
    (answers != words).then(|| assessment.language.clone())
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
    let title =
        non_empty(&assessment.title).map_or_else(|| tr!("report-default-title"), str::to_owned);
    let institution = non_empty(&assessment.institution)
        .map_or_else(|| tr!("report-no-institution"), str::to_owned);
    // The title and the period are told apart: on the cover the period has a line of its own,
    // in the running header and the metadata a separator (a title may end in a year itself).
    let (full_title, cover_title) = match non_empty(&assessment.period) {
        Some(period) => (
            tr!("report-title-and-period", title = &title, period = period),
            tr!("report-cover-title", title = &title, period = period),
        ),
        None => (title.clone(), title.clone()),
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
            heading(1, tr!("report-contents"), false),
            Block::Contents { entries },
        ],
    );
    ReportDoc {
        title: tr!(
            "report-document-title",
            title = full_title,
            institution = &institution
        ),
        author: institution.clone(),
        // The language of its words; the answers, when written in another, are marked apart
        // (`answers_part`). The pseudo-locale is accented English.
        footers: vec![crate::i18n::language()],
        language: match crate::i18n::language() {
            crate::i18n::Lang::Pseudo => crate::i18n::Lang::EnGb.tag().to_owned(),
            lang => lang.tag().to_owned(),
        },
        subject: tr!(
            "report-subject",
            framework = framework.title(),
            version = framework.version(),
            publisher = &framework.attribution().name
        ),
        cover: cover(framework, assessment, &cover_title, &institution, date),
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

/// A column of the report's tables.
#[derive(Clone, Copy)]
enum Column {
    Domain,
    Question,
    Action,
    Owner,
    Due,
    WasDue,
    Status,
    Earlier,
    Now,
    Change,
    Then,
    Ratings,
    Spread,
    ScoredAs,
}

/// A table's header row, from the catalogue.
fn column_names(columns: &[Column]) -> Vec<String> {
    columns
        .iter()
        .map(|column| match column {
            Column::Domain => tr!("report-column-domain"),
            Column::Question => tr!("report-column-question"),
            Column::Action => tr!("report-column-action"),
            Column::Owner => tr!("report-column-owner"),
            Column::Due => tr!("report-column-due"),
            Column::WasDue => tr!("report-column-was-due"),
            Column::Status => tr!("report-column-status"),
            Column::Earlier => tr!("report-column-earlier"),
            Column::Now => tr!("report-column-now"),
            Column::Change => tr!("report-column-change"),
            Column::Then => tr!("report-column-then"),
            Column::Ratings => tr!("report-column-ratings"),
            Column::Spread => tr!("report-column-spread"),
            Column::ScoredAs => tr!("report-column-scored-as"),
        })
        .collect()
}

/// Where a message's styled parts go: each is given to the message as one of these characters
/// (private use, never in a message's own text), and [`styled`] puts the styled run there.
const SLOTS: [char; 3] = ['\u{E000}', '\u{E001}', '\u{E002}'];

/// The placeholder value of the `index`th styled part of a message.
fn slot(index: usize) -> String {
    SLOTS.get(index).copied().unwrap_or(SLOTS[0]).to_string()
}

/// A message worded with [`slot`]s as runs: its own text in `weight`, each slot replaced by the
/// styled run given for it (a bold lead, a link, a section reference). The catalogue keeps the
/// whole sentence, in the order the language needs; this only marks where the styles change.
fn styled(text: &str, weight: Weight, parts: Vec<Run>) -> Vec<Run> {
    let mut parts: Vec<Option<Run>> = parts.into_iter().map(Some).collect();
    let mut runs = Vec::new();
    let mut plain = String::new();
    let flush = |plain: &mut String, runs: &mut Vec<Run>| {
        if !plain.is_empty() {
            let text = std::mem::take(plain);
            runs.push(match weight {
                Weight::Regular => Run::plain(text),
                Weight::Bold => Run::bold(text),
                Weight::Italic => Run::italic(text),
            });
        }
    };
    for c in text.chars() {
        match SLOTS.iter().position(|&s| s == c) {
            Some(index) => {
                flush(&mut plain, &mut runs);
                if let Some(run) = parts.get_mut(index).and_then(Option::take) {
                    runs.push(run);
                }
            }
            None => plain.push(c),
        }
    }
    flush(&mut plain, &mut runs);
    runs
}

/// Items listed one after the other with a catalogue's joining message (`join(init, next)`).
fn listed(
    items: impl IntoIterator<Item = String>,
    join: impl Fn(String, String) -> String,
) -> String {
    items.into_iter().reduce(join).unwrap_or_default()
}

// The wording of scores, shared with every front-end.
use crate::scoring::wording::{like_for_like, no_figure, not_yet_rated};

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
fn radar(card: &Scorecard, baseline: Option<&Baseline<'_>>) -> Block {
    Block::Radar(Radar::new(
        card,
        baseline.map(|b| (b.label.as_str(), &b.comparison.earlier)),
    ))
}

fn maturity_or_dash(maturity: Option<Maturity>) -> String {
    wording::maturity(maturity)
}

fn or_dash(text: &str) -> String {
    non_empty(text).map_or_else(no_figure, str::to_owned)
}
