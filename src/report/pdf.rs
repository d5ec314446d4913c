//! Writes a laid-out report with krilla as a tagged PDF/UA-1 document. A thin layer: every
//! position comes from the [`Layout`]; this file draws it, marks content and artifacts, and adds
//! the links, bookmarks and metadata. `tags` builds the structure tree and `chart` the radar chart.

mod chart;
mod tags;

use std::num::NonZeroU32;

use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder, ValidationError};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag};
use krilla::text::{Font, TextDirection};
use krilla::{Data, Document, SerializeSettings};
use time::Date;

use super::Error;
use super::doc::{ReportDoc, Weight};
use super::fonts::{self, Metrics};
use super::layout::{Ink, Item, Layout, PAGE_HEIGHT, PAGE_WIDTH, Page};
use tags::{Ids, ItemKey, Reachable};

/// Artifacts this close to the top or bottom edge are the running header or footer.
const RUNNING_BAND: f32 = 60.0;
/// The document's language.
const LANGUAGE: &str = "en-GB";
/// The program named as the document's creator.
const CREATOR: &str = "Civic Impact Workbook";
/// The title used should the report's own title be blank (PDF/UA requires one).
const FALLBACK_TITLE: &str = "Civic impact self-assessment";

/// Writes `layout` (the laid-out `doc`) as PDF bytes, dated `date`; the same input always gives
/// the same bytes.
pub fn write(
    layout: &Layout,
    doc: &ReportDoc,
    date: Date,
    metrics: &Metrics,
) -> Result<Vec<u8>, Error> {
    let pen = Pen {
        fonts: Fonts::load()?,
        metrics,
    };
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| Error::Pdf("PDF/UA-1 could not be configured".to_owned()))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let reachable = Reachable::of(layout);
    let mut ids = Ids::default();
    for (index, page) in layout.pages.iter().enumerate() {
        draw_page(&mut document, &pen, &reachable, &mut ids, index, page)?;
    }
    document.set_tag_tree(tags::tree(layout, ids, LANGUAGE));
    document.set_outline(outline(layout, doc));
    document.set_metadata(metadata(doc, date));
    document
        .finish()
        .map_err(|error| Error::Pdf(describe(&error)))
}

/// Draws one page: content the structure tree uses as marked content, the rest as artifacts,
/// then the link annotations the tree uses.
fn draw_page(
    document: &mut Document,
    pen: &Pen<'_>,
    reachable: &Reachable,
    ids: &mut Ids,
    index: usize,
    page: &Page,
) -> Result<(), Error> {
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| Error::Pdf("the page size is not valid".to_owned()))?
        .with_page_label(page_label(index));
    let mut pdf_page = document.start_page_with(settings);
    let mut canvas = Canvas {
        surface: pdf_page.surface(),
        artifact: None,
    };
    for (item_index, item) in page.items.iter().enumerate() {
        let key: ItemKey = (index, item_index);
        match item {
            Item::Text {
                node,
                x,
                y,
                size,
                weight,
                ink,
                text,
            } => {
                let draw = |s: &mut Surface<'_>| pen.text(s, (*x, *y), *size, *weight, *ink, text);
                if node.is_some() && reachable.content.contains(&key) {
                    let id = canvas.tagged(ContentTag::Span(SpanTag::empty()), draw);
                    ids.content.insert(key, id);
                } else {
                    draw(canvas.artifact(running(*y, *y)));
                }
            }
            Item::Line {
                from,
                to,
                width,
                ink,
            } => {
                let surface = canvas.artifact(running(from.1.min(to.1), from.1.max(to.1)));
                line(surface, *from, *to, stroke(*ink, *width, None));
            }
            Item::Rect { rect, ink } => {
                let surface = canvas.artifact(running(rect.1, rect.1 + rect.3));
                fill_rect(surface, *rect, *ink);
            }
            Item::Chart { rect, axes, .. } => {
                let draw = |s: &mut Surface<'_>| chart::draw(s, pen, *rect, axes);
                if reachable.content.contains(&key) {
                    let id = canvas.tagged(ContentTag::Other, draw);
                    ids.content.insert(key, id);
                } else {
                    draw(canvas.artifact(ArtifactType::Layout));
                }
            }
            // Annotations are added once the page's content is finished.
            Item::LinkArea { .. } => {}
        }
    }
    drop(canvas);
    for (item_index, item) in page.items.iter().enumerate() {
        let key: ItemKey = (index, item_index);
        let Item::LinkArea { rect, url, alt } = item else {
            continue;
        };
        let Some(area) = Rect::from_xywh(rect.0, rect.1, rect.2, rect.3) else {
            continue;
        };
        if !reachable.annotations.contains(&key) || !is_openable(url) {
            continue;
        }
        let alt = if alt.trim().is_empty() { url } else { alt };
        let link = LinkAnnotation::new(
            area,
            Target::Action(Action::Link(LinkAction::new(url.clone()))),
        );
        let id = pdf_page.add_tagged_annotation(Annotation::new_link(link, Some(alt.clone())));
        ids.annotations.insert(key, id);
    }
    pdf_page.finish();
    Ok(())
}

/// The page's name in a reader's page box, matching its printed footer: the layout numbers
/// the pages after the unnumbered cover from 1, so a reader's "go to page 5" finds "Page 5".
fn page_label(index: usize) -> PageLabel {
    match u32::try_from(index).ok().and_then(NonZeroU32::new) {
        Some(number) => PageLabel::new(Some(NumberingStyle::Arabic), None, Some(number)),
        None => PageLabel::new(None, Some("Cover".to_owned()), None),
    }
}

/// Only web and mail links become clickable; `content` already decides this, and the writer
/// checks again because a PDF reader would open anything else without asking.
fn is_openable(url: &str) -> bool {
    ["http://", "https://", "mailto:"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    })
}

/// The artifact kind of decoration spanning `top` to `bottom`.
fn running(top: f32, bottom: f32) -> ArtifactType {
    if bottom < RUNNING_BAND {
        ArtifactType::Header
    } else if top > PAGE_HEIGHT - RUNNING_BAND {
        ArtifactType::Footer
    } else {
        ArtifactType::Layout
    }
}

/// A page's surface with at most one artifact section open, so that consecutive artifacts of
/// one kind share a section. Tagged sections cannot nest: `tagged` closes the artifact first, and
/// dropping the canvas closes any section still open (krilla panics otherwise).
struct Canvas<'p> {
    surface: Surface<'p>,
    artifact: Option<ArtifactType>,
}

impl<'p> Canvas<'p> {
    /// The surface, inside an artifact section of `kind`.
    fn artifact(&mut self, kind: ArtifactType) -> &mut Surface<'p> {
        if self.artifact != Some(kind) {
            self.close();
            self.surface
                .start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
            self.artifact = Some(kind);
        }
        &mut self.surface
    }

    /// Draws real content in its own marked section and returns its identifier.
    fn tagged(
        &mut self,
        tag: ContentTag<'_>,
        draw: impl FnOnce(&mut Surface<'p>),
    ) -> krilla::tagging::Identifier {
        self.close();
        let id = self.surface.start_tagged(tag);
        draw(&mut self.surface);
        self.surface.end_tagged();
        id
    }

    fn close(&mut self) {
        if self.artifact.take().is_some() {
            self.surface.end_tagged();
        }
    }
}

impl Drop for Canvas<'_> {
    fn drop(&mut self) {
        self.close();
    }
}

/// The three faces of the report's font.
struct Fonts {
    regular: Font,
    bold: Font,
    italic: Font,
}

impl Fonts {
    fn load() -> Result<Self, Error> {
        let font = |data: &'static [u8]| Font::new(Data::from(data), 0).ok_or(Error::Fonts);
        Ok(Self {
            regular: font(fonts::REGULAR)?,
            bold: font(fonts::BOLD)?,
            italic: font(fonts::ITALIC)?,
        })
    }

    fn get(&self, weight: Weight) -> Font {
        match weight {
            Weight::Regular => self.regular.clone(),
            Weight::Bold => self.bold.clone(),
            Weight::Italic => self.italic.clone(),
        }
    }
}

/// Draws text safely: fonts plus the metrics that know which characters they have.
struct Pen<'a> {
    fonts: Fonts,
    metrics: &'a Metrics,
}

impl Pen<'_> {
    /// `text` as the font can show it: control characters become spaces, invisible format
    /// characters the font lacks are dropped, and any other character it lacks becomes `?`.
    /// krilla never falls back to another font, and PDF/UA forbids the missing glyph, so this is
    /// what keeps user text from making `finish()` fail.
    fn printable(&self, weight: Weight, text: &str) -> String {
        text.chars()
            .filter_map(|c| {
                if c.is_control() {
                    Some(' ')
                } else if matches!(c, '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}') {
                    // These may never be mapped to a glyph, whatever the font has.
                    None
                } else if self.metrics.has_glyph(weight, c) {
                    Some(c)
                } else if is_invisible(c) {
                    None
                } else if c.is_whitespace() {
                    Some(' ')
                } else {
                    Some('?')
                }
            })
            .collect()
    }

    /// One line of text with its baseline starting at `at`.
    fn text(
        &self,
        surface: &mut Surface<'_>,
        at: (f32, f32),
        size: f32,
        weight: Weight,
        ink: Ink,
        text: &str,
    ) {
        let text = self.printable(weight, text);
        surface.set_stroke(None);
        surface.set_fill(Some(fill(ink, NormalizedF32::ONE)));
        surface.draw_text(
            Point::from_xy(at.0, at.1),
            self.fonts.get(weight),
            size,
            &text,
            false,
            TextDirection::Auto,
        );
    }
}

/// Default-ignorable format characters (joiners, direction marks, variation selectors): drawn
/// as nothing, so dropping them loses nothing visible.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The colour of an ink.
fn color(ink: Ink) -> rgb::Color {
    match ink {
        Ink::Text => rgb::Color::new(31, 35, 40),
        Ink::Muted => rgb::Color::new(88, 94, 102),
        Ink::Accent => rgb::Color::new(11, 92, 138),
        Ink::Rule => rgb::Color::new(190, 196, 203),
        Ink::Shade => rgb::Color::new(232, 236, 241),
    }
}

fn fill(ink: Ink, opacity: NormalizedF32) -> Fill {
    Fill {
        paint: color(ink).into(),
        opacity,
        ..Fill::default()
    }
}

fn stroke(ink: Ink, width: f32, dash: Option<StrokeDash>) -> Stroke {
    Stroke {
        paint: color(ink).into(),
        width,
        dash,
        ..Stroke::default()
    }
}

/// A round-capped, round-joined stroke, for the chart.
fn round_stroke(ink: Ink, width: f32) -> Stroke {
    Stroke {
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..stroke(ink, width, None)
    }
}

fn line(surface: &mut Surface<'_>, from: (f32, f32), to: (f32, f32), stroke: Stroke) {
    let mut path = PathBuilder::new();
    path.move_to(from.0, from.1);
    path.line_to(to.0, to.1);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(stroke));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

fn fill_rect(surface: &mut Surface<'_>, (x, y, w, h): (f32, f32, f32, f32), ink: Ink) {
    let Some(rect) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_stroke(None);
    surface.set_fill(Some(fill(ink, NormalizedF32::ONE)));
    surface.draw_path(&path);
}

/// The bookmarks: level-1 entries at the top, level-2 entries under the level-1 entry before
/// them. PDF/UA requires an outline, so a report without headings gets one entry for its title.
fn outline(layout: &Layout, doc: &ReportDoc) -> Outline {
    let destination =
        |page: usize, y: f32| XyzDestination::new(page, Point::from_xy(0.0, (y - 12.0).max(0.0)));
    let mut outline = Outline::new();
    let mut parent: Option<OutlineNode> = None;
    let mut count = 0;
    // A destination on a page that does not exist makes krilla panic.
    for entry in layout
        .outline
        .iter()
        .filter(|entry| entry.page < layout.pages.len())
    {
        count += 1;
        let node = OutlineNode::new(entry.title.clone(), destination(entry.page, entry.y));
        if entry.level <= 1 {
            if let Some(done) = parent.replace(node) {
                outline.push_child(done);
            }
        } else if let Some(parent) = parent.as_mut() {
            parent.push_child(node);
        } else {
            outline.push_child(node);
        }
    }
    if let Some(done) = parent {
        outline.push_child(done);
    }
    if count == 0 && !layout.pages.is_empty() {
        outline.push_child(OutlineNode::new(title(doc), destination(0, 0.0)));
    }
    outline
}

fn title(doc: &ReportDoc) -> String {
    let title = doc.title.trim();
    if title.is_empty() {
        FALLBACK_TITLE.to_owned()
    } else {
        title.to_owned()
    }
}

/// Title, author, subject, language, creator and the export date (day precision, UTC). No
/// clock is read, so the same input gives the same bytes.
fn metadata(doc: &ReportDoc, date: Date) -> Metadata {
    let metadata = Metadata::new()
        .title(title(doc))
        .authors(vec![doc.author.clone()])
        .description(doc.subject.clone())
        .language(LANGUAGE.to_owned())
        .creator(CREATOR.to_owned());
    // PDF dates have four-digit years; a date outside them is left out (PDF/UA allows that).
    match u16::try_from(date.year()) {
        Ok(year) if year <= 9999 => metadata.creation_date(
            DateTime::new(year)
                .month(u8::from(date.month()))
                .day(date.day())
                .utc_offset_hour(0),
        ),
        _ => metadata,
    }
}

/// A krilla error in words, every validation problem listed once.
fn describe(error: &KrillaError) -> String {
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
