// The npm tarball as a user gets it: only what a user needs, clean under publint and
// are-the-types-wrong (ESM-only), and installable into an empty folder where every
// entry imports by its package name. Runs after the build (dist/ must exist).
import '../../scripts/node-check.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realClockEnv } from '../../scripts/real-clock.mjs';
import { exportPairs } from '../../scripts/widgets.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const exports = exportPairs();
const work = mkdtempSync(join(tmpdir(), 'ld-pack-'));
const failures = [];
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

try {
  // The build already ran; packing again would only run it twice.
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]),
  );
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);

  for (const [entry, target] of exports) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) {
      if (!files.includes(path.replace(/^\.\//, '')))
        failures.push(`${entry}: ${path} is not in the tarball`);
    }
  }
  const stray = files.filter((file) =>
    /(\.test\.|\.stories\.|\/testing\/|^bench\/|^demo\/|^stories\/|^\.ci\/|^node_modules\/)/.test(
      file,
    ),
  );
  if (stray.length) failures.push(`files a user does not need: ${stray.slice(0, 5).join(', ')}`);
  for (const needed of ['LICENSE', 'README.md', 'CHANGELOG.md', 'custom-elements.json']) {
    if (!files.includes(needed)) failures.push(`${needed} is missing`);
  }

  try {
    run('node_modules/.bin/publint', ['--strict', '--pack', 'false']);
  } catch (error) {
    failures.push(`publint:\n${error.stdout}${error.stderr}`);
  }
  try {
    run('node_modules/.bin/attw', [tarball, '--profile', 'esm-only', '--format', 'ascii']);
  } catch (error) {
    failures.push(`attw:\n${error.stdout}${error.stderr}`);
  }

  // An empty project: install the tarball (and msw, the mock's optional peer) and import every entry.
  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    '{ "name": "empty-host", "private": true, "type": "module" }\n',
  );
  run(
    'npm',
    [
      'install',
      tarball,
      `msw@${pkg.devDependencies.msw}`,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      // npm ci has just put every version needed in the cache.
      '--prefer-offline',
    ],
    { cwd: app, env: realClockEnv() },
  );
  const entries = exports
    .filter(([entry]) => !entry.endsWith('.json') && entry !== './mocks/browser')
    .filter(([, target]) => typeof target === 'string' || target.default)
    .map(([entry]) => `${pkg.name}${entry.slice(1)}`);
  writeFileSync(
    join(app, 'check.mjs'),
    `for (const name of ${JSON.stringify(entries)}) {
  const module = await import(name);
  if (!Object.keys(module).length) throw new Error(name + ' exports nothing');
}
console.log('ok');\n`,
  );
  const said = run(process.execPath, ['check.mjs'], { cwd: app }).trim();
  if (said !== 'ok') failures.push(`importing from the installed tarball said: ${said}`);
  console.log(
    `Package: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed; publint and attw (esm-only) clean; ${entries.length} entries import from an installed tarball.`,
  );
} catch (error) {
  failures.push(String(error.stderr || error.message || error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`Package check: ${failures.length} problems:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
