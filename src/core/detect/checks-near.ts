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
import { isWordChar } from '../text/normalize';

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

/**
 * A page shows one mark per stretch of words, and a flag wins over a mention. A check's
 * claim built from parts ("Trump rebuked Witkoff", "the call, which lasted an hour") often
 * holds a mention of the story. The flag gives up the mentions at its end ("Trump
 * rebuked"), then keeps the words after the last mention still inside it, where the
 * claim's predicate stands ("which lasted an hour", "öffentlich gerügt"), so the reader
 * sees both marks. A flag that is nothing but a mention (a date that is the call's
 * description) stays whole.
 */
export function clearOfMentions(text: string, flag: Flag, mentions: readonly Span[]): Flag {
  // Flags are few and mentions sorted by start: one pass to the flag's end finds them.
  const inside: Span[] = [];
  // Only mentions wholly inside: one reaching out of the flag ("the 28-point plan would halve
  // Ukraine") is not the flag's part, and the flag stands over it as it is.
  for (let k = 0; k < mentions.length && mentions[k]!.from < flag.to; k++) {
    const m = mentions[k]!;
    if (m.from >= flag.from && m.to <= flag.to) inside.push({ from: m.from, to: wordEnd(text, m.to) });
  }
  if (inside.length === 0) return flag;
  let span: Span = flag;
  // Mentions at the end, last first: "Trump rebuked [Witkoff]", "a ten-minute [call]".
  for (let k = inside.length - 1; k >= 0; k--) {
    const m = inside[k]!;
    if (m.to < span.to && wordsIn(text, m.to, span.to)) break;
    const before = wordsIn(text, span.from, Math.min(m.from, span.to));
    if (!before) return flag;
    span = before;
  }
  // The words after the last mention left inside: "[the call] lasted an hour".
  let last = -1;
  for (const m of inside) if (m.from < span.to && m.to > span.from) last = Math.max(last, m.to);
  const after = last < 0 ? span : wordsIn(text, last, span.to);
  return after ? { ...flag, from: after.from, to: after.to } : flag;
}

/** The end of the word that `at` falls in ("Ukraine|'s" -> "Ukraine's|"). */
function wordEnd(text: string, at: number): number {
  if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return at;
  let e = at;
  while (e < text.length && (isWordChar(text.charCodeAt(e)) || text[e] === "'")) e++;
  return e;
}

/** The stretch from the first word char to the last one in text[from, to), or undefined. */
function wordsIn(text: string, from: number, to: number): Span | undefined {
  let a = Math.max(0, from);
  while (a < to && !isWordChar(text.charCodeAt(a))) a++;
  let b = to;
  while (b > a && !isWordChar(text.charCodeAt(b - 1))) b--;
  return a < b ? { from: a, to: b } : undefined;
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
  /** Only flags starting in [from, to) are wanted: a window that ends before it or starts after it is not read. */
  wanted?: Span;
}

/** Flags of the checks and source detectors near the mentions, deduplicated, in reading order per window. */
export function flagsNear(input: NearInput): Flag[] {
  const { text, mentions, breaks, checks, sources } = input;
  if (mentions.length === 0 || (checks.size === 0 && sources.size === 0)) return [];
  const flags: Flag[] = [];
  const { wanted } = input;
  for (const w of checkWindows(text, mentions, (i) => breaks.has(i))) {
    // A window's flags lie inside it, and windows do not overlap, so one skipped changes no other's flags.
    if (wanted && (w.to <= wanted.from || w.from >= wanted.to)) continue;
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
    for (const f of own) flags.push(clearOfMentions(text, f, mentions));
  }
  return dedupeFlags(flags);
}
