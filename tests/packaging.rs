//! The packages' pieces agree with each other and with the program: the desktop entry, the
//! file type, the `AppStream` metadata, the icons, the installer source, and the command-line
//! starter that Windows users type (`civic-workbook.com`, run here beside the Linux binary).
//! `.ci/dist` builds the packages and `.ci/run` installs and validates them.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use civic_workbook::app::APP_ID;

use crate::util::{demo_path, root, temp_dir};

const DESKTOP: &str = "assets/linux/civic-workbook.desktop";
const MIME: &str = "assets/linux/civic-workbook.xml";
const METAINFO: &str = "assets/linux/io.github.civic_workbook.CivicWorkbook.metainfo.xml";
const WXS: &str = "assets/windows/civic-workbook.wxs";
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn text(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap()
}

/// The value of `key=` in the desktop entry.
fn desktop_value(key: &str) -> String {
    text(DESKTOP)
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key} in {DESKTOP}"))
        .to_owned()
}

/// The text between the first `start` and the `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let rest = &text[from..];
    &rest[..rest
        .find(end)
        .unwrap_or_else(|| panic!("no {end} after {start}"))]
}

/// Width and height from a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

#[test]
fn the_desktop_entry_starts_this_program_with_its_icon_and_file_type() {
    let exec = desktop_value("Exec");
    assert_eq!(exec, "civic-workbook %f", "one file, as the program takes");
    // The window's class must match, or the desktop shows a second, anonymous icon.
    assert_eq!(desktop_value("StartupWMClass"), APP_ID);
    assert_eq!(desktop_value("Icon"), "civic-workbook");
    let mime_type = between(&text(MIME), "<mime-type type=\"", "\"").to_owned();
    assert_eq!(desktop_value("MimeType"), format!("{mime_type};"));
    assert!(text(MIME).contains("<glob pattern=\"*.civic.json\""));
    let metainfo = text(METAINFO);
    assert_eq!(
        between(&metainfo, "<launchable type=\"desktop-id\">", "<"),
        "civic-workbook.desktop"
    );
    assert_eq!(between(&metainfo, "<mediatype>", "<"), mime_type);
    assert_eq!(between(&metainfo, "<binary>", "<"), "civic-workbook");
    let id = between(&metainfo, "<id>", "<");
    assert!(METAINFO.ends_with(&format!("/{id}.metainfo.xml")));
}

#[test]
fn the_metadata_names_this_version() {
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        text(METAINFO).contains(&format!("<release version=\"{version}\"")),
        "add a <release> for {version} to {METAINFO}"
    );
    assert!(text("assets/linux/control").contains("Version: @VERSION@"));
    assert!(text(WXS).contains("Version=\"$(var.Version)\""));
}

#[test]
fn every_icon_size_is_rendered_at_its_size() {
    for size in ICON_SIZES {
        let path = root().join(format!("assets/icons/civic-workbook-{size}.png"));
        assert_eq!(
            png_size(&fs::read(&path).unwrap()),
            (size, size),
            "{path:?}"
        );
    }
    // The window icon decodes as eframe will decode it, and fits in one X11 request (64 Ki
    // 32-bit values with its size), or winit leaves the icon empty.
    let app = fs::read_to_string(root().join("src/app/mod.rs")).unwrap();
    let window_icon = between(&app, "include_bytes!(\"../../", "\")");
    let icon =
        eframe::icon_data::from_png_bytes(&fs::read(root().join(window_icon)).unwrap()).unwrap();
    assert!(
        icon.width >= 64 && icon.width * icon.height + 2 <= 0xFFFF,
        "{window_icon}"
    );
}

#[test]
fn the_windows_icon_holds_the_sizes_windows_asks_for() {
    let ico = fs::read(root().join("assets/icons/civic-workbook.ico")).unwrap();
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an ICO header");
    let count = usize::from(u16::from_le_bytes([ico[4], ico[5]]));
    // Each directory entry is 16 bytes from offset 6; a width byte of 0 means 256.
    let widths: Vec<u32> = (0..count)
        .map(|entry| match ico[6 + 16 * entry] {
            0 => 256,
            width => u32::from(width),
        })
        .collect();
    for needed in [16, 24, 32, 48, 256] {
        assert!(
            widths.contains(&needed),
            "no {needed}×{needed} in {widths:?}"
        );
    }
}

#[test]
fn the_installer_source_installs_per_user_and_ships_what_dist_stages() {
    let wxs = text(WXS);
    assert!(wxs.contains("InstallScope=\"perUser\""));
    // ALLUSERS would let an elevated prompt turn it into a per-machine install.
    assert!(!wxs.contains("Id=\"ALLUSERS\""));
    // Nothing may need administrator rights: every registry value is the user's own.
    for root_attribute in wxs.split("Root=\"").skip(1) {
        assert!(root_attribute.starts_with("HKCU\""), "{root_attribute:.40}");
    }
    // The files .ci/dist stages beside the programs are the files the MSI installs and the
    // ones .ci/wine looks for after installing.
    let dist = text(".ci/dist");
    let licences = between(&dist, "licences() {", "\n}");
    let staged: Vec<&str> = licences
        .split("\"$1/")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(staged.len(), 4, "{staged:?}");
    let wine = text(".ci/wine");
    let checked = between(&wine, "for file in civic-workbook.exe", "; do");
    for file in staged
        .iter()
        .chain(&["civic-workbook.exe", "civic-workbook.com"])
    {
        assert!(
            wxs.contains(&format!("Name=\"{file}\"")),
            "the MSI lacks {file}"
        );
        assert!(dist.contains(file), "{file}");
        assert!(
            checked.contains(file) || *file == "civic-workbook.exe",
            ".ci/wine does not check {file}"
        );
    }
    assert_eq!(wxs.matches("<File ").count(), staged.len() + 2);
    assert!(
        !dist.contains("bcryptprimitives"),
        "the Wine stand-in is for tests, never for a package"
    );
}

/// Runs the command-line starter and the workbook itself with the same arguments.
fn both(dir: &Path, args: &[&str]) -> (Output, Output) {
    let run = |program: &str| {
        Command::new(program)
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap()
    };
    (
        run(env!("CARGO_BIN_EXE_civic-workbook-console")),
        run(env!("CARGO_BIN_EXE_civic-workbook")),
    )
}

#[test]
fn the_command_line_starter_relays_output_and_exit_codes() {
    let dir = temp_dir();
    fs::copy(demo_path(), dir.path().join("demo.civic.json")).unwrap();
    let demo = fs::read_to_string(demo_path()).unwrap();
    let bad = demo.replacen("\"link\": \"https:", "\"link\": \"javascript:", 1);
    assert_ne!(bad, demo);
    fs::write(dir.path().join("bad.civic.json"), bad).unwrap();
    let cases: [(&[&str], i32); 5] = [
        (&["score", "demo.civic.json"], 0),
        (&["validate", "bad.civic.json"], 1),
        (&["score", "missing.civic.json"], 2),
        (&["--version"], 0),
        (&["export", "demo.civic.json"], 2),
    ];
    for (args, code) in cases {
        let (relayed, direct) = both(dir.path(), args);
        assert_eq!(relayed.status.code(), Some(code), "{args:?}");
        assert_eq!(relayed.status.code(), direct.status.code(), "{args:?}");
        assert_eq!(relayed.stdout, direct.stdout, "{args:?}");
        assert_eq!(relayed.stderr, direct.stderr, "{args:?}");
        assert!(
            !relayed.stdout.is_empty() || !relayed.stderr.is_empty(),
            "{args:?} printed nothing"
        );
    }
}

#[test]
fn the_command_line_starter_writes_what_the_workbook_writes() {
    let dir = temp_dir();
    fs::copy(demo_path(), dir.path().join("demo.civic.json")).unwrap();
    let export = |program: &str, out: &str| {
        let status = Command::new(program)
            .args([
                "export",
                "demo.civic.json",
                "--date",
                "2026-11-27",
                "-o",
                out,
            ])
            .current_dir(dir.path())
            .status()
            .unwrap();
        assert!(status.success());
        fs::read(dir.path().join(out)).unwrap()
    };
    let relayed = export(env!("CARGO_BIN_EXE_civic-workbook-console"), "relayed.pdf");
    let direct = export(env!("CARGO_BIN_EXE_civic-workbook"), "direct.pdf");
    assert!(relayed.starts_with(b"%PDF-"));
    assert_eq!(relayed, direct);
}

#[test]
fn the_command_line_starter_says_when_the_window_cannot_have_its_bank() {
    let dir = temp_dir();
    let output = Command::new(env!("CARGO_BIN_EXE_civic-workbook-console"))
        .args(["--framework", "missing-bank.json", "ours.civic.json"])
        .env("LC_ALL", "en_GB.UTF-8")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("missing-bank.json"), "{stderr}");
}
