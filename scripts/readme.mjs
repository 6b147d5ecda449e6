// Writes the generated sections of the docs, each between its markers: the element reference
// in docs/reference.md, from custom-elements.json, and the README's CDN snippet, from the
// build's SRI hashes. `--check` fails instead when either file is out of date.
import './node-check.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { format as prettier, resolveConfig } from 'prettier';
import { CDN_END, CDN_START, cdnSection, withImportMapHash } from './readme-cdn.mjs';

const START = '<!-- reference:start (generated from custom-elements.json by npm run readme) -->';
const END = '<!-- reference:end -->';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (title, head, rows) =>
  rows.length
    ? `\n**${title}**\n\n| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n')}\n`
    : '';

const sections = [];
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const fields = (element.members ?? []).filter(
      (m) => m.kind === 'field' && !m.privacy && !m.static,
    );
    const methods = (element.members ?? []).filter(
      (m) => m.kind === 'method' && !m.privacy && !m.static,
    );
    sections.push(
      [
        `### \`<${element.tagName}>\``,
        '',
        cell(element.summary ?? element.description),
        table(
          'Attributes and properties',
          ['attribute', 'property', 'type', 'default', 'description'],
          fields.map((f) => [
            f.attribute ? `\`${f.attribute}\`` : '—',
            `\`${f.name}\``,
            f.type?.text ? `\`${f.type.text}\`` : '',
            f.default ? `\`${f.default}\`` : '',
            f.description,
          ]),
        ),
        table(
          'Methods',
          ['method', 'description'],
          methods.map((m) => [`\`${m.name}()\``, m.description]),
        ),
        table(
          'Events',
          ['event', 'description'],
          (element.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
        ),
        table(
          'Slots',
          ['slot', 'description'],
          (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
        ),
        table(
          'CSS parts',
          ['part', 'description'],
          (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
        ),
        table(
          'CSS custom properties',
          ['property', 'description'],
          (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
        ),
        element.cssStates?.length
          ? `\n**CSS states** (the data's state, for \`:state()\` and \`matches()\`): ${element.cssStates.map((state) => `\`:state(${state.name})\``).join(', ')}\n`
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
}
const REFERENCE = 'docs/reference.md';
const README = 'README.md';
const THEMING = 'docs/theming.md';
const TOKENS_START =
  '<!-- tokens:start (generated from src/styles/tokens.ts by npm run readme) -->';
const TOKENS_END = '<!-- tokens:end -->';

/** The shared tokens and their light and dark defaults, read from the one place they are set. */
function tokenTable() {
  const source = readFileSync('src/styles/tokens.ts', 'utf8');
  const rows = [
    ...source.matchAll(/--_[\w-]+: var\((--ld-[\w-]+), (light-dark\(([^,]+), ([^)]+)\)|[^;]+)\);/g),
  ].map(([, token, value, light, dark]) =>
    light
      ? `| \`${token}\` | \`${light.trim()}\` | \`${dark.trim()}\` |`
      : `| \`${token}\` | \`${value}\` | same |`,
  );
  const fonts = [...source.matchAll(/font-(?:family|size): var\((--ld-[\w-]+), ([^;]+)\);/g)].map(
    ([, token, value]) => `| \`${token}\` | \`${value.trim()}\` | same |`,
  );
  const caps = readFileSync('components/caps-meter/caps-meter.styles.ts', 'utf8');
  const critical = [
    ...caps.matchAll(/var\((--ld-color-critical), light-dark\(([^,]+), ([^)]+)\)\)/g),
  ].map(([, token, light, dark]) => `| \`${token}\` | \`${light.trim()}\` | \`${dark.trim()}\` |`);
  return ['| token | light | dark |', '|---|---|---|', ...fonts, ...rows, ...critical].join('\n');
}
const between = (file, text, start, end, content) => {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${file} lacks the markers ${start} … ${end}`);
  return `${text.slice(0, from)}${start}\n\n${content}\n\n${text.slice(to)}`;
};
// Formatted as Prettier would, so `prettier --check` and this check agree.
const format = async (file, text) =>
  prettier(text, { ...(await resolveConfig(file)), parser: 'markdown' });
const generated = {
  [REFERENCE]: (text) =>
    format(REFERENCE, between(REFERENCE, text, START, END, sections.join('\n\n'))),
  [THEMING]: (text) =>
    format(THEMING, between(THEMING, text, TOKENS_START, TOKENS_END, tokenTable())),
  [README]: async (text) =>
    format(
      README,
      withImportMapHash(
        await format(README, between(README, text, CDN_START, CDN_END, cdnSection())),
      ),
    ),
};
const check = process.argv.includes('--check');
const stale = [];
for (const [file, update] of Object.entries(generated)) {
  const current = readFileSync(file, 'utf8');
  const next = await update(current);
  if (next === current) continue;
  stale.push(file);
  if (!check) writeFileSync(file, next);
}
if (check && stale.length) {
  console.error(
    `${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} out of date (element reference in ${REFERENCE}, token defaults in ${THEMING}, CDN snippet in ${README}): run npm run build (it rewrites them) and commit the result.`,
  );
  process.exit(1);
}
if (check)
  console.log(
    `${REFERENCE} (element reference), ${THEMING} (token defaults) and ${README} (CDN snippet) are current.`,
  );
else
  console.log(
    stale.length ? `Wrote ${stale.join(' and ')}.` : 'Reference and CDN snippet were current.',
  );
