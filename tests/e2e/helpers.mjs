// Shared steps for the end-to-end tests, written as what a visitor does.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every step of the quiz: the 34 scored statements, then the 3 of the safety check. */
export const QUESTION_COUNT = 37;
/** The scored statements; the safety check's come after them. */
export const SCORED_COUNT = 34;
/** The safety check's answer for a visitor with no fear: every statement disagreed with. */
export const CALM = () => 'Strongly disagree';
export const AREA_NAMES = [
  'Feeling safe to be yourself',
  'Sharing your inner world',
  'Feeling understood',
  'Feeling supported and cared for',
  'Feeling close and in sync',
  'Time and attention together',
  'Affection and warmth',
  'Making up after a disagreement',
];
export const SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

/** Opens the standalone page with nothing saved. */
export async function freshStart(page, path = '/') {
  await page.addInitScript(() => document.addEventListener('intimacy-check:ready', () => { window.__icReady = true; }));
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  // The first screen is up before the app: the tests go on once the app has taken over.
  await page.waitForFunction(() => window.__icReady === true);
}

/** Picks an answer on the current question and moves on. */
export async function answer(page, label) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
}

/**
 * Answers questions from the current one up to (not including) question `until` (1-based):
 * the scored ones with `pick(n)`, the safety check's with `check(n)` (by default, no fear).
 */
export async function answerUpTo(page, until, pick = (i) => SCALE[i % SCALE.length], check = CALM) {
  for (let n = await currentQuestion(page); n < until; n++) {
    await answer(page, n > SCORED_COUNT ? check(n) : pick(n));
    if (n < QUESTION_COUNT) await expect(page.getByText(`Question ${n + 1} of ${QUESTION_COUNT}`)).toBeVisible();
  }
}

/** The 1-based number of the question on screen. */
export async function currentQuestion(page) {
  const text = await page.getByText(/^Question \d+ of \d+$/).textContent();
  return Number(text.match(/Question (\d+)/)[1]);
}

/**
 * Waits until the browser has drawn two more frames: by then every render the widget
 * queued, and the effects that run after it (saves, focus), have happened. A condition,
 * not a fixed time: use it before asserting that something did *not* happen.
 */
export async function settled(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** axe-core on the whole page, every rule on. */
export async function expectNoAxeViolations(page, include) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe-core violations').toEqual([]);
}

/**
 * From a fresh page: answers every scored question with `pick(n)` and the safety check with
 * `check(n)`, and lands on the results.
 */
export async function finishQuiz(page, pick = () => 'Disagree', check = CALM) {
  const start = page.getByRole('button', { name: 'Start the quiz' });
  if (await start.count()) await start.click();
  await answerUpTo(page, QUESTION_COUNT + 1, pick, check);
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
}
