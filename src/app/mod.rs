//! The desktop workbook: state, commands and their side effects. `WorkbookApp` owns the state;
//! each frame the views (in `ui`) read it and push commands, and `apply` carries them out.

mod apply;
pub mod dialogs;
mod export;
mod files;
mod group;
mod presenter;
mod recovery;

use std::path::PathBuf;

use crate::model::Framework;
use crate::storage::recovery::AutosavePolicy;
use crate::ui;
use command::{Command, Page, SHORTCUT_COMMANDS};
use dialogs::{FileDialogs, NativeDialogs};
use state::{AppState, Prefs};

// The vocabulary shared with the views lives below both (see `crate::workbook`).
pub use crate::workbook::{APP_NAME, command, history, state};

/// The app id: the window class on Linux and the name of the settings folder.
pub const APP_ID: &str = "civic-workbook";

/// The window's icon (`assets/icons/civic-workbook.svg`, rendered by `.ci/icons`). 128 px: on
/// X11 a 256 px icon is larger than one request, and winit then leaves the icon empty.
const APP_ICON_PNG: &[u8] = include_bytes!("../../assets/icons/civic-workbook-128.png");

/// The key under which preferences are kept in eframe's storage.
const PREFS_KEY: &str = "civic-workbook-prefs";

/// How the app is set up.
pub struct AppOptions {
    /// The framework in use.
    pub framework: Framework,
    /// A file to open at start.
    pub open: Option<PathBuf>,
    /// Where the crash-recovery file lives; `None` turns autosave off.
    pub recovery_dir: Option<PathBuf>,
    /// The file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// Opens links and files with the desktop's programs.
    pub opener: Box<dyn dialogs::Opener>,
    /// Preferences remembered from the last run.
    pub prefs: Prefs,
}

/// The desktop workbook.
pub struct WorkbookApp {
    /// What the views show.
    pub state: AppState,
    dialogs: Box<dyn FileDialogs>,
    opener: Box<dyn dialogs::Opener>,
    recovery_dir: Option<PathBuf>,
    /// This app's own autosave slot, if the recovery folder could be used.
    slot: Option<crate::storage::recovery::Slot>,
    autosave: AutosavePolicy,
    /// When (egui time) the last edit was made; `None` once autosaved or saved.
    last_edit_secs: Option<f64>,
    /// The window may close without asking (changes saved or dropped).
    allow_close: bool,
    title: String,
    /// The background export under way, if any.
    export: Option<export::Export>,
    /// An assessment found in the recovery folder at start, until restored or discarded.
    recovered: Option<crate::storage::recovery::Recovered>,
    /// The app's clock (seconds), read once at the start of each frame.
    now_secs: f64,
    /// The id of the last message posted.
    next_message_id: u64,
}

impl WorkbookApp {
    /// Sets up the app on `ctx`: fonts, theme, zoom, the file to open and any crash recovery.
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        ui::theme::install(ctx, options.prefs.theme);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_zoom_factor(options.prefs.zoom);
        let mut app = Self {
            state: AppState {
                framework: options.framework,
                doc: None,
                page: Page::Summary,
                prefs: options.prefs,
                notifications: Vec::new(),
                log: Vec::new(),
                is_log_open: false,
                is_problems_open: false,
                presenting: None,
                hide_names: false,
                flash: None,
                help: None,
                today: files::now().date(),
                file_event: None,
                modal: None,
                exporting: None,
                after_export: None,
                scroll_to: None,
            },
            dialogs: options.dialogs,
            opener: options.opener,
            slot: None,
            recovery_dir: options.recovery_dir,
            autosave: AutosavePolicy::default(),
            last_edit_secs: None,
            allow_close: false,
            title: String::new(),
            recovered: None,
            export: None,
            now_secs: ctx.input(|i| i.time),
            next_message_id: 0,
        };
        // The file first: opening clears earlier messages, and "autosave is off" must stay.
        if let Some(path) = options.open {
            app.open_path(path);
        }
        if let Some(dir) = app.recovery_dir.clone() {
            match crate::storage::recovery::Slot::claim(&dir) {
                Ok(slot) => app.slot = Some(slot),
                Err(err) => app.notify(
                    state::Topic::Autosave,
                    state::Level::Warning,
                    format!("Autosave is off: {err}"),
                ),
            }
        }
        app.offer_recovery();
        app
    }

    /// Carries out commands in order.
    pub fn apply_all(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            self.apply(ctx, command);
        }
    }

    /// Commands from the keyboard, dropped files and the window's close button.
    fn input_commands(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.state.modal.is_none() {
            // egui matches shortcuts "logically": Ctrl+S also fires on Ctrl+Shift+S. Try the
            // shortcuts with more modifiers first so the more specific one wins.
            let mut shortcuts: Vec<(egui::KeyboardShortcut, Command)> = SHORTCUT_COMMANDS
                .iter()
                .flat_map(|command| {
                    command
                        .shortcut()
                        .into_iter()
                        .chain(command.alternative_shortcuts().iter().copied())
                        .map(move |shortcut| (shortcut, command.clone()))
                })
                .collect();
            shortcuts.sort_by_key(|(shortcut, _)| {
                let m = shortcut.modifiers;
                std::cmp::Reverse(
                    u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl),
                )
            });
            ctx.input_mut(|input| {
                for (shortcut, command) in shortcuts {
                    if input.consume_shortcut(&shortcut) && !commands.contains(&command) {
                        commands.push(command);
                    }
                }
            });
        }
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        // A file dropped while a prompt is open would change what the prompt is about.
        if self.state.modal.is_none() {
            commands.extend(dropped.into_iter().take(1).map(Command::OpenPath));
        }
        if ctx.input(|input| input.viewport().close_requested()) && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            commands.push(Command::Quit);
        }
        commands
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.state.doc {
            Some(doc) => format!(
                "{}{} — {APP_NAME}",
                doc.display_name(),
                if doc.is_dirty() { " •" } else { "" }
            ),
            None => APP_NAME.to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Whether the app has decided to close its window.
    pub fn closing(&self) -> bool {
        self.allow_close
    }

    /// One frame: read input, show the views, apply what they asked for, autosave.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.now_secs = ctx.input(|i| i.time);
        self.state.today = files::now().date();
        let mut commands = self.input_commands(&ctx);
        ui::root_ui(ui, &self.state, &mut commands);
        self.apply_all(&ctx, commands);
        self.expire_toasts(&ctx);
        self.export_tick(&ctx);
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
    }
}

/// The local time as "14:02" (the system's time zone, through jiff), read when a save needs
/// it: the time zone is loaded then, not at start-up.
fn local_clock() -> String {
    jiff::Zoned::now().strftime("%H:%M").to_string()
}

impl eframe::App for WorkbookApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.state.prefs);
    }

    /// Scroll positions and open panels are not worth restoring: a file opened tomorrow should
    /// start at the top of its summary, not where yesterday's file was scrolled to.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// Opens the desktop workbook, with `open` if given.
pub fn run_native(framework: Framework, open: Option<PathBuf>) -> eframe::Result {
    let mut options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_NAME)
            .with_app_id(APP_ID)
            .with_inner_size([1180.0, 800.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    // The app's own icon for the title bar, task bar and switcher (without it, egui's logo).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(APP_ICON_PNG) {
        options.viewport = options.viewport.with_icon(icon);
    }
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let prefs = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
                .unwrap_or_default();
            // Beside eframe's own settings for this app id.
            let recovery_dir = eframe::storage_dir(APP_ID).map(|dir| dir.join("recovery"));
            Ok(Box::new(WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework,
                    open,
                    recovery_dir,
                    dialogs: Box::new(NativeDialogs),
                    opener: Box::new(dialogs::SystemOpener),
                    prefs,
                },
            )))
        }),
    )
}
