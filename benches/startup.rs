//! Start-up time, peak memory and idle CPU of the workbook window, measured side by side with a
//! bare eframe "hello world" window built the same way (this file, release profile, the same
//! eframe features). "Shown" is the moment the X server maps the window: eframe maps it after
//! the first frame is painted. Needs an X server: `$DISPLAY`, or Xvfb started on :97.
//! Run with `cargo bench --bench startup`.

#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use std::{env, fs, thread};

use x11rb::connection::Connection as _;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{ChangeWindowAttributesAux, ConnectionExt as _, EventMask};

// The bare window, shared with the `bare-window` program that CI runs under Wine.
#[path = "bare_window.rs"]
mod bare_window;

/// Set in the child that should be the bare window.
const BARE_ENV: &str = "CIVIC_BENCH_BARE_WINDOW";
/// Runs of each program; `CIVIC_BENCH_RUNS` sets another number (a busy machine needs more).
const RUNS: usize = 10;

fn main() {
    if env::var_os(BARE_ENV).is_some() {
        let _ = bare_window::main();
        return;
    }
    let (display, _xvfb) = ensure_display();
    let data = tempfile::tempdir().expect("a temporary folder");
    let this = env::current_exe().expect("the benchmark's own path");
    // A copy: each run is stopped by force, which leaves its presence file beside the file.
    let demo = data.path().join("demo.civic.json");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.civic.json"),
        &demo,
    )
    .expect("the demo copied");
    let app = env!("CARGO_BIN_EXE_civic-workbook");
    let mut bare = Command::new(&this);
    bare.env(BARE_ENV, "1");
    let mut workbook = Command::new(app);
    workbook.arg(&demo);
    let mut welcome = Command::new(app);
    for command in [&mut bare, &mut workbook, &mut welcome] {
        // Keep the app's preferences and recovery files out of the real home folder.
        command
            .env("DISPLAY", &display)
            .env("HOME", data.path())
            .env("XDG_DATA_HOME", data.path())
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
    }
    // One connection for the whole run: an X server resets when its last client leaves.
    let x11 = X11::connect(&display);
    let runs = env::var("CIVIC_BENCH_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(RUNS);
    println!("{runs} runs each; median (min–max)");
    println!(
        "{:<40} {:>22} {:>22} {:>12}",
        "", "window shown (ms)", "peak memory (MiB)", "idle CPU"
    );
    let mut programs = [
        ("bare eframe window", &mut bare, Vec::new()),
        (
            "workbook, demo open (summary page)",
            &mut workbook,
            Vec::new(),
        ),
        ("workbook, welcome screen", &mut welcome, Vec::new()),
    ];
    // Interleaved, so a machine that speeds up or slows down during the run affects all three
    // alike.
    for _ in 0..runs {
        for (_, command, samples) in &mut programs {
            samples.push(measure(command, &x11));
        }
    }
    for (name, _, samples) in programs {
        let shown: Vec<f64> = samples.iter().map(|s| s.shown_ms).collect();
        let peak: Vec<f64> = samples.iter().map(|s| s.peak_mib).collect();
        let idle = samples
            .iter()
            .map(|s| s.idle_cpu_percent)
            .fold(0.0, f64::max);
        println!(
            "{name:<40} {:>22} {:>22} {:>10.1} %",
            summary(&shown),
            summary(&peak),
            idle
        );
    }
}

struct Sample {
    shown_ms: f64,
    peak_mib: f64,
    idle_cpu_percent: f64,
}

fn summary(values: &[f64]) -> String {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or_default();
    let min = sorted.first().copied().unwrap_or_default();
    let max = sorted.last().copied().unwrap_or_default();
    format!("{median:.0} ({min:.0}–{max:.0})")
}

/// A connection to the X server that watches top-level windows being mapped.
struct X11 {
    conn: x11rb::rust_connection::RustConnection,
    root: u32,
}

impl X11 {
    fn connect(display: &str) -> Self {
        let (conn, screen) = x11rb::connect(Some(display)).expect("an X server");
        let root = conn.setup().roots.get(screen).expect("a screen").root;
        conn.change_window_attributes(
            root,
            &ChangeWindowAttributesAux::new().event_mask(EventMask::SUBSTRUCTURE_NOTIFY),
        )
        .expect("watch the root window");
        conn.flush().expect("flush");
        Self { conn, root }
    }
}

/// Starts `command`, waits for its window to be mapped, then lets it idle and reads its peak
/// memory and CPU time from /proc.
fn measure(command: &mut Command, x11: &X11) -> Sample {
    let (conn, root) = (&x11.conn, x11.root);
    while conn.poll_for_event().ok().flatten().is_some() {}
    let started = Instant::now();
    let mut child = command.spawn().expect("the program starts");
    let shown = loop {
        if let Ok(Some(Event::MapNotify(event))) = conn.poll_for_event() {
            if event.event == root {
                break started.elapsed();
            }
            continue;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no window within 20 s"
        );
        thread::sleep(Duration::from_micros(200));
    };
    // Let it settle, then measure CPU use over three idle seconds.
    thread::sleep(Duration::from_secs(1));
    let cpu_before = cpu_ticks(&child);
    thread::sleep(Duration::from_secs(3));
    let cpu_after = cpu_ticks(&child);
    let peak_mib = peak_kib(&child) / 1024.0;
    stop(&mut child);
    Sample {
        shown_ms: shown.as_secs_f64() * 1000.0,
        peak_mib,
        // Clock ticks are hundredths of a second on Linux.
        idle_cpu_percent: (cpu_after - cpu_before) / 3.0,
    }
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// User plus system CPU time so far, in clock ticks.
fn cpu_ticks(child: &Child) -> f64 {
    let stat = fs::read_to_string(format!("/proc/{}/stat", child.id())).unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or_default()
    };
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
    field(11) + field(12)
}

/// Peak resident memory (`VmHWM`), in KiB.
fn peak_kib(child: &Child) -> f64 {
    let status = fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .unwrap_or_default()
}

/// The display to use: `$DISPLAY`, or Xvfb started on :97 (stopped when the guard drops).
fn ensure_display() -> (String, Option<ChildGuard>) {
    if let Some(display) = env::var_os("DISPLAY") {
        return (display.to_string_lossy().into_owned(), None);
    }
    let child = Command::new("Xvfb")
        .args([
            ":97",
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb (apt-get install xvfb), or set DISPLAY");
    thread::sleep(Duration::from_millis(500));
    (":97".to_owned(), Some(ChildGuard(child)))
}

/// Kills the child when dropped.
struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        stop(&mut self.0);
    }
}
