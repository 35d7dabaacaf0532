// CI reads a closing line "N passed, N failed" alone on a line; the runner's own summary
// shares its line with a progress bar. A test file that fails to load counts as one
// failure, so a broken import can never pass as "0 failed".
function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      // The Node tests that ran before (scripts/test.mjs) are part of the same count.
      const node = JSON.parse(process.env.STEMHULP_NODE_TOTALS || '{}');
      const totals = { passed: node.passed ?? 0, failed: node.failed ?? 0, skipped: node.skipped ?? 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        const sessionFailedOutsideTests = !session.passed && totals.failed === before;
        if (sessionFailedOutsideTests) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the runner has closed its dynamic terminal output.
      setTimeout(() => console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`));
    },
  };
}
