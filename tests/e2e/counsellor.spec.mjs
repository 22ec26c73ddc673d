// "For your counsellor": the answers as a Markdown page, every scored answer with the scores
// and the date, and the safety check's answers only when the visitor ticks them in, with axe
// on the open section; and the print view, the same page on paper, with axe, in English and
// Spanish.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, finishQuiz, freshStart } from './helpers.mjs';

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('the page for a counsellor has every answer, and the safety answers only by choice', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page, () => 'Agree');
  await page.getByText('For your counsellor').click();
  await expect(page.getByText('Share it only with someone you trust', { exact: false })).toBeVisible();
  const include = page.getByRole('checkbox', { name: 'Include my answers about feeling safe with my partner' });
  await expect(include).not.toBeChecked();
  await expectNoAxeViolations(page);
  const plain = await download(page, 'Download my answers (Markdown)');
  expect(plain.name).toBe('my-answers-for-my-counsellor.md');
  expect(plain.text).toMatch(/^# My answers, for my counsellor\n\nAnswered on .+\. These are my own answers/);
  expect(plain.text).toContain('1. I can be my real self around my partner. **Agree**');
  expect(plain.text).toMatch(/- Overall: \d+ out of 100/);
  expect(plain.text).not.toContain('afraid');
  expect(plain.text).not.toContain('Feeling safe with my partner');
  await include.check();
  const all = await download(page, 'Download my answers (Markdown)');
  expect(all.text).toContain('## Feeling safe with my partner');
  expect(all.text).toContain('afraid');
  // The choice is for this download only: nothing of it is saved.
  expect(await page.evaluate(() => localStorage.getItem('intimacy-check'))).not.toContain('counsellor');
});

const hostPage = (attrs) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="http://127.0.0.1:8092/intimacy-check.js"></script></head>
<body><main><h1>Host</h1><intimacy-check ${attrs}></intimacy-check></main></body></html>`;

for (const lang of ['en', 'es']) {
  test(`the print view is the page for a counsellor, and nothing else, in ${lang}`, async ({ page }) => {
    const w = lang === 'en'
      ? { start: 'Start the quiz', agree: 'Agree', calm: 'Strongly disagree', next: 'Continue', results: 'See my results',
        open: 'For your counsellor', print: 'Print my answers', heading: 'My answers, for my counsellor', title: 'What your answers say' }
      : { start: 'Empezar el cuestionario', agree: 'De acuerdo', calm: 'Muy en desacuerdo', next: 'Continuar', results: 'Ver mis resultados',
        open: 'Para tu terapia', print: 'Imprimir mis respuestas', heading: 'Mis respuestas, para mi terapia', title: 'Lo que dicen tus respuestas' };
    await page.goto('http://127.0.0.1:8091/index.html');
    await page.evaluate(() => localStorage.clear());
    await page.setContent(hostPage(`lang="${lang}" storage-key="counsellor-${lang}"`));
    await page.getByRole('button', { name: w.start }).click();
    for (let n = 1; n <= 37; n++) {
      await page.getByRole('radio', { name: n > 34 ? w.calm : w.agree, exact: true }).check();
      await page.getByRole('button', { name: n === 37 ? w.results : w.next }).click();
    }
    await expect(page.getByRole('heading', { name: w.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.heading })).toBeHidden();
    await page.getByText(w.open).click();
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
    await page.getByRole('button', { name: w.print }).click();
    await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: w.heading })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.title })).toBeHidden();
    await expect(page.getByRole('button', { name: w.print })).toBeHidden();
    // Every scored statement, and no safety answer unless it was ticked in.
    await expect(page.locator('intimacy-check').locator('.ic-answer-list li')).toHaveCount(34);
    await expectNoAxeViolations(page);
  });
}
