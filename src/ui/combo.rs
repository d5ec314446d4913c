//! A drop-down list that behaves as on Windows: Enter (or a click) picks an entry and closes
//! the list, and Escape closes the list or does nothing, leaving the keyboard on the list's
//! button, so the question it belongs to stays the current one. egui's own `ComboBox` leaves
//! the list open after Enter and lets Escape drop the keyboard focus altogether.

/// What the list showed and held last frame, kept in egui's memory under the button's id.
#[derive(Clone, Copy, Debug, Default)]
struct Last {
    open: bool,
    focused: bool,
}

/// A drop-down list of `options` (value and words), `current` chosen, named by the label
/// `labelled_by` for screen readers. Returns the value picked this frame, if another one was.
pub fn ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    labelled_by: egui::Id,
    current: T,
    options: &[(T, &str)],
) -> Option<T> {
    let current_text = options
        .iter()
        .find(|(value, _)| *value == current)
        .map_or("", |(_, text)| *text);
    let mut picked = None;
    let mut chosen = false;
    let shown = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current_text)
        .show_ui(ui, |ui| {
            for (value, text) in options {
                // `clicked` is true for Enter and Space as well as the pointer.
                if ui.selectable_label(*value == current, *text).clicked() {
                    chosen = true;
                    if *value != current {
                        picked = Some(*value);
                    }
                    ui.close();
                }
            }
        });
    let response = shown.response.labelled_by(labelled_by);
    let key = response.id.with("combo last frame");
    let last: Last = ui.data(|d| d.get_temp(key)).unwrap_or_default();
    let escape = ui.input(|i| i.key_pressed(egui::Key::Escape) && !i.modifiers.any());
    // egui drops the focus on Escape before anything is drawn: give it back to the button,
    // and after a choice (the list closes) put it there too.
    let refocus = chosen || (escape && (last.open || last.focused));
    if refocus {
        response.request_focus();
        ui.ctx().request_repaint();
    }
    let now = Last {
        open: shown.inner.is_some(),
        focused: response.has_focus() || refocus,
    };
    ui.data_mut(|d| d.insert_temp(key, now));
    picked
}

#[cfg(test)]
mod tests {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    const OPTIONS: [(u8, &str); 3] = [(1, "Planned"), (2, "In progress"), (3, "Done")];

    fn harness() -> Harness<'static, u8> {
        // The app's fonts: egui's own are not built in.
        let mut harness = Harness::builder()
            .with_context_setup(|ctx| {
                super::super::theme::install(ctx, crate::workbook::command::ThemeChoice::Light);
            })
            .build_ui_state(
                |ui, status: &mut u8| {
                    let _ = ui.button("Before");
                    let label = ui.label("Status");
                    if let Some(picked) = super::ui(ui, "status", label.id, *status, &OPTIONS) {
                        *status = picked;
                    }
                },
                1,
            );
        harness.run();
        harness
    }

    fn press(harness: &mut Harness<'_, u8>, key: egui::Key) {
        harness.key_press(key);
        harness.run();
    }

    fn combo_has_focus(harness: &Harness<'_, u8>) -> bool {
        harness
            .get_by_role_and_label(Role::ComboBox, "Status")
            .accesskit_node()
            .is_focused()
    }

    fn list_is_open(harness: &Harness<'_, u8>) -> bool {
        harness.query_by_label("Done").is_some()
    }

    #[test]
    fn enter_picks_and_closes_the_list_and_escape_keeps_the_focus() {
        let mut harness = harness();
        harness
            .get_by_role_and_label(Role::ComboBox, "Status")
            .focus();
        harness.run();
        press(&mut harness, egui::Key::Enter);
        assert!(list_is_open(&harness));
        // Down enters the list on its first entry, Down again to the second, Enter picks it.
        press(&mut harness, egui::Key::ArrowDown);
        press(&mut harness, egui::Key::ArrowDown);
        press(&mut harness, egui::Key::Enter);
        assert_eq!(*harness.state(), 2);
        assert!(!list_is_open(&harness), "the list stays open after Enter");
        assert!(combo_has_focus(&harness), "the keyboard left the list");
        // Escape on the closed list changes nothing.
        press(&mut harness, egui::Key::Escape);
        assert!(combo_has_focus(&harness), "Escape dropped the keyboard");
        // Escape in the open list closes it and keeps the keyboard on its button.
        press(&mut harness, egui::Key::Enter);
        assert!(list_is_open(&harness));
        press(&mut harness, egui::Key::ArrowDown);
        press(&mut harness, egui::Key::Escape);
        assert!(!list_is_open(&harness));
        assert!(combo_has_focus(&harness), "Escape dropped the keyboard");
        assert_eq!(*harness.state(), 2);
    }
}
