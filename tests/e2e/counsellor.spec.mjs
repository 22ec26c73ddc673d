// "For your counsellor": the answers as a Markdown page, every scored answer with the scores
// and the date, and the safety check's answers only when the visitor ticks them in, with axe
// on the open section (the Spanish page is a native test: src/core/export/counsellor.rs).
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
