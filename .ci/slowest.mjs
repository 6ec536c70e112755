// Reads Playwright's JSON report and prints the 10 slowest tests with the share of its own timeout
// each used. A test that needs more than half its limit on this machine is named as such: a busy
// machine (CI, a fresh machine installing) can double it and turn a pass into a time-out. It is told,
// not failed here: the limit itself is what fails a test, and the closing notes report this table.
//   node .ci/slowest.mjs end2end/reports/results.json
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "end2end/reports/results.json";
const report = JSON.parse(readFileSync(file, "utf8"));
const rows = [];
function walk(suite, titles) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      for (const result of test.results ?? []) {
        if (result.status === "skipped") continue;
        rows.push({ title: [...titles, spec.title].join(" › "), project: test.projectName, ms: result.duration, limit: test.timeout || 60_000, status: result.status });
      }
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.title].filter(Boolean));
}
for (const suite of report.suites ?? []) walk(suite, [suite.title]);
rows.sort((a, b) => b.ms / b.limit - a.ms / a.limit);
const pct = (r) => Math.round((100 * r.ms) / r.limit);
console.log(`Slowest tests against their own timeout (${rows.length} run):`);
for (const r of rows.slice(0, 10)) {
  console.log(`  ${String(pct(r)).padStart(3)} %  ${(r.ms / 1000).toFixed(1).padStart(6)} s of ${r.limit / 1000} s  [${r.project}] ${r.title}${r.status === "passed" ? "" : ` (${r.status})`}`);
}
const over = rows.filter((r) => r.ms > r.limit / 2);
console.log(over.length ? `WARNING: ${over.length} test(s) used more than half of their timeout` : "Every test used at most half of its timeout.");
