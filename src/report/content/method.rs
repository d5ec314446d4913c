//! The method, and the appendix of answers to questions the framework does not have.

use super::{Baseline, heading, like_for_like, paragraph, response_blocks, slot, small, styled};
use crate::model::{Assessment, Framework, LinkKind, Response};
use crate::report::doc::{Block, Link, Run, Weight};
use crate::tr;

/// The answers to questions this version of the framework does not have, in the order saved.
fn unknown<'a>(framework: &'a Framework, assessment: &'a Assessment) -> Vec<&'a Response> {
    assessment
        .unknown_questions(framework)
        .filter_map(|id| assessment.response(id))
        .collect()
}

/// The number (from 1) of the appendix's answer to the question `id`, which the framework
/// does not have.
pub(super) fn appendix_number(
    framework: &Framework,
    assessment: &Assessment,
    id: &str,
) -> Option<usize> {
    assessment
        .unknown_questions(framework)
        .filter(|id| assessment.response(id).is_some())
        .position(|known| known.as_str() == id)
        .map(|index| index + 1)
}

/// The appendix: answers to questions this version of the framework does not have (from an
/// earlier or later version, or a custom bank), shown in full rather than dropped. Their
/// actions are in the action plan too.
pub(super) fn unknown_answers(framework: &Framework, assessment: &Assessment) -> Vec<Block> {
    let unknown = unknown(framework, assessment);
    if unknown.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![
        Block::PageBreak,
        heading(1, tr!("report-appendix"), true),
        paragraph(vec![Run::plain(tr!(
            "report-appendix-intro",
            count = unknown.len(),
            framework = framework.title(),
            version = framework.version()
        ))]),
    ];
    let answers = super::answers_part(assessment);
    // Numbered, not named by the id they were saved with: an id is the file's, not a reader's.
    for (index, response) in unknown.into_iter().enumerate() {
        blocks.push(heading(
            2,
            tr!("report-appendix-answer", number = index + 1),
            true,
        ));
        blocks.extend(response_blocks(framework, response, answers.as_deref()));
    }
    blocks
}

/// The framework's publisher, with a link, and its domains in our own wording.
fn sources(framework: &Framework) -> Block {
    let attribution = framework.attribution();
    let publisher = Run::maybe_linked(
        attribution.url.clone(),
        LinkKind::of(&attribution.url).openable().map(|url| Link {
            url: url.to_string(),
            alt: tr!("report-publisher-alt", name = &attribution.name),
        }),
    );
    let text = tr!(
        "report-source-publisher",
        name = &attribution.name,
        publisher = slot(0)
    );
    let mut sources: Vec<Vec<Run>> = vec![styled(&text, Weight::Regular, vec![publisher])];
    for domain in framework.domains().iter().filter(|d| d.provisional) {
        sources.push(vec![Run::plain(tr!(
            "report-source-provisional",
            domain = &domain.title
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
        heading(1, tr!("report-method"), true),
        paragraph(vec![Run::plain(tr!(
            "report-method-intro",
            framework = framework.title(),
            version = framework.version(),
            publisher = &framework.attribution().name
        ))]),
        heading(2, tr!("report-six-phases"), false),
        Block::List {
            items: framework
                .scale()
                .phases
                .iter()
                .map(|p| {
                    let text = tr!(
                        "report-method-phase",
                        phase = slot(0),
                        description = &p.description
                    );
                    let name = tr!(
                        "report-method-phase-name",
                        number = p.number.number(),
                        name = &p.name
                    );
                    styled(&text, Weight::Regular, vec![Run::bold(name)])
                })
                .collect(),
        },
    ];
    if framework.scale().provisional {
        blocks.push(small(vec![Run::italic(tr!("report-provisional-scale"))]));
    }
    blocks.push(heading(2, tr!("report-how-scored"), false));
    let mut rules = vec![
        tr!("report-rule-rated"),
        tr!("report-rule-domain"),
        tr!("report-rule-overall"),
        tr!("report-rule-completion"),
        tr!("report-rule-links"),
    ];
    if assessment.is_group() {
        rules.push(tr!("report-rule-group"));
    }
    if baseline.is_some() {
        rules.push(tr!("report-rule-earlier"));
        rules.push(like_for_like());
    }
    blocks.push(Block::List {
        items: rules
            .into_iter()
            .map(|rule| vec![Run::plain(rule)])
            .collect(),
    });
    blocks.push(heading(2, tr!("report-wording-source"), false));
    blocks.push(paragraph(vec![Run::plain(
        framework.wording_note().to_owned(),
    )]));
    blocks.push(sources(framework));
    let unknown = assessment.unknown_questions(framework).count();
    if unknown > 0 {
        blocks.push(small(vec![Run::italic(tr!(
            "report-method-unknown",
            count = unknown
        ))]));
    }
    blocks.push(paragraph(vec![Run::italic(tr!("report-method-closing"))]));
    // Reference matter, read once: it takes the full width, as the summary does, and so
    // ends on its first page.
    let body = blocks.split_off(2);
    blocks.push(Block::Wide(body));
    blocks
}
