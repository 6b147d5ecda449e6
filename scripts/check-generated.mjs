// Fails when docs/openapi.json or custom-elements.json no longer match the source.
import './node-check.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let failed = false;
try {
  execFileSync(process.execPath, ['scripts/openapi.mjs', '--check'], { stdio: 'inherit' });
} catch {
  failed = true;
}

// The analyzer resolves outdir against the working directory.
const dir = 'node_modules/.cache/ld/cem';
execFileSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
  ],
  { stdio: 'ignore', env: { ...process.env, CEM_OUTDIR: dir } },
);
const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh !== committed) {
  console.error('custom-elements.json is out of date: run npm run build and commit it.');
  failed = true;
} else {
  console.log('custom-elements.json is current.');
}
// Every public part of every element carries a description, so the reference has no blank row.
const undocumented = [];
for (const module of JSON.parse(fresh).modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement) continue;
    if (!element.summary && !element.description) undocumented.push(`<${element.tagName}>`);
    const members = (element.members ?? []).filter((member) => !member.privacy && !member.static);
    for (const [kind, items] of Object.entries({
      member: members,
      attribute: element.attributes ?? [],
      event: element.events ?? [],
      slot: element.slots ?? [],
      'CSS part': element.cssParts ?? [],
      'CSS property': element.cssProperties ?? [],
      'CSS state': element.cssStates ?? [],
    })) {
      for (const item of items)
        if (!item.description)
          undocumented.push(`<${element.tagName}> ${kind} ${item.name || '(default)'}`);
    }
  }
}
if (undocumented.length) {
  console.error(`Undocumented in custom-elements.json:\n- ${undocumented.join('\n- ')}`);
  failed = true;
} else {
  console.log(
    'Every element, attribute, property, event, slot, part and CSS property is documented.',
  );
}
try {
  execFileSync(process.execPath, ['scripts/readme.mjs', '--check'], { stdio: 'inherit' });
} catch {
  failed = true;
}
process.exit(failed ? 1 : 0);
