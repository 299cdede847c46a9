/**
 * Run time: find the outlets' own words (checks-sources-compile.ts) in a page.
 *
 * Each detector is looked up by one of its error-carrying words, so a page pays a
 * map lookup per word near the story, and an alignment only where that word occurs.
 * The alignment is a small edit distance over words (the excerpt's twenty-odd words
 * against as many of the page's), in which the error-carrying words may not be
 * dropped or changed, and punctuation and quote style never count.
 */
import type { Token } from './checks-text';
import type { CompiledSourceDetector } from './types';

type Alignable = Pick<CompiledSourceDetector, 'words' | 'key' | 'maxEdits' | 'anchor'>;

export interface Alignment {
  /** Word range [from, to) in the page words. */
  from: number;
  to: number;
  edits: number;
}

/**
 * Align a detector's words with the page words around `anchorAt` (an index of its
 * anchor word in `page`); undefined when more than maxEdits edits are needed.
 */
export function alignExcerpt(det: Alignable, page: readonly string[], anchorAt: number): Alignment | undefined {
  if (anchorAt < 0) return undefined;
  const m = det.words.length;
  const pa = det.words.indexOf(det.anchor);
  const lo = Math.max(0, anchorAt - pa - det.maxEdits);
  const hi = Math.min(page.length, anchorAt + (m - pa) + det.maxEdits);
  const n = hi - lo;
  const INF = 1e9;
  // cost[i][j]: excerpt words [0, i) aligned to page words ending at lo + j; start: where that alignment began.
  let prevCost = new Array<number>(n + 1).fill(0);
  let prevStart = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const word = det.words[i - 1]!;
    const key = det.key[i - 1]!;
    const cost = new Array<number>(n + 1);
    const start = new Array<number>(n + 1);
    cost[0] = key ? INF : prevCost[0]! + 1;
    start[0] = prevStart[0]!;
    for (let j = 1; j <= n; j++) {
      const same = page[lo + j - 1] === word;
      let c = prevCost[j - 1]! + (same ? 0 : key ? INF : 1);
      let st = prevStart[j - 1]!;
      const drop = prevCost[j]! + (key ? INF : 1);
      if (drop < c) [c, st] = [drop, prevStart[j]!];
      const extra = cost[j - 1]! + 1;
      if (extra < c) [c, st] = [extra, start[j - 1]!];
      cost[j] = c;
      start[j] = st;
    }
    prevCost = cost;
    prevStart = start;
  }
  let best: Alignment | undefined;
  for (let j = 1; j <= n; j++) {
    const c = prevCost[j]!;
    if (c > det.maxEdits) continue;
    if (!best || c < best.edits) best = { from: lo + prevStart[j]!, to: lo + j, edits: c };
  }
  return best && best.to > best.from ? best : undefined;
}

/** True when the detector fires anywhere in `page` (used at build time against correct texts). */
export function alignsAnywhere(det: Alignable, page: readonly string[]): boolean {
  for (let i = 0; i < page.length; i++) if (page[i] === det.anchor && alignExcerpt(det, page, i)) return true;
  return false;
}

export interface SourceHit {
  detector: CompiledSourceDetector;
  /** Token range [from, to) in the tokens searched. */
  from: number;
  to: number;
}

/** Detectors by anchor word, made once per matcher. */
export function indexDetectors(detectors: readonly CompiledSourceDetector[]): Map<string, CompiledSourceDetector[]> {
  const byAnchor = new Map<string, CompiledSourceDetector[]>();
  for (const d of detectors) {
    const list = byAnchor.get(d.anchor) ?? [];
    list.push(d);
    byAnchor.set(d.anchor, list);
  }
  return byAnchor;
}

/** Every detector that fires in `tokens` (the words of a stretch of page near the story). */
export function findSourceHits(byAnchor: ReadonlyMap<string, readonly CompiledSourceDetector[]>, tokens: readonly Token[]): SourceHit[] {
  if (byAnchor.size === 0) return [];
  let words: string[] | undefined;
  const out: SourceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = byAnchor.get(tokens[i]!.w);
    if (!list) continue;
    words ??= tokens.map((t) => t.w);
    for (const detector of list) {
      const a = alignExcerpt(detector, words, i);
      if (a && !out.some((h) => h.detector === detector && h.from < a.to && a.from < h.to)) out.push({ detector, from: a.from, to: a.to });
    }
  }
  return out;
}
