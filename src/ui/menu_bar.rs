//! The menu bar: File, Edit, View and Help, with shortcuts from the command table.

use egui::containers::menu::{MenuButton, MenuConfig};
use egui::{Button, MenuBar, Popup};

use crate::workbook::command::{ClipboardAction, Command, HelpTopic, ThemeChoice};
use crate::workbook::state::AppState;
use crate::workbook::{history, zoom};

/// Where egui's memory keeps the id of the File menu's button, for F10.
pub fn first_menu_key() -> egui::Id {
    egui::Id::unique("first menu")
}

/// One menu entry for a command from the table, with its shortcut shown.
fn item(ui: &mut egui::Ui, command: &Command, enabled: bool, cmds: &mut Vec<Command>) {
    named_item(ui, command, command.label(), enabled, cmds);
}

/// A menu entry for `command` under another label.
fn named_item(
    ui: &mut egui::Ui,
    command: &Command,
    label: &str,
    enabled: bool,
    cmds: &mut Vec<Command>,
) {
    let mut button = Button::new(label);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(shortcut_text(ui.ctx(), &shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        cmds.push(command.clone());
        // A menu opened from the keyboard (F10, Down) is held open by the popup memory, which
        // a chosen entry does not clear by itself: close it, as a click on an entry does.
        ui.close();
        egui::Popup::close_all(ui.ctx());
    }
}

/// The menu bar.
pub fn ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    MenuBar::new()
        .style(super::theme::menu_style)
        // A click inside a menu closes it only by choosing an entry (each closes its menu), so
        // that a click on the scroll bar of a menu taller than the window keeps it open.
        .config(
            MenuConfig::new()
                .style(super::theme::menu_style)
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
        )
        .ui(ui, |ui| {
            // Each menu keeps the same id in every language (its memory is keyed by it).
            let file = menu_ui(ui, "file", &crate::tr!("form-menu-file"), |ui| {
                file_menu_ui(ui, state, cmds);
            });
            // F10 puts the keyboard here; Down, Space or Enter then opens the menu.
            ui.data_mut(|d| d.insert_temp(first_menu_key(), file.id));
            menu_ui(ui, "edit", &crate::tr!("form-menu-edit"), |ui| {
                edit_menu_ui(ui, state, cmds);
            });
            menu_ui(ui, "view", &crate::tr!("form-menu-view"), |ui| {
                view_menu_ui(ui, state, cmds);
            });
            menu_ui(ui, "help", &crate::tr!("form-menu-help"), |ui| {
                help_menu_ui(ui, cmds);
            });
        });
}

/// One menu of the bar. As in Windows, Down on the menu's title (after F10) opens the menu
/// with the keyboard on its first entry; egui alone would move the keyboard down the window.
fn menu_ui(
    ui: &mut egui::Ui,
    key: &str,
    title: &str,
    content: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    let entering = egui::Id::unique("enter menu").with(key);
    let (response, menu) = MenuButton::new(title).ui(ui, |ui| {
        // The menu's first pass only measures it; the keyboard enters on the pass after.
        if !ui.is_sizing_pass() && ui.data_mut(|d| d.remove_temp::<bool>(entering)).is_some() {
            // egui's menu moves from its title to the first entry on Down.
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Down));
        }
        scrolling_when_too_tall(ui, content);
    });
    let down = ui.input(|i| i.key_pressed(egui::Key::ArrowDown) && !i.modifiers.any());
    if menu.is_none() && response.has_focus() && down {
        Popup::open_id(ui.ctx(), Popup::default_response_id(&response));
        ui.data_mut(|d| d.insert_temp(entering, true));
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        ui.ctx().request_repaint();
    }
    response
}

/// A menu's entries, scrolling when the menu would run past the bottom of the window (the
/// View menu does at 200 % on a 1024 × 768 screen). The entry the keyboard moves to is
/// scrolled into view.
fn scrolling_when_too_tall(ui: &mut egui::Ui, content: impl FnOnce(&mut egui::Ui)) {
    let margin = f32::from(ui.spacing().menu_margin.bottom) + ui.spacing().item_spacing.y;
    let room = ui.ctx().content_rect().bottom() - ui.cursor().top() - margin;
    // A solid bar beside the entries, not floating over their shortcuts.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    let mut area =
        egui::ScrollArea::vertical().max_height(room.max(ui.spacing().interact_size.y * 3.0));
    if ui.is_sizing_pass() {
        // Opened anew: from its top, wherever it was scrolled when last closed.
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        content(ui);
        let seen = ui.scope_id().with("menu entry seen");
        let focused = ui.memory(egui::Memory::focused);
        if ui.data(|d| d.get_temp::<egui::Id>(seen)) != focused
            && let Some(focused) = focused
        {
            // Only an entry of this menu (a submenu is a layer of its own).
            if let Some(entry) = ui.ctx().read_response(focused)
                && entry.layer_id == ui.layer_id()
            {
                ui.scroll_to_rect(entry.rect, None);
            }
            ui.data_mut(|d| d.insert_temp(seen, focused));
        }
    });
}

fn file_menu_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let doc = state.doc.as_ref();
    let has_doc = doc.is_some();
    item(ui, &Command::New, true, cmds);
    item(ui, &Command::Open, true, cmds);
    ui.menu_button(crate::tr!("form-menu-open-recent"), |ui| {
        if state.prefs.recent.is_empty() {
            ui.label(crate::tr!("form-menu-no-recent"));
        }
        for path in &state.prefs.recent {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                cmds.push(Command::OpenPath(path.clone()));
                ui.close();
            }
        }
        ui.separator();
        item(
            ui,
            &Command::ClearRecent,
            !state.prefs.recent.is_empty(),
            cmds,
        );
    });
    item(ui, &Command::OpenDemo, true, cmds);
    item(ui, &Command::CombineAssessments, true, cmds);
    item(
        ui,
        &Command::MergeCopy,
        doc.is_some_and(|d| d.base.is_some()),
        cmds,
    );
    ui.separator();
    item(ui, &Command::Save, has_doc, cmds);
    item(ui, &Command::SaveAs, has_doc, cmds);
    ui.separator();
    item(
        ui,
        &Command::ExportPdf,
        has_doc && state.exporting.is_none(),
        cmds,
    );
    item(ui, &Command::ExportCsv, has_doc, cmds);
    item(ui, &Command::ExportMarkdown, has_doc, cmds);
    report_language_ui(ui, state, cmds);
    ui.separator();
    item(ui, &Command::CompareWithEarlier, has_doc, cmds);
    item(
        ui,
        &Command::ClearComparison,
        doc.is_some_and(|d| d.baseline.is_some()),
        cmds,
    );
    ui.separator();
    item(ui, &Command::Quit, true, cmds);
}

fn edit_menu_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let doc = state.doc.as_ref();
    // "Undo typing in 3.1 Narrative": the menu says what will change.
    let undo = doc.and_then(|d| d.history.next_undo());
    let redo = doc.and_then(|d| d.history.next_redo());
    for (command, change) in [(Command::Undo, undo), (Command::Redo, redo)] {
        let label = match (&command, change) {
            (Command::Undo, Some(change)) => crate::tr!(
                "form-menu-undo-change",
                change = history::describe(&state.framework, change)
            ),
            (_, Some(change)) => crate::tr!(
                "form-menu-redo-change",
                change = history::describe(&state.framework, change)
            ),
            (_, None) => command.label().to_owned(),
        };
        named_item(ui, &command, &label, change.is_some(), cmds);
    }
    ui.separator();
    for command in [
        Command::Clipboard(ClipboardAction::Cut),
        Command::Clipboard(ClipboardAction::Copy),
        Command::Clipboard(ClipboardAction::Paste),
        Command::Clipboard(ClipboardAction::SelectAll),
    ] {
        item(ui, &command, true, cmds);
    }
}

fn view_menu_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let has_doc = state.doc.is_some();
    item(ui, &Command::PreviousDomain, has_doc, cmds);
    item(ui, &Command::NextDomain, has_doc, cmds);
    item(ui, &Command::Present, has_doc, cmds);
    ui.separator();
    // The zoom in use, as a browser's menu shows it.
    ui.label(zoom_text(state.prefs.zoom));
    let factor = state.prefs.zoom;
    item(ui, &Command::ZoomIn, zoom::can_step(factor, true), cmds);
    item(ui, &Command::ZoomOut, zoom::can_step(factor, false), cmds);
    item(ui, &Command::ZoomReset, true, cmds);
    ui.separator();
    item(
        ui,
        &Command::ShowProblems,
        state.doc.as_ref().is_some_and(|d| !d.problems.is_empty()),
        cmds,
    );
    let mut is_log_open = state.is_log_open;
    if ui
        .checkbox(&mut is_log_open, Command::ToggleMessageLog.label())
        .on_hover_text(crate::tr!("form-menu-messages-hint"))
        .clicked()
    {
        cmds.push(Command::ToggleMessageLog);
        ui.close();
    }
    ui.separator();
    for (choice, label) in [
        (ThemeChoice::System, crate::tr!("form-menu-theme-system")),
        (ThemeChoice::Light, crate::tr!("form-menu-theme-light")),
        (ThemeChoice::Dark, crate::tr!("form-menu-theme-dark")),
    ] {
        if ui.radio(state.prefs.theme == choice, label).clicked() {
            cmds.push(Command::SetTheme(choice));
            ui.close();
        }
    }
    ui.separator();
    ui.menu_button(crate::tr!("form-menu-language"), |ui| {
        let speaking = crate::i18n::language();
        for lang in crate::i18n::Lang::SPOKEN {
            // Each language named in itself, so it can be found by someone who reads only it.
            if ui.radio(speaking == lang, language_name(lang)).clicked() {
                cmds.push(Command::SetLanguage(lang));
                ui.close();
            }
        }
        // A translation unit's corrections, used without a new build of the workbook.
        ui.separator();
        item(ui, &Command::PickMessages, true, cmds);
        item(
            ui,
            &Command::BuiltInMessages,
            state.prefs.messages.is_some(),
            cmds,
        );
    });
}

/// File ▸ Report language: Welsh, English, or both (Welsh first), for every export from now on.
fn report_language_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    use crate::i18n::Languages;
    ui.menu_button(crate::tr!("form-menu-report-language"), |ui| {
        let chosen = state.prefs.report_languages();
        let choices = [
            (
                Languages::One(crate::i18n::Lang::Cy),
                language_name(crate::i18n::Lang::Cy),
            ),
            (
                Languages::One(crate::i18n::Lang::EnGb),
                language_name(crate::i18n::Lang::EnGb),
            ),
            (Languages::Both, crate::tr!("form-language-both")),
        ];
        for (languages, label) in choices {
            if ui.radio(chosen == languages, label).clicked() {
                cmds.push(Command::SetReportLanguage(languages));
                ui.close();
            }
        }
    });
}

/// A language's own name for itself: "Cymraeg", "English".
pub fn language_name(lang: crate::i18n::Lang) -> String {
    match lang {
        crate::i18n::Lang::Cy => crate::tr!("form-language-cy"),
        crate::i18n::Lang::EnGb | crate::i18n::Lang::Pseudo => crate::tr!("form-language-en"),
    }
}

fn help_menu_ui(ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    item(ui, &Command::ShowHelp(HelpTopic::Guide), true, cmds);
    item(ui, &Command::ShowHelp(HelpTopic::Shortcuts), true, cmds);
    item(ui, &Command::OpenDemo, true, cmds);
    ui.separator();
    item(ui, &Command::ShowHelp(HelpTopic::About), true, cmds);
}

/// The zoom in use, in words: "Zoom 125%".
pub fn zoom_text(zoom: f32) -> String {
    crate::tr!("form-menu-zoom", percent = zoom::percent(zoom))
}

/// A keyboard shortcut in words, as a menu entry and the shortcuts' list show it: "Ctrl+S",
/// "Ctrl+Shift+S", "F5". The names of the keys come from the catalogue (egui's are English).
pub fn shortcut_text(ctx: &egui::Context, shortcut: &egui::KeyboardShortcut) -> String {
    let is_mac = ctx.os().is_mac();
    let (alt, ctrl, shift, cmd, option, join) = (
        crate::tr!("form-key-alt"),
        crate::tr!("form-key-ctrl"),
        crate::tr!("form-key-shift"),
        crate::tr!("form-key-cmd"),
        crate::tr!("form-key-option"),
        crate::tr!("form-key-join"),
    );
    let names = egui::ModifierNames {
        is_short: false,
        alt: &alt,
        ctrl: &ctrl,
        shift: &shift,
        mac_cmd: &cmd,
        mac_alt: &option,
        concat: &join,
    };
    let held = names.format(&shortcut.modifiers, is_mac);
    let key = key_name(shortcut.logical_key);
    if held.is_empty() {
        key
    } else {
        crate::tr!("form-shortcut", held = held, key = key)
    }
}

/// A key's name as printed on it: `PageDown`, `Plus`, `S`, `F5`.
pub fn key_name(key: egui::Key) -> String {
    // The catalogue picks by egui's English name; letters, digits and F-keys stay as they are.
    crate::tr!("form-key-name", key = key.name())
}
