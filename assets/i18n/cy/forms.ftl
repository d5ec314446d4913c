## forms: y dewislenni, yr anogwyr, y dudalen manylion, ffurflenni’r camau gweithredu, y calendr,
## cymorth, y ffenestr uno, negeseuon ac anogwr presenoldeb yr ap bwrdd gwaith.

## Y bar dewislenni

# The menus' titles, left to right.
form-menu-file = Ffeil
form-menu-edit = Golygu
form-menu-view = Golwg
form-menu-help = Cymorth
# File ▸ Open recent: the submenu of files opened lately, and what it says when there are none.
form-menu-open-recent = Agor Diweddar
form-menu-no-recent = Dim ffeiliau diweddar
# Edit ▸ Undo and Redo, saying what they will undo or redo. $change is a change in words,
# such as "typing in 3.1 Narrative" or "rating of 2.1".
form-menu-undo-change = Dadwneud { $change }
form-menu-redo-change = Ail-wneud { $change }
# The tooltip of View ▸ Messages.
form-menu-messages-hint = Holl negeseuon y sesiwn hon, a’r ddiweddaraf yn olaf
# View: the three choices of theme.
form-menu-theme-system = Dilyn thema’r system
form-menu-theme-light = Thema olau
form-menu-theme-dark = Thema dywyll
# View ▸ Language: the languages the app speaks, each named in itself (the same in every
# language), so that someone who reads only one finds it.
form-menu-language = Iaith
form-language-cy = Cymraeg
form-language-en = English
# File ▸ Report language: the language of exported reports (PDF and Markdown), with the
# bilingual report as a third choice, named in both languages.
form-menu-report-language = Iaith yr adroddiad
form-language-both = Cymraeg + English
# View: the zoom in use, as a browser's menu shows it. $percent is a whole number.
form-menu-zoom = Chwyddo { $percent }%

## Llwybrau byr bysellfwrdd, fel y mae’r dewislenni a’r rhestr llwybrau byr yn eu dangos

# The keys held with another: Alt, Ctrl, Shift; on a Mac, Cmd and Option.
form-key-alt = Alt
form-key-ctrl = Ctrl
form-key-shift = Shift
form-key-cmd = Cmd
form-key-option = Option
# What goes between two keys held together ("Ctrl+Shift").
form-key-join = +
# A shortcut: $held is the keys held ("Ctrl", "Ctrl+Shift"), $key the key pressed with them.
form-shortcut = { $held }+{ $key }
# A key's name as printed on it. $key is its English name; letters, digits and function keys
# (F5) are shown as they are. Keys with words printed on them (Home, Enter, Tab…) keep the
# English printed on UK keyboards; the signs, the space bar and the arrows are named in Welsh.
form-key-name = { $key ->
        [Plus] Plws
        [Minus] Minws
        [Equals] Hafalnod
        [PageUp] PageUp
        [PageDown] PageDown
        [Home] Home
        [End] End
        [Escape] Escape
        [Enter] Enter
        [Tab] Tab
        [Space] Bylchwr
        [Backspace] Backspace
        [Delete] Delete
        [Insert] Insert
        [Up] Saeth i fyny
        [Down] Saeth i lawr
        [Left] Saeth chwith
        [Right] Saeth dde
       *[other] { $key }
    }

## Y calendr sy’n dewis dyddiad terfyn

# The button beside a due date that opens the calendar, and its tooltip.
form-calendar-button = Calendr…
form-calendar-button-hint = Dewiswch y dyddiad o galendr
# The arrows either side of the calendar's heading.
form-calendar-previous-month = Y mis blaenorol
form-calendar-next-month = Y mis nesaf
# The calendar's heading: the month shown (1 is January) and its year, "March 2027".
form-calendar-heading = { $month ->
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
# The headings of the calendar's columns, weeks starting on Monday (1 is Monday, 7 Sunday).
# As narrow as a day's number: two letters at most (CLDR's short Welsh forms).
form-calendar-weekday = { $weekday ->
        [1] Ll
        [2] Ma
        [3] Me
        [4] Ia
        [5] Gw
        [6] Sa
       *[7] Su
    }
# A day of the calendar as a screen reader names it: the weekday (1 is Monday, 7 Sunday) and
# $date, the date in full ("15 March 2027"): "Monday 15 March 2027".
form-calendar-day = { $weekday ->
        [1] Dydd Llun
        [2] Dydd Mawrth
        [3] Dydd Mercher
        [4] Dydd Iau
        [5] Dydd Gwener
        [6] Dydd Sadwrn
       *[7] Dydd Sul
    } { $date }
# The button under the days that picks today.
form-calendar-today = Heddiw

## Geiriau y mae’r anogwyr yn eu rhannu

# The button that closes a prompt and changes nothing.
form-cancel = Diddymu

## Adfer gwaith a gadwyd yn awtomatig cyn i’r llyfr gwaith gau’n annisgwyl

form-recovery-heading = Adfer gwaith heb ei gadw?
# $written is when the work was autosaved, a date and time as the workbook shows them.
form-recovery-text = Caeodd y llyfr gwaith yn annisgwyl. Mae modd adfer y gwaith a gadwyd yn awtomatig ar { $written }.
# As form-recovery-text, with $description, the assessment's institution and title as typed.
form-recovery-text-described = Caeodd y llyfr gwaith yn annisgwyl. Mae modd adfer y gwaith a gadwyd yn awtomatig ar { $written }: { $description }.
# $path is the file the autosaved work was made from.
form-recovery-belongs-to = Mae’n perthyn i’r ffeil { $path }
form-recovery-restore = Adfer
form-recovery-discard = Gwaredu
form-recovery-discard-hint = Dileu’r copi a gadwyd yn awtomatig

## Newidiadau heb eu cadw, cyn cau’r ffeil

form-unsaved-heading = Cadw’r newidiadau?
# $name is the file's name.
form-unsaved-text = Mae newidiadau heb eu cadw yn y ffeil { $name }.
form-unsaved-save = Cadw
form-unsaved-discard = Peidio â chadw

## Symud ffeil i fersiwn gyfredol y fframwaith

# $to and $from are versions of the framework, such as "2025.1".
form-migration-heading = Symud i fersiwn { $to } o’r fframwaith?
# $framework is the framework's title.
form-migration-text = Mae’r asesiad hwn yn ateb cwestiynau { $framework }, fersiwn { $from }; fersiwn { $to } sydd gan y llyfr gwaith.
form-migration-advice = Mae symud yn cadw pob ateb: mae atebion i gwestiynau sy’n dal yn y fersiwn newydd yn aros yn eu lle, a chaiff unrhyw atebion i gwestiynau na chânt eu gofyn mwyach eu cadw ar wahân a’u dangos ar y dudalen manylion ac ar ddiwedd yr adroddiad. Ni fydd dim yn newid ar y ddisg nes i chi gadw.
form-migration-keep = Cadw fersiwn { $from }
form-migration-move = Symud i fersiwn { $to }

## Byddai allforio yn amnewid ffeiliau sydd yno eisoes

# $count is how many files would be replaced.
form-replace-heading = { $count ->
        [one] Amnewid y ffeil sydd yno eisoes?
       *[other] Amnewid y ffeiliau sydd yno eisoes?
    }
# Under the name of a file that would be replaced; $folder is the folder it is in.
form-replace-own-export = Allforiad blaenorol gan y llyfr gwaith. Yn y ffolder { $folder }
form-replace-other-file = Nid allforiad gan y llyfr gwaith: ffeil rhaglen arall, neu un a olygwyd wedyn. Yn y ffolder { $folder }
form-replace-kept = Caiff pob ffeil a amnewidir ei chadw wrth ei hochr, gyda .bak ar ddiwedd ei henw.
form-replace-replace = Amnewid

## Gadael tra bo’r adroddiad yn cael ei ysgrifennu

form-closing-heading = Cau pan fydd yr adroddiad wedi’i ysgrifennu
# $name is the report's file name.
form-closing-writing = Wrthi’n ysgrifennu { $name }…
form-closing-advice = Bydd y ffenestr yn cau ohoni’i hun pan fydd yr adroddiad yn barod. Os na ellir ei ysgrifennu, bydd y ffenestr yn aros ar agor i ddweud pam.
form-closing-keep-open = Cadw’r ffenestr ar agor

## Llwybr wedi’i deipio â llaw, lle na ellir dangos deialog ffeiliau

# The prompt's heading, for what the path is for.
form-path-open-title = Agor asesiad
form-path-save-title = Cadw’r asesiad
form-path-export-pdf-title = Allforio’r adroddiad PDF
form-path-export-csv-title = Allforio’r data fel CSV
form-path-export-markdown-title = Allforio fel Markdown
form-path-combine-title = Cyfuno ffeiliau aseswyr
form-path-baseline-title = Cymharu ag asesiad blaenorol
form-path-merge-title = Uno copi arall
# The button that goes ahead with the path typed.
form-path-open = Agor
form-path-save = Cadw
form-path-export = Allforio
form-path-combine = Cyfuno
form-path-compare = Cymharu
form-path-merge = Uno
# Under the heading: why a path is typed, and how.
form-path-hint = Nid oes deialog ffeiliau ar gael ar y bwrdd gwaith hwn. Teipiwch lwybr llawn y ffeil.
form-path-hint-several = Nid oes deialog ffeiliau ar gael ar y bwrdd gwaith hwn. Teipiwch lwybrau llawn dwy neu ragor o ffeiliau aseswyr, gyda ; rhwng pob un
# The label of the field the path is typed in.
form-path-label = Llwybr y ffeil
form-path-label-several = Llwybrau’r ffeiliau

## Tudalen manylion yr asesiad

form-details-title = Manylion yr asesiad
# The labels of the details form, each with the hint shown in its empty field.
form-details-institution = Sefydliad
form-details-institution-hint = Prifysgol neu bartneriaeth
form-details-assessment-title = Teitl
form-details-assessment-title-hint = Hunanasesiad effaith ddinesig
# "Period" is "cyfnod adrodd": a bare "cyfnod" is a phase of the framework.
form-details-period = Cyfnod adrodd
# An example of a period: an academic year.
form-details-period-hint = 2026–27
# The heading of the team's table; $count is how many people are in it.
form-details-working-group = Gweithgor ({ $count })
form-details-working-group-empty = Ychwanegwch y bobl sy’n cymryd rhan, gyda’u rôl neu’u sefydliad.
form-details-add-member = Ychwanegu aelod
form-details-framework = Fframwaith
# The framework answered: $title and $version are the framework's, $attribution is who
# published it: "Civic University Framework 2025.1 — Civic University Network".
form-details-framework-line = { $title } { $version } — { $attribution }
# $version is the version of the framework's wording the assessment was made with.
form-details-other-version = Gwnaed yr asesiad hwn gyda fersiwn { $version } o’r geiriad.

## Tabl y gweithgor ar y dudalen manylion

# The columns' headings.
form-team-name = Enw
form-team-role = Rôl neu sefydliad
# A member's fields, for screen readers; $position is the member's place in the list, from 1.
form-team-name-field = Enw, aelod { $position }
form-team-role-field = Rôl, aelod { $position }
# The hints shown in empty fields.
form-team-name-hint = Enw llawn
form-team-role-hint = Rôl neu sefydliad
form-team-remove = Tynnu
form-team-remove-hint = Tynnu’r aelod hwn (Golygu › Dadwneud i’w adfer)
# A member's Remove button for screen readers, before and after their name is typed.
# $position is their place in the list, from 1; $name their name as typed.
form-team-remove-member = Tynnu aelod { $position }
form-team-remove-named-member = Tynnu aelod { $position } ‘{ $name }’

## Cymorth: ffenestri Cymorth ▸ Cynnal gweithdy, Llwybrau byr bysellfwrdd ac Ynghylch

# The help windows' titles. $app is the application's name, "Civic Impact Workbook".
form-help-guide-title = Cynnal gweithdy
form-help-shortcuts-title = Llwybrau byr bysellfwrdd
form-help-about-title = Ynghylch { $app }
# Running a workshop: a heading and a paragraph for each stage. "File › Compare with earlier
# assessment" and the like name menu entries: keep them as the menus say them.
form-help-before = Cyn y gweithdy
form-help-before-text = Dewch â gweithgor ynghyd o bob rhan o’r brifysgol a’i phartneriaid. Llenwch y dudalen Manylion yr asesiad, a rhannwch ffeil y llynedd os oes un gennych (Ffeil › Cymharu ag asesiad blaenorol). Gall pob aseswr sgorio yn ei ffeil ei hun, a gallwch gyfuno’r ffeiliau wedyn (Ffeil › Cyfuno asesiadau).
form-help-during = Yn ystod y gweithdy
form-help-during-text = Rhowch y llyfr gwaith ar y taflunydd a phwyswch F5 i gyflwyno un cwestiwn allweddol ar y tro. Darllenwch y cwestiwn a’i ganllawiau, trafodwch, a phwyswch 1–6 ar gyfer y cyfnod y mae’r grŵp yn cytuno arno (0 os nad ydych yn barod). Mae’r bysellau saeth yn symud rhwng cwestiynau; mae Esc yn mynd yn ôl i’r dudalen i ysgrifennu’r naratif, y dystiolaeth a’r camau gweithredu. Mewn ffeil gyfunol, mae N yn cuddio enwau’r aseswyr fel bod yr ystafell yn trafod pa mor wahanol yw’r sgorau, nid pwy ddywedodd beth.
form-help-after = Ar ôl y gweithdy
form-help-after-text = Gwiriwch y crynodeb, yna dewiswch Ffeil › Allforio PDF i greu’r adroddiad wedi’i sgorio y bydd arweinwyr y sefydliad yn ei ddarllen. Cadwch y ffeil lle gall y grŵp ddod o hyd iddi y flwyddyn nesaf.
# A phase of the framework's scale, over its description: $number is the phase's number (1–6),
# $name its name in the framework ("Developing").
form-help-phase = { $number } { $name }
# Keyboard shortcuts: keys not in the menus, each with what it does.
form-help-keys-rate = 1–6
form-help-keys-rate-what = Sgorio’r cwestiwn sydd â’r ffocws
form-help-keys-unrate = 0 neu Backspace
form-help-keys-unrate-what = Troi’r cwestiwn sydd â’r ffocws yn ôl i ‘heb ei sgorio eto’
form-help-keys-tab = Tab, Shift+Tab
form-help-keys-tab-what = Symud rhwng rheolyddion
form-help-keys-menu = F10
form-help-keys-menu-what = Mynd i’r bar dewislenni
form-help-keys-move = Saeth chwith, Saeth dde, Page Up, Page Down
form-help-keys-move-what = Yn y modd cyflwyno: y cwestiwn blaenorol a’r nesaf
form-help-keys-names = N
form-help-keys-names-what = Yn y modd cyflwyno: cuddio neu ddangos enwau’r aseswyr
form-help-keys-escape = Esc
form-help-keys-escape-what = Gadael y modd cyflwyno neu gau’r ffenestr hon
# About: the application's name and its version ("0.9.0").
form-help-about-heading = { $app } { $version }
form-help-about-licence = Meddalwedd rydd o dan drwydded MIT neu Apache 2.0, fel y dewiswch. Nid yw’n gwneud unrhyw geisiadau dros y rhwydwaith: dim ond pan fyddwch chi’n gofyn y bydd dolenni’n agor yn eich porwr.
form-help-about-framework = Y fframwaith
# The framework answered: its $title and $version, who published it ($attribution) and their
# web address ($url). Welsh: "Cyhoeddwr:" before $attribution, so "gan" does not mutate it.
form-help-about-framework-text = { $title } { $version }. Cyhoeddwr: { $attribution } ({ $url }).
# $domains lists the domains whose wording is provisional, "A, B and C".
form-help-about-provisional = Geiriad dros dro (nid oedd copi cyhoeddedig ar gael): { $domains }.
form-help-about-fonts = Ffontiau: Noto Sans, o dan y SIL Open Font License 1.1.

## Y bar a ddangosir pan fydd rhywun arall wedi newid y ffeil agored: cynghorion ei fotymau

form-outside-merge-hint = Ychwanegu eu newidiadau nhw at eich rhai chi; dangosir unrhyw beth a newidiodd y ddau ohonoch i chi gael dewis
form-outside-show-hint = Rhestru’r hyn y maen nhw wedi’i newid, heb newid dim
form-outside-reload-hint = Rhoi eu fersiwn nhw yn lle eich un chi (Dadwneud i adfer eich un chi)
form-outside-keep-hint = Cadw eich fersiwn chi: bydd eu fersiwn nhw’n cael ei disodli pan fyddwch yn cadw nesaf (mae’r ffeil .bak yn cadw copi)

## Y ffenestr uno: yr hyn sy’n dod i mewn o gopi arall, a phob newid a wnaed ar y ddwy ochr

# The window's heading: changes only listed, or merged. The changes come from the file on
# disk (someone else saved it), or from another copy, $file being its file name.
form-merge-changes-on-disk = Newidiadau yn y ffeil ar y ddisg
form-merge-from-disk = Uno’r ffeil ar y ddisg â’ch fersiwn chi
form-merge-changes-in-copy = Newidiadau yn y ffeil { $file }
form-merge-from-copy = Uno { $file } â’ch fersiwn chi
form-merge-close = Cau
form-merge-apply = Gosod
form-merge-apply-hint = Derbyn y canlyniad wedi’i uno (un cam i’w ddadwneud; heb ei gadw eto)
form-merge-cancel-hint = Peidio â newid dim am y tro
form-merge-nothing = Nid oes dim i’w uno: mae eu holl newidiadau nhw yma eisoes.
form-merge-theirs-heading = Eu newidiadau nhw i bethau na wnaethoch chi eu newid
# One line of the list of their changes; $change is a change in words ("rating of 2.1").
form-merge-change = • { $change }
form-merge-conflicts-heading = Wedi’u newid ar y ddwy ochr: dewiswch pa un i’w gadw
# The headings of the two sides of a change made on both sides.
form-merge-mine = Fy fersiwn i
form-merge-theirs = Eu fersiwn nhw
# The choices for a change made on both sides.
form-merge-keep-mine = Cadw fy fersiwn i
form-merge-take-theirs = Derbyn eu fersiwn nhw
form-merge-keep-both = Cadw’r ddwy
# The choices' tooltip; $place names what changed ("rating of 2.1", "narrative of 3.1").
form-merge-choice-hint = Ar gyfer { $place }

## Negeseuon: yr hysbysiadau yn y gornel a Golwg ▸ Negeseuon

# A warning or an error, as a toast and the log show it; $text is what happened.
form-message-warning = Rhybudd: { $text }
form-message-error = Gwall: { $text }
form-message-dismiss = Cau
form-message-dismiss-hint = Cuddio’r neges hon (mae’n aros yn y log: Golwg › Negeseuon)
# The log of every message of the session.
form-log-title = Negeseuon
form-log-empty = Dim negeseuon eto.
# When a message came, in minutes and seconds since the workbook started: "12:05". $seconds
# has two digits.
form-log-clock = { $minutes }:{ $seconds }

## Ffenestr yr hyn a ganfu cyfuno ffeiliau’r aseswyr (Dangos manylion hysbysiad)

form-combined-title = Asesiadau wedi’u cyfuno
# The heading of the list of assessors; $count is how many.
form-combined-assessors = Aseswyr ({ $count })
# One line of a list: an assessor's name, or one way the files differ.
form-combined-item = • { $item }
# $spreads says how many questions have assessors far apart: "3 questions have assessors 2 or
# more phases apart".
form-combined-spreads = { $spreads }. Cytunwch ar gyfnod i bob cwestiwn, a chadwch asesiad y grŵp i’w gofnodi.
form-combined-differences = Lle mae’r ffeiliau’n wahanol

## Golwg ▸ Problemau ffeil: beth sydd o’i le yn y ffeil agored

form-problems-title = Problemau ffeil
form-problems-none = Ni chanfuwyd unrhyw broblemau yn y ffeil hon.
# Where a problem is: the question's $number ("1.1") and its text ($question), and for the
# second, which part of it ($detail, such as "evidence 2").
form-problems-place = { $number } { $question }
form-problems-place-detail = { $number } { $question } ({ $detail })
# The tooltip of the link to the question.
form-problems-go-to = Mynd i’r cwestiwn hwn

## Camau gweithredu cwestiwn: beth fydd y grŵp yn ei wneud, pwy sy’n arwain, erbyn pryd, a pha mor bell y mae wedi mynd

# The heading over a question's actions; $count is how many.
form-actions-heading = Camau gweithredu ({ $count })
form-actions-add = Ychwanegu cam gweithredu
form-actions-add-hint = Ychwanegu rhywbeth y bydd y grŵp yn ei wneud
# An action's frame, for screen readers; $position is its place in the list, from 1.
form-action-row = Cam gweithredu { $position }
# The labels of an action's form; form-action-description-field names the same field for
# screen readers (followed by which action and question).
form-action-description = Cam gweithredu
form-action-description-field = Disgrifiad
form-action-owner = Perchennog
form-action-due = Erbyn
form-action-status = Statws
# The hints shown in empty fields.
form-action-description-hint = Beth fydd yn cael ei wneud
form-action-owner-hint = Pwy sy’n arwain
# An example of a due date as people type it, day first.
form-action-due-hint = 31/03/2027
# The calendar's button, for screen readers (followed by which action and question).
form-action-calendar = Calendr ar gyfer y dyddiad terfyn
form-action-remove = Tynnu
form-action-remove-hint = Tynnu’r cam gweithredu hwn (Golygu › Dadwneud i’w adfer)
# In a group assessment, who proposed the action; $names lists them ("Ann Jones and Bob Lee").
# Welsh: a colon after "gan", so the names are not mutated.
form-action-added-by = Ychwanegwyd gan: { $names }

## Pwy arall sydd â’r ffeil ar agor

# The tooltip of Save as… in the bar above a file opened read-only.
form-read-only-save-as-hint = Cadw’ch newidiadau mewn ffeil i chi’ch hun

# The typed-path prompt when no file dialog can be shown, for a corrected catalogue.
form-path-messages-title = Negeseuon wedi’u cywiro
form-path-messages = Teipiwch ffolder y catalog wedi’i gywiro (a ysgrifennwyd gan civic-workbook messages -o), neu un o’i ffeiliau.

# Assessment details: the language the answers are written in (Welsh or English, each named
# in itself).
form-details-language = Iaith yr atebion
form-details-language-hint = Mae’r adroddiad yn nodi bod yr atebion yn yr iaith hon, fel bod darllenydd sgrin yn eu darllen yn y llais cywir.
