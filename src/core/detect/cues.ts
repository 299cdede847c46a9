/**
 * Cue classes: words that say which way an ambiguous match leans (rules-schema `cue`).
 *
 * Two uses. A number of points is the plan only among words of the plan's world
 * (peace, Ukraine, the story's names) and not among a game's, a poll's, an exam's or a
 * city programme's: `judged` weighs the words of a class around one match. And the
 * same two people at another meeting (Moscow in August, the Alaska summit) are not the
 * story: `offStoryScopes` finds the items (or the page, when it has none) that hold a
 * word of another event and nothing that ties them to this one.
 *
 * Pure: offsets are into the normalised text, items come from items.ts.
 */
import { itemAt, type ItemSpan } from './items';

export interface CueMatch {
  cls: number;
  isFor: boolean;
  from: number;
  to: number;
}

/** The end of a sentence in normalised text: "Witkoff. The ... Ushakov" is two. */
const SENTENCE_END = /[.!?]["')]? /;

/** Cue words this close to a match weigh double: "a 20-point plan for Ukraine, like the one for Gaza". */
export const CUE_CLOSE = 25;

/**
 * Whether the words of class `cls` within `window` chars of [from, to), in the same
 * sentence and block, let the match stand: it falls when words lean against it and no
 * more weight leans for it. Each distinct word counts once, double when it stands
 * within CUE_CLOSE chars of the match. `cues` must be sorted by `from`.
 */
export function judged(
  text: string,
  cues: readonly CueMatch[],
  cls: number,
  window: number,
  span: { from: number; to: number },
  isBreak: (i: number) => boolean,
): boolean {
  const { from, to } = span;
  const weights = [new Map<string, number>(), new Map<string, number>()];
  for (let i = firstFrom(cues, from - window - 200); i < cues.length; i++) {
    const c = cues[i]!;
    if (c.from > to + window) break;
    if (c.cls !== cls || c.to < from - window) continue;
    const gapFrom = Math.min(c.to, to);
    const gapTo = Math.max(c.from, from);
    if (SENTENCE_END.test(text.slice(gapFrom, gapTo)) || crossesBreak(text, gapFrom, gapTo, isBreak)) continue;
    const word = text.slice(c.from, c.to);
    const weight = gapTo - gapFrom <= CUE_CLOSE ? 2 : 1;
    const side = weights[c.isFor ? 0 : 1]!;
    side.set(word, Math.max(side.get(word) ?? 0, weight));
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const against = sum(weights[1]!);
  return against === 0 || sum(weights[0]!) > against;
}

/** Whether a space in text[from, to) stands for a line or block break. */
export function crossesBreak(text: string, from: number, to: number, isBreak: (i: number) => boolean): boolean {
  for (let i = text.indexOf(' ', from); i >= 0 && i < to; i = text.indexOf(' ', i + 1)) if (isBreak(i)) return true;
  return false;
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
 * Scopes that are about another event: item indexes, and -1 for the text outside every
 * item (the whole text when there are no items). A scope is off the story when it holds
 * a word of class `cls` against it and none for it.
 */
export function offStoryScopes(cues: readonly CueMatch[], cls: number, items: readonly ItemSpan[]): Set<number> {
  const against = new Set<number>();
  const tied = new Set<number>();
  for (const c of cues) {
    if (c.cls !== cls) continue;
    const scope = itemAt(items, c.from);
    (c.isFor ? tied : against).add(scope);
  }
  for (const scope of tied) against.delete(scope);
  return against;
}
