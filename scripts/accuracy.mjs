#!/usr/bin/env node
// `npm run accuracy`: build, run the accuracy suite in Chromium and Firefox ESR, and
// write docs/accuracy.md from its figures (scripts/accuracy-report.ts). The report is
// written even when a floor fails, so the figures that failed can be read; the exit
// code is the suite's.
import { capture, npxBin, run } from './run.mjs';

if ((await run('node', ['scripts/build.mjs'])) !== 0) process.exit(1);
const suite = await run(npxBin('vitest'), ['run', '-c', 'vitest.e2e.config.ts', 'tests/e2e/accuracy.e2e.ts']);
const render = await capture(npxBin('tsx'), ['scripts/accuracy-report.ts']);
process.stdout.write(render.stdout);
process.exit(suite || render.code);
