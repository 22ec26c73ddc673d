// Languages: lang="es", and lang="auto" following the host page, then the browser.
import { test, expect } from '@playwright/test';

const hostPage = (htmlLang, attrs) => `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8">
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
