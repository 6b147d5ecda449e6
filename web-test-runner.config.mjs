import './scripts/node-check.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, FIREFOX_PATH, findChrome } from './scripts/chrome.mjs';
import { mswWorkerMiddleware } from './scripts/msw-worker.mjs';
import { summaryReporter } from './test/support/wtr-summary-reporter.mjs';

// `LD_BROWSER=firefox` runs the same tests in Firefox ESR over WebDriver BiDi (npm run test:firefox),
// without coverage, which needs Chromium's DevTools protocol.
const firefox = process.env.LD_BROWSER === 'firefox';

export default {
  files: ['src/**/*.test.ts', 'components/**/*.test.ts', 'test/**/*.test.ts', 'demo/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [mswWorkerMiddleware()],
  browsers: [
    firefox
      ? chromeLauncher({
          // Passing puppeteer-core itself names the browser "Firefox" in the report.
          puppeteer,
          launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
        })
      : chromeLauncher({
          launchOptions: { executablePath: findChrome(), args: CHROME_FLAGS },
          // Each test file gets a browser context of its own, so no page is a background tab
          // whose animation frames never fire.
          createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        }),
  ],
  // Firefox runs one page at a time: a second page would be a background tab, with its timers
  // and animation frames throttled.
  concurrency: firefox ? 1 : 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    exclude: ['**/*.test.ts', '**/harness.ts', 'test/**', '**/*.stories.ts'],
    threshold: { lines: 90, statements: 90 },
    report: true,
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [
    defaultReporter(),
    summaryReporter({
      file: `node_modules/.cache/ld/test-summary${firefox ? '-firefox' : ''}.txt`,
    }),
  ],
};
