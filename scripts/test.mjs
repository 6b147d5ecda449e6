// `npm test`: the quick loop. Lint, format, types, the Chromium unit suite with coverage and
// the size budgets, in about three minutes. `npm test -- --files <path>…` runs only those
// test files (no coverage bar, which needs the whole suite). `npm run verify` runs the rest.
import './node-check.mjs';
import { findChrome } from './chrome.mjs';
import { bin, runSteps } from './steps.mjs';

findChrome();
const args = process.argv.slice(2);
const wtr = ['--config', 'web-test-runner.config.mjs'];
if (args.length) {
  runSteps([['browser tests', bin('wtr'), [...wtr, ...args]]], { done: 'Tests passed.' });
} else {
  runSteps([
    ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
    ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
    ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
    ['browser tests in Chromium', bin('wtr'), [...wtr, '--coverage']],
    ['logical CSS', process.execPath, ['scripts/logical-css.mjs']],
    ['size budgets', process.execPath, ['scripts/size.mjs']],
  ]);
}
