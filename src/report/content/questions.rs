//! A section per domain, with every key question's phase, narrative, evidence, ambition and
//! actions.

use super::{
    column_names, due_text, heading, maturity_text, non_empty, or_dash, paragraph, ratings_text,
    small, spread_text,
};
use crate::model::{Assessment, Domain, Framework, LinkKind, Phase, Question, Response};
use crate::report::doc::{Block, Link, Run};
use crate::scoring::{self as scores, DomainScore};

/// A link run when the link may be clicked; plain text, marked, when it may not.
pub(super) fn link_runs(title: &str, link: &str) -> Vec<Run> {
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
        LinkKind::Deceptive(_) => vec![
            Run::plain(title),
            Run::italic(" (link not included: it hides where it goes)"),
        ],
        // A link that may not be opened (a script, a file on someone's disk) is left out of a
        // document for leadership; `validate` and the app's problems list name it.
        _ => vec![
            Run::plain(title),
            Run::italic(" (link not included: not a web or email address)"),
        ],
    }
}

pub(super) fn domain_section(
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

pub(super) fn question_blocks(
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
pub(super) fn response_blocks(framework: &Framework, response: &Response) -> Vec<Block> {
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
pub(super) fn phase_blocks(framework: &Framework, response: &Response) -> Vec<Block> {
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

pub(super) fn phase_number(phase: Phase) -> u8 {
    phase.number()
}

/// Paragraphs of `text` (blank lines and the paragraph separator U+2029, as Word and Outlook
/// paste them, separate them; a single line break, U+2028 included, stays a line break); none
/// when it is empty.
pub(super) fn text_blocks(text: &str) -> Vec<Block> {
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
pub(super) fn section(blocks: &mut Vec<Block>, label: &str, content: Option<Vec<Block>>) {
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
