//! Watching the open file for changes made elsewhere. The operating system's events (through
//! `notify`) arrive on a thread of their own, are gathered there until they pause (sync tools
//! write in bursts), and then only wake the window: the content check itself is the core's
//! [`Command::CheckDisk`](crate::workbook::command::Command::CheckDisk), the same one that runs
//! when the window comes back into focus and before every save. Nothing here ever blocks the
//! window's thread; where no events come (network shares, some sync folders), the focus and
//! save checks still notice.

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::Watcher as _;

/// Quiet time after the last event before the file is looked at.
const SETTLE: Duration = Duration::from_millis(400);
/// The longest a stream of events delays a look.
const MAX_DELAY: Duration = Duration::from_secs(3);

/// A watch on one file (through its folder, since a save replaces the file by a rename).
pub struct FileWatch {
    /// Dropped with the watch: its event handler goes, and the gathering thread ends.
    _watcher: notify::RecommendedWatcher,
    settled: mpsc::Receiver<()>,
}

impl FileWatch {
    /// Starts watching `path`; `wake` asks the window for a frame. `None` if the folder cannot
    /// be watched (the focus and save checks still work).
    pub fn start(path: &Path, wake: impl Fn() + Send + 'static) -> Option<Self> {
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty())?;
        let name = path.file_name()?.to_owned();
        let (raw_tx, raw_rx) = mpsc::channel::<()>();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else {
                    return;
                };
                // Reading the file (our own checks among them) is no change.
                if matches!(event.kind, notify::EventKind::Access(_)) {
                    return;
                }
                if event.paths.iter().any(|p| p.file_name() == Some(&name)) {
                    let _ = raw_tx.send(());
                }
            })
            .ok()?;
        watcher
            .watch(folder, notify::RecursiveMode::NonRecursive)
            .ok()?;
        let (settled_tx, settled) = mpsc::channel();
        std::thread::Builder::new()
            .name("civic-file-watch".to_owned())
            .spawn(move || gather(&raw_rx, &settled_tx, &wake))
            .ok()?;
        Some(Self {
            _watcher: watcher,
            settled,
        })
    }

    /// Whether the file was written since last asked (a burst of events counts once).
    pub fn was_written(&self) -> bool {
        let mut written = false;
        while self.settled.try_recv().is_ok() {
            written = true;
        }
        written
    }
}

/// The gathering thread: each burst of events becomes one message once it pauses; it ends when
/// the watch is dropped.
fn gather(raw: &mpsc::Receiver<()>, settled: &mpsc::Sender<()>, wake: &dyn Fn()) {
    while raw.recv().is_ok() {
        let started = Instant::now();
        loop {
            match raw.recv_timeout(SETTLE) {
                Ok(()) if started.elapsed() < MAX_DELAY => {}
                Ok(()) | Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        }
        if settled.send(()).is_err() {
            return;
        }
        wake();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_events_wakes_the_window_once() {
        let (raw_tx, raw_rx) = mpsc::channel();
        let (settled_tx, settled_rx) = mpsc::channel();
        let wakes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = std::sync::Arc::clone(&wakes);
        let thread = std::thread::Builder::new()
            .name("gather-test".to_owned())
            .spawn(move || {
                gather(&raw_rx, &settled_tx, &|| {
                    counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                });
            })
            .unwrap();
        for _ in 0..20 {
            raw_tx.send(()).unwrap();
        }
        settled_rx.recv().unwrap();
        // The watch goes: the thread ends.
        drop(raw_tx);
        thread.join().unwrap();
        assert_eq!(settled_rx.try_iter().count(), 0, "one burst, one look");
        assert_eq!(wakes.load(std::sync::atomic::Ordering::SeqCst), 1);
    }
}
