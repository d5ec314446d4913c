## app
## Tudalennau’r ap: y crynodeb, tudalennau’r meysydd, y rhestr ochr, y modd cyflwyno, y bar
## statws a’r sgrin groeso. Dangosir y dalfannau sy’n dal testun y defnyddiwr ei hun neu destun
## y fframwaith (teitl maes neu gwestiwn, enw cyfnod, sefydliad) fel y maent.

## Rhannau a rennir gan dudalennau’r ap

# Parts of a line joined to those before ($init) by a middle dot: the assessment's heading
# "Northshire University · Civic self-assessment · 2026–27", a retired action's line.
app-dot-separated = { $init } · { $next }
# A line of a bulleted list: an example of evidence, a retired answer's evidence or action.
app-bullet = • { $item }


## Tudalen y crynodeb

app-summary-title = Crynodeb
# Below the chart and bars: how the scores are meant and computed.
app-summary-scores-note = Proffil aeddfedrwydd i gychwyn sgwrs yw’r sgoriau, nid tabl cynghrair. Aeddfedrwydd maes yw cymedr cyfnodau ei gwestiynau sydd wedi’u sgorio, i un lle degol; yr aeddfedrwydd cyffredinol yw cymedr y meysydd sydd wedi’u sgorio. Nid yw cwestiynau heb eu sgorio byth yn cyfrif fel sero.
app-summary-key-messages = Negeseuon allweddol

# The figure cards' names and the line under each figure.
app-summary-overall-maturity = Aeddfedrwydd cyffredinol
app-summary-across-domains = ar draws { $rated } o { $total ->
        [zero] { $total } maes
        [one] { $total } maes
        [two] { $total } faes
        [few] { $total } maes
        [many] { $total } maes
       *[other] { $total } maes
    }
app-summary-completion = Cwblhau
app-summary-questions-rated = { $rated } o { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
app-summary-evidence-coverage = Cwmpas y dystiolaeth
# $evidence of the $rated rated questions have evidence.
app-summary-with-evidence = Tystiolaeth ar gyfer { $evidence } o { $rated ->
        [zero] { $rated } cwestiwn wedi’u sgorio
        [one] { $rated } cwestiwn wedi’i sgorio
        [two] { $rated } gwestiwn wedi’u sgorio
        [few] { $rated } chwestiwn wedi’u sgorio
        [many] { $rated } chwestiwn wedi’u sgorio
       *[other] { $rated } cwestiwn wedi’u sgorio
    }

# A domain's bar: $value is its maturity and phase (or "Not yet rated"), $rated and $total
# count its questions; when comparing, $earlier is its earlier maturity.
app-summary-bar = { $value } · { $rated }/{ $total } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
app-summary-bar-was = { $value } · { $rated }/{ $total } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    } · { $earlier } o’r blaen
app-summary-bar-was-unrated = { $value } · { $rated }/{ $total } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    } · heb ei sgorio o’r blaen
app-summary-go-to-domain = Mynd i’r maes hwn
app-summary-go-to-question = Mynd i’r cwestiwn hwn

## Crynodeb ffeil grŵp, wedi’i sgorio gan sawl aseswr

app-summary-group-heading = Sgoriau’r grŵp
app-summary-widest-heading = Yr anghytundebau mwyaf, i’w trafod
# Before a talking point's question text (a link): its number and the spread of ratings.
app-summary-talking-point = { $number } · { $spread }:

## Y crynodeb wrth gymharu ag asesiad blaenorol

# $label names the earlier assessment: its period, "2025–26".
app-summary-change-since = Newid ers { $label }
# $path is the earlier assessment's file.
app-summary-compared-with = Yn cymharu â’r ffeil { $path }
app-summary-stop-comparing = Peidio â chymharu
app-summary-column-domain = Maes
app-summary-column-question = Cwestiwn
app-summary-column-earlier = O’r blaen
app-summary-column-now = Nawr
app-summary-column-change = Newid
app-summary-overall = Cyffredinol
app-summary-moved-heading = Cwestiynau a symudodd ({ $count })
# A question that moved: its number ("5.2") and text.
app-summary-question = { $number } { $text }
app-summary-earlier-actions = Camau gweithredu blaenorol ({ $count })
# An earlier action: its description, its question's text, its status then and now.
app-summary-earlier-action = { $action } ({ $question }) — { $earlier } bryd hynny, { $now } nawr
app-summary-earlier-action-gone = { $action } ({ $question }) — { $earlier } bryd hynny, nid yw ar y rhestr mwyach
app-summary-only-one-heading = Cwestiynau mewn un yn unig o’r ddau asesiad
# $id is a question's identifier in the earlier file, $value its earlier score.
app-summary-only-earlier = { $id } ({ $value }): atebwyd o’r blaen, ond nid yw’n gwestiwn yn y fframwaith bellach
app-summary-only-current = { $question }: nid yw yn yr asesiad blaenorol, a ddefnyddiodd fersiwn arall o’r fframwaith

## Camau gweithredu ar agor yn y crynodeb

app-summary-open-actions = Camau gweithredu ar agor ({ $count })
app-summary-no-open-actions = Dim camau gweithredu ar agor.
app-summary-column-due = Erbyn
app-summary-column-action = Cam gweithredu
app-summary-column-owner = Perchennog
app-summary-column-status = Statws
app-summary-no-date = Dim dyddiad
# A due date and how late it is: "20 Jan 2027, 3 weeks overdue".
app-summary-due-late = { $due }, { $late }
app-summary-no-description = (dim disgrifiad)
app-summary-no-owner = dim perchennog eto
# An action's owner and status: "Jo Bloggs · In progress".
app-summary-owner-status = { $owner } · { $status }
app-summary-go-to-action-domain = Mynd i faes y cam gweithredu hwn

## Tudalen maes

app-domain-missing = Nid yw’r maes hwn yn y fframwaith sy’n cael ei ddefnyddio.
# A question card's name for screen readers: its number ("1.2") and text.
app-domain-card-name = Cwestiwn allweddol { $number }: { $question }
# Above a question: its place among the domain's key questions.
app-domain-question-of = Cwestiwn allweddol { $number } o { $count }
app-domain-examples = Enghreifftiau o dystiolaeth
# The group's reason for the phase agreed: its label, its hint, and its name for screen
# readers with the question's number ("Why this phase, 1.1").
app-domain-rationale = Pam y cyfnod hwn
app-domain-rationale-hint = Un llinell yn esbonio pam y cytunodd y grŵp arno
app-domain-rationale-name = Pam y cyfnod hwn, { $number }
app-domain-narrative = Naratif
app-domain-narrative-hint = Ble rydyn ni arni, a pham rydyn ni’n dweud hynny?
app-domain-narrative-name = Naratif, { $number }
app-domain-ambition = Uchelgais (beth petai?)
app-domain-ambition-hint = Beth hoffen ni ei weld yn wir?
app-domain-ambition-name = Uchelgais, { $number }
# Before each assessor's rating of a question in a group's file.
app-assessors = Aseswyr
# One assessor's rating: their name and the phase's number ("Alys 3").
app-assessor-rating = { $name } { $phase }
app-domain-one-assessor = Dim ond un aseswr a’i sgoriodd
# The assessors' ratings of a question: the lowest and highest phase, the median ("2.5"),
# and how far apart they are in words ($apart: "1 phase apart", "all agree").
# $state is "talk" (wide apart, not agreed), "agreed" (wide apart, agreed since) or "close".
app-domain-spread = Ystod { $lowest }–{ $highest }, canolrif { $median } · { $apart }{ $state ->
        [talk] : mae’n werth ei drafod
        [agreed] , cytunwyd arno bellach
       *[other] {""}
    }
# The buttons at a page's foot to the previous and next page ($domain is its title).
app-nav-previous-domain = ‹ { $domain }
app-nav-previous-details = ‹ Manylion yr asesiad
app-nav-next-domain = { $domain } ›
app-nav-next-summary = Crynodeb ›

## Beth mae bysellau 1–6 yn ei wneud ar dudalen maes, yn y bar statws ($number yw rhif cwestiwn, “1.2”)

app-key-hint-rates = Bysellau 1–6 i sgorio { $number }, 0 i glirio
app-key-hint-typing = Yn teipio: Esc, yna bysellau 1–6 i sgorio { $number }
app-key-hint-out-of-sight = Mae { $number } allan o’r golwg: cliciwch ar gwestiwn i’w sgorio
app-key-hint-no-question = Cliciwch ar gwestiwn neu bwyswch Tab i fynd i’w gyfnodau, yna sgoriwch â bysellau 1–6

## Pennyn tudalen maes, a’r hyn a ddywedodd yr asesiad blaenorol wrth gymharu

# Above the domain's title: its place among the framework's domains.
app-header-domain-of = Maes { $number } o { $count }
app-header-provisional = Maes dros dro: ein geiriad ni yw hwn, gan nad oedd copi cyhoeddedig ar gael.
# Before the address of the framework's page for the domain.
app-header-source = Ffynhonnell
# $address is the framework's web address for the domain.
app-header-source-hover = Agor tudalen y fframwaith yn eich porwr: { $address }
# A domain's maturity and the name of the phase it reaches: "Maturity 3.3 (Delivering)".
app-header-maturity-now = Aeddfedrwydd { $maturity } ({ $phase })
# The header's maturity line: $now is app-header-maturity-now (or "Not yet rated"); $rated of
# $total questions are rated. When comparing, $earlier is the earlier maturity and $change
# the change ("+0.6", "no change").
app-header-maturity = { $now } · { $rated } o { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
app-header-maturity-not-rated-earlier = { $now }, heb ei sgorio o’r blaen · { $rated } o { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
app-header-maturity-was-change = { $now }, { $earlier } o’r blaen ({ $change }) · { $rated } o { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
app-header-maturity-was = { $now }, { $earlier } o’r blaen · { $rated } o { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
# When the questions rated differ between the two assessments: what the change counts.
app-header-none-both = Ni sgoriwyd yr un cwestiwn y ddwy waith, felly nid oes newid i’w ddangos.
app-header-like-for-like = Tebyg at ei debyg, ar y { $both ->
        [zero] { $both } cwestiwn
        [one] { $both } cwestiwn
        [two] { $both } gwestiwn
        [few] { $both } chwestiwn
        [many] { $both } chwestiwn
       *[other] { $both } cwestiwn
    } a sgoriwyd y ddwy waith: { $change }.
app-header-apart-first = Nid yw { $first ->
        [zero] { $first } cwestiwn
        [one] { $first } cwestiwn
        [two] { $first } gwestiwn
        [few] { $first } chwestiwn
        [many] { $first } chwestiwn
       *[other] { $first } cwestiwn
    } a sgoriwyd am y tro cyntaf yn cyfrif fel newid.
app-header-apart-gone = Nid yw { $gone ->
        [zero] { $gone } cwestiwn
        [one] { $gone } cwestiwn
        [two] { $gone } gwestiwn
        [few] { $gone } chwestiwn
        [many] { $gone } chwestiwn
       *[other] { $gone } cwestiwn
    } na sgoriwyd y tro hwn yn cyfrif fel newid.
app-header-apart-both = Nid yw’r rhain yn cyfrif fel newid: { $first ->
        [zero] { $first } cwestiwn
        [one] { $first } cwestiwn
        [two] { $first } gwestiwn
        [few] { $first } chwestiwn
        [many] { $first } chwestiwn
       *[other] { $first } cwestiwn
    } a sgoriwyd am y tro cyntaf; { $gone ->
        [zero] { $gone } cwestiwn
        [one] { $gone } cwestiwn
        [two] { $gone } gwestiwn
        [few] { $gone } chwestiwn
        [many] { $gone } chwestiwn
       *[other] { $gone } cwestiwn
    } na sgoriwyd y tro hwn.
# The two sentences above: what is compared ($both), then what is left out ($apart).
app-header-like-for-like-line = { $both } { $apart }
# A whole phase: its number and name ("2 Planning").
app-phase-number-name = { $number } { $phase }
# Above a question's phases when comparing: $label names the earlier assessment ("2025–26"),
# $said is its rating then ("2 Planning", a median "2.5", or "not yet rated").
app-earlier = O’r blaen ({ $label }): { $said }

## Rhestr ochr y tudalennau

app-list-no-institution = Sefydliad heb ei enwi eto
app-list-details = Manylion yr asesiad
# The summary's second line: the overall maturity ("3.1") and how many questions are rated.
app-list-summary = Cyffredinol { $overall } · { $rated } o { $total ->
        [zero] { $total } cwestiwn
        [one] { $total } cwestiwn
        [two] { $total } gwestiwn
        [few] { $total } chwestiwn
        [many] { $total } chwestiwn
       *[other] { $total } cwestiwn
    } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    }
app-list-summary-none = Dim cwestiwn wedi’i sgorio eto
# The details' second line: the team's size, and answers kept for questions the framework no
# longer asks.
app-list-members = { $members ->
        [zero] Dim aelodau tîm
        [one] { $members } aelod tîm
       *[other] { $members } aelod tîm
    }
app-list-members-answers = { $members ->
        [zero] Dim aelodau tîm
        [one] { $members } aelod tîm
       *[other] { $members } aelod tîm
    } · { $answers ->
        [zero] dim atebion
        [one] { $answers } ateb
       *[other] { $answers } ateb
    } i gwestiynau blaenorol
# A domain's entry: its number and title.
app-list-domain-title = { $number } { $title }
# A domain's second line: questions rated of all, and its maturity with the phase reached
# ("3.3 Delivering") or "not yet rated".
app-list-domain = { $rated }/{ $total } { $rated ->
        [one] wedi’i sgorio
       *[other] wedi’u sgorio
    } · { $maturity }
# When comparing: the line above ($line), the change ("+0.6", "no change") since the earlier
# assessment, named by its period ("2025–26") or app-list-earlier.
app-list-domain-change = { $line } · { $change } ers { $earlier }
app-list-earlier = y tro diwethaf
# An entry's tooltip: $page is its title.
app-list-go-to = Dangos { $page }

## Y rheolydd sgorio: chwe chyfnod cwestiwn

# The control's label in a single assessor's file, and its name for screen readers with the
# question's number ("Phase, 1.1").
app-picker-phase = Cyfnod
app-picker-phase-name = Cyfnod, { $number }
app-picker-not-rated-hover = Heb ei drafod neu heb gytuno arno eto: nid yw’n cyfrif mewn unrhyw sgôr (bysell 0)
# The same in a group's file, where the phase is the one the assessors agreed.
app-picker-agreed = Cyfnod cytunedig
app-picker-agreed-name = Cyfnod cytunedig, { $number }
app-picker-not-agreed = Heb gytuno arno eto
app-picker-not-agreed-hover = Heb gytuno arno eto: mae canolrif cyfnodau’r aseswyr yn cyfrif nes i chi gytuno (bysell 0)
# The choice of no phase, keyed 0 like the phases: $unset is "Not yet rated" or "Not yet
# agreed". Its name for screen readers, then the text on the button.
app-picker-unset-name = 0 { $unset }
app-picker-unset = 0 · { $unset }
app-picker-keys = Bysellau 1–6 i sgorio, 0 i glirio
# Below the phases: the chosen phase's name and the framework's description of it.
app-picker-description = { $phase }: { $description }
# $median is the median of the assessors' phases ("2.5").
app-picker-median = Heb gytuno arno eto: mae canolrif cyfnodau’r aseswyr, { $median }, yn cyfrif nes i’r grŵp gytuno
app-picker-unrated = Heb ei sgorio eto: dewiswch y cyfnod sydd, ym marn y grŵp, yn disgrifio orau ble rydych chi arni

## Modd cyflwyno: un cwestiwn allweddol mewn print bras, ar gyfer ystafell

app-presenter-missing = Nid yw’r cwestiwn hwn yn y fframwaith sy’n cael ei ddefnyddio.
# Where the room is: the question's number ("5.2"), its domain's title, and its place among
# all the framework's questions.
app-presenter-place = { $number } · { $domain } · cwestiwn { $position } o { $total }
app-presenter-narrative-hint = Ble rydyn ni arni, a pham rydyn ni’n dweud hynny? Teipiwch yma wrth i’r ystafell drafod.
# Buttons to the previous and next question (also the status bar's previous and next page).
app-previous = ‹ Blaenorol
app-next = Nesaf ›
app-presenter-previous-hover = Y cwestiwn blaenorol (saeth chwith neu Page Up)
app-presenter-next-hover = Y cwestiwn nesaf (saeth dde neu Page Down)
app-presenter-stop-hover = Yn ôl i’r llyfr gwaith, at y cwestiwn hwn (Esc)
app-presenter-show-names = Dangos enwau
app-presenter-hide-names = Cuddio enwau
app-presenter-names-hover = Dangos neu guddio pwy roddodd pa sgôr (N)
# $phase is the number of the one phase given.
app-presenter-one-assessor = Dim ond un aseswr a’i sgoriodd: { $phase }
# What the earlier assessment said of the question ($label names it: "2025–26"), and now:
# each "3 Delivering", a median "2.5" or "not yet rated"; $change is "+1.0", "no change".
app-presenter-earlier = O’r blaen ({ $label }): { $earlier } · nawr { $now }
app-presenter-earlier-change = O’r blaen ({ $label }): { $earlier } · nawr { $now }, { $change }

## Siart radar y crynodeb

# Under a domain's name at the end of its axis: its maturity now ("3.3") and earlier.
app-radar-earlier = { $value } ({ $earlier } o’r blaen)

## Y bar statws

app-status-previous-page = Tudalen flaenorol
app-status-next-page = Tudalen nesaf
app-status-unsaved = Newidiadau heb eu cadw
app-status-never-saved = Heb ei gadw mewn ffeil eto
# $file is the name of the file being exported.
app-status-exporting = Wrthi’n allforio { $file }…
app-status-exporting-then-quit = Wrthi’n allforio { $file }… bydd y ffenestr yn cau pan fydd wedi gorffen
# A tooltip and the keyboard shortcut that does the same ("Ctrl+S").
app-with-shortcut = { $text } ({ $shortcut })

## Y sgrin groeso, a ddangosir pan nad oes asesiad ar agor

app-welcome-title = Llyfr Gwaith Effaith Ddinesig
# $framework is the framework's title, $publisher the body that published it.
app-welcome-intro = Aseswch eich rôl ddinesig drwy ddefnyddio { $framework } ({ $publisher }): saith maes, eu cwestiynau allweddol, a chwe chyfnod cynnydd.
app-welcome-new = Asesiad newydd
app-welcome-new-hover = Dechrau asesiad gwag
app-welcome-open = Agor…
app-welcome-open-hover = Agor ffeil asesiad (.civic.json)
app-welcome-demo = Agor yr asesiad enghreifftiol
app-welcome-demo-hover = Enghraifft wedi’i chwblhau’n rhannol, o brifysgol ddychmygol
app-welcome-recent = Agor diweddar
app-welcome-drop = Gallwch hefyd ollwng ffeil .civic.json ar y ffenestr hon.

## Atebion a gadwyd i gwestiynau nad yw’r fframwaith yn eu gofyn mwyach, ar dudalen y manylion

app-retired-heading = Atebion i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith ({ $count })
app-retired-explained = Nid yw’r fersiwn hon o’r fframwaith yn gofyn y cwestiynau hyn. Cedwir eu hatebion yn y ffeil, ac fe’u dangosir ar ddiwedd yr adroddiad, ond ni chânt eu sgorio.
# $id is the question's identifier in the file.
app-retired-question = Cwestiwn { $id }
# The phase given: its number and the framework's name for it.
app-retired-phase = Cyfnod { $number }: { $phase }
# $ratings lists each assessor's name and phase ("Alys 3, Bryn 4").
app-retired-assessors = Aseswyr: { $ratings }
app-retired-rationale = Rhesymeg
app-retired-ambition = Beth petai?
app-retired-evidence = Tystiolaeth
app-retired-actions = Camau gweithredu

## Tystiolaeth cwestiwn, a’r enwau y mae darllenwyr sgrin yn eu rhoi i bob eitem yn rhestrau cwestiwn

# Why a link is not opened: $problem says what is wrong with it.
app-link-warning = Rhybudd: heb ei hagor, { $problem }
# $kind is "evidence" or "action" (a key, not shown); $position its place in the list (from 1);
# $question the question's number ("1.1"); $title the item's title (an action's description).
# A field of an item, $field its label: "Title, evidence 2 of 1.1".
app-item-field = { $field }, { $kind ->
        [evidence] tystiolaeth
       *[action] cam gweithredu
    } { $position } o { $question }
# An item in words, when it has no title ("evidence 2"), when its title says which ("evidence
# ‘Civic strategy 2030’"), and when another item has the same title.
app-item-numbered = { $kind ->
        [evidence] tystiolaeth
       *[action] cam gweithredu
    } { $position }
app-item-titled = { $kind ->
        [evidence] tystiolaeth
       *[action] cam gweithredu
    } ‘{ $title }’
app-item-numbered-titled = { $kind ->
        [evidence] tystiolaeth
       *[action] cam gweithredu
    } { $position }, ‘{ $title }’
# $item is one of the three above.
app-item-remove = Tynnu { $item } o { $question }
app-item-removed = Tynnwyd { $item } o { $question }. Gallwch ddadwneud hyn â Golygu › Dadwneud.
# Another control of an item, $control its label: "Status of action ‘Brief the council’, 1.1".
app-item-control = { $control } ar gyfer { $item }, { $question }
app-evidence-heading = Tystiolaeth ({ $count })
app-evidence-none = Dim tystiolaeth eto.
# A piece of evidence's name for screen readers.
app-evidence-row = Tystiolaeth { $position }
app-evidence-add = Ychwanegu tystiolaeth
app-evidence-add-hover = Ychwanegu dogfen, ffynhonnell ddata neu ddolen
app-evidence-title = Teitl
app-evidence-title-hint = Beth ydyw
app-evidence-link = Dolen
app-evidence-link-hint = https://…
app-evidence-note = Nodyn
app-evidence-note-hint = Beth mae’n ei ddangos
app-evidence-open = Agor y ddolen
app-evidence-open-hover = Agor yn eich porwr
app-evidence-open-disabled = Dim ond dolenni http, https a mailto y gellir eu hagor
app-evidence-remove = Tynnu
app-evidence-remove-hover = Tynnu’r dystiolaeth hon (mae Golygu › Dadwneud yn dod â hi’n ôl)
# $names lists the assessors who added it.
app-evidence-added-by = Ychwanegwyd gan: { $names }

## Llwybrau byr y bysellfwrdd mewn cynghorion (“Ctrl+S”): enwau’r bysellau addasu a bysellau eraill
