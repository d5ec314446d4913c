//! What the room discusses under a question in presenter mode: the assessors' ratings and their
//! spread, and what the earlier assessment said with the change since. Written in full
//! contrast and at least as large as the phase names, so the back of the room can read them.

use egui::RichText;

use crate::model::{Framework, Phase, QuestionId, Response};
use crate::scoring::{self, Maturity, Spread, compare};
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::state::Document;

/// The size of the discussion's text at presenter scale 1.0: larger than a phase's name on
/// its segment (14 at that scale), so ratings never read as the small print.
pub const TEXT_SIZE: f32 = 16.0;

/// Every assessor's phase and the spread; with names hidden, the phases alone, lowest first,
/// so the room discusses the spread rather than who said what.
pub fn ratings_ui(
    ui: &mut egui::Ui,
    response: &Response,
    spread: &Spread,
    (scale, hide_names): (f32, bool),
    cmds: &mut Vec<Command>,
) {
    let size = TEXT_SIZE * scale;
    let mut ratings: Vec<(String, u8)> = response
        .ratings
        .iter()
        .map(|(name, phase)| (name.trim().to_owned(), phase.number()))
        .collect();
    if hide_names {
        ratings.sort_by_key(|(_, phase)| *phase);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("app-assessors")).strong().size(size));
        for (name, phase) in &ratings {
            let text = if hide_names {
                phase.to_string()
            } else {
                tr!("app-assessor-rating", name = name.as_str(), phase = *phase)
            };
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(8, 2))
                .show(ui, |ui| {
                    ui.label(RichText::new(text).size(size));
                });
        }
        let toggle = if hide_names {
            tr!("app-presenter-show-names")
        } else {
            tr!("app-presenter-hide-names")
        };
        if ui
            .button(toggle)
            .on_hover_text(tr!("app-presenter-names-hover"))
            .clicked()
        {
            cmds.push(Command::ToggleNames);
        }
    });
    ui.label(RichText::new(spread_text(spread)).size(size).strong());
}

/// "Spread 2–4, median 3.0", and how far apart that is.
pub fn spread_text(spread: &Spread) -> String {
    if spread.assessors == 1 {
        return tr!("app-presenter-one-assessor", phase = spread.lowest.number());
    }
    // The spread alone: whether it is worth talking through is the domain page's note.
    tr!(
        "app-domain-spread",
        lowest = spread.lowest.number(),
        highest = spread.highest.number(),
        median = spread.median.to_string(),
        apart = crate::scoring::wording::phases_apart(spread.apart()),
        state = "close"
    )
}

/// When comparing with an earlier assessment, what it said of `question` and the change since:
/// "Earlier (2025–26): 2 Exploring · now 3 Delivering, +1.0". Like for like: a question
/// rated in only one of the two has no change, only what each said.
pub fn earlier_text(
    framework: &Framework,
    doc: &Document,
    question: &QuestionId,
    response: &Response,
) -> Option<String> {
    let baseline = doc.baseline.as_ref()?;
    let value = |response: Option<&Response>| {
        response
            .and_then(scoring::question_score)
            .map(|score| score.value)
    };
    let earlier = value(baseline.assessment.response(question));
    let now = value(Some(response));
    let said = |m: Option<Maturity>| match m {
        Some(m) => phase_words(framework, m),
        None => scoring::wording::not_yet_rated(),
    };
    let label = baseline.label.as_str();
    // Worded as the summary and the report word a question's change: "+1.0", "no change".
    Some(if compare::change(earlier, now).is_some() {
        tr!(
            "app-presenter-earlier-change",
            label = label,
            earlier = said(earlier),
            now = said(now),
            change = scoring::wording::question_change(earlier, now)
        )
    } else {
        tr!(
            "app-presenter-earlier",
            label = label,
            earlier = said(earlier),
            now = said(now)
        )
    })
}

/// A question's score in words: "3 Delivering" for a whole phase, "2.5" for a median between
/// two.
fn phase_words(framework: &Framework, m: Maturity) -> String {
    let whole = m
        .tenths()
        .is_multiple_of(10)
        .then(|| u8::try_from(m.tenths() / 10).ok().and_then(Phase::new))
        .flatten();
    match whole {
        Some(phase) => tr!(
            "app-phase-number-name",
            number = phase.number(),
            phase = framework.phase_name(phase)
        ),
        None => m.to_string(),
    }
}

/// The style of the discussion's lines: full contrast, at least the phase names' size.
pub fn line(text: String, scale: f32) -> RichText {
    RichText::new(text).size(TEXT_SIZE * scale).strong()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(low: u8, high: u8, median_phase: u8, assessors: usize) -> Spread {
        Spread {
            lowest: Phase::new(low).unwrap(),
            highest: Phase::new(high).unwrap(),
            median: Maturity::of_phase(Phase::new(median_phase).unwrap()),
            assessors,
        }
    }

    #[test]
    fn the_spread_says_how_far_apart_in_words() {
        assert_eq!(
            spread_text(&spread(2, 4, 3, 3)),
            "Spread 2–4, median 3.0 · 2 phases apart"
        );
        assert_eq!(
            spread_text(&spread(3, 4, 3, 2)),
            "Spread 3–4, median 3.0 · 1 phase apart"
        );
        assert_eq!(
            spread_text(&spread(3, 3, 3, 2)),
            "Spread 3–3, median 3.0 · all agree"
        );
        assert_eq!(spread_text(&spread(5, 5, 5, 1)), "One assessor rated it 5");
    }
}
