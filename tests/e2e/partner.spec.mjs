// Partner comparison: two people on two devices (two browser contexts) swap a code, by
// copying it, by a link, and by typing; bad codes get kind words; nothing needs a server.
import { test, expect } from '@playwright/test';
import { QUESTION_COUNT, answerUpTo, expectNoAxeViolations, finishQuiz, freshStart } from './helpers.mjs';

const KEY = 'intimacy-check';

async function openPartner(page) {
  await page.getByRole('button', { name: 'Compare with my partner' }).click();
  await expect(page.getByRole('heading', { name: 'Compare with your partner' })).toBeVisible();
}

async function ownCode(page) {
  return (await page.locator('.ic-code').textContent()).trim();
}

test('two partners swap codes and each sees both views', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  await a.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await freshStart(a);
  await finishQuiz(a, (n) => (n < 14 ? 'Agree' : 'Strongly agree'));
  await openPartner(a);
  // Always visible: who can read a code, and what to do if it is not safe to share.
  await expect(a.getByText('Anyone who has your code can read what it carries.', { exact: false })).toBeVisible();
  const scoresOnly = await ownCode(a);
  expect(scoresOnly).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
  await a.getByRole('radio', { name: 'My area scores and each answer' }).check();
  await expect(a.getByText('your partner can see how you answered each statement', { exact: false })).toBeVisible();
  const full = await ownCode(a);
  expect(full.replace(/-/g, '')).toHaveLength(20);
  await a.getByRole('button', { name: 'Copy the code' }).click();
  await expect(a.getByText('Copied.')).toBeVisible();
  expect(await a.evaluate(() => navigator.clipboard.readText())).toBe(full);
  await a.getByRole('button', { name: 'Copy a link with the code' }).click();
  const link = await a.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`http://127.0.0.1:8090/#ic-partner=${full}`);

  const b = await (await browser.newContext()).newPage();
  await freshStart(b);
  await finishQuiz(b, (n) => (n % 2 ? 'Disagree' : 'Strongly disagree'));
  await openPartner(b);
  // A typo gets the typo message and changes nothing.
  const typo = full.slice(0, 5) + (full[5] === 'A' ? 'B' : 'A') + full.slice(6);
  await b.getByLabel("Type or paste your partner's code").fill(typo);
  await b.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(b.getByText('That code has a mistake in it. Check it with your partner.')).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Both of your views' })).toHaveCount(0);
  // The visitor's own code is not a partner's.
  await b.getByLabel("Type or paste your partner's code").fill(await ownCode(b));
  await b.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(b.getByText('That is your own code. Ask your partner for theirs.')).toBeVisible();
  // Typed in lower case with spaces: read all the same, by keyboard alone.
  await b.getByLabel("Type or paste your partner's code").fill(full.toLowerCase().replace(/-/g, ' '));
  await b.getByLabel("Type or paste your partner's code").press('Enter');
  await expect(b.getByRole('heading', { name: 'Both of your views' })).toBeVisible();
  await expect(b.getByText(/^Feeling understood: you \d+, your partner \d+, out of 100\./)).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Things to talk about together' })).toBeVisible();
  await b.getByLabel("Your partner's name (you can leave it empty)").fill('Sam');
  await expect(b.getByText(/^Feeling understood: you \d+, Sam \d+, out of 100\./)).toBeVisible();
  await expectNoAxeViolations(b);

  // Kept only when chosen; forgotten on request.
  const stored = () => b.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  expect((await stored()).partner).toBeUndefined();
  await b.getByRole('checkbox', { name: "Keep my partner's answers on this device" }).check();
  await expect.poll(async () => (await stored()).partner?.name).toBe('Sam');
  await b.getByRole('button', { name: 'Make our plan' }).click();
  await expect(b.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
  await expect(b.getByText('Made for the two of you, from both of your views.')).toBeVisible();
  await b.getByRole('button', { name: 'Compare with my partner' }).click();
  await b.getByRole('button', { name: "Forget my partner's answers" }).click();
  await expect(b.getByText("Your partner's answers were removed from this device.")).toBeVisible();
  await expect.poll(async () => (await stored()).partner).toBeUndefined();

  // A's link, opened on B's device in a new tab: the comparison is offered and the code
  // leaves the address, with no new history entry.
  const tab = await b.context().newPage();
  await tab.addInitScript(() => { window.historyAtStart = history.length; });
  await tab.goto(link);
  await expect(tab.getByRole('heading', { name: 'Both of your views' })).toBeVisible();
  await expect.poll(() => tab.evaluate(() => location.href)).toBe('http://127.0.0.1:8090/');
  expect(await tab.evaluate(() => history.length === window.historyAtStart)).toBe(true);
  // Followed while already on the page (only the fragment changes): offered too.
  await b.evaluate((l) => { location.href = l; }, link);
  await expect(b.getByRole('heading', { name: 'Both of your views' })).toBeVisible();
  await expect.poll(() => b.evaluate(() => location.hash)).toBe('');
});

test('a link opened before finishing waits until the quiz is done', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  await freshStart(a);
  await finishQuiz(a, () => 'Agree');
  await openPartner(a);
  const code = await ownCode(a);

  const c = await (await browser.newContext()).newPage();
  await c.goto(`/?from=mail%23ic-partner=${code}`); // as a mail scanner rewrites '#'
  await expect(c.getByText('Finish the quiz yourself first', { exact: false })).toBeVisible();
  await expect.poll(() => c.evaluate(() => location.href)).toBe('http://127.0.0.1:8090/?from=mail');
  await c.getByRole('button', { name: 'Start the quiz' }).click();
  await answerUpTo(c, QUESTION_COUNT + 1, () => 'Disagree');
  await expect(c.getByRole('heading', { name: 'Both of your views' })).toBeVisible();
});

test('bad codes get exact, kind words', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page, () => 'Agree');
  await openPartner(page);
  const field = page.getByLabel("Type or paste your partner's code");
  const says = async (typed, words) => {
    await field.fill(typed);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByText(words)).toBeVisible();
  };
  await says('', "Please type your partner's code first.");
  await says('ABCD-EFUH-JKMN', 'That code has a letter or sign that is never in a code, in group 2. Check it with your partner.');
  await says('ABCD-EF', 'That code is too short. Check that you have all of it.');
  await says('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01', 'That code is too long. Check it with your partner.');
  await says('R000-0000-000N', 'That code was made by a newer version of this quiz, so this page cannot read it yet.');
  await expectNoAxeViolations(page);
});
