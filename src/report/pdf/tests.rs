//! The writer's own rules: what text it lets through, which links it makes clickable, and that
//! a layout whose structure is inconsistent still gives a PDF rather than a krilla panic.

use krilla::configure::{ValidationError, Validators};
use krilla::error::KrillaError;
use krilla::tagging::ArtifactType;
use time::macros::date;

use super::paint::{Fonts, Pen, glyph_ranges};
use super::{is_openable, page_label, problems, running, write};
use crate::report::doc::{ReportDoc, Weight};
use crate::report::fonts::{self, Drawn, FaceId, Metrics};
use crate::report::layout::{self, annotation_alt as bounded};
use crate::report::layout::{
    Child, Ink, Item, Layout, Node, NodeKind, OutlineEntry, PAGE_HEIGHT, Page,
};

fn doc() -> ReportDoc {
    ReportDoc {
        title: "Title".to_owned(),
        author: "Author".to_owned(),
        subject: "Subject".to_owned(),
        language: "en-GB".to_owned(),
        footers: vec![crate::i18n::Lang::EnGb],
        cover: Vec::new(),
        body: Vec::new(),
    }
}

fn text(node: Option<usize>, y: f32, text: &str) -> Item {
    Item::Text {
        node,
        x: 70.0,
        y,
        size: 10.0,
        weight: Weight::Regular,
        ink: Ink::Text,
        text: text.to_owned(),
    }
}

#[test]
fn text_keeps_every_character_and_drops_only_invisible_ones() {
    let metrics = Metrics::new().unwrap();
    let pen = Pen::new(Fonts::load().unwrap(), &metrics);
    let cases = [
        ("Tŷ Gŵyl – ‘a’ “b” é", "Tŷ Gŵyl – ‘a’ “b” é"),
        // Drawn by a fallback face, or as the placeholder: never replaced.
        ("漢字 🙂 − ≥ ✓", "漢字 🙂 − ≥ ✓"),
        ("a\tb\u{7}c\u{0}d", "a b c d"),
        ("\u{FEFF}zero\u{200D}width\u{FE0F}", "zerowidth"),
        ("\u{202E}evil\u{202C} \u{200F}mark", "evil mark"),
        ("soft\u{00AD}hyphen", "softhyphen"),
        ("private \u{E000}", "private \u{E000}"),
    ];
    for (input, expected) in cases {
        assert_eq!(pen.printable(Weight::Regular, input), expected, "{input:?}");
    }
    assert_eq!(pen.printable(Weight::Italic, "Tŷ"), "Tŷ");
    assert_eq!(pen.printable(Weight::Bold, "Gŵyl"), "Gŵyl");
}

#[test]
fn a_cluster_keeps_its_text_on_every_glyph_unless_it_is_long() {
    // "a", then "e" and its acute accent (two glyphs, one cluster), then "x".
    let text = "ae\u{301}x";
    assert_eq!(
        glyph_ranges(text, &[0, 1, 1, 4], false),
        [0..1, 1..4, 1..4, 4..5]
    );
    assert_eq!(
        glyph_ranges(text, &[4, 1, 1, 0], true),
        [4..5, 1..4, 1..4, 0..1]
    );
    // A letter under 100 marks: pieces of 32 characters (a mark is two bytes), the last piece
    // running to the cluster's end.
    let text = format!("e{}", "\u{301}".repeat(100));
    let ranges = glyph_ranges(&text, &[0; 101], false);
    assert_eq!(ranges.len(), 101);
    assert_eq!((&ranges[0], &ranges[31]), (&(0..63), &(0..63)));
    assert_eq!(ranges[32], 63..127);
    assert_eq!(ranges[100], 191..201);
    let mut pieces = ranges.clone();
    pieces.dedup();
    let read: String = pieces.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(read, text, "every character once, in order");
    // Fewer glyphs than characters (the letter composed with its first accent): the last
    // glyph's piece takes the rest.
    assert_eq!(
        glyph_ranges(&text, &[0; 100], false).last(),
        Some(&(191..201))
    );
    // Right to left, the same pieces in the reverse order.
    let mut rtl = glyph_ranges(&text, &[0; 101], true);
    rtl.reverse();
    assert_eq!(rtl, ranges);
}

#[test]
fn a_long_link_alternative_is_cut_at_a_character() {
    assert_eq!(
        bounded("Festival page (link to https://example.org)"),
        "Festival page (link to https://example.org)"
    );
    let exact = "ŵ".repeat(250);
    assert_eq!(bounded(&exact), exact);
    let cut = bounded(&format!("{exact}ŵ"));
    assert_eq!(cut.chars().count(), 250);
    assert_eq!(cut, format!("{}…", "ŵ".repeat(249)));
    // 12 × 20 characters, then 9 of the 13th repeat.
    let words = bounded(&"Adroddiad blynyddol ".repeat(1_000));
    assert_eq!(
        words,
        format!("{}Adroddiad…", "Adroddiad blynyddol ".repeat(12))
    );
}

#[test]
fn only_web_and_mail_links_are_clickable() {
    for url in [
        "https://example.org",
        "HTTP://example.org",
        "mailto:a@example.org",
    ] {
        assert!(is_openable(url), "{url}");
    }
    for url in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "",
        "http",
        "ftp://x",
    ] {
        assert!(!is_openable(url), "{url}");
    }
}

#[test]
fn artifacts_near_the_edges_are_header_and_footer() {
    assert_eq!(running(44.0, 44.0), ArtifactType::Header);
    assert_eq!(
        running(PAGE_HEIGHT - 36.0, PAGE_HEIGHT - 36.0),
        ArtifactType::Footer
    );
    assert_eq!(running(300.0, 320.0), ArtifactType::Layout);
    assert_eq!(running(40.0, 400.0), ArtifactType::Layout);
    // A table's rules at the very top or foot of the text area are not the running ones.
    assert_eq!(running(layout::TOP, layout::TOP), ArtifactType::Layout);
    assert_eq!(
        running(layout::BOTTOM, layout::BOTTOM),
        ArtifactType::Layout
    );
}

#[test]
fn pages_are_labelled_as_their_footers_number_them() {
    assert_eq!(
        page_label(0),
        krilla::page::PageLabel::new(None, Some("Cover".to_owned()), None)
    );
    assert_eq!(
        page_label(3),
        krilla::page::PageLabel::new(
            Some(krilla::page::NumberingStyle::Arabic),
            None,
            std::num::NonZeroU32::new(3)
        )
    );
}

#[test]
fn validation_errors_read_as_a_list_of_problems() {
    let error = KrillaError::Validation(vec![
        (ValidationError::MissingHeadingTitle, Validators::default()),
        (ValidationError::MissingAltText(None), Validators::default()),
        (ValidationError::MissingHeadingTitle, Validators::default()),
    ]);
    assert_eq!(
        problems::describe(&error),
        "it would not be a valid PDF/UA-1 document: a heading has no title; a figure has no text \
         alternative"
    );
}

/// A layout no engine should produce: nodes and items referred to twice, to nothing, or not at
/// all; a blank heading and figure; links of every kind; bookmarks on missing pages.
#[expect(
    clippy::too_many_lines,
    reason = "one layout with every inconsistency, item by item"
)]
fn inconsistent_layout() -> Layout {
    let node = |kind: NodeKind, children: Vec<Child>| Node { kind, children };
    let link = |url: &str| Item::LinkArea {
        rect: (70.0, 100.0, 40.0, 12.0),
        url: url.to_owned(),
        alt: String::new(),
    };
    let page = Page {
        items: vec![
            text(Some(1), 100.0, "Heading"),
            text(Some(99), 120.0, "Tagged under a node that does not exist"),
            text(None, 44.0, "Running header"),
            link("https://example.org"),
            link("javascript:alert(1)"),
            Item::LinkArea {
                rect: (70.0, 100.0, 0.0, 0.0),
                url: "https://example.org/empty".to_owned(),
                alt: "empty".to_owned(),
            },
            Item::Chart {
                node: 2,
                rect: (100.0, 200.0, 200.0),
                radar: chart(&[("A", Some(3)), ("B 漢", None)]),
                lang: crate::i18n::Lang::EnGb,
            },
            Item::Chart {
                node: 2,
                rect: (100.0, 450.0, 100.0),
                radar: chart(&[]),
                lang: crate::i18n::Lang::EnGb,
            },
            text(Some(3), 700.0, "Link text"),
            // To a section on a page that exists, on one that does not, and to none.
            Item::GoTo {
                rect: (70.0, 600.0, 40.0, 12.0),
                target: Some((0, 100.0)),
                alt: "Heading".to_owned(),
            },
            Item::GoTo {
                rect: (70.0, 620.0, 40.0, 12.0),
                target: Some((7, 100.0)),
                alt: "Gone".to_owned(),
            },
            Item::GoTo {
                rect: (70.0, 640.0, 40.0, 12.0),
                target: None,
                alt: String::new(),
            },
        ],
    };
    Layout {
        pages: vec![page],
        nodes: vec![
            node(
                NodeKind::Document,
                vec![
                    Child::Node(1),
                    Child::Node(1),
                    Child::Node(2),
                    Child::Node(3),
                    Child::Node(50),
                    Child::Content(0, 0),
                    Child::Content(4, 4),
                    Child::Annotation(0, 3),
                ],
            ),
            node(
                NodeKind::Heading {
                    level: 0,
                    text: "  ".to_owned(),
                },
                vec![Child::Content(0, 0), Child::Content(0, 2)],
            ),
            node(NodeKind::Figure(String::new()), vec![Child::Content(0, 6)]),
            node(
                NodeKind::Link {
                    url: "javascript:alert(1)".to_owned(),
                    alt: String::new(),
                },
                vec![
                    Child::Annotation(0, 4),
                    Child::Annotation(0, 5),
                    Child::Content(0, 8),
                    Child::Node(0),
                    Child::Annotation(0, 9),
                    Child::Annotation(0, 10),
                    Child::Annotation(0, 11),
                ],
            ),
        ],
        outline: vec![
            OutlineEntry {
                level: 2,
                title: "Orphan".to_owned(),
                page: 0,
                y: 5.0,
            },
            OutlineEntry {
                level: 1,
                title: "Gone".to_owned(),
                page: 7,
                y: 100.0,
            },
        ],
    }
}

#[test]
fn an_inconsistent_layout_still_gives_a_pdf() {
    let metrics = Metrics::new().unwrap();
    let bytes = write(
        &inconsistent_layout(),
        &doc(),
        date!(2026 - 11 - 27),
        &metrics,
    )
    .unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("javascript"), "no script link is written");
}

#[test]
fn an_empty_layout_and_an_ancient_date_give_a_pdf() {
    let metrics = Metrics::new().unwrap();
    let empty = Layout {
        pages: Vec::new(),
        nodes: Vec::new(),
        outline: Vec::new(),
    };
    // krilla gives a document without pages one blank page; a year PDF cannot write is left out.
    let bytes = write(&empty, &doc(), date!(-5 - 01 - 01), &metrics).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("CreationDate"));
}

#[test]
fn fallback_faces_are_read_only_when_a_character_needs_one() {
    let metrics = Metrics::new().unwrap();
    let fallbacks = || (fonts::FIRST_FALLBACK..fonts::FACES.len()).map(FaceId);
    let measured = crate::report::layout::Measure::width(
        &metrics,
        Weight::Regular,
        10.0,
        "Gŵyl Cwmtawe – ‘a’ report, 3.3 (Delivering)",
    );
    assert!(measured > 0.0);
    assert!(
        fallbacks().all(|face| !metrics.is_loaded(face)),
        "Latin text reads no fallback"
    );
    // The true minus sign of printed figures is in Noto Sans Math, read once it is needed.
    let math = FaceId(fonts::FIRST_FALLBACK + 1);
    assert_eq!(
        metrics.drawn(Weight::Regular, '\u{2212}').0,
        Drawn::Face(math)
    );
    assert!(metrics.is_loaded(math));
    assert!(
        !metrics.is_loaded(FaceId(fonts::FIRST_FALLBACK + 2)),
        "Arabic still unread"
    );
}

#[test]
fn an_export_sets_no_process_wide_thread_pool() {
    let metrics = Metrics::new().unwrap();
    let bytes = write(
        &inconsistent_layout(),
        &doc(),
        date!(2026 - 11 - 27),
        &metrics,
    )
    .unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    // The application may still configure rayon's global pool as it likes.
    assert!(
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|_| "test-global".to_owned())
            .build_global()
            .is_ok()
    );
}

#[test]
fn the_writers_words_come_from_the_catalogue() {
    let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
    assert_ne!(
        page_label(0),
        krilla::page::PageLabel::new(None, Some("Cover".to_owned()), None)
    );
    let blank = ReportDoc {
        title: " ".to_owned(),
        ..doc()
    };
    assert!(
        super::title(&blank).starts_with('⟦'),
        "{}",
        super::title(&blank)
    );
}

/// Runs of two or more ASCII letters: English words that did not come from the catalogue (in
/// the pseudo-locale, the catalogue's own letters are accented).
pub(crate) fn ascii_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            if word.len() >= 2 {
                words.push(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    words
}

#[test]
fn the_charts_words_come_from_the_catalogue() {
    let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
    let mut radar = chart(&[
        ("Economic impact", Some(3)),
        ("Environmental sustainability", None),
    ]);
    if let Some(first) = radar.axes.first_mut() {
        first.earlier = crate::model::Phase::new(2).map(crate::scoring::Maturity::of_phase);
    }
    for axis in &radar.axes {
        for (line, ..) in super::chart::value_lines(axis) {
            assert!(ascii_words(&line).is_empty(), "{line}");
        }
    }
}

/// A radar chart of domains named and rated at a phase, or not rated.
fn chart(domains: &[(&str, Option<u8>)]) -> crate::scoring::radar::Radar {
    use crate::scoring::radar::{Radar, RadarAxis, edges};
    let axes: Vec<RadarAxis> = domains
        .iter()
        .map(|(title, phase)| RadarAxis {
            label: (*title).to_owned(),
            maturity: phase
                .and_then(crate::model::Phase::new)
                .map(crate::scoring::Maturity::of_phase),
            earlier: None,
        })
        .collect();
    let values: Vec<Option<f64>> = axes.iter().map(RadarAxis::value).collect();
    Radar {
        profile: edges(&values),
        earlier_profile: Vec::new(),
        alt: String::new(),
        axes,
    }
}

/// The marked-content sections of `pdf`'s pages that carry an MCID (the tagged ones), counted
/// in its decompressed content streams.
fn tagged_sections(pdf: &[u8]) -> usize {
    use std::io::Read as _;
    let mut count = 0;
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream\n") {
        let body = &rest[start + b"stream\n".len()..];
        let Some(end) = find(body, b"\nendstream") else {
            break;
        };
        let mut content = Vec::new();
        if flate2::read::ZlibDecoder::new(&body[..end])
            .read_to_end(&mut content)
            .is_ok()
        {
            count += content.windows(6).filter(|w| w == b"/MCID ").count();
        }
        rest = &body[end + b"\nendstream".len()..];
    }
    count
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn a_paragraphs_lines_share_one_tagged_section_until_something_else_is_drawn() {
    let line = |y: f32| Item::Line {
        from: (70.0, y),
        to: (300.0, y),
        width: 0.5,
        ink: Ink::Rule,
    };
    let page = Page {
        items: vec![
            // A heading's line, then a paragraph of three lines: two sections.
            text(Some(1), 100.0, "Heading"),
            text(Some(2), 120.0, "The first line of a paragraph"),
            text(Some(2), 132.0, "its second line"),
            text(Some(2), 144.0, "and its third."),
            // A paragraph whose lines a rule comes between: one section each.
            text(Some(3), 170.0, "Above a rule"),
            line(175.0),
            text(Some(3), 182.0, "below it."),
        ],
    };
    let node = |kind: NodeKind, children: Vec<Child>| Node { kind, children };
    let layout = Layout {
        pages: vec![page],
        nodes: vec![
            node(
                NodeKind::Document,
                vec![Child::Node(1), Child::Node(2), Child::Node(3)],
            ),
            node(
                NodeKind::Heading {
                    level: 1,
                    text: "Heading".to_owned(),
                },
                vec![Child::Content(0, 0)],
            ),
            node(
                NodeKind::Paragraph,
                (1..=3).map(|item| Child::Content(0, item)).collect(),
            ),
            node(
                NodeKind::Paragraph,
                vec![Child::Content(0, 4), Child::Content(0, 6)],
            ),
        ],
        outline: Vec::new(),
    };
    let metrics = Metrics::new().unwrap();
    // krilla checks the tagging against PDF/UA as it writes; the count is the test (an
    // identifier placed wrongly would still find a parent in the document).
    let bytes = write(&layout, &doc(), date!(2026 - 11 - 27), &metrics).unwrap();
    assert_eq!(tagged_sections(&bytes), 4);
}
