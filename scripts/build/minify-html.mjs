// Lit's `html` and `svg` templates keep their source indentation in the shipped code, where no
// JS minifier touches it. This rollup plugin (run after TypeScript, on JS) turns every run of
// whitespace that holds a line break into one space: HTML collapses such runs to one space
// anyway, so the page renders the same. A template with a <pre> or <textarea>, where
// whitespace is content, is left as written. test/build/minify-html.mjs checks it.
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg']);
const RUN = /\s*\n\s*/g;
const VERBATIM = /<(pre|textarea)\b/i;

/** The static parts of one template, minified; `undefined` when it must stay as written. */
export function minifyTemplate(parts) {
  if (parts.some((part) => VERBATIM.test(part))) return undefined;
  return parts.map((part) => part.replace(RUN, ' '));
}

function* templates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && TAGS.has(node.tag?.name)) yield node.quasi;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* templates(child);
    else if (value && typeof value === 'object' && value.type) yield* templates(value);
  }
}

export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id) || !/\b(html|svg)`/.test(code))
        return null;
      const out = new MagicString(code);
      for (const quasi of templates(this.parse(code))) {
        const raws = quasi.quasis.map((element) => code.slice(element.start, element.end));
        const minified = minifyTemplate(raws);
        if (!minified) continue;
        quasi.quasis.forEach((element, index) => {
          if (minified[index] !== raws[index])
            out.overwrite(element.start, element.end, minified[index]);
        });
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
