//! The merge on hand-made cases, and generated ones: nothing either side added is lost when both
//! are kept, and merging identical sides changes nothing.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use time::macros::datetime;

use super::*;
use crate::model::ActionStatus;
use crate::model::testing::{assessment_with, framework};

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn at(question: &str, part: Part) -> Place {
    Place::Question {
        question: q(question),
        part,
    }
}

fn evidence(id: &str, title: &str) -> Evidence {
    Evidence {
        id: ItemId::new(id),
        title: title.to_owned(),
        link: format!("https://example.org/{id}"),
        ..Evidence::default()
    }
}

fn action(id: &str, description: &str) -> Action {
    Action {
        id: ItemId::new(id),
        description: description.to_owned(),
        ..Action::default()
    }
}

/// A small assessment: d0.q0 rated 2 with a narrative, d0.q1 with one piece of evidence.
fn base() -> Assessment {
    let fw = framework(&[2, 1]);
    let mut a = assessment_with(&fw, &[("d0.q0", Some(2), 0), ("d0.q1", None, 0)]);
    a.institution = "Prifysgol".to_owned();
    a.team = vec![TeamMember {
        name: "Alys".to_owned(),
        role: "Lead".to_owned(),
    }];
    let r = response_mut(&mut a, "d0.q0");
    r.narrative = "We began.".to_owned();
    r.actions = vec![action("a-1", "Brief the council")];
    response_mut(&mut a, "d0.q1").evidence = vec![evidence("e-1", "Strategy")];
    a
}

fn response_mut<'a>(a: &'a mut Assessment, question: &str) -> &'a mut Response {
    a.responses.entry(q(question)).or_default()
}

fn response<'a>(a: &'a Assessment, question: &str) -> &'a Response {
    a.responses
        .get(&q(question))
        .expect("the question has a response")
}

#[test]
fn disjoint_changes_merge_without_asking() {
    let base = base();
    let mut mine = base.clone();
    response_mut(&mut mine, "d0.q0").phase = Phase::new(4);
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q1")
        .evidence
        .push(evidence("e-2", "Agreement"));

    let merged = merge(&base, &mine, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(response(&merged.assessment, "d0.q0").phase, Phase::new(4));
    let titles: Vec<&str> = response(&merged.assessment, "d0.q1")
        .evidence
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(titles, ["Strategy", "Agreement"]);
    assert_eq!(
        merged.from_theirs,
        [Change {
            place: at("d0.q1", Part::Evidence(ItemId::new("e-2"))),
            kind: ChangeKind::Added,
        }]
    );
    assert_eq!(merged.keeping_both(), merged.assessment);
}

#[test]
fn the_same_field_changed_differently_conflicts_and_each_choice_does_as_it_says() {
    let base = base();
    let mut mine = base.clone();
    response_mut(&mut mine, "d0.q0").narrative = "Mine says so.".to_owned();
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q0").narrative = "Theirs says otherwise.".to_owned();

    let merged = merge(&base, &mine, &theirs);
    assert_eq!(
        merged.conflicts,
        [Conflict {
            place: at("d0.q0", Part::Narrative),
            base: Value::Text("We began.".to_owned()),
            mine: Value::Text("Mine says so.".to_owned()),
            theirs: Value::Text("Theirs says otherwise.".to_owned()),
        }]
    );
    assert!(merged.conflicts.iter().all(Conflict::can_keep_both));
    let narrative = |a: &Assessment| response(a, "d0.q0").narrative.clone();
    assert_eq!(narrative(&merged.assessment), "Mine says so.");
    assert_eq!(narrative(&merged.resolved(&[])), "Mine says so.");
    assert_eq!(
        narrative(&merged.resolved(&[Choice::Mine])),
        "Mine says so."
    );
    assert_eq!(
        narrative(&merged.resolved(&[Choice::Theirs])),
        "Theirs says otherwise."
    );
    let both = "Mine says so.\n\nTheirs says otherwise.";
    assert_eq!(narrative(&merged.resolved(&[Choice::Both])), both);
    assert_eq!(narrative(&merged.keeping_both()), both);
}

#[test]
fn both_keeps_one_text_when_it_contains_the_other() {
    let base = base();
    let mut mine = base.clone();
    response_mut(&mut mine, "d0.q0").ambition = "A civic".to_owned();
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q0").ambition = "A civic university".to_owned();
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        response(&merged.keeping_both(), "d0.q0").ambition,
        "A civic university"
    );
}

#[test]
fn a_phase_conflict_cannot_keep_both() {
    let base = base();
    let mut mine = base.clone();
    response_mut(&mut mine, "d0.q0").phase = Phase::new(3);
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q0").phase = Phase::new(5);
    let merged = merge(&base, &mine, &theirs);
    let [conflict] = merged.conflicts.as_slice() else {
        panic!("one conflict expected: {:?}", merged.conflicts);
    };
    assert!(!conflict.can_keep_both());
    assert_eq!(conflict.mine, Value::Phase(Phase::new(3)));
    assert_eq!(conflict.theirs, Value::Phase(Phase::new(5)));
    let phase = |a: &Assessment| response(a, "d0.q0").phase;
    assert_eq!(phase(&merged.resolved(&[Choice::Both])), Phase::new(3));
    assert_eq!(phase(&merged.keeping_both()), Phase::new(3));
    assert_eq!(phase(&merged.resolved(&[Choice::Theirs])), Phase::new(5));
}

#[test]
fn an_item_changed_differently_is_one_conflict_and_both_keeps_theirs_under_a_new_id() {
    let base = base();
    let mut mine = base.clone();
    response_mut(&mut mine, "d0.q0")
        .actions
        .iter_mut()
        .for_each(|a| a.owner = "Alys".to_owned());
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q0")
        .actions
        .iter_mut()
        .for_each(|a| a.status = ActionStatus::Done);

    let merged = merge(&base, &mine, &theirs);
    let [conflict] = merged.conflicts.as_slice() else {
        panic!("one conflict expected: {:?}", merged.conflicts);
    };
    assert_eq!(
        conflict.place,
        at("d0.q0", Part::Action(ItemId::new("a-1")))
    );
    let both = merged.keeping_both();
    let actions = &response(&both, "d0.q0").actions;
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0], response(&mine, "d0.q0").actions[0]);
    assert_eq!(actions[1].status, ActionStatus::Done);
    assert_ne!(actions[1].id, actions[0].id);
    assert!(ItemId::is_valid(actions[1].id.as_str()));
    // The same merge gives the same id: no chance involved.
    assert_eq!(merge(&base, &mine, &theirs).keeping_both(), both);
    let theirs_only = merged.resolved(&[Choice::Theirs]);
    assert_eq!(
        response(&theirs_only, "d0.q0").actions,
        response(&theirs, "d0.q0").actions
    );
}

#[test]
fn an_item_removed_on_one_side_and_changed_on_the_other_conflicts() {
    let base = base();
    let mut mine = base.clone();
    response_mut(&mut mine, "d0.q1").evidence.clear();
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q1").evidence[0].note = "Signed in 2025".to_owned();

    let merged = merge(&base, &mine, &theirs);
    let [conflict] = merged.conflicts.as_slice() else {
        panic!("one conflict expected: {:?}", merged.conflicts);
    };
    assert_eq!(conflict.mine, Value::Missing);
    assert!(conflict.can_keep_both());
    let evidence = |a: &Assessment| {
        a.responses
            .get(&q("d0.q1"))
            .map(|r| r.evidence.clone())
            .unwrap_or_default()
    };
    assert!(evidence(&merged.assessment).is_empty());
    assert_eq!(evidence(&merged.keeping_both()), evidence(&theirs));
    assert_eq!(
        evidence(&merged.resolved(&[Choice::Theirs])),
        evidence(&theirs)
    );

    // The other way round: mine's change is kept, or theirs' removal taken.
    let merged = merge(&base, &theirs, &mine);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(evidence(&merged.assessment), evidence(&theirs));
    assert!(evidence(&merged.resolved(&[Choice::Theirs])).is_empty());
}

#[test]
fn an_item_removed_on_one_side_and_untouched_on_the_other_is_removed() {
    let base = base();
    let mine = base.clone();
    let mut theirs = base.clone();
    response_mut(&mut theirs, "d0.q0").actions.clear();
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.is_clean());
    assert!(response(&merged.assessment, "d0.q0").actions.is_empty());
    assert_eq!(
        merged.from_theirs,
        [Change {
            place: at("d0.q0", Part::Action(ItemId::new("a-1"))),
            kind: ChangeKind::Removed,
        }]
    );
    // Removed by mine: no change from theirs to report.
    let merged = merge(&base, &theirs, &mine);
    assert!(merged.is_clean() && merged.from_theirs.is_empty());
    assert!(response(&merged.assessment, "d0.q0").actions.is_empty());
}

#[test]
fn theirs_additions_go_where_theirs_has_them_after_mine_order() {
    let mut base = base();
    response_mut(&mut base, "d0.q0").actions = vec![action("a-1", "One"), action("a-2", "Two")];
    let mut mine = base.clone();
    let r = response_mut(&mut mine, "d0.q0");
    r.actions.reverse();
    r.actions.push(action("a-m", "Mine"));
    let mut theirs = base.clone();
    let r = response_mut(&mut theirs, "d0.q0");
    r.actions.insert(0, action("a-t0", "Theirs first"));
    r.actions.insert(2, action("a-t1", "Theirs after one"));
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.is_clean());
    let ids: Vec<&str> = response(&merged.assessment, "d0.q0")
        .actions
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["a-t0", "a-2", "a-1", "a-t1", "a-m"]);
}

#[test]
fn ratings_merge_per_assessor_and_questions_one_side_added_are_added() {
    let base = base();
    let mut mine = base.clone();
    let r = response_mut(&mut mine, "d0.q0");
    r.ratings.insert("Alys".to_owned(), Phase::new(2).unwrap());
    let mut theirs = base.clone();
    let r = response_mut(&mut theirs, "d0.q0");
    r.ratings.insert("Bryn".to_owned(), Phase::new(5).unwrap());
    response_mut(&mut theirs, "d1.q0").narrative = "New".to_owned();
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.is_clean());
    let ratings: Vec<(&str, u8)> = response(&merged.assessment, "d0.q0")
        .ratings
        .iter()
        .map(|(name, phase)| (name.as_str(), phase.number()))
        .collect();
    assert_eq!(ratings, [("Alys", 2), ("Bryn", 5)]);
    assert_eq!(response(&merged.assessment, "d1.q0").narrative, "New");
    let places: Vec<&Place> = merged.from_theirs.iter().map(|c| &c.place).collect();
    assert_eq!(
        places,
        [
            &at("d0.q0", Part::Rating("Bryn".to_owned())),
            &at("d1.q0", Part::Narrative)
        ]
    );
}

#[test]
fn details_and_team_merge_and_conflict_in_order() {
    let base = base();
    let mut mine = base.clone();
    mine.title = "Mine".to_owned();
    mine.team[0].role = "Chair".to_owned();
    response_mut(&mut mine, "d0.q0").rationale = "Agreed".to_owned();
    let mut theirs = base.clone();
    theirs.title = "Theirs".to_owned();
    theirs.period = "2026–27".to_owned();
    theirs.team[0].role = "Convenor".to_owned();
    theirs.team.push(TeamMember {
        name: "Bryn".to_owned(),
        role: String::new(),
    });
    response_mut(&mut theirs, "d0.q0").rationale = "Debated".to_owned();

    let merged = merge(&base, &mine, &theirs);
    let places: Vec<&Place> = merged.conflicts.iter().map(|c| &c.place).collect();
    assert_eq!(
        places,
        [
            &Place::Detail(Detail::Title),
            &Place::Detail(Detail::TeamMember("Alys".to_owned())),
            &at("d0.q0", Part::Rationale),
        ]
    );
    assert_eq!(merged.assessment.period, "2026–27");
    let both = merged.keeping_both();
    assert_eq!(both.title, "Mine / Theirs");
    assert_eq!(both.team.len(), 2);
    assert_eq!(both.team[0].role, "Chair / Convenor");
    assert_eq!(response(&both, "d0.q0").rationale, "Agreed\n\nDebated");
    let kinds: Vec<(&Place, ChangeKind)> = merged
        .from_theirs
        .iter()
        .map(|c| (&c.place, c.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (&Place::Detail(Detail::Period), ChangeKind::Added),
            (
                &Place::Detail(Detail::TeamMember("Bryn".to_owned())),
                ChangeKind::Added
            ),
        ]
    );
}

#[test]
fn times_and_framework_follow_the_rules() {
    let base = base();
    let mut mine = base.clone();
    mine.modified = Some(datetime!(2026-12-01 09:00 UTC));
    mine.framework.version = "mine".to_owned();
    let mut theirs = base.clone();
    theirs.modified = Some(datetime!(2026-12-02 09:00 UTC));
    theirs.created = Some(datetime!(2020-01-01 09:00 UTC));
    let merged = merge(&base, &mine, &theirs).assessment;
    assert_eq!(merged.modified, theirs.modified);
    assert_eq!(merged.created, mine.created);
    assert_eq!(merged.framework.version, "mine");
    mine.created = None;
    assert_eq!(
        merge(&base, &mine, &theirs).assessment.created,
        base.created
    );
}

#[test]
fn merging_identical_or_unchanged_sides_is_the_identity() {
    let base = base();
    let mut x = base.clone();
    x.title = "Changed".to_owned();
    response_mut(&mut x, "d0.q0")
        .evidence
        .push(evidence("e-9", "New"));
    x.responses.remove(&q("d0.q1"));
    response_mut(&mut x, "d1.q0");
    for merged in [
        merge(&base, &base, &x),
        merge(&base, &x, &base),
        merge(&base, &x, &x),
    ] {
        assert!(merged.is_clean());
        assert_eq!(merged.assessment, x);
        assert_eq!(merged.keeping_both(), x);
    }
}

// Generated cases.

/// Short texts over few letters, so two sides often write the same.
fn text() -> impl Strategy<Value = String> {
    "[ab ]{0,4}"
}

fn phase() -> impl Strategy<Value = Option<Phase>> {
    prop_oneof![Just(None), (1_u8..=6).prop_map(Phase::new)]
}

/// Items with ids from a small pool, unique in the list (as in every file).
fn items<T: std::fmt::Debug>(make: fn(&str, String, String) -> T) -> impl Strategy<Value = Vec<T>> {
    prop::collection::btree_map("[a-d]", (text(), text()), 0..4).prop_map(move |items| {
        items
            .into_iter()
            .map(|(id, (first, second))| make(&format!("x-{id}"), first, second))
            .collect()
    })
}

fn a_response() -> impl Strategy<Value = Response> {
    (
        phase(),
        (text(), text(), text()),
        items(|id, title, note| Evidence {
            note,
            ..evidence(id, &title)
        }),
        items(|id, description, owner| Action {
            owner,
            ..action(id, &description)
        }),
        prop::collection::btree_map("[AB]", 1_u8..=6, 0..2),
    )
        .prop_map(
            |(phase, (rationale, narrative, ambition), evidence, actions, ratings)| Response {
                phase,
                ratings: ratings
                    .into_iter()
                    .filter_map(|(name, n)| Some((name, Phase::new(n)?)))
                    .collect(),
                rationale,
                narrative,
                evidence,
                ambition,
                actions,
            },
        )
}

const QUESTIONS: [&str; 3] = ["d0.q0", "d0.q1", "d1.q0"];

fn an_assessment() -> impl Strategy<Value = Assessment> {
    let blank = Assessment::new(&framework(&[2, 1]), datetime!(2026-11-27 09:00 UTC));
    (
        prop::collection::vec(prop::option::of(a_response()), QUESTIONS.len()),
        text(),
        prop::collection::btree_map("[AB]", text(), 0..3),
    )
        .prop_map(move |(answers, title, team)| {
            let mut a = blank.clone();
            a.title = title;
            a.team = team
                .into_iter()
                .map(|(name, role)| TeamMember { name, role })
                .collect();
            for (question, answer) in QUESTIONS.iter().zip(answers) {
                if let Some(answer) = answer {
                    a.responses.insert(q(question), answer);
                }
            }
            a
        })
}

/// `other`, with some of its parts put back as they are in `base`, so that sides often leave
/// things alone: bit 0 the details, bit 1 the team, bits 2– each question's response.
fn blend(base: &Assessment, mut other: Assessment, keep: u8) -> Assessment {
    if keep & 1 != 0 {
        other.title.clone_from(&base.title);
    }
    if keep & 2 != 0 {
        other.team.clone_from(&base.team);
    }
    for (bit, question) in QUESTIONS.iter().enumerate() {
        if keep & (4 << bit) != 0 {
            match base.responses.get(&q(question)) {
                Some(r) => other.responses.insert(q(question), r.clone()),
                None => other.responses.remove(&q(question)),
            };
        }
    }
    other
}

fn sides() -> impl Strategy<Value = [Assessment; 3]> {
    (
        an_assessment(),
        an_assessment(),
        an_assessment(),
        any::<u8>(),
        any::<u8>(),
    )
        .prop_map(|(base, mine, theirs, keep_mine, keep_theirs)| {
            let mine = blend(&base, mine, keep_mine);
            let theirs = blend(&base, theirs, keep_theirs);
            [base, mine, theirs]
        })
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Whether `kept` holds `item`, under its own id or (theirs' copy kept beside mine's) another.
fn holds<T: Clone + PartialEq>(kept: &[T], item: &T, id: fn(&mut T) -> &mut ItemId) -> bool {
    kept.iter().any(|k| {
        let (mut k, mut item) = (k.clone(), item.clone());
        *id(&mut k) = ItemId::default();
        *id(&mut item) = ItemId::default();
        k == item
    })
}

/// Checks that everything `side` changed or added since `base` is in `merged`.
fn nothing_lost(base: &Assessment, side: &Assessment, merged: &Assessment) -> Result<(), String> {
    let fail = |what: String| Err(what);
    if side.title != base.title && !merged.title.contains(&side.title) {
        return fail(format!("title {:?} lost", side.title));
    }
    for member in &side.team {
        let before = base.team.iter().find(|m| m.name == member.name);
        let now = merged.team.iter().find(|m| m.name == member.name);
        if before != Some(member) && !now.is_some_and(|m| m.role.contains(&member.role)) {
            return fail(format!("member {member:?} lost"));
        }
    }
    let empty = Response::default();
    for (question, response) in &side.responses {
        let before = base.responses.get(question).unwrap_or(&empty);
        let now = merged.responses.get(question).unwrap_or(&empty);
        let texts = [
            (&before.narrative, &response.narrative, &now.narrative),
            (&before.ambition, &response.ambition, &now.ambition),
            (&before.rationale, &response.rationale, &now.rationale),
        ];
        for (before, text, now) in texts {
            if text != before && !now.contains(text.as_str()) {
                return fail(format!("{question}: text {text:?} lost: {now:?}"));
            }
        }
        for item in &response.evidence {
            let added = !before.evidence.iter().any(|e| e.id == item.id);
            if added && !now.evidence.iter().any(|e| e.id == item.id) {
                return fail(format!("{question}: evidence id {} lost", item.id));
            }
            if !before.evidence.contains(item) && !holds(&now.evidence, item, |e| &mut e.id) {
                return fail(format!("{question}: evidence {item:?} lost"));
            }
        }
        for item in &response.actions {
            let added = !before.actions.iter().any(|a| a.id == item.id);
            if added && !now.actions.iter().any(|a| a.id == item.id) {
                return fail(format!("{question}: action id {} lost", item.id));
            }
            if !before.actions.contains(item) && !holds(&now.actions, item, |a| &mut a.id) {
                return fail(format!("{question}: action {item:?} lost"));
            }
        }
    }
    Ok(())
}

#[test]
fn keeping_both_loses_nothing_either_side_added() {
    runner()
        .run(&sides(), |[base, mine, theirs]| {
            let merged = merge(&base, &mine, &theirs);
            let both = merged.keeping_both();
            nothing_lost(&base, &mine, &both).map_err(TestCaseError::fail)?;
            nothing_lost(&base, &theirs, &both).map_err(TestCaseError::fail)?;
            // Ids stay unique within each question's lists.
            for response in both.responses.values() {
                prop_assert!(!response.lacks_ids(), "{response:?}");
            }
            // Settling every conflict as mine is the merge as made.
            let mines = vec![Choice::Mine; merged.conflicts.len()];
            prop_assert_eq!(merged.resolved(&mines), merged.assessment.clone());
            Ok(())
        })
        .unwrap();
}

#[test]
fn merging_identical_sides_is_the_identity() {
    runner()
        .run(&sides(), |[base, x, _]| {
            for merged in [
                merge(&base, &x, &x),
                merge(&base, &base, &x),
                merge(&base, &x, &base),
            ] {
                prop_assert!(merged.is_clean());
                prop_assert_eq!(&merged.assessment, &x);
                prop_assert_eq!(&merged.keeping_both(), &x);
            }
            Ok(())
        })
        .unwrap();
}
