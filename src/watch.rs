//! `gloss watch`: rebuild on every save, incrementally, and never exit on a content error.
//!
//! Filesystem events (notify, debounced by notify-debouncer-full) are mapped to the files that
//! changed by [`changes_from`], a pure function that drops editors' temporary files and the
//! output folder; the rebuild itself is [`crate::Incremental`], the same stages as `gloss build`.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::event::{CreateKind, EventKind, ModifyKind, RemoveKind, RenameMode};
use notify_debouncer_full::notify::{self, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, new_debouncer};

use crate::error::{Error, Result};
use crate::incremental::Changes;
use crate::load::{self, FileKind};
use crate::{BuildOptions, BuildReport, Incremental};

/// Folders under the root whose files feed the build (recursively), besides site.toml.
const WATCHED: &[&str] = &["content", "templates", "static"];

/// The path of a changed file relative to the root, if it matters to the build.
pub fn relevant(root: &Path, output: &Path, path: &Path) -> Option<PathBuf> {
    if path.starts_with(output) {
        return None;
    }
    let rel = path.strip_prefix(root).ok()?;
    let name = rel.file_name()?.to_str()?;
    if load::is_editor_temp(name) {
        return None;
    }
    let top = rel.components().next()?.as_os_str().to_str()?;
    let feeds_build =
        rel == Path::new(crate::config::FILE_NAME) || WATCHED.contains(&top) || load::file_kind(rel) != FileKind::Other;
    feeds_build.then(|| rel.to_path_buf())
}

/// What a batch of debounced events means for the build: nothing, some files, or everything
/// (a folder appeared or vanished, or the watcher lost track).
pub fn changes_from(root: &Path, output: &Path, events: &[DebouncedEvent]) -> Option<Changes> {
    let mut paths = Vec::new();
    for event in events {
        if event.need_rescan() {
            return Some(Changes::All);
        }
        // Opening and reading a file (the build itself does) changes nothing.
        if matches!(event.kind, EventKind::Access(_)) {
            continue;
        }
        let folder =
            matches!(event.kind, EventKind::Create(CreateKind::Folder) | EventKind::Remove(RemoveKind::Folder));
        let renamed_folder = matches!(event.kind, EventKind::Modify(ModifyKind::Name(RenameMode::Both)))
            && event.paths.iter().any(|p| p.is_dir());
        // A rename or removal of something that is not a content file is a folder moved in or
        // out (`mv content/articles /elsewhere`, `mv content /elsewhere && mv /elsewhere
        // content`): once moved, it is no longer there to be asked whether it was a folder.
        let moved = matches!(event.kind, EventKind::Modify(ModifyKind::Name(_)) | EventKind::Remove(_));
        for path in &event.paths {
            if let Some(rel) = relevant(root, output, path) {
                let a_folder = moved && load::file_kind(&rel) == FileKind::Other && !is_file_name(&rel);
                if folder || renamed_folder || a_folder {
                    return Some(Changes::All);
                }
                paths.push(rel);
            }
        }
    }
    paths.sort();
    paths.dedup();
    (!paths.is_empty()).then_some(Changes::Paths(paths))
}

/// What the watch loop tells its caller after each build.
pub enum Event<'a> {
    Built { changes: &'a Changes, report: &'a BuildReport, took: Duration },
    Failed { changes: &'a Changes, error: &'a Error },
}

/// Builds, then rebuilds on every change until `stop` receives a message (or the sender is
/// dropped). `report` is called after every build, good or failed.
pub fn run(options: BuildOptions, stop: mpsc::Receiver<()>, mut report: impl FnMut(Event<'_>)) -> Result<()> {
    let root = options.root.clone();
    let output = absolute(&options.output);
    let fresh = options.clone();
    let mut builder = Incremental::new(options)?;
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    // A short window: an editor's save (write, rename, chmod) arrives within a millisecond or
    // two, and a later event only means another rebuild, which reads the files again anyway.
    let mut debouncer = new_debouncer(Duration::from_millis(2), Some(Duration::from_millis(1)), tx)
        .map_err(|e| Error::Watch { path: root.clone(), message: e.to_string() })?;
    watch_paths(&mut debouncer, &root)?;
    let mut build = |changes: &Changes, builder: &mut Incremental| {
        let started = Instant::now();
        match guarded(|| builder.rebuild(changes)) {
            Ok(r) => report(Event::Built { changes, report: &r, took: started.elapsed() }),
            Err(e) => {
                // A panic may leave the kept results half updated: the next save rebuilds
                // from a fresh state, as a new `gloss watch` would.
                if matches!(e, Error::Panicked(_))
                    && let Ok(b) = Incremental::new(fresh.clone())
                {
                    *builder = b;
                }
                report(Event::Failed { changes, error: &e })
            }
        }
    };
    build(&Changes::All, &mut builder);
    let root = absolute(&root);
    loop {
        if stop.try_recv().is_ok() || matches!(stop.try_recv(), Err(mpsc::TryRecvError::Disconnected)) {
            return Ok(());
        }
        let events = match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(Ok(events)) => events,
            Ok(Err(errors)) => {
                for e in errors {
                    eprintln!("warning: watching files: {e}");
                }
                continue;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        };
        let Some(changes) = changes_from(&root, &output, &events) else { continue };
        if changes == Changes::All {
            // A folder appeared, vanished or came back (templates/, static/, content/ moved away
            // and back): watch what is there now, afresh, since a watch follows the folder it
            // was set on wherever it moves.
            unwatch_paths(&mut debouncer, &root);
            watch_paths(&mut debouncer, &root)?;
        }
        build(&changes, &mut builder);
    }
}

/// Runs one rebuild, turning a panic (a bug in gloss, not the editor's mistake) into an error,
/// so that watch and serve report it and keep watching instead of dying mid-session; nothing is
/// written by a rebuild that panics before its pages are committed.
pub fn guarded<T>(rebuild: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(rebuild)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string());
        Err(Error::Panicked(message))
    })
}

/// Whether a path names a file by its look (a name with an extension, or site.toml): a moved or
/// removed path without one is taken for a folder.
fn is_file_name(rel: &Path) -> bool {
    rel.extension().is_some()
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Drops the watches on the source folders (errors: the folder is gone, nothing to drop).
fn unwatch_paths<D: notify::Watcher, C: notify_debouncer_full::FileIdCache>(
    debouncer: &mut notify_debouncer_full::Debouncer<D, C>,
    root: &Path,
) {
    for dir in WATCHED {
        let _ = debouncer.unwatch(root.join(dir));
    }
}

/// Watches site.toml's folder (not recursively: the output and target/ live there) and each
/// source folder that exists.
fn watch_paths<D: notify::Watcher, C: notify_debouncer_full::FileIdCache>(
    debouncer: &mut notify_debouncer_full::Debouncer<D, C>,
    root: &Path,
) -> Result<()> {
    let fail = |e: notify::Error| Error::Watch { path: root.to_path_buf(), message: e.to_string() };
    debouncer.watch(root, RecursiveMode::NonRecursive).map_err(fail)?;
    for dir in WATCHED {
        let path = root.join(dir);
        if path.is_dir() {
            debouncer.watch(&path, RecursiveMode::Recursive).map_err(fail)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::Event as NotifyEvent;

    fn event(kind: EventKind, paths: &[&str]) -> DebouncedEvent {
        let mut e = NotifyEvent::new(kind);
        for p in paths {
            e = e.add_path(PathBuf::from(p));
        }
        DebouncedEvent::new(e, std::time::Instant::now())
    }

    const ROOT: &str = "/d";
    const OUT: &str = "/d/public";

    fn changes(events: &[DebouncedEvent]) -> Option<Changes> {
        changes_from(Path::new(ROOT), Path::new(OUT), events)
    }

    /// A bug that panics in a rebuild (two did, in the checks' clause reader, on sentences with
    /// asides) must not end a watch session: the panic is an error watch reports.
    #[test]
    fn a_panicking_rebuild_is_an_error_not_the_end_of_watch() {
        let e = guarded::<()>(|| panic!("index out of bounds: the len is 18 but the index is 18"))
            .expect_err("a panic is an error");
        assert!(matches!(&e, Error::Panicked(m) if m.contains("the len is 18")), "{e:?}");
        assert!(e.to_string().contains("bug in gloss"), "{e}");
        let n = 7;
        let e = guarded::<()>(|| panic!("formatted {n}")).expect_err("a panic is an error");
        assert!(matches!(&e, Error::Panicked(m) if m == "formatted 7"), "{e:?}");
        assert_eq!(guarded(|| Ok(3)).ok(), Some(3));
        assert!(matches!(guarded::<()>(|| Err(Error::Usage("u".into()))), Err(Error::Usage(_))));
    }

    #[test]
    fn content_files_are_changes_and_editor_files_are_not() {
        let modify = EventKind::Modify(ModifyKind::Any);
        assert_eq!(
            changes(&[event(modify, &["/d/content/annotations/a.toml"])]),
            Some(Changes::Paths(vec![PathBuf::from("content/annotations/a.toml")]))
        );
        for ignored in [
            "/d/content/annotations/.a.toml.swp",
            "/d/content/annotations/a.toml~",
            "/d/content/annotations/#a.toml#",
            "/d/content/annotations/.#a.toml",
            "/d/content/articles/a.md___jb_tmp___",
            "/d/content/articles/4913",
            "/d/public/index.html",
            "/d/target/debug/x",
            "/d/README.md",
        ] {
            assert_eq!(changes(&[event(modify, &[ignored])]), None, "{ignored}");
        }
        assert_eq!(changes(&[event(modify, &["/d/site.toml"])]), Some(Changes::Paths(vec!["site.toml".into()])));
        assert_eq!(
            changes(&[event(modify, &["/d/templates/article.html"])]),
            Some(Changes::Paths(vec!["templates/article.html".into()]))
        );
    }

    #[test]
    fn an_atomic_save_is_a_change_of_the_target() {
        // vim/VS Code: write a temporary file, rename it over the real one.
        let events = [
            event(EventKind::Create(CreateKind::File), &["/d/content/articles/.a.md.tmp"]),
            event(
                EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
                &["/d/content/articles/.a.md.tmp", "/d/content/articles/a.md"],
            ),
        ];
        assert_eq!(changes(&events), Some(Changes::Paths(vec!["content/articles/a.md".into()])));
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        use notify::event::{AccessKind, AccessMode};
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        assert_eq!(
            changes(&[
                event(read, &["/d/site.toml"]),
                event(EventKind::Access(AccessKind::Open(AccessMode::Any)), &["/d/content/articles/a.md"])
            ]),
            None
        );
    }

    #[test]
    fn a_burst_of_saves_is_one_change() {
        let modify = EventKind::Modify(ModifyKind::Any);
        let events: Vec<_> = (0..20).map(|_| event(modify, &["/d/content/articles/a.md"])).collect();
        assert_eq!(changes(&events), Some(Changes::Paths(vec!["content/articles/a.md".into()])));
    }

    /// Issue 15, defect 4: a folder moved out of the tree (`mv content/articles /elsewhere`) or
    /// back in was a change of nothing: the old articles kept being built.
    #[test]
    fn defect_4_a_folder_moved_out_or_back_means_everything() {
        use notify::event::RenameMode;
        for mode in [RenameMode::From, RenameMode::To, RenameMode::Any] {
            let moved = EventKind::Modify(ModifyKind::Name(mode));
            assert_eq!(changes(&[event(moved, &["/d/content/articles"])]), Some(Changes::All), "{mode:?}");
            assert_eq!(changes(&[event(moved, &["/d/content"])]), Some(Changes::All), "{mode:?}");
        }
        assert_eq!(changes(&[event(EventKind::Remove(RemoveKind::Any), &["/d/templates"])]), Some(Changes::All));
        // A file renamed is still a change of that file.
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::From));
        assert_eq!(
            changes(&[event(renamed, &["/d/content/articles/a.md"])]),
            Some(Changes::Paths(vec!["content/articles/a.md".into()]))
        );
    }

    #[test]
    fn a_new_folder_means_everything() {
        assert_eq!(
            changes(&[event(EventKind::Create(CreateKind::Folder), &["/d/content/articles/2026"])]),
            Some(Changes::All)
        );
        assert_eq!(changes(&[event(EventKind::Create(CreateKind::Folder), &["/d/public/articles"])]), None);
    }
}
