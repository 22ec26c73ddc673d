// Private and safe: damaged, disabled or full storage, several tabs, deleting, the lock,
// quick exit, and no request leaving the widget's own origin.
import { test, expect } from '@playwright/test';
import { QUESTION_COUNT, answer, answerUpTo, finishQuiz, freshStart, settled } from './helpers.mjs';

const KEY = 'intimacy-check';

async function openWithSaved(page, value) {
  await page.goto('/page.css'); // same origin, no widget: set storage before the widget reads it
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [KEY, value]);
  await page.goto('/');
}

async function privacyPanel(page) {
  const summary = page.getByText('Privacy and safety', { exact: true });
  const details = page.locator('details.ic-privacy');
  if (!(await details.evaluate((d) => d.open))) await summary.click();
}

test('a damaged save: the widget starts, says so kindly, keeps what it can and backs up the original', async ({ page }) => {
  const damaged = '{"version":2,"answers":{"safety-real-self":4,"sharing-true-feelings":99,"gone":3},"at":"nowhere"}';
  await openWithSaved(page, damaged);
  await expect(page.getByText('Some of your saved answers could not be read, so we kept the rest.', { exact: false })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:backup`), KEY)).toBe(damaged);
  await expect(page.getByText('You have answered 1 of 37 so far.')).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Carry on where I left off' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();

  const garbage = '{"version":2,"answers":{"safety-real-self":4';
  await openWithSaved(page, garbage);
  await expect(page.getByText('Your saved answers could not be read, so we are starting fresh.', { exact: false })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:backup`), KEY)).toBe(garbage);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('a save from a newer version is left untouched', async ({ page }) => {
  const newer = '{"version":99,"answers":{"safety-real-self":4}}';
  await openWithSaved(page, newer);
  await expect(page.getByText('saved by a newer version of this quiz', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click(); // closing the notice changes nothing
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, 'Agree');
  await expect(page.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible();
  await settled(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
});

test('storage that throws: the widget works in memory and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto('/');
  await expect(page.getByText('This browser is not letting us save right now.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerUpTo(page, 4);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
});

test('storage that is full: memory mode with the notice, nothing lost, and saving resumes when it comes back', async ({ page }) => {
  await freshStart(page);
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, 'Agree');
  await expect(page.getByText('This browser is not letting us save right now.', { exact: false })).toBeVisible();
  await answer(page, 'Disagree');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await expect(page.getByText('This browser is not letting us save right now.', { exact: false })).toBeHidden({ timeout: 12_000 });
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(Object.keys(saved.answers)).toHaveLength(2);
});

test('two tabs editing: both end with every answer', async ({ context }) => {
  const a = await context.newPage();
  await freshStart(a);
  const b = await context.newPage();
  await b.goto('/');
  await a.getByRole('button', { name: 'Start the quiz' }).click();
  await b.getByRole('button', { name: 'Start the quiz' }).click();
  await a.getByRole('radio', { name: 'Strongly agree' }).check(); // question 1, in tab A
  // Tab B already shows tab A's answer, so its button says Continue.
  await b.getByRole('button', { name: 'Continue' }).click();
  await b.getByRole('radio', { name: 'Disagree', exact: true }).check(); // question 2, in tab B
  for (const page of [a, b]) {
    await expect.poll(() => page.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k)).answers).length, KEY)).toBe(2);
  }
  await a.getByRole('button', { name: 'Continue' }).click();
  await expect(a.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible();
  await expect(a.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await b.getByRole('button', { name: 'Back' }).click();
  await expect(b.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();

  // clear() from elsewhere (a host script, say) loses nothing this tab holds.
  await a.evaluate(() => localStorage.clear());
  await expect.poll(() => a.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
});

test('delete everything removes every key the widget wrote, backups included', async ({ page }) => {
  await openWithSaved(page, '{"version":2,"answers":{"safety-real-self":4,"x":1}}');
  await page.evaluate(() => localStorage.setItem('host-own-key', 'keep me'));
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Carry on where I left off' }).click();
  await finishQuiz(page);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await privacyPanel(page);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Keep everything' }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('intimacy-check')).length)).toBe(2);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything was deleted from this device.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['host-own-key']);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('a private session saves nothing', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Start without saving on this device' }).click();
  await expect(page.getByText('Private session: nothing is saved on this device.', { exact: false })).toBeVisible();
  await answerUpTo(page, 5);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('the lock: reload asks for the passphrase, a wrong one fails kindly, the right one restores everything', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page, () => 'Agree');
  await page.getByRole('button', { name: 'Make my plan' }).click();
  // The weeks' tick boxes (today's own copies are named "…: done today").
  const ticks = page.getByRole('checkbox', { name: /, \w+ \d+ \w+: done$/ });
  await ticks.first().check();
  await privacyPanel(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('The same passphrase again').fill('short');
  await page.getByRole('button', { name: 'Lock my answers' }).click();
  await expect(page.getByText('Please use at least 8 characters.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
  await page.getByLabel('The same passphrase again').fill('blue harbour morning');
  await page.getByRole('button', { name: 'Lock my answers' }).click();
  await expect(page.getByText('Locked. From now on, this device will ask for your passphrase.')).toBeVisible();
  const read = () => page.evaluate((k) => localStorage.getItem(k), KEY);
  await expect.poll(read).toMatch(/^ic-locked:/);
  const lockedFirst = await read();
  await ticks.nth(1).check(); // saved encrypted, too (a fresh IV: a new value)
  await expect.poll(read).not.toBe(lockedFirst);
  const stored = await read();
  expect(stored.startsWith('ic-locked:1:600000:')).toBe(true);
  expect(() => JSON.parse(stored)).toThrow();
  expect(stored).not.toContain('safety-real-self');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your answers are locked' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(/did not open your answers. Nothing was changed/);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(stored);
  await page.getByText('Forgot your passphrase?').click();
  await expect(page.getByText('There is no way to recover it', { exact: false })).toBeVisible();

  await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
  await expect(ticks.and(page.getByRole('checkbox', { checked: true }))).toHaveCount(2);

  // Removing the lock writes readable data again.
  await privacyPanel(page);
  await page.getByRole('button', { name: 'Remove the lock' }).click();
  await expect(page.getByText('The lock was removed.', { exact: false })).toBeVisible();
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).version).toBe(4);
});

test('quick exit by button lands on the neutral page, and Back does not return', async ({ page }) => {
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  await page.goto('/page.css');
  await freshStart(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, 'Agree');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/google\.com\/search\?q=weather/);
  await page.goBack();
  expect(page.url()).not.toBe('http://127.0.0.1:8090/');
});

test('quick exit by pressing Shift three times', async ({ page }) => {
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await page.goto('/page.css');
  await freshStart(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/google\.com/);
  await page.goBack();
  expect(page.url()).not.toBe('http://127.0.0.1:8090/');
});

test('every request during a full quiz and plan goes to the widget\'s own origin', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await freshStart(page);
  await finishQuiz(page);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Take the quiz again' }).click();
  await answerUpTo(page, QUESTION_COUNT + 1);
  await page.getByRole('button', { name: 'Compare with before' }).click();
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:8090/'))).toEqual([]);
});

test('locking in one tab asks the other tab for the passphrase; deleting there leaves nothing', async ({ context }) => {
  const a = await context.newPage();
  await freshStart(a);
  await a.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(a, 'Agree');
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeVisible(); // resumes where tab A is

  await privacyPanel(a);
  await a.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
  await a.getByLabel('The same passphrase again').fill('blue harbour morning');
  await a.getByRole('button', { name: 'Lock my answers' }).click();
  await expect(a.getByText('Locked. From now on', { exact: false })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Your answers are locked' })).toBeVisible();
  expect(await a.evaluate((k) => localStorage.getItem(k), KEY)).toMatch(/^ic-locked:/);

  // Tab B deletes everything while tab A holds the key: nothing comes back.
  await privacyPanel(b);
  await b.getByRole('button', { name: 'Delete everything' }).click();
  await b.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(a.getByText('Everything was deleted from this device.')).toBeVisible();
  await a.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(a, 'Disagree');
  const stored = await a.evaluate((k) => localStorage.getItem(k), KEY);
  expect(stored === null || !stored.startsWith('ic-locked:')).toBe(true);
  await expect(b.getByRole('heading', { name: 'Your answers are locked' })).toHaveCount(0);
});

test('a private session stays unsaved even when another tab clears storage', async ({ context }) => {
  const a = await context.newPage();
  await freshStart(a);
  await a.getByRole('button', { name: 'Start without saving on this device' }).click();
  await answer(a, 'Agree');
  const b = await context.newPage();
  await b.goto('/page.css');
  // A hears the clear (after the widget's own listener), then draws what it decided.
  await a.evaluate(() => {
    window.heard = new Promise((done) => addEventListener('storage', (e) => { if (e.key === null) done(); }));
  });
  // clear() on empty storage tells no one: put something there first (another site script's key).
  await b.evaluate(() => { localStorage.setItem('host-script', '1'); localStorage.clear(); });
  await a.evaluate(() => window.heard);
  await settled(a);
  expect(await a.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('typing capital letters in a field is not quick exit', async ({ page }) => {
  await freshStart(page);
  await privacyPanel(page);
  const leaving = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) leaving.push(r.url()); });
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially('My Dog Rex Runs');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('My Dog Rex Runs');
  await settled(page);
  expect(leaving).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
});
