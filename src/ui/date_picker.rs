//! A calendar for picking a date, as people in the UK expect one: the month and year named in
//! its heading, weeks starting on Monday, weekends looking like any other day, and a click on a
//! day picking it and closing the calendar. (`egui_extras`' picker names neither month nor year
//! unless its unnamed lists are shown, and needs a Save.)

use egui::{Popup, PopupCloseBehavior, RichText};
use time::{Date, Month};

use crate::i18n::{self, DateStyle};
use crate::tr;

/// The month a calendar shows, while it is open.
#[derive(Clone, Copy)]
struct Shown {
    year: i32,
    month: Month,
    /// Whether the keyboard still has to be put on the day picked (just opened).
    focus_day: bool,
}

/// The size of one day's button.
const DAY: egui::Vec2 = egui::vec2(30.0, 24.0);

/// A "Calendar…" button named `name` for screen readers, opening a calendar on `current` (or
/// `today`); returns the day picked.
pub fn ui(ui: &mut egui::Ui, name: &str, current: Option<Date>, today: Date) -> Option<Date> {
    let button = ui
        .button(tr!("form-calendar-button"))
        .on_hover_text(tr!("form-calendar-button-hint"))
        .accessible_name(name);
    let popup_id = button.id.with("calendar");
    let state_id = popup_id.with("shown");
    if !Popup::is_id_open(ui.ctx(), popup_id) {
        ui.data_mut(|d| d.remove::<Shown>(state_id));
    }
    let mut picked = None;
    Popup::from_toggle_button_response(&button)
        .id(popup_id)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let start = current.unwrap_or(today);
            let mut shown = ui.data(|d| d.get_temp::<Shown>(state_id)).unwrap_or(Shown {
                year: start.year(),
                month: start.month(),
                focus_day: true,
            });
            picked = calendar_ui(ui, &mut shown, current, today);
            if picked.is_some() {
                ui.close();
            }
            ui.data_mut(|d| d.insert_temp(state_id, shown));
        });
    if picked.is_some() {
        // Back to the button, as a closed list leaves the keyboard on its button.
        button.request_focus();
    }
    picked
}

/// The heading with the month's arrows, the days of the month in weeks from Monday, and Today.
fn calendar_ui(
    ui: &mut egui::Ui,
    shown: &mut Shown,
    current: Option<Date>,
    today: Date,
) -> Option<Date> {
    let mut picked = None;
    let width = 7.0 * DAY.x + 6.0 * ui.spacing().item_spacing.x;
    ui.set_width(width);
    // "Su" in a column as narrow as its day never wraps onto two lines.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    ui.horizontal(|ui| {
        let arrow = egui::vec2(DAY.x, DAY.y);
        if ui
            .add_sized(arrow, egui::Button::new("‹"))
            .on_hover_text(tr!("form-calendar-previous-month"))
            .accessible_name(tr!("form-calendar-previous-month"))
            .clicked()
        {
            step_month(shown, false);
        }
        let heading = tr!(
            "form-calendar-heading",
            month = u8::from(shown.month),
            year = shown.year
        );
        let middle = ui.available_width() - arrow.x - ui.spacing().item_spacing.x;
        ui.add_sized(
            egui::vec2(middle.max(0.0), arrow.y),
            egui::Label::new(RichText::new(heading).strong()),
        );
        if ui
            .add_sized(arrow, egui::Button::new("›"))
            .on_hover_text(tr!("form-calendar-next-month"))
            .accessible_name(tr!("form-calendar-next-month"))
            .clicked()
        {
            step_month(shown, true);
        }
    });
    let Ok(first) = Date::from_calendar_date(shown.year, shown.month, 1) else {
        return None;
    };
    let blanks = usize::from(first.weekday().number_days_from_monday());
    let days = shown.month.length(shown.year);
    egui::Grid::new(ui.scope_id().with("days"))
        .num_columns(7)
        .min_col_width(DAY.x)
        .show(ui, |ui| {
            for weekday in 1..=7_u8 {
                ui.vertical_centered(|ui| ui.weak(tr!("form-calendar-weekday", weekday = weekday)));
            }
            ui.end_row();
            for _ in 0..blanks {
                ui.label("");
            }
            for day in 1..=days {
                let Ok(date) = Date::from_calendar_date(shown.year, shown.month, day) else {
                    continue;
                };
                let mut text = RichText::new(day.to_string());
                if date == today {
                    text = text.underline();
                }
                let response = ui
                    .add(
                        egui::Button::new(text)
                            .selected(current == Some(date))
                            .min_size(DAY),
                    )
                    .accessible_name(day_name(date));
                if shown.focus_day && date == current.unwrap_or(today) {
                    response.request_focus();
                    shown.focus_day = false;
                }
                if response.clicked() {
                    picked = Some(date);
                }
                if (blanks + usize::from(day)).is_multiple_of(7) {
                    ui.end_row();
                }
            }
        });
    if ui
        .button(tr!("form-calendar-today"))
        .on_hover_text(day_name(today))
        .clicked()
    {
        picked = Some(today);
    }
    picked
}

/// A day in full, for screen readers: "Monday 15 March 2027".
fn day_name(date: Date) -> String {
    tr!(
        "form-calendar-day",
        weekday = date.weekday().number_from_monday(),
        date = i18n::date(date, DateStyle::Long)
    )
}

/// The month after (or before) the one shown.
fn step_month(shown: &mut Shown, forward: bool) {
    if forward {
        if shown.month == Month::December {
            shown.year += 1;
        }
        shown.month = shown.month.next();
    } else {
        if shown.month == Month::January {
            shown.year -= 1;
        }
        shown.month = shown.month.previous();
    }
}
