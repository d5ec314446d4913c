## Cysodi’r adroddiad PDF: yr hyn y mae cynllun y dudalen a’r ysgrifennwr PDF yn ei ychwanegu o
## gwmpas cynnwys yr adroddiad (troedyn rhedeg, labeli’r siartiau, penawdau’r tablau, cyfeiriadau at dudalennau).

## Troedyn rhedeg ac enwau tudalennau

# The footer of every page after the cover. $page is this page's number, $total the number of
# numbered pages (the cover has none).
pdf-page-footer = Tudalen { $page } o { $total }

# The cover's name in a PDF reader's page box (other pages show their number).
pdf-page-label-cover = Clawr

# A section named in running text, followed by the page it starts on: "Action plan, page 20".
# $section is the section's heading, $page its page number. The spaces around "page" do not
# break (no-break spaces), so the number never starts a line alone.
pdf-section-page = { $section },{ "\u00A0" }tudalen{ "\u00A0" }{ $page }

# In the printed contents, in place of a page number, for a section that could not be found.
pdf-contents-no-page = –

## Barrau aeddfedrwydd y meysydd (tabl ar dudalen y crynodeb)

# Heading of the column of domain names.
pdf-bars-domain = Maes
# Heading of the column holding each domain's bar and its value in words.
pdf-bars-maturity = Aeddfedrwydd (cyfnodau 1–6)
# In the change column of a compared report, for a domain with no change to show.
pdf-bars-no-change = –

## Siart radar (tudalen y crynodeb): y label wrth echelin pob maes

# Under a domain's name, when the domain has no rated question.
pdf-radar-not-rated = heb ei sgorio eto
# Under a domain's value in a compared report: the earlier assessment's maturity.
# $value is the maturity, already written with one decimal ("3.3").
pdf-radar-earlier = gynt { $value }

## Priodweddau’r ddogfen a gwallau

# The document's title, should the report's own title be blank (a PDF/UA document needs one).
pdf-fallback-title = Hunanasesiad effaith ddinesig

# Why the PDF could not be written; shown after "The PDF could not be written:".
pdf-error-configure = nid oedd modd ffurfweddu PDF/UA-1
pdf-error-page-size = nid yw maint y dudalen yn ddilys

# The bilingual report's page footer: each language's pdf-page-footer, Welsh first.
pdf-page-footer-pair = { $first } · { $second }
