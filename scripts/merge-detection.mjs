#!/usr/bin/env node
// Copy the detection engine's rules and checks into the story pack.
// The pack (data/witkoff-ushakov.json) is edited by several people: this script
// re-reads it from disk, replaces ONLY its `gate`, `period`, `rules` and `checks` keys with the ones
// in data/detection/witkoff-ushakov.rules.json, and writes it back (2-space JSON +
// newline), so every other key stays exactly as its owner left it.
// Usage: node scripts/merge-detection.mjs [pack.json] [rules.json]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packPath = process.argv[2] ?? `${root}data/witkoff-ushakov.json`;
const rulesPath = process.argv[3] ?? `${root}data/detection/witkoff-ushakov.rules.json`;

if (!existsSync(packPath)) {
  console.error(`merge-detection: ${packPath} does not exist yet; nothing to merge.`);
  process.exit(1);
}
const detection = JSON.parse(readFileSync(rulesPath, 'utf8'));
if (!Array.isArray(detection.rules) || !Array.isArray(detection.checks)) {
  console.error(`merge-detection: ${rulesPath} needs "rules" and "checks" arrays.`);
  process.exit(1);
}
const pack = JSON.parse(readFileSync(packPath, 'utf8'));
pack.gate = detection.gate;
if (detection.period) pack.period = detection.period;
else delete pack.period;
pack.rules = detection.rules;
pack.checks = detection.checks;
writeFileSync(packPath, `${JSON.stringify(pack, null, 2)}\n`);
console.log(`merge-detection: ${detection.rules.length} rules, ${detection.checks.length} checks -> ${packPath}`);
