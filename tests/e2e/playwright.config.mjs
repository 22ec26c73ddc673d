// End-to-end tests against the release build in dist/, served on 127.0.0.1.
// Debian's Chromium is used directly: `npx playwright install` is never run.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: 'http://127.0.0.1:8090',
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: 'node ../../scripts/serve.mjs --dir ../../dist --port 8090',
      url: 'http://127.0.0.1:8090/',
      reuseExistingServer: false,
    },
  ],
});
