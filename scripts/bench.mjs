// `make bench`: prints what the release build costs a visitor.
//   1. Bytes of the wasm, JS and CSS in dist/, raw, gzip -9 and brotli q11, and the total.
//   2. Median time from navigation to the first question being interactive, over cold
//      loads (a fresh browser context each time: empty cache, empty storage) in headless
//      Debian Chromium against dist/ served on 127.0.0.1.
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

const server = spawn('node', ['scripts/serve.mjs', '--dir', DIST, '--port', String(PORT)], { stdio: 'ignore' });
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
} finally {
  await browser.close();
  server.kill();
}
