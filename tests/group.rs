//! Working-group features: combining assessors, comparing with a baseline, and the CSV and
//! Markdown exports. Hand-made assessments with known answers, through the library and the
//! real binary.

use std::collections::BTreeMap;
use std::path::Path;

use civic_workbook::model::{
    Action, ActionStatus, Assessment, Assessor, CombineError, Evidence, ItemId, Phase, QuestionId,
    Response, TeamMember, combine,
};
use civic_workbook::report::{self, content, csv as report_csv};
use civic_workbook::scoring::{self, Basis, compare};
use civic_workbook::storage::assessment_file;
use time::macros::{date, datetime};

use crate::util::{demo, demo_path, framework, run_in, stderr, stdout, temp_dir};

const NOW: time::OffsetDateTime = datetime!(2026-11-27 10:00 UTC);

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn phase(n: u8) -> Phase {
    Phase::new(n).unwrap()
}

/// An assessor's file: `phases` rated, with anything else added by `extra`.
fn assessor_file(name: &str, phases: &[(&str, u8)]) -> Assessment {
    let mut a = Assessment::new(&framework(), NOW);
    a.institution = "Prifysgol Cwm Tawe".into();
    a.title = "Civic self-assessment".into();
    a.team = vec![TeamMember {
        name: name.to_owned(),
        role: "Assessor".to_owned(),
    }];
    for (id, n) in phases {
        a.responses.entry(q(id)).or_default().phase = Some(phase(*n));
    }
    a
}

fn evidence(title: &str, link: &str) -> Evidence {
    Evidence {
        title: title.to_owned(),
        link: link.to_owned(),
        ..Evidence::default()
    }
}

/// An action with its stable id: the same id in two files means copies of one action.
fn action(id: &str, description: &str, status: ActionStatus) -> Action {
    Action {
        id: ItemId::new(id),
        description: description.to_owned(),
        owner: "Finance".to_owned(),
        due: "2027-01-31".to_owned(),
        status,
        ..Action::default()
    }
}

/// Three assessors: apart by 3 on economy.impact, by 1 on culture.vibrancy, in full agreement
/// on health.support (which Cai left unrated), and one question only Cai rated.
fn three() -> [Assessment; 3] {
    let mut alys = assessor_file(
        "Alys Evans",
        &[
            ("economy.impact", 2),
            ("culture.vibrancy", 3),
            ("health.support", 4),
        ],
    );
    let mut bryn = assessor_file(
        "Bryn Jones",
        &[
            ("economy.impact", 5),
            ("culture.vibrancy", 4),
            ("health.support", 4),
        ],
    );
    let mut cai = assessor_file(
        "Cai Price",
        &[
            ("economy.impact", 4),
            ("culture.vibrancy", 4),
            ("learning.access", 1),
        ],
    );
    let impact = |a: &mut Assessment| a.responses.entry(q("economy.impact")).or_default().clone();
    let mut r = impact(&mut alys);
    r.narrative = "We buy local, mostly.".into();
    r.evidence = vec![evidence(
        "Procurement report",
        "https://example.ac.uk/proc.pdf",
    )];
    r.actions = vec![action(
        "publish",
        "Publish the local spend figure",
        ActionStatus::Planned,
    )];
    alys.responses.insert(q("economy.impact"), r);
    let mut r = impact(&mut bryn);
    r.narrative = "we  buy local,   MOSTLY.".into();
    r.evidence = vec![
        evidence("Procurement report 2026", "https://example.ac.uk/proc.pdf"),
        evidence("Supplier survey", "https://example.ac.uk/survey"),
    ];
    r.actions = vec![
        // Bryn's copy of the starting file's action, retyped in other case and spacing.
        action(
            "publish",
            "publish the local  spend figure",
            ActionStatus::Planned,
        ),
        action(
            "meet-fsb",
            "Meet the Federation of Small Businesses",
            ActionStatus::InProgress,
        ),
    ];
    bryn.responses.insert(q("economy.impact"), r);
    let mut r = impact(&mut cai);
    r.narrative = "Spend with Welsh SMEs rose to 31%, ‘Gŵyl’ included.".into();
    cai.responses.insert(q("economy.impact"), r);
    [alys, bryn, cai]
}

fn assessors(files: &[Assessment]) -> Vec<Assessor<'_>> {
    files
        .iter()
        .map(|a| Assessor {
            name: &a.team[0].name,
            assessment: a,
        })
        .collect()
}

fn ratings(pairs: &[(&str, u8)]) -> BTreeMap<String, Phase> {
    pairs
        .iter()
        .map(|(name, n)| ((*name).to_owned(), phase(*n)))
        .collect()
}

#[test]
fn combining_three_assessors_gives_exact_spreads_and_flags() {
    let fw = framework();
    let files = three();
    let group = combine(&fw, &assessors(&files), NOW).unwrap();

    let impact = &group.responses[&q("economy.impact")];
    assert_eq!(
        impact.ratings,
        ratings(&[("Alys Evans", 2), ("Bryn Jones", 5), ("Cai Price", 4)])
    );
    assert_eq!(impact.phase, None, "nothing is agreed yet");
    let spread = scoring::spread(impact).unwrap();
    assert_eq!(
        (spread.lowest, spread.highest, spread.median.tenths()),
        (phase(2), phase(5), 40)
    );
    assert_eq!(spread.apart(), 3);
    assert!(spread.is_wide());

    let vibrancy = scoring::spread(&group.responses[&q("culture.vibrancy")]).unwrap();
    assert_eq!(
        (vibrancy.lowest, vibrancy.highest, vibrancy.median.tenths()),
        (phase(3), phase(4), 40)
    );
    assert!(!vibrancy.is_wide(), "one phase apart is not flagged");

    // Two ratings: the median is the mean of the two, a half when they differ.
    let support = &group.responses[&q("health.support")];
    assert_eq!(
        support.ratings,
        ratings(&[("Alys Evans", 4), ("Bryn Jones", 4)])
    );
    let support = scoring::spread(support).unwrap();
    assert_eq!((support.median.tenths(), support.apart()), (40, 0));

    // One rating is still a group rating: marked median until agreed.
    let access = &group.responses[&q("learning.access")];
    assert_eq!(access.ratings, ratings(&[("Cai Price", 1)]));

    let flagged: Vec<&QuestionId> = group
        .responses
        .iter()
        .filter(|(_, r)| scoring::spread(r).is_some_and(|s| s.is_wide()))
        .map(|(id, _)| id)
        .collect();
    assert_eq!(flagged, [&q("economy.impact")]);

    // Merged without duplicates, each marked with who added it.
    assert_eq!(
        impact.narrative,
        "Alys Evans, Bryn Jones: We buy local, mostly.\n\nCai Price: Spend with Welsh SMEs rose to 31%, ‘Gŵyl’ included."
    );
    let links: Vec<(&str, String)> = impact
        .evidence
        .iter()
        .map(|e| (e.link.as_str(), e.added_by.join(", ")))
        .collect();
    assert_eq!(
        links,
        [
            (
                "https://example.ac.uk/proc.pdf",
                "Alys Evans, Bryn Jones".to_owned()
            ),
            ("https://example.ac.uk/survey", "Bryn Jones".to_owned()),
        ]
    );
    let actions: Vec<(&str, String)> = impact
        .actions
        .iter()
        .map(|a| (a.description.as_str(), a.added_by.join(", ")))
        .collect();
    assert_eq!(
        actions,
        [
            (
                "Publish the local spend figure",
                "Alys Evans, Bryn Jones".to_owned()
            ),
            (
                "Meet the Federation of Small Businesses",
                "Bryn Jones".to_owned()
            ),
        ]
    );
    let team: Vec<&str> = group.team.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(team, ["Alys Evans", "Bryn Jones", "Cai Price"]);
    assert_eq!(group.institution, "Prifysgol Cwm Tawe");
}

#[test]
fn scores_use_the_median_until_agreed_then_the_agreed_phase() {
    let fw = framework();
    let files = three();
    let mut group = combine(&fw, &assessors(&files), NOW).unwrap();
    let card = scoring::score(&fw, &group);
    let economy = card
        .domain(&civic_workbook::model::DomainId::new("economy"))
        .unwrap();
    assert_eq!(economy.maturity.map(scoring::Maturity::tenths), Some(40));
    assert_eq!(card.unagreed_questions(), 4);
    let impact = group.responses.get_mut(&q("economy.impact")).unwrap();
    assert_eq!(
        scoring::question_score(impact).map(|s| s.basis),
        Some(Basis::Median)
    );
    impact.phase = Some(phase(3));
    impact.rationale = "Spend is local but not yet targeted".into();
    assert_eq!(
        scoring::question_score(impact).map(|s| (s.value.tenths(), s.basis)),
        Some((30, Basis::Agreed))
    );
    let card = scoring::score(&fw, &group);
    let economy = card
        .domain(&civic_workbook::model::DomainId::new("economy"))
        .unwrap();
    assert_eq!(economy.maturity.map(scoring::Maturity::tenths), Some(30));
    assert_eq!(card.unagreed_questions(), 3);

    // The group file reads back whole; a single assessment has no group fields.
    let bytes = assessment_file::to_bytes(&group);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\"format_version\": 3"), "{text:.200}");
    let back = assessment_file::parse(&text, Path::new("group.civic.json"), &fw).unwrap();
    assert_eq!(back, group);
    let single = String::from_utf8(assessment_file::to_bytes(&files[0])).unwrap();
    assert!(!single.contains("ratings") && !single.contains("added_by"));
}

#[test]
fn combining_is_order_independent() {
    let fw = framework();
    let [a, b, c] = three();
    let orders = [
        [&a, &b, &c],
        [&a, &c, &b],
        [&b, &a, &c],
        [&b, &c, &a],
        [&c, &a, &b],
        [&c, &b, &a],
    ];
    let results: Vec<Vec<u8>> = orders
        .iter()
        .map(|order| {
            let files: Vec<Assessment> = order.iter().map(|a| (*a).clone()).collect();
            assessment_file::to_bytes(&combine(&fw, &assessors(&files), NOW).unwrap())
        })
        .collect();
    for result in &results {
        assert_eq!(result, &results[0]);
    }
}

#[test]
fn combining_refuses_what_cannot_be_combined() {
    let fw = framework();
    let [a, b, _] = three();
    assert_eq!(
        combine(&fw, &assessors(std::slice::from_ref(&a)), NOW),
        Err(CombineError::TooFew)
    );
    let same = [a.clone(), a.clone()];
    assert_eq!(
        combine(&fw, &assessors(&same), NOW),
        Err(CombineError::SameAssessor("Alys Evans".to_owned()))
    );
    let mut other = b.clone();
    other.framework.version = "2025.1".into();
    let err = combine(&fw, &assessors(&[a.clone(), other]), NOW).unwrap_err();
    assert!(matches!(err, CombineError::OtherFramework { .. }), "{err}");
    assert!(err.to_string().contains("2025.1"), "{err}");
    // The odd one out is named, even when its assessor sorts first: with two files against one,
    // the two agree; with one against one, the version in use wins.
    let [a, b, c] = three();
    let mut odd = a.clone();
    odd.framework.version = "2025.1".into();
    for files in [vec![odd.clone(), b.clone(), c], vec![odd, b.clone()]] {
        let err = combine(&fw, &assessors(&files), NOW).unwrap_err();
        let CombineError::OtherFramework {
            assessor, found, ..
        } = &err
        else {
            panic!("{err}");
        };
        assert_eq!(
            (assessor.as_str(), found.as_str()),
            ("Alys Evans", "civic-impact-framework 2025.1"),
            "{err}"
        );
        assert!(
            err.to_string().starts_with("Alys Evans's file answers"),
            "{err}"
        );
    }
    let group = combine(&fw, &assessors(&[a.clone(), b.clone()]), NOW).unwrap();
    let mut group_file = group;
    group_file.team = vec![TeamMember {
        name: "Group".to_owned(),
        role: String::new(),
    }];
    let err = combine(&fw, &assessors(&[a, group_file]), NOW).unwrap_err();
    assert_eq!(err, CombineError::AlreadyCombined("Group".to_owned()));
}

fn write(dir: &Path, name: &str, assessment: &Assessment) {
    assessment_file::save(&dir.join(name), assessment).unwrap();
}

#[test]
fn the_combine_command_writes_a_group_file() {
    let dir = temp_dir();
    let [a, b, c] = three();
    write(dir.path(), "alys.civic.json", &a);
    write(dir.path(), "bryn.civic.json", &b);
    write(dir.path(), "cai.civic.json", &c);
    let out = run_in(
        dir.path(),
        &[
            "combine",
            "cai.civic.json",
            "alys.civic.json",
            "bryn.civic.json",
            "-o",
            "group.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Combined 3 assessors (Alys Evans, Bryn Jones, Cai Price)"));
    assert!(stdout(&out).contains("1 question has assessors 2 or more phases apart"));
    let group = assessment_file::load(&dir.path().join("group.civic.json"), &framework()).unwrap();
    assert_eq!(
        group.responses[&q("economy.impact")].ratings,
        ratings(&[("Alys Evans", 2), ("Bryn Jones", 5), ("Cai Price", 4)])
    );
    let json = stdout(&run_in(
        dir.path(),
        &["score", "group.civic.json", "--json"],
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["overall"]["unagreed_questions"], 4);
}

#[test]
fn the_combine_command_refuses_the_same_file_twice_and_never_writes_over_a_file() {
    let dir = temp_dir();
    let [a, b, _] = three();
    write(dir.path(), "alys.civic.json", &a);
    write(dir.path(), "bryn.civic.json", &b);
    let out = run_in(
        dir.path(),
        &[
            "combine",
            "alys.civic.json",
            "bryn.civic.json",
            "-o",
            "group.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // The same file twice, through another path, and a copy: each refused, nothing written.
    std::fs::copy(
        dir.path().join("alys.civic.json"),
        dir.path().join("copy.civic.json"),
    )
    .unwrap();
    for (first, second) in [
        ("alys.civic.json", "alys.civic.json"),
        ("alys.civic.json", "./../alys.civic.json"),
        ("alys.civic.json", "copy.civic.json"),
    ] {
        let sub = dir.path().join("sub");
        std::fs::create_dir_all(&sub).unwrap();
        let second = if second.starts_with("./..") {
            sub.join(second).to_string_lossy().into_owned()
        } else {
            second.to_owned()
        };
        let out = run_in(
            dir.path(),
            &["combine", first, &second, "-o", "x.civic.json"],
        );
        assert_eq!(out.status.code(), Some(2), "{first} {second}");
        assert!(
            stderr(&out).contains("the same assessment was given twice"),
            "{}",
            stderr(&out)
        );
        assert!(!dir.path().join("x.civic.json").exists());
    }
    // Over an input, or an existing group without --force.
    let before = std::fs::read(dir.path().join("alys.civic.json")).unwrap();
    let out = run_in(
        dir.path(),
        &[
            "combine",
            "alys.civic.json",
            "bryn.civic.json",
            "-o",
            "alys.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("one of the assessors' files"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(dir.path().join("alys.civic.json")).unwrap(),
        before
    );
    let out = run_in(
        dir.path(),
        &[
            "combine",
            "alys.civic.json",
            "bryn.civic.json",
            "-o",
            "group.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    // A group file is not combined again; the message names the file last.
    let out = run_in(
        dir.path(),
        &[
            "combine",
            "alys.civic.json",
            "group.civic.json",
            "-o",
            "y.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).trim_end().ends_with(
            "already a group assessment; combine the assessors' own files instead: group.civic.json"
        ),
        "{}",
        stderr(&out)
    );
}

/// A folder holding `earlier.civic.json` and `current.civic.json`.
fn baseline_files(earlier: &Assessment, current: &Assessment) -> tempfile::TempDir {
    let dir = temp_dir();
    write(dir.path(), "earlier.civic.json", earlier);
    write(dir.path(), "current.civic.json", current);
    dir
}

/// The earlier assessment of the baseline tests and the current one, by hand:
/// - economy: earlier impact 2, prosperity 3 (mean 2.5); now impact 4, prosperity 3 (3.5);
/// - culture: earlier vibrancy 4; now not rated at all (no change to show);
/// - health: earlier not rated; now support 5;
/// - the earlier file answered `old.question`, which the framework no longer has;
/// - actions: one carried on (now done), one dropped.
fn baseline_pair() -> (Assessment, Assessment) {
    let mut earlier = assessor_file(
        "Group",
        &[
            ("economy.impact", 2),
            ("economy.prosperity", 3),
            ("culture.vibrancy", 4),
        ],
    );
    earlier.period = "2025–26".into();
    // The earlier year used an earlier wording of the framework.
    earlier.framework.version = "2025.1".into();
    earlier.responses.insert(
        q("old.question"),
        Response {
            phase: Some(phase(3)),
            ..Response::default()
        },
    );
    let impact = earlier.responses.get_mut(&q("economy.impact")).unwrap();
    impact.actions = vec![
        action(
            "publish",
            "Publish the local spend figure",
            ActionStatus::InProgress,
        ),
        action("fair", "Open a supplier fair", ActionStatus::Planned),
    ];
    let mut current = assessor_file(
        "Group",
        &[
            ("economy.impact", 4),
            ("economy.prosperity", 3),
            ("health.support", 5),
        ],
    );
    current.period = "2026–27".into();
    current
        .responses
        .get_mut(&q("economy.impact"))
        .unwrap()
        .actions = vec![action(
        "publish",
        "Publish the  local spend figure",
        ActionStatus::Done,
    )];
    (earlier, current)
}

#[test]
fn baseline_numbers_are_pinned_including_added_and_removed_questions() {
    let fw = framework();
    let (earlier, current) = baseline_pair();
    let c = compare::compare(&fw, &current, &earlier);
    let domain = |id: &str| {
        c.domains
            .iter()
            .find(|d| d.domain_id.as_str() == id)
            .unwrap()
    };
    let tenths = |m: Option<scoring::Maturity>| m.map(scoring::Maturity::tenths);
    let economy = domain("economy");
    assert_eq!(
        (tenths(economy.earlier), tenths(economy.current)),
        (Some(25), Some(35))
    );
    assert_eq!(economy.change(), Some(10));
    let culture = domain("culture");
    assert_eq!(
        (
            tenths(culture.earlier),
            tenths(culture.current),
            culture.change()
        ),
        (Some(40), None, None)
    );
    let health = domain("health");
    assert_eq!(
        (
            tenths(health.earlier),
            tenths(health.current),
            health.change()
        ),
        (None, Some(50), None)
    );
    // Overall: mean of rated domains (2.5 and 4.0 → 3.3 half up; 3.5 and 5.0 → 4.3).
    assert_eq!(
        (tenths(c.overall_earlier), tenths(c.overall_current)),
        (Some(33), Some(43))
    );
    assert_eq!(c.overall_change(), Some(10));
    assert_eq!(compare::describe_change(10), "+1.0");
    assert_eq!(compare::describe_change(-5), "\u{2212}0.5");

    let moved: Vec<(&str, Option<u16>, Option<u16>)> = c
        .moved
        .iter()
        .map(|m| (m.question_id.as_str(), tenths(m.earlier), tenths(m.current)))
        .collect();
    assert_eq!(
        moved,
        [
            ("economy.impact", Some(20), Some(40)),
            ("health.support", None, Some(50)),
            ("culture.vibrancy", Some(40), None),
        ]
    );
    let actions: Vec<(&str, ActionStatus, Option<ActionStatus>)> = c
        .actions
        .iter()
        .map(|a| (a.description.as_str(), a.earlier, a.now))
        .collect();
    assert_eq!(
        actions,
        [
            (
                "Publish the local spend figure",
                ActionStatus::InProgress,
                Some(ActionStatus::Done)
            ),
            ("Open a supplier fair", ActionStatus::Planned, None),
        ]
    );
    assert_eq!(
        c.only_earlier,
        [(
            q("old.question"),
            Some(scoring::Maturity::of_phase(phase(3)))
        )]
    );
    // Every framework question the earlier file did not have at all.
    assert_eq!(c.only_current.len(), fw.questions().count() - 3);
    assert!(c.only_current.contains(&q("health.support")));
    assert!(!c.only_current.contains(&q("culture.vibrancy")));
    // Within one version of the framework, a question left unanswered is not "new".
    let mut same_version = earlier.clone();
    fw.version().clone_into(&mut same_version.framework.version);
    let c = compare::compare(&fw, &current, &same_version);
    assert!(c.only_current.is_empty(), "{:?}", c.only_current);
    assert_eq!(
        c.only_earlier.len(),
        1,
        "a removed question is still reported"
    );
}

#[test]
fn score_and_export_take_a_baseline() {
    let (earlier, current) = baseline_pair();
    let dir = baseline_files(&earlier, &current);
    let out = run_in(
        dir.path(),
        &[
            "score",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Change since Civic self-assessment 2025–26"),
        "{text}"
    );
    assert!(
        text.contains("Economic impact                        2.5      3.5  +1.0"),
        "{text}"
    );
    assert!(
        text.contains("Open a supplier fair (economy.impact): Planned then, no longer listed now"),
        "{text}"
    );
    assert!(
        text.contains("Only in the earlier assessment: old.question (3.0)"),
        "{text}"
    );

    let out = run_in(
        dir.path(),
        &[
            "score",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["baseline"]["overall"]["earlier"], 3.3);
    assert_eq!(json["baseline"]["overall"]["current"], 4.3);
    assert_eq!(json["baseline"]["overall"]["change"], 1.0);
    assert_eq!(json["baseline"]["only_earlier"][0], "old.question");

    // The PDF has the comparison section and the chart its earlier profile.
    let out = run_in(
        dir.path(),
        &[
            "export",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
            "-o",
            "report.pdf",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pdf = std::fs::read(dir.path().join("report.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));

    // The baseline may not be the file itself, and must load.
    let out = run_in(
        dir.path(),
        &[
            "score",
            "current.civic.json",
            "--baseline",
            "current.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--baseline is the assessment itself"),
        "{}",
        stderr(&out)
    );
    std::fs::write(dir.path().join("broken.civic.json"), "{ not json").unwrap();
    let out = run_in(
        dir.path(),
        &[
            "score",
            "current.civic.json",
            "--baseline",
            "broken.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--baseline"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("broken.civic.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_report_shows_the_comparison_and_the_group_ratings() {
    let fw = framework();
    let (earlier, current) = baseline_pair();
    let card = scoring::score(&fw, &current);
    let doc =
        content::build_with_baseline(&fw, &current, &card, Some(&earlier), date!(2026 - 11 - 27));
    let text = doc.text();
    assert!(
        text.contains("Change since Civic self-assessment 2025–26"),
        "{text:.3000}"
    );
    assert!(
        text.contains("Economic impact | 2.5 | 3.5 | +1.0"),
        "{text:.3000}"
    );
    assert!(text.contains("Overall | 3.3 | 4.3 | +1.0"));
    assert!(text.contains("Open a supplier fair | 2.2 What economic impact do we have now? | Finance | Planned | no longer listed"), "{text}");
    assert!(text.contains(
        "old.question — answered earlier (3.0), but not a question of the framework now"
    ));
    let radar = civic_workbook::report::doc::flatten(doc.blocks())
        .into_iter()
        .find_map(|b| match b {
            civic_workbook::report::doc::Block::Radar(radar) => {
                Some((radar.axes.clone(), radar.alt.clone()))
            }
            _ => None,
        })
        .unwrap();
    assert_eq!(radar.0[1].earlier_value(), Some(2.5));
    assert_eq!(radar.0[1].value(), Some(3.5));
    assert!(
        radar.1.contains("Dashed, Civic self-assessment 2025–26"),
        "{}",
        radar.1
    );

    let files = three();
    let mut group = combine(&fw, &assessors(&files), NOW).unwrap();
    let vibrancy = group.responses.get_mut(&q("culture.vibrancy")).unwrap();
    vibrancy.phase = Some(phase(4));
    vibrancy.rationale = "The festival reaches every ward".into();
    let card = scoring::score(&fw, &group);
    let doc =
        content::build_with_baseline(&fw, &group, &card, Some(&earlier), date!(2026 - 11 - 27));
    let text = doc.text();
    assert!(text.contains(
        "Group assessment with ratings from 3 assessors (Alys Evans, Bryn Jones and Cai Price)"
    ));
    assert!(text.contains("2.2 What economic impact do we have now? — 2–5, median 4.0, 3 phases apart (Alys Evans 2 · Bryn Jones 5 · Cai Price 4)"), "{text}");
    assert!(text.contains("Phase not yet agreed: the median of the assessors’ phases, 4.0, is used until the group agrees."));
    assert!(text.contains("Agreed phase 4"));
    assert!(text.contains("Why this phase: The festival reaches every ward"));
    assert!(text.contains("(added by Alys Evans, Bryn Jones)"));

    // With both notes the summary still fits on one page, and both sections are bookmarked.
    let layout = report::layout::layout(&doc, &report::fonts::Metrics::new().unwrap());
    let page_of = |title: &str| {
        layout
            .outline
            .iter()
            .find(|e| e.title.starts_with(title))
            .map_or_else(|| panic!("{title} in the outline"), |e| e.page)
    };
    assert_eq!(page_of("Summary"), 1);
    assert!(
        layout.page_text(2).starts_with("Contents"),
        "the summary fits on one page: {}",
        layout.page_text(2)
    );
    assert_eq!(page_of("Change since"), 3);
    assert!(page_of("Group ratings") > 3);
    let pdf =
        report::render_with_baseline(&fw, &group, Some(&earlier), date!(2026 - 11 - 27)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

/// Text a spreadsheet would choke on, unless quoted.
const AWKWARD: &str = "Commas, \"quotes\" and\nnew lines; Welsh ŵ ŷ â — ‘Gŵyl’ in Tŷ Cymunedol";

#[test]
fn the_csv_round_trips_through_a_csv_parser() {
    let fw = framework();
    let mut a = demo();
    let r = a.responses.entry(q("economy.impact")).or_default();
    r.narrative = AWKWARD.into();
    r.ambition = "=HYPERLINK(\"http://evil.example\")".to_owned();
    r.evidence
        .push(evidence("Title, with comma", "https://example.org/a?b=1,2"));
    r.actions.push(Action {
        description: AWKWARD.to_owned(),
        owner: "Siân \"Sia\" O'Neill".to_owned(),
        due: "2027-02-01".to_owned(),
        status: ActionStatus::InProgress,
        added_by: Vec::new(),
        id: ItemId::new("awkward-1"),
    });

    let bytes = report_csv::questions(&fw, &a);
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, report_csv::question_headings());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), fw.questions().count(), "one row per question");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let impact = rows
        .iter()
        .find(|row| &row[column("Question id")] == "economy.impact")
        .unwrap();
    assert_eq!(&impact[column("Narrative")], AWKWARD);
    assert_eq!(
        &impact[column("Ambition")],
        "'=HYPERLINK(\"http://evil.example\")",
        "a formula is kept as text"
    );
    let demo_impact = &demo().responses[&q("economy.impact")];
    assert_eq!(
        impact[column("Evidence count")].parse::<usize>().unwrap(),
        demo_impact.evidence.len() + 1
    );
    assert!(impact[column("Evidence")].contains("Title, with comma <https://example.org/a?b=1,2>"));
    assert_eq!(
        &impact[column("Phase")],
        demo_impact.phase.unwrap().number().to_string()
    );

    let bytes = report_csv::actions(&fw, &a);
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let total: usize = a.responses.values().map(|r| r.actions.len()).sum();
    assert_eq!(rows.len(), total);
    let awkward = rows.iter().find(|row| &row[4] == AWKWARD).unwrap();
    assert_eq!(&awkward[5], "Siân \"Sia\" O'Neill");
    assert_eq!(&awkward[6], "2027-02-01");
    assert_eq!(&awkward[7], "In progress");
    assert_eq!(&awkward[3], "awkward-1");
    // Every action has its id, as the file has it.
    assert!(rows.iter().all(|row| ItemId::is_valid(&row[3])), "{rows:?}");
}

#[test]
fn the_export_command_writes_csv_and_markdown() {
    let dir = temp_dir();
    let demo = demo_path();
    let demo = demo.to_str().unwrap();
    let out = run_in(
        dir.path(),
        &[
            "export",
            demo,
            "--csv",
            "data.csv",
            "--markdown",
            "report.md",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !dir.path().join("report.pdf").exists(),
        "no PDF unless -o is given"
    );
    let questions = std::fs::read(dir.path().join("data.csv")).unwrap();
    let actions = std::fs::read(dir.path().join("data-actions.csv")).unwrap();
    assert!(questions.starts_with(b"\xEF\xBB\xBF") && actions.starts_with(b"\xEF\xBB\xBF"));
    let markdown = std::fs::read_to_string(dir.path().join("report.md")).unwrap();
    let (mark, rest) = markdown.split_once('\n').unwrap();
    assert_eq!(mark, civic_workbook::report::markdown::mark_line(rest));
    assert!(
        rest.starts_with("\n# Civic impact self-assessment 2026–27"),
        "{markdown:.200}"
    );
    assert!(markdown.contains("\n# Summary\n"));
    assert!(markdown.contains(
        "\n## Next actions\n\n| Due | Action | Owner | Question |\n| --- | --- | --- | --- |\n"
    ));
    assert!(markdown.contains("Gŵyl Cwmtawe"));
    assert!(markdown.contains("](<https://"), "links stay links");
    assert!(
        !markdown.contains("](<javascript"),
        "no other scheme becomes a link"
    );
    // Markdown's own characters in user text are escaped.
    assert!(!markdown.contains("\n- -"));

    // Without any output it is a usage error; a file the workbook did not write is left alone.
    let out = run_in(dir.path(), &["export", demo]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::write(dir.path().join("notes.txt"), "keep me").unwrap();
    let out = run_in(dir.path(), &["export", demo, "--csv", "notes.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an earlier export"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn markdown_escapes_what_would_change_its_meaning() {
    let fw = framework();
    let mut a = demo();
    let r = a.responses.entry(q("economy.impact")).or_default();
    r.narrative =
        "- not a list\n\n1. not numbered\n\n---\n\n*not emphasis* and [not a link](x) # | pipe"
            .into();
    let md = report::markdown(&fw, &a, None, date!(2026 - 11 - 27));
    assert!(md.contains("\n\\- not a list\n"), "{md}");
    assert!(md.contains("\n1\\. not numbered\n"), "{md}");
    assert!(md.contains("\n\\---\n"), "not a rule: {md}");
    // A single line break is a hard break, and its line cannot start a list either.
    let mut lines = demo();
    lines
        .responses
        .entry(q("economy.impact"))
        .or_default()
        .narrative = "Two things:\n- local spend\n- jobs".into();
    let broken = report::markdown(&fw, &lines, None, date!(2026 - 11 - 27));
    assert!(
        broken.contains("\nTwo things:\\\n\\- local spend\\\n\\- jobs\n"),
        "{broken}"
    );
    assert!(
        md.contains("\\*not emphasis\\* and \\[not a link\\](x) \\# \\| pipe"),
        "{md}"
    );
    assert!(
        md.contains("leadership: 3.3 (Delivering)"),
        "numbers inside text are not escaped: {md}"
    );
}

#[test]
fn merging_keeps_what_differs_and_joins_what_is_the_same() {
    let fw = framework();
    let mut alys = assessor_file("Alys Evans", &[("economy.impact", 2)]);
    let mut bryn = assessor_file("Bryn Jones", &[("economy.impact", 3)]);
    // Files of an earlier wording combine, as they open: they agree with each other.
    alys.framework.version = "2025.1".into();
    bryn.framework.version = "2025.1".into();
    let r = alys.responses.get_mut(&q("economy.impact")).unwrap();
    r.narrative = "First point.\n\nSecond point.".into();
    r.evidence = vec![
        Evidence {
            note: "Spend by postcode".into(),
            ..evidence("Procurement report", "https://example.ac.uk/proc.pdf")
        },
        evidence("", ""),
    ];
    r.actions = vec![Action {
        owner: "Dean".into(),
        due: "2026-03-01".into(),
        ..action("fair", "Run a supplier fair", ActionStatus::Planned)
    }];
    let r = bryn.responses.get_mut(&q("economy.impact")).unwrap();
    r.evidence = vec![
        Evidence {
            note: "Includes Welsh SMEs".into(),
            ..evidence("Procurement", "https://example.ac.uk/proc.pdf")
        },
        evidence("", ""),
    ];
    r.actions = vec![Action {
        owner: "Procurement".into(),
        due: "2026-09-30".into(),
        ..action("fair", "run a supplier  fair", ActionStatus::Planned)
    }];
    let group = combine(&fw, &assessors(&[alys, bryn]), NOW).unwrap();
    assert_eq!(group.framework.version, "2025.1", "the files' own version");
    let impact = &group.responses[&q("economy.impact")];
    assert_eq!(
        impact.narrative, "Alys Evans: First point.\nSecond point.",
        "an assessor's paragraphs stay under their name"
    );
    assert_eq!(impact.evidence.len(), 3, "blank rows are never merged");
    assert_eq!(
        impact.evidence[0].note,
        "Spend by postcode / Includes Welsh SMEs"
    );
    assert_eq!(impact.evidence[0].added_by, ["Alys Evans", "Bryn Jones"]);
    let owners: Vec<(&str, &str)> = impact
        .actions
        .iter()
        .map(|a| (a.owner.as_str(), a.due.as_str()))
        .collect();
    assert_eq!(
        owners,
        [("Dean", "2026-03-01"), ("Procurement", "2026-09-30")],
        "the same action with another owner or date is kept, not dropped"
    );
}

#[test]
fn assessors_are_named_from_their_teams_never_their_files_and_blank_copies_combine() {
    let dir = temp_dir();
    let fw = framework();
    // A facilitator's template, copied to each assessor: every file names the facilitator.
    let mut template = assessor_file("Gwen Price", &[]);
    write(dir.path(), "blank-1.civic.json", &template);
    write(dir.path(), "blank-2.civic.json", &template);
    template
        .responses
        .entry(q("economy.impact"))
        .or_default()
        .phase = Some(phase(4));
    write(dir.path(), "bryn.civic.json", &template);
    // Alys added herself to the team of her copy: that names her file.
    template.team.push(TeamMember {
        name: "Alys Evans".to_owned(),
        role: "Assessor".to_owned(),
    });
    template
        .responses
        .get_mut(&q("economy.impact"))
        .unwrap()
        .phase = Some(phase(2));
    write(dir.path(), "alys.civic.json", &template);
    let paths: Vec<std::path::PathBuf> = ["alys", "bryn", "blank-1", "blank-2"]
        .iter()
        .map(|n| dir.path().join(format!("{n}.civic.json")))
        .collect();
    let files = civic_workbook::storage::group_files::read(&paths, &fw).unwrap();
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Alys Evans", "Assessor 2", "Assessor 3", "Assessor 4"],
        "a file whose team names only the facilitator is numbered, not named after the file"
    );
    let combined = civic_workbook::storage::group_files::combine(&paths, &fw, NOW).unwrap();
    let group = &combined.group;
    assert_eq!(
        group.responses[&q("economy.impact")].ratings,
        ratings(&[("Alys Evans", 2), ("Assessor 2", 4)])
    );
    let team: Vec<&str> = group.team.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        team,
        ["Alys Evans", "Gwen Price"],
        "the files' teams: a numbered assessor is not a person"
    );
    assert!(
        combined.differences.iter().any(|d| d
            == "bryn.civic.json names only people who are in another file's team too, so its ratings are under \"Assessor 2\"; list its assessor in its team to name them"),
        "{:?}",
        combined.differences
    );
    assert!(
        !combined
            .names
            .iter()
            .any(|n| n.contains("bryn") || n.contains("blank")),
        "{:?}",
        combined.names
    );
}

#[test]
fn validate_flags_what_a_hand_edited_group_file_gets_wrong() {
    let fw = framework();
    let files = three();
    let mut group = combine(&fw, &assessors(&files), NOW).unwrap();
    let impact = group.responses.get_mut(&q("economy.impact")).unwrap();
    impact.ratings.insert(" ".into(), phase(3));
    impact.rationale = "Two\nlines".into();
    let problems: Vec<String> = civic_workbook::model::problems(&fw, &group)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("an assessor's name is blank")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("rationale should be one line")),
        "{problems:?}"
    );
}

#[test]
fn a_baseline_needs_an_output_that_shows_it() {
    let (earlier, current) = baseline_pair();
    let dir = baseline_files(&earlier, &current);
    let out = run_in(
        dir.path(),
        &[
            "export",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
            "--csv",
            "x.csv",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("give -o or --markdown"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("x.csv").exists());
    let out = run_in(
        dir.path(),
        &[
            "export",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
            "--markdown",
            "x.md",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = std::fs::read_to_string(dir.path().join("x.md")).unwrap();
    assert!(
        md.contains("\n# Change since Civic self-assessment 2025–26\n"),
        "{md:.2000}"
    );
    assert!(
        md.contains("| Economic impact | 2.5 | 3.5 | +1.0 |"),
        "{md:.3000}"
    );
}

#[test]
fn a_comparison_warns_when_it_may_mislead() {
    let fw = framework();
    let (mut earlier, current) = baseline_pair();
    let c = compare::compare(&fw, &current, &earlier);
    let economy = &c.domains[1];
    assert_eq!(economy.rated_note(), None, "two rated then, two now");
    let health = c
        .domains
        .iter()
        .find(|d| d.domain_id.as_str() == "health")
        .unwrap();
    assert_eq!(
        health.rated_note().as_deref(),
        Some("3.1 rated for the first time")
    );
    // Same institution, started earlier: only the version differs.
    let warnings = compare::warnings(&fw, &current, &earlier);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("version 2025.1"), "{warnings:?}");
    earlier.institution = "Another University".into();
    earlier.created = Some(datetime!(2027-01-01 09:00 UTC));
    let warnings = compare::warnings(&fw, &current, &earlier);
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("is of Another University")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("started after this one")),
        "{warnings:?}"
    );

    let dir = baseline_files(&earlier, &current);
    let out = run_in(
        dir.path(),
        &[
            "score",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "a warning is not a failure");
    assert!(
        stderr(&out).contains("warning: the earlier assessment is of Another University"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("no question rated both times: 3.1 rated for the first time"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_agreed_disagreement_is_no_longer_a_talking_point() {
    let fw = framework();
    let files = three();
    let mut group = combine(&fw, &assessors(&files), NOW).unwrap();
    let impact = &group.responses[&q("economy.impact")];
    assert!(scoring::to_talk_through(impact).is_some());
    group.responses.get_mut(&q("economy.impact")).unwrap().phase = Some(phase(4));
    let impact = &group.responses[&q("economy.impact")];
    assert!(
        scoring::to_talk_through(impact).is_none(),
        "agreed is settled"
    );
    let card = scoring::score(&fw, &group);
    let text = content::build(&fw, &group, &card, date!(2026 - 11 - 27)).text();
    assert!(
        text.contains("No question still to agree has assessors 2 or more phases apart."),
        "{text:.3000}"
    );
    assert!(!text.contains("worth talking through"));
    assert!(
        text.contains("Cai Price 1 — one rating, 1"),
        "a single rating says so"
    );
}

#[test]
fn the_group_names_every_assessor_and_notes_what_the_files_disagree_on() {
    let fw = framework();
    let [a, mut b, mut c] = three();
    b.institution = "Different University".into();
    c.team.clear();
    let files = [a, b, c];
    let named: Vec<Assessor<'_>> = files
        .iter()
        .zip(["Alys Evans", "Bryn Jones", "cai"])
        .map(|(assessment, name)| Assessor { name, assessment })
        .collect();
    let notes = civic_workbook::model::differences(&framework(), &named);
    assert_eq!(
        notes,
        [
            "the files name different institutions (Prifysgol Cwm Tawe, Different University); the group keeps \"Prifysgol Cwm Tawe\""
        ]
    );
    let group = combine(&fw, &named, NOW).unwrap();
    let team: Vec<&str> = group.team.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        team,
        ["Alys Evans", "Bryn Jones", "cai"],
        "cai's file had no team"
    );

    let dir = temp_dir();
    write(dir.path(), "a.civic.json", &files[0]);
    write(dir.path(), "b.civic.json", &files[1]);
    let out = run_in(
        dir.path(),
        &[
            "combine",
            "a.civic.json",
            "b.civic.json",
            "-o",
            "g.civic.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: the files name different institutions"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_csv_keeps_evidence_notes_and_answers_the_framework_lacks() {
    let fw = framework();
    let files = three();
    let mut group = combine(&fw, &assessors(&files), NOW).unwrap();
    group
        .responses
        .get_mut(&q("economy.impact"))
        .unwrap()
        .evidence[0]
        .note = "Spend by postcode".into();
    group.responses.insert(
        q("economy.retired"),
        Response {
            narrative: "Kept from an older bank".into(),
            ..Response::default()
        },
    );
    let bytes = report_csv::questions(&fw, &group);
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), fw.questions().count() + 1);
    let impact = rows.iter().find(|r| &r[1] == "economy.impact").unwrap();
    assert!(
        impact[15].contains("Procurement report <https://example.ac.uk/proc.pdf> — Spend by postcode (added by Alys Evans, Bryn Jones)"),
        "{}",
        &impact[15]
    );
    let retired = rows.last().unwrap();
    assert_eq!(
        (&retired[0], &retired[1]),
        ("(not in this framework)", "economy.retired")
    );
    assert_eq!(&retired[12], "Kept from an older bank");
}

#[test]
fn an_export_of_several_files_writes_all_or_none() {
    let dir = temp_dir();
    let demo = demo_path();
    let demo = demo.to_str().unwrap();
    std::fs::write(dir.path().join("notes.md"), "").unwrap();
    std::fs::write(dir.path().join("keep.txt"), "keep me").unwrap();
    // The Markdown target is refused, so neither the PDF nor the CSV is written.
    let out = run_in(
        dir.path(),
        &[
            "export",
            demo,
            "-o",
            "r.pdf",
            "--csv",
            "d.csv",
            "--markdown",
            "keep.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an earlier export")
            && stderr(&out).trim_end().ends_with("keep.txt"),
        "{}",
        stderr(&out)
    );
    for name in ["r.pdf", "d.csv", "d-actions.csv"] {
        assert!(!dir.path().join(name).exists(), "{name} was written");
    }
    let out = run_in(
        dir.path(),
        &[
            "export",
            demo,
            "--csv",
            "d.csv",
            "--markdown",
            "d-actions.csv",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("two exports would go to the same file"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("d.csv").exists());
}

#[test]
fn combine_knows_items_by_id_not_by_wording() {
    let fw = framework();
    let mut alys = assessor_file("Alys Evans", &[("economy.impact", 2)]);
    let mut bryn = assessor_file("Bryn Jones", &[("economy.impact", 3)]);
    let r = alys.responses.get_mut(&q("economy.impact")).unwrap();
    r.actions = vec![
        // From the facilitator's starting file; Bryn rewrote it.
        action("brief", "Brief the council", ActionStatus::Planned),
        // Typed by each on their own: the same words, two actions.
        action("a-alys", "Hold a supplier fair", ActionStatus::Planned),
    ];
    let r = bryn.responses.get_mut(&q("economy.impact")).unwrap();
    r.actions = vec![
        action(
            "brief",
            "Brief the council and the health board",
            ActionStatus::Planned,
        ),
        action("b-bryn", "Hold a supplier fair", ActionStatus::Planned),
    ];
    let files = [alys, bryn];
    let group = combine(&fw, &assessors(&files), NOW).unwrap();
    let actions: Vec<(&str, &str, String)> = group.responses[&q("economy.impact")]
        .actions
        .iter()
        .map(|a| (a.id.as_str(), a.description.as_str(), a.added_by.join(", ")))
        .collect();
    assert_eq!(actions.len(), 4, "{actions:#?}");
    assert_eq!(
        actions[0],
        ("brief", "Brief the council", "Alys Evans".to_owned())
    );
    assert_eq!(actions[1].1, "Hold a supplier fair");
    let (changed_id, changed, by) = &actions[2];
    assert_eq!(*changed, "Brief the council and the health board");
    assert_eq!(by, "Bryn Jones");
    assert!(
        ItemId::is_valid(changed_id) && *changed_id != "brief",
        "Bryn's version has an id of its own: {changed_id}"
    );
    assert_eq!(
        actions[3],
        ("b-bryn", "Hold a supplier fair", "Bryn Jones".to_owned())
    );
    let notes = civic_workbook::model::differences(&fw, &assessors(&files));
    assert_eq!(
        notes,
        [
            "question 2.2: Bryn Jones's copy of the action \"Brief the council\" differs from Alys Evans's; both versions are kept"
        ]
    );
    // The two "Hold a supplier fair" each say whose, in the report's action plan as in the
    // app's summary (tests/ui_room2.rs): the same read model words both.
    let card = scoring::score(&fw, &group);
    let text = content::build_with_baseline(&fw, &group, &card, None, date!(2026 - 11 - 27)).text();
    for name in ["Alys Evans", "Bryn Jones"] {
        let version = format!("Hold a supplier fair ({name}'s version)");
        // The summary's next actions and the action plan.
        assert_eq!(text.matches(&version).count(), 2, "{version}: {text}");
    }
    assert!(
        !text.contains("Brief the council (Alys Evans's version)"),
        "no twin: {text}"
    );
    // The group file saves and reads back with every id.
    let bytes = assessment_file::to_bytes(&group);
    let back = assessment_file::from_bytes(bytes, Path::new("group.civic.json"), &fw).unwrap();
    assert_eq!(back, group);
}

#[test]
fn compare_follows_an_action_by_id_through_a_rewording() {
    let fw = framework();
    let (earlier, mut current) = baseline_pair();
    let impact = current.responses.get_mut(&q("economy.impact")).unwrap();
    impact.actions = vec![
        action(
            "publish",
            "Publish the local spend figure every quarter",
            ActionStatus::Done,
        ),
        // Same words as last year's fair, but a new action.
        action(
            "fair-2027",
            "Open a supplier fair",
            ActionStatus::InProgress,
        ),
    ];
    let c = compare::compare(&fw, &current, &earlier);
    let actions: Vec<(&str, Option<ActionStatus>)> = c
        .actions
        .iter()
        .map(|a| (a.description.as_str(), a.now))
        .collect();
    assert_eq!(
        actions,
        [
            ("Publish the local spend figure", Some(ActionStatus::Done)),
            ("Open a supplier fair", None),
        ]
    );
}

#[test]
fn the_actions_csv_carries_each_action_id_and_an_earlier_unquoted_export_is_kept() {
    let fw = framework();
    let (_, current) = baseline_pair();
    let csv = String::from_utf8(report_csv::actions(&fw, &current)).unwrap();
    let mut lines = csv.trim_start_matches('\u{FEFF}').lines();
    assert_eq!(
        lines.next(),
        Some(
            r#""Domain","Question id","Question","Action id","Action","Owner","Due","Status","Added by""#
        )
    );
    let row = lines.next().unwrap();
    assert!(
        row.contains(r#","publish","Publish the  local spend figure","#),
        "{row}"
    );

    // A file written by an earlier version (its fields quoted only where needed) cannot be told
    // from a spreadsheet's save of it, so it is not taken as ours: refused, named alone, and
    // with --force kept.
    let dir = temp_dir();
    let demo = demo_path();
    let earlier = "\u{FEFF}Domain,Question id,Question,Action,Owner,Due,Status,Added by\r\n";
    std::fs::write(dir.path().join("data-actions.csv"), earlier).unwrap();
    let out = run_in(
        dir.path(),
        &["export", demo.to_str().unwrap(), "--csv", "data.csv"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("data-actions.csv"), "{err}");
    assert!(!dir.path().join("data.csv").exists());
    let out = run_in(
        dir.path(),
        &[
            "export",
            demo.to_str().unwrap(),
            "--csv",
            "data.csv",
            "--force",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read_to_string(dir.path().join("data-actions.csv")).unwrap();
    assert!(written.contains("Action id"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("data-actions.csv.bak")).unwrap(),
        earlier
    );
}

#[test]
fn the_same_change_made_by_two_assessors_is_one_item() {
    let fw = framework();
    let mut files = [
        assessor_file("Alys Evans", &[("economy.impact", 2)]),
        assessor_file("Bryn Jones", &[("economy.impact", 3)]),
        assessor_file("Cai Price", &[("economy.impact", 3)]),
    ];
    for (file, text) in files.iter_mut().zip([
        "Brief the council",
        "Brief the council and the health board",
        "brief the council and the  health board",
    ]) {
        let r = file.responses.get_mut(&q("economy.impact")).unwrap();
        r.actions = vec![action("brief", text, ActionStatus::Planned)];
    }
    let group = combine(&fw, &assessors(&files), NOW).unwrap();
    let actions: Vec<(&str, String)> = group.responses[&q("economy.impact")]
        .actions
        .iter()
        .map(|a| (a.description.as_str(), a.added_by.join(", ")))
        .collect();
    assert_eq!(
        actions,
        [
            ("Brief the council", "Alys Evans".to_owned()),
            (
                "Brief the council and the health board",
                "Bryn Jones, Cai Price".to_owned()
            ),
        ]
    );
}
