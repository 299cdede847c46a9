/**
 * `npm run validate -- FILE [--seeds DIR]`: checks any story pack and prints its problems
 * with their JSON paths (the first MAX_LISTED, then how many more). When the seed
 * articles are at hand it also measures what the pack quotes from each of them: every
 * excerpt must be found verbatim and no outlet quoted past its budget. Exit codes are in HELP.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCERPT_BUDGET, checkExcerptBudget, excerptShare } from '../core/pack/excerpt-budget';
import { placeholders, unfilledMessage } from '../core/pack-install/check';
import type { StoryPack } from '../core/pack/schema';
import { formatPath, validatePack, type Problem } from '../core/pack/validate';
import { describeBytes, EXIT, InputError, readLimited, UsageError } from './input';

/** A story pack is a few hundred kilobytes; anything past this is not one. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
/** A seed article is a few thousand words; anything past this is not one. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;
/** Problems printed before the rest are only counted. */
export const MAX_LISTED = 50;
/** Where the seed articles sit beside a checkout: ../shared/seeds, as in CI. */
export const DEFAULT_SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

const USAGE = 'usage: npm run validate -- <story-pack.json>|- [--seeds DIR]';

export const HELP = `${USAGE}

Checks a story pack against Lateral's schema and cross-references and prints every
problem with its JSON path (the first ${MAX_LISTED}, then how many more). Files up to
${describeBytes(MAX_PACK_BYTES)} are read.

With the seed articles (each seed's seedFile in DIR; by default ../shared/seeds beside
the checkout, skipped with a note when it is not there) it also checks that every
excerpt and headline is found verbatim in its article and that the pack quotes at most
${EXCERPT_BUDGET * 100}% of any one article's words.

A pack written by \`npm run pack:new\` is refused until every text that says "Replace…"
is filled in, as the options page refuses to install it.

Exit codes:
  0  the pack is valid
  1  the pack has problems, still holds "Replace…" texts, is not JSON, or cannot be read (missing, too large)
  2  usage mistake (no file, more than one file, unknown option, --seeds without DIR)`;

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

interface Args {
  file: string;
  /** Named with --seeds; otherwise DEFAULT_SEED_DIR, when it exists. */
  seeds?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let seeds: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seeds' || a.startsWith('--seeds=')) {
      const value = a === '--seeds' ? argv[++i] : a.slice('--seeds='.length);
      if (!value || value.startsWith('-')) throw new UsageError(`--seeds needs a folder\n${USAGE}`);
      seeds = value;
    } else if (a === '-' || !a.startsWith('-')) files.push(a);
    else throw new UsageError(`unknown option ${a}\n${USAGE}`);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? USAGE : `one pack at a time\n${USAGE}`);
  return { file: files[0]!, ...(seeds !== undefined ? { seeds } : {}) };
}

interface SeedCheck {
  problems: Problem[];
  /** What was measured, or why nothing was. */
  notes: string[];
}

/**
 * Reads each seed's article from `dir` and measures the pack against it. Seed file
 * names are bare .txt names (the schema refuses paths), so nothing outside `dir` is read.
 */
function checkAgainstSeeds(pack: StoryPack, dir: string): SeedCheck {
  const articles = new Map<string, string>();
  const absent: string[] = [];
  for (const s of pack.sources) {
    if (s.role !== 'seed') continue;
    const path = join(dir, s.seedFile);
    if (existsSync(path)) articles.set(s.id, readLimited(path, MAX_SEED_BYTES).toString('utf8'));
    else absent.push(s.seedFile);
  }
  const problems: Problem[] = [];
  const shares: string[] = [];
  for (const s of pack.sources) {
    const article = articles.get(s.id);
    if (s.role !== 'seed' || article === undefined) continue;
    const share = excerptShare(pack, s.id, article);
    for (const q of share.notFound) problems.push({ path: formatPath(q.path), message: `not found verbatim in ${s.seedFile}` });
    shares.push(`${s.id} ${(share.share * 100).toFixed(1)}%`);
  }
  for (const p of checkExcerptBudget(pack, articles)) problems.push({ path: formatPath(p.path), message: p.message });
  const notes = [];
  if (shares.length > 0)
    notes.push(`excerpt budget (at most ${EXCERPT_BUDGET * 100}% of each article, seeds in ${dir}): ${shares.join(', ')}`);
  if (absent.length > 0) notes.push(`not in ${dir}, so not measured: ${absent.join(', ')}`);
  return { problems, notes };
}

/** The folder to measure against, or a note saying why the budget was not measured. */
function seedFolder(named: string | undefined): string | { note: string } {
  const dir = named ?? DEFAULT_SEED_DIR;
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Missing: handled below.
  }
  if (isDir) return dir;
  if (named !== undefined) throw new InputError(`cannot read the seed folder ${named}: not a directory`);
  return { note: `excerpt budget not measured: no seed articles at ${dir} (name their folder with --seeds DIR)` };
}

export function runValidate(argv: readonly string[]): Outcome {
  if (argv.includes('--help') || argv.includes('-h')) return { code: EXIT.ok, out: [HELP], err: [] };
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    return { code: EXIT.usage, out: [], err: [(error as Error).message] };
  }
  const { file } = args;
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
  // A pack:new skeleton is well formed, but the options page refuses it until every
  // "Replace" text is filled in: the author hears that here too, with every place left.
  const unfilled = placeholders(json);
  const unfilledLines =
    unfilled.length > 0
      ? [
          `${file}: ${unfilledMessage(unfilled.length)} (the options page will not install it until then):`,
          ...cappedProblems(unfilled.map((path) => ({ path, message: 'still says "Replace…"' }))),
        ]
      : [];
  if (!result.ok) {
    return {
      code: EXIT.invalid,
      out: [],
      err: [`${file}: ${result.problems.length} problem(s)`, ...cappedProblems(result.problems), ...unfilledLines],
    };
  }
  if (unfilled.length > 0) return { code: EXIT.invalid, out: [], err: unfilledLines };
  const { pack } = result;
  let seeds: SeedCheck;
  try {
    const dir = seedFolder(args.seeds);
    seeds = typeof dir === 'string' ? checkAgainstSeeds(pack, dir) : { problems: [], notes: [dir.note] };
  } catch (error) {
    return { code: EXIT.invalid, out: [], err: [(error as Error).message] };
  }
  if (seeds.problems.length > 0) {
    return {
      code: EXIT.invalid,
      out: [],
      err: [`${file}: ${seeds.problems.length} problem(s) against its seed articles`, ...cappedProblems(seeds.problems), ...seeds.notes],
    };
  }
  const seedCount = pack.sources.filter((s) => s.role === 'seed').length;
  return {
    code: EXIT.ok,
    out: [
      `${file}: valid story pack "${pack.id}" v${pack.version}: ${seedCount} seed sources, ${pack.entities.length} entities, ${pack.facts.length} facts, ${pack.discrepancies.length} discrepancies, ${pack.rules.length} rules, ${pack.checks.length} checks`,
      ...seeds.notes,
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
