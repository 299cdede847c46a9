/**
 * `npm run claimreview -- export PACK.json [--out FILE] [--url REVIEW_PAGE] [--date YYYY-MM-DD]`
 *   writes the pack's discrepancies as schema.org ClaimReview JSON-LD (stdout by default).
 * `npm run claimreview -- import FEED.json [--id ID] [--title TITLE] [--out FILE]`
 *   turns a ClaimReview file or feed into a minimal story pack whose claims are flags.
 * Exit 0 on success, 1 on problems (each printed with its JSON path), 2 on usage errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exportClaimReviews } from '../core/claimreview/export';
import { importClaimReviews } from '../core/claimreview/import';
import { validatePack } from '../core/pack/validate';

const USAGE =
  'usage: npm run claimreview -- export PACK.json [--out FILE] [--url URL] [--date YYYY-MM-DD]\n       npm run claimreview -- import FEED.json [--id ID] [--title TITLE] [--out FILE]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const [command, file, ...rest] = process.argv.slice(2);
const flags = new Map<string, string>();
for (let i = 0; i < rest.length; i += 2) {
  const key = rest[i]!;
  const value = rest[i + 1];
  if (!key.startsWith('--') || value === undefined) fail(USAGE, 2);
  flags.set(key.slice(2), value);
}
if (!file || (command !== 'export' && command !== 'import')) fail(USAGE, 2);

let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`${file}: ${(error as Error).message}`, 1);
}

function write(value: unknown, summary: string): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const out = flags.get('out');
  if (out) {
    writeFileSync(out, text);
    console.error(`${summary} -> ${out}`);
  } else {
    process.stdout.write(text);
    console.error(summary);
  }
}

if (command === 'export') {
  const result = validatePack(json);
  if (!result.ok)
    fail(`${file}: ${result.problems.length} problem(s)\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`, 1);
  const date = flags.get('date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('--date is YYYY-MM-DD', 2);
  const graph = exportClaimReviews(result.pack, { reviewUrl: flags.get('url'), datePublished: date });
  write(graph, `${graph['@graph'].length} ClaimReview(s) from "${result.pack.id}"`);
} else {
  const result = importClaimReviews(json, { id: flags.get('id'), title: flags.get('title') });
  if (!result.ok)
    fail(`${file}: ${result.problems.length} problem(s)\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`, 1);
  for (const note of result.notes) console.error(`note: ${note}`);
  write(result.pack, `story pack "${result.pack.id}" with ${result.pack.discrepancies.length} flag(s)`);
}
