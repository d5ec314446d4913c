//! Page layout of the report: pure. Places every block of a [`ReportDoc`] on A4 pages (wrapping
//! text with a [`Measure`], breaking paragraphs, lists and tables across pages, repeating table
//! headers) and records the logical structure the PDF is tagged with, so the PDF writer only
//! draws and tags what it is given.

#![expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "page geometry: counts of lines are small and positive, and points need no more than f32"
)]

mod ahead;
mod table;
#[cfg(test)]
mod tests;
mod text;

use std::cell::RefCell;
use std::collections::HashMap;

use super::doc::{Block, ReportDoc, TextSize, Weight};
use crate::scoring::radar::Radar;

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 62.0;
/// Top of the text area.
pub const TOP: f32 = 64.0;
/// Bottom of the text area.
pub const BOTTOM: f32 = PAGE_HEIGHT - 56.0;
/// Width of the text area.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
/// The measure of running text: about 90 characters of 9.5 pt body text a line, as long as
/// still reads easily, which keeps a long report a few pages shorter than a narrower
/// measure; headings, tables and the chart use the full width.
pub const TEXT_WIDTH: f32 = 430.0;

/// The measure of a paragraph of this size: small notes a little narrower still, to keep the
/// same number of characters a line; the full width in a wide block.
fn measure_of(size: TextSize, wide: bool) -> f32 {
    match size {
        _ if wide => CONTENT_WIDTH,
        TextSize::Small => TEXT_WIDTH * font_size(TextSize::Small) / font_size(TextSize::Body),
        TextSize::Body | TextSize::Large => TEXT_WIDTH,
    }
}

/// How far a list item's text is set in from the list's edge (its bullet sits between).
const LIST_INDENT: f32 = 16.0;

/// The font size and measure that running text of `size` is wrapped at.
fn paragraph_wrap(size: TextSize, wide: bool) -> (f32, f32) {
    (font_size(size), measure_of(size, wide))
}

/// The font size and measure that a list item's text is wrapped at.
fn list_item_wrap(wide: bool) -> (f32, f32) {
    (
        font_size(TextSize::Body),
        measure_of(TextSize::Body, wide) - LIST_INDENT,
    )
}

/// Measures text: the advance width, in points, of `text` in `weight` at `size` points.
pub trait Measure {
    /// The width of `text`: additive, so a text is as wide as its parts side by side (no
    /// kerning across them).
    fn width(&self, weight: Weight, size: f32, text: &str) -> f32;
}

/// The colours the report uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// Body text.
    Text,
    /// Secondary text: header, footer, notes.
    Muted,
    /// Links and the chart's profile.
    Accent,
    /// Rules, grid lines, empty bars.
    Rule,
    /// Table header and bar backgrounds.
    Shade,
}

/// Where a piece of content sits in the document's logical structure.
pub type NodeId = usize;

/// The kinds of structure element the PDF is tagged with.
#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    /// The document root.
    Document,
    /// A heading of level 1–3, with its text (the PDF's heading title).
    Heading {
        /// 1–3.
        level: u8,
        /// The whole heading, however many lines it wraps onto.
        text: String,
    },
    /// A paragraph.
    Paragraph,
    /// A list.
    List,
    /// A list item.
    ListItem,
    /// A list item's bullet.
    Label,
    /// A list item's body.
    ListBody,
    /// A table.
    Table,
    /// A table row.
    Row,
    /// A header cell.
    HeaderCell,
    /// A data cell.
    Cell,
    /// A figure, with its text alternative.
    Figure(String),
    /// A part in another language than its surroundings (a language tag).
    Part(String),
    /// A run of text in another language than its paragraph or cell (a language tag).
    Span(String),
    /// A printed table of contents.
    Contents,
    /// One entry of it: a section's heading and its page.
    ContentsEntry,
    /// A link, with its address and alternative text.
    Link {
        /// The address (http, https or mailto); empty for a link to a section of the report
        /// (its [`Item::GoTo`] says where).
        url: String,
        /// What a screen reader says.
        alt: String,
    },
}

/// A child of a structure node, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Child {
    /// Another node.
    Node(NodeId),
    /// An item drawn on a page: (page index, item index).
    Content(usize, usize),
    /// A link annotation on a page: (page index, item index of the `LinkArea`).
    Annotation(usize, usize),
}

/// A structure element.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Its children in reading order.
    pub children: Vec<Child>,
}

/// Something drawn on a page. Items with `node: None` are artifacts (decoration, running
/// headers and footers), left out of the reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line (or part of a line) of text; `y` is the baseline.
    Text {
        /// Structure node, or `None` for an artifact.
        node: Option<NodeId>,
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Style.
        weight: Weight,
        /// Colour.
        ink: Ink,
        /// The text.
        text: String,
    },
    /// A line (an artifact).
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Stroke width.
        width: f32,
        /// Colour.
        ink: Ink,
    },
    /// A filled rectangle (an artifact).
    Rect {
        /// Left, top, width, height.
        rect: (f32, f32, f32, f32),
        /// Colour.
        ink: Ink,
    },
    /// The radar chart, drawn as the content of a figure.
    Chart {
        /// The figure node.
        node: NodeId,
        /// Left, top and size of the square.
        rect: (f32, f32, f32),
        /// The chart: axes and the profiles' sides.
        radar: Radar,
        /// The language its few words ("not yet rated") are drawn in: its part's.
        lang: crate::i18n::Lang,
    },
    /// A clickable area over link text.
    LinkArea {
        /// Left, top, width, height.
        rect: (f32, f32, f32, f32),
        /// The address.
        url: String,
        /// Alternative text.
        alt: String,
    },
    /// A clickable area over text naming a section of the report (the printed contents,
    /// "Action plan, page 20"): it goes to the section's heading.
    GoTo {
        /// Left, top, width, height.
        rect: (f32, f32, f32, f32),
        /// Where the section's heading is: page index and top, once every page is laid out
        /// (`None` for a section that could not be found: nothing is clickable then).
        target: Option<(usize, f32)>,
        /// Alternative text: the section's heading.
        alt: String,
    },
}

/// A laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in drawing order.
    pub items: Vec<Item>,
}

/// A bookmark.
#[derive(Clone, Debug, PartialEq)]
pub struct OutlineEntry {
    /// 1 for a top-level entry, 2 below it.
    pub level: u8,
    /// The title.
    pub title: String,
    /// Page index.
    pub page: usize,
    /// Top of the heading on that page.
    pub y: f32,
}

/// The laid-out report.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The pages, cover first.
    pub pages: Vec<Page>,
    /// The structure tree; node 0 is the document.
    pub nodes: Vec<Node>,
    /// The bookmarks, in order.
    pub outline: Vec<OutlineEntry>,
}

impl Layout {
    /// All text drawn on `page`, in drawing order (tests read pages with it).
    pub fn page_text(&self, page: usize) -> String {
        self.pages
            .get(page)
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|item| match item {
                        Item::Text { text, .. } => Some(text.as_str()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }
}

/// Font size of a text size class: body text as small as still reads comfortably in print
/// (9.5 pt), so that a long report stays short.
fn font_size(size: TextSize) -> f32 {
    match size {
        TextSize::Body => 9.5,
        TextSize::Small => 8.5,
        TextSize::Large => 16.0,
    }
}

/// A heading's size and the space before and after it, by level.
fn heading_style(level: u8) -> (f32, f32, f32) {
    match level {
        1 => (18.0, 4.0, 6.0),
        2 => (12.5, 9.0, 4.0),
        _ => (9.5, 4.0, 1.0),
    }
}

/// The side of the radar chart's square.
const RADAR_SIDE: f32 = 164.0;

/// Line height as a multiple of the font size: dense, still open enough to read easily.
const LEADING: f32 = 1.3;

/// Line height for a font size.
fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// The engine: a cursor moving down the pages. `'m` is as long as both the measure and the
/// document laid out live.
pub(crate) struct Engine<'m> {
    measure: &'m dyn Measure,
    /// The node new blocks go under: the document, or a part in another language.
    root: NodeId,
    /// The document's text wrapped while looking ahead, by where it is: see
    /// [`Engine::line_count`].
    wrapped: RefCell<HashMap<WrapKey, Vec<Vec<text::Piece>>>>,
    /// The running text a helper wraps on another core meanwhile, if one could be started.
    ahead: Option<&'m ahead::Ahead<'m>>,
    /// Tables' columns, worked out once each (see [`Engine::columns`]).
    columns: RefCell<HashMap<TableKey, Vec<(f32, f32)>>>,
    pages: Vec<Page>,
    nodes: Vec<Node>,
    outline: Vec<OutlineEntry>,
    /// The current page's index.
    page: usize,
    /// The cursor: top of the next thing placed.
    y: f32,
    /// Page numbers of sections, filled in once every page is laid out.
    page_refs: Vec<PageRef>,
    /// Links to sections ([`Item::GoTo`], by page and item, with the section's heading),
    /// pointed at their headings once every page is laid out.
    go_tos: Vec<PageRef>,
    /// Inside a wide block: running text takes the full width.
    wide: bool,
    /// The section placed last has questions of its own in the outline (a domain's section).
    after_questions: bool,
}

/// Text of the document wrapped at a size and width: the address and length of its runs (or
/// of a heading's text, `heading`), which the document keeps unmoved while it is laid out, and
/// the bits of the size and width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct WrapKey {
    at: usize,
    len: usize,
    heading: bool,
    size: u32,
    width: u32,
}

impl WrapKey {
    fn new<T>(text: &[T], heading: bool, size: f32, width: f32) -> Self {
        Self {
            at: text.as_ptr() as usize,
            len: text.len(),
            heading,
            size: size.to_bits(),
            width: width.to_bits(),
        }
    }
}

/// A table of the document, by the address and length of its header, relative widths and rows
/// (which the document keeps unmoved while it is laid out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct TableKey {
    header: (usize, usize),
    widths: (usize, usize),
    rows: (usize, usize),
}

impl TableKey {
    fn new<H, W, R>(header: &[H], widths: &[W], rows: &[R]) -> Self {
        Self {
            header: (header.as_ptr() as usize, header.len()),
            widths: (widths.as_ptr() as usize, widths.len()),
            rows: (rows.as_ptr() as usize, rows.len()),
        }
    }
}

/// Below this much room, a section that follows another of its kind starts a new page.
const ROOM_FOR_SECTION: f32 = (BOTTOM - TOP) / 5.0;
/// Space before such a section when it goes on where the one before ends.
const SECTION_GAP: f32 = 22.0;

/// Whether `rest` (what follows a page break) is a section with questions of its own in the
/// outline: a level-1 heading in the outline, and level-2 ones before the next page break.
fn has_questions(rest: &[Block]) -> bool {
    let section = rest
        .iter()
        .take_while(|block| !matches!(block, Block::PageBreak));
    // A heading marked as in another language is still the section's heading.
    let mut headings = section.filter_map(|block| match block {
        Block::Heading { level, outline, .. } => Some((*level, *outline)),
        Block::Part { blocks, .. } => match blocks.first() {
            Some(Block::Heading { level, outline, .. }) => Some((*level, *outline)),
            _ => None,
        },
        _ => None,
    });
    headings.next() == Some((1, true)) && headings.any(|heading| heading == (2, true))
}

/// `runs` with each section reference worded with the page it starts on ("Action plan,
/// page 20"), the number [`RESERVED`] until every page is laid out.
fn with_page_numbers(runs: &[super::doc::Run]) -> std::borrow::Cow<'_, [super::doc::Run]> {
    if !runs.iter().any(|r| r.page_ref) {
        return std::borrow::Cow::Borrowed(runs);
    }
    runs.iter()
        .map(|run| super::doc::Run {
            text: if run.page_ref {
                crate::tr!(
                    "pdf-section-page",
                    section = run.text.as_str(),
                    page = RESERVED
                )
            } else {
                run.text.clone()
            },
            ..run.clone()
        })
        .collect()
}

/// The most characters of a link's text alternative written into its annotation. A link
/// wrapped over many lines has an annotation on each, every one with the alternative text: a
/// 150 KB evidence title made a 300 MB PDF. A screen reader reads the link's own text from the
/// page; the alternative only needs to say what the link is.
const ALT_MAX_CHARS: usize = 250;

/// `alt` as a link annotation's alternative text (each line of a wrapped link has one): at
/// most 250 characters (`ALT_MAX_CHARS`), cut at a character with "…" when longer.
pub fn annotation_alt(alt: &str) -> String {
    let mut chars = alt.char_indices();
    // The last character kept whole would be this one; should another follow, it makes room
    // for the ellipsis instead.
    match chars.nth(ALT_MAX_CHARS - 1) {
        Some((end, _)) if chars.next().is_some() => {
            format!("{}…", alt.get(..end).unwrap_or_default().trim_end())
        }
        _ => alt.to_owned(),
    }
}

/// A point in the layout to roll back to.
#[derive(Clone, Copy)]
struct Mark {
    pages: usize,
    page: usize,
    items: usize,
    nodes: usize,
    document_children: usize,
    outline: usize,
    page_refs: usize,
    go_tos: usize,
    y: f32,
}

/// Text holding [`RESERVED`], to be replaced by the page a section starts on, or a link to a
/// section, to be pointed at its heading.
struct PageRef {
    page: usize,
    item: usize,
    /// The section's level-1 heading.
    title: String,
    /// `Some(edge)`: the number is right-aligned to `edge`; `None`: what follows on its line
    /// moves left by the room it does not need.
    right: Option<f32>,
}

/// Stands for a page number until the pages are counted: two figure spaces, each as wide as a
/// digit (digits have one width in the font), so any two-digit page takes exactly its room.
/// Figure spaces never break a line, and a report's own text hardly ever holds two in a row.
const RESERVED: &str = "\u{2007}\u{2007}";

impl<'m> Engine<'m> {
    fn new(measure: &'m dyn Measure, ahead: Option<&'m ahead::Ahead<'m>>) -> Self {
        Self {
            measure,
            root: 0,
            wrapped: RefCell::new(HashMap::new()),
            ahead,
            columns: RefCell::new(HashMap::new()),
            pages: vec![Page::default()],
            nodes: vec![Node {
                kind: NodeKind::Document,
                children: Vec::new(),
            }],
            outline: Vec::new(),
            page: 0,
            y: TOP,
            page_refs: Vec::new(),
            go_tos: Vec::new(),
            wide: false,
            after_questions: false,
        }
    }

    /// Adds a node under `parent`.
    fn node(&mut self, parent: NodeId, kind: NodeKind) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            children: Vec::new(),
        });
        if let Some(parent) = self.nodes.get_mut(parent) {
            parent.children.push(Child::Node(id));
        }
        id
    }

    /// Draws an item on the current page; content items join `node`'s children.
    fn draw(&mut self, item: Item) {
        let node = match &item {
            Item::Text { node, .. } => *node,
            Item::Chart { node, .. } => Some(*node),
            _ => None,
        };
        let Some(page) = self.pages.get_mut(self.page) else {
            return;
        };
        page.items.push(item);
        let index = page.items.len() - 1;
        if let Some(node) = node.and_then(|n| self.nodes.get_mut(n)) {
            node.children.push(Child::Content(self.page, index));
        }
    }

    /// Attaches the link annotation just drawn to its link node.
    fn annotate(&mut self, link_node: NodeId, item: Item) {
        let Some(page) = self.pages.get_mut(self.page) else {
            return;
        };
        page.items.push(item);
        let index = page.items.len() - 1;
        if let Some(node) = self.nodes.get_mut(link_node) {
            node.children.push(Child::Annotation(self.page, index));
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.page = self.pages.len() - 1;
        self.y = TOP;
    }

    /// Starts a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    fn remaining(&self) -> f32 {
        BOTTOM - self.y
    }

    /// Places `block`; `rest` is what follows it (a heading stays with its start).
    fn block(&mut self, block: &'m Block, rest: &'m [Block]) {
        match block {
            Block::Heading {
                level,
                text,
                outline,
            } => {
                let keep = if *level == 1 {
                    self.keep_after_section_heading(rest)
                } else {
                    self.keep_after_heading(rest)
                };
                self.heading(*level, text, *outline, keep);
            }
            Block::Paragraph { runs, size } => {
                let node = self.node(self.root, NodeKind::Paragraph);
                let (size, width) = paragraph_wrap(*size, self.wide);
                let ready = self.take_wrapped(runs, size, width);
                self.lines(node, runs, size, (MARGIN_X, width), None, ready);
                self.y += size * 0.55;
            }
            Block::List { items } => self.list(items),
            Block::Table {
                header,
                widths,
                rows,
            } => self.table(header, widths, rows),
            Block::Radar(radar) => self.radar(radar),
            Block::Bars {
                bars,
                change_header,
            } => self.bars(bars, change_header.as_deref()),
            Block::Contents { entries } => self.contents(entries),
            Block::FirstThatFits(versions) => self.first_that_fits(versions),
            Block::Part { lang, blocks } => {
                let part = self.node(self.root, NodeKind::Part(lang.clone()));
                let was = std::mem::replace(&mut self.root, part);
                // What the layout words itself (table headings, page references) is in the
                // part's language, when the workbook speaks it (a part of the user's answers
                // holds none of those).
                let _lang = crate::i18n::Lang::from_tag(lang).map(crate::i18n::scoped);
                for (index, inner) in blocks.iter().enumerate() {
                    let after = blocks.get(index + 1..).unwrap_or_default();
                    self.block(inner, if after.is_empty() { rest } else { after });
                }
                self.root = was;
            }
            Block::Wide(blocks) => {
                let was = std::mem::replace(&mut self.wide, true);
                for (index, inner) in blocks.iter().enumerate() {
                    let after = blocks.get(index + 1..).unwrap_or_default();
                    self.block(inner, if after.is_empty() { rest } else { after });
                }
                self.wide = was;
            }
            Block::Space(points) => {
                self.y = (self.y + points).min(BOTTOM);
            }
            Block::PageBreak => {
                // A domain's section goes on where the domain before it ends, unless little
                // room is left there; every other section starts a page.
                let questions = has_questions(rest);
                let goes_on = questions && self.after_questions && self.y > TOP;
                self.after_questions = questions;
                if goes_on && self.remaining() >= ROOM_FOR_SECTION {
                    self.y += SECTION_GAP;
                    return;
                }
                if self.y > TOP
                    || self
                        .pages
                        .get(self.page)
                        .is_some_and(|p| !p.items.is_empty())
                {
                    self.new_page();
                }
            }
        }
    }

    /// How many lines the document's `runs` wrap to at `size` in `width`. Looking ahead for
    /// what must share a page with a heading wraps the same paragraphs again and again (a
    /// question's phase line is looked at for its own heading, for its domain's heading, as a
    /// lead line and for its height), which was half of the layout's time; each is now
    /// wrapped once, and placing it takes the lines kept ([`Engine::take_wrapped`]). Only
    /// text borrowed from the document for the whole layout (`'m`) is kept by its address:
    /// text made on the way may reuse a freed address.
    fn line_count(&self, runs: &'m [super::doc::Run], size: f32, width: f32) -> usize {
        let key = WrapKey::new(runs, false, size, width);
        if let Some(lines) = self.wrapped.borrow().get(&key) {
            return lines.len();
        }
        let lines = self
            .ahead
            .and_then(|ahead| ahead.take(&key))
            .unwrap_or_else(|| text::wrap(self.measure, runs, size, width));
        let count = lines.len();
        self.wrapped.borrow_mut().insert(key, lines);
        count
    }

    /// The lines of the document's `runs` at `size` in `width` if looking ahead wrapped them
    /// (see [`Engine::line_count`]), given up to be placed.
    fn take_wrapped(
        &self,
        runs: &'m [super::doc::Run],
        size: f32,
        width: f32,
    ) -> Option<Vec<Vec<text::Piece>>> {
        let key = WrapKey::new(runs, false, size, width);
        let kept = self.wrapped.borrow_mut().remove(&key);
        kept.or_else(|| self.ahead.and_then(|ahead| ahead.take(&key)))
    }

    /// How many lines the document's heading `text` wraps to at `size`, in bold across the
    /// full width (see [`Engine::line_count`]).
    fn heading_line_count(&self, text: &'m str, size: f32) -> usize {
        let key = WrapKey::new(text.as_bytes(), true, size, CONTENT_WIDTH);
        if let Some(lines) = self.wrapped.borrow().get(&key) {
            return lines.len();
        }
        let lines = text::wrap(
            self.measure,
            &[super::doc::Run::bold(text)],
            size,
            CONTENT_WIDTH,
        );
        let count = lines.len();
        self.wrapped.borrow_mut().insert(key, lines);
        count
    }

    /// How much of what follows a heading must share its page: the lines that lead into a
    /// section (a question's phase line, "Assessors: …", "Evidence: none recorded.", a
    /// subheading) whole, and then the start of the first block of substance, so that a heading
    /// and its phase line never end a page without at least two lines of what follows.
    fn keep_after_heading(&self, rest: &'m [Block]) -> f32 {
        // Never more than half a page: a long run of lead lines may break like any text.
        let most = (BOTTOM - TOP) / 2.0;
        let mut keep = 0.0;
        for block in rest {
            if keep >= most {
                break;
            }
            match block {
                Block::Paragraph { runs, size } if self.is_lead_line(runs, *size) => {
                    keep += self.start_height(block);
                }
                Block::Heading { level, text, .. } => {
                    let (size, before, after) = heading_style(*level);
                    let lines = self.heading_line_count(text, size).max(1);
                    keep += before + line_height(size) * lines as f32 + after;
                }
                Block::Space(points) => keep += points,
                Block::PageBreak => break,
                _ => {
                    keep += self.start_height(block);
                    break;
                }
            }
        }
        // Rounding in the line count of what follows never strands the heading.
        keep.min(most) + 1.0
    }

    /// How much of what follows a section's heading (a domain's) must share its page: its
    /// short introduction whole and the first question's heading with what that keeps, so a
    /// domain never starts at a page's foot with its questions all on the next. When the
    /// introduction is long, the heading keeps only what any heading keeps.
    fn keep_after_section_heading(&self, rest: &'m [Block]) -> f32 {
        let most = (BOTTOM - TOP) / 2.0;
        let own = self.keep_after_heading(rest);
        let Some(next) = rest
            .iter()
            .take_while(|b| !matches!(b, Block::PageBreak))
            .position(|b| matches!(b, Block::Heading { .. }))
        else {
            return own;
        };
        let (intro, from_next) = rest.split_at(next);
        let mut keep = 0.0;
        for block in intro {
            keep += match block {
                Block::Paragraph { runs, size } => {
                    let count = self
                        .line_count(runs, font_size(*size), measure_of(*size, self.wide))
                        .max(1);
                    count as f32 * line_height(font_size(*size)) + font_size(*size) * 0.55
                }
                Block::Space(points) => *points,
                other => self.start_height(other),
            };
        }
        if let Some((Block::Heading { level, text, .. }, after)) = from_next.split_first() {
            let (size, before, after_space) = heading_style(*level);
            let lines = self.heading_line_count(text, size).max(1);
            keep += before
                + line_height(size) * lines as f32
                + after_space
                + self.keep_after_heading(after);
        }
        if keep > most {
            own
        } else {
            keep.max(own) + 1.0
        }
    }

    /// Whether a paragraph leads into what follows rather than being read on its own: one or
    /// two lines that start with a bold label ("Phase 3 Delivering", "Assessors: …").
    fn is_lead_line(&self, runs: &'m [super::doc::Run], size: TextSize) -> bool {
        runs.first().is_some_and(|run| run.weight == Weight::Bold)
            && self.line_count(runs, font_size(size), measure_of(size, self.wide)) <= 2
    }

    /// The height of the start of `block` that a heading before it must share a page with:
    /// the lines of a paragraph or a list's first item that cannot be split from each other,
    /// a table's header and first rows, a chart or the bars whole.
    fn start_height(&self, block: &'m Block) -> f32 {
        // A paragraph of three lines or fewer is never split; a longer one takes two here.
        let lines = |runs: &'m [super::doc::Run], size: f32, width: f32| {
            let count = self.line_count(runs, size, width).max(1);
            let kept = if count <= 3 { count } else { 2 };
            kept as f32 * line_height(size)
        };
        match block {
            Block::Paragraph { runs, size } => {
                let (size, width) = paragraph_wrap(*size, self.wide);
                lines(runs, size, width) + size * 0.55
            }
            Block::List { items } => items.first().map_or(0.0, |item| {
                let (size, width) = list_item_wrap(self.wide);
                lines(item, size, width)
            }),
            Block::Table {
                header,
                widths,
                rows,
            } => self.table_start(header, widths, rows),
            Block::Bars { bars, .. } => table::bars_height(bars.len()),
            Block::Radar(_) => RADAR_SIDE + 12.0,
            Block::Heading { level, .. } => {
                line_height(heading_style(*level).0) + 2.0 * line_height(font_size(TextSize::Body))
            }
            Block::Contents { entries } => {
                entries.len().min(3) as f32 * (line_height(font_size(TextSize::Body)) + 4.0)
            }
            Block::Wide(blocks) | Block::Part { blocks, .. } => {
                blocks.first().map_or(0.0, |b| self.start_height(b))
            }
            Block::FirstThatFits(versions) => versions
                .last()
                .and_then(|v| v.first())
                .map_or(0.0, |b| self.start_height(b)),
            Block::Space(_) | Block::PageBreak => 0.0,
        }
    }

    /// Places the first version that ends on this page, or the last.
    fn first_that_fits(&mut self, versions: &'m [Vec<Block>]) {
        let count = versions.len();
        for (index, version) in versions.iter().enumerate() {
            let mark = self.mark();
            for (i, block) in version.iter().enumerate() {
                self.block(block, version.get(i + 1..).unwrap_or_default());
            }
            if self.page == mark.page || index + 1 == count {
                return;
            }
            self.roll_back(mark);
        }
    }

    /// Where the engine is, to come back to.
    fn mark(&self) -> Mark {
        Mark {
            pages: self.pages.len(),
            page: self.page,
            items: self.pages.get(self.page).map_or(0, |p| p.items.len()),
            nodes: self.nodes.len(),
            document_children: self.nodes.get(self.root).map_or(0, |n| n.children.len()),
            outline: self.outline.len(),
            page_refs: self.page_refs.len(),
            go_tos: self.go_tos.len(),
            y: self.y,
        }
    }

    /// Undoes everything placed since `mark` (which only added pages, items and nodes under
    /// the current root: the document or a part).
    fn roll_back(&mut self, mark: Mark) {
        self.pages.truncate(mark.pages);
        if let Some(page) = self.pages.get_mut(mark.page) {
            page.items.truncate(mark.items);
        }
        self.nodes.truncate(mark.nodes);
        // Under the document, or the part in another language being laid out.
        if let Some(root) = self.nodes.get_mut(self.root) {
            root.children.truncate(mark.document_children);
        }
        self.outline.truncate(mark.outline);
        self.page_refs.truncate(mark.page_refs);
        self.go_tos.truncate(mark.go_tos);
        self.page = mark.page;
        self.y = mark.y;
    }

    /// A heading, on a new page unless it fits here with `keep` points of what follows.
    fn heading(&mut self, level: u8, text: &str, outline: bool, keep: f32) {
        let (size, before, after) = heading_style(level);
        if self.y > TOP {
            self.y += before;
        }
        let lines = text::wrap(
            self.measure,
            &[super::doc::Run::bold(text)],
            size,
            CONTENT_WIDTH,
        );
        // A heading never ends a page: it goes over with the start of what follows.
        self.ensure(line_height(size) * lines.len() as f32 + after + keep);
        let node = self.node(
            0,
            NodeKind::Heading {
                level,
                text: text.to_owned(),
            },
        );
        if outline {
            self.outline.push(OutlineEntry {
                level: level.min(2),
                title: text.to_owned(),
                page: self.page,
                y: self.y,
            });
        }
        // Placed as wrapped above.
        self.lines(
            node,
            &[super::doc::Run::bold(text)],
            size,
            (MARGIN_X, CONTENT_WIDTH),
            None,
            Some(lines),
        );
        self.y += after;
    }

    /// How many of a paragraph's `left` lines go on this page: all that fit, but never one line
    /// alone at the foot of a page (`first`: the paragraph would start there) nor alone at the
    /// top of the next. Zero: start a new page first.
    fn lines_here(&self, left: usize, line: f32, first: bool) -> usize {
        let room = ((BOTTOM - self.y) / line + 1e-3).floor().max(0.0) as usize;
        if room >= left {
            return left;
        }
        let mut take = room;
        if left - take < 2 {
            take = left.saturating_sub(2);
        }
        if first && take < 2 {
            take = 0;
        }
        if take == 0 && self.y <= TOP {
            // A page too short for the rules: fill it rather than loop.
            room.max(1)
        } else {
            take
        }
    }

    /// Places wrapped runs under `node` in the column `(x, width)`, with a list bullet
    /// (`label`: its node and left edge) on the first line; a run naming a section gets the
    /// page the section starts on. `ready`: the runs already wrapped there, if they were.
    fn lines(
        &mut self,
        node: NodeId,
        runs: &[super::doc::Run],
        size: f32,
        (x, width): (f32, f32),
        label: Option<(NodeId, f32)>,
        ready: Option<Vec<Vec<text::Piece>>>,
    ) {
        let titles = runs;
        let with_pages = with_page_numbers(runs);
        let runs = with_pages.as_ref();
        let lines = match ready {
            // Wrapped from these very runs: no section's page number was added to them.
            Some(lines) if matches!(with_pages, std::borrow::Cow::Borrowed(_)) => lines,
            _ => text::wrap(self.measure, runs, size, width),
        };
        let count = lines.len();
        let mut link_nodes: Vec<Option<NodeId>> = vec![None; runs.len()];
        let mut span_nodes: Vec<Option<NodeId>> = vec![None; runs.len()];
        // Each line's link area carries the alternative, bounded once per run.
        let area_alts: Vec<Option<String>> = runs
            .iter()
            .map(|run| run.link.as_ref().map(|link| annotation_alt(&link.alt)))
            .collect();
        let mut here = 0;
        for (index, line) in lines.into_iter().enumerate() {
            if here == 0 {
                here = self.lines_here(count - index, line_height(size), index == 0);
                if here == 0 {
                    self.new_page();
                    here = self.lines_here(count - index, line_height(size), false);
                }
            }
            here = here.saturating_sub(1);
            let baseline = self.y + size * 1.02;
            if let (0, Some((label, bullet_x))) = (index, label) {
                self.draw(Item::Text {
                    node: Some(label),
                    x: bullet_x,
                    y: baseline,
                    size,
                    weight: Weight::Regular,
                    ink: Ink::Text,
                    text: "•".to_owned(),
                });
            }
            for piece in line {
                let Some(run) = runs.get(piece.run) else {
                    continue;
                };
                // A section named in the text links to it, as a web link opens its page.
                let title = run
                    .page_ref
                    .then(|| titles.get(piece.run).map(|t| t.text.clone()))
                    .flatten();
                let parent = match (&run.link, &title) {
                    (Some(target), _) => self.link_node(
                        node,
                        &target.url,
                        &target.alt,
                        link_nodes.get_mut(piece.run),
                    ),
                    (None, Some(title)) => {
                        self.link_node(node, "", title, link_nodes.get_mut(piece.run))
                    }
                    (None, None) => node,
                };
                let ink = if run.link.is_some() || title.is_some() {
                    Ink::Accent
                } else {
                    Ink::Text
                };
                let piece_run = piece.run;
                let holds_number = title.is_some() && piece.text.contains(RESERVED);
                // Text in another language sits in a span marked so (inside its link, if any).
                let text_node = match &run.lang {
                    Some(lang) => self.span_node(parent, lang, span_nodes.get_mut(piece_run)),
                    None => parent,
                };
                self.draw(Item::Text {
                    node: Some(text_node),
                    x: x + piece.x,
                    y: baseline,
                    size,
                    weight: run.weight,
                    ink,
                    text: piece.text,
                });
                if let (true, Some(title)) = (holds_number, &title) {
                    let item = self.pages.get(self.page).map_or(0, |p| p.items.len() - 1);
                    self.page_refs.push(PageRef {
                        page: self.page,
                        item,
                        title: title.clone(),
                        right: None,
                    });
                }
                let rect = (x + piece.x, self.y, piece.width, line_height(size));
                let alt = area_alts.get(piece_run).cloned().flatten();
                let area = self.link_area(run.link.as_ref(), title, rect, alt);
                if let Some(area) = area {
                    self.annotate(parent, area);
                    self.draw(Item::Line {
                        from: (x + piece.x, baseline + 1.5),
                        to: (x + piece.x + piece.width, baseline + 1.5),
                        width: 0.5,
                        ink: Ink::Accent,
                    });
                }
            }
            self.y += line_height(size);
        }
    }

    /// The clickable area over a piece of a linked run (`link`) or of a section's name
    /// (`title`), with its alternative text; a link to a section is pointed at it once every
    /// page is laid out.
    fn link_area(
        &mut self,
        link: Option<&super::doc::Link>,
        title: Option<String>,
        rect: (f32, f32, f32, f32),
        alt: Option<String>,
    ) -> Option<Item> {
        match (link, title) {
            (Some(link), _) => Some(Item::LinkArea {
                rect,
                url: link.url.clone(),
                alt: alt.unwrap_or_default(),
            }),
            (None, Some(title)) => {
                let item = self.pages.get(self.page).map_or(0, |p| p.items.len());
                self.go_tos.push(PageRef {
                    page: self.page,
                    item,
                    title: title.clone(),
                    right: None,
                });
                Some(Item::GoTo {
                    rect,
                    target: None,
                    alt: title,
                })
            }
            (None, None) => None,
        }
    }

    /// The link node of a linked run (`url` empty for a section of the report): one per run,
    /// however many lines it spans (`slot` remembers it).
    /// The span of a run in another language, made on its first piece.
    pub(crate) fn span_node(
        &mut self,
        parent: NodeId,
        lang: &str,
        slot: Option<&mut Option<NodeId>>,
    ) -> NodeId {
        if let Some(Some(existing)) = slot.as_deref() {
            return *existing;
        }
        let id = self.node(parent, NodeKind::Span(lang.to_owned()));
        if let Some(slot) = slot {
            *slot = Some(id);
        }
        id
    }

    fn link_node(
        &mut self,
        parent: NodeId,
        url: &str,
        alt: &str,
        slot: Option<&mut Option<NodeId>>,
    ) -> NodeId {
        if let Some(Some(existing)) = slot.as_deref() {
            return *existing;
        }
        let id = self.node(
            parent,
            NodeKind::Link {
                url: url.to_owned(),
                alt: alt.to_owned(),
            },
        );
        if let Some(slot) = slot {
            *slot = Some(id);
        }
        id
    }

    fn list(&mut self, items: &'m [Vec<super::doc::Run>]) {
        let list = self.node(self.root, NodeKind::List);
        let (size, width) = list_item_wrap(self.wide);
        for item in items {
            let li = self.node(list, NodeKind::ListItem);
            let label = self.node(li, NodeKind::Label);
            let body = self.node(li, NodeKind::ListBody);
            let ready = self.take_wrapped(item, size, width);
            self.lines(
                body,
                item,
                size,
                (MARGIN_X + LIST_INDENT, width),
                Some((label, MARGIN_X + 4.0)),
                ready,
            );
            self.y += 2.0;
        }
        self.y += size * 0.45;
    }

    /// A printed contents: each section's heading, and its page number right-aligned.
    fn contents(&mut self, entries: &[String]) {
        let toc = self.node(self.root, NodeKind::Contents);
        let size = font_size(TextSize::Body);
        let right = MARGIN_X + CONTENT_WIDTH;
        let number_room = self.measure.width(Weight::Regular, size, "000") + 12.0;
        for entry in entries {
            let item = self.node(toc, NodeKind::ContentsEntry);
            // The whole entry, its page number included, goes to the section.
            let link = self.node(
                item,
                NodeKind::Link {
                    url: String::new(),
                    alt: entry.clone(),
                },
            );
            let (start_page, start) = (self.page, self.y);
            self.lines(
                link,
                &[super::doc::Run::plain(entry.clone())],
                size,
                (MARGIN_X, CONTENT_WIDTH - number_room),
                None,
                None,
            );
            // On the entry's last line.
            let baseline = self.y - line_height(size) + size * 1.02;
            self.draw(Item::Text {
                node: Some(link),
                x: right,
                y: baseline,
                size,
                weight: Weight::Regular,
                ink: Ink::Text,
                text: RESERVED.to_owned(),
            });
            let index = self.pages.get(self.page).map_or(0, |p| p.items.len() - 1);
            self.page_refs.push(PageRef {
                page: self.page,
                item: index,
                title: entry.clone(),
                right: Some(right),
            });
            let top = if self.page == start_page { start } else { TOP };
            let area = self.pages.get(self.page).map_or(0, |p| p.items.len());
            self.go_tos.push(PageRef {
                page: self.page,
                item: area,
                title: entry.clone(),
                right: None,
            });
            self.annotate(
                link,
                Item::GoTo {
                    rect: (MARGIN_X, top, CONTENT_WIDTH, self.y - top),
                    target: None,
                    alt: entry.clone(),
                },
            );
            self.y += 4.0;
        }
        self.y += size;
    }

    fn radar(&mut self, radar: &Radar) {
        let side = RADAR_SIDE;
        // The top axis's label sits above the square.
        self.ensure(side + 12.0);
        self.y += 12.0;
        let node = self.node(self.root, NodeKind::Figure(radar.alt.clone()));
        let left = MARGIN_X + (CONTENT_WIDTH - side) / 2.0;
        self.draw(Item::Chart {
            node,
            rect: (left, self.y, side),
            radar: radar.clone(),
            lang: crate::i18n::language(),
        });
        self.y += side + 6.0;
    }

    /// Adds the running header and "Page N of M" footer to every page after the cover.
    fn finish(mut self, title: &str, footers: &[crate::i18n::Lang]) -> Layout {
        self.number_references();
        self.link_sections();
        let total = self.pages.len().saturating_sub(1);
        let size = 8.0;
        for (index, page) in self.pages.iter_mut().enumerate().skip(1) {
            let footer = footers
                .iter()
                .map(|lang| {
                    let _lang = crate::i18n::scoped(*lang);
                    crate::tr!("pdf-page-footer", page = index, total = total)
                })
                .reduce(|first, second| {
                    crate::tr!("pdf-page-footer-pair", first = first, second = second)
                })
                .unwrap_or_default();
            let footer_width = self.measure.width(Weight::Regular, size, &footer);
            let header = text::truncate(self.measure, title, Weight::Regular, size, CONTENT_WIDTH);
            page.items.push(Item::Text {
                node: None,
                x: MARGIN_X,
                y: 44.0,
                size,
                weight: Weight::Regular,
                ink: Ink::Muted,
                text: header,
            });
            page.items.push(Item::Line {
                from: (MARGIN_X, 51.0),
                to: (PAGE_WIDTH - MARGIN_X, 51.0),
                width: 0.5,
                ink: Ink::Rule,
            });
            page.items.push(Item::Text {
                node: None,
                x: PAGE_WIDTH - MARGIN_X - footer_width,
                y: PAGE_HEIGHT - 36.0,
                size,
                weight: Weight::Regular,
                ink: Ink::Muted,
                text: footer,
            });
        }
        Layout {
            pages: self.pages,
            nodes: self.nodes,
            outline: self.outline,
        }
    }
}

impl Engine<'_> {
    /// Points each link to a section at the section's heading.
    fn link_sections(&mut self) {
        for link in std::mem::take(&mut self.go_tos) {
            let heading = self
                .outline
                .iter()
                .find(|e| e.level == 1 && e.title == link.title)
                .map(|e| (e.page, e.y));
            if let Some(Item::GoTo { target, .. }) = self
                .pages
                .get_mut(link.page)
                .and_then(|page| page.items.get_mut(link.item))
            {
                *target = heading;
            }
        }
    }

    /// Puts each section's page number where [`RESERVED`] holds its place.
    fn number_references(&mut self) {
        for reference in std::mem::take(&mut self.page_refs) {
            let number = self
                .outline
                .iter()
                .find(|e| e.level == 1 && e.title == reference.title)
                .map_or_else(
                    || crate::tr!("pdf-contents-no-page"),
                    |e| e.page.to_string(),
                );
            let Some(page) = self.pages.get_mut(reference.page) else {
                continue;
            };
            let Some(Item::Text {
                x,
                y,
                size,
                weight,
                text,
                ..
            }) = page.items.get_mut(reference.item)
            else {
                continue;
            };
            let Some(start) = text.find(RESERVED) else {
                continue;
            };
            let spare = self.measure.width(*weight, *size, RESERVED)
                - self.measure.width(*weight, *size, &number);
            text.replace_range(start..start + RESERVED.len(), &number);
            let (line, left, top) = (*y, *x, *y - *size * 1.02);
            if let Some(edge) = reference.right {
                *x = edge - self.measure.width(*weight, *size, text);
                continue;
            }
            // What follows on the same line closes up; the piece's own underline and link
            // area narrow.
            let close_up = |from: &mut f32, to: &mut f32| {
                if *from > left + 0.01 {
                    *from -= spare;
                    *to -= spare;
                } else if (*from - left).abs() <= 0.01 {
                    *to -= spare;
                }
            };
            for item in page.items.iter_mut().skip(reference.item + 1) {
                match item {
                    Item::Text { x, y, .. } if (*y - line).abs() < 0.01 && *x > left => {
                        *x -= spare;
                    }
                    Item::Line { from, to, .. }
                        if (from.1 - line).abs() < 2.0 && (to.1 - from.1).abs() < 0.01 =>
                    {
                        close_up(&mut from.0, &mut to.0);
                    }
                    Item::LinkArea { rect, .. } | Item::GoTo { rect, .. }
                        if (rect.1 - top).abs() < 0.01 =>
                    {
                        let mut right = rect.0 + rect.2;
                        close_up(&mut rect.0, &mut right);
                        rect.2 = right - rect.0;
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Lays out `doc` on A4 pages.
pub fn layout(doc: &ReportDoc, measure: &(dyn Measure + Sync)) -> Layout {
    let ahead = ahead::Ahead::of(doc);
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("report-wrap".to_owned())
            .spawn_scoped(scope, || ahead.wrap_from_the_end(measure))
            .ok();
        // The helper stops when the layout is done, or if it panics (the scope waits for it).
        let _stop = ahead.stopping();
        // With no thread to be had, the layout wraps everything itself.
        let mut engine = Engine::new(measure, helper.as_ref().map(|_| &ahead));
        for (index, block) in doc.cover.iter().enumerate() {
            engine.block(block, doc.cover.get(index + 1..).unwrap_or_default());
        }
        engine.new_page();
        for (index, block) in doc.body.iter().enumerate() {
            engine.block(block, doc.body.get(index + 1..).unwrap_or_default());
        }
        engine.finish(&doc.title, &doc.footers)
    })
}
