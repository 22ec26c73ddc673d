// The first screen before the app: the intro and its buttons are there while the wasm is held
// back (the test releases it), quick exit works at once, an early Start is carried out, and
// the takeover changes neither the markup nor the layout.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, QUESTION_COUNT } from './helpers.mjs';

/** Holds every request for the wasm until `release()`; `fail()` makes them fail instead. */
async function holdWasm(page) {
  let open;
  let failing = false;
  const gate = new Promise((done) => { open = done; });
  await page.route('**/intimacy-check_bg.wasm', async (route) => {
    await gate;
    if (failing) await route.abort();
    else await route.continue();
  });
  return { release: () => open(), fail: () => { failing = true; open(); } };
}

/** The element's markup with each element's attributes sorted (the order means nothing). */
const markup = (el) => el.evaluate((root) => {
  const write = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
    return `<${node.localName} ${attrs}>${[...node.childNodes].map(write).join('')}</${node.localName}>`;
  };
  return [...(root.shadowRoot ?? root).querySelector('.ic').childNodes].map(write).join('');
});

/** Counts layout shifts on the page from now on. */
const watchShifts = (page) => page.evaluate(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift' });
});
const shifts = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts.reduce((a, b) => a + b, 0))))));

/** Waits until the app has replaced the first screen's heading (the static one is detached). */
async function tookOver(page, heading) {
  await page.waitForFunction((h) => !h.isConnected, await heading.elementHandle());
}

/** A host page on the widget's own server with `<intimacy-check attrs>`. */
async function hostPage(page, attrs, extra = {}) {
  await page.route('**/first-host.html', (r) => r.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="${extra.lang ?? 'en'}"><meta charset="utf-8"><title>Host</title>
      <script type="module" src="/intimacy-check.js"></script><h1>A practice</h1><intimacy-check ${attrs}></intimacy-check>`,
  }));
  for (const [path, body] of Object.entries(extra.files ?? {})) {
    await page.route(`**${path}`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }));
  }
  await page.goto('/first-host.html');
}

test('the standalone intro, its Start button and quick exit work before the app', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  // "Privacy and safety" opens with no script at all.
  await page.getByText('Privacy and safety').click();
  await expect(page.getByText(/Quick exit \(or pressing Shift three times\)/)).toBeVisible();
  await expectNoAxeViolations(page, '#intimacy-check-standalone');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/google\.com\/search\?q=weather/);
  wasm.release();
});

test('Shift three times leaves before the app', async ({ page }) => {
  await holdWasm(page);
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/google\.com/);
});

test('Start pressed before the app opens question 1, with focus, when it lands', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('/');
  const start = page.getByRole('button', { name: 'Start the quiz' });
  await start.focus();
  await page.keyboard.press('Enter');
  wasm.release();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await expect(page.locator(':focus')).toHaveClass(/ic-statement/);
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('intimacy-check'))).not.toBeNull();
});

test('Start without saving pressed before the app stays unsaved', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start without saving on this device' }).click();
  wasm.release();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('intimacy-check'))).toBeNull();
});

test('the takeover keeps the same markup, the same text and no layout shift', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('/');
  const heading = page.getByRole('heading', { name: 'Do we have emotional intimacy?' });
  await expect(heading).toBeVisible();
  const root = page.locator('#intimacy-check-standalone');
  const [before, text] = [await markup(root), await root.innerText()];
  await page.getByText('About this quiz').click();
  await watchShifts(page);
  // Every frame until the app is there shows the intro: none is blank in between.
  await page.evaluate(() => {
    window.__blankFrames = 0;
    const tick = () => {
      const shown = [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Do we have emotional intimacy?' && h.getClientRects().length);
      if (!shown) window.__blankFrames++;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  wasm.release();
  await tookOver(page, heading);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => { window.__stopFrames = true; return window.__blankFrames; })).toBe(0);
  expect(await markup(root)).toBe(before.replace('<details class="ic-about">', '<details class="ic-about" open="">'));
  expect(await root.innerText()).toContain(text.split('\n')[0]);
  await expect(page.getByText('They draw on ideas from research')).toBeVisible();
  expect(await shifts(page)).toBe(0);
});

test('a passphrase typed before the app, and the focus, carry over the takeover', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('/');
  const heading = page.getByRole('heading', { name: 'Do we have emotional intimacy?' });
  await expect(heading).toBeVisible();
  await page.getByText('Privacy and safety').click();
  await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
  await page.getByLabel('The same passphrase again').fill('blue harbour morning');
  wasm.release();
  await tookOver(page, heading);
  await expect(page.getByLabel('The same passphrase again')).toBeFocused();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('blue harbour morning');
  await expect(page.getByLabel('The same passphrase again')).toHaveValue('blue harbour morning');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/locked/i).first()).toBeVisible();
});

test('an embedded widget in Spanish with a practice name, contact, accent and its own words', async ({ page }) => {
  const wasm = await holdWasm(page);
  await hostPage(page, 'lang="es" practice-name="Centro <b>Puerto</b>" contact-url="https://puerto.example/cita" accent="#8a3b12" langs="es en" texts="/first-words.json"', {
    files: { '/first-words.json': { es: { 'ui.intro_lead': 'Nuestras palabras para empezar.' }, 'ui.help_title': 'Ayuda cerca' } },
  });
  const widget = page.locator('intimacy-check');
  const heading = widget.getByRole('heading', { name: '¿Tenemos intimidad emocional?' });
  await expect(heading).toBeVisible();
  await expect(widget.getByText('Nuestras palabras para empezar.')).toBeVisible();
  await expect(widget.getByText('Te lo ofrece Centro <b>Puerto</b>.')).toBeVisible();
  await expect(widget.getByRole('link', { name: /Centro <b>Puerto<\/b>/ })).toHaveAttribute('href', 'https://puerto.example/cita');
  await expect(widget.getByText('Ayuda cerca:')).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  expect(await widget.evaluate((w) => w.shadowRoot.querySelectorAll('b').length)).toBe(0);
  await widget.getByText('Sobre este cuestionario').focus();
  const before = await markup(widget);
  await watchShifts(page);
  wasm.release();
  await tookOver(page, heading);
  const after = await markup(widget);
  expect(after).toBe(before);
  // Focus inside the shadow root stays on the same control.
  await expect(widget.getByText('Sobre este cuestionario')).toBeFocused();
  expect(await shifts(page)).toBe(0);
});

test('lang="auto" follows the page on the first screen', async ({ page }) => {
  await holdWasm(page);
  await hostPage(page, 'lang="auto"', { lang: 'es-MX' });
  await expect(page.locator('intimacy-check').getByRole('button', { name: 'Empezar el cuestionario' })).toBeVisible();
});

test('a returning visitor sees nothing early, and a press then loses no answer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('intimacy-check'));
  const wasm = await holdWasm(page);
  await page.reload();
  const root = page.locator('#intimacy-check-standalone');
  await page.waitForFunction(() => document.querySelector('#intimacy-check-standalone') !== null);
  await expect(root.getByRole('heading')).toHaveCount(0);
  await root.click({ position: { x: 20, y: 20 }, force: true });
  await page.keyboard.press('Enter');
  wasm.release();
  await expect(page.getByText(/Question 2 of|You answered 1 of/).first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('intimacy-check'))).toBe(saved);
});

test('a press made early while another tab saved answers: the app shows them, untouched', async ({ page, context }) => {
  const wasm = await holdWasm(page);
  await page.goto('/');
  // Where this button was, the app now has "Start again": it must not be pressed for the visitor.
  await page.getByRole('button', { name: 'Start without saving on this device' }).click();
  // Meanwhile, in another tab (its wasm is not held), the visitor answers a question.
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Start the quiz' }).click();
  await other.getByRole('radio', { name: 'Agree', exact: true }).check();
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible();
  // Back to the intro: there, the app has other buttons where the first screen had its own.
  await other.getByRole('button', { name: 'Back' }).click();
  await other.getByRole('button', { name: 'Back' }).click();
  await expect(other.getByRole('button', { name: 'Start again' })).toBeVisible();
  const saved = await other.evaluate(() => localStorage.getItem('intimacy-check'));
  await other.close();
  wasm.release();
  // The app shows what is saved, not a fresh start over it.
  await expect(page.getByText('You have answered 1 of', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(page.getByText(/This clears your answers/)).toHaveCount(0);
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('intimacy-check'))).toBe(saved);
});

test('a locked save shows nothing before the app', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByText('Privacy and safety').click();
  await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
  await page.getByLabel('The same passphrase again').fill('blue harbour morning');
  await page.getByRole('button', { name: 'Lock my answers' }).click();
  await expect(page.getByText(/locked/i).first()).toBeVisible();
  const wasm = await holdWasm(page);
  await page.reload();
  const root = page.locator('#intimacy-check-standalone');
  await page.waitForFunction(() => document.readyState === 'complete');
  expect((await root.innerText()).trim()).toBe('');
  wasm.release();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
});

test('the iframe page shows the first screen before the app', async ({ page }) => {
  const wasm = await holdWasm(page);
  // Spanish is a file beside the loader (English comes inside it), fetched once.
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('/first-screen/')) asked.push(new URL(r.url()).pathname); });
  await page.goto('/frame.html?lang=es');
  const widget = page.locator('intimacy-check');
  const heading = widget.getByRole('heading', { name: '¿Tenemos intimidad emocional?' });
  await expect(heading).toBeVisible();
  expect(asked).toEqual(['/first-screen/es.json']);
  const before = await markup(widget);
  wasm.release();
  await tookOver(page, heading);
  expect(await markup(widget)).toBe(before);
});

test('when the app cannot load, the first screen says so and Try again works', async ({ page }) => {
  const wasm = await holdWasm(page);
  await hostPage(page, 'practice-name="Harbour"');
  const widget = page.locator('intimacy-check');
  await expect(widget.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await widget.getByRole('button', { name: 'Start the quiz' }).click();
  wasm.fail();
  await expect(widget.getByRole('alert')).toHaveText(/could not load/);
  await page.unroute('**/intimacy-check_bg.wasm');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await expect(widget.getByText('Offered by Harbour.')).toBeVisible();
});

test('with answers saved, Shift three times still leaves before the app', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('intimacy-check', '{"version":4}'));
  await holdWasm(page);
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await page.reload();
  await page.waitForFunction(() => document.readyState === 'complete');
  await expect(page.locator('#intimacy-check-standalone').getByRole('heading')).toHaveCount(0);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/google\.com/);
});

test('hostile values on the first screen: markup stays text, a bad link holds the space for the app', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const wasm = await holdWasm(page);
  const wordsFile = page.waitForResponse('**/hostile-words.json');
  await hostPage(page, `practice-name='"><img src=x onerror=alert(1)><script>alert(2)</script>' `
    + `safety-phone="+44 (0) 808 2000 247" exit-url="javascript:alert(3)" texts="/hostile-words.json"`, {
    files: { '/hostile-words.json': { 'ui.title': 'Our <i>own</i> title', en: { 'ui.intro_lead': 'x'.repeat(5) } } },
  });
  // A text the widget might refuse (it looks like markup): the first screen waits for the app.
  const widget = page.locator('intimacy-check');
  await wordsFile;
  await page.waitForFunction(() => document.querySelector('intimacy-check')?.shadowRoot?.querySelector('link')?.sheet);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await widget.evaluate((w) => w.shadowRoot.querySelector('.ic') === null)).toBe(true);
  await page.unroute('**/hostile-words.json');
  await page.route('**/hostile-words.json', (r) => r.fulfill({ contentType: 'application/json', body: '{}' }));
  await page.reload();
  await expect(widget.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await expect(widget.getByText(`Offered by "><img src=x onerror=alert(1)><script>alert(2)</script>.`)).toBeVisible();
  await expect(widget.getByRole('link', { name: /\+44 \(0\) 808 2000 247/ })).toHaveAttribute('href', 'tel:+4408082000247');
  expect(await widget.evaluate((w) => w.shadowRoot.querySelectorAll('img, script, i').length)).toBe(0);
  // A javascript: exit-url is not taken: quick exit goes to the widget's own neutral page.
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await widget.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/google\.com/);
  expect(dialogs).toEqual([]);
  wasm.release();
});
