// `npm test`: lint, typecheck, the API spec's snippets run for real, browser tests with coverage, build, size budgets and the
// generated-file check, in that order. Stops at the first failure; prints the test counts last.
import './node-check.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChrome } from './chrome.mjs';

findChrome();
const SUMMARY = 'node_modules/.cache/ld/test-summary.txt';
rmSync(SUMMARY, { force: true });
const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
  ['React and Vue typings, host examples', bin('tsc'), ['-p', '.ci/hosts']],
  ['snippets in bash, Node, Python and PHP', process.execPath, ['.ci/snippets-test.mjs']],
  ['browser tests', bin('wtr'), ['--config', 'web-test-runner.config.mjs', '--coverage']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['package entries in Node', process.execPath, ['.ci/imports-test.mjs']],
  ['tarball: publint, attw, install and import', process.execPath, ['.ci/pack-test.mjs']],
  [
    'host examples in Chromium (React, Vue, configure, CDN) and every entry in a page',
    process.execPath,
    ['.ci/hosts-test.mjs'],
  ],
  ['size budgets', process.execPath, ['.ci/size.mjs']],
  ['generated files', process.execPath, ['.ci/check-generated.mjs']],
  ['demo in Chromium', process.execPath, ['.ci/demo-smoke.mjs']],
  // .ci/run installs Firefox ESR; a machine without it says so rather than pass silently.
  ...(existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr')
    ? [['demo in Firefox ESR', process.execPath, ['.ci/demo-smoke.mjs', '--firefox']]]
    : (console.warn('⚠ No Firefox ESR here: its demo check is skipped (CI installs it).'), [])),
  ['Storybook stories in Chromium', process.execPath, ['.ci/storybook-smoke.mjs']],
];

const summary = () => {
  try {
    return readFileSync(SUMMARY, 'utf8');
  } catch {
    return 'no test results';
  }
};

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s.`);
    console.log(`Tests: ${summary()}`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed.\nTests: ${summary()}`);
