//! The desktop workbook's shell. The core (`crate::workbook::update`) decides; this module
//! carries out what it asks (dialogs, files, the export thread, the window, the keyboard focus)
//! and feeds each result back as a command. `WorkbookApp` owns the state; each frame the views
//! (in `ui`) read it and push commands.

pub mod dialogs;
mod effects;
mod export;
pub mod local_time;
mod presence;
mod watch;

use std::path::PathBuf;

use crate::model::Framework;
use crate::ui;
use crate::workbook::effect::{Effect, Failure, Now, Outcome, Trouble};
use crate::workbook::update;
use command::{Command, SHORTCUT_COMMANDS};
use dialogs::{FileDialogs, NativeDialogs};
use state::{AppState, Places, Prefs};

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
    title: String,
    /// The background export under way, if any.
    export: Option<export::Export>,
    /// The time, read once at the start of each frame.
    now: Now,
    /// Who this app is, in the presence notes it leaves beside open files.
    me: crate::storage::presence::Identity,
    /// The file watched for changes made elsewhere, and the watch (`None` if it could not be
    /// set up: the focus and save checks still work).
    watch: Option<(PathBuf, Option<watch::FileWatch>)>,
    /// Whether the open file is watched ([`Self::watching_files`]); the focus and save checks
    /// run either way.
    is_watching: bool,
    /// Today's date when fixed ([`Self::on_day`]) rather than read from the calendar.
    fixed_today: Option<time::Date>,
}

impl WorkbookApp {
    /// Sets up the app on `ctx`: fonts, theme, zoom, the file to open and any crash recovery.
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        ui::theme::install(ctx, options.prefs.theme);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_zoom_factor(options.prefs.zoom);
        let now = Self::clock(ctx);
        let places = Places {
            home: std::env::var_os("HOME")
                .or_else(|| std::env::var_os("USERPROFILE"))
                .map(PathBuf::from),
            start: std::env::current_dir().ok(),
        };
        let mut app = Self {
            // The framework's texts in the app's language, where the bank has them.
            state: AppState::new(
                options.framework.in_language(crate::i18n::language()),
                options.prefs,
                places,
                now.today,
            ),
            dialogs: options.dialogs,
            opener: options.opener,
            slot: None,
            recovery_dir: options.recovery_dir,
            title: String::new(),
            export: None,
            now,
            me: crate::storage::presence::Identity::of_this_process(),
            watch: None,
            is_watching: false,
            fixed_today: None,
        };
        // The file first: opening clears earlier messages, and "autosave is off" must stay.
        if let Some(path) = options.open {
            app.apply(ctx, Command::OpenPath(path));
        }
        if let Some(dir) = app.recovery_dir.clone() {
            match crate::storage::recovery::Slot::claim(&dir) {
                Ok(slot) => app.slot = Some(slot),
                Err(err) => app.apply(
                    ctx,
                    Command::Done(Box::new(Outcome::Trouble(
                        Trouble::AutosaveOff,
                        Failure::storage(err),
                    ))),
                ),
            }
        }
        if let Some(offers) = app.run(ctx, Effect::ScanRecovery) {
            app.apply(ctx, offers);
        }
        // The corrected catalogue chosen last time, for the language it corrects.
        if let Some((tag, dir)) = app.state.prefs.messages.clone()
            && let Some(lang) = crate::i18n::Lang::from_tag(&tag)
            && let Some(used) = app.run(
                ctx,
                Effect::UseMessages {
                    lang,
                    dir: Some(dir),
                },
            )
        {
            app.apply(ctx, used);
        }
        app
    }

    /// The time now, on egui's clock and the wall clock: the only place the app reads them.
    fn clock(ctx: &egui::Context) -> Now {
        let utc = time::OffsetDateTime::now_utc();
        let today = local_time::in_zone(utc, &local_time::system_zone()).date();
        Now::new(ctx.input(|i| i.time), utc).with_today(today)
    }

    /// Takes `today` as today's date whatever the calendar says, so what is overdue (and the
    /// key messages that count it) reads the same on any day: for tests that compare the app
    /// with an export made with `--date`.
    #[must_use]
    pub fn on_day(mut self, today: time::Date) -> Self {
        self.fixed_today = Some(today);
        self.now = self.now.with_today(today);
        self.state.today = today;
        self
    }

    /// Watches the open file for changes made elsewhere, waking the window when it is written.
    /// Off unless asked for (the desktop app asks): the watcher's thread wakes the window at
    /// moments of its own, and tests drive the same check through focus instead.
    #[must_use]
    pub fn watching_files(mut self) -> Self {
        self.is_watching = true;
        self
    }

    /// Carries out commands in order.
    pub fn apply_all(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            self.apply(ctx, command);
        }
    }

    /// Carries out one command: the core changes the state, the shell runs the effects, and
    /// each result goes back to the core before the next command.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        // An export started here is worded in the language chosen (it takes this thread's).
        let _lang = self.state.language.map(crate::i18n::scoped);
        let mut queue = std::collections::VecDeque::from([command]);
        while let Some(command) = queue.pop_front() {
            let effects = update::update(&mut self.state, command, self.now);
            let results: Vec<Command> = effects
                .into_iter()
                .filter_map(|effect| self.run(ctx, effect))
                .collect();
            for result in results.into_iter().rev() {
                queue.push_front(result);
            }
        }
    }

    /// Commands from the keyboard, dropped files and the window's close button.
    fn input_commands(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if !self.state.is_prompting() {
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
        if !self.state.is_prompting() {
            commands.extend(dropped.into_iter().take(1).map(Command::OpenPath));
        }
        if ctx.input(|input| input.viewport().close_requested())
            && self.state.flow != state::Flow::Closing
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            commands.push(Command::Quit);
        }
        commands
    }

    /// Whether the open file may have been changed elsewhere: the watcher saw it written, or
    /// the window just came back into focus (network shares and sync folders may send no
    /// events). The watch follows the open file.
    fn outside_changed(&mut self, ctx: &egui::Context) -> bool {
        let path = self.state.doc.as_ref().and_then(|doc| doc.path.as_deref());
        if self.is_watching && self.watch.as_ref().map(|(watched, _)| watched.as_path()) != path {
            self.watch = path.map(|path| {
                let ctx = ctx.clone();
                let watch = watch::FileWatch::start(path, move || ctx.request_repaint());
                (path.to_owned(), watch)
            });
        }
        let written = self
            .watch
            .as_ref()
            .and_then(|(_, watch)| watch.as_ref())
            .is_some_and(watch::FileWatch::was_written);
        let focused = ctx.input(|input| {
            input
                .events
                .iter()
                .any(|event| matches!(event, egui::Event::WindowFocused(true)))
        });
        written || focused
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let yes_no = |yes: bool| if yes { "yes" } else { "no" };
        let title = match &self.state.doc {
            Some(doc) => crate::tr!(
                "wb-window-title",
                file = doc.display_name(),
                read_only = yes_no(doc.read_only.is_some()),
                dirty = yes_no(doc.is_dirty()),
                app = crate::workbook::app_name()
            ),
            None => crate::workbook::app_name(),
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
        self.state.flow == state::Flow::Closing
    }

    /// One frame: read input, show the views, apply what they asked for, autosave.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // The language chosen, for the whole frame: every word on screen is worded as it is
        // drawn, so a switch shows in full on the next frame, with nothing lost or restarted.
        let _lang = self.state.language.map(crate::i18n::scoped);
        // Screen readers pick their voice from the tree's language.
        let tag = crate::i18n::language().tag();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_language(tag);
        });
        self.now = Self::clock(&ctx);
        if let Some(today) = self.fixed_today {
            self.now = self.now.with_today(today);
        }
        let mut commands = self.input_commands(&ctx);
        ui::root_ui(ui, &self.state, &mut commands);
        self.apply_all(&ctx, commands);
        if let Some(done) = self.export_tick(&ctx) {
            self.apply(&ctx, done);
        }
        if self.outside_changed(&ctx) {
            self.apply(&ctx, Command::CheckDisk);
        }
        for effect in update::tick(&mut self.state, self.now) {
            if let Some(result) = self.run(&ctx, effect) {
                self.apply(&ctx, result);
            }
        }
        self.update_title(&ctx);
    }
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
/// The language is `--lang` when given, else the one chosen in the app and remembered, else the
/// system's (already the process's).
pub fn run_native(
    framework: Framework,
    open: Option<PathBuf>,
    lang_asked: Option<crate::i18n::Lang>,
) -> eframe::Result {
    let mut options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(crate::workbook::app_name())
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
    // The catalogue's files are parsed when first used, on this thread. Parsing them all on
    // another core while the window was made looked free, but on two cores it competed with the
    // X server and the window took 12 ms longer to appear (timed under Xvfb, 12 runs each),
    // far more than the 0.5 ms the first frame spends parsing the few files it uses.
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let prefs: Prefs = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
                .unwrap_or_default();
            let remembered = prefs
                .language
                .as_deref()
                .and_then(crate::i18n::Lang::from_tag);
            if let Some(lang) = lang_asked.or(remembered) {
                crate::i18n::set_language(lang);
            }
            // Beside eframe's own settings for this app id.
            let recovery_dir = eframe::storage_dir(APP_ID).map(|dir| dir.join("recovery"));
            Ok(Box::new(
                WorkbookApp::new(
                    &cc.egui_ctx,
                    AppOptions {
                        framework,
                        open,
                        recovery_dir,
                        dialogs: Box::new(NativeDialogs),
                        opener: Box::new(dialogs::SystemOpener),
                        prefs,
                    },
                )
                .watching_files(),
            ))
        }),
    )
}
