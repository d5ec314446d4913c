//! Conflict copies that sync tools leave beside a file two people saved at once: found by the
//! names `OneDrive`, Dropbox, Google Drive, Nextcloud and Syncthing give them, so the app can
//! offer to merge them (never unasked).

use std::path::{Path, PathBuf};

use super::assessment_file::EXTENSION;

/// The conflict copies of the assessment at `path` in its folder, sorted by name.
pub fn conflict_copies(path: &Path) -> Vec<PathBuf> {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let name = name.to_string_lossy();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| is_conflict_copy(&name, &entry.file_name().to_string_lossy()))
        .map(|entry| entry.path())
        .collect();
    copies.sort();
    copies
}

/// Whether `candidate` is named as a sync tool names a conflict copy of `original`:
/// - "NAME-MACHINE.civic.json" (`OneDrive`: the computer's name, in capitals),
/// - "NAME (Alys's conflicted copy 2026-12-01).civic.json" (Dropbox),
/// - "NAME (conflicted copy 2026-12-01 101400).civic.json" (Nextcloud),
/// - "NAME (1).civic.json" (Google Drive),
/// - "NAME.sync-conflict-20261201-101400-ABCDEFG.civic.json" (Syncthing),
///
/// with the marker before `.civic.json` or between `.civic` and `.json`.
pub fn is_conflict_copy(original: &str, candidate: &str) -> bool {
    let Some(stem) = original.strip_suffix(EXTENSION) else {
        return false;
    };
    let Some(core) = candidate
        .strip_suffix(EXTENSION)
        .or_else(|| candidate.strip_suffix(".json"))
    else {
        return false;
    };
    let Some(marker) = core.strip_prefix(stem) else {
        return false;
    };
    let marker = marker.strip_prefix(".civic").unwrap_or(marker);
    if let Some(inner) = marker
        .strip_prefix(" (")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let lower = inner.to_lowercase();
        return lower.contains("conflicted copy")
            || lower.contains("conflict")
            || (!inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()));
    }
    if marker.starts_with(".sync-conflict-") {
        return true;
    }
    if let Some(machine) = marker.strip_prefix('-') {
        return machine.chars().any(|c| c.is_ascii_uppercase())
            && machine
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_conflict_copy;

    #[test]
    fn the_names_sync_tools_give_are_found_and_others_are_not() {
        let ours = "ours.civic.json";
        for copy in [
            "ours-DESKTOP-AB12.civic.json",
            "ours (Alys's conflicted copy 2026-12-01).civic.json",
            "ours.civic (Alys's conflicted copy 2026-12-01).json",
            "ours (conflicted copy 2026-12-01 101400).civic.json",
            "ours (1).civic.json",
            "ours.sync-conflict-20261201-101400-ABCDEFG.civic.json",
        ] {
            assert!(is_conflict_copy(ours, copy), "{copy}");
        }
        for other in [
            "ours.civic.json",
            "ours-2025.civic.json",
            "ours-draft.civic.json",
            "ours (draft).civic.json",
            "ours.civic.json.bak",
            "oursX.civic.json",
            "theirs (1).civic.json",
        ] {
            assert!(!is_conflict_copy(ours, other), "{other}");
        }
    }
}
