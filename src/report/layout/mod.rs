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
}

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

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading {
                level,
                text,
                outline,
            } => self.heading(*level, text, *outline),
            Block::Paragraph { runs, size } => {
                let node = self.node(0, NodeKind::Paragraph);
                let size = font_size(*size);
                self.paragraph(node, runs, size, MARGIN_X, CONTENT_WIDTH);
                self.y += size * 0.55;
            }
            Block::List { items } => self.list(items),
            Block::Table {
                header,
                widths,
                rows,
            } => self.table(header, widths, rows),
            Block::Radar { axes, alt } => self.radar(axes, alt),
            Block::Bars { bars } => self.bars(bars),
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

    fn heading(&mut self, level: u8, text: &str, outline: bool) {
        let (size, before, after) = match level {
            1 => (19.0, 6.0, 8.0),
            2 => (13.0, 12.0, 5.0),
            _ => (10.5, 7.0, 2.0),
        };
        if self.y > TOP {
            self.y += before;
        }
        // Keep a heading with the start of what follows it.
        let lines = text::wrap(
            self.measure,
            &[super::doc::Run::bold(text)],
            size,
            CONTENT_WIDTH,
        );
        // Room for the heading and the start of what follows it.
        let keep = match level {
            1 => 80.0,
            2 => 56.0,
            _ => 30.0,
        };
        self.ensure(line_height(size) * lines.len() as f32 + keep);
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
        let lines = text::wrap(self.measure, runs, size, width);
        let mut link_nodes: Vec<Option<NodeId>> = vec![None; runs.len()];
        for line in lines {
            self.ensure(line_height(size));
            let baseline = self.y + size * 1.02;
            for piece in line {
                let Some(run) = runs.get(piece.run) else {
                    continue;
                };
                // One link node per linked run, however many lines it spans.
                let parent = match (&run.link, link_nodes.get(piece.run).copied().flatten()) {
                    (Some(_), Some(existing)) => existing,
                    (Some(link), None) => {
                        let id = self.node(
                            node,
                            NodeKind::Link {
                                url: link.url.clone(),
                                alt: link.alt.clone(),
                            },
                        );
                        if let Some(slot) = link_nodes.get_mut(piece.run) {
                            *slot = Some(id);
                        }
                        id
                    }
                    (None, _) => node,
                };
                let ink = if run.link.is_some() {
                    Ink::Accent
                } else {
                    Ink::Text
                };
                self.draw(Item::Text {
                    node: Some(parent),
                    x: x + piece.x,
                    y: baseline,
                    size,
                    weight: run.weight,
                    ink,
                    text: piece.text,
                });
                if let Some(link) = &run.link {
                    let area = Item::LinkArea {
                        rect: (x + piece.x, self.y, piece.width, line_height(size)),
                        url: link.url.clone(),
                        alt: link.alt.clone(),
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
    }

    fn list(&mut self, items: &[Vec<super::doc::Run>]) {
        let list = self.node(0, NodeKind::List);
        let size = font_size(TextSize::Body);
        for item in items {
            let li = self.node(list, NodeKind::ListItem);
            self.ensure(line_height(size));
            let label = self.node(li, NodeKind::Label);
            self.draw(Item::Text {
                node: Some(label),
                x: MARGIN_X + 4.0,
                y: self.y + size * 1.02,
                size,
                weight: Weight::Regular,
                ink: Ink::Text,
                text: "•".to_owned(),
            });
            let body = self.node(li, NodeKind::ListBody);
            self.paragraph(body, item, size, MARGIN_X + 16.0, CONTENT_WIDTH - 16.0);
            self.y += 2.5;
        }
        self.y += size * 0.45;
    }

    fn radar(&mut self, axes: &[super::doc::ChartAxis], alt: &str) {
        let side = 205.0;
        self.ensure(side);
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

/// Lays out `doc` on A4 pages.
pub fn layout(doc: &ReportDoc, measure: &dyn Measure) -> Layout {
    let mut engine = Engine::new(measure);
    for block in &doc.cover {
        engine.block(block);
    }
    engine.new_page();
    for block in &doc.body {
        engine.block(block);
    }
    engine.finish(&doc.title)
}
