//! A domain page: its summary and maturity, then each key question with its guidance, phase
//! picker, narrative, evidence, ambition and actions.

use egui::RichText;

use super::{actions_ui, domain_header, evidence_ui, phase_picker, theme, widgets};
use crate::model::{Framework, Response, TextTarget};
use crate::workbook::command::{Command, Page};
use crate::workbook::state::Document;

/// What the page should draw attention to this frame.
#[derive(Clone, Copy, Debug)]
pub struct Cues<'a> {
    /// A question to bring into view (and put the keyboard on).
    pub scroll_to: Option<&'a crate::model::QuestionId>,
    /// The page has just been opened.
    pub arrived: bool,
    /// A question just changed by undo or redo, to ring briefly.
    pub flash: Option<&'a crate::model::QuestionId>,
    /// Today, for the calendar of a due date not yet set.
    pub today: time::Date,
}

/// What one question card should do this frame.
#[derive(Clone, Debug)]
struct CardCues {
    /// When comparing: what the earlier assessment said, as "Earlier (2025–26): 2 Planning".
    earlier: Option<String>,
    /// Put the keyboard on its rating.
    take_focus: bool,
    /// Today, for the calendar.
    today: time::Date,
}

/// The page of domain `index`.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    index: usize,
    cues: &Cues<'_>,
    cmds: &mut Vec<Command>,
) {
    let Cues {
        scroll_to,
        arrived,
        flash,
        today,
    } = *cues;
    let (Some(domain), Some(score)) = (
        framework.domains().get(index),
        doc.scorecard.domains.get(index),
    ) else {
        widgets::weak(ui, "This domain is not in the framework in use.");
        return;
    };
    domain_header::header_ui(ui, framework, doc, (index, domain), score, cmds);
    ui.add_space(8.0);
    let empty = Response::default();
    let focused = ui
        .memory(egui::Memory::focused)
        .and_then(|id| ui.ctx().read_response(id))
        .map(|r| r.rect);
    for (number, question) in domain.questions.iter().enumerate() {
        let response = doc.assessment.response(&question.id).unwrap_or(&empty);
        // Arriving on the page puts the keyboard on the first question's rating (or on the
        // question asked for), so keys 1–6 work at once.
        // A text field given the keyboard (by undo, say) keeps it.
        let take_focus = phase_picker::is_followed(ui, &question.id)
            || !ui.ctx().text_edit_focused()
                && match scroll_to {
                    Some(id) => id == &question.id,
                    None => arrived && number == 0,
                };
        // A screen reader hears which question a field or button belongs to: each card is a
        // group named "Key question 1.2: …".
        let group = egui::UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(format!(
                "Key question {}.{}: {}",
                index + 1,
                number + 1,
                question.text
            ));
        let card = ui
            .scope_builder(group, |ui| {
                egui::Frame::group(ui.style())
                    .fill(theme::palette(ui).card)
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        question_ui(
                            ui,
                            framework,
                            (question, doc.view_id),
                            (number, domain.questions.len()),
                            response,
                            &CardCues {
                                earlier: domain_header::earlier_text(framework, doc, &question.id),
                                take_focus,
                                today,
                            },
                            cmds,
                        );
                    })
            })
            .inner;
        if flash == Some(&question.id) {
            ui.painter().rect_stroke(
                card.response.rect.expand(2.0),
                8.0,
                egui::Stroke::new(4.0, theme::palette(ui).focus),
                egui::StrokeKind::Outside,
            );
        }
        // The question holding the keyboard focus is ringed, and keys 1–6 and 0 rate it.
        if focused.is_some_and(|rect| card.response.rect.contains_rect(rect)) {
            ui.painter().rect_stroke(
                card.response.rect,
                6.0,
                egui::Stroke::new(2.0, theme::palette(ui).accent),
                egui::StrokeKind::Inside,
            );
            if let Some(rated) = phase_picker::rating_keys(ui, question, response.phase) {
                // The keyboard follows the rating, so the ring is on the phase just chosen.
                phase_picker::follow_rating(ui, &question.id);
                cmds.push(rated);
            }
        }
        if scroll_to == Some(&question.id) {
            card.response.scroll_to_me(Some(egui::Align::TOP));
            cmds.push(Command::ScrolledToQuestion);
        }
        ui.add_space(10.0);
    }
    navigation_ui(ui, framework, index, cmds);
}

fn question_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    (question, view_id): (&crate::model::Question, u64),
    (number, count): (usize, usize),
    response: &Response,
    card: &CardCues,
    cmds: &mut Vec<Command>,
) {
    let take_focus = card.take_focus;
    widgets::weak(ui, &format!("Key question {} of {count}", number + 1));
    ui.add(
        egui::Label::new(
            RichText::new(&question.text)
                .family(theme::bold())
                .size(18.0),
        )
        .wrap(),
    );
    if !question.guidance.is_empty() {
        widgets::weak(ui, &question.guidance);
    }
    if !question.evidence_examples.is_empty() {
        egui::CollapsingHeader::new("Examples of evidence")
            .id_salt(("examples", &question.id, view_id))
            .show(ui, |ui| {
                for example in &question.evidence_examples {
                    ui.label(format!("• {example}"));
                }
            });
    }
    ui.add_space(6.0);
    let spread = crate::scoring::spread(response);
    if let Some(spread) = &spread {
        ratings_ui(ui, response, spread);
    }
    if let Some(earlier) = &card.earlier {
        domain_header::earlier_ui(ui, earlier);
    }
    phase_picker::ui(
        ui,
        framework,
        question,
        response.phase,
        spread.map(|s| s.median),
        phase_picker::Look {
            scale: 1.0,
            take_focus,
        },
        cmds,
    );
    if spread.is_some() {
        widgets::text_field(
            ui,
            "Why this phase",
            &response.rationale,
            TextTarget::Rationale(question.id.clone()),
            "One line on why the group agreed it",
            f32::INFINITY,
            cmds,
        );
    }
    ui.add_space(6.0);
    widgets::text_area(
        ui,
        "Narrative",
        &response.narrative,
        TextTarget::Narrative(question.id.clone()),
        "Where are we, and why do we say so?",
        cmds,
    );
    ui.add_space(6.0);
    let label = framework.question_number(&question.id).unwrap_or_default();
    evidence_ui::ui(ui, (&question.id, &label), &response.evidence, cmds);
    ui.add_space(6.0);
    widgets::text_area(
        ui,
        "Ambition (what if?)",
        &response.ambition,
        TextTarget::Ambition(question.id.clone()),
        "What would we like to be true?",
        cmds,
    );
    ui.add_space(6.0);
    actions_ui::ui(
        ui,
        (&question.id, &label),
        &response.actions,
        card.today,
        cmds,
    );
}

/// Each assessor's phase side by side, with the spread; a wide one is flagged.
fn ratings_ui(ui: &mut egui::Ui, response: &Response, spread: &crate::scoring::Spread) {
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Assessors").strong());
        for (name, phase) in &response.ratings {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.label(format!("{} {}", name.trim(), phase.number()));
                });
        }
    });
    let apart = spread.apart();
    let to_talk = crate::scoring::to_talk_through(response).is_some();
    let text = if spread.assessors == 1 {
        "One assessor rated it".to_owned()
    } else {
        format!(
            "Spread {}–{}, median {}{}",
            spread.lowest.number(),
            spread.highest.number(),
            spread.median,
            match apart {
                0 => " · all agree".to_owned(),
                1 => " · 1 phase apart".to_owned(),
                n if to_talk => format!(" · {n} phases apart: worth talking through"),
                n => format!(" · {n} phases apart, now agreed"),
            }
        )
    };
    let colour = if to_talk {
        palette.warning
    } else {
        palette.weak_text
    };
    ui.label(RichText::new(text).color(colour));
}

fn navigation_ui(ui: &mut egui::Ui, framework: &Framework, index: usize, cmds: &mut Vec<Command>) {
    // Long domain names: the second button goes below the first rather than off the page.
    ui.horizontal_wrapped(|ui| {
        let previous = if index == 0 {
            Page::Details
        } else {
            Page::Domain(index - 1)
        };
        let previous_label = match index
            .checked_sub(1)
            .and_then(|i| framework.domains().get(i))
        {
            Some(domain) => format!("‹ {}", domain.title),
            None => "‹ Assessment details".to_owned(),
        };
        if ui.button(previous_label).clicked() {
            cmds.push(Command::Navigate(previous));
        }
        let next = match framework.domains().get(index + 1) {
            Some(domain) => (format!("{} ›", domain.title), Page::Domain(index + 1)),
            None => ("Summary ›".to_owned(), Page::Summary),
        };
        if ui.button(next.0).clicked() {
            cmds.push(Command::Navigate(next.1));
        }
    });
}
