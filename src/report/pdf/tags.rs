//! The structure tree: the layout's nodes as krilla tag groups in reading order. krilla panics
//! on an identifier with no parent or two, so every identifier drawn is placed exactly once.

use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroU16;

use krilla::geom::Rect;
use krilla::tagging::{
    BBox, Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};

use crate::report::layout::{CONTENT_WIDTH, Child, Item, Layout, MARGIN_X, NodeId, NodeKind};

/// Where an item is drawn: (page index, item index).
pub(super) type ItemKey = (usize, usize);

/// The items the structure tree reaches from the document node: only these are drawn as
/// marked content or added as tagged annotations; anything else is an artifact.
#[derive(Default)]
pub(super) struct Reachable {
    /// Text and charts.
    pub content: BTreeSet<ItemKey>,
    /// Link areas.
    pub annotations: BTreeSet<ItemKey>,
    /// Lines of text that continue the line drawn just before them as the next child of the
    /// same node (a paragraph's or a cell's lines on one page): drawn in that line's marked
    /// section rather than a section of their own. A screen reader reads the same words in the
    /// same order; the structure tree and the pages carry about a third fewer sections.
    pub continuing: BTreeSet<ItemKey>,
}

impl Reachable {
    pub(super) fn of(layout: &Layout) -> Self {
        let mut reachable = Self::default();
        let mut visited = BTreeSet::new();
        let mut stack = vec![0];
        while let Some(id) = stack.pop() {
            if !visited.insert(id) {
                continue;
            }
            let Some(node) = layout.nodes.get(id) else {
                continue;
            };
            let mut previous = None;
            for child in &node.children {
                match *child {
                    Child::Node(child) => {
                        stack.push(child);
                        previous = None;
                    }
                    Child::Content(page, item) => {
                        let key = (page, item);
                        reachable.content.insert(key);
                        let before = item.checked_sub(1).map(|before| (page, before));
                        if previous.is_some()
                            && previous == before
                            && before.is_some_and(|before| is_text(layout, before))
                            && is_text(layout, key)
                        {
                            reachable.continuing.insert(key);
                        }
                        previous = Some(key);
                    }
                    Child::Annotation(page, item) => {
                        reachable.annotations.insert((page, item));
                        previous = None;
                    }
                }
            }
        }
        reachable
    }
}

/// Whether the item at `key` is a line of text.
fn is_text(layout: &Layout, (page, item): ItemKey) -> bool {
    layout
        .pages
        .get(page)
        .and_then(|page| page.items.get(item))
        .is_some_and(|item| matches!(item, Item::Text { .. }))
}

/// The identifiers krilla returned while drawing, by the item that opened each section (a line
/// that continues a section has none of its own).
#[derive(Default)]
pub(super) struct Ids {
    /// Marked content: text spans and charts.
    pub content: BTreeMap<ItemKey, Identifier>,
    /// Link annotations.
    pub annotations: BTreeMap<ItemKey, Identifier>,
}

/// The tag tree of `layout`, in language `lang`. Node 0 is the document: krilla adds the
/// document element itself, so its children go straight into the tree.
pub(super) fn tree(layout: &Layout, ids: Ids, lang: &str) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    let mut builder = Builder {
        layout,
        ids,
        visited: BTreeSet::from([0]),
    };
    if let Some(root) = layout.nodes.first() {
        for child in &root.children {
            if let Some(node) = builder.child(*child) {
                tree.push(node);
            }
        }
    }
    // Every identifier needs a parent. The walk above places all of them; should the layout
    // ever refer to one in a way it does not reach, it still gets the document as its parent
    // rather than making krilla panic.
    let Ids {
        content,
        annotations,
    } = builder.ids;
    for id in content.into_values().chain(annotations.into_values()) {
        tree.push(id);
    }
    tree
}

struct Builder<'a> {
    layout: &'a Layout,
    ids: Ids,
    /// Nodes already placed: a node never appears twice.
    visited: BTreeSet<NodeId>,
}

impl Builder<'_> {
    /// A child in the tree, or `None` if it holds nothing drawn (krilla would drop an empty
    /// group anyway).
    fn child(&mut self, child: Child) -> Option<Node> {
        match child {
            Child::Node(id) => self.group(id).map(Node::from),
            Child::Content(page, item) => self.ids.content.remove(&(page, item)).map(Node::from),
            Child::Annotation(page, item) => {
                self.ids.annotations.remove(&(page, item)).map(Node::from)
            }
        }
    }

    fn group(&mut self, id: NodeId) -> Option<TagGroup> {
        if !self.visited.insert(id) {
            return None;
        }
        let node = self.layout.nodes.get(id)?;
        let mut group = TagGroup::new(self.tag(&node.kind, &node.children));
        for child in &node.children {
            if let Some(child) = self.child(*child) {
                group.push(child);
            }
        }
        (!group.children.is_empty()).then_some(group)
    }

    fn tag(&self, kind: &NodeKind, children: &[Child]) -> TagKind {
        match kind {
            // Only node 0 is the document, and krilla writes that element itself.
            NodeKind::Document => Tag::Div.into(),
            NodeKind::Heading { level, text } => {
                // A heading set on two lines (the cover's title and period) is one title.
                let title = text.trim().replace('\n', " ");
                if title.is_empty() {
                    // PDF/UA requires a heading's title; a blank heading reads as a paragraph.
                    Tag::P.into()
                } else {
                    let level = NonZeroU16::new(u16::from(*level)).unwrap_or(NonZeroU16::MIN);
                    Tag::Hn(level, Some(title)).into()
                }
            }
            NodeKind::Paragraph => Tag::P.into(),
            NodeKind::List => Tag::L(ListNumbering::Disc).into(),
            NodeKind::ListItem => Tag::LI.into(),
            NodeKind::Label => Tag::Lbl.into(),
            NodeKind::ListBody => Tag::LBody.into(),
            NodeKind::Table => Tag::Table.into(),
            NodeKind::Row => Tag::TR.into(),
            NodeKind::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
            NodeKind::Cell => Tag::TD.into(),
            NodeKind::Figure(alt) => {
                // What a screen reader hears for a figure whose text alternative is blank.
                let alt = if alt.trim().is_empty() {
                    crate::tr!("report-chart-fallback")
                } else {
                    alt.clone()
                };
                Tag::Figure(Some(alt))
                    .with_bbox(self.chart_box(children))
                    .into()
            }
            NodeKind::Contents => Tag::TOC.into(),
            NodeKind::ContentsEntry => Tag::TOCI.into(),
            NodeKind::Link { .. } => Tag::Link.into(),
            // A part in another language: a screen reader switches voice for it.
            NodeKind::Part(lang) => TagKind::from(Tag::Div).with_lang(Some(lang.clone())),
            NodeKind::Span(lang) => TagKind::from(Tag::Span).with_lang(Some(lang.clone())),
        }
    }

    /// Where a figure's chart sits: the chart's band across the text width, labels included.
    fn chart_box(&self, children: &[Child]) -> Option<BBox> {
        children.iter().find_map(|child| {
            let Child::Content(page, item) = *child else {
                return None;
            };
            let Some(Item::Chart { rect, .. }) = self.layout.pages.get(page)?.items.get(item)
            else {
                return None;
            };
            let area = Rect::from_xywh(MARGIN_X, rect.1, CONTENT_WIDTH, rect.2)?;
            Some(BBox::new(page, area))
        })
    }
}
