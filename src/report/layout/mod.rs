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

mod table;
mod text;

use super::doc::{Block, ReportDoc, TextSize, Weight};

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 62.0;
/// Top of the text area.
pub const TOP: f32 = 74.0;
/// Bottom of the text area.
pub const BOTTOM: f32 = PAGE_HEIGHT - 70.0;
/// Width of the text area.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
/// The measure of running text: about 75 characters of body text a line, which reads more
/// easily than the full width; headings, tables and the chart use the full width.
pub const TEXT_WIDTH: f32 = 390.0;

/// The measure of a paragraph of this size: small notes a little narrower still, to keep the
/// same number of characters a line; the full width in a wide block.
fn measure_of(size: TextSize, wide: bool) -> f32 {
    match size {
        _ if wide => CONTENT_WIDTH,
        TextSize::Small => TEXT_WIDTH * font_size(TextSize::Small) / font_size(TextSize::Body),
        TextSize::Body | TextSize::Large => TEXT_WIDTH,
    }
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
    /// A printed table of contents.
    Contents,
    /// One entry of it: a section's heading and its page.
    ContentsEntry,
    /// A link, with its address and alternative text.
    Link {
        /// The address (http, https or mailto).
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

/// One radar chart axis, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Label.
    pub label: String,
    /// Maturity 1–6, or `None` when not yet rated.
    pub value: Option<f64>,
    /// The earlier assessment's maturity, when comparing with one.
    pub earlier: Option<f64>,
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
        /// The axes.
        axes: Vec<Axis>,
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

/// Font size of a text size class.
fn font_size(size: TextSize) -> f32 {
    match size {
        TextSize::Body => 10.5,
        TextSize::Small => 9.0,
        TextSize::Large => 16.0,
    }
}

/// A heading's size and the space before and after it, by level.
fn heading_style(level: u8) -> (f32, f32, f32) {
    match level {
        1 => (19.0, 6.0, 8.0),
        2 => (13.0, 12.0, 5.0),
        _ => (10.5, 7.0, 2.0),
    }
}

/// The side of the radar chart's square.
const RADAR_SIDE: f32 = 164.0;

/// Line height for a font size.
fn line_height(size: f32) -> f32 {
    size * 1.38
}

/// The engine: a cursor moving down the pages.
pub(crate) struct Engine<'m> {
    measure: &'m dyn Measure,
    pages: Vec<Page>,
    nodes: Vec<Node>,
    outline: Vec<OutlineEntry>,
    /// The current page's index.
    page: usize,
    /// The cursor: top of the next thing placed.
    y: f32,
    /// Page numbers of sections, filled in once every page is laid out.
    page_refs: Vec<PageRef>,
    /// Inside a wide block: running text takes the full width.
    wide: bool,
}

/// What the PDF adds to a run naming a section: its page, held together by no-break spaces.
const PAGE_SUFFIX: &str = ",\u{a0}page\u{a0}00";

/// `runs` with each section reference followed by [`PAGE_SUFFIX`].
fn with_page_numbers(runs: &[super::doc::Run]) -> std::borrow::Cow<'_, [super::doc::Run]> {
    if !runs.iter().any(|r| r.page_ref) {
        return std::borrow::Cow::Borrowed(runs);
    }
    runs.iter()
        .map(|run| super::doc::Run {
            text: if run.page_ref {
                format!("{}{PAGE_SUFFIX}", run.text)
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
    y: f32,
}

/// Text that ends with [`RESERVED`], to be replaced by the page a section starts on.
struct PageRef {
    page: usize,
    item: usize,
    /// The section's level-1 heading.
    title: String,
    /// `Some(edge)`: the number is right-aligned to `edge`; `None`: what follows on its line
    /// moves left by the room it does not need.
    right: Option<f32>,
}

/// Stands for a page number until the pages are counted; digits have one width in the font, so
/// any two-digit page takes exactly its room.
const RESERVED: &str = "00";

impl<'m> Engine<'m> {
    fn new(measure: &'m dyn Measure) -> Self {
        Self {
            measure,
            pages: vec![Page::default()],
            nodes: vec![Node {
                kind: NodeKind::Document,
                children: Vec::new(),
            }],
            outline: Vec::new(),
            page: 0,
            y: TOP,
            page_refs: Vec::new(),
            wide: false,
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

    /// Places `block`; `next` is what follows it (a heading stays with its start).
    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading {
                level,
                text,
                outline,
            } => {
                let keep = next.map_or(0.0, |next| self.start_height(next));
                self.heading(*level, text, *outline, keep);
            }
            Block::Paragraph { runs, size } => {
                let node = self.node(0, NodeKind::Paragraph);
                let width = measure_of(*size, self.wide);
                let size = font_size(*size);
                self.paragraph(node, runs, size, MARGIN_X, width);
                self.y += size * 0.55;
            }
            Block::List { items } => self.list(items),
            Block::Table {
                header,
                widths,
                rows,
            } => self.table(header, widths, rows),
            Block::Radar { axes, alt } => self.radar(axes, alt),
            Block::Bars {
                bars,
                change_header,
            } => self.bars(bars, change_header.as_deref()),
            Block::Contents { entries } => self.contents(entries),
            Block::FirstThatFits(versions) => self.first_that_fits(versions),
            Block::Wide(blocks) => {
                let was = std::mem::replace(&mut self.wide, true);
                for (index, inner) in blocks.iter().enumerate() {
                    self.block(inner, blocks.get(index + 1).or(next));
                }
                self.wide = was;
            }
            Block::Space(points) => {
                self.y = (self.y + points).min(BOTTOM);
            }
            Block::PageBreak => {
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

    /// The height of the start of `block` that a heading before it must share a page with:
    /// the lines of a paragraph or a list's first item that cannot be split from each other,
    /// a table's header and first rows, a chart or the bars whole.
    fn start_height(&self, block: &Block) -> f32 {
        // A paragraph of three lines or fewer is never split; a longer one takes two here.
        let lines = |runs: &[super::doc::Run], size: f32, width: f32| {
            let count = text::wrap(self.measure, runs, size, width).len().max(1);
            let kept = if count <= 3 { count } else { 2 };
            kept as f32 * line_height(size)
        };
        match block {
            Block::Paragraph { runs, size } => {
                lines(runs, font_size(*size), measure_of(*size, self.wide))
                    + font_size(*size) * 0.55
            }
            Block::List { items } => items.first().map_or(0.0, |item| {
                lines(
                    item,
                    font_size(TextSize::Body),
                    measure_of(TextSize::Body, self.wide) - 16.0,
                )
            }),
            Block::Table {
                header,
                widths,
                rows,
            } => self.table_start(header, widths, rows),
            Block::Bars { bars, .. } => table::bars_height(bars.len()),
            Block::Radar { .. } => RADAR_SIDE + 12.0,
            Block::Heading { level, .. } => {
                heading_style(*level).0 * 1.38 + 2.0 * line_height(font_size(TextSize::Body))
            }
            Block::Contents { entries } => {
                entries.len().min(3) as f32 * (line_height(font_size(TextSize::Body)) + 4.0)
            }
            Block::Wide(blocks) => blocks.first().map_or(0.0, |b| self.start_height(b)),
            Block::FirstThatFits(versions) => versions
                .last()
                .and_then(|v| v.first())
                .map_or(0.0, |b| self.start_height(b)),
            Block::Space(_) | Block::PageBreak => 0.0,
        }
    }

    /// Places the first version that ends on this page, or the last.
    fn first_that_fits(&mut self, versions: &[Vec<Block>]) {
        let count = versions.len();
        for (index, version) in versions.iter().enumerate() {
            let mark = self.mark();
            for (i, block) in version.iter().enumerate() {
                self.block(block, version.get(i + 1));
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
            document_children: self.nodes.first().map_or(0, |n| n.children.len()),
            outline: self.outline.len(),
            page_refs: self.page_refs.len(),
            y: self.y,
        }
    }

    /// Undoes everything placed since `mark` (which only added pages, items and nodes under
    /// the document).
    fn roll_back(&mut self, mark: Mark) {
        self.pages.truncate(mark.pages);
        if let Some(page) = self.pages.get_mut(mark.page) {
            page.items.truncate(mark.items);
        }
        self.nodes.truncate(mark.nodes);
        if let Some(document) = self.nodes.first_mut() {
            document.children.truncate(mark.document_children);
        }
        self.outline.truncate(mark.outline);
        self.page_refs.truncate(mark.page_refs);
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
        self.paragraph(
            node,
            &[super::doc::Run::bold(text)],
            size,
            MARGIN_X,
            CONTENT_WIDTH,
        );
        self.y += after;
    }

    /// Places wrapped runs under `node`, line by line, breaking across pages.
    fn paragraph(&mut self, node: NodeId, runs: &[super::doc::Run], size: f32, x: f32, width: f32) {
        self.lines(node, runs, size, (x, width), None);
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
    /// page the section starts on.
    fn lines(
        &mut self,
        node: NodeId,
        runs: &[super::doc::Run],
        size: f32,
        (x, width): (f32, f32),
        label: Option<(NodeId, f32)>,
    ) {
        let with_pages = with_page_numbers(runs);
        let runs = with_pages.as_ref();
        let lines = text::wrap(self.measure, runs, size, width);
        let count = lines.len();
        let mut link_nodes: Vec<Option<NodeId>> = vec![None; runs.len()];
        // Each line's link area carries the alternative, bounded once per run.
        let area_alts: Vec<Option<String>> = runs
            .iter()
            .map(|run| run.link.as_ref().map(|link| annotation_alt(&link.alt)))
            .collect();
        let mut refs: Vec<(usize, usize, usize)> = Vec::new();
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
                let parent = match &run.link {
                    Some(link) => self.link_node(node, link, link_nodes.get_mut(piece.run)),
                    None => node,
                };
                let ink = if run.link.is_some() {
                    Ink::Accent
                } else {
                    Ink::Text
                };
                let piece_run = piece.run;
                self.draw(Item::Text {
                    node: Some(parent),
                    x: x + piece.x,
                    y: baseline,
                    size,
                    weight: run.weight,
                    ink,
                    text: piece.text,
                });
                if run.page_ref {
                    // The last piece of the run ends with the reserved page number.
                    let item = self.pages.get(self.page).map_or(0, |p| p.items.len() - 1);
                    match refs.iter_mut().find(|(r, ..)| *r == piece_run) {
                        Some(slot) => *slot = (piece_run, self.page, item),
                        None => refs.push((piece_run, self.page, item)),
                    }
                }
                if let Some(link) = &run.link {
                    let area = Item::LinkArea {
                        rect: (x + piece.x, self.y, piece.width, line_height(size)),
                        url: link.url.clone(),
                        alt: area_alts
                            .get(piece_run)
                            .cloned()
                            .flatten()
                            .unwrap_or_default(),
                    };
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
        for (run, page, item) in refs {
            if let Some(title) = runs.get(run).and_then(|r| r.text.strip_suffix(PAGE_SUFFIX)) {
                self.page_refs.push(PageRef {
                    page,
                    item,
                    title: title.to_owned(),
                    right: None,
                });
            }
        }
    }

    /// The link node of a linked run: one per run, however many lines it spans (`slot`
    /// remembers it).
    fn link_node(
        &mut self,
        parent: NodeId,
        link: &super::doc::Link,
        slot: Option<&mut Option<NodeId>>,
    ) -> NodeId {
        if let Some(Some(existing)) = slot.as_deref() {
            return *existing;
        }
        let id = self.node(
            parent,
            NodeKind::Link {
                url: link.url.clone(),
                alt: link.alt.clone(),
            },
        );
        if let Some(slot) = slot {
            *slot = Some(id);
        }
        id
    }

    fn list(&mut self, items: &[Vec<super::doc::Run>]) {
        let list = self.node(0, NodeKind::List);
        let size = font_size(TextSize::Body);
        for item in items {
            let li = self.node(list, NodeKind::ListItem);
            let label = self.node(li, NodeKind::Label);
            let body = self.node(li, NodeKind::ListBody);
            self.lines(
                body,
                item,
                size,
                (
                    MARGIN_X + 16.0,
                    measure_of(TextSize::Body, self.wide) - 16.0,
                ),
                Some((label, MARGIN_X + 4.0)),
            );
            self.y += 2.5;
        }
        self.y += size * 0.45;
    }

    /// A printed contents: each section's heading, and its page number right-aligned.
    fn contents(&mut self, entries: &[String]) {
        let toc = self.node(0, NodeKind::Contents);
        let size = font_size(TextSize::Body);
        let right = MARGIN_X + CONTENT_WIDTH;
        let number_room = self.measure.width(Weight::Regular, size, "000") + 12.0;
        for entry in entries {
            let item = self.node(toc, NodeKind::ContentsEntry);
            self.lines(
                item,
                &[super::doc::Run::plain(entry.clone())],
                size,
                (MARGIN_X, CONTENT_WIDTH - number_room),
                None,
            );
            // On the entry's last line.
            let baseline = self.y - line_height(size) + size * 1.02;
            self.draw(Item::Text {
                node: Some(item),
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
            self.y += 4.0;
        }
        self.y += size;
    }

    fn radar(&mut self, axes: &[super::doc::ChartAxis], alt: &str) {
        let side = RADAR_SIDE;
        // The top axis's label sits above the square.
        self.ensure(side + 12.0);
        self.y += 12.0;
        let node = self.node(0, NodeKind::Figure(alt.to_owned()));
        let left = MARGIN_X + (CONTENT_WIDTH - side) / 2.0;
        self.draw(Item::Chart {
            node,
            rect: (left, self.y, side),
            axes: axes
                .iter()
                .map(|a| Axis {
                    label: a.label.clone(),
                    value: a.value,
                    earlier: a.earlier,
                })
                .collect(),
        });
        self.y += side + 6.0;
    }

    /// Adds the running header and "Page N of M" footer to every page after the cover.
    fn finish(mut self, title: &str) -> Layout {
        self.number_references();
        let total = self.pages.len().saturating_sub(1);
        let size = 8.0;
        for (index, page) in self.pages.iter_mut().enumerate().skip(1) {
            let footer = format!("Page {index} of {total}");
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
                y: PAGE_HEIGHT - 40.0,
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
    /// Puts each section's page number where [`RESERVED`] holds its place.
    fn number_references(&mut self) {
        for reference in std::mem::take(&mut self.page_refs) {
            let number = self
                .outline
                .iter()
                .find(|e| e.level == 1 && e.title == reference.title)
                .map_or_else(|| "–".to_owned(), |e| e.page.to_string());
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
            let Some(start) = text.strip_suffix(RESERVED).map(str::len) else {
                continue;
            };
            let spare = self.measure.width(*weight, *size, RESERVED)
                - self.measure.width(*weight, *size, &number);
            text.truncate(start);
            text.push_str(&number);
            let (line, left) = (*y, *x);
            if let Some(edge) = reference.right {
                *x = edge - self.measure.width(*weight, *size, text);
                continue;
            }
            // What follows on the same line closes up.
            for item in page.items.iter_mut().skip(reference.item + 1) {
                match item {
                    Item::Text { x, y, .. } if (*y - line).abs() < 0.01 && *x > left => {
                        *x -= spare;
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Lays out `doc` on A4 pages.
pub fn layout(doc: &ReportDoc, measure: &dyn Measure) -> Layout {
    let mut engine = Engine::new(measure);
    for (index, block) in doc.cover.iter().enumerate() {
        engine.block(block, doc.cover.get(index + 1));
    }
    engine.new_page();
    for (index, block) in doc.body.iter().enumerate() {
        engine.block(block, doc.body.get(index + 1));
    }
    engine.finish(&doc.title)
}
