/**
 * Literal phrases as word lists, matched against tokens. A word ending in "*" is a
 * stem: the token must start with it and have at most STEM_TAIL more letters. Phrases
 * are indexed by their first word and the words after it form a tree, so finding every
 * phrase at every token of a sentence is a map lookup per word plus the few stems.
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

/**
 * The words after a phrase's first, as a tree: phrases that share their start share
 * nodes, so a set with hundreds of phrases after one common word ("the …", "his …") is
 * matched a lookup per word rather than phrase by phrase.
 */
class WordNode {
  /** Some phrase ends here. */
  end = false;
  private exact: Map<string, WordNode> | undefined;
  private stems: [string, WordNode][] | undefined;

  add(words: WordList, k: number): void {
    if (k === words.length) {
      this.end = true;
      return;
    }
    const word = words[k]!;
    let next: WordNode | undefined;
    if (word.endsWith('*')) {
      const stem = word.slice(0, -1);
      this.stems ??= [];
      next = this.stems.find(([s]) => s === stem)?.[1];
      if (!next) this.stems.push([stem, (next = new WordNode())]);
    } else {
      this.exact ??= new Map();
      next = this.exact.get(word);
      if (!next) this.exact.set(word, (next = new WordNode()));
    }
    next.add(words, k + 1);
  }

  /** End (exclusive token index) of the longest phrase through this node, tokens[i] being its next word; else -1. */
  deepest(tokens: readonly Token[], i: number): number {
    let best = this.end ? i : -1;
    if (i >= tokens.length) return best;
    const w = tokens[i]!.w;
    const next = this.exact?.get(w);
    if (next) best = Math.max(best, next.deepest(tokens, i + 1));
    if (this.stems) for (const [stem, node] of this.stems) if (stemMatches(stem, w)) best = Math.max(best, node.deepest(tokens, i + 1));
    return best;
  }
}

/**
 * The phrases that share a first word. Their tree is built the first time a page holds
 * that word: creating a matcher stays a list push per phrase, and most first words of a
 * large set never occur on a page.
 */
class FirstWordBucket {
  private phrases: WordList[] | undefined = [];
  private tree: WordNode | undefined;

  constructor(readonly first: string) {}

  push(words: WordList): void {
    this.phrases!.push(words);
  }

  /** End of the longest phrase of the bucket whose first word is tokens[i - 1], or -1. */
  deepest(tokens: readonly Token[], i: number): number {
    if (!this.tree) {
      this.tree = new WordNode();
      for (const p of this.phrases!) this.tree.add(p, 1);
      this.phrases = undefined;
    }
    return this.tree.deepest(tokens, i);
  }
}

/** Letters of a stem's start that phrases beginning with a stem are looked up by. */
const STEM_KEY = 3;

export class PhraseSet {
  private readonly byFirst = new Map<string, FirstWordBucket>();
  /** Phrases starting with a stem, by the stem. */
  private readonly stemFirst = new Map<string, FirstWordBucket>();
  /**
   * Phrases starting with a stem, by the stem's first STEM_KEY letters: a token tries only
   * those its own start can match, not every stem of the set (sets hold hundreds).
   */
  private readonly stemByKey = new Map<string, FirstWordBucket[]>();
  /** Phrases starting with a stem shorter than STEM_KEY letters, tried at every token. */
  private readonly shortStemFirst: FirstWordBucket[] = [];

  constructor(phrases: readonly WordList[]) {
    for (const p of phrases) {
      if (p.length === 0) continue;
      const first = p[0]!;
      const isStem = first.endsWith('*');
      const key = isStem ? first.slice(0, -1) : first;
      const map = isStem ? this.stemFirst : this.byFirst;
      let bucket = map.get(key);
      if (!bucket) {
        map.set(key, (bucket = new FirstWordBucket(key)));
        if (isStem && key.length < STEM_KEY) this.shortStemFirst.push(bucket);
        else if (isStem) {
          const list = this.stemByKey.get(key.slice(0, STEM_KEY));
          if (list) list.push(bucket);
          else this.stemByKey.set(key.slice(0, STEM_KEY), [bucket]);
        }
      }
      bucket.push(p);
    }
  }

  /** The first words of the phrases: exact words and stems (without their "*"). */
  firstWords(): { exact: string[]; stems: string[] } {
    return { exact: [...this.byFirst.keys()], stems: [...this.stemFirst.keys()] };
  }

  static of(phrases: readonly string[]): PhraseSet {
    return new PhraseSet(phrases.map(phraseWords));
  }

  /** End (exclusive token index) of the longest phrase starting at token i, or -1. */
  matchAt(tokens: readonly Token[], i: number): number {
    const w = tokens[i]!.w;
    const exact = this.byFirst.get(w);
    let best = exact ? exact.deepest(tokens, i + 1) : -1;
    if (this.stemFirst.size === 0) return best;
    if (w.length >= STEM_KEY) {
      for (const bucket of this.stemByKey.get(w.slice(0, STEM_KEY)) ?? NO_BUCKETS)
        if (stemMatches(bucket.first, w)) best = Math.max(best, bucket.deepest(tokens, i + 1));
    }
    for (const bucket of this.shortStemFirst) if (stemMatches(bucket.first, w)) best = Math.max(best, bucket.deepest(tokens, i + 1));
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

const NO_BUCKETS: readonly FirstWordBucket[] = [];
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
   * `present`: for each set `id`, 1 + the index of the first of `tokens` that is one of
   * its first words, or 0 when none is (no phrase of the set starts before that token).
   * `starts`: for each token, the sets it is a first word of, so a sequence is tried only
   * at the tokens that can start it.
   */
  read(tokens: readonly Token[]): { present: Int32Array; starts: (readonly number[])[] } {
    const present = new Int32Array(this.size);
    const starts: (readonly number[])[] = new Array<readonly number[]>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const ids = this.setsOf(tokens[i]!.w);
      starts[i] = ids;
      for (const id of ids) if (present[id] === 0) present[id] = i + 1;
    }
    return { present, starts };
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

/** Every list a lazy set was made of, so the build can work their words out ahead. */
const lazyLists: (readonly string[])[] = [];

/**
 * A PhraseSet made once per list, on first use. The list is remembered (a reference,
 * nothing worked out): the build reads them all (`lazyPhraseLists`) after loading the
 * engine, so a page looks their words up instead of normalising them.
 */
export function lazyPhrases(list: readonly string[]): () => PhraseSet {
  const words = lazyWordLists(list);
  let set: PhraseSet | undefined;
  return () => (set ??= new PhraseSet(words()));
}

/** A list's word lists, worked out once on first use; remembered for the build as `lazyPhrases` lists are. */
export function lazyWordLists(list: readonly string[]): () => WordList[] {
  lazyLists.push(list);
  let words: WordList[] | undefined;
  return () => (words ??= list.map(phraseWords));
}

/** The lists of every lazy set the loaded modules made. */
export function lazyPhraseLists(): readonly (readonly string[])[] {
  return lazyLists;
}
