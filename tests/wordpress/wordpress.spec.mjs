// An office manager's path through the plugin on a real WordPress, then a visitor's.
// scripts/test-wordpress.sh installs a fresh site with four pages (tests/wordpress/install.php)
// and sets WP_URL and WP_ZIP. The tests run in order: each builds on the one before.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CALM, QUESTION_COUNT, SCALE, SCORED_COUNT } from '../e2e/helpers.mjs';

/** The plugin's version, as WordPress puts it in ?ver= (escaped for a RegExp). */
const VERSION = readFileSync(new URL('../../wordpress/intimacy-check/intimacy-check.php', import.meta.url), 'utf8')
  .match(/define\( 'INTIMACY_CHECK_VERSION', '([^']+)' \)/)[1].replace(/\./g, '\\.');

const WP = process.env.WP_URL || 'http://127.0.0.1:8095';
const ZIP = process.env.WP_ZIP;
const HOSTILE = 'Harbour "><script>alert(1)</script>';
// WP_SCREENSHOTS=folder: PNGs of the settings page and the quiz pages, to look at.
const shot = (page, name) => process.env.WP_SCREENSHOTS
  && page.screenshot({ path: `${process.env.WP_SCREENSHOTS}/${name}.png`, fullPage: true });
const LOADER = 'script[type="module"][src*="/wp-content/plugins/intimacy-check/widget/intimacy-check.js"]';

test.describe.configure({ mode: 'serial' });

/** Fails the test on any dialog (an injected alert()), page error or request off the site. */
function watch(page) {
  const seen = { dialogs: [], errors: [], foreign: [], requests: [] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => {
    seen.requests.push(r.url());
    if (!/^(data:|blob:)/.test(r.url()) && !r.url().startsWith(`${WP}/`)) seen.foreign.push(r.url());
  });
  return seen;
}

function expectClean(seen) {
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.errors, 'page errors').toEqual([]);
  expect(seen.foreign, 'requests that left the site').toEqual([]);
}

let adminCookies;
/** Logs in as the admin through wp-login.php once; later tests reuse its cookies. */
async function logIn(page) {
  if (adminCookies) {
    await page.context().addCookies(adminCookies);
    return;
  }
  await page.goto('/wp-login.php');
  await page.getByLabel('Username or Email Address').fill('admin');
  await page.getByLabel('Password', { exact: true }).fill('admin-password-1');
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  adminCookies = await page.context().cookies();
}

/** Opens a page by its slug and waits for its widget (the loader starts it when near). */
async function openQuiz(page, slug) {
  await page.goto(`/?pagename=${slug}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator(LOADER)).toHaveCount(1);
  const host = page.locator('intimacy-check');
  await expect(host).toHaveCount(1);
  await host.scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  return host;
}

/** Starts the quiz and answers the first `count` questions; the safety check's calmly. */
async function answerQuestions(page, count) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= count; n++) {
    await expect(page.getByText(`Question ${n} of ${QUESTION_COUNT}`)).toBeVisible();
    await page.getByRole('radio', { name: n > SCORED_COUNT ? CALM(n) : SCALE[n % 5], exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
}

test('the zip installs through Plugins → Add New → Upload Plugin and activates', async ({ page }) => {
  expect(ZIP, 'WP_ZIP names the plugin zip').toBeTruthy();
  const seen = watch(page);
  await logIn(page);
  await page.goto('/wp-admin/plugin-install.php?tab=upload');
  await page.locator('#pluginzip').setInputFiles(ZIP);
  await page.getByRole('button', { name: 'Install Now' }).click();
  await expect(page.getByText('Plugin installed successfully.')).toBeVisible();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(page.getByText('Plugin activated.')).toBeVisible();
  const row = page.locator('tr[data-plugin="intimacy-check/intimacy-check.php"]');
  await expect(row).toHaveClass(/active/);
  await expect(row.getByRole('link', { name: 'Settings' })).toBeVisible();
  expectClean(seen);
});

test('the settings page saves what is valid, refuses the rest and says why', async ({ page }) => {
  const seen = watch(page);
  await logIn(page);
  await page.goto('/wp-admin/plugins.php');
  await page.locator('tr[data-plugin="intimacy-check/intimacy-check.php"]').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Intimacy Check', level: 1 })).toBeVisible();

  // First a form with three values the quiz cannot use.
  await page.getByLabel('Practice name').fill(HOSTILE);
  await page.getByLabel('Contact page or email').fill('javascript:alert(1)');
  await page.getByLabel('Phone number').fill('+44 20 7946 0000');
  await page.getByLabel('Help text').fill('We offer a free 15-minute call.\nAsk for Sam.');
  await page.getByLabel('Safety page or service').fill('https://harbour.example/safety');
  await page.getByLabel('Safety phone line').fill('call us');
  await page.getByLabel('Safety text').fill('Call the National Domestic Abuse Helpline, free, at any time.');
  await page.getByLabel('Accent colour').fill('red');
  await page.getByLabel('Quick exit page').fill('https://www.bbc.co.uk/weather');
  await page.getByLabel('Storage name').fill('harbour site');
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  await page.getByLabel('Language switch').fill('en fr');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Contact page or email was not saved')).toBeVisible();
  await expect(page.getByText('Safety phone line was not saved: it may hold only digits')).toBeVisible();
  await expect(page.getByText('Accent colour was not saved: it must be a colour like #2a6f97.')).toBeVisible();
  await expect(page.getByText('Storage name was not saved')).toBeVisible();
  await expect(page.getByText('Language switch was not saved: it may list only the languages the quiz speaks')).toBeVisible();
  await expect(page.getByLabel('Language switch')).toHaveValue('');
  await expect(page.getByLabel('Practice name')).toHaveValue(HOSTILE);
  await expect(page.getByLabel('Contact page or email')).toHaveValue('');
  await expect(page.getByLabel('Accent colour')).toHaveValue('');
  await expect(page.getByLabel('Storage name')).toHaveValue('');
  await expect(page.getByLabel('Phone number')).toHaveValue('+44 20 7946 0000');
  await expect(page.getByLabel('Safety page or service')).toHaveValue('https://harbour.example/safety');
  await expect(page.getByLabel('Safety phone line')).toHaveValue('');

  // Then the right ones.
  await page.getByLabel('Contact page or email').fill('https://harbour.example/book');
  await page.getByLabel('Safety phone line').fill('0808 2000 247');
  await page.getByLabel('Accent colour').fill('#8A3B12');
  await page.getByLabel('Storage name').fill('harbour');
  await page.getByLabel('Language switch').fill('en, es-MX');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(page.getByLabel('Practice name')).toHaveValue(HOSTILE);
  await expect(page.getByLabel('Contact page or email')).toHaveValue('https://harbour.example/book');
  await expect(page.getByLabel('Accent colour')).toHaveValue('#8a3b12');
  await expect(page.getByLabel('Storage name')).toHaveValue('harbour');
  await expect(page.getByLabel('Language switch')).toHaveValue('en es');
  await expect(page.getByLabel('Your own words')).toHaveValue('');
  await expect(page.getByLabel('Help text')).toHaveValue('We offer a free 15-minute call.\nAsk for Sam.');
  await expect(page.getByLabel('Safety phone line')).toHaveValue('0808 2000 247');
  await expect(page.getByLabel('Safety text')).toHaveValue('Call the National Domestic Abuse Helpline, free, at any time.');
  await shot(page, 'settings');
  expectClean(seen);
});

test('the privacy policy guide has the plugin\'s text', async ({ page }) => {
  await logIn(page);
  await page.goto('/wp-admin/privacy-policy-guide.php');
  await page.getByRole('button', { name: /^Intimacy Check/ }).click();
  await expect(page.getByText('Our relationship quiz runs entirely in your browser.')).toBeVisible();
  await expect(page.getByText('The Intimacy Check plugin collects no personal data')).toBeVisible();
});

test('shortcode page: the saved settings show, the hostile name is text, the quiz works', async ({ page }) => {
  const seen = watch(page);
  const host = await openQuiz(page, 'shortcode');
  await expect(page.getByText(`Offered by ${HOSTILE}.`, { exact: true })).toBeVisible();
  expect(await host.getAttribute('practice-name')).toBe(HOSTILE);
  expect(await host.getAttribute('storage-key')).toBe('harbour');
  expect(await host.getAttribute('accent')).toBe('#8a3b12');
  expect(await host.getAttribute('langs')).toBe('en es');
  expect(await host.getAttribute('texts')).toBeNull();
  expect(await host.getAttribute('safety-url')).toBe('https://harbour.example/safety');
  expect(await host.getAttribute('safety-phone')).toBe('0808 2000 247');
  expect(await host.getAttribute('safety-text')).toBe('Call the National Domestic Abuse Helpline, free, at any time.');
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  // Nothing the name held became an element.
  expect(await page.locator('script:not([src]):not([type="importmap"]):not([type="application/json"])').evaluateAll(
    (scripts) => scripts.filter((s) => s.textContent.includes('alert(1)')).length)).toBe(0);
  const start = page.getByRole('button', { name: 'Start the quiz' });
  expect(await start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(138, 59, 18)');
  await shot(page, 'shortcode-intro');

  await answerQuestions(page, QUESTION_COUNT);
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Getting help' })).toBeVisible();
  // In the "Getting help" panel (the short help line above the plan form has the same link).
  const help = page.getByRole('complementary', { name: 'Getting help' });
  await expect(help.getByRole('link', { name: `Contact ${HOSTILE}` })).toHaveAttribute('href', 'https://harbour.example/book');
  await expect(help.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  await expect(page.getByText('Ask for Sam.')).toBeVisible();
  await shot(page, 'shortcode-results');
  // The answers are saved under the storage name from the settings page.
  expect(await page.evaluate(() => Object.keys(localStorage))).toContain('intimacy-check:harbour');
  // The widget's files came with the loader's version, from the plugin's own folder.
  const wasm = seen.requests.filter((u) => u.includes('intimacy-check_bg.wasm'));
  expect(wasm.length).toBeGreaterThan(0);
  for (const u of wasm) expect(u).toMatch(new RegExp(`^${WP}/wp-content/plugins/intimacy-check/widget/app/intimacy-check_bg\\.wasm\\?ver=${VERSION}-\\d+$`));
  expectClean(seen);
});

test('shortcode attributes override the settings; an unusable one is ignored', async ({ page }) => {
  const seen = watch(page);
  const host = await openQuiz(page, 'shortcode-override');
  await expect(page.getByText('Offered by Bay Counselling.', { exact: true })).toBeVisible();
  expect(await host.getAttribute('storage-key')).toBe('bay');
  expect(await host.getAttribute('accent')).toBe('#1b5e20');
  expect(await host.getAttribute('contact-url')).toBe('https://bay.example/book');
  // exit_url="javascript:…" is refused: the saved quick exit page stays.
  expect(await host.getAttribute('exit-url')).toBe('https://www.bbc.co.uk/weather');
  // langs="es, en-GB" replaces the saved switch, as bare codes; texts="javascript:…" is refused (none is saved).
  expect(await host.getAttribute('langs')).toBe('es en');
  expect(await host.getAttribute('texts')).toBeNull();
  // safety_phone replaces the saved line; safety_url="javascript:…" is refused: the saved page stays.
  expect(await host.getAttribute('safety-phone')).toBe('0800 111 222');
  expect(await host.getAttribute('safety-url')).toBe('https://harbour.example/safety');
  await answerQuestions(page, 2);
  await expect(page.getByText(`Question 3 of ${QUESTION_COUNT}`)).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toContain('intimacy-check:bay');
  expectClean(seen);
});

test('block page: the block renders the quiz with its own options', async ({ page }) => {
  const seen = watch(page);
  const host = await openQuiz(page, 'block');
  await expect(page.getByText('Offered by Tide "><script>alert(2)</script> Counselling.', { exact: true })).toBeVisible();
  expect(await host.getAttribute('storage-key')).toBe('tide');
  expect(await host.getAttribute('safety-phone')).toBe('0800 111 333');
  // Not set on the block: from the settings page.
  expect(await host.getAttribute('contact-url')).toBe('https://harbour.example/book');
  expect(await host.getAttribute('safety-url')).toBe('https://harbour.example/safety');
  await expect(page.locator('.wp-block-intimacy-check-quiz intimacy-check')).toHaveCount(1);
  await answerQuestions(page, 3);
  await page.reload();
  await page.locator('intimacy-check').scrollIntoViewIfNeeded();
  await expect(page.getByText(`Question 4 of ${QUESTION_COUNT}`)).toBeVisible();
  expectClean(seen);
});

test('a page without the quiz loads nothing of it', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/?pagename=no-quiz');
  await expect(page.getByText('A page without the quiz.')).toBeVisible();
  await expect(page.locator('intimacy-check')).toHaveCount(0);
  await expect(page.locator('script[src*="intimacy-check"], link[href*="intimacy-check"]')).toHaveCount(0);
  expect(seen.requests.filter((u) => u.includes('/plugins/intimacy-check/'))).toEqual([]);
  expectClean(seen);
});

test('the block editor shows the block and its options', async ({ page }) => {
  const seen = watch(page);
  await logIn(page);
  await page.goto('/wp-admin/edit.php?post_type=page');
  await page.getByRole('link', { name: '“Block” (Edit)' }).click();
  const canvas = page.frameLocator('iframe[name="editor-canvas"]');
  const placeholder = canvas.getByText(/The quiz shows here on the published page, offered by: Tide/);
  await expect(placeholder).toBeVisible({ timeout: 60_000 });
  await placeholder.click();
  const settings = page.getByRole('region', { name: 'Editor settings' });
  const close = page.getByRole('dialog').getByRole('button', { name: 'Close' });
  if (await close.count()) await close.click();
  await expect(settings.getByLabel('Practice name')).toHaveValue('Tide "><script>alert(2)</script> Counselling');
  await expect(settings.getByLabel('Storage name')).toHaveValue('tide');
  await expect(settings.getByLabel('Safety phone line')).toHaveValue('0800 111 333');
  await expect(settings.getByLabel('Safety page or service')).toHaveValue('');
  await expect(settings.getByLabel('Language switch')).toHaveValue('');
  await expect(settings.getByLabel('Your own words')).toHaveValue('');
  await shot(page, 'block-editor');
  expectClean(seen);
});

test('an office manager adds the block to a new page in the editor and publishes it', async ({ page }) => {
  const seen = watch(page);
  await logIn(page);
  // A new page first offers starter patterns: close that, as a person would.
  const patterns = page.getByRole('dialog', { name: 'Choose a pattern' });
  await page.addLocatorHandler(patterns, () => patterns.getByRole('button', { name: 'Close' }).click());
  await page.goto('/wp-admin/post-new.php?post_type=page');
  const canvas = page.frameLocator('iframe[name="editor-canvas"]');
  await canvas.getByRole('textbox', { name: 'Add title' }).fill('Relationship check-in');
  await page.getByRole('button', { name: /Block Inserter/ }).click();
  await page.getByRole('searchbox', { name: /Search/ }).fill('Intimacy');
  await page.getByRole('option', { name: 'Intimacy check' }).click();
  await expect(canvas.getByText('The quiz shows here on the published page. Its options are in the block sidebar.')).toBeVisible();
  const settings = page.getByRole('region', { name: 'Editor settings' });
  await settings.getByLabel('Practice name').fill('Cove Counselling');
  await settings.getByLabel('Accent colour').fill('#1b5e20');
  await expect(canvas.getByText(/offered by: Cove Counselling/)).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Page published.').first()).toBeVisible();
  await shot(page, 'block-inserted');

  await page.goto('/?pagename=relationship-check-in');
  const host = page.locator('intimacy-check');
  await host.scrollIntoViewIfNeeded();
  await expect(page.getByText('Offered by Cove Counselling.', { exact: true })).toBeVisible();
  expect(await host.getAttribute('accent')).toBe('#1b5e20');
  // Not set on the block: from the settings page.
  expect(await host.getAttribute('contact-url')).toBe('https://harbour.example/book');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  expectClean(seen);
});

test('a classic theme: the loader comes in the footer, and the quiz works there too', async ({ page }) => {
  const seen = watch(page);
  await logIn(page);
  await page.goto('/wp-admin/themes.php');
  await page.getByRole('link', { name: 'Activate Classic test theme' }).click();
  await expect(page.getByText('New theme activated.')).toBeVisible();
  for (const slug of ['shortcode', 'block']) {
    await openQuiz(page, slug);
    // WordPress prints a classic theme's script modules in wp_footer(), after the content.
    expect(await page.locator(LOADER).evaluate((s) => Boolean(
      document.getElementById('site-footer').compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  }
  await page.goto('/?pagename=no-quiz');
  await expect(page.getByText('A page without the quiz.')).toBeVisible();
  await expect(page.locator('script[src*="intimacy-check"]')).toHaveCount(0);
  expectClean(seen);
});
