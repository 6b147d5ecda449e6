// Runs named steps one after another, stops at the first failure, and prints the browser
// test counts last: the shared runner of `npm test` and `npm run verify`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

export const bin = (name) => `node_modules/.bin/${name}`;
export const SUMMARIES = {
  Chromium: 'node_modules/.cache/ld/test-summary.txt',
  'Firefox ESR': 'node_modules/.cache/ld/test-summary-firefox.txt',
};

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** `steps`: `[name, command, args, env?]`. `browsers`: whose test counts to print. */
export function runSteps(steps, { browsers = ['Chromium'], done = 'All checks passed.' } = {}) {
  for (const browser of browsers) rmSync(SUMMARIES[browser], { force: true });
  const summary = () =>
    browsers.map((name) => `${name} ${read(SUMMARIES[name]) ?? 'no results'}`).join('; ');
  for (const [name, command, args, env = { ...process.env, FORCE_COLOR: '0' }] of steps) {
    const started = Date.now();
    console.log(`\n▶ ${name}`);
    const result = spawnSync(command, args, { stdio: 'inherit', env });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status !== 0) {
      console.error(`\n✖ ${name} failed after ${seconds} s.`);
      console.log(`Tests: ${summary()}`);
      process.exit(1);
    }
    console.log(`✔ ${name} (${seconds} s)`);
  }
  console.log(`\n${done}\nTests: ${summary()}`);
}
