## The PDF report's typesetting: what the page layout and the PDF writer add around the
## report's content (running footer, chart labels, table headings, page references).

## Running footer and page names

# The footer of every page after the cover. $page is this page's number, $total the number of
# numbered pages (the cover has none).
pdf-page-footer = Page { $page } of { $total }

# The cover's name in a PDF reader's page box (other pages show their number).
pdf-page-label-cover = Cover

# A section named in running text, followed by the page it starts on: "Action plan, page 20".
# $section is the section's heading, $page its page number. The spaces around "page" do not
# break (no-break spaces), so the number never starts a line alone.
pdf-section-page = { $section },{ "\u00A0" }page{ "\u00A0" }{ $page }

# In the printed contents, in place of a page number, for a section that could not be found.
pdf-contents-no-page = –

## Domain maturity bars (a table on the summary page)

# Heading of the column of domain names.
pdf-bars-domain = Domain
# Heading of the column holding each domain's bar and its value in words.
pdf-bars-maturity = Maturity (phases 1–6)
# In the change column of a compared report, for a domain with no change to show.
pdf-bars-no-change = –

## Radar chart (summary page): the label beside each domain's axis

# Under a domain's name, when the domain has no rated question.
pdf-radar-not-rated = not yet rated
# Under a domain's value in a compared report: the earlier assessment's maturity.
# $value is the maturity, already written with one decimal ("3.3").
pdf-radar-earlier = earlier { $value }

## Document properties and errors

# The document's title, should the report's own title be blank (a PDF/UA document needs one).
pdf-fallback-title = Civic impact self-assessment

# Why the PDF could not be written; shown after "The PDF could not be written:".
pdf-error-configure = PDF/UA-1 could not be configured
pdf-error-page-size = the page size is not valid

# The bilingual report's page footer: each language's pdf-page-footer, Welsh first.
pdf-page-footer-pair = { $first } · { $second }
