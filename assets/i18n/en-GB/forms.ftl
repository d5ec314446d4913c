## forms: the menus, the prompts, the details page, the action forms, the calendar, help, the
## merge window, messages and the presence prompt of the desktop app.

## The menu bar

# The menus' titles, left to right.
form-menu-file = File
form-menu-edit = Edit
form-menu-view = View
form-menu-help = Help
# File ▸ Open recent: the submenu of files opened lately, and what it says when there are none.
form-menu-open-recent = Open recent
form-menu-no-recent = No recent files
# Edit ▸ Undo and Redo, saying what they will undo or redo. $change is a change in words,
# such as "typing in 3.1 Narrative" or "rating of 2.1".
form-menu-undo-change = Undo { $change }
form-menu-redo-change = Redo { $change }
# The tooltip of View ▸ Messages.
form-menu-messages-hint = Every message of this session, newest last
# View: the three choices of theme.
form-menu-theme-system = Follow system theme
form-menu-theme-light = Light theme
form-menu-theme-dark = Dark theme
# View ▸ Language: the languages the app speaks, each named in itself (the same in every
# language), so that someone who reads only one finds it.
form-menu-language = Language
form-language-cy = Cymraeg
form-language-en = English
# File ▸ Report language: the language of exported reports (PDF and Markdown), with the
# bilingual report as a third choice, named in both languages.
form-menu-report-language = Report language
form-language-both = Cymraeg + English
# View: the zoom in use, as a browser's menu shows it. $percent is a whole number.
form-menu-zoom = Zoom { $percent }%

## Keyboard shortcuts, as menu entries and the shortcuts' list show them

# The keys held with another: Alt, Ctrl, Shift; on a Mac, Cmd and Option.
form-key-alt = Alt
form-key-ctrl = Ctrl
form-key-shift = Shift
form-key-cmd = Cmd
form-key-option = Option
# What goes between two keys held together ("Ctrl+Shift").
form-key-join = +
# A shortcut: $held is the keys held ("Ctrl", "Ctrl+Shift"), $key the key pressed with them.
form-shortcut = { $held }+{ $key }
# A key's name as printed on it. $key is its English name; letters, digits and function keys
# (F5) are shown as they are.
form-key-name = { $key ->
        [Plus] Plus
        [Minus] Minus
        [Equals] Equals
        [PageUp] PageUp
        [PageDown] PageDown
        [Home] Home
        [End] End
        [Escape] Escape
        [Enter] Enter
        [Tab] Tab
        [Space] Space
        [Backspace] Backspace
        [Delete] Delete
        [Insert] Insert
        [Up] Up
        [Down] Down
        [Left] Left
        [Right] Right
       *[other] { $key }
    }

## The calendar that picks a due date

# The button beside a due date that opens the calendar, and its tooltip.
form-calendar-button = Calendar…
form-calendar-button-hint = Pick the date from a calendar
# The arrows either side of the calendar's heading.
form-calendar-previous-month = Previous month
form-calendar-next-month = Next month
# The calendar's heading: the month shown (1 is January) and its year, "March 2027".
form-calendar-heading = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# The headings of the calendar's columns, weeks starting on Monday (1 is Monday, 7 Sunday).
# As narrow as a day's number: two letters at most.
form-calendar-weekday = { $weekday ->
        [1] Mo
        [2] Tu
        [3] We
        [4] Th
        [5] Fr
        [6] Sa
       *[7] Su
    }
# A day of the calendar as a screen reader names it: the weekday (1 is Monday, 7 Sunday) and
# $date, the date in full ("15 March 2027"): "Monday 15 March 2027".
form-calendar-day = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { $date }
# The button under the days that picks today.
form-calendar-today = Today

## Words shared by the prompts

# The button that closes a prompt and changes nothing.
form-cancel = Cancel

## Restoring work autosaved before the workbook closed unexpectedly

form-recovery-heading = Restore unsaved work?
# $written is when the work was autosaved, a date and time as the workbook shows them.
form-recovery-text = The workbook closed unexpectedly. Work autosaved on { $written } can be restored.
# As form-recovery-text, with $description, the assessment's institution and title as typed.
form-recovery-text-described = The workbook closed unexpectedly. Work autosaved on { $written } can be restored: { $description }.
# $path is the file the autosaved work was made from.
form-recovery-belongs-to = It belongs to { $path }
form-recovery-restore = Restore
form-recovery-discard = Discard
form-recovery-discard-hint = Delete the autosaved copy

## Unsaved changes, before the file is closed

form-unsaved-heading = Save changes?
# $name is the file's name.
form-unsaved-text = { $name } has changes that are not saved.
form-unsaved-save = Save
form-unsaved-discard = Don't save

## Moving a file to the framework's current version

# $to and $from are versions of the framework, such as "2025.1".
form-migration-heading = Move to version { $to } of the framework?
# $framework is the framework's title.
form-migration-text = This assessment answers version { $from } of the { $framework }; the workbook has version { $to }.
form-migration-advice = Moving it keeps every answer: those to questions that carry over stay where they are, and any to questions no longer asked are kept apart, shown on the details page and at the end of the report. Nothing changes on disk until you save.
form-migration-keep = Keep version { $from }
form-migration-move = Move to version { $to }

## An export would replace files already there

# $count is how many files would be replaced.
form-replace-heading = { $count ->
        [one] Replace the file already there?
       *[other] Replace the files already there?
    }
# Under the name of a file that would be replaced; $folder is the folder it is in.
form-replace-own-export = An earlier export from the workbook. In { $folder }
form-replace-other-file = Not an export from the workbook: another program's file, or one edited since. In { $folder }
form-replace-kept = Each file replaced is kept beside it, with .bak added to its name.
form-replace-replace = Replace

## Quitting while the report is being written

form-closing-heading = Closing when the report is written
# $name is the report's file name.
form-closing-writing = Writing { $name }…
form-closing-advice = The window closes by itself when the report is ready. If it cannot be written, the window stays open to say why.
form-closing-keep-open = Keep the window open

## A path typed by hand, where no file dialog can be shown

# The prompt's heading, for what the path is for.
form-path-open-title = Open an assessment
form-path-save-title = Save the assessment
form-path-export-pdf-title = Export the PDF report
form-path-export-csv-title = Export the data as CSV
form-path-export-markdown-title = Export as Markdown
form-path-combine-title = Combine assessors' files
form-path-baseline-title = Compare with an earlier assessment
form-path-merge-title = Merge another copy
# The button that goes ahead with the path typed.
form-path-open = Open
form-path-save = Save
form-path-export = Export
form-path-combine = Combine
form-path-compare = Compare
form-path-merge = Merge
# Under the heading: why a path is typed, and how.
form-path-hint = No file dialog is available on this desktop. Type the full path of the file.
form-path-hint-several = No file dialog is available on this desktop. Type the full paths of two or more assessors' files, separated by ;
# The label of the field the path is typed in.
form-path-label = File path
form-path-label-several = File paths

## The assessment's details page

form-details-title = Assessment details
# The labels of the details form, each with the hint shown in its empty field.
form-details-institution = Institution
form-details-institution-hint = University or partnership
form-details-assessment-title = Title
form-details-assessment-title-hint = Civic impact self-assessment
form-details-period = Period
# An example of a period: an academic year.
form-details-period-hint = 2026–27
# The heading of the team's table; $count is how many people are in it.
form-details-working-group = Working group ({ $count })
form-details-working-group-empty = Add the people taking part, with their role or organisation.
form-details-add-member = Add member
form-details-framework = Framework
# The framework answered: $title and $version are the framework's, $attribution is who
# published it: "Civic University Framework 2025.1 — Civic University Network".
form-details-framework-line = { $title } { $version } — { $attribution }
# $version is the version of the framework's wording the assessment was made with.
form-details-other-version = This assessment was made with version { $version } of the wording.

## The working group's table on the details page

# The columns' headings.
form-team-name = Name
form-team-role = Role or organisation
# A member's fields, for screen readers; $position is the member's place in the list, from 1.
form-team-name-field = Name, member { $position }
form-team-role-field = Role, member { $position }
# The hints shown in empty fields.
form-team-name-hint = Full name
form-team-role-hint = Role or organisation
form-team-remove = Remove
form-team-remove-hint = Remove this member (Edit › Undo brings them back)
# A member's Remove button for screen readers, before and after their name is typed.
# $position is their place in the list, from 1; $name their name as typed.
form-team-remove-member = Remove member { $position }
form-team-remove-named-member = Remove member { $position } ‘{ $name }’

## Help: the windows of Help ▸ Running a workshop, Keyboard shortcuts and About

# The help windows' titles. $app is the application's name, "Civic Impact Workbook".
form-help-guide-title = Running a workshop
form-help-shortcuts-title = Keyboard shortcuts
form-help-about-title = About { $app }
# Running a workshop: a heading and a paragraph for each stage. "File › Compare with earlier
# assessment" and the like name menu entries: keep them as the menus say them.
form-help-before = Before
form-help-before-text = Bring together a working group from across the university and its partners. Fill in Assessment details, and share last year's file if you have one (File › Compare with earlier assessment). Assessors can each rate in their own file and combine them (File › Combine assessments).
form-help-during = During
form-help-during-text = Put the workbook on the projector and press F5 to present one key question at a time. Read the question and its guidance, discuss, and press 1–6 for the phase the group agrees (0 if you are not ready). Arrows move between questions; Esc goes back to the page to write the narrative, the evidence and the actions. In a combined file, N hides the assessors' names so the room talks about the spread, not who said what.
form-help-after = After
form-help-after-text = Check the summary, then File › Export PDF for the scored report that leadership reads. Save the file where the group can find it next year.
# A phase of the framework's scale, over its description: $number is the phase's number (1–6),
# $name its name in the framework ("Developing").
form-help-phase = { $number } { $name }
# Keyboard shortcuts: keys not in the menus, each with what it does.
form-help-keys-rate = 1–6
form-help-keys-rate-what = Rate the question in focus
form-help-keys-unrate = 0 or Backspace
form-help-keys-unrate-what = Set the question in focus to not yet rated
form-help-keys-tab = Tab, Shift+Tab
form-help-keys-tab-what = Move between controls
form-help-keys-menu = F10
form-help-keys-menu-what = Go to the menu bar
form-help-keys-move = Left, Right, Page Up, Page Down
form-help-keys-move-what = In presenter mode: previous and next question
form-help-keys-names = N
form-help-keys-names-what = In presenter mode: hide or show assessors' names
form-help-keys-escape = Esc
form-help-keys-escape-what = Leave presenter mode or close this window
# About: the application's name and its version ("0.9.0").
form-help-about-heading = { $app } { $version }
form-help-about-licence = Free software under the MIT or Apache 2.0 licence, at your choice. It makes no network requests: links open in your browser only when you ask.
form-help-about-framework = The framework
# The framework answered: its $title and $version, who published it ($attribution) and their
# web address ($url).
form-help-about-framework-text = { $title } { $version }, by { $attribution } ({ $url }).
# $domains lists the domains whose wording is provisional, "A, B and C".
form-help-about-provisional = Provisional wording (no published copy was available): { $domains }.
form-help-about-fonts = Fonts: Noto Sans, under the SIL Open Font License 1.1.

## The bar shown when someone else changed the open file: tooltips of its buttons

form-outside-merge-hint = Add their changes to yours; anything you both changed is shown to choose
form-outside-show-hint = List what they changed, without changing anything
form-outside-reload-hint = Replace your version with theirs (Undo brings yours back)
form-outside-keep-hint = Keep your version: the next save replaces theirs (the .bak file keeps it)

## The merge window: what comes in from another copy, and each change made on both sides

# The window's heading: changes only listed, or merged. The changes come from the file on
# disk (someone else saved it), or from another copy, $file being its file name.
form-merge-changes-on-disk = Changes in the file on disk
form-merge-from-disk = Merge the file on disk into yours
form-merge-changes-in-copy = Changes in { $file }
form-merge-from-copy = Merge { $file } into yours
form-merge-close = Close
form-merge-apply = Apply
form-merge-apply-hint = Make the merged result yours (one step to undo; not saved yet)
form-merge-cancel-hint = Change nothing for now
form-merge-nothing = There is nothing to merge: they changed nothing that is not here already.
form-merge-theirs-heading = Their changes to things you did not change
# One line of the list of their changes; $change is a change in words ("rating of 2.1").
form-merge-change = • { $change }
form-merge-conflicts-heading = Changed on both sides: choose which to keep
# The headings of the two sides of a change made on both sides.
form-merge-mine = Mine
form-merge-theirs = Theirs
# The choices for a change made on both sides.
form-merge-keep-mine = Keep mine
form-merge-take-theirs = Take theirs
form-merge-keep-both = Keep both
# The choices' tooltip; $place names what changed ("rating of 2.1", "narrative of 3.1").
form-merge-choice-hint = For the { $place }

## Messages: the toasts in the corner and View ▸ Messages

# A warning or an error, as a toast and the log show it; $text is what happened.
form-message-warning = Warning: { $text }
form-message-error = Error: { $text }
form-message-dismiss = Dismiss
form-message-dismiss-hint = Hide this message (it stays in View › Messages)
# The log of every message of the session.
form-log-title = Messages
form-log-empty = No messages yet.
# When a message came, in minutes and seconds since the workbook started: "12:05". $seconds
# has two digits.
form-log-clock = { $minutes }:{ $seconds }

## The window of what combining assessors' files found (a toast's Show details)

form-combined-title = Combined assessments
# The heading of the list of assessors; $count is how many.
form-combined-assessors = Assessors ({ $count })
# One line of a list: an assessor's name, or one way the files differ.
form-combined-item = • { $item }
# $spreads says how many questions have assessors far apart: "3 questions have assessors 2 or
# more phases apart".
form-combined-spreads = { $spreads }. Agree a phase for each question, and save the group assessment to keep it.
form-combined-differences = Where the files differ

## View ▸ File problems: what is wrong in the open file

form-problems-title = File problems
form-problems-none = No problems were found in this file.
# Where a problem is: the question's $number ("1.1") and its text ($question), and for the
# second, which part of it ($detail, such as "evidence 2").
form-problems-place = { $number } { $question }
form-problems-place-detail = { $number } { $question } ({ $detail })
# The tooltip of the link to the question.
form-problems-go-to = Go to this question

## A question's actions: what the group will do, who leads it, by when, and how far it is

# The heading over a question's actions; $count is how many.
form-actions-heading = Actions ({ $count })
form-actions-add = Add action
form-actions-add-hint = Add something the group will do
# An action's frame, for screen readers; $position is its place in the list, from 1.
form-action-row = Action { $position }
# The labels of an action's form; form-action-description-field names the same field for
# screen readers (followed by which action and question).
form-action-description = Action
form-action-description-field = Description
form-action-owner = Owner
form-action-due = Due
form-action-status = Status
# The hints shown in empty fields.
form-action-description-hint = What will be done
form-action-owner-hint = Who leads it
# An example of a due date as people type it, day first.
form-action-due-hint = 31/03/2027
# The calendar's button, for screen readers (followed by which action and question).
form-action-calendar = Calendar for the due date
form-action-remove = Remove
form-action-remove-hint = Remove this action (Edit › Undo brings it back)
# In a group assessment, who proposed the action; $names lists them ("Ann Jones and Bob Lee").
form-action-added-by = Added by { $names }

## Who else has the file open

# The tooltip of Save as… in the bar above a file opened read-only.
form-read-only-save-as-hint = Keep your changes in a file of your own

# The typed-path prompt when no file dialog can be shown, for a corrected catalogue.
form-path-messages-title = Corrected messages
form-path-messages = Type the folder of the corrected catalogue (written by civic-workbook messages -o), or one of its files.

# Assessment details: the language the answers are written in (Welsh or English, each named
# in itself).
form-details-language = Answers written in
form-details-language-hint = The report marks the answers as in this language, so a screen reader reads them in the right voice.
