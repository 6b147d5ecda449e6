// Lit's `css` templates keep their source indentation and comments in the shipped code, where
// no JS minifier touches them. This rollup plugin collapses them at build time, for the npm
// build, the CDN file and the size check alike. A template with an interpolation or an escape is
// left as it is. test/build/minify-css.mjs checks that Chromium parses every one to the same rules.
import MagicString from 'magic-string';

/**
 * Minifies the text of one stylesheet: comments, runs of spaces, spaces around punctuation.
 * Quoted strings (`content: ': '`) are kept as written.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/([^\s:]):\s+/g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/\bcss`([^`$\\]*)`/g)) {
        const start = match.index + 'css`'.length;
        out.overwrite(start, start + match[1].length, minifyCss(match[1]));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
