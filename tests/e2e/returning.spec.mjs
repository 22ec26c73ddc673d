// A visitor who took the quiz with 0.4.0 (bank 1) comes back after the bank changed: every
// answer is kept, only the new statements are asked, and their partner's old code still
// compares. The save is the fixture the native migration tests read too.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AREA_NAMES, QUESTION_COUNT, SCALE, expectNoAxeViolations } from './helpers.mjs';

const KEY = 'intimacy-check';
const FINISHED = readFileSync('tests/fixtures/bank-v1/save-finished.json', 'utf8');
const saved = JSON.parse(FINISHED);

async function openWithSaved(page, value) {
  await page.goto('/page.css'); // same origin, no widget: set storage before the widget reads it
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [KEY, value]);
  await page.goto('/');
}

test('a returning visitor answers only the new statements, keeps every answer, and sees all eight areas', async ({ page }) => {
  await openWithSaved(page, FINISHED);
  // They were on the partner screen: it still shows, and says the old code leaves repair out.
  await expect(page.getByText('comes from an earlier version of this quiz', { exact: false })).toBeVisible();
  await expect(page.getByText('Making up after a disagreement: not enough answers to compare.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to my results' }).click();
  // The results wait: the intro says why, and offers the plan as before.
  await expect(page.getByText('The quiz has 8 new statements since you last took it.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go to my plan' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Answer the new statements' }).click();
  const asked = [];
  for (let i = 0; i < 8; i++) {
    const label = await page.getByText(/^Question \d+ of \d+$/).textContent();
    asked.push(Number(label.match(/\d+/)[0]));
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0); // a new one: nothing chosen yet
    await page.getByRole('radio', { name: SCALE[3], exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  expect(asked).toEqual([8, 16, 20, 24, 26, 32, 33, 34]);
  expect(Math.max(...asked)).toBeLessThan(QUESTION_COUNT - 2); // the safety check was answered before
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  for (const name of AREA_NAMES) await expect(page.getByText(new RegExp(`^${name}: \\d+ out of 100$`))).toBeVisible();
  // Every answer of the old save is still there, the retired ones too, and the new ones with them.
  const now = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(now.version).toBe(4);
  for (const [id, value] of Object.entries(saved.answers)) expect(now.answers[id], id).toBe(value);
  expect(Object.keys(now.answers)).toHaveLength(Object.keys(saved.answers).length + 8);
  expect(now.history).toHaveLength(1);
  expect(now.plan).toEqual(saved.plan);
  expect(now.tracking).toEqual(saved.tracking);
  expect(now.partner).toEqual(saved.partner);
});
