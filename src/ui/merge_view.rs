//! Changes made elsewhere: the bar that says someone else changed the open file (it never stops
//! the room), and the merge window that lists what comes in and shows each conflict side by
//! side, by question number and text, to choose mine, theirs or both.

use egui::RichText;

use super::{theme, widgets};
use crate::model::merge::{Choice, Conflict, Place};
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::state::{AppState, MergeSource, MergeView};
use crate::workbook::update::merge::{change_name, place_name, value_text};
use crate::workbook::update::outside::outside_text;

/// The bar under the menu while the open file holds someone else's changes. It floats over
/// the top of the page instead of pushing the page down (messages never move the page: the
/// facilitator's next click lands where it was aimed), and stays until dealt with.
pub fn bar_ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(doc) = &state.doc else {
        return;
    };
    let Some(outside) = &doc.outside else {
        return;
    };
    let room = super::help::below_menu_bar(ctx);
    let width = (room.width() - 24.0).clamp(200.0, 980.0);
    egui::Area::new(egui::Id::unique("outside_bar"))
        .order(egui::Order::Foreground)
        .fixed_pos(egui::pos2(room.center().x - width / 2.0, room.top() + 6.0))
        .show(ctx, |ui| {
            let palette = theme::palette(ui);
            egui::Frame::popup(ui.style())
                .fill(palette.notice)
                .inner_margin(8.0)
                .show(ui, |ui| {
                    ui.set_width(width - 16.0);
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(outside_text(doc.path.as_ref(), outside))
                                .color(palette.text)
                                .strong(),
                        );
                        for (command, hint) in [
                            (Command::MergeOutside, tr!("form-outside-merge-hint")),
                            (Command::ShowOutsideChanges, tr!("form-outside-show-hint")),
                            (Command::ReloadTheirs, tr!("form-outside-reload-hint")),
                            (Command::KeepMine, tr!("form-outside-keep-hint")),
                        ] {
                            if ui.button(command.label()).on_hover_text(hint).clicked() {
                                cmds.push(command);
                            }
                        }
                    });
                });
        });
}

/// The merge window, while a merge is on screen.
pub fn window_ui(ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(view) = &state.merging else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("merge")).show(ctx, |ui| {
        ui.set_max_width(760.0);
        let title = match (&view.source, view.is_preview) {
            (MergeSource::Disk, true) => tr!("form-merge-changes-on-disk"),
            (MergeSource::Disk, false) => tr!("form-merge-from-disk"),
            (MergeSource::Copy(path), is_preview) => {
                let file = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if is_preview {
                    tr!("form-merge-changes-in-copy", file = file)
                } else {
                    tr!("form-merge-from-copy", file = file)
                }
            }
        };
        widgets::heading(ui, &title);
        let max_height = (ctx.content_rect().height() * 0.6).max(160.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .show(ui, |ui| body_ui(ui, state, view, cmds));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if view.is_preview {
                if ui.button(Command::MergeOutside.label()).clicked() {
                    cmds.push(Command::CloseMerge);
                    cmds.push(Command::MergeOutside);
                }
                if ui.button(tr!("form-merge-close")).clicked() {
                    cmds.push(Command::CloseMerge);
                }
            } else {
                if ui
                    .button(tr!("form-merge-apply"))
                    .on_hover_text(tr!("form-merge-apply-hint"))
                    .clicked()
                {
                    cmds.push(Command::ApplyMerge);
                }
                if ui
                    .button(tr!("form-cancel"))
                    .on_hover_text(tr!("form-merge-cancel-hint"))
                    .clicked()
                {
                    cmds.push(Command::CloseMerge);
                }
            }
        });
    });
    if response.should_close() {
        cmds.push(Command::CloseMerge);
    }
}

fn body_ui(ui: &mut egui::Ui, state: &AppState, view: &MergeView, cmds: &mut Vec<Command>) {
    let framework = &state.framework;
    let merge = &view.merge;
    if merge.from_theirs.is_empty() && merge.conflicts.is_empty() {
        ui.label(tr!("form-merge-nothing"));
    }
    if !merge.from_theirs.is_empty() {
        ui.label(RichText::new(tr!("form-merge-theirs-heading")).strong());
        for change in &merge.from_theirs {
            ui.label(tr!(
                "form-merge-change",
                change = change_name(framework, change)
            ));
        }
        ui.add_space(8.0);
    }
    if merge.conflicts.is_empty() {
        return;
    }
    ui.label(RichText::new(tr!("form-merge-conflicts-heading")).strong());
    for (index, conflict) in merge.conflicts.iter().enumerate() {
        ui.separator();
        conflict_ui(ui, state, view, index, conflict, cmds);
    }
}

fn conflict_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &MergeView,
    index: usize,
    conflict: &Conflict,
    cmds: &mut Vec<Command>,
) {
    let framework = &state.framework;
    let place = place_name(framework, &conflict.place);
    ui.label(RichText::new(&place).strong());
    if let Place::Question { question, .. } = &conflict.place
        && let Some((_, question)) = framework.question(question)
    {
        widgets::weak(ui, &question.text);
    }
    let width = (ui.available_width() - 16.0).max(200.0) / 2.0;
    ui.horizontal_top(|ui| {
        for (side, value) in [
            (tr!("form-merge-mine"), &conflict.mine),
            (tr!("form-merge-theirs"), &conflict.theirs),
        ] {
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.label(RichText::new(side).color(theme::palette(ui).text).strong());
                ui.add(egui::Label::new(value_text(framework, value)).wrap());
            });
        }
    });
    let chosen = view.choices.get(index);
    if view.is_preview {
        return;
    }
    ui.horizontal(|ui| {
        let mut sides = vec![
            (Choice::Mine, tr!("form-merge-keep-mine")),
            (Choice::Theirs, tr!("form-merge-take-theirs")),
        ];
        if conflict.can_keep_both() {
            sides.push((Choice::Both, tr!("form-merge-keep-both")));
        }
        for (choice, label) in sides {
            let selected = chosen == Some(&choice);
            if ui
                .radio(selected, label)
                .on_hover_text(tr!("form-merge-choice-hint", place = place.as_str()))
                .clicked()
            {
                cmds.push(Command::SetMergeChoice(index, choice));
            }
        }
    });
}
