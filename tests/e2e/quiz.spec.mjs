// The quiz, end to end, in Debian's Chromium against the release build.
import { test, expect } from '@playwright/test';
import {
  AREA_NAMES, QUESTION_COUNT, SCALE, SCORED_COUNT, answer, answerUpTo, expectNoAxeViolations, freshStart,
} from './helpers.mjs';

test('the whole quiz can be finished with the keyboard alone', async ({ page }) => {
  await freshStart(page);
  // Quick exit comes first, before anything sensitive.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeFocused();
  await page.keyboard.press('Enter');

  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await expect(page.getByText(`Question ${n} of ${QUESTION_COUNT}`)).toBeVisible();
    // The new question's heading has focus, so Tab reaches the first answer.
    await expect(page.locator('legend h2')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Strongly disagree' })).toBeFocused();
    // Arrow keys move through a native radio group and choose as they go. The safety
    // check (after the scored statements) is answered calmly: Space on "Strongly disagree".
    const steps = n > SCORED_COUNT ? 0 : n % 5;
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    if (steps === 0) await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: SCALE[steps], exact: true })).toBeChecked();
    await page.keyboard.press('Tab'); // Back
    await page.keyboard.press('Tab'); // Continue / See my results
    const next = n === QUESTION_COUNT ? 'See my results' : 'Continue';
    await expect(page.getByRole('button', { name: next })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeFocused();
  await expect(page.getByText(/^Overall: \d+ out of 100$/)).toBeVisible();
});

test('reloading halfway resumes at the same question with every answer kept', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerUpTo(page, 12);
  await expect(page.getByText(`Question 12 of ${QUESTION_COUNT}`)).toBeVisible();

  await page.reload();
  await expect(page.getByText(`Question 12 of ${QUESTION_COUNT}`)).toBeVisible();
  for (let n = 11; n >= 1; n--) {
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText(`Question ${n} of ${QUESTION_COUNT}`)).toBeVisible();
    await expect(page.getByRole('radio', { name: SCALE[n % SCALE.length], exact: true })).toBeChecked();
  }
  const saved = await page.evaluate(() => Object.keys(localStorage));
  expect(saved.every((k) => k.startsWith('intimacy-check'))).toBe(true);
});

test('results show every area with its score out of 100, and survive a reload', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerUpTo(page, QUESTION_COUNT + 1, () => 'Agree');
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  for (const name of AREA_NAMES) {
    await expect(page.getByText(new RegExp(`^${name}: \\d+ out of 100$`))).toBeVisible();
  }
  await expect(page.getByRole('img', { name: 'Your score in each area, out of 100' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Getting help' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  await expect(page.getByText(/^Feeling understood: \d+ out of 100$/)).toBeVisible();
});

test('start again asks first, and keeps the answers if the visitor changes their mind', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, 'Agree');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.getByText('You have answered 1 of 37 so far.')).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('axe-core finds no violations on the intro, a question and the results', async ({ page }) => {
  await freshStart(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expectNoAxeViolations(page);
  await answer(page, 'Agree');
  await expectNoAxeViolations(page);
  await answerUpTo(page, QUESTION_COUNT + 1, () => 'Disagree');
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  await expectNoAxeViolations(page);
});
