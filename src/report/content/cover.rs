//! The cover: title, institution, the working group (or, when long, its own section), the
//! date and the framework.

use time::Date;

use super::{heading, non_empty, paragraph, small};
use crate::model::{Assessment, Framework, LinkKind};
use crate::report::doc::{Block, Link, Run, TextSize};
use crate::scoring::wording;

/// How many members of the working group the cover lists; a longer team has a section.
pub(super) const COVER_TEAM: usize = 8;

/// The heading of that section.
pub(super) const ABOUT: &str = "About this assessment";

/// The working group, one member a line with their role.
pub(super) fn team_list(assessment: &Assessment) -> Block {
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
pub(super) fn about(assessment: &Assessment) -> Vec<Block> {
    vec![
        Block::PageBreak,
        heading(1, ABOUT, true),
        heading(2, "The working group", false),
        team_list(assessment),
    ]
}

pub(super) fn cover(
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
        Run::plain(format!("{} {}, ", framework.title(), framework.version())),
        Run::maybe_linked(
            framework.attribution().name.clone(),
            LinkKind::of(&framework.attribution().url)
                .openable()
                .map(|url| Link {
                    url: url.to_string(),
                    alt: format!("{} (link to {url})", framework.attribution().name),
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
