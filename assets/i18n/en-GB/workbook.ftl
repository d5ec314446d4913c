## workbook
## The desktop workbook's own words: menu commands, undo and redo, messages (toasts), the
## window's title, who else has a file open, merging, file dialogs and times.

# The application's name as people read it: the window's title and About.
wb-app-name = Civic Impact Workbook

# The window's title. $file is the open file's name (or "Untitled assessment"); $read_only and
# $dirty are "yes" or "no" (the file has unsaved changes: a bullet); $app is wb-app-name.
wb-window-title = { $file }{ $read_only ->
        [yes] {" "}(read-only)
       *[no] {""}
    }{ $dirty ->
        [yes] {" "}•
       *[no] {""}
    } — { $app }

# A date and time: "7 Dec 2026 at 09:30". $date is a short date, $time a time of day.
wb-date-at-time = { $date } at { $time }

## Menu commands (also the buttons and the keyboard shortcuts' list). "…" where a dialog follows.

wb-cmd-new = New assessment
wb-cmd-open = Open…
wb-cmd-save = Save
wb-cmd-save-as = Save as…
wb-cmd-export-pdf = Export PDF…
wb-cmd-undo = Undo
wb-cmd-redo = Redo
wb-cmd-next-domain = Next domain
wb-cmd-previous-domain = Previous domain
wb-cmd-zoom-in = Zoom in
wb-cmd-zoom-out = Zoom out
wb-cmd-zoom-reset = Actual size
wb-cmd-quit = Quit
wb-cmd-open-demo = Open the demo assessment
wb-cmd-clear-recent = Clear recent files
wb-cmd-open-read-only = Open read-only
wb-cmd-open-anyway = Open anyway
wb-cmd-combine-assessments = Combine assessments…
wb-cmd-compare-with-earlier = Compare with earlier assessment…
wb-cmd-clear-comparison = Stop comparing
wb-cmd-export-csv = Export CSV…
wb-cmd-export-markdown = Export Markdown…
# The bar saying someone else changed the open file: its four choices.
wb-cmd-merge-outside = Merge into mine
wb-cmd-show-outside-changes = Show changes
wb-cmd-reload-theirs = Reload theirs
wb-cmd-keep-mine = Keep mine
wb-cmd-merge-copy = Merge another copy…
# View ▸ Messages: the log of this session's messages.
wb-cmd-toggle-message-log = Messages
wb-cmd-show-problems = File problems
# Presenter mode: one key question at a time, full screen.
wb-cmd-present = Present
wb-cmd-stop-presenting = Stop presenting
# Presenter mode: hide the assessors' names beside their ratings.
wb-cmd-toggle-names = Hide names
wb-cmd-show-help-guide = Running a workshop
wb-cmd-show-help-shortcuts = Keyboard shortcuts
wb-cmd-show-help-about = About
wb-cmd-focus-menu-bar = Go to the menu bar
wb-cmd-clipboard-cut = Cut
wb-cmd-clipboard-copy = Copy
wb-cmd-clipboard-paste = Paste
wb-cmd-clipboard-select-all = Select all

## Buttons offered with a message.

wb-action-open-pdf = Open PDF
wb-action-open-file = Open file
wb-action-open-folder = Open folder
wb-action-show-problems = Show problems
wb-action-show-details = Show details
wb-action-open-backup = Open the backup
# $file: the name of a copy a sync tool left beside the open file.
wb-action-merge-copy = Merge { $file }

## Undo and redo. $question is a question's number ("2.1"); $item an item as named below;
## $field a text field as named below.

# The Edit menu's items: "Undo typing in 3.1 Narrative". $change is one of the wb-undo-* below.
wb-undo-menu = Undo { $change }
wb-redo-menu = Redo { $change }
wb-undo-typing = typing in { $field }
wb-undo-rating = rating of { $question }
wb-undo-adding-member = adding a member
wb-undo-removing-member = removing { $item }
wb-undo-adding-evidence = adding evidence to { $question }
wb-undo-removing-item = removing { $item } from { $question }
wb-undo-adding-action = adding an action to { $question }
wb-undo-action-status = status of { $item } in { $question }
wb-undo-replace = changes from another copy

# What undo and redo did: "Undid: removed evidence ‘Civic strategy 2030’ from 1.1". $change is
# one of the wb-done-* below.
wb-undid = Undid: { $change }
wb-redid = Redid: { $change }
wb-done-changed = changed { $field }
# $phase is the phase's number, $name the framework's name for it: "rated 2.2 as 4 Embedding".
wb-done-rated = rated { $question } as { $phase } { $name }
wb-done-cleared-rating = cleared the rating of { $question }
wb-done-added-member = added a member
wb-done-removed-member = removed { $item }
wb-done-added-evidence = added evidence to { $question }
wb-done-removed-item = removed { $item } from { $question }
wb-done-added-action = added an action to { $question }
# $status is the action's new status ("Done").
wb-done-marked = marked { $item } in { $question } { $status }
wb-done-replace = took in changes from another copy

# The message after a removal, offering Undo.
wb-removed-member = Removed { $item }
wb-removed-item = Removed { $item } from { $question }

# An item by its name ($name: the person's own text, shortened) or by its place ($number).
wb-item-member-named = member ‘{ $name }’
wb-item-member-numbered = member { $number }
wb-item-evidence-named = evidence ‘{ $name }’
wb-item-evidence-numbered = evidence { $number }
wb-item-action-named = action ‘{ $name }’
wb-item-action-numbered = action { $number }

# A text field: $member and $item count from 1.
wb-field-institution = Institution
wb-field-title = Title
wb-field-period = Period
wb-field-language = Answers’ language
wb-field-member-name = member { $member } name
wb-field-member-role = member { $member } role
wb-field-narrative = { $question } Narrative
wb-field-ambition = { $question } Ambition
wb-field-rationale = { $question } Why this phase
wb-field-evidence-title = evidence { $item } of { $question }, title
wb-field-evidence-link = evidence { $item } of { $question }, link
wb-field-evidence-note = evidence { $item } of { $question }, note
wb-field-action-description = action { $item } of { $question }, description
wb-field-action-owner = action { $item } of { $question }, owner
wb-field-action-due = action { $item } of { $question }, due date

## Opening and saving. $file is a file's name, $path a whole path, $reason why (a sentence from
## the storage layer).

# A new assessment's title until the person changes it.
wb-new-title = Civic impact self-assessment
# The name shown (title bar, status bar) while there is no file.
wb-untitled-name = Untitled assessment
wb-demo-name = Demo assessment
wb-group-name = Group assessment
wb-backup-name = { $file } (backup)
# Names the built-in demo in an error about it.
wb-demo-path = demo assessment
# The status bar.
wb-file-opened = Opened { $file }
wb-file-saved = Saved { $file } at { $time }
wb-backup-opened = Opened the copy kept by the last save. Use Save as… to keep it.
wb-not-opened = { $file } could not be opened. { $reason }
wb-not-opened-backup = { $file } could not be opened. { $reason } The copy kept by its last save can be opened instead.
wb-backup-not-opened = The backup could not be opened either. { $reason }
wb-demo-not-opened = The demo assessment could not be opened. { $reason }
# Merging another copy ($file) of the assessment, which could not be read.
wb-merge-copy-not-read = Nothing was merged: { $file } could not be read. { $reason }
wb-file-problems = { $count ->
        [one] This file has a problem to look at.
       *[other] This file has { $count } problems to look at.
    }
wb-not-saved-not-assessment = Not saved: the file there is not an assessment this workbook can read, so it was left untouched; choose another name: { $path }
# Under the box for a typed path, when no file dialog could be shown.
wb-typed-path-empty = Type the full path of a file
wb-typed-path-combine = Type the paths of two or more assessors' files, separated by ;
wb-typed-path-exists = A file with this name is already there; choose another name
wb-typed-path-not-saved = Not saved there; see the message, or choose another place
# $to and $from are versions of the question bank ("2.0"); $carried and $apart count answers.
wb-moved = Moved to version { $to }: { $carried ->
        [one] 1 answer
       *[other] { $carried } answers
    } carried over. Save to keep the change; close without saving to keep version { $from }.
wb-moved-kept-apart = Moved to version { $to }: { $carried ->
        [one] 1 answer
       *[other] { $carried } answers
    } carried over. { $apart ->
        [one] 1 answer to questions version { $to } no longer asks is kept apart
       *[other] { $apart } answers to questions version { $to } no longer asks are kept apart
    }, at the end of the report. Save to keep the change; close without saving to keep version { $from }.
# $reason: why, from the question bank's migration.
wb-not-moved = Not moved: { $reason }.

## Errors the workbook words itself.

wb-failure-no-assessment = There is no assessment open.
# $detail: the system's reason.
wb-failure-not-started = it could not start: { $detail }
wb-failure-stopped = the export stopped unexpectedly

## Exports. $path is where the file was written.

wb-export-under-way = An export is already under way.
wb-pdf-not-exported = The report was not exported: { $reason }
wb-not-exported = Nothing was exported: { $reason }
wb-pdf-exported = Report exported: { $path }
# $count: answers to questions not in the framework's version in use.
wb-pdf-exported-unknown = Report exported: { $path }. It includes { $count ->
        [one] 1 answer
       *[other] { $count } answers
    } to questions not in this version of the framework, in an appendix.
# $actions: the path of the actions table written beside it.
wb-csv-exported = Exported the questions to { $path } and the actions to { $actions }
wb-markdown-exported = Exported Markdown: { $path }
wb-markdown-exported-unknown = Exported Markdown: { $path }. It includes { $count ->
        [one] 1 answer
       *[other] { $count } answers
    } to questions not in this version of the framework, in an appendix.
# $count: how many fields have characters no bundled font has.
wb-unprintable = The report shows some characters as empty boxes: no font bundled with the workbook has them ({ $count ->
        [one] 1 field
       *[other] { $count } fields
    }). The text itself is kept in the PDF.
wb-replace-cancelled = Nothing was exported: the files already there are as they were.

## Combining assessors' files and comparing.

# $names: the assessors' names, listed; $spreads: a sentence saying how many questions have
# assessors far apart.
wb-combined-named = Combined { $count ->
        [one] 1 assessor
       *[other] { $count } assessors
    } ({ $names }). { $spreads }.
wb-combined = Combined { $count ->
        [one] 1 assessor
       *[other] { $count } assessors
    }. { $spreads }.
wb-combine-differences = The files differ in { $count ->
        [one] 1 place
       *[other] { $count } places
    }: check them before you agree the phases.
wb-not-combined = Nothing was combined: { $reason }
# $warnings: notes about the comparison, listed.
wb-compared-note = Compared, but note: { $warnings }.
wb-compare-own-file = That is this assessment's own file: choose the earlier assessment to compare with.
wb-compare-not-read = Could not compare with the earlier assessment. { $reason }

# Lists built one item at a time: $list is the items so far.
wb-names-comma = { $list }, { $name }
wb-notes-semicolon = { $list }; { $note }

## Links, files and folders opened with other programs.

# $reason: why the link is not safe to open.
wb-link-not-opened = This link was not opened: { $reason }
wb-link-not-opened-none = This link was not opened: there is no link
wb-no-email-program = No email program is set up here. The link was copied: paste it where you need it.
wb-no-web-program = No program is set up to open web links here. The link was copied: paste it where you need it.
wb-no-file-program = No program is set up here to open it. It is at { $path }

## Autosave and recovery. $reason: why, from the storage layer.

wb-autosave-off = Autosave is off: { $reason }
wb-autosave-failed = Autosave failed; your work is still open: { $reason }
wb-autosave-not-removed = The autosave file could not be removed: { $reason }
wb-orphan-not-removed = An autosaved copy could not be removed: { $reason }
wb-orphan-unreadable = An autosaved assessment could not be read and was left in place: { $reason }
# In the recovery prompt, when the autosave's time is not known.
wb-recovery-unknown-time = an unknown time
# The autosaved assessment, to recognise it: the institution and the title (the person's text).
wb-recovery-description = { $institution } — { $title }

## Changes someone else made to the open file, and merging.

# Names the open file when it has no name.
wb-the-file = The file
# The bar: $who changed it (a person's name), at $time (a time of day).
wb-outside-changed-by = { $who } changed { $file } at { $time }
wb-outside-changed = { $file } was changed by someone else at { $time }
wb-reloaded-theirs = Reloaded { $file } as saved by someone else. Undo brings your version back.
# $copy, $copies: names of copies a sync tool left beside the file $file.
wb-sync-copy = A sync tool left a copy of { $file } beside it, { $copy }: it may hold changes saved at the same time as yours. Merge it to keep them.
wb-sync-copies = A sync tool left { $count } copies of { $file } beside it ({ $copies }): they may hold changes saved at the same time as yours. Merge each to keep them.
wb-merge-copy-no-base = Nothing was merged: another copy can be merged only into an assessment opened from its file, which is what both copies started from.
# Who the merged changes came from, when no person is known.
wb-merge-from-disk = the file on disk
# After merging. $from: a person's name, a file's name or wb-merge-from-disk; $changes: the
# changes named (wb-change-* and wb-place-*), listed; $settled: conflicts settled; $saved: "yes"
# when the merged result was saved at once, else "no".
wb-merge-nothing = Nothing to merge: { $from } holds no changes that are not here already{ $saved ->
        [yes] , and saved with your changes.
       *[no] . Save to keep the result; Undo takes it back.
    }
wb-merged-settled = Merged { $from }{ $settled ->
        [one] ; 1 conflict settled as chosen
       *[other] ; { $settled } conflicts settled as chosen
    }{ $saved ->
        [yes] , and saved with your changes.
       *[no] . Save to keep the result; Undo takes it back.
    }
wb-merged = { $count ->
        [one] Merged 1 change
       *[other] Merged { $count } changes
    } from { $from }: { $changes }{ $settled ->
        [0] {""}
        [one] ; 1 conflict settled as chosen
       *[other] ; { $settled } conflicts settled as chosen
    }{ $saved ->
        [yes] , and saved with your changes.
       *[no] . Save to keep the result; Undo takes it back.
    }
# The changes named after the first six: $list those named, $count the rest.
wb-merge-and-more = { $list }, and { $count } more
wb-change-new = new { $place }
wb-change-removed = { $place } removed
wb-place-institution = institution
wb-place-title = title
wb-place-period = period
wb-place-language = language
# $name: the team member's name.
wb-place-team-member = team member { $name }
wb-place-rating = rating of { $question }
# $who: an assessor's name.
wb-place-rating-by = { $who }'s rating of { $question }
wb-place-rationale = why this phase in { $question }
wb-place-narrative = narrative of { $question }
wb-place-ambition = ambition of { $question }
wb-place-evidence = evidence in { $question }
wb-place-action = action in { $question }
# One side of a conflict in the merge window.
wb-value-missing = Not there
wb-value-not-rated = Not yet rated
wb-value-phase = Phase { $phase } — { $name }
wb-value-empty = Empty
# An item's parts (the person's text) one after another: $list so far, $part the next.
wb-value-parts = { $list } — { $part }

## Who else has the file open. $name: a person's name; $names: people's names, listed; $people:
## how many people; $host: their computer's name; $since: a time ("10:02") or a date and time.

wb-presence-someone = Someone
wb-presence-since-unknown = an unknown time
wb-presence-open-since = { $name } has had this open since { $since }
wb-presence-open-since-on = { $name } has had this open since { $since } on { $host }
wb-presence-heading = { $people ->
        [one] Someone else has this file open
       *[other] Others have this file open
    }
wb-presence-advice = If more than one of you saves, one may replace the other's changes. Open read-only to look and take notes: Save as… then keeps your changes in a file of your own.
wb-presence-read-only = Read-only: { $names } { $people ->
        [one] has
       *[other] have
    } it open
wb-presence-save-refused = Not saved: { $file } is open read-only because { $names } { $people ->
        [one] has
       *[other] have
    } it open. Use Save as… to keep your changes in a file of your own.
# $detail: why, from the storage layer.
wb-presence-not-written = Others who open this file will not see that you have it open: the note saying so could not be written ({ $detail }).

## File dialogs: the kinds of file offered, and titles.

wb-filter-assessment = Civic Impact Workbook assessment
wb-filter-all = All files
wb-filter-pdf = PDF report
wb-filter-csv = CSV table
wb-filter-markdown = Markdown
wb-dialog-open = Open assessment
wb-dialog-combine = Choose the assessors' files to combine

## A corrected copy of the catalogue (View ▸ Language)

wb-cmd-pick-messages = Corrected messages…
wb-cmd-built-in-messages = Built-in messages
# The file dialog's filter for the catalogue's files.
wb-filter-messages = Catalogue files (*.ftl)
# $dir is the folder of corrections.
wb-messages-used = Using the corrected messages in { $dir }.
# $count messages or files in it could not be used; $first is the first, with why.
wb-messages-used-not-all = Using the corrected messages in { $dir }. { $count ->
        [one] One could not be used, and the built-in message stands in: { $first }
       *[other] { $count } could not be used, and the built-in messages stand in; the first: { $first }
    }
