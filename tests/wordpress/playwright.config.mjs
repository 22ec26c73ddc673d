// The WordPress plugin on a real WordPress, started by scripts/test-wordpress.sh (WP_URL).
// Debian's Chromium is used directly: `npx playwright install` is never run.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // One site, one story: upload, settings, then the pages that use them.
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: process.env.WP_URL || 'http://127.0.0.1:8095',
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
});
