//! The report: its content and page layout (pure), and the PDF parsed back with lopdf.

use civic_workbook::model::{Assessment, Evidence, Phase, QuestionId};
use civic_workbook::report::content;
use civic_workbook::report::doc::{Block, ReportDoc};
use civic_workbook::report::fonts::Metrics;
use civic_workbook::report::layout::{
    self, BOTTOM, Item, Layout, MARGIN_X, NodeKind, PAGE_WIDTH, TOP,
};
use civic_workbook::scoring;
use time::macros::date;

use crate::util::{demo, framework};

fn doc_of(assessment: &Assessment) -> ReportDoc {
    let fw = framework();
    let card = scoring::score(&fw, assessment);
    content::build(&fw, assessment, &card, date!(2026 - 11 - 27))
}

fn layout_of(assessment: &Assessment) -> Layout {
    layout::layout(&doc_of(assessment), &Metrics::new().unwrap())
}

/// Every item inside the page's text area (header and footer excepted) and the page's width.
fn assert_fits(layout: &Layout) {
    let metrics = Metrics::new().unwrap();
    for (index, page) in layout.pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Text {
                x,
                y,
                size,
                weight,
                text,
                node,
                ..
            } = item
            {
                // A trailing space at a line break is invisible and takes no room.
                let right = x + civic_workbook::report::layout::Measure::width(
                    &metrics,
                    *weight,
                    *size,
                    text.trim_end(),
                );
                assert!(
                    *x >= MARGIN_X - 0.01 && right <= PAGE_WIDTH - MARGIN_X + 0.5,
                    "page {index}: {text:?} runs to {right}"
                );
                if node.is_some() {
                    assert!(
                        *y >= TOP && *y <= BOTTOM + 0.5,
                        "page {index}: {text:?} at y {y}"
                    );
                }
            }
        }
    }
}

fn blank() -> Assessment {
    Assessment::new(&framework(), time::macros::datetime!(2026-11-27 09:00 UTC))
}

#[test]
fn summary_holds_the_scoring_numbers() {
    let fw = framework();
    let demo = demo();
    let card = scoring::score(&fw, &demo);
    let doc = doc_of(&demo);
    let text = doc.text();
    assert!(text.contains("Overall maturity 3.1 (Delivering), across 6 of 7 domains and 15 of 20 key questions rated"), "{text}");
    assert!(text.contains(&format!("Completion {}", card.completion().unwrap())));
    assert!(text.contains("Evidence coverage 73% (11 of 15 rated questions have evidence)"));
    assert!(
        text.contains("Strongest: Cultural contribution, 3.5 (Delivering)."),
        "{text}"
    );
    assert!(text.contains(
        "Least developed: Economic impact and Learning and skills, each 2.7 (Planning)."
    ));
    assert!(text.contains(
        "Not yet rated: Environmental sustainability, so it is not in the overall maturity."
    ));
    assert!(text.contains("Phases of progress: 1\u{a0}Exploring · 2\u{a0}Planning"));
    assert!(
        text.contains("Economic impact 2.7 (Planning)"),
        "a bar per domain with the phase it reaches"
    );
    let Some(Block::Radar(radar)) = civic_workbook::report::doc::flatten(&doc.body)
        .into_iter()
        .find(|b| matches!(b, Block::Radar(_)))
    else {
        panic!("no radar chart");
    };
    let alt = &radar.alt;
    let values: Vec<Option<f64>> = radar
        .axes
        .iter()
        .map(civic_workbook::scoring::radar::RadarAxis::value)
        .collect();
    let expected: Vec<Option<f64>> = card
        .domains
        .iter()
        .map(|d| d.maturity.map(civic_workbook::scoring::Maturity::value))
        .collect();
    assert_eq!(values, expected, "unrated stays unrated, never zero");
    assert!(
        alt.contains("Economic impact 2.7")
            && alt.contains("Environmental sustainability not yet rated"),
        "{alt}"
    );
}

#[test]
fn the_summary_is_one_page_and_sections_start_new_pages_but_domains_run_on() {
    let layout = layout_of(&demo());
    let summary = layout
        .outline
        .iter()
        .find(|e| e.title == "Summary")
        .unwrap();
    let first_domain = layout
        .outline
        .iter()
        .find(|e| e.title.starts_with("1. "))
        .unwrap();
    assert_eq!(summary.page, 1);
    assert!(
        layout.page_text(2).starts_with("Contents"),
        "the summary fits on one page, the contents follow: {}",
        layout.page_text(2)
    );
    assert_eq!(
        first_domain.page, 3,
        "the summary and contents take a page each"
    );
    // A domain that follows another runs on when there is room (the report stays short);
    // every other section starts at the top of a page of its own.
    let sections: Vec<_> = layout.outline.iter().filter(|e| e.level == 1).collect();
    let is_domain = |title: &str| {
        title
            .split_once(". ")
            .is_some_and(|(n, _)| n.parse::<u8>().is_ok())
    };
    for pair in sections.windows(2) {
        let [before, entry] = pair else { continue };
        if is_domain(&entry.title) && is_domain(&before.title) {
            assert!(
                entry.page > before.page || (entry.page == before.page && entry.y > before.y),
                "{} follows {}",
                entry.title,
                before.title
            );
        } else {
            assert!(
                (entry.y - TOP).abs() < 10.0 && entry.page > before.page,
                "{} starts at the top of a page of its own",
                entry.title
            );
        }
    }
    assert!(
        sections
            .iter()
            .any(|e| is_domain(&e.title) && (e.y - TOP).abs() >= 10.0),
        "some domain runs on after the one before it"
    );
    assert_fits(&layout);
}

#[test]
fn outline_lists_summary_domains_with_questions_action_plan_and_method() {
    let layout = layout_of(&demo());
    let top: Vec<&str> = layout
        .outline
        .iter()
        .filter(|e| e.level == 1)
        .map(|e| e.title.as_str())
        .collect();
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
    assert_eq!(
        layout.outline.iter().filter(|e| e.level == 2).count(),
        20,
        "every question under its domain"
    );
}

#[test]
fn empty_half_done_and_full_assessments_lay_out() {
    let fw = framework();
    let mut full = demo();
    for (_, question) in fw.questions() {
        let response = full.responses.entry(question.id.clone()).or_default();
        response.phase = response.phase.or(Phase::new(2));
        response.narrative = format!("Narrative for {} – Tŷ ‘a’ “b”.", question.id);
    }
    for (name, assessment) in [("empty", blank()), ("half done", demo()), ("full", full)] {
        let layout = layout_of(&assessment);
        assert!(
            layout.pages.len() >= 11,
            "{name}: cover, summary, 7 domains, plan, method"
        );
        assert_fits(&layout);
        let text: String = (0..layout.pages.len())
            .map(|p| layout.page_text(p))
            .collect();
        assert!(text.contains("Page 1 of"), "{name}");
    }
    let empty = doc_of(&blank()).text();
    assert!(empty.contains("Overall maturity not yet rated"));
    assert!(
        empty.contains("Narrative: none recorded."),
        "unanswered parts are shown, not hidden"
    );
    assert!(empty.contains("No actions recorded yet."));
}

#[test]
fn ten_thousand_character_narratives_run_across_pages() {
    let mut a = demo();
    let long: String = "Gŵyl Cwmtawe – ‘long’ narrative text that keeps going. ".repeat(200);
    assert!(long.chars().count() >= 10_000);
    a.responses
        .get_mut(&QuestionId::new("economy.impact"))
        .unwrap()
        .narrative = long.clone();
    let layout = layout_of(&a);
    assert_fits(&layout);
    let all: String = (0..layout.pages.len())
        .map(|p| layout.page_text(p))
        .collect::<Vec<_>>()
        .join(" ");
    let words_in = long.split_whitespace().count();
    let economy_pages: Vec<usize> = layout
        .outline
        .iter()
        .filter(|e| e.title.starts_with("2."))
        .map(|e| e.page)
        .collect();
    assert!(
        layout
            .outline
            .iter()
            .find(|e| e.title.starts_with("3. "))
            .unwrap()
            .page
            > economy_pages[0] + 3
    );
    assert!(
        all.matches("keeps going.").count() >= words_in / 9,
        "no text lost"
    );
}

#[test]
fn two_hundred_evidence_links_on_one_question() {
    let mut a = demo();
    let response = a
        .responses
        .entry(QuestionId::new("culture.vibrancy"))
        .or_default();
    response.evidence = (0..200)
        .map(|i| Evidence {
            id: civic_workbook::model::ItemId::default(),
            added_by: Vec::new(),
            title: format!("Evidence {i}"),
            link: if i == 7 { "javascript:alert(1)".to_owned() } else { format!("https://www.cwmtawe.ac.uk.example/a/very/long/path/to/evidence/number/{i}/with/more/segments/than/fit/on/one/line/of/the/page.pdf") },
            note: String::new(),
        })
        .collect();
    let layout = layout_of(&a);
    assert_fits(&layout);
    let links: Vec<&str> = layout
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            Item::LinkArea { url, .. } => Some(url.as_str()),
            _ => None,
        })
        .collect();
    for i in [0, 100, 199] {
        assert!(links.iter().any(|u| u.ends_with(&format!(
            "/number/{i}/with/more/segments/than/fit/on/one/line/of/the/page.pdf"
        ))));
    }
    assert!(
        !links.iter().any(|u| u.starts_with("javascript")),
        "a disallowed scheme is never linked"
    );
    let text: String = (0..layout.pages.len())
        .map(|p| layout.page_text(p))
        .collect();
    assert!(text.contains("(link not included: not a web or email address)"));
    assert!(!text.contains("javascript"), "nor printed as text");
}

#[test]
fn tables_repeat_their_header_on_every_page() {
    let mut a = demo();
    let response = a
        .responses
        .entry(QuestionId::new("learning.access"))
        .or_default();
    response.actions = (0..120)
        .map(|i| civic_workbook::model::Action {
            id: civic_workbook::model::ItemId::default(),
            added_by: Vec::new(),
            description: format!("Action number {i} with a description long enough to wrap onto a second line in the table"),
            owner: "Rhodri Bevan".to_owned(),
            due: format!("2027-{:02}-{:02}", i % 12 + 1, i % 28 + 1),
            status: civic_workbook::model::ActionStatus::Planned,
        })
        .collect();
    let layout = layout_of(&a);
    assert_fits(&layout);
    let plan = layout
        .outline
        .iter()
        .find(|e| e.title == "Action plan")
        .unwrap()
        .page;
    let method = layout
        .outline
        .iter()
        .find(|e| e.title == "Method")
        .unwrap()
        .page;
    assert!(method > plan + 2, "the plan runs over several pages");
    for page in plan..method {
        let text = layout.page_text(page);
        // The done actions' table may start a page of its own after the open ones.
        assert!(
            text.contains("Question Action Owner Due Status")
                || text.starts_with("Done Question Action Owner Was due"),
            "page {page} lacks the header: {text:.200}"
        );
    }
    // Only the first header row is tagged; repeats are artifacts.
    let header_cells = layout
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::HeaderCell)
        .count();
    let tables = layout
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Table)
        .count();
    assert!(header_cells >= tables * 2);
}

#[test]
fn answers_to_questions_not_in_the_framework_are_shown_not_dropped() {
    let mut assessment = demo();
    let response = assessment
        .responses
        .entry(QuestionId::new("economy.retired"))
        .or_default();
    response.phase = Some(Phase::new(4).unwrap());
    "Our old answer about anchor procurement.".clone_into(&mut response.narrative);
    response.actions.push(civic_workbook::model::Action {
        description: "Publish the procurement pledge".to_owned(),
        owner: "Finance".to_owned(),
        due: "2027-01-15".to_owned(),
        ..Default::default()
    });
    let layout = layout_of(&assessment);
    let top: Vec<&str> = layout
        .outline
        .iter()
        .filter(|e| e.level == 1)
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(
        top.last(),
        Some(&"Answers to questions not in this version of the framework")
    );
    // Numbered in the appendix, never named by the id it was saved with (issue 24).
    assert!(layout.outline.iter().any(|e| e.title == "Answer 1"));
    assert!(
        !layout
            .outline
            .iter()
            .any(|e| e.title.contains("economy.retired")),
        "{:?}",
        layout.outline
    );
    let text: String = (0..layout.pages.len())
        .map(|p| layout.page_text(p))
        .collect();
    assert!(text.contains("Our old answer about anchor procurement."));
    let page_of = |title: &str| {
        layout
            .outline
            .iter()
            .find(|e| e.title == title)
            .unwrap()
            .page
    };
    let pages =
        |from: usize, to: usize| -> String { (from..to).map(|p| layout.page_text(p)).collect() };
    assert!(
        pages(page_of("Action plan"), page_of("Method")).contains("Publish the procurement pledge"),
        "its action is in the action plan"
    );
    assert!(
        pages(page_of("Answer 1"), layout.pages.len()).contains("Publish the procurement pledge"),
        "and under its answer"
    );
    let markdown =
        civic_workbook::report::markdown(&framework(), &assessment, None, date!(2026 - 11 - 27));
    assert!(markdown.contains("Our old answer about anchor procurement."));
    assert!(markdown.contains("Answers to questions not in this version of the framework"));
    assert!(
        markdown.lines().any(|row| row.starts_with("| Answer 1 ")
            && row.contains("not in this version of the framework")
            && row.contains("Publish the procurement pledge")),
        "marked in the action plan: {markdown}"
    );
    let csv = String::from_utf8(civic_workbook::report::csv::actions(
        &framework(),
        &assessment,
    ))
    .unwrap();
    assert!(csv.contains("Publish the procurement pledge"), "{csv}");
}

/// The demo's earlier year, for compared reports.
fn earlier() -> Assessment {
    civic_workbook::storage::assessment_file::load(
        &crate::util::root().join("assets/demo-2025-26.civic.json"),
        &framework(),
    )
    .unwrap()
}

fn compared_layout(current: &Assessment, on: time::Date) -> (ReportDoc, Layout) {
    let fw = framework();
    let card = scoring::score(&fw, current);
    let doc = content::build_with_baseline(&fw, current, &card, Some(&earlier()), on);
    let layout = layout::layout(&doc, &Metrics::new().unwrap());
    (doc, layout)
}

/// A long stress assessment: narratives of every length from a line to three pages, many
/// evidence links and actions, so breaks fall everywhere.
fn stress() -> Assessment {
    let fw = framework();
    let mut a = demo();
    let sentence = "Gŵyl Cwmtawe – ‘a’ narrative sentence of ordinary length, with a comma. ";
    for (index, (_, question)) in fw.questions().enumerate() {
        let response = a.responses.entry(question.id.clone()).or_default();
        response.phase = Phase::new(u8::try_from(index % 6).unwrap() + 1);
        response.narrative = (0..=index * 7)
            .map(|p| sentence.repeat(p % 9 + 1))
            .collect::<Vec<_>>()
            .join("\n\n");
        for i in 0..index % 5 {
            response.evidence.push(Evidence {
                id: civic_workbook::model::ItemId::default(),
                added_by: Vec::new(),
                title: format!(
                    "Evidence {i} with a title long enough to wrap onto a second line of the list"
                ),
                link: format!("https://www.cwmtawe.ac.uk.example/{}/{i}", question.id),
                note: "Minutes".to_owned(),
            });
        }
    }
    a
}

/// The content items under `node`, its descendants' included, as (page, item index).
fn contents_of(layout: &Layout, node: usize, out: &mut Vec<(usize, usize)>) {
    for child in &layout.nodes[node].children {
        match *child {
            layout::Child::Content(page, item) => out.push((page, item)),
            layout::Child::Node(id) => contents_of(layout, id, out),
            layout::Child::Annotation(..) => {}
        }
    }
}

fn baseline_of(layout: &Layout, (page, item): (usize, usize)) -> i64 {
    match &layout.pages[page].items[item] {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a baseline in hundredths of a point"
        )]
        Item::Text { y, .. } => (y * 100.0).round() as i64,
        _ => -1,
    }
}

/// No paragraph or list item leaves a single line on either side of a page break; no heading
/// ends a page; no table leaves a single row on either side of a page break.
fn assert_well_broken(name: &str, layout: &Layout) {
    use std::collections::{BTreeMap, BTreeSet};
    for (id, node) in layout.nodes.iter().enumerate() {
        let mut items = Vec::new();
        contents_of(layout, id, &mut items);
        match &node.kind {
            NodeKind::Paragraph | NodeKind::ListBody => {
                let mut lines: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
                for &(page, item) in &items {
                    lines
                        .entry(page)
                        .or_default()
                        .insert(baseline_of(layout, (page, item)));
                }
                if lines.len() > 1 {
                    for (page, set) in &lines {
                        assert!(
                            set.len() >= 2,
                            "{name}: a paragraph leaves one line on page {page}: {:?}",
                            layout
                                .page_text(*page)
                                .chars()
                                .take(200)
                                .collect::<String>()
                        );
                    }
                }
            }
            NodeKind::Heading { text, .. } => {
                let Some(&(page, last)) = items.iter().max() else {
                    continue;
                };
                let followed =
                    layout.pages[page]
                        .items
                        .iter()
                        .skip(last + 1)
                        .any(|item| match item {
                            Item::Text { node, .. } => node.is_some(),
                            Item::Chart { .. } => true,
                            _ => false,
                        });
                assert!(followed, "{name}: the heading {text:?} ends page {page}");
            }
            NodeKind::Table => {
                let mut rows: BTreeMap<usize, usize> = BTreeMap::new();
                for child in &node.children {
                    let layout::Child::Node(row) = *child else {
                        continue;
                    };
                    let mut cells = Vec::new();
                    contents_of(layout, row, &mut cells);
                    if let Some(&(page, _)) = cells.iter().min() {
                        *rows.entry(page).or_default() += 1;
                    }
                }
                if rows.len() > 1 {
                    for (page, count) in &rows {
                        assert!(
                            *count >= 2,
                            "{name}: a table leaves one row on page {page} ({rows:?})"
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "the heading rule is written out here, beside the layouts it checks"
)]
fn no_widows_orphans_stranded_headings_or_lone_table_rows() {
    use civic_workbook::storage::{assessment_file, framework_file};
    use std::collections::BTreeSet;

    /// A heading never ends a page without at least two lines of what follows it (or all of
    /// it, when less follows before the next heading of its level). Headings below it do not
    /// count, nor a question's phase line: the paragraph right after a question's heading.
    fn assert_kept_with_what_follows(name: &str, layout: &Layout) {
        /// The document's child: its heading level (none for anything else), its kind, and
        /// its lines as (page, baseline).
        type Child = (Option<u8>, NodeKind, Vec<(usize, i64)>);
        let children: Vec<Child> = layout.nodes[0]
            .children
            .iter()
            .filter_map(|child| match *child {
                layout::Child::Node(id) => {
                    let mut items = Vec::new();
                    contents_of(layout, id, &mut items);
                    let level = match layout.nodes[id].kind {
                        NodeKind::Heading { level, .. } => Some(level),
                        _ => None,
                    };
                    let lines = items
                        .iter()
                        .map(|&(page, item)| match &layout.pages[page].items[item] {
                            // A chart is as good as two lines.
                            Item::Chart { .. } => (page, -1),
                            _ => (page, baseline_of(layout, (page, item))),
                        })
                        .collect();
                    Some((level, layout.nodes[id].kind.clone(), lines))
                }
                _ => None,
            })
            .collect();
        for (index, (level, kind, items)) in children.iter().enumerate() {
            let Some(level) = *level else { continue };
            let Some(&(page, _)) = items.iter().max() else {
                continue;
            };
            // A question: a level-2 heading in the outline, with its phase line after it.
            let question = level == 2
                && matches!(kind, NodeKind::Heading { text, .. }
                    if layout.outline.iter().any(|e| e.level == 2 && e.title == *text));
            let mut following: Vec<(usize, usize, i64)> = Vec::new();
            for (offset, (next_level, next_kind, next_items)) in
                children.iter().enumerate().skip(index + 1)
            {
                match next_level {
                    Some(next) if *next <= level => break,
                    Some(_) => continue,
                    None => {}
                }
                if question && offset == index + 1 && matches!(next_kind, NodeKind::Paragraph) {
                    // The phase line leads into the question; it is not what follows.
                    continue;
                }
                for &(p, line) in next_items {
                    following.push((p, offset, line));
                }
            }
            let lines: BTreeSet<(usize, usize, i64)> = following.into_iter().collect();
            let wanted = lines.len().min(2);
            let here = lines
                .iter()
                .filter(|(p, ..)| *p == page)
                .map(|(_, _, line)| if *line == -1 { 2 } else { 1 })
                .sum::<usize>();
            assert!(
                here >= wanted,
                "{name}: {kind:?} ends page {page} with {here} line(s) of what follows: {:?}",
                layout
                    .page_text(page)
                    .chars()
                    .rev()
                    .take(200)
                    .collect::<String>()
                    .chars()
                    .rev()
                    .collect::<String>()
            );
        }
    }

    let fw = framework();
    let baseline = assessment_file::load(
        &crate::util::root().join("assets/demo-2025-26.civic.json"),
        &fw,
    )
    .unwrap();
    let demo = demo();
    let card = scoring::score(&fw, &demo);
    let compared_demo = layout::layout(
        &content::build_with_baseline(&fw, &demo, &card, Some(&baseline), date!(2026 - 11 - 27)),
        &Metrics::new().unwrap(),
    );
    let peer_dir = crate::util::root().join("tests/fixtures/peer");
    let peer_fw = framework_file::load(&peer_dir.join("peer-report-framework.json")).unwrap();
    let peer = assessment_file::load(&peer_dir.join("peer-report.civic.json"), &peer_fw).unwrap();
    let peer_card = scoring::score(&peer_fw, &peer);
    let peer = layout::layout(
        &content::build(&peer_fw, &peer, &peer_card, date!(2026 - 11 - 27)),
        &Metrics::new().unwrap(),
    );
    let peer_pages = peer.pages.len();
    let peer_outline = peer.outline.clone();
    let peer_contents = peer.page_text(2);
    let (_, compared) = compared_layout(&demo, date!(2026 - 11 - 27));
    for (name, layout) in [
        ("demo", layout_of(&demo)),
        ("compared", compared),
        ("compared demo", compared_demo),
        ("peer", peer),
        ("stress", layout_of(&stress())),
    ] {
        assert!(layout.pages.len() > 10, "{name}");
        assert_well_broken(name, &layout);
        assert_kept_with_what_follows(name, &layout);
        assert_fits(&layout);
    }
    // A domain starts a new page only when little room is left, and the type is set densely
    // (9.5 pt body text, 1.3 line height): 26 pages before, 18 now.
    assert!(peer_pages <= 18, "peer: {peer_pages} pages");
    // The peer's summary, with many overdue actions, still takes one page: the contents follow.
    let after_summary = peer_outline
        .iter()
        .skip_while(|e| e.title != "Summary")
        .nth(1)
        .expect("a section follows the summary");
    assert!(
        after_summary.page >= 2,
        "the peer's summary is one page: {} starts on page {}",
        after_summary.title,
        after_summary.page
    );
    assert!(
        peer_contents.starts_with("Contents"),
        "the peer's summary fits on one page, the contents follow: {peer_contents}"
    );
}

#[test]
fn the_summary_gives_meaning_key_messages_changes_and_overdue_actions_on_one_page() {
    // A date after several actions fell due.
    let (doc, layout) = compared_layout(&demo(), date!(2027 - 03 - 01));
    let summary = layout.page_text(1);
    for expected in [
        "Phases of progress:",
        "3\u{a0}Delivering",
        "Key messages",
        "Strongest:",
        "Least developed:",
        "Since 2025–26:",
        // Like for like: 5.2, rated for the first time, is not counted (issue 24).
        "overall maturity 3.0 then, 3.1 now (+0.2 like for like)",
        "open actions are overdue",
        "Since 2025–26",
        "+0.7",
        "5 weeks overdue",
        "Next actions",
    ] {
        assert!(summary.contains(expected), "{expected:?} in {summary}");
    }
    assert!(
        layout.page_text(2).starts_with("Contents"),
        "one page: {}",
        layout.page_text(2)
    );
    // "N more open actions are in the Action plan, page P", with P the plan's real page.
    let plan = layout
        .outline
        .iter()
        .find(|e| e.title == "Action plan")
        .unwrap()
        .page;
    assert!(
        summary.contains(&format!("Action plan,\u{a0}page\u{a0}{plan}")),
        "{summary}"
    );
    // The Markdown, with no pages, has the fullest list of next actions.
    let markdown = civic_workbook::report::markdown::render(&doc);
    assert!(markdown.contains("## Key messages"), "{markdown:.3000}");
    assert!(markdown.contains("Since 2025–26: +0.7"), "{markdown:.3000}");
}

#[test]
fn the_contents_lists_every_section_with_the_page_it_starts_on() {
    let layout = layout_of(&demo());
    let contents = layout.page_text(2);
    for entry in layout.outline.iter().filter(|e| e.level == 1) {
        assert!(
            contents.contains(&format!("{} {}", entry.title, entry.page)),
            "{} {} in {contents}",
            entry.title,
            entry.page
        );
    }
}

/// The user's own text and the framework's, every string of it: what may stay plain in an
/// export in the pseudo-locale.
fn user_data(framework: &civic_workbook::model::Framework, files: &[&Assessment]) -> Vec<String> {
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) => out.push(text.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.iter().for_each(|(key, v)| {
                // Names of assessors are keys of a question's ratings.
                out.push(key.clone());
                strings(v, out);
            }),
            _ => {}
        }
    }
    let mut data = Vec::new();
    for assessment in files {
        let bytes = civic_workbook::storage::assessment_file::to_bytes(assessment);
        strings(&serde_json::from_slice(&bytes).unwrap(), &mut data);
        for response in assessment.responses.values() {
            for evidence in &response.evidence {
                if let Some(url) = civic_workbook::model::LinkKind::of(&evidence.link).openable() {
                    data.push(civic_workbook::model::link::short_form(url));
                }
            }
        }
    }
    let attribution = framework.attribution();
    data.extend([
        framework.title().to_owned(),
        framework.version().to_owned(),
        framework.wording_note().to_owned(),
        attribution.name.clone(),
        attribution.url.clone(),
    ]);
    for phase in &framework.scale().phases {
        data.extend([phase.name.clone(), phase.description.clone()]);
    }
    for domain in framework.domains() {
        data.extend([domain.title.clone(), domain.summary.clone()]);
        data.extend(domain.source.clone());
        for question in &domain.questions {
            data.extend([question.text.clone(), question.id.to_string()]);
        }
    }
    data
}

/// `text` with every datum of `data` that `counts` taken out, longest first, whitespace made one
/// space in both first, so text wrapped across lines still matches.
fn without_data(text: &str, data: &[String], counts: impl Fn(&str) -> bool) -> String {
    let spaced = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut text = spaced(text);
    let mut data: Vec<String> = data
        .iter()
        // Paragraphs of a narrative are separate blocks; lines of one may be joined.
        .flat_map(|d| d.split("\n\n").map(spaced).collect::<Vec<_>>())
        .filter(|d| counts(d))
        .collect();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    data.dedup();
    for d in &data {
        text = text.replace(d.as_str(), " ");
    }
    text
}

/// The runs of two or more ASCII letters left in `text` once the user's and the framework's
/// own text is taken out: words that did not come from the catalogue. Whitespace is made one
/// space first, in the text and the data alike, so text wrapped across lines still matches.
fn leaks(text: &str, data: &[String]) -> Vec<String> {
    let text = without_data(text, data, |d| d.chars().any(|c| c.is_ascii_alphabetic()));
    let mut found: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            if word.len() >= 2 && !found.contains(&word) {
                found.push(word.clone());
            }
            word.clear();
        }
    }
    found
}

/// What the report takes, as it is, from the parts of the workbook that word scores, changes,
/// key messages, lateness and statuses (`scoring`, `model`): their own tests check those words
/// in the pseudo-locale, so here they count as data. Worded by the same calls the report makes.
fn worded_elsewhere(
    fw: &civic_workbook::model::Framework,
    current: &Assessment,
    earlier: &Assessment,
    on: time::Date,
) -> Vec<String> {
    use civic_workbook::scoring::{compare, read, wording};
    let card = scoring::score(fw, current);
    let comparison = compare::compare(fw, current, earlier);
    let label = content::assessment_label(earlier);
    let since = read::Since {
        name: read::since_name(earlier, &label),
        comparison: &comparison,
    };
    let mut words = Vec::new();
    for since in [Some(&since), None] {
        for message in read::key_messages(fw, current, &card, since, on) {
            words.extend([message.lead, message.text]);
        }
    }
    for action in read::actions(fw, current) {
        words.extend(action.overdue(on));
    }
    words.extend(
        civic_workbook::model::ActionStatus::ALL
            .iter()
            .map(|s| String::from(s.label())),
    );
    words.extend(compare::warnings(fw, current, earlier));
    for domain in &comparison.domains {
        words.push(wording::domain_change(domain));
        words.push(wording::domain_change_short(domain));
    }
    for moved in &comparison.moved {
        words.push(wording::question_change(moved.earlier, moved.current));
    }
    words.push(wording::overall_change(&comparison));
    words.extend(wording::apart_note(&comparison));
    words.push(wording::like_for_like());
    words.push(wording::maturity_with_phase(fw, None));
    for domain in &card.domains {
        words.push(wording::maturity_with_phase(fw, domain.maturity));
    }
    words.push(wording::maturity_with_phase(fw, card.overall));
    words
}

/// The pseudo-localised lines of `text` (a PDF's text, its `pages` split by form feeds) found
/// on every page but the cover, once each: the running header. A label such as "Narrative"
/// may be found as often, but twice on some page.
fn running_lines(text: &str, pages: usize) -> Vec<&str> {
    let mut counts = std::collections::HashMap::new();
    for line in text.lines() {
        *counts.entry(line).or_insert(0) += 1;
    }
    let mut on_pages = std::collections::HashMap::new();
    for page in text.split('\u{c}') {
        let lines: std::collections::HashSet<&str> = page.lines().collect();
        for line in lines {
            *on_pages.entry(line).or_insert(0) += 1;
        }
    }
    counts
        .iter()
        .filter(|(line, count)| {
            **count + 1 >= pages && on_pages.get(*line) == Some(*count) && line.contains('⟦')
        })
        .map(|(line, _)| *line)
        .collect()
}

#[test]
fn every_export_in_the_pseudo_locale_has_only_the_catalogues_words_and_the_users() {
    let _lang = civic_workbook::i18n::scoped(civic_workbook::i18n::Lang::Pseudo);
    let fw = framework();
    let mut current = demo();
    // An answer to a question the framework does not have, for the appendix.
    let retired = current
        .responses
        .entry(QuestionId::new("economy.retired"))
        .or_default();
    retired.phase = Some(Phase::new(4).unwrap());
    "Our old answer about anchor procurement.".clone_into(&mut retired.narrative);
    let earlier = earlier();
    let on = date!(2027 - 03 - 01);
    let mut data = user_data(&fw, &[&current, &earlier]);
    data.extend(worded_elsewhere(&fw, &current, &earlier, on));
    let check = |what: &str, text: &str| {
        let found = leaks(text, &data);
        assert!(found.is_empty(), "{what}: {found:?} in {text}");
    };

    let markdown = civic_workbook::report::markdown(&fw, &current, Some(&earlier), on);
    let (mark, rest) = markdown.split_once('\n').unwrap();
    assert_eq!(
        mark,
        civic_workbook::report::markdown::mark_line(rest),
        "the mark is the file format's, in every language"
    );
    // Markdown escapes are not words.
    check("Markdown", &rest.replace('\\', ""));

    for (name, bytes) in [
        (
            "questions CSV",
            civic_workbook::report::csv::questions(&fw, &current),
        ),
        (
            "actions CSV",
            civic_workbook::report::csv::actions(&fw, &current),
        ),
    ] {
        let text = String::from_utf8(bytes).unwrap();
        // Every field is quoted: the quotes are the format's, and so is the doubled quote.
        check(name, &text.replace('"', " "));
    }

    let pdf =
        civic_workbook::report::render_with_baseline(&fw, &current, Some(&earlier), on).unwrap();
    let dir = crate::util::temp_dir();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let output = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    // The running header and footer are checked once each, apart: a paragraph that runs on
    // over a page break is then whole again, as the user's text it is.
    let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
    let footers: Vec<String> = (1..=pages)
        .map(|page| civic_workbook::tr!("pdf-page-footer", page = page, total = pages - 1))
        .collect();
    let running = running_lines(&text, pages);
    assert_eq!(running.len(), 1, "one running header: {running:?}");
    check(
        "PDF running header and footer",
        &format!("{}\n{}", running.join("\n"), footers.join("\n")),
    );
    let body: String = text
        .replace('\u{c}', "\n")
        .lines()
        .filter(|line| !running.contains(line) && !footers.iter().any(|f| f == line))
        .collect::<Vec<_>>()
        .join("\n");
    // A long address wraps after a hyphen of its own.
    check("PDF", &body.replace("-\n", "-"));

    // A group's ratings, spreads and talking points.
    let group = civic_workbook::storage::assessment_file::load(
        &crate::util::root().join("tests/golden/format-2-group.civic.json"),
        &fw,
    )
    .unwrap();
    let mut data = user_data(&fw, &[&group]);
    data.extend(worded_elsewhere(&fw, &group, &group, on));
    for response in group.responses.values() {
        if let Some(spread) = scoring::spread(response) {
            data.push(civic_workbook::scoring::wording::phases_apart(
                spread.apart(),
            ));
        }
    }
    let markdown = civic_workbook::report::markdown(&fw, &group, None, on);
    let (_, rest) = markdown.split_once('\n').unwrap();
    let found = leaks(&rest.replace('\\', ""), &data);
    assert!(found.is_empty(), "group: {found:?} in {rest}");
}

/// The text of `pdf` (pdftotext, raw order) and the languages its structure declares: the
/// catalog's `/Lang` first, then each structure element's, as "/Lang (tag)" lines.
fn pdf_text_and_structure(pdf: &[u8]) -> (String, String) {
    use std::fmt::Write as _;
    let dir = crate::util::temp_dir();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(text.status.success(), "{text:?}");
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let mut langs = String::new();
    for object in document.objects.values() {
        let dict = match object {
            lopdf::Object::Dictionary(dict) => dict,
            lopdf::Object::Stream(stream) => &stream.dict,
            _ => continue,
        };
        if let Ok(lang) = dict.get(b"Lang") {
            let lang = lopdf::decode_text_string(lang).unwrap_or_default();
            let kind = dict
                .get(b"S")
                .and_then(lopdf::Object::as_name)
                .map(|name| String::from_utf8_lossy(name).into_owned())
                .unwrap_or_default();
            let _ = writeln!(langs, "/Lang ({lang}) {kind}");
        }
    }
    (String::from_utf8(text.stdout).unwrap(), langs)
}

/// The English words of the catalogue found in `text` once `data` (the user's and the
/// framework's own words) is taken out.
fn english_in(text: &str, data: &[String]) -> Vec<String> {
    // A datum of a letter or two (an initial, "i") would be taken out of Welsh words too.
    let text = without_data(text, data, |d| d.chars().count() >= 3);
    let mut found: Vec<String> = crate::util::english_words(&text)
        .map(|word| {
            let at = text.find(word).unwrap_or(0);
            let from = text.floor_char_boundary(at.saturating_sub(60));
            let to = text.ceil_char_boundary((at + 60).min(text.len()));
            format!("{word}: …{}…", &text[from..to])
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_welsh_report_speaks_welsh_and_marks_english_answers() {
    use civic_workbook::i18n::{Lang, Languages};
    let fw = framework();
    let on = date!(2026 - 11 - 27);
    // The English demo's answers in a Welsh report: the words Welsh, the answers marked en-GB.
    let english_answers = demo();
    let pdf = civic_workbook::report::render_in(
        &fw,
        &english_answers,
        None,
        on,
        Languages::One(Lang::Cy),
    )
    .unwrap();
    let (text, structure) = pdf_text_and_structure(&pdf);
    for welsh in [
        "Crynodeb",
        "Negeseuon allweddol",
        "27 Tachwedd 2026",
        "Tudalen 2 o",
    ] {
        assert!(text.contains(welsh), "{welsh} missing");
    }
    // The running header and footer are taken out first: a paragraph that runs on over a
    // page break is then whole again, as the user's text it is.
    let pages = text.split('\u{c}').count();
    let mut seen = std::collections::HashMap::new();
    for line in text.split('\u{c}').flat_map(|page| {
        page.lines()
            .collect::<std::collections::HashSet<_>>()
            .into_iter()
    }) {
        *seen.entry(line).or_insert(0) += 1;
    }
    let body: String = text
        .replace('\u{c}', "\n")
        .lines()
        .filter(|line| {
            seen.get(line).is_none_or(|n| n * 2 < pages) && !line.starts_with("Tudalen ")
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replace("-\n", "-");
    let leaks = english_in(&body, &user_data(&fw, &[&english_answers]));
    assert!(
        leaks.is_empty(),
        "English words of the catalogue: {leaks:?}"
    );
    assert!(
        structure.contains("/Lang (cy)"),
        "the document is declared Welsh"
    );
    assert!(
        structure.contains("/Lang (en-GB)"),
        "the English answers are marked as English"
    );

    // The Welsh demo in Welsh: nothing to mark apart.
    let welsh = civic_workbook::storage::assessment_file::load(
        &crate::util::root().join("assets/demo-cy.civic.json"),
        &fw,
    )
    .unwrap();
    assert_eq!(welsh.language, "cy");
    let pdf =
        civic_workbook::report::render_in(&fw, &welsh, None, on, Languages::One(Lang::Cy)).unwrap();
    let (_, structure) = pdf_text_and_structure(&pdf);
    assert!(structure.contains("/Lang (cy)"));
    assert!(
        !structure.contains("/Lang (en-GB)"),
        "no part is in English"
    );
}

#[test]
fn the_bilingual_report_gives_welsh_first_then_english_each_marked() {
    use civic_workbook::i18n::Languages;
    let fw = framework();
    let on = date!(2026 - 11 - 27);
    let welsh = civic_workbook::storage::assessment_file::load(
        &crate::util::root().join("assets/demo-cy.civic.json"),
        &fw,
    )
    .unwrap();
    let pdf = civic_workbook::report::render_in(&fw, &welsh, None, on, Languages::Both).unwrap();
    let (text, structure) = pdf_text_and_structure(&pdf);
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing"))
    };
    // Welsh first, every fixed word in both.
    assert!(at("Crynodeb") < at("Summary"));
    assert!(at("Negeseuon allweddol") < at("Key messages"));
    assert!(at("27 Tachwedd 2026") < at("27 November 2026"));
    // Each half names the framework in its own language, the chart and key messages too.
    let english = &text[at("Summary")..];
    assert!(
        english.contains("Strongest: Cultural contribution"),
        "{english}"
    );
    assert!(!english.contains("Cyfraniad diwylliannol"), "{english}");
    // Every page numbered in both.
    let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
    let both = format!("Tudalen 2 o {} · Page 2 of {}", pages - 1, pages - 1);
    assert!(text.contains(&both), "{both}");
    // The document is Welsh; the English half is marked, and so are the Welsh answers in it.
    assert!(structure.contains("/Lang (cy)"));
    assert!(structure.contains("/Lang (en-GB)"));
    // Each half is a whole report: the summary of each stays one page.
    let single = civic_workbook::report::render_in(
        &fw,
        &welsh,
        None,
        on,
        Languages::One(civic_workbook::i18n::Lang::Cy),
    )
    .unwrap();
    let (single_text, _) = pdf_text_and_structure(&single);
    let single_pages = single_text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .count();
    assert!(
        pages <= 2 * single_pages + 1,
        "{pages} pages against {single_pages}"
    );
}

#[test]
fn the_welsh_markdown_and_csv_speak_welsh() {
    use civic_workbook::i18n::{Lang, Languages, scoped};
    let fw = framework();
    let on = date!(2026 - 11 - 27);
    let english_answers = demo();
    let data = user_data(&fw, &[&english_answers]);
    let markdown = civic_workbook::report::markdown_in(
        &fw,
        &english_answers,
        None,
        on,
        Languages::One(Lang::Cy),
    );
    assert!(markdown.contains("# Crynodeb"), "{markdown}");
    // The first line is the file format's mark, the same in every language.
    let (_, rest) = markdown.split_once('\n').unwrap();
    let leaks = english_in(&rest.replace('\\', ""), &data);
    assert!(leaks.is_empty(), "Markdown: {leaks:?}");
    let _lang = scoped(Lang::Cy);
    for bytes in [
        civic_workbook::report::csv::questions(&fw, &english_answers),
        civic_workbook::report::csv::actions(&fw, &english_answers),
    ] {
        let text = String::from_utf8(bytes).unwrap().replace('"', " ");
        let leaks = english_in(&text, &data);
        assert!(leaks.is_empty(), "CSV: {leaks:?}");
    }
}

#[test]
fn a_bank_without_welsh_shows_its_english_tagged_and_marked_in_a_welsh_report() {
    use civic_workbook::i18n::{Lang, Languages};
    let dir = crate::util::root().join("tests/fixtures/peer");
    let bank =
        civic_workbook::storage::framework_file::load(&dir.join("peer-report-framework.json"))
            .unwrap();
    let peer =
        civic_workbook::storage::assessment_file::load(&dir.join("peer-report.civic.json"), &bank)
            .unwrap();
    let pdf = civic_workbook::report::render_in(
        &bank,
        &peer,
        None,
        date!(2026 - 11 - 27),
        Languages::One(Lang::Cy),
    )
    .unwrap();
    let (text, structure) = pdf_text_and_structure(&pdf);
    assert!(
        text.contains("(yn Saesneg)"),
        "the English texts are tagged"
    );
    assert!(text.contains("Crynodeb"));
    assert!(
        structure.contains("/Lang (en-GB) Div"),
        "and marked as English: {structure}"
    );
}
