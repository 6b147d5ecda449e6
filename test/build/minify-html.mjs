// The build's HTML-template minifier (scripts/build/minify-html.mjs): whitespace runs with a
// line break become one space, as HTML renders them; templates with <pre> or <textarea> stay
// as written; text, attributes and interpolations are kept. Then every template of the
// widgets and the core, minified, parses in Chromium to the same DOM as written.
import '../../scripts/node-check.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { parseAst } from 'rollup/parseAst';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome.mjs';
import { minifyHtmlLiterals, minifyTemplate } from '../../scripts/build/minify-html.mjs';

assert.deepEqual(minifyTemplate(['<p>\n    a ', '\n  </p>']), ['<p> a ', ' </p>']);
assert.deepEqual(minifyTemplate(['<b>x</b>  <i>y</i>']), ['<b>x</b>  <i>y</i>'], 'no line break');
assert.equal(minifyTemplate(['<pre>\n  code\n</pre>']), undefined);
assert.equal(minifyTemplate(['<label>\n  <textarea>', '</textarea>']), undefined);

const plugin = minifyHtmlLiterals();
const context = { parse: (code) => parseAst(code) };
const files = execFileSync('git', ['ls-files', 'src', 'components', 'entries'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\./.test(file));
// Each template's static parts, as written and as minified, joined with a marker where an
// interpolation goes, so both can be parsed as HTML and compared.
const pairs = [];
let saved = 0;
for (const file of files) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', target: 'es2022' });
  const result = plugin.transform.call(context, code, `/x/${file}`);
  if (!result) continue;
  saved += code.length - result.code.length;
  const before = [...parseTemplates(code)];
  const after = [...parseTemplates(result.code)];
  assert.equal(after.length, before.length, `${file}: a template was lost`);
  before.forEach((text, index) => pairs.push({ file, before: text, after: after[index] }));
}
assert.ok(pairs.length > 100, `only ${pairs.length} templates found`);

function* parseTemplates(code) {
  const walk = function* (node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && ['html', 'svg'].includes(node.tag?.name))
      yield node.quasi.quasis
        .map((element) => code.slice(element.start, element.end))
        .join('<!--$-->');
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) yield* walk(child);
      else if (value && typeof value === 'object' && value.type) yield* walk(value);
    }
  };
  yield* walk(parseAst(code));
}

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
let failures;
try {
  const page = await browser.newPage();
  failures = await page.evaluate((pairs) => {
    // What a person sees: the tree of elements and attributes, and each text node with its
    // whitespace collapsed as CSS renders it outside <pre>.
    const shape = (html) => {
      const template = new DOMParser()
        .parseFromString(`<template>${html}</template>`, 'text/html')
        .querySelector('template');
      const out = [];
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            const text = child.data.replace(/\s+/g, ' ');
            if (text !== ' ' || out.at(-1) !== ' ') out.push(text);
          } else if (child.nodeType === Node.ELEMENT_NODE) {
            out.push(
              `<${child.localName} ${[...child.attributes].map((a) => `${a.name}=${a.value.replace(/\s+/g, ' ')}`).join(' ')}>`,
            );
            walk(child);
            out.push(`</${child.localName}>`);
          } else out.push('<!--$-->');
        }
      };
      walk(template.content);
      return out.join('');
    };
    return pairs
      .filter(({ before, after }) => shape(before) !== shape(after))
      .map(({ file, before }) => `${file}: ${before.slice(0, 80)}`);
  }, pairs);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`✖ HTML minifier changed what renders:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `HTML minifier: ${pairs.length} templates render the same; ${(saved / 1024).toFixed(1)} KB of indentation gone.`,
);
