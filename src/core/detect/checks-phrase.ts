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

/** Build time (and first use for built-in lexicons): a phrase -> its normalised words. */
export function phraseWords(phrase: string): WordList {
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

function wordMatches(pattern: string, token: string): boolean {
  if (!pattern.endsWith('*')) return pattern === token;
  const stem = pattern.slice(0, -1);
  return token.startsWith(stem) && token.length - stem.length <= STEM_TAIL;
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

export class PhraseSet {
  private readonly byFirst = new Map<string, WordList[]>();
  private readonly stemFirst: WordList[] = [];

  constructor(phrases: readonly WordList[]) {
    for (const p of phrases) {
      if (p.length === 0) continue;
      if (p[0]!.endsWith('*')) this.stemFirst.push(p);
      else {
        const list = this.byFirst.get(p[0]!) ?? [];
        list.push(p);
        this.byFirst.set(p[0]!, list);
      }
    }
  }

  /**
   * False when no phrase can occur in a text with these words (and first three letters
   * of words): a quick test before looking at every word.
   */
  mayOccur(words: ReadonlySet<string>, prefixes: ReadonlySet<string>): boolean {
    if (words.size < this.byFirst.size) {
      for (const w of words) if (this.byFirst.has(w)) return true;
    } else {
      for (const first of this.byFirst.keys()) if (words.has(first)) return true;
    }
    for (const p of this.stemFirst) {
      const stem = p[0]!.slice(0, -1);
      if (stem.length < 3 || prefixes.has(stem.slice(0, 3))) return true;
    }
    return false;
  }

  static of(phrases: readonly string[]): PhraseSet {
    return new PhraseSet(phrases.map(phraseWords));
  }

  /** End (exclusive token index) of the longest phrase starting at token i, or -1. */
  matchAt(tokens: readonly Token[], i: number): number {
    let best = -1;
    const exact = this.byFirst.get(tokens[i]!.w);
    if (exact) best = longest(exact, tokens, i, best);
    if (this.stemFirst.length > 0) best = longest(this.stemFirst, tokens, i, best);
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

/** A PhraseSet made once per list, on first use. */
export function lazyPhrases(list: readonly string[]): () => PhraseSet {
  let set: PhraseSet | undefined;
  return () => (set ??= PhraseSet.of(list));
}
