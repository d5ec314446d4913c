//! The rating control, built to be read from the back of a room: the six phases as large
//! segments (number over name) that wrap as a block, "Not yet rated" beside the label, and the
//! chosen phase's description below. Keys 1–6 rate the question in focus and 0 or Backspace
//! clears it (see [`rating_keys`]). The choices are one radio group (the WAI-ARIA pattern):
//! one Tab stop, on the chosen one, and the arrow keys move the choice (see [`arrow_keys`]).

use egui::{Key, RichText, Sense};

use super::theme;
use crate::model::{Edit, Framework, Phase, Question};
use crate::tr;
use crate::workbook::command::Command;

/// The narrowest a phase segment may be (in points) before the row wraps.
const MIN_SEGMENT_WIDTH: f32 = 112.0;
/// Gap between segments.
const GAP: f32 = 6.0;

/// How the picker is shown.
#[derive(Clone, Copy, Debug)]
pub struct Look {
    /// 1.0 on a domain page, more in presenter mode.
    pub scale: f32,
    /// Put the keyboard on the current choice.
    pub take_focus: bool,
}

/// Where the picker was drawn this frame, for the page to judge whether it is in view and
/// whether the keyboard is in it.
#[derive(Clone, Copy, Debug)]
pub struct Shown {
    /// The phases' segments (the part a person reads the rating from).
    pub rect: egui::Rect,
    /// The chosen choice, the group's one Tab stop.
    pub chosen: Option<egui::Id>,
}

/// How a choice takes part in the group: only the chosen one is a Tab stop; the others are
/// reached with the arrow keys (or clicked).
fn sense(selected: bool) -> Sense {
    if selected {
        Sense::click()
    } else {
        Sense::CLICK
    }
}

/// A small count as a length.
fn length(n: usize) -> f32 {
    f32::from(u16::try_from(n).unwrap_or(u16::MAX))
}

/// The picker for one question. In a group assessment (`median` given) it records the phase
/// the group agreed, and until then says that the median counts.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    question: &Question,
    current: Option<Phase>,
    median: Option<crate::scoring::Maturity>,
    look: Look,
    cmds: &mut Vec<Command>,
) -> Shown {
    let scale = look.scale;
    let choose = |phase: Option<Phase>| -> Option<Command> {
        (phase != current).then(|| {
            Command::Edit(Edit::SetPhase {
                question: question.id.clone(),
                phase,
            })
        })
    };
    // One radio group per question, named "Phase, 1.1" for a screen reader.
    let number = framework
        .question_number(&question.id)
        .unwrap_or_else(|| question.id.to_string());
    let (label, unset, hover, name) = match median {
        Some(_) => (
            tr!("app-picker-agreed"),
            tr!("app-picker-not-agreed"),
            tr!("app-picker-not-agreed-hover"),
            tr!("app-picker-agreed-name", number = number),
        ),
        None => (
            tr!("app-picker-phase"),
            crate::scoring::wording::not_yet_rated_label(),
            tr!("app-picker-not-rated-hover"),
            tr!("app-picker-phase-name", number = number),
        ),
    };
    let group = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::RadioGroup)
        .accessibility_label(name);
    ui.scope_builder(group, |ui| {
        choices_ui(
            ui,
            framework,
            current,
            (&label, &unset, &hover),
            look,
            &choose,
            cmds,
        )
    })
    .inner
    .with_description(ui, framework, current, median, scale)
}

/// The radio group itself: "0 Not yet rated" beside the label, then the six phases.
fn choices_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    current: Option<Phase>,
    (label, unset, hover): (&str, &str, &str),
    look: Look,
    choose: &dyn Fn(Option<Phase>) -> Option<Command>,
    cmds: &mut Vec<Command>,
) -> Shown {
    let Look { scale, take_focus } = look;
    let mut chosen = None;
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(label).strong().size(16.0 * scale));
        let selected = current.is_none();
        // A choice like the phases, keyed like them ("0"), so it never reads as the status
        // of a question that has a phase; quieter once a phase is chosen.
        let name = tr!("app-picker-unset-name", unset = unset);
        let text = RichText::new(tr!("app-picker-unset", unset = unset)).size(15.0 * scale);
        let text = if selected {
            text
        } else {
            text.color(palette.weak_text)
        };
        let response = ui
            .add(
                egui::Button::new(text)
                    .selected(selected)
                    .sense(sense(selected)),
            )
            .on_hover_text(hover);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &name)
        });
        if selected {
            chosen = Some(response.id);
        }
        if take_focus && selected {
            response.request_focus();
        }
        if response.clicked() {
            cmds.extend(choose(None));
        }
        ui.label(
            RichText::new(tr!("app-picker-keys"))
                .size(13.0 * scale)
                .color(palette.weak_text),
        );
    });
    let phases = &framework.scale().phases;
    let width = ui.available_width();
    let columns = columns_for(width, phases.len(), MIN_SEGMENT_WIDTH * scale);
    let segment_width = ((width - GAP * (length(columns) - 1.0)) / length(columns)).max(1.0);
    let height = 58.0 * scale;
    let mut rect = egui::Rect::NOTHING;
    for row in phases.chunks(columns) {
        let shown = ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = GAP;
            for info in row {
                let selected = current == Some(info.number);
                let response =
                    segment_ui(ui, egui::vec2(segment_width, height), scale, info, selected);
                if selected {
                    chosen = Some(response.id);
                }
                if take_focus && selected {
                    response.request_focus();
                }
                if response.clicked() {
                    cmds.extend(choose(Some(info.number)));
                }
            }
        });
        rect = rect.union(shown.response.rect);
    }
    Shown { rect, chosen }
}

impl Shown {
    /// Adds the chosen phase's description below the group.
    fn with_description(
        self,
        ui: &mut egui::Ui,
        framework: &Framework,
        current: Option<Phase>,
        median: Option<crate::scoring::Maturity>,
        scale: f32,
    ) -> Self {
        description_ui(ui, framework, current, median, scale);
        self
    }
}

/// The chosen phase's description, or what "not yet rated" means.
fn description_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    current: Option<Phase>,
    median: Option<crate::scoring::Maturity>,
    scale: f32,
) {
    let palette = theme::palette(ui);
    let description = match current.and_then(|phase| framework.phase(phase)) {
        Some(info) => RichText::new(tr!(
            "app-picker-description",
            phase = info.name.as_str(),
            description = info.description.as_str()
        ))
        .color(palette.text),
        None if median.is_some() => RichText::new(tr!(
            "app-picker-median",
            median = median.map(|m| m.to_string()).unwrap_or_default()
        ))
        .color(palette.text),
        None => RichText::new(tr!("app-picker-unrated")).color(palette.weak_text),
    };
    ui.add(egui::Label::new(description.italics().size(15.0 * scale)).wrap());
}

/// How many segments fit on a row: all of them, or a divisor so rows stay even (6 → 3 → 2 → 1).
fn columns_for(width: f32, count: usize, min_width: f32) -> usize {
    let fits = |columns: usize| {
        length(columns) * min_width + length(columns.saturating_sub(1)) * GAP <= width
    };
    (1..=count.max(1))
        .rev()
        .filter(|&columns| count.is_multiple_of(columns))
        .find(|&columns| fits(columns))
        .unwrap_or(1)
}

/// One phase: its number large, its name below, filled in the accent colour when chosen and
/// ringed when it has keyboard focus. Named "3 Delivering" for screen readers, with the phase's
/// description as its description.
fn segment_ui(
    ui: &mut egui::Ui,
    size: egui::Vec2,
    scale: f32,
    info: &crate::model::PhaseInfo,
    selected: bool,
) -> egui::Response {
    let palette = theme::palette(ui);
    let (rect, response) = ui.allocate_exact_size(size, sense(selected));
    let label = tr!(
        "app-phase-number-name",
        number = info.number.number(),
        phase = info.name.as_str()
    );
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &label)
    });
    let response = response.on_hover_text(&info.description);
    if ui.is_rect_visible(rect) {
        let hovered = response.hovered() || response.has_focus();
        let (fill, text, border) = if selected {
            (palette.accent, palette.on_accent, palette.accent)
        } else if hovered {
            (palette.accent_fill, palette.text, palette.accent)
        } else {
            (palette.field, palette.text, palette.control_border)
        };
        let painter = ui.painter_at(rect.expand(4.0));
        painter.rect(
            rect,
            6.0,
            fill,
            egui::Stroke::new(1.5, border),
            egui::StrokeKind::Inside,
        );
        if response.has_focus() {
            painter.rect_stroke(
                rect.expand(3.0),
                8.0,
                egui::Stroke::new(3.0, palette.focus),
                egui::StrokeKind::Middle,
            );
        }
        let number = egui::FontId::new(24.0 * scale, theme::bold());
        let name = egui::FontId::proportional(14.0 * scale);
        painter.text(
            rect.center_top() + egui::vec2(0.0, 4.0 * scale),
            egui::Align2::CENTER_TOP,
            info.number.to_string(),
            number,
            text,
        );
        // The name shortens with "…" in a narrow segment; the full name is on hover.
        let mut job = egui::text::LayoutJob::simple_singleline(info.name.clone(), name, text);
        job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width() - 8.0);
        let galley = ui.painter().layout_job(job);
        let position = egui::pos2(
            rect.center().x - galley.size().x / 2.0,
            rect.bottom() - 6.0 * scale - galley.size().y,
        );
        painter.galley(position, galley, text);
    }
    response
}

/// Where egui's memory keeps the question whose new rating the keyboard should move to.
fn follow_key() -> egui::Id {
    egui::Id::unique("follow rating")
}

/// Asks for the keyboard to move to `question`'s chosen phase on the next frame.
pub fn follow_rating(ui: &egui::Ui, question: &crate::model::QuestionId) {
    ui.data_mut(|d| d.insert_temp(follow_key(), question.clone()));
}

/// Whether the keyboard should move to `question`'s chosen phase now (asked once).
pub fn is_followed(ui: &egui::Ui, question: &crate::model::QuestionId) -> bool {
    let followed = ui
        .data(|d| d.get_temp::<crate::model::QuestionId>(follow_key()))
        .is_some_and(|q| &q == question);
    if followed {
        ui.data_mut(|d| d.remove::<crate::model::QuestionId>(follow_key()));
    }
    followed
}

/// In the radio group holding the keyboard, Left and Up choose the previous choice, Right and
/// Down the next, going round from the last to "0 Not yet rated" (the WAI-ARIA radio-group
/// pattern); the keyboard stays on the group (the page calls [`follow_rating`]).
pub fn arrow_keys(
    ui: &egui::Ui,
    shown: &Shown,
    question: &Question,
    current: Option<Phase>,
) -> Option<Command> {
    let id = shown.chosen?;
    if !ui.memory(|m| m.has_focus(id)) {
        return None;
    }
    // The arrows stay in the group rather than moving the keyboard to the nearest widget.
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            id,
            egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                ..egui::EventFilter::default()
            },
        );
    });
    let step: i8 = ui.input_mut(|input| {
        let mut step = 0;
        for (key, by) in [
            (Key::ArrowLeft, -1),
            (Key::ArrowUp, -1),
            (Key::ArrowRight, 1),
            (Key::ArrowDown, 1),
        ] {
            if input.consume_key(egui::Modifiers::NONE, key) {
                step += by;
            }
        }
        step
    });
    if step == 0 {
        return None;
    }
    // Choices 0 (not yet rated) to 6, round.
    let now = current.map_or(0, Phase::number);
    let next = u8::try_from((i16::from(now) + i16::from(step)).rem_euclid(7)).unwrap_or(0);
    Some(Command::Edit(Edit::SetPhase {
        question: question.id.clone(),
        phase: Phase::new(next),
    }))
}

/// Whether a rating key was pressed with no question to rate (the key is used up, so it does
/// nothing else).
pub fn rating_key_ignored(ui: &egui::Ui) -> bool {
    if ui.ctx().text_edit_focused() {
        return false;
    }
    ui.input_mut(|input| {
        RATING_KEYS
            .iter()
            .any(|(key, _)| input.consume_key(egui::Modifiers::NONE, *key))
    })
}

/// The keys that rate, and the phase number each gives (0: not yet rated).
const RATING_KEYS: [(Key, u8); 8] = [
    (Key::Num0, 0),
    (Key::Backspace, 0),
    (Key::Num1, 1),
    (Key::Num2, 2),
    (Key::Num3, 3),
    (Key::Num4, 4),
    (Key::Num5, 5),
    (Key::Num6, 6),
];

/// Keys 1–6 rate `question` and 0 or Backspace clears it, when the keyboard is not typing into a
/// text field. Call it for the question in focus only.
pub fn rating_keys(ui: &egui::Ui, question: &Question, current: Option<Phase>) -> Option<Command> {
    if ui.ctx().text_edit_focused() {
        return None;
    }
    let number = ui.input_mut(|input| {
        RATING_KEYS
            .iter()
            .find(|(key, _)| input.consume_key(egui::Modifiers::NONE, *key))
            .map(|(_, number)| *number)
    })?;
    let phase = Phase::new(number);
    (phase != current).then(|| {
        Command::Edit(Edit::SetPhase {
            question: question.id.clone(),
            phase,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_wrap_in_even_rows() {
        assert_eq!(columns_for(900.0, 6, 112.0), 6);
        assert_eq!(columns_for(600.0, 6, 112.0), 3);
        assert_eq!(columns_for(300.0, 6, 112.0), 2);
        assert_eq!(columns_for(100.0, 6, 112.0), 1);
        assert_eq!(columns_for(100.0, 0, 112.0), 1);
    }
}
