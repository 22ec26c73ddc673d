// Reminders in the visitor's own calendar: a time on the plan form makes each activity a
// timed event with an alarm, read back by Python's icalendar (not our code); changing the
// time and downloading again keeps every UID, so calendars update instead of duplicating.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, finishQuiz, freshStart } from './helpers.mjs';

/** The calendar file, downloaded, as icalendar reads it, and its raw text. */
async function calendar(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click(),
  ]);
  const path = await file.path();
  const events = JSON.parse(execFileSync('python3', ['tests/e2e/check_ics.py', path], { encoding: 'utf8' }));
  return { events, raw: await readFile(path, 'utf8') };
}

test('a reminder time gives timed events with one alarm each, and a new time keeps the UIDs', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  // Off by default: no time, and nothing more to choose until there is one.
  const time = page.getByLabel('Remind me at (you can leave it empty)');
  await expect(time).toHaveValue('');
  await expect(page.getByLabel('When to remind me')).toHaveCount(0);
  await time.fill('19:30');
  await page.getByLabel('When to remind me').selectOption({ label: '15 minutes before' });
  await expect(page.getByRole('checkbox', { name: /^Name the activity in the reminder/ })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: '2 weeks', exact: true }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();

  const first = await calendar(page);
  expect(first.events.length).toBeGreaterThan(5);
  for (const e of first.events) {
    expect(e.start).toMatch(/T19:30:00$/);
    expect(e.floating, 'in the visitor\'s own time').toBe(true);
    expect(e.end > e.start).toBe(true);
    expect(e.alarms).toEqual([{ action: 'DISPLAY', trigger_minutes: -15, description: 'Plan activity' }]);
    // Nothing revealing for someone who glances at the screen.
    expect(e.summary).toBe('Plan activity');
  }
  expect(new Set(first.events.map((e) => e.uid)).size).toBe(first.events.length);
  expect(first.raw.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  expect(first.raw.replaceAll('\r\n', '')).not.toContain('\n');

  // On the plan, the same choice: a new time and the activity's name.
  const onPlan = page.locator('.ic-take-it');
  await expect(onPlan.getByLabel('Remind me at (you can leave it empty)')).toHaveValue('19:30');
  await onPlan.getByLabel('Remind me at (you can leave it empty)').fill('07:15');
  await onPlan.getByRole('checkbox', { name: /^Name the activity in the reminder/ }).check();
  await onPlan.getByLabel('When to remind me').selectOption({ label: 'At that time' });
  const second = await calendar(page);
  expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
  for (const e of second.events) {
    expect(e.start).toMatch(/T07:15:00$/);
    expect(e.alarms).toHaveLength(1);
    expect(e.alarms[0].trigger_minutes).toBe(0);
    expect(e.summary).not.toBe('Plan activity');
    expect(e.alarms[0].description).toBe(e.summary);
  }

  // Kept on this device, and emptied means no reminders at all.
  await page.reload();
  await expect(page.locator('.ic-take-it').getByLabel('Remind me at (you can leave it empty)')).toHaveValue('07:15');
  await page.locator('.ic-take-it').getByLabel('Remind me at (you can leave it empty)').fill('');
  const none = await calendar(page);
  expect(none.raw).not.toContain('VALARM');
  for (const e of none.events) expect(e.start).toMatch(/^\d{4}-\d\d-\d\d$/);
  expect(none.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
});
