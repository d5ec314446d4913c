//! The layout's own words (footer, page references, the bars' headings) in the pseudo-locale,
//! and the typesetting rules that need a whole document: headings kept with what follows,
//! columns sized to their content, sections linked from the contents.

use super::{Item, Layout, layout};
use crate::i18n::{self, Lang};
use crate::report::doc::{Bar, Block, ReportDoc, Run, TextSize};
use crate::report::fonts::Metrics;

/// Runs of two or more ASCII letters: words that did not come from the catalogue.
fn ascii_words(text: &str) -> Vec<String> {
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

fn heading(level: u8, text: &str, outline: bool) -> Block {
    Block::Heading {
        level,
        text: text.to_owned(),
        outline,
    }
}

fn paragraph(runs: Vec<Run>) -> Block {
    Block::Paragraph {
        runs,
        size: TextSize::Body,
    }
}

/// A small report: the user's own words are all "Qq"-free single letters or numbers, so any
/// word of two ASCII letters on a page came from the layout.
fn doc() -> ReportDoc {
    let bar = |value: Option<f64>, change: Option<&str>| Bar {
        label: "D".to_owned(),
        value,
        text: "3.3".to_owned(),
        change: change.map(str::to_owned),
    };
    let mut body = vec![
        heading(1, "S", true),
        paragraph(vec![
            Run::plain("1 "),
            Run::section_ref("P"),
            Run::plain("."),
        ]),
        Block::Bars {
            bars: vec![bar(Some(3.3), Some("+0.6")), bar(None, None)],
            change_header: Some("C".to_owned()),
        },
        Block::Contents {
            entries: vec!["S".to_owned(), "P".to_owned()],
        },
        Block::PageBreak,
        heading(1, "P", true),
    ];
    for _ in 0..40 {
        body.push(paragraph(vec![Run::plain("1 2 3 4 5 6 7 8 9 ".repeat(8))]));
    }
    ReportDoc {
        title: "T".to_owned(),
        author: "A".to_owned(),
        subject: "S".to_owned(),
        language: "qps-ploc".to_owned(),
        footers: vec![crate::i18n::language()],
        cover: vec![paragraph(vec![Run::plain("T")])],
        body,
    }
}

fn texts(layout: &Layout) -> Vec<String> {
    layout
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .filter_map(|item| match item {
            Item::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_layouts_words_come_from_the_catalogue() {
    let _lang = i18n::scoped(Lang::Pseudo);
    let metrics = Metrics::new().unwrap();
    let layout = layout(&doc(), &metrics);
    assert!(layout.pages.len() > 2, "a footer on more than one page");
    for text in texts(&layout) {
        assert!(ascii_words(&text).is_empty(), "{text:?}");
    }
    // The page reference got its number, inside the catalogue's words.
    let page = layout.page_text(1);
    assert!(page.contains("P,\u{a0}"), "{page}");
    assert!(page.contains("\u{a0}2⟧"), "{page}");
}

#[test]
fn in_english_the_layout_says_what_it_said() {
    let _lang = i18n::scoped(Lang::EnGb);
    let metrics = Metrics::new().unwrap();
    let layout = layout(&doc(), &metrics);
    let page = layout.page_text(1);
    for expected in [
        "P,\u{a0}page\u{a0}2",
        "Domain",
        "Maturity (phases 1–6)",
        "–",
        "Page 1 of",
    ] {
        assert!(page.contains(expected), "{expected:?} in {page}");
    }
}

#[test]
fn the_contents_and_a_section_reference_go_to_the_section() {
    let metrics = Metrics::new().unwrap();
    let layout = layout(&doc(), &metrics);
    let heading = layout
        .outline
        .iter()
        .find(|entry| entry.title == "P")
        .unwrap();
    let targets: Vec<Option<(usize, f32)>> = layout.pages[1]
        .items
        .iter()
        .filter_map(|item| match item {
            Item::GoTo { target, .. } => Some(*target),
            _ => None,
        })
        .collect();
    // The reference in the text, then the two entries of the contents.
    assert_eq!(targets.len(), 3, "{targets:?}");
    assert_eq!(targets[0], Some((heading.page, heading.y)));
    assert_eq!(targets[2], Some((heading.page, heading.y)));
}

#[test]
fn short_columns_fit_their_content_and_never_break_inside() {
    let metrics = Metrics::new().unwrap();
    let cell = |text: &str| vec![Run::plain(text)];
    let long = "A description of an action long enough to wrap over several lines of its \
                column, as actions in a plan often are, with more words after that.";
    let doc = ReportDoc {
        body: vec![Block::Table {
            header: vec!["Action".to_owned(), "Owner".to_owned(), "Status".to_owned()],
            widths: vec![4.0, 1.0, 1.0],
            rows: vec![
                vec![
                    cell(long),
                    cell("Professor Gwenllian Rhys-Williams"),
                    cell("In progress"),
                ],
                vec![cell(long), cell("Dean of Health"), cell("Not started")],
            ],
        }],
        ..doc()
    };
    let layout = layout(&doc, &metrics);
    let page = layout.page_text(1);
    for whole in [
        "Professor Gwenllian Rhys-Williams",
        "In progress",
        "Not started",
    ] {
        assert!(page.contains(whole), "{whole:?} on one line: {page}");
    }
}
