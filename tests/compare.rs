//! Comparisons are like for like (issue 24): a domain's change is measured on the questions rated
//! in both assessments, so a question rated for the first time is never read as a rise or a fall.
//! The demo is checked against its own computed values; the fixtures in `fixtures/compare/` pin
//! numbers.

use std::path::Path;

use serde_json::Value;

use civic_workbook::scoring::wording::like_for_like;

use crate::util::{demo_path, root, run_in, stderr, stdout, temp_dir};

/// The fixtures' folder.
fn fixtures() -> std::path::PathBuf {
    root().join("tests/fixtures/compare")
}

/// `score FILE --baseline EARLIER` (with `extra` arguments) in `dir`: its standard output.
fn score(dir: &Path, file: &str, earlier: &str, extra: &[&str]) -> String {
    let mut args = vec!["score", file, "--baseline", earlier];
    args.extend_from_slice(extra);
    let out = run_in(dir, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

/// The "Since …" key message of `score`'s text.
fn since_message(text: &str) -> &str {
    let messages = text.split("\nKey messages\n").nth(1).unwrap();
    messages
        .lines()
        .find(|line| line.starts_with("- Since "))
        .unwrap_or_else(|| panic!("no Since message in {messages}"))
}

/// A domain's title from `score --json`'s own list.
fn title<'a>(json: &'a Value, id: &str) -> &'a str {
    json["domains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .and_then(|d| d["title"].as_str())
        .unwrap()
}

/// Rounds a change read back from JSON to whole tenths.
fn tenths(value: &Value) -> Option<i64> {
    #[expect(clippy::cast_possible_truncation, reason = "a change of a few tenths")]
    value.as_f64().map(|v| (v * 10.0).round() as i64)
}

#[test]
fn the_compared_demo_names_a_like_for_like_change_and_never_a_newly_rated_one() {
    let demo = demo_path();
    let earlier = root().join("assets/demo-2025-26.civic.json");
    let (demo, earlier) = (demo.to_str().unwrap(), earlier.to_str().unwrap());
    let json: Value = serde_json::from_str(&score(&root(), demo, earlier, &["--json"])).unwrap();
    let domains = json["baseline"]["domains"].as_array().unwrap();
    for d in domains {
        // Every change is the like-for-like one: the same questions now minus then.
        let like = &d["like_for_like"];
        if let (Some(then), Some(now)) = (tenths(&like["earlier"]), tenths(&like["current"])) {
            assert_eq!(tenths(&d["change"]), Some(now - then), "{d}");
        } else {
            assert!(d["change"].is_null(), "{d}");
            assert_eq!(like["questions"], 0, "{d}");
        }
    }
    // Where questions were rated only once, the plain figure moved but the change did not
    // count them (in the demo: Estates, whose 5.2 was rated for the first time).
    let apart: Vec<&Value> = domains
        .iter()
        .filter(|d| !d["first_rated"].as_array().unwrap().is_empty())
        .collect();
    assert!(!apart.is_empty(), "the demo has a newly rated question");
    let largest = domains
        .iter()
        .filter_map(|d| Some((d, tenths(&d["change"])?)))
        .filter(|(_, change)| *change != 0)
        .map(|(_, change)| change.abs())
        .max()
        .unwrap();
    let largest_titles: Vec<&str> = domains
        .iter()
        .filter(|d| tenths(&d["change"]).map(i64::abs) == Some(largest))
        .map(|d| title(&json, d["id"].as_str().unwrap()))
        .collect();

    let text = score(&root(), demo, earlier, &[]);
    let message = since_message(&text);
    for name in &largest_titles {
        assert!(
            message.contains(&format!("largest change is {name}"))
                || message.contains(&format!("largest changes are {name}"))
                || message.contains(&format!(" and {name}, ")),
            "{message}"
        );
    }
    for d in &apart {
        let change = tenths(&d["change"]);
        if change.is_none_or(|c| c.abs() < largest) {
            let name = title(&json, d["id"].as_str().unwrap());
            assert!(
                !message.contains(name),
                "{name} only had a newly rated question: {message}"
            );
        }
    }
    assert!(!message.contains("Estates"), "{message}");
    // A fall that did happen is named: Learning and skills in the demo.
    let falls: Vec<&str> = domains
        .iter()
        .filter(|d| tenths(&d["change"]).is_some_and(|c| c < 0))
        .map(|d| title(&json, d["id"].as_str().unwrap()))
        .collect();
    assert!(
        falls.iter().any(|name| message.contains(name)),
        "{falls:?}: {message}"
    );
}

#[test]
fn score_json_pins_the_fixture_like_for_like() {
    let json: Value = serde_json::from_str(&score(
        &fixtures(),
        "current.civic.json",
        "earlier.civic.json",
        &["--json"],
    ))
    .unwrap();
    let baseline = &json["baseline"];
    let change = |id: &str| -> &Value {
        baseline["domains"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap()
    };
    let changes: Vec<(&str, Option<i64>)> = [
        "strategy",
        "economy",
        "health",
        "culture",
        "estates",
        "learning",
        "environment",
    ]
    .into_iter()
    .map(|id| (id, tenths(&change(id)["change"])))
    .collect();
    assert_eq!(
        changes,
        [
            ("strategy", Some(0)),
            ("economy", Some(3)),
            // 3.0 to 2.0 as scored, but only because 3.2 was rated for the first time.
            ("health", Some(0)),
            ("culture", Some(-5)),
            // 2.0 to 5.0 as scored, with no question rated both times.
            ("estates", None),
            ("learning", Some(0)),
            ("environment", None),
        ]
    );
    let health = change("health");
    assert_eq!(
        (health["earlier"].as_f64(), health["current"].as_f64()),
        (Some(3.0), Some(2.0))
    );
    assert_eq!(
        health["first_rated"],
        serde_json::json!(["health.flourishing"])
    );
    assert_eq!(health["like_for_like"]["questions"], 1);
    let estates = change("estates");
    assert_eq!(
        estates["first_rated"],
        serde_json::json!(["estates.welcome"])
    );
    assert_eq!(
        estates["no_longer_rated"],
        serde_json::json!(["estates.facilities"])
    );
    assert!(estates["like_for_like"]["earlier"].is_null());
    // Overall: 2.5 to 2.8 as scored; like for like over the five domains with a question rated
    // both times, 2.6 to 2.6.
    let overall = &baseline["overall"];
    assert_eq!(overall["earlier"].as_f64(), Some(2.5));
    assert_eq!(overall["current"].as_f64(), Some(2.8));
    assert_eq!(tenths(&overall["change"]), Some(0));
    assert_eq!(
        overall["like_for_like"],
        serde_json::json!({"earlier": 2.6, "current": 2.6, "questions": 12, "domains": 5})
    );
    assert_eq!(
        overall["first_rated"],
        serde_json::json!(["health.flourishing", "estates.welcome"])
    );
    assert_eq!(
        overall["no_longer_rated"],
        serde_json::json!(["estates.facilities"])
    );

    let text = score(&fixtures(), "current.civic.json", "earlier.civic.json", &[]);
    assert_eq!(
        since_message(&text),
        "- Since 2025–26: overall maturity 2.5 then, 2.8 now (no change like for like); the largest change \
         is Cultural contribution, \u{2212}0.5 (4.0 to 3.5)."
    );
    assert!(
        text.contains("Health and wellbeing                   3.0      2.0  no like-for-like change: 3.2 rated for the first time\n"),
        "{text}"
    );
    assert!(text.contains(&like_for_like()), "{text}");
}

#[test]
fn the_report_shows_the_change_like_for_like_everywhere() {
    let dir = temp_dir();
    for file in ["current.civic.json", "earlier.civic.json"] {
        std::fs::copy(fixtures().join(file), dir.path().join(file)).unwrap();
    }
    let out = run_in(
        dir.path(),
        &[
            "export",
            "current.civic.json",
            "--baseline",
            "earlier.civic.json",
            "--markdown",
            "report.md",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = std::fs::read_to_string(dir.path().join("report.md")).unwrap();
    // The summary's column, with what it leaves out said under it.
    assert!(
        md.contains("- Health and wellbeing: 2.0 (Planning); Since 2025–26: no change\\*\n"),
        "{md:.3000}"
    );
    assert!(
        md.contains("- Cultural contribution: 3.5 (Delivering); Since 2025–26: \u{2212}0.5\n"),
        "{md:.3000}"
    );
    assert!(
        md.contains(
            "Not counted as a change: 3.2 and 5.2 rated for the first time; 5.1 no longer rated."
        ),
        "{md:.3000}"
    );
    // The change page.
    for row in [
        "| Health and wellbeing | 3.0 | 2.0 | no like-for-like change: 3.2 rated for the first time |",
        "| Estates, facilities and placemaking | 2.0 | 5.0 | no question rated both times: 5.2 rated for the first time; 5.1 no longer rated |",
        "| Cultural contribution | 4.0 | 3.5 | \u{2212}0.5 |",
        "| **Overall** | **2.5** | **2.8** | **no change like for like** |",
        "| 3.2 What does a flourishing community look like to us? | – | 1.0 | rated for the first time |",
    ] {
        assert!(md.contains(row), "{row} in {md}");
    }
    // The method says how, in the same sentence.
    let method = md.split("\n# Method\n").nth(1).unwrap();
    assert!(method.contains(&like_for_like()), "{method}");
    assert!(
        !md.contains("\u{2212}1.0 (3.0 to 2.0)"),
        "no fall that did not happen"
    );
}
