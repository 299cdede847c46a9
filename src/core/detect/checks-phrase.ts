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

  static of(phrases: readonly string[]): PhraseSet {
    return new PhraseSet(phrases.map(phraseWords));
  }

  /** End (exclusive token index) of the longest phrase starting at token i, or -1. */
  matchAt(tokens: readonly Token[], i: number): number {
    let best = -1;
    const first = tokens[i]!.w;
    const consider = (p: WordList) => {
      if (i + p.length > tokens.length || i + p.length <= best) return;
      for (let k = 0; k < p.length; k++) if (!wordMatches(p[k]!, tokens[i + k]!.w)) return;
      best = i + p.length;
    };
    for (const p of this.byFirst.get(first) ?? []) consider(p);
    for (const p of this.stemFirst) consider(p);
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
