//! The app in the pseudo-locale (`qps-ploc`): every word it shows comes from the catalogue, so
//! none reads as plain English. The walk opens the demo compared with an earlier copy and a
//! group's file, visits the summary, every domain page and presenter mode, and reads every
//! AccessKit node's label, value and description. Whatever is left once the framework's and
//! the assessment's own text (and the files' paths) is taken out must have no run of two ASCII
//! letters.

use std::path::{Path, PathBuf};

use civic_workbook::app::command::{Command, Page};
use civic_workbook::app::dialogs::{RecordingOpener, ScriptedDialogs};
use civic_workbook::app::state::Prefs;
use civic_workbook::app::{AppOptions, WorkbookApp};
use civic_workbook::i18n::{self, Lang};
use civic_workbook::model::{Assessment, Framework, Phase};
use civic_workbook::storage::assessment_file;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::util::{demo, framework, temp_dir};

/// What egui itself names in English and the workbook cannot word: a side panel's resize
/// handle.
const PENDING: &[&str] = &["Resize panel"];

/// The text a person reads that is theirs or the framework's, not the catalogue's.
fn own_text(framework: &Framework, assessments: &[&Assessment], paths: &[&Path]) -> Vec<String> {
    let mut own: Vec<String> = vec![
        framework.title().to_owned(),
        framework.attribution().name.clone(),
        framework.wording_note().to_owned(),
    ];
    for phase in &framework.scale().phases {
        own.extend([phase.name.clone(), phase.description.clone()]);
    }
    for domain in framework.domains() {
        own.extend([domain.title.clone(), domain.summary.clone()]);
        own.extend(domain.source.clone());
        for question in &domain.questions {
            own.extend([
                question.id.to_string(),
                question.text.clone(),
                question.guidance.clone(),
            ]);
            own.extend(question.evidence_examples.iter().cloned());
        }
    }
    for a in assessments {
        own.extend([a.institution.clone(), a.title.clone(), a.period.clone()]);
        for member in &a.team {
            own.extend([member.name.clone(), member.role.clone()]);
        }
        for (id, response) in &a.responses {
            own.push(id.to_string());
            own.extend(response.ratings.keys().cloned());
            own.extend([
                response.rationale.clone(),
                response.narrative.clone(),
                response.ambition.clone(),
            ]);
            for evidence in &response.evidence {
                own.extend([
                    evidence.title.clone(),
                    evidence.link.clone(),
                    evidence.note.clone(),
                ]);
                own.extend(evidence.added_by.iter().cloned());
            }
            for action in &response.actions {
                own.extend([
                    action.description.clone(),
                    action.owner.clone(),
                    action.due.clone(),
                ]);
            }
        }
    }
    for path in paths {
        own.push(path.display().to_string());
        own.extend(path.file_name().map(|n| n.to_string_lossy().into_owned()));
    }
    // The longest first, so a text is taken out whole before any shorter text inside it.
    own.retain(|text| !text.trim().is_empty());
    own.sort_by_key(|text| std::cmp::Reverse(text.len()));
    own.dedup();
    own
}

/// A run of two or more ASCII letters in `text` once the user's and framework's own text is
/// taken out: a word that did not come from the catalogue.
pub fn english_left(text: &str, own: &[String]) -> Option<String> {
    // A text of the user's cut short with "…" ("evidence ‘Civic strategy 20…’") leaves its
    // beginning: taken out when some text of theirs begins so.
    let mut rest = text.to_owned();
    let mut from = 0;
    while let Some(end) = rest[from..].find('…').map(|at| at + from) {
        let start = rest[..end].rfind('‘').map_or(0, |at| at + '‘'.len_utf8());
        let head = rest[start..end].trim().to_owned();
        from = end + '…'.len_utf8();
        if !head.is_empty() && own.iter().any(|known| known.contains(&head)) {
            rest = format!("{}\u{2423}{}", &rest[..start], &rest[from..]);
            from = start + '\u{2423}'.len_utf8();
        }
    }
    let mut known: Vec<&str> = own
        .iter()
        .map(String::as_str)
        .chain(PENDING.iter().copied())
        .collect();
    // The longest first, so a text is taken out whole before any shorter text inside it.
    known.sort_by_key(|text| std::cmp::Reverse(text.len()));
    for known in known {
        if rest.contains(known) {
            rest = rest.replace(known, "\u{2423}");
        }
    }
    if i18n::language() == Lang::Cy {
        // Welsh is written in the same letters: a leak is a word only the English catalogue
        // uses.
        return crate::util::english_words(&rest).next().map(str::to_owned);
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .find(|word| word.len() >= 2)
        .map(str::to_owned)
}

/// Every AccessKit node's label, value and description now, with its role.
pub fn every_text(harness: &Harness<'_, WorkbookApp>) -> Vec<(String, String)> {
    let root = harness.root();
    let mut texts = Vec::new();
    for node in std::iter::once(root).chain(root.children_recursive()) {
        let node = node.accesskit_node();
        // A run of text is a line of a label read whole with its parent.
        if node.role() == egui::accesskit::Role::TextRun {
            continue;
        }
        let role = format!("{:?}", node.role());
        for text in [node.label(), node.value(), node.description()]
            .into_iter()
            .flatten()
        {
            texts.push((role.clone(), text));
        }
    }
    texts
}

/// What `harness` shows now that is not from the catalogue, as "where: role: text".
fn leaks(harness: &Harness<'_, WorkbookApp>, own: &[String], place: &str) -> Vec<String> {
    let mut own = own.to_vec();
    own.retain(|text| !text.trim().is_empty());
    own.sort_by_key(|text| std::cmp::Reverse(text.len()));
    let own = own.as_slice();
    every_text(harness)
        .into_iter()
        .filter_map(|(role, text)| {
            let word = english_left(&text, own)?;
            Some(format!("{place}: {role}: {text:?} ({word:?})"))
        })
        .collect()
}

fn app_with(open: Option<PathBuf>) -> Harness<'static, WorkbookApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 2400.0])
        .build_eframe(move |cc| {
            WorkbookApp::new(
                &cc.egui_ctx,
                AppOptions {
                    framework: framework(),
                    open,
                    recovery_dir: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    opener: Box::new(RecordingOpener::default()),
                    prefs: Prefs::default(),
                },
            )
        });
    harness.run();
    harness
}

fn apply(harness: &mut Harness<'_, WorkbookApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run();
}

/// Visits the summary, every domain page and the first question of each domain in presenter
/// mode, collecting what is not from the catalogue.
fn walk(harness: &mut Harness<'_, WorkbookApp>, own: &[String]) -> Vec<String> {
    let framework = framework();
    let mut found = Vec::new();
    apply(harness, Command::Navigate(Page::Summary));
    found.extend(leaks(harness, own, "summary"));
    for (index, domain) in framework.domains().iter().enumerate() {
        apply(harness, Command::Navigate(Page::Domain(index)));
        found.extend(leaks(harness, own, &format!("domain {}", index + 1)));
        let Some(question) = domain.questions.first() else {
            continue;
        };
        apply(harness, Command::ShowQuestion(question.id.clone()));
        apply(harness, Command::Present);
        found.extend(leaks(harness, own, &format!("presenting {}", question.id)));
        apply(harness, Command::ToggleNames);
        found.extend(leaks(harness, own, &format!("presenting {}", question.id)));
        apply(harness, Command::ToggleNames);
        apply(harness, Command::StopPresenting);
    }
    found.sort();
    found.dedup();
    found
}

fn assert_none(found: &[String]) {
    assert!(
        found.is_empty(),
        "{} texts not from the catalogue:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_pseudo_check_finds_english_and_passes_worded_text() {
    let own = vec!["Northshire University".to_owned()];
    assert_eq!(
        english_left("Summary", &own).as_deref(),
        Some("Summary"),
        "plain English is found"
    );
    assert_eq!(english_left("Northshire University · 2026", &own), None);
    let _lang = i18n::scoped(Lang::Pseudo);
    let worded = civic_workbook::tr!("app-summary-title");
    assert_eq!(english_left(&worded, &own), None, "{worded}");
}

#[test]
fn in_the_pseudo_locale_the_demo_compared_shows_no_plain_english() {
    let _lang = i18n::scoped(Lang::Pseudo);
    let current = demo();
    let mut earlier = current.clone();
    earlier.period = "2025–26".to_owned();
    // Earlier, the first rated question was a phase lower and the second not rated, so the
    // comparison has a change and a question rated for the first time.
    let framework = framework();
    let rated: Vec<_> = framework
        .questions()
        .filter(|(_, q)| current.response(&q.id).is_some_and(|r| r.phase.is_some()))
        .map(|(_, q)| q.id.clone())
        .collect();
    if let Some(response) = rated.first().and_then(|id| earlier.responses.get_mut(id)) {
        response.phase = response
            .phase
            .and_then(|p| Phase::new(p.number().saturating_sub(1)));
    }
    if let Some(response) = rated.get(1).and_then(|id| earlier.responses.get_mut(id)) {
        response.phase = None;
    }
    assert_none(&walk_compared(&current, &earlier));
}

/// Opens `current` compared with `earlier` and [`walk`]s it.
fn walk_compared(current: &Assessment, earlier: &Assessment) -> Vec<String> {
    let dir = temp_dir();
    let earlier_path = dir.path().join("earlier.civic.json");
    assessment_file::save(&earlier_path, earlier).unwrap();
    let path = dir.path().join("demo.civic.json");
    assessment_file::save(&path, current).unwrap();
    let own = own_text(
        &framework(),
        &[current, earlier],
        &[&path, &earlier_path, dir.path()],
    );
    let mut harness = app_with(Some(path));
    apply(&mut harness, Command::CompareWith(earlier_path));
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
    walk(&mut harness, &own)
}

#[test]
fn in_the_pseudo_locale_a_groups_file_shows_no_plain_english() {
    let _lang = i18n::scoped(Lang::Pseudo);
    let dir = temp_dir();
    let framework = framework();
    let mut group = demo();
    for (index, (_, question)) in framework.questions().enumerate() {
        let response = group.responses.entry(question.id.clone()).or_default();
        // Some agreed, some not; some far apart.
        if index % 2 == 0 {
            response.phase = None;
        }
        let spread = if index % 3 == 0 { [1, 4, 3] } else { [2, 3, 3] };
        for (name, phase) in ["Alys Evans", "Bryn Jones", "Cai Price"].iter().zip(spread) {
            response
                .ratings
                .insert((*name).to_owned(), Phase::new(phase).unwrap());
        }
    }
    let path = dir.path().join("group.civic.json");
    assessment_file::save(&path, &group).unwrap();
    let own = own_text(&framework, &[&group], &[&path, dir.path()]);
    let mut harness = app_with(Some(path));
    assert_none(&walk(&mut harness, &own));
}

#[test]
fn the_welsh_check_finds_english_words_and_passes_welsh() {
    let _lang = i18n::scoped(Lang::Cy);
    let own = vec!["Prifysgol Cwm Tawe".to_owned()];
    assert_eq!(english_left("Summary", &own).as_deref(), Some("Summary"));
    assert_eq!(english_left("Save as…", &own).as_deref(), Some("Save"));
    assert_eq!(english_left("Prifysgol Cwm Tawe · 2026", &own), None);
    for id in ["app-summary-title", "wb-cmd-save-as", "form-menu-language"] {
        let worded = civic_workbook::i18n::message(id, None);
        assert_eq!(english_left(&worded, &own), None, "{worded}");
    }
}

#[test]
fn in_welsh_the_welsh_demo_compared_and_the_welcome_screen_show_no_english() {
    let _lang = i18n::scoped(Lang::Cy);
    let framework = framework();
    let welsh = crate::util::root().join("assets/demo-cy.civic.json");
    let current = assessment_file::load(&welsh, &framework).unwrap();
    let mut earlier = current.clone();
    earlier.period = "2025–26".to_owned();
    if let Some(response) = earlier.responses.values_mut().find(|r| r.phase.is_some()) {
        response.phase = None;
    }
    assert_none(&walk_compared(&current, &earlier));
    let welcome = app_with(None);
    assert_none(&leaks(&welcome, &own_text(&framework, &[], &[]), "welcome"));
}

#[test]
fn switching_language_rewords_everything_at_once_and_keeps_the_work() {
    let _lang = i18n::scoped(Lang::EnGb);
    let (_dir, path) = crate::util::demo_copy();
    let mut harness = app_with(Some(path.clone()));
    let question = framework()
        .questions()
        .next()
        .map(|(_, q)| q.id.clone())
        .unwrap();
    apply(
        &mut harness,
        Command::Edit(civic_workbook::model::Edit::SetPhase {
            question: question.clone(),
            phase: Phase::new(6),
        }),
    );
    apply(&mut harness, Command::Navigate(Page::Domain(0)));
    let before = harness.state().state.doc.as_ref().unwrap();
    assert!(before.is_dirty());
    let before = before.assessment.clone();
    harness.get_by_label("View").click();
    harness.run();
    // The View menu is taller than this window: Language is scrolled to first.
    harness.get_by_label("Language").scroll_to_me();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Cymraeg").click();
    // Every label is measured anew: grids settle over a few frames.
    harness.run_steps(12);
    // At once: the menus, the page and the window's accessible language.
    harness.get_by_label("Ffeil");
    harness.get_by_label("Golwg");
    assert!(harness.query_by_label("File").is_none());
    assert_eq!(harness.root().accesskit_node().language(), Some("cy"));
    let state = &harness.state().state;
    assert_eq!(state.prefs.language.as_deref(), Some("cy"));
    // The framework and the scores that name its domains, in Welsh too.
    let first = &state.doc.as_ref().unwrap().scorecard.domains[0].title;
    assert_eq!(first, &state.framework.domains()[0].title);
    assert_ne!(first, &framework().domains()[0].title, "{first}");
    assert_eq!(state.page, Page::Domain(0));
    let after = state.doc.as_ref().unwrap();
    assert!(after.is_dirty(), "nothing saved or lost by switching");
    assert_eq!(after.assessment, before);
    assert_eq!(after.path.as_deref(), Some(path.as_path()));
    // And back.
    harness.get_by_label("Golwg").click();
    harness.run();
    // Opened anew, the menu starts from its top: Iaith is scrolled to again.
    harness.get_by_label("Iaith").scroll_to_me();
    harness.run();
    harness.get_by_label("Iaith").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run_steps(12);
    harness.get_by_label("File");
    assert_eq!(harness.root().accesskit_node().language(), Some("en-GB"));
}

#[test]
fn in_the_pseudo_locale_the_welcome_screen_shows_no_plain_english() {
    let _lang = i18n::scoped(Lang::Pseudo);
    let framework = framework();
    let own = own_text(&framework, &[], &[]);
    let harness = app_with(None);
    assert_none(&leaks(&harness, &own, "welcome"));
}

#[test]
fn the_answers_language_is_set_in_assessment_details() {
    let _lang = i18n::scoped(Lang::EnGb);
    let (_dir, path) = crate::util::demo_copy();
    let mut harness = app_with(Some(path));
    apply(&mut harness, Command::Navigate(Page::Details));
    assert_eq!(
        harness
            .state()
            .state
            .doc
            .as_ref()
            .unwrap()
            .assessment
            .language,
        "en-GB"
    );
    harness.get_by_label("Cymraeg").click();
    harness.run();
    let doc = harness.state().state.doc.as_ref().unwrap();
    assert_eq!(doc.assessment.language, "cy");
    assert!(doc.is_dirty());
    // One step to undo.
    apply(&mut harness, Command::Undo);
    let doc = harness.state().state.doc.as_ref().unwrap();
    assert_eq!(doc.assessment.language, "en-GB");
}
