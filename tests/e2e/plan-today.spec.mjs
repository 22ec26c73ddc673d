// Coming back to the plan day after day, with a controlled clock: Today first, earlier
// weeks folded, a kind offer to start again after days went by, and a retake at the end.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { QUESTION_COUNT, answerUpTo, expectNoAxeViolations, finishQuiz, freshStart } from './helpers.mjs';

const DAY = 24 * 60 * 60 * 1000;
// Local noon on Wed 25 Nov 2026, so the calendar date is the same in any time zone.
const MADE = new Date(2026, 10, 25, 12, 0, 0).getTime();
const PHONE = { width: 375, height: 667 };

test.use({ viewport: PHONE });

async function makePlan(page, weeks) {
  await page.getByRole('radio', { name: weeks, exact: true }).check();
  await page.getByRole('radio', { name: '15 minutes', exact: true }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
}

/** Comes back `days` after the plan was made, as a returning visitor does. */
async function comeBack(page, days) {
  await page.clock.setSystemTime(MADE + days * DAY);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
}

/** Ticks everything planned for today; returns how many. */
async function tickToday(page) {
  const boxes = page.getByRole('checkbox', { name: /: done today$/ });
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  return n;
}

async function inFirstScreen(locator) {
  const box = await locator.boundingBox();
  expect(box, 'on screen').not.toBeNull();
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
}

test('day 10 of a 4-week plan: today without scrolling, earlier weeks folded, starting again keeps the ticks', async ({ page }) => {
  await page.clock.install({ time: MADE });
  await freshStart(page);
  await finishQuiz(page);
  await makePlan(page, '4 weeks');
  await expect(page.getByRole('heading', { name: 'Today, Wed 25 Nov' })).toBeVisible();
  const first = await tickToday(page);
  expect(first).toBeGreaterThan(0);
  await comeBack(page, 1);
  await expect(page.getByRole('heading', { name: 'Today, Thu 26 Nov' })).toBeVisible();
  const second = await tickToday(page);
  const ticked = first + second;
  await expect(page.getByText(`Whole plan: ${ticked} of`)).toBeVisible();

  await comeBack(page, 10);
  const today = page.getByRole('heading', { name: 'Today, Sat 5 Dec' });
  await inFirstScreen(today);
  const boxes = page.getByRole('checkbox', { name: /: done today$/ });
  expect(await boxes.count()).toBeGreaterThan(0);
  await inFirstScreen(boxes.first());
  await expect(page.getByText('How to do it').first()).toBeVisible();

  // Week 1 is folded to its progress, week 2 is this week, weeks 3 and 4 folded to dates.
  const week1 = page.getByText(new RegExp(`^Week 1 · ${ticked} of \\d+ done$`));
  await expect(week1).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Week 2', exact: true })).toBeVisible();
  await expect(page.getByText(/^This week: Wed 2 Dec to Tue 8 Dec$/)).toBeVisible();
  await expect(page.getByText(/^Week 3 · Wed 9 Dec to Tue 15 Dec$/)).toBeVisible();
  await expect(page.getByText(/^Week 4 · /)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Week 1 progress' })).toBeHidden();
  await week1.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Week 1 progress' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /, Wed 25 Nov: done$/ }).first()).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Week 1 progress' })).toBeHidden();

  // The missed days: a calm note, and starting again from today, asked first.
  await expect(page.getByText(/Skipping days is normal/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start again from today' }).click();
  await expect(page.getByText(/^Start again from today\? The rest of your plan moves forward/)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, start from today' }).click();
  await expect(page.getByText('Your plan picks up again today.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Today, Sat 5 Dec' })).toBeFocused();
  await expect(page.getByText(/Skipping days is normal/)).toHaveCount(0);
  await expect(page.getByText(`Whole plan: ${ticked} of`)).toBeVisible();
  // Week 1 carries on from today: its done days kept their dates and their ticks.
  await expect(page.getByText(/^This week: Wed 25 Nov to Wed 9 Dec$/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /, Wed 25 Nov: done$/ })).toHaveCount(first);
  await expect(page.getByRole('checkbox', { name: /, Thu 26 Nov: done$/ })).toHaveCount(second);
  for (const box of await page.getByRole('checkbox', { name: /, (Wed 25|Thu 26) Nov: done$/ }).all()) {
    await expect(box).toBeChecked();
  }
  await expectNoAxeViolations(page);

  // The whole plan still goes into the calendar file and the Markdown, at the new dates.
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  ]);
  const text = await readFile(await md.path(), 'utf8');
  expect((text.match(/^- \[x\] /gm) || []).length).toBe(ticked);
  for (const n of [1, 2, 3, 4]) expect(text).toContain(`## Week ${n}:`);
  expect(text).toContain('2026-12-05');

  // Reloading keeps the new dates.
  await comeBack(page, 10);
  await expect(page.getByText(/^This week: Wed 25 Nov to Wed 9 Dec$/)).toBeVisible();
  await expect(page.getByText('Your plan picks up again today.')).toBeVisible();
});

test('after the last day: a warm summary, and the retake leads to before and now', async ({ page }) => {
  await page.clock.install({ time: MADE });
  await freshStart(page);
  await finishQuiz(page, () => 'Disagree');
  await makePlan(page, '4 weeks');
  const done = await tickToday(page);
  await comeBack(page, 3);
  const more = await tickToday(page);

  await comeBack(page, 29);
  await expect(page.getByRole('heading', { name: 'You reached the end of your plan' })).toBeVisible();
  await expect(page.getByText(`Over 4 weeks, you ticked off ${done + more} activities.`, { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you did, by area' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Today/ })).toHaveCount(0);
  await expect(page.getByText(`Week 1 · ${done + more} of`, { exact: false })).toBeVisible();
  // A week with nothing ticked folds to its dates, not to "0 of 8 done".
  await expect(page.getByText(/^Week 4 · Wed 16 Dec to Tue 22 Dec$/)).toBeVisible();
  await expect(page.getByText(/ · 0 of \d+ done$/)).toHaveCount(0);
  const retake = page.getByRole('button', { name: 'Take the quiz again to see what changed' });
  await inFirstScreen(page.getByRole('heading', { name: 'You reached the end of your plan' }));
  await expectNoAxeViolations(page);

  await retake.click();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await answerUpTo(page, QUESTION_COUNT + 1, () => 'Agree');
  await expect(page.getByRole('heading', { name: 'Before and now' })).toBeVisible();
  await expect(page.getByText(/^[A-Z][a-z ]+: \d+ out of 100 before, \d+ out of 100 now$/)).toHaveCount(8);
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  // A new plan follows from the new results, starting today.
  await page.locator('summary', { hasText: 'Make a new plan' }).click();
  await page.getByRole('button', { name: 'Make a new plan' }).click();
  await expect(page.getByRole('heading', { name: 'Today, Thu 24 Dec' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You reached the end of your plan' })).toHaveCount(0);
});

test('a new day arrives while the plan is open, and start="plan" opens on today', async ({ page }) => {
  await page.clock.install({ time: MADE });
  await freshStart(page);
  await finishQuiz(page);
  await makePlan(page, '2 weeks');
  await page.getByRole('button', { name: 'See my results' }).click();
  // The iframe page takes start=plan from its address; it shares this origin's saved data.
  await page.goto('/frame.html?start=plan');
  await expect(page.getByRole('heading', { name: 'Today, Wed 25 Nov' })).toBeVisible();
  // Past midnight with the page still open: today moves on by itself.
  await page.clock.runFor(12 * 60 * 60 * 1000);
  await expect(page.getByRole('heading', { name: 'Today, Thu 26 Nov' })).toBeVisible();
  // A day passes on another screen: the plan opens on the new day.
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.clock.runFor(24 * 60 * 60 * 1000);
  await page.getByRole('button', { name: 'Go to my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Today, Fri 27 Nov' })).toBeVisible();
});
