// The rebuild plan, end to end: choose, generate, tick, note, reload, export, print, compare.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { QUESTION_COUNT, expectNoAxeViolations, finishQuiz, freshStart } from './helpers.mjs';

async function makePlan(page, { weeks = '2 weeks', minutes = '15 minutes', leaveOut = [], alone = false } = {}) {
  await page.getByRole('radio', { name: weeks, exact: true }).check();
  await page.getByRole('radio', { name: minutes, exact: true }).check();
  for (const kind of leaveOut) await page.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).uncheck();
  if (alone) await page.getByRole('radio', { name: 'Just me, for now' }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
}

test('a plan is made, ticked and noted, and all of it survives a reload', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  await makePlan(page, { weeks: '4 weeks', leaveOut: ['Touch'] });
  // This week is open; the later weeks fold to one line each.
  await expect(page.getByRole('heading', { name: /^Week \d$/ })).toHaveCount(1);
  await expect(page.getByText(/^Week [234] · /)).toHaveCount(3);
  await expect(page.getByText('4 weeks, up to 15 minutes a day, together.')).toBeVisible();
  await expect(page.getByText(/ · Touch$/)).toHaveCount(0);

  // The tick boxes of the weeks (today's own boxes are named "…: done today").
  const ticks = page.getByRole('checkbox', { name: /, \w+ \d+ \w+: done$/ });
  const first = ticks.nth(0);
  const other = ticks.nth(9);
  const names = [await first.getAttribute('aria-label'), await other.getAttribute('aria-label')];
  await first.check();
  await other.check();
  const note = page.getByRole('textbox', { name: 'What did we notice?' }).first();
  await note.fill('We talked after dinner.\nIt felt easier than we thought.');
  await expect(page.getByText(/^2 of \d+ done$/).first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
  for (const name of names) await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /, \w+ \d+ \w+: done$/, checked: true })).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'What did we notice?' }).first())
    .toHaveValue('We talked after dinner.\nIt felt easier than we thought.');
});

test('the plan downloads as a calendar and as Markdown with its content', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  await makePlan(page);
  await page.getByRole('checkbox').first().check();
  // Every planned tick box, in open and folded weeks alike (not today's own copies).
  const checkboxes = await page.getByRole('checkbox', { name: /, \w+ \d+ \w+: done$/, includeHidden: true }).count();

  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe('rebuild-plan.ics');
  const cal = await readFile(await ics.path(), 'utf8');
  expect(cal.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(cal.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(cal.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  expect(cal.replaceAll('\r\n', '')).not.toContain('\n');
  const events = cal.split('BEGIN:VEVENT').length - 1;
  expect(events).toBe(checkboxes);
  expect(cal.split('\r\n').filter((l) => l.startsWith('UID:'))).toHaveLength(events);
  expect(cal.split('\r\n').filter((l) => l.startsWith('DTSTAMP:'))).toHaveLength(events);

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  ]);
  expect(md.suggestedFilename()).toBe('rebuild-plan.md');
  const text = await readFile(await md.path(), 'utf8');
  expect(text).toMatch(/^# Our rebuild plan\n/);
  expect(text).toContain('## Week 1:');
  expect(text).toContain('## Week 2:');
  expect((text.match(/^- \[x\] /gm) || []).length).toBe(1);
  expect((text.match(/^- \[[ x]\] /gm) || []).length).toBe(checkboxes);
});

test('the print view shows the plan without controls', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  await makePlan(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Week 1' })).toBeVisible();
  // Folded weeks and folded steps print in full.
  await expect(page.getByRole('heading', { name: 'Week 2' })).toBeVisible();
  await expect(page.locator('.ic-week').last().locator('.ic-steps').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Today/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the plan' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show me a different plan' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
  await expect(page.getByRole('textbox').first()).toBeHidden();
  const colours = await page.getByRole('heading', { name: 'Your rebuild plan' }).evaluate((h) => {
    const s = getComputedStyle(h);
    return s.color;
  });
  expect(colours).toBe('rgb(0, 0, 0)');
});

test('leaving everything out explains what to change instead of an empty plan', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  for (const kind of ['Talking', 'Time together', 'Touch', 'Being present', 'Showing love', 'Thinking']) {
    await page.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).uncheck();
  }
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('alert')).toHaveText(/choose at least one kind of activity/);
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toHaveCount(0);
});

test('a different plan, a retake, and before-and-now for every area', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page, () => 'Disagree');
  await makePlan(page);
  const before = await page.locator('article h4').allTextContents();
  await page.getByRole('button', { name: 'Show me a different plan' }).click();
  await expect.poll(() => page.locator('article h4').allTextContents()).not.toEqual(before);

  await page.getByRole('button', { name: 'Take the quiz again' }).click();
  await expect(page.getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await finishQuiz(page, () => 'Agree');
  await page.getByRole('button', { name: 'Compare with before' }).click();
  await expect(page.getByRole('heading', { name: 'Before and now' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Each area before and now, out of 100' })).toBeVisible();
  await expect(page.getByText(/^[A-Z][a-z ]+: \d+ out of 100 before, \d+ out of 100 now$/)).toHaveCount(8);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Go to my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
});

test('axe-core finds no violations on the plan form and the plan', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  await expectNoAxeViolations(page);
  await makePlan(page, { alone: true, minutes: '5 minutes' });
  await page.getByRole('checkbox').first().check();
  await expectNoAxeViolations(page);
});
