//! Progress of a long build on a terminal: one line on stderr, rewritten as the build moves on
//! (articles read, checked, pages written), and cleared at the end. Off unless the command line
//! turns it on ([`enable`]), which it does only when stderr is a terminal and not in CI, so that
//! logs, pipes and tests get no carriage returns.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static ON: AtomicBool = AtomicBool::new(false);
static DONE: AtomicUsize = AtomicUsize::new(0);

/// Whether to show progress: on a terminal, and not under CI (which sets `CI`).
pub fn wanted(stderr_is_terminal: bool, ci: Option<&std::ffi::OsStr>) -> bool {
    stderr_is_terminal && ci.is_none_or(|v| v.is_empty() || v == "false" || v == "0")
}

pub fn enable(on: bool) {
    ON.store(on, Ordering::Relaxed);
}

/// Shows `text` as the build's current step.
pub fn step(text: &str) {
    if ON.load(Ordering::Relaxed) {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2Kgloss: {text}");
        let _ = err.flush();
    }
}

/// Starts counting the items of a step (shown every 100 items and at the end).
pub fn start_count() {
    DONE.store(0, Ordering::Relaxed);
}

/// One more item of a counted step done (from any thread).
pub fn tick(what: &str, total: usize) {
    if ON.load(Ordering::Relaxed) {
        let done = DONE.fetch_add(1, Ordering::Relaxed) + 1;
        if done.is_multiple_of(100) || done == total {
            step(&format!("{what} {done} of {total}"));
        }
    }
}

/// Clears the progress line, before the build's summary is printed.
pub fn finish() {
    if ON.load(Ordering::Relaxed) {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::wanted;
    use std::ffi::OsStr;

    #[test]
    fn progress_shows_on_a_terminal_and_not_in_ci_or_a_pipe() {
        assert!(wanted(true, None));
        assert!(!wanted(false, None), "piped");
        assert!(!wanted(true, Some(OsStr::new("true"))), "CI=true");
        assert!(!wanted(true, Some(OsStr::new("1"))));
        assert!(wanted(true, Some(OsStr::new("false"))));
    }
}
