## storage
## Darllen ac ysgrifennu ffeiliau: gwallau, y rhesymau drostynt, a nodiadau ar gyfuno ffeiliau
## aseswyr. Mae llwybrau, enwau ffeiliau, enwau meysydd a gwerthoedd o ffeil yn ddadleuon, ac
## maent yn aros fel y maent.

## Gwallau, fel y mae’r llinell orchymyn yn eu hargraffu a’r ap yn eu dangos yn y manylion. Daw’r
## achos yn gyntaf a’r ffeil yn olaf.

# Any error that names a file last: $cause is one of the storage-error-… texts below, $path the file.
storage-error-at = { $cause }: { $path }
# A framework bank's problems ($cause, several lines), then the bank's file on a line of its own.
storage-error-in = { $cause }
    yn y ffeil { $path }

storage-error-not-found = ni chafwyd hyd i’r ffeil
# $target is where the link points, as the link says.
storage-error-dangling-link = mae’r ffeil yn ddolen i’r ffeil { $target }, nad yw yno
# $cause is why, from storage-io-… or storage-refused-….
storage-error-read = ni fu modd darllen y ffeil ({ $cause })
# $size and $limit are numbers of bytes.
storage-error-too-large = mae’r ffeil yn rhy fawr i’r llyfr gwaith ({ $size ->
        [zero] { $size } beit
        [one] { $size } beit
        [two] { $size } feit
        [few] { $size } beit
        [many] { $size } beit
       *[other] { $size } beit
    }, a’r terfyn yw { $limit ->
        [zero] { $limit } beit
        [one] { $limit } beit
        [two] { $limit } feit
        [few] { $limit } beit
        [many] { $limit } beit
       *[other] { $limit } beit
    })
# $line and $column are numbers, counted from 1.
storage-error-not-utf8 = nid yw’r ffeil yn destun UTF-8 (beit annilys ar linell { $line }, colofn { $column })
# $document is which kind of file: assessment, bank (a framework bank of questions) or map (a
# migration map); $detail is one of the storage-json-… texts.
storage-error-json = nid yw’r { $document ->
        [bank] banc fframwaith
        [map] map mudo
       *[assessment] asesiad
    } yn ddilys (llinell { $line }, colofn { $column }: { $detail })
# format_version is the name of a field in the file: keep it as it is.
storage-error-no-format-version = nid oes format_version yn y ffeil, felly nid yw’n asesiad Llyfr Gwaith Effaith Ddinesig
# $found and $supported are format version numbers.
storage-error-newer-format = ysgrifennwyd yr asesiad yn fersiwn { $found } o’r fformat, sy’n fwy newydd na’r fersiwn y gall y llyfr gwaith hwn ei darllen ({ $supported }); agorwch ef mewn fersiwn fwy newydd o’r rhaglen Llyfr Gwaith Effaith Ddinesig
# $found and $expected are framework ids. --framework FILE is a command-line option: keep it.
storage-error-wrong-framework = mae’r asesiad ar gyfer y fframwaith "{ $found }", ond y fframwaith sy’n cael ei ddefnyddio yw "{ $expected }" (llwythwch y banc cyfatebol â --framework FILE)
# $count is how many problems; $problems lists them, one on each line.
storage-error-invalid-framework = mae gan y banc fframwaith { $count ->
        [zero] 0 problem
        [one] 1 broblem
        [two] 2 broblem
        [few] 3 problem
        [many] 6 phroblem
       *[other] { $count } problem
    }:
    { $problems }
# --force is a command-line option: keep it.
storage-error-already-exists = mae’r ffeil yn bodoli’n barod (defnyddiwch --force i’w disodli)
# $first and $second are the two files.
storage-error-same-file-twice = rhoddwyd yr un asesiad ddwywaith (fel { $first } ac fel { $second }); dim ond unwaith y caiff ffeil pob aseswr ei chyfuno
# $cause is why.
storage-error-write = ni fu modd cadw ({ $cause }); ni chafodd unrhyw beth ei drosysgrifo
# $count is how many files; the files are named after the colon. --force is a command-line option.
storage-error-would-replace = ni allforiwyd dim, gan fod { $count ->
        [one] y ffeil hon yno’n barod, ac nid yw’n allforiad blaenorol
       *[other] y ffeiliau hyn yno’n barod, ac nid ydynt yn allforiadau blaenorol
    } o’r llyfr gwaith hwn (dewiswch enwau eraill, neu ychwanegwch --force i’w disodli, a chedwir { $count ->
        [one] yr hen ffeil
       *[other] pob hen ffeil
    } wrth ochr yr un newydd fel copi wrth gefn)
# $cause is why.
storage-error-not-exported = ni allforiwyd dim: ni fu modd ysgrifennu ({ $cause })
# $example is a path made of the folder given and an example file name (storage-example-…).
storage-error-not-a-file-name = ni allforiwyd dim, gan fod y llwybr hwn yn enwi ffolder, nid ffeil (ychwanegwch enw ffeil, fel { $example })
# $written_count files were put in place ($written names them); $cause is why $path could not
# be; $not_written_count files after it were not written ($not_written names them).
storage-error-exported-in-part = { $written_count ->
        [0] ni allforiwyd dim
       *[other] torrwyd yr allforio’n fyr: ysgrifennwyd { $written }
    }; ni fu modd rhoi’r ffeil yn ei lle ({ $cause }): { $path }{ $not_written_count ->
        [0] {""}
       *[other] ; nid ysgrifennwyd y canlynol, ac maent fel yr oeddent o’r blaen: { $not_written }
    }
# A checked save found someone else's change.
storage-error-changed = mae’r ffeil wedi newid ar y ddisg ers iddi gael ei hagor yma

## Enwau ffeiliau enghreifftiol, yn y gwall am lwybr allforio sy’n enwi ffolder.

storage-example-pdf = adroddiad.pdf
storage-example-csv = adroddiad.csv
storage-example-markdown = adroddiad.md

## Pam na ddarllenwyd nac ysgrifennwyd dim mewn llwybr (o fewn cromfachau’r gwallau uchod).

storage-refused-folder = mae’n ffolder, nid ffeil
storage-refused-not-regular = nid yw’n ffeil reolaidd (mae’n ddyfais, pibell neu soced)
# $why is storage-refused-folder or storage-refused-not-regular.
storage-refused-not-written-there = { $why }, felly ni chaiff dim ei ysgrifennu yno
storage-refused-no-file-name = nid oes enw ffeil yn y llwybr
# $tries is how many names were tried.
storage-refused-no-backup-name = nid oes enw rhydd ar gyfer copi wrth gefn wrth ei hochr (rhoddwyd cynnig ar { $tries } enw sy’n gorffen â .bak)
storage-refused-export-over-input = dyna’r asesiad ei hun, neu’r un y mae’n cael ei gymharu ag ef; dewiswch ffeil arall ar gyfer yr allforiad
storage-refused-same-target = byddai dau allforiad yn mynd i’r un ffeil; rhowch ei enw ei hun i bob un
storage-refused-made-from = mae’n un o’r ffeiliau y mae’r ffeil hon wedi’i gwneud ohonynt, felly mae wedi’i gadael heb ei newid
storage-refused-not-an-assessment = nid asesiad yw’r ffeil sydd yno, felly mae wedi’i gadael heb ei newid
storage-refused-changed = mae’r ffeil wedi newid ar y ddisg

## Beth ddywedodd y system a aeth o’i le, yn ôl ei fath (o fewn cromfachau’r gwallau uchod).

storage-io-not-found = nid oes ffeil na ffolder o’r fath
storage-io-permission-denied = gwrthodwyd caniatâd
storage-io-already-exists = mae rhywbeth yno’n barod
storage-io-storage-full = mae’r gyriant yn llawn
storage-io-quota-exceeded = mae’r cwota disg wedi’i ddefnyddio i gyd
storage-io-read-only = mae’r gyriant yn un darllen yn unig
storage-io-is-a-folder = mae’n ffolder
storage-io-not-a-folder = nid yw rhan o’r llwybr yn ffolder
storage-io-invalid-name = ni chaniateir yr enw yn y fan hon
storage-io-too-large = mae’r ffeil yn rhy fawr i’r gyriant
storage-io-busy = mae’r ffeil yn cael ei defnyddio
storage-io-timed-out = ni atebodd y gyriant mewn pryd
storage-io-cut-short = daeth y ffeil i ben yn gynt na’r disgwyl
storage-io-write-zero = nid oedd modd ysgrifennu rhagor
storage-io-out-of-memory = nid oes digon o gof
storage-io-crosses-devices = mae’r ffeiliau ar yriannau gwahanol
storage-io-unsupported = nid yw’r gyriant yn cefnogi hyn
# The system's own words ($text), for a kind of error the workbook has no words for.
storage-io-other = { $text }

## Beth sydd o’i le mewn man mewn ffeil JSON: y manylion o fewn cromfachau storage-error-json.
## Mae enwau rhwng nodau ` yn feysydd yn y ffeil, a gwerthoedd mewn dyfynodau yn dod o’r ffeil:
## cadwch nhw fel y maent.

storage-json-empty = mae’r ffeil yn wag
storage-json-not-an-object = disgwyliwyd gwrthrych JSON sy’n dechrau â `{"\u007B"}`
storage-json-cut-off = daeth y ffeil i ben (EOF) wrth ei dosrannu: mae’r ffeil yn gorffen cyn diwedd ei JSON
storage-json-trailing-comma = coma dros ben: coma cyn braced cau
storage-json-too-deep = gormod o nythu: mae rhestrau neu wrthrychau wedi’u nythu’n rhy ddwfn
storage-json-syntax = nid yw’r hyn sydd yma yn JSON dilys
storage-json-broken-escape = mae’r testun yn cynnwys dilyniant dianc toredig: cod \u nad yw’n rhoi nod, fel hanner pâr
# $key is the repeated key, as in the file.
storage-json-repeated-key = mae’r allwedd "{ $key }" yn ymddangos ddwywaith yn yr un gwrthrych; cadwch un
# $field is a field's name; $expected lists the fields allowed there.
storage-json-unknown-field = maes anhysbys `{ $field }`; { $count ->
        [0] ni ddisgwylir unrhyw faes yma
        [one] disgwyliwyd `{ $expected }`
       *[other] disgwyliwyd un o’r rhain: { $expected }
    }
storage-json-missing-field = maes `{ $field }` ar goll
storage-json-duplicate-field = maes dyblyg `{ $field }`
# $found is what the file holds there (a storage-found-… text); $expected what was expected, in
# the reader's own words.
storage-json-invalid-type = math annilys: { $found }; disgwyliwyd { $expected }
storage-json-invalid-value = gwerth annilys: { $found }; disgwyliwyd { $expected }
# $length is how many items the list has.
storage-json-invalid-length = hyd annilys: { $length }; disgwyliwyd { $expected }
# $variant is the value found; $expected lists the values allowed.
storage-json-unknown-variant = gwerth anhysbys `{ $variant }`; { $count ->
        [0] ni ddisgwylir unrhyw werth yma
        [one] disgwyliwyd `{ $expected }`
       *[other] disgwyliwyd un o’r rhain: { $expected }
    }
# $found is the value as written in the file. format_version is a field's name.
storage-json-bad-format-version = rhaid i format_version fod yn rhif cyfan o 1 i fyny; cafwyd { $found }
# $text is the value as written in the file.
storage-json-not-a-timestamp = nid yw "{ $text }" yn stamp amser ar ffurf RFC 3339, fel 2026-11-20T16:45:00Z
# $question is a question's id.
storage-json-two-responses = mae dau ymateb i gwestiwn { $question }
# $found is the value as written in the file.
storage-json-not-a-phase = ni ellir darllen cyfnod { $found }: rhif cyfan o 1 i 6 yw cyfnod (neu null os yw heb ei sgorio eto)
# $phase is the number in the file.
storage-json-phase-out-of-range = mae cyfnod { $phase } y tu allan i’r ystod: mae’r cyfnodau’n mynd o 1 i 6
# $id is the value in the file; $max the longest an id may be.
storage-json-bad-item-id = nid yw’r id "{ $id }" yn id eitem: rhaid i id fod rhwng 1 a { $max } nod, sef llythrennau heb acenion, digidau, - neu _
# $kind is evidence or actions; $id the id the two share.
storage-json-same-item-id = mae gan { $kind ->
        [evidence] ddau ddarn o dystiolaeth
       *[actions] ddau gam gweithredu
    } yn y cwestiwn hwn yr un id, "{ $id }"; rhowch id arall i un ohonynt, neu dilëwch ei id a chaiff un newydd ei roi iddo
# Another reader's own words ($text), as it gave them.
storage-json-other = { $text }

## Beth y mae darllenydd JSON yn ei ddisgwyl, pan fo gwerth o fath arall.

storage-expect-any = unrhyw werth JSON
storage-expect-boolean = true neu false
storage-expect-whole-number = rhif cyfan
storage-expect-number = rhif
storage-expect-character = un nod
storage-expect-text = testun mewn dyfynodau
storage-expect-null = null
storage-expect-list = rhestr
storage-expect-object = gwrthrych
storage-expect-responses = gwrthrych o ymatebion, ag id y cwestiwn yn allwedd i bob un
storage-expect-phase = cyfnod, sef rhif cyfan o 1 i 6
storage-expect-items = { $kind ->
        [evidence] rhestr o ddarnau o dystiolaeth
       *[actions] rhestr o gamau gweithredu
    }

## Beth sydd mewn ffeil lle’r oedd disgwyl gwerth o fath arall ($value yw’r gwerth, fel y’i hysgrifennwyd).

storage-found-boolean = gwerth Boole `{ $value }`
storage-found-integer = cyfanrif `{ $value }`
storage-found-number = rhif pwynt arnawf `{ $value }`
storage-found-character = nod `{ $value }`
storage-found-string = llinyn "{ $value }"
storage-found-null = null
storage-found-list = rhestr
storage-found-object = gwrthrych
storage-found-other = { $value }

## Banciau fframwaith.

# How errors name the bank compiled into the program; $file is its file's name.
storage-built-in-bank = { $file } (adeiledig)

## Problemau banc fframwaith ei hun (daw eraill o wiriadau’r fframwaith).

# schema_version is a field's name. $found and $supported are numbers.
storage-bank-schema = nid yw schema_version { $found } yn cael ei gefnogi (mae’r fersiwn hon yn darllen { $supported })
# $number is the phase's number as written; $field is the field's name (id, name or description).
storage-bank-phase-field-empty = mae’r maes { $field } yng nghyfnod { $number } yn wag
# $tag is the bank's "language" as written; en-GB and cy are the tags the workbook knows.
storage-bank-language = nid yw’r iaith "{ $tag }" yn un y mae’r llyfr gwaith yn ei hadnabod (en-GB neu cy)
# $tag is a key of the bank's "translations", as written.
storage-bank-translation-language = mae translations."{ $tag }" mewn iaith nad yw’r llyfr gwaith yn ei hadnabod (en-GB neu cy)
# $tag is a key of the bank's "translations": the language the bank's own texts are in.
storage-bank-translation-own-language = mae translations."{ $tag }" yn iaith y banc ei hun: dylai ei destunau fod yn y banc ei hun
# $tag is a key of the bank's "translations"; $kind is phase, domain or question; $id is the
# id as written, which the bank itself does not have.
storage-bank-translation-unknown-id = mae translations."{ $tag }" yn enwi { $kind ->
        [phase] cyfnod
        [domain] maes
       *[question] cwestiwn
    } "{ $id }" nad yw’r banc yn ei gynnwys

## Y gwall i bobl, yn yr ap: geiriau plaen yn gyntaf, a’r manylion wedyn, mewn cromfachau. Mae’r
## ap yn enwi’r ffeil o’i flaen. Rhifau yw $line a $column, gan gyfrif o 1.

storage-people-not-found = Nid oes ffeil yno bellach: efallai ei bod wedi’i symud, ei hailenwi neu ei dileu.
storage-people-dangling-link = Mae’r ffeil hon yn ddolen i’r ffeil { $target }, nad yw yno: efallai ei bod wedi’i symud, ei hailenwi neu ei dileu.
storage-people-cut-off = Mae’r ffeil hon wedi’i thorri’n fyr: efallai na chafodd ei chadw’n llawn. (llinell { $line }, colofn { $column })
storage-people-broken-escape = Mae’r ffeil hon yn cynnwys dilyniant dianc toredig mewn testun: efallai fod rhaglen arall wedi’i newid. (llinell { $line }, colofn { $column })
# $detail is one of the storage-json-… texts.
storage-people-not-readable = Nid yw’r ffeil hon yn asesiad y gall y llyfr gwaith ei ddarllen: efallai fod rhaglen arall wedi’i newid. (llinell { $line }, colofn { $column }: { $detail })
storage-people-not-text = Nid asesiad llyfr gwaith yw’r ffeil hon: nid testun yw hi. (llinell { $line }, colofn { $column })
storage-people-not-an-assessment = Mae’r ffeil hon yn JSON, ond nid yw’n asesiad Llyfr Gwaith Effaith Ddinesig.
# $cause is what the system said (a storage-io-… text).
storage-people-not-read = Ni fu modd darllen y ffeil: gwiriwch fod gennych ganiatâd i’w hagor a bod ei gyriant ar gael. ({ $cause })
# Any other error: $cause is its text without the file, starting with a capital letter.
storage-people-other = { $cause }.

## Cyfuno ffeiliau aseswyr.

# The name a file's ratings are kept under when the file names no assessor; $number is its
# place in the list of files given. It is written into the group file.
storage-assessor-numbered = Aseswr { $number }
# Why a file's ratings are under a number: $file is the file's name, $name the number's name
# (storage-assessor-numbered). $why is none (its team names nobody), shared (everyone it names
# is in another file's team too) or several ($count people are named in it alone).
storage-unnamed-note = { $why ->
        [none] nid yw { $file } yn enwi neb yn ei thîm
        [shared] dim ond pobl sydd hefyd yn nhîm ffeil arall y mae { $file } yn eu henwi
       *[several] mae { $file } yn enwi { $count } o bobl yn ei thîm nad yw’r un ffeil arall yn eu henwi
    }, felly cedwir ei sgoriau dan "{ $name }"; rhestrwch ei haseswr yn ei thîm i’w enwi

## Copi wedi’i gywiro o’r catalog gan uned gyfieithu (`messages`, `--messages` a gosodiad yr ap).
## Beth na chaiff ei ddefnyddio, a pham: mae’r neges adeiledig yn sefyll yn ei le. Enwir y ffeil
## ar ôl y neges (storage-error-at). $id yw dynodydd neges (mae un term yn dechrau â -) a $name
## yw’r hyn y mae neges yn cyfeirio ato: enwau Fluent ei hun, a gedwir fel y maent, fel y
## newidynnau ($count) yn $expected a $found.

# Nid yw ysgrifennu’r catalog byth yn disodli ffeil; $count yw faint sydd yno’n barod, ac enwir y
# ffeiliau ar ôl y colon.
storage-error-catalogue-there = ni ysgrifennwyd dim, gan fod { $count ->
        [one] y ffeil hon yno’n barod
       *[other] y ffeiliau hyn yno’n barod
    } (dewiswch ffolder gwag neu un newydd)
# $error yw pam na ellid darllen y ffolder neu’r ffeil, gan ei henwi.
storage-corrections-unreadable = { $error } (defnyddir y negeseuon adeiledig)
storage-corrections-unknown-file = nid yw’n un o ffeiliau’r catalog, felly ni chaiff ei darllen
# $line yw’r llinell o ble nad yw’r testun yn darllen fel Fluent.
storage-corrections-malformed = nid yw { $id } yn darllen fel neges (llinell { $line }), felly defnyddir yr un adeiledig
storage-corrections-malformed-text = nid yw’r testun o linell { $line } ymlaen yn darllen fel neges, felly ni chaiff ei ddefnyddio
# Mae $found a $expected yn rhestru newidynnau ("$count a $file"), neu’n storage-corrections-no-variables.
storage-corrections-variables = mae { $id } yn defnyddio { $found } lle mae’r neges adeiledig yn defnyddio { $expected }, felly defnyddir yr un adeiledig
storage-corrections-no-variables = dim newidynnau
storage-corrections-reference = mae { $id } yn cyfeirio at { $name }, nad yw yn y ffeil hon o’r catalog, felly defnyddir yr un adeiledig
storage-corrections-repeated = rhoddir { $id } fwy nag unwaith, felly defnyddir yr un adeiledig
storage-corrections-extra = nid yw { $id } yn un o negeseuon y ffeil hon o’r catalog, felly ni chaiff ei defnyddio
storage-corrections-missing = mae { $id } ar goll, felly defnyddir yr un adeiledig
