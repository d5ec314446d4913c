## storage
## Reading and writing files: errors, the reasons behind them, and notes on combining
## assessors' files. Paths, file names, field names and values from a file are arguments and
## stay as they are.

## Errors, as the command line prints them and the app shows them in details. The cause comes
## first and the file is named last.

# Any error that names a file last: $cause is one of the storage-error-… texts below, $path the file.
storage-error-at = { $cause }: { $path }
# A framework bank's problems ($cause, several lines), then the bank's file on a line of its own.
storage-error-in = { $cause }
    in { $path }

storage-error-not-found = file not found
# $target is where the link points, as the link says.
storage-error-dangling-link = the file is a link to { $target }, which is not there
# $cause is why, from storage-io-… or storage-refused-….
storage-error-read = could not read the file ({ $cause })
# $size and $limit are numbers of bytes.
storage-error-too-large = file is too large for the workbook ({ $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }, the limit is { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    })
# $line and $column are numbers, counted from 1.
storage-error-not-utf8 = file is not UTF-8 text (invalid byte at line { $line }, column { $column })
# $document is which kind of file: assessment, bank (a framework bank of questions) or map (a
# migration map); $detail is one of the storage-json-… texts.
storage-error-json = { $document ->
        [bank] framework bank
        [map] migration map
       *[assessment] assessment
    } is not valid (line { $line }, column { $column }: { $detail })
# format_version is the name of a field in the file: keep it as it is.
storage-error-no-format-version = file has no format_version, so it is not a Civic Impact Workbook assessment
# $found and $supported are format version numbers.
storage-error-newer-format = assessment was written in format version { $found }, newer than this workbook reads ({ $supported }); open it with a newer Civic Impact Workbook
# $found and $expected are framework ids. --framework FILE is a command-line option: keep it.
storage-error-wrong-framework = assessment is for the framework "{ $found }", but the framework in use is "{ $expected }" (load the matching bank with --framework FILE)
# $count is how many problems; $problems lists them, one on each line.
storage-error-invalid-framework = framework bank has { $count ->
        [one] 1 problem
       *[other] { $count } problems
    }:
    { $problems }
# --force is a command-line option: keep it.
storage-error-already-exists = file already exists (use --force to replace it)
# $first and $second are the two files.
storage-error-same-file-twice = the same assessment was given twice ({ $first } and { $second }); each assessor's file is combined once
# $cause is why.
storage-error-write = could not save ({ $cause }); nothing was written over
# $count is how many files; the files are named after the colon. --force is a command-line option.
storage-error-would-replace = nothing was exported, as { $count ->
        [one] this file is already there and is not an earlier export
       *[other] these files are already there and are not earlier exports
    } of this workbook (choose other names, or add --force to replace { $count ->
        [one] it
       *[other] them
    }, each kept beside it as a backup)
# $cause is why.
storage-error-not-exported = nothing was exported: could not write ({ $cause })
# $example is a path made of the folder given and an example file name (storage-example-…).
storage-error-not-a-file-name = nothing was exported, as this path names a folder, not a file (add a file's name, such as { $example })
# $written_count files were put in place ($written names them); $cause is why $path could not
# be; $not_written_count files after it were not written ($not_written names them).
storage-error-exported-in-part = { $written_count ->
        [0] nothing was exported
       *[other] the export was cut short: written { $written }
    }; could not put in place ({ $cause }): { $path }{ $not_written_count ->
        [0] {""}
       *[other] ; not written, and as before: { $not_written }
    }
# A checked save found someone else's change.
storage-error-changed = the file changed on disk since it was opened here

## Example file names, in the error for an export path that names a folder.

storage-example-pdf = report.pdf
storage-example-csv = report.csv
storage-example-markdown = report.md

## Why nothing was read or written at a path (inside the brackets of the errors above).

storage-refused-folder = it is a folder, not a file
storage-refused-not-regular = it is not a regular file (a device, pipe or socket)
# $why is storage-refused-folder or storage-refused-not-regular.
storage-refused-not-written-there = { $why }, so nothing is written there
storage-refused-no-file-name = the path has no file name
# $tries is how many names were tried.
storage-refused-no-backup-name = there is no free name for a backup beside it (tried { $tries } names ending in .bak)
storage-refused-export-over-input = that is the assessment itself or the one it is compared with; choose another file for the export
storage-refused-same-target = two exports would go to the same file; give each its own name
storage-refused-made-from = it is one of the files this one is made from, so it was left untouched
storage-refused-not-an-assessment = the file there is not an assessment, so it was left untouched
storage-refused-changed = the file changed on disk

## What the system said went wrong, by its kind (inside the brackets of the errors above).

storage-io-not-found = no such file or folder
storage-io-permission-denied = permission denied
storage-io-already-exists = something is already there
storage-io-storage-full = the drive is full
storage-io-quota-exceeded = the disk quota is used up
storage-io-read-only = the drive can only be read
storage-io-is-a-folder = it is a folder
storage-io-not-a-folder = a part of the path is not a folder
storage-io-invalid-name = the name is not allowed here
storage-io-too-large = the file is too large for the drive
storage-io-busy = the file is in use
storage-io-timed-out = the drive did not answer in time
storage-io-cut-short = the file ended sooner than expected
storage-io-write-zero = nothing more could be written
storage-io-out-of-memory = there is not enough memory
storage-io-crosses-devices = the files are on different drives
storage-io-unsupported = the drive does not support this
# The system's own words ($text), for a kind of error the workbook has no words for.
storage-io-other = { $text }

## What is wrong at a place in a JSON file: the detail inside the brackets of storage-error-json.
## Names in backticks are fields of the file, and quoted values are from the file: keep them.

storage-json-empty = the file is empty
storage-json-not-an-object = expected a JSON object starting with `{"{"}`
storage-json-cut-off = EOF while parsing: the file stops before its JSON does
storage-json-trailing-comma = trailing comma: a comma before a closing bracket
storage-json-too-deep = recursion limit exceeded: lists or objects are nested too deeply
storage-json-syntax = this is not valid JSON here
storage-json-broken-escape = the text holds a broken character escape: a \u code that makes no character, such as half of a pair
# $key is the repeated key, as in the file.
storage-json-repeated-key = the key "{ $key }" appears twice in one object; keep one
# $field is a field's name; $expected lists the fields allowed there.
storage-json-unknown-field = unknown field `{ $field }`, expected { $count ->
        [0] no field here
        [one] `{ $expected }`
       *[other] one of { $expected }
    }
storage-json-missing-field = missing field `{ $field }`
storage-json-duplicate-field = duplicate field `{ $field }`
# $found is what the file holds there (a storage-found-… text); $expected what was expected, in
# the reader's own words.
storage-json-invalid-type = invalid type: { $found }, expected { $expected }
storage-json-invalid-value = invalid value: { $found }, expected { $expected }
# $length is how many items the list has.
storage-json-invalid-length = invalid length { $length }, expected { $expected }
# $variant is the value found; $expected lists the values allowed.
storage-json-unknown-variant = unknown variant `{ $variant }`, expected { $count ->
        [0] no value here
        [one] `{ $expected }`
       *[other] one of { $expected }
    }
# $found is the value as written in the file. format_version is a field's name.
storage-json-bad-format-version = format_version must be a whole number from 1, found { $found }
# $text is the value as written in the file.
storage-json-not-a-timestamp = "{ $text }" is not a timestamp written as RFC 3339, such as 2026-11-20T16:45:00Z
# $question is a question's id.
storage-json-two-responses = question { $question } has two responses
# $found is the value as written in the file.
storage-json-not-a-phase = phase { $found } cannot be read: a phase is a whole number from 1 to 6 (or null when not yet rated)
# $phase is the number in the file.
storage-json-phase-out-of-range = phase { $phase } is out of range: phases run from 1 to 6
# $id is the value in the file; $max the longest an id may be.
storage-json-bad-item-id = id "{ $id }" is not an item id: ids are 1 to { $max } unaccented letters, digits, - or _
# $kind is evidence or actions; $id the id the two share.
storage-json-same-item-id = two { $kind ->
        [evidence] pieces of evidence
       *[actions] actions
    } of this question have the id "{ $id }"; give one of them another id, or remove its id and one is given
# Another reader's own words ($text), as it gave them.
storage-json-other = { $text }

## What a JSON reader expects, when a value is of another kind.

storage-expect-any = any JSON value
storage-expect-boolean = true or false
storage-expect-whole-number = a whole number
storage-expect-number = a number
storage-expect-character = a single character
storage-expect-text = a text in quotes
storage-expect-null = null
storage-expect-list = a list
storage-expect-object = an object
storage-expect-responses = an object of responses keyed by question id
storage-expect-phase = a phase, a whole number from 1 to 6
storage-expect-items = { $kind ->
        [evidence] a list of pieces of evidence
       *[actions] a list of actions
    }

## What a file holds where a value of another kind was expected ($value is it, as written).

storage-found-boolean = boolean `{ $value }`
storage-found-integer = integer `{ $value }`
storage-found-number = floating point `{ $value }`
storage-found-character = character `{ $value }`
storage-found-string = string "{ $value }"
storage-found-null = null
storage-found-list = a list
storage-found-object = an object
storage-found-other = { $value }

## Framework banks.

# How errors name the bank compiled into the program; $file is its file's name.
storage-built-in-bank = { $file } (built in)

## A framework bank's own problems (others come from the framework's checks).

# schema_version is a field's name. $found and $supported are numbers.
storage-bank-schema = schema_version { $found } is not supported (this build reads { $supported })
# $number is the phase's number as written; $field is the field's name (id, name or description).
storage-bank-phase-field-empty = phase { $number } { $field } is empty
# $tag is the bank's "language" as written; en-GB and cy are the tags the workbook knows.
storage-bank-language = language "{ $tag }" is not one the workbook knows (en-GB or cy)
# $tag is a key of the bank's "translations", as written.
storage-bank-translation-language = translations."{ $tag }" is in a language the workbook does not know (en-GB or cy)
# $tag is a key of the bank's "translations": the language the bank's own texts are in.
storage-bank-translation-own-language = translations."{ $tag }" is in the bank's own language: its texts belong in the bank itself
# $tag is a key of the bank's "translations"; $kind is phase, domain or question; $id is the
# id as written, which the bank itself does not have.
storage-bank-translation-unknown-id = translations."{ $tag }" has { $kind ->
        [phase] a phase
        [domain] a domain
       *[question] a question
    } "{ $id }" that the bank does not have

## The error for people, in the app: plain words first, the details after, in brackets. The
## app names the file before it. $line and $column are numbers, counted from 1.

storage-people-not-found = There is no file there any more: it may have been moved, renamed or deleted.
storage-people-dangling-link = This file is a link to { $target }, which is not there: it may have been moved, renamed or deleted.
storage-people-cut-off = This file is cut off: it may not have finished saving. (line { $line }, column { $column })
storage-people-broken-escape = This file holds a broken character escape in a text: it may have been changed by another program. (line { $line }, column { $column })
# $detail is one of the storage-json-… texts.
storage-people-not-readable = This file is not an assessment the workbook can read: it may have been changed by another program. (line { $line }, column { $column }: { $detail })
storage-people-not-text = This file is not a workbook assessment: it is not text. (line { $line }, column { $column })
storage-people-not-an-assessment = This file is JSON, but not a Civic Impact Workbook assessment.
# $cause is what the system said (a storage-io-… text).
storage-people-not-read = The file could not be read: check that you may open it and that its drive is there. ({ $cause })
# Any other error: $cause is its text without the file, starting with a capital letter.
storage-people-other = { $cause }.

## Combining assessors' files.

# The name a file's ratings are kept under when the file names no assessor; $number is its
# place in the list of files given. It is written into the group file.
storage-assessor-numbered = Assessor { $number }
# Why a file's ratings are under a number: $file is the file's name, $name the number's name
# (storage-assessor-numbered). $why is none (its team names nobody), shared (everyone it names
# is in another file's team too) or several ($count people are named in it alone).
storage-unnamed-note = { $why ->
        [none] { $file } names nobody in its team
        [shared] { $file } names only people who are in another file's team too
       *[several] { $file } names { $count } people in its team that no other file names
    }, so its ratings are under "{ $name }"; list its assessor in its team to name them

## A translation unit's corrected copy of the catalogue (`messages`, `--messages` and the app's
## setting). What is not used, and why: the built-in message stands in. The file is named after
## the message (storage-error-at). $id is a message's id (a term's starts with -) and $name what
## a message refers to: Fluent's own names, kept as they are, as are the variables ($count) in
## $expected and $found.

# Writing the catalogue out never replaces a file; $count is how many are there already, and
# the files are named after the colon.
storage-error-catalogue-there = nothing was written, as { $count ->
        [one] this file is already there
       *[other] these files are already there
    } (choose an empty folder or a new one)
# $error is why the folder or file could not be read, naming it.
storage-corrections-unreadable = { $error } (the built-in messages are used)
storage-corrections-unknown-file = not one of the catalogue’s files, so it is not read
# $line is the line from which the text does not read as Fluent.
storage-corrections-malformed = { $id } does not read as a message (line { $line }), so the built-in one is used
storage-corrections-malformed-text = the text from line { $line } does not read as a message, so it is not used
# $found and $expected list variables ("$count and $file"), or are storage-corrections-no-variables.
storage-corrections-variables = { $id } uses { $found } where the built-in message uses { $expected }, so the built-in one is used
storage-corrections-no-variables = no variables
storage-corrections-reference = { $id } refers to { $name }, which this file of the catalogue does not have, so the built-in one is used
storage-corrections-repeated = { $id } is given more than once, so the built-in one is used
storage-corrections-extra = { $id } is not a message of this file of the catalogue, so it is not used
storage-corrections-missing = { $id } is missing, so the built-in one is used
