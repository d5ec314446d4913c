//! What the report says: the cover, the one-page leadership summary, a section per domain, the
//! action plan and the method, built from the scores every other part of the workbook uses.

use std::fmt::Write as _;

use time::Date;

mod summary;

use super::doc::{Block, Cell, ChartAxis, Link, ReportDoc, Run, TextSize};
use crate::model::problems::parse_due_date;
use crate::model::{Action, Assessment, Domain, Framework, LinkKind, Phase, Question, Response};
use crate::scoring::compare::{self, Comparison};
use crate::scoring::wording;
use crate::scoring::{self as scores, Basis, DomainScore, Maturity, Scorecard};

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
    for (index, domain) in framework.domains.iter().enumerate() {
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
            framework.title, framework.version, framework.attribution.name
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

/// A link run when the link may be clicked; plain text, marked, when it may not.
fn link_runs(title: &str, link: &str) -> Vec<Run> {
    let title = non_empty(title).unwrap_or("Untitled evidence");
    match LinkKind::of(link) {
        LinkKind::Allowed(url) => vec![Run::linked(
            title,
            Link {
                url: url.to_string(),
                alt: format!("{title} (link to {url})"),
            },
        )],
        LinkKind::Empty => vec![Run::plain(title)],
        // A link that may not be opened (a script, a file on someone's disk) is left out of a
        // document for leadership; `validate` and the app's problems list name it.
        _ => vec![
            Run::plain(title),
            Run::italic(" (link not included: not a web or email address)"),
        ],
    }
}

/// How many members of the working group the cover lists; a longer team has a section.
const COVER_TEAM: usize = 8;

/// The heading of that section.
const ABOUT: &str = "About this assessment";

/// The working group, one member a line with their role.
fn team_list(assessment: &Assessment) -> Block {
    Block::List {
        items: assessment
            .team
            .iter()
            .map(|member| match non_empty(&member.role) {
                Some(role) => vec![Run::plain(format!("{}, {role}", member.name.trim()))],
                None => vec![Run::plain(member.name.trim())],
            })
            .collect(),
    }
}

/// The section for a working group too long for the cover.
fn about(assessment: &Assessment) -> Vec<Block> {
    vec![
        Block::PageBreak,
        heading(1, ABOUT, true),
        heading(2, "The working group", false),
        team_list(assessment),
    ]
}

fn cover(
    framework: &Framework,
    assessment: &Assessment,
    full_title: &str,
    institution: &str,
    date: Date,
) -> Vec<Block> {
    let mut blocks = vec![
        Block::Space(120.0),
        heading(1, full_title, false),
        Block::Paragraph {
            runs: vec![Run::plain(institution)],
            size: TextSize::Large,
        },
        Block::Space(24.0),
    ];
    if assessment.team.len() > COVER_TEAM {
        // A long team would push the cover onto a second page: it has a section of its own.
        blocks.push(paragraph(vec![
            Run::bold("The working group"),
            Run::plain(format!(
                " of {} members is listed in ",
                assessment.team.len()
            )),
            Run::section_ref(ABOUT),
            Run::plain("."),
        ]));
    } else if !assessment.team.is_empty() {
        blocks.push(paragraph(vec![Run::bold("The working group")]));
        blocks.push(team_list(assessment));
    }
    let exported = wording::long_date(date);
    blocks.push(Block::Space(12.0));
    blocks.push(paragraph(vec![
        Run::bold("Prepared on "),
        Run::plain(exported),
    ]));
    blocks.push(paragraph(vec![
        Run::bold("Framework "),
        Run::plain(format!("{} {}, ", framework.title, framework.version)),
        Run::maybe_linked(
            framework.attribution.name.clone(),
            LinkKind::of(&framework.attribution.url)
                .openable()
                .map(|url| Link {
                    url: url.to_string(),
                    alt: format!("{} (link to {url})", framework.attribution.name),
                }),
        ),
    ]));
    blocks.push(Block::Space(24.0));
    blocks.push(small(vec![Run::italic(
        "A self-assessment for reflection and peer learning. The scores are a maturity profile that starts a \
         conversation; they are not a league table and do not rank institutions.",
    )]));
    blocks
}

/// The radar chart, with the earlier profile when comparing.
fn radar(framework: &Framework, card: &Scorecard, baseline: Option<&Baseline<'_>>) -> Block {
    let earlier = baseline.map(|b| &b.comparison.earlier);
    let axes = framework
        .domains
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

/// How many assessors a group assessment combines, and how many questions are agreed.
fn group_note(assessment: &Assessment, card: &Scorecard) -> String {
    let assessors = assessment.assessors();
    let unagreed = card.unagreed_questions();
    let mut note = format!(
        "Group assessment with ratings from {} assessors ({}).",
        assessors.len(),
        assessors.iter().copied().collect::<Vec<_>>().join(", ")
    );
    if unagreed > 0 {
        let _ = write!(
            note,
            " {unagreed} of {} rated questions are not yet agreed: until the group agrees a phase, the median of \
             the assessors’ phases is used.",
            card.rated_questions()
        );
    } else {
        note.push_str(" Every rated question has an agreed phase.");
    }
    note
}

/// Questions in framework order with their domain's number and title.
fn numbered_questions(framework: &Framework) -> Vec<(String, &Domain, &Question)> {
    framework
        .domains
        .iter()
        .enumerate()
        .flat_map(|(d, domain)| {
            domain
                .questions
                .iter()
                .enumerate()
                .map(move |(q, question)| (format!("{}.{}", d + 1, q + 1), domain, question))
        })
        .collect()
}

/// "Alys 3 · Bryn 5 · Cai 4".
fn ratings_text(response: &Response) -> String {
    response
        .ratings
        .iter()
        .map(|(name, phase)| format!("{} {}", name.trim(), phase.number()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "3–5, median 4.0, 2 phases apart".
fn spread_text(spread: &scores::Spread) -> String {
    if spread.assessors == 1 {
        return format!("one rating, {}", spread.lowest.number());
    }
    let apart = match spread.apart() {
        0 => "all agree".to_owned(),
        1 => "1 phase apart".to_owned(),
        n => format!("{n} phases apart"),
    };
    format!(
        "{}–{}, median {}, {apart}",
        spread.lowest.number(),
        spread.highest.number(),
        spread.median
    )
}

/// The group's ratings: every question's spread, and the widest disagreements first, as
/// talking points for the next workshop.
fn group_ratings(framework: &Framework, assessment: &Assessment, card: &Scorecard) -> Vec<Block> {
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, "Group ratings", true),
        paragraph(vec![Run::plain(group_note(assessment, card))]),
    ];
    let rated: Vec<(String, &Question, &Response, scores::Spread)> = numbered_questions(framework)
        .into_iter()
        .filter_map(|(number, _, question)| {
            let response = assessment.response(&question.id)?;
            Some((number, question, response, scores::spread(response)?))
        })
        .collect();
    let mut wide: Vec<&(String, &Question, &Response, scores::Spread)> = rated
        .iter()
        .filter(|(_, _, response, _)| scores::to_talk_through(response).is_some())
        .collect();
    wide.sort_by_key(|(.., s)| std::cmp::Reverse(s.apart()));
    blocks.push(heading(2, "Widest disagreements", false));
    if wide.is_empty() {
        blocks.push(paragraph(vec![Run::italic(format!(
            "No question still to agree has assessors {} or more phases apart.",
            scores::WIDE_SPREAD
        ))]));
    } else {
        blocks.push(paragraph(vec![Run::plain(format!(
            "Questions not yet agreed where assessors are {} or more phases apart, widest first: talking points for the \
             next workshop.",
            scores::WIDE_SPREAD
        ))]));
        blocks.push(Block::List {
            items: wide
                .iter()
                .take(TALKING_POINTS)
                .map(|(number, question, response, spread)| {
                    vec![
                        Run::bold(format!("{number} {}", question.text)),
                        Run::plain(format!(
                            " — {} ({})",
                            spread_text(spread),
                            ratings_text(response)
                        )),
                    ]
                })
                .collect(),
        });
        if wide.len() > TALKING_POINTS {
            blocks.push(small(vec![Run::italic(format!(
                "{} more in the table below.",
                wide.len() - TALKING_POINTS
            ))]));
        }
    }
    blocks.push(heading(2, "Every question’s ratings", false));
    blocks.push(Block::Table {
        header: column_names(&["Question", "Ratings", "Spread", "Scored as"]),
        widths: vec![3.4, 2.6, 2.0, 1.6],
        rows: rated
            .iter()
            .map(|(number, question, response, spread)| {
                let scored = match scores::question_score(response) {
                    Some(s) if s.basis == Basis::Median => {
                        format!("{} (median, not agreed)", s.value)
                    }
                    Some(s) => format!("{} (agreed)", s.value),
                    None => "not rated".to_owned(),
                };
                vec![
                    vec![Run::plain(format!("{number} {}", question.text))],
                    vec![Run::plain(ratings_text(response))],
                    vec![Run::plain(spread_text(spread))],
                    vec![Run::plain(scored)],
                ]
            })
            .collect(),
    });
    blocks
}

/// What changed since the earlier assessment.
fn changes(framework: &Framework, baseline: &Baseline<'_>) -> Vec<Block> {
    let c = &baseline.comparison;
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, format!("Change since {}", baseline.label), true),
    ];
    for warning in compare::warnings(framework, baseline.current, baseline.earlier) {
        blocks.push(small(vec![Run::italic(format!("Note: {warning}."))]));
    }
    let change_text = wording::change;
    let mut rows: Vec<Vec<Cell>> = c
        .domains
        .iter()
        .map(|d| {
            vec![
                vec![Run::plain(d.title.clone())],
                vec![Run::plain(maturity_or_dash(d.earlier))],
                vec![Run::plain(maturity_or_dash(d.current))],
                vec![Run::plain(match d.rated_note() {
                    Some(note) => format!("{} ({note})", change_text(d.change())),
                    None => change_text(d.change()),
                })],
            ]
        })
        .collect();
    rows.push(vec![
        vec![Run::bold("Overall")],
        vec![Run::bold(maturity_or_dash(c.overall_earlier))],
        vec![Run::bold(maturity_or_dash(c.overall_current))],
        vec![Run::bold(change_text(c.overall_change()))],
    ]);
    blocks.push(Block::Table {
        header: column_names(&["Domain", "Earlier", "Now", "Change"]),
        widths: vec![4.0, 1.2, 1.2, 1.2],
        rows,
    });
    blocks.push(heading(2, "Questions that moved", false));
    let question_name = |id: &crate::model::QuestionId| question_label(framework, id);
    if c.moved.is_empty() {
        blocks.push(paragraph(vec![Run::italic("No question’s phase changed.")]));
    } else {
        blocks.push(Block::Table {
            header: column_names(&["Question", "Earlier", "Now", "Change"]),
            widths: vec![4.0, 1.2, 1.2, 1.2],
            rows: c
                .moved
                .iter()
                .map(|m| {
                    vec![
                        vec![Run::plain(question_name(&m.question_id))],
                        vec![Run::plain(maturity_or_dash(m.earlier))],
                        vec![Run::plain(maturity_or_dash(m.current))],
                        vec![Run::plain(match compare::change(m.earlier, m.current) {
                            Some(change) => compare::describe_change(change),
                            None if m.current.is_some() => "newly rated".to_owned(),
                            None => "no longer rated".to_owned(),
                        })],
                    ]
                })
                .collect(),
        });
    }
    blocks.extend(earlier_actions(framework, c));
    blocks
}

/// "2.2 What economic impact do we have now?", or the id of a question the framework lacks.
fn question_label(framework: &Framework, id: &crate::model::QuestionId) -> String {
    numbered_questions(framework)
        .into_iter()
        .find(|(_, _, q)| &q.id == id)
        .map_or_else(|| id.to_string(), |(n, _, q)| format!("{n} {}", q.text))
}

/// The earlier assessment's actions and where they stand, and the questions in only one of
/// the two assessments.
fn earlier_actions(framework: &Framework, c: &Comparison) -> Vec<Block> {
    let question_name = |id: &crate::model::QuestionId| question_label(framework, id);
    let mut blocks = Vec::new();
    blocks.push(heading(2, "Earlier actions and where they stand", false));
    if c.actions.is_empty() {
        blocks.push(paragraph(vec![Run::italic(
            "The earlier assessment recorded no actions.",
        )]));
    } else {
        blocks.push(Block::Table {
            header: column_names(&["Action", "Question", "Owner", "Then", "Now"]),
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
                            None => Run::italic("no longer listed"),
                        }],
                    ]
                })
                .collect(),
        });
    }
    if !c.only_earlier.is_empty() || !c.only_current.is_empty() {
        blocks.push(heading(2, "Questions in only one of the two", false));
        let mut items: Vec<Vec<Run>> = c
            .only_earlier
            .iter()
            .map(|(id, value)| {
                vec![
                    Run::bold(id.to_string()),
                    Run::plain(format!(
                        " — answered earlier ({}), but not a question of the framework now",
                        maturity_or_dash(*value)
                    )),
                ]
            })
            .collect();
        items.extend(c.only_current.iter().map(|id| {
            vec![
                Run::bold(question_name(id)),
                Run::plain(
                    " — not in the earlier assessment, which used another version of the framework",
                ),
            ]
        }));
        blocks.push(Block::List { items });
    }
    blocks
}

/// An action with where it belongs.
struct Placed<'a> {
    /// The question's number ("2.2"), or its id when the framework does not have it.
    number: String,
    /// The domain's title, or that the question is not in this version of the framework.
    domain: &'a str,
    action: &'a Action,
}

/// Where the actions of answers to questions the framework does not have are filed.
const NOT_IN_FRAMEWORK: &str = "Not in this version of the framework";

/// Every action, soonest due first; undated and unreadable dates last, then framework order.
/// Actions of answers to questions the framework does not have are included, marked.
fn sorted_actions<'a>(framework: &'a Framework, assessment: &'a Assessment) -> Vec<Placed<'a>> {
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
fn due_text(action: &Action) -> String {
    parse_due_date(&action.due).map_or_else(|| or_dash(&action.due), wording::short_date)
}

fn or_dash(text: &str) -> String {
    non_empty(text).unwrap_or("–").to_owned()
}

fn domain_section(
    framework: &Framework,
    assessment: &Assessment,
    index: usize,
    domain: &Domain,
    score: Option<&DomainScore>,
) -> Vec<Block> {
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, format!("{}. {}", index + 1, domain.title), true),
    ];
    if let Some(score) = score {
        let evidence = match score.evidence_coverage() {
            Some(_) => format!(
                "; evidence for {} of {} rated questions",
                score.rated_with_evidence, score.rated
            ),
            None => String::new(),
        };
        blocks.push(paragraph(vec![
            Run::bold(format!(
                "Maturity {}",
                maturity_text(framework, score.maturity)
            )),
            Run::plain(format!(
                " — {} of {} key questions rated{evidence}.",
                score.rated, score.total
            )),
        ]));
    }
    blocks.push(paragraph(vec![Run::plain(domain.summary.clone())]));
    match (&domain.source, domain.provisional) {
        (_, true) => blocks.push(small(vec![Run::italic(
            "Provisional domain: the wording is our own, as no published copy was available.",
        )])),
        (Some(source), false) => blocks.push(small(vec![
            Run::plain("Source: "),
            Run::maybe_linked(
                source.clone(),
                LinkKind::of(source).openable().map(|url| Link {
                    url: url.to_string(),
                    alt: format!("The framework’s page for {}", domain.title),
                }),
            ),
        ])),
        (None, false) => {}
    }
    let empty = Response::default();
    for (number, question) in domain.questions.iter().enumerate() {
        let response = assessment.response(&question.id).unwrap_or(&empty);
        blocks.extend(question_blocks(
            framework, index, number, question, response,
        ));
    }
    blocks
}

fn question_blocks(
    framework: &Framework,
    domain: usize,
    number: usize,
    question: &Question,
    response: &Response,
) -> Vec<Block> {
    let mut blocks = vec![heading(
        2,
        format!("{}.{} {}", domain + 1, number + 1, question.text),
        true,
    )];
    blocks.extend(response_blocks(framework, response));
    blocks
}

/// What a response says: its phase, narrative, evidence, ambition and actions.
fn response_blocks(framework: &Framework, response: &Response) -> Vec<Block> {
    let mut blocks = phase_blocks(framework, response);
    let narrative = text_blocks(&response.narrative);
    section(
        &mut blocks,
        "Narrative",
        (!narrative.is_empty()).then_some(narrative),
    );
    let evidence = (!response.evidence.is_empty()).then(|| {
        vec![Block::List {
            items: response
                .evidence
                .iter()
                .map(|evidence| {
                    let mut runs = link_runs(&evidence.title, &evidence.link);
                    if let Some(note) = non_empty(&evidence.note) {
                        runs.push(Run::plain(format!(" — {note}")));
                    }
                    if let Some(by) = non_empty(&evidence.added_by.join(", ")) {
                        runs.push(Run::italic(format!(" (added by {by})")));
                    }
                    // On paper a link cannot be clicked: its address is printed, short.
                    if let Some(url) = LinkKind::of(&evidence.link).openable() {
                        runs.push(Run::italic(format!(
                            "\n{}",
                            crate::model::link::short_form(url)
                        )));
                    }
                    runs
                })
                .collect(),
        }]
    });
    section(&mut blocks, "Evidence", evidence);
    let ambition = text_blocks(&response.ambition);
    section(
        &mut blocks,
        "Ambition (what if?)",
        (!ambition.is_empty()).then_some(ambition),
    );
    if response.actions.is_empty() {
        section(&mut blocks, "Actions", None);
    } else {
        blocks.push(heading(3, "Actions", false));
        blocks.push(Block::Table {
            header: column_names(&["Action", "Owner", "Due", "Status"]),
            widths: vec![4.0, 1.8, 1.1, 1.1],
            rows: response
                .actions
                .iter()
                .map(|a| {
                    let mut description = vec![Run::plain(or_dash(&a.description))];
                    if let Some(by) = non_empty(&a.added_by.join(", ")) {
                        description.push(Run::italic(format!(" (added by {by})")));
                    }
                    vec![
                        description,
                        vec![Run::plain(or_dash(&a.owner))],
                        vec![Run::plain(due_text(a))],
                        vec![Run::plain(a.status.label())],
                    ]
                })
                .collect(),
        });
    }
    blocks
}

/// A question's phase (agreed, median or single) and, in a group, the assessors' ratings.
fn phase_blocks(framework: &Framework, response: &Response) -> Vec<Block> {
    let mut blocks = Vec::new();
    let spread = scores::spread(response);
    let label = if spread.is_some() {
        "Agreed phase"
    } else {
        "Phase"
    };
    blocks.push(paragraph(
        match response
            .phase
            .and_then(|p| framework.phase(p).map(|info| (p, info)))
        {
            // Each phase is described once, in the Method; the summary's legend names them.
            Some((phase, info)) => vec![Run::bold(format!(
                "{label} {} {}",
                phase_number(phase),
                info.name
            ))],
            None => match &spread {
                Some(spread) => vec![
                    Run::bold("Phase not yet agreed: "),
                    Run::plain(format!(
                        "the median of the assessors’ phases, {}, is used until the group agrees.",
                        spread.median
                    )),
                ],
                None => vec![Run::bold("Phase "), Run::italic("not yet rated")],
            },
        },
    ));
    if let Some(spread) = &spread {
        blocks.push(paragraph(vec![
            Run::bold("Assessors: "),
            Run::plain(format!(
                "{} — {}{}",
                ratings_text(response),
                spread_text(spread),
                if scores::to_talk_through(response).is_some() {
                    "; worth talking through"
                } else {
                    ""
                }
            )),
        ]));
        if let Some(rationale) = non_empty(&response.rationale) {
            blocks.push(paragraph(vec![
                Run::bold("Why this phase: "),
                Run::plain(rationale),
            ]));
        }
    }
    blocks
}

fn phase_number(phase: Phase) -> u8 {
    phase.number()
}

/// Paragraphs of `text` (blank lines and the paragraph separator U+2029, as Word and Outlook
/// paste them, separate them; a single line break, U+2028 included, stays a line break); none
/// when it is empty.
fn text_blocks(text: &str) -> Vec<Block> {
    text.replace("\r\n", "\n")
        .replace('\u{2029}', "\n\n")
        .replace('\u{2028}', "\n")
        .split("\n\n")
        .filter_map(non_empty)
        .map(|p| {
            let lines: Vec<&str> = p.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            paragraph(vec![Run::plain(lines.join("\n"))])
        })
        .collect()
}

/// A subsection of a question: a heading and its blocks, or, when there is nothing, one line
/// saying so (unanswered parts are shown, not hidden, without a page of empty headings).
fn section(blocks: &mut Vec<Block>, label: &str, content: Option<Vec<Block>>) {
    match content {
        Some(content) => {
            blocks.push(heading(3, label, false));
            blocks.extend(content);
        }
        None => blocks.push(paragraph(vec![
            Run::bold(format!("{label}: ")),
            Run::italic("none recorded."),
        ])),
    }
}

/// The action plan: open actions first, soonest due first, then the done ones apart; each
/// names its question by number, so rows stay short.
fn action_plan(framework: &Framework, assessment: &Assessment, date: Date) -> Vec<Block> {
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
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "1 answer", "3 answers".
pub fn answers(count: usize) -> String {
    if count == 1 {
        "1 answer".to_owned()
    } else {
        format!("{count} answers")
    }
}

/// The appendix: answers to questions this version of the framework does not have (from an
/// earlier or later version, or a custom bank), shown in full rather than dropped. Their
/// actions are in the action plan too.
fn unknown_answers(framework: &Framework, assessment: &Assessment) -> Vec<Block> {
    let unknown: Vec<_> = assessment
        .unknown_questions(framework)
        .filter_map(|id| Some((id, assessment.response(id)?)))
        .collect();
    if unknown.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![
        Block::PageBreak,
        heading(
            1,
            "Answers to questions not in this version of the framework",
            true,
        ),
        paragraph(vec![Run::plain(format!(
            "The assessment holds {} to questions that the {} {} does not have, perhaps from an earlier version \
             of the question bank. They are not scored. Each is named by the identifier it was saved with.",
            answers(unknown.len()),
            framework.title,
            framework.version
        ))]),
    ];
    for (id, response) in unknown {
        blocks.push(heading(2, id.as_str(), true));
        blocks.extend(response_blocks(framework, response));
    }
    blocks
}

fn method(
    framework: &Framework,
    assessment: &Assessment,
    baseline: Option<&Baseline<'_>>,
) -> Vec<Block> {
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, "Method", true),
        paragraph(vec![Run::plain(format!(
            "This report was produced with Civic Impact Workbook from the working group’s self-assessment against the \
             {} (version {}) published by the {}.",
            framework.title, framework.version, framework.attribution.name
        ))]),
        heading(2, "The six phases of progress", false),
        Block::List {
            items: framework
                .scale
                .phases
                .iter()
                .map(|p| {
                    vec![
                        Run::bold(format!("{} {}", p.number, p.name)),
                        Run::plain(format!(" — {}", p.description)),
                    ]
                })
                .collect(),
        },
    ];
    if framework.scale.provisional {
        blocks.push(small(vec![Run::italic(
            "The phase names and descriptions are provisional: the published ones were not available to us, so they \
             are written in our own words.",
        )]));
    }
    blocks.push(heading(2, "How the scores are computed", false));
    let mut rules = vec![
        "Each key question is rated on the six phases, or left not yet rated. Not yet rated never counts as zero.",
        "A domain’s maturity is the mean phase of its rated questions, to one decimal (halves round up); the \
             phase it reaches is the whole part of that number.",
        "Overall maturity is the mean of the rated domains’ maturities as shown, to one decimal, always given \
             with how many domains and questions were rated.",
        "Completion is the share of key questions rated. Evidence coverage is the share of rated questions with \
             at least one piece of evidence.",
        "Links to evidence are clickable only for http, https and mailto addresses; any other link is printed \
             as text and marked.",
    ];
    if assessment.is_group() {
        rules.push(
            "In a group assessment each assessor rates every question; a question counts with the phase the group \
             agreed, or, until it agrees, with the median of the assessors’ phases (the mean of the middle two when \
             their number is even). Assessors two or more phases apart are listed as talking points.",
        );
    }
    if baseline.is_some() {
        rules.push(
            "The earlier assessment is scored the same way, against the framework in use now. A change is shown \
             only where both are rated. An earlier action is matched to one of the same question with the same \
             description.",
        );
    }
    blocks.push(Block::List {
        items: rules
            .into_iter()
            .map(|rule| vec![Run::plain(rule)])
            .collect(),
    });
    blocks.push(heading(2, "Where the wording comes from", false));
    blocks.push(paragraph(vec![Run::plain(framework.wording_note.clone())]));
    let mut sources: Vec<Vec<Run>> = vec![vec![
        Run::plain(format!("{}: ", framework.attribution.name)),
        Run::maybe_linked(
            framework.attribution.url.clone(),
            LinkKind::of(&framework.attribution.url)
                .openable()
                .map(|url| Link {
                    url: url.to_string(),
                    alt: format!("The {} website", framework.attribution.name),
                }),
        ),
    ]];
    for domain in framework.domains.iter().filter(|d| d.provisional) {
        sources.push(vec![Run::plain(format!(
            "{}: provisional, our own wording",
            domain.title
        ))]);
    }
    blocks.push(Block::List { items: sources });
    let unknown = assessment.unknown_questions(framework).count();
    if unknown > 0 {
        blocks.push(small(vec![Run::italic(format!(
            "The assessment also holds {} to questions this version of the framework does not have: {} not \
             scored, and {} in the appendix at the end.",
            answers(unknown),
            if unknown == 1 { "it is" } else { "they are" },
            if unknown == 1 { "is shown" } else { "are shown" },
        ))]));
    }
    blocks.push(paragraph(vec![Run::italic(
        "The Civic Impact Framework is a tool for reflection and peer learning. This report describes one \
         institution’s own view of its progress and never ranks institutions.",
    )]));
    blocks
}
