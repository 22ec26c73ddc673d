// Measures the plan screen's height at 375 px when it opens: made today (day 1) and
// reopened on day 10, for a 2-week and an 8-week plan at 15 minutes a day. Not a test: a
// figure to compare before and after a change. Usage (after `make dist`):
//   node scripts/plan-height.mjs [dist-dir] [port]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const DIR = process.argv[2] || 'dist';
const PORT = Number(process.argv[3] || 8097);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DAY = 24 * 60 * 60 * 1000;
const MADE = new Date(2026, 10, 25, 12, 0, 0).getTime();
const server = spawn('node', [new URL('./serve.mjs', import.meta.url).pathname, '--dir', DIR, '--port', String(PORT)],
  { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

async function measure(weeks) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  await page.clock.install({ time: MADE });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  // The 34 scored statements, then the 3 of the safety check, answered calmly so the plan is
  // the usual one for two.
  for (let i = 0; i < 37; i++) {
    await page.getByRole('radio', { name: i < 34 ? 'Disagree' : 'Strongly disagree', exact: true }).check();
    await page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
  await page.getByRole('radio', { name: `${weeks} weeks`, exact: true }).check();
  await page.getByRole('radio', { name: '15 minutes', exact: true }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('heading', { name: 'Your rebuild plan' }).waitFor();
  const height = () => page.evaluate(() => Math.round(document.documentElement.scrollHeight));
  const day1 = await height();
  await page.clock.setSystemTime(MADE + 10 * DAY);
  await page.reload();
  await page.getByRole('heading', { name: 'Your rebuild plan' }).waitFor();
  const day10 = await height();
  await context.close();
  return { weeks, day1, day10 };
}

try {
  for (const weeks of [2, 8]) {
    const r = await measure(weeks);
    console.log(`${r.weeks}-week plan, 15 min a day, 375 px: ${r.day1} px on day 1, ${r.day10} px on day 10`);
  }
} finally {
  await browser.close();
  server.kill();
}
