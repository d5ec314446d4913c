//! Writes a laid-out report with krilla as a tagged PDF/UA-1 document. A thin layer: every
//! position comes from the [`Layout`]; this file draws it, marks content and artifacts, and adds
//! the links, bookmarks and metadata. `paint` holds the drawing primitives, `tags` builds the
//! structure tree, `chart` draws the radar chart and `problems` words krilla's errors.

mod chart;
mod paint;
mod problems;
mod tags;

use std::num::NonZeroU32;

use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::{Destination, XyzDestination};
use krilla::geom::{Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag};
use krilla::{Document, SerializeSettings};
use time::Date;

use super::Error;
use super::doc::ReportDoc;
use super::fonts::Metrics;
use super::layout::{Item, Layout, PAGE_HEIGHT, PAGE_WIDTH, Page};
use paint::{Canvas, Fonts, Pen, fill_rect, line, stroke};
use tags::{Ids, ItemKey, Reachable};

/// Artifacts this close to the top or bottom edge are the running header or footer: nearer
/// the edge than the text area (`TOP`, `BOTTOM`), which a table's rules may reach.
const RUNNING_BAND: f32 = 54.0;
pub use crate::model::export_marks::PDF_CREATOR as CREATOR;
/// What the writer needs that does not depend on the report: the faces, parsed, and the
/// threads that draw and compress the pages. Making it takes a while, so a caller may make it
/// on another thread while the report is laid out.
pub struct Prepared {
    fonts: Fonts,
    /// The export's own pool of two threads: one draws the pages, the other compresses each
    /// finished page meanwhile (krilla hands that work to the pool it is called from). The
    /// process-wide pool is the application's to configure, never the library's. `None` when
    /// no thread could be had: the pages are then drawn on the caller's thread.
    pool: Option<rayon::ThreadPool>,
}

/// Parses the faces and starts the export's threads.
pub fn prepare() -> Result<Prepared, Error> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .thread_name(|index| format!("report-pdf-{index}"))
        .build()
        .ok();
    Ok(Prepared {
        fonts: Fonts::load()?,
        pool,
    })
}

/// Writes `layout` (the laid-out `doc`) as PDF bytes, dated `date`; the same input always gives
/// the same bytes.
pub fn write(
    layout: &Layout,
    doc: &ReportDoc,
    date: Date,
    metrics: &Metrics,
) -> Result<Vec<u8>, Error> {
    write_prepared(layout, doc, date, metrics, prepare()?)
}

/// [`write()`], with what [`prepare`] made.
pub fn write_prepared(
    layout: &Layout,
    doc: &ReportDoc,
    date: Date,
    metrics: &Metrics,
    prepared: Prepared,
) -> Result<Vec<u8>, Error> {
    let Prepared { fonts, pool } = prepared;
    let language = crate::i18n::language();
    let draw = move || {
        // The words the writer adds are in the caller's language.
        let _language = crate::i18n::scoped(language);
        draw_document(layout, doc, date, &Pen::new(fonts, metrics))
    };
    match pool {
        Some(pool) => pool.install(draw),
        None => draw(),
    }
}

/// Draws every page with `pen`, then the structure tree, bookmarks and metadata.
fn draw_document(
    layout: &Layout,
    doc: &ReportDoc,
    date: Date,
    pen: &Pen<'_>,
) -> Result<Vec<u8>, Error> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| Error::Pdf(crate::tr!("pdf-error-configure")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        // Content streams stay compressed: uncompressed, an export is about a quarter faster
        // but the file nearly three times larger (540 KB against 200 KB for the demo).
        ..SerializeSettings::default()
    });
    let reachable = Reachable::of(layout);
    let mut ids = Ids::default();
    let page_count = layout.pages.len();
    for (index, page) in layout.pages.iter().enumerate() {
        draw_page(
            &mut document,
            pen,
            &reachable,
            &mut ids,
            (index, page_count),
            page,
        )?;
    }
    document.set_tag_tree(tags::tree(layout, ids, &doc.language));
    document.set_outline(outline(layout, doc));
    document.set_metadata(metadata(doc, date));
    document
        .finish()
        .map(open_with_outline)
        .map_err(|error| Error::Pdf(problems::describe(&error)))
}

/// Asks PDF readers to open the document with its outline shown (`/PageMode /UseOutlines`),
/// which krilla cannot set. krilla writes the catalog last, just before the cross-reference
/// table, so the entry goes into it without moving any other object: only the table's own
/// offset (`startxref`) changes. A file laid out any other way is returned as it is.
fn open_with_outline(pdf: Vec<u8>) -> Vec<u8> {
    const CATALOG: &[u8] = b"<</Type/Catalog";
    const END: &[u8] = b">>\nendobj\nxref\n";
    const ENTRY: &[u8] = b"/PageMode/UseOutlines";
    // A vectorised search: the catalog is near the end of some 250 KB.
    let find = |needle: &[u8], from: usize| {
        memchr::memmem::find(pdf.get(from..)?, needle).map(|at| at + from)
    };
    let Some(catalog) = find(CATALOG, 0) else {
        return pdf;
    };
    let Some(end) = find(END, catalog) else {
        return pdf;
    };
    let xref = end + END.len() - b"xref\n".len();
    let Some(tail) = pdf.get(end..).and_then(|t| std::str::from_utf8(t).ok()) else {
        return pdf;
    };
    // The trailer's startxref must point at this table, and nothing may follow but the trailer.
    let Some(start) = tail.rfind("startxref\n") else {
        return pdf;
    };
    let offset_text = tail[start + "startxref\n".len()..]
        .trim_end()
        .trim_end_matches("%%EOF")
        .trim();
    if offset_text.parse::<usize>().ok() != Some(xref) || tail.contains("/PageMode") {
        return pdf;
    }
    let mut out = Vec::with_capacity(pdf.len() + ENTRY.len());
    out.extend_from_slice(&pdf[..end]);
    out.extend_from_slice(ENTRY);
    out.extend_from_slice(&pdf[end..end + start]);
    out.extend_from_slice(format!("startxref\n{}\n%%EOF", xref + ENTRY.len()).as_bytes());
    out.push(b'\n');
    out
}

/// Draws one page: content the structure tree uses as marked content, the rest as artifacts,
/// then the link annotations the tree uses.
fn draw_page(
    document: &mut Document,
    pen: &Pen<'_>,
    reachable: &Reachable,
    ids: &mut Ids,
    (index, page_count): (usize, usize),
    page: &Page,
) -> Result<(), Error> {
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| Error::Pdf(crate::tr!("pdf-error-page-size")))?
        .with_page_label(page_label(index));
    let mut pdf_page = document.start_page_with(settings);
    let mut canvas = Canvas::new(pdf_page.surface());
    for (item_index, item) in page.items.iter().enumerate() {
        draw_item(&mut canvas, pen, reachable, ids, (index, item_index), item);
    }
    // Annotations can only be added once the page's content is finished.
    drop(canvas);
    for (item_index, item) in page.items.iter().enumerate() {
        let key = (index, item_index);
        let (rect, target, alt) = match item {
            Item::LinkArea { rect, url, alt } if is_openable(url) => (
                rect,
                Target::Action(Action::Link(LinkAction::new(url.clone()))),
                if alt.trim().is_empty() { url } else { alt },
            ),
            // A section of this report: its heading, on a page that exists (krilla panics
            // otherwise).
            Item::GoTo {
                rect,
                target: Some((page, y)),
                alt,
            } if *page < page_count => (
                rect,
                Target::Destination(Destination::Xyz(destination(*page, *y))),
                alt,
            ),
            _ => continue,
        };
        let Some(area) = Rect::from_xywh(rect.0, rect.1, rect.2, rect.3) else {
            continue;
        };
        if !reachable.annotations.contains(&key) {
            continue;
        }
        let link = LinkAnnotation::new(area, target);
        let id = pdf_page.add_tagged_annotation(Annotation::new_link(link, Some(alt.clone())));
        ids.annotations.insert(key, id);
    }
    pdf_page.finish();
    Ok(())
}

/// Draws one item: tagged when the structure tree reaches it, otherwise as an artifact.
fn draw_item(
    canvas: &mut Canvas<'_>,
    pen: &Pen<'_>,
    reachable: &Reachable,
    ids: &mut Ids,
    key: ItemKey,
    item: &Item,
) {
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
                let continues = reachable.continuing.contains(&key);
                if let Some(id) = canvas.text(key, continues, draw) {
                    ids.content.insert(key, id);
                }
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
        Item::Chart {
            rect, radar, lang, ..
        } => {
            let draw = |s: &mut Surface<'_>| {
                let _lang = crate::i18n::scoped(*lang);
                chart::draw(s, pen, *rect, radar);
            };
            if reachable.content.contains(&key) {
                let id = canvas.tagged(ContentTag::Other, draw);
                ids.content.insert(key, id);
            } else {
                draw(canvas.artifact(ArtifactType::Layout));
            }
        }
        // Added by `draw_page` after the content.
        Item::LinkArea { .. } | Item::GoTo { .. } => {}
    }
}

/// The page's name in a reader's page box, matching its printed footer: the layout numbers
/// the pages after the unnumbered cover from 1, so a reader's "go to page 5" finds "Page 5".
fn page_label(index: usize) -> PageLabel {
    match u32::try_from(index).ok().and_then(NonZeroU32::new) {
        Some(number) => PageLabel::new(Some(NumberingStyle::Arabic), None, Some(number)),
        None => PageLabel::new(None, Some(crate::tr!("pdf-page-label-cover")), None),
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

/// Where a bookmark or a link to a section goes: a little above its heading's top, at the left
/// edge.
fn destination(page: usize, y: f32) -> XyzDestination {
    XyzDestination::new(page, Point::from_xy(0.0, (y - 12.0).max(0.0)))
}

/// The bookmarks: level-1 entries at the top, level-2 entries under the level-1 entry before
/// them. PDF/UA requires an outline, so a report without headings gets one entry for its title.
fn outline(layout: &Layout, doc: &ReportDoc) -> Outline {
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
        crate::tr!("pdf-fallback-title")
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
        .language(doc.language.clone())
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

#[cfg(test)]
mod tests;
