## problems: what is wrong in a file, a framework, a map of moved questions or a comparison,
## as `validate` lists them and the app shows them (model/, scoring/compare.rs).

## Comparing with an earlier assessment (a warning before the comparison)

# $earlier and $current are the institutions the two files name.
problem-compare-other-institution = the earlier assessment is of { $earlier }, not { $current }
problem-compare-started-after = the earlier assessment was started after this one; check the files are the right way round
# $earlier and $current are versions of the framework, such as "2025.1".
problem-compare-other-version = the earlier assessment answers version { $earlier } of the framework, this comparison uses version { $current }
problem-compare-no-version = the earlier assessment answers version (none given) of the framework, this comparison uses version { $current }

## Links that are not opened (evidence links and the question bank's own links)

# $host is the address the link really opens.
problem-link-user-info = link has a name before "@" that reads like the address, but it opens { $host }
# $host is the address as it reads, $punycode as the browser looks it up ("xn--…").
problem-link-mixed-scripts = link's address { $host } mixes alphabets, as look-alike addresses do; it is really { $punycode }
# $headers lists the fields an email link fills in ("cc, bcc and body").
problem-link-mail-headers = email link also fills in { $headers }; only an address (and a subject) is opened
# $addresses lists the email addresses the link writes to.
problem-link-mail-recipients = email link writes to { $addresses }, not to one address; only a link to one address is opened
problem-link-backslash = link's address has a backslash, which browsers and other programs read differently; a browser opens { $host }
# $typed is the address as typed ("3232235777"), $opens the address it opens ("192.168.1.1").
problem-link-numeric-host = link's address { $typed } is a number that reads like no address, but it opens { $opens }
# $scheme is the part before the colon: "javascript".
problem-link-disallowed = link scheme "{ $scheme }:" is not allowed (only http, https and mailto links are opened)
problem-link-invalid = link is not a valid web address or email link

## Problems in an assessment, as `validate` lists them and the app shows them

# One problem a line: where it is, then what is wrong. $location is a problem-location-* or
# problem-field-* message, or a question's id; $message one of the messages below.
problem-line = { $location }: { $message }
# Where a problem is: the framework the file answers; a member of the team ($number counts
# from 1); a field of an answer ($question is the question's id, $field a problem-field-*).
problem-location-framework = framework
problem-location-team-member = team member { $number }
problem-location-answer = { $question }, { $field }
# The assessment's own fields.
problem-field-institution = institution
problem-field-title = title
problem-field-period = period
problem-field-language = language
# The fields and items of an answer. $number counts from 1.
problem-field-narrative = narrative
problem-field-ambition = ambition
problem-field-rationale = rationale
problem-field-ratings = ratings
problem-field-evidence = evidence { $number }
problem-field-action = action { $number }

# $assessment and $framework are versions of the framework's wording, such as "2025.1".
problem-other-version = assessment was made with version { $assessment } of the wording, the framework in use is version { $framework }
problem-not-one-line = should be one line of text: it holds a tab, a line break or another control character
# After "language: ". $declared is the language tag the report is declared as instead.
problem-not-a-language-tag = is not a language tag such as en-GB or cy-GB; the report is declared as { $declared }
problem-empty-name = name is empty
# $framework is the framework's id and $version its version.
problem-unknown-question = the framework { $framework } { $version } has no question with this id; the response is kept
problem-control-characters = contains control characters
problem-rationale-not-one-line = the rationale should be one line of text
# $name is the name as given, in quotes.
problem-bad-assessor-name = an assessor's name is blank or holds control characters: { $name }
problem-empty-evidence-title = evidence title is empty
# $problem is one of the problem-link-* messages, $link the link as given.
problem-link = { $problem }: { $link }
problem-empty-action-description = action description is empty

## Dates as typed. $text is the date as typed.

problem-due-date-stored-as-typed = due date "{ $text }" is stored as typed: the workbook saves dates as 2027-03-31
problem-due-date-not-real = due date "{ $text }" is not a real date
problem-due-date-not-a-date = due date "{ $text }" is not a date written as 31/03/2027, 31 March 2027 or 2027-03-31
# The same for a date that is not a due date (the report's date on the command line).
problem-date-not-real = date "{ $text }" is not a real date
problem-date-not-a-date = date "{ $text }" is not a date written as 31/03/2027, 31 March 2027 or 2027-03-31

## Characters the report cannot draw

# One character: $character itself and its code, "U+6F22".
problem-unprintable-character = { $character } ({ $code })
# After the first characters listed, how many more there are.
problem-unprintable-more = { $count } more
# $characters lists them ("漢 (U+6F22), 字 (U+5B57) and 3 more"); $count is how many in all.
problem-unprintable = the report shows { $characters } as { $count ->
        [one] an empty box: no font bundled with the workbook has it
       *[other] empty boxes: no font bundled with the workbook has them
    }; the text itself is kept in the PDF

## A question bank that breaks the rules (a custom bank, as its author sees the problems)

# The parts of a bank a problem names, shown as $what below.
problem-bank-part-framework-id = framework id
problem-bank-part-framework-version = framework version
problem-bank-part-framework-title = framework title
problem-bank-part-attribution-name = attribution name
problem-bank-part-attribution-url = attribution url
problem-bank-part-wording-note = wording note
problem-bank-part-scale-name = scale name
# A phase's field: $number is the phase's number, $field one of "id", "name", "description"
# (the bank file's keys).
problem-bank-part-phase = phase { $number } { $field ->
        [id] id
        [name] name
       *[description] description
    }
# A domain: its place in the bank ($number, from 1) and its $id.
problem-bank-part-domain = domain { $number } ({ $id })
# A domain's field: $field is one of "id", "title", "summary", "source" (the file's keys).
problem-bank-part-domain-field = domain { $number } ({ $id }) { $field ->
        [id] id
        [title] title
        [summary] summary
       *[source] source
    }
problem-bank-part-question-id = question id
# $id is the question's id.
problem-bank-part-question-text = question { $id } text
problem-bank-part-question-example = question { $id } evidence example

# $what is one of the parts above.
problem-bank-empty = { $what } is empty
# $problem is one of the problem-link-* messages, $link the link as given.
problem-bank-link = { $what }: { $problem }: { $link }
# $kind is "phase", "domain" or "question"; $id the id given twice.
problem-bank-repeated-id = { $kind ->
        [phase] phase
        [domain] domain
       *[question] question
    } id "{ $id }" is used more than once
problem-bank-no-domains = the bank has no domains
problem-bank-not-ordered = the scale must be ordered ("ordered": true)
# $numbers lists the phase numbers found, as the file has them: "[1, 2, 3]".
problem-bank-phase-numbers = the scale must have exactly one ordered list of the six phases numbered 1 to 6, found numbers { $numbers }
# $what is a domain (problem-bank-part-domain).
problem-bank-needs-source = { $what } needs a source URL or "provisional": true
problem-bank-no-questions = { $what } has no questions

## An edit that no longer fits the assessment (a stale place in a list); shown in the app

# $item is one of the problem-edit-item-* messages.
problem-edit-gone = That item no longer exists ({ $item }); nothing was changed
# $question is a question's id.
problem-edit-item-response = response to { $question }
# $number counts from 1.
problem-edit-item-team-member = team member { $number }
problem-edit-item-evidence = evidence { $number }
problem-edit-item-action = action { $number }

## A phase number in a file

# $number is the number as the file gives it.
problem-phase-out-of-range = phase { $number } is out of range: phases run from 1 to 6

## A map of moved questions (moving an assessment to a new version of the bank) that the move
## cannot follow. $question, $from and $to are question ids; $domain a domain's id.

problem-map-unknown-question = the map moves the question "{ $question }", which the old version neither asks nor answers
problem-map-unknown-domain = the map renames the domain "{ $domain }", which the old version does not have
problem-map-no-such-question = the map moves { $from } to { $to }, which the new version of the bank does not have
# Here $from and $to are domain ids.
problem-map-no-such-domain = the map renames the domain { $from } to "{ $to }", which the new version of the bank does not have
problem-map-nowhere = the map moves { $question } to no question at all; give one id, or a list of them
problem-map-repeated = the map moves { $from } to { $to } more than once; name each question once
# Several of the above in one message: $earlier is those so far, $next the next one.
problem-map-and-more = { $earlier }; { $next }

## Combining assessors' files into a group assessment

problem-combine-too-few = combining needs at least two assessments, one per assessor
# $name is the assessor's name both files give.
problem-combine-same-assessor = two files are both assessor "{ $name }"; each file's team should name the person who rated in it
# $assessor and $other are assessors' names; $found and $expected the frameworks and versions
# their files answer.
problem-combine-other-framework = { $assessor }'s file answers framework "{ $found }", but { $other }'s answers "{ $expected }"; only assessments of the same framework version can be combined
# $name is the assessor whose file is already a group's.
problem-combine-already-combined = { $name }'s file is already a group assessment; combine the assessors' own files instead
# The files name different values ($values, listed with commas); the group keeps $kept.
problem-combine-different-institutions = the files name different institutions ({ $values }); the group keeps "{ $kept }"
problem-combine-different-titles = the files name different titles ({ $values }); the group keeps "{ $kept }"
problem-combine-different-periods = the files name different periods ({ $values }); the group keeps "{ $kept }"
# An item several files share that assessor $name changed. $question is its question's number
# ("2.1") or id; $label its title or description in the copy of $earlier, another assessor.
problem-combine-changed-evidence = question { $question }: { $name }'s copy of the evidence "{ $label }" differs from { $earlier }'s; both versions are kept
problem-combine-changed-action = question { $question }: { $name }'s copy of the action "{ $label }" differs from { $earlier }'s; both versions are kept
