## adroddiad
## Yr adroddiad i’r arweinyddiaeth: y PDF a’r Markdown (yr un cynnwys), penawdau’r CSV a
## phroblemau’r adroddiad ei hun. Mae’r dalfannau $lead, $section, $evidence, $publisher,
## $source, $phase, $status, $question yn y negeseuon a nodir “(styled)” yn sefyll am destun
## mewn arddull arall (trwm, italig, dolen neu gyfeiriad at adran a’i thudalen): cadwch nhw, yn
## y drefn y mae’r iaith yn gofyn amdani.

## Enwau’r adroddiad a’i rannau

# The report's title when the assessment has none.
report-default-title = Hunanasesiad effaith ddinesig
# The cover's and metadata's institution when the assessment names none.
report-no-institution = Sefydliad heb ei enwi
# How an earlier assessment with neither title nor period is named ("Change since …").
report-earlier-assessment = yr asesiad blaenorol
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
report-subject = Hunanasesiad yn erbyn { $framework } { $version } ({ $publisher })
# The heading of the printed table of contents.
report-contents = Cynnwys
# What a screen reader says for a chart with no description.
report-chart-fallback = Siart

## Y clawr

# The heading of the section that lists a working group too long for the cover.
report-about = Ynglŷn â’r asesiad hwn
report-working-group = Y gweithgor
# A member of the working group and their role: "Dr Siân Pryce, chair".
report-team-member = { $name }, { $role }
# (styled) $lead is report-working-group in bold; $section names report-about, followed by its page.
report-cover-group-listed = { $lead }: { $count } aelod, wedi’u rhestru yn yr adran { $section }.
report-prepared-lead = Paratowyd ar
# (styled) $lead is report-prepared-lead in bold; $date is the date of the export, in full.
report-prepared = { $lead } { $date }
report-framework-lead = Fframwaith
# (styled) $lead is report-framework-lead in bold; $publisher is a link to the framework's publisher.
report-cover-framework = { $lead } { $framework } { $version }, { $publisher }
# What a screen reader says for a link: its text and where it goes.
report-link-alt = { $text } (dolen i’r cyfeiriad { $url })
report-cover-disclaimer = Hunanasesiad at ddibenion myfyrio a dysgu gan gymheiriaid. Proffil aeddfedrwydd i gychwyn sgwrs yw’r sgorau; nid tabl cynghrair mohonynt, ac nid ydynt yn rhestru sefydliadau yn ôl eu safle.

## Y crynodeb un dudalen

report-summary = Crynodeb
# Bold, at the start of the summary's first sentence; $maturity is "3.1 (Delivering)".
report-overall-lead = Aeddfedrwydd cyffredinol { $maturity }
report-overall-lead-unrated = Aeddfedrwydd cyffredinol heb ei sgorio eto
# (styled) $lead is report-overall-lead in bold; $completion and $coverage are percentages or "–".
report-headline = { $lead }, ar sail sgorio { $rated } o’r { $questions ->
        [zero] { $questions } cwestiwn allweddol
        [one] { $questions } cwestiwn allweddol
        [two] { $questions } gwestiwn allweddol
        [few] { $questions } chwestiwn allweddol
        [many] { $questions } chwestiwn allweddol
       *[other] { $questions } cwestiwn allweddol
    } mewn { $rated_domains } o’r { $domains ->
        [zero] { $domains } maes
        [one] { $domains } maes
        [two] { $domains } faes
        [few] { $domains } maes
        [many] { $domains } maes
       *[other] { $domains } maes
    }. Cyfradd cwblhau { $completion }. Cwmpas y dystiolaeth { $coverage } (tystiolaeth ar gyfer { $with_evidence } o’r { $rated ->
        [zero] { $rated } cwestiwn a sgoriwyd
        [one] { $rated } cwestiwn a sgoriwyd
        [two] { $rated } gwestiwn a sgoriwyd
        [few] { $rated } chwestiwn a sgoriwyd
        [many] { $rated } chwestiwn a sgoriwyd
       *[other] { $rated } cwestiwn a sgoriwyd
    }).
report-legend-lead = Cyfnodau cynnydd:
# (styled) $lead is report-legend-lead in bold; $phases lists the six phases.
report-legend = { $lead } { $phases }. Cymedr o gyfnodau yw aeddfedrwydd: mae 3.1 wedi cyrraedd cyfnod 3 ac yn symud tuag at 4.
# A phase in the legend: its number and name, kept on one line.
report-legend-phase = { $number }{ "\u00A0" }{ $name }
# Phases listed in the legend: $init is those so far, $next the next one.
report-legend-phases = { $init } · { $next }
report-key-messages = Negeseuon allweddol
# The heading of the column of changes: "Since 2025–26" ($period is the earlier assessment's).
report-since = Ers { $period }
report-next-actions = Camau gweithredu nesaf
report-no-open-actions = Nid oes camau gweithredu ar agor.
# (styled) Under the summary's next actions: how many more open actions the action plan holds.
# $shown is how many the summary lists; $section names the action plan, followed by its page.
report-more-actions = Mae { $shown ->
        [0] { $more ->
            [zero] { $more } cam gweithredu
            [one] { $more } cam gweithredu
            [two] { $more } gam gweithredu
            [few] { $more } cham gweithredu
            [many] { $more } cham gweithredu
           *[other] { $more } cam gweithredu
        }
       *[other] { $more ->
            [zero] { $more } cam gweithredu arall
            [one] { $more } cam gweithredu arall
            [two] { $more } gam gweithredu arall
            [few] { $more } cham gweithredu arall
            [many] { $more } cham gweithredu arall
           *[other] { $more } cam gweithredu arall
        }
    } ar agor yn y { $section }.
# An overdue action on a line of its own, when the summary has no room for the table:
# "20 Jan 2027, 5 weeks overdue: Brief the working group (Aled Rees, 5.4)"; $late says how late,
# $question is the question's number.
report-overdue-line = { $due }, { $late }: { $action } ({ $owner }, { $question })
# In the markdown's list of domain bars: "Economic impact: 3.3 (Delivering)".
report-bar = { $domain }: { $value }
# The same in a compared report; $since is report-since's heading.
report-bar-change = { $domain }: { $value }; { $since }: { $change }

## Penawdau colofnau tablau’r adroddiad

report-column-domain = Maes
report-column-question = Cwestiwn
report-column-action = Cam gweithredu
report-column-owner = Perchennog
report-column-due = Erbyn
report-column-was-due = Dyddiad terfyn
report-column-status = Statws
report-column-earlier = Blaenorol
report-column-now = Nawr
report-column-change = Newid
report-column-then = Gynt
report-column-ratings = Sgorau
report-column-spread = Gwasgariad
report-column-scored-as = Sgôr a ddefnyddir

## Beth sydd wedi newid ers asesiad blaenorol

# $earlier names the earlier assessment.
report-change-since = Newid ers { $earlier }
# A note on what makes the two assessments hard to compare; $warning is one such note.
report-change-note = Noder: { $warning }.
report-overall = Cyffredinol
report-questions-moved = Cwestiynau a newidiodd gyfnod
report-no-question-moved = Ni newidiodd cyfnod unrhyw gwestiwn.
report-earlier-actions = Camau gweithredu blaenorol a’u statws bellach
report-no-earlier-actions = Ni chofnododd yr asesiad blaenorol unrhyw gamau gweithredu.
# In the earlier actions' "Now" column, for an action this year's assessment no longer has.
report-action-gone = heb ei restru mwyach
report-questions-in-one = Cwestiynau sydd mewn un asesiad yn unig
# (styled) $question is the question's id, in bold; $maturity its earlier figure.
report-only-earlier = { $question } — atebwyd yn flaenorol ({ $maturity }), ond nid yw’n gwestiwn yn y fframwaith bellach
# (styled) $question is the question's number and text, in bold.
report-only-now = { $question } — nid oedd yn yr asesiad blaenorol, a ddefnyddiodd fersiwn arall o’r fframwaith
# A question named by its number and text: "2.2 What economic impact do we have now?".
report-question-label = { $number } { $question }

## Sgorau grŵp

report-group-ratings = Sgorau’r grŵp
# One assessor's rating: "Alys 3".
report-rating = { $name } { $phase }
# Ratings listed: "Alys 3 · Bryn 5"; $init is those so far, $next the next one.
report-ratings = { $init } · { $next }
# Names listed (who added a piece of evidence): $init is those so far, $next the next one.
report-group-names = { $init }, { $next }
report-widest = Yr anghytundebau mwyaf
report-wide-intro = Cwestiynau heb gytundeb arnynt eto lle mae { $wide } neu ragor o gyfnodau rhwng sgorau’r aseswyr, y bwlch mwyaf yn gyntaf: pwyntiau trafod ar gyfer y gweithdy nesaf.
# (styled) $question is the question's number and text, in bold.
report-talking-point = { $question } — { $spread } ({ $ratings })
report-more-talking-points = Mae { $count } arall yn y tabl isod.
report-every-rating = Sgorau pob cwestiwn
# How a question is scored in a group: $value is its phase or median.
report-scored-median = { $value } (canolrif, heb gytundeb)
report-scored-agreed = { $value } (cytunedig)
report-scored-none = heb ei sgorio

## Adran maes a’i gwestiynau

# A domain's heading: "2. Economic impact".
report-domain-heading = { $number }. { $domain }
# Bold; $maturity is "3.3 (Delivering)" or "not yet rated".
report-domain-lead = Aeddfedrwydd { $maturity }
# (styled) $lead is report-domain-lead in bold.
report-domain-rated = { $lead } — sgoriwyd { $rated } o’r { $total ->
        [zero] { $total } cwestiwn allweddol
        [one] { $total } cwestiwn allweddol
        [two] { $total } gwestiwn allweddol
        [few] { $total } chwestiwn allweddol
        [many] { $total } chwestiwn allweddol
       *[other] { $total } cwestiwn allweddol
    }.
report-domain-rated-evidence = { $lead } — sgoriwyd { $rated } o’r { $total ->
        [zero] { $total } cwestiwn allweddol
        [one] { $total } cwestiwn allweddol
        [two] { $total } gwestiwn allweddol
        [few] { $total } chwestiwn allweddol
        [many] { $total } chwestiwn allweddol
       *[other] { $total } cwestiwn allweddol
    }; mae tystiolaeth ar gyfer { $with_evidence } o’r { $rated ->
        [zero] { $rated } cwestiwn a sgoriwyd
        [one] { $rated } cwestiwn a sgoriwyd
        [two] { $rated } gwestiwn a sgoriwyd
        [few] { $rated } chwestiwn a sgoriwyd
        [many] { $rated } chwestiwn a sgoriwyd
       *[other] { $rated } cwestiwn a sgoriwyd
    }.
report-provisional-domain = Maes dros dro: ein geiriad ein hunain yw hwn, gan nad oedd copi cyhoeddedig ar gael.
# (styled) $source is the domain's source, a link where it may be opened.
report-source = Ffynhonnell: { $source }
# What a screen reader says for the link to a domain's source.
report-source-alt = Tudalen y fframwaith ar gyfer { $domain }
# A question's heading: "2.2 What economic impact do we have now?".
report-question-heading = { $number } { $question }
report-narrative = Naratif
report-evidence = Tystiolaeth
report-ambition = Uchelgais (beth petai?)
report-actions = Camau gweithredu
# (styled) A part of a question with nothing in it: $section is its name (report-section-name), in bold.
report-section-empty = { $section } ni chofnodwyd dim.
report-section-name = { $name }:
report-untitled-evidence = Tystiolaeth heb deitl
# After a piece of evidence, its note (the user's text).
report-evidence-note = { " " }— { $note }
# After a piece of evidence or an action: who added it ($names lists them).
report-added-by = { " " }(ychwanegwyd gan: { $names })
report-link-deceptive = { " " }(dolen heb ei chynnwys: mae’n cuddio i ble mae’n arwain)
report-link-not-web = { " " }(dolen heb ei chynnwys: nid yw’n gyfeiriad gwe nac e-bost)
# Bold: a question's phase, its number and name.
report-phase = Cyfnod { $number } { $name }
report-agreed-phase = Cyfnod cytunedig { $number } { $name }
# (styled) $status is "not yet rated", in italic; the rest is bold.
report-phase-unrated = Cyfnod { $status }
report-phase-unagreed-lead = Cyfnod heb gytundeb eto:
# (styled) $lead is report-phase-unagreed-lead in bold; $median is the median phase.
report-phase-unagreed = { $lead } defnyddir canolrif cyfnodau’r aseswyr, { $median }, hyd nes y daw’r grŵp i gytundeb.
report-assessors-lead = Aseswyr:
# (styled) $lead is report-assessors-lead in bold; $talk is "yes" when the question is worth
# talking through at the next workshop.
report-assessors = { $lead } { $ratings } — { $spread }{ $talk ->
        [yes] ; gwerth ei drafod
       *[no] {""}
    }
report-rationale-lead = Pam y cyfnod hwn:
# (styled) $lead is report-rationale-lead in bold; $rationale is the group's own text.
report-rationale = { $lead } { $rationale }

## Y cynllun gweithredu

report-action-plan = Cynllun gweithredu
report-no-actions = Nid oes camau gweithredu wedi’u cofnodi eto.
report-plan-intro = Cofnodwyd { $count ->
        [zero] { $count } cam gweithredu
        [one] { $count } cam gweithredu
        [two] { $count } gam gweithredu
        [few] { $count } cham gweithredu
        [many] { $count } cham gweithredu
       *[other] { $count } cam gweithredu
    }: mae { $open } ar agor a chwblhawyd { $done }. Rhestrir y rhai sydd ar agor yn gyntaf, yn ôl eu dyddiad terfyn, o’r cynharaf ymlaen (y rhai heb ddyddiad ar y diwedd); nodir cwestiwn allweddol pob un yn ôl ei rif.
# Under the question of an action whose answer is in the appendix.
report-plan-not-in-framework = nid yw yn y fersiwn hon o’r fframwaith
report-open-actions = Camau gweithredu ar agor
report-every-action-done = Mae pob cam gweithredu wedi’i gwblhau.
report-done = Wedi’u cwblhau

## Y dull a’r atodiad

report-method = Dull
report-method-intro = Lluniwyd yr adroddiad hwn gan ddefnyddio Llyfr Gwaith Effaith Ddinesig, ar sail hunanasesiad y gweithgor yn erbyn { $framework } (fersiwn { $version }). Cyhoeddwr y fframwaith yw { $publisher }.
report-six-phases = Y chwe chyfnod cynnydd
# (styled) $phase is the phase's number and name, in bold.
report-method-phase = { $phase } — { $description }
report-method-phase-name = { $number } { $name }
report-provisional-scale = Mae enwau a disgrifiadau’r cyfnodau yn rhai dros dro: nid oedd y rhai cyhoeddedig ar gael inni, felly rydym wedi’u hysgrifennu yn ein geiriau ein hunain.
report-how-scored = Sut y cyfrifir y sgorau
report-rule-rated = Sgorir pob cwestiwn allweddol yn ôl y chwe chyfnod, neu caiff ei adael heb ei sgorio eto. Nid yw cwestiwn heb ei sgorio byth yn cyfrif fel sero.
report-rule-domain = Aeddfedrwydd maes yw cymedr cyfnodau ei gwestiynau a sgoriwyd, i un lle degol (talgrynnir haneri i fyny); y cyfnod y mae’n ei gyrraedd yw rhan gyfan y rhif hwnnw.
report-rule-overall = Aeddfedrwydd cyffredinol yw cymedr ffigurau aeddfedrwydd y meysydd a sgoriwyd, fel y’u dangosir, i un lle degol; fe’i rhoddir bob amser ynghyd â nifer y meysydd a’r cwestiynau a sgoriwyd.
report-rule-completion = Cyfradd cwblhau yw cyfran y cwestiynau allweddol a sgoriwyd. Cwmpas y dystiolaeth yw cyfran y cwestiynau a sgoriwyd sydd ag o leiaf un darn o dystiolaeth.
report-rule-links = Dim ond dolenni i gyfeiriadau gwe neu e-bost y mae modd clicio arnynt yn y dystiolaeth; caiff unrhyw ddolen arall ei hargraffu fel testun, gyda nodyn.
report-rule-group = Mewn asesiad grŵp, mae pob aseswr yn sgorio pob cwestiwn; defnyddir ar gyfer pob cwestiwn y cyfnod y cytunodd y grŵp arno, a hyd nes y daw’r grŵp i gytundeb, defnyddir canolrif cyfnodau’r aseswyr (cymedr y ddau werth canol pan fo nifer yr aseswyr yn eilrif). Rhestrir cwestiynau lle mae dau gyfnod neu ragor rhwng yr aseswyr fel pwyntiau trafod.
report-rule-earlier = Sgorir yr asesiad blaenorol yn yr un modd, yn erbyn y fframwaith a ddefnyddir nawr. Olrheinir cam gweithredu blaenorol drwy’r dynodydd sydd ganddo yn y ffeil: yr un cam gweithredu ydyw eleni, sut bynnag y mae wedi’i eirio bellach.
report-wording-source = O ble y daw’r geiriad
# (styled) $publisher is a link to the framework's publisher.
report-source-publisher = { $name }: { $publisher }
# What a screen reader says for the link to the publisher's website.
report-publisher-alt = Gwefan { $name }
report-source-provisional = { $domain }: dros dro, ein geiriad ein hunain
report-method-unknown = Mae’r asesiad hefyd yn cynnwys { $count ->
        [zero] { $count } ateb i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith: ni chânt eu sgorio, ac maent i’w gweld yn yr atodiad ar y diwedd.
        [one] { $count } ateb i gwestiwn nad yw yn y fersiwn hon o’r fframwaith: ni chaiff ei sgorio, ac mae i’w weld yn yr atodiad ar y diwedd.
        [two] { $count } ateb i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith: ni chânt eu sgorio, ac maent i’w gweld yn yr atodiad ar y diwedd.
        [few] { $count } ateb i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith: ni chânt eu sgorio, ac maent i’w gweld yn yr atodiad ar y diwedd.
        [many] { $count } ateb i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith: ni chânt eu sgorio, ac maent i’w gweld yn yr atodiad ar y diwedd.
       *[other] { $count } ateb i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith: ni chânt eu sgorio, ac maent i’w gweld yn yr atodiad ar y diwedd.
    }
report-method-closing = Offeryn ar gyfer myfyrio a dysgu gan gymheiriaid yw’r Fframwaith Effaith Ddinesig. Mae’r adroddiad hwn yn disgrifio barn un sefydliad ei hun am ei gynnydd, ac nid yw byth yn rhestru sefydliadau yn ôl eu safle.
report-appendix = Atebion i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith
report-appendix-intro = Mae’r asesiad yn cynnwys { $count ->
        [zero] { $count } ateb i gwestiynau nad ydynt yn y fframwaith hwn ({ $framework } { $version }), efallai o fersiwn gynharach o’r banc cwestiynau neu o fanc cwestiynau cyfaddas. Ni chânt eu sgorio, ac fe’u rhifir yma yn y drefn y cawsant eu cadw.
        [one] { $count } ateb i gwestiwn nad yw yn y fframwaith hwn ({ $framework } { $version }), efallai o fersiwn gynharach o’r banc cwestiynau neu o fanc cwestiynau cyfaddas. Ni chaiff ei sgorio, ac fe’i rhifir yma yn y drefn y cafodd ei gadw.
        [two] { $count } ateb i gwestiynau nad ydynt yn y fframwaith hwn ({ $framework } { $version }), efallai o fersiwn gynharach o’r banc cwestiynau neu o fanc cwestiynau cyfaddas. Ni chânt eu sgorio, ac fe’u rhifir yma yn y drefn y cawsant eu cadw.
        [few] { $count } ateb i gwestiynau nad ydynt yn y fframwaith hwn ({ $framework } { $version }), efallai o fersiwn gynharach o’r banc cwestiynau neu o fanc cwestiynau cyfaddas. Ni chânt eu sgorio, ac fe’u rhifir yma yn y drefn y cawsant eu cadw.
        [many] { $count } ateb i gwestiynau nad ydynt yn y fframwaith hwn ({ $framework } { $version }), efallai o fersiwn gynharach o’r banc cwestiynau neu o fanc cwestiynau cyfaddas. Ni chânt eu sgorio, ac fe’u rhifir yma yn y drefn y cawsant eu cadw.
       *[other] { $count } ateb i gwestiynau nad ydynt yn y fframwaith hwn ({ $framework } { $version }), efallai o fersiwn gynharach o’r banc cwestiynau neu o fanc cwestiynau cyfaddas. Ni chânt eu sgorio, ac fe’u rhifir yma yn y drefn y cawsant eu cadw.
    }
# An answer in the appendix, in its heading and in the action plan's question column: "Answer 2".
report-appendix-answer = Ateb { $number }

## Penawdau colofnau’r CSV (rhes gyntaf pob tabl)

report-csv-domain = Maes
report-csv-question-id = Dynodydd y cwestiwn
report-csv-question = Cwestiwn
report-csv-phase = Cyfnod
report-csv-phase-name = Enw’r cyfnod
report-csv-scored-as = Sgôr a ddefnyddir
report-csv-score = Sgôr
report-csv-assessor-phases = Cyfnodau’r aseswyr
report-csv-lowest = Isaf
report-csv-highest = Uchaf
report-csv-apart = Gwahaniaeth (cyfnodau)
report-csv-rationale = Rhesymeg
report-csv-narrative = Naratif
report-csv-ambition = Uchelgais
report-csv-evidence-count = Nifer y darnau o dystiolaeth
report-csv-evidence = Tystiolaeth
report-csv-action-count = Nifer y camau gweithredu
report-csv-action-id = Dynodydd y cam gweithredu
report-csv-action = Cam gweithredu
report-csv-owner = Perchennog
report-csv-due = Erbyn
report-csv-status = Statws
report-csv-added-by = Ychwanegwyd gan

## Celloedd y CSV

# How a question is scored: rated by one assessor, the group's agreed phase, the median.
report-csv-basis-rated = wedi’i sgorio
report-csv-basis-agreed = cytunedig
report-csv-basis-median = canolrif, heb gytundeb
report-csv-basis-none = heb ei sgorio
# The domain column of an answer to a question the framework does not have.
report-csv-not-in-framework = (nid yw yn y fframwaith hwn)
# A piece of evidence with its link.
report-csv-evidence-link = { $title } <{ $link }>
# A piece of evidence with its note (the user's text).
report-csv-evidence-note = { $evidence } — { $note }
# A piece of evidence and who added it.
report-csv-evidence-added = { $evidence } (ychwanegwyd gan: { $names })
# One assessor's phase: "Alys Jones: 3".
report-csv-rating = { $name }: { $phase }
# Assessors' phases listed: $init is those so far, $next the next one.
report-csv-ratings = { $init }; { $next }

## Pam na fu modd llunio adroddiad

report-error-fonts = nid oedd modd darllen y ffontiau sydd wedi’u cynnwys yn y rhaglen
# $reason says why.
report-error-pdf = nid oedd modd ysgrifennu’r PDF: { $reason }
# $problems lists what is wrong, separated by report-pdf-problems.
report-pdf-invalid = ni fyddai’n ddogfen PDF/UA-1 ddilys: { $problems }
report-pdf-problems = { $init }; { $next }
# $text is the text the font cannot draw.
report-pdf-no-glyph = nid oes gan y ffont glyff ar gyfer “{ $text }”
# $code is the character's code point: "U+E000".
report-pdf-codepoint = nid oes modd ysgrifennu’r nod { $code }
report-pdf-too-long-string = mae testun yn hwy nag y mae PDF yn ei ganiatáu
report-pdf-too-long-name = mae enw yn hwy nag y mae PDF yn ei ganiatáu
report-pdf-limit = mae’r ddogfen yn mynd y tu hwnt i un o derfynau PDF
report-pdf-nesting = mae graffigau wedi’u nythu’n rhy ddwfn
report-pdf-postscript = mae angen PostScript ar raddiant
report-pdf-colour = nid oes modd disgrifio lliw
report-pdf-no-text = nid oes testun y tu ôl i glyff
report-pdf-licence = mae trwydded ffont yn gwahardd mewnblannu’r ffont
report-pdf-no-language = nid oes iaith i’r ddogfen
report-pdf-no-title = nid oes teitl i’r ddogfen
report-pdf-no-alt = nid oes testun amgen i ffigur
report-pdf-no-heading-title = nid oes teitl i bennawd
report-pdf-no-outline = nid oes nodau tudalen yn y ddogfen
report-pdf-no-link-alt = nid oes testun amgen i ddolen
report-pdf-no-date = nid oes dyddiad i’r ddogfen
report-pdf-transparency = ni chaniateir tryloywder
report-pdf-interpolated = mae delwedd wedi’i rhyngosod
report-pdf-embedded-file = ni chaniateir ffeil wedi’i mewnblannu
report-pdf-untagged = nid yw’r ddogfen wedi’i thagio
report-pdf-embedded-pdf = ni chaniateir PDF wedi’i fewnblannu
report-pdf-newer-version = mae angen fersiwn fwy diweddar o PDF ar nodwedd

# The bilingual report's title and subject (metadata, running header): the Welsh first, then
# the English. $first and $second are the two, each already worded.
report-bilingual-title = { $first } / { $second }
