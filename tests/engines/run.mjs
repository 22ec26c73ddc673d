// The widget in Firefox (Gecko) and WebKit over W3C WebDriver, against the release build in dist/.
// Run by `make test-engines` (part of `make test`); `ENGINES=webkit node tests/engines/run.mjs`
// runs one engine, `ONLY=lock` the scenarios whose name contains "lock". It starts and stops
// everything it needs:
//   8190  dist/ (the standalone page)
//   8191  dist/ with CORS: the widget's files on another origin, as a practice would host them
//   8192  examples/ (host pages), their hard-coded widget host rewritten from :8092 to :8191
//   8193  dist/ again, holding the wasm back until the scenario releases it (the first screen)
//   8194  geckodriver (Firefox ESR, -headless)
//   8195  WebKitWebDriver (WebKitGTK's MiniBrowser) under xvfb-run
// Ports differ from the Playwright suite's (8090-8093), so both can run at once.
// Every served HTML page gets tests/engines/page-errors.js first in its <head>; it records
// uncaught errors, unhandled rejections, CSP violations and console.error into window.__errors,
// which every step below checks. Waits are named conditions with time limits, never sleeps.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, Condition } from 'selenium-webdriver';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 'http://127.0.0.1:8190';
const WIDGET = 'http://127.0.0.1:8191';
const EX = 'http://127.0.0.1:8192';
const HELD = 'http://127.0.0.1:8193';
/** Every step of the quiz: the 34 scored statements, then the 3 of the safety check. */
const QUESTIONS = 37;
/** The scored statements; the safety check's come after them. */
const SCORED = 34;
const SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const PASSPHRASE = 'blue harbour morning';
const WAIT = 15_000; // for any one thing to appear; the lock's PBKDF2 is the slowest step
const EXAMPLE_CSP = `default-src 'self'; script-src 'self' ${WIDGET} 'wasm-unsafe-eval'; style-src 'self' ${WIDGET}; `
  + `connect-src 'self' ${WIDGET}; object-src 'none'; base-uri 'none'`;
// Debian's webkit2gtk-driver drives the MiniBrowser of libwebkit2gtk-4.1 (any architecture).
const MINIBROWSER = readdirSync('/usr/lib').map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`)
  .find((path) => existsSync(path)) || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// ---------------------------------------------------------------- processes

const children = [];
function start(name, command, args, env = {}) {
  // Its own process group, so stopping it also stops what it started (Xvfb, the browser).
  const child = spawn(command, args, {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env },
  });
  child.name = name;
  child.output = '';
  const keep = (data) => { child.output = (child.output + data).slice(-8000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (e) => { child.failed = true; keep(`could not start ${command}: ${e.message}\n`); });
  children.push(child);
  return child;
}

/** Stops one child (and what it started), and resolves once it has exited. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  await gone;
}

function stopAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopAll(); process.exit(130); });

/** Resolves once `url` answers; fails at once if `child` exits, or after `ms`. */
async function answers(url, child, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (child.failed || child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${child.name} exited (${child.exitCode ?? child.signalCode}):\n${child.output}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch { /* not listening yet */ }
    if (Date.now() > end) throw new Error(`${child.name} did not answer on ${url} within ${ms} ms:\n${child.output}`);
    await new Promise((done) => setTimeout(done, 100)); // polling interval, not a wait for the page
  }
}

function serve(name, port, args) {
  const child = start(name, process.execPath, ['scripts/serve.mjs', '--port', String(port), ...args]);
  return answers(`http://127.0.0.1:${port}/`, child);
}

function which(tool, ...fallbacks) {
  for (const dir of (process.env.PATH || '').split(':')) if (dir && existsSync(join(dir, tool))) return join(dir, tool);
  return fallbacks.find((path) => existsSync(path)) || tool;
}

const ENGINES = {
  firefox: {
    label: 'Firefox',
    async driver() {
      const gecko = start('geckodriver', which('geckodriver', join(homedir(), '.cargo/bin/geckodriver')),
        ['--host', '127.0.0.1', '--port', '8194', '--log', 'warn']);
      this.process = gecko;
      await answers('http://127.0.0.1:8194/status', gecko);
      return new Builder().usingServer('http://127.0.0.1:8194').withCapabilities({
        browserName: 'firefox',
        pageLoadStrategy: 'normal',
        'moz:firefoxOptions': {
          binary: which('firefox-esr', '/usr/bin/firefox-esr'),
          args: ['-headless', '-width', '1280', '-height', '900'],
          // A closed network: nothing to update, report or check in the background.
          prefs: {
            'app.update.disabledForTesting': true,
            'app.normandy.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'browser.safebrowsing.downloads.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'datareporting.healthreport.uploadEnabled': false,
            'extensions.update.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'toolkit.telemetry.enabled': false,
          },
        },
      }).build();
    },
  },
  webkit: {
    label: 'WebKit',
    async driver() {
      const webkit = start('WebKitWebDriver', 'xvfb-run',
        ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', which('WebKitWebDriver'), '--port=8195', '--host=local'],
        // No GPU here: software rendering, no compositing surprises under Xvfb.
        { WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1' });
      this.process = webkit;
      await answers('http://127.0.0.1:8195/status', webkit);
      return new Builder().usingServer('http://127.0.0.1:8195').withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      }).build();
    },
  },
};

// ---------------------------------------------------------------- finding things like a visitor

// Runs in the page: the first visible element of a kind with exactly this accessible name,
// in the document or in the open shadow root of the element that `host` selects.
function find(host, kind, name) {
  let root = document;
  if (host) {
    root = document.querySelector(host)?.shadowRoot;
    if (!root) return null;
  }
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const labelOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const byFor = el.id && root.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    return (byFor || el.closest('label') || el).textContent;
  };
  const all = (selector) => [...root.querySelectorAll(selector)];
  const matches = (text) => (name.startsWith('/') ? new RegExp(name.slice(1, -1)).test(norm(text)) : norm(text) === name);
  const candidates = {
    button: () => all('button').filter((b) => matches(b.textContent)),
    radio: () => all('input[type=radio]').filter((i) => matches(labelOf(i))),
    checkbox: () => all('input[type=checkbox]').filter((i) => matches(labelOf(i))),
    field: () => all('input:not([type=radio]):not([type=checkbox]), textarea').filter((i) => matches(labelOf(i))),
    heading: () => all('h1, h2, h3, h4, h5, h6').filter((h) => matches(h.textContent)),
    summary: () => all('summary').filter((s) => matches(s.textContent)),
    // The innermost element with this text.
    text: () => all('*').filter((e) => matches(e.textContent)).reverse(),
  }[kind]();
  return candidates.find(visible) || null;
}

class Visitor {
  constructor(driver, engine) {
    this.driver = driver;
    this.engine = engine;
    this.scope = null; // null: the page itself; 'intimacy-check': inside the widget's shadow root
  }

  describe(kind, name) { return `${kind} "${name}"${this.scope ? ` inside <${this.scope}>'s shadow root` : ''}`; }

  /** Waits for a visible element and returns it. `name` may be "/regex/". */
  async find(kind, name, ms = WAIT) {
    // The app taking over the first screen may replace the element just as it is handed back
    // (stale): it is then looked for again.
    const cond = new Condition(this.describe(kind, name), async (d) => {
      try {
        return (await d.executeScript(find, this.scope, kind, name)) || null;
      } catch (e) {
        if (e.name === 'StaleElementReferenceError') return null;
        throw e;
      }
    });
    return this.driver.wait(cond, ms, `no visible ${this.describe(kind, name)} within ${ms} ms`, 50);
  }

  async see(kind, name) { await this.find(kind, name); await this.noErrors(); }

  async click(kind, name) {
    // The app taking over the first screen replaces its elements: a button found just before
    // is then gone (stale), and the click never happened, so it is found again.
    for (let attempt = 1; ; attempt++) {
      const el = await this.find(kind, name);
      try {
        await el.click(); // a real WebDriver click: scrolls, hit-tests, then clicks
        break;
      } catch (e) {
        if (e.name !== 'StaleElementReferenceError' || attempt === 3) throw e;
      }
    }
    await this.noErrors();
  }

  async choose(answer) {
    await this.click('radio', answer);
    await this.until(`"${answer}" is chosen`, (scope, name) => {
      const root = scope ? document.querySelector(scope).shadowRoot : document;
      return [...root.querySelectorAll('input[type=radio]')].some((i) => i.checked
        && (i.closest('label')?.textContent || '').replace(/\s+/g, ' ').trim() === name);
    }, this.scope, answer);
  }

  async type(label, text) {
    const el = await this.find('field', label);
    await el.clear();
    await el.sendKeys(text);
    await this.noErrors();
  }

  async isChecked(kind, name) { return (await this.find(kind, name)).isSelected(); }

  /** Waits until a function run in the page returns something truthy, and returns it. */
  async until(what, fn, ...args) {
    return this.driver.wait(new Condition(what, (d) => d.executeScript(fn, ...args)), WAIT, `not true within ${WAIT} ms: ${what}`, 50);
  }

  /** Reads the page's recorded errors; throws on any. Also collects warnings for the report. */
  async noErrors() {
    const { errors, warnings } = await this.driver.executeScript(
      () => ({ errors: window.__errors ? [...window.__errors] : null, warnings: window.__warnings ? [...window.__warnings] : [] }));
    if (errors === null) throw new Error(`the error listener is missing on ${await this.driver.getCurrentUrl()}`);
    for (const w of warnings) this.engine.warnings.add(w);
    if (errors.length) throw new Error(`page errors in ${this.engine.label}:\n  ${errors.join('\n  ')}`);
  }

  async open(url) { await this.driver.get(url); await this.noErrors(); }

  async reload() { await this.noErrors(); await this.driver.navigate().refresh(); await this.noErrors(); }

  /** Opens `url` with nothing saved on its origin. */
  async fresh(url) {
    await this.driver.get(url);
    await this.driver.executeScript(() => localStorage.clear());
    await this.reload();
  }

  /** Scrolls the embedded widget into view, so its loader starts it. */
  async reachWidget() {
    await this.driver.executeScript(() => document.querySelector('intimacy-check').scrollIntoView({ block: 'start' }));
    this.scope = 'intimacy-check';
  }

  /** Switches into examples/iframe.html's iframe (scrolled into view, so it loads). */
  async intoFrame() {
    const frame = await this.driver.executeScript(() => {
      const f = document.getElementById('intimacy-check-frame');
      f.scrollIntoView({ block: 'start' });
      return f;
    });
    await this.driver.switchTo().frame(frame);
    this.scope = 'intimacy-check';
  }

  /** Back to the host page, checking the frame's and the page's errors on the way. */
  async outOfFrame() {
    await this.noErrors();
    await this.driver.switchTo().defaultContent();
    this.scope = null;
    await this.noErrors();
  }

  /**
   * Answers from question `from` up to, not including, `until`, checking each question's number:
   * the scored ones with `pick(n)`, the safety check's with `check(n)` (by default, no fear:
   * "Strongly disagree", so nothing switches to the widget's safety mode).
   */
  async answer(from, until, pick = (n) => SCALE[n % SCALE.length], check = () => SCALE[0]) {
    for (let n = from; n < until; n++) {
      await this.see('text', `Question ${n} of ${QUESTIONS}`);
      await this.choose(n > SCORED ? check(n) : pick(n));
      await this.click('button', n === QUESTIONS ? 'See my results' : 'Continue');
    }
  }

  async finishQuiz() {
    await this.click('button', 'Start the quiz');
    await this.answer(1, QUESTIONS + 1);
    await this.see('heading', 'What your answers say');
  }

  /** The stored value of a localStorage key, once it is different from `before`. */
  async savedChange(key, before) {
    return this.until(`localStorage "${key}" changes`, (k, b) => {
      const now = localStorage.getItem(k);
      return now !== null && now !== b ? now : null;
    }, key, before);
  }

  async saved(key) { return this.driver.executeScript((k) => localStorage.getItem(k), key); }
}

// ---------------------------------------------------------------- what a visitor does

const scenarios = [
  ['the page-error recorder sees errors, rejections, console.error and CSP violations here', async (v) => {
    // Without this, "no page errors" could pass only because nothing was listening.
    await v.driver.get(`${EX}/strict-csp.html#page-errors-self-test`);
    await v.driver.executeScript(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true;'; // the strict CSP must block this
      document.head.append(inline);
    });
    const kinds = ['thrown on purpose', 'rejected on purpose', 'logged on purpose', 'CSP blocked'];
    const seen = await v.until('all four kinds are recorded', (k) => {
      const all = (window.__errors || []).join('\n');
      return k.every((t) => all.includes(t)) && window.__errors.slice();
    }, kinds).catch(async (e) => {
      const got = await v.driver.executeScript(() => window.__errors);
      throw new Error(`${e.message}; recorded:\n${JSON.stringify(got, null, 1)}`);
    });
    if (await v.driver.executeScript(() => window.inlineRan)) throw new Error('the strict CSP let an inline script run');
    if (seen.length !== 4) throw new Error(`expected 4 records, got:\n${seen.join('\n')}`);
  }],

  ['standalone: start, answer, reload and resume with answers kept, finish, results', async (v) => {
    await v.fresh(`${PAGE}/`);
    await v.see('heading', 'Do we have emotional intimacy?');
    await v.click('button', 'Start the quiz');
    await v.answer(1, 6);
    await v.see('text', `Question 6 of ${QUESTIONS}`);
    await v.reload();
    // Reload resumes on the question itself; the intro's resume button counts too.
    await v.find('text', `/^(Question 6 of ${QUESTIONS}|Carry on where I left off)$/`);
    if (await v.driver.executeScript(find, null, 'button', 'Carry on where I left off')) {
      await v.click('button', 'Carry on where I left off');
    }
    await v.see('text', `Question 6 of ${QUESTIONS}`);
    for (let n = 5; n >= 1; n--) {
      await v.click('button', 'Back');
      await v.see('text', `Question ${n} of ${QUESTIONS}`);
      if (!(await v.isChecked('radio', SCALE[n % SCALE.length]))) throw new Error(`question ${n} lost its answer after the reload`);
    }
    for (let n = 1; n <= 5; n++) await v.click('button', 'Continue');
    await v.answer(6, QUESTIONS + 1);
    await v.see('heading', 'What your answers say');
    await v.see('text', '/^Overall: \\d+ out of 100$/');
    await v.see('text', '/^Feeling understood: \\d+ out of 100$/');
  }],

  ['standalone: make a plan, tick a day, reload and it is still ticked', async (v) => {
    await v.fresh(`${PAGE}/`);
    await v.finishQuiz();
    await v.click('button', 'Make my plan');
    await v.see('heading', 'Your rebuild plan');
    const tick = await v.driver.executeScript(() => {
      const box = document.querySelector('.ic-activity input[type=checkbox]');
      return box && !box.checked ? box.getAttribute('aria-label') : null;
    });
    if (!tick) throw new Error('the plan has no unticked day to tick');
    const before = await v.saved('intimacy-check');
    await v.click('checkbox', tick);
    await v.until('the day is ticked', (name) => document.querySelector(`input[aria-label="${CSS.escape(name)}"]`)?.checked, tick);
    await v.savedChange('intimacy-check', before);
    await v.reload();
    await v.see('heading', 'Your rebuild plan');
    if (!(await v.isChecked('checkbox', tick))) throw new Error(`"${tick}" is not ticked after the reload`);
  }],

  ['standalone: lock with a passphrase, reload, unlock, everything back', async (v) => {
    await v.fresh(`${PAGE}/`);
    await v.finishQuiz();
    await v.click('button', 'Make my plan');
    await v.see('heading', 'Your rebuild plan');
    const tick = await v.driver.executeScript(() => document.querySelector('.ic-activity input[type=checkbox]')?.getAttribute('aria-label'));
    await v.click('checkbox', tick);
    await v.until('the day is ticked', (name) => document.querySelector(`input[aria-label="${CSS.escape(name)}"]`)?.checked, tick);
    await v.click('summary', 'Privacy and safety');
    await v.type('Passphrase', PASSPHRASE);
    await v.type('The same passphrase again', PASSPHRASE);
    const before = await v.saved('intimacy-check');
    await v.click('button', 'Lock my answers');
    await v.see('text', 'Locked. From now on, this device will ask for your passphrase.');
    const stored = await v.savedChange('intimacy-check', before);
    if (!stored.startsWith('ic-locked:1:600000:')) throw new Error(`stored data is not locked: ${stored.slice(0, 40)}…`);
    await v.reload();
    await v.see('heading', 'Your answers are locked');
    await v.type('Passphrase', PASSPHRASE);
    await v.click('button', 'Unlock');
    await v.see('heading', 'Your rebuild plan');
    if (!(await v.isChecked('checkbox', tick))) throw new Error(`"${tick}" is not ticked after unlocking`);
    await v.click('button', 'See my results');
    await v.see('heading', 'What your answers say');
  }],

  ['embed on another origin (examples/plain.html): start, answer, reload and resume, results, events', async (v) => {
    await v.fresh(`${EX}/plain.html`);
    await v.reachWidget();
    await v.click('button', 'Start the quiz');
    await v.answer(1, 4);
    await v.see('text', `Question 4 of ${QUESTIONS}`);
    await v.reload();
    await v.reachWidget();
    await v.see('text', `Question 4 of ${QUESTIONS}`);
    await v.click('button', 'Back');
    if (!(await v.isChecked('radio', SCALE[3]))) throw new Error('question 3 lost its answer after the reload');
    await v.click('button', 'Continue');
    await v.answer(4, QUESTIONS + 1);
    await v.see('heading', 'What your answers say');
    await v.until('the host page got intimacy-check:quiz-completed', () => (window.widgetEvents || [])
      .some((e) => e.type === 'intimacy-check:quiz-completed'));
    const keys = await v.driver.executeScript(() => Object.keys(localStorage));
    if (!keys.includes('intimacy-check:harbour')) throw new Error(`saved under ${JSON.stringify(keys)}, not intimacy-check:harbour`);
  }],

  ['embed on another origin: plan, tick, lock, reload, unlock, all inside the shadow root', async (v) => {
    const KEY = 'intimacy-check:harbour';
    await v.fresh(`${EX}/plain.html`);
    await v.reachWidget();
    await v.finishQuiz();
    await v.click('button', 'Make my plan');
    await v.see('heading', 'Your rebuild plan');
    const tick = await v.driver.executeScript(() => document.querySelector('intimacy-check').shadowRoot
      .querySelector('.ic-activity input[type=checkbox]')?.getAttribute('aria-label'));
    await v.click('checkbox', tick);
    await v.until('the day is ticked', (name) => document.querySelector('intimacy-check').shadowRoot
      .querySelector(`input[aria-label="${CSS.escape(name)}"]`)?.checked, tick);
    await v.click('summary', 'Privacy and safety');
    await v.type('Passphrase', PASSPHRASE);
    await v.type('The same passphrase again', PASSPHRASE);
    const before = await v.saved(KEY);
    await v.click('button', 'Lock my answers');
    await v.see('text', 'Locked. From now on, this device will ask for your passphrase.');
    const stored = await v.savedChange(KEY, before);
    if (!stored.startsWith('ic-locked:1:600000:')) throw new Error(`stored data is not locked: ${stored.slice(0, 40)}…`);
    await v.reload();
    await v.reachWidget();
    await v.see('heading', 'Your answers are locked');
    await v.type('Passphrase', PASSPHRASE);
    await v.click('button', 'Unlock');
    await v.see('heading', 'Your rebuild plan');
    if (!(await v.isChecked('checkbox', tick))) throw new Error(`"${tick}" is not ticked after unlocking`);
  }],

  ['embed under a strict CSP (examples/strict-csp.html): loads and answers with no violation', async (v) => {
    await v.fresh(`${EX}/strict-csp.html`);
    await v.reachWidget();
    await v.click('button', 'Start the quiz');
    await v.answer(1, 3);
    await v.see('text', `Question 3 of ${QUESTIONS}`);
  }],

  ['first screen, the wasm held back: the intro, quick exit and Privacy work; an early Start opens question 1', async (v) => {
    await fetch(`${HELD}/__hold`);
    await v.fresh(`${HELD}/`);
    await v.see('heading', 'Do we have emotional intimacy?');
    await v.find('button', 'Quick exit');
    await v.click('summary', 'Privacy and safety');
    await v.see('text', '/^Quick exit \\(or pressing Shift three times\\)/');
    if (await v.driver.executeScript(() => document.querySelector('input[type=radio]'))) throw new Error('the app was there already');
    await v.click('button', 'Start the quiz');
    await fetch(`${HELD}/__release`);
    await v.see('text', `Question 1 of ${QUESTIONS}`);
    await v.choose(SCALE[3]);
    await v.click('button', 'Continue');
    await v.see('text', `Question 2 of ${QUESTIONS}`);
  }],
  ['iframe embed (examples/iframe.html): start, answer, reload and resume inside the frame', async (v) => {
    await v.fresh(`${EX}/iframe.html`);
    // The frame keeps its data on the widget's origin: empty that too, from inside the frame.
    await v.intoFrame();
    await v.find('button', 'Quick exit');
    await v.driver.executeScript(() => localStorage.clear());
    await v.outOfFrame();
    await v.reload();
    await v.intoFrame();
    await v.see('heading', 'Do we have emotional intimacy?');
    await v.click('button', 'Start the quiz');
    await v.answer(1, 3);
    await v.see('text', `Question 3 of ${QUESTIONS}`);
    await v.outOfFrame();
    await v.reload();
    await v.intoFrame();
    await v.see('text', `Question 3 of ${QUESTIONS}`);
    await v.click('button', 'Back');
    if (!(await v.isChecked('radio', SCALE[2]))) throw new Error('question 2 lost its answer after the reload');
    await v.outOfFrame();
  }],
];

// ---------------------------------------------------------------- run

const wanted = (process.env.ENGINES || 'firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
// ONLY=text runs just the scenarios whose name contains it.
const chosen = scenarios.filter(([name]) => !process.env.ONLY || name.includes(process.env.ONLY));
let passed = 0;
let failed = 0;
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const suiteStart = Date.now();

try {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `make dist` first');
  const inject = ['--inject', 'tests/engines/page-errors.js'];
  await Promise.all([
    serve('standalone server', 8190, ['--dir', 'dist', ...inject]),
    serve('widget host server', 8191, ['--dir', 'dist', '--cors', '--alias', '/practices/=examples/practices/', ...inject]),
    serve('examples server', 8192, ['--dir', 'examples', '--alias', '/vendor/=node_modules/bootstrap/dist/css/',
      '--rewrite', `http://127.0.0.1:8092=${WIDGET}`, '--csp', EXAMPLE_CSP, '--csp-match', 'strict-csp', ...inject]),
    serve('held-wasm server', 8193, ['--dir', 'dist', '--hold', 'intimacy-check_bg.wasm', ...inject]),
  ]);
} catch (e) {
  console.error(e.message);
  console.log(`0 passed, ${wanted.length * chosen.length} failed`);
  process.exit(1);
}

for (const key of wanted) {
  if (!ENGINES[key]) throw new Error(`unknown engine ${key}: use firefox, webkit`);
  const engine = { ...ENGINES[key], warnings: new Set() };
  let driver;
  const t0 = Date.now();
  const session = async () => {
    const d = await engine.driver();
    await d.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
    await d.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    return d;
  };
  try {
    driver = await session();
    const caps = await driver.getCapabilities();
    console.log(`\n${engine.label} ${caps.get('browserVersion')} (session started in ${seconds(t0)})`);
  } catch (e) {
    console.log(`\n${engine.label}: could not start a session: ${e.message}`);
    for (const [name] of chosen) console.log(`  FAIL ${name}`);
    failed += chosen.length;
    continue;
  }
  for (const [name, run] of chosen) {
    const s0 = Date.now();
    try {
      try {
        await run(new Visitor(driver, engine));
      } catch (e) {
        // Two known faults of WebKitGTK on Linux, not of the page: its web process now and
        // then stops answering WebDriver at all (every later command times out too), and its
        // JavaScriptCore now and then traps a sound wasm module with "Out of bounds memory
        // access" (seen once in about eight full runs here; the same wasm passes every run in
        // Chromium and Firefox; tauri-apps/tauri#7154, WebKit bug 259441). Then the scenario
        // runs once more in a new session, and the log says so; any other failure, or the
        // same fault twice, fails it.
        const jscTrap = engine.label.startsWith('WebKit') && /RuntimeError: Out of bounds memory access/.test(e.message);
        if (e.name !== 'TimeoutError' && !jscTrap) throw e;
        console.log(`  retry ${name}: ${jscTrap ? 'WebKit trapped the wasm' : 'the browser stopped answering'} (${e.message.split('\n').find((l) => /Timeout|RuntimeError/.test(l)) ?? e.message.split('\n')[0]}); a new session`);
        await driver.quit().catch(() => {});
        await stop(engine.process);
        driver = await session();
        await run(new Visitor(driver, engine));
      }
      passed++;
      console.log(`  ok   ${name} (${seconds(s0)})`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${name} (${seconds(s0)})\n       ${String(e.stack || e).split('\n').slice(0, 12).join('\n       ')}`);
      await driver.switchTo().defaultContent().catch(() => {});
    }
  }
  for (const w of engine.warnings) console.log(`  warning seen: ${w}`);
  await driver.quit().catch(() => {});
  console.log(`  ${engine.label} done in ${seconds(t0)}`);
}

stopAll();
console.log(`\nengines suite: ${seconds(suiteStart)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
