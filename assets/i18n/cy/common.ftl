## Geiriau a rennir gan bob rhan o’r llyfr gwaith: dyddiadau, amseroedd a thermau’r fframwaith.

# A date in running text, on the cover and as the report's date: "1 Mawrth 2027".
date-long = { $day } { $month ->
        [1] Ionawr
        [2] Chwefror
        [3] Mawrth
        [4] Ebrill
        [5] Mai
        [6] Mehefin
        [7] Gorffennaf
        [8] Awst
        [9] Medi
        [10] Hydref
        [11] Tachwedd
       *[12] Rhagfyr
    } { $year }

# A date in tables and lists: "1 Maw 2027".
date-short = { $day } { $month ->
        [1] Ion
        [2] Chwef
        [3] Maw
        [4] Ebr
        [5] Mai
        [6] Meh
        [7] Gorff
        [8] Awst
        [9] Medi
        [10] Hyd
        [11] Tach
       *[12] Rhag
    } { $year }

# A time of day on the 24-hour clock: $hour a number (9), $minute two digits (05): "9:05".
time-of-day = { $hour }:{ $minute }

# Items listed in a sentence, "A, B a C": the items before the last are joined by
# list-comma ($init is those so far, $next the next one), and the last joined by list-and.
# These lists hold names, numbers and addresses, which are not mutated after "a".
list-comma = { $init }, { $next }
list-and = { $init } a { $last }
# The same when the last item starts with a vowel: "ac" ("Dysgu ac Effaith economaidd").
list-and-vowel = { $init } ac { $last }
# The same for lists of the framework's own words (domains' titles), which take the aspirate
# mutation after "a": ASPIRATE($last) turns a first c, p or t into ch, ph or th ("Dysgu a
# sgiliau a Chyfraniad diwylliannol").
list-and-terms = { $init } a { ASPIRATE($last) }
list-and-terms-vowel = { $init } ac { $last }
