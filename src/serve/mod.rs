//! `gloss serve`: watch mode plus a small local HTTP server with live reload.
//!
//! Pages are served from the output folder, exactly as `gloss build` writes them; only the
//! responses get a small script, which long-polls the server, reloads the page after a rebuild
//! has finished writing, and shows the current error as an overlay until it is fixed. The
//! script is never written into the output.

use std::fs;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::thread;
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use crate::BuildOptions;
use crate::error::{Error, Result};
use crate::report;
use crate::watch;

const LIVE_PATH: &str = "/__gloss/live";
const SCRIPT_PATH: &str = "/__gloss/live.js";
/// The review queue's page: served, never written to the output.
const REVIEW_PATH: &str = "/__gloss/review";
const SCRIPT: &str = include_str!("live.js");

/// What the browser is told: successful builds so far, the current error, and a sequence
/// number that moves on every change of either.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct State {
    version: u64,
    error: Option<String>,
    seq: u64,
}

#[derive(Default)]
struct Live {
    state: Mutex<State>,
    changed: Condvar,
    /// The review queue's page as of the last good build (apart from `state`, which every
    /// poll copies).
    review: Mutex<String>,
}

impl Live {
    fn review(&self) -> String {
        let page = self.review.lock().unwrap_or_else(|p| p.into_inner()).clone();
        if page.is_empty() { crate::report::queue_page(&[]) } else { page }
    }

    fn set_review(&self, page: String) {
        *self.review.lock().unwrap_or_else(|p| p.into_inner()) = page;
    }

    fn update(&self, f: impl FnOnce(&mut State)) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut s);
        s.seq += 1;
        self.changed.notify_all();
    }

    /// Waits (up to `timeout`) for a state newer than `since`.
    fn wait(&self, since: Option<u64>, timeout: Duration) -> State {
        let s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (s, _) = self
            .changed
            .wait_timeout_while(s, timeout, |s| since.is_some_and(|since| s.seq <= since))
            .unwrap_or_else(|p| p.into_inner());
        s.clone()
    }
}

/// Binds 127.0.0.1 on `port`, or the next free port among the 20 after it.
fn bind(port: u16) -> Result<(Server, u16)> {
    let mut last: Option<Box<dyn std::error::Error + Send + Sync>> = None;
    for p in port..=port.saturating_add(20) {
        match std::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, p))) {
            Ok(listener) => {
                no_delay(&listener);
                match Server::from_listener(listener, None) {
                    Ok(s) => return Ok((s, p)),
                    Err(e) => last = Some(e),
                }
            }
            Err(e) => last = Some(Box::new(e)),
        }
    }
    Err(Error::Serve(format!(
        "no free port from {port} to {}: {}",
        port.saturating_add(20),
        last.map(|e| e.to_string()).unwrap_or_default()
    )))
}

/// Sets TCP_NODELAY on the listener, which the connections it accepts inherit (Linux copies it):
/// tiny_http writes a response's head and body apart, and with Nagle's algorithm a keep-alive
/// connection waited ~44 ms for the delayed ACK on every request (issue 15, defect 10).
#[cfg(target_os = "linux")]
fn no_delay(listener: &std::net::TcpListener) {
    let _ = rustix::net::sockopt::set_tcp_nodelay(listener, true);
}

#[cfg(not(target_os = "linux"))]
fn no_delay(_: &std::net::TcpListener) {}

/// The most live-reload polls waiting at once, each on a thread of its own; beyond, a poll is
/// answered at once (the page asks again).
const MAX_WAITING_POLLS: usize = 64;

/// Builds, serves and rebuilds until Ctrl-C (or `stop`).
pub fn run(options: BuildOptions, port: u16, stop: mpsc::Receiver<()>) -> Result<()> {
    let options = BuildOptions { review_queue: true, ..options };
    let (server, port) = bind(port)?;
    let server = Arc::new(server);
    let live = Arc::new(Live::default());
    let output = options.output.clone();
    println!("serving {} at http://127.0.0.1:{port}/ (Ctrl-C to stop)", output.display());
    println!("review queue at http://127.0.0.1:{port}{REVIEW_PATH}");
    let waiting = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for _ in 0..4 {
        let (server, live, output) = (Arc::clone(&server), Arc::clone(&live), output.clone());
        let waiting = Arc::clone(&waiting);
        thread::spawn(move || {
            for request in server.incoming_requests() {
                let _ = respond(request, &live, &output, port, &waiting);
            }
        });
    }
    let result = watch::run(options, stop, |event| {
        let review = match &event {
            watch::Event::Built { report, .. } => report.review.as_deref().map(report::queue_page),
            watch::Event::Failed { .. } => None,
        };
        match report::print_watch_event(&event) {
            None => {
                if let Some(page) = review {
                    live.set_review(page);
                }
                live.update(|s| {
                    s.version += 1;
                    s.error = None;
                })
            }
            Some(text) => live.update(|s| s.error = Some(text)),
        }
    });
    server.unblock();
    result
}

/// Whether a request may be answered: sent to this server by its own name (a page elsewhere
/// that points a name of its own at 127.0.0.1, DNS rebinding, must not read the drafts), with a
/// method that reads.
fn refusal(request: &Request, port: u16) -> Option<(u16, &'static str)> {
    let host = request.headers().iter().find(|h| h.field.equiv("Host")).map(|h| h.value.as_str().to_ascii_lowercase());
    let ours = host.as_deref().is_some_and(|h| {
        let name = h.strip_suffix(&format!(":{port}")).unwrap_or(h);
        matches!(name, "127.0.0.1" | "localhost" | "[::1]")
    });
    if !ours {
        return Some((421, "this server answers only to 127.0.0.1 and localhost\n"));
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        return Some((405, "only GET and HEAD\n"));
    }
    None
}

fn respond(
    request: Request,
    live: &Arc<Live>,
    output: &Path,
    port: u16,
    waiting: &Arc<std::sync::atomic::AtomicUsize>,
) -> io::Result<()> {
    use std::sync::atomic::Ordering;
    if let Some((status, why)) = refusal(&request, port) {
        let mut response = with_type(Response::from_string(why), "text/plain; charset=utf-8").with_status_code(status);
        if status == 405
            && let Ok(h) = Header::from_bytes(&b"Allow"[..], &b"GET, HEAD"[..])
        {
            response.add_header(h);
        }
        return request.respond(response);
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == LIVE_PATH {
        let since = query.split('&').find_map(|kv| kv.strip_prefix("since=")).and_then(|v| v.parse().ok());
        let answer = |live: &Live, since: Option<u64>, timeout: Duration, request: Request| {
            let s = live.wait(since, timeout);
            let body = serde_json::json!({ "version": s.version, "seq": s.seq, "error": s.error }).to_string();
            request.respond(with_type(Response::from_string(body), "application/json"))
        };
        // A long poll waits on a thread of its own, never on one of the four that serve pages:
        // four open tabs held them all and the fifth request waited ~20 s (issue 15, defect 10).
        if waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING_POLLS {
            waiting.fetch_sub(1, Ordering::SeqCst);
            return answer(live, None, Duration::ZERO, request);
        }
        let (live, waiting) = (Arc::clone(live), Arc::clone(waiting));
        thread::spawn(move || {
            let _ = answer(&live, since, Duration::from_secs(20), request);
            waiting.fetch_sub(1, Ordering::SeqCst);
        });
        return Ok(());
    }
    if path == REVIEW_PATH {
        let page = live.review();
        return request.respond(with_type(Response::from_data(inject(page.into_bytes())), "text/html; charset=utf-8"));
    }
    if path == SCRIPT_PATH {
        return request.respond(with_type(Response::from_string(SCRIPT), "text/javascript"));
    }
    let Some(file) = resolve(output, path) else {
        return not_found(request, output);
    };
    match fs::read(&file) {
        Ok(bytes) => {
            let kind = content_type(&file);
            let body = if kind.starts_with("text/html") { inject(bytes) } else { bytes };
            request.respond(with_type(Response::from_data(body), kind))
        }
        Err(_) => not_found(request, output),
    }
}

fn not_found(request: Request, output: &Path) -> io::Result<()> {
    let body = fs::read(output.join("404.html")).map(inject).unwrap_or_else(|_| b"not found".to_vec());
    request.respond(with_type(Response::from_data(body), "text/html; charset=utf-8").with_status_code(StatusCode(404)))
}

/// The file for a URL path: percent-decoded, inside the output, `index.html` for a folder.
fn resolve(output: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let rel = Path::new(decoded.trim_start_matches('/'));
    // Nor gloss's own files there (the manifest, a write in progress), nor any dotfile.
    let plain = |c: Component<'_>| matches!(c, Component::Normal(n) if !n.to_string_lossy().starts_with('.'));
    if !rel.components().all(plain) {
        return None;
    }
    let file = output.join(rel);
    if file.is_dir() { Some(file.join("index.html")) } else { Some(file) }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Adds the live-reload script before `</body>`.
fn inject(mut html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>");
    let at = html.windows(7).rposition(|w| w == b"</body>").unwrap_or(html.len());
    html.splice(at..at, tag.into_bytes());
    html
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript",
        "xml" => "application/xml",
        "json" => "application/json",
        "jsonld" => "application/ld+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Sets the content type; served pages change on every save, so nothing is cached.
fn with_type<R: io::Read>(mut response: Response<R>, kind: &str) -> Response<R> {
    for (name, value) in [("Content-Type", kind), ("Cache-Control", "no-store")] {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_resolve_inside_the_output_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::create_dir_all(dir.path().join("articles/a")).expect("mkdir");
        assert_eq!(resolve(dir.path(), "/articles/a/"), Some(dir.path().join("articles/a/index.html")));
        assert_eq!(resolve(dir.path(), "/style.css"), Some(dir.path().join("style.css")));
        assert_eq!(resolve(dir.path(), "/a%20b.html"), Some(dir.path().join("a b.html")));
        assert_eq!(resolve(dir.path(), "/../etc/passwd"), None);
        assert_eq!(resolve(dir.path(), "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(dir.path(), "/%zz"), None);
        // Issue 15, defect 15: the manifest (and any dotfile) is not served.
        assert_eq!(resolve(dir.path(), "/.gloss-manifest"), None);
        assert_eq!(resolve(dir.path(), "/articles/.index.html.gloss-tmp"), None);
        assert_eq!(resolve(dir.path(), "/%2egloss-manifest"), None);
    }

    #[test]
    fn the_script_goes_before_the_end_of_body() {
        let html = inject(b"<html><body><p>x</p></body></html>".to_vec());
        assert_eq!(
            String::from_utf8(html).expect("utf-8"),
            "<html><body><p>x</p><script src=\"/__gloss/live.js\"></script></body></html>"
        );
    }

    #[test]
    fn waiting_returns_on_change_or_timeout() {
        let live = Arc::new(Live::default());
        let s = live.wait(None, Duration::from_secs(5));
        assert_eq!(s.seq, 0, "no since: answers at once");
        let l = Arc::clone(&live);
        let t = thread::spawn(move || l.wait(Some(0), Duration::from_secs(5)));
        thread::sleep(Duration::from_millis(50));
        live.update(|s| s.error = Some("boom".into()));
        let s = t.join().expect("join");
        assert_eq!((s.seq, s.error.as_deref()), (1, Some("boom")));
        let s = live.wait(Some(1), Duration::from_millis(20));
        assert_eq!(s.seq, 1, "timed out with the same state");
    }
}
