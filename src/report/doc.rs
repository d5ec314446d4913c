//! The report's content as data: what the PDF says, in order, before any page is laid out.
//! Pure: built from the framework, the assessment, its scores and an export date passed in,
//! so tests can read every number and string the report will print.

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Emphasis, labels.
    Bold,
    /// Notes, "not yet rated".
    Italic,
}

/// A piece of text in one style, possibly a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Its style.
    pub weight: Weight,
    /// A link the run opens (http, https or mailto only), with its alternative text.
    pub link: Option<Link>,
}

/// A clickable link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The address; only http, https and mailto are ever made clickable.
    pub url: String,
    /// What a screen reader says for it.
    pub alt: String,
}

impl Run {
    /// Regular text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Regular,
            link: None,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Bold,
            link: None,
        }
    }

    /// Italic text.
    pub fn italic(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Italic,
            link: None,
        }
    }
}

/// The size class of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextSize {
    /// Body text.
    Body,
    /// Smaller notes.
    Small,
    /// Large lead text (the cover).
    Large,
}

/// A table cell: one or more runs.
pub type Cell = Vec<Run>;

/// One axis of the radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartAxis {
    /// Short domain label.
    pub label: String,
    /// Maturity 1–6, or `None` when not yet rated (never drawn as zero).
    pub value: Option<f64>,
    /// The earlier assessment's maturity, when comparing with one (drawn dashed).
    pub earlier: Option<f64>,
}

/// One bar of the domain maturity bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Domain title.
    pub label: String,
    /// Maturity 1–6, or `None` when not yet rated.
    pub value: Option<f64>,
    /// The value in words, such as "3.3 Delivering (3 of 3 rated)".
    pub text: String,
}

/// A block of content.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading; `outline` puts it in the PDF's bookmarks at its level.
    Heading {
        /// 1–3.
        level: u8,
        /// The text.
        text: String,
        /// Whether it appears in the document outline.
        outline: bool,
    },
    /// A paragraph of runs.
    Paragraph {
        /// The runs, wrapped as one paragraph.
        runs: Vec<Run>,
        /// Its size.
        size: TextSize,
    },
    /// A bulleted list; each item is a paragraph of runs.
    List {
        /// The items.
        items: Vec<Vec<Run>>,
    },
    /// A table whose header repeats on every page it runs onto.
    Table {
        /// Column headings.
        header: Vec<String>,
        /// Relative column widths (any positive numbers; they are scaled to the page).
        widths: Vec<f32>,
        /// The rows.
        rows: Vec<Vec<Cell>>,
    },
    /// The radar chart of domain maturity, with its text alternative.
    Radar {
        /// One axis per domain, in framework order.
        axes: Vec<ChartAxis>,
        /// What a screen reader says: every score in words.
        alt: String,
    },
    /// Horizontal bars of domain maturity, with the values as text beside them.
    Bars {
        /// One bar per domain.
        bars: Vec<Bar>,
    },
    /// Vertical space, in points.
    Space(f32),
    /// Start a new page.
    PageBreak,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportDoc {
    /// Document title (metadata, viewer title bar, running header).
    pub title: String,
    /// Author metadata: the institution.
    pub author: String,
    /// Subject metadata.
    pub subject: String,
    /// The cover page's blocks (no running header or footer there).
    pub cover: Vec<Block>,
    /// Every page after the cover.
    pub body: Vec<Block>,
}

impl ReportDoc {
    /// Every block, cover first.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.cover.iter().chain(&self.body)
    }

    /// All text of the report in order, for tests and searching.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut push = |text: &str| {
            out.push_str(text);
            out.push('\n');
        };
        for block in self.blocks() {
            match block {
                Block::Heading { text, .. } => push(text),
                Block::Paragraph { runs, .. } => push(&runs_text(runs)),
                Block::List { items } => items.iter().for_each(|item| push(&runs_text(item))),
                Block::Table { header, rows, .. } => {
                    push(&header.join(" | "));
                    for row in rows {
                        push(
                            &row.iter()
                                .map(|cell| runs_text(cell))
                                .collect::<Vec<_>>()
                                .join(" | "),
                        );
                    }
                }
                Block::Radar { alt, .. } => push(alt),
                Block::Bars { bars } => bars
                    .iter()
                    .for_each(|bar| push(&format!("{} {}", bar.label, bar.text))),
                Block::Space(_) | Block::PageBreak => {}
            }
        }
        out
    }
}

/// The text of runs, joined.
pub fn runs_text(runs: &[Run]) -> String {
    runs.iter().map(|run| run.text.as_str()).collect()
}
