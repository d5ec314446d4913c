//! The marks by which the workbook knows its own earlier exports, so exporting again may
//! replace them while they are unchanged: part of the files' formats, not messages, the same in
//! every language. The report writes them; storage reads them. Pure.

/// The PDF's creator, as its metadata names it: the workbook's name as a fixed id.
pub const PDF_CREATOR: &str = "Civic Impact Workbook";

/// How many columns the CSV table of questions has.
pub const QUESTIONS_CSV_COLUMNS: usize = 17;

/// How many columns the CSV table of actions has.
pub const ACTIONS_CSV_COLUMNS: usize = 9;

/// The start of the first line of every Markdown export: a comment no renderer shows, by which
/// exporting again knows the file as the workbook's own. It is part of the file's format, not a
/// message: the same in every language, so a file exported in one is known in another. The line ends with a check of the rest
/// of the file ([`mark_line`]), so a file changed since (by hand, by another program) is not
/// taken for it and is never replaced. Files exported with the earlier mark, which had no check,
/// are not taken for the workbook's own either: nothing tells whether they were changed.
pub const MARK: &str = "<!-- Exported by Civic Impact Workbook; exporting again replaces this file while it is unchanged. Check";

/// The end of the mark's line.
const MARK_END: &str = " -->";

/// The first line of a Markdown export whose lines after it are `rest`: [`MARK`] and a hash of
/// `rest`.
pub fn mark_line(rest: &str) -> String {
    format!("{MARK} {:016x}{MARK_END}", fnv1a64(rest.as_bytes()))
}

/// Whether `text` is a Markdown export of the workbook's, unchanged: its first line is the mark
/// with the check of all that follows.
pub fn is_unchanged_markdown(text: &str) -> bool {
    text.split_once('\n')
        .is_some_and(|(first, rest)| first == mark_line(rest))
}

/// The 64-bit FNV-1a hash: small, the same in every build, and enough to notice a change (not
/// meant to stop anyone copying the mark onto a file on purpose).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
