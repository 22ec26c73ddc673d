// The widget on other people's pages: host pages on :8091, the widget's files on :8092.
import { test, expect } from '@playwright/test';
import { CALM, QUESTION_COUNT, SCALE, SCORED_COUNT, expectNoAxeViolations, settled } from './helpers.mjs';

const EX = 'http://127.0.0.1:8091';

/** Scrolls to the (first) widget and waits for it to load. */
async function reachWidget(page, scope = page) {
  const host = scope.locator('intimacy-check').first();
  await host.scrollIntoViewIfNeeded();
  await expect(scope.getByRole('heading', { name: 'Do we have emotional intimacy?' }).first()).toBeVisible();
  // The first screen is up before the app; what the tests measure is the app's markup, so
  // they wait until it has taken over (the loader's Embed holds the mounted widget).
  await host.evaluate((el) => new Promise(function wait(done) {
    if (el.embed?.widget) done();
    else requestAnimationFrame(() => wait(done));
  }));
  return host;
}

/** Finishes the quiz inside `scope` (a page, a frame or a widget locator), the safety check calmly. */
async function finishIn(scope) {
  await scope.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await expect(scope.getByText(`Question ${n} of ${QUESTION_COUNT}`)).toBeVisible();
    const label = n > SCORED_COUNT ? CALM(n) : SCALE[n % 5];
    await scope.getByRole('radio', { name: label, exact: true }).check();
    await scope.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  await expect(scope.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
}

/** Empties the host origin's storage from a page without a widget, then opens `url`. */
async function clearStorage(page, url) {
  await page.goto(`${new URL(url).origin}/index.html`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(url);
}

test('plain page: only the loader until the widget is near, no layout shift, quiz finished, history untouched', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 1280, height: 600 });
  await clearStorage(page, `${EX}/plain.html`);
  await page.waitForLoadState('networkidle');
  requests.length = 0;
  await page.reload();
  await page.waitForLoadState('networkidle');
  const widgetFiles = () => requests.filter((u) => u.startsWith('http://127.0.0.1:8092/'));
  expect(widgetFiles().map((u) => new URL(u).pathname)).toEqual(['/intimacy-check.js']);
  const historyBefore = await page.evaluate(() => history.length);
  // Page-relative, so scrolling does not count as a change.
  const box = (l) => l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top + scrollY, r.width, r.height];
  });
  const hostButton = await box(page.locator('.host-button'));
  const hostH1 = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize);

  await reachWidget(page);
  expect(widgetFiles().some((u) => u.endsWith('.wasm'))).toBe(true);
  await settled(page); // layout shifts are reported after the frame that moved
  expect(await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0))).toBe(0);
  // The widget's styles changed nothing outside it.
  expect(await box(page.locator('.host-button'))).toEqual(hostButton);
  expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize)).toBe(hostH1);

  await finishIn(page);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(new URL(page.url()).hash).toBe('');
  await expectNoAxeViolations(page);
  const events = await page.evaluate(() => window.widgetEvents);
  expect(events.map((e) => e.type)).toEqual(['intimacy-check:ready', 'intimacy-check:quiz-completed']);
  expect(events.every((e) => e.detail === null)).toBe(true);
  // Everything the page fetched for the widget came from the widget's own origin.
  expect(requests.every((u) => u.startsWith(EX) || u.startsWith('http://127.0.0.1:8092/'))).toBe(true);
});

test('Bootstrap and a hostile stylesheet change nothing measurable inside the widget', async ({ page }) => {
  const measure = async (url) => {
    await clearStorage(page, url);
    await reachWidget(page);
    const heading = page.getByRole('heading', { name: 'Do we have emotional intimacy?' });
    const button = page.getByRole('button', { name: 'Start the quiz' });
    const style = (l, props) => l.evaluate((el, props) => {
      const s = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, s[p]]));
    }, props);
    const out = {
      heading: await style(heading, ['fontSize', 'fontFamily', 'color', 'textTransform', 'lineHeight']),
      button: await style(button, ['fontSize', 'backgroundColor', 'color', 'paddingLeft', 'borderTopWidth']),
      buttonBox: await button.evaluate((b) => [b.offsetWidth, b.offsetHeight]),
    };
    await button.click();
    const radio = page.getByRole('radio', { name: 'Agree', exact: true });
    out.radio = await radio.evaluate((r) => [r.offsetWidth, r.offsetHeight, getComputedStyle(r).display]);
    out.legend = await style(page.locator('legend h2'), ['fontSize', 'textTransform', 'letterSpacing']);
    return out;
  };
  const plain = await measure(`${EX}/plain.html`);
  const hostile = await measure(`${EX}/bootstrap.html`);
  expect(hostile).toEqual(plain);
  expect(Number.parseFloat(plain.heading.fontSize)).toBeGreaterThanOrEqual(16);
  // And the quiz still works there.
  await clearStorage(page, `${EX}/bootstrap.html`);
  await reachWidget(page);
  await finishIn(page);
});

test('strict CSP page: no violation, no inline style or script needed', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await clearStorage(page, `${EX}/strict-csp.html`);
  const response = await page.reload();
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  await reachWidget(page);
  await finishIn(page);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('checkbox').first().check();
  expect(await page.evaluate(() => window.cspViolations || [])).toEqual([]);
  const events = await page.evaluate(() => window.widgetEvents.map((e) => e.type));
  expect(events).toEqual(['intimacy-check:ready', 'intimacy-check:quiz-completed', 'intimacy-check:plan-created']);
  expect(violations).toEqual([]);
});

test('the standalone page runs under exactly the documented strict CSP', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto('http://127.0.0.1:8093/');
  expect(response.headers()['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await finishIn(page);
  expect(violations).toEqual([]);
});

test('several widgets: separate keys keep separate data, the same key stays in sync', async ({ page }) => {
  await clearStorage(page, `${EX}/instances.html`);
  const alpha = page.locator('#alpha');
  const beta = page.locator('#beta');
  const again = page.locator('#alpha-again');
  // Bring every widget to life first, so the sync is seen live.
  for (const w of [again, beta, alpha]) {
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  }
  await alpha.getByRole('button', { name: 'Start the quiz' }).click();
  await alpha.getByRole('radio', { name: 'Strongly agree' }).check();
  await alpha.getByRole('button', { name: 'Continue' }).click();
  await alpha.getByRole('radio', { name: 'Disagree', exact: true }).check();

  await again.scrollIntoViewIfNeeded();
  await expect(again.getByText('You have answered 2 of 37 so far.')).toBeVisible();
  await again.getByRole('button', { name: 'Carry on where I left off' }).click();
  await expect(again.getByText(`Question 3 of ${QUESTION_COUNT}`)).toBeVisible();
  await again.getByRole('button', { name: 'Back' }).click();
  await expect(again.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();

  await beta.scrollIntoViewIfNeeded();
  await expect(beta.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(beta.getByText(/You have answered/)).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['intimacy-check:alpha']);
  // Each widget finishes on its own.
  await finishIn(beta);
  expect(await page.evaluate(() => Object.keys(localStorage).sort()))
    .toEqual(['intimacy-check:alpha', 'intimacy-check:beta']);
});

test('attribute changes at runtime show up, and a bad value is ignored with a warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await clearStorage(page, `${EX}/plain.html`);
  const host = await reachWidget(page);
  await expect(page.getByText('Offered by Harbour Counselling.')).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the quiz' });
  const before = await start.evaluate((b) => getComputedStyle(b).backgroundColor);
  await host.evaluate((el) => { el.setAttribute('practice-name', 'Lighthouse Therapy'); el.setAttribute('accent', '#7a1f5c'); });
  await expect(page.getByText('Offered by Lighthouse Therapy.')).toBeVisible();
  await expect.poll(() => start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(122, 31, 92)');
  expect(before).toBe('rgb(42, 111, 151)');

  await host.evaluate((el) => el.setAttribute('accent', 'not-a-colour'));
  await expect.poll(() => warnings.join('\n')).toContain('accent="not-a-colour"');
  await host.evaluate((el) => el.setAttribute('accent', '#ffe680'));
  await expect.poll(() => warnings.join('\n')).toContain('darkened');
  const darkened = await start.evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(darkened).not.toBe('rgb(255, 230, 128)');
  await start.click();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
});

test('mount() from a script: quiz, update(), and unmount() leaves the element empty', async ({ page }) => {
  await clearStorage(page, `${EX}/script-mount.html`);
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await finishIn(page);
  await page.evaluate(() => window.intimacyCheck.update({ practiceName: 'Lighthouse Therapy', contactUrl: 'https://lighthouse.example/' }));
  await expect(page.getByRole('complementary', { name: 'Getting help' }).getByRole('link', { name: 'Contact Lighthouse Therapy' })).toBeVisible();
  await page.evaluate(() => window.intimacyCheck.unmount());
  const left = await page.locator('#quiz-here').evaluate((el) => ({
    children: el.childNodes.length,
    shadow: el.shadowRoot ? el.shadowRoot.childNodes.length : 0,
    style: el.getAttribute('style') || '',
  }));
  expect(left).toEqual({ children: 0, shadow: 0, style: '' });
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toHaveCount(0);
});

test('a crafted iframe link cannot set the practice\'s words, links or safety line, nor send quick exit anywhere', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await page.route('https://evil.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Evil</h1>' }));
  const crafted = 'http://127.0.0.1:8092/frame.html?practice-name=Evil+Clinic&contact-url=https://evil.example/&'
    + 'contact-phone=%2B1+555+0100&help-text=Call+our+emergency+line&exit-url=https://evil.example/&'
    + 'safety-phone=0800+666+0000&safety-url=https://evil.example/safety&safety-text=Trust+only+this+line&'
    + 'accent=%23ff0000&storage-key=evil&onmouseover=alert(1)&style=display:none&onclick=alert(2)';
  await page.goto(crafted);
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  const host = page.locator('intimacy-check');
  expect(await host.evaluate((el) => el.getAttributeNames().sort())).toEqual(['style']);
  // The safety panel shows only after the quiz, so its settings are checked on the element.
  for (const name of ['safety-phone', 'safety-url', 'safety-text']) expect(await host.getAttribute(name), name).toBeNull();
  expect(await host.getAttribute('style')).not.toContain('none');
  for (const forged of ['Evil Clinic', 'evil.example', '555 0100', 'emergency line', '666 0000', 'only this line']) {
    await expect(page.getByText(forged, { exact: false })).toHaveCount(0);
  }
  await page.mouse.move(100, 100);
  await host.click();
  expect(dialogs).toEqual([]);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/google\.com\/search\?q=weather/);
});

test('the iframe page takes the practice\'s settings from its own settings file; a bad id or file falls back safely', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // A settings file on the widget's host sets the practice's words and links.
  await page.goto('http://127.0.0.1:8092/frame.html?practice=harbour&practice-name=Evil+Clinic&lang=en&start=quiz'
    + '&safety-phone=0800+666+0000&safety-url=https://evil.example/safety');
  await expect(page.getByText('Offered by Harbour Counselling.')).toBeVisible();
  await expect(page.getByText('Evil Clinic', { exact: false })).toHaveCount(0);
  const widget = page.locator('intimacy-check');
  expect(await widget.evaluate((el) => el.getAttributeNames().sort()))
    .toEqual(['accent', 'contact-phone', 'contact-url', 'lang', 'practice-name', 'safety-phone', 'safety-text', 'safety-url',
      'start', 'storage-key', 'style']);
  // The file's safety line, not the address's.
  expect(await widget.getAttribute('safety-phone')).toBe('0808 2000 247');
  expect(await widget.getAttribute('safety-url')).toBe('https://harbour.example/safety');

  // Unknown keys and values that are not text are ignored, naming the key; the rest is used.
  await page.route('**/practices/mixed.json', (r) => r.fulfill({ contentType: 'application/json',
    body: JSON.stringify({ 'practice-name': 'Quay Therapy', onclick: 'alert(1)', 'contact-phone': 12345 }) }));
  await page.goto('http://127.0.0.1:8092/frame.html?practice=mixed');
  await expect(page.getByText('Offered by Quay Therapy.')).toBeVisible();
  expect(await page.locator('intimacy-check').evaluate((el) => el.getAttributeNames().sort())).toEqual(['practice-name', 'style']);
  expect(warnings.some((w) => w.includes('"onclick" is not a setting'))).toBe(true);
  expect(warnings.some((w) => w.includes('"contact-phone" must be text'))).toBe(true);

  // A bad id, a missing file and a broken file: neutral defaults, a warning, never the address's values.
  await page.route('**/practices/broken.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"practice-name": "Qu' }));
  for (const [id, says] of [['../evil', 'letters, digits'], ['nobody', 'could not be read'], ['broken', 'could not be read']]) {
    warnings.length = 0;
    await page.goto(`http://127.0.0.1:8092/frame.html?practice=${encodeURIComponent(id)}&practice-name=Evil+Clinic&exit-url=https://evil.example/`);
    await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
    await expect(page.getByText('Offered by', { exact: false })).toHaveCount(0);
    await expect(page.getByText('Evil Clinic', { exact: false })).toHaveCount(0);
    expect(await page.locator('intimacy-check').evaluate((el) => el.getAttributeNames().sort())).toEqual(['style']);
    expect(warnings.some((w) => w.includes(says)), `${id}: ${warnings.join(' | ')}`).toBe(true);
  }
});

test('iframe embed: finished inside the frame, and the frame height follows its content both ways', async ({ page }) => {
  await page.goto(`${EX}/iframe.html`);
  const frameEl = page.locator('#intimacy-check-frame');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#intimacy-check-frame');
  await expect(frame.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await frame.locator('body').evaluate(() => localStorage.clear());
  const height = () => frameEl.evaluate((f) => f.getBoundingClientRect().height);
  const inner = () => frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await height()) - (await inner()))).toBeLessThan(2);

  await finishIn(frame);
  await expect.poll(async () => Math.abs((await height()) - (await inner()))).toBeLessThan(2);
  const tall = await height();
  await frame.getByRole('button', { name: 'Change my answers' }).click();
  await expect(frame.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await expect.poll(height).toBeLessThan(tall);
  await expect.poll(async () => Math.abs((await height()) - (await inner()))).toBeLessThan(2);
  // No scrollbar inside the frame.
  expect(await frame.locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight + 1)).toBe(true);
});
