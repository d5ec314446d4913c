//! One voice: the app's summary, `score` (text and JSON), the PDF, the Markdown and the CSV
//! state the same facts about the same assessment, on the same day — the overall and every
//! domain's maturity, completion and evidence coverage, every domain's like-for-like change and
//! the overall change when compared, and the key messages — each worded as the shared read model
//! (`scoring::wording`, `scoring::read`) words it. The expected facts are computed from the
//! library, never written here.

use std::path::Path;

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::{RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::Prefs;
use civic_workbook::app::{AppOptions, WorkbookApp};
use civic_workbook::model::{Assessment, Framework};
use civic_workbook::scoring::compare::{self, Comparison};
use civic_workbook::scoring::read::{self, KeyMessage};
use civic_workbook::scoring::{self, Scorecard, wording};
use civic_workbook::storage::assessment_file;
use egui_kittest::Harness;
use time::Date;
use time::macros::date;

use crate::util::{framework, root, run_in, stdout, temp_dir};

/// The day every front-end is asked about.
const DAY: Date = date!(2027 - 03 - 01);

/// What the library says the front-ends must state.
struct Expected {
    framework: Framework,
    assessment: Assessment,
    card: Scorecard,
    /// The comparison with the earlier assessment, and how it is named in "Since …".
    comparison: Option<(Comparison, String)>,
    messages: Vec<KeyMessage>,
    /// The earlier assessment's period, as the app's side list names it.
    assessment_period_of_earlier: String,
}

impl Expected {
    fn of(path: &Path, earlier: Option<&Path>) -> Self {
        let framework = framework();
        let assessment = assessment_file::load(path, &framework).unwrap();
        let card = scoring::score(&framework, &assessment);
        let mut assessment_period_of_earlier = String::new();
        let comparison = earlier.map(|earlier| {
            let earlier = assessment_file::load(earlier, &framework).unwrap();
            earlier
                .period
                .trim()
                .clone_into(&mut assessment_period_of_earlier);
            let label = civic_workbook::report::content::assessment_label(&earlier);
            (
                compare::compare(&framework, &assessment, &earlier),
                read::since_name(&earlier, &label),
            )
        });
        let since = comparison.as_ref().map(|(c, name)| read::Since {
            name: name.clone(),
            comparison: c,
        });
        let messages = read::key_messages(&framework, &assessment, &card, since.as_ref(), DAY);
        Self {
            framework,
            assessment,
            card,
            comparison,
            messages,
            assessment_period_of_earlier,
        }
    }
}

/// All whitespace, line breaks included, as one space.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every AccessKit label and value of the app's summary of `path` (compared with `earlier`),
/// on [`DAY`].
fn app_text(path: &Path, earlier: Option<&Path>) -> String {
    // Copies, so the app's notes beside an open file never reach the assets.
    let dir = temp_dir();
    let copy = |from: &Path| {
        let to = dir.path().join(from.file_name().unwrap());
        std::fs::copy(from, &to).unwrap();
        to
    };
    let open = copy(path);
    let earlier = earlier.map(copy);
    let mut harness = Harness::builder()
        .with_size([1280.0, 6000.0])
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open: Some(open),
                    recovery_dir: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    opener: Box::new(RecordingOpener::default()),
                    prefs: Prefs::default(),
                },
            )
            .on_day(DAY)
        });
    harness.run();
    let ctx = harness.ctx.clone();
    if let Some(earlier) = earlier {
        harness
            .state_mut()
            .apply(&ctx, Command::CompareWith(earlier));
        harness.run();
        assert!(
            harness
                .state()
                .state
                .doc
                .as_ref()
                .unwrap()
                .baseline
                .is_some()
        );
    }
    harness
        .state_mut()
        .apply(&ctx, Command::Navigate(Page::Summary));
    harness.run();
    assert_eq!(harness.state().state.today, DAY);
    crate::ui_pseudo::every_text(&harness)
        .into_iter()
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `civic-workbook score` (text, or JSON) on [`DAY`].
fn score(path: &Path, earlier: Option<&Path>, json: bool) -> String {
    let mut args = vec!["score".to_owned(), path.display().to_string()];
    if json {
        args.push("--json".to_owned());
    }
    if let Some(earlier) = earlier {
        args.extend(["--baseline".to_owned(), earlier.display().to_string()]);
    }
    args.extend(["--date".to_owned(), DAY.to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = run_in(&root(), &args);
    assert!(output.status.success(), "{output:?}");
    stdout(&output)
}

/// The PDF's text, without the running header and footer that interrupt a paragraph at a page
/// break.
fn pdf_text(expected: &Expected, earlier: Option<&Assessment>) -> String {
    let pdf = civic_workbook::report::render_with_baseline(
        &expected.framework,
        &expected.assessment,
        earlier,
        DAY,
    )
    .unwrap();
    let dir = temp_dir();
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
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    // A line on every page but the cover is the running header or footer ("Page 3 of 9" is
    // told by its shape: the same once its digits are taken out).
    let shape = |line: &str| line.replace(|c: char| c.is_ascii_digit(), "#");
    let running: Vec<String> = {
        let mut counts = std::collections::HashMap::new();
        for page in &pages {
            let shapes: std::collections::HashSet<String> = page
                .lines()
                .map(shape)
                .filter(|l| !l.trim().is_empty())
                .collect();
            for s in shapes {
                *counts.entry(s).or_insert(0_usize) += 1;
            }
        }
        counts
            .into_iter()
            .filter(|(_, count)| pages.len() > 2 && *count + 1 >= pages.len())
            .map(|(s, _)| s)
            .collect()
    };
    pages
        .iter()
        .flat_map(|page| page.lines())
        .filter(|line| !running.contains(&shape(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first maturity-shaped figure ("3.3") after each place `title` is named.
fn figures_after(text: &str, title: &str) -> Vec<String> {
    text.match_indices(title)
        .filter_map(|(at, _)| {
            let rest = &text[at + title.len()..];
            let chars: Vec<(usize, char)> = rest.char_indices().collect();
            chars.windows(3).find_map(|w| {
                (w[0].1.is_ascii_digit() && w[1].1 == '.' && w[2].1.is_ascii_digit())
                    .then(|| rest[w[0].0..=w[2].0].to_owned())
            })
        })
        .collect()
}

/// What `text` (from `surface`) fails to state of `expected`, one line each.
fn missing(surface: &str, text: &str, expected: &Expected) -> Vec<String> {
    let text = normalised(text);
    let mut problems = Vec::new();
    let mut states = |fact: &str, what: &str| {
        let fact = normalised(fact);
        if !text.contains(&fact) {
            problems.push(format!("{surface}: {what}: {fact:?} not found"));
        }
    };
    let card = &expected.card;
    let fw = &expected.framework;
    if let (Some(overall), "app summary") = (card.overall, surface) {
        states(
            &civic_workbook::tr!(
                "app-list-summary",
                overall = wording::maturity_with_phase(fw, Some(overall)),
                rated = card.rated_questions(),
                total = card.total_questions()
            ),
            "side list's overall maturity",
        );
    }
    if card.overall.is_some() {
        states(
            &wording::maturity_with_phase(fw, card.overall),
            "overall maturity",
        );
    }
    states(&wording::percent(card.completion()), "completion");
    states(
        &wording::percent(card.evidence_coverage()),
        "evidence coverage",
    );
    for domain in card.domains.iter().filter(|d| d.maturity.is_some()) {
        let figure = wording::maturity(domain.maturity);
        let found = figures_after(&text, &normalised(&domain.title));
        if !found.contains(&figure) {
            problems.push(format!(
                "{surface}: {}'s maturity {figure} not stated after its title (found {found:?})",
                domain.title
            ));
        }
    }
    if let Some((c, _)) = &expected.comparison {
        for d in &c.domains {
            let full = normalised(&wording::domain_change(d));
            let short = normalised(&wording::domain_change_short(d));
            // A narrow column says the short form, with what it leaves out beside the table.
            if !text.contains(&full) && !text.contains(&short) {
                problems.push(format!(
                    "{surface}: {}'s change {full:?} (or {short:?}) not found",
                    d.title
                ));
            }
        }
        // A change marked as leaving questions out says which, beside it.
        let marked = c
            .domains
            .iter()
            .any(|d| wording::domain_change_short(d).ends_with(wording::APART_MARK));
        if let Some(note) = wording::apart_note(c).filter(|_| marked)
            && surface != "app summary"
            && surface != "score"
            && !text.contains(&normalised(&note))
        {
            problems.push(format!("{surface}: the note {note:?} not found"));
        }
        // The app's side list says each domain's change in the same short words.
        if surface == "app summary" {
            for (index, d) in c.domains.iter().enumerate() {
                if d.earlier.is_none() && d.current.is_none() {
                    continue;
                }
                let score = &expected.card.domains[index];
                let line = civic_workbook::tr!(
                    "app-list-domain-change",
                    line = civic_workbook::tr!(
                        "app-list-domain",
                        rated = score.rated,
                        total = score.total,
                        maturity = wording::maturity_with_phase(fw, score.maturity)
                    ),
                    change = wording::domain_change_short(d),
                    earlier = expected.assessment_period_of_earlier.as_str()
                );
                if !text.contains(&normalised(&line)) {
                    problems.push(format!("{surface}: side list {line:?} not found"));
                }
            }
        }
        let overall = wording::overall_change(c);
        if !text.contains(&normalised(&overall)) {
            problems.push(format!("{surface}: overall change {overall:?} not found"));
        }
    }
    for message in &expected.messages {
        for part in [&message.lead, &message.text] {
            let part = normalised(part);
            if !part.is_empty() && !text.contains(&part) {
                problems.push(format!("{surface}: key message part {part:?} not found"));
            }
        }
    }
    problems
}

/// What the JSON of `score --json` says differently from the library.
fn json_differs(json: &str, expected: &Expected) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut problems = Vec::new();
    let mut same = |what: &str, got: &serde_json::Value, want: Option<f64>| {
        let got = got.as_f64();
        let close = match (got, want) {
            (Some(g), Some(w)) => (g - w).abs() < 1e-4,
            (None, None) => true,
            _ => false,
        };
        if !close {
            problems.push(format!("JSON: {what}: {got:?}, expected {want:?}"));
        }
    };
    let value = |m: Option<scoring::Maturity>| m.map(scoring::Maturity::value);
    let card = &expected.card;
    same(
        "overall maturity",
        &json["overall"]["maturity"],
        value(card.overall),
    );
    same(
        "completion",
        &json["overall"]["completion"],
        card.completion().map(scoring::Ratio::fraction),
    );
    same(
        "evidence coverage",
        &json["overall"]["evidence_coverage"],
        card.evidence_coverage().map(scoring::Ratio::fraction),
    );
    for (index, domain) in card.domains.iter().enumerate() {
        let got = &json["domains"][index];
        assert_eq!(got["id"], domain.domain_id.as_str());
        same(
            &format!("{} maturity", domain.title),
            &got["maturity"],
            value(domain.maturity),
        );
    }
    let tenths = |t: Option<i32>| t.map(|t| f64::from(t) / 10.0);
    let mut lists = Vec::new();
    if let Some((c, _)) = &expected.comparison {
        let baseline = &json["baseline"];
        for (index, d) in c.domains.iter().enumerate() {
            let got = &baseline["domains"][index];
            assert_eq!(got["id"], d.domain_id.as_str());
            same(
                &format!("{} change", d.title),
                &got["change"],
                tenths(d.change()),
            );
            same(
                &format!("{} like-for-like earlier", d.title),
                &got["like_for_like"]["earlier"],
                value(d.like_earlier),
            );
            same(
                &format!("{} like-for-like now", d.title),
                &got["like_for_like"]["current"],
                value(d.like_current),
            );
            let ids = |key: &str| -> Vec<String> {
                got[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_owned())
                    .collect()
            };
            let want = |q: &[compare::RatedOnce]| -> Vec<String> {
                q.iter().map(|q| q.question_id.to_string()).collect()
            };
            for (key, questions) in [
                ("first_rated", &d.first_rated),
                ("no_longer_rated", &d.no_longer_rated),
            ] {
                if ids(key) != want(questions) {
                    lists.push(format!("JSON: {} {key} differs", d.title));
                }
            }
        }
        same(
            "overall change",
            &baseline["overall"]["change"],
            tenths(c.overall_change()),
        );
    }
    problems.extend(lists);
    problems
}

/// A CSV file's rows, quoted fields and all.
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// What the questions CSV says differently: how many questions are rated and evidenced, over
/// all and per domain.
fn csv_differs(expected: &Expected) -> Vec<String> {
    let rows = csv_rows(&civic_workbook::report::csv::questions(
        &expected.framework,
        &expected.assessment,
    ));
    let headings = civic_workbook::report::csv::question_headings();
    let column = |heading: String| headings.iter().position(|h| *h == heading).unwrap();
    let (domain, score, evidence) = (
        column(civic_workbook::tr!("report-csv-domain")),
        column(civic_workbook::tr!("report-csv-score")),
        column(civic_workbook::tr!("report-csv-evidence-count")),
    );
    let mut problems = Vec::new();
    for d in &expected.card.domains {
        let rated: Vec<&Vec<String>> = rows
            .iter()
            .skip(1)
            .filter(|r| r[domain] == d.title && !r[score].trim().is_empty())
            .collect();
        let evidenced = rated
            .iter()
            .filter(|r| r[evidence].trim().parse::<usize>().unwrap_or(0) > 0)
            .count();
        if rated.len() != d.rated || evidenced != d.rated_with_evidence {
            problems.push(format!(
                "CSV: {} has {} rated, {evidenced} with evidence; expected {} and {}",
                d.title,
                rated.len(),
                d.rated,
                d.rated_with_evidence
            ));
        }
    }
    problems
}

/// Every front-end of `path` (compared with `earlier`) against the library; the problems.
fn check(case: &str, path: &Path, earlier: Option<&Path>) -> Vec<String> {
    let expected = Expected::of(path, earlier);
    let earlier_assessment =
        earlier.map(|e| assessment_file::load(e, &expected.framework).unwrap());
    let markdown = civic_workbook::report::markdown(
        &expected.framework,
        &expected.assessment,
        earlier_assessment.as_ref(),
        DAY,
    )
    // Markdown escapes are not words.
    .replace('\\', "")
    .replace("**", "");
    let surfaces = [
        ("app summary", app_text(path, earlier)),
        ("score", score(path, earlier, false)),
        ("PDF", pdf_text(&expected, earlier_assessment.as_ref())),
        ("Markdown", markdown),
    ];
    let mut problems: Vec<String> = surfaces
        .iter()
        .flat_map(|(surface, text)| missing(surface, text, &expected))
        .collect();
    problems.extend(json_differs(&score(path, earlier, true), &expected));
    problems.extend(csv_differs(&expected));
    problems
        .into_iter()
        .map(|p| format!("{case}: {p}"))
        .collect()
}

#[test]
fn every_front_end_states_the_same_facts() {
    let demo = root().join("assets/demo.civic.json");
    let earlier = root().join("assets/demo-2025-26.civic.json");
    let group = root().join("tests/golden/format-2-group.civic.json");
    let mut problems = check("demo", &demo, None);
    problems.extend(check("demo compared", &demo, Some(&earlier)));
    problems.extend(check("group", &group, None));
    assert!(
        problems.is_empty(),
        "{} facts stated differently:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_largest_change_named_is_a_like_for_like_one() {
    let demo = root().join("assets/demo.civic.json");
    let earlier = root().join("assets/demo-2025-26.civic.json");
    let expected = Expected::of(&demo, Some(&earlier));
    let (c, name) = expected.comparison.as_ref().unwrap();
    let lead = civic_workbook::tr!("words-key-since-lead", since = name.as_str());
    let message = expected
        .messages
        .iter()
        .find(|m| m.lead == lead)
        .expect("a key message says what changed since the earlier assessment");
    let largest = c.largest_changes();
    assert!(
        !largest.is_empty(),
        "the demo changed like for like since 2025–26"
    );
    for d in &largest {
        assert!(
            d.change().is_some_and(|t| t != 0) && d.rated_both > 0,
            "{} is named without a like-for-like change",
            d.title
        );
        assert!(message.text.contains(&d.title), "{}", message.text);
    }
    // A domain whose figure moved only through questions rated in one of the two is never
    // named as a change.
    for d in &c.domains {
        let only_apart = d.change().is_none_or(|t| t == 0) && d.earlier != d.current;
        if only_apart {
            assert!(
                !message.text.contains(&d.title),
                "{} changed only through questions rated once, yet is named: {}",
                d.title,
                message.text
            );
        }
    }
    // What the message says is what every front-end says.
    let app = normalised(&app_text(&demo, Some(&earlier)));
    assert!(app.contains(&normalised(&message.text)), "{app}");
}
