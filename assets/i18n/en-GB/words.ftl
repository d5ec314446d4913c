## words: how the workbook words the facts it computes (scoring/wording.rs, scoring/read.rs,
## scoring/compare.rs). The app's summary, `score`, the PDF, the Markdown and the CSV all use
## these, so one fact reads the same everywhere.

## Figures that do not exist yet

# Stands for a figure that does not exist yet (a percentage of nothing, an unrated domain's
# score in a table of numbers): an en dash.
words-no-figure = –
# A question or domain with no phase yet, in running text.
words-not-yet-rated = not yet rated
# The same at the start of a sentence, or alone as a label.
words-not-yet-rated-label = Not yet rated

## Figures

# A whole percentage: "75%". $percent is the number.
words-percent = { $percent }%
# A maturity with the name of the phase it reaches: "3.3 (Delivering)". $maturity is the
# figure, $phase the framework's name of the phase.
words-maturity-with-phase = { $maturity } ({ $phase })
# A change of zero between two assessments.
words-no-change = no change
# The overall change when some questions are left out: "+0.2 like for like". $change is a
# signed figure or "no change".
words-change-like-for-like = { $change } like for like

## Comparison with an earlier assessment

# One sentence under every table of changes and in the report's method.
words-like-for-like = Changes are like for like: a domain’s change is the mean phase now of the questions rated in both assessments minus their mean then, and the overall change is the mean of those domains’ like-for-like maturities now minus the same mean then; questions rated for the first time or no longer rated are listed apart and never count as a rise or a fall, and a domain with no question rated in both has no change.
# Questions left out of a change. $questions is a list of question numbers: "5.2 and 6.1".
words-apart-first-rated = { $questions } rated for the first time
words-apart-no-longer-rated = { $questions } no longer rated
# Both at once. $first and $gone are lists of question numbers.
words-apart-both = { $first } rated for the first time; { $gone } no longer rated
# Under a narrow column of changes. $mark is the mark beside the changes it explains ("*");
# $apart says which questions were left out (words-apart-*).
words-apart-note = { $mark }{"\u00A0"}Not counted as a change: { $apart }.
# A domain's change in a table with room. $apart says which questions were left out
# (words-apart-*); $change is a signed figure: "−0.3".
words-domain-change-no-like-for-like = no like-for-like change: { $apart }
words-domain-change-apart = { $change } like for like; { $apart }, not counted
words-domain-change-none-rated-both = no question rated both times: { $apart }
# A domain's change in a narrow column: rated now, not earlier; rated earlier, not now.
words-newly-rated = newly rated
words-not-rated-now = not rated now
# A question's change: rated now, not earlier; rated earlier, not now.
words-first-rated = rated for the first time
words-no-longer-rated = no longer rated

## Counts

# How late an open action is. $count is the number of days, weeks or months.
words-overdue-days = { $count ->
        [one] { $count } day overdue
       *[other] { $count } days overdue
    }
words-overdue-weeks = { $count ->
        [one] { $count } week overdue
       *[other] { $count } weeks overdue
    }
words-overdue-months = { $count ->
        [one] { $count } month overdue
       *[other] { $count } months overdue
    }
# How far apart a group's assessors' ratings of one question are, in phases.
words-phases-apart = { $count ->
        [0] all agree
        [one] { $count } phase apart
       *[other] { $count } phases apart
    }
# A number of answers (responses to questions).
words-answers = { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }
# A number of questions.
words-questions = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
# How many questions a group's assessors rated $wide or more phases apart.
words-wide-spreads = { $count ->
        [0] No question has assessors { $wide } or more phases apart
        [one] { $count } question has assessors { $wide } or more phases apart
       *[other] { $count } questions have assessors { $wide } or more phases apart
    }

## The read model (scoring/read.rs)

# Where the actions of answers to questions the framework does not have are filed, in place of
# a domain's title.
words-not-in-framework = Not in this version of the framework

## Key messages: three to five on the summary page of the app and the report. Each is shown as
## a lead in bold followed at once by its text, as one sentence: a *-lead message and the
## *-text message after it read together. A lead's trailing space is part of it.

# No domain is rated at all.
words-key-none-rated = No key question is rated yet: the profile fills in as the working group rates them.
# Only one domain is rated.
words-key-one-rated = The strongest and least developed domains are named once two domains are rated.
# Leads before the domains named: every rated domain has the same maturity; the highest; the lowest.
words-key-level-lead = Every rated domain is level:{" "}
words-key-strongest-lead = Strongest:{" "}
words-key-least-developed-lead = Least developed:{" "}
# After one of the three leads above. $domains lists the domains' titles ("A, B and C"),
# $count is how many, $maturity their maturity with its phase ("3.3 (Delivering)").
words-key-named = { $count ->
        [one] { $domains }, { $maturity }.
       *[other] { $domains }, each { $maturity }.
    }
# $count open actions are past their due date on $date (a short date: "1 Mar 2027").
words-key-overdue-lead = { $count ->
        [one] { $count } open action is overdue
       *[other] { $count } open actions are overdue
    }
words-key-overdue-text = {" "}on { $date }.
# A group assessment: $unagreed of the $rated rated questions still await the $assessors
# assessors' agreed phase.
words-key-unagreed-lead = { $unagreed } of { $rated } rated questions
words-key-unagreed-text = {" "}are still to be agreed by the { $assessors } assessors; until then their median phase counts.
# Domains with no rated question. $domains lists their titles, $count is how many.
words-key-unrated-lead = Not yet rated:{" "}
words-key-unrated-text = { $count ->
        [one] { $domains }, so it is not in the overall maturity.
       *[other] { $domains }, so they are not in the overall maturity.
    }
# The change since an earlier assessment. $since names it: its period ("2025–26") or title.
words-key-since-lead = Since { $since }:{" "}
# The overall figures then and now ($earlier, $current: "2.5") and the change ($change: "+0.3",
# "no change", "+0.3 like for like"). Becomes $overall in the words-key-since-* messages.
words-key-overall = overall maturity { $earlier } then, { $current } now ({ $change })
words-key-overall-no-like-for-like = overall maturity { $earlier } then, { $current } now; no question was rated both times, so there is no like-for-like change
words-key-overall-none = no overall change to show, as one of the two has no rated domain
# $overall is one of the words-key-overall* clauses above.
words-key-since-no-change = { $overall }; no domain has changed like for like.
# $domains lists the $count domains with the largest like-for-like change (words-key-domain-changed*).
words-key-since-largest = { $overall }; the largest { $count ->
        [one] change is
       *[other] changes are
    } { $domains }.
# As above, when the largest changes are rises, with the $falls_count largest falls ($falls).
words-key-since-largest-and-falls = { $overall }; the largest { $count ->
        [one] change is
       *[other] changes are
    } { $domains }, and the largest { $falls_count ->
        [one] fall is
       *[other] falls are
    } { $falls }.
# A domain's like-for-like change: its title, the change ("+0.7") and its like-for-like maturity
# then and now ("2.0", "2.7").
words-key-domain-changed = { $domain }, { $change } ({ $earlier } to { $current })
# The same when some questions were rated in only one of the two: the change counts the $count
# questions rated both times.
words-key-domain-changed-on = { $domain }, { $change } ({ $earlier } to { $current } on the { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } rated both times)

## The calendar of the due-date picker (model/dates.rs)

# The heading of a month's page: "March 2027". $month is its number, 1 to 12.
words-month-and-year = { $month ->
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
# A day in full, read by screen readers: "Monday 15 March 2027". $weekday counts from Monday
# (1) to Sunday (7), $month from 1 to 12.
words-date-with-weekday = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { $day } { $month ->
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
# The calendar's column headings, two letters each, Monday first.
words-weekday-short-monday = Mo
words-weekday-short-tuesday = Tu
words-weekday-short-wednesday = We
words-weekday-short-thursday = Th
words-weekday-short-friday = Fr
words-weekday-short-saturday = Sa
words-weekday-short-sunday = Su

## The framework

# A phase's name when the question bank gives none: "Phase 3".
words-phase-fallback = Phase { $number }
# Put after a text of the question bank shown in another language than the rest, for want of a
# translation: "Exploring (in English)". $language is the language the text is in: en-GB or cy.
# A text of the bank with the tag of the language it is in (words-text-in-language), when
# the bank lacks it in the language shown: "How do we …? (in English)".
words-bank-text-tagged = { $text } { $tag }
words-text-in-language = { $language ->
        [cy] (in Welsh)
       *[other] (in English)
    }

## Where an action stands (a list to choose from, a column of the action plan)

words-status-planned = Planned
words-status-in-progress = In progress
words-status-done = Done

## The radar chart's text alternative (read by screen readers; printed in the Markdown)

# $scores is the list of words-chart-score items.
words-chart-alt = Radar chart of domain maturity on the six phases: { $scores }.
# The same with the earlier assessment's profile, drawn dashed; $earlier names it.
words-chart-alt-compared = Radar chart of domain maturity on the six phases: { $scores }. Dashed, { $earlier }: { $earlier_scores }.
# One domain's score: "Economic impact 3.3"; $maturity is the figure or "not yet rated".
words-chart-score = { $domain } { $maturity }
# Scores listed one after the other: $init is those so far, $next the next one.
words-chart-scores = { $init }; { $next }

## A group assessment: who rated, what is agreed, and how far apart assessors are

# $names lists the assessors; $unagreed of the $rated rated questions have no agreed phase yet.
words-group-note = Group assessment with ratings from { $assessors ->
        [one] { $assessors } assessor
       *[other] { $assessors } assessors
    } ({ $names }). { $unagreed ->
        [0] Every rated question has an agreed phase.
       *[other] { $unagreed } of { $rated } rated questions are not yet agreed: until the group agrees a phase, the median of the assessors’ phases is used.
    }
# $wide is the number of phases apart that counts as a wide spread (2).
words-no-talking-points = No question still to agree has assessors { $wide } or more phases apart.
# The spread of a question rated by one assessor only; $phase is its phase's number.
words-spread-one = one rating, { $phase }
# The spread of ratings: "3–5, median 4.0, 2 phases apart"; $apart is how far apart in words.
words-spread = { $lowest }–{ $highest }, median { $median }, { $apart }

## Actions

# After an action's description, in the app's summary and the report's action plan: in a group
# file an action several assessors changed is kept once per version, and each copy says whose
# it is. $names are those who added it ("Alys and Bryn").
words-action-version = { " " }({ $names }'s version)
