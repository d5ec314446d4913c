//! Commands: everything a person can ask the app to do, and the results the shell feeds back.
//! Views push them; `workbook::update` carries them out. The menu labels and keyboard shortcuts
//! come from one table here.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::Edit;

/// A page of the workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// Scores, radar chart and open actions.
    Summary,
    /// Institution, title, period and team.
    Details,
    /// One domain, by its position in the framework.
    Domain(usize),
}

/// How the colours follow the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the system's light or dark setting.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// What to do about unsaved changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save, then go on.
    Save,
    /// Drop the changes and go on.
    Discard,
    /// Stay.
    Cancel,
}

/// What Edit ▸ Cut, Copy, Paste and Select all do to the text field last in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClipboardAction {
    /// Cut the selection.
    Cut,
    /// Copy the selection.
    Copy,
    /// Paste at the caret.
    Paste,
    /// Select all the field's text.
    SelectAll,
}

/// A page of the built-in help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpTopic {
    /// Running a workshop: before, during, after, and what the phases mean.
    Guide,
    /// Every keyboard shortcut.
    Shortcuts,
    /// Version, licence and the framework's attribution.
    About,
}

/// Something the person asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a blank assessment.
    New,
    /// Open an assessment through a dialog.
    Open,
    /// Save to the current file (or ask where).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the PDF report (asking where).
    ExportPdf,
    /// Export the PDF report to this file.
    ExportPdfTo(PathBuf),
    /// Open a file (an exported report) with the desktop's program for it.
    OpenFile(PathBuf),
    /// Open the folder holding a file.
    OpenFolder(PathBuf),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Go to the next domain.
    NextDomain,
    /// Go to the previous domain.
    PreviousDomain,
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Text at its normal size.
    ZoomReset,
    /// Close the window (asking about unsaved changes).
    Quit,
    /// Change the assessment.
    Edit(Edit),
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the built-in demo assessment.
    OpenDemo,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Show a page.
    Navigate(Page),
    /// Show a question: its domain's page, scrolled to it.
    ShowQuestion(crate::model::QuestionId),
    /// The question asked for is in view.
    ScrolledToQuestion,
    /// Make this question the one keys 1–6 and 0 rate (a click or the keyboard in it), or none.
    SetCurrentQuestion(Option<crate::model::QuestionId>),
    /// Change the colours.
    SetTheme(ThemeChoice),
    /// Open an evidence link in the browser (only http, https and mailto are ever opened).
    OpenLink(String),
    /// Answer the unsaved-changes question.
    ResolveUnsaved(UnsavedChoice),
    /// Edit the path typed into the path prompt.
    SetTypedPath(String),
    /// Use the path typed into the path prompt.
    ConfirmTypedPath,
    /// Close a prompt without doing anything.
    CloseModal,
    /// Replace the files listed in the replace question, and export.
    ConfirmReplace,
    /// Move the open assessment to the framework version in use (the offer on opening).
    MigrateToCurrent,
    /// Open the file others have open, read-only (the answer to their prompt).
    OpenReadOnly,
    /// Open the file others have open as usual (the answer to their prompt).
    OpenAnyway,
    /// Restore the assessment autosaved before a crash.
    RestoreRecovery,
    /// Discard the assessment autosaved before a crash.
    DiscardRecovery,
    /// Hide a message (by its id).
    Dismiss(u64),
    /// Show everything the last combining found (its toast's Show details).
    ShowCombineDetails,
    /// Close the combining details.
    CloseCombineDetails,
    /// Show or hide the log of this session's messages.
    ToggleMessageLog,
    /// Present one key question at a time, full screen.
    Present,
    /// In presenter mode, move this many questions on (negative: back).
    PresentStep(isize),
    /// Leave presenter mode at the question shown.
    StopPresenting,
    /// In presenter mode, show or hide the assessors' names.
    ToggleNames,
    /// Cut, copy, paste or select all in the text field last in use.
    Clipboard(ClipboardAction),
    /// Put the keyboard on the menu bar (F10).
    FocusMenuBar,
    /// Open the copy kept by the last save of this file, which could not be read.
    OpenBackup(PathBuf),
    /// Show the open file's problems.
    ShowProblems,
    /// Hide the open file's problems.
    CloseProblems,
    /// Show a page of the built-in help.
    ShowHelp(HelpTopic),
    /// Close the help.
    CloseHelp,
    /// Forget the list of recent files.
    ClearRecent,
    /// Combine several assessors' files into a group assessment (asking for them).
    CombineAssessments,
    /// Combine these assessors' files.
    CombinePaths(Vec<PathBuf>),
    /// Compare with an earlier assessment (asking for it).
    CompareWithEarlier,
    /// Compare with this earlier assessment.
    CompareWith(PathBuf),
    /// Stop comparing with the earlier assessment.
    ClearComparison,
    /// Export the data as CSV (asking where).
    ExportCsv,
    /// Export the assessment as Markdown (asking where).
    ExportMarkdown,
    /// What the shell did about an effect: the step waiting for it goes on.
    Done(Box<super::effect::Outcome>),
    /// Look at the open file again (the window came back into focus, or the watcher saw it
    /// written): has someone else changed it?
    CheckDisk,
    /// Merge the changes someone else saved to the open file into this document.
    MergeOutside,
    /// Show what someone else changed in the open file, without applying it.
    ShowOutsideChanges,
    /// Replace this document with what someone else saved to its file (undoable).
    ReloadTheirs,
    /// Keep this document as it is: the next save replaces the file (its backup keeps theirs).
    KeepMine,
    /// In the merge window, choose a side for the conflict at this position.
    SetMergeChoice(usize, crate::model::merge::Choice),
    /// Apply the merge window's choices to the document, as one step to undo.
    ApplyMerge,
    /// Close the merge window without applying anything.
    CloseMerge,
    /// Merge another copy of this assessment (a sync tool's conflict copy), asking for it.
    MergeCopy,
    /// Merge this copy of the assessment into the open document.
    MergeCopyPath(PathBuf),
}

/// The commands with a menu entry and a shortcut, in one table.
pub const SHORTCUT_COMMANDS: [Command; 15] = [
    Command::New,
    Command::Open,
    Command::Save,
    Command::SaveAs,
    Command::ExportPdf,
    Command::Undo,
    Command::Redo,
    Command::NextDomain,
    Command::PreviousDomain,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomReset,
    Command::Present,
    Command::FocusMenuBar,
    Command::Quit,
];

impl Command {
    /// The menu label (`…` where a dialog follows).
    pub fn label(&self) -> &'static str {
        match self {
            Self::New => "New assessment",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::ExportPdf => "Export PDF…",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::NextDomain => "Next domain",
            Self::PreviousDomain => "Previous domain",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::Quit => "Quit",
            Self::OpenDemo => "Open the demo assessment",
            Self::ClearRecent => "Clear recent files",
            Self::OpenReadOnly => "Open read-only",
            Self::OpenAnyway => "Open anyway",
            Self::CombineAssessments => "Combine assessments…",
            Self::CompareWithEarlier => "Compare with earlier assessment…",
            Self::ClearComparison => "Stop comparing",
            Self::ExportCsv => "Export CSV…",
            Self::ExportMarkdown => "Export Markdown…",
            Self::MergeOutside => "Merge into mine",
            Self::ShowOutsideChanges => "Show changes",
            Self::ReloadTheirs => "Reload theirs",
            Self::KeepMine => "Keep mine",
            Self::MergeCopy => "Merge another copy…",
            Self::ToggleMessageLog => "Messages",
            Self::ShowProblems => "File problems",
            Self::Present => "Present",
            Self::StopPresenting => "Stop presenting",
            Self::ToggleNames => "Hide names",
            Self::ShowHelp(HelpTopic::Guide) => "Running a workshop",
            Self::ShowHelp(HelpTopic::Shortcuts) => "Keyboard shortcuts",
            Self::ShowHelp(HelpTopic::About) => "About",
            Self::FocusMenuBar => "Go to the menu bar",
            Self::Clipboard(ClipboardAction::Cut) => "Cut",
            Self::Clipboard(ClipboardAction::Copy) => "Copy",
            Self::Clipboard(ClipboardAction::Paste) => "Paste",
            Self::Clipboard(ClipboardAction::SelectAll) => "Select all",
            _ => "",
        }
    }

    /// The keyboard shortcut, if any.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let ctrl_shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        let (modifiers, key) = match self {
            Self::New => (ctrl, Key::N),
            Self::Open => (ctrl, Key::O),
            Self::Save => (ctrl, Key::S),
            Self::SaveAs => (ctrl_shift, Key::S),
            Self::ExportPdf => (ctrl, Key::E),
            Self::Undo => (ctrl, Key::Z),
            Self::Redo => (ctrl, Key::Y),
            Self::NextDomain => (ctrl, Key::PageDown),
            Self::PreviousDomain => (ctrl, Key::PageUp),
            Self::ZoomIn => (ctrl, Key::Plus),
            Self::ZoomOut => (ctrl, Key::Minus),
            Self::ZoomReset => (ctrl, Key::Num0),
            Self::Quit => (ctrl, Key::Q),
            Self::Present => (Modifiers::NONE, Key::F5),
            Self::FocusMenuBar => (Modifiers::NONE, Key::F10),
            // Shown in the menu; the text field itself handles the keys.
            Self::Clipboard(ClipboardAction::Cut) => (ctrl, Key::X),
            Self::Clipboard(ClipboardAction::Copy) => (ctrl, Key::C),
            Self::Clipboard(ClipboardAction::Paste) => (ctrl, Key::V),
            Self::Clipboard(ClipboardAction::SelectAll) => (ctrl, Key::A),
            _ => return None,
        };
        Some(KeyboardShortcut::new(modifiers, key))
    }

    /// Other shortcuts people expect for the same command.
    pub fn alternative_shortcuts(&self) -> &'static [KeyboardShortcut] {
        const REDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(
            Modifiers::COMMAND.plus(Modifiers::SHIFT),
            Key::Z,
        )];
        const ZOOM_IN: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)];
        match self {
            Self::Redo => &REDO,
            Self::ZoomIn => &ZOOM_IN,
            _ => &[],
        }
    }
}
