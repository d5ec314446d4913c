## cli
## Y llinell orchymyn: `civic-workbook` a’i is-orchmynion sy’n rhedeg heb ffenestr. Llwybrau ffeiliau
## yw’r dalfannau $file, $path, $output a’u tebyg; enw’r rhaglen, civic-workbook, yw $program.
## Llinynnau llythrennol yw enwau opsiynau ({ "--baseline" }, { "-o" }), tagiau iaith a’r dyddiad
## enghreifftiol: mae pobl yn eu teipio fel y maent, felly ni chânt byth eu cyfieithu.

## Y cymorth: am bob is-orchymyn, pob ymresymiad, a phenawdau’r dudalen gymorth.

# Headings of the help page; the program adds the colon after the last three itself.
cli-help-usage = Defnydd:
cli-help-commands = Gorchmynion
cli-help-arguments = Ymresymiadau
cli-help-options = Opsiynau
# The placeholder for a subcommand in a usage line: civic-workbook [COMMAND].
cli-help-command-value = COMMAND

cli-about = Llyfr Gwaith Effaith Ddinesig: hunanasesu yn ôl y Fframwaith Effaith Ddinesig ac adrodd arno.
cli-about-new = Creu asesiad gwag.
cli-about-questions = Rhestru meysydd, cwestiynau allweddol a chyfnodau’r fframwaith a ddefnyddir.
cli-about-validate = Rhestru pob problem mewn asesiad, un i bob llinell; gorffen â chod gadael 1 os oes rhai.
cli-about-export = Allforio asesiad: ei adroddiad PDF gyda’r sgoriau, ei ddata fel CSV, neu’r cyfan fel Markdown.
cli-about-score = Dangos sgoriau asesiad.
cli-about-combine = Cyfuno ffeiliau sawl aseswr yn un asesiad grŵp.
cli-about-migrate = Symud asesiad i fersiwn arall o’r banc cwestiynau, gan gadw pob ateb.
# BASE, MINE, THEIRS and OUT are the placeholders of merge's arguments (cli-value-base and so on).
cli-about-merge = Uno dau gopi o un asesiad a newidiwyd ar wahân ({ -cli-base }, y fersiwn y dechreuodd y ddau ohoni; { -cli-mine }; { -cli-theirs }) i { -cli-out }; gorffen â chod gadael 1 os newidiodd y ddau gopi rywbeth mewn ffyrdd gwahanol. Gellir ei ddefnyddio fel gyrrwr uno git.
cli-about-messages = Ysgrifennu catalog adeiledig yr iaith i ffolder, i uned gyfieithu ei gywiro a’i ddefnyddio gyda { "--messages" }.
cli-about-help = Dangos y neges hon neu gymorth yr is-orchymyn a roddwyd

cli-arg-help = Dangos cymorth
cli-arg-version = Dangos y fersiwn
cli-arg-help-subcommand = Yr is-orchymyn y dylid dangos ei gymorth.
cli-arg-open-file = Asesiad i’w agor yn y llyfr gwaith.
cli-arg-framework = Defnyddio’r banc fframwaith hwn yn lle’r Fframwaith Effaith Ddinesig adeiledig.
# cy, en-GB and qps-ploc are language tags: keep them as they are.
cli-arg-lang = Iaith y llyfr gwaith a’i negeseuon: { "cy" } (Cymraeg) neu { "en-GB" } (Saesneg), neu { "qps-ploc" } (ffug-iaith sy’n dangos pa eiriau nad ydynt yn dod o’r catalog). Hebddo, iaith y system (LC_ALL, LC_MESSAGES, LANG).
cli-arg-messages = Defnyddio’r copi wedi’i gywiro o gatalog yr iaith yn y ffolder hwn (a ysgrifennwyd gan { "messages" }): mae pob neges a gywirir ynddo yn disodli’r un adeiledig, a rhoddir gwybod am yr hyn na ellir ei ddefnyddio.
cli-arg-assessment-file = Ffeil yr asesiad.
cli-arg-questions-json = Dangos y fframwaith fel JSON (fformat ffeil y banc).
cli-arg-score-json = Dangos y sgoriau fel JSON.
cli-arg-score-baseline = Dangos hefyd beth sydd wedi newid ers yr asesiad blaenorol hwn.
cli-arg-score-date = Y dyddiad a ddefnyddir i gyfrif camau gweithredu sy’n hwyr yn y negeseuon allweddol (rhagosodiad: heddiw, yn ôl y calendr lleol).
cli-arg-migrate-file = Yr asesiad i’w symud (nid yw’n cael ei newid).
cli-arg-migrate-to = Y fersiwn newydd o’r banc cwestiynau.
cli-arg-migrate-map = Sut mae hen ddynodyddion cwestiynau yn troi’n rhai newydd: meysydd a chwestiynau wedi’u hailenwi, cwestiynau wedi’u hollti a’u huno. Nid oes angen cofnod i ddynodyddion sy’n aros yr un fath.
cli-arg-migrate-output = Ble i ysgrifennu’r asesiad a symudwyd.
cli-arg-migrate-force = Disodli’r ffeil allbwn os yw’n bodoli (asesiad yn unig; cedwir hi fel NAME.bak, neu NAME.1.bak pan nad yw NAME.bak yn asesiad).
cli-arg-combine-files = Ffeiliau’r aseswyr (dwy neu ragor). Enw pob aseswr yw enw’r unig berson yn nhîm y ffeil, neu fel arall enw’r ffeil.
cli-arg-combine-output = Ble i ysgrifennu’r asesiad grŵp.
cli-arg-combine-force = Disodli’r ffeil allbwn os yw’n bodoli.
cli-arg-new-output = Ble i ysgrifennu’r asesiad (NAME.civic.json).
cli-arg-new-institution = Y brifysgol neu’r bartneriaeth a asesir.
cli-arg-new-title = Teitl yr asesiad.
cli-arg-new-period = Y cyfnod dan sylw, er enghraifft 2026–27.
cli-arg-new-force = Disodli’r ffeil os yw’n bodoli.
cli-arg-export-output = Ble i ysgrifennu’r adroddiad PDF.
cli-arg-export-csv = Ysgrifennu un rhes i bob cwestiwn i’r ffeil CSV hon, a’r camau gweithredu i OUT-actions.csv wrth ei hochr.
cli-arg-export-markdown = Ysgrifennu’r asesiad cyfan fel Markdown i’r ffeil hon.
cli-arg-export-baseline = Cymharu â’r asesiad blaenorol hwn yn yr adroddiad ac yn y Markdown.
cli-arg-export-date = Y dyddiad allforio a argraffir ar y clawr ac yn y metaddata (rhagosodiad: heddiw, yn ôl y calendr lleol).
cli-arg-export-force = Disodli ffeiliau sydd eisoes yn lleoliadau’r allbwn hyd yn oed pan nad ydynt yn allforion blaenorol y llyfr gwaith hwn (cedwir pob un fel NAME.bak, neu NAME.1.bak, … pan fo NAME.bak yn dal ffeil arall). Hebddo, dim ond allforion blaenorol heb eu newid a ddisodlir.
cli-arg-merge-base = Y fersiwn y dechreuodd y ddau gopi ohoni (%O yn git).
cli-arg-merge-mine = Fy nghopi i (%A yn git): lle na ellir cadw’r ddwy ochr, cedwir fy nghopi i.
cli-arg-merge-theirs = Eu copi nhw (%B yn git).
cli-arg-merge-output = Ble i ysgrifennu’r asesiad a unwyd; gall fod yn { -cli-mine } ei hun. Cedwir y ffeil a ddisodlir fel NAME.bak.
cli-arg-merge-no-backup = Peidio â chadw NAME.bak o’r ffeil a ddisodlir (ar gyfer git, y mae ei hanes yn cadw pob fersiwn ac y byddai ei ffeiliau dros dro fel arall yn gadael copïau wrth gefn yn yr ystorfa).
cli-arg-merge-json = Dangos yr hyn a unwyd a’r gwrthdaro fel JSON.
cli-arg-messages-output = Y ffolder i ysgrifennu ffeiliau’r catalog iddo (fe’i gwneir os nad yw yno); ni ddisodlir unrhyw ffeil sydd yno.

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

## Camgymeriadau yn y llinell orchymyn ei hun: daw’r llinell ddefnydd a’r llinell olaf ar ôl pob un.

# $arg is what was typed, such as --bogus.
cli-usage-unknown-argument = cafwyd ymresymiad annisgwyl ‘{ $arg }’
# $args lists the missing arguments, such as <FILE>.
cli-usage-missing = ni roddwyd yr ymresymiadau gofynnol canlynol: { $args }
cli-usage-unknown-subcommand = is-orchymyn anhysbys ‘{ $subcommand }’
# $value is what was typed, $arg the argument, $problem what is wrong with it.
cli-usage-invalid-value = gwerth annilys ‘{ $value }’ ar gyfer ‘{ $arg }’: { $problem }
cli-usage-not-possible = gwerth annilys ‘{ $value }’ ar gyfer ‘{ $arg }’
cli-usage-possible = gwerthoedd posibl: { $values }
cli-usage-conflict = ni ellir defnyddio’r ymresymiad ‘{ $arg }’ gyda ‘{ $other }’
cli-usage-repeated = ni ellir defnyddio’r ymresymiad ‘{ $arg }’ fwy nag unwaith
cli-usage-values = mae gan yr ymresymiad ‘{ $arg }’ y nifer anghywir o werthoedd
cli-usage-no-equals = mae angen arwydd hafal wrth roi gwerthoedd i ‘{ $arg }’
cli-usage-not-utf8 = nid yw un o’r ymresymiadau yn UTF-8 dilys
cli-usage-other = ni ellir darllen y llinell orchymyn
# A suggestion, after an unknown argument or subcommand.
cli-usage-similar = awgrym: mae un tebyg ar gael: ‘{ $suggestion }’
cli-usage-as-value = awgrym: i roi ‘{ $arg }’ fel gwerth, defnyddiwch ‘{ "--" } { $arg }’
# $usage is the usage line, such as: civic-workbook score [OPTIONS] <FILE>
cli-usage-line = { -cli-usage-heading } { $usage }
-cli-usage-heading = Defnydd:
cli-usage-more = Am ragor o wybodaeth, rhowch gynnig ar ‘{ "--help" }’.
# The first line of a mistake in the command line.
cli-usage-error = gwall: { $message }

## Gwallau a rhybuddion, ar y ffrwd gwallau safonol, ar ôl enw’r rhaglen.

cli-error = { $program }: { $message }
cli-warning = { $program }: rhybudd: { $message }
# A warning about a file: $message says what, $file is the file.
cli-warning-file = { $program }: rhybudd: { $message }: { $file }
# A warning about a file with what is wrong in it: $problem names the place and the problem.
cli-warning-problem = { $program }: rhybudd: { $file }: { $problem }
# An error and its cause: $context says what could not be done, $cause why.
cli-error-cause = { $context }: { $cause }
# $languages lists the languages' tags.
cli-lang-unknown = nid yw’n un o ieithoedd y llyfr gwaith (mae’n siarad { $languages })
cli-window-failed = ni ellid agor y ffenestr ({ $error }); mae’r is-orchmynion heb ffenestr yn dal i weithio, gweler { "--help" }
cli-framework-damaged = mae’r banc fframwaith adeiledig wedi’i ddifrodi
cli-migrate-same-file = byddai’r asesiad a symudwyd yn disodli’r un y daw ohono; rhowch ffeil arall: { $file }
cli-migrate-failed = ni ellid symud { $file }
cli-migrate-failed-map = ni ellid symud { $file } gan ddefnyddio { $map }
cli-baseline-itself = { "--baseline" } yw’r asesiad ei hun; rhowch ffeil yr asesiad blaenorol: { $file }
cli-combine-output-is-input = mae’r allbwn yn un o ffeiliau’r aseswyr; dewiswch ffeil newydd ar gyfer y grŵp: { $file }
# $date is the date as typed after --date.
cli-date-not-real = { "--date" }: nid yw “{ $date }” yn ddyddiad go iawn
cli-date-not-iso = { "--date" }: nid yw “{ $date }” yn ddyddiad wedi’i ysgrifennu fel { "2027-03-31" }
cli-export-baseline-alone = mae { "--baseline" } yn ychwanegu’r gymhariaeth at yr adroddiad PDF ac at y Markdown; rhowch { "-o" } neu { "--markdown" } hefyd
cli-export-report-failed = ni ellid llunio’r adroddiad ar gyfer { $file }
cli-merge-would-replace = byddai’r asesiad a unwyd yn disodli { $side }; ysgrifennwch ef i { -cli-mine } neu i ffeil newydd: { $file }
# $side is BASE, MINE or THEIRS.
cli-merge-unreadable = ni ellid darllen { $side }
cli-merge-other-version = mae { $side } yn ateb fersiwn o’r fframwaith ({ $version }) sy’n wahanol i un { -cli-mine } ({ $mine }); mae’r ffeil a unwyd yn cadw fersiwn { -cli-mine }: { $file }
cli-merge-not-assessment = nid asesiad yw’r ffeil sydd yno, felly fe’i gadawyd heb ei chyffwrdd: { $file }
cli-merge-not-written = ni ellid ysgrifennu’r asesiad a unwyd: { $file }
# `messages` yn y ffug-iaith; teipir y tagiau a’r opsiynau fel y maent.
cli-messages-pseudo = nid oes gan { "qps-ploc" } gatalog ei hun i’w ysgrifennu, gan ei bod wedi’i gwneud o’r Saesneg Prydeinig (defnyddiwch { "--lang cy" } neu { "--lang en-GB" })
# civic-workbook.com on Windows, which starts the workbook beside it.
cli-console-cannot-start = ni ellid cychwyn y llyfr gwaith ({ $error }): { $file }
cli-console-cannot-relay = ni ellid trosglwyddo allbwn y llyfr gwaith ({ $error })
cli-console-no-location = nid yw lleoliad y rhaglen hon ei hun yn hysbys ({ $error })
cli-console-is-starter = dyma’r cychwynnydd llinell orchymyn, nid y llyfr gwaith: { $file }
cli-console-relay-stopped = daeth trosglwyddo gwallau’r llyfr gwaith i ben
# An error in making JSON that should never happen.
cli-json-not-utf8 = nid yw’r JSON yn UTF-8

## Yr hyn a wnaeth yr is-orchmynion, ar yr allbwn safonol.

cli-created = Crëwyd { $file }
# After a command replaced a file: where the earlier file is kept.
cli-kept = Cedwir yr hen ffeil { $file } fel { $backup }
# Ar ôl `messages`: pob ffeil a ysgrifennwyd.
cli-messages-wrote = Ysgrifennwyd { $file }
# Ar ôl `messages`: sut i ddefnyddio’r copi wedi’i gywiro; tag iaith yw $lang, a $folder yw’r ffolder.
cli-messages-next = Cywirwch y negeseuon yno, yna defnyddiwch nhw gyda { "--lang" } { $lang } { "--messages" } { $folder }
# The default title of an assessment made by `new`; it is written into the file.
cli-new-title = Hunanasesiad effaith ddinesig
# $names lists the assessors; $spreads says how many questions are far apart.
cli-combined = Cyfunwyd { $count } aseswr ({ $names }) yn y ffeil { $file }; { $spreads }
cli-exported-report = Allforiwyd yr adroddiad i’r ffeil { $file }
cli-exported-csv = Allforiwyd y cwestiynau i’r ffeil { $file } a’r camau gweithredu i’r ffeil { $actions }
cli-exported-markdown = Allforiwyd Markdown i’r ffeil { $file }
cli-exported-unknown = Mae atodiad yr adroddiad yn cynnwys { $count ->
        [zero] { $count } ateb
        [one] { $count } ateb
        [two] { $count } ateb
        [few] { $count } ateb
        [many] { $count } ateb
       *[other] { $count } ateb
    } i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith.

## questions: y fframwaith a ddefnyddir.

# A framework's or bank's title and version: "Civic Impact Framework 2026.1".
cli-framework = { $title } { $version }
cli-questions-publisher = Cyhoeddwr: { $name } ({ $url })
# The scale of phases and how it works; $cyclical and $provisional are yes or no.
cli-questions-scale = { $name } (trefnedig{ $cyclical ->
        [yes] , cylchol
       *[no] {""}
    }{ $provisional ->
        [yes] , enwau dros dro
       *[no] {""}
    })
cli-questions-phase = { $number } { $name }: { $description }
# A domain: its number, title and id, and where it comes from ($source, from the bank).
cli-questions-domain = { $number }. { $title } [{ $id }] ({ $source })
cli-questions-domain-provisional = { $number }. { $title } [{ $id }] (dros dro)
cli-questions-domain-plain = { $number }. { $title } [{ $id }]
cli-questions-question = - { $text } [{ $id }]

## validate

cli-no-problems = Ni chanfuwyd unrhyw broblemau: { $file }
# One problem a line, after the file's name.
cli-problem = { $file }: { $problem }

## score: tabl y meysydd, y ffigurau cyffredinol, y negeseuon allweddol a’r newid.

# Parts of the heading: institution, title and period, those given.
cli-score-heading = { $init } — { $next }
cli-score-domain = Maes
cli-score-maturity = Aeddfedrwydd
cli-score-phase = Cyfnod a gyrhaeddwyd
cli-score-rated = Wedi’u sgorio
cli-score-evidence = Tystiolaeth
# Rated questions of all a domain's questions, in a narrow column: "3/4".
cli-score-rated-of = { $rated }/{ $total }
cli-score-overall = Aeddfedrwydd cyffredinol { $maturity } ({ $phase }), ar draws { $rated } o’r { $total ->
        [zero] { $total } maes
        [one] { $total } maes
        [two] { $total } faes
        [few] { $total } maes
        [many] { $total } maes
       *[other] { $total } maes
    }
cli-score-overall-none = Aeddfedrwydd cyffredinol heb ei sgorio eto: nid oes gan unrhyw gwestiwn gyfnod eto
cli-score-completion = Cyfradd cwblhau { $percent } ({ $rated } o’r { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } wedi’u sgorio)
cli-score-evidence-coverage = Cwmpas tystiolaeth { $percent } (tystiolaeth ar gyfer { $evidenced } o’r { $rated ->
        [zero] { $rated } cwestiwn a sgoriwyd
        [one] { $rated } cwestiwn a sgoriwyd
        [two] { $rated } gwestiwn a sgoriwyd
        [few] { $rated } chwestiwn a sgoriwyd
        [many] { $rated } chwestiwn a sgoriwyd
       *[other] { $rated } cwestiwn a sgoriwyd
    })
cli-score-unagreed = Heb gytundeb eto: { $count ->
        [zero] { $count } cwestiwn wedi’u sgorio
        [one] { $count } cwestiwn wedi’i sgorio
        [two] { $count } gwestiwn wedi’u sgorio
        [few] { $count } chwestiwn wedi’u sgorio
        [many] { $count } chwestiwn wedi’u sgorio
       *[other] { $count } cwestiwn wedi’u sgorio
    } yn ôl canolrif cyfnodau’r aseswyr
cli-score-unknown = Dim sgôr: { $count ->
        [zero] { $count } ymateb
        [one] { $count } ymateb
        [two] { $count } ymateb
        [few] { $count } ymateb
        [many] { $count } ymateb
       *[other] { $count } ymateb
    } i gwestiynau nad ydynt yn y fframwaith hwn (gweler validate)
cli-score-key-messages = Negeseuon allweddol
# One key message: its lead ("Strongest: ") and its text.
cli-score-key-message = - { $lead }{ $text }
# $label names the earlier assessment.
cli-score-change-since = Newid ers { $label }
cli-score-earlier = Blaenorol
cli-score-now = Nawr
cli-score-change = Newid
cli-score-overall-row = Cyffredinol
# A question by its number, id and text: "5.2 estates.places Our places …".
cli-score-question = { $number } { $id } { $text }
cli-score-none-moved = Ni newidiodd cyfnod yr un cwestiwn.
cli-score-moved = Cwestiynau a symudodd:
# A question that moved: $earlier and $now are maturities, $change says how it changed.
# The arrow is written -{ ">" } so that it is not read as a selector; it shows as ->.
cli-score-move = { $question }: { $earlier } -{ ">" } { $now } ({ $change })
cli-score-earlier-actions = Camau gweithredu blaenorol:
# An earlier action and what became of it: $earlier and $now are statuses, "In progress".
cli-score-action = { $description } ({ $question }): { $earlier } bryd hynny, { $now } nawr
cli-score-action-gone = { $description } ({ $question }): { $earlier } bryd hynny, nid yw ar y rhestr bellach
cli-score-only-earlier = Yn yr asesiad blaenorol yn unig: { $question } ({ $maturity }), nid yw’n gwestiwn yn y fframwaith hwn
cli-score-only-current = Nid yw yn yr asesiad blaenorol (fersiwn arall o’r fframwaith): { $question }

## migrate: beth symudodd i ble, un llinell ar gyfer pob ateb yn yr hen fersiwn. Dynodyddion
## cwestiynau yw $from, $to, $at ac $ids; mae $old yn rhestru dynodyddion yr hen gwestiynau a unwyd ag ef.

cli-migrate-moved = Symudwyd { $file } i fersiwn { $framework }
cli-migrate-phase-conflict = Gwiriwch: mae { $at } yn dal atebion a unwyd ar gyfnodau gwahanol ({ $phases }); cedwir yr isaf, { $kept }
# One of the phases listed in cli-migrate-phase-conflict.
cli-migrate-phase-at = { $from } yng nghyfnod { $phase }
cli-migrate-kept-apart-note = Dangosir atebion a gadwyd ar wahân yn atodiad yr adroddiad ac yn allbwn validate
cli-migrate-written = Ysgrifennwyd i’r ffeil { $file }
cli-migrate-merged = Unwyd: { $from } → { $to }, ynghyd â’r hen { $old }
cli-migrate-carried = Trosglwyddwyd: { $from }
cli-migrate-renamed = Ailenwyd: { $from } → { $to }
# $wanted is the id the renamed domain would give the question.
cli-migrate-merged-lacking = Unwyd: { $from } → { $to }, ynghyd â’r hen { $old } (mae ei faes wedi’i ailenwi, ond nid oes { $wanted } yn y fersiwn newydd)
cli-migrate-carried-lacking = Trosglwyddwyd: { $from } (mae ei faes wedi’i ailenwi, ond nid oes { $wanted } yn y fersiwn newydd)
cli-migrate-split = Holltwyd: { $from } → { $ids } (mae’r ateb ym mhob un)
cli-migrate-kept-apart = Cadwyd ar wahân: { $from } (nid yw’r fersiwn newydd yn ei ofyn)
cli-migrate-kept-apart-renamed = Cadwyd ar wahân: { $from } (mae ei faes wedi’i ailenwi, ond nid yw’r fersiwn newydd yn gofyn { $wanted }, nac ychwaith { $from })
# The same three, when the answer was also merged with others: $merged lists cli-migrate-merged-in.
cli-migrate-split-merged = Holltwyd: { $from } → { $ids } (mae’r ateb ym mhob un; { $merged })
cli-migrate-kept-apart-merged = Cadwyd ar wahân: { $from } (nid yw’r fersiwn newydd yn ei ofyn; { $merged })
cli-migrate-kept-apart-renamed-merged = Cadwyd ar wahân: { $from } (mae ei faes wedi’i ailenwi, ond nid yw’r fersiwn newydd yn gofyn { $wanted }, nac ychwaith { $from }; { $merged })
cli-migrate-merged-in = wedi’i uno â’r hen { $old } yng nghwestiwn { $at }
# Joins the clauses of $merged above.
cli-migrate-clauses = { $init }; { $next }

## merge: beth a ddaeth i mewn o’u copi nhw, y gwrthdaro, ac i ble yr aeth yr uno. Ffeil yw $file;
## mae $what yn enwi lle yn yr asesiad (y negeseuon cli-merge-place).

cli-merge-nothing = Dim newidiadau i’w huno o’r ffeil { $file }
cli-merge-brought = Unwyd { $count ->
        [zero] { $count } newid
        [one] { $count } newid
        [two] { $count } newid
        [few] { $count } newid
        [many] { $count } newid
       *[other] { $count } newid
    } o’r ffeil { $file }: { $changes }
# One line for each conflict; $conflict is cli-merge-conflict-at or cli-merge-conflict-in.
cli-merge-conflict = Gwrthdaro: { $conflict }
# A conflict: where it is, and what each side has ($outcome).
cli-merge-conflict-at = { $what }: { $outcome }
# The same with the text of its question.
cli-merge-conflict-in = { $what } ({ $question }): { $outcome }
cli-merge-clean = Unwyd heb wrthdaro i’r ffeil { $file }
cli-merge-conflicts = Unwyd i’r ffeil { $file } gyda { $count ->
        [zero] { $count } gwrthdaro
        [one] { $count } gwrthdaro
        [two] { $count } wrthdaro
        [few] { $count } gwrthdaro
        [many] { $count } gwrthdaro
       *[other] { $count } gwrthdaro
    }: cadwyd y ddwy ochr lle bo modd, a’m copi i fel arall; gwiriwch y rhain
cli-merge-place-institution = y sefydliad
cli-merge-place-title = y teitl
cli-merge-place-period = y cyfnod dan sylw
cli-merge-place-language = yr iaith
cli-merge-place-member = aelod o’r tîm ‘{ $name }’
# $question is a question's number, such as 1.2; $name an assessor; $label an item's title.
cli-merge-place-phase = cyfnod cwestiwn { $question }
cli-merge-place-rating = sgôr { $name } ar gyfer cwestiwn { $question }
cli-merge-place-rationale = rhesymeg cwestiwn { $question }
cli-merge-place-narrative = naratif cwestiwn { $question }
cli-merge-place-ambition = uchelgais cwestiwn { $question }
cli-merge-place-some-evidence = darn o dystiolaeth yng nghwestiwn { $question }
cli-merge-place-evidence = y dystiolaeth ‘{ $label }’ yng nghwestiwn { $question }
cli-merge-place-some-action = cam gweithredu yng nghwestiwn { $question }
cli-merge-place-action = y cam gweithredu ‘{ $label }’ yng nghwestiwn { $question }
# An item or member that theirs removed.
cli-merge-removed = { $what } (dilëwyd)
# What each side has and what the merged file keeps; $mine and $theirs are values or phases.
cli-merge-kept-mine = fy nghopi i: { $mine }, eu copi nhw: { $theirs } (cadwyd fy nghopi i)
cli-merge-removed-mine = dilëwyd yn fy nghopi i, newidiwyd yn eu copi nhw (cadwyd eu copi nhw)
cli-merge-removed-theirs = newidiwyd yn fy nghopi i, dilëwyd yn eu copi nhw (cadwyd fy nghopi i)
cli-merge-both-kept = newidiwyd yn wahanol ar y ddwy ochr (cadwyd y ddau)
cli-merge-not-rated = heb ei sgorio
