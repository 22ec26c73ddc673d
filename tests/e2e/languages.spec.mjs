// Languages: lang="es", and lang="auto" following the host page, then the browser.
import { test, expect } from '@playwright/test';
import { QUESTION_COUNT, SCORED_COUNT, expectNoAxeViolations } from './helpers.mjs';

const hostPage = (htmlLang, attrs) => `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="http://127.0.0.1:8092/intimacy-check.js"></script></head>
<body><main><h1>Host</h1><intimacy-check ${attrs}></intimacy-check></main></body></html>`;

async function openHost(page, htmlLang, attrs) {
  await page.goto('http://127.0.0.1:8091/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.setContent(hostPage(htmlLang, attrs));
}

test('lang="auto" follows the host page, then the browser, then English', async ({ browser }) => {
  const spanishPage = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await openHost(spanishPage, 'es-MX', 'lang="auto" storage-key="auto-es"');
  await expect(spanishPage.getByRole('heading', { name: '¿Tenemos intimidad emocional?' })).toBeVisible();
  await spanishPage.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  await expect(spanishPage.getByRole('radio', { name: 'Muy de acuerdo', exact: true })).toBeVisible();
  expect(await spanishPage.locator('intimacy-check').evaluate((el) => el.shadowRoot.querySelector('.ic').lang)).toBe('es');

  const spanishBrowser = await (await browser.newContext({ locale: 'es-419' })).newPage();
  await openHost(spanishBrowser, '', 'lang="auto" storage-key="auto-browser"');
  await expect(spanishBrowser.getByRole('heading', { name: '¿Tenemos intimidad emocional?' })).toBeVisible();

  const french = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  await openHost(french, 'fr', 'lang="auto" storage-key="auto-fr"');
  await expect(french.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
});

/** Every line of visible text inside the widget (its shadow root), trimmed. */
async function widgetLines(page) {
  const text = await page.locator('intimacy-check').evaluate((el) => el.shadowRoot.querySelector('.ic').innerText);
  return text.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 2 && /[a-z]/i.test(l));
}

/** Walks intro, a question, results, the plan and partner comparison; returns each screen's lines. */
async function walk(page, t) {
  const screens = {};
  await expect(page.getByRole('button', { name: t.start })).toBeVisible();
  screens.intro = await widgetLines(page);
  await page.getByRole('button', { name: t.start }).click();
  await expect(page.getByRole('radio', { name: t.scale[0], exact: true })).toBeVisible();
  screens.question = await widgetLines(page);
  for (let i = 0; i < QUESTION_COUNT; i++) {
    // The safety check, after the scored statements, answered calmly ("Strongly disagree").
    const pick = i < SCORED_COUNT ? t.scale[i % 5] : t.scale[0];
    await page.getByRole('radio', { name: pick, exact: true }).check();
    await page.getByRole('button', { name: i < QUESTION_COUNT - 1 ? t.next : t.results, exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: t.resultsTitle })).toBeVisible();
  screens.results = await widgetLines(page);
  await page.getByRole('button', { name: t.makePlan }).click();
  await expect(page.getByRole('heading', { name: t.planTitle })).toBeVisible();
  screens.plan = await widgetLines(page);
  await page.getByRole('button', { name: t.partner }).click();
  await expect(page.getByRole('heading', { name: t.partnerTitle })).toBeVisible();
  screens.partner = await widgetLines(page);
  return screens;
}

test('in Spanish, no English sentence is left on any screen', async ({ browser }) => {
  const english = await (await browser.newContext()).newPage();
  await openHost(english, 'en', 'lang="en" storage-key="walk-en"');
  const en = await walk(english, {
    start: 'Start the quiz', scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    next: 'Continue', results: 'See my results', resultsTitle: 'What your answers say', makePlan: 'Make my plan',
    planTitle: 'Your rebuild plan', partner: 'Compare with my partner', partnerTitle: 'Compare with your partner',
  });
  const spanish = await (await browser.newContext()).newPage();
  await openHost(spanish, 'en', 'lang="es" storage-key="walk-es"');
  const es = await walk(spanish, {
    start: 'Empezar el cuestionario', scale: ['Muy en desacuerdo', 'En desacuerdo', 'Ni de acuerdo ni en desacuerdo', 'De acuerdo', 'Muy de acuerdo'],
    next: 'Continuar', results: 'Ver mis resultados', resultsTitle: 'Lo que dicen tus respuestas', makePlan: 'Crear mi plan',
    planTitle: 'Tu plan para reconectar', partner: 'Comparar con mi pareja', partnerTitle: 'Compara con tu pareja',
  });
  for (const screen of Object.keys(en)) {
    expect(en[screen].length, screen).toBeGreaterThan(3);
    expect(es[screen].length, screen).toBeGreaterThan(3);
    const leftover = es[screen].filter((line) => en[screen].includes(line));
    expect(leftover, `${screen}: English left in Spanish`).toEqual([]);
  }
  await expectNoAxeViolations(spanish);
});

test('a practice can offer a language switch: switching mid-quiz keeps every answer, and the choice is remembered', async ({ page }) => {
  await openHost(page, 'en', 'langs="en es" storage-key="switch"');
  const widget = () => page.locator('intimacy-check').evaluate((el) => el.shadowRoot.querySelector('.ic').lang);
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const picks = ['Agree', 'Strongly disagree', 'Neither agree nor disagree'];
  for (const pick of picks) {
    await page.getByRole('radio', { name: pick, exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await expect(page.getByText(`Question 4 of ${QUESTION_COUNT}`)).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByText(`Pregunta 4 de ${QUESTION_COUNT}`)).toBeVisible();
  expect(await widget()).toBe('es');
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  // Every answer is still there, now in Spanish.
  const spanish = ['De acuerdo', 'Muy en desacuerdo', 'Ni de acuerdo ni en desacuerdo'];
  for (let i = 2; i >= 0; i--) {
    await page.getByRole('button', { name: 'Atrás', exact: true }).click();
    await expect(page.getByText(`Pregunta ${i + 1} de ${QUESTION_COUNT}`)).toBeVisible();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    expect(await page.getByRole('radio', { checked: true }).evaluate((r) => r.closest('label').innerText.trim()))
      .toBe(await page.getByRole('radio', { name: spanish[i], exact: true }).evaluate((r) => r.closest('label').innerText.trim()));
  }
  // A new visit in the same browser opens where they were, in the visitor's language.
  await page.setContent(hostPage('en', 'langs="en es" storage-key="switch"'));
  await expect(page.getByText(`Pregunta 1 de ${QUESTION_COUNT}`)).toBeVisible();
  expect(await widget()).toBe('es');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
});
