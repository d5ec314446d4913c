## words: sut mae’r llyfr gwaith yn geirio’r ffeithiau y mae’n eu cyfrifo (scoring/wording.rs,
## scoring/read.rs, scoring/compare.rs). Mae crynodeb yr ap, `score`, y PDF, y Markdown a’r CSV
## i gyd yn defnyddio’r rhain, fel bod un ffaith yn darllen yr un fath ym mhob man.

## Ffigurau nad ydynt yn bodoli eto

# Stands for a figure that does not exist yet (a percentage of nothing, an unrated domain's
# score in a table of numbers): an en dash.
words-no-figure = –
# A question or domain with no phase yet, in running text.
words-not-yet-rated = heb ei sgorio eto
# The same at the start of a sentence, or alone as a label.
words-not-yet-rated-label = Heb ei sgorio eto

## Ffigurau

# A whole percentage: "75%". $percent is the number.
words-percent = { $percent }%
# A maturity with the name of the phase it reaches: "3.3 (Cyflawni)". $maturity is the
# figure, $phase the framework's name of the phase.
words-maturity-with-phase = { $maturity } ({ $phase })
# A change of zero between two assessments.
words-no-change = dim newid
# The overall change when some questions are left out: "+0.2 tebyg at ei debyg". $change is
# a signed figure or "dim newid".
words-change-like-for-like = { $change } tebyg at ei debyg

## Cymharu ag asesiad blaenorol

# One sentence under every table of changes and in the report's method.
words-like-for-like = Mae pob newid yn cymharu tebyg at ei debyg: newid maes yw cymedr cyfnodau’r cwestiynau a sgoriwyd yn y ddau asesiad nawr, llai eu cymedr bryd hynny, a’r newid cyffredinol yw cymedr aeddfedrwydd tebyg at ei debyg y meysydd hynny nawr, llai’r un cymedr bryd hynny; rhestrir ar wahân y cwestiynau a sgoriwyd am y tro cyntaf neu na sgorir mwyach, ac nid ydynt byth yn cyfrif yn godiad nac yn ostyngiad, ac nid oes newid i faes heb gwestiwn wedi’i sgorio yn y ddau.
# Questions left out of a change. $questions is a list of question numbers: "5.2 a 6.1".
# Impersonal verbs, so that one question or several read correctly.
words-apart-first-rated = sgoriwyd { $questions } am y tro cyntaf
words-apart-no-longer-rated = ni sgorir { $questions } mwyach
# Both at once. $first and $gone are lists of question numbers.
words-apart-both = sgoriwyd { $first } am y tro cyntaf; ni sgorir { $gone } mwyach
# Under a narrow column of changes. $mark is the mark beside the changes it explains ("*");
# $apart says which questions were left out (words-apart-*).
words-apart-note = { $mark }{"\u00A0"}Ni chyfrifir yn newid: { $apart }.
# A domain's change in a table with room. $apart says which questions were left out
# (words-apart-*); $change is a signed figure: "−0.3".
words-domain-change-no-like-for-like = dim newid tebyg at ei debyg: { $apart }
words-domain-change-apart = { $change } tebyg at ei debyg; ni chyfrifir: { $apart }
words-domain-change-none-rated-both = dim cwestiwn wedi’i sgorio’r ddau dro: { $apart }
# A domain's change in a narrow column: rated now, not earlier; rated earlier, not now.
words-newly-rated = newydd ei sgorio
words-not-rated-now = heb ei sgorio nawr
# A question's change: rated now, not earlier; rated earlier, not now.
words-first-rated = wedi’i sgorio am y tro cyntaf
words-no-longer-rated = heb ei sgorio mwyach

## Cyfrifon

# How late an open action is. $count is the number of days, weeks or months.
# diwrnod and mis soft-mutate after 2; wythnos never mutates.
words-overdue-days = { $count ->
        [zero] { $count } diwrnod yn hwyr
        [one] { $count } diwrnod yn hwyr
        [two] { $count } ddiwrnod yn hwyr
        [few] { $count } diwrnod yn hwyr
        [many] { $count } diwrnod yn hwyr
       *[other] { $count } diwrnod yn hwyr
    }
words-overdue-weeks = { $count } wythnos yn hwyr
words-overdue-months = { $count ->
        [zero] { $count } mis yn hwyr
        [one] { $count } mis yn hwyr
        [two] { $count } fis yn hwyr
        [few] { $count } mis yn hwyr
        [many] { $count } mis yn hwyr
       *[other] { $count } mis yn hwyr
    }
# How far apart a group's assessors' ratings of one question are, in phases.
words-phases-apart = { $count ->
        [0] pawb yn cytuno
        [one] { $count } cyfnod ar wahân
        [two] { $count } gyfnod ar wahân
        [few] { $count } chyfnod ar wahân
        [many] { $count } chyfnod ar wahân
       *[other] { $count } cyfnod ar wahân
    }
# A number of answers (responses to questions). ateb never mutates.
words-answers = { $count ->
        [zero] dim atebion
       *[other] { $count } ateb
    }
# A number of questions.
words-questions = { $count ->
        [zero] dim cwestiynau
        [one] { $count } cwestiwn
        [two] { $count } gwestiwn
        [few] { $count } chwestiwn
        [many] { $count } chwestiwn
       *[other] { $count } cwestiwn
    }
# How many questions a group's assessors rated $wide or more phases apart. "{ $wide } neu
# fwy o gyfnodau" keeps the noun after "o", so $wide needs no mutation of its own.
words-wide-spreads = { $count ->
        [0] Nid oes yr un cwestiwn lle mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân
        [one] Ar { $count } cwestiwn, mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân
        [two] Ar { $count } gwestiwn, mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân
        [few] Ar { $count } chwestiwn, mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân
        [many] Ar { $count } chwestiwn, mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân
       *[other] Ar { $count } cwestiwn, mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân
    }

## Y model darllen (scoring/read.rs)

# Where the actions of answers to questions the framework does not have are filed, in place of
# a domain's title.
words-not-in-framework = Y tu allan i’r fersiwn hon o’r fframwaith

## Negeseuon allweddol: tair i bump ar dudalen crynodeb yr ap a’r adroddiad. Dangosir pob un
## fel arweiniad trwm a’i destun yn syth ar ei ôl, yn un frawddeg: mae neges *-lead a’r neges
## *-text sy’n ei dilyn yn darllen gyda’i gilydd. Mae’r bwlch ar ddiwedd arweiniad yn rhan ohono.

# No domain is rated at all.
words-key-none-rated = Nid oes yr un cwestiwn allweddol wedi’i sgorio eto: bydd y proffil yn llenwi wrth i’r gweithgor eu sgorio.
# Only one domain is rated.
words-key-one-rated = Caiff y meysydd cryfaf a’r lleiaf datblygedig eu henwi pan fydd dau faes wedi’u sgorio.
# Leads before the domains named: every rated domain has the same maturity; the highest; the lowest.
words-key-level-lead = Mae pob maes a sgoriwyd ar yr un lefel:{" "}
words-key-strongest-lead = Cryfaf:{" "}
words-key-least-developed-lead = Lleiaf datblygedig:{" "}
# After one of the three leads above. $domains lists the domains' titles ("A, B a C"),
# $count is how many, $maturity their maturity with its phase ("3.3 (Cyflawni)").
words-key-named = { $count ->
        [one] { $domains }, { $maturity }.
       *[other] { $domains }, pob un ar { $maturity }.
    }
# $count open actions are past their due date on $date (a date: "1 Mawrth 2027").
words-key-overdue-lead = { $count ->
        [zero] Nid oes yr un cam gweithredu sydd ar agor yn hwyr
        [one] Mae { $count } cam gweithredu sydd ar agor yn hwyr
        [two] Mae { $count } gam gweithredu sydd ar agor yn hwyr
        [few] Mae { $count } cham gweithredu sydd ar agor yn hwyr
        [many] Mae { $count } cham gweithredu sydd ar agor yn hwyr
       *[other] Mae { $count } cam gweithredu sydd ar agor yn hwyr
    }
words-key-overdue-text = {" "}ar { $date }.
# A group assessment: $unagreed of the $rated rated questions still await the $assessors
# assessors' agreed phase. The text avoids "eu" so that one question or several read
# correctly, and "y" before $assessors (it would be "yr 8", "yr 11").
words-key-unagreed-lead = Mae { $unagreed } o’r { $rated ->
        [zero] { $rated } cwestiwn
        [one] { $rated } cwestiwn
        [two] { $rated } gwestiwn
        [few] { $rated } chwestiwn
        [many] { $rated } chwestiwn
       *[other] { $rated } cwestiwn
    } a sgoriwyd
words-key-unagreed-text = {" "}heb gytundeb eto gan y grŵp o { $assessors } aseswr; tan hynny, canolrif cyfnodau’r aseswyr sy’n cyfrif.
# Domains with no rated question. $domains lists their titles, $count is how many.
words-key-unrated-lead = Heb sgôr eto:{" "}
words-key-unrated-text = { $count ->
        [one] { $domains }, felly nid yw’n rhan o’r aeddfedrwydd cyffredinol.
       *[other] { $domains }, felly nid ydynt yn rhan o’r aeddfedrwydd cyffredinol.
    }
# The change since an earlier assessment. $since names it: its period ("2025–26") or title.
words-key-since-lead = Ers { $since }:{" "}
# The overall figures then and now ($earlier, $current: "2.5") and the change ($change: "+0.3",
# "dim newid", "+0.3 tebyg at ei debyg"). Becomes $overall in the words-key-since-* messages.
words-key-overall = aeddfedrwydd cyffredinol { $earlier } bryd hynny, { $current } nawr ({ $change })
words-key-overall-no-like-for-like = aeddfedrwydd cyffredinol { $earlier } bryd hynny, { $current } nawr; ni sgoriwyd yr un cwestiwn y ddau dro, felly nid oes newid tebyg at ei debyg
words-key-overall-none = dim newid cyffredinol i’w ddangos, gan nad oes gan un o’r ddau asesiad yr un maes wedi’i sgorio
# $overall is one of the words-key-overall* clauses above.
words-key-since-no-change = { $overall }; nid oes yr un maes wedi newid tebyg at ei debyg.
# $domains lists the $count domains with the largest like-for-like change (words-key-domain-changed*).
words-key-since-largest = { $overall }; { $count ->
        [one] y newid mwyaf yw
       *[other] y newidiadau mwyaf yw
    } { $domains }.
# As above, when the largest changes are rises, with the $falls_count largest falls ($falls).
words-key-since-largest-and-falls = { $overall }; { $count ->
        [one] y newid mwyaf yw
       *[other] y newidiadau mwyaf yw
    } { $domains }, { $falls_count ->
        [one] a’r gostyngiad mwyaf yw
       *[other] a’r gostyngiadau mwyaf yw
    } { $falls }.
# A domain's like-for-like change: its title, the change ("+0.7") and its like-for-like maturity
# then and now ("2.0", "2.7").
words-key-domain-changed = { $domain }, { $change } ({ $earlier } i { $current })
# The same when some questions were rated in only one of the two: the change counts the $count
# questions rated both times. No article before $count (it would be "yr 8", "yr 11").
words-key-domain-changed-on = { $domain }, { $change } ({ $earlier } i { $current } ar sail { $count ->
        [zero] { $count } cwestiwn
        [one] { $count } cwestiwn
        [two] { $count } gwestiwn
        [few] { $count } chwestiwn
        [many] { $count } chwestiwn
       *[other] { $count } cwestiwn
    } a sgoriwyd y ddau dro)

## Calendr y dewisydd dyddiad terfyn (model/dates.rs)

# The heading of a month's page: "Mawrth 2027". $month is its number, 1 to 12.
words-month-and-year = { $month ->
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
# A day in full, read by screen readers: "Dydd Llun 15 Mawrth 2027". $weekday counts from
# Monday (1) to Sunday (7), $month from 1 to 12.
words-date-with-weekday = { $weekday ->
        [1] Dydd Llun
        [2] Dydd Mawrth
        [3] Dydd Mercher
        [4] Dydd Iau
        [5] Dydd Gwener
        [6] Dydd Sadwrn
       *[7] Dydd Sul
    } { $day } { $month ->
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
# The calendar's column headings, two letters each, Monday first (CLDR's short Welsh names).
words-weekday-short-monday = Ll
words-weekday-short-tuesday = Ma
words-weekday-short-wednesday = Me
words-weekday-short-thursday = Ia
words-weekday-short-friday = Gw
words-weekday-short-saturday = Sa
words-weekday-short-sunday = Su

## Y fframwaith

# A phase's name when the question bank gives none: "Cyfnod 3".
words-phase-fallback = Cyfnod { $number }
# Put after a text of the question bank shown in another language than the rest, for want of a
# translation: "Exploring (yn Saesneg)". $language is the language the text is in: en-GB or cy.
# A text of the bank with the tag of the language it is in (words-text-in-language), when
# the bank lacks it in the language shown: "How do we …? (in English)".
words-bank-text-tagged = { $text } { $tag }
words-text-in-language = { $language ->
        [cy] (yn Gymraeg)
       *[other] (yn Saesneg)
    }

## Statws cam gweithredu (rhestr i ddewis ohoni, colofn yn y cynllun gweithredu)

words-status-planned = Wedi’i gynllunio
words-status-in-progress = Ar y gweill
words-status-done = Wedi’i gwblhau

## Testun amgen y siart radar (i ddarllenwyr sgrin; wedi’i argraffu yn y Markdown)

# $scores is the list of words-chart-score items.
words-chart-alt = Siart radar o aeddfedrwydd y meysydd ar y chwe chyfnod: { $scores }.
# The same with the earlier assessment's profile, drawn dashed; $earlier names it.
words-chart-alt-compared = Siart radar o aeddfedrwydd y meysydd ar y chwe chyfnod: { $scores }. Mewn llinell doredig, { $earlier }: { $earlier_scores }.
# One domain's score: "Effaith economaidd 3.3"; $maturity is the figure or "heb ei sgorio eto".
words-chart-score = { $domain } { $maturity }
# Scores listed one after the other: $init is those so far, $next the next one.
words-chart-scores = { $init }; { $next }

## Asesiad grŵp: pwy sgoriodd, beth a gytunwyd, a’r pellter rhwng yr aseswyr

# $names lists the assessors; $unagreed of the $rated rated questions have no agreed phase yet.
# aseswr never mutates after a number, so $assessors needs no selector.
words-group-note = Asesiad grŵp â sgoriau gan { $assessors } aseswr ({ $names }). { $unagreed ->
        [0] Mae cyfnod wedi’i gytuno ar gyfer pob cwestiwn a sgoriwyd.
       *[other] Nid oes cytundeb eto ar { $unagreed } o’r { $rated ->
            [zero] { $rated } cwestiwn
            [one] { $rated } cwestiwn
            [two] { $rated } gwestiwn
            [few] { $rated } chwestiwn
            [many] { $rated } chwestiwn
           *[other] { $rated } cwestiwn
        } a sgoriwyd: hyd nes i’r grŵp gytuno ar gyfnod, defnyddir canolrif cyfnodau’r aseswyr.
    }
# $wide is the number of phases apart that counts as a wide spread (2).
words-no-talking-points = Nid oes yr un cwestiwn heb ei gytuno lle mae’r aseswyr { $wide } neu fwy o gyfnodau ar wahân.
# The spread of a question rated by one assessor only; $phase is its phase's number.
words-spread-one = un sgôr, { $phase }
# The spread of ratings: "3–5, canolrif 4.0, 2 gyfnod ar wahân"; $apart is how far apart in words.
words-spread = { $lowest }–{ $highest }, canolrif { $median }, { $apart }

## Actions

# After an action's description, in the app's summary and the report's action plan: in a group
# file an action several assessors changed is kept once per version, and each copy says whose
# it is. $names are those who added it ("Alys and Bryn").
words-action-version = { " " }(fersiwn { $names })
