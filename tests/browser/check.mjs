#!/usr/bin/env node
// Browser and validity checks for a static site written by gloss.
//
//   node check.mjs SITE_DIR [--screenshots OUT_DIR] [--no-screenshots]
//                           [--only-validate] [--jobs N]
//
// For every *.html file under SITE_DIR it runs these checks (a check is one
// page x one kind; each failing check prints one line per problem):
//   html         Nu Html Checker (vnu.jar) errors
//   links        a/link/img/script/source/iframe URLs on this site resolve to
//                files under SITE_DIR, and #fragments exist in the target page
//   axe@390      axe-core violations at a 390x844 viewport
//   axe@1280     axe-core violations at a 1280x900 viewport
//   overflow@390 no horizontal scrolling at 390 px
//   console      no console errors or uncaught exceptions (any load)
//   requests     no failed requests or HTTP errors (any load)
//   nojs         with JavaScript disabled, <main> exists and has text
// The last line printed is always `browser: N passed, M failed`; the exit
// code is 1 when M > 0.
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
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
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
  const opts = { site: null, screenshots: null, onlyValidate: false, jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshots') opts.screenshots = argv[++i];
    else if (a === '--no-screenshots') opts.screenshots = null;
    else if (a === '--only-validate') opts.onlyValidate = true;
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]) || 1);
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

// Runs everything that needs a browser for one page: both viewports with
// JavaScript, then once without. Returns links and ids for the link check.
async function checkPage(browser, origin, page, screenshots) {
  const url = `${origin}/${page.split('/').map(encodeURIComponent).join('/')}`;
  // problem text -> loads it was seen in ("@390", "@1280", "nojs")
  const consoleErrors = new Map();
  const failedRequests = new Map();
  let collected = null;

  for (const viewport of VIEWPORTS) {
    const w = viewport.width;
    const axeKind = `axe@${w}`;
    record(page, axeKind);
    if (w === 390) record(page, 'overflow@390');
    try {
      const { tab, context } = await openTab(browser, origin, { viewport }, `@${w}`, consoleErrors, failedRequests);
      try {
        await tab.goto(url, { waitUntil: 'load' });
        await tab.evaluate(() => document.fonts.ready.then(() => true)); // layout and contrast need final fonts
        record(page, axeKind, await runAxe(tab));
        if (w === 390) record(page, 'overflow@390', await checkOverflow(tab));
        if (!collected) collected = await collectLinks(tab);
        if (screenshots) {
          const name = `${page.replace(/\.html$/, '').replaceAll('/', '-')}-${w}.png`;
          await tab.screenshot({ path: path.join(screenshots, name), fullPage: true });
        }
      } finally {
        await context.close();
      }
    } catch (err) {
      // A page that cannot be loaded or checked fails what this load checks.
      const why = [`could not check: ${firstLine(err)}`];
      record(page, axeKind, why);
      if (w === 390) record(page, 'overflow@390', why);
    }
  }

  // Without JavaScript the page must still show its content.
  record(page, 'nojs');
  try {
    const { tab, context } = await openTab(browser, origin,
      { viewport: VIEWPORTS[1], javaScriptEnabled: false }, 'nojs', consoleErrors, failedRequests);
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
  await tab.addScriptTag({ path: AXE_PATH });
  // Default rule set: WCAG 2.x A/AA plus best practices (AAA and
  // experimental rules are off by default in axe-core).
  const violations = await tab.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
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
    console.error('usage: node check.mjs SITE_DIR [--screenshots OUT_DIR] [--no-screenshots] [--only-validate] [--jobs N]');
    return 2;
  }
  if (opts.help) {
    console.log('usage: node check.mjs SITE_DIR [--screenshots OUT_DIR] [--no-screenshots] [--only-validate] [--jobs N]');
    return 0;
  }
  const root = path.resolve(opts.site);
  const files = (await findHtmlFiles(root).catch(() => [])).sort();
  if (files.length === 0) {
    record('(site)', 'setup', [`no .html files under ${root}`]);
    return report() > 0 ? 1 : 0;
  }
  const pages = files.map((f) => rel(root, f));
  if (opts.screenshots) await mkdir(opts.screenshots, { recursive: true });

  // vnu (one JVM) runs alongside the browser: together they keep both cores busy.
  const validation = validateHtml(root, files);
  if (!opts.onlyValidate) {
    const { server, origin } = await startServer(root);
    let browser;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const collectedByPage = new Map();
      await pool(pages, opts.jobs, async (page) => {
        collectedByPage.set(page, await checkPage(browser, origin, page, opts.screenshots));
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
