/**
 * `npm run validate -- FILE`: checks any story pack and prints every problem
 * with its JSON path. Exit 0 when valid, 1 on problems, 2 on usage errors.
 */
import { readFileSync } from 'node:fs';
import { validatePack } from '../core/pack/validate';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const file = process.argv[2];
if (!file) fail('usage: npm run validate -- <story-pack.json>', 2);

let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`, 1);
}

let json: unknown;
try {
  json = JSON.parse(raw);
} catch (error) {
  fail(`${file} is not valid JSON: ${(error as Error).message}`, 1);
}

const result = validatePack(json);
if (!result.ok) {
  console.error(`${file}: ${result.problems.length} problem(s)`);
  for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}

const { pack } = result;
const seeds = pack.sources.filter((s) => s.role === 'seed').length;
console.log(
  `${file}: valid story pack "${pack.id}" v${pack.version}: ${seeds} seed sources, ${pack.entities.length} entities, ${pack.facts.length} facts, ${pack.discrepancies.length} discrepancies, ${pack.rules.length} rules, ${pack.checks.length} checks`,
);
