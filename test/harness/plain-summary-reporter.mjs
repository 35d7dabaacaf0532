// CI reads a closing line "N passed, N failed" alone on a line; the runner's own summary
// shares its line with a progress bar. A test file that fails to load counts as one
// failure, so a broken import can never pass as "0 failed".
//
// Under `npm test` (test/harness/test-engines.mjs, one run per engine) the counts also go to
// TEST_SUMMARY_FILE and the line is labelled with the engine; the plain closing line is
// then the sum, printed by test-engines.mjs after the last engine.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

/** @param {{ engine?: string }} [options] */
export function plainSummaryReporter({ engine } = {}) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        const sessionFailedOutsideTests = !session.passed && totals.failed === before;
        if (sessionFailedOutsideTests) totals.failed++;
      }
      const file = process.env.TEST_SUMMARY_FILE;
      if (file) writeFileSync(file, JSON.stringify({ engine, ...totals }));
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      const label = file && engine ? `${engine}: ` : '';
      // Printed after the runner has closed its dynamic terminal output.
      setTimeout(() => console.log(`\n${label}${totals.passed} passed, ${totals.failed} failed${skipped}`));
    },
  };
}
