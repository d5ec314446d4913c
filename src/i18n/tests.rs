use time::macros::date;

use super::*;

#[test]
fn dates_are_worded_from_the_catalogue() {
    let _lang = scoped(Lang::EnGb);
    assert_eq!(
        super::date(date!(2027 - 03 - 01), DateStyle::Long),
        "1 March 2027"
    );
    assert_eq!(
        super::date(date!(2026 - 12 - 31), DateStyle::Short),
        "31 Dec 2026"
    );
    assert_eq!(time_of_day(9, 5), "9:05");
    assert_eq!(time_of_day(14, 30), "14:30");
}

#[test]
fn numbers_carry_a_true_minus_sign() {
    assert_eq!(decimal(-0.74, 1), "\u{2212}0.7");
    assert_eq!(decimal(-0.04, 1), "0.0");
    assert_eq!(decimal(3.25, 2), "3.25");
    assert_eq!(signed_tenths(6), "+0.6");
    assert_eq!(signed_tenths(-13), "\u{2212}1.3");
    assert_eq!(signed_tenths(0), "0.0");
}

#[test]
fn languages_are_named_by_tags_and_posix_locales() {
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EnGb));
    assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::EnGb));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::EnGb));
    assert_eq!(Lang::from_tag("qps-ploc"), Some(Lang::Pseudo));
    assert_eq!(Lang::from_tag("fr-FR"), None);
    assert_eq!(Lang::from_tag(""), None);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
}

#[test]
fn the_pseudo_locale_accents_brackets_and_lengthens_only_the_catalogue() {
    let _lang = scoped(Lang::Pseudo);
    let text = super::date(date!(2027 - 03 - 01), DateStyle::Long);
    // The numbers are arguments and stay; the month is the catalogue's.
    assert!(text.starts_with("⟦1 "), "{text}");
    assert!(text.ends_with(" 2027⟧"), "{text}");
    assert!(text.contains("Ṁàŕçĥ"), "{text}");
    assert!(!text.contains("March"), "{text}");
    for english in ["Summary", "Save as…", "Not yet rated"] {
        let pseudo = pseudo::transform(english);
        assert!(
            pseudo.chars().count() * 10 >= english.chars().count() * 14,
            "{pseudo}"
        );
        assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
    }
}

#[test]
fn a_scoped_language_ends_with_its_guard() {
    let before = language();
    {
        let _lang = scoped(Lang::Pseudo);
        assert_eq!(language(), Lang::Pseudo);
        {
            let _inner = scoped(Lang::EnGb);
            assert_eq!(language(), Lang::EnGb);
        }
        assert_eq!(language(), Lang::Pseudo);
    }
    assert_eq!(language(), before);
}

#[test]
fn a_missing_message_shows_its_id() {
    assert_eq!(message("no-such-message", None), "no-such-message");
    assert!(!has_message("no-such-message"));
    assert!(has_message("date-long"));
}

#[test]
fn lists_are_joined_by_the_catalogue() {
    let _lang = scoped(Lang::EnGb);
    assert_eq!(join_and::<&str>(&[]), "");
    assert_eq!(join_and(&["A"]), "A");
    assert_eq!(join_and(&["A", "B"]), "A and B");
    assert_eq!(join_and(&["A", "B", "C", "D"]), "A, B, C and D");
}

// Corrections are tried on this thread alone (`scoped_corrections`): the unit tests run in
// parallel in one process, and corrections installed for the whole process would show in
// other tests' messages. The process-wide install is run by the command line's tests, each in
// a process of its own (tests/cli.rs).

/// The built-in text of `lang`'s file `name`.
fn built_in_file(lang: Lang, name: &str) -> String {
    let (_, text) = lang.files().iter().find(|(n, _)| *n == name).unwrap();
    (*text).to_owned()
}

/// `text` with the line that starts with `start` replaced by `line` (removed when empty).
fn with_line(text: &str, start: &str, line: &str) -> String {
    let mut found = false;
    let lines: Vec<&str> = text
        .lines()
        .filter_map(|l| {
            if l.starts_with(start) {
                found = true;
                (!line.is_empty()).then_some(line)
            } else {
                Some(l)
            }
        })
        .collect();
    assert!(found, "no line starts with {start:?}");
    lines.join("\n") + "\n"
}

fn ids_of(text: &str) -> Vec<String> {
    fluent_syntax::parser::parse(text)
        .unwrap()
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_corrected_message_replaces_the_built_in_one_until_its_guard_goes() {
    let storage = with_line(
        &built_in_file(Lang::Cy, "storage.ftl"),
        "storage-error-not-found =",
        "storage-error-not-found = nid yw’r ffeil yno",
    );
    let (corrections, problems) =
        Corrections::new(Lang::Cy, vec![("storage.ftl".to_owned(), storage)]);
    assert_eq!(problems, []);
    assert!(!corrections.is_empty());
    assert_eq!(
        message_in(Lang::Cy, "storage-error-not-found", None),
        "ni chafwyd hyd i’r ffeil"
    );
    {
        let _corrected = scoped_corrections(corrections);
        assert_eq!(
            message_in(Lang::Cy, "storage-error-not-found", None),
            "nid yw’r ffeil yno"
        );
        // Another language, and messages left as they were, are the built-in ones.
        assert_eq!(
            message_in(Lang::EnGb, "storage-error-not-found", None),
            "file not found"
        );
        assert_eq!(
            message_in(Lang::Cy, "storage-io-busy", None),
            "mae’r ffeil yn cael ei defnyddio"
        );
        // Another thread does not see this thread's corrections.
        let elsewhere = std::thread::scope(|scope| {
            scope
                .spawn(|| message_in(Lang::Cy, "storage-error-not-found", None))
                .join()
                .unwrap()
        });
        assert_eq!(elsewhere, "ni chafwyd hyd i’r ffeil");
    }
    assert_eq!(
        message_in(Lang::Cy, "storage-error-not-found", None),
        "ni chafwyd hyd i’r ffeil"
    );
}

#[test]
fn what_cannot_be_used_is_reported_by_name_and_the_built_in_message_stays() {
    let mut storage = built_in_file(Lang::Cy, "storage.ftl");
    for (start, line) in [
        // Used: a plain correction.
        (
            "storage-io-not-found =",
            "storage-io-not-found = nid oes dim o’r fath",
        ),
        // Not used: a variable the code does not give.
        (
            "storage-error-write =",
            "storage-error-write = ni chadwyd { $file } ({ $cause })",
        ),
        // Not used: does not parse.
        (
            "storage-io-timed-out =",
            "storage-io-timed-out = ni atebodd { $x",
        ),
        // Not used: refers to a term the catalogue does not have.
        (
            "storage-io-busy =",
            "storage-io-busy = mae { -rhaglen-arall } yn ei defnyddio",
        ),
        // Missing: the built-in one stays.
        ("storage-io-read-only =", ""),
    ] {
        storage = with_line(&storage, start, line);
    }
    storage.push_str("storage-io-extra = ychwanegol\nstorage-io-storage-full = llawn\n");
    let timed_out_line = storage
        .lines()
        .position(|l| l.starts_with("storage-io-timed-out"))
        .unwrap()
        + 1;
    let files = vec![
        ("storage.ftl".to_owned(), storage),
        ("nodiadau.ftl".to_owned(), "x = y\n".to_owned()),
    ];
    let (corrections, problems) = Corrections::new(Lang::Cy, files);
    let problem = |kind, file: &str, id: Option<&str>| CorrectionProblem {
        kind,
        file: file.to_owned(),
        id: id.map(str::to_owned),
    };
    let storage = |kind, id| problem(kind, "storage.ftl", Some(id));
    let expected = [
        problem(CorrectionKind::UnknownFile, "nodiadau.ftl", None),
        storage(
            CorrectionKind::OtherVariables {
                expected: vec!["cause".to_owned()],
                found: vec!["cause".to_owned(), "file".to_owned()],
            },
            "storage-error-write",
        ),
        storage(
            CorrectionKind::Repeated,
            // Given twice: once as it was, once appended.
            "storage-io-storage-full",
        ),
        storage(
            CorrectionKind::UnknownReference {
                name: "-rhaglen-arall".to_owned(),
            },
            "storage-io-busy",
        ),
        storage(
            CorrectionKind::Malformed {
                line: timed_out_line,
            },
            "storage-io-timed-out",
        ),
        storage(CorrectionKind::Extra, "storage-io-extra"),
        storage(CorrectionKind::Missing, "storage-io-read-only"),
    ];
    for want in &expected {
        assert!(problems.contains(want), "{want:?} not in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");

    let _corrected = scoped_corrections(corrections);
    let cy = |id| message_in(Lang::Cy, id, None);
    assert_eq!(cy("storage-io-not-found"), "nid oes dim o’r fath");
    assert_eq!(cy("storage-io-timed-out"), "ni atebodd y gyriant mewn pryd");
    assert_eq!(cy("storage-io-busy"), "mae’r ffeil yn cael ei defnyddio");
    assert_eq!(cy("storage-io-storage-full"), {
        let _built_in = scoped_corrections(Corrections::new(Lang::Cy, Vec::new()).0);
        cy("storage-io-storage-full")
    });
    assert_eq!(
        cy("storage-io-read-only"),
        "mae’r gyriant yn un darllen yn unig"
    );
    assert_eq!(cy("storage-io-extra"), "storage-io-extra");
    let mut args = Args::new();
    args.set("cause", "x");
    assert_eq!(
        message_in(Lang::Cy, "storage-error-write", Some(&args)),
        "ni fu modd cadw (x); ni chafodd unrhyw beth ei drosysgrifo"
    );
}

#[test]
fn the_whole_catalogue_given_back_unchanged_reads_as_the_built_in_one() {
    // Messages that pass are written back as Fluent: plurals, selectors and terms survive.
    for lang in [Lang::Cy, Lang::EnGb] {
        let files = lang
            .files()
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect();
        let (corrections, problems) = Corrections::new(lang, files);
        assert_eq!(problems, [], "{lang:?}");
        let mut built_in = Vec::new();
        let ids: Vec<String> = lang.files().iter().flat_map(|(_, t)| ids_of(t)).collect();
        let mut args = Args::new();
        args.set("count", 3);
        for id in &ids {
            built_in.push(message_in(lang, id, Some(&args)));
        }
        let _corrected = scoped_corrections(corrections);
        for (id, want) in ids.iter().zip(&built_in) {
            assert_eq!(&message_in(lang, id, Some(&args)), want, "{id}");
        }
    }
}

#[test]
fn corrections_of_the_common_file_reach_every_file_and_the_pseudo_locale_accents_them() {
    let common = with_line(
        &built_in_file(Lang::EnGb, "common.ftl"),
        "        [3] March",
        "        [3] Marchember",
    );
    let (corrections, problems) =
        Corrections::new(Lang::Pseudo, vec![("common.ftl".to_owned(), common)]);
    assert_eq!(problems, []);
    let _corrected = scoped_corrections(corrections);
    let _lang = scoped(Lang::Pseudo);
    let text = super::date(date!(2027 - 03 - 01), DateStyle::Long);
    assert!(text.contains("Ṁàŕçĥéɱƀéŕ"), "{text}");
}

#[test]
fn welsh_lists_say_ac_before_a_vowel() {
    let _lang = scoped(Lang::Cy);
    assert_eq!(join_and(&["Dysgu", "Effaith"]), "Dysgu ac Effaith");
    assert_eq!(join_and(&["A", "B", "Cyfraniad"]), "A, B a Cyfraniad");
    assert_eq!(join_and(&["5.2", "6.1"]), "5.2 a 6.1");
    assert_eq!(join_and(&["Dysgu", "ŵyl"]), "Dysgu ac ŵyl");
    let _english = scoped(Lang::EnGb);
    assert_eq!(join_and(&["Learning", "Economy"]), "Learning and Economy");
}

#[test]
fn welsh_lists_of_the_frameworks_words_mutate_after_a_and_names_do_not() {
    let _lang = scoped(Lang::Cy);
    assert_eq!(
        join_and_terms(&["Dysgu a sgiliau", "Cyfraniad diwylliannol"]),
        "Dysgu a sgiliau a Chyfraniad diwylliannol"
    );
    assert_eq!(
        join_and_terms(&[
            "Iechyd a llesiant",
            "Dysgu a sgiliau",
            "Twf",
            "Partneriaeth"
        ]),
        "Iechyd a llesiant, Dysgu a sgiliau, Twf a Phartneriaeth"
    );
    // Before a vowel "ac" and no mutation; ch, ph and th are already mutated; other letters keep.
    assert_eq!(join_and_terms(&["Dysgu", "Effaith"]), "Dysgu ac Effaith");
    assert_eq!(join_and_terms(&["Dysgu", "Theatr"]), "Dysgu a Theatr");
    assert_eq!(join_and_terms(&["Dysgu", "Chwaraeon"]), "Dysgu a Chwaraeon");
    assert_eq!(join_and_terms(&["Dysgu", "Bro"]), "Dysgu a Bro");
    assert_eq!(join_and_terms(&["Dysgu", "TGAU"]), "Dysgu a TGAU");
    assert_eq!(join_and_terms(&["Dysgu", "C"]), "Dysgu a Ch");
    assert_eq!(join_and_terms(&["Dysgu", "tref"]), "Dysgu a thref");
    // A person's name keeps its spelling.
    assert_eq!(join_and(&["Alys", "Tomos"]), "Alys a Tomos");
    let _english = scoped(Lang::EnGb);
    assert_eq!(
        join_and_terms(&["Learning", "Culture", "Partnership"]),
        "Learning, Culture and Partnership"
    );
}

/// A correction may call the catalogue's function (an English list of the framework's words
/// mutated, say) but not one the program lacks, which would show as an error in the text.
#[test]
fn a_correction_may_call_aspirate_and_no_other_function() {
    let with = |line: &str| {
        with_line(
            &built_in_file(Lang::EnGb, "common.ftl"),
            "list-and-terms =",
            line,
        )
    };
    let (corrections, problems) = Corrections::new(
        Lang::EnGb,
        vec![(
            "common.ftl".to_owned(),
            with("list-and-terms = { $init } and { ASPIRATE($last) }"),
        )],
    );
    assert_eq!(problems, []);
    {
        let _corrected = scoped_corrections(corrections);
        let _lang = scoped(Lang::EnGb);
        assert_eq!(
            join_and_terms(&["Learning", "Culture"]),
            "Learning and Chulture"
        );
    }
    let (_, problems) = Corrections::new(
        Lang::EnGb,
        vec![(
            "common.ftl".to_owned(),
            with("list-and-terms = { $init } and { LENITE($last) }"),
        )],
    );
    assert_eq!(
        problems.iter().map(|p| &p.kind).collect::<Vec<_>>(),
        [&CorrectionKind::UnknownReference {
            name: "LENITE()".to_owned()
        }]
    );
}
