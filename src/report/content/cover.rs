//! The cover: title, institution, the working group (or, when long, its own section), the
//! date and the framework.

use time::Date;

use super::{heading, non_empty, paragraph, slot, small, styled};
use crate::i18n::{self, DateStyle};
use crate::model::{Assessment, Framework, LinkKind};
use crate::report::doc::{Block, Link, Run, TextSize, Weight};
use crate::tr;

/// How many members of the working group the cover lists; a longer team has a section.
pub(super) const COVER_TEAM: usize = 8;

/// The heading of that section.
pub(super) fn about_heading() -> String {
    tr!("report-about")
}

/// The working group, one member a line with their role.
pub(super) fn team_list(assessment: &Assessment) -> Block {
    let answers = super::answers_part(assessment);
    Block::List {
        items: assessment
            .team
            .iter()
            .map(|member| match non_empty(&member.role) {
                // The role is written in the answers' language; a name is a name.
                Some(role) => styled(
                    &tr!("report-team-member", name = slot(0), role = slot(1)),
                    Weight::Regular,
                    vec![
                        Run::plain(member.name.trim()),
                        Run::plain(role).in_language(answers.as_deref()),
                    ],
                ),
                None => vec![Run::plain(member.name.trim())],
            })
            .collect(),
    }
}

/// The section for a working group too long for the cover.
pub(super) fn about(assessment: &Assessment) -> Vec<Block> {
    vec![
        Block::PageBreak,
        heading(1, about_heading(), true),
        heading(2, tr!("report-working-group"), false),
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
    // The title and the institution are the assessment's own words, in its answers' language
    // (unless the catalogue stands in for a blank one).
    let answers = super::answers_part(assessment);
    let title = heading(1, full_title, false);
    let title = match (&answers, non_empty(&assessment.title)) {
        (Some(lang), Some(_)) => Block::Part {
            lang: lang.clone(),
            blocks: vec![title],
        },
        _ => title,
    };
    let own_institution = non_empty(&assessment.institution).is_some();
    let mut blocks = vec![
        Block::Space(120.0),
        title,
        Block::Paragraph {
            runs: vec![
                Run::plain(institution).in_language(answers.as_deref().filter(|_| own_institution)),
            ],
            size: TextSize::Large,
        },
        Block::Space(24.0),
    ];
    if assessment.team.len() > COVER_TEAM {
        // A long team would push the cover onto a second page: it has a section of its own.
        let text = tr!(
            "report-cover-group-listed",
            lead = slot(0),
            count = assessment.team.len(),
            section = slot(1)
        );
        blocks.push(paragraph(styled(
            &text,
            Weight::Regular,
            vec![
                Run::bold(tr!("report-working-group")),
                Run::section_ref(about_heading()),
            ],
        )));
    } else if !assessment.team.is_empty() {
        blocks.push(paragraph(vec![Run::bold(tr!("report-working-group"))]));
        blocks.push(team_list(assessment));
    }
    blocks.push(Block::Space(12.0));
    let prepared = tr!(
        "report-prepared",
        lead = slot(0),
        date = i18n::date(date, DateStyle::Long)
    );
    blocks.push(paragraph(styled(
        &prepared,
        Weight::Regular,
        vec![Run::bold(tr!("report-prepared-lead"))],
    )));
    let attribution = framework.attribution();
    let publisher = Run::maybe_linked(
        attribution.name.clone(),
        LinkKind::of(&attribution.url).openable().map(|url| Link {
            url: url.to_string(),
            alt: tr!(
                "report-link-alt",
                text = &attribution.name,
                url = url.to_string()
            ),
        }),
    );
    let framework_line = tr!(
        "report-cover-framework",
        lead = slot(0),
        framework = framework.title(),
        version = framework.version(),
        publisher = slot(1)
    );
    blocks.push(paragraph(styled(
        &framework_line,
        Weight::Regular,
        vec![Run::bold(tr!("report-framework-lead")), publisher],
    )));
    blocks.push(Block::Space(24.0));
    blocks.push(small(vec![Run::italic(tr!("report-cover-disclaimer"))]));
    blocks
}
