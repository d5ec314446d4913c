//! Presenter mode: one key question fills the screen in large type, for a room to discuss: the
//! question and its guidance, the assessors' ratings and spread, what the earlier assessment
//! said, the six phases with the rating, and the narrative, which can be typed in place.
//!
//! The question, the discussion and the phases always fit the window together: their size
//! follows the window (and the zoom), shrinking until they fit and growing back when there is
//! room, so at 200 % on a 1024×768 projector the rating is still in sight. The narrative takes
//! the rest of the window and scrolls within it.
//!
//! Keys: arrows and Page Up/Down move across questions and domains, 1–6 rate the question shown,
//! 0 clears, N hides names, Esc leaves; none of them while typing in the narrative (there Esc
//! leaves the field first).

mod discussion;
mod fit;

use egui::{Key, RichText};

use super::{phase_picker, theme, widgets};
use crate::model::{Framework, QuestionId, Response, TextTarget};
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::state::Document;

/// The margin the window keeps around the view (see `ui::root_ui`).
const MARGIN: f32 = 24.0;

/// The presenter view of `question`; its keys work while `has_keyboard`.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    question_id: &QuestionId,
    hide_names: bool,
    has_keyboard: bool,
    cmds: &mut Vec<Command>,
) {
    let typing_key = egui::Id::unique("presenter typing");
    // Typing in the narrative keeps the keys; Esc there leaves the field, not the mode (egui
    // has already let go of the field when Esc arrives, so ask what held the keys last frame).
    let typing =
        ui.ctx().text_edit_focused() || ui.data(|d| d.get_temp(typing_key).unwrap_or(false));
    // A prompt on screen has the keyboard.
    if has_keyboard && !typing {
        keys(ui, cmds);
    }
    let Some((domain_index, domain, question)) = framework
        .domains()
        .iter()
        .enumerate()
        .find_map(|(i, d)| Some((i, d, d.questions.iter().find(|q| &q.id == question_id)?)))
    else {
        widgets::weak(ui, &tr!("app-presenter-missing"));
        return;
    };
    let empty = Response::default();
    let response = doc.assessment.response(&question.id).unwrap_or(&empty);
    // On a window of some height, the narrative keeps a quarter of it in sight below the
    // phases; on a small one (a projector at 200 %) the question and phases take it all.
    let room = ui.clip_rect().height() - 2.0 * MARGIN;
    let room = if room > 450.0 { room * 0.75 } else { room };
    let window = ui.clip_rect().size();
    let fitted_to = egui::Id::unique((
        &question.id,
        window.x.round().to_bits(),
        window.y.round().to_bits(),
    ));
    let fit = ui
        .data(|d| d.get_temp::<fit::Fit>(fit_key()))
        .unwrap_or_else(|| fit::Fit::first(fitted_to, room));
    let scale = fit.scale;
    let top = ui.cursor().top();
    let header = question_ui(ui, framework, (domain_index, domain, question), scale, cmds);
    ui.add_space(8.0 * scale);
    let spread = crate::scoring::spread(response);
    if let Some(spread) = &spread {
        discussion::ratings_ui(ui, response, spread, (scale, hide_names), cmds);
    }
    if let Some(earlier) = discussion::earlier_text(framework, doc, &question.id, response) {
        ui.add(egui::Label::new(discussion::line(earlier, scale)).wrap());
    }
    let picker_top = ui.cursor().top();
    phase_picker::ui(
        ui,
        framework,
        question,
        response.phase,
        spread.map(|s| s.median),
        phase_picker::Look {
            scale,
            take_focus: false,
        },
        cmds,
    );
    let picker =
        egui::Rect::from_x_y_ranges(ui.min_rect().x_range(), picker_top..=ui.min_rect().bottom());
    refit(ui, fit, fitted_to, ui.min_rect().bottom() - top, room);
    if has_keyboard && !typing {
        // The question shown is the one rated; if the window was scrolled, its phases come
        // back into sight with the new rating.
        if let Some(rated) = phase_picker::rating_keys(ui, question, response.phase) {
            ui.scroll_to_rect_animation(picker, None, egui::style::ScrollAnimation::none());
            cmds.push(rated);
        }
    }
    ui.add_space(8.0 * scale);
    let narrative = narrative_ui(ui, &question.id, response, scale, cmds);
    let typed = narrative.has_focus();
    ui.data_mut(|d| d.insert_temp(typing_key, typed));
    // A question arrived at starts at its top, even if the last one was scrolled to its end.
    let shown_key = egui::Id::unique("presenter shown");
    if !ui.ctx().will_discard()
        && ui.data(|d| d.get_temp::<QuestionId>(shown_key)).as_ref() != Some(&question.id)
    {
        if !ui.clip_rect().contains_rect(header.rect) {
            header.scroll_to_me_animation(
                Some(egui::Align::TOP),
                egui::style::ScrollAnimation::none(),
            );
        }
        ui.data_mut(|d| d.insert_temp(shown_key, question.id.clone()));
    }
}

/// Where the room is, with buttons to move and leave (returned), then the question and its
/// guidance.
fn question_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    (domain_index, domain, question): (usize, &crate::model::Domain, &crate::model::Question),
    scale: f32,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    let total = framework.questions().count();
    let position = framework
        .questions()
        .position(|(_, q)| q.id == question.id)
        .map_or(0, |p| p + 1);
    let number = domain
        .questions
        .iter()
        .position(|q| q.id == question.id)
        .map_or(0, |p| p + 1);
    let place = tr!(
        "app-presenter-place",
        number = crate::scoring::wording::question_number(domain_index, number.saturating_sub(1)),
        domain = domain.title.as_str(),
        position = position,
        total = total
    );
    let header = header_ui(ui, &place, scale, cmds);
    ui.add_space(8.0 * scale);
    let text = crate::scoring::wording::bank_text(
        framework,
        crate::model::TextOf::QuestionText(&question.id),
        &question.text,
    );
    ui.add(egui::Label::new(RichText::new(text).family(theme::bold()).size(21.0 * scale)).wrap());
    if !question.guidance.is_empty() {
        ui.add(
            egui::Label::new(
                RichText::new(&question.guidance)
                    .size((13.0 * scale).max(readable_floor(ui, 12.0)))
                    .color(theme::palette(ui).weak_text),
            )
            .wrap(),
        );
    }
    header
}

/// Keeps the view's scale such that what was laid out from the top through the phases
/// (`height`) fits the `room` the window has (see [`fit`]).
fn refit(ui: &egui::Ui, fit: fit::Fit, to: egui::Id, height: f32, room: f32) {
    let next = fit.next(to, height, room);
    if next != fit {
        ui.data_mut(|d| d.insert_temp(fit_key(), next));
    }
    if (next.scale - fit.scale).abs() > f32::EPSILON {
        // Draw it again at the new size before anyone sees this one.
        ui.ctx().request_discard("presenter mode fits the window");
        ui.ctx().request_repaint();
    }
}

/// Where egui's memory keeps the view's [`fit::Fit`].
fn fit_key() -> egui::Id {
    egui::Id::unique("presenter fit")
}

/// The narrative, typed in place and bound like a domain page's: it takes the rest of the
/// window (at least a few lines) and scrolls within it, so the question stays in sight.
fn narrative_ui(
    ui: &mut egui::Ui,
    question: &QuestionId,
    response: &Response,
    scale: f32,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    let size = (14.0 * scale).max(15.0);
    let lines = ui
        .ctx()
        .fonts_mut(|f| f.row_height(&egui::FontId::proportional(size)));
    let left = ui.clip_rect().bottom() - ui.cursor().top() - MARGIN - 2.0 * lines;
    egui::ScrollArea::vertical()
        .id_salt(("presenter narrative", question))
        .max_height(left.max(5.0 * lines))
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.style_mut().override_font_id = Some(egui::FontId::proportional(size));
            widgets::text_area(
                ui,
                &tr!("app-domain-narrative"),
                &response.narrative,
                TextTarget::Narrative(question.clone()),
                &tr!("app-presenter-narrative-hint"),
                cmds,
            )
        })
        .inner
}

/// Where the room is, and buttons to move and leave.
fn header_ui(
    ui: &mut egui::Ui,
    place: &str,
    scale: f32,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        let place = ui.label(
            RichText::new(place)
                .size((11.0 * scale).max(readable_floor(ui, 13.0)))
                .color(palette.weak_text),
        );
        if ui
            .button(tr!("app-previous"))
            .on_hover_text(tr!("app-presenter-previous-hover"))
            .clicked()
        {
            cmds.push(Command::PresentStep(-1));
        }
        if ui
            .button(tr!("app-next"))
            .on_hover_text(tr!("app-presenter-next-hover"))
            .clicked()
        {
            cmds.push(Command::PresentStep(1));
        }
        if ui
            .button(Command::StopPresenting.label())
            .on_hover_text(tr!("app-presenter-stop-hover"))
            .clicked()
        {
            cmds.push(Command::StopPresenting);
        }
        place
    })
    .inner
}

/// Moving and leaving; the rating keys are read with the question.
fn keys(ui: &egui::Ui, cmds: &mut Vec<Command>) {
    ui.input_mut(|input| {
        for (key, command) in [
            (Key::ArrowRight, Command::PresentStep(1)),
            (Key::ArrowDown, Command::PresentStep(1)),
            (Key::PageDown, Command::PresentStep(1)),
            (Key::ArrowLeft, Command::PresentStep(-1)),
            (Key::ArrowUp, Command::PresentStep(-1)),
            (Key::PageUp, Command::PresentStep(-1)),
            (Key::Escape, Command::StopPresenting),
            (Key::N, Command::ToggleNames),
        ] {
            if input.consume_key(egui::Modifiers::NONE, key) {
                cmds.push(command);
            }
        }
    });
}

/// The smallest size, in points, for the guidance and the place line: `points` at 100 % zoom,
/// the same size on screen when zoomed in (in pixels, not points), so that at 200 % on a
/// projector they give their room to the question and the phases, which the fitting then
/// keeps larger than them.
fn readable_floor(ui: &egui::Ui, points: f32) -> f32 {
    points / ui.ctx().zoom_factor().max(1.0)
}
