// Takes screenshots of every screen at phone and desktop widths, light and dark, for a
// person to look at (not a test). Usage: node scripts/screenshots.mjs [outdir]
// Needs dist/ built; serves it on a spare port.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const OUT = process.argv[2] || 'screenshots';
const PORT = 8098;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
mkdirSync(OUT, { recursive: true });
const server = spawn('node', ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
// A controlled clock, so the plan can be seen on its 10th day and after its end.
const DAY = 24 * 60 * 60 * 1000;
const MADE = new Date(2026, 10, 25, 12, 0, 0).getTime();
// Every step of the quiz: the 34 scored statements, then the 3 of the safety check, which
// is answered calmly ("Strongly disagree") so the usual screens (partner, plan for two) show.
const QUESTIONS = 37;
const SCORED = 34;
const CALM = 'Strongly disagree';

async function shoot(width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.clock.install({ time: MADE });
  const name = (s) => `${OUT}/${s}-${width}-${scheme}.png`;
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
  await page.screenshot({ path: name('1-intro'), fullPage: true });
  await page.getByText('Privacy and safety', { exact: true }).click();
  await page.screenshot({ path: name('1b-privacy'), fullPage: true });
  await page.getByText('Privacy and safety', { exact: true }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.screenshot({ path: name('2-question'), fullPage: true });
  const picks = ['Agree', 'Strongly agree', 'Disagree', 'Neither agree nor disagree'];
  for (let i = 0; i < QUESTIONS; i++) {
    await page.getByRole('radio', { name: i < SCORED ? picks[i % 4] : CALM, exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  await page.getByRole('heading', { name: 'What your answers say' }).waitFor();
  await page.screenshot({ path: name('3-results'), fullPage: true });
  await page.getByRole('button', { name: 'Compare with my partner' }).click();
  await page.getByRole('radio', { name: 'My area scores and each answer' }).check();
  await page.getByRole('img', { name: 'QR code with your link' }).waitFor();
  const firstCode = (await page.locator('.ic-code').textContent()).trim();
  await page.screenshot({ path: name('3b-partner'), fullPage: true });
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await page.getByRole('radio', { name: '2 weeks' }).check();
  await page.getByLabel('Remind me at (you can leave it empty)').fill('19:30');
  await page.locator('.ic-reminder').first().screenshot({ path: name('3c-reminder') });
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('heading', { name: 'Your rebuild plan' }).waitFor();
  await page.getByRole('checkbox').first().check();
  await page.getByRole('textbox', { name: 'What did we notice?' }).first().fill('We talked for longer than we planned.');
  await page.screenshot({ path: name('4-plan'), fullPage: true });
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: name('4-plan-top') });
  await page.getByRole('heading', { name: 'Week 1' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('4-plan-week') });
  if (width === 1280 && scheme === 'light') {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: name('5-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
  for (const [days, shot] of [[10, '4c-plan-day10'], [29, '4d-plan-end']]) {
    await page.clock.setSystemTime(MADE + days * DAY);
    await page.reload();
    await page.getByRole('heading', { name: 'Your rebuild plan' }).waitFor();
    await page.screenshot({ path: name(shot) });
    await page.screenshot({ path: name(`${shot}-full`), fullPage: true });
  }
  await page.clock.setSystemTime(MADE);
  await page.reload();
  await page.getByRole('heading', { name: 'Your rebuild plan' }).waitFor();
  await page.getByRole('button', { name: 'Take the quiz again' }).click();
  for (let i = 0; i < QUESTIONS; i++) {
    await page.getByRole('radio', { name: i < SCORED ? picks[(i + 1) % 4] : CALM, exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  // The first result's code now reads as a partner's: both views side by side.
  await page.getByRole('button', { name: 'Compare with my partner' }).click();
  await page.getByLabel("Type or paste your partner's code").fill(firstCode);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('heading', { name: 'Both of your views' }).waitFor();
  await page.getByLabel("Your partner's name (you can leave it empty)").fill('Sam');
  await page.screenshot({ path: name('3c-partner-views'), fullPage: true });
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await page.getByRole('button', { name: 'Compare with before' }).click();
  await page.getByRole('heading', { name: 'Before and now' }).waitFor();
  await page.screenshot({ path: name('6-compare'), fullPage: true });
  await page.getByText('Privacy and safety', { exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('blue harbour morning');
  await page.getByLabel('The same passphrase again').fill('blue harbour morning');
  await page.getByRole('button', { name: 'Lock my answers' }).click();
  await page.getByText('Locked. From now on').waitFor();
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong one');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').waitFor();
  await page.screenshot({ path: name('7-unlock'), fullPage: true });
  await context.close();
  await shootWords(width, scheme, name);
  await shootSafety(width, scheme, name);
}

/** The safety check, and a visitor who says they are afraid: the safety panel first, the
 * plan for one, and the partner screen's kind word instead of a code. */
async function shootSafety(width, scheme, name) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.route(`http://127.0.0.1:${PORT}/`, async (route) => {
    const body = (await (await route.fetch()).text()).replace('id="intimacy-check-standalone"',
      'id="intimacy-check-standalone" practice-name="Harbour Counselling" safety-url="https://harbour.example/safety" safety-phone="0808 2000 247"');
    await route.fulfill({ body, contentType: 'text/html' });
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < QUESTIONS; i++) {
    if (i === SCORED) await page.screenshot({ path: name('10-safety-check'), fullPage: true });
    await page.getByRole('radio', { name: i === SCORED ? 'Agree' : 'Disagree', exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  await page.getByRole('heading', { name: 'Your safety comes first' }).waitFor();
  await page.screenshot({ path: name('11-safety-panel') });
  await page.screenshot({ path: name('11-safety-panel-full'), fullPage: true });
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('heading', { name: 'Your rebuild plan' }).waitFor();
  await page.screenshot({ path: name('12-safety-plan'), fullPage: true });
  await page.evaluate(() => { location.hash = 'ic-partner=4S8N-CCHJ-K70R'; });
  await page.getByText('Comparing with your partner is not suggested right now.', { exact: false }).waitFor();
  await page.screenshot({ path: name('13-safety-partner'), fullPage: true });
  await context.close();
}

/** The language switch (the standalone page with langs="en es"), and no language file at all. */
async function shootWords(width, scheme, name) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.route(`http://127.0.0.1:${PORT}/`, async (route) => {
    const body = (await (await route.fetch()).text()).replace('id="intimacy-check-standalone"', 'id="intimacy-check-standalone" langs="en es"');
    await route.fulfill({ body, contentType: 'text/html' });
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).waitFor();
  await page.screenshot({ path: name('8-lang-switch'), fullPage: true });
  await page.route('**/texts/*.json', (route) => route.abort());
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('alert').waitFor();
  await page.screenshot({ path: name('9-could-not-load'), fullPage: true });
  await context.close();
}

try {
  const widths = (process.env.WIDTHS || '375,1280').split(',').map(Number);
  for (const width of widths) for (const scheme of ['light', 'dark']) await shoot(width, scheme);
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${OUT}/`);
