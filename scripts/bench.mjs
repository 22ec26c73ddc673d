// `make bench`: prints what the release build costs a visitor.
//   1. Bytes of the wasm, JS and CSS in dist/, raw, gzip -9 and brotli q11, and the total.
//   2. Median time from navigation to the first question being interactive, over cold
//      loads (a fresh browser context each time: empty cache, empty storage) in headless
//      Debian Chromium against dist/ served on 127.0.0.1.
//   3. The embed: the loader's bytes, what a host page fetches before the widget is near,
//      and the host page's cumulative layout shift when the widget loads below the fold
//      (examples/plain.html on one port, the widget's files on another).
//   4. The passphrase lock: time to lock, and to unlock after a reload (PBKDF2, 600,000
//      rounds, in the browser).
// A benchmark prints figures; it passes or fails nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const DIST = 'dist';
const PORT = 8097;
const LOADS = Number(process.env.BENCH_LOADS || 7);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function kind(path) {
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return null;
}

const pad = (s, n) => String(s).padStart(n);
const rows = [];
const totals = { raw: 0, gzip: 0, brotli: 0 };
for (const file of files(DIST).sort()) {
  const k = kind(file);
  if (!k) continue;
  const buf = readFileSync(file);
  const row = {
    file: relative(DIST, file),
    kind: k,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  rows.push(row);
  for (const t of ['raw', 'gzip', 'brotli']) totals[t] += row[t];
}

console.log('Sizes of dist/ (bytes)');
console.log(`${'file'.padEnd(36)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(36)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
for (const k of ['wasm', 'js', 'css']) {
  const sum = (t) => rows.filter((r) => r.kind === k).reduce((a, r) => a + r[t], 0);
  console.log(`${('all ' + k).padEnd(36)}${pad(sum('raw'), 10)}${pad(sum('gzip'), 10)}${pad(sum('brotli'), 10)}`);
}
console.log(`${'TOTAL (wasm + js + css)'.padEnd(36)}${pad(totals.raw, 10)}${pad(totals.gzip, 10)}${pad(totals.brotli, 10)}`);

const loader = readFileSync(join(DIST, 'intimacy-check.js'));
console.log(`\nEmbed loader intimacy-check.js: ${loader.length} raw, ${gzipSync(loader, { level: 9 }).length} gzip, ` +
  `${brotliCompressSync(loader, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length} brotli bytes`);

const server = spawn('node', ['scripts/serve.mjs', '--dir', DIST, '--port', String(PORT)], { stdio: 'ignore' });
const widgetServer = spawn('node', ['scripts/serve.mjs', '--dir', DIST, '--port', '8092', '--cors'], { stdio: 'ignore' });
const hostServer = spawn('node', ['scripts/serve.mjs', '--dir', 'examples', '--port', '8091'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  const toIntro = [];
  const toQuestion = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'commit' });
    const start = page.getByRole('button', { name: 'Start the quiz' });
    await start.waitFor();
    toIntro.push(await page.evaluate(() => performance.now()));
    await start.click();
    await page.getByRole('radio', { name: 'Strongly agree' }).waitFor();
    toQuestion.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`\nCold loads: ${LOADS}, headless Chromium, 127.0.0.1`);
  console.log(`navigation -> intro interactive:          median ${median(toIntro).toFixed(0)} ms  (${fmt(toIntro)})`);
  console.log(`navigation -> first question interactive: median ${median(toQuestion).toFixed(0)} ms  (${fmt(toQuestion)})`);

  const cls = [];
  const toWidget = [];
  let before = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      window.cls = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('http://127.0.0.1:8091/plain.html', { waitUntil: 'networkidle' });
    before = requests.filter((u) => u.includes(':8092/')).map((u) => new URL(u).pathname);
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('intimacy-check').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
    toWidget.push((await page.evaluate(() => performance.now())) - t0);
    await page.waitForTimeout(300);
    cls.push(await page.evaluate(() => window.cls));
    await context.close();
  }
  console.log(`\nHost page (examples/plain.html), widget below the fold, ${LOADS} cold loads:`);
  console.log(`widget files fetched before scrolling:   ${before.join(', ')}`);
  console.log(`scroll -> widget interactive:             median ${median(toWidget).toFixed(0)} ms  (${fmt(toWidget)})`);
  console.log(`cumulative layout shift of the host page: max ${Math.max(...cls).toFixed(4)}  (${cls.map((c) => c.toFixed(4)).join(', ')})`);

  const lockMs = [];
  const unlockMs = [];
  const saved = JSON.stringify({ version: 2, answers: { 'safety-real-self': 4, 'time-just-us': 2 }, at: 'intro' });
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/page.css`);
    await page.evaluate((v) => localStorage.setItem('intimacy-check', v), saved);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByText('Privacy and safety', { exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
    await page.getByLabel('The same passphrase again').fill('blue harbour morning');
    let t = Date.now();
    await page.getByRole('button', { name: 'Lock my answers' }).click();
    await page.getByText('Locked. From now on').waitFor();
    lockMs.push(Date.now() - t);
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
    t = Date.now();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('You have answered 2 of 28 so far.').waitFor();
    unlockMs.push(Date.now() - t);
    await context.close();
  }
  console.log(`\nPassphrase lock (PBKDF2-SHA-256 x 600,000 -> AES-GCM-256), 5 runs:`);
  console.log(`lock (derive + encrypt + write):          median ${median(lockMs)} ms  (${lockMs.join(', ')})`);
  console.log(`unlock after reload (derive + decrypt):   median ${median(unlockMs)} ms  (${unlockMs.join(', ')})`);
} finally {
  await browser.close();
  server.kill();
  widgetServer.kill();
  hostServer.kill();
}
