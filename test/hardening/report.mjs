// Prints the hardening figures and writes them to docs/reliability.md, dated, with the machine.
import { cpus, release, totalmem, type } from 'node:os';
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export function machine(browserVersion) {
  const cores = cpus();
  return [
    `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GB`,
    `${type()} ${release()}`,
    `Node ${process.versions.node}`,
    browserVersion.replace(/^(Headless)?Chrome\//, 'Chromium '),
  ].join(', ');
}

const mark = (ok) => (ok ? '✓' : '✗ MISSED');
const value = (v) => (typeof v === 'number' ? v.toLocaleString('en') : String(v));
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function print(sections, seconds) {
  for (const { title, figures, controls, notes, seconds: took } of sections) {
    console.log(`\n${title} (${took.toFixed(1)} s)`);
    for (const row of figures)
      console.log(
        `  ${mark(row.ok).padEnd(9)} ${value(row.value).padStart(9)}  ${row.name}  [bar: ${row.bar}]`,
      );
    for (const item of controls)
      console.log(
        `  ${(item.caught ? 'caught' : '✗ MISSED').padEnd(9)} ${'control'.padStart(9)}  ${item.name}`,
      );
    for (const note of notes.slice(0, 10)) console.log(`    · ${String(note).slice(0, 300)}`);
  }
  // The whole set once more, as one table.
  const rows = sections.flatMap(({ title, figures }) =>
    figures.map((row) => [
      title,
      row.name.slice(0, 70),
      value(row.value),
      row.bar,
      row.ok ? '✓' : '✗',
    ]),
  );
  const head = ['section', 'figure', 'value', 'bar', ''];
  const widths = head.map((_, i) => Math.max(head[i].length, ...rows.map((row) => row[i].length)));
  const line = (row) =>
    row.map((text, i) => (i === 2 ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log(`\nHardening: ${seconds.toFixed(1)} s in all.`);
}

export async function writeDoc(path, sections, { machine: where, seconds, seed }) {
  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    '# Reliability figures',
    '',
    `Measured ${date} by \`npm run test:hardening\` (${seconds.toFixed(0)} s; fast-check seed ${seed}) on ${where}. CI runs it after \`npm test\`; it fails when any figure misses its bar or any detector misses its planted control. This file is written by that run.`,
    '',
    'The mock API is served over real HTTP from Node with the same handlers as the tests, Storybook and the demo, so that a page under Trusted Types can use it. Each detector also runs on something planted on purpose, and must catch it: a detector that catches nothing proves nothing.',
  ];
  for (const { title, about, figures, controls, notes, seconds: took } of sections) {
    lines.push('', `## ${title}`, '', about, '', `| figure | value | bar | |`, '|---|--:|--:|---|');
    for (const row of figures)
      lines.push(
        `| ${cell(row.name)} | ${cell(value(row.value))} | ${cell(row.bar)} | ${mark(row.ok)} |`,
      );
    lines.push('', `Positive controls (${took.toFixed(1)} s for this section):`, '');
    for (const item of controls)
      lines.push(`- ${item.caught ? 'caught' : '**missed**'}: ${item.name}`);
    const shown = notes.filter(Boolean).slice(0, 8);
    if (shown.length) {
      lines.push('', 'Notes:', '');
      for (const note of shown) lines.push(`- ${cell(String(note).slice(0, 300))}`);
    }
  }
  const options = { ...(await resolveConfig(path)), parser: 'markdown' };
  writeFileSync(path, await format(`${lines.join('\n')}\n`, options));
}
