//! The method, and the appendix of answers to questions the framework does not have.

use super::{Baseline, heading, paragraph, response_blocks, small};
use crate::model::{Assessment, Framework, LinkKind};
use crate::report::doc::{Block, Link, Run};
use crate::scoring::wording::{self, answers};

/// The appendix: answers to questions this version of the framework does not have (from an
/// earlier or later version, or a custom bank), shown in full rather than dropped. Their
/// actions are in the action plan too.
pub(super) fn unknown_answers(framework: &Framework, assessment: &Assessment) -> Vec<Block> {
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
            framework.title(),
            framework.version()
        ))]),
    ];
    for (id, response) in unknown {
        blocks.push(heading(2, id.as_str(), true));
        blocks.extend(response_blocks(framework, response));
    }
    blocks
}

/// The framework's publisher, with a link, and its domains in our own wording.
fn sources(framework: &Framework) -> Block {
    let mut sources: Vec<Vec<Run>> = vec![vec![
        Run::plain(format!("{}: ", framework.attribution().name)),
        Run::maybe_linked(
            framework.attribution().url.clone(),
            LinkKind::of(&framework.attribution().url)
                .openable()
                .map(|url| Link {
                    url: url.to_string(),
                    alt: format!("The {} website", framework.attribution().name),
                }),
        ),
    ]];
    for domain in framework.domains().iter().filter(|d| d.provisional) {
        sources.push(vec![Run::plain(format!(
            "{}: provisional, our own wording",
            domain.title
        ))]);
    }
    Block::List { items: sources }
}

pub(super) fn method(
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
            framework.title(),
            framework.version(),
            framework.attribution().name
        ))]),
        heading(2, "The six phases of progress", false),
        Block::List {
            items: framework
                .scale()
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
    if framework.scale().provisional {
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
    let like_for_like = wording::like_for_like();
    if baseline.is_some() {
        rules.push(
            "The earlier assessment is scored the same way, against the framework in use now. An earlier action \
             is followed by the id it carries in the file: the same action this year, however it is now worded.",
        );
        rules.push(&like_for_like);
    }
    blocks.push(Block::List {
        items: rules
            .into_iter()
            .map(|rule| vec![Run::plain(rule)])
            .collect(),
    });
    blocks.push(heading(2, "Where the wording comes from", false));
    blocks.push(paragraph(vec![Run::plain(
        framework.wording_note().to_owned(),
    )]));
    blocks.push(sources(framework));
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
