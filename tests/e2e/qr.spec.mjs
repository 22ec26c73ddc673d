// The partner link as a QR code on "Your code": read back from the screen's own pixels by
// jsQR (a decoder no one here wrote) to exactly the copied link, opened on a second device,
// fetched only once that screen opens, and a working code screen when it cannot load.
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoAxeViolations, finishQuiz, freshStart } from './helpers.mjs';

/** What the QR code on screen says, read from a screenshot of it. */
async function scan(page) {
  const png = PNG.sync.read(await page.getByRole('img', { name: 'QR code with your link' }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function openYourCode(page) {
  await page.getByRole('button', { name: 'Compare with my partner' }).click();
  await expect(page.getByRole('heading', { name: 'Your code' })).toBeVisible();
}

test('the QR code holds the copied link, loads only on "Your code", and opens the comparison on a second phone', async ({ browser }) => {
  const a = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await a.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const asked = [];
  a.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await freshStart(a);
  await finishQuiz(a, (n) => (n < 14 ? 'Agree' : 'Strongly agree'));
  expect(asked.filter((p) => p.endsWith('/qr.js')), 'nobody pays for the encoder before "Your code"').toEqual([]);
  await openYourCode(a);
  const qr = a.getByRole('img', { name: 'QR code with your link' });
  await expect(qr).toBeVisible();
  expect(asked.filter((p) => p.endsWith('/qr.js'))).toHaveLength(1);
  // Large enough for a camera at arm's length, and dark on light.
  const box = await qr.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(200);
  await expect(a.getByText('your area scores only.', { exact: false })).toBeVisible();
  await expect(a.getByText('Anyone who scans it can read what your code carries.', { exact: false })).toBeVisible();

  await a.getByRole('button', { name: 'Copy a link with the code' }).click();
  const scoresLink = await a.evaluate(() => navigator.clipboard.readText());
  expect(await scan(a)).toBe(scoresLink);
  // Every answer ticked: a new picture of the new link, saying so.
  await a.getByRole('radio', { name: 'My area scores and each answer' }).check();
  await expect(a.getByText('your area scores and every answer.', { exact: false })).toBeVisible();
  await a.getByRole('button', { name: 'Copy a link with the code' }).click();
  const fullLink = await a.evaluate(() => navigator.clipboard.readText());
  expect(fullLink).not.toBe(scoresLink);
  await expect.poll(() => scan(a)).toBe(fullLink);
  await expectNoAxeViolations(a);

  // The second phone opens what it scanned.
  const b = await (await browser.newContext()).newPage();
  await freshStart(b);
  await finishQuiz(b, (n) => (n % 2 ? 'Disagree' : 'Strongly disagree'));
  await b.goto(await scan(a));
  await expect(b.getByRole('heading', { name: 'Both of your views' })).toBeVisible();

  // Dark theme: still dark modules on a light square.
  await a.emulateMedia({ colorScheme: 'dark' });
  expect(await scan(a)).toBe(fullLink);
});

test('when the encoder cannot load, a kind line says so and the code and copy buttons still work', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.route('**/qr.js*', (route) => route.abort());
  await freshStart(page);
  await finishQuiz(page);
  await openYourCode(page);
  await expect(page.getByText('The QR code could not be shown just now.', { exact: false })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code with your link' })).toHaveCount(0);
  const code = (await page.locator('.ic-code').textContent()).trim();
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});
