## problems: beth sydd o’i le mewn ffeil, fframwaith, map o gwestiynau a symudwyd neu gymhariaeth,
## fel y mae `validate` yn eu rhestru a’r ap yn eu dangos (model/, scoring/compare.rs).

## Cymharu ag asesiad blaenorol (rhybudd cyn y gymhariaeth)

# $earlier and $current are the institutions the two files name.
problem-compare-other-institution = sefydliad yr asesiad blaenorol yw { $earlier }, nid { $current }
problem-compare-started-after = dechreuwyd yr asesiad blaenorol ar ôl yr un hwn; gwiriwch fod y ffeiliau yn y drefn gywir
# $earlier and $current are versions of the framework, such as "2025.1".
problem-compare-other-version = mae’r asesiad blaenorol yn ateb fersiwn { $earlier } o’r fframwaith, ond mae’r gymhariaeth hon yn defnyddio fersiwn { $current }
problem-compare-no-version = mae’r asesiad blaenorol yn ateb fersiwn (heb ei nodi) o’r fframwaith, ond mae’r gymhariaeth hon yn defnyddio fersiwn { $current }

## Dolenni nad ydynt yn cael eu hagor (dolenni tystiolaeth a dolenni’r banc cwestiynau ei hun)

# $host is the address the link really opens.
problem-link-user-info = mae gan y ddolen enw cyn "@" sy’n edrych fel y cyfeiriad, ond mae’n agor { $host }
# $host is the address as it reads, $punycode as the browser looks it up ("xn--…").
problem-link-mixed-scripts = mae cyfeiriad y ddolen, { $host }, yn cymysgu gwyddorau, fel y gwna cyfeiriadau sy’n dynwared rhai eraill; mewn gwirionedd, { $punycode } yw’r cyfeiriad
# $headers lists the fields an email link fills in ("cc, bcc a body").
problem-link-mail-headers = mae’r ddolen e-bost hefyd yn llenwi { $headers }; dim ond cyfeiriad (a phwnc) sy’n cael ei agor
# $addresses lists the email addresses the link writes to (after a colon: no mutation).
problem-link-mail-recipients = mae’r ddolen e-bost yn ysgrifennu at fwy nag un cyfeiriad: { $addresses }; dim ond dolen at un cyfeiriad sy’n cael ei hagor
problem-link-backslash = mae ôl-slaes yng nghyfeiriad y ddolen, ac mae porwyr a rhaglenni eraill yn darllen hynny’n wahanol; mae porwr yn agor { $host }
# $typed is the address as typed ("3232235777"), $opens the address it opens ("192.168.1.1").
problem-link-numeric-host = mae cyfeiriad y ddolen, { $typed }, yn rhif nad yw’n edrych fel cyfeiriad, ond mae’n agor { $opens }
# $scheme is the part before the colon: "javascript".
problem-link-disallowed = ni chaniateir dolenni "{ $scheme }:" (dim ond dolenni http, https a mailto sy’n cael eu hagor)
problem-link-invalid = nid yw’r ddolen yn gyfeiriad gwe dilys nac yn ddolen e-bost ddilys

## Problemau mewn asesiad, fel y mae `validate` yn eu rhestru a’r ap yn eu dangos

# One problem a line: where it is, then what is wrong. $location is a problem-location-* or
# problem-field-* message, or a question's id; $message one of the messages below.
problem-line = { $location }: { $message }
# Where a problem is: the framework the file answers; a member of the team ($number counts
# from 1); a field of an answer ($question is the question's id, $field a problem-field-*).
problem-location-framework = fframwaith
problem-location-team-member = aelod tîm { $number }
problem-location-answer = { $question }, { $field }
# The assessment's own fields. "period" (2026–27) is "cyfnod adrodd", never bare "cyfnod",
# which is a phase.
problem-field-institution = sefydliad
problem-field-title = teitl
problem-field-period = cyfnod adrodd
problem-field-language = iaith
# The fields and items of an answer. $number counts from 1.
problem-field-narrative = naratif
problem-field-ambition = uchelgais
problem-field-rationale = rhesymeg
problem-field-ratings = sgoriau
problem-field-evidence = tystiolaeth { $number }
problem-field-action = cam gweithredu { $number }

# $assessment and $framework are versions of the framework's wording, such as "2025.1".
problem-other-version = gwnaed yr asesiad gyda fersiwn { $assessment } o’r geiriad; mae’r fframwaith a ddefnyddir yn fersiwn { $framework }
problem-not-one-line = dylai fod yn un llinell o destun: mae’n cynnwys tab, toriad llinell neu nod rheoli arall
# After "iaith: ". $declared is the language tag the report is declared as instead.
problem-not-a-language-tag = nid yw’n dag iaith fel en-GB neu cy-GB; nodir iaith yr adroddiad fel { $declared } yn lle hynny
problem-empty-name = mae’r enw’n wag
# $framework is the framework's id and $version its version.
problem-unknown-question = nid oes gan y fframwaith { $framework } { $version } gwestiwn â’r id hwn; cedwir yr ymateb
problem-control-characters = mae’n cynnwys nodau rheoli
problem-rationale-not-one-line = dylai’r rhesymeg fod yn un llinell o destun
# $name is the name as given, in quotes.
problem-bad-assessor-name = mae enw aseswr yn wag neu’n cynnwys nodau rheoli: { $name }
problem-empty-evidence-title = mae teitl y dystiolaeth yn wag
# $problem is one of the problem-link-* messages, $link the link as given.
problem-link = { $problem }: { $link }
problem-empty-action-description = mae disgrifiad y cam gweithredu yn wag

## Dyddiadau fel y’u teipiwyd. $text yw’r dyddiad fel y’i teipiwyd.

# The date reader (model/dates.rs) reads Welsh and English month names.
problem-due-date-stored-as-typed = mae’r dyddiad terfyn "{ $text }" wedi’i gadw fel y’i teipiwyd: mae’r llyfr gwaith yn cadw dyddiadau ar y ffurf 2027-03-31
problem-due-date-not-real = nid yw’r dyddiad terfyn "{ $text }" yn ddyddiad go iawn
problem-due-date-not-a-date = nid yw’r dyddiad terfyn "{ $text }" yn ddyddiad ar y ffurf 31/03/2027, 31 Mawrth 2027 neu 2027-03-31
# The same for a date that is not a due date (the report's date on the command line).
problem-date-not-real = nid yw’r dyddiad "{ $text }" yn ddyddiad go iawn
problem-date-not-a-date = nid yw’r dyddiad "{ $text }" yn ddyddiad ar y ffurf 31/03/2027, 31 Mawrth 2027 neu 2027-03-31

## Nodau na all yr adroddiad eu dangos

# One character: $character itself and its code, "U+6F22".
problem-unprintable-character = { $character } ({ $code })
# After the first characters listed, how many more there are.
problem-unprintable-more = { $count } arall
# $characters lists them ("漢 (U+6F22), 字 (U+5B57) a 3 arall"); $count is how many in all.
problem-unprintable = mae’r adroddiad yn dangos { $characters } fel { $count ->
        [one] blwch gwag: nid oes gan yr un ffont sy’n dod gyda’r llyfr gwaith y nod hwn
       *[other] blychau gwag: nid oes gan yr un ffont sy’n dod gyda’r llyfr gwaith y nodau hyn
    }; cedwir y testun ei hun yn y PDF

## Banc cwestiynau sy’n torri’r rheolau (banc personol, fel y mae ei awdur yn gweld y problemau)

# The parts of a bank a problem names, shown as $what below.
problem-bank-part-framework-id = id y fframwaith
problem-bank-part-framework-version = fersiwn y fframwaith
problem-bank-part-framework-title = teitl y fframwaith
problem-bank-part-attribution-name = enw’r priodoliad
problem-bank-part-attribution-url = URL y priodoliad
problem-bank-part-wording-note = nodyn ar y geiriad
problem-bank-part-scale-name = enw’r raddfa
# A phase's field: $number is the phase's number, $field one of "id", "name", "description"
# (the bank file's keys). Welsh puts the field first: "enw cyfnod 3".
problem-bank-part-phase = { $field ->
        [id] id
        [name] enw
       *[description] disgrifiad
    } cyfnod { $number }
# A domain: its place in the bank ($number, from 1) and its $id.
problem-bank-part-domain = maes { $number } ({ $id })
# A domain's field: $field is one of "id", "title", "summary", "source" (the file's keys).
problem-bank-part-domain-field = { $field ->
        [id] id
        [title] teitl
        [summary] crynodeb
       *[source] ffynhonnell
    } maes { $number } ({ $id })
problem-bank-part-question-id = id cwestiwn
# $id is the question's id.
problem-bank-part-question-text = testun cwestiwn { $id }
problem-bank-part-question-example = enghraifft o dystiolaeth ar gyfer cwestiwn { $id }

# $what is one of the parts above.
problem-bank-empty = mae { $what } yn wag
# $problem is one of the problem-link-* messages, $link the link as given.
problem-bank-link = { $what }: { $problem }: { $link }
# $kind is "phase", "domain" or "question"; $id the id given twice.
problem-bank-repeated-id = defnyddir id { $kind ->
        [phase] cyfnod
        [domain] maes
       *[question] cwestiwn
    } "{ $id }" fwy nag unwaith
problem-bank-no-domains = nid oes gan y banc unrhyw feysydd
problem-bank-not-ordered = rhaid i’r raddfa fod mewn trefn ("ordered": true)
# $numbers lists the phase numbers found, as the file has them: "[1, 2, 3]".
problem-bank-phase-numbers = rhaid i’r raddfa gael un rhestr drefnus yn union o’r chwe chyfnod, wedi’u rhifo 1 i 6; y rhifau a gafwyd: { $numbers }
# $what is a domain (problem-bank-part-domain). "ar gyfer" does not mutate what follows.
problem-bank-needs-source = mae angen URL ffynhonnell neu "provisional": true ar gyfer { $what }
problem-bank-no-questions = nid oes cwestiynau ar gyfer { $what }

## Golygiad nad yw’n gweddu i’r asesiad mwyach (lle hen mewn rhestr); fe’i dangosir yn yr ap

# $item is one of the problem-edit-item-* messages.
problem-edit-gone = Nid yw’r eitem honno’n bodoli mwyach ({ $item }); ni newidiwyd dim
# $question is a question's id.
problem-edit-item-response = ymateb i gwestiwn { $question }
# $number counts from 1.
problem-edit-item-team-member = aelod tîm { $number }
problem-edit-item-evidence = tystiolaeth { $number }
problem-edit-item-action = cam gweithredu { $number }

## Rhif cyfnod mewn ffeil

# $number is the number as the file gives it.
problem-phase-out-of-range = mae cyfnod { $number } y tu allan i’r ystod: mae’r cyfnodau’n mynd o 1 i 6

## Map o gwestiynau a symudwyd (symud asesiad i fersiwn newydd o’r banc) na all y symud ei
## ddilyn. Mae $question, $from a $to yn ids cwestiynau; $domain yn id maes.

problem-map-unknown-question = mae’r map yn symud y cwestiwn "{ $question }", nad yw’r hen fersiwn yn ei ofyn nac yn ei ateb
problem-map-unknown-domain = mae’r map yn ailenwi’r maes "{ $domain }", nad yw’r hen fersiwn yn ei gynnwys
# "i gwestiwn" so that $to, an id, needs no mutation after "i".
problem-map-no-such-question = mae’r map yn symud { $from } i gwestiwn { $to }, nad yw’r fersiwn newydd o’r banc yn ei gynnwys
# Here $from and $to are domain ids.
problem-map-no-such-domain = mae’r map yn ailenwi’r maes { $from } yn faes "{ $to }", nad yw’r fersiwn newydd o’r banc yn ei gynnwys
problem-map-nowhere = nid yw’r map yn symud { $question } i unrhyw gwestiwn; rhowch un id, neu restr ohonynt
problem-map-repeated = mae’r map yn symud { $from } i gwestiwn { $to } fwy nag unwaith; nodwch bob cwestiwn unwaith yn unig
# Several of the above in one message: $earlier is those so far, $next the next one.
problem-map-and-more = { $earlier }; { $next }

## Cyfuno ffeiliau aseswyr yn asesiad grŵp

problem-combine-too-few = rhaid cael o leiaf dau asesiad i’w cyfuno, un gan bob aseswr
# $name is the assessor's name both files give.
problem-combine-same-assessor = mae dwy ffeil yn enwi’r un aseswr, "{ $name }"; dylai tîm pob ffeil enwi’r unigolyn a sgoriodd ynddi
# $assessor and $other are assessors' names; $found and $expected the frameworks and versions
# their files answer.
problem-combine-other-framework = mae ffeil { $assessor } yn ateb y fframwaith "{ $found }", ond mae ffeil { $other } yn ateb "{ $expected }"; dim ond asesiadau o’r un fersiwn o’r fframwaith y gellir eu cyfuno
# $name is the assessor whose file is already a group's.
problem-combine-already-combined = mae ffeil { $name } eisoes yn asesiad grŵp; cyfunwch ffeiliau’r aseswyr eu hunain yn lle hynny
# The files name different values ($values, listed with commas); the group keeps $kept.
problem-combine-different-institutions = mae’r ffeiliau’n enwi sefydliadau gwahanol ({ $values }); mae’r grŵp yn cadw "{ $kept }"
problem-combine-different-titles = mae’r ffeiliau’n enwi teitlau gwahanol ({ $values }); mae’r grŵp yn cadw "{ $kept }"
problem-combine-different-periods = mae’r ffeiliau’n enwi cyfnodau adrodd gwahanol ({ $values }); mae’r grŵp yn cadw "{ $kept }"
# An item several files share that assessor $name changed. $question is its question's number
# ("2.1") or id; $label its title or description in the copy of $earlier, another assessor.
problem-combine-changed-evidence = cwestiwn { $question }: mae copi { $name } o’r dystiolaeth "{ $label }" yn wahanol i gopi { $earlier }; cedwir y ddwy fersiwn
problem-combine-changed-action = cwestiwn { $question }: mae copi { $name } o’r cam gweithredu "{ $label }" yn wahanol i gopi { $earlier }; cedwir y ddwy fersiwn
