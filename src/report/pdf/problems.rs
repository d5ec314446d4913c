//! krilla's errors in words: a validation failure lists every problem once, never as a debug
//! dump, so the message can be shown to the person exporting.

use krilla::configure::ValidationError;
use krilla::error::KrillaError;

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
    format!(
        "it would not be a valid PDF/UA-1 document: {}",
        problems.join("; ")
    )
}

fn problem(error: &ValidationError) -> String {
    let text = match error {
        ValidationError::ContainsNotDefGlyph(_, _, text) => {
            return format!("the font has no glyph for “{text}”");
        }
        ValidationError::InvalidCodepointMapping(_, _, c, _)
        | ValidationError::UnicodePrivateArea(_, _, c, _) => {
            return format!("the character U+{:04X} cannot be written", u32::from(*c));
        }
        ValidationError::TooLongString => "a text is longer than a PDF allows",
        ValidationError::TooLongName => "a name is longer than a PDF allows",
        ValidationError::TooLongArray
        | ValidationError::TooLongDictionary
        | ValidationError::TooLargeFloat
        | ValidationError::TooManyIndirectObjects => "the document exceeds a limit of PDF",
        ValidationError::TooHighQNestingLevel => "graphics are nested too deeply",
        ValidationError::ContainsPostScript(_) => "a gradient needs PostScript",
        ValidationError::MissingCMYKProfile
        | ValidationError::InconsistentSeparationFallback(_) => "a colour cannot be described",
        ValidationError::NoCodepointMapping(..) => "a glyph has no text behind it",
        ValidationError::RestrictedLicense(_) => "a font's licence forbids embedding it",
        ValidationError::NoDocumentLanguage => "the document has no language",
        ValidationError::NoDocumentTitle => "the document has no title",
        ValidationError::MissingAltText(_) => "a figure has no text alternative",
        ValidationError::MissingHeadingTitle => "a heading has no title",
        ValidationError::MissingDocumentOutline => "the document has no bookmarks",
        ValidationError::MissingAnnotationAltText(_) => "a link has no text alternative",
        ValidationError::MissingDocumentDate => "the document has no date",
        ValidationError::Transparency(_) => "transparency is not allowed",
        ValidationError::ImageInterpolation(_) => "an image is interpolated",
        ValidationError::EmbeddedFile(..) => "an embedded file is not allowed",
        ValidationError::MissingTagging => "the document is not tagged",
        ValidationError::EmbeddedPDF(_) => "an embedded PDF is not allowed",
        ValidationError::RequiresNewerPdfVersion(..) => "a feature needs a newer PDF version",
    };
    text.to_owned()
}
