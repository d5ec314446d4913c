## cli
## The command line: `civic-workbook` and its headless subcommands. Placeholders named $file,
## $path, $output and the like are file paths; $program is the program's name, civic-workbook.
## Option names ({ "--baseline" }, { "-o" }), language tags and the example date are string
## literals: people type them as they are, so they are never translated.

## The help: about each subcommand, each argument, and the headings of the help page.

# Headings of the help page; the program adds the colon after the last three itself.
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
# The placeholder for a subcommand in a usage line: civic-workbook [COMMAND].
cli-help-command-value = COMMAND

cli-about = Civic Impact Workbook: self-assess against the Civic Impact Framework and report on it.
cli-about-new = Create a blank assessment.
cli-about-questions = List the domains, key questions and phases of the framework in use.
cli-about-validate = List every problem in an assessment, one per line; exit 1 when there are any.
cli-about-export = Export the scored PDF report of an assessment, its data as CSV, or it as Markdown.
cli-about-score = Print the scores of an assessment.
cli-about-combine = Combine several assessors’ files into one group assessment.
cli-about-migrate = Move an assessment to another version of the question bank, keeping every answer.
# BASE, MINE, THEIRS and OUT are the placeholders of merge's arguments (cli-value-base and so on).
cli-about-merge = Merge two copies of one assessment changed apart ({ -cli-base }, the version both started from; { -cli-mine }; { -cli-theirs }) into { -cli-out }; exit 1 when both changed something differently. Usable as git’s merge driver.
cli-about-messages = Write the language’s built-in catalogue into a folder, for a translation unit to correct and use with { "--messages" }.
cli-about-help = Print this message or the help of the given subcommand

cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-help-subcommand = The subcommand whose help to print.
cli-arg-open-file = An assessment to open in the workbook.
cli-arg-framework = Use this framework bank instead of the built-in Civic Impact Framework.
# cy, en-GB and qps-ploc are language tags: keep them as they are.
cli-arg-lang = The language of the workbook and its messages: { "cy" } (Welsh) or { "en-GB" }, or { "qps-ploc" } (a pseudo-locale that shows which words do not come from the catalogue). Without it, the system’s language (LC_ALL, LC_MESSAGES, LANG).
cli-arg-messages = Use the corrected copy of the language’s catalogue in this folder (written by { "messages" }): each message it corrects replaces the built-in one, and what cannot be used is reported.
cli-arg-assessment-file = The assessment file.
cli-arg-questions-json = Print the framework as JSON (the bank file format).
cli-arg-score-json = Print the scores as JSON.
cli-arg-score-baseline = Also show what changed since this earlier assessment.
cli-arg-score-date = The date overdue actions are counted on in the key messages (default: today, on the local calendar).
cli-arg-migrate-file = The assessment to move (it is not changed).
cli-arg-migrate-to = The new version of the question bank.
cli-arg-migrate-map = How old question ids become new ones: renamed domains and questions, split and merged questions. Ids that carry over need no entry.
cli-arg-migrate-output = Where to write the moved assessment.
cli-arg-migrate-force = Replace the output file if it exists (an assessment only; kept as NAME.bak, or NAME.1.bak when NAME.bak is not an assessment).
cli-arg-combine-files = The assessors’ files (two or more). Each assessor is named by the one person in the file’s team, or else by the file’s name.
cli-arg-combine-output = Where to write the group assessment.
cli-arg-combine-force = Replace the output file if it exists.
cli-arg-new-output = Where to write the assessment (NAME.civic.json).
cli-arg-new-institution = The university or partnership assessed.
cli-arg-new-title = The assessment’s title.
cli-arg-new-period = The period covered, such as 2026–27.
cli-arg-new-force = Replace the file if it exists.
cli-arg-export-output = Where to write the PDF report.
cli-arg-export-csv = Write one row per question to this CSV file, and the actions to OUT-actions.csv beside it.
cli-arg-export-markdown = Write the whole assessment as Markdown to this file.
cli-arg-export-baseline = Compare with this earlier assessment in the report and the Markdown.
cli-arg-export-date = The export date printed on the cover and in the metadata (default: today, on the local calendar).
cli-arg-export-force = Replace files already at the outputs even when they are not this workbook’s earlier exports (each is kept as NAME.bak, or NAME.1.bak, … when NAME.bak holds another file). Without it, only earlier unchanged exports are replaced.
cli-arg-merge-base = The version both copies started from (git’s %O).
cli-arg-merge-mine = My copy (git’s %A): where both sides cannot be kept, mine is.
cli-arg-merge-theirs = Their copy (git’s %B).
cli-arg-merge-output = Where to write the merged assessment; it may be { -cli-mine } itself. The file replaced is kept as NAME.bak.
cli-arg-merge-no-backup = Keep no NAME.bak of the file replaced (for git, whose history keeps every version and whose scratch files would otherwise leave backups in the repository).
cli-arg-merge-json = Print what was merged and the conflicts as JSON.
cli-arg-messages-output = The folder to write the catalogue’s files into (made if missing); no file there is replaced.

# Placeholders for the values of arguments in the help and in usage lines, in capitals.
cli-value-file = FILE
cli-value-lang = LANG
cli-value-folder = DIR
cli-value-name = NAME
cli-value-text = TEXT
cli-value-earlier = EARLIER.civic.json
cli-value-bank = BANK.json
cli-value-map = MAP.json
cli-value-out-assessment = OUT.civic.json
cli-value-group = GROUP.civic.json
cli-value-out-pdf = OUT.pdf
cli-value-out-csv = OUT.csv
cli-value-out-md = OUT.md
# How the date is to be written: keep the digits' order year, month, day.
cli-value-date = YYYY-MM-DD
-cli-base = BASE
-cli-mine = MINE
-cli-theirs = THEIRS
-cli-out = OUT
cli-value-base = { -cli-base }
cli-value-mine = { -cli-mine }
cli-value-theirs = { -cli-theirs }

## Mistakes in the command line itself: each is followed by the usage line and the last line.

# $arg is what was typed, such as --bogus.
cli-usage-unknown-argument = unexpected argument ‘{ $arg }’ found
# $args lists the missing arguments, such as <FILE>.
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-unknown-subcommand = unrecognised subcommand ‘{ $subcommand }’
# $value is what was typed, $arg the argument, $problem what is wrong with it.
cli-usage-invalid-value = invalid value ‘{ $value }’ for ‘{ $arg }’: { $problem }
cli-usage-not-possible = invalid value ‘{ $value }’ for ‘{ $arg }’
cli-usage-possible = possible values: { $values }
cli-usage-conflict = the argument ‘{ $arg }’ cannot be used with ‘{ $other }’
cli-usage-repeated = the argument ‘{ $arg }’ cannot be used more than once
cli-usage-values = the argument ‘{ $arg }’ has the wrong number of values
cli-usage-no-equals = equal sign is needed when assigning values to ‘{ $arg }’
cli-usage-not-utf8 = an argument is not valid UTF-8
cli-usage-other = the command line cannot be read
# A suggestion, after an unknown argument or subcommand.
cli-usage-similar = tip: a similar one exists: ‘{ $suggestion }’
cli-usage-as-value = tip: to pass ‘{ $arg }’ as a value, use ‘{ "--" } { $arg }’
# $usage is the usage line, such as: civic-workbook score [OPTIONS] <FILE>
cli-usage-line = { -cli-usage-heading } { $usage }
-cli-usage-heading = Usage:
cli-usage-more = For more information, try ‘{ "--help" }’.
# The first line of a mistake in the command line.
cli-usage-error = error: { $message }

## Errors and warnings, on standard error, after the program's name.

cli-error = { $program }: { $message }
cli-warning = { $program }: warning: { $message }
# A warning about a file: $message says what, $file is the file.
cli-warning-file = { $program }: warning: { $message }: { $file }
# A warning about a file with what is wrong in it: $problem names the place and the problem.
cli-warning-problem = { $program }: warning: { $file }: { $problem }
# An error and its cause: $context says what could not be done, $cause why.
cli-error-cause = { $context }: { $cause }
# $languages lists the languages' tags.
cli-lang-unknown = not a language of the workbook (it speaks { $languages })
cli-window-failed = the window could not be opened ({ $error }); the headless subcommands still work, see { "--help" }
cli-framework-damaged = the built-in framework bank is damaged
cli-migrate-same-file = the moved assessment would replace the one it comes from; give another file: { $file }
cli-migrate-failed = { $file } could not be moved
cli-migrate-failed-map = { $file } could not be moved with { $map }
cli-baseline-itself = { "--baseline" } is the assessment itself; give the earlier assessment’s file: { $file }
cli-combine-output-is-input = the output is one of the assessors' files; choose a new file for the group: { $file }
# $date is the date as typed after --date.
cli-date-not-real = { "--date" }: “{ $date }” is not a real date
cli-date-not-iso = { "--date" }: “{ $date }” is not a date written as { "2027-03-31" }
cli-export-baseline-alone = { "--baseline" } adds the comparison to the PDF report and the Markdown; give { "-o" } or { "--markdown" } as well
cli-export-report-failed = the report of { $file } could not be made
cli-merge-would-replace = the merged assessment would replace { $side }; write it to { -cli-mine } or a new file: { $file }
# $side is BASE, MINE or THEIRS.
cli-merge-unreadable = { $side } could not be read
cli-merge-other-version = { $side } answers another version of the framework ({ $version }) than { -cli-mine } ({ $mine }); the merged file keeps { -cli-mine }’s: { $file }
cli-merge-not-assessment = the file there is not an assessment, so it was left untouched: { $file }
cli-merge-not-written = the merged assessment could not be written: { $file }
# `messages` in the pseudo-locale; the tags and options are typed as they are.
cli-messages-pseudo = { "qps-ploc" } has no catalogue of its own to write, as it is made from British English (use { "--lang cy" } or { "--lang en-GB" })
# civic-workbook.com on Windows, which starts the workbook beside it.
cli-console-cannot-start = the workbook could not be started ({ $error }): { $file }
cli-console-cannot-relay = the workbook’s output could not be relayed ({ $error })
cli-console-no-location = this program’s own location is unknown ({ $error })
cli-console-is-starter = this is the command-line starter, not the workbook: { $file }
cli-console-relay-stopped = the relay of the workbook’s errors stopped
# An error in making JSON that should never happen.
cli-json-not-utf8 = the JSON is not UTF-8

## What the subcommands did, on standard output.

cli-created = Created { $file }
# After a command replaced a file: where the earlier file is kept.
cli-kept = The file that was at { $file } is kept as { $backup }
# After `messages`: each file written.
cli-messages-wrote = Wrote { $file }
# After `messages`: how to use the corrected copy; $lang is a language tag, $folder the folder.
cli-messages-next = Correct the messages there, then use them with { "--lang" } { $lang } { "--messages" } { $folder }
# The default title of an assessment made by `new`; it is written into the file.
cli-new-title = Civic impact self-assessment
# $names lists the assessors; $spreads says how many questions are far apart.
cli-combined = Combined { $count } assessors ({ $names }) into { $file }; { $spreads }
cli-exported-report = Exported the report to { $file }
cli-exported-csv = Exported the questions to { $file } and the actions to { $actions }
cli-exported-markdown = Exported Markdown to { $file }
cli-exported-unknown = The report includes { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } to questions not in this version of the framework, in its appendix.

## questions: the framework in use.

# A framework's or bank's title and version: "Civic Impact Framework 2026.1".
cli-framework = { $title } { $version }
cli-questions-publisher = Published by { $name } ({ $url })
# The scale of phases and how it works; $cyclical and $provisional are yes or no.
cli-questions-scale = { $name } (ordered{ $cyclical ->
        [yes] , cyclical
       *[no] {""}
    }{ $provisional ->
        [yes] , provisional names
       *[no] {""}
    })
cli-questions-phase = { $number } { $name }: { $description }
# A domain: its number, title and id, and where it comes from ($source, from the bank).
cli-questions-domain = { $number }. { $title } [{ $id }] ({ $source })
cli-questions-domain-provisional = { $number }. { $title } [{ $id }] (provisional)
cli-questions-domain-plain = { $number }. { $title } [{ $id }]
cli-questions-question = - { $text } [{ $id }]

## validate

cli-no-problems = No problems found: { $file }
# One problem a line, after the file's name.
cli-problem = { $file }: { $problem }

## score: the table of domains, the overall figures, the key messages and the change.

# Parts of the heading: institution, title and period, those given.
cli-score-heading = { $init } — { $next }
cli-score-domain = Domain
cli-score-maturity = Maturity
cli-score-phase = Phase reached
cli-score-rated = Rated
cli-score-evidence = Evidence
# Rated questions of all a domain's questions, in a narrow column: "3/4".
cli-score-rated-of = { $rated }/{ $total }
cli-score-overall = Overall maturity { $maturity } ({ $phase }), across { $rated } of { $total ->
        [one] { $total } domain
       *[other] { $total } domains
    }
cli-score-overall-none = Overall maturity not yet rated: no question has a phase yet
cli-score-completion = Completion { $percent } ({ $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated)
cli-score-evidence-coverage = Evidence coverage { $percent } ({ $evidenced } of { $rated ->
        [one] { $rated } rated question has
       *[other] { $rated } rated questions have
    } evidence)
cli-score-unagreed = Not yet agreed: { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } scored by the median of the assessors’ phases
cli-score-unknown = Not scored: { $count ->
        [one] { $count } response
       *[other] { $count } responses
    } to questions this framework does not have (see validate)
cli-score-key-messages = Key messages
# One key message: its lead ("Strongest: ") and its text.
cli-score-key-message = - { $lead }{ $text }
# $label names the earlier assessment.
cli-score-change-since = Change since { $label }
cli-score-earlier = Earlier
cli-score-now = Now
cli-score-change = Change
cli-score-overall-row = Overall
# A question by its number, id and text: "5.2 estates.places Our places …".
cli-score-question = { $number } { $id } { $text }
cli-score-none-moved = No question's phase changed.
cli-score-moved = Questions that moved:
# A question that moved: $earlier and $now are maturities, $change says how it changed.
cli-score-move = { $question }: { $earlier } -> { $now } ({ $change })
cli-score-earlier-actions = Earlier actions:
# An earlier action and what became of it: $earlier and $now are statuses, "In progress".
cli-score-action = { $description } ({ $question }): { $earlier } then, { $now } now
cli-score-action-gone = { $description } ({ $question }): { $earlier } then, no longer listed now
cli-score-only-earlier = Only in the earlier assessment: { $question } ({ $maturity }), not a question of this framework
cli-score-only-current = Not in the earlier assessment (another version of the framework): { $question }

## migrate: what moved where, one line for each answer of the old version. $from, $to, $at and
## $ids are question ids; $old lists the ids of the old questions merged with it.

cli-migrate-moved = Moved { $file } to { $framework }
cli-migrate-phase-conflict = Check: { $at } holds merged answers at different phases ({ $phases }); it keeps the lowest, { $kept }
# One of the phases listed in cli-migrate-phase-conflict.
cli-migrate-phase-at = { $from } at { $phase }
cli-migrate-kept-apart-note = Answers kept apart are shown in the report's appendix and by validate
cli-migrate-written = Written to { $file }
cli-migrate-merged = Merged: { $from } → { $to }, together with the old { $old }
cli-migrate-carried = Carried over: { $from }
cli-migrate-renamed = Renamed: { $from } → { $to }
# $wanted is the id the renamed domain would give the question.
cli-migrate-merged-lacking = Merged: { $from } → { $to }, together with the old { $old } (its domain is renamed, but the new version has no { $wanted })
cli-migrate-carried-lacking = Carried over: { $from } (its domain is renamed, but the new version has no { $wanted })
cli-migrate-split = Split: { $from } → { $ids } (the answer is in each)
cli-migrate-kept-apart = Kept apart: { $from } (the new version does not ask it)
cli-migrate-kept-apart-renamed = Kept apart: { $from } (its domain is renamed, but the new version asks neither { $wanted } nor { $from })
# The same three, when the answer was also merged with others: $merged lists cli-migrate-merged-in.
cli-migrate-split-merged = Split: { $from } → { $ids } (the answer is in each; { $merged })
cli-migrate-kept-apart-merged = Kept apart: { $from } (the new version does not ask it; { $merged })
cli-migrate-kept-apart-renamed-merged = Kept apart: { $from } (its domain is renamed, but the new version asks neither { $wanted } nor { $from }; { $merged })
cli-migrate-merged-in = merged in { $at } with the old { $old }
# Joins the clauses of $merged above.
cli-migrate-clauses = { $init }; { $next }

## merge: what came in from theirs, the conflicts, and where the merge went. $file is a file;
## $what names a place in the assessment (the cli-merge-place messages).

cli-merge-nothing = Nothing to bring in from { $file }
cli-merge-brought = Merged { $count ->
        [one] { $count } change
       *[other] { $count } changes
    } from { $file }: { $changes }
# One line for each conflict; $conflict is cli-merge-conflict-at or cli-merge-conflict-in.
cli-merge-conflict = Conflict: { $conflict }
# A conflict: where it is, and what each side has ($outcome).
cli-merge-conflict-at = { $what }: { $outcome }
# The same with the text of its question.
cli-merge-conflict-in = { $what } ({ $question }): { $outcome }
cli-merge-clean = Merged without conflicts into { $file }
cli-merge-conflicts = Merged into { $file } with { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    }: both sides are kept where they can be, else mine; check them
cli-merge-place-institution = the institution
cli-merge-place-title = the title
cli-merge-place-period = the period
cli-merge-place-language = the language
cli-merge-place-member = team member ‘{ $name }’
# $question is a question's number, such as 1.2; $name an assessor; $label an item's title.
cli-merge-place-phase = the phase of { $question }
cli-merge-place-rating = { $name }’s rating of { $question }
cli-merge-place-rationale = the rationale of { $question }
cli-merge-place-narrative = the narrative of { $question }
cli-merge-place-ambition = the ambition of { $question }
cli-merge-place-some-evidence = a piece of evidence in { $question }
cli-merge-place-evidence = the evidence ‘{ $label }’ in { $question }
cli-merge-place-some-action = an action in { $question }
cli-merge-place-action = the action ‘{ $label }’ in { $question }
# An item or member that theirs removed.
cli-merge-removed = { $what } (removed)
# What each side has and what the merged file keeps; $mine and $theirs are values or phases.
cli-merge-kept-mine = mine { $mine }, theirs { $theirs } (kept mine)
cli-merge-removed-mine = removed in mine, changed in theirs (kept theirs)
cli-merge-removed-theirs = changed in mine, removed in theirs (kept mine)
cli-merge-both-kept = changed differently on both sides (both kept)
cli-merge-not-rated = not rated
