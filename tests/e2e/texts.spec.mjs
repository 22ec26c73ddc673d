// The words as files: a practice's own `texts` file, a damaged language file, and no file at all.
import { test, expect } from '@playwright/test';
import { QUESTION_COUNT, SCORED_COUNT, expectNoAxeViolations } from './helpers.mjs';

const WIDGET = 'http://127.0.0.1:8092';
const HOST = 'http://127.0.0.1:8091';

const hostPage = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="${WIDGET}/intimacy-check.js"></script></head>
<body><main><h1>Host</h1><intimacy-check ${attrs}></intimacy-check></main></body></html>`;

/** A host page with the widget, collecting the console's warnings. */
async function openHost(page, attrs) {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${HOST}/index.html`);
  await page.evaluate(() => localStorage.clear());
  await page.setContent(hostPage(attrs));
  return warnings;
}

/**
 * Answers every scored statement with `scale` and the safety check after them with `calm`
 * (its "Strongly disagree"), then shows the results.
 */
async function finishQuiz(page, scale, next, results, calm = 'Strongly disagree') {
  await page.getByRole('button', { name: /^(Start the quiz|Empezar el cuestionario)$/ }).click();
  for (let i = 0; i < QUESTION_COUNT; i++) {
    await page.getByRole('radio', { name: i < SCORED_COUNT ? scale : calm, exact: true }).check();
    await page.getByRole('button', { name: i < QUESTION_COUNT - 1 ? next : results, exact: true }).click();
  }
}

test('a practice\'s texts file replaces the intro and help texts, per language, and names what it refused', async ({ page }) => {
  const words = {
    'ui.help_text': 'Shared help for every language.',
    en: {
      'ui.intro_lead': 'At Harbour we believe closeness can be learned. Take your time.',
      'ui.help_text': 'Call Harbour on a weekday. We answer every message within a day.',
      'ui.offered_by': 'Brought to you by {practice}.',
      'ui.help_contact_named': 'Write to us',
      'ui.no_such_text': 'Hello',
      'ui.start': '<b>Go</b>',
      'ui.back': 42,
    },
    es: { 'ui.intro_lead': 'En Harbour creemos que la cercanía se aprende.' },
  };
  await page.route(`${HOST}/our-words.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(words) }));
  const warnings = await openHost(page, 'texts="/our-words.json" practice-name="Harbour" storage-key="texts-en"');
  await expect(page.getByText('At Harbour we believe closeness can be learned. Take your time.')).toBeVisible();
  await expect(page.getByText('Brought to you by Harbour.')).toBeVisible();
  // Refused texts leave the widget's own words.
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  for (const key of ['ui.help_contact_named', 'ui.no_such_text', 'ui.start', 'ui.back']) {
    expect(warnings.some((w) => w.includes(`"${key}"`)), `a warning names ${key}: ${warnings.join(' | ')}`).toBe(true);
  }
  await finishQuiz(page, 'Agree', 'Continue', 'See my results');
  await expect(page.getByText('Call Harbour on a weekday. We answer every message within a day.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The same file, a Spanish widget: its own section, then the shared key.
  const es = await page.context().newPage();
  await es.route(`${HOST}/our-words.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(words) }));
  await openHost(es, 'texts="/our-words.json" lang="es" storage-key="texts-es"');
  await expect(es.getByText('En Harbour creemos que la cercanía se aprende.')).toBeVisible();
  await finishQuiz(es, 'De acuerdo', 'Continuar', 'Ver mis resultados', 'Muy en desacuerdo');
  await expect(es.getByText('Shared help for every language.')).toBeVisible();
});

test('a damaged Spanish file falls back to English with a warning, and the quiz still works', async ({ page }) => {
  await page.route(`${WIDGET}/texts/es.json`, (r) => r.fulfill({ contentType: 'application/json', body: '{"ui.title": "¿Tenemos' }));
  const warnings = await openHost(page, 'lang="es" storage-key="texts-damaged"');
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  expect(await page.locator('intimacy-check').evaluate((el) => el.shadowRoot.querySelector('.ic').lang)).toBe('en');
  expect(warnings.some((w) => w.includes('texts/es.json'))).toBe(true);
  await finishQuiz(page, 'Agree', 'Continue', 'See my results');
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();

  // A file that parses but is not the one this version shipped is refused by its hash (the
  // loader says so in the console), and English is used.
  const partial = await page.context().newPage();
  const errors = [];
  partial.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await partial.route(`${WIDGET}/texts/es.json`, (r) => r.fulfill({ contentType: 'application/json', body: '{"ui.title": "Hola"}' }));
  const more = await openHost(partial, 'lang="es" storage-key="texts-partial"');
  await expect(partial.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  expect(more.some((w) => w.includes('texts/es.json'))).toBe(true);
  expect(errors.some((e) => e.includes('texts/es.json') && e.includes('integrity'))).toBe(true);
});

test('with no language file at all, a short built-in message offers to try again, and trying again works', async ({ page }) => {
  let blocked = true;
  await page.route(`${WIDGET}/texts/*.json`, (r) => (blocked ? r.abort() : r.fallback()));
  await openHost(page, 'lang="es" storage-key="texts-none"');
  await expect(page.getByRole('alert')).toContainText('No se pudo cargar el cuestionario.');
  await expectNoAxeViolations(page);
  blocked = false;
  await page.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(page.getByRole('heading', { name: '¿Tenemos intimidad emocional?' })).toBeVisible();
});
