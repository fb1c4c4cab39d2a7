#!/usr/bin/env node
// Browser and validity checks for a static site written by gloss.
//
//   node check.mjs SITE_DIR [--screenshots OUT_DIR] [--no-screenshots]
//                           [--only-validate] [--jobs N] [--pages REGEX]
//
// --pages REGEX checks only the pages whose path matches (a large generated
// digest's listings, for one: --pages '^(index|page/|sources/)').
//
// For every *.html file under SITE_DIR it runs these checks (a check is one
// page x one kind; each failing check prints one line per problem):
//   html           Nu Html Checker (vnu.jar) errors
//   links          a/link/img/script/source/iframe URLs on this site resolve to
//                  files under SITE_DIR, #fragments exist in the target page,
//                  and no link goes to a placeholder host (example.org ...)
//   axe@W-S        axe-core violations at W px wide (390, 1280) in colour
//                  scheme S (light, dark): WCAG A/AA, best practices, and AAA
//                  contrast (7:1)
//   layout@W-S     the layout facts at W px in scheme S, for every width in
//                  WIDTHS: no horizontal page scroll; margin notes beside their
//                  passage on wide screens (level with it, or stacked right
//                  under the note above; no overlap; inside the window) and
//                  opening full width under their line or table row on narrow
//                  ones; the sources matrix's last column reachable, its heads
//                  and article column in view while it scrolls, a scroll cue,
//                  cards on narrow screens, and an "agrees" link landing on its
//                  passage, highlighted; on the front page, the lead (what the
//                  coverage got wrong) first and inside the window, its terms
//                  side by side on wide screens, each example linked to its
//                  note; page links (the front page's and the matrix's pages)
//                  big enough to tap, one marked current, a way to the next
//   print          printed on A4, about 75 characters a line at most
//   console        no console errors or uncaught exceptions (any load)
//   requests       no failed requests or HTTP errors (any load)
//   nojs           with JavaScript disabled, <main> exists and has text
// The last line printed is always `browser: N passed, M failed`; the exit
// code is 1 when M > 0. Progress goes to stderr.
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM_PATH): playwright's
// own browser downloads are not available here. Java runs vnu.jar.

import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const VNU_JAR = String(require('vnu-jar')); // the package exports the jar's path
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic',
];
// Phones (360, 390), a tablet (768), laptops and desktops (1024-1440).
const WIDTHS = [360, 390, 768, 1024, 1280, 1440];
const SCHEMES = ['light', 'dark'];
// axe-core costs a second a load: a phone and a desktop, in both schemes, say
// what the other widths would (the layout checks run at every width).
const AXE_WIDTHS = [390, 1280];
// Where notes move into the margin: the stylesheet's 48rem at 16 px.
const WIDE = 768;
// A4 less the stylesheet's @page margins (2 x 20 mm), in CSS pixels.
const PRINT_WIDTH = Math.round(((210 - 40) / 25.4) * 96);
const MAX_PRINT_LINE = 78; // characters: the ~75 aimed for, and some slack for the estimate
const PLACEHOLDER_HOSTS = /(^|\.)example\.(org|com|net)$/;
const viewport = (width) => ({ width, height: width < WIDE ? 844 : 900 });
const MAX_LINES_PER_CHECK = 20; // keep one broken template from flooding the log
const NAV_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- results

// results: Map "page\0kind" -> { page, kind, problems: [] }
const results = new Map();

function record(page, kind, problems = []) {
  const key = `${page}\0${kind}`;
  const entry = results.get(key) ?? { page, kind, problems: [] };
  for (const p of problems) if (!entry.problems.includes(p)) entry.problems.push(p);
  results.set(key, entry);
}

function report() {
  let passed = 0;
  let failed = 0;
  const entries = [...results.values()].sort(
    (a, b) => a.page.localeCompare(b.page) || a.kind.localeCompare(b.kind));
  for (const { page, kind, problems } of entries) {
    if (problems.length === 0) { passed++; continue; }
    failed++;
    for (const p of problems.slice(0, MAX_LINES_PER_CHECK)) console.log(`FAIL ${page} ${kind}: ${p}`);
    if (problems.length > MAX_LINES_PER_CHECK) {
      console.log(`FAIL ${page} ${kind}: ... and ${problems.length - MAX_LINES_PER_CHECK} more`);
    }
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed;
}

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { site: null, screenshots: null, onlyValidate: false, jobs: 2, pages: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshots') opts.screenshots = argv[++i];
    else if (a === '--no-screenshots') opts.screenshots = null;
    else if (a === '--only-validate') opts.onlyValidate = true;
    else if (a === '--hostile') opts.hostile = true;
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--pages') opts.pages = new RegExp(argv[++i] ?? '');
    else if (a === '-h' || a === '--help') opts.help = true;
    else if (a.startsWith('-') || opts.site) throw new Error(`unexpected argument: ${a}`);
    else opts.site = a;
  }
  if (!opts.help && !opts.site) throw new Error('missing SITE_DIR');
  if (opts.screenshots === undefined) throw new Error('--screenshots needs OUT_DIR');
  return opts;
}

async function findHtmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await findHtmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

// ---------------------------------------------------------------- vnu

// One JVM for all files: starting Java costs seconds, checking a page costs
// milliseconds. (Linux allows ~2 MB of arguments, i.e. many thousand pages.)
async function validateHtml(root, files) {
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files];
  const { code, stdout, stderr } = await run('java', args);
  let messages;
  try {
    messages = JSON.parse(stderr || stdout).messages; // vnu writes JSON to stderr
  } catch {
    const why = (stderr || stdout || `exit code ${code}`).trim().split('\n')[0];
    for (const f of files) record(rel(root, f), 'html', [`could not run vnu: ${why}`]);
    return;
  }
  for (const f of files) record(rel(root, f), 'html');
  for (const m of messages) {
    if (m.type === 'info') continue; // warnings; --errors-only should drop them anyway
    const file = m.url ? fileURLToPath(m.url) : null;
    const page = file ? rel(root, file) : '(vnu)';
    const where = m.lastLine ? `${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 0}` : '-';
    record(page, 'html', [`${where} ${m.message}`]);
  }
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', (err) => resolve({ code: -1, stdout, stderr: err.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// ---------------------------------------------------------------- server

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// Maps a URL path to a file under root the way a plain static host does:
// `dir/` serves dir/index.html. Returns null if there is no such file;
// isDir tells that a directory was asked for (the server redirects `dir`).
async function resolveFile(root, urlPath) {
  const asked = path.join(root, decodeURIComponent(urlPath));
  if (asked !== root && !asked.startsWith(root + path.sep)) return null; // no ../ escapes
  const st = await stat(asked).catch(() => null);
  if (st?.isFile()) return { file: asked, isDir: false };
  if (!st?.isDirectory()) return null;
  const index = path.join(asked, 'index.html');
  return (await stat(index).catch(() => null))?.isFile() ? { file: index, isDir: true } : null;
}

// A tiny static server on loopback only, on a free port chosen by the OS.
async function startServer(root) {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let found = await resolveFile(root, url.pathname);
      if (found?.isDir && !url.pathname.endsWith('/')) {
        // like common hosts: /dir -> /dir/, so relative URLs inside resolve
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      let status = 200;
      if (!found) {
        status = 404;
        found = await resolveFile(root, '/404.html');
      }
      if (!found) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('not found\n');
        return;
      }
      const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(found.file).pipe(res);
    } catch {
      res.writeHead(400);
      res.end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---------------------------------------------------------------- browser

// Runs everything that needs a browser for one page: every width in both
// colour schemes with JavaScript, on paper, then once without JavaScript.
// Returns links and ids for the link check.
async function checkPage(browser, origin, page, screenshots) {
  const url = `${origin}/${page.split('/').map(encodeURIComponent).join('/')}`;
  // problem text -> loads it was seen in ("@390-light", "nojs" ...)
  const consoleErrors = new Map();
  const failedRequests = new Map();
  let collected = null;

  // One tab per page, resized and recoloured: a load per width and scheme
  // would cost seconds each and check the same bytes.
  try {
    const { tab, context } = await openTab(browser, origin,
      { viewport: viewport(WIDTHS[0]) }, 'with JavaScript', consoleErrors, failedRequests);
    try {
      await tab.goto(url, { waitUntil: 'load' });
      for (const scheme of SCHEMES) {
        for (const w of WIDTHS) {
          const label = `${w}-${scheme}`;
          const axeKind = `axe@${label}`;
          const layoutKind = `layout@${label}`;
          if (AXE_WIDTHS.includes(w)) record(page, axeKind);
          record(page, layoutKind);
          try {
            await tab.emulateMedia({ colorScheme: scheme });
            await tab.setViewportSize(viewport(w));
            await tab.evaluate(() => document.fonts.ready.then(() => true)); // layout and contrast need final fonts
            if (AXE_WIDTHS.includes(w)) record(page, axeKind, await runAxe(tab));
            if (screenshots) {
              const name = `${page.replace(/\.html$/, '').replaceAll('/', '-')}-${label}.png`;
              await tab.screenshot({ path: path.join(screenshots, name), fullPage: true });
            }
            record(page, layoutKind, await checkLayout(tab, w));
            if (!collected) collected = await collectLinks(tab);
            if (page === 'sources/index.html') {
              // It leaves the page: come back for the next width.
              record(page, layoutKind, await checkAgreesLink(tab));
              await tab.goto(url, { waitUntil: 'load' });
            }
          } catch (err) {
            // What cannot be checked fails.
            const why = [`could not check: ${firstLine(err)}`];
            if (AXE_WIDTHS.includes(w)) record(page, axeKind, why);
            record(page, layoutKind, why);
          }
        }
      }
    } finally {
      await context.close();
    }
  } catch (err) {
    record(page, 'layout', [`could not load: ${firstLine(err)}`]);
  }

  record(page, 'print');
  try {
    const { tab, context } = await openTab(browser, origin,
      { viewport: { width: PRINT_WIDTH, height: 1100 } }, 'print', consoleErrors, failedRequests);
    try {
      await tab.emulateMedia({ media: 'print' });
      await tab.goto(url, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready.then(() => true));
      record(page, 'print', await checkPrint(tab));
    } finally {
      await context.close();
    }
  } catch (err) {
    record(page, 'print', [`could not check: ${firstLine(err)}`]);
  }

  // Without JavaScript the page must still show its content.
  record(page, 'nojs');
  try {
    const { tab, context } = await openTab(browser, origin,
      { viewport: viewport(1280), javaScriptEnabled: false }, 'nojs', consoleErrors, failedRequests);
    try {
      await tab.goto(url, { waitUntil: 'load' });
      const main = tab.locator('main');
      const count = await main.count();
      if (count === 0) record(page, 'nojs', ['no <main> element']);
      else if ((await main.first().innerText()).trim() === '') record(page, 'nojs', ['<main> has no text']);
    } finally {
      await context.close();
    }
  } catch (err) {
    record(page, 'nojs', [`could not check: ${firstLine(err)}`]);
  }

  const withLoads = (m) => [...m].map(([text, loads]) => `${text} (${[...loads].join(', ')})`);
  record(page, 'console', withLoads(consoleErrors));
  record(page, 'requests', withLoads(failedRequests));
  return collected;
}

// A fresh context per load, so no cache or state leaks between checks.
async function openTab(browser, origin, options, label, consoleErrors, failedRequests) {
  // bypassCSP: axe is injected as an inline script, which a strict CSP would block.
  const context = await browser.newContext({ ...options, bypassCSP: true });
  context.setDefaultTimeout(NAV_TIMEOUT_MS);
  // Nothing may leave the machine: requests to other hosts are aborted and
  // reported (a static site should not need them to render).
  await context.route((u) => u.origin !== origin, (route) => route.abort('blockedbyclient'));
  const tab = await context.newPage();
  const note = (map, text) => map.set(text, (map.get(text) ?? new Set()).add(label));
  const httpErrors = new Set(); // URLs that already got a 4xx/5xx
  tab.on('console', (msg) => {
    // "Failed to load resource" duplicates what the requests check reports.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      note(consoleErrors, msg.text());
    }
  });
  tab.on('pageerror', (err) => note(consoleErrors, `uncaught: ${firstLine(err)}`));
  tab.on('response', (res) => {
    if (res.status() < 400) return;
    httpErrors.add(res.url());
    note(failedRequests, `${shortUrl(res.url(), origin)}: HTTP ${res.status()}`);
  });
  tab.on('requestfailed', (req) => {
    // A 404 stylesheet is also aborted (the 404 page is not CSS): report it once.
    if (httpErrors.has(req.url())) return;
    const why = req.failure()?.errorText ?? 'failed';
    const text = why.includes('BLOCKED_BY_CLIENT') ? 'blocked: other hosts are not allowed' : why;
    note(failedRequests, `${shortUrl(req.url(), origin)}: ${text}`);
  });
  return { tab, context };
}

async function runAxe(tab) {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.addScriptTag({ path: AXE_PATH });
  // Default rule set: WCAG 2.x A/AA plus best practices, and AAA contrast
  // (7:1, 4.5:1 for large text), which axe-core leaves off by default.
  const violations = await tab.evaluate(async () => {
    const r = await window.axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast-enhanced': { enabled: true } },
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.map((v) => {
    const more = v.targets.length > 3 ? ` (+${v.targets.length - 3} more)` : '';
    return `${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}${more}`;
  });
}

// ---------------------------------------------------------------- layout

// The layout facts one load must keep; returns problems.
async function checkLayout(tab, width) {
  return [
    ...await checkOverflow(tab),
    ...(width >= WIDE ? await tab.evaluate(wideNotes) : await tab.evaluate(narrowNotes)),
    ...await tab.evaluate(matrixLayout, width >= WIDE),
    ...await tab.evaluate(frontLayout, width),
    ...await tab.evaluate(pagesLayout),
  ];
}

// In the page, the front page's lead: what the coverage got wrong comes
// before the articles, starts on the first screen, stays inside the window,
// puts its terms side by side where the page is wide (1024 px and up), and
// links each example to its note (#qN; the links check finds the target).
function frontLayout(width) {
  const lead = document.querySelector('.lead');
  if (!lead) return [];
  const problems = [];
  const articles = document.querySelector('.articles');
  const r = lead.getBoundingClientRect();
  if (articles && articles.getBoundingClientRect().top < r.top) problems.push('the lead comes after the articles');
  if (r.top + window.scrollY > window.innerHeight) {
    problems.push(`the lead starts below the first screen (${Math.round(r.top + window.scrollY)}px in a ${window.innerHeight}px window)`);
  }
  const terms = [...lead.querySelectorAll('.misstated-term')];
  if (terms.length === 0) problems.push('the lead names no misstated term');
  for (const t of terms) {
    const b = t.getBoundingClientRect();
    if (b.left < 0 || b.right > window.innerWidth + 0.5) {
      problems.push(`a misstated term's box is outside the window (${Math.round(b.left)}-${Math.round(b.right)}px)`);
      break;
    }
  }
  if (width >= 1024 && terms.length >= 2) {
    const rows = new Set(terms.map((t) => Math.round(t.getBoundingClientRect().top)));
    if (rows.size === terms.length) problems.push('the misstated terms are in one column on a wide screen');
  }
  for (const a of lead.querySelectorAll('.misstated-examples a')) {
    if (!/#q\d+$/.test(a.getAttribute('href'))) {
      problems.push(`an example in the lead links to ${a.getAttribute('href')}, not to its note`);
    }
  }
  return problems;
}

// In the page, the links to a listing's other pages: each at least 44 px
// square (WCAG's enhanced target size), exactly one marked as this page,
// and a link to the previous or the next page.
function pagesLayout() {
  const problems = [];
  for (const nav of document.querySelectorAll('nav.pages')) {
    const links = [...nav.querySelectorAll('a')];
    for (const a of links) {
      const b = a.getBoundingClientRect();
      if (b.width < 43.5 || b.height < 43.5) {
        problems.push(`page link "${a.textContent.trim()}" is ${Math.round(b.width)}x${Math.round(b.height)}px, under 44px`);
        break;
      }
      if (b.left < 0 || b.right > window.innerWidth + 0.5) {
        problems.push(`page link "${a.textContent.trim()}" is outside the window`);
        break;
      }
    }
    if (links.filter((a) => a.getAttribute('aria-current') === 'page').length !== 1) {
      problems.push(`${nav.getAttribute('aria-label')}: not exactly one page marked current`);
    }
    if (!nav.querySelector('a[rel="next"], a[rel="prev"]')) {
      problems.push(`${nav.getAttribute('aria-label')}: no link to the next or previous page`);
    }
  }
  return problems;
}

async function checkOverflow(tab) {
  const o = await tab.evaluate(() => {
    const vw = window.innerWidth;
    const sw = document.documentElement.scrollWidth;
    if (sw <= vw) return null;
    // Name the first few elements sticking out, to say where to look.
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(r.right)}px)`);
        if (culprits.length === 3) break;
      }
    }
    return { vw, sw, culprits };
  });
  if (!o) return [];
  return [`page is ${o.sw}px wide in a ${o.vw}px viewport; sticking out: ${o.culprits.join(', ') || '?'}`];
}

// In the page, wide screens: every note in the margin, beside its passage.
// A note's top is level with its passage (within a few px), or, where the
// note above reaches lower, right under that note; notes never overlap, and
// stay inside the window.
function wideNotes() {
  const problems = [];
  const notes = [...document.querySelectorAll('.note[id^="n"]')];
  if (notes.length === 0) return problems;
  const column = document.querySelector('.article-body').getBoundingClientRect();
  const shown = new Map(); // number -> rects of the notes shown for it
  for (const s of document.querySelectorAll('.sidenote')) {
    if (s.getClientRects().length === 0) continue;
    const n = s.querySelector('.note-num')?.textContent.trim();
    shown.set(n, [...(shown.get(n) ?? []), s.getBoundingClientRect()]);
  }
  const boxes = [];
  for (const note of notes) {
    const n = note.id.slice(1);
    const rects = shown.get(n) ?? [];
    if (rects.length !== 1) {
      problems.push(`note ${n}: ${rects.length} notes shown for it in the margin`);
      continue;
    }
    const box = rects[0];
    // The passage: from its link target to the note's number.
    const range = document.createRange();
    range.setStartAfter(document.getElementById(`q${n}`));
    range.setEndBefore(note.querySelector('.note-ref'));
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const passage = lines.length
      ? { top: Math.min(...lines.map((r) => r.top)), bottom: Math.max(...lines.map((r) => r.bottom)) }
      : note.querySelector('.note-ref').getBoundingClientRect();
    if (box.left < column.right + 8) {
      problems.push(`note ${n}: not in the margin (left edge ${Math.round(box.left)}px, text column ends at ${Math.round(column.right)}px)`);
    }
    if (box.left < 0 || box.right > window.innerWidth + 0.5) {
      problems.push(`note ${n}: outside the window (${Math.round(box.left)}-${Math.round(box.right)}px of ${window.innerWidth}px)`);
    }
    if (box.top < passage.top - 8) {
      problems.push(`note ${n}: starts ${Math.round(passage.top - box.top)}px above its passage`);
    }
    boxes.push({ n, box, passage });
  }
  boxes.sort((a, b) => a.box.top - b.box.top);
  let above = null;
  for (const b of boxes) {
    if (above && b.box.top < above.box.bottom - 1) {
      problems.push(`notes ${above.n} and ${b.n} overlap by ${Math.round(above.box.bottom - b.box.top)}px`);
    }
    const stacked = above && b.box.top - above.box.bottom <= 24;
    if (b.box.top > b.passage.bottom + 8 && !stacked) {
      problems.push(`note ${b.n}: starts ${Math.round(b.box.top - b.passage.bottom)}px below its passage, with room above it`);
    }
    above = b;
  }
  return problems;
}

// In the page, narrow screens: no note is open until its number is selected;
// then it opens under its line (or under its table row), as wide as the text,
// inside the window; selecting the number again closes it.
function narrowNotes() {
  const problems = [];
  const open = () => [...document.querySelectorAll('.sidenote')].filter((s) => s.getClientRects().length > 0);
  if (open().length) problems.push(`${open().length} notes open before any number is selected`);
  const body = document.querySelector('.article-body');
  for (const note of document.querySelectorAll('.note[id^="n"]')) {
    const n = note.id.slice(1);
    const label = note.querySelector('.note-ref');
    const toggle = document.getElementById(`t${n}`);
    if (!label || !toggle) {
      problems.push(`note ${n}: no number to open it`);
      continue;
    }
    label.click(); // as a reader taps it
    const shown = open();
    if (shown.length !== 1) {
      problems.push(`note ${n}: ${shown.length} notes open after selecting its number`);
    } else {
      const box = shown[0].getBoundingClientRect();
      const row = label.closest('tr');
      const under = (row ?? label).getBoundingClientRect().bottom;
      const column = (label.closest('.table-wrap') ?? body).getBoundingClientRect();
      if (box.top < under - 1) {
        problems.push(`note ${n}: opens at ${Math.round(box.top)}px, not under its ${row ? 'table row' : 'line'} (${Math.round(under)}px)`);
      }
      if (box.width < Math.min(column.width, window.innerWidth) * 0.8) {
        problems.push(`note ${n}: opens ${Math.round(box.width)}px wide under a ${Math.round(column.width)}px text`);
      }
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5) {
        problems.push(`note ${n}: outside the window (${Math.round(box.left)}-${Math.round(box.right)}px)`);
      }
    }
    label.click();
    if (toggle.checked || open().length) problems.push(`note ${n}: selecting its number again does not close it`);
  }
  return problems;
}

// In the page, the sources matrix. Wide: the last column can be scrolled to,
// the term heads and the article column stay in view while the table
// scrolls, the region fits the window's height, and a table that scrolls
// sideways shows a cue. Narrow: cards that need no sideways scrolling, each
// verdict with its term.
function matrixLayout(wide) {
  const region = document.querySelector('.matrix-scroll');
  if (!region) return [];
  const problems = [];
  const r = region.getBoundingClientRect();
  const inner = {
    left: r.left + region.clientLeft,
    right: r.left + region.clientLeft + region.clientWidth,
    top: r.top + region.clientTop,
  };
  if (!wide) {
    if (region.scrollWidth > region.clientWidth + 1) {
      problems.push(`the matrix scrolls sideways on a narrow screen (${region.scrollWidth}px in ${region.clientWidth}px)`);
    }
    for (const td of region.querySelectorAll('.cell-agrees, .cell-contradicts')) {
      const term = td.querySelector('.cell-term');
      if (td.getClientRects().length === 0 || !term || term.getClientRects().length === 0) {
        problems.push('a verdict in an article\'s card does not show its term');
        break;
      }
    }
    return problems;
  }
  if (r.height > window.innerHeight) {
    problems.push(`the matrix region is ${Math.round(r.height)}px high in a ${window.innerHeight}px window: its heads can leave the screen`);
  }
  const heads = region.querySelectorAll('thead th');
  const last = heads[heads.length - 1];
  const cue = getComputedStyle(region).backgroundImage.includes('gradient');
  if (region.scrollWidth > region.clientWidth + 1 && !cue) problems.push('the matrix scrolls sideways with no cue');
  region.scrollLeft = region.scrollWidth;
  region.scrollTop = region.scrollHeight;
  const l = last.getBoundingClientRect();
  if (l.right > inner.right + 1 || l.left < inner.left - 1) {
    problems.push(`the last column cannot be reached: ${Math.round(l.left)}-${Math.round(l.right)}px in a region of ${Math.round(inner.left)}-${Math.round(inner.right)}px scrolled to its end`);
  }
  if (Math.abs(l.top - inner.top) > 1) {
    problems.push(`the term heads leave the region when it scrolls down (${Math.round(l.top)}px, region top ${Math.round(inner.top)}px)`);
  }
  const article = region.querySelector('tbody .matrix-article');
  if (article && Math.abs(article.getBoundingClientRect().left - inner.left) > 1) {
    problems.push('the article column leaves the region when it scrolls sideways');
  }
  region.scrollLeft = 0;
  region.scrollTop = 0;
  return problems;
}

// On the sources page: the first "agrees" link lands on its passage, which is
// in view and highlighted, as contradiction links land on theirs.
async function checkAgreesLink(tab) {
  const link = tab.locator('.cell-agrees a').first();
  if ((await link.count()) === 0) return [];
  const href = await link.getAttribute('href');
  await link.click();
  await tab.waitForLoadState('load');
  return tab.evaluate((href) => {
    const t = document.querySelector(':target');
    if (!t) return [`agrees link ${href}: lands on nothing`];
    const problems = [];
    if (!t.classList.contains('claim') || !t.textContent.trim()) {
      problems.push(`agrees link ${href}: lands on <${t.tagName.toLowerCase()} class="${t.className}">, not on its passage`);
    }
    const background = getComputedStyle(t).backgroundColor;
    if (background === 'rgba(0, 0, 0, 0)' || background === getComputedStyle(document.body).backgroundColor) {
      problems.push(`agrees link ${href}: the passage is not highlighted`);
    }
    const r = t.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) problems.push(`agrees link ${href}: the passage is not in view`);
    return problems;
  }, href);
}

// Printed on A4: the longest lines of prose, in characters (the text's
// width over its average character's width, notes left out).
async function checkPrint(tab) {
  return tab.evaluate((max) => {
    const canvas = document.createElement('canvas').getContext('2d');
    let worst = 0;
    let where = '';
    for (const p of document.querySelectorAll('main p, main li')) {
      const copy = p.cloneNode(true);
      for (const note of copy.querySelectorAll('.note, ul, ol')) note.remove();
      const text = copy.textContent.replace(/\s+/g, ' ').trim();
      if (text.length < 160) continue; // too short to fill a line
      const style = getComputedStyle(p);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const perChar = canvas.measureText(text).width / text.length;
      const chars = (p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / perChar;
      if (chars > worst) {
        worst = chars;
        where = text.slice(0, 40);
      }
    }
    return worst > max ? [`about ${Math.round(worst)} characters a line on A4 (“${where}…”)`] : [];
  }, MAX_PRINT_LINE);
}

// Raw URL attributes plus every id on the page, for the link check later.
async function collectLinks(tab) {
  return tab.evaluate(() => {
    const links = [];
    const add = (el, attr, value) => links.push({ tag: el.tagName.toLowerCase(), attr, value });
    for (const [sel, attr] of [['a[href]', 'href'], ['link[href]', 'href'], ['img[src]', 'src'],
      ['script[src]', 'src'], ['source[src]', 'src'], ['iframe[src]', 'src'], ['video[poster]', 'poster']]) {
      for (const el of document.querySelectorAll(sel)) add(el, attr, el.getAttribute(attr));
    }
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of el.getAttribute('srcset').split(',')) {
        const u = candidate.trim().split(/\s+/)[0];
        if (u) add(el, 'srcset', u);
      }
    }
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id)
      .concat([...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')));
    return { baseURI: document.baseURI, links, ids };
  });
}

// ---------------------------------------------------------------- links

async function checkLinks(root, origin, collectedByPage) {
  const idsByPage = new Map([...collectedByPage].map(([p, c]) => [p, new Set(c?.ids ?? [])]));
  for (const [page, collected] of collectedByPage) {
    if (!collected) continue; // the page did not load: already a failure
    record(page, 'links');
    for (const { tag, attr, value } of collected.links) {
      let u;
      try { u = new URL(value, collected.baseURI); } catch {
        record(page, 'links', [`<${tag} ${attr}="${value}">: not a valid URL`]);
        continue;
      }
      if (tag === 'a' && PLACEHOLDER_HOSTS.test(u.hostname)) {
        record(page, 'links', [`<a href="${value}">: a placeholder address readers cannot visit`]);
        continue;
      }
      // Only this site's own files: other hosts, mailto:, data: etc. are skipped.
      if (u.origin !== origin) continue;
      const found = await resolveFile(root, u.pathname).catch(() => null);
      if (!found) {
        record(page, 'links', [`<${tag} ${attr}="${value}">: no file for ${safeDecode(u.pathname)}`]);
        continue;
      }
      const fragment = safeDecode(u.hash.slice(1));
      if (!fragment || fragment.toLowerCase() === 'top') continue; // "#top" always works
      const target = rel(root, found.file);
      const ids = idsByPage.get(target);
      if (ids && !ids.has(fragment)) {
        record(page, 'links', [`<${tag} ${attr}="${value}">: no id "${fragment}" in ${target}`]);
      }
    }
  }
}

// ---------------------------------------------------------------- helpers

function rel(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

function shortUrl(u, origin) {
  return u.startsWith(origin) ? u.slice(origin.length) : u;
}

function safeDecode(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

function firstLine(err) {
  return String(err?.message ?? err).split('\n')[0];
}

// The injection corpus (tests/fixtures/hostile, issue 15): every payload there, if it ran,
// sets window.__pwned or opens a dialog. Each page is loaded at a phone's and a desktop's
// width, hovered, focused and clicked through, and must run none of them; and below the margin
// breakpoint every note's number must still open and close its note.
async function checkHostilePage(browser, origin, page) {
  const url = `${origin}/${page.split('/').map(encodeURIComponent).join('/')}`;
  const consoleErrors = new Map();
  const failedRequests = new Map();
  for (const width of [390, 1280]) {
    const kind = `hostile@${width}`;
    record(page, kind);
    try {
      const { tab, context } = await openTab(browser, origin, { viewport: viewport(width) }, kind, consoleErrors, failedRequests);
      const dialogs = [];
      tab.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
      try {
        await tab.goto(url, { waitUntil: 'load' });
        // Hover and focus everything, as a reader moving over the page would.
        await tab.evaluate(() => {
          for (const el of document.querySelectorAll('body *')) {
            for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) {
              el.dispatchEvent(new Event(type, { bubbles: true }));
            }
          }
        });
        await tab.waitForTimeout(200);
        const pwned = await tab.evaluate(() => window.__pwned);
        const problems = [];
        if (pwned !== undefined) problems.push(`a payload ran (window.__pwned = ${pwned})`);
        for (const d of dialogs) problems.push(`a dialog opened: ${d}`);
        if (width < WIDE) problems.push(...await tab.evaluate(narrowNotes));
        const notes = await tab.evaluate(() => document.querySelectorAll('.note[id^="n"]').length);
        if (page.startsWith('articles/') && notes === 0) problems.push('no notes to open');
        record(page, kind, problems);
      } finally {
        await context.close();
      }
    } catch (err) {
      record(page, kind, [`could not check: ${firstLine(err)}`]);
    }
  }
}

// Runs fn over items with at most `limit` in flight (the machine has 2 cores).
async function pool(items, limit, fn) {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length) await fn(queue.shift());
  });
  await Promise.all(workers);
}

// ---------------------------------------------------------------- main

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`check.mjs: ${err.message}`);
    console.error('usage: node check.mjs SITE_DIR [--screenshots OUT_DIR] [--no-screenshots] [--only-validate] [--hostile] [--jobs N] [--pages REGEX]');
    return 2;
  }
  if (opts.help) {
    console.log('usage: node check.mjs SITE_DIR [--screenshots OUT_DIR] [--no-screenshots] [--only-validate] [--hostile] [--jobs N] [--pages REGEX]');
    return 0;
  }
  const root = path.resolve(opts.site);
  const files = (await findHtmlFiles(root).catch(() => []))
    .filter((f) => !opts.pages || opts.pages.test(rel(root, f)))
    .sort();
  if (files.length === 0) {
    record('(site)', 'setup', [`no .html files under ${root}`]);
    return report() > 0 ? 1 : 0;
  }
  const pages = files.map((f) => rel(root, f));
  if (opts.hostile) {
    const { server, origin } = await startServer(root);
    let browser;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      process.stderr.write(`check.mjs: the injection corpus, ${pages.length} pages at 390 and 1280 px\n`);
      await pool(pages, opts.jobs, (page) => checkHostilePage(browser, origin, page));
    } catch (err) {
      record('(browser)', 'setup', [firstLine(err)]);
    } finally {
      await browser?.close();
      server.close();
    }
    return report() > 0 ? 1 : 0;
  }
  if (opts.screenshots) await mkdir(opts.screenshots, { recursive: true });

  // vnu (one JVM) runs alongside the browser: together they keep both cores busy.
  process.stderr.write(`check.mjs: the Nu Html Checker over ${files.length} pages\n`);
  const validation = validateHtml(root, files);
  if (!opts.onlyValidate) {
    const { server, origin } = await startServer(root);
    let browser;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const collectedByPage = new Map();
      process.stderr.write(`check.mjs: ${pages.length} pages in Chromium at ${WIDTHS.join(', ')} px, light and dark, and on paper\n`);
      let done = 0;
      await pool(pages, opts.jobs, async (page) => {
        collectedByPage.set(page, await checkPage(browser, origin, page, opts.screenshots));
        process.stderr.write(`check.mjs: [${++done}/${pages.length}] ${page}\n`);
      });
      await checkLinks(root, origin, collectedByPage);
    } catch (err) {
      record('(browser)', 'setup', [firstLine(err)]);
    } finally {
      await browser?.close();
      server.close();
    }
  }
  await validation;
  return report() > 0 ? 1 : 0;
}

// Run only as a script, so that the helpers (e.g. startServer) can be imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}

export { startServer, resolveFile, findHtmlFiles };
