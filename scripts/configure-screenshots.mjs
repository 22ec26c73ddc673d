// Screenshots of the configurator (configure.html) at phone and desktop widths, light and dark,
// for a person to look at (not a test). Usage: node scripts/configure-screenshots.mjs [outdir] [dir]
// Needs dist/ built (or another folder holding configure.html); serves it on a spare port.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const OUT = process.argv[2] || 'screenshots';
const DIR = process.argv[3] || 'dist';
const PORT = 8097;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
mkdirSync(OUT, { recursive: true });
const server = spawn('node', ['scripts/serve.mjs', '--dir', DIR, '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

async function shoot(width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  const name = (s) => `${OUT}/configure-${s}-${width}-${scheme}.png`;
  await page.goto(`http://127.0.0.1:${PORT}/configure.html`);
  await page.getByLabel('Practice name').waitFor();
  await page.screenshot({ path: name('1-empty'), fullPage: true });
  await page.getByLabel('Practice name').fill('Harbour Counselling');
  await page.getByLabel('Contact link').fill('javascript:alert(1)');
  await page.getByLabel('Phone number').fill('+44 20 7946 0000');
  await page.getByLabel('Your colour').fill('#ffd966');
  await page.getByLabel('Storage name').fill('harbour');
  await page.frameLocator('#preview').getByText('Offered by Harbour Counselling.').waitFor({ timeout: 5000 }).catch(() => {});
  await page.screenshot({ path: name('2-filled'), fullPage: true });
  await page.screenshot({ path: name('3-top') });
  await page.locator('fieldset', { has: page.locator('#f-accent') }).screenshot({ path: name('4-colour') });
  await page.locator('.cf-preview').screenshot({ path: name('5-preview') });
  await page.locator('.cf-output').screenshot({ path: name('6-snippets') });
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
