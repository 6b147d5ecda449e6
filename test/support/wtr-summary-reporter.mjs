import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts results across every test file and writes one plain line for `npm test` to print last. */
export function summaryReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(walk);
      };
      let broken = 0;
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && session.errors?.length) broken++;
      }
      const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${broken ? `, ${broken} test files failed to run` : ''}`;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, line);
      console.log(`\n${line}`);
    },
  };
}
