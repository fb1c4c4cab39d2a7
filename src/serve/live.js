// gloss serve: reload after each finished rebuild; show the current error until it is fixed.
(function () {
  var version = null, seq = null;
  function overlay(text) {
    var o = document.getElementById("gloss-error");
    if (!text) { if (o) o.remove(); return; }
    if (!o) {
      o = document.createElement("pre");
      o.id = "gloss-error";
      o.setAttribute("role", "alert");
      o.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;" +
        "padding:1rem 1.25rem;background:#3b0d0d;color:#ffe9e9;font:13px/1.45 ui-monospace,monospace;" +
        "white-space:pre-wrap;z-index:2147483647;border-top:4px solid #ff6b6b";
      document.body.appendChild(o);
    }
    o.textContent = "gloss: this save has problems; the page shows the last good build.\n\n" + text;
  }
  function poll() {
    fetch("/__gloss/live" + (seq === null ? "" : "?since=" + seq), { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (version !== null && s.version !== version) { location.reload(); return; }
        version = s.version; seq = s.seq;
        overlay(s.error);
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
