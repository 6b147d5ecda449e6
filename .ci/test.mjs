// `npm test`: lint, typecheck, the API spec's snippets run for real, browser tests with coverage, build, size budgets and the
// generated-file check, in that order. Stops at the first failure; prints the test counts last.
import './node-check.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { FIREFOX_PATH, findChrome } from './chrome.mjs';
import { realClockEnv } from './real-clock.mjs';

findChrome();
const SUMMARY = 'node_modules/.cache/ld/test-summary.txt';
const FIREFOX_SUMMARY = 'node_modules/.cache/ld/test-summary-firefox.txt';
rmSync(SUMMARY, { force: true });
rmSync(FIREFOX_SUMMARY, { force: true });
// .ci/run installs Firefox ESR; a machine without it says so rather than pass silently.
const firefox = existsSync(FIREFOX_PATH);
if (!firefox) console.warn('⚠ No Firefox ESR here: its checks are skipped (CI installs it).');
// Firefox ESR never starts under libfaketime (it hangs before it listens), so when a whole run
// is under faketime its steps take the real clock; Chromium keeps the moved one.
const underFaketime = !!process.env.LD_PRELOAD?.includes('faketime');
if (firefox && underFaketime)
  console.warn(
    '⚠ Under faketime: the Firefox ESR steps run on the real clock (it hangs under libfaketime).',
  );
const firefoxEnv = (env = {}) => ({
  ...realClockEnv({ ...process.env, ...env }),
  FORCE_COLOR: '0',
});
const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['the wall-clock lint rule catches planted reads', process.execPath, ['.ci/clock-lint-test.mjs']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
  ['React and Vue typings, host examples', bin('tsc'), ['-p', '.ci/hosts']],
  ['snippets in bash, Node, Python and PHP', process.execPath, ['.ci/snippets-test.mjs']],
  ['browser tests', bin('wtr'), ['--config', 'web-test-runner.config.mjs', '--coverage']],
  ...(firefox
    ? [
        [
          'browser tests in Firefox ESR',
          bin('wtr'),
          ['--config', 'web-test-runner.config.mjs'],
          firefoxEnv({ LD_BROWSER: 'firefox' }),
        ],
      ]
    : []),
  ['CSS minifier keeps every rule', process.execPath, ['.ci/minify-css-test.mjs']],
  ['build', 'npm', ['run', 'build', '--silent']],
  // Right after the build, which rewrites them: a stale README snippet would otherwise first
  // show up as a wrong SRI hash in the host examples.
  ['generated files', process.execPath, ['.ci/check-generated.mjs']],
  ['package entries in Node', process.execPath, ['.ci/imports-test.mjs']],
  ['tarball: publint, attw, install and import', process.execPath, ['.ci/pack-test.mjs']],
  [
    'host examples in Chromium (React, Vue, configure, CDN) and every entry in a page',
    process.execPath,
    ['.ci/hosts-test.mjs'],
  ],
  ['size budgets', process.execPath, ['.ci/size.mjs']],
  ['demo in Chromium', process.execPath, ['.ci/demo-smoke.mjs']],
  ...(firefox
    ? [['demo in Firefox ESR', process.execPath, ['.ci/demo-smoke.mjs', '--firefox'], firefoxEnv()]]
    : []),
  ['Storybook stories in Chromium', process.execPath, ['.ci/storybook-smoke.mjs']],
];

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
const summary = () =>
  [
    `Chromium ${read(SUMMARY) ?? 'no results'}`,
    ...(firefox ? [`Firefox ESR ${read(FIREFOX_SUMMARY) ?? 'no results'}`] : []),
  ].join('; ');

for (const [name, command, args, env = { ...process.env, FORCE_COLOR: '0' }] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env,
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
