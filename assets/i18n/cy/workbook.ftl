## workbook
## Geiriau’r rhaglen bwrdd gwaith ei hun: gorchmynion y dewislenni, dadwneud ac ail-wneud,
## negeseuon, teitl y ffenestr, pwy arall sydd â ffeil ar agor, uno, deialogau ffeiliau ac amseroedd.

# The application's name as people read it: the window's title and About.
wb-app-name = Llyfr Gwaith Effaith Ddinesig

# The window's title. $file is the open file's name (or wb-untitled-name); $read_only and
# $dirty are "yes" or "no" (unsaved changes: a bullet); $app is wb-app-name.
wb-window-title = { $file }{ $read_only ->
        [yes] {" "}(darllen yn unig)
       *[no] {""}
    }{ $dirty ->
        [yes] {" "}•
       *[no] {""}
    } — { $app }

# A date and time: "7 Rhag 2026 am 09:30". $date is a short date, $time a time of day.
wb-date-at-time = { $date } am { $time }

## Gorchmynion y dewislenni (hefyd y botymau a rhestr y llwybrau byr). “…” lle mae deialog yn dilyn.

wb-cmd-new = Asesiad newydd
wb-cmd-open = Agor…
wb-cmd-save = Cadw
wb-cmd-save-as = Cadw fel…
wb-cmd-export-pdf = Allforio PDF…
wb-cmd-undo = Dadwneud
wb-cmd-redo = Ail-wneud
wb-cmd-next-domain = Y maes nesaf
wb-cmd-previous-domain = Y maes blaenorol
wb-cmd-zoom-in = Chwyddo mewn
wb-cmd-zoom-out = Chwyddo allan
wb-cmd-zoom-reset = Maint gwirioneddol
wb-cmd-quit = Gadael
wb-cmd-open-demo = Agor yr asesiad enghreifftiol
wb-cmd-clear-recent = Clirio’r ffeiliau diweddar
wb-cmd-open-read-only = Agor i ddarllen yn unig
wb-cmd-open-anyway = Agor beth bynnag
wb-cmd-combine-assessments = Cyfuno asesiadau…
wb-cmd-compare-with-earlier = Cymharu ag asesiad blaenorol…
wb-cmd-clear-comparison = Gorffen cymharu
wb-cmd-export-csv = Allforio CSV…
wb-cmd-export-markdown = Allforio Markdown…
# The bar saying someone else changed the open file: its four choices.
wb-cmd-merge-outside = Uno â’m fersiwn i
wb-cmd-show-outside-changes = Dangos y newidiadau
wb-cmd-reload-theirs = Ail-lwytho’u fersiwn nhw
wb-cmd-keep-mine = Cadw fy fersiwn i
wb-cmd-merge-copy = Uno copi arall…
# View ▸ Messages: the log of this session's messages.
wb-cmd-toggle-message-log = Negeseuon
wb-cmd-show-problems = Problemau’r ffeil
# Presenter mode: one key question at a time, full screen.
wb-cmd-present = Cyflwyno
wb-cmd-stop-presenting = Gorffen cyflwyno
# Presenter mode: hide the assessors' names beside their ratings.
wb-cmd-toggle-names = Cuddio enwau
wb-cmd-show-help-guide = Cynnal gweithdy
wb-cmd-show-help-shortcuts = Llwybrau byr bysellfwrdd
wb-cmd-show-help-about = Ynghylch
wb-cmd-focus-menu-bar = Mynd i’r bar dewislen
wb-cmd-clipboard-cut = Torri
wb-cmd-clipboard-copy = Copïo
wb-cmd-clipboard-paste = Gludo
wb-cmd-clipboard-select-all = Dewis popeth

## Botymau a gynigir gyda neges.

wb-action-open-pdf = Agor y PDF
wb-action-open-file = Agor y ffeil
wb-action-open-folder = Agor y ffolder
wb-action-show-problems = Dangos y problemau
wb-action-show-details = Dangos y manylion
wb-action-open-backup = Agor y copi wrth gefn
# $file: the name of a copy a sync tool left beside the open file.
wb-action-merge-copy = Uno { $file }

## Dadwneud ac ail-wneud. $question yw rhif cwestiwn (“2.1”); $item yw eitem a enwir isod;
## $field yw maes testun a enwir isod.

# The Edit menu's items: "Dadwneud golygu 3.1 Naratif". $change is one of the wb-undo-* below
# (verb-nouns, so that "Dadwneud …" needs no mutation).
wb-undo-menu = Dadwneud { $change }
wb-redo-menu = Ail-wneud { $change }
wb-undo-typing = golygu { $field }
wb-undo-rating = sgorio { $question }
wb-undo-adding-member = ychwanegu aelod
wb-undo-removing-member = tynnu { $item }
wb-undo-adding-evidence = ychwanegu tystiolaeth at { $question }
wb-undo-removing-item = tynnu { $item } o { $question }
wb-undo-adding-action = ychwanegu cam gweithredu at { $question }
wb-undo-action-status = newid statws { $item } yn { $question }
wb-undo-replace = newidiadau o gopi arall

# What undo and redo did: "Wedi dadwneud: tynnu tystiolaeth ‘Strategaeth ddinesig 2030’ o 1.1".
# $change is one of the wb-done-* below (verb-nouns, like wb-undo-*).
wb-undid = Wedi dadwneud: { $change }
wb-redid = Wedi ail-wneud: { $change }
wb-done-changed = newid { $field }
# $phase is the phase's number, $name its name: "sgorio 2.2 fel 4 Ymgorffori".
wb-done-rated = sgorio { $question } fel { $phase } { $name }
wb-done-cleared-rating = clirio sgôr { $question }
wb-done-added-member = ychwanegu aelod
wb-done-removed-member = tynnu { $item }
wb-done-added-evidence = ychwanegu tystiolaeth at { $question }
wb-done-removed-item = tynnu { $item } o { $question }
wb-done-added-action = ychwanegu cam gweithredu at { $question }
# $status is the action's new status; after a colon, so it needs no mutation.
wb-done-marked = newid statws { $item } yn { $question }: { $status }
wb-done-replace = derbyn newidiadau o gopi arall

# The message after a removal, offering Undo.
wb-removed-member = Tynnwyd { $item }
wb-removed-item = Tynnwyd { $item } o { $question }

# An item by its name ($name: the person's own text, shortened) or by its place ($number).
wb-item-member-named = aelod ‘{ $name }’
wb-item-member-numbered = aelod { $number }
wb-item-evidence-named = tystiolaeth ‘{ $name }’
wb-item-evidence-numbered = tystiolaeth { $number }
wb-item-action-named = cam gweithredu ‘{ $name }’
wb-item-action-numbered = cam gweithredu { $number }

# A text field: $member and $item count from 1.
wb-field-institution = Sefydliad
wb-field-title = Teitl
wb-field-period = Cyfnod asesu
wb-field-language = Iaith yr atebion
wb-field-member-name = enw aelod { $member }
wb-field-member-role = rôl aelod { $member }
wb-field-narrative = { $question } Naratif
wb-field-ambition = { $question } Uchelgais
wb-field-rationale = { $question } Pam y cyfnod hwn
wb-field-evidence-title = tystiolaeth { $item } yn { $question }, teitl
wb-field-evidence-link = tystiolaeth { $item } yn { $question }, dolen
wb-field-evidence-note = tystiolaeth { $item } yn { $question }, nodyn
wb-field-action-description = cam gweithredu { $item } yn { $question }, disgrifiad
wb-field-action-owner = cam gweithredu { $item } yn { $question }, perchennog
wb-field-action-due = cam gweithredu { $item } yn { $question }, dyddiad terfyn

## Agor a chadw. $file yw enw ffeil, $path llwybr cyfan, $reason y rheswm (brawddeg gan yr haen
## storio).

# A new assessment's title until the person changes it.
wb-new-title = Hunanasesiad effaith ddinesig
# The name shown (title bar, status bar) while there is no file.
wb-untitled-name = Asesiad heb deitl
wb-demo-name = Asesiad enghreifftiol
wb-group-name = Asesiad grŵp
wb-backup-name = { $file } (copi wrth gefn)
# Names the built-in demo in an error about it (no article, so it never needs contracting).
wb-demo-path = asesiad enghreifftiol
# The status bar.
wb-file-opened = Agorwyd { $file }
wb-file-saved = Cadwyd { $file } am { $time }
wb-backup-opened = Agorwyd y copi a wnaed wrth gadw ddiwethaf. I’w gadw, dewiswch Ffeil › Cadw fel…
wb-not-opened = Nid oedd modd agor { $file }. { $reason }
wb-not-opened-backup = Nid oedd modd agor { $file }. { $reason } Gallwch agor y copi a wnaed wrth ei chadw ddiwethaf yn lle hynny.
wb-backup-not-opened = Nid oedd modd agor y copi wrth gefn chwaith. { $reason }
wb-demo-not-opened = Nid oedd modd agor yr asesiad enghreifftiol. { $reason }
# Merging another copy ($file) of the assessment, which could not be read.
wb-merge-copy-not-read = Ni chafodd dim ei uno: nid oedd modd darllen { $file }. { $reason }
wb-file-problems = { $count ->
        [zero] Nid oes problemau yn y ffeil hon.
        [one] Mae angen edrych ar un broblem yn y ffeil hon.
        [two] Mae angen edrych ar { $count } broblem yn y ffeil hon.
        [few] Mae angen edrych ar { $count } problem yn y ffeil hon.
        [many] Mae angen edrych ar { $count } phroblem yn y ffeil hon.
       *[other] Mae angen edrych ar { $count } problem yn y ffeil hon.
    }
wb-not-saved-not-assessment = Heb ei gadw: nid yw’r ffeil sydd yno yn asesiad y gall y llyfr gwaith hwn ei ddarllen, felly ni chafodd ei chyffwrdd; dewiswch enw arall: { $path }
# Under the box for a typed path, when no file dialog could be shown.
wb-typed-path-empty = Teipiwch lwybr llawn ffeil
wb-typed-path-combine = Teipiwch lwybrau ffeiliau dau aseswr neu fwy, gyda ; rhyngddynt
wb-typed-path-exists = Mae ffeil â’r enw hwn yno’n barod; dewiswch enw arall
wb-typed-path-not-saved = Heb ei gadw yno; darllenwch y neges, neu dewiswch le arall
# $to and $from are versions of the question bank ("2.0"); $carried and $apart count answers.
# "ateb" does not mutate after numbers, so one and other suffice.
wb-moved = Symudwyd i fersiwn { $to }, a throsglwyddwyd { $carried ->
        [one] 1 ateb
       *[other] { $carried } ateb
    }. I gadw’r newid, cadwch y ffeil; i aros gyda fersiwn { $from }, caewch hi heb ei chadw.
wb-moved-kept-apart = Symudwyd i fersiwn { $to }, a throsglwyddwyd { $carried ->
        [one] 1 ateb
       *[other] { $carried } ateb
    }. { $apart ->
        [one] Mae 1 ateb i gwestiwn nad yw fersiwn { $to } yn ei ofyn mwyach wedi’i gadw ar wahân
       *[other] Mae { $apart } ateb i gwestiynau nad yw fersiwn { $to } yn eu gofyn mwyach wedi’u cadw ar wahân
    }, ar ddiwedd yr adroddiad. I gadw’r newid, cadwch y ffeil; i aros gyda fersiwn { $from }, caewch hi heb ei chadw.
# $reason: why, from the question bank's migration.
wb-not-moved = Ni symudwyd: { $reason }.

## Gwallau y mae’r llyfr gwaith yn eu geirio ei hun.

wb-failure-no-assessment = Nid oes asesiad ar agor.
# $detail: the system's reason. "it" is the export.
wb-failure-not-started = nid oedd modd ei gychwyn: { $detail }
wb-failure-stopped = daeth yr allforio i ben yn annisgwyl

## Allforio. $path yw lle cafodd y ffeil ei hysgrifennu.

wb-export-under-way = Mae allforio ar waith eisoes.
wb-pdf-not-exported = Ni chafodd yr adroddiad ei allforio: { $reason }
wb-not-exported = Ni chafodd dim ei allforio: { $reason }
wb-pdf-exported = Adroddiad wedi’i allforio: { $path }
# $count: answers to questions not in the framework's version in use.
wb-pdf-exported-unknown = Adroddiad wedi’i allforio: { $path }. Mae’n cynnwys { $count ->
        [one] 1 ateb
       *[other] { $count } ateb
    } i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith, mewn atodiad.
# $actions: the path of the actions table written beside it.
wb-csv-exported = Allforiwyd y cwestiynau i { $path } a’r camau gweithredu i { $actions }
wb-markdown-exported = Markdown wedi’i allforio: { $path }
wb-markdown-exported-unknown = Markdown wedi’i allforio: { $path }. Mae’n cynnwys { $count ->
        [one] 1 ateb
       *[other] { $count } ateb
    } i gwestiynau nad ydynt yn y fersiwn hon o’r fframwaith, mewn atodiad.
# $count: how many fields have characters no bundled font has. "maes testun" (text field),
# never bare "maes", which is a domain.
wb-unprintable = Mae’r adroddiad yn dangos rhai nodau fel blychau gwag: nid oes gan yr un o’r ffontiau sy’n dod gyda’r llyfr gwaith y nodau hynny (mewn { $count ->
        [zero] { $count } maes testun
        [one] 1 maes testun
        [two] { $count } faes testun
        [few] { $count } maes testun
        [many] { $count } maes testun
       *[other] { $count } maes testun
    }). Mae’r testun ei hun wedi’i gadw yn y PDF.
wb-replace-cancelled = Ni chafodd dim ei allforio: mae’r ffeiliau sydd yno eisoes fel yr oeddent.

## Cyfuno ffeiliau aseswyr, a chymharu.

# $names: the assessors' names, listed; $spreads: a sentence saying how many questions have
# assessors far apart.
wb-combined-named = Cyfunwyd gwaith { $count ->
        [one] 1 aseswr
       *[other] { $count } aseswr
    } ({ $names }). { $spreads }.
wb-combined = Cyfunwyd gwaith { $count ->
        [one] 1 aseswr
       *[other] { $count } aseswr
    }. { $spreads }.
wb-combine-differences = { $count ->
        [zero] Nid oes gwahaniaeth rhwng y ffeiliau.
        [one] Mae’r ffeiliau’n wahanol mewn un man: gwiriwch ef cyn i chi gytuno ar y cyfnodau.
        [two] Mae’r ffeiliau’n wahanol mewn { $count } fan: gwiriwch nhw cyn i chi gytuno ar y cyfnodau.
        [few] Mae’r ffeiliau’n wahanol mewn { $count } man: gwiriwch nhw cyn i chi gytuno ar y cyfnodau.
        [many] Mae’r ffeiliau’n wahanol mewn { $count } man: gwiriwch nhw cyn i chi gytuno ar y cyfnodau.
       *[other] Mae’r ffeiliau’n wahanol mewn { $count } man: gwiriwch nhw cyn i chi gytuno ar y cyfnodau.
    }
wb-not-combined = Ni chafodd dim ei gyfuno: { $reason }
# $warnings: notes about the comparison, listed.
wb-compared-note = Cymharwyd, ond sylwch: { $warnings }.
wb-compare-own-file = Ffeil yr asesiad hwn ei hun yw honno: dewiswch yr asesiad blaenorol i gymharu ag ef.
wb-compare-not-read = Nid oedd modd cymharu â’r asesiad blaenorol. { $reason }

# Lists built one item at a time: $list is the items so far.
wb-names-comma = { $list }, { $name }
wb-notes-semicolon = { $list }; { $note }

## Dolenni, ffeiliau a ffolderi a agorir â rhaglenni eraill.

# $reason: why the link is not safe to open.
wb-link-not-opened = Ni agorwyd y ddolen hon: { $reason }
wb-link-not-opened-none = Ni agorwyd y ddolen hon: nid oes dolen
wb-no-email-program = Nid oes rhaglen e-bost wedi’i gosod yma. Copïwyd y ddolen: gludwch hi lle mae ei hangen arnoch.
wb-no-web-program = Nid oes rhaglen wedi’i gosod yma i agor dolenni gwe. Copïwyd y ddolen: gludwch hi lle mae ei hangen arnoch.
# "it" may be a file or a folder.
wb-no-file-program = Nid oes rhaglen wedi’i gosod yma i’w agor. Dyma ei leoliad: { $path }

## Cadw’n awtomatig ac adfer. $reason: y rheswm, gan yr haen storio.

wb-autosave-off = Mae cadw’n awtomatig wedi’i ddiffodd: { $reason }
wb-autosave-failed = Methodd cadw’n awtomatig; mae eich gwaith yn dal ar agor: { $reason }
wb-autosave-not-removed = Nid oedd modd dileu’r ffeil a gadwyd yn awtomatig: { $reason }
wb-orphan-not-removed = Nid oedd modd dileu copi a gadwyd yn awtomatig: { $reason }
wb-orphan-unreadable = Nid oedd modd darllen asesiad a gadwyd yn awtomatig, felly cafodd ei adael lle’r oedd: { $reason }
# In the recovery prompt, when the autosave's time is not known.
wb-recovery-unknown-time = amser anhysbys
# The autosaved assessment, to recognise it: the institution and the title (the person's text).
wb-recovery-description = { $institution } — { $title }

## Newidiadau a wnaeth rhywun arall i’r ffeil sydd ar agor, ac uno.

# Names the open file when it has no name; it stands mid-sentence in the Welsh, so lower case.
wb-the-file = y ffeil
# The bar: $who changed it (a person's name), at $time (a time of day). After "wedi" the file's
# name needs no mutation.
wb-outside-changed-by = Mae { $who } wedi newid { $file } am { $time }
wb-outside-changed = Newidiwyd { $file } gan rywun arall am { $time }
wb-reloaded-theirs = Ail-lwythwyd { $file } fel y’i cadwyd gan rywun arall. Bydd Dadwneud yn dod â’ch fersiwn chi yn ôl.
# $copy, $copies: names of copies a sync tool left beside the file $file.
wb-sync-copy = Mae offeryn cysoni wedi gadael copi o { $file } wrth ei hochr, sef { $copy }: gallai gynnwys newidiadau a gadwyd ar yr un pryd â’ch rhai chi. Unwch y copi i’w cadw.
wb-sync-copies = Mae offeryn cysoni wedi gadael { $count ->
        [zero] { $count } copi
        [one] 1 copi
        [two] { $count } gopi
        [few] { $count } chopi
        [many] { $count } chopi
       *[other] { $count } copi
    } o { $file } wrth ei hochr ({ $copies }): gallent gynnwys newidiadau a gadwyd ar yr un pryd â’ch rhai chi. Unwch bob un i’w cadw.
wb-merge-copy-no-base = Ni chafodd dim ei uno: dim ond ag asesiad a agorwyd o’i ffeil y gellir uno copi arall, gan mai o’r ffeil honno y dechreuodd y ddau gopi.
# Who the merged changes came from, when no person is known. It follows a noun or a verb
# ("newidiadau ffeil y ddisg"), so it has no article.
wb-merge-from-disk = ffeil y ddisg
# After merging. $from: a person's name, a file's name or wb-merge-from-disk; $changes: the
# changes named, listed; $settled: conflicts settled; $saved: "yes" or "no". $from is placed
# where no mutation applies (after "nid yw", or as a genitive after "newidiadau").
wb-merge-nothing = Dim i’w uno: nid yw { $from } yn cynnwys unrhyw newid nad yw yma eisoes{ $saved ->
        [yes] , a chadwyd y canlyniad gyda’ch newidiadau chi.
       *[no] . I gadw’r canlyniad, cadwch y ffeil; mae Dadwneud yn ei droi’n ôl.
    }
wb-merged-settled = Unwyd newidiadau { $from }{ $settled ->
        [zero] {""}
        [one] ; datryswyd 1 gwrthdaro yn ôl eich dewis
        [two] ; datryswyd { $settled } wrthdaro yn ôl eich dewis
        [few] ; datryswyd { $settled } gwrthdaro yn ôl eich dewis
        [many] ; datryswyd { $settled } gwrthdaro yn ôl eich dewis
       *[other] ; datryswyd { $settled } gwrthdaro yn ôl eich dewis
    }{ $saved ->
        [yes] , a chadwyd y canlyniad gyda’ch newidiadau chi.
       *[no] . I gadw’r canlyniad, cadwch y ffeil; mae Dadwneud yn ei droi’n ôl.
    }
wb-merged = Unwyd newidiadau { $from } ({ $count ->
        [one] 1 newid
       *[other] { $count } newid
    }): { $changes }{ $settled ->
        [0] {""}
        [one] ; datryswyd 1 gwrthdaro yn ôl eich dewis
        [two] ; datryswyd { $settled } wrthdaro yn ôl eich dewis
        [few] ; datryswyd { $settled } gwrthdaro yn ôl eich dewis
        [many] ; datryswyd { $settled } gwrthdaro yn ôl eich dewis
       *[other] ; datryswyd { $settled } gwrthdaro yn ôl eich dewis
    }{ $saved ->
        [yes] , a chadwyd y canlyniad gyda’ch newidiadau chi.
       *[no] . I gadw’r canlyniad, cadwch y ffeil; mae Dadwneud yn ei droi’n ôl.
    }
# The changes named after the first six: $list those named, $count the rest. "a hefyd" avoids
# choosing between "a" and "ac" before a number.
wb-merge-and-more = { $list }, a hefyd { $count } arall
wb-change-new = ychwanegu { $place }
wb-change-removed = tynnu { $place }
wb-place-institution = sefydliad
wb-place-title = teitl
wb-place-period = cyfnod asesu
wb-place-language = iaith
# $name: the team member's name.
wb-place-team-member = aelod tîm ‘{ $name }’
wb-place-rating = sgôr { $question }
# $who: an assessor's name (a genitive, so no mutation).
wb-place-rating-by = sgôr { $who } ar gyfer { $question }
wb-place-rationale = pam y cyfnod hwn yn { $question }
wb-place-narrative = naratif { $question }
wb-place-ambition = uchelgais { $question }
wb-place-evidence = tystiolaeth yn { $question }
wb-place-action = cam gweithredu yn { $question }
# One side of a conflict in the merge window.
wb-value-missing = Nid yw yno
wb-value-not-rated = Heb ei sgorio eto
wb-value-phase = Cyfnod { $phase } — { $name }
wb-value-empty = Gwag
# An item's parts (the person's text) one after another: $list so far, $part the next.
wb-value-parts = { $list } — { $part }

## Pwy arall sydd â’r ffeil ar agor. $name: enw person; $names: enwau pobl, mewn rhestr; $people:
## faint o bobl; $host: enw eu cyfrifiadur; $since: amser (“10:02”) neu ddyddiad ac amser.

wb-presence-someone = Rhywun
wb-presence-since-unknown = amser anhysbys
wb-presence-open-since = Mae { $name } wedi cael y ffeil hon ar agor ers { $since }
# $host follows a noun, so it needs no mutation.
wb-presence-open-since-on = Mae { $name } wedi cael y ffeil hon ar agor ers { $since } ar y cyfrifiadur { $host }
wb-presence-heading = { $people ->
        [one] Mae’r ffeil hon ar agor gan rywun arall
       *[other] Mae’r ffeil hon ar agor gan bobl eraill
    }
wb-presence-advice = Os bydd mwy nag un ohonoch yn cadw, gall un ddisodli newidiadau’r llall. Agorwch hi i ddarllen yn unig er mwyn edrych a gwneud nodiadau: wedyn bydd Cadw fel… yn cadw eich newidiadau mewn ffeil i chi’ch hun.
# $names in brackets, so that it needs no mutation after "gan".
wb-presence-read-only = Darllen yn unig: mae’r ffeil ar agor gan { $people ->
        [one] rywun arall
       *[other] bobl eraill
    } ({ $names })
wb-presence-save-refused = Heb ei gadw: mae { $file } ar agor i ddarllen yn unig gan fod { $people ->
        [one] rhywun arall
       *[other] pobl eraill
    } wedi’i hagor ({ $names }). I gadw eich newidiadau mewn ffeil i chi’ch hun, dewiswch Ffeil › Cadw fel…
# $detail: why, from the storage layer.
wb-presence-not-written = Ni fydd eraill sy’n agor y ffeil hon yn gweld eich bod chi wedi’i hagor: nid oedd modd ysgrifennu’r nodyn sy’n dweud hynny ({ $detail }).

## Deialogau ffeiliau: y mathau o ffeil a gynigir, a theitlau.

wb-filter-assessment = Asesiad Llyfr Gwaith Effaith Ddinesig
wb-filter-all = Pob ffeil
wb-filter-pdf = Adroddiad PDF
wb-filter-csv = Tabl CSV
wb-filter-markdown = Markdown
wb-dialog-open = Agor asesiad
wb-dialog-combine = Dewiswch ffeiliau’r aseswyr i’w cyfuno

## Copi wedi’i gywiro o’r catalog (Golwg › Iaith)

wb-cmd-pick-messages = Negeseuon wedi’u cywiro…
wb-cmd-built-in-messages = Negeseuon adeiledig
# The file dialog's filter for the catalogue's files.
wb-filter-messages = Ffeiliau’r catalog (*.ftl)
# $dir is the folder of corrections.
wb-messages-used = Yn defnyddio’r negeseuon wedi’u cywiro yn y ffolder { $dir }.
# $count messages or files in it could not be used; $first is the first, with why.
wb-messages-used-not-all = Yn defnyddio’r negeseuon wedi’u cywiro yn y ffolder { $dir }. { $count ->
        [zero] Ni ellid defnyddio { $count } ohonynt; mae’r negeseuon adeiledig yn eu lle; y cyntaf: { $first }
        [one] Ni ellid defnyddio un ohonynt, ac mae’r neges adeiledig yn ei lle: { $first }
        [two] Ni ellid defnyddio { $count } ohonynt, ac mae’r negeseuon adeiledig yn eu lle; y cyntaf: { $first }
        [few] Ni ellid defnyddio { $count } ohonynt, ac mae’r negeseuon adeiledig yn eu lle; y cyntaf: { $first }
        [many] Ni ellid defnyddio { $count } ohonynt, ac mae’r negeseuon adeiledig yn eu lle; y cyntaf: { $first }
       *[other] Ni ellid defnyddio { $count } ohonynt, ac mae’r negeseuon adeiledig yn eu lle; y cyntaf: { $first }
    }
