// `make bench`: prints what the release build costs a visitor.
//   1. Bytes of the wasm, JS and CSS in dist/, raw, gzip -9 and brotli q11, and the total;
//      and the same total for the Yew counter baseline (bench/counter, built by `make bench`).
//   2. Cold loads alternating A B A B (A: the widget's standalone page in dist/; B: the
//      minimal Yew counter in target/bench-counter/dist), BENCH_LOADS of each (default 7),
//      after one unmeasured warm-up pair. "Interactive" is defined the same way for both:
//      from navigation until the first control is there and enabled and a click on it has
//      rendered its result (A: "Start the quiz" clicked and the first question's answers
//      shown; B: "Add one" clicked and the count showing 1), timed and clicked in the page
//      (see watchControls). Medians side by side, A/B, and the A/B of each pair.
//      Then the same under a slow-phone profile set through the DevTools protocol before
//      navigating: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4x slower.
//      Each load has a fresh browser context (empty cache, empty storage). Files are served
//      gzip -9 as a real host would (BENCH_GZIP=0 serves them uncompressed).
//   3. The embed: the loader's bytes, what a host page fetches before the widget is near,
//      and the host page's cumulative layout shift when the widget loads below the fold
//      (examples/plain.html on one port, the widget's files on another).
//   3b. The first screen (issue 21), on the slow-phone profile, alternating with the counter:
//      examples/first-screen.html on one origin, the widget's files on another. From
//      navigation: Start on screen and working (the static first screen), Start pressed at
//      once, then the app taking over, and question 1 on screen; and the host page's
//      cumulative layout shift. Timed in the page, by polling each frame (the widget lives
//      in a shadow root, which no MutationObserver on the document sees). Twice, alternating:
//      the release's loader, with every language's first screen inlined in it, and the same
//      loader fetching the first screen as a small file per language (target/bench-file), so
//      the faster of the two is the one we ship.
//   4. The passphrase lock: time to lock, and to unlock after a reload (PBKDF2, 600,000
//      rounds, in the browser).
// A benchmark prints figures; it passes or fails nothing. Ports 8300-8306. BENCH_ONLY=first
// runs only the sizes and 3b; BENCH_H2=1 serves the widget's files (3 and 3b) over HTTP/2 with
// TLS, as a CDN does, instead of HTTP/1.1 (a self-signed certificate made with openssl).
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { bundleLoader, firstScreenFiles, integrity } from './minify.mjs';

const DIST = 'dist';
const COUNTER_DIST = 'target/bench-counter/dist';
const PORT = 8300; // dist/, the standalone page
const COUNTER_PORT = 8301; // the Yew counter
const WIDGET_PORT = 8302; // dist/ with CORS: the widget's files as a practice would host them
const HOST_PORT = 8303; // examples/, pointed at WIDGET_PORT instead of 8092
const FILE_PORT = 8304; // target/bench-file with CORS: the first screen as a file per language
const FILE_HOST_PORT = 8305; // examples/, pointed at FILE_PORT
const FILE_DIST = 'target/bench-file';
const FILE_PAGE_PORT = 8306; // target/bench-file, its standalone page (HTTP/1.1, like PORT)
const ONLY_FIRST = process.env.BENCH_ONLY === 'first';
const H2 = process.env.BENCH_H2 === '1';
const CERT = 'target/bench-cert';
if (H2) {
  execFileSync('mkdir', ['-p', CERT]);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${CERT}/key.pem`,
    '-out', `${CERT}/cert.pem`, '-days', '2', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
}
const WIDGET_SCHEME = H2 ? 'https' : 'http';
const WIDGET_SERVING = H2 ? ['--h2', CERT] : [];
const GZIP = process.env.BENCH_GZIP !== '0';
// The slow-phone profile: Slow-4G-like network and a mid-range phone's CPU.
const SLOW = { downKbps: 1600, upKbps: 750, rttMs: 150, cpu: 4 };
const LOADS = Number(process.env.BENCH_LOADS || 7);
const ARGS = ['--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
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
const counter = { raw: 0, gzip: 0, brotli: 0 };
for (const file of files(COUNTER_DIST)) {
  if (!kind(file)) continue;
  const buf = readFileSync(file);
  counter.raw += buf.length;
  counter.gzip += gzipSync(buf, { level: 9 }).length;
  counter.brotli += brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
console.log(`${'Yew counter baseline (wasm + js)'.padEnd(36)}${pad(counter.raw, 10)}${pad(counter.gzip, 10)}${pad(counter.brotli, 10)}`);

const loader = readFileSync(join(DIST, 'intimacy-check.js'));
console.log(`\nEmbed loader intimacy-check.js: ${loader.length} raw, ${gzipSync(loader, { level: 9 }).length} gzip, ` +
  `${brotliCompressSync(loader, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length} brotli bytes`);

// dist/ with a loader that fetches the first screen as a file per language, nothing else changed.
rmSync(FILE_DIST, { recursive: true, force: true });
cpSync(DIST, FILE_DIST, { recursive: true });
const perLanguage = firstScreenFiles(FILE_DIST);
const fetching = bundleLoader('web/intimacy-check.js', integrity(FILE_DIST, perLanguage));
writeFileSync(join(FILE_DIST, 'intimacy-check.js'), fetching);
// Its standalone page preloads the English file, as index.html did while it was shipped.
const sri = `sha384-${createHash('sha384').update(fetching).digest('base64')}`;
writeFileSync(join(FILE_DIST, 'index.html'), readFileSync(join(DIST, 'index.html'), 'utf8')
  .replace(/(<link rel="modulepreload" href="intimacy-check.js" integrity=")[^"]+"/, `$1${sri}"`)
  .replace('<link rel="modulepreload" href="intimacy-check.js"', '<link rel="preload" href="first-screen/en.json" as="fetch" crossorigin>\n  $&'));
for (const e of ['.gz', '.br']) for (const f of ['index.html', 'intimacy-check.js']) rmSync(join(FILE_DIST, f + e), { force: true });
const enFile = gzipSync(readFileSync(join(FILE_DIST, 'first-screen/en.json')), { level: 9 }).length;
console.log(`The same loader fetching the first screen as a file per language: ${fetching.length} raw, ` +
  `${gzipSync(fetching, { level: 9 }).length} gzip bytes, and first-screen/en.json ${enFile} gzip bytes`);

const serve = (dir, port, ...more) =>
  spawn('node', ['scripts/serve.mjs', '--dir', dir, '--port', String(port), ...(GZIP ? ['--gzip'] : []), ...more],
    { stdio: 'ignore' });
const servers = [
  serve(DIST, PORT),
  serve(COUNTER_DIST, COUNTER_PORT),
  serve(DIST, WIDGET_PORT, '--cors', ...WIDGET_SERVING),
  serve('examples', HOST_PORT, '--rewrite', `http://127.0.0.1:8092=${WIDGET_SCHEME}://127.0.0.1:${WIDGET_PORT}`),
  serve(FILE_DIST, FILE_PORT, '--cors', ...WIDGET_SERVING),
  serve(FILE_DIST, FILE_PAGE_PORT),
  serve('examples', FILE_HOST_PORT, '--rewrite', `http://127.0.0.1:8092=${WIDGET_SCHEME}://127.0.0.1:${FILE_PORT}`),
];
await new Promise((r) => setTimeout(r, 400));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
const now = (page) => page.evaluate(() => performance.now());

// Runs in the page from its first byte. The moment the first control exists in the DOM with
// its text and is enabled, it notes performance.now() (ms since navigation started) and
// clicks it in the next task, as the quickest visitor would (a click waits, like a real one,
// while the page is busy); then it notes when the click's result is in the DOM. So the
// figures carry no round trips to Playwright, whose delay before a click of its own would be
// added to A and B alike and pull their ratio towards 1. Playwright then checks the result.
function watchControls(spec) {
  const marks = (window.__benchMarks = {});
  const find = ({ selector, text }) => [...document.querySelectorAll(selector)]
    .find((el) => el.textContent.trim() === text && !el.disabled && !el.querySelector(':disabled'));
  const observer = new MutationObserver(() => {
    const t = performance.now();
    if (!('shown' in marks)) {
      const control = find(spec.shown);
      if (!control) return;
      marks.shown = t;
      // Found again at click time: the app may have taken over the first screen since.
      setTimeout(() => (find(spec.shown) ?? control).click());
    }
    if (find(spec.interactive)) {
      marks.interactive = t;
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

// Reads the marks once Playwright has seen the result; falls back to "now", and says so.
let fallbacks = 0;
async function marks(page) {
  const m = await page.evaluate(() => ({ now: performance.now(), ...window.__benchMarks }));
  if (m.shown === undefined || m.interactive === undefined) fallbacks++;
  return { shown: m.shown ?? m.now, interactive: m.interactive ?? m.now };
}

// A: the widget's standalone page, to the first question interactive.
async function widgetLoad(page, port = PORT) {
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
  await page.getByRole('radio', { name: 'Strongly agree' }).waitFor();
  return marks(page);
}
widgetLoad.spec = {
  shown: { selector: 'button', text: 'Start the quiz' },
  interactive: { selector: 'label', text: 'Strongly agree' },
};

// B: the Yew counter, to its button interactive (a click has changed the number).
async function counterLoad(page) {
  await page.goto(`http://127.0.0.1:${COUNTER_PORT}/`, { waitUntil: 'commit' });
  await page.getByText('Count: 1', { exact: true }).waitFor();
  return marks(page);
}
counterLoad.spec = {
  shown: { selector: 'button', text: 'Add one' },
  interactive: { selector: 'output', text: '1' },
};

// The widget embedded at the top of a host page from another origin (examples/first-screen.html).
function watchEmbed() {
  const marks = (window.__benchMarks = {});
  window.__cls = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  let heading = null;
  const tick = () => {
    const t = performance.now();
    const root = document.querySelector('intimacy-check')?.shadowRoot;
    const start = root && [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the quiz');
    if (!('shown' in marks) && start && start.getBoundingClientRect().height > 0) {
      marks.shown = t;
      heading = root.querySelector('h2');
      setTimeout(() => {
        marks.pressed = performance.now();
        // Found again at click time: the app may have taken over the first screen since.
        [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the quiz')?.click();
      });
    }
    if (heading && !('tookOver' in marks) && !heading.isConnected) marks.tookOver = t;
    if (root && [...root.querySelectorAll('label')].some((l) => l.textContent.trim() === 'Strongly agree')) {
      marks.interactive = t;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
async function embedLoad(page, host = HOST_PORT) {
  await page.goto(`http://127.0.0.1:${host}/first-screen.html`, { waitUntil: 'commit' });
  await page.locator('intimacy-check').getByRole('radio', { name: 'Strongly agree' }).waitFor();
  const m = await page.evaluate(() => ({ now: performance.now(), cls: window.__cls, ...window.__benchMarks }));
  if (m.shown === undefined || m.interactive === undefined) fallbacks++;
  return { shown: m.shown ?? m.now, interactive: m.interactive ?? m.now, tookOver: m.tookOver ?? m.now,
    pressed: m.pressed ?? m.now, cls: m.cls };
}
embedLoad.watch = watchEmbed;
const fileLoad = (page) => embedLoad(page, FILE_HOST_PORT);
fileLoad.watch = watchEmbed;
const filePage = (page) => widgetLoad(page, FILE_PAGE_PORT);
filePage.spec = widgetLoad.spec;

// One cold load in a fresh context; with `slow`, the profile is set before navigating.
async function coldLoad(browser, load, slow) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    await context.addInitScript(load.watch ?? watchControls, load.spec);
    const page = await context.newPage();
    if (slow) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slow.rttMs,
        downloadThroughput: (slow.downKbps * 1000) / 8,
        uploadThroughput: (slow.upKbps * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow.cpu });
    }
    return await load(page);
  } finally {
    await context.close();
  }
}

// A B A B ... (or A C B A C B ... with a third load), after one warm-up round not counted.
async function alternate(browser, slow, widget = widgetLoad, third = null) {
  const a = [];
  const b = [];
  const c = [];
  for (let i = -1; i < LOADS; i++) {
    const ra = await coldLoad(browser, widget, slow);
    const rc = third && await coldLoad(browser, third, slow);
    const rb = await coldLoad(browser, counterLoad, slow);
    if (i >= 0) a.push(ra), b.push(rb), third && c.push(rc);
  }
  const pick = (rs, k) => rs.map((r) => r[k]);
  return { a, b, c, pick };
}

// Medians of A and B side by side with A/B, then every load; returns the "interactive" figures.
function report(title, { a, b, pick }) {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(44)}${pad('A widget', 11)}${pad('B counter', 11)}${pad('A/B', 7)}`);
  const row = (label, k) => {
    const [ma, mb] = [median(pick(a, k)), median(pick(b, k))];
    console.log(`${label.padEnd(44)}${pad(ma.toFixed(0), 8)} ms${pad(mb.toFixed(0), 8)} ms${pad((ma / mb).toFixed(2), 7)}`);
  };
  row('navigation -> first control shown', 'shown');
  row('navigation -> interactive', 'interactive');
  console.log(`  A, to the first question: ${fmt(pick(a, 'interactive'))} ms`);
  console.log(`  B, to the count changed:  ${fmt(pick(b, 'interactive'))} ms`);
  const paired = a.map((r, i) => r.interactive / b[i].interactive);
  console.log(`  A/B of each pair: ${paired.map((x) => x.toFixed(2)).join(', ')}; median ${median(paired).toFixed(2)}`);
  return { a: median(pick(a, 'interactive')), b: median(pick(b, 'interactive')) };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  const served = GZIP ? 'files served gzip -9' : 'files served uncompressed';
  if (!ONLY_FIRST) await standalone(browser, served);
  await firstScreen(browser, served);
  if (!ONLY_FIRST) await belowTheFold(browser), await lock(browser);
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}

async function standalone(browser, served) {
  const fast = await alternate(browser, null);
  const toIntro = fast.pick(fast.a, 'shown');
  const toQuestion = fast.pick(fast.a, 'interactive');
  console.log(`\nCold loads: ${LOADS}, headless Chromium, 127.0.0.1, ${served}`);
  console.log(`navigation -> intro interactive:          median ${median(toIntro).toFixed(0)} ms  (${fmt(toIntro)})`);
  console.log(`navigation -> first question interactive: median ${median(toQuestion).toFixed(0)} ms  (${fmt(toQuestion)})`);

  const f = report(`The widget (A) against a minimal Yew counter (B), cold loads alternating A B, ${LOADS} each:`, fast);
  console.log(`A/B ${(f.a / f.b).toFixed(2)}, goal <= 1.30: ${f.a / f.b <= 1.3 ? 'met' : 'not met'}`);

  const slow = await alternate(browser, SLOW);
  const s = report(`Slow phone (DevTools protocol: ${SLOW.downKbps / 1000} Mbps down, ${SLOW.upKbps} kbps up, ` +
    `${SLOW.rttMs} ms RTT, CPU ${SLOW.cpu}x slower), alternating A B, ${LOADS} each, ${served}:`, slow);
  console.log(`widget first question interactive ${s.a.toFixed(0)} ms (counter ${s.b.toFixed(0)} ms, A/B ` +
    `${(s.a / s.b).toFixed(2)}), goal <= 2500 ms: ${s.a <= 2500 ? 'met' : 'not met'}`);
}

async function firstScreen(browser, served) {
  const first = await alternate(browser, SLOW, embedLoad, fileLoad);
  const { a: fa, b: fb, c: fc, pick: fp } = first;
  const med = (k) => median(fp(fa, k));
  console.log(`\nThe first screen: examples/first-screen.html, the widget's files from another origin, slow phone, ` +
    `alternating with the first screen as a file per language and with the counter, ${LOADS} each, ${served}` +
    `${H2 ? ', the widget\'s files over HTTP/2 (TLS)' : ', HTTP/1.1'}:`);
  console.log(`navigation -> Start on screen (first screen):   median ${med('shown').toFixed(0)} ms  (${fmt(fp(fa, 'shown'))})`);
  console.log(`  the counter's first button, same run:          median ${median(fp(fb, 'shown')).toFixed(0)} ms  (${fmt(fp(fb, 'shown'))})`);
  console.log(`navigation -> the app has taken over:            median ${med('tookOver').toFixed(0)} ms  (${fmt(fp(fa, 'tookOver'))})`);
  const fromPress = fa.map((r) => r.interactive - r.pressed);
  console.log(`Start pressed at once -> question 1 on screen:   median ${median(fromPress).toFixed(0)} ms  (${fmt(fromPress)})`);
  console.log(`host page layout shift:                          max ${Math.max(...fa.map((r) => r.cls)).toFixed(4)}`);
  console.log(`goal: Start <= 1000 ms and no later than the counter's button: ` +
    `${med('shown') <= 1000 && med('shown') <= median(fp(fb, 'shown')) ? 'met' : 'not met'}`);
  const other = (k) => median(fp(fc, k));
  const pressedFile = fc.map((r) => r.interactive - r.pressed);
  console.log(`the same, a first-screen file per language:     Start ${other('shown').toFixed(0)} ms  (${fmt(fp(fc, 'shown'))}), ` +
    `taken over ${other('tookOver').toFixed(0)} ms, press -> question 1 ${median(pressedFile).toFixed(0)} ms`);
  console.log(`inlined (shipped) minus a file per language, Start on screen: ${(med('shown') - other('shown')).toFixed(0)} ms ` +
    `(medians; one load to the next varies by ${(Math.max(...fp(fa, 'shown')) - Math.min(...fp(fa, 'shown'))).toFixed(0)} ms)`);

  const page = await alternate(browser, SLOW, widgetLoad, filePage);
  const st = (rs) => median(page.pick(rs, 'shown'));
  console.log(`\nThe standalone page (index.html), slow phone, ${LOADS} each, HTTP/1.1: Start on screen, the first screen ` +
    `inlined (shipped) ${st(page.a).toFixed(0)} ms (${fmt(page.pick(page.a, 'shown'))}), a file per language, preloaded, ` +
    `${st(page.c).toFixed(0)} ms (${fmt(page.pick(page.c, 'shown'))}); the counter ${st(page.b).toFixed(0)} ms`);
  if (fallbacks) console.log(`(${fallbacks} loads timed by Playwright, not in the page: a control's text changed?)`);
}

async function belowTheFold(browser) {

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
    await page.goto(`http://127.0.0.1:${HOST_PORT}/plain.html`, { waitUntil: 'networkidle' });
    before = requests.filter((u) => u.includes(`:${WIDGET_PORT}/`)).map((u) => new URL(u).pathname);
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
}

async function lock(browser) {

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
    await page.getByText('You have answered 2 of 37 so far.').waitFor();
    unlockMs.push(Date.now() - t);
    await context.close();
  }
  console.log(`\nPassphrase lock (PBKDF2-SHA-256 x 600,000 -> AES-GCM-256), 5 runs:`);
  console.log(`lock (derive + encrypt + write):          median ${median(lockMs)} ms  (${lockMs.join(', ')})`);
  console.log(`unlock after reload (derive + decrypt):   median ${median(unlockMs)} ms  (${unlockMs.join(', ')})`);
}
