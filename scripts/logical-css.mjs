// Fails on a physical direction in the styles of the widgets, the demo and Storybook: a
// `left`/`right` property, a `margin-left`-style side, a `translateX()`, a `float` or
// `text-align` to one side, or a corner radius named by side. Right-to-left locales mirror
// only logical properties (`inset-inline-start`, `margin-inline-end`, `text-align: start`…).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'components', 'demo', 'stories', '.storybook'];
const PHYSICAL = [
  [/(?<![\w-])(left|right)\s*:/, 'left/right: use inset-inline-start/end'],
  [
    /(?<![\w-])(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
    'use -inline-start/-inline-end',
  ],
  [/border-(top|bottom)-(left|right)-radius/, 'use border-start-start-radius and the like'],
  [
    /translateX\(|translate\(\s*-?[\d.]+(px|rem|em|%)\s*,/,
    'a horizontal translate does not mirror',
  ],
  [/(float|clear|text-align|caption-side)\s*:\s*(left|right)\b/, 'use start/end'],
];

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|css)$/.test(name) && !/\.test\.ts$/.test(name)) files.push(path);
  }
};
ROOTS.forEach(walk);

const found = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  // In TypeScript, only css`…` literals and style strings are styles.
  const blocks = file.endsWith('.css')
    ? [{ at: 0, css: text }]
    : [...text.matchAll(/css`([^`]*)`/g)].map((m) => ({ at: m.index, css: m[1] }));
  for (const { at, css } of blocks)
    css.split('\n').forEach((line, i) => {
      for (const [pattern, hint] of PHYSICAL)
        if (pattern.test(line.replace(/\/\*.*?\*\//g, ''))) {
          const row = text.slice(0, at).split('\n').length + i;
          found.push(`${file}:${row}: ${line.trim()}  (${hint})`);
        }
    });
}
if (found.length) {
  console.error(`Physical CSS, which does not mirror in right-to-left:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`Logical CSS only: ${files.length} files checked.`);
