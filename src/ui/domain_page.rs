//! A domain page: its summary and maturity, then each key question with its guidance, phase
//! picker, narrative, evidence, ambition and actions.

use egui::RichText;

use super::{actions_ui, domain_header, evidence_ui, phase_picker, theme, widgets};
use crate::model::{Framework, Phase, Response, TextTarget};
use crate::tr;
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
    /// The question keys 1–6 and 0 rate, marked on the page (see
    /// [`crate::workbook::state::AppState::current_question`]).
    pub current: Option<&'a crate::model::QuestionId>,
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
    /// The question's number as people say it: "1.2".
    number: String,
}

/// One question card as drawn this frame.
struct Card<'a> {
    question: &'a crate::model::Question,
    number: String,
    phase: Option<Phase>,
    rect: egui::Rect,
    picker: phase_picker::Shown,
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
    let (Some(domain), Some(score)) = (
        framework.domains().get(index),
        doc.scorecard.domains.get(index),
    ) else {
        widgets::weak(ui, &tr!("app-domain-missing"));
        return;
    };
    domain_header::header_ui(ui, framework, doc, (index, domain), score, cmds);
    ui.add_space(8.0);
    let cards: Vec<Card<'_>> = domain
        .questions
        .iter()
        .enumerate()
        .map(|(number, question)| {
            let card = card_ui(
                ui,
                framework,
                doc,
                (index, domain),
                (number, question),
                cues,
                cmds,
            );
            ui.add_space(10.0);
            card
        })
        .collect();
    keyboard_ui(ui, &cards, cues, cmds);
    navigation_ui(ui, framework, index, cmds);
}

/// One question's card, its marks (the current question, an undo's flash), and its scroll
/// when asked for.
fn card_ui<'a>(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    (index, domain): (usize, &crate::model::Domain),
    (number, question): (usize, &'a crate::model::Question),
    cues: &Cues<'_>,
    cmds: &mut Vec<Command>,
) -> Card<'a> {
    let empty = Response::default();
    let response = doc.assessment.response(&question.id).unwrap_or(&empty);
    let label = format!("{}.{}", index + 1, number + 1);
    // Arriving on the page puts the keyboard on the first question's rating (or on the
    // question asked for), so keys 1–6 work at once.
    // A text field given the keyboard (by undo, say) keeps it.
    let take_focus = phase_picker::is_followed(ui, &question.id)
        || !ui.ctx().text_edit_focused()
            && match cues.scroll_to {
                Some(id) => id == &question.id,
                None => cues.arrived && number == 0,
            };
    // A screen reader hears which question a field or button belongs to: each card is a
    // group named "Key question 1.2: …".
    let group = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::Group)
        .accessibility_label(tr!(
            "app-domain-card-name",
            number = label.as_str(),
            question = question.text.as_str()
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
                            today: cues.today,
                            number: label.clone(),
                        },
                        cmds,
                    )
                })
        })
        .inner;
    let rect = card.response.rect;
    let palette = theme::palette(ui);
    if cues.flash == Some(&question.id) {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            8.0,
            egui::Stroke::new(4.0, palette.focus),
            egui::StrokeKind::Outside,
        );
    }
    // The question keys 1–6 rate is marked: a frame in the accent colour and a bar at its left.
    if cues.current == Some(&question.id) {
        ui.painter().rect_stroke(
            rect,
            6.0,
            egui::Stroke::new(3.0, palette.accent),
            egui::StrokeKind::Inside,
        );
        let bar = egui::Rect::from_min_size(rect.min, egui::vec2(6.0, rect.height()));
        ui.painter().rect_filled(bar, 3.0, palette.accent);
    }
    if cues.scroll_to == Some(&question.id) {
        // Only a question out of sight moves the page; the keyboard's place is followed below.
        if !ui.clip_rect().intersects(rect) {
            card.response.scroll_to_me(Some(egui::Align::TOP));
        }
        cmds.push(Command::ScrolledToQuestion);
    }
    Card {
        question,
        number: label,
        phase: response.phase,
        rect,
        picker: card.inner,
    }
}

/// Where the keys 1–6 and 0 stand, for the status bar: kept between frames in egui's memory,
/// as it is the page's own view state.
#[derive(Clone, Debug, PartialEq)]
enum KeyHint {
    /// They rate this question ("1.2"), whose rating is in view.
    Rates(String),
    /// A text field has the keyboard: they type; Esc leaves the field, then they rate "1.2".
    Typing(String),
    /// The current question ("1.2") scrolled out of sight: they do nothing.
    OutOfSight(String),
    /// No question is current: they do nothing.
    NoQuestion,
}

impl KeyHint {
    /// The hint in words.
    fn text(&self) -> String {
        match self {
            Self::Rates(number) => tr!("app-key-hint-rates", number = number.as_str()),
            Self::Typing(number) => tr!("app-key-hint-typing", number = number.as_str()),
            Self::OutOfSight(number) => {
                tr!("app-key-hint-out-of-sight", number = number.as_str())
            }
            Self::NoQuestion => tr!("app-key-hint-no-question"),
        }
    }
}

/// The hint shown, and when (app clock) a rating key last did nothing, to stress it.
#[derive(Clone, Debug)]
struct ShownHint {
    hint: KeyHint,
    ignored_at: Option<f64>,
}

fn hint_key() -> egui::Id {
    egui::Id::unique("rating key hint")
}

/// How long (seconds) a hint stays stressed after a key did nothing.
const STRESS_SECS: f64 = 4.0;

/// The status bar's part: what keys 1–6 rate on this page, or why they rate nothing.
pub fn key_hint_ui(ui: &mut egui::Ui) {
    let Some(shown) = ui.data(|d| d.get_temp::<ShownHint>(hint_key())) else {
        return;
    };
    let now = ui.input(|i| i.time);
    let stressed = shown.ignored_at.is_some_and(|at| {
        now - at < STRESS_SECS && matches!(shown.hint, KeyHint::OutOfSight(_) | KeyHint::NoQuestion)
    });
    let palette = theme::palette(ui);
    let text = RichText::new(shown.hint.text());
    let text = if stressed {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(STRESS_SECS));
        text.strong().color(palette.warning)
    } else {
        text.color(palette.weak_text)
    };
    // One line: the status bar does not grow a second for it.
    ui.add(egui::Label::new(text).truncate());
}

/// The keyboard on the page: the place it moves to is brought into view; a click or the
/// keyboard in a question makes it current; keys 1–6 and 0 rate the current question only
/// while its rating is in view; the arrows move a rating group's choice.
fn keyboard_ui(ui: &mut egui::Ui, cards: &[Card<'_>], cues: &Cues<'_>, cmds: &mut Vec<Command>) {
    let clip = ui.clip_rect();
    let focused = ui
        .memory(egui::Memory::focused)
        .and_then(|id| ui.ctx().read_response(id))
        .filter(|r| on_page(ui, r));
    let moved = focus_moved(ui);
    if moved
        && let Some(rect) = focused.as_ref().map(|r| r.rect)
        && !clip.contains_rect(rect)
    {
        ui.scroll_to_rect(rect.expand(8.0), None);
    }
    let card_at = |pos: egui::Pos2| cards.iter().find(|card| card.rect.contains(pos));
    let clicked = ui
        .input(|i| {
            i.pointer
                .any_pressed()
                .then(|| i.pointer.interact_pos())
                .flatten()
        })
        .filter(|pos| clip.contains(*pos) && ui.ctx().layer_id_at(*pos) == Some(ui.layer_id()))
        .and_then(card_at);
    let focused_in = focused
        .as_ref()
        .filter(|_| moved)
        .and_then(|r| card_at(r.rect.center()));
    if let Some(card) = clicked.or(focused_in)
        && cues.current != Some(&card.question.id)
    {
        cmds.push(Command::SetCurrentQuestion(Some(card.question.id.clone())));
    }
    for card in cards {
        if let Some(rated) = phase_picker::arrow_keys(ui, &card.picker, card.question, card.phase) {
            phase_picker::follow_rating(ui, &card.question.id);
            cmds.push(rated);
        }
    }
    rating_keys_ui(ui, cards, cues, cmds);
}

/// Keys 1–6 and 0 on the current question, when its rating is in view; otherwise they do
/// nothing and the hint says why.
fn rating_keys_ui(ui: &mut egui::Ui, cards: &[Card<'_>], cues: &Cues<'_>, cmds: &mut Vec<Command>) {
    let clip = ui.clip_rect();
    let current = cards
        .iter()
        .find(|card| cues.current == Some(&card.question.id));
    let hint = match current {
        Some(card) if in_view(card.picker.rect, clip) && ui.ctx().text_edit_focused() => {
            KeyHint::Typing(card.number.clone())
        }
        Some(card) if in_view(card.picker.rect, clip) => {
            if let Some(rated) = phase_picker::rating_keys(ui, card.question, card.phase) {
                // The keyboard follows the rating, so the ring is on the phase just chosen.
                phase_picker::follow_rating(ui, &card.question.id);
                cmds.push(rated);
            }
            KeyHint::Rates(card.number.clone())
        }
        Some(card) => KeyHint::OutOfSight(card.number.clone()),
        None => KeyHint::NoQuestion,
    };
    let ignored = matches!(hint, KeyHint::OutOfSight(_) | KeyHint::NoQuestion)
        && phase_picker::rating_key_ignored(ui);
    let now = ui.input(|i| i.time);
    ui.data_mut(|d| {
        let last = d
            .get_temp::<ShownHint>(hint_key())
            .and_then(|s| s.ignored_at);
        d.insert_temp(
            hint_key(),
            ShownHint {
                hint,
                ignored_at: if ignored { Some(now) } else { last },
            },
        );
    });
}

/// Whether enough of a rating is in view to see which phase is chosen: at least half of it,
/// or half of the view when it is taller.
fn in_view(rect: egui::Rect, clip: egui::Rect) -> bool {
    let seen = rect.intersect(clip).height().max(0.0);
    rect.is_positive() && seen >= 0.5 * rect.height().min(clip.height())
}

/// Whether a widget is on this page (not the menu bar, the side list or a popup): on the page's
/// layer, across its width, and either in view or clipped by the page's scrolling.
fn on_page(ui: &egui::Ui, response: &egui::Response) -> bool {
    let clip = ui.clip_rect();
    response.layer_id == ui.layer_id()
        && clip.x_range().contains(response.rect.center().x)
        && (clip.intersects(response.rect) || response.interact_rect != response.rect)
}

/// Whether the keyboard moved since the last frame (remembered in egui's memory).
fn focus_moved(ui: &egui::Ui) -> bool {
    let key = egui::Id::unique("page focus last frame");
    let now = ui.memory(egui::Memory::focused);
    ui.data_mut(|d| {
        let last = d.get_temp::<Option<egui::Id>>(key);
        d.insert_temp(key, now);
        last != Some(now)
    })
}

fn question_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    (question, view_id): (&crate::model::Question, u64),
    (number, count): (usize, usize),
    response: &Response,
    card: &CardCues,
    cmds: &mut Vec<Command>,
) -> phase_picker::Shown {
    let take_focus = card.take_focus;
    widgets::weak(
        ui,
        &tr!("app-domain-question-of", number = number + 1, count = count),
    );
    let text = crate::scoring::wording::bank_text(
        framework,
        crate::model::TextOf::QuestionText(&question.id),
        &question.text,
    );
    ui.add(egui::Label::new(RichText::new(text).family(theme::bold()).size(18.0)).wrap());
    if !question.guidance.is_empty() {
        widgets::weak(ui, &question.guidance);
    }
    if !question.evidence_examples.is_empty() {
        egui::CollapsingHeader::new(tr!("app-domain-examples"))
            .id_salt(("examples", &question.id, view_id))
            .show(ui, |ui| {
                for example in &question.evidence_examples {
                    ui.label(tr!("app-bullet", item = example.as_str()));
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
    let shown = phase_picker::ui(
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
        let field = widgets::text_field(
            ui,
            &tr!("app-domain-rationale"),
            &response.rationale,
            TextTarget::Rationale(question.id.clone()),
            &tr!("app-domain-rationale-hint"),
            f32::INFINITY,
            cmds,
        );
        name_for_question(
            ui,
            &field,
            tr!("app-domain-rationale-name", number = card.number.as_str()),
        );
    }
    ui.add_space(6.0);
    let field = widgets::text_area(
        ui,
        &tr!("app-domain-narrative"),
        &response.narrative,
        TextTarget::Narrative(question.id.clone()),
        &tr!("app-domain-narrative-hint"),
        cmds,
    );
    name_for_question(
        ui,
        &field,
        tr!("app-domain-narrative-name", number = card.number.as_str()),
    );
    ui.add_space(6.0);
    evidence_ui::ui(ui, (&question.id, &card.number), &response.evidence, cmds);
    ui.add_space(6.0);
    let field = widgets::text_area(
        ui,
        &tr!("app-domain-ambition"),
        &response.ambition,
        TextTarget::Ambition(question.id.clone()),
        &tr!("app-domain-ambition-hint"),
        cmds,
    );
    name_for_question(
        ui,
        &field,
        tr!("app-domain-ambition-name", number = card.number.as_str()),
    );
    ui.add_space(6.0);
    actions_ui::ui(
        ui,
        (&question.id, &card.number),
        &response.actions,
        card.today,
        cmds,
    );
    shown
}

/// Names a repeated field for a screen reader with its question: `name` is "Narrative, 1.1"
/// (the label on screen stays "Narrative").
fn name_for_question(ui: &egui::Ui, field: &egui::Response, name: String) {
    ui.ctx().accesskit_node_builder(field.id, |node| {
        node.set_label(name);
    });
}

/// Each assessor's phase side by side, with the spread; a wide one is flagged.
fn ratings_ui(ui: &mut egui::Ui, response: &Response, spread: &crate::scoring::Spread) {
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("app-assessors")).strong());
        for (name, phase) in &response.ratings {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.label(tr!(
                        "app-assessor-rating",
                        name = name.trim(),
                        phase = phase.number()
                    ));
                });
        }
    });
    let apart = spread.apart();
    let to_talk = crate::scoring::to_talk_through(response).is_some();
    let text = if spread.assessors == 1 {
        tr!("app-domain-one-assessor")
    } else {
        let (lowest, highest) = (spread.lowest.number(), spread.highest.number());
        let median = spread.median.to_string();
        let words = crate::scoring::wording::phases_apart(apart);
        // Whether it is worth talking through, or agreed since, picks the end of the line.
        let state = match (apart, to_talk) {
            (0 | 1, _) => "close",
            (_, true) => "talk",
            (_, false) => "agreed",
        };
        tr!(
            "app-domain-spread",
            lowest = lowest,
            highest = highest,
            median = median,
            apart = words,
            state = state
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
            Some(domain) => tr!("app-nav-previous-domain", domain = domain.title.as_str()),
            None => tr!("app-nav-previous-details"),
        };
        if ui.button(previous_label).clicked() {
            cmds.push(Command::Navigate(previous));
        }
        let next = match framework.domains().get(index + 1) {
            Some(domain) => (
                tr!("app-nav-next-domain", domain = domain.title.as_str()),
                Page::Domain(index + 1),
            ),
            None => (tr!("app-nav-next-summary"), Page::Summary),
        };
        if ui.button(next.0).clicked() {
            cmds.push(Command::Navigate(next.1));
        }
    });
}
