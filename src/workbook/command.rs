//! Commands: everything a person can ask the app to do, and the results the shell feeds back.
//! Views push them; `workbook::update` carries them out. The menu labels and keyboard shortcuts
//! come from one table here.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::Edit;
use crate::tr;

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
    /// Speak another language, at once and from now on (View ▸ Language).
    SetLanguage(crate::i18n::Lang),
    /// Write exported reports in these languages from now on (File ▸ Report language).
    SetReportLanguage(crate::i18n::Languages),
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
    /// Ask for a corrected copy of the catalogue to use (View ▸ Language).
    PickMessages,
    /// Use the built-in catalogue again.
    BuiltInMessages,
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
    /// The menu label (`…` where a dialog follows), in this thread's language; empty for a
    /// command with no menu entry. Kept for the process (one copy per language), so menus
    /// borrow it like a literal.
    pub fn label(&self) -> &'static str {
        let text = self.label_text();
        if text.is_empty() {
            return "";
        }
        crate::i18n::kept(text)
    }

    /// The menu label as a new string (see [`Self::label`]).
    pub fn label_text(&self) -> String {
        match self {
            Self::New => tr!("wb-cmd-new"),
            Self::Open => tr!("wb-cmd-open"),
            Self::Save => tr!("wb-cmd-save"),
            Self::SaveAs => tr!("wb-cmd-save-as"),
            Self::ExportPdf => tr!("wb-cmd-export-pdf"),
            Self::Undo => tr!("wb-cmd-undo"),
            Self::Redo => tr!("wb-cmd-redo"),
            Self::NextDomain => tr!("wb-cmd-next-domain"),
            Self::PreviousDomain => tr!("wb-cmd-previous-domain"),
            Self::ZoomIn => tr!("wb-cmd-zoom-in"),
            Self::ZoomOut => tr!("wb-cmd-zoom-out"),
            Self::ZoomReset => tr!("wb-cmd-zoom-reset"),
            Self::Quit => tr!("wb-cmd-quit"),
            Self::OpenDemo => tr!("wb-cmd-open-demo"),
            Self::ClearRecent => tr!("wb-cmd-clear-recent"),
            Self::PickMessages => tr!("wb-cmd-pick-messages"),
            Self::BuiltInMessages => tr!("wb-cmd-built-in-messages"),
            Self::OpenReadOnly => tr!("wb-cmd-open-read-only"),
            Self::OpenAnyway => tr!("wb-cmd-open-anyway"),
            Self::CombineAssessments => tr!("wb-cmd-combine-assessments"),
            Self::CompareWithEarlier => tr!("wb-cmd-compare-with-earlier"),
            Self::ClearComparison => tr!("wb-cmd-clear-comparison"),
            Self::ExportCsv => tr!("wb-cmd-export-csv"),
            Self::ExportMarkdown => tr!("wb-cmd-export-markdown"),
            Self::MergeOutside => tr!("wb-cmd-merge-outside"),
            Self::ShowOutsideChanges => tr!("wb-cmd-show-outside-changes"),
            Self::ReloadTheirs => tr!("wb-cmd-reload-theirs"),
            Self::KeepMine => tr!("wb-cmd-keep-mine"),
            Self::MergeCopy => tr!("wb-cmd-merge-copy"),
            Self::ToggleMessageLog => tr!("wb-cmd-toggle-message-log"),
            Self::ShowProblems => tr!("wb-cmd-show-problems"),
            Self::Present => tr!("wb-cmd-present"),
            Self::StopPresenting => tr!("wb-cmd-stop-presenting"),
            Self::ToggleNames => tr!("wb-cmd-toggle-names"),
            Self::ShowHelp(HelpTopic::Guide) => tr!("wb-cmd-show-help-guide"),
            Self::ShowHelp(HelpTopic::Shortcuts) => tr!("wb-cmd-show-help-shortcuts"),
            Self::ShowHelp(HelpTopic::About) => tr!("wb-cmd-show-help-about"),
            Self::FocusMenuBar => tr!("wb-cmd-focus-menu-bar"),
            Self::Clipboard(ClipboardAction::Cut) => tr!("wb-cmd-clipboard-cut"),
            Self::Clipboard(ClipboardAction::Copy) => tr!("wb-cmd-clipboard-copy"),
            Self::Clipboard(ClipboardAction::Paste) => tr!("wb-cmd-clipboard-paste"),
            Self::Clipboard(ClipboardAction::SelectAll) => tr!("wb-cmd-clipboard-select-all"),
            _ => String::new(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_comes_from_the_catalogue() {
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let mut commands = SHORTCUT_COMMANDS.to_vec();
        commands.extend([
            Command::OpenDemo,
            Command::ClearRecent,
            Command::OpenReadOnly,
            Command::OpenAnyway,
            Command::CombineAssessments,
            Command::CompareWithEarlier,
            Command::ClearComparison,
            Command::ExportCsv,
            Command::ExportMarkdown,
            Command::MergeOutside,
            Command::ShowOutsideChanges,
            Command::ReloadTheirs,
            Command::KeepMine,
            Command::MergeCopy,
            Command::ToggleMessageLog,
            Command::ShowProblems,
            Command::StopPresenting,
            Command::ToggleNames,
            Command::ShowHelp(HelpTopic::Guide),
            Command::ShowHelp(HelpTopic::Shortcuts),
            Command::ShowHelp(HelpTopic::About),
            Command::Clipboard(ClipboardAction::Cut),
            Command::Clipboard(ClipboardAction::Copy),
            Command::Clipboard(ClipboardAction::Paste),
            Command::Clipboard(ClipboardAction::SelectAll),
        ]);
        for command in commands {
            let label = command.label();
            assert!(!label.is_empty(), "{command:?} has a label");
            assert!(
                !crate::workbook::words::has_plain_word(label),
                "{command:?}: {label}"
            );
        }
        assert!(!crate::workbook::words::has_plain_word(
            &crate::workbook::app_name()
        ));
    }

    #[test]
    fn labels_follow_the_language() {
        assert_eq!(Command::SaveAs.label(), "Save as…");
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        assert_ne!(Command::SaveAs.label(), "Save as…");
    }
}
