## report
## The report for leadership: the PDF and the Markdown (the same content), the CSV's headings
## and the report's own problems. Placeholders named $lead, $section, $evidence, $publisher,
## $source, $phase, $status, $question in the messages marked "(styled)" stand for text shown in
## another style (bold, italic, a link or a section reference with its page): keep them, in the
## order the language needs.

## Names of the report and its parts

# The report's title when the assessment has none.
report-default-title = Civic impact self-assessment
# The cover's and metadata's institution when the assessment names none.
report-no-institution = Institution not named
# How an earlier assessment with neither title nor period is named ("Change since …").
report-earlier-assessment = the earlier assessment
# An earlier assessment named by its title and period: "Change since Civic self-assessment 2025–26".
report-assessment-label = { $title } { $period }
# The title with its period in the running header and the PDF's metadata:
# "Civic impact self-assessment, 2025–26".
report-title-and-period = { $title }, { $period }
# The cover's title: the title, and the period on a line of its own.
report-cover-title =
    { $title }
    { $period }
# The PDF's title (metadata, viewer title bar, running header): the title and the institution.
report-document-title = { $title } — { $institution }
# The PDF's subject (metadata).
report-subject = Self-assessment against the { $framework } { $version } of the { $publisher }
# The heading of the printed table of contents.
report-contents = Contents
# What a screen reader says for a chart with no description.
report-chart-fallback = Chart

## The cover

# The heading of the section that lists a working group too long for the cover.
report-about = About this assessment
report-working-group = The working group
# A member of the working group and their role: "Dr Siân Pryce, chair".
report-team-member = { $name }, { $role }
# (styled) $lead is report-working-group in bold; $section names report-about, followed by its page.
report-cover-group-listed = { $lead } of { $count } members is listed in { $section }.
report-prepared-lead = Prepared on
# (styled) $lead is report-prepared-lead in bold; $date is the date of the export, in full.
report-prepared = { $lead } { $date }
report-framework-lead = Framework
# (styled) $lead is report-framework-lead in bold; $publisher is a link to the framework's publisher.
report-cover-framework = { $lead } { $framework } { $version }, { $publisher }
# What a screen reader says for a link: its text and where it goes.
report-link-alt = { $text } (link to { $url })
report-cover-disclaimer = A self-assessment for reflection and peer learning. The scores are a maturity profile that starts a conversation; they are not a league table and do not rank institutions.

## The one-page summary

report-summary = Summary
# Bold, at the start of the summary's first sentence; $maturity is "3.1 (Delivering)".
report-overall-lead = Overall maturity { $maturity }
report-overall-lead-unrated = Overall maturity not yet rated
# (styled) $lead is report-overall-lead in bold; $completion and $coverage are percentages or "–".
report-headline = { $lead }, across { $rated_domains } of { $domains ->
        [one] { $domains } domain
       *[other] { $domains } domains
    } and { $rated } of { $questions ->
        [one] { $questions } key question
       *[other] { $questions } key questions
    } rated. Completion { $completion }. Evidence coverage { $coverage } ({ $with_evidence } of { $rated ->
        [one] { $rated } rated question has
       *[other] { $rated } rated questions have
    } evidence).
report-legend-lead = Phases of progress:
# (styled) $lead is report-legend-lead in bold; $phases lists the six phases.
report-legend = { $lead } { $phases }. A maturity is a mean of phases: 3.1 has reached phase 3 and is moving towards 4.
# A phase in the legend: its number and name, kept on one line.
report-legend-phase = { $number }{ "\u00A0" }{ $name }
# Phases listed in the legend: $init is those so far, $next the next one.
report-legend-phases = { $init } · { $next }
report-key-messages = Key messages
# The heading of the column of changes: "Since 2025–26" ($period is the earlier assessment's).
report-since = Since { $period }
report-next-actions = Next actions
report-no-open-actions = No open actions.
# (styled) Under the summary's next actions: how many more open actions the action plan holds.
# $shown is how many the summary lists; $section names the action plan, followed by its page.
report-more-actions = { $shown ->
        [0] { $more ->
            [one] { $more } open action is
           *[other] { $more } open actions are
        }
       *[other] { $more ->
            [one] { $more } more open action is
           *[other] { $more } more open actions are
        }
    } in the { $section }.
# An overdue action on a line of its own, when the summary has no room for the table:
# "20 Jan 2027, 5 weeks overdue: Brief the working group (Aled Rees, 5.4)"; $late says how late,
# $question is the question's number.
report-overdue-line = { $due }, { $late }: { $action } ({ $owner }, { $question })
# In the markdown's list of domain bars: "Economic impact: 3.3 (Delivering)".
report-bar = { $domain }: { $value }
# The same in a compared report; $since is report-since's heading.
report-bar-change = { $domain }: { $value }; { $since }: { $change }

## Column headings of the report's tables

report-column-domain = Domain
report-column-question = Question
report-column-action = Action
report-column-owner = Owner
report-column-due = Due
report-column-was-due = Was due
report-column-status = Status
report-column-earlier = Earlier
report-column-now = Now
report-column-change = Change
report-column-then = Then
report-column-ratings = Ratings
report-column-spread = Spread
report-column-scored-as = Scored as

## What changed since an earlier assessment

# $earlier names the earlier assessment.
report-change-since = Change since { $earlier }
# A note on what makes the two assessments hard to compare; $warning is one such note.
report-change-note = Note: { $warning }.
report-overall = Overall
report-questions-moved = Questions that moved
report-no-question-moved = No question’s phase changed.
report-earlier-actions = Earlier actions and where they stand
report-no-earlier-actions = The earlier assessment recorded no actions.
# In the earlier actions' "Now" column, for an action this year's assessment no longer has.
report-action-gone = no longer listed
report-questions-in-one = Questions in only one of the two
# (styled) $question is the question's id, in bold; $maturity its earlier figure.
report-only-earlier = { $question } — answered earlier ({ $maturity }), but not a question of the framework now
# (styled) $question is the question's number and text, in bold.
report-only-now = { $question } — not in the earlier assessment, which used another version of the framework
# A question named by its number and text: "2.2 What economic impact do we have now?".
report-question-label = { $number } { $question }

## A group's ratings

report-group-ratings = Group ratings
# One assessor's rating: "Alys 3".
report-rating = { $name } { $phase }
# Ratings listed: "Alys 3 · Bryn 5"; $init is those so far, $next the next one.
report-ratings = { $init } · { $next }
# Names listed (who added a piece of evidence): $init is those so far, $next the next one.
report-group-names = { $init }, { $next }
report-widest = Widest disagreements
report-wide-intro = Questions not yet agreed where assessors are { $wide } or more phases apart, widest first: talking points for the next workshop.
# (styled) $question is the question's number and text, in bold.
report-talking-point = { $question } — { $spread } ({ $ratings })
report-more-talking-points = { $count } more in the table below.
report-every-rating = Every question’s ratings
# How a question is scored in a group: $value is its phase or median.
report-scored-median = { $value } (median, not agreed)
report-scored-agreed = { $value } (agreed)
report-scored-none = not rated

## A domain's section and its questions

# A domain's heading: "2. Economic impact".
report-domain-heading = { $number }. { $domain }
# Bold; $maturity is "3.3 (Delivering)" or "not yet rated".
report-domain-lead = Maturity { $maturity }
# (styled) $lead is report-domain-lead in bold.
report-domain-rated = { $lead } — { $rated } of { $total ->
        [one] { $total } key question
       *[other] { $total } key questions
    } rated.
report-domain-rated-evidence = { $lead } — { $rated } of { $total ->
        [one] { $total } key question
       *[other] { $total } key questions
    } rated; evidence for { $with_evidence } of { $rated ->
        [one] { $rated } rated question
       *[other] { $rated } rated questions
    }.
report-provisional-domain = Provisional domain: the wording is our own, as no published copy was available.
# (styled) $source is the domain's source, a link where it may be opened.
report-source = Source: { $source }
# What a screen reader says for the link to a domain's source.
report-source-alt = The framework’s page for { $domain }
# A question's heading: "2.2 What economic impact do we have now?".
report-question-heading = { $number } { $question }
report-narrative = Narrative
report-evidence = Evidence
report-ambition = Ambition (what if?)
report-actions = Actions
# (styled) A part of a question with nothing in it: $section is its name (report-section-name), in bold.
report-section-empty = { $section } none recorded.
report-section-name = { $name }:
report-untitled-evidence = Untitled evidence
# After a piece of evidence, its note (the user's text).
report-evidence-note = { " " }— { $note }
# After a piece of evidence or an action: who added it ($names lists them).
report-added-by = { " " }(added by { $names })
report-link-deceptive = { " " }(link not included: it hides where it goes)
report-link-not-web = { " " }(link not included: not a web or email address)
# Bold: a question's phase, its number and name.
report-phase = Phase { $number } { $name }
report-agreed-phase = Agreed phase { $number } { $name }
# (styled) $status is "not yet rated", in italic; the rest is bold.
report-phase-unrated = Phase { $status }
report-phase-unagreed-lead = Phase not yet agreed:
# (styled) $lead is report-phase-unagreed-lead in bold; $median is the median phase.
report-phase-unagreed = { $lead } the median of the assessors’ phases, { $median }, is used until the group agrees.
report-assessors-lead = Assessors:
# (styled) $lead is report-assessors-lead in bold; $talk is "yes" when the question is worth
# talking through at the next workshop.
report-assessors = { $lead } { $ratings } — { $spread }{ $talk ->
        [yes] ; worth talking through
       *[no] {""}
    }
report-rationale-lead = Why this phase:
# (styled) $lead is report-rationale-lead in bold; $rationale is the group's own text.
report-rationale = { $lead } { $rationale }

## The action plan

report-action-plan = Action plan
report-no-actions = No actions recorded yet.
report-plan-intro = { $count ->
        [one] { $count } action
       *[other] { $count } actions
    } recorded: { $open } open and { $done } done. Open actions come first, soonest due first (those without a date last); each names its key question by number.
# Under the question of an action whose answer is in the appendix.
report-plan-not-in-framework = not in this version of the framework
report-open-actions = Open actions
report-every-action-done = Every action is done.
report-done = Done

## The method and the appendix

report-method = Method
report-method-intro = This report was produced with Civic Impact Workbook from the working group’s self-assessment against the { $framework } (version { $version }) published by the { $publisher }.
report-six-phases = The six phases of progress
# (styled) $phase is the phase's number and name, in bold.
report-method-phase = { $phase } — { $description }
report-method-phase-name = { $number } { $name }
report-provisional-scale = The phase names and descriptions are provisional: the published ones were not available to us, so they are written in our own words.
report-how-scored = How the scores are computed
report-rule-rated = Each key question is rated on the six phases, or left not yet rated. Not yet rated never counts as zero.
report-rule-domain = A domain’s maturity is the mean phase of its rated questions, to one decimal (halves round up); the phase it reaches is the whole part of that number.
report-rule-overall = Overall maturity is the mean of the rated domains’ maturities as shown, to one decimal, always given with how many domains and questions were rated.
report-rule-completion = Completion is the share of key questions rated. Evidence coverage is the share of rated questions with at least one piece of evidence.
report-rule-links = Links to evidence are clickable only for web or email addresses; any other link is printed as text and marked.
report-rule-group = In a group assessment each assessor rates every question; a question counts with the phase the group agreed, or, until it agrees, with the median of the assessors’ phases (the mean of the middle two when their number is even). Assessors two or more phases apart are listed as talking points.
report-rule-earlier = The earlier assessment is scored the same way, against the framework in use now. An earlier action is followed by the id it carries in the file: the same action this year, however it is now worded.
report-wording-source = Where the wording comes from
# (styled) $publisher is a link to the framework's publisher.
report-source-publisher = { $name }: { $publisher }
# What a screen reader says for the link to the publisher's website.
report-publisher-alt = The { $name } website
report-source-provisional = { $domain }: provisional, our own wording
report-method-unknown = The assessment also holds { $count ->
        [one] { $count } answer to a question this version of the framework does not have: it is not scored, and is shown in the appendix at the end.
       *[other] { $count } answers to questions this version of the framework does not have: they are not scored, and are shown in the appendix at the end.
    }
report-method-closing = The Civic Impact Framework is a tool for reflection and peer learning. This report describes one institution’s own view of its progress and never ranks institutions.
report-appendix = Answers to questions not in this version of the framework
report-appendix-intro = The assessment holds { $count ->
        [one] { $count } answer to a question that the { $framework } { $version } does not have, perhaps from an earlier version of the question bank or a custom question bank. It is not scored, and is numbered here in the order it was saved.
       *[other] { $count } answers to questions that the { $framework } { $version } does not have, perhaps from an earlier version of the question bank or a custom question bank. They are not scored, and are numbered here in the order they were saved.
    }
# An answer in the appendix, in its heading and in the action plan's question column: "Answer 2".
report-appendix-answer = Answer { $number }

## The CSV's column headings (the first row of each table)

report-csv-domain = Domain
report-csv-question-id = Question id
report-csv-question = Question
report-csv-phase = Phase
report-csv-phase-name = Phase name
report-csv-scored-as = Scored as
report-csv-score = Score
report-csv-assessor-phases = Assessors' phases
report-csv-lowest = Lowest
report-csv-highest = Highest
report-csv-apart = Phases apart
report-csv-rationale = Rationale
report-csv-narrative = Narrative
report-csv-ambition = Ambition
report-csv-evidence-count = Evidence count
report-csv-evidence = Evidence
report-csv-action-count = Action count
report-csv-action-id = Action id
report-csv-action = Action
report-csv-owner = Owner
report-csv-due = Due
report-csv-status = Status
report-csv-added-by = Added by

## The CSV's cells

# How a question is scored: rated by one assessor, the group's agreed phase, the median.
report-csv-basis-rated = rated
report-csv-basis-agreed = agreed
report-csv-basis-median = median, not agreed
report-csv-basis-none = not rated
# The domain column of an answer to a question the framework does not have.
report-csv-not-in-framework = (not in this framework)
# A piece of evidence with its link.
report-csv-evidence-link = { $title } <{ $link }>
# A piece of evidence with its note (the user's text).
report-csv-evidence-note = { $evidence } — { $note }
# A piece of evidence and who added it.
report-csv-evidence-added = { $evidence } (added by { $names })
# One assessor's phase: "Alys Jones: 3".
report-csv-rating = { $name }: { $phase }
# Assessors' phases listed: $init is those so far, $next the next one.
report-csv-ratings = { $init }; { $next }

## Why a report could not be produced

report-error-fonts = the bundled fonts could not be read
# $reason says why.
report-error-pdf = the PDF could not be written: { $reason }
# $problems lists what is wrong, separated by report-pdf-problems.
report-pdf-invalid = it would not be a valid PDF/UA-1 document: { $problems }
report-pdf-problems = { $init }; { $next }
# $text is the text the font cannot draw.
report-pdf-no-glyph = the font has no glyph for “{ $text }”
# $code is the character's code point: "U+E000".
report-pdf-codepoint = the character { $code } cannot be written
report-pdf-too-long-string = a text is longer than a PDF allows
report-pdf-too-long-name = a name is longer than a PDF allows
report-pdf-limit = the document exceeds a limit of PDF
report-pdf-nesting = graphics are nested too deeply
report-pdf-postscript = a gradient needs PostScript
report-pdf-colour = a colour cannot be described
report-pdf-no-text = a glyph has no text behind it
report-pdf-licence = a font's licence forbids embedding it
report-pdf-no-language = the document has no language
report-pdf-no-title = the document has no title
report-pdf-no-alt = a figure has no text alternative
report-pdf-no-heading-title = a heading has no title
report-pdf-no-outline = the document has no bookmarks
report-pdf-no-link-alt = a link has no text alternative
report-pdf-no-date = the document has no date
report-pdf-transparency = transparency is not allowed
report-pdf-interpolated = an image is interpolated
report-pdf-embedded-file = an embedded file is not allowed
report-pdf-untagged = the document is not tagged
report-pdf-embedded-pdf = an embedded PDF is not allowed
report-pdf-newer-version = a feature needs a newer PDF version

# The bilingual report's title and subject (metadata, running header): the Welsh first, then
# the English. $first and $second are the two, each already worded.
report-bilingual-title = { $first } / { $second }
