/**
 * Re-renders bench/RESULTS.md from bench/results.json (e.g. after editing
 * bench/notes.md) without running the benchmark again:
 *   node --import tsx bench/render.ts [results.json] [RESULTS.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeTargets, renderReport } from './lib/report.ts';
import type { Results } from './lib/types.ts';

const jsonFile = resolve(process.argv[2] ?? resolve(import.meta.dirname, 'results.json'));
const mdFile = resolve(process.argv[3] ?? resolve(import.meta.dirname, 'RESULTS.md'));
const results = JSON.parse(readFileSync(jsonFile, 'utf8'), (_key, value: unknown) => (value === null ? Number.NaN : value)) as Results;
results.targets = computeTargets(results);
writeFileSync(mdFile, renderReport(results, results.targets));
console.log(`wrote ${mdFile}`);
