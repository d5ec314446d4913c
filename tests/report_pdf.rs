//! The PDF report parsed back with lopdf (pages, bookmarks, links, metadata, tagging) and read
//! with poppler's `pdftotext`: what a reader, a screen reader and a search index would see.

use std::collections::BTreeSet;
use std::process::Command;
use std::sync::OnceLock;

use civic_workbook::model::{Assessment, Evidence, LinkKind, QuestionId};
use civic_workbook::report::fonts::Metrics;
use civic_workbook::report::{self, content, layout};
use civic_workbook::scoring;
use lopdf::{Dictionary, Document, Object, decode_text_string};
use time::Date;
use time::macros::date;

use crate::util::{demo, framework, temp_dir};

const DATE: Date = date!(2026 - 11 - 27);

fn render(assessment: &Assessment) -> Vec<u8> {
    report::render(&framework(), assessment, DATE).unwrap()
}

/// The demo report, rendered once for all the tests that only read it (an unoptimised build
/// takes a few seconds per render, almost all of it in krilla's text shaping).
fn demo_pdf() -> &'static [u8] {
    static PDF: OnceLock<Vec<u8>> = OnceLock::new();
    PDF.get_or_init(|| render(&demo()))
}

fn layout_of(assessment: &Assessment) -> layout::Layout {
    let fw = framework();
    let card = scoring::score(&fw, assessment);
    let doc = content::build(&fw, assessment, &card, DATE);
    layout::layout(&doc, &Metrics::new().unwrap())
}

fn parse(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).unwrap()
}

/// The object itself, following a reference.
fn resolve<'a>(pdf: &'a Document, object: &'a Object) -> &'a Object {
    pdf.dereference(object).unwrap().1
}

/// `key` of `dict`, following a reference.
fn entry<'a>(pdf: &'a Document, dict: &'a Dictionary, key: &str) -> Option<&'a Object> {
    dict.get(key.as_bytes()).ok().map(|o| resolve(pdf, o))
}

fn text(object: &Object) -> String {
    decode_text_string(object).unwrap()
}

fn name(object: &Object) -> String {
    String::from_utf8_lossy(object.as_name().unwrap()).into_owned()
}

/// The outline items starting at `first`, following /Next.
fn siblings<'a>(pdf: &'a Document, first: Option<&'a Object>) -> Vec<&'a Dictionary> {
    let mut items = Vec::new();
    let mut next = first.map(|o| resolve(pdf, o).as_dict().unwrap());
    while let Some(item) = next {
        items.push(item);
        next = entry(pdf, item, "Next").map(|o| o.as_dict().unwrap());
    }
    items
}

/// The bookmarks: each top-level title with the titles under it.
fn bookmarks(pdf: &Document) -> Vec<(String, Vec<String>)> {
    let outlines = entry(pdf, pdf.catalog().unwrap(), "Outlines")
        .unwrap()
        .as_dict()
        .unwrap();
    siblings(pdf, outlines.get(b"First").ok())
        .into_iter()
        .map(|item| {
            let children = siblings(pdf, item.get(b"First").ok())
                .into_iter()
                .map(|child| text(entry(pdf, child, "Title").unwrap()))
                .collect();
            (text(entry(pdf, item, "Title").unwrap()), children)
        })
        .collect()
}

/// The address of every link annotation that opens one, page by page (links to a section of
/// the report have a destination instead: see [`section_links`]).
fn uris(pdf: &Document) -> Vec<String> {
    let mut found = Vec::new();
    for page in pdf.get_pages().into_values() {
        for annotation in pdf.get_page_annotations(page).unwrap() {
            assert_eq!(name(annotation.get(b"Subtype").unwrap()), "Link");
            let Some(action) = entry(pdf, annotation, "A") else {
                assert!(
                    entry(pdf, annotation, "Dest").is_some(),
                    "a link goes somewhere"
                );
                continue;
            };
            let action = action.as_dict().unwrap();
            assert_eq!(name(action.get(b"S").unwrap()), "URI");
            let uri = entry(pdf, action, "URI").unwrap().as_str().unwrap();
            found.push(String::from_utf8(uri.to_vec()).unwrap());
        }
    }
    found
}

/// Every link to a section of the report: (page number of the link, page number it goes to),
/// pages numbered from 1 as lopdf numbers them.
fn section_links(pdf: &Document) -> Vec<(u32, u32)> {
    let pages = pdf.get_pages();
    let number_of = |id: lopdf::ObjectId| pages.iter().find(|(_, p)| **p == id).map(|(n, _)| *n);
    let mut found = Vec::new();
    for (&number, &page) in &pages {
        for annotation in pdf.get_page_annotations(page).unwrap() {
            let Some(Object::Array(dest)) = entry(pdf, annotation, "Dest") else {
                continue;
            };
            let target = dest[0].as_reference().unwrap();
            found.push((number, number_of(target).unwrap()));
        }
    }
    found
}

/// The text poppler extracts (`pdftotext` from poppler-utils, which CI installs).
fn extracted_text(bytes: &[u8]) -> String {
    let dir = temp_dir();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The evidence links of `assessment` that may be clicked, as the report writes them.
fn openable_evidence(assessment: &Assessment) -> BTreeSet<String> {
    framework()
        .questions()
        .filter_map(|(_, q)| assessment.response(&q.id))
        .flat_map(|r| &r.evidence)
        .filter_map(|e| LinkKind::of(&e.link).openable().map(ToString::to_string))
        .collect()
}

#[test]
fn one_pdf_page_per_laid_out_page() {
    let pdf = parse(demo_pdf());
    let pages = layout_of(&demo()).pages.len();
    assert!(pages >= 11, "cover, summary, 7 domains, plan, method");
    assert_eq!(pdf.get_pages().len(), pages);
}

#[test]
fn bookmarks_nest_questions_under_their_domains() {
    let pdf = parse(demo_pdf());
    let found = bookmarks(&pdf);
    let top: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        top,
        [
            "Summary",
            "1. Institutional strategy and leadership",
            "2. Economic impact",
            "3. Health and wellbeing",
            "4. Cultural contribution",
            "5. Estates, facilities and placemaking",
            "6. Learning and skills",
            "7. Environmental sustainability",
            "Action plan",
            "Method"
        ]
    );
    let fw = framework();
    for (index, domain) in fw.domains().iter().enumerate() {
        let expected: Vec<String> = domain
            .questions
            .iter()
            .enumerate()
            .map(|(n, q)| format!("{}.{} {}", index + 1, n + 1, q.text))
            .collect();
        assert_eq!(found[index + 1].1, expected, "{}", domain.title);
    }
    for (title, children) in [&found[0], &found[8], &found[9]] {
        assert!(children.is_empty(), "{title} has no children");
    }
}

#[test]
fn every_evidence_link_is_an_annotation_and_only_web_and_mail_links_are() {
    let demo = demo();
    let expected = openable_evidence(&demo);
    assert!(expected.len() >= 20, "{expected:?}");
    assert!(expected.iter().any(|u| u.starts_with("mailto:")));
    let found = uris(&parse(demo_pdf()));
    for url in &expected {
        assert!(found.contains(url), "{url} is not clickable");
    }
    for url in &found {
        assert!(
            ["http://", "https://", "mailto:"]
                .iter()
                .any(|scheme| url.starts_with(scheme)),
            "{url}"
        );
    }
}

#[test]
fn a_javascript_link_is_left_out_in_plain_words() {
    let mut assessment = demo();
    assessment
        .responses
        .entry(QuestionId::new("culture.vibrancy"))
        .or_default()
        .evidence
        .push(Evidence {
            id: civic_workbook::model::ItemId::default(),
            added_by: Vec::new(),
            title: "Festival page".to_owned(),
            link: "javascript:alert(1)".to_owned(),
            note: String::new(),
        });
    let bytes = render(&assessment);
    let found = uris(&parse(&bytes));
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|u| !u.to_lowercase().contains("javascript")),
        "{found:?}"
    );
    let text = extracted_text(&bytes);
    assert!(
        text.contains("Festival page (link not included: not a web or email address)"),
        "the reader is told, in plain words"
    );
    assert!(!text.contains("javascript"), "nor is it printed");
}

#[test]
fn metadata_names_the_report_and_its_date() {
    let pdf = parse(demo_pdf());
    let info = entry(&pdf, &pdf.trailer, "Info")
        .unwrap()
        .as_dict()
        .unwrap();
    let field = |key: &str| text(entry(&pdf, info, key).unwrap());
    let fw = framework();
    let doc = content::build(&fw, &demo(), &scoring::score(&fw, &demo()), DATE);
    assert_eq!(field("Title"), doc.title);
    assert_eq!(field("Author"), doc.author);
    assert_eq!(field("Subject"), doc.subject);
    assert!(field("Title").contains("Cwm Tawe"), "{}", field("Title"));
    assert!(
        field("CreationDate").starts_with("D:20261127"),
        "{}",
        field("CreationDate")
    );
    assert_eq!(field("Creator"), "Civic Impact Workbook");
}

#[test]
fn the_document_is_tagged_in_british_english() {
    let pdf = parse(demo_pdf());
    let catalog = pdf.catalog().unwrap();
    let mark_info = entry(&pdf, catalog, "MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    assert_eq!(text(entry(&pdf, catalog, "Lang").unwrap()), "en-GB");
    let root = entry(&pdf, catalog, "StructTreeRoot")
        .unwrap()
        .as_dict()
        .unwrap();
    // Walk the structure tree and note each element's type, with headings' titles and the
    // figure's alternative text.
    let mut kinds = BTreeSet::new();
    let mut headings = Vec::new();
    let mut alts = Vec::new();
    let mut stack: Vec<&Object> = root.get(b"K").into_iter().collect();
    while let Some(object) = stack.pop() {
        match resolve(&pdf, object) {
            Object::Array(items) => stack.extend(items),
            Object::Dictionary(element) => {
                let Some(kind) = entry(&pdf, element, "S") else {
                    continue;
                };
                let kind = name(kind);
                if kind.starts_with('H')
                    && let Some(title) = entry(&pdf, element, "T")
                {
                    headings.push(text(title));
                }
                if let Some(alt) = entry(&pdf, element, "Alt") {
                    alts.push((kind.clone(), text(alt)));
                }
                kinds.insert(kind);
                stack.extend(element.get(b"K").ok());
            }
            _ => {}
        }
    }
    for kind in [
        "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure",
        "Link",
    ] {
        assert!(kinds.contains(kind), "no {kind} in {kinds:?}");
    }
    assert!(headings.iter().any(|h| h == "Summary"), "{headings:?}");
    assert!(
        headings
            .iter()
            .any(|h| h == "Civic impact self-assessment 2026–27"),
        "{headings:?}"
    );
    assert!(
        headings
            .iter()
            .any(|h| h == "1. Institutional strategy and leadership")
    );
    assert!(
        alts.iter()
            .any(|(k, a)| k == "Figure" && a.contains("Radar chart of domain maturity")),
        "{alts:?}"
    );
}

#[test]
fn rendering_twice_gives_the_same_bytes() {
    assert_eq!(render(&demo()), demo_pdf());
}

#[test]
fn welsh_letters_and_curly_quotes_come_out_as_text() {
    let text = extracted_text(demo_pdf());
    for expected in [
        "Tŷ",
        "Gŵyl",
        "–",
        "‘",
        "’",
        "“",
        "”",
        "Summary",
        "Page 1 of",
    ] {
        assert!(text.contains(expected), "{expected:?} is missing");
    }
}

#[test]
fn no_character_is_lost_from_the_text_layer() {
    let mut assessment = demo();
    // Arithmetic and symbols (fallback faces), CJK and emoji (with a skin tone and a joiner:
    // the placeholder), a combining accent, a byte order mark, a bell, a line separator, a
    // private-use character, Arabic and Hebrew.
    let odd = concat!(
        "≥ 31% (2023 → 2026) ✓ ★ 漢字 🙂 − \u{1F44D}\u{1F3FD} e\u{301} \u{200D}\u{FE0F}\u{FEFF}",
        "\u{7}bell\u{2028}end \u{E000} جامعة שלום"
    );
    assessment.institution = format!("Prifysgol {odd}");
    assessment.title = format!("Adroddiad {odd}");
    let response = assessment
        .responses
        .entry(QuestionId::new("economy.impact"))
        .or_default();
    response.narrative = format!("Narrative with {odd}.");
    response.evidence.push(Evidence {
        id: civic_workbook::model::ItemId::default(),
        added_by: Vec::new(),
        title: format!("Evidence {odd}"),
        link: "https://example.org/漢字".to_owned(),
        note: odd.to_owned(),
    });
    let bytes = render(&assessment);
    let text = extracted_text(&bytes);
    for kept in [
        "Narrative with ≥ 31% (2023 → 2026) ✓ ★ 漢字 🙂 −",
        "Prifysgol ≥ 31%",
    ] {
        assert!(text.contains(kept), "{kept:?} in {text:.3000}");
    }
    for replaced in ["? 31%", "with ?", "??"] {
        assert!(!text.contains(replaced), "nothing becomes ?: {text:.3000}");
    }
    assert!(
        text.contains("bell end"),
        "a control character becomes a space"
    );
}

#[test]
fn page_labels_match_the_printed_page_numbers() {
    let pdf = parse(demo_pdf());
    let labels = entry(&pdf, pdf.catalog().unwrap(), "PageLabels")
        .unwrap()
        .as_dict()
        .unwrap();
    let nums = entry(&pdf, labels, "Nums").unwrap().as_array().unwrap();
    let label = |index: i64| {
        let at = nums
            .chunks(2)
            .find(|pair| pair[0].as_i64().unwrap() == index)
            .unwrap_or_else(|| panic!("no label starts at page {index}: {nums:?}"));
        resolve(&pdf, &at[1]).as_dict().unwrap()
    };
    assert_eq!(text(label(0).get(b"P").unwrap()), "Cover");
    assert_eq!(name(label(1).get(b"S").unwrap()), "D");
    assert_eq!(label(1).get(b"St").map_or(1, |s| s.as_i64().unwrap()), 1);
}

#[test]
fn the_document_declares_the_language_of_its_words() {
    // The report's own words decide the document's language; answers written in another are
    // marked apart (tests/report.rs reads the parts).
    let mut welsh = demo();
    welsh.language = "cy-GB".to_owned();
    let pdf = parse(&render(&welsh));
    let catalog = pdf.catalog().unwrap();
    assert_eq!(text(entry(&pdf, catalog, "Lang").unwrap()), "en-GB");
    let in_welsh = civic_workbook::report::render_in(
        &framework(),
        &welsh,
        None,
        DATE,
        civic_workbook::i18n::Languages::One(civic_workbook::i18n::Lang::Cy),
    )
    .unwrap();
    let pdf = parse(&in_welsh);
    assert_eq!(
        text(entry(&pdf, pdf.catalog().unwrap(), "Lang").unwrap()),
        "cy"
    );
    // A tag that does not read is a problem, and the report stays declared in British English.
    let mut odd = demo();
    odd.language = "Welsh please".to_owned();
    let problems = civic_workbook::model::problems::problems(&framework(), &odd);
    assert!(
        problems
            .iter()
            .any(|p| p.location.to_string() == "language"
                && p.message().contains("not a language tag")),
        "{problems:?}"
    );
    let pdf = parse(&render(&odd));
    assert_eq!(
        text(entry(&pdf, pdf.catalog().unwrap(), "Lang").unwrap()),
        "en-GB"
    );
    // The default is not written, so files stay as they were.
    let bytes = civic_workbook::storage::assessment_file::to_bytes(&demo());
    assert!(!String::from_utf8(bytes).unwrap().contains("\"language\""));
    let bytes = civic_workbook::storage::assessment_file::to_bytes(&welsh);
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("\"language\": \"cy-GB\"")
    );
}

#[test]
fn a_long_team_moves_from_the_cover_to_about_this_assessment() {
    let mut a = demo();
    a.team = (1..=30)
        .map(|i| civic_workbook::model::TeamMember {
            name: format!("Member {i} Pryce-Morgan"),
            role: "Partner organisation representative on the civic board".to_owned(),
        })
        .collect();
    let layout = layout_of(&a);
    let page_of = |title: &str| {
        layout
            .outline
            .iter()
            .find(|e| e.title == title)
            .unwrap_or_else(|| panic!("{title}"))
            .page
    };
    assert_eq!(page_of("Summary"), 1, "the cover stays one page");
    let about = page_of("About this assessment");
    let cover = layout.page_text(0);
    assert!(
        cover.contains(&format!(
            "of 30 members is listed in  About this assessment,\u{a0}page\u{a0}{about}"
        )),
        "{cover}"
    );
    assert!(!cover.contains("Member 1 "), "{cover}");
    assert!(layout.page_text(about).contains("Member 1 Pryce-Morgan"));
    assert!(
        (about..layout.pages.len())
            .map(|p| layout.page_text(p))
            .any(|text| text.contains("Member 30 Pryce-Morgan"))
    );
}

#[test]
fn the_pdf_opens_with_its_outline_shown() {
    let pdf = parse(demo_pdf());
    let catalog = pdf.catalog().unwrap();
    assert_eq!(
        name(entry(&pdf, catalog, "PageMode").unwrap()),
        "UseOutlines"
    );
    // The entry moved no object: lopdf found every page and the outline through the table.
    assert!(entry(&pdf, catalog, "Outlines").is_some());
    assert_eq!(pdf.get_pages().len(), layout_of(&demo()).pages.len());
}

#[test]
fn the_printed_contents_and_section_references_link_to_their_sections() {
    let pdf = parse(demo_pdf());
    let layout = layout_of(&demo());
    let links = section_links(&pdf);
    for entry in layout.outline.iter().filter(|e| e.level == 1) {
        let target = u32::try_from(entry.page).unwrap() + 1;
        assert!(
            links.iter().any(|&(_, to)| to == target),
            "{} (page {target}) is linked to: {links:?}",
            entry.title
        );
    }
    // The contents page (the third: cover, summary, contents) links to every section.
    let sections = layout.outline.iter().filter(|e| e.level == 1).count();
    assert!(
        links.iter().filter(|(from, _)| *from == 3).count() >= sections,
        "{links:?}"
    );
}
