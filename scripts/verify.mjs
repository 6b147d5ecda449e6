// `npm run verify`, which `.ci/run` runs: `npm test`, then everything else. Firefox ESR,
// the build, the generated files, the package, the host examples, the snippets, the demo,
// Storybook and the hardening suite. No step writes a tracked file: the last one checks.
import './node-check.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_PATH, findChrome } from './chrome.mjs';
import { realClockEnv } from './real-clock.mjs';
import { bin, runSteps } from './steps.mjs';

findChrome();
// .ci/run installs Firefox ESR; a machine without it says so rather than pass silently.
const firefox = existsSync(FIREFOX_PATH);
if (!firefox) console.warn('⚠ No Firefox ESR here: its checks are skipped (CI installs it).');
// Firefox ESR never starts under libfaketime (it hangs before it listens), so when a whole run
// is under faketime its steps take the real clock; Chromium keeps the moved one.
if (firefox && process.env.LD_PRELOAD?.includes('faketime'))
  console.warn(
    '⚠ Under faketime: the Firefox ESR steps run on the real clock (it hangs under libfaketime).',
  );
const firefoxEnv = (env = {}) => ({
  ...realClockEnv({ ...process.env, ...env }),
  FORCE_COLOR: '0',
});
const node = (script, ...args) => [process.execPath, [script, ...args]];
const before = existsSync('.git')
  ? execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' })
  : undefined;

runSteps(
  [
    ['npm test', 'npm', ['test', '--silent']],
    ['the wall-clock lint rule catches planted reads', ...node('test/lint/clock-lint.mjs')],
    ['React and Vue typings, host examples', bin('tsc'), ['-p', 'test/hosts']],
    ['snippets in bash, Node, Python and PHP', ...node('test/snippets/run.mjs')],
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
    ['CSS minifier keeps every rule', ...node('test/build/minify-css.mjs')],
    ['HTML minifier keeps what renders', ...node('test/build/minify-html.mjs')],
    ['build', 'npm', ['run', 'build:dist', '--silent']],
    // Right after the build: a stale README snippet would otherwise first show up as a wrong
    // SRI hash in the host examples.
    ['generated files are current', ...node('scripts/check-generated.mjs')],
    ['package entries in Node', ...node('test/package/imports.mjs')],
    ['tarball: publint, attw, install and import', ...node('test/package/pack.mjs')],
    [
      'host examples in Chromium (React, Vue, configure, CDN) and every entry in a page',
      ...node('test/hosts/run.mjs'),
    ],
    ['demo in Chromium', ...node('test/e2e/demo.mjs')],
    [
      'screenshots at 390, 768 and 1280 px, every state measured (docs/screens/)',
      ...node('scripts/screenshots.mjs'),
    ],
    ...(firefox
      ? [['demo in Firefox ESR', ...node('test/e2e/demo.mjs', '--firefox'), firefoxEnv()]]
      : []),
    ['Storybook stories in Chromium', ...node('test/e2e/storybook.mjs')],
    // Hostile data, faults, races, leaks and strict CSP, with figures (docs/reliability.md).
    ['hardening', ...node('test/hardening/run.mjs')],
    ...(before === undefined
      ? []
      : [['no step changed a tracked file', ...node('scripts/unchanged.mjs', before)]]),
  ],
  { browsers: firefox ? ['Chromium', 'Firefox ESR'] : ['Chromium'], done: 'Verified.' },
);
