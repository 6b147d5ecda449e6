// The build's CSS minifier (scripts/build/minify-css.mjs) changes no rule: every `css` template of the
// widgets and the core, parsed by Chromium as written and as minified, gives the same rules.
import '../../scripts/node-check.mjs';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome.mjs';
import { minifyCss } from '../../scripts/build/minify-css.mjs';

const files = execFileSync('git', ['ls-files', 'src', 'components'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file.endsWith('.ts') && !file.includes('.test.'));
const sheets = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\bcss`([^`$\\]*)`/g)].map((match) => ({
    file,
    text: match[1],
  })),
);

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const failures = [];
let rules = 0;
let saved = 0;
try {
  const page = await browser.newPage();
  for (const { file, text } of sheets) {
    const minified = minifyCss(text);
    saved += text.length - minified.length;
    const [before, after] = await page.evaluate(
      (...texts) =>
        texts.map((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          // Chromium keeps a var() fallback's text as written; spaces by its commas and
          // parentheses mean nothing there, so they are set aside on both sides.
          return [...sheet.cssRules].map((rule) =>
            rule.cssText.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1'),
          );
        }),
      text,
      minified,
    );
    rules += before.length;
    if (!before.length) failures.push(`${file}: a stylesheet with no rules`);
    if (JSON.stringify(before) !== JSON.stringify(after))
      failures.push(
        `${file}: minified, it parses differently: ${before.find((rule, i) => rule !== after[i])} → ${after.find((rule, i) => rule !== before[i])}`,
      );
  }
} finally {
  await browser.close();
}
if (sheets.length < 10) failures.push(`only ${sheets.length} stylesheets found`);
if (failures.length) {
  console.error(`✖ CSS minifier:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `CSS minifier: ${sheets.length} stylesheets, ${rules} rules, the same when parsed; ${(saved / 1024).toFixed(1)} KB of whitespace and comments gone.`,
);
