// `node scripts/unchanged.mjs <git status before>`: fails when a check changed the working tree.
import { execFileSync } from 'node:child_process';

const now = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
if (now !== process.argv[2]) {
  console.error(`A check changed the working tree. Before:\n${process.argv[2]}\nNow:\n${now}`);
  process.exit(1);
}
console.log('No check changed a tracked file.');
