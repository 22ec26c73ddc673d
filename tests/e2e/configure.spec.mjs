// The configurator (configure.html in dist/): the form, its checks, the live preview, the
// snippets, and those snippets pasted into fresh pages.
import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { CALM, QUESTION_COUNT, SCALE, SCORED_COUNT, expectNoAxeViolations } from './helpers.mjs';

const EX = 'http://127.0.0.1:8091';
/** The widget's files as a practice would host them elsewhere (with CORS). */
const WIDGET_HOST = 'http://127.0.0.1:8092/';

const LABELS = {
  'practice-name': 'Practice name',
  'contact-url': 'Contact link',
  'contact-phone': 'Phone number',
  'help-text': 'Your words for "Getting help"',
  'safety-url': 'Safety link',
  'safety-phone': 'Safety phone line',
  'safety-text': 'Your words for the safety panel',
  accent: 'Your colour',
  'exit-url': 'Quick exit page',
  'storage-key': 'Storage name',
  lang: 'Language',
  langs: 'Language switch',
  texts: 'Your own words',
  start: 'When a visitor comes back',
  base: 'Where you uploaded the widget\'s files',
  practice: 'Settings file name (iframe only)',
};

/** Every setting, each with characters that need escaping somewhere. */
const ALL = {
  'practice-name': 'Harbour & Sons\' "Counselling" <Clinic> [1]',
  'contact-url': 'https://harbour.example/book?a=1&b="2"',
  'contact-phone': '+44 (20) 7946-0000',
  'help-text': 'Call us & we\'ll help.\nWe\'re "here" <always> [weekdays] \u00a0</script>',
  'safety-url': 'https://harbour.example/safety?for=\'you\'&b="2"',
  'safety-phone': '+44 (808) 2000-247.',
  'safety-text': 'If you\'re afraid, call "us" & <the helpline> [free]\nDay or night.',
  accent: '#7a1f5c',
  'exit-url': 'https://www.bbc.co.uk/weather?x=1&y=\'2\'',
  'storage-key': 'harbour_test-1',
  lang: 'en-GB',
  langs: 'es, en-GB',
  texts: '/counselling/our-words.json?v=2&for=\'all\'',
  start: 'plan',
};
const FILE_KEYS = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'safety-url', 'safety-phone',
  'safety-text', 'accent', 'exit-url', 'storage-key', 'langs', 'texts'];

const field = (page, name) => page.getByLabel(LABELS[name], { exact: true });

async function fill(page, values) {
  for (const [name, value] of Object.entries(values)) {
    if (name === 'start') await field(page, name).selectOption(value);
    else await field(page, name).fill(value);
  }
}

async function snippets(page) {
  const read = (id) => page.locator(`#${id}`).inputValue();
  return {
    script: await read('out-script'), json: await read('out-json'), iframe: await read('out-iframe'),
    shortcode: await read('out-shortcode'), link: await read('out-link'),
  };
}

/** Pastes `snippet` into a fresh page on the host pages' origin (examples/index.html has no
 * script; Chromium lets only a page really served from 127.0.0.1 load files from 127.0.0.1). */
async function pasteIntoFreshPage(page, snippet) {
  await page.goto(`${EX}/index.html`);
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title></head>
<body><main><h1>Our practice</h1>
${snippet}
</main></body></html>`);
}

/** Opens the configurator with nothing in its address and nothing saved in the preview. */
async function open(page, url = '/configure.html') {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Set up the relationship check-in for your website' })).toBeVisible();
}

/** What a WordPress site would do with the shortcode: WordPress's own shortcode and attribute
 * patterns (wp-includes/shortcodes.php), then the plugin's esc_attr (which keeps entities as they
 * are) and the browser reading the attribute: in all, the entities are decoded once. */
function parseShortcode(text) {
  const tag = 'intimacy_check';
  const shortcodeRe = new RegExp(`\\[(\\[?)(${tag})(?![\\w-])([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)(?:(\\/)\\]|\\](?:([^\\[]*(?:\\[(?!\\/\\2\\])[^\\[]*)*)\\[\\/\\2\\])?)(\\]?)`, 'g');
  const found = [...text.matchAll(shortcodeRe)];
  if (found.length !== 1) return null;
  const atts = {};
  const attrRe = /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;
  const inner = found[0][3].replace(/[\u00a0\u200b]+/g, ' ');
  for (const m of inner.matchAll(attrRe)) {
    if (m[1]) atts[m[1].toLowerCase()] = m[2];
    else if (m[3]) atts[m[3].toLowerCase()] = m[4];
    else if (m[5]) atts[m[5].toLowerCase()] = m[6];
    else atts[`#${Object.keys(atts).length}`] = m[7] ?? m[8] ?? m[9];
  }
  // shortcode_parse_atts empties a value holding an unclosed HTML tag.
  for (const [k, v] of Object.entries(atts)) if (v.includes('<') && !/^[^<]*(?:<[^>]*>[^<]*)*$/.test(v)) atts[k] = '';
  return atts;
}

test('every field round-trips into every snippet, parsed back as a browser and WordPress would', async ({ page }) => {
  await open(page);
  await fill(page, { ...ALL, base: WIDGET_HOST, practice: 'harbour-test' });
  for (const name of Object.keys(LABELS)) await expect(field(page, name)).not.toHaveAttribute('aria-invalid', 'true');
  const out = await snippets(page);

  const parsed = await page.evaluate(({ script, iframe }) => {
    const html = new DOMParser().parseFromString(script, 'text/html');
    const el = html.querySelector('intimacy-check');
    const frameDoc = new DOMParser().parseFromString(iframe, 'text/html');
    return {
      tags: [...html.querySelectorAll('*')].map((e) => e.localName),
      scripts: [...html.scripts].map((s) => [s.type, s.src, s.textContent]),
      attrs: Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
      frameTags: [...frameDoc.querySelectorAll('*')].map((e) => e.localName),
      frameSrc: frameDoc.querySelector('iframe').src,
      frameId: frameDoc.querySelector('iframe').id,
      listener: frameDoc.querySelector('script').textContent,
    };
  }, out);
  // 1. script + element: exactly these elements, every value as typed (trimmed).
  expect(parsed.tags).toEqual(['html', 'head', 'script', 'body', 'intimacy-check']);
  expect(parsed.scripts).toEqual([['module', `${WIDGET_HOST}intimacy-check.js`, '']]);
  expect(parsed.attrs).toEqual(ALL);

  // 2. the settings file holds what only it may set; the iframe's address holds the rest.
  expect(JSON.parse(out.json)).toEqual(Object.fromEntries(FILE_KEYS.map((k) => [k, ALL[k]])));
  await expect(page.locator('#file-name')).toHaveText('practices/harbour-test.json');
  expect(parsed.frameTags).toEqual(['html', 'head', 'body', 'iframe', 'script']);
  const src = new URL(parsed.frameSrc);
  expect(`${src.origin}${src.pathname}`).toBe(`${WIDGET_HOST}frame.html`);
  expect([...src.searchParams]).toEqual([['practice', 'harbour-test'], ['lang', 'en-GB'], ['start', 'plan']]);
  expect(parsed.listener).toContain('event.origin !== "http://127.0.0.1:8092"');

  // 3. the shortcode, through WordPress's parser.
  const atts = parseShortcode(out.shortcode);
  const decoded = await page.evaluate((a) => Object.fromEntries(Object.entries(a).map(([k, v]) => {
    const t = document.createElement('textarea');
    t.innerHTML = v;
    return [k, t.value];
  })), atts);
  // The plugin takes bare language codes: en-GB goes in as en (the widget reads only that).
  expect(decoded).toEqual(Object.fromEntries(Object.entries({ ...ALL, lang: 'en', langs: 'es en' })
    .map(([k, v]) => [k.replace(/-/g, '_'), v])));

  // The link to share holds every field.
  expect(out.link).toBe(page.url());
  const hash = new URLSearchParams(new URL(out.link).hash.slice(1));
  expect(Object.fromEntries(hash)).toEqual({ ...ALL, base: WIDGET_HOST, practice: 'harbour-test' });
});

test('hostile values: a javascript: link is refused with a message and left out; quotes and < are escaped', async ({ page }) => {
  await open(page);
  const hostile = {
    'practice-name': 'Harbour "><script>alert(1)</script>',
    'contact-url': 'javascript:alert(1)',
    'exit-url': 'JavaScript:alert(2)',
    'contact-phone': '+1 555 <img src=x onerror=alert(3)>',
    'help-text': 'Tom & Jerry\'s \'quoted\' <b>words</b> ]["',
    'safety-url': 'javascript:alert(5)',
    'safety-phone': '999 <img src=x onerror=alert(6)>',
    'safety-text': 'Call <b>us</b> & "them" [now]',
    langs: 'en <b>fr</b>',
    texts: 'javascript:alert(4)',
  };
  await fill(page, { ...hostile, base: WIDGET_HOST });
  for (const name of ['contact-url', 'exit-url', 'contact-phone', 'safety-url', 'safety-phone', 'langs', 'texts']) {
    await expect(field(page, name)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#m-${name}`)).toBeVisible();
  }
  await expect(page.locator('#m-contact-url')).toContainText('https://');
  await expect(page.locator('#m-langs')).toContainText('"<b>fr</b>"');
  await expect(page.locator('#m-langs')).toContainText('en es');
  await expect(page.locator('#m-langs b')).toHaveCount(0);
  await expect(page.locator('#left-out-list li')).toHaveText(['Contact link', 'Phone number', 'Safety link',
    'Safety phone line', 'Quick exit page', 'Language switch', 'Your own words']);
  await expect(field(page, 'practice-name')).not.toHaveAttribute('aria-invalid', 'true');
  const out = await snippets(page);
  for (const text of [out.script, out.json, out.iframe, out.shortcode]) {
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('alert(2)');
    expect(text).not.toContain('alert(3)');
    expect(text).not.toContain('alert(4)');
    expect(text).not.toContain('alert(5)');
    expect(text).not.toContain('alert(6)');
    expect(text).not.toContain('langs');
    expect(text).not.toContain('<script>alert');
  }
  expect(out.script).toContain('practice-name="Harbour &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  expect(out.shortcode).not.toMatch(/="[^"]*[<>'[\]][^"]*"/);
  expect(JSON.parse(out.json)).toEqual({ 'practice-name': hostile['practice-name'], 'help-text': hostile['help-text'],
    'safety-text': hostile['safety-text'] });
  // A refused value fixed is taken in at once.
  await field(page, 'contact-url').fill('https://harbour.example/');
  await expect(field(page, 'contact-url')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#m-contact-url')).toBeHidden();
  await expect(page.locator('#out-script')).toHaveValue(/contact-url="https:\/\/harbour.example\/"/);
});

test('the script snippet pasted into a fresh page gives a working widget with those settings, and injects nothing', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await open(page);
  const name = 'Harbour "><script>window.injected=1</script><img src=x onerror="window.injected=2">';
  await fill(page, {
    'practice-name': name, 'contact-url': 'https://harbour.example/book?a=1&b=2', 'contact-phone': '+44 20 7946 0000',
    'help-text': 'Tom & Jerry\'s <b>help</b>', accent: '#7a1f5c', 'storage-key': 'pasted', base: WIDGET_HOST,
  });
  await page.getByLabel('Contact link', { exact: true }).fill('javascript:alert(1)');
  const { script } = await snippets(page);
  await page.getByLabel('Contact link', { exact: true }).fill('https://harbour.example/book?a=1&b=2');
  const fixed = (await snippets(page)).script;
  expect(script).not.toBe(fixed);

  await pasteIntoFreshPage(page, fixed);
  await expect(page.getByText(`Offered by ${name}.`)).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the quiz' });
  await expect.poll(() => start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(122, 31, 92)');
  expect(await page.evaluate(() => [document.scripts.length, window.injected, document.querySelectorAll('img').length]))
    .toEqual([1, undefined, 0]);
  await start.click();
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    // The safety check, after the scored statements, answered calmly.
    await page.getByRole('radio', { name: n > SCORED_COUNT ? CALM(n) : SCALE[n % 5], exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  await expect(page.getByText('Tom & Jerry\'s <b>help</b>')).toBeVisible();
  // In the "Getting help" panel (the short help line above the plan form has the same link).
  const help = page.getByRole('complementary', { name: 'Getting help' });
  await expect(help.getByRole('link', { name: `Contact ${name}` })).toHaveAttribute('href', 'https://harbour.example/book?a=1&b=2');
  await expect(help.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['intimacy-check:pasted']);
  expect(dialogs).toEqual([]);
});

test('the iframe snippet and its settings file, pasted and uploaded, give a working widget with those settings', async ({ page }) => {
  await open(page);
  await fill(page, {
    'practice-name': 'Quay "Therapy" <Rooms>', 'contact-url': 'mailto:hello@quay.example', accent: '#1f6b4a',
    'safety-url': '/safety', 'safety-phone': '0808 2000 247', 'safety-text': 'Call the helpline, free & at any time.',
    'storage-key': 'quay', start: 'plan', lang: 'en', langs: 'en es', texts: '/quay-words.json',
    base: WIDGET_HOST, practice: 'quay-rooms',
  });
  const { json, iframe } = await snippets(page);
  await page.route(`${WIDGET_HOST}practices/quay-rooms.json`, (r) => r.fulfill({ contentType: 'application/json', body: json }));
  // The practice's own words, read by the iframe page from the widget's host.
  const words = { en: { 'ui.intro_lead': 'At Quay we believe closeness can be learned.' } };
  await page.route(`${WIDGET_HOST}quay-words.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(words) }));
  await pasteIntoFreshPage(page, iframe);
  const frame = page.frameLocator('#intimacy-check-frame');
  await expect(frame.getByText('Offered by Quay "Therapy" <Rooms>.')).toBeVisible();
  expect(await frame.locator('intimacy-check').evaluate((el) => Object.fromEntries(el.getAttributeNames()
    .filter((n) => n !== 'style').map((n) => [n, el.getAttribute(n)])))).toEqual({
    'practice-name': 'Quay "Therapy" <Rooms>', 'contact-url': 'mailto:hello@quay.example', accent: '#1f6b4a',
    'safety-url': '/safety', 'safety-phone': '0808 2000 247', 'safety-text': 'Call the helpline, free & at any time.',
    'storage-key': 'quay', lang: 'en', langs: 'en es', texts: '/quay-words.json', start: 'plan',
  });
  // The safety settings come from the settings file only, never from the iframe's address.
  for (const value of ['safety', '0808', 'helpline']) expect(iframe).not.toContain(value);
  await expect(frame.getByText('At Quay we believe closeness can be learned.')).toBeVisible();
  await expect(frame.getByRole('group', { name: 'Language' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'false');
  const start = frame.getByRole('button', { name: 'Start the quiz' });
  await expect.poll(() => start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(31, 107, 74)');
  // The listener in the snippet sizes the iframe to its content.
  const frameEl = page.locator('#intimacy-check-frame');
  const inner = () => frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await frameEl.evaluate((f) => f.getBoundingClientRect().height)) - (await inner())))
    .toBeLessThan(2);
  expect(await frameEl.evaluate((f) => f.style.height)).not.toBe('700px');
});

test('the preview shows the real widget, updates as settings change, at phone, tablet and desktop widths', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  const preview = page.frameLocator('#preview');
  await expect(preview.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await expect(preview.getByText('Offered by', { exact: false })).toHaveCount(0);

  await field(page, 'practice-name').fill('Lighthouse Therapy');
  await expect(preview.getByText('Offered by Lighthouse Therapy.')).toBeVisible();
  await field(page, 'practice-name').fill('Harbour Counselling');
  await expect(preview.getByText('Offered by Harbour Counselling.')).toBeVisible();
  await expect(preview.getByText('Offered by Lighthouse Therapy.')).toHaveCount(0);
  const start = preview.getByRole('button', { name: 'Start the quiz' });
  await field(page, 'accent').fill('#7a1f5c');
  await expect.poll(() => start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(122, 31, 92)');
  // A value taken away is taken away in the preview too.
  await field(page, 'practice-name').fill('');
  await expect(preview.getByText('Offered by', { exact: false })).toHaveCount(0);
  // The preview keeps its own saved data, never under the practice's storage name.
  await field(page, 'storage-key').fill('harbour');
  await start.click();
  await preview.getByRole('radio', { name: 'Agree', exact: true }).check();
  await expect.poll(() => preview.locator('body').evaluate(() => Object.keys(localStorage))).toEqual(['intimacy-check:configurator-preview']);

  const frameWidth = () => preview.locator('body').evaluate(() => innerWidth);
  expect(await frameWidth()).toBe(375);
  for (const [label, width] of [['Tablet', 768], ['Desktop', 1280], ['Phone', 375]]) {
    await page.getByRole('radio', { name: label }).check();
    await expect.poll(frameWidth).toBe(width);
    await expect(page.locator('#preview-scale')).toContainText(`${width} px wide`);
  }
  // The preview page takes settings only from the page that frames it, on its own origin.
  await page.goto('/preview.html');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  // Once this page's own later listener has the message and two frames have been drawn, the
  // preview's listener has long had its chance.
  await page.evaluate(() => new Promise((done) => {
    addEventListener('message', () => requestAnimationFrame(() => requestAnimationFrame(done)), { once: true });
    postMessage({ type: 'configurator:settings', settings: { 'practice-name': 'Evil Clinic' } }, '*');
  }));
  await expect(page.getByText('Evil Clinic')).toHaveCount(0);
});

test('the accent\'s contrast is shown, with a darker colour to use when it is too light', async ({ page }) => {
  await open(page);
  await field(page, 'accent').fill('#ffd966');
  await expect(page.locator('#accent-words')).toContainText('below the 4.5:1');
  const use = page.getByRole('button', { name: /^Use #[0-9a-f]{6}$/ });
  const suggested = (await use.textContent()).slice(4);
  // The suggestion is exactly the colour the widget itself would use.
  const start = page.frameLocator('#preview').getByRole('button', { name: 'Start the quiz' });
  const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  await expect.poll(() => start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(rgb(suggested));
  await use.click();
  await expect(field(page, 'accent')).toHaveValue(suggested);
  await expect(field(page, 'accent')).toBeFocused();
  await expect(page.locator('#accent-words')).toContainText('easy to read');
  await expect(use).toBeHidden();
  await field(page, 'accent').fill('hotpink');
  await expect(page.locator('#m-accent')).toContainText('#rrggbb');
  await expect(page.locator('#accent-check')).toBeHidden();
  // The colour picker writes the field.
  await page.getByLabel('Pick').fill('#336699');
  await expect(field(page, 'accent')).toHaveValue('#336699');
});

test('the settings live in the #fragment: a reload or a shared link keeps them, without history entries', async ({ page, context }) => {
  await open(page);
  const length = await page.evaluate(() => history.length);
  const values = { ...ALL, 'contact-url': 'javascript:alert(1)', base: WIDGET_HOST, practice: 'harbour-test' };
  await fill(page, values);
  expect(await page.evaluate(() => history.length)).toBe(length);
  const link = await page.locator('#out-link').inputValue();
  await page.reload();
  for (const [name, value] of Object.entries(values)) await expect(field(page, name)).toHaveValue(value);
  await expect(field(page, 'contact-url')).toHaveAttribute('aria-invalid', 'true');
  // A colleague opening the link in another tab sees the same.
  const other = await context.newPage();
  await other.goto(link);
  for (const [name, value] of Object.entries(values)) await expect(field(other, name)).toHaveValue(value);
  expect(await other.locator('#out-script').inputValue()).toBe(await page.locator('#out-script').inputValue());
  // The folder this page is in is the default, and is not written into the address.
  await other.goto('/configure.html');
  await expect(field(other, 'base')).toHaveValue('http://127.0.0.1:8090/');
  await field(other, 'practice-name').fill('A');
  await expect(other).toHaveURL('http://127.0.0.1:8090/configure.html#practice-name=A');
});

test('copy buttons put the snippet on the clipboard and say so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await fill(page, { 'practice-name': 'Harbour Counselling' });
  for (const [button, id] of [['Copy the HTML snippet', 'out-script'], ['Copy the iframe snippet', 'out-iframe'],
    ['Copy the settings file', 'out-json'], ['Copy the shortcode', 'out-shortcode'], ['Copy the link', 'out-link']]) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('button', { name: button }).locator('xpath=..').getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator(`#${id}`).inputValue());
  }
  // A change clears the old "Copied".
  await fill(page, { 'practice-name': 'Harbour Counselling Ltd' });
  await expect(page.getByRole('button', { name: 'Copy the shortcode' }).locator('xpath=..').getByRole('status')).toHaveText('');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the settings file' }).click();
  expect((await download).suggestedFilename()).toBe('harbour-counselling-ltd.json');
});

test('its checks match the widget\'s own: what the configurator refuses, the widget ignores with a warning', async ({ page }) => {
  await open(page);
  const cases = [
    ['contact-url', 'javascript:alert(1)'], ['contact-url', '//evil.example'], ['contact-url', '/\\evil.example'],
    ['contact-url', 'harbour.example'], ['contact-url', 'https://'], ['contact-url', 'http://ab'], ['contact-url', 'mailto:'],
    ['contact-url', 'mailto:a'], ['contact-url', 'HTTPS://A.EXAMPLE/x'], ['contact-url', 'https://a\u00a0b.example'],
    ['contact-url', 'https://a.example/\u0085'], ['contact-url', '/ok/path'], ['exit-url', 'mailto:a@b.c'],
    ['exit-url', 'MAILTO:a@b.c'], ['exit-url', 'data:text/html,hi'], ['exit-url', '/weather'],
    ['contact-phone', 'call us'], ['contact-phone', '12'], ['contact-phone', '123'], ['contact-phone', '(0) 1-2.3'],
    ['contact-phone', '+44\u00a020'], ['safety-url', 'javascript:alert(1)'], ['safety-url', '//evil.example'],
    ['safety-url', 'mailto:a'], ['safety-url', '/safety'], ['safety-url', 'https://a\u00a0b.example'], ['safety-url', 'harbour.example'],
    ['safety-phone', '12'], ['safety-phone', '999'], ['safety-phone', '<b>999</b>'], ['safety-phone', '+44\u00a020'],
    ['safety-phone', '0808 2000 247'], ['safety-text', 'x'.repeat(601)], ['safety-text', 'é'.repeat(600)],
    ['accent', 'hotpink'], ['accent', '#12345'], ['accent', '#ABC'],
    ['accent', 'rgb(300, 0, 0)'], ['accent', 'rgb(+1,,2, 3)'], ['accent', 'rgb(-0, 1, 2)'], ['accent', 'RGB(1 2 3)'],
    ['accent', 'rgb(1,\t2,3)'], ['accent', '#ffd966'], ['accent', '#ÿÿÿ'], ['storage-key', 'has space'],
    ['storage-key', 'a/b'], ['storage-key', 'x'.repeat(64)], ['storage-key', 'x'.repeat(65)], ['storage-key', 'é'],
    ['lang', 'xx'], ['lang', 'EN_us'], ['lang', 'en-GB'], ['lang', '-en'], ['start', 'results'], ['start', 'plan'],
    // Whenever the widget learns a language, configure-core.js's LANGUAGES must learn it too.
    ['lang', 'es'], ['lang', 'es-MX'], ['lang', 'fr'], ['lang', 'de-DE'],
    ['start', 'Plan'], ['practice-name', 'x'.repeat(100)], ['practice-name', 'x'.repeat(101)],
    ['langs', 'en es'], ['langs', 'es, en-GB es'], ['langs', 'EN_us,ES-419'], ['langs', 'en fr'], ['langs', 'xx'],
    ['langs', 'auto'], ['langs', '-en'], ['langs', 'en\tes'], ['langs', 'en\u00a0es'], ['langs', ' , '],
    ['texts', '/our-words.json'], ['texts', 'http://127.0.0.1:8090/our-words.json'], ['texts', 'javascript:alert(1)'],
    ['texts', '//evil.example/w.json'], ['texts', '/\\evil.example'], ['texts', 'mailto:a@b.c'], ['texts', 'MAILTO:a@b.c'],
    ['texts', 'our-words.json'], ['texts', 'https:/a.example/w.json'], ['texts', '/our words.json'],
    ['practice-name', '😀'.repeat(100)], ['help-text', 'é'.repeat(600)], ['help-text', 'x'.repeat(601)],
    ['practice-name', ' \u0085 '], ['practice-name', '\ufeff'],
  ];
  const results = await page.evaluate(async (list) => {
    const { mount } = await import('/intimacy-check.js');
    const { check } = await import('/configure-core.js');
    const warnings = [];
    const warn = console.warn;
    console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
    const box = document.createElement('div');
    document.body.append(box);
    const out = [];
    for (const [name, value] of list) {
      warnings.length = 0;
      const camel = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const w = await mount(box, { [camel]: value });
      const widgetRefused = warnings.some((t) => t.includes(`${name}=`) && !t.includes('darkened'));
      w.unmount();
      const mine = check(name, value);
      out.push({ name, value, widgetRefused, configuratorRefused: mine.value === null && mine.error !== '' });
    }
    console.warn = warn;
    return out;
  }, cases);
  for (const r of results) expect(r.configuratorRefused, `${r.name}=${JSON.stringify(r.value)}`).toBe(r.widgetRefused);
  expect(results.filter((r) => r.widgetRefused).length).toBeGreaterThan(20);
});

test('under the strict CSP it works with no violation; axe-core finds nothing, light and dark, with messages showing', async ({ page }) => {
  const problems = [];
  // Chromium's own request for /favicon.ico is the one 404 expected; every other failed file counts.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await open(page, 'http://127.0.0.1:8093/configure.html');
  await fill(page, { 'practice-name': 'Harbour Counselling', accent: '#ffd966', 'contact-url': 'javascript:alert(1)' });
  await expect(page.frameLocator('#preview').getByText('Offered by Harbour Counselling.')).toBeVisible();
  await expect(page.locator('#accent-check')).toBeVisible();
  await expect(page.locator('#left-out')).toBeVisible();
  await page.getByRole('radio', { name: 'Tablet' }).check();
  await expect.poll(() => page.frameLocator('#preview').locator('body').evaluate(() => innerWidth)).toBe(768);
  await page.getByRole('button', { name: /^Use #/ }).click();
  await page.getByRole('button', { name: 'Reload the preview' }).click();
  await expect(page.frameLocator('#preview').getByText('Offered by Harbour Counselling.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the settings file' }).click();
  const file = await (await download).path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(JSON.parse(await page.locator('#out-json').inputValue()));
  expect(problems).toEqual([]);
  // (axe-core itself then adds an inline style, which this policy blocks: not the page's doing.)
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
});

test('the whole form works by keyboard', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await expect(field(page, 'practice-name')).toBeFocused();
  await page.keyboard.type('Harbour Counselling');
  await page.keyboard.press('Tab');
  await expect(field(page, 'contact-url')).toBeFocused();
  await page.keyboard.type('javascript:alert(1)');
  await expect(page.locator('#m-contact-url')).toBeVisible();
  await expect(field(page, 'contact-url')).toHaveAttribute('aria-describedby', 'h-contact-url m-contact-url');
  await expect(page.locator('#out-shortcode')).toHaveValue('[intimacy_check practice_name="Harbour Counselling"]\n');
});
