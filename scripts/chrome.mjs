import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium run as root with no network. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Tests run in several pages at once; a background page must keep its timers and frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Finds Chromium through CHROME_PATH or the usual install paths, or stops with how to get it. */
export function findChrome() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((item) => item && existsSync(item));
  if (!path) {
    console.error(
      'No Chromium found: set CHROME_PATH, or install it (Debian: apt-get install chromium).',
    );
    process.exit(1);
  }
  return path;
}

/** Firefox ESR, for the runs over WebDriver BiDi; `.ci/run` installs it from Debian. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
