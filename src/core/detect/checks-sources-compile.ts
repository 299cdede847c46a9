/**
 * Build time: flags anchored on the outlets' own words.
 *
 * For every discrepancy in the pack and every outlet whose stance on it is "wrong" or
 * "differs", the outlet's excerpt becomes a detector: a page that carries the same
 * words (after normalisation, give or take a word) repeats what that outlet printed,
 * whether it is the article itself, a repost or a quotation of it. Everything comes
 * from the pack; no discrepancy has code of its own.
 *
 * Which excerpts may flag:
 * - distinctive ones only: at least MIN_WORDS words, MIN_CONTENT_WORDS of them not
 *   function words;
 * - the words that carry the error are those no correct text of the same discrepancy
 *   or facts has (an agreeing outlet's excerpt, the record). They must appear
 *   unchanged, so the detector never fires on the correct version ("October 14" for
 *   "November 14"). So must the words the discrepancy itself is about (the content
 *   words of its title and of the record's version: "Zelenskiy" in a spelling
 *   discrepancy), or a correct page quoting the same sentence with the record's
 *   spelling would be flagged. An excerpt with no error-carrying word of content (an
 *   omission is its missing word: "... a peace deal done," he said) cannot be a detector;
 * - a detector that would fire on any agreeing outlet's excerpt or record text
 *   anywhere in the pack is tightened to exact words, and dropped if even that fires.
 */
import { normalizePhrase } from '../text/normalize';
import { tokenize } from './checks-text';
import { alignsAnywhere } from './checks-sources';
import type { CompiledSourceDetector, FlagStrength } from './types';

/** The parts of a story pack the source detectors read (structural, so the pack schema can grow). */
export interface SourcePackInput {
  facts?: readonly {
    id: string;
    topic?: string;
    answer?: string;
    /** The record's own words for a quoted fact. */
    canonicalQuote?: string;
    sources?: Readonly<Record<string, { stance: string; excerpt?: string | null | undefined } | undefined>>;
  }[];
  discrepancies?: readonly {
    id: string;
    title?: string;
    type?: string;
    right?: string;
    factIds?: readonly string[];
    sources?: readonly { sourceId: string; stance: string; excerpt?: string | null | undefined }[];
  }[];
}

export const MIN_WORDS = 6;
export const MIN_CONTENT_WORDS = 3;

/** Function words of the seven languages: they do not make an excerpt distinctive. */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for with from and or but as is are was were be been it its this that these those he she they we you i me him her his ' +
    'their our your my not no so if then than there here which who whom what when where how why will would can could should may might must do does did ' +
    'has have had just also more most very about into over after before up out some any all such only own same other ' +
    'der die das den dem des ein eine einer einen und oder aber mit von zu im am auf fur ist sind war nicht sich er sie es ' +
    'le la les un une des du de et ou mais avec pour par sur dans est sont il elle ils ne pas que qui ' +
    'el los las unos unas y o pero con por para en es son su sus no que se lo ' +
    'i w na z do ze sie nie to jest o za od po ale jak ' +
    'и в на с по о что как не это он она они его ее за к из у а но ли же ' +
    'і в на з по про що як не це він вона вони його її за до із у а але чи ж'
  ).split(' '),
);

/** Words that frame a quotation rather than carry a claim: an omission cut before "Donetsk", followed by "he said", has no words of its own. */
const REPORTING_WORDS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'according',
  'stated',
  'reportedly',
  'sagte',
  'erklarte',
  'dit',
  'declare',
  'dijo',
  'afirmo',
  'powiedzial',
  'napisal',
  'сказал',
  'заявил',
  'сказав',
  'заявив',
]);

function isContentWord(x: string): boolean {
  return x.length >= 3 && !FUNCTION_WORDS.has(x);
}

const ACCEPTED = new Set(['wrong', 'differs']);

function words(text: string): string[] {
  return tokenize(normalizePhrase(text)).map((t) => t.w);
}

/** Every correct text in the pack: agreeing excerpts and the record, as word lists. */
function correctTexts(pack: SourcePackInput): string[][] {
  const out: string[][] = [];
  for (const f of pack.facts ?? []) {
    if (f.answer) out.push(words(f.answer));
    if (f.canonicalQuote) out.push(words(f.canonicalQuote));
    for (const s of Object.values(f.sources ?? {})) if (s?.stance === 'agrees' && s.excerpt) out.push(words(s.excerpt));
  }
  for (const d of pack.discrepancies ?? []) {
    if (d.right) out.push(words(d.right));
    for (const s of d.sources ?? []) if (s.stance === 'agrees' && s.excerpt) out.push(words(s.excerpt));
  }
  return out;
}

/** Words of the correct texts about one discrepancy: its agreeing outlets, its facts, its record. */
function correctVocabulary(pack: SourcePackInput, d: NonNullable<SourcePackInput['discrepancies']>[number]): Set<string> {
  const vocab = new Set<string>();
  const add = (text: string | null | undefined) => text && words(text).forEach((w) => vocab.add(w));
  add(d.right);
  for (const s of d.sources ?? []) if (s.stance === 'agrees') add(s.excerpt);
  for (const f of pack.facts ?? []) {
    if (!d.factIds?.includes(f.id)) continue;
    add(f.answer);
    add(f.canonicalQuote);
    for (const s of Object.values(f.sources ?? {})) if (s?.stance === 'agrees') add(s.excerpt);
  }
  return vocab;
}

/** Discrepancies about who did something: the excerpt may leave the doer unnamed. */
const AGENT_TYPES = new Set(['role-reversal', 'omission', 'misattribution']);

/** The doer the record names first ("Ushakov raised the idea ..."), for a discrepancy about who did it. */
function agentOf(d: NonNullable<SourcePackInput['discrepancies']>[number]): string | undefined {
  if (!d.type || !AGENT_TYPES.has(d.type) || !d.right) return undefined;
  const first = d.right.trim().split(/\s+/)[0] ?? '';
  // Only a name (a capitalised word that is not the sentence's article) is a doer.
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || FUNCTION_WORDS.has(first.toLowerCase())) return undefined;
  return words(first)[0];
}

export function compileSourceDetectors(pack: SourcePackInput): CompiledSourceDetector[] {
  const correct = correctTexts(pack);
  const topicOf = new Map((pack.facts ?? []).map((f) => [f.id, f.topic ?? 'call']));
  const byWords = new Map<string, CompiledSourceDetector>();
  for (const d of pack.discrepancies ?? []) {
    const vocab = correctVocabulary(pack, d);
    const about = new Set([...words(d.title ?? ''), ...words(d.right ?? '')].filter((x) => x.length >= 3 && !FUNCTION_WORDS.has(x)));
    for (const s of d.sources ?? []) {
      if (!ACCEPTED.has(s.stance) || !s.excerpt) continue;
      const w = words(s.excerpt);
      if (w.length < MIN_WORDS || w.filter(isContentWord).length < MIN_CONTENT_WORDS) continue;
      // At least one word that no correct text has and that says something (not "the", not "he said").
      if (!w.some((x) => !vocab.has(x) && isContentWord(x) && !REPORTING_WORDS.has(x))) continue;
      const key = w.map((x) => !vocab.has(x) || about.has(x));
      const signature = `${d.id}\u0000${w.join(' ')}`;
      const same = byWords.get(signature);
      if (same) {
        same.sourceIds.push(s.sourceId);
        if (s.stance === 'wrong') same.strength = 'wrong';
        continue;
      }
      const anchor = w.filter((x, i) => key[i]).reduce((a, b) => (b.length > a.length ? b : a));
      let maxEdits = w.length >= 16 ? 2 : 1;
      const detector: CompiledSourceDetector = {
        id: `src-${d.id}-${s.sourceId}`,
        discrepancyId: d.id,
        topic: topicOf.get(d.factIds?.[0] ?? '') ?? 'call',
        factIds: [...(d.factIds ?? [])],
        strength: s.stance as FlagStrength,
        sourceIds: [s.sourceId],
        words: w,
        key,
        maxEdits,
        anchor,
      };
      const agent = agentOf(d);
      if (agent && !w.includes(agent)) detector.rightAgent = agent;
      // Never fire on what an outlet got right, or on the record itself.
      while (maxEdits >= 0 && correct.some((text) => alignsAnywhere({ ...detector, maxEdits }, text))) maxEdits--;
      if (maxEdits < 0) continue;
      detector.maxEdits = maxEdits;
      byWords.set(signature, detector);
    }
  }
  return [...byWords.values()];
}
