/**
 * `npm run validate -- FILE`: checks any story pack and prints its problems with their
 * JSON paths (the first MAX_LISTED, then how many more). Exit codes are in HELP.
 */
import { fileURLToPath } from 'node:url';
import { validatePack } from '../core/pack/validate';
import { describeBytes, EXIT, readLimited, UsageError } from './input';

/** A story pack is a few hundred kilobytes; anything past this is not one. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
/** Problems printed before the rest are only counted. */
export const MAX_LISTED = 50;

const USAGE = 'usage: npm run validate -- <story-pack.json>|-';

export const HELP = `${USAGE}

Checks a story pack against Lateral's schema and cross-references and prints every
problem with its JSON path (the first ${MAX_LISTED}, then how many more). Files up to
${describeBytes(MAX_PACK_BYTES)} are read.

Exit codes:
  0  the pack is valid
  1  the pack has problems, is not JSON, or cannot be read (missing, too large)
  2  usage mistake (no file, more than one file, unknown option)`;

export interface Outcome {
  code: number;
  out: string[];
  err: string[];
}

/** The problem list, capped: the first `max` lines, then "… and N more". */
export function cappedProblems(problems: readonly { path: string; message: string }[], max = MAX_LISTED): string[] {
  const lines = problems.slice(0, max).map((p) => `  ${p.path}: ${p.message}`);
  if (problems.length > max) lines.push(`  … and ${problems.length - max} more`);
  return lines;
}

function parseArgs(argv: readonly string[]): string {
  const files = argv.filter((a) => a === '-' || !a.startsWith('-'));
  const unknown = argv.find((a) => a !== '-' && a.startsWith('-'));
  if (unknown) throw new UsageError(`unknown option ${unknown}\n${USAGE}`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? USAGE : `one pack at a time\n${USAGE}`);
  return files[0]!;
}

export function runValidate(argv: readonly string[]): Outcome {
  if (argv.includes('--help') || argv.includes('-h')) return { code: EXIT.ok, out: [HELP], err: [] };
  let file: string;
  try {
    file = parseArgs(argv);
  } catch (error) {
    return { code: EXIT.usage, out: [], err: [(error as Error).message] };
  }
  let json: unknown;
  try {
    const text = readLimited(file, MAX_PACK_BYTES).toString('utf8');
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { code: EXIT.invalid, out: [], err: [`${file} is not valid JSON: ${(error as Error).message}`] };
    }
  } catch (error) {
    return { code: EXIT.invalid, out: [], err: [(error as Error).message] };
  }
  const result = validatePack(json);
  if (!result.ok) {
    return { code: EXIT.invalid, out: [], err: [`${file}: ${result.problems.length} problem(s)`, ...cappedProblems(result.problems)] };
  }
  const { pack } = result;
  const seeds = pack.sources.filter((s) => s.role === 'seed').length;
  return {
    code: EXIT.ok,
    out: [
      `${file}: valid story pack "${pack.id}" v${pack.version}: ${seeds} seed sources, ${pack.entities.length} entities, ${pack.facts.length} facts, ${pack.discrepancies.length} discrepancies, ${pack.rules.length} rules, ${pack.checks.length} checks`,
    ],
    err: [],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, out, err } = runValidate(process.argv.slice(2));
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  if (err.length > 0) process.stderr.write(`${err.join('\n')}\n`);
  process.exitCode = code;
}
