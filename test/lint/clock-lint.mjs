// The lint rule that keeps the wall clock out of shipped code catches what it must: every way
// of reading it, planted in a widget, the core, the mocks, a test and a story, and lets the
// clock module itself and reads of a given instant through.
import '../../scripts/node-check.mjs';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const RULE = 'no-restricted-syntax';

/** A file that reads no clock, with one planted line. */
const planted = (line) =>
  `export function stamp(value: string): string {\n  ${line}\n  return value;\n}\n`;

const reads = [
  'const now = Date.now();',
  'const now = new Date();',
  'const now = new Date;',
  'const now = Date();',
  'const now = globalThis.Date.now();',
  'const now = new globalThis.Date();',
  'const read = Date.now;',
  'const now = performance.now();',
  'const now = performance.timeOrigin;',
];
const places = [
  'components/caps-meter/planted.ts',
  'src/localize/planted.ts',
  'src/mocks/planted.ts',
  'components/caps-meter/planted.test.ts',
  'stories/planted.stories.ts',
  'demo/planted.ts',
];
const allowed = [
  ['src/localize/planted.ts', 'const at = new Date(value);'],
  ['src/localize/planted.ts', 'const at = Date.parse(value);'],
  ['src/localize/planted.ts', 'const at = new Date(Date.UTC(2026, 0, 1));'],
  ['src/clock/clock.ts', 'const now = Date.now();'],
];

const failures = [];
async function errorsOf(filePath, line) {
  const [result] = await eslint.lintText(planted(line), { filePath });
  return result.messages.filter((message) => message.ruleId === RULE);
}

let checked = 0;
for (const filePath of places) {
  for (const line of reads) {
    checked++;
    const errors = await errorsOf(filePath, line);
    if (errors.length !== 1) failures.push(`not caught in ${filePath}: ${line}`);
    else if (!errors[0].message.includes("portal's clock"))
      failures.push(`caught without naming the clock in ${filePath}: ${errors[0].message}`);
  }
}
for (const [filePath, line] of allowed) {
  checked++;
  const errors = await errorsOf(filePath, line);
  if (errors.length) failures.push(`wrongly refused in ${filePath}: ${line}`);
}

if (failures.length) {
  console.error(`✖ The wall-clock lint rule:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `The wall-clock lint rule: ${reads.length} reads caught in each of ${places.length} places; ${allowed.length} allowed lines pass (${checked} checks).`,
);
