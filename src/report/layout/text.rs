//! Line breaking: runs of styled text wrapped greedily to a width, words never clipped; a word
//! wider than the line (a long URL) is broken after `/`, `-`, `.`, `?`, `&`, `=` or `_`, or, failing
//! that, between characters.

use super::Measure;
use crate::report::doc::{Run, Weight};

/// A piece of one line: text from one run, at `x` from the line's start.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// Index of the run it comes from.
    pub run: usize,
    /// Offset from the line's left edge.
    pub x: f32,
    /// Width of the text.
    pub width: f32,
    /// The text (no trailing space at the end of a line).
    pub text: String,
}

/// A space a line may break at: not a no-break space (which holds "page 17" together).
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// Splits text into words, each with the spaces that follow it.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let word_end = rest.find(breaks).unwrap_or(rest.len());
        let space_end = rest[word_end..]
            .find(|c: char| !breaks(c))
            .map_or(rest.len(), |i| word_end + i);
        let (token, tail) = rest.split_at(space_end);
        rest = tail;
        Some(token)
    })
}

/// Wraps `runs` to `width` at font `size`.
pub fn wrap(measure: &dyn Measure, runs: &[Run], size: f32, width: f32) -> Vec<Vec<Piece>> {
    let mut filler = Filler {
        measure,
        runs,
        size,
        width,
        lines: Vec::new(),
        line: Vec::new(),
        x: 0.0,
    };
    for (index, run) in runs.iter().enumerate() {
        // A line break inside a run ends the line (a list typed into a narrative stays a
        // list), as do the line and paragraph separators pasted from Word; tabs and carriage
        // returns are spaces. Paragraphs are separate blocks.
        let text = if run.text.contains(['\r', '\t']) {
            std::borrow::Cow::Owned(run.text.replace(['\r', '\t'], " "))
        } else {
            std::borrow::Cow::Borrowed(run.text.as_str())
        };
        for (part, segment) in text.split(['\n', '\u{2028}', '\u{2029}']).enumerate() {
            if part > 0 {
                filler.break_line(run.weight);
            }
            filler.fill(index, run.weight, segment);
        }
    }
    if !filler.line.is_empty() {
        let weight = runs.last().map_or(Weight::Regular, |r| r.weight);
        filler.break_line(weight);
    }
    filler.lines
}

/// The lines wrapped so far and the one being filled.
struct Filler<'a> {
    measure: &'a dyn Measure,
    runs: &'a [Run],
    size: f32,
    width: f32,
    lines: Vec<Vec<Piece>>,
    line: Vec<Piece>,
    x: f32,
}

impl Filler<'_> {
    /// Ends the line being filled and starts the next.
    fn break_line(&mut self, weight: Weight) {
        let line = std::mem::take(&mut self.line);
        self.lines.push(finish_line(
            self.measure,
            weight,
            self.size,
            line,
            self.runs,
        ));
        self.x = 0.0;
    }

    /// Adds text with no line breaks in it, from run `index`, wrapping at spaces.
    fn fill(&mut self, index: usize, weight: Weight, text: &str) {
        let (measure, size, width) = (self.measure, self.size, self.width);
        for token in tokens(text) {
            let mut token = token;
            let mut word = token.trim_end();
            // Where the word's last soft hyphen is, and how much of the token is already
            // placed: whether the rest still has one is then known without reading it again.
            let last_hyphen = word.rfind(SOFT_HYPHEN);
            let mut placed = 0;
            // The word's width when it fits a line at all; a word wider than a line is not
            // measured in full on every line it fills (see `width_within`).
            let mut word_width = width_within(measure, weight, size, word, width);
            // A word with soft hyphens that does not fit is broken at the last one that
            // leaves a part fitting the line, with a hyphen shown only there.
            while exceeds(self.x, word_width, width) && last_hyphen.is_some_and(|at| at >= placed) {
                match self.hyphenate(weight, word) {
                    Some((head, tail)) => {
                        let head_width = measure.width(weight, size, &head);
                        append(&mut self.line, index, &head, head_width, &mut self.x);
                        self.break_line(weight);
                        let used = word.len() - tail.len();
                        placed += used;
                        token = token.get(used..).unwrap_or_default();
                        word = token.trim_end();
                        word_width = width_within(measure, weight, size, word, width);
                    }
                    None if !self.line.is_empty() => self.break_line(weight),
                    None => break,
                }
            }
            // Punctuation that follows the run before with no space between ("page 4" then
            // ".") hangs at the line's end rather than starting the next line alone.
            let glued = self
                .line
                .last()
                .is_some_and(|piece| !piece.text.ends_with(breaks));
            let hangs = glued && !word.is_empty() && !word.chars().any(char::is_alphanumeric);
            if exceeds(self.x, word_width, width) && !self.line.is_empty() && !hangs {
                self.break_line(weight);
            }
            let Some(word_width) = word_width else {
                // Too long for any line: break it into pieces that fit.
                for chunk in split_long(measure, weight, size, word, width) {
                    if !self.line.is_empty() {
                        self.break_line(weight);
                    }
                    let chunk_width = measure.width(weight, size, &chunk);
                    self.line.push(Piece {
                        run: index,
                        x: 0.0,
                        width: chunk_width,
                        text: chunk,
                    });
                    self.x = chunk_width;
                }
                // Keep the spaces after it, if any.
                if token.len() > word.len() {
                    let spaces = &token[word.len()..];
                    let spaces_width = measure.width(weight, size, spaces);
                    append(&mut self.line, index, spaces, spaces_width, &mut self.x);
                }
                continue;
            };
            if self.line.is_empty() && word.is_empty() {
                // Leading spaces at the start of a line are dropped.
                continue;
            }
            let spaces = &token[word.len()..];
            let token_width = word_width + measure.width(weight, size, spaces);
            append(&mut self.line, index, token, token_width, &mut self.x);
        }
    }
}

/// Whether a word of `word_width` (`None`: wider than a line) placed at `x` passes `width`.
fn exceeds(x: f32, word_width: Option<f32>, width: f32) -> bool {
    word_width.is_none_or(|word_width| x + word_width > width)
}

/// The longest text, in bytes, that [`width_within`] measures whole at once: a few words.
const MEASURED_WHOLE: usize = 256;

/// The width of `text` when it is at most `limit`, or `None` when it is wider. Exact, as
/// `measure` gives it, but a text far wider than `limit` is read only a little beyond it:
/// widths add up and never shrink as text is added, so once a prefix is too wide the whole
/// is. A long word is then not measured in full on every line it fills.
fn width_within(
    measure: &dyn Measure,
    weight: Weight,
    size: f32,
    text: &str,
    limit: f32,
) -> Option<f32> {
    // A word of ordinary length is measured once. The walk below only pays for a word far
    // longer than a line (a pasted URL, a letter under thousands of marks), and measuring
    // every character on its own as well as the whole was most of the cost of line breaking.
    // The answer is the same: a prefix is never wider than the whole, so the walk only ever
    // gives `None` for a text whose whole is too wide.
    if text.len() <= MEASURED_WHOLE {
        let whole = measure.width(weight, size, text);
        return (whole <= limit).then_some(whole);
    }
    // Character by character, the sum only estimates the width (rounding differs); a margin
    // keeps the estimate from stopping short of a prefix that is truly too wide.
    let stop = limit * 1.01 + 1.0;
    let mut estimate = 0.0;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        estimate += measure.width(weight, size, &text[at..end]);
        if estimate > stop {
            if measure.width(weight, size, &text[..end]) > limit {
                return None;
            }
            break;
        }
    }
    let whole = measure.width(weight, size, text);
    (whole <= limit).then_some(whole)
}

impl Filler<'_> {
    /// Splits `word` at the last soft hyphen whose first part, with a hyphen, still fits on
    /// the line being filled: the part (soft hyphens gone, a hyphen added) and the rest.
    ///
    /// A part only grows with the soft hyphen it ends at, so the parts that fit come first:
    /// the last one is found near a guess from widths added up character by character, then
    /// settled with exact widths, reading about a line of the word rather than all of it.
    fn hyphenate<'w>(&self, weight: Weight, word: &'w str) -> Option<(String, &'w str)> {
        let room = self.width - self.x;
        let head = |at: usize| {
            let mut head: String = word[..at].chars().filter(|&c| c != SOFT_HYPHEN).collect();
            head.push('-');
            head
        };
        let fits = |head: &str| self.measure.width(weight, self.size, head) <= room;
        let split = |at: usize, head: String| (head, &word[at + SOFT_HYPHEN.len_utf8()..]);
        let next_after = |at: usize| {
            let from = at + SOFT_HYPHEN.len_utf8();
            word[from..].find(SOFT_HYPHEN).map(|i| from + i)
        };
        let guess = self.guess_hyphen(weight, word, room)?;
        let guessed = head(guess);
        if fits(&guessed) {
            // Forward while the next part still fits.
            let (mut at, mut best) = (guess, guessed);
            while let Some(next) = next_after(at) {
                let longer = head(next);
                if !fits(&longer) {
                    break;
                }
                (at, best) = (next, longer);
            }
            Some(split(at, best))
        } else {
            // Back until a part fits, if one does.
            let mut before = word[..guess].rfind(SOFT_HYPHEN);
            while let Some(at) = before {
                let shorter = head(at);
                if fits(&shorter) {
                    return Some(split(at, shorter));
                }
                before = word[..at].rfind(SOFT_HYPHEN);
            }
            None
        }
    }

    /// The soft hyphen in `word` whose part, by widths added up character by character, is
    /// the last to fit `room`; else the first soft hyphen; `None` when there is none.
    fn guess_hyphen(&self, weight: Weight, word: &str, room: f32) -> Option<usize> {
        let (measure, size) = (self.measure, self.size);
        let hyphen = measure.width(weight, size, "-");
        let stop = room * 1.01 + 1.0;
        let mut estimate = 0.0;
        let mut guess = None;
        for (at, c) in word.char_indices() {
            if c == SOFT_HYPHEN {
                if estimate + hyphen <= room {
                    guess = Some(at);
                } else {
                    break;
                }
            } else {
                estimate += measure.width(weight, size, &word[at..at + c.len_utf8()]);
                if estimate > stop {
                    break;
                }
            }
        }
        guess.or_else(|| word.find(SOFT_HYPHEN))
    }
}

/// A soft hyphen: where a word may break, shown as a hyphen only at a line's end.
const SOFT_HYPHEN: char = '\u{00AD}';

/// Adds text to the line, joining the last piece when it is from the same run.
fn append(line: &mut Vec<Piece>, run: usize, text: &str, width: f32, x: &mut f32) {
    match line.last_mut() {
        Some(last) if last.run == run => {
            last.text.push_str(text);
            last.width += width;
        }
        _ => line.push(Piece {
            run,
            x: *x,
            width,
            text: text.to_owned(),
        }),
    }
    *x += width;
}

/// Trims the line's trailing spaces and measures its pieces exactly.
fn finish_line(
    measure: &dyn Measure,
    _weight: Weight,
    size: f32,
    mut line: Vec<Piece>,
    runs: &[Run],
) -> Vec<Piece> {
    // A line that broke at a space keeps one, invisible at the end, so text read aloud or
    // copied from the PDF keeps its word boundaries; a word split mid-way gets none.
    if let Some(last) = line.last_mut() {
        let broke_at_space = last.text.ends_with(char::is_whitespace);
        let trimmed = last.text.trim_end().len();
        last.text.truncate(trimmed);
        if broke_at_space && !last.text.is_empty() {
            last.text.push(' ');
        }
    }
    line.retain(|piece| !piece.text.trim().is_empty());
    let count = line.len();
    let mut x = 0.0;
    for (index, piece) in line.iter_mut().enumerate() {
        let weight = runs.get(piece.run).map_or(Weight::Regular, |r| r.weight);
        piece.x = x;
        // Spaces after a piece take room before the next one; the last piece's trailing space
        // takes none.
        let measured = if index + 1 == count {
            piece.text.trim_end()
        } else {
            piece.text.as_str()
        };
        piece.width = measure.width(weight, size, measured);
        x += piece.width;
    }
    line
}

/// Splits a word too wide for a line into chunks that fit, preferring breaks after URL
/// punctuation.
fn split_long(
    measure: &dyn Measure,
    weight: Weight,
    size: f32,
    word: &str,
    width: f32,
) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut rest = word;
    while !rest.is_empty() {
        // The longest prefix that fits, in characters.
        // Widths add up, so the prefix is measured one character at a time: linear, not
        // quadratic, in the word's length.
        let mut fit = 0;
        let mut used = 0.0;
        for (i, c) in rest.char_indices() {
            let end = i + c.len_utf8();
            used += measure.width(weight, size, &rest[i..end]);
            if used > width {
                break;
            }
            fit = end;
        }
        if fit == 0 {
            // Not even one character fits: take one anyway, so the loop always advances.
            fit = rest.chars().next().map_or(rest.len(), char::len_utf8);
        } else if fit < rest.len() {
            // Prefer breaking after punctuation in the last part of the chunk.
            if let Some(pos) = rest[..fit]
                .rfind(['/', '-', '.', '?', '&', '=', '_'])
                .filter(|&p| p + 1 > fit / 2)
            {
                fit = pos + 1;
            }
        }
        let (chunk, tail) = rest.split_at(fit);
        chunks.push(chunk.to_owned());
        rest = tail;
    }
    chunks
}

/// `text` shortened with an ellipsis to fit `width`.
pub fn truncate(
    measure: &dyn Measure,
    text: &str,
    weight: Weight,
    size: f32,
    width: f32,
) -> String {
    if measure.width(weight, size, text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if measure.width(weight, size, &format!("{out}…")) > width {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
#[expect(
    clippy::float_cmp,
    reason = "the test measure gives exact multiples of 5"
)]
mod tests {
    use super::*;

    /// Every character is 5 points wide at any size.
    struct Mono;
    impl Measure for Mono {
        fn width(&self, _weight: Weight, _size: f32, text: &str) -> f32 {
            5.0 * text.chars().count() as f32
        }
    }

    fn texts(lines: &[Vec<Piece>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect::<String>())
            .collect()
    }

    #[test]
    fn punctuation_after_a_run_hangs_rather_than_starting_a_line() {
        let measure = Mono;
        let runs = vec![
            Run::plain("listed in About this assessment, page 4"),
            Run::plain("."),
        ];
        let width = measure.width(
            Weight::Regular,
            10.0,
            "listed in About this assessment, page 4",
        );
        let lines = texts(&wrap(&measure, &runs, 10.0, width));
        assert!(lines.iter().all(|line| !line.starts_with('.')), "{lines:?}");
        assert!(
            lines.last().is_some_and(|line| line.ends_with("4.")),
            "{lines:?}"
        );
    }

    #[test]
    fn wraps_words_without_clipping() {
        let lines = wrap(&Mono, &[Run::plain("aaa bbb ccc ddd")], 10.0, 40.0);
        assert_eq!(
            texts(&lines),
            ["aaa bbb ", "ccc ddd"],
            "a line broken at a space keeps one"
        );
        for line in &lines {
            assert!(line.iter().map(|p| p.x + p.width).fold(0.0, f32::max) <= 40.0);
        }
    }

    #[test]
    fn a_line_break_ends_the_line() {
        let lines = wrap(
            &Mono,
            &[Run::plain("- first item\n- second item")],
            10.0,
            400.0,
        );
        assert_eq!(texts(&lines), ["- first item", "- second item"]);
    }

    #[test]
    fn long_urls_break_after_punctuation() {
        let url = "https://example.org/a/very/long/path";
        let lines = wrap(&Mono, &[Run::plain(url)], 10.0, 100.0);
        let all = texts(&lines);
        assert_eq!(
            all.concat(),
            url,
            "nothing lost, and no space added inside the word"
        );
        assert!(all.iter().all(|l| l.chars().count() <= 20), "{all:?}");
        assert!(all[0].ends_with('/'), "{all:?}");
    }

    #[test]
    fn runs_keep_their_style_and_position() {
        let lines = wrap(
            &Mono,
            &[Run::bold("Title"), Run::plain(" — a note")],
            10.0,
            200.0,
        );
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0][0].text, "Title");
        assert_eq!(lines[0][1].x, 25.0);
        assert_eq!(lines[0][1].text, " — a note");
    }

    #[test]
    fn soft_hyphens_break_words_with_a_hyphen_only_at_the_line_end() {
        let shy = "\u{00AD}";
        let text = format!("aa cyd{shy}weith{shy}redol bb");
        let lines = wrap(&Mono, &[Run::plain(&text)], 10.0, 60.0);
        assert_eq!(texts(&lines), ["aa cydweith-", "redol bb"]);
        let lines = wrap(&Mono, &[Run::plain(&text)], 10.0, 40.0);
        assert_eq!(texts(&lines), ["aa cyd-", "weith-", "redol bb"]);
        // Where it fits, the word stays whole and its soft hyphens are not drawn.
        let lines = wrap(&Mono, &[Run::plain(&text)], 10.0, 400.0);
        assert_eq!(texts(&lines), std::slice::from_ref(&text));
    }

    /// The rule for one word that starts a line, as it always read: while the rest does not
    /// fit, break at the last soft hyphen whose part, with a hyphen, fits. (Every part here
    /// fits a line with its hyphen, so nothing is split between characters.)
    fn hyphenated_by_the_rule(word: &str, width: u16) -> Vec<String> {
        let fits = |text: &str| text.chars().count() * 5 <= usize::from(width);
        let mut lines = Vec::new();
        let mut rest = word.to_owned();
        while !fits(&rest) {
            let (head, tail) = rest
                .match_indices(SOFT_HYPHEN)
                .map(|(at, _)| at)
                .rev()
                .find_map(|at| {
                    let head: String = rest[..at].chars().filter(|&c| c != SOFT_HYPHEN).collect();
                    let head = head + "-";
                    fits(&head).then(|| (head, rest[at + SOFT_HYPHEN.len_utf8()..].to_owned()))
                })
                .unwrap();
            lines.push(head);
            rest = tail;
        }
        // The last part keeps its soft hyphens, not drawn.
        lines.push(rest);
        lines
    }

    #[test]
    fn long_soft_hyphenated_words_break_where_the_rule_says() {
        // Parts of uneven lengths, the longest (7 letters and a hyphen) as wide as the
        // narrowest line.
        let lengths = [3, 1, 7, 2, 6, 4, 4, 5, 1, 1, 6, 2, 7, 7];
        let word: String = (0..150)
            .map(|i| "x".repeat(lengths[i % lengths.len()]))
            .collect::<Vec<_>>()
            .join("\u{00AD}");
        for width in [40_u16, 45, 60, 100, 155, 200] {
            let expected = hyphenated_by_the_rule(&word, width);
            assert!(expected.len() > 10, "width {width}");
            let lines = texts(&wrap(&Mono, &[Run::plain(&word)], 10.0, f32::from(width)));
            assert_eq!(lines, expected, "width {width}");
        }
    }

    #[test]
    fn line_and_paragraph_separators_break_lines() {
        let lines = wrap(
            &Mono,
            &[Run::plain("one\u{2028}two\u{2029}three")],
            10.0,
            400.0,
        );
        assert_eq!(texts(&lines), ["one", "two", "three"]);
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(
            truncate(&Mono, "abcdefgh", Weight::Regular, 10.0, 25.0),
            "abcd…"
        );
        assert_eq!(truncate(&Mono, "abc", Weight::Regular, 10.0, 25.0), "abc");
    }
}
