//! krilla's errors in words: a validation failure lists every problem once, never as a debug
//! dump, so the message can be shown to the person exporting.

use krilla::configure::ValidationError;
use krilla::error::KrillaError;

use crate::tr;

/// A krilla error in words, every validation problem listed once.
pub(super) fn describe(error: &KrillaError) -> String {
    let KrillaError::Validation(errors) = error else {
        return error.to_string();
    };
    let mut problems: Vec<String> = Vec::new();
    for (error, _) in errors {
        let problem = problem(error);
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }
    let problems = problems
        .into_iter()
        .reduce(|init, next| tr!("report-pdf-problems", init = init, next = next))
        .unwrap_or_default();
    tr!("report-pdf-invalid", problems = problems)
}

fn problem(error: &ValidationError) -> String {
    match error {
        ValidationError::ContainsNotDefGlyph(_, _, text) => {
            tr!("report-pdf-no-glyph", text = text.as_str())
        }
        ValidationError::InvalidCodepointMapping(_, _, c, _)
        | ValidationError::UnicodePrivateArea(_, _, c, _) => tr!(
            "report-pdf-codepoint",
            code = format!("U+{:04X}", u32::from(*c))
        ),
        ValidationError::TooLongString => tr!("report-pdf-too-long-string"),
        ValidationError::TooLongName => tr!("report-pdf-too-long-name"),
        ValidationError::TooLongArray
        | ValidationError::TooLongDictionary
        | ValidationError::TooLargeFloat
        | ValidationError::TooManyIndirectObjects => tr!("report-pdf-limit"),
        ValidationError::TooHighQNestingLevel => tr!("report-pdf-nesting"),
        ValidationError::ContainsPostScript(_) => tr!("report-pdf-postscript"),
        ValidationError::MissingCMYKProfile
        | ValidationError::InconsistentSeparationFallback(_) => tr!("report-pdf-colour"),
        ValidationError::NoCodepointMapping(..) => tr!("report-pdf-no-text"),
        ValidationError::RestrictedLicense(_) => tr!("report-pdf-licence"),
        ValidationError::NoDocumentLanguage => tr!("report-pdf-no-language"),
        ValidationError::NoDocumentTitle => tr!("report-pdf-no-title"),
        ValidationError::MissingAltText(_) => tr!("report-pdf-no-alt"),
        ValidationError::MissingHeadingTitle => tr!("report-pdf-no-heading-title"),
        ValidationError::MissingDocumentOutline => tr!("report-pdf-no-outline"),
        ValidationError::MissingAnnotationAltText(_) => tr!("report-pdf-no-link-alt"),
        ValidationError::MissingDocumentDate => tr!("report-pdf-no-date"),
        ValidationError::Transparency(_) => tr!("report-pdf-transparency"),
        ValidationError::ImageInterpolation(_) => tr!("report-pdf-interpolated"),
        ValidationError::EmbeddedFile(..) => tr!("report-pdf-embedded-file"),
        ValidationError::MissingTagging => tr!("report-pdf-untagged"),
        ValidationError::EmbeddedPDF(_) => tr!("report-pdf-embedded-pdf"),
        ValidationError::RequiresNewerPdfVersion(..) => tr!("report-pdf-newer-version"),
    }
}

#[cfg(test)]
mod tests {
    use krilla::configure::Validators;

    use super::*;

    #[test]
    fn problems_are_the_catalogues_words() {
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let error = KrillaError::Validation(vec![
            (ValidationError::MissingHeadingTitle, Validators::default()),
            (ValidationError::MissingAltText(None), Validators::default()),
            (ValidationError::NoDocumentTitle, Validators::default()),
        ]);
        let text = describe(&error);
        // "PDF/UA-1" is a standard's name, in every language.
        let words = text.replace("PDF/UA", "");
        assert!(
            !words
                .as_bytes()
                .windows(2)
                .any(|pair| pair.iter().all(u8::is_ascii_alphabetic)),
            "{text}"
        );
    }
}
