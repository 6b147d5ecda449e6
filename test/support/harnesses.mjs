// Every widget's harness (components/<name>/harness.ts), found through the registry, for pages
// that drive widgets from outside: the hardening page imports `ld:harnesses` through this
// esbuild plugin, and the demo check injects `harnessScript()`. No list of widgets here.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { WIDGETS } from '../../scripts/widgets.mjs';

/** Resolves `ld:harnesses` to a module whose `HARNESSES` maps each tag to its harness class. */
export const harnessesPlugin = {
  name: 'ld-harnesses',
  setup(builder) {
    builder.onResolve({ filter: /^ld:harnesses$/ }, () => ({
      path: 'harnesses',
      namespace: 'ld-harnesses',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'ld-harnesses' }, () => ({
      resolveDir: process.cwd(),
      loader: 'js',
      contents: [
        ...WIDGETS.map(
          ({ name }, i) =>
            `import * as h${i} from ${JSON.stringify(resolve(`components/${name}/harness.ts`))};`,
        ),
        // Each harness module exports its one class.
        `export const HARNESSES = {${WIDGETS.map(({ tag }, i) => `${JSON.stringify(tag)}: Object.values(h${i})[0]`).join(', ')}};`,
      ].join('\n'),
    }));
  },
};

/**
 * A classic script that puts `window.ldHarness(element)` on a page: the harness of any widget
 * on it. Evaluated from the driver, so a strict CSP on the page does not stop it.
 */
export async function harnessScript() {
  const result = await build({
    stdin: {
      contents:
        "import { HARNESSES } from 'ld:harnesses';\n" +
        'window.ldHarness = (element) => new HARNESSES[element.localName](element);',
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    plugins: [harnessesPlugin],
  });
  return result.outputFiles[0].text;
}
