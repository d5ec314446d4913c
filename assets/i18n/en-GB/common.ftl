## Words shared by every part of the workbook: dates, times and the terms of the framework.

# A date in running text, on the cover and as the report's date: "1 March 2027".
date-long = { $day } { $month ->
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

# A date in tables and lists: "1 Mar 2027".
date-short = { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }

# A time of day on the 24-hour clock: $hour a number (9), $minute two digits (05): "9:05".
time-of-day = { $hour }:{ $minute }

# Items listed in a sentence, "A, B and C": the items before the last are joined by
# list-comma ($init is those so far, $next the next one), and the last joined by list-and.
# These lists hold names, numbers and addresses, which keep their spelling.
list-comma = { $init }, { $next }
list-and = { $init } and { $last }
# The same when the last item starts with a vowel (Welsh "ac", English "and" either way).
list-and-vowel = { $init } and { $last }
# The same for lists of the framework's own words (domains' titles: "Learning and skills and
# Cultural contribution"), which a language may change after "and" as its grammar asks; the
# function ASPIRATE($last) gives the Welsh aspirate mutation ("Chyfraniad" for "Cyfraniad").
list-and-terms = { $init } and { $last }
list-and-terms-vowel = { $init } and { $last }
