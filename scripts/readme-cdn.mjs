// The README's CDN snippet, from the build's SRI hashes (dist/cdn/integrity.json): the entry
// pinned by its script tag, Clerk's lazy chunk pinned by an import map, and the CSP line that
// allows that import map by its own hash. The host examples test this snippet verbatim.
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

/** The snippet's markdown; its CSP hash is a placeholder until `withImportMapHash`. */
export function cdnSection() {
  if (!existsSync('dist/cdn/integrity.json'))
    throw new Error('dist/cdn/integrity.json is missing: run npm run build first.');
  const { 'supplier-widgets.js': entry, ...chunks } = JSON.parse(
    readFileSync('dist/cdn/integrity.json', 'utf8'),
  );
  const base = cdnBase();
  const integrity = Object.fromEntries(
    Object.entries(chunks).map(([file, hash]) => [base + file, hash]),
  );
  return [
    '```html',
    `<script type="importmap">${JSON.stringify({ integrity })}</script>`,
    `<script type="module" src="${base}supplier-widgets.js" integrity="${entry}" crossorigin="anonymous"></script>`,
    '<script type="module" src="/portal.js"></script>',
    '',
    '<ld-caps-meter periods="daily weekly"></ld-caps-meter>',
    '```',
    '',
    '```js',
    "// portal.js: the page's own file, so a strict CSP needs no 'unsafe-inline' for it",
    `import { configure, tokenAuth } from '${base}supplier-widgets.js';`,
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

/** Puts the import map's CSP hash in, computed from the formatted text a browser will see. */
export function withImportMapHash(markdown) {
  const from = markdown.indexOf(CDN_START);
  const section = markdown.slice(from, markdown.indexOf(CDN_END));
  const map = IMPORT_MAP.exec(section);
  if (!map) throw new Error('the README CDN section has no import map');
  const hash = createHash('sha256').update(map[1]).digest('base64');
  const pinned = section.replace(/'sha256-[^']*'/, `'sha256-${hash}'`);
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
