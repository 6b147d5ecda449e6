// `npm run test:any-date [-- <UTC instant> <time zone>]`: the Chromium browser tests with the
// machine's clock and zone moved far from the fixtures' (Debian's faketime). They read time
// only from the portal's clock, which the tests set, so they must pass exactly as they do today.
// By default: 2031-03-09 06:59 UTC in New York, a minute before US clocks go forward, so the run
// crosses the change.
import '../scripts/node-check.mjs';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [instant = '2031-03-09 06:59:00', zone = 'America/New_York'] = process.argv.slice(2);
const SUMMARY = 'node_modules/.cache/ld/test-summary.txt';
const wanted = Date.parse(`${instant.replace(/^@/, '').replace(' ', 'T')}Z`);
if (Number.isNaN(wanted)) {
  console.error(`Not an instant: ${instant} (write it as YYYY-MM-DD HH:MM:SS, in UTC)`);
  process.exit(1);
}
// libfaketime reads its start time as wall-clock time in the process's own zone.
const wall = new Intl.DateTimeFormat('sv-SE', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
}).format(wanted);
const spec = `@${wall}`;
const env = { ...process.env, TZ: zone, FORCE_COLOR: '0' };

const faketime = spawnSync('faketime', ['-f', spec, process.execPath, '-p', 'Date.now()'], {
  encoding: 'utf8',
  env,
});
if (faketime.error || faketime.status !== 0) {
  console.error(
    'faketime is missing: install it with `apt-get install faketime` (.ci/run does so).',
  );
  process.exit(1);
}
// The clock really moved: otherwise this run would prove nothing.
const moved = new Date(Number(faketime.stdout));
if (!(Math.abs(moved.getTime() - wanted) < 600_000)) {
  console.error(`faketime ${spec} in ${zone} gave ${moved.toISOString()}: the clock did not move.`);
  process.exit(1);
}

console.log(`▶ Chromium browser tests with the machine at ${moved.toISOString()}, TZ=${zone}`);
const run = spawnSync(
  'faketime',
  ['-f', spec, 'node_modules/.bin/wtr', '--config', 'web-test-runner.config.mjs'],
  { stdio: 'inherit', env },
);
const summary = (() => {
  try {
    return readFileSync(SUMMARY, 'utf8');
  } catch {
    return 'no results';
  }
})();
console.log(`Chromium, machine clock at ${moved.toISOString()} in ${zone}: ${summary}`);
process.exit(run.status ?? 1);
