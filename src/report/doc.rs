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
    /// The text names a top-level section; the PDF adds its page number (", page 17"), which
    /// is known only once every page is laid out.
    pub page_ref: bool,
    /// The language of the text when it is not the one around it (a language tag): the
    /// user's words in a report worded in another language.
    pub lang: Option<String>,
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
            page_ref: false,
            lang: None,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Bold,
            link: None,
            page_ref: false,
            lang: None,
        }
    }

    /// Regular text that opens `link`.
    pub fn linked(text: impl Into<String>, link: Link) -> Self {
        Self::maybe_linked(text, Some(link))
    }

    /// Regular text, a link when `link` is given (every link looks the same: accent colour,
    /// underlined, never bold).
    pub fn maybe_linked(text: impl Into<String>, link: Option<Link>) -> Self {
        Self {
            link,
            ..Self::plain(text)
        }
    }

    /// The name of a top-level section, followed in the PDF by its page number.
    pub fn section_ref(title: impl Into<String>) -> Self {
        Self {
            page_ref: true,
            ..Self::plain(title)
        }
    }

    /// The same text, marked as in `lang` when given.
    #[must_use]
    pub fn in_language(mut self, lang: Option<&str>) -> Self {
        self.lang = lang.map(str::to_owned);
        self
    }

    /// Italic text.
    pub fn italic(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Italic,
            link: None,
            page_ref: false,
            lang: None,
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

/// One bar of the domain maturity bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Domain title.
    pub label: String,
    /// Maturity 1–6, or `None` when not yet rated.
    pub value: Option<f64>,
    /// The value in words, such as "3.3 (Delivering)".
    pub text: String,
    /// The change since an earlier assessment in words ("+0.6"), in a compared report.
    pub change: Option<String>,
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
    /// The radar chart: its axes, its shape and its text alternative, as the app's.
    Radar(crate::scoring::radar::Radar),
    /// Horizontal bars of domain maturity, with the values as text beside them.
    Bars {
        /// One bar per domain.
        bars: Vec<Bar>,
        /// The change column's heading ("Since 2025–26"), in a compared report.
        change_header: Option<String>,
    },
    /// Blocks whose running text takes the page's full width rather than the measure of
    /// body text: the summary's figures, read at a glance rather than line by line.
    Wide(Vec<Block>),
    /// Versions of the same content, fullest first: the PDF uses the first that fits on what
    /// is left of the page (the last when none does); Markdown, with no pages, the first.
    FirstThatFits(Vec<Vec<Block>>),
    /// A printed table of contents: each top-level section with the page it starts on.
    Contents {
        /// The sections' headings, in order, as their level-1 headings spell them.
        entries: Vec<String>,
    },
    /// Blocks in another language than the text around them (a language tag, "en-GB"): the
    /// PDF marks them so a screen reader switches voice; elsewhere they read as the blocks.
    Part {
        /// The language of the blocks.
        lang: String,
        /// The blocks.
        blocks: Vec<Block>,
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
    /// The language the document is declared in, as a language tag ("en-GB").
    pub language: String,
    /// The languages of the page footer ("Page 3 of 30"), first the document's: a bilingual
    /// report numbers its pages in both.
    pub footers: Vec<crate::i18n::Lang>,
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
        for block in flatten(self.blocks()) {
            match block {
                Block::FirstThatFits(_)
                | Block::Wide(_)
                | Block::Part { .. }
                | Block::Space(_)
                | Block::PageBreak => {}
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
                Block::Radar(radar) => push(&radar.alt),
                Block::Bars { bars, .. } => bars.iter().for_each(|bar| match &bar.change {
                    Some(change) => push(&format!("{} {} {change}", bar.label, bar.text)),
                    None => push(&format!("{} {}", bar.label, bar.text)),
                }),
                Block::Contents { entries } => entries.iter().for_each(|entry| push(entry)),
            }
        }
        out
    }
}

/// `blocks` with those inside wide blocks and the fullest version of each
/// [`Block::FirstThatFits`] in their place, in order.
pub fn flatten<'a>(blocks: impl IntoIterator<Item = &'a Block>) -> Vec<&'a Block> {
    let mut stack: Vec<&Block> = blocks.into_iter().collect();
    stack.reverse();
    let mut out = Vec::new();
    while let Some(block) = stack.pop() {
        match block {
            Block::FirstThatFits(versions) => {
                stack.extend(versions.first().into_iter().flatten().rev());
            }
            Block::Wide(blocks) | Block::Part { blocks, .. } => stack.extend(blocks.iter().rev()),
            _ => out.push(block),
        }
    }
    out
}

/// The text of runs, joined.
pub fn runs_text(runs: &[Run]) -> String {
    runs.iter().map(|run| run.text.as_str()).collect()
}
