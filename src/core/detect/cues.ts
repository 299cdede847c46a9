/**
 * Cue classes: words that say which way an ambiguous match leans (rules-schema `cue`).
 *
 * Two uses. A number of points is the plan only among words of the plan's world
 * (peace, Ukraine, the story's names) and not among a game's, a poll's, an exam's or a
 * city programme's: `judged` weighs the words of a class around one match. And the
 * same two people at another meeting (Moscow in August, the Alaska summit) are not the
 * story: `offStoryPlaces` finds the items (or the page, when it has none) that hold a
 * word of another event and nothing that ties them to this one.
 *
 * Pure: offsets are into the normalised text, items come from items.ts.
 */
import { itemAt, type ItemSpan, type Span } from './items';

export interface CueMatch {
  cls: number;
  isFor: boolean;
  from: number;
  to: number;
  /** Decides single sentences too (an `against` word of another dated meeting). */
  sentence?: boolean;
  /** A word of another event of the same people (a dated meeting, a meeting in a place), not of another story. */
  event?: boolean;
}

/**
 * The end of a sentence in normalised text: "Witkoff. The ... Ushakov" is two. A dot after
 * a day's one or two digits is the German, Polish or Scandinavian ordinal ("am 14. November
 * mit Uschakow"), not an end.
 */
export const SENTENCE_END = /(?:(?<!(?:^|\D)\d{1,2})\.|[!?])["')]? /;

/**
 * Whether a sentence ends in text[from, to). With `blockEnds`, a question that ends its
 * block does not count: a question heading ("What is the 28-point plan?") is read with
 * the answer under it.
 */
function endsSentence(text: string, from: number, to: number, blockEnds?: (i: number) => boolean): boolean {
  const gap = text.slice(from, to);
  if (!blockEnds) return SENTENCE_END.test(gap);
  const ends = new RegExp(SENTENCE_END.source, 'g');
  for (let m = ends.exec(gap); m; m = ends.exec(gap))
    if (!m[0].startsWith('?') || !blockEnds(from + m.index + m[0].length - 1)) return true;
  return false;
}

/** Cue words this close to a match weigh double: "a 20-point plan for Ukraine, like the one for Gaza". */
export const CUE_CLOSE = 25;

/**
 * How much the words of class `cls` within `window` chars of `span`, in the same
 * sentence and block, lean for and against it. Each distinct word counts once, double
 * when it stands within CUE_CLOSE chars of the span. `cues` must be sorted by `from`.
 */
export function leaning(
  text: string,
  cues: readonly CueMatch[],
  cls: number,
  window: number,
  span: { from: number; to: number },
  isBreak: (i: number) => boolean,
  onlySentenceWords = false,
  flat = false,
  blockEnds?: (i: number) => boolean,
): { for: number; against: number } {
  const { from, to } = span;
  const weights = [new Map<string, number>(), new Map<string, number>()];
  for (let i = firstFrom(cues, from - window - 200); i < cues.length; i++) {
    const c = cues[i]!;
    if (c.from > to + window) break;
    if (c.cls !== cls || c.to < from - window || (onlySentenceWords && !c.isFor && !c.sentence)) continue;
    const gapFrom = Math.min(c.to, to);
    const gapTo = Math.max(c.from, from);
    if (endsSentence(text, gapFrom, gapTo, blockEnds) || crossesBreak(text, gapFrom, gapTo, isBreak)) continue;
    const word = text.slice(c.from, c.to);
    const weight = !flat && gapTo - gapFrom <= CUE_CLOSE ? 2 : 1;
    const side = weights[c.isFor ? 0 : 1]!;
    side.set(word, Math.max(side.get(word) ?? 0, weight));
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { for: sum(weights[0]!), against: sum(weights[1]!) };
}

/**
 * A judged match stands unless words lean against it and no more weight leans for it.
 * A match whose own sentence and block hold no word of the class either way (a headline
 * "Rovers win by 28 points" has none) is read with the blocks next to it, its dek and
 * lede, which say what the headline is about.
 */
export function judged(...args: Parameters<typeof leaning>): boolean {
  const [text, cues, cls, window, span, , onlySentenceWords] = args;
  const own = leaning(...args);
  const lean = own.for === 0 && own.against === 0 ? leaning(text, cues, cls, window, span, () => false, onlySentenceWords) : own;
  // A headline's words may lean for it only by naming the story's people ("Ushakov sinks
  // Donetsk with 28 points"); more distinct words against it in the blocks around it, its
  // byline and the lede's first sentence, all assists and rebounds, say what it is about.
  const around = leaning(text, cues, cls, 2 * window, span, () => false, onlySentenceWords, true);
  return (lean.against === 0 || lean.for > lean.against) && around.against <= around.for;
}

/**
 * Whether a judged match carries a page by itself: words of the class lean for it, with
 * at least `MIN_CARRY` weight outside the match's own words, and none against it ("the
 * plan of 28 points for Ukraine and Russia", not a team's 28 points). A headline is read
 * with the blocks around it as well: "Ushakov sinks Donetsk with 28 points" over a report
 * of assists and rebounds is a game, whatever its own words say.
 */
export function carried(...args: Parameters<typeof leaning>): boolean {
  const [text, cues, cls, window, span, isBreak] = args;
  const outside = cues.filter((c) => c.cls === cls && (c.to <= span.from || c.from >= span.to));
  // A question heading with no words of the class is read with the answer under it.
  const ownLean = leaning(text, outside, cls, window, span, isBreak);
  const question = ownLean.for === 0 && ownLean.against === 0 && asksQuestion(text, span, isBreak);
  const lean = question ? leaning(text, outside, cls, window, span, () => false, false, false, isBreak) : ownLean;
  if (lean.against !== 0 || lean.for < MIN_CARRY || leaning(...args).against !== 0) return false;
  const around = leaning(text, outside, cls, window, span, () => false, false, false, question ? isBreak : undefined);
  return around.against <= around.for - lean.for;
}
/** Whether the block holding `span` ends in a question mark: a question heading, answered below. */
function asksQuestion(text: string, span: Span, isBreak: (i: number) => boolean): boolean {
  let end = span.to;
  while (end < text.length && !(text.charCodeAt(end) === 0x20 && isBreak(end))) end++;
  return /\?["')]?$/.test(text.slice(span.to, end));
}

/** Weight of cue words for a match (each 1, or 2 when close) that lets it carry a page. */
export const MIN_CARRY = 2;

/** Half-width of the stretch read for a sentence's cue words: a long sentence, not a paragraph. */
export const SENTENCE_REACH = 300;

/**
 * Whether the sentence around `span` is about another meeting: it holds a word of class
 * `cls` that decides sentences (`sentence`) against the story and no word for it
 * ("Witkoff met Putin in Moscow on 6 August").
 */
export function otherEventSentence(...args: Parameters<typeof leansAway>): boolean {
  const [text, cues, cls, span, isBreak] = args;
  return leansAway(text, cues, cls, span, isBreak, true);
}

/**
 * Whether the sentence around `span` leans to another event or story: a word of class
 * `cls` against the story and none for it. With `onlySentenceWords`, only words that
 * decide sentences count; without, words of another story (Gaza) count too, for words
 * that only point back ("the plan"), which the next story's words take.
 */
export function leansAway(
  text: string,
  cues: readonly CueMatch[],
  cls: number,
  span: { from: number; to: number },
  isBreak: (i: number) => boolean,
  onlySentenceWords = false,
): boolean {
  const lean = leaning(text, cues, cls, SENTENCE_REACH, span, isBreak, onlySentenceWords);
  return lean.against > 0 && lean.for === 0;
}

/** Whether a space in text[from, to) stands for a line or block break. */
export function crossesBreak(text: string, from: number, to: number, isBreak: (i: number) => boolean): boolean {
  for (let i = text.indexOf(' ', from); i >= 0 && i < to; i = text.indexOf(' ', i + 1)) if (isBreak(i)) return true;
  return false;
}

/** The cues (sorted by `from`) that start within `reach` chars of [from, to), in order. */
export function cuesAround(cues: readonly CueMatch[], from: number, to: number, reach: number): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = firstFrom(cues, from - reach); i < cues.length && cues[i]!.from <= to + reach; i++) out.push(cues[i]!);
  return out;
}

/** Index of the first cue starting at or after `at`. */
function firstFrom(cues: readonly CueMatch[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.from < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the story is not: the items, at any depth, that hold a word of class `cls`
 * against the story and none for it, and whether the text outside every outermost item
 * (the whole text when there are no items) is such a place. Outside the items, distinct
 * words of another event of the same people are weighed against those for the story: a
 * podcast page about the Alaska summit that offers a "transcript" of its episode still
 * leans to the summit. When it does, an item with no word for the
 * story is part of that page (a timestamp of the episode), not an item about the call.
 * `named(item)`: the item names the story outright (both men of the call together).
 */
export function offStoryPlaces(
  text: string,
  cues: readonly CueMatch[],
  cls: number,
  outer: readonly ItemSpan[],
  nested: readonly Span[],
  named: (s: Span) => boolean = () => false,
  earlier: ScopeWords = { for: [], against: [], event: [] },
  ofTheWar: (s: Span) => boolean = () => false,
): { items: Span[]; rest: boolean; restWords: ScopeWords } {
  const own = cues.filter((c) => c.cls === cls);
  const wordSets = (inside: (c: CueMatch) => boolean, seed?: ScopeWords) => {
    const lean = [new Set(seed?.for), new Set(seed?.against), new Set(seed?.event)];
    for (const c of own) {
      if (!inside(c)) continue;
      const word = text.slice(c.from, c.to);
      lean[c.isFor ? 0 : 1]!.add(word);
      if (!c.isFor && c.event) lean[2]!.add(word);
    }
    return lean;
  };
  const words = (inside: (c: CueMatch) => boolean) => {
    const [f, a, e] = wordSets(inside);
    return { for: f!.size, against: a!.size, event: e!.size };
  };
  const inSpan = (s: Span) => (c: CueMatch) => c.from >= s.from && c.from < s.to;
  // Outside the items, the words of earlier text of the same page (earlier chunks) count
  // too, so where a scan cuts a long page does not change what its text is about.
  const [restFor, restAgainst, restEvent] = wordSets((c) => itemAt(outer, c.from) < 0, earlier);
  const restWords: ScopeWords = { for: [...restFor!].sort(), against: [...restAgainst!].sort(), event: [...restEvent!].sort() };
  const restLean = { for: restFor!.size, against: restAgainst!.size, event: restEvent!.size };
  // Words of another story (Gaza) only decide where nothing ties the text to the call:
  // reports of the call quote its talk of Gaza at length.
  const rest = (restLean.against > 0 && restLean.for === 0) || restLean.event > restLean.for;
  return {
    items: nested.filter((s) => {
      const lean = words(inSpan(s));
      // An item that names the story outright (Witkoff with Ushakov) and mentions another
      // story only in passing ("he also handles the Middle East") is about the call; a word
      // of another meeting of the same two men, or a page about one, still takes it.
      if (!rest && lean.event === 0 && named(s)) return false;
      // So is a Q&A answer that tells of the war and names Gaza once in passing ("they went
      // over the Gaza deal before turning to Ukraine"): the call covered both.
      if (!rest && lean.event === 0 && ofTheWar(s) && new Set(own.filter((c) => !c.isFor && inSpan(s)(c)).map((c) => c.from)).size === 1)
        return false;
      return lean.for === 0 && (lean.against > 0 || rest);
    }),
    rest,
    restWords,
  };
}

/** Distinct cue words of the scope class outside every item: for the story, against it, and of another event. */
export interface ScopeWords {
  for: string[];
  against: string[];
  event: string[];
}

/** Distinct words of another story a paragraph needs before it is that story's: one is a passing reference. */
export const BLOCK_AGAINST_MIN = 2;
/** How far a paragraph is read either way from a match. */
const BLOCK_REACH = 1500;

/** The paragraph (text between two line or block breaks) around `span`, read at most BLOCK_REACH either way. */
export function blockAround(text: string, span: Span, isBreak: (i: number) => boolean): Span {
  let from = span.from;
  const low = Math.max(0, span.from - BLOCK_REACH);
  while (from > low && !(text.charCodeAt(from - 1) === 0x20 && isBreak(from - 1))) from--;
  let to = span.to;
  const high = Math.min(text.length, span.to + BLOCK_REACH);
  while (to < high && !(text.charCodeAt(to) === 0x20 && isBreak(to))) to++;
  return { from, to };
}

/**
 * Whether the paragraph `block` is about another story of the same people: it holds
 * BLOCK_AGAINST_MIN distinct words of class `cls` against the story (Gaza, Cairo, the
 * Middle East) and none for it. A report of the call that quotes its talk of Gaza holds
 * one such word beside the call's own (the recording, the date), so it stays the story's.
 */
export function otherStoryBlock(text: string, cues: readonly CueMatch[], cls: number, block: Span): boolean {
  const words = [new Set<string>(), new Set<string>()];
  for (let i = firstFrom(cues, block.from); i < cues.length && cues[i]!.from < block.to; i++) {
    const c = cues[i]!;
    if (c.cls === cls) words[c.isFor ? 0 : 1]!.add(text.slice(c.from, c.to));
  }
  return words[0]!.size === 0 && words[1]!.size >= BLOCK_AGAINST_MIN;
}
