// From a CDN, with integrity: the npm package that `make release` packed, served from a
// second origin under /npm/intimacy-check@X.Y.Z/ as a public npm CDN serves it, and a host
// page with exactly the snippet of release/SNIPPET.html. The widget works; a changed wasm or
// glue file is refused with the "could not load" state and a console line naming it; a
// changed loader is refused by the browser itself.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const version = readFileSync('Cargo.toml', 'utf8').match(/^\[package\][\s\S]*?^version = "([^"]+)"/m)[1];
const CDN = `https://cdn.jsdelivr.net/npm/intimacy-check@${version}/`;
const HOST = 'https://harbour-counselling.example/';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };
const snippet = readFileSync('release/SNIPPET.html', 'utf8');
const pkg = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-cdn-'));
  execFileSync('tar', ['xzf', `release/intimacy-check-${version}.tgz`, '-C', dir]);
  return join(dir, 'package');
})();

/** Serves the host page and the package; `change(path, bytes)` may alter a file on its way. */
async function serve(page, change = (_, bytes) => bytes) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route(`${HOST}**`, (r) => r.fulfill({ contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour</title></head><body><h1>Harbour Counselling</h1>${snippet}</body></html>` }));
  await page.route(`${CDN}**`, (r) => {
    const path = new URL(r.request().url()).pathname.slice(new URL(CDN).pathname.length);
    let bytes;
    try { bytes = readFileSync(join(pkg, path)); } catch { return r.fulfill({ status: 404, body: '' }); }
    return r.fulfill({ body: change(path, bytes), contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      headers: { 'access-control-allow-origin': '*' } });
  });
  await page.goto(HOST);
  return errors;
}

test('the README\'s CDN snippet, with its integrity hash, embeds a working widget', async ({ page }) => {
  expect(snippet).toContain(`src="${CDN}intimacy-check.js"`);
  expect(snippet).toMatch(/integrity="sha384-[A-Za-z0-9+/=]{64}"/);
  const errors = await serve(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Question 2 of 37')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const file of ['app/intimacy-check_bg.wasm', 'app/intimacy-check.js']) {
  test(`a changed ${file} is refused: "could not load", and the console names it`, async ({ page }) => {
    let tampered = true;
    const errors = await serve(page, (path, bytes) => (path === file && tampered ? Buffer.concat([bytes, Buffer.from('\n//')]) : bytes));
    await expect(page.getByRole('alert')).toHaveText('The quiz could not load. Please check your connection and try again.');
    expect(errors.some((e) => e.includes(file) && e.includes('integrity'))).toBe(true);
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
    // The button is never dead: once the real file is served, trying again loads the widget.
    if (file.endsWith('.wasm')) {
      tampered = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    }
  });
}

test('a changed loader is refused by the browser because of the snippet\'s integrity', async ({ page }) => {
  const errors = await serve(page, (path, bytes) => (path === 'intimacy-check.js' ? Buffer.concat([bytes, Buffer.from(';')]) : bytes));
  await expect.poll(() => errors.some((e) => /integrity/i.test(e) && e.includes('intimacy-check.js'))).toBe(true);
  expect(await page.evaluate(() => customElements.get('intimacy-check'))).toBeUndefined();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
});
