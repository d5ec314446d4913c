//! Reading a text file safely: bounded size, UTF-8 checked with a position, a leading byte-order
//! mark (as Windows Notepad writes) accepted, and JSON errors turned into line and column.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::Path;

use serde_json::error::Category;

use super::shape::{JsonDetail, fail};
use super::{Document, Error, JsonProblem, MAX_FILE_BYTES};

/// Reads `path` as UTF-8 text of at most [`MAX_FILE_BYTES`].
pub(crate) fn read_text(path: &Path) -> Result<String, Error> {
    let read_error = |source: io::Error| match source.kind() {
        io::ErrorKind::NotFound => match dangling_target(path) {
            Some(target) => Error::DanglingLink {
                path: path.to_owned(),
                target,
            },
            None => Error::NotFound {
                path: path.to_owned(),
            },
        },
        _ => Error::Read {
            path: path.to_owned(),
            cause: source,
        },
    };
    // Only a regular file is read: a folder, device, pipe or socket is refused at once. The
    // check comes before opening (opening a named pipe waits for a writer) and again on what
    // was opened, which is opened without waiting in case it was swapped in between.
    let refused = |why: super::Refusal| Error::Read {
        path: path.to_owned(),
        cause: why.into_io(),
    };
    if let Some(why) = super::not_regular_at(path) {
        return Err(refused(why));
    }
    let file = open_without_waiting(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    if let Some(why) = super::not_regular(&metadata) {
        return Err(refused(why));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(path, metadata.len()));
    }
    let bytes = read_bounded(file, metadata.len()).map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    text_from_bytes(bytes, path)
}

/// The whole file, if it is a regular file no larger than the workbook reads.
pub(super) fn read_limited(path: &Path) -> Option<Vec<u8>> {
    let metadata = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file() && m.len() <= MAX_FILE_BYTES)?;
    let bytes = read_bounded(File::open(path).ok()?, metadata.len()).ok()?;
    (u64::try_from(bytes.len()).ok()? <= MAX_FILE_BYTES).then_some(bytes)
}

/// The whole of `file`, whose length was `len` when it was looked at, reading at most one byte
/// more than [`MAX_FILE_BYTES`]: the size can change between the look and the read (or lie, for
/// special files). The expected length is read straight into a buffer of that size (a read to
/// the end starts at 8 KB and doubles: six reads of a 250 KB export, and as many copies), then
/// whatever the file has beyond it.
pub(super) fn read_bounded(mut file: File, len: u64) -> io::Result<Vec<u8>> {
    let expected = usize::try_from(len.min(MAX_FILE_BYTES)).unwrap_or(0);
    let mut bytes = vec![0; expected];
    let mut filled = 0;
    while let Some(rest) = bytes.get_mut(filled..).filter(|rest| !rest.is_empty()) {
        match file.read(rest) {
            // Shorter than it was: what there is.
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    bytes.truncate(filled);
    // Longer than it was: the rest, up to one byte over the limit.
    let room = (MAX_FILE_BYTES + 1).saturating_sub(u64::try_from(filled).unwrap_or(u64::MAX));
    file.take(room).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Where `path` points when it is a symbolic link (whose target is missing, as the caller
/// found); `None` when it is no link.
fn dangling_target(path: &Path) -> Option<std::path::PathBuf> {
    let metadata = std::fs::symlink_metadata(path).ok()?;
    if metadata.file_type().is_symlink() {
        std::fs::read_link(path).ok()
    } else {
        None
    }
}

/// Opens `path` to read; on Unix without waiting, should it be a named pipe.
fn open_without_waiting(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

fn too_large(path: &Path, size: u64) -> Error {
    Error::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_FILE_BYTES,
    }
}

/// Decodes UTF-8, dropping a leading byte-order mark; `path` only names the file in errors.
pub(crate) fn text_from_bytes(mut bytes: Vec<u8>, path: &Path) -> Result<String, Error> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let before = err.as_bytes().get(..valid).unwrap_or_default();
        let line = before.split(|&b| b == b'\n').count();
        let column = valid
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        Error::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}

/// A JSON error, with its line and column, for the file at `path` whose `text` was being read
/// as a `T` when it failed.
pub(crate) fn json_error<T: serde::de::DeserializeOwned>(
    what: Document,
    path: &Path,
    err: &serde_json::Error,
    text: &str,
) -> Error {
    json_error_with(what, path, err, text, super::shape::shape_of::<T>)
}

/// [`json_error`], where `shape` reads the text again to find what is wrong with the data.
pub(crate) fn json_error_with(
    what: Document,
    path: &Path,
    err: &serde_json::Error,
    text: &str,
    shape: impl FnOnce(&str) -> Option<JsonDetail>,
) -> Error {
    let (line, column) = (err.line(), err.column());
    let (problem, detail) = match err.classify() {
        Category::Eof => (JsonProblem::CutOff, JsonDetail::CutOff),
        Category::Syntax if in_escape(text, line, column) => {
            (JsonProblem::BrokenEscape, JsonDetail::BrokenEscape)
        }
        Category::Syntax | Category::Io => (
            JsonProblem::Syntax,
            super::shape::syntax_at(text, line, column),
        ),
        Category::Data => (
            JsonProblem::Shape,
            shape(text).unwrap_or(JsonDetail::Syntax),
        ),
    };
    Error::Json {
        what,
        path: path.to_owned(),
        line,
        column,
        problem,
        detail,
    }
}

/// Whether the position (`line` and `column` from 1, as `serde_json` counts them: the column in
/// bytes) falls just after a `\\u` escape that makes no character: half of a surrogate pair
/// (`\\ud800` alone, or followed by no low half), or not four hexadecimal digits. Read from the
/// text, as `serde_json`'s category does not tell this syntax error from others.
fn in_escape(text: &str, line: usize, column: usize) -> bool {
    let Some(row) = text.split('\n').nth(line.saturating_sub(1)) else {
        return false;
    };
    let row = row.as_bytes();
    let end = column.min(row.len());
    let before = row.get(..end).unwrap_or_default();
    // The last escape before the position, within the longest a broken one reads
    // (`\\ud800\\u0041` and the character after it).
    let Some(slash) = before.iter().rposition(|&b| b == b'\\') else {
        return false;
    };
    let backslashes_before = before
        .get(..slash)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|&&b| b == b'\\')
        .count();
    if backslashes_before % 2 == 1 || end - slash > 8 || row.get(slash + 1) != Some(&b'u') {
        return false;
    }
    let unit = |at: usize| {
        let hex = row.get(at + 2..at + 6)?;
        let hex = std::str::from_utf8(hex).ok()?;
        u16::from_str_radix(hex, 16).ok()
    };
    let is_escape_at = |at: usize| row.get(at) == Some(&b'\\') && row.get(at + 1) == Some(&b'u');
    let high = |unit: u16| (0xD800..=0xDBFF).contains(&unit);
    let low = |unit: u16| (0xDC00..=0xDFFF).contains(&unit);
    let Some(this) = unit(slash) else {
        return true;
    };
    let previous = slash
        .checked_sub(6)
        .filter(|&at| is_escape_at(at))
        .and_then(unit);
    if high(this) {
        // Whole only when a low half follows.
        !(is_escape_at(slash + 6) && unit(slash + 6).is_some_and(low))
    } else if low(this) {
        !previous.is_some_and(high)
    } else {
        // A character of its own, broken only as the second half of a pair.
        previous.is_some_and(high)
    }
}

/// Both assessments and banks are JSON objects. serde would also read a struct from a list of
/// its fields in order, and an empty file deserves better than "EOF while parsing".
pub(crate) fn expect_object(what: Document, text: &str, path: &Path) -> Result<(), Error> {
    let Some((offset, first)) = text.char_indices().find(|(_, c)| !c.is_whitespace()) else {
        return Err(Error::Json {
            what,
            path: path.to_owned(),
            line: 1,
            column: 1,
            problem: JsonProblem::Syntax,
            detail: JsonDetail::Empty,
        });
    };
    if first == '{' {
        return Ok(());
    }
    let before = text.get(..offset).unwrap_or_default();
    let line = before.split('\n').count();
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |tail| tail.chars().count())
        + 1;
    Err(Error::Json {
        what,
        path: path.to_owned(),
        line,
        column,
        problem: JsonProblem::Syntax,
        detail: JsonDetail::NotAnObject,
    })
}

/// Refuses a JSON object that repeats a key, anywhere in the file: a parser keeps only the last,
/// so a repeated assessor name in `ratings`, say, would lose a rating without a word. The
/// message names the key, with its line and column.
pub(crate) fn refuse_repeated_keys(what: Document, text: &str, path: &Path) -> Result<(), Error> {
    serde_json::from_str::<NoRepeatedKeys>(text)
        .map(drop)
        .map_err(|err| json_error::<NoRepeatedKeys>(what, path, &err, text))
}

/// Any JSON value, checked for repeated keys in every object.
struct NoRepeatedKeys;

impl<'de> serde::Deserialize<'de> for NoRepeatedKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoRepeatedKeysVisitor)
    }
}

struct NoRepeatedKeysVisitor;

impl<'de> serde::de::Visitor<'de> for NoRepeatedKeysVisitor {
    type Value = NoRepeatedKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("storage-expect-any"))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<NoRepeatedKeys>()?.is_some() {}
        Ok(NoRepeatedKeys)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut keys = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if keys.contains(&key) {
                return Err(fail(JsonDetail::RepeatedKey { key }));
            }
            map.next_value::<NoRepeatedKeys>()?;
            keys.insert(key);
        }
        Ok(NoRepeatedKeys)
    }
}

#[cfg(test)]
mod tests {
    use std::fs::File;
    use std::io::Write as _;

    use super::read_bounded;

    /// The file as it is when read, whatever length it had when looked at: the same, shorter
    /// (cut since) or longer (written to since).
    #[test]
    fn a_file_is_read_whole_whatever_its_length_was_when_looked_at() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("file");
        let text: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8).collect();
        File::create(&path)
            .and_then(|mut file| file.write_all(&text))
            .expect("written");
        for looked_at in [20_000, 0, 5, 19_999, 20_001, 1 << 40] {
            let read = read_bounded(File::open(&path).expect("opened"), looked_at).expect("read");
            assert_eq!(read, text, "looked at as {looked_at} bytes");
        }
    }
}
