//! Tables and the domain maturity bars. A table's header row repeats (as an artifact) on every
//! page it continues onto; a row too tall for a page is split between pages line by line.

use super::text::{Piece, wrap};
use super::{
    BOTTOM, CONTENT_WIDTH, Engine, Ink, Item, MARGIN_X, NodeId, NodeKind, TOP, TableKey,
    line_height,
};
use crate::report::doc::{Bar, Cell, Run, Weight};

/// Font size of table text.
const SIZE: f32 = 8.5;
/// The widest a column may be made to keep its cells on one line when its share is narrower.
const SHORT_COLUMN: f32 = CONTENT_WIDTH * 0.36;
/// The least a column of wrapping text (an action's description) keeps beside such columns.
const WRAPPING_COLUMN: f32 = 140.0;
/// Padding inside a cell.
const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 2.0;

/// The bars' height: a header row and a row per bar.
pub(super) fn bars_height(bars: usize) -> f32 {
    (line_height(SIZE) + 2.0 * PAD_Y) * (bars as f32 + 1.0)
}

/// The columns' left edges, from their widths.
fn edges(widths: &[f32]) -> Vec<(f32, f32)> {
    widths
        .iter()
        .scan(MARGIN_X, |x, &width| {
            let column = (*x, width);
            *x += width;
            Some(column)
        })
        .collect()
}

/// The width of a cell that is never broken: its widest line when it breaks only where its
/// text says so.
fn one_line(measure: &dyn super::Measure, cell: &[Run]) -> f32 {
    wrap(measure, cell, SIZE, f32::INFINITY)
        .iter()
        .filter_map(|line| line.last().map(|piece| piece.x + piece.width))
        .fold(0.0, f32::max)
}

/// Column widths from each column's widest cell on one line (`natural`), its longest word
/// (`least`) and the relative `widths` the content asks for: see [`Engine::columns`].
fn fit(natural: &[f32], least: &[f32], widths: &[f32]) -> Vec<f32> {
    let relative: Vec<f32> = widths.iter().map(|w| w.max(f32::EPSILON)).collect();
    let count = relative.len();
    let natural = |i: usize| natural.get(i).copied().unwrap_or_default();
    let least = |i: usize| least.get(i).copied().unwrap_or_default();
    let taken = |fitted: &[bool]| (0..count).filter(|&i| fitted[i]).map(natural).sum::<f32>();
    let share = |fitted: &[bool]| {
        (0..count)
            .filter(|&i| !fitted[i])
            .map(|i| relative[i])
            .sum::<f32>()
    };
    let mut fitted = vec![false; count];
    // The columns that fit on one line within their share, until no more do.
    loop {
        let (free, share) = (CONTENT_WIDTH - taken(&fitted), share(&fitted));
        let fits: Vec<usize> = (0..count)
            .filter(|&i| !fitted[i] && natural(i) <= free * relative[i] / share)
            .collect();
        if fits.is_empty() {
            break;
        }
        for i in fits {
            fitted[i] = true;
        }
    }
    // A short column (a name, a date, a status) too wide for its share still fits on one
    // line when the columns left keep room enough to wrap in: a name never breaks inside.
    let mut by_width: Vec<usize> = (0..count).collect();
    by_width.sort_by(|&a, &b| natural(a).total_cmp(&natural(b)));
    for i in by_width {
        let others: f32 = (0..count)
            .filter(|&j| j != i && !fitted[j])
            .map(|j| least(j).max(WRAPPING_COLUMN))
            .sum();
        if !fitted[i]
            && natural(i) <= SHORT_COLUMN
            && taken(&fitted) + natural(i) + others <= CONTENT_WIDTH
        {
            fitted[i] = true;
        }
    }
    let free = CONTENT_WIDTH - taken(&fitted);
    if fitted.iter().all(|&f| f) {
        // Every column fits: the room to spare goes by the relative widths.
        let total: f32 = relative.iter().sum();
        return (0..count)
            .map(|i| natural(i) + free * relative[i] / total)
            .collect();
    }
    let share = share(&fitted);
    let mut out: Vec<f32> = (0..count)
        .map(|i| {
            if fitted[i] {
                natural(i)
            } else {
                free * relative[i] / share
            }
        })
        .collect();
    // A wrapping column narrower than its longest word takes the room from the widest one.
    for i in 0..count {
        let short = least(i) - out[i];
        if fitted[i] || short <= 0.0 {
            continue;
        }
        let widest = (0..count)
            .filter(|&j| j != i && !fitted[j])
            .max_by(|&a, &b| out[a].total_cmp(&out[b]));
        if let Some(widest) = widest {
            let give = short.min((out[widest] - least(widest)).max(0.0));
            out[widest] -= give;
            out[i] += give;
        }
    }
    out
}

/// A cell's wrapped lines, with the runs they come from.
struct Wrapped<'a> {
    runs: &'a [Run],
    lines: Vec<Vec<Piece>>,
}

impl<'m> Engine<'m> {
    /// The columns' left edges and widths, sized to their content: a column whose every cell
    /// fits on one line within its share of the width (owners' names, dates, "In progress") is
    /// made just wide enough for them, so that they never break inside; the other columns
    /// share what is left by their relative `widths`, each at least as wide as its longest
    /// word. When every column fits, the room to spare is shared by `widths`.
    ///
    /// Looking ahead asks for a table's columns before it is placed (how much of it must
    /// share a page with its heading), so they are worked out once per table and kept, by the
    /// address of the document's header, relative widths and rows (see [`Engine::line_count`]).
    fn columns(
        &self,
        header: &'m [String],
        widths: &'m [f32],
        rows: &'m [Vec<Cell>],
    ) -> Vec<(f32, f32)> {
        let key = TableKey::new(header, widths, rows);
        if let Some(columns) = self.columns.borrow().get(&key) {
            return columns.clone();
        }
        let columns = self.columns_of(header, widths, rows);
        self.columns.borrow_mut().insert(key, columns.clone());
        columns
    }

    fn columns_of(&self, header: &[String], widths: &[f32], rows: &[Vec<Cell>]) -> Vec<(f32, f32)> {
        let count = widths.len();
        let mut natural = vec![0.0_f32; count];
        let mut least = vec![0.0_f32; count];
        for (column, name) in header.iter().enumerate() {
            // A heading may wrap at its spaces; its words may not.
            let word = name
                .split_whitespace()
                .map(|w| self.measure.width(Weight::Bold, SIZE, w))
                .fold(0.0, f32::max);
            if let Some(least) = least.get_mut(column) {
                *least = least.max(word + 2.0 * PAD_X);
            }
            if let Some(natural) = natural.get_mut(column) {
                *natural = natural.max(word + 2.0 * PAD_X);
            }
        }
        for row in rows {
            for (column, cell) in row.iter().enumerate() {
                let (Some(natural), Some(least)) = (natural.get_mut(column), least.get_mut(column))
                else {
                    continue;
                };
                *natural = natural.max(one_line(self.measure, cell) + 2.0 * PAD_X + 0.5);
                let word = cell
                    .iter()
                    .flat_map(|run| {
                        run.text
                            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
                            .map(|word| self.measure.width(run.weight, SIZE, word))
                    })
                    .fold(0.0, f32::max);
                *least = least.max(word + 2.0 * PAD_X);
            }
        }
        edges(&fit(&natural, &least, widths))
    }

    pub(super) fn table(&mut self, header: &'m [String], widths: &'m [f32], rows: &'m [Vec<Cell>]) {
        let columns = self.columns(header, widths, rows);
        // Wrapped once, drawn on every page the table reaches.
        let header = self.header_lines(header, &columns);
        let header_height = height_of(header.iter().map(Vec::len));
        // A header alone at the foot of a page helps nobody, nor one row: keep it with the
        // first two rows.
        self.ensure(self.table_start_with(header_height, &columns, rows));
        let table = self.node(self.root, NodeKind::Table);
        self.header_row(Some(table), &header, &columns, header_height);
        let mut on_page = 0;
        for (index, row) in rows.iter().enumerate() {
            let tr = self.node(table, NodeKind::Row);
            let cells: Vec<NodeId> = row.iter().map(|_| self.node(tr, NodeKind::Cell)).collect();
            let wrapped: Vec<Wrapped<'_>> = row
                .iter()
                .zip(&columns)
                .map(|(runs, (_, width))| Wrapped {
                    runs,
                    // Wrapped already if looking ahead measured the row.
                    lines: self
                        .take_wrapped(runs, SIZE, width - 2.0 * PAD_X)
                        .unwrap_or_else(|| wrap(self.measure, runs, SIZE, width - 2.0 * PAD_X)),
                })
                .collect();
            let height = height_of(wrapped.iter().map(|cell| cell.lines.len()));
            // The last row never goes over alone: when it will not fit after this one, this
            // one goes over with it (if two rows stay behind).
            let last_alone = index + 2 == rows.len()
                && on_page >= 2
                && height <= self.remaining()
                && rows.last().is_some_and(|last| {
                    height + self.row_height(last, &columns) > self.remaining()
                });
            if last_alone
                || height > self.remaining()
                    && (height <= BOTTOM - TOP - header_height
                        || self.remaining() < 3.0 * line_height(SIZE))
            {
                self.new_page();
                self.header_row(None, &header, &columns, header_height);
                on_page = 0;
            }
            self.place_row(&cells, &wrapped, &columns, &header, header_height);
            on_page += 1;
        }
        self.y += 8.0;
    }

    /// The height of a table's header and first two rows (or the first, if taller than a page
    /// with the header).
    pub(super) fn table_start(
        &self,
        header: &'m [String],
        widths: &'m [f32],
        rows: &'m [Vec<Cell>],
    ) -> f32 {
        let columns = self.columns(header, widths, rows);
        let header = self.header_lines(header, &columns);
        self.table_start_with(height_of(header.iter().map(Vec::len)), &columns, rows)
    }

    fn table_start_with(
        &self,
        header_height: f32,
        columns: &[(f32, f32)],
        rows: &'m [Vec<Cell>],
    ) -> f32 {
        let start: f32 = rows
            .iter()
            .take(2)
            .map(|row| self.row_height(row, columns))
            .sum();
        header_height + start.min(BOTTOM - TOP - header_height)
    }

    /// Height of a row: its tallest cell. The cells' lines are kept for placing the row.
    fn row_height(&self, row: &'m [Cell], columns: &[(f32, f32)]) -> f32 {
        height_of(
            row.iter()
                .zip(columns)
                .map(|(runs, (_, width))| self.line_count(runs, SIZE, width - 2.0 * PAD_X)),
        )
    }

    /// The header row: tagged the first time, an artifact when repeated on a later page.
    fn header_row(
        &mut self,
        table: Option<NodeId>,
        header: &[Vec<Vec<Piece>>],
        columns: &[(f32, f32)],
        height: f32,
    ) {
        self.draw(Item::Rect {
            rect: (MARGIN_X, self.y, CONTENT_WIDTH, height),
            ink: Ink::Shade,
        });
        let row = table.map(|table| self.node(table, NodeKind::Row));
        for (lines, (x, _)) in header.iter().zip(columns) {
            let cell = row.map(|row| self.node(row, NodeKind::HeaderCell));
            let mut y = self.y + PAD_Y;
            for line in lines {
                for piece in line {
                    self.draw(Item::Text {
                        node: cell,
                        x: x + PAD_X + piece.x,
                        y: y + SIZE * 1.02,
                        size: SIZE,
                        weight: Weight::Bold,
                        ink: Ink::Text,
                        text: piece.text.clone(),
                    });
                }
                y += line_height(SIZE);
            }
        }
        self.y += height;
    }

    /// The header's names wrapped to their columns, in bold.
    fn header_lines(&self, names: &[String], columns: &[(f32, f32)]) -> Vec<Vec<Vec<Piece>>> {
        names
            .iter()
            .zip(columns)
            .map(|(name, (_, width))| {
                wrap(
                    self.measure,
                    &[Run::bold(name.clone())],
                    SIZE,
                    width - 2.0 * PAD_X,
                )
            })
            .collect()
    }

    /// Places a row's lines, continuing on new pages (with the header) when it runs out of room.
    fn place_row(
        &mut self,
        cells: &[NodeId],
        wrapped: &[Wrapped<'_>],
        columns: &[(f32, f32)],
        header: &[Vec<Vec<Piece>>],
        header_height: f32,
    ) {
        let total_lines = wrapped
            .iter()
            .map(|w| w.lines.len())
            .max()
            .unwrap_or(1)
            .max(1);
        let mut done = 0;
        while done < total_lines {
            let room = ((self.remaining() - 2.0 * PAD_Y) / line_height(SIZE))
                .floor()
                .max(1.0) as usize;
            let take = room.min(total_lines - done);
            let top = self.y;
            for ((cell, w), (x, _)) in cells.iter().zip(wrapped).zip(columns) {
                let mut spans: Vec<Option<NodeId>> = vec![None; w.runs.len()];
                for (offset, line) in w.lines.iter().skip(done).take(take).enumerate() {
                    for piece in line {
                        let run = w.runs.get(piece.run);
                        let weight = run.map_or(Weight::Regular, |r| r.weight);
                        // Text in another language sits in a span marked so.
                        let node = match run.and_then(|r| r.lang.as_deref()) {
                            Some(lang) => self.span_node(*cell, lang, spans.get_mut(piece.run)),
                            None => *cell,
                        };
                        self.draw(Item::Text {
                            node: Some(node),
                            x: x + PAD_X + piece.x,
                            y: top + PAD_Y + offset as f32 * line_height(SIZE) + SIZE * 1.02,
                            size: SIZE,
                            weight,
                            ink: Ink::Text,
                            text: piece.text.clone(),
                        });
                    }
                }
            }
            done += take;
            self.y = top + take as f32 * line_height(SIZE) + 2.0 * PAD_Y;
            self.draw(Item::Line {
                from: (MARGIN_X, self.y),
                to: (MARGIN_X + CONTENT_WIDTH, self.y),
                width: 0.4,
                ink: Ink::Rule,
            });
            if done < total_lines {
                self.new_page();
                self.header_row(None, header, columns, header_height);
            }
        }
    }

    /// The domain maturity bars: a two-column table whose second column holds a bar (an
    /// artifact) and the value in words.
    pub(super) fn bars(&mut self, bars: &[Bar], change_header: Option<&str>) {
        let row_height = line_height(SIZE) + 2.0 * PAD_Y;
        let label_width = 180.0;
        let bar_width = 104.0;
        let change_width = if change_header.is_some() { 84.0 } else { 0.0 };
        let mut columns = vec![
            (MARGIN_X, label_width),
            (
                MARGIN_X + label_width,
                CONTENT_WIDTH - label_width - change_width,
            ),
        ];
        let mut names = vec![
            crate::tr!("pdf-bars-domain"),
            crate::tr!("pdf-bars-maturity"),
        ];
        if let Some(change_header) = change_header {
            columns.push((MARGIN_X + CONTENT_WIDTH - change_width, change_width));
            names.push(change_header.to_owned());
        }
        let header = self.header_lines(&names, &columns);
        self.ensure(bars_height(bars.len()));
        let table = self.node(self.root, NodeKind::Table);
        self.header_row(Some(table), &header, &columns, row_height);
        for bar in bars {
            let tr = self.node(table, NodeKind::Row);
            let label = self.node(tr, NodeKind::Cell);
            let value = self.node(tr, NodeKind::Cell);
            let change = change_header.map(|_| self.node(tr, NodeKind::Cell));
            let baseline = self.y + PAD_Y + SIZE * 1.02;
            let label_text = super::text::truncate(
                self.measure,
                &bar.label,
                Weight::Regular,
                SIZE,
                label_width - 2.0 * PAD_X,
            );
            self.draw(Item::Text {
                node: Some(label),
                x: MARGIN_X + PAD_X,
                y: baseline,
                size: SIZE,
                weight: Weight::Regular,
                ink: Ink::Text,
                text: label_text,
            });
            let bar_x = MARGIN_X + label_width + PAD_X;
            let bar_top = self.y + PAD_Y + 2.0;
            let bar_height = SIZE * 0.9;
            self.draw(Item::Rect {
                rect: (bar_x, bar_top, bar_width, bar_height),
                ink: Ink::Shade,
            });
            if let Some(v) = bar.value {
                #[expect(clippy::cast_possible_truncation, reason = "a bar width in points")]
                let filled = bar_width * (v / 6.0).clamp(0.0, 1.0) as f32;
                self.draw(Item::Rect {
                    rect: (bar_x, bar_top, filled, bar_height),
                    ink: Ink::Accent,
                });
            }
            self.draw(Item::Text {
                node: Some(value),
                x: bar_x + bar_width + 8.0,
                y: baseline,
                size: SIZE,
                weight: if bar.value.is_some() {
                    Weight::Regular
                } else {
                    Weight::Italic
                },
                ink: Ink::Text,
                text: bar.text.clone(),
            });
            if let (Some(node), Some((x, width))) = (change, columns.get(2)) {
                let none = crate::tr!("pdf-bars-no-change");
                let text = super::text::truncate(
                    self.measure,
                    bar.change.as_deref().unwrap_or(&none),
                    Weight::Regular,
                    SIZE,
                    width - 2.0 * PAD_X,
                );
                self.draw(Item::Text {
                    node: Some(node),
                    x: x + PAD_X,
                    y: baseline,
                    size: SIZE,
                    weight: Weight::Regular,
                    ink: Ink::Text,
                    text,
                });
            }
            self.y += row_height;
        }
        self.y += 8.0;
    }
}

/// Height of a row whose cells wrap to these numbers of lines: its tallest cell, at least one
/// line.
fn height_of(lines: impl Iterator<Item = usize>) -> f32 {
    let lines = lines.map(|n| n.max(1)).max().unwrap_or(1);
    lines as f32 * line_height(SIZE) + 2.0 * PAD_Y
}
