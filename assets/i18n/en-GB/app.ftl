## app
## The app's pages: the summary, the domain pages, the side list, presenter mode, the status
## bar and the welcome screen. Placeholders that hold the user's own text or the framework's
## (a domain's or question's title, a phase's name, an institution) are shown as they are.

## Shared by the app's pages

# Parts of a line joined to those before ($init) by a middle dot: the assessment's heading
# "Northshire University · Civic self-assessment · 2026–27", a retired action's line.
app-dot-separated = { $init } · { $next }
# A line of a bulleted list: an example of evidence, a retired answer's evidence or action.
app-bullet = • { $item }


## The summary page

app-summary-title = Summary
# Below the chart and bars: how the scores are meant and computed.
app-summary-scores-note = Scores are a maturity profile to start a conversation, not a league table. A domain's maturity is the mean phase of its rated questions, to one decimal; the overall maturity is the mean of the rated domains. Unrated questions never count as zero.
app-summary-key-messages = Key messages

# The figure cards' names and the line under each figure.
app-summary-overall-maturity = Overall maturity
app-summary-across-domains = across { $rated } of { $total ->
        [one] { $total } domain
       *[other] { $total } domains
    }
app-summary-completion = Completion
app-summary-questions-rated = { $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated
app-summary-evidence-coverage = Evidence coverage
# $evidence of the $rated rated questions have evidence.
app-summary-with-evidence = { $evidence } of { $rated ->
        [one] { $rated } rated question has
       *[other] { $rated } rated questions have
    } evidence

# A domain's bar: $value is its maturity and phase (or "Not yet rated"), $rated and $total
# count its questions; when comparing, $earlier is its earlier maturity.
app-summary-bar = { $value } · { $rated }/{ $total } rated
app-summary-bar-was = { $value } · { $rated }/{ $total } rated · was { $earlier }
app-summary-bar-was-unrated = { $value } · { $rated }/{ $total } rated · was not rated
app-summary-go-to-domain = Go to this domain
app-summary-go-to-question = Go to this question

## The summary of a group's file, rated by several assessors

app-summary-group-heading = Group ratings
app-summary-widest-heading = Widest disagreements, to talk through
# Before a talking point's question text (a link): its number and the spread of ratings.
app-summary-talking-point = { $number } · { $spread }:

## The summary when comparing with an earlier assessment

# $label names the earlier assessment: its period, "2025–26".
app-summary-change-since = Change since { $label }
# $path is the earlier assessment's file.
app-summary-compared-with = Compared with { $path }
app-summary-stop-comparing = Stop comparing
app-summary-column-domain = Domain
app-summary-column-question = Question
app-summary-column-earlier = Earlier
app-summary-column-now = Now
app-summary-column-change = Change
app-summary-overall = Overall
app-summary-moved-heading = Questions that moved ({ $count })
# A question that moved: its number ("5.2") and text.
app-summary-question = { $number } { $text }
app-summary-earlier-actions = Earlier actions ({ $count })
# An earlier action: its description, its question's text, its status then and now.
app-summary-earlier-action = { $action } ({ $question }) — { $earlier } then, { $now } now
app-summary-earlier-action-gone = { $action } ({ $question }) — { $earlier } then, no longer listed
app-summary-only-one-heading = Questions in only one of the two
# $id is a question's identifier in the earlier file, $value its earlier score.
app-summary-only-earlier = { $id } ({ $value }): answered earlier, not a question of the framework now
app-summary-only-current = { $question }: not in the earlier assessment, which used another version of the framework

## The summary's open actions

app-summary-open-actions = Open actions ({ $count })
app-summary-no-open-actions = No open actions.
app-summary-column-due = Due
app-summary-column-action = Action
app-summary-column-owner = Owner
app-summary-column-status = Status
app-summary-no-date = No date
# A due date and how late it is: "20 Jan 2027, 3 weeks overdue".
app-summary-due-late = { $due }, { $late }
app-summary-no-description = (no description)
app-summary-no-owner = no owner yet
# An action's owner and status: "Jo Bloggs · In progress".
app-summary-owner-status = { $owner } · { $status }
app-summary-go-to-action-domain = Go to this action's domain

## A domain page

app-domain-missing = This domain is not in the framework in use.
# A question card's name for screen readers: its number ("1.2") and text.
app-domain-card-name = Key question { $number }: { $question }
# Above a question: its place among the domain's key questions.
app-domain-question-of = Key question { $number } of { $count }
app-domain-examples = Examples of evidence
# The group's reason for the phase agreed: its label, its hint, and its name for screen
# readers with the question's number ("Why this phase, 1.1").
app-domain-rationale = Why this phase
app-domain-rationale-hint = One line on why the group agreed it
app-domain-rationale-name = Why this phase, { $number }
app-domain-narrative = Narrative
app-domain-narrative-hint = Where are we, and why do we say so?
app-domain-narrative-name = Narrative, { $number }
app-domain-ambition = Ambition (what if?)
app-domain-ambition-hint = What would we like to be true?
app-domain-ambition-name = Ambition, { $number }
# Before each assessor's rating of a question in a group's file.
app-assessors = Assessors
# One assessor's rating: their name and the phase's number ("Alys 3").
app-assessor-rating = { $name } { $phase }
app-domain-one-assessor = One assessor rated it
# The assessors' ratings of a question: the lowest and highest phase, the median ("2.5"),
# and how far apart they are in words ($apart: "1 phase apart", "all agree").
# $state is "talk" (wide apart, not agreed), "agreed" (wide apart, agreed since) or "close".
app-domain-spread = Spread { $lowest }–{ $highest }, median { $median } · { $apart }{ $state ->
        [talk] : worth talking through
        [agreed] , now agreed
       *[other] {""}
    }
# The buttons at a page's foot to the previous and next page ($domain is its title).
app-nav-previous-domain = ‹ { $domain }
app-nav-previous-details = ‹ Assessment details
app-nav-next-domain = { $domain } ›
app-nav-next-summary = Summary ›

## What keys 1–6 do on a domain page, in the status bar ($number is a question's, "1.2")

app-key-hint-rates = Keys 1–6 rate { $number }, 0 clears
app-key-hint-typing = Typing: Esc, then keys 1–6 rate { $number }
app-key-hint-out-of-sight = { $number } is out of view: click a question to rate it
app-key-hint-no-question = Click a question or Tab to its phases to rate it with 1–6

## A domain page's header, and what the earlier assessment said when comparing

# Above the domain's title: its place among the framework's domains.
app-header-domain-of = Domain { $number } of { $count }
app-header-provisional = Provisional domain: the wording is ours, as no published copy was available.
# Before the address of the framework's page for the domain.
app-header-source = Source
# $address is the framework's web address for the domain.
app-header-source-hover = Open the framework's page in your browser: { $address }
# A domain's maturity and the name of the phase it reaches: "Maturity 3.3 (Delivering)".
app-header-maturity-now = Maturity { $maturity } ({ $phase })
# The header's maturity line: $now is app-header-maturity-now (or "Not yet rated"); $rated of
# $total questions are rated. When comparing, $earlier is the earlier maturity and $change
# the change ("+0.6", "no change").
app-header-maturity = { $now } · { $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated
app-header-maturity-not-rated-earlier = { $now }, not rated earlier · { $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated
app-header-maturity-was-change = { $now }, was { $earlier } ({ $change }) · { $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated
app-header-maturity-was = { $now }, was { $earlier } · { $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated
# When the questions rated differ between the two assessments: what the change counts.
app-header-none-both = No question was rated both times, so there is no change to show.
app-header-like-for-like = Like for like, on the { $both ->
        [one] { $both } question
       *[other] { $both } questions
    } rated both times: { $change }.
app-header-apart-first = { $first ->
        [one] { $first } question rated for the first time is
       *[other] { $first } questions rated for the first time are
    } not counted as a change.
app-header-apart-gone = { $gone ->
        [one] { $gone } question no longer rated is
       *[other] { $gone } questions no longer rated are
    } not counted as a change.
app-header-apart-both = { $first ->
        [one] { $first } question
       *[other] { $first } questions
    } rated for the first time and { $gone ->
        [one] { $gone } question
       *[other] { $gone } questions
    } no longer rated are not counted as a change.
# The two sentences above: what is compared ($both), then what is left out ($apart).
app-header-like-for-like-line = { $both } { $apart }
# A whole phase: its number and name ("2 Planning").
app-phase-number-name = { $number } { $phase }
# Above a question's phases when comparing: $label names the earlier assessment ("2025–26"),
# $said is its rating then ("2 Planning", a median "2.5", or "not yet rated").
app-earlier = Earlier ({ $label }): { $said }

## The side list of pages

app-list-no-institution = Institution not named yet
app-list-details = Assessment details
# The summary's second line: the overall maturity ("3.1") and how many questions are rated.
app-list-summary = Overall { $overall } · { $rated } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } rated
app-list-summary-none = No question rated yet
# The details' second line: the team's size, and answers kept for questions the framework no
# longer asks.
app-list-members = { $members ->
        [one] { $members } team member
       *[other] { $members } team members
    }
app-list-members-answers = { $members ->
        [one] { $members } team member
       *[other] { $members } team members
    } · { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } to earlier questions
# A domain's entry: its number and title.
app-list-domain-title = { $number } { $title }
# A domain's second line: questions rated of all, and its maturity with the phase reached
# ("3.3 Delivering") or "not yet rated".
app-list-domain = { $rated }/{ $total } rated · { $maturity }
# When comparing: the line above ($line), the change ("+0.6", "no change") since the earlier
# assessment, named by its period ("2025–26") or app-list-earlier.
app-list-domain-change = { $line } · { $change } since { $earlier }
app-list-earlier = earlier
# An entry's tooltip: $page is its title.
app-list-go-to = Go to { $page }

## The rating control: the six phases of a question

# The control's label in a single assessor's file, and its name for screen readers with the
# question's number ("Phase, 1.1").
app-picker-phase = Phase
app-picker-phase-name = Phase, { $number }
app-picker-not-rated-hover = Not discussed or not agreed yet: it does not count in any score (key 0)
# The same in a group's file, where the phase is the one the assessors agreed.
app-picker-agreed = Agreed phase
app-picker-agreed-name = Agreed phase, { $number }
app-picker-not-agreed = Not yet agreed
app-picker-not-agreed-hover = Not agreed yet: the median of the assessors' phases counts until you agree (key 0)
# The choice of no phase, keyed 0 like the phases: $unset is "Not yet rated" or "Not yet
# agreed". Its name for screen readers, then the text on the button.
app-picker-unset-name = 0 { $unset }
app-picker-unset = 0 · { $unset }
app-picker-keys = Keys 1–6 rate, 0 clears
# Below the phases: the chosen phase's name and the framework's description of it.
app-picker-description = { $phase }: { $description }
# $median is the median of the assessors' phases ("2.5").
app-picker-median = Not yet agreed: the median of the assessors' phases, { $median }, counts until the group agrees
app-picker-unrated = Not yet rated: choose the phase the group agrees best describes where you are

## Presenter mode: one key question in large type, for a room

app-presenter-missing = This question is not in the framework in use.
# Where the room is: the question's number ("5.2"), its domain's title, and its place among
# all the framework's questions.
app-presenter-place = { $number } · { $domain } · question { $position } of { $total }
app-presenter-narrative-hint = Where are we, and why do we say so? Type here as the room talks.
# Buttons to the previous and next question (also the status bar's previous and next page).
app-previous = ‹ Previous
app-next = Next ›
app-presenter-previous-hover = Previous question (Left arrow or Page Up)
app-presenter-next-hover = Next question (Right arrow or Page Down)
app-presenter-stop-hover = Back to the workbook at this question (Esc)
app-presenter-show-names = Show names
app-presenter-hide-names = Hide names
app-presenter-names-hover = Show or hide who gave which rating (N)
# $phase is the number of the one phase given.
app-presenter-one-assessor = One assessor rated it { $phase }
# What the earlier assessment said of the question ($label names it: "2025–26"), and now:
# each "3 Delivering", a median "2.5" or "not yet rated"; $change is "+1.0", "no change".
app-presenter-earlier = Earlier ({ $label }): { $earlier } · now { $now }
app-presenter-earlier-change = Earlier ({ $label }): { $earlier } · now { $now }, { $change }

## The summary's radar chart

# Under a domain's name at the end of its axis: its maturity now ("3.3") and earlier.
app-radar-earlier = { $value } (earlier { $earlier })

## The status bar

app-status-previous-page = Previous page
app-status-next-page = Next page
app-status-unsaved = Unsaved changes
app-status-never-saved = Not saved to a file yet
# $file is the name of the file being exported.
app-status-exporting = Exporting { $file }…
app-status-exporting-then-quit = Exporting { $file }… the window closes when it is done
# A tooltip and the keyboard shortcut that does the same ("Ctrl+S").
app-with-shortcut = { $text } ({ $shortcut })

## The welcome screen, shown when no assessment is open

app-welcome-title = Civic Impact Workbook
# $framework is the framework's title, $publisher the body that published it.
app-welcome-intro = Assess your civic role with the { $framework } of the { $publisher }: seven domains, their key questions, and six phases of progress.
app-welcome-new = New assessment
app-welcome-new-hover = Start a blank assessment
app-welcome-open = Open…
app-welcome-open-hover = Open an assessment file (.civic.json)
app-welcome-demo = Open the demo assessment
app-welcome-demo-hover = A partly complete example from a fictional university
app-welcome-recent = Open recent
app-welcome-drop = You can also drop a .civic.json file on this window.

## Answers kept for questions the framework no longer asks, on the details page

app-retired-heading = Answers to questions not in this version of the framework ({ $count })
app-retired-explained = This version of the framework does not ask these questions. Their answers are kept in the file and shown at the end of the report, but not scored.
# $id is the question's identifier in the file.
app-retired-question = Question { $id }
# The phase given: its number and the framework's name for it.
app-retired-phase = Phase { $number }: { $phase }
# $ratings lists each assessor's name and phase ("Alys 3, Bryn 4").
app-retired-assessors = Assessors: { $ratings }
app-retired-rationale = Rationale
app-retired-ambition = What if?
app-retired-evidence = Evidence
app-retired-actions = Actions

## A question's evidence, and the names screen readers give each item of a question's lists

# Why a link is not opened: $problem says what is wrong with it.
app-link-warning = Warning: not opened, { $problem }
# $kind is "evidence" or "action" (a key, not shown); $position its place in the list (from 1);
# $question the question's number ("1.1"); $title the item's title (an action's description).
# A field of an item, $field its label: "Title, evidence 2 of 1.1".
app-item-field = { $field }, { $kind ->
        [evidence] evidence
       *[action] action
    } { $position } of { $question }
# An item in words, when it has no title ("evidence 2"), when its title says which ("evidence
# ‘Civic strategy 2030’"), and when another item has the same title.
app-item-numbered = { $kind ->
        [evidence] evidence
       *[action] action
    } { $position }
app-item-titled = { $kind ->
        [evidence] evidence
       *[action] action
    } ‘{ $title }’
app-item-numbered-titled = { $kind ->
        [evidence] evidence
       *[action] action
    } { $position }, ‘{ $title }’
# $item is one of the three above.
app-item-remove = Remove { $item } from { $question }
app-item-removed = Removed { $item } from { $question }. Edit › Undo brings it back.
# Another control of an item, $control its label: "Status of action ‘Brief the council’, 1.1".
app-item-control = { $control } of { $item }, { $question }
app-evidence-heading = Evidence ({ $count })
app-evidence-none = No evidence yet.
# A piece of evidence's name for screen readers.
app-evidence-row = Evidence { $position }
app-evidence-add = Add evidence
app-evidence-add-hover = Add a document, data source or link
app-evidence-title = Title
app-evidence-title-hint = What it is
app-evidence-link = Link
app-evidence-link-hint = https://…
app-evidence-note = Note
app-evidence-note-hint = What it shows
app-evidence-open = Open link
app-evidence-open-hover = Open in your browser
app-evidence-open-disabled = Only http, https and mailto links can be opened
app-evidence-remove = Remove
app-evidence-remove-hover = Remove this evidence (Edit › Undo brings it back)
# $names lists the assessors who added it.
app-evidence-added-by = Added by { $names }

## Keyboard shortcuts in tooltips ("Ctrl+S"): the names of modifier keys and other keys

