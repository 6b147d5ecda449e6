// The README's CDN snippet, from the build's entries and SRI hashes (dist/cdn/entries.json and
// integrity.json): an import map from the package's specifiers to the hashed files, pinning
// each by its hash, and the CSP line that allows that import map by its own hash. The host
// examples test this snippet verbatim.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export const CDN_START =
  '<!-- cdn:start (generated from dist/cdn/integrity.json by npm run readme) -->';
export const CDN_END = '<!-- cdn:end -->';
const IMPORT_MAP = /<script type="importmap">([\s\S]*?)<\/script>/;

/** Where the package's files are served from once published; jsDelivr mirrors npm. */
export function cdnBase() {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/cdn/`;
}

/** The CDN build's entries (dist/cdn/entries.json), by specifier. */
export function cdnEntries() {
  if (!existsSync('dist/cdn/entries.json'))
    throw new Error('dist/cdn/entries.json is missing: run npm run build first.');
  const entries = JSON.parse(readFileSync('dist/cdn/entries.json', 'utf8'));
  return Object.fromEntries(entries.map((entry) => [entry.specifier, entry]));
}

/**
 * The snippet's markdown, for a page with the caps meter alone: an import map that maps the
 * package's own specifiers to their content-hashed files and pins every file those two
 * entries can load, lazy ones too, by its SRI hash. Its CSP hash is a placeholder until
 * `withImportMapHash`.
 */
export function cdnSection() {
  const hashes = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = cdnEntries();
  const used = [`${name}/core`, `${name}/caps-meter`].map((specifier) => entries[specifier]);
  const base = cdnBase();
  const files = [...new Set(used.flatMap((entry) => [...entry.initial, ...entry.lazy]))].sort();
  const map = {
    imports: Object.fromEntries(used.map((entry) => [entry.specifier, base + entry.file])),
    integrity: Object.fromEntries(files.map((file) => [base + file, hashes[file]])),
  };
  return [
    '```html',
    `<script type="importmap">${JSON.stringify(map)}</script>`,
    '<script type="module" src="/portal.js"></script>',
    '',
    '<ld-caps-meter periods="daily weekly"></ld-caps-meter>',
    '```',
    '',
    '```js',
    "// portal.js: the page's own file, so a strict CSP needs no 'unsafe-inline' for it",
    `import '${name}/caps-meter';`,
    `import { configure, tokenAuth } from '${name}/core';`,
    '',
    'configure({',
    "  apiBase: 'https://api.leaddistro.ai',",
    '  auth: tokenAuth({',
    "    portalId: 'org_123',",
    "    getToken: () => fetch('/portal-token').then((r) => r.text()),",
    '  }),',
    '});',
    '```',
    '',
    'Under a strict CSP, allow the CDN and the import map by its hash:',
    '',
    '```http',
    `Content-Security-Policy: script-src 'self' ${new URL(base).origin} 'sha256-IMPORT-MAP'`,
    '```',
  ].join('\n');
}

/** The CSP source of an inline import map: the hash of its text, as a browser sees it. */
export const importMapHash = (text) =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Puts the import map's CSP hash in, computed from the formatted text a browser will see. */
export function withImportMapHash(markdown) {
  const from = markdown.indexOf(CDN_START);
  const section = markdown.slice(from, markdown.indexOf(CDN_END));
  const map = IMPORT_MAP.exec(section);
  if (!map) throw new Error('the README CDN section has no import map');
  const pinned = section.replace(/'sha256-[^']*'/, `'${importMapHash(map[1])}'`);
  return markdown.slice(0, from) + pinned + markdown.slice(from + section.length);
}

/** The snippet as the README shows it: its HTML and its CSP line, for the host examples. */
export function readmeCdnSnippet(readme = readFileSync('README.md', 'utf8')) {
  const section = readme.slice(readme.indexOf(CDN_START), readme.indexOf(CDN_END));
  const html = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  const csp = /Content-Security-Policy: (.*)/.exec(section)?.[1];
  if (!html || !csp) throw new Error('the README has no CDN snippet: run npm run readme');
  return { html, csp };
}
