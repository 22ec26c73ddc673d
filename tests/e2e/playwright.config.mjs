// End-to-end tests against the release build in dist/, served on 127.0.0.1.
// Debian's Chromium is used directly: `npx playwright install` is never run.
//   8090  dist/ (the standalone page)
//   8092  dist/ again, with CORS: the widget's files as a practice would host them elsewhere
//   8091  examples/ (host pages; strict-csp.html gets a strict Content-Security-Policy)
//   8093  dist/ with exactly the strict CSP the README documents
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
const W = 'http://127.0.0.1:8092';
export const EXAMPLE_CSP = `default-src 'self'; script-src 'self' ${W} 'wasm-unsafe-eval'; style-src 'self' ${W}; connect-src 'self' ${W}; object-src 'none'; base-uri 'none'`;

const serve = (args, port) => ({
  command: `node ../../scripts/serve.mjs ${args} --port ${port}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
});

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  timeout: 90_000,
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
    serve('--dir ../../dist', 8090),
    // The iframe page's settings files (practices/*.json) live on the widget's host.
    serve('--dir ../../dist --cors --alias /practices/=../../examples/practices/', 8092),
    serve(`--dir ../../examples --alias /vendor/=../../node_modules/bootstrap/dist/css/ --csp "${EXAMPLE_CSP}" --csp-match strict-csp`, 8091),
    serve(`--dir ../../dist --csp "${STRICT_CSP}"`, 8093),
  ],
});
