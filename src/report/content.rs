//! What the report says: the cover, the one-page leadership summary, a section per domain, the
//! action plan and the method, built from the scores every other part of the workbook uses.

use time::Date;
use time::macros::format_description;

use super::doc::{Bar, Block, Cell, ChartAxis, Link, ReportDoc, Run, TextSize};
use crate::model::problems::parse_due_date;
use crate::model::{Action, Assessment, Domain, Framework, LinkKind, Phase, Question, Response};
use crate::scoring::{DomainScore, Maturity, Ratio, Scorecard};

/// How many actions the summary lists.
const NEXT_ACTIONS: usize = 5;

/// Builds the report of `assessment`, exported on `date`.
pub fn build(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    date: Date,
) -> ReportDoc {
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
    let mut body = summary(framework, assessment, card);
    for (index, domain) in framework.domains.iter().enumerate() {
        let score = card.domains.get(index);
        body.extend(domain_section(framework, assessment, index, domain, score));
    }
    body.extend(action_plan(framework, assessment));
    body.extend(method(framework, assessment));
    ReportDoc {
        title: format!("{full_title} — {institution}"),
        author: institution.clone(),
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

fn heading(level: u8, text: impl Into<String>, outline: bool) -> Block {
    Block::Heading {
        level,
        text: text.into(),
        outline,
    }
}

fn percent(ratio: Option<Ratio>) -> String {
    ratio.map_or_else(|| "–".to_owned(), |r| r.to_string())
}

/// "3.3 (Delivering)" or "not yet rated".
fn maturity_text(framework: &Framework, maturity: Option<Maturity>) -> String {
    match maturity.and_then(|m| m.phase_reached().map(|p| (m, p))) {
        Some((m, phase)) => format!("{m} ({})", framework.phase_name(phase)),
        None => "not yet rated".to_owned(),
    }
}

/// A link run when the link may be clicked; plain text, marked, when it may not.
fn link_runs(title: &str, link: &str) -> Vec<Run> {
    let title = non_empty(title).unwrap_or("Untitled evidence");
    match LinkKind::of(link) {
        LinkKind::Allowed(url) => vec![Run {
            text: title.to_owned(),
            weight: super::doc::Weight::Bold,
            link: Some(Link {
                url: url.to_string(),
                alt: format!("{title} (link to {url})"),
            }),
        }],
        LinkKind::Empty => vec![Run::bold(title)],
        kind => {
            let why = kind.problem().unwrap_or_default();
            vec![
                Run::bold(title),
                Run::plain(format!(
                    " — link shown as text, not clickable: {} ({why})",
                    link.trim()
                )),
            ]
        }
    }
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
    if !assessment.team.is_empty() {
        blocks.push(paragraph(vec![Run::bold("The working group")]));
        blocks.push(Block::List {
            items: assessment
                .team
                .iter()
                .map(|member| match non_empty(&member.role) {
                    Some(role) => vec![Run::plain(format!("{}, {role}", member.name.trim()))],
                    None => vec![Run::plain(member.name.trim())],
                })
                .collect(),
        });
    }
    let exported = date
        .format(format_description!(
            "[day padding:none] [month repr:long] [year]"
        ))
        .unwrap_or_else(|_| date.to_string());
    blocks.push(Block::Space(12.0));
    blocks.push(paragraph(vec![
        Run::bold("Exported "),
        Run::plain(exported),
    ]));
    blocks.push(paragraph(vec![
        Run::bold("Framework "),
        Run::plain(format!("{} {}, ", framework.title, framework.version)),
        Run {
            text: framework.attribution.name.clone(),
            weight: super::doc::Weight::Regular,
            link: LinkKind::of(&framework.attribution.url)
                .openable()
                .map(|url| Link {
                    url: url.to_string(),
                    alt: format!("{} (link to {url})", framework.attribution.name),
                }),
        },
    ]));
    blocks.push(Block::Space(24.0));
    blocks.push(small(vec![Run::italic(
        "A self-assessment for reflection and peer learning. The scores are a maturity profile that starts a \
         conversation; they are not a league table and do not rank institutions.",
    )]));
    blocks
}

fn summary(framework: &Framework, assessment: &Assessment, card: &Scorecard) -> Vec<Block> {
    let mut blocks = vec![heading(1, "Summary", true)];
    let overall = match card.overall {
        Some(_) => format!(
            "Overall maturity {}",
            maturity_text(framework, card.overall)
        ),
        None => "Overall maturity not yet rated".to_owned(),
    };
    blocks.push(paragraph(vec![
        Run::bold(overall),
        Run::plain(format!(
            ", across {} of {} domains and {} of {} key questions rated. Completion {}. Evidence coverage {} \
             ({} of {} rated questions have evidence).",
            card.rated_domains(),
            card.domains.len(),
            card.rated_questions(),
            card.total_questions(),
            percent(card.completion()),
            percent(card.evidence_coverage()),
            card.rated_with_evidence(),
            card.rated_questions(),
        )),
    ]));
    let axes = framework
        .domains
        .iter()
        .zip(&card.domains)
        .map(|(domain, score)| ChartAxis {
            label: domain
                .title
                .split(',')
                .next()
                .unwrap_or(&domain.title)
                .to_owned(),
            value: score.maturity.map(Maturity::value),
        })
        .collect();
    blocks.push(Block::Radar {
        axes,
        alt: chart_alt(card),
    });
    blocks.push(Block::Bars {
        bars: card
            .domains
            .iter()
            .map(|score| Bar {
                label: score.title.clone(),
                value: score.maturity.map(Maturity::value),
                text: maturity_text(framework, score.maturity),
            })
            .collect(),
    });
    blocks.extend(strongest_and_weakest(card));
    blocks.push(heading(2, "Next actions", false));
    let actions = sorted_actions(framework, assessment);
    let open: Vec<_> = actions
        .iter()
        .filter(|a| a.action.status.is_open())
        .take(NEXT_ACTIONS)
        .collect();
    if open.is_empty() {
        blocks.push(paragraph(vec![Run::italic("No open actions.")]));
    } else {
        blocks.push(Block::Table {
            header: vec![
                "Due".to_owned(),
                "Action".to_owned(),
                "Owner".to_owned(),
                "Domain".to_owned(),
            ],
            widths: vec![1.1, 4.0, 1.8, 2.2],
            rows: open
                .iter()
                .map(|a| {
                    vec![
                        vec![Run::plain(due_text(a.action))],
                        vec![Run::plain(or_dash(&a.action.description))],
                        vec![Run::plain(or_dash(&a.action.owner))],
                        vec![Run::plain(a.domain.title.clone())],
                    ]
                })
                .collect(),
        });
    }
    blocks
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

fn strongest_and_weakest(card: &Scorecard) -> Vec<Block> {
    let rated: Vec<&DomainScore> = card
        .domains
        .iter()
        .filter(|d| d.maturity.is_some())
        .collect();
    let names = |target: Option<Maturity>| {
        rated
            .iter()
            .filter(|d| d.maturity == target)
            .map(|d| {
                format!(
                    "{} ({})",
                    d.title,
                    d.maturity.map(|m| m.to_string()).unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let unrated: Vec<&str> = card
        .domains
        .iter()
        .filter(|d| d.maturity.is_none())
        .map(|d| d.title.as_str())
        .collect();
    let mut runs = Vec::new();
    if rated.len() >= 2 {
        let high = rated.iter().filter_map(|d| d.maturity).max();
        let low = rated.iter().filter_map(|d| d.maturity).min();
        runs.extend([
            Run::bold("Strongest: "),
            Run::plain(format!("{}. ", names(high))),
        ]);
        if low != high {
            runs.extend([
                Run::bold("Least developed: "),
                Run::plain(format!("{}. ", names(low))),
            ]);
        }
    } else {
        runs.push(Run::italic(
            "Strongest and least developed domains are shown once two domains are rated. ",
        ));
    }
    if !unrated.is_empty() {
        runs.extend([
            Run::bold("Not yet rated: "),
            Run::plain(format!("{}.", unrated.join(", "))),
        ]);
    }
    vec![paragraph(runs)]
}

/// An action with where it belongs.
struct Placed<'a> {
    domain: &'a Domain,
    question: &'a Question,
    action: &'a Action,
}

/// Every action, soonest due first; undated and unreadable dates last, then framework order.
fn sorted_actions<'a>(framework: &'a Framework, assessment: &'a Assessment) -> Vec<Placed<'a>> {
    let mut placed: Vec<(usize, Placed<'a>)> = framework
        .questions()
        .filter_map(|(domain, question)| {
            assessment
                .response(&question.id)
                .map(|r| (domain, question, r))
        })
        .flat_map(|(domain, question, response)| {
            response.actions.iter().map(move |action| Placed {
                domain,
                question,
                action,
            })
        })
        .enumerate()
        .collect();
    placed.sort_by_key(|(order, p)| {
        let due = parse_due_date(&p.action.due);
        (due.is_none(), due, *order)
    });
    placed.into_iter().map(|(_, p)| p).collect()
}

fn due_text(action: &Action) -> String {
    or_dash(&action.due)
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
            Run {
                text: source.clone(),
                weight: super::doc::Weight::Regular,
                link: LinkKind::of(source).openable().map(|url| Link {
                    url: url.to_string(),
                    alt: format!("The framework's page for {}", domain.title),
                }),
            },
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
    blocks.push(paragraph(
        match response
            .phase
            .and_then(|p| framework.phase(p).map(|info| (p, info)))
        {
            Some((phase, info)) => vec![
                Run::bold(format!("Phase {} {}", phase_number(phase), info.name)),
                Run::plain(format!(" — {}", info.description)),
            ],
            None => vec![Run::bold("Phase "), Run::italic("not yet rated")],
        },
    ));
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
            header: vec![
                "Action".to_owned(),
                "Owner".to_owned(),
                "Due".to_owned(),
                "Status".to_owned(),
            ],
            widths: vec![4.0, 1.8, 1.1, 1.1],
            rows: response
                .actions
                .iter()
                .map(|a| {
                    vec![
                        vec![Run::plain(or_dash(&a.description))],
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

fn phase_number(phase: Phase) -> u8 {
    phase.number()
}

/// Paragraphs of `text` (blank lines separate them); none when it is empty.
fn text_blocks(text: &str) -> Vec<Block> {
    text.split("\n\n")
        .filter_map(non_empty)
        .map(|p| paragraph(vec![Run::plain(p.replace('\n', " "))]))
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

fn action_plan(framework: &Framework, assessment: &Assessment) -> Vec<Block> {
    let actions = sorted_actions(framework, assessment);
    let mut blocks = vec![Block::PageBreak, heading(1, "Action plan", true)];
    if actions.is_empty() {
        blocks.push(paragraph(vec![Run::italic("No actions recorded yet.")]));
        return blocks;
    }
    blocks.push(paragraph(vec![Run::plain(format!(
        "Every action recorded ({}, of which {} open), soonest due first; actions without a date come last.",
        actions.len(),
        actions.iter().filter(|a| a.action.status.is_open()).count()
    ))]));
    blocks.push(Block::Table {
        header: ["Domain", "Question", "Action", "Owner", "Due", "Status"]
            .map(str::to_owned)
            .to_vec(),
        // Wide enough for a date and "In progress" on one line at 9 pt.
        widths: vec![1.6, 2.4, 2.8, 1.5, 1.4, 1.4],
        rows: actions
            .iter()
            .map(|a| -> Vec<Cell> {
                vec![
                    vec![Run::plain(a.domain.title.clone())],
                    vec![Run::plain(a.question.text.clone())],
                    vec![Run::plain(or_dash(&a.action.description))],
                    vec![Run::plain(or_dash(&a.action.owner))],
                    vec![Run::plain(due_text(a.action))],
                    vec![Run::plain(a.action.status.label())],
                ]
            })
            .collect(),
    });
    blocks
}

fn method(framework: &Framework, assessment: &Assessment) -> Vec<Block> {
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, "Method", true),
        paragraph(vec![Run::plain(format!(
            "This report was produced with Civic Impact Workbook from the working group's self-assessment against the \
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
    blocks.push(Block::List {
        items: [
            "Each key question is rated on the six phases, or left not yet rated. Not yet rated never counts as zero.",
            "A domain's maturity is the mean phase of its rated questions, to one decimal (halves round up); the \
             phase it reaches is the whole part of that number.",
            "Overall maturity is the mean of the rated domains' maturities as shown, to one decimal, always given \
             with how many domains and questions were rated.",
            "Completion is the share of key questions rated. Evidence coverage is the share of rated questions with \
             at least one piece of evidence.",
            "Links to evidence are clickable only for http, https and mailto addresses; any other link is printed \
             as text and marked.",
        ]
        .into_iter()
        .map(|rule| vec![Run::plain(rule)])
        .collect(),
    });
    blocks.push(heading(2, "Where the wording comes from", false));
    blocks.push(paragraph(vec![Run::plain(framework.wording_note.clone())]));
    let mut sources: Vec<Vec<Run>> = vec![vec![
        Run::plain(format!("{}: ", framework.attribution.name)),
        Run {
            text: framework.attribution.url.clone(),
            weight: super::doc::Weight::Regular,
            link: LinkKind::of(&framework.attribution.url)
                .openable()
                .map(|url| Link {
                    url: url.to_string(),
                    alt: format!("The {} website", framework.attribution.name),
                }),
        },
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
            "The assessment also holds {unknown} response(s) to questions this version of the framework does not \
             have; they are kept in the file but not shown or scored here."
        ))]));
    }
    blocks.push(paragraph(vec![Run::italic(
        "The Civic Impact Framework is a tool for reflection and peer learning. This report describes one \
         institution's own view of its progress and never ranks institutions.",
    )]));
    blocks
}
