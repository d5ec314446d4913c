//! A section per domain, with every key question's phase, narrative, evidence, ambition and
//! actions.

use super::{
    Column, column_names, due_text, heading, maturity_text, non_empty, not_yet_rated, or_dash,
    paragraph, ratings_text, slot, small, spread_text, styled,
};
use crate::model::{Assessment, Domain, Framework, LinkKind, Phase, Question, Response};
use crate::report::doc::{Block, Link, Run, Weight};
use crate::scoring::wording::question_number;
use crate::scoring::{self as scores, DomainScore};
use crate::tr;

/// A link run when the link may be clicked; plain text, marked, when it may not.
pub(super) fn link_runs(title: &str, link: &str) -> Vec<Run> {
    let title = non_empty(title).map_or_else(|| tr!("report-untitled-evidence"), str::to_owned);
    match LinkKind::of(link) {
        LinkKind::Allowed(url) => vec![Run::linked(
            title.clone(),
            Link {
                url: url.to_string(),
                alt: tr!("report-link-alt", text = title, url = url.to_string()),
            },
        )],
        LinkKind::Empty => vec![Run::plain(title)],
        LinkKind::Deceptive(_) => {
            vec![Run::plain(title), Run::italic(tr!("report-link-deceptive"))]
        }
        // A link that may not be opened (a script, a file on someone's disk) is left out of a
        // document for leadership; `validate` and the app's problems list name it.
        _ => vec![Run::plain(title), Run::italic(tr!("report-link-not-web"))],
    }
}

pub(super) fn domain_section(
    framework: &Framework,
    assessment: &Assessment,
    index: usize,
    domain: &Domain,
    score: Option<&DomainScore>,
) -> Vec<Block> {
    let title = crate::model::TextOf::DomainTitle(&domain.id);
    let mut blocks = vec![
        Block::PageBreak,
        in_bank_language(
            framework,
            title,
            heading(
                1,
                tr!(
                    "report-domain-heading",
                    number = index + 1,
                    domain = crate::scoring::wording::bank_text(framework, title, &domain.title)
                ),
                true,
            ),
        ),
    ];
    if let Some(score) = score {
        let text = if score.evidence_coverage().is_some() {
            tr!(
                "report-domain-rated-evidence",
                lead = slot(0),
                rated = score.rated,
                total = score.total,
                with_evidence = score.rated_with_evidence
            )
        } else {
            tr!(
                "report-domain-rated",
                lead = slot(0),
                rated = score.rated,
                total = score.total
            )
        };
        let lead = tr!(
            "report-domain-lead",
            maturity = maturity_text(framework, score.maturity)
        );
        blocks.push(paragraph(styled(
            &text,
            Weight::Regular,
            vec![Run::bold(lead)],
        )));
    }
    blocks.push(paragraph(vec![Run::plain(domain.summary.clone())]));
    match (&domain.source, domain.provisional) {
        (_, true) => blocks.push(small(vec![Run::italic(tr!("report-provisional-domain"))])),
        (Some(source), false) => {
            let link = Run::maybe_linked(
                source.clone(),
                LinkKind::of(source).openable().map(|url| Link {
                    url: url.to_string(),
                    alt: tr!("report-source-alt", domain = &domain.title),
                }),
            );
            let text = tr!("report-source", source = slot(0));
            blocks.push(small(styled(&text, Weight::Regular, vec![link])));
        }
        (None, false) => {}
    }
    let empty = Response::default();
    let answers = super::answers_part(assessment);
    for (number, question) in domain.questions.iter().enumerate() {
        let response = assessment.response(&question.id).unwrap_or(&empty);
        blocks.extend(question_blocks(
            framework,
            index,
            number,
            question,
            response,
            answers.as_deref(),
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
    answers: Option<&str>,
) -> Vec<Block> {
    let text = crate::model::TextOf::QuestionText(&question.id);
    let mut blocks = vec![in_bank_language(
        framework,
        text,
        heading(
            2,
            tr!(
                "report-question-heading",
                number = question_number(domain, number),
                question = crate::scoring::wording::bank_text(framework, text, &question.text)
            ),
            true,
        ),
    )];
    blocks.extend(response_blocks(framework, response, answers));
    blocks
}

/// What a response says: its phase, narrative, evidence, ambition and actions. `answers` is
/// the language the answers are written in when it is not the report's: their prose is marked
/// as in it.
pub(super) fn response_blocks(
    framework: &Framework,
    response: &Response,
    answers: Option<&str>,
) -> Vec<Block> {
    let mut blocks = phase_blocks(framework, response, answers);
    let narrative = in_language(text_blocks(&response.narrative), answers);
    section(
        &mut blocks,
        tr!("report-narrative"),
        (!narrative.is_empty()).then_some(narrative),
    );
    let evidence = (!response.evidence.is_empty()).then(|| {
        vec![Block::List {
            items: response
                .evidence
                .iter()
                .map(|evidence| {
                    let mut runs = link_runs(&evidence.title, &evidence.link);
                    // The title is the user's, in the answers' language.
                    if let (Some(first), Some(_)) = (runs.first_mut(), non_empty(&evidence.title)) {
                        first.lang = answers.map(str::to_owned);
                    }
                    if let Some(note) = non_empty(&evidence.note) {
                        runs.extend(styled(
                            &tr!("report-evidence-note", note = slot(0)),
                            Weight::Regular,
                            vec![Run::plain(note).in_language(answers)],
                        ));
                    }
                    if let Some(by) = added_by(&evidence.added_by) {
                        runs.push(Run::italic(by));
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
    section(&mut blocks, tr!("report-evidence"), evidence);
    let ambition = in_language(text_blocks(&response.ambition), answers);
    section(
        &mut blocks,
        tr!("report-ambition"),
        (!ambition.is_empty()).then_some(ambition),
    );
    if response.actions.is_empty() {
        section(&mut blocks, tr!("report-actions"), None);
    } else {
        blocks.push(heading(3, tr!("report-actions"), false));
        blocks.push(Block::Table {
            header: column_names(&[Column::Action, Column::Owner, Column::Due, Column::Status]),
            widths: vec![4.0, 1.8, 1.1, 1.1],
            rows: response
                .actions
                .iter()
                .map(|a| {
                    let mut description =
                        vec![Run::plain(or_dash(&a.description)).in_language(answers)];
                    if let Some(by) = added_by(&a.added_by) {
                        description.push(Run::italic(by));
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
pub(super) fn phase_blocks(
    framework: &Framework,
    response: &Response,
    answers: Option<&str>,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let spread = scores::spread(response);
    blocks.push(paragraph(
        match response
            .phase
            .and_then(|p| framework.phase(p).map(|info| (p, info)))
        {
            // Each phase is described once, in the Method; the summary's legend names them.
            Some((phase, info)) => vec![Run::bold(if spread.is_some() {
                tr!(
                    "report-agreed-phase",
                    number = phase_number(phase),
                    name = &info.name
                )
            } else {
                tr!(
                    "report-phase",
                    number = phase_number(phase),
                    name = &info.name
                )
            })],
            None => match &spread {
                Some(spread) => styled(
                    &tr!(
                        "report-phase-unagreed",
                        lead = slot(0),
                        median = spread.median.to_string()
                    ),
                    Weight::Regular,
                    vec![Run::bold(tr!("report-phase-unagreed-lead"))],
                ),
                None => styled(
                    &tr!("report-phase-unrated", status = slot(0)),
                    Weight::Bold,
                    vec![Run::italic(not_yet_rated())],
                ),
            },
        },
    ));
    if let Some(spread) = &spread {
        let talk = if scores::to_talk_through(response).is_some() {
            "yes"
        } else {
            "no"
        };
        let text = tr!(
            "report-assessors",
            lead = slot(0),
            ratings = ratings_text(response),
            spread = spread_text(spread),
            talk = talk
        );
        blocks.push(paragraph(styled(
            &text,
            Weight::Regular,
            vec![Run::bold(tr!("report-assessors-lead"))],
        )));
        if let Some(rationale) = non_empty(&response.rationale) {
            let text = tr!("report-rationale", lead = slot(0), rationale = slot(1));
            blocks.push(paragraph(styled(
                &text,
                Weight::Regular,
                vec![
                    Run::bold(tr!("report-rationale-lead")),
                    Run::plain(rationale).in_language(answers),
                ],
            )));
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
pub(super) fn section(blocks: &mut Vec<Block>, label: String, content: Option<Vec<Block>>) {
    if let Some(content) = content {
        blocks.push(heading(3, label, false));
        blocks.extend(content);
    } else {
        let text = tr!("report-section-empty", section = slot(0));
        let name = tr!("report-section-name", name = label);
        blocks.push(paragraph(styled(
            &text,
            Weight::Italic,
            vec![Run::bold(name)],
        )));
    }
}

/// `block`, a text of the bank's, marked as in the language it is shown in when the bank lacks
/// it in the report's (it is tagged so in its words too).
fn in_bank_language(framework: &Framework, of: crate::model::TextOf<'_>, block: Block) -> Block {
    match framework.other_language(of) {
        Some(lang) => Block::Part {
            lang: lang.tag().to_owned(),
            blocks: vec![block],
        },
        None => block,
    }
}

/// `blocks` marked as in `lang`, when given.
fn in_language(blocks: Vec<Block>, lang: Option<&str>) -> Vec<Block> {
    match lang {
        Some(lang) if !blocks.is_empty() => vec![Block::Part {
            lang: lang.to_owned(),
            blocks,
        }],
        _ => blocks,
    }
}

/// " (added by Alys and Bryn)" after a piece of evidence or an action; `None` when nobody is
/// named.
fn added_by(names: &[String]) -> Option<String> {
    let names: Vec<&str> = names
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .collect();
    (!names.is_empty()).then(|| {
        let names = super::listed(names.iter().map(|n| (*n).to_owned()), |init, next| {
            tr!("report-group-names", init = init, next = next)
        });
        tr!("report-added-by", names = names)
    })
}
