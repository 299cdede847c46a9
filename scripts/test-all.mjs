#!/usr/bin/env node
// `npm test`: every check Lateral ships behind, in order, stopping at the first failure.
//   1. browsers present (installs Debian's chromium / firefox-esr as root when missing)
//   2. both builds   3. type check   4. ESLint and Prettier (0 errors, 0 warnings)
//   5. unit tests   6. web-ext lint (0 errors, 0 warnings)
//   7. end-to-end tests against the built extension in headless Chromium and Firefox ESR
// It ends with one line "N passed, N failed" summing the unit and e2e test counts.
import { mkdirSync, readFileSync } from 'node:fs';
import { capture, npxBin, run } from './run.mjs';

mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(title) {
  console.log(`\n=== ${title}`);
}
function fail(message) {
  console.error(`\nnpm test failed: ${message}`);
  console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
  process.exit(1);
}
function countVitest(file, label) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const passed = report.numPassedTests;
  const failed = report.numFailedTests;
  const skipped = report.numPendingTests + report.numTodoTests;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped (${report.numTotalTests} total)`);
  if (report.numTotalTests === 0) fail(`${label} ran no test`);
  return report;
}

step('browsers');
if ((await run('node', ['scripts/ensure-browsers.mjs'])) !== 0) fail('a test browser is missing (see above)');

step('build (dist/chrome, dist/firefox)');
if ((await run('node', ['scripts/build.mjs'])) !== 0) fail('the build failed');

step('type check');
if ((await run(npxBin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) !== 0) fail('type errors');

step('lint (ESLint with the layer rules, Prettier)');
if ((await run(npxBin('eslint'), ['.', '--max-warnings', '0'])) !== 0) fail('ESLint reported problems');
if ((await run(npxBin('prettier'), ['--check', '--log-level', 'warn', '.'])) !== 0) fail('files not formatted (npm run format)');

step('unit tests');
const unitCode = await run(npxBin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/unit-report.json']);
countVitest('.tmp/unit-report.json', 'unit');
if (unitCode !== 0) fail('unit tests failed');

step('web-ext lint dist/firefox');
const lint = await capture(npxBin('web-ext'), [
  'lint',
  '--source-dir',
  'dist/firefox',
  '--self-hosted',
  '--output',
  'json',
  '--no-config-discovery',
]);
let summary;
try {
  summary = JSON.parse(lint.stdout).summary;
} catch {
  console.log(lint.stdout);
  fail('web-ext lint printed no JSON report');
}
console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
if (summary.errors > 0 || summary.warnings > 0) {
  console.log(lint.stdout);
  fail('web-ext lint reported errors or warnings');
}

step('end-to-end tests (Chromium, Firefox ESR)');
const e2eCode = await run(npxBin('vitest'), [
  'run',
  '-c',
  'vitest.e2e.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/e2e-report.json',
]);
const e2e = countVitest('.tmp/e2e-report.json', 'e2e');
for (const browser of ['chromium', 'firefox']) {
  const ran = e2e.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status === 'passed' && test.ancestorTitles.some((title) => title.toLowerCase().startsWith(browser)));
  console.log(`e2e in ${browser}: ${ran.length} passed`);
  if (ran.length === 0) fail(`no end-to-end test ran in ${browser}`);
}
if (e2eCode !== 0) fail('end-to-end tests failed');

console.log(`\nAll checks passed.${totals.skipped ? ` (${totals.skipped} skipped, listed above)` : ''}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
