/**
 * `npx tsx scripts/accuracy-phrase-audit.ts [rules.json]`
 *
 * Lists the detection rules' phrases of two or more words that equal a labelled phrase of
 * a set open for tuning (../shared/dev-corpus, tests/accuracy/{tune,blind}; sealed splits are never read),
 * normalised the way pages are: a rule that only exists because one page said it shows
 * up here. Names, the plan's number and the guide's own examples are expected; a phrase
 * that reads like one article's wording belongs in a word class (rules-schema `compose`).
 * Composed rules' head words are single words and never listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizePhrase } from '../src/core/text/normalize';

const root = fileURLToPath(new URL('..', import.meta.url));
const rulesPath = process.argv[2] ?? `${root}data/detection/witkoff-ushakov.rules.json`;
/** The splits open for tuning; every other one (frozen, blind4, blind7, ...) is sealed and never read. */
const OPEN = ['tune', 'blind', 'blind2', 'blind3', 'look4', 'blind5', 'blind6', 'look8'];

interface Expectations {
  [page: string]: { mustHighlight?: { text: string }[]; mustNotHighlight?: { text: string }[] };
}

const sets = [`${root}../shared/dev-corpus`, ...OPEN.map((d) => `${root}tests/accuracy/${d}`)].filter((dir) =>
  existsSync(`${dir}/expectations.json`),
);
const labelled = new Set<string>();
for (const dir of sets) {
  const pages = JSON.parse(readFileSync(`${dir}/expectations.json`, 'utf8')) as Expectations;
  for (const page of Object.values(pages))
    for (const x of [...(page.mustHighlight ?? []), ...(page.mustNotHighlight ?? [])]) labelled.add(normalizePhrase(x.text));
}

/** A rule phrase as a test of a labelled phrase: its stems ("ушаков*") take a few letters. */
function fits(phrase: string): (text: string) => boolean {
  const words = normalizePhrase(phrase).split(/[ -]+/);
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${words.map((w) => (w.endsWith('*') ? `${esc(w.slice(0, -1))}\\p{L}{0,4}` : esc(w))).join('[ -]')}$`, 'u');
  return (text) => re.test(text);
}

const { rules } = JSON.parse(readFileSync(rulesPath, 'utf8')) as { rules: { id: string; phrases: string[] }[] };
let count = 0;
for (const rule of rules) {
  for (const phrase of rule.phrases) {
    if (normalizePhrase(phrase).split(/[ -]+/).length < 2) continue;
    const test = fits(phrase);
    if ([...labelled].some(test)) {
      console.log(`${rule.id}\t${phrase}`);
      count++;
    }
  }
}
console.log(
  `${count} rule phrases of two or more words equal a labelled phrase (${labelled.size} labelled phrases in ${sets.length} sets)`,
);
