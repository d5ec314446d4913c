//! The scored PDF report for leadership. `content` decides what it says and `layout` where
//! everything goes (both pure, so tests read the report without a PDF); `pdf` writes the laid-out
//! pages with krilla as a tagged PDF/UA-1 document.

pub mod content;
pub mod coverage;
pub mod csv;
pub mod doc;
pub mod fonts;
pub mod layout;
pub mod markdown;
pub mod pdf;

use time::Date;

use crate::model::{Assessment, Framework};
use crate::scoring;

/// Why a report could not be produced.
#[derive(Debug)]
pub enum Error {
    /// The fonts compiled into the program are damaged.
    Fonts,
    /// krilla refused to write the document; the reason, worded from the catalogue, lists every
    /// problem found.
    Pdf(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Fonts => crate::tr!("report-error-fonts"),
            Self::Pdf(reason) => crate::tr!("report-error-pdf", reason = reason.as_str()),
        })
    }
}

impl std::error::Error for Error {}

/// Renders the report of `assessment` as PDF bytes, dated `date` (passed in: deterministic).
pub fn render(
    framework: &Framework,
    assessment: &Assessment,
    date: Date,
) -> Result<Vec<u8>, Error> {
    render_with_baseline(framework, assessment, None, date)
}

pub use crate::i18n::Languages;

/// The report's content in `languages`: each part worded, dated and counted in its own
/// language; a second part is marked as in its language.
pub fn build_in(
    framework: &Framework,
    assessment: &Assessment,
    baseline: Option<&Assessment>,
    date: Date,
    languages: Languages,
) -> doc::ReportDoc {
    let part_in = |lang| {
        let _lang = crate::i18n::scoped(lang);
        // The framework's texts in the part's language too, where the bank has them; the
        // scores name its domains, so they are scored with it.
        let framework = framework.in_language(lang);
        let card = scoring::score(&framework, assessment);
        content::build_with_baseline(&framework, assessment, &card, baseline, date)
    };
    let mut doc = part_in(languages.first());
    if let Some(part) = languages.second().map(part_in) {
        // A title made of the assessment's own words alone reads the same in both: once.
        if part.title != doc.title {
            doc.title = crate::tr!(
                "report-bilingual-title",
                first = doc.title.as_str(),
                second = part.title.as_str()
            );
        }
        doc.subject = crate::tr!(
            "report-bilingual-title",
            first = doc.subject.as_str(),
            second = part.subject.as_str()
        );
        doc.footers.extend(part.footers);
        // Its cover starts its half, on a page of its own like the first.
        let mut blocks = vec![doc::Block::PageBreak];
        blocks.extend(part.cover);
        blocks.push(doc::Block::PageBreak);
        blocks.extend(part.body);
        doc.body.push(doc::Block::Part {
            lang: part.language,
            blocks,
        });
    }
    doc
}

/// Renders the report, compared with an earlier assessment when `baseline` is given.
pub fn render_with_baseline(
    framework: &Framework,
    assessment: &Assessment,
    baseline: Option<&Assessment>,
    date: Date,
) -> Result<Vec<u8>, Error> {
    render_in(
        framework,
        assessment,
        baseline,
        date,
        Languages::One(crate::i18n::language()),
    )
}

/// [`render_with_baseline`] in `languages`.
pub fn render_in(
    framework: &Framework,
    assessment: &Assessment,
    baseline: Option<&Assessment>,
    date: Date,
    languages: Languages,
) -> Result<Vec<u8>, Error> {
    // The document's own words (its running lines, the PDF's errors) in its first language;
    // each part's in its own (`build_in`, the layout's parts).
    let _lang = crate::i18n::scoped(languages.first());
    // What does not depend on the report (the fonts' metrics, the faces the PDF is drawn
    // with, the worker that compresses pages) is made on a second core meanwhile.
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("report-fonts".to_owned())
            .spawn_scoped(scope, || {
                let _ = fonts::Metrics::shared();
                pdf::prepare()
            })
            .ok();
        let doc = build_in(framework, assessment, baseline, date, languages);
        // Made by the helper (waited for if it is still at it), or here if it could not start.
        let metrics = fonts::Metrics::shared();
        let layout = metrics.map(|metrics| layout::layout(&doc, metrics));
        let prepared = match helper {
            // A panic there is reported as damaged fonts rather than taking the caller down.
            Some(helper) => helper.join().map_err(|_| Error::Fonts)?,
            // With no thread to be had, the same work is done here, one step after the other.
            None => pdf::prepare(),
        };
        let (Some(metrics), Some(layout)) = (metrics, layout) else {
            return Err(Error::Fonts);
        };
        pdf::write_prepared(&layout, &doc, date, metrics, prepared?)
    })
}

/// The report as Markdown, compared with an earlier assessment when `baseline` is given.
pub fn markdown(
    framework: &Framework,
    assessment: &Assessment,
    baseline: Option<&Assessment>,
    date: Date,
) -> String {
    markdown_in(
        framework,
        assessment,
        baseline,
        date,
        Languages::One(crate::i18n::language()),
    )
}

/// [`markdown()`] in `languages`.
pub fn markdown_in(
    framework: &Framework,
    assessment: &Assessment,
    baseline: Option<&Assessment>,
    date: Date,
    languages: Languages,
) -> String {
    let _lang = crate::i18n::scoped(languages.first());
    markdown::render(&build_in(framework, assessment, baseline, date, languages))
}
