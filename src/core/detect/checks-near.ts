/**
 * Claim checks and source detectors over the sentences near the story's mentions.
 *
 * The automaton's hits anchor everything: only the sentences within CHECK_WINDOW of
 * a mention are segmented and read, and a window whose flags could not be kept
 * (the text around it is not about the story) is not read at all. A repeated error
 * is about this story only when the story is named nearby: a two-hour Trump–Putin
 * call further down is not a wrong length for the Witkoff–Ushakov call.
 */
import { isCorrected } from './checks-corrections';
import { PARTIES, PRESIDENTS } from './checks-lexicon';
import { lazyPhrases } from './checks-phrase';
import { monthOf } from './checks-dates';
import { flagAt, runChecks, type Flag, type PreparedChecks, type Span } from './checks-run';
import { findSourceHits } from './checks-sources';
import { sentenceEnd, sentences, sentenceStart, type Breaks, type Sentence, type Token } from './checks-text';
import type { CompiledSourceDetector } from './types';
import type { OffsetMap } from '../text/offset-map';
import { LOCAL_WINDOW } from './relevance';

/** Half-width of the stretch around a mention that checks read: the reach of local relevance. */
export const CHECK_WINDOW = LOCAL_WINDOW;
/** How far a window is stretched to take in the whole sentence at each of its ends. */
const SENTENCE_REACH = 400;

/**
 * Spaces of the normalised text that stand for a line or block break (the whitespace
 * they fold holds a "\n"): found from the original's few newlines, not space by space.
 */
export function lineBreaks(original: string, text: string, map: OffsetMap): Breaks {
  const breaks: number[] = [];
  let i = 0;
  for (let k = original.indexOf('\n'); k >= 0; k = original.indexOf('\n', k + 1)) {
    // The last normalised char whose source starts at or before k holds the newline.
    let lo = i;
    let hi = text.length - 1;
    if (hi < lo || map.startOf(lo) > k) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map.startOf(mid) <= k) lo = mid;
      else hi = mid - 1;
    }
    i = lo;
    if (text.charCodeAt(lo) === 0x20 && breaks[breaks.length - 1] !== lo) breaks.push(lo);
  }
  const set = new Set(breaks);
  return {
    has: (at) => set.has(at),
    next: (at) => {
      let a = 0;
      let b = breaks.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (breaks[mid]! < at) a = mid + 1;
        else b = mid;
      }
      return a < breaks.length ? breaks[a]! : Infinity;
    },
  };
}

/** The stretches of text the checks read: sentences within CHECK_WINDOW of a mention, merged. */
export function checkWindows(text: string, mentions: readonly Span[], isBreak: (i: number) => boolean): Span[] {
  const windows: Span[] = [];
  for (const m of mentions) {
    const last = windows[windows.length - 1];
    // A mention whose window, stretched as far as it can be, ends inside the last one adds nothing.
    if (last && m.to + CHECK_WINDOW + SENTENCE_REACH <= last.to) continue;
    const from = sentenceStart(text, Math.max(0, m.from - CHECK_WINDOW), SENTENCE_REACH, isBreak);
    const to = sentenceEnd(text, Math.min(text.length, m.to + CHECK_WINDOW), SENTENCE_REACH, isBreak);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  return windows;
}

/** Flags of one discrepancy that overlap: keep the first (source-anchored ones come first, then longer). */
function dedupeFlags(flags: Flag[]): Flag[] {
  const out: Flag[] = [];
  for (const f of flags) {
    if (out.some((g) => g.discrepancyId === f.discrepancyId && g.from < f.to && f.from < g.to)) continue;
    out.push(f);
  }
  return out;
}

/** Outlets' own words found in the window's sentences, unless the sentence corrects them. */
function sourceFlags(byAnchor: ReadonlyMap<string, readonly CompiledSourceDetector[]>, text: string, sents: readonly Sentence[]): Flag[] {
  if (byAnchor.size === 0) return [];
  // Most windows hold no detector's anchor word: look the words up before gathering them.
  if (!sents.some((s) => s.tokens.some((t) => byAnchor.has(t.w)))) return [];
  const tokens: Token[] = [];
  // Sentence of each token, so a hit finds its sentence without a search.
  const owner: number[] = [];
  sents.forEach((s, k) => {
    for (const t of s.tokens) {
      tokens.push(t);
      owner.push(k);
    }
  });
  const out: Flag[] = [];
  for (const hit of findSourceHits(byAnchor, tokens)) {
    const first = tokens[hit.from]!;
    const s = sents[owner[hit.from]!]!;
    const a = s.tokens.indexOf(first);
    const b = Math.min(s.tokens.length, a + (hit.to - hit.from));
    if (isCorrected(text, s.tokens, a, b, true)) continue;
    if (hit.detector.rightAgent && firstNamed(s.tokens, a) === hit.detector.rightAgent) continue;
    out.push(flagAt(hit.detector, first.from, tokens[hit.to - 1]!.to));
  }
  return out;
}

const names = lazyPhrases([...PARTIES, ...PRESIDENTS]);

/**
 * The first of the story's people named in tokens[0, before), as its word starts in the
 * pack ("ushakov's" -> "ushakov"): the doer a sentence puts first.
 */
function firstNamed(tokens: readonly Token[], before: number): string | undefined {
  for (let i = 0; i < before; i++) {
    if (names().matchAt(tokens, i) <= i) continue;
    const w = tokens[i]!.w;
    const apostrophe = w.indexOf("'");
    return apostrophe > 0 ? w.slice(0, apostrophe) : w;
  }
  return undefined;
}

export interface NearInput {
  /** Normalised text. */
  text: string;
  /** Mention spans of the story, sorted by start. */
  mentions: readonly Span[];
  breaks: Breaks;
  checks: PreparedChecks;
  sources: ReadonlyMap<string, readonly CompiledSourceDetector[]>;
  /** True when the original char behind normalised offset `at` is upper case (a name's first letter). */
  capitalised?: (at: number) => boolean;
  /**
   * False when no flag inside [from, to) could be kept (nothing around it makes the
   * text about the story): such a window is not read. Must only say false when that
   * holds for every span inside.
   */
  mayKeep: (window: Span) => boolean;
}

/** Flags of the checks and source detectors near the mentions, deduplicated, in reading order per window. */
export function flagsNear(input: NearInput): Flag[] {
  const { text, mentions, breaks, checks, sources } = input;
  if (mentions.length === 0 || (checks.size === 0 && sources.size === 0)) return [];
  const flags: Flag[] = [];
  for (const w of checkWindows(text, mentions, (i) => breaks.has(i))) {
    if (!input.mayKeep(w)) continue;
    const sents = sentences(text, w.from, w.to, breaks, (word) => monthOf(word) > 0);
    flags.push(...sourceFlags(sources, text, sents));
    let k = 0;
    const named = sents.map((s) => {
      while (k < mentions.length && mentions[k]!.to <= s.from) k++;
      return k < mentions.length && mentions[k]!.from < s.to;
    });
    const own = runChecks(checks, { text, sentences: sents, namesStory: (i: number) => named[i]!, capitalised: input.capitalised });
    own.sort((a, b) => a.from - b.from || b.to - a.to);
    flags.push(...own);
  }
  return dedupeFlags(flags);
}
