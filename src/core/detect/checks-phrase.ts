/**
 * Literal phrases as word lists, matched against tokens. A word ending in "*" is a
 * stem: the token must start with it and have at most STEM_TAIL more letters. Phrases
 * are indexed by their first word, so finding every phrase at every token of a
 * sentence is a map lookup per token plus the few stems.
 */
import { normalizePhrase } from '../text/normalize';
import { STEM_TAIL } from './checks-lexicon';
import { tokenize, type Token } from './checks-text';

/** One phrase: its words, a trailing "*" marking a stem. */
export type WordList = string[];

/**
 * Word lists worked out ahead (by the build, for the built-in lexicons): a page then
 * looks them up instead of normalising every phrase on first use. A phrase missing from
 * it (an edited lexicon, a build without it) is worked out as before.
 */
let precomputed: ReadonlyMap<string, WordList> = new Map();

export function usePrecomputedWords(words: ReadonlyMap<string, WordList>): void {
  precomputed = words;
}

/** Build time (and first use for built-in lexicons): a phrase -> its normalised words. */
export function phraseWords(phrase: string): WordList {
  const known = precomputed.get(phrase);
  if (known) return [...known];
  const out: WordList = [];
  for (const part of normalizePhrase(phrase).split(/[ -]+/)) {
    const stem = part.endsWith('*');
    const words = tokenize(stem ? part.slice(0, -1) : part).map((t) => t.w);
    if (words.length === 0) continue;
    if (stem) words[words.length - 1] += '*';
    out.push(...words);
  }
  return out;
}

/** A stem ("ушаков") matches a word that starts with it and has at most STEM_TAIL more letters. */
function stemMatches(stem: string, token: string): boolean {
  return token.startsWith(stem) && token.length - stem.length <= STEM_TAIL;
}

function wordMatches(pattern: string, token: string): boolean {
  if (pattern.charCodeAt(pattern.length - 1) !== 0x2a) return pattern === token;
  const stem = pattern.length - 1;
  if (token.length < stem || token.length > stem + STEM_TAIL) return false;
  for (let k = 0; k < stem; k++) if (token.charCodeAt(k) !== pattern.charCodeAt(k)) return false;
  return true;
}

/** End of the longest of `phrases` that starts at token i and ends after `best`, else `best`. */
function longest(phrases: readonly WordList[], tokens: readonly Token[], i: number, best: number): number {
  outer: for (const p of phrases) {
    if (i + p.length > tokens.length || i + p.length <= best) continue;
    for (let k = 0; k < p.length; k++) if (!wordMatches(p[k]!, tokens[i + k]!.w)) continue outer;
    best = i + p.length;
  }
  return best;
}

/** Letters of a stem's start that phrases beginning with a stem are looked up by. */
const STEM_KEY = 3;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class PhraseSet {
  private readonly byFirst = new Map<string, WordList[]>();
  private readonly stemFirst: WordList[] = [];
  /**
   * Phrases starting with a stem, by the stem's first STEM_KEY letters: a token tries only
   * those its own start can match, not every stem of the set (sets hold hundreds).
   */
  private readonly stemByKey = new Map<string, WordList[]>();
  /** Phrases starting with a stem shorter than STEM_KEY letters, tried at every token. */
  private readonly shortStemFirst: WordList[] = [];

  constructor(phrases: readonly WordList[]) {
    for (const p of phrases) {
      if (p.length === 0) continue;
      if (!p[0]!.endsWith('*')) pushTo(this.byFirst, p[0]!, p);
      else {
        this.stemFirst.push(p);
        if (p[0]!.length - 1 < STEM_KEY) this.shortStemFirst.push(p);
        else pushTo(this.stemByKey, p[0]!.slice(0, STEM_KEY), p);
      }
    }
  }

  /** The first words of the phrases: exact words and stems (without their "*"). */
  firstWords(): { exact: string[]; stems: string[] } {
    return { exact: [...this.byFirst.keys()], stems: this.stemFirst.map((p) => p[0]!.slice(0, -1)) };
  }

  static of(phrases: readonly string[]): PhraseSet {
    return new PhraseSet(phrases.map(phraseWords));
  }

  /** End (exclusive token index) of the longest phrase starting at token i, or -1. */
  matchAt(tokens: readonly Token[], i: number): number {
    let best = -1;
    const exact = this.byFirst.get(tokens[i]!.w);
    if (exact) best = longest(exact, tokens, i, best);
    if (this.stemFirst.length === 0) return best;
    const w = tokens[i]!.w;
    if (w.length >= STEM_KEY) {
      const stems = this.stemByKey.get(w.slice(0, STEM_KEY));
      if (stems) best = longest(stems, tokens, i, best);
    }
    if (this.shortStemFirst.length > 0) best = longest(this.shortStemFirst, tokens, i, best);
    return best;
  }

  /** Every match in tokens[from, to) as [start, end) token indices, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): [number, number][] {
    const out: [number, number][] = [];
    for (let i = from; i < to; i++) {
      const end = this.matchAt(tokens, i);
      if (end > 0 && end <= to) out.push([i, end]);
    }
    return out;
  }

  /** True when some phrase occurs in tokens[from, to). */
  any(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    for (let i = from; i < to; i++) {
      const end = this.matchAt(tokens, i);
      if (end > 0 && end <= to) return true;
    }
    return false;
  }
}

const NONE: readonly number[] = [];
/** Distinct words remembered per index before the memory is dropped and filled again. */
const SEEN_MAX = 20_000;

/**
 * Which of several phrase sets may occur in a sentence, from one pass over its words:
 * a map lookup per word for exact first words, and for stems a lookup by their first
 * three letters. Built once per matcher; a sentence with none of a set's first words
 * skips that set's word-by-word matching.
 */
export class FirstWordIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, [string, number][]>();
  /** Stems shorter than the three-letter key, tried on every word. */
  private readonly shortStems: [string, number][] = [];

  constructor(sets: readonly PhraseSet[]) {
    sets.forEach((set, id) => {
      const { exact, stems } = set.firstWords();
      for (const w of exact) {
        const list = this.exact.get(w) ?? [];
        list.push(id);
        this.exact.set(w, list);
      }
      for (const stem of stems) {
        if (stem.length < 3) {
          this.shortStems.push([stem, id]);
          continue;
        }
        const key = stem.slice(0, 3);
        const list = this.stems.get(key) ?? [];
        list.push([stem, id]);
        this.stems.set(key, list);
      }
    });
    this.size = sets.length;
  }

  readonly size: number;

  /**
   * For each set `id`, 1 + the index of the first of `tokens` that is one of its first
   * words, or 0 when none is: no phrase of the set starts before that token.
   */
  present(tokens: readonly Token[]): Int32Array {
    const out = new Int32Array(this.size);
    for (let i = 0; i < tokens.length; i++) {
      for (const id of this.setsOf(tokens[i]!.w)) if (out[id] === 0) out[id] = i + 1;
    }
    return out;
  }

  /** Words already looked at, with the sets they start: a page repeats its words. */
  private readonly seen = new Map<string, readonly number[]>();

  /** The sets that have `w` as a first word (exact or by stem). */
  private setsOf(w: string): readonly number[] {
    let ids = this.seen.get(w);
    if (ids !== undefined) return ids;
    const found: number[] = [...(this.exact.get(w) ?? [])];
    if (w.length >= 3) for (const [stem, id] of this.stems.get(w.slice(0, 3)) ?? []) if (stemMatches(stem, w)) found.push(id);
    for (const [stem, id] of this.shortStems) if (stemMatches(stem, w)) found.push(id);
    ids = found.length > 0 ? found : NONE;
    if (this.seen.size >= SEEN_MAX) this.seen.clear();
    this.seen.set(w, ids);
    return ids;
  }
}

const setOfList = new WeakMap<readonly WordList[], PhraseSet>();

/**
 * The PhraseSet of a pack's compiled word list, made once per list: the claim checks are
 * prepared one by one before a matcher is created (to keep each task short), and the
 * matcher's own preparation then finds the sets made.
 */
export function phraseSetOf(phrases: readonly WordList[]): PhraseSet {
  let set = setOfList.get(phrases);
  if (!set) {
    set = new PhraseSet(phrases);
    setOfList.set(phrases, set);
  }
  return set;
}

/** A PhraseSet made once per list, on first use. */
export function lazyPhrases(list: readonly string[]): () => PhraseSet {
  let set: PhraseSet | undefined;
  return () => (set ??= PhraseSet.of(list));
}
