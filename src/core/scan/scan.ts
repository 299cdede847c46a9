/**
 * An incremental scan of one text: the engine runs over it chunk by chunk, as much
 * per `step(budget)` as the budget allows, so the page layer can spread a long text
 * over idle slices without knowing how the text is cut.
 *
 * The scan owns three decisions:
 * - chunk sizing: chunks start small (the first engine calls of a page run before V8
 *   has optimised the engine), double while the text is sparse, and shrink where
 *   mentions are dense (claim checks read most of a dense chunk);
 * - relevance carried across chunks and across scans of the same page, through the
 *   `PageEvidence` the caller keeps;
 * - the rescan of earlier text: when a chunk shows the page is about the story,
 *   ambiguous words in earlier chunks were judged without knowing that, so those
 *   chunks are scanned again and any new hits added.
 *
 * Work is counted in units: every char given to the engine is one unit, and every hit
 * it finds costs HIT_UNITS more (a hit is what makes the checks run). A step may also
 * be given the time left in the caller's slice: the scan times its own engine calls
 * (with the clock it was given) and holds back a call it expects not to fit. Neither
 * the units nor the time change where chunks are cut, so neither changes what is found:
 * a page is cut the same way on a fast machine and a slow one, and in the CLI.
 *
 * A single engine call cannot be interrupted, so the longest chunk (SCAN_CHUNK) bounds
 * the longest task a scan makes. It is short enough for a call to fit in an idle slice
 * on a slow machine, and long enough that the engine's findings on labelled pages do not
 * depend on it (tests/unit/core/scan/scan-chunk-invariance.test.ts): the windows it reads
 * around a word stay within a paragraph or LOCAL_WINDOW, relevance evidence is a union
 * over chunks, and earlier chunks are read again once the page proves relevant.
 */
import type { Hit } from '../hit';
import type { Predated, RelevanceState, ScanContext, ScanResult } from '../detect/index';
import { itemsWithin, type ItemSpans } from '../detect/items';

const NOT_PREDATED: Predated = { packs: [], all: false, later: [] };

/** What the scan needs from the matcher. */
export interface ScanEngine {
  analyze(text: string, ctx?: ScanContext): ScanResult;
  /** The packs whose story a whole page's text predates (detect/period.ts). */
  predated?(text: string): Predated;
}

/** What the page has shown about itself so far; shared by every scan of one page. */
export interface PageEvidence {
  relevance?: RelevanceState;
  pageRelevant: boolean;
  /**
   * The packs whose story the page was written before, read from the whole page's text
   * by its first scan of the whole text; later scans of changed parts keep it.
   */
  datedBefore?: Predated;
}

/** The time left in the caller's slice (ms), and how much of it has gone already. */
export interface SliceTime {
  remaining(): number;
  elapsed(): number;
}

/**
 * A slice in which less than this much (ms) has gone is treated as fresh: the next call
 * runs there even when it is expected to take longer than the slice, since no later
 * slice would give it more room.
 */
export const FRESH_SLICE_MS = 1;

/**
 * The first call of a page runs the engine cold (V8 compiling its code, the automaton's
 * table filling as the text reaches it), several times slower per char than later ones:
 * a short first chunk keeps that task short. Where chunks end changes nothing found.
 */
export const FIRST_CHUNK = 500;
/**
 * Chars of text on either side of a chunk that the engine reads with it, as context only:
 * hits are kept where they start inside the chunk. The engine judges a word by what lies
 * around it (its sentence, its paragraph, LOCAL_WINDOW normalised chars either way), so
 * with this much context a word is judged the same wherever the chunk it falls in ends
 * (tests/unit/core/scan/scan-timing-invariance.test.ts; 500 fails it). Every char of it
 * is read again by the neighbouring call, so it is kept no wider than that needs.
 */
export const CHUNK_CONTEXT = 700;
export const MIN_CHUNK = 1_000;
/**
 * About 4 ms of engine time in Chromium on a page with mentions, 4–15 ms in Firefox;
 * a chunk of 16,000 chars took 10–60 ms, more than any idle slice.
 */
export const SCAN_CHUNK = 4_000;
/** Where mentions are dense, a chunk is sized to hold about this many. */
export const HITS_PER_CHUNK = 16;
/** Work units a hit costs: a chunk full of hits costs about what a sparse chunk does. */
export const HIT_UNITS = SCAN_CHUNK / HITS_PER_CHUNK;

/** Where a chunk starting at `at` ends: at most `size` chars on and at `end` at most, after a line break where possible. */
export function chunkEnd(text: string, at: number, size: number, end = text.length): number {
  if (end - at <= size) return end;
  const cut = text.lastIndexOf('\n', at + size);
  return cut > at ? cut + 1 : at + size;
}

/** The next chunk's size, from the last chunk's size and how many hits it held; `max` at most. */
export function nextChunkSize(size: number, hits: number, max = SCAN_CHUNK): number {
  const forHits = hits > 0 ? Math.floor((size * HITS_PER_CHUNK) / hits) : max;
  return Math.max(Math.min(MIN_CHUNK, max), Math.min(max, size * 2, forHits));
}

export interface ScanOptions {
  /** The clock engine calls are timed with (ms). */
  now?: () => number;
  /** The longest chunk; other values only to check that findings do not depend on it. */
  maxChunk?: number;
  /** The first chunk; other values only to check that findings do not depend on it. */
  firstChunk?: number;
  /**
   * Only [from, to) of the text is scanned, the rest being context (a part of a page
   * that changed, read with the text around it so that it is judged as in the page).
   */
  span?: readonly [number, number];
}

export class Scan {
  /** Hits of each chunk, offsets into `text`; a rescan replaces its chunk's. */
  private readonly chunkHits: Hit[][] = [];
  /** Work units spent so far (see above). */
  work = 0;
  /** Chunk k is text [bounds[k], bounds[k + 1]). */
  private readonly bounds: number[];
  private size: number;
  /** The chunk in which the page proved relevant (-1: not in this scan). */
  private relevantAt = -1;
  /** Next chunk to rescan, once the first pass is over. */
  private rescanAt = 0;
  /** The page's evidence as it was before each chunk was first read (its rescan gets the same). */
  private readonly evidenceBefore: PageEvidence['relevance'][] = [];
  /**
   * Ms per char of the engine calls so far (a running average). Unknown before the
   * first call, which therefore waits for a fresh slice: the first call of a page is
   * its slowest.
   */
  private msPerChar = Number.POSITIVE_INFINITY;

  private readonly now: () => number;
  private readonly maxChunk: number;
  /** The end of the part scanned (see ScanOptions.span). */
  private readonly end: number;
  /** Whether this scan's part was read for dates after a story (predatedAll). */
  private partJudged = false;

  constructor(
    private readonly engine: ScanEngine,
    readonly text: string,
    private readonly page: PageEvidence = { pageRelevant: false },
    /** Items of a many-story page (detect/items.ts), offsets into `text`. */
    private readonly items: ItemSpans = [],
    options: ScanOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.maxChunk = options.maxChunk ?? SCAN_CHUNK;
    this.size = options.firstChunk ?? FIRST_CHUNK;
    const [from, end] = options.span ?? [0, text.length];
    this.bounds = [from];
    this.end = Math.max(from, end);
  }

  /** Hits so far, in text order, offsets into `text`. */
  get hits(): Hit[] {
    return this.chunkHits.flat();
  }

  /** True when this scan showed the page is about the story (it was not before). */
  get madeRelevant(): boolean {
    return this.relevantAt >= 0;
  }

  get done(): boolean {
    return this.predatedAll() || (this.firstPassDone() && this.rescanAt >= this.relevantAt);
  }

  /**
   * True when the page was written before every story the engine knows: nothing on it is
   * read. Judged on the first scan of the page's whole text; a changed part alone says
   * nothing of the page's dates unless it dates itself at or after a story became known
   * (a live page's new post of 26 November): that story is then read again, here and, once
   * the part makes the page about it, in the full pass that follows.
   */
  private predatedAll(): boolean {
    const whole = this.bounds[0] === 0 && this.end === this.text.length;
    if (this.page.datedBefore === undefined && whole) this.page.datedBefore = this.engine.predated?.(this.text) ?? NOT_PREDATED;
    else if (!whole && !this.partJudged && this.page.datedBefore && this.page.datedBefore.packs.length > 0) {
      this.partJudged = true;
      const later = this.engine.predated?.(this.text.slice(this.bounds[0], this.end)).later ?? [];
      const packs = this.page.datedBefore.packs.filter((id) => !later.includes(id));
      if (packs.length < this.page.datedBefore.packs.length) this.page.datedBefore = { packs, all: false, later: [] };
    }
    return this.page.datedBefore?.all === true;
  }

  /**
   * Runs engine calls while they fit in `budget` work units and, when `time` is given,
   * in the time left in the caller's slice; returns true when the scan is done. The
   * first call of a step always fits the units (so a step without `time` always makes
   * progress); a further call runs only when the chunk it plans fits in what is left.
   * A call expected to take longer than the time left waits for the next slice, unless
   * the slice is fresh (see FRESH_SLICE_MS), so a step in a fresh slice always makes
   * progress too. Chunk sizes are the scan's own, never cut to fit a budget, so the
   * budget does not change what is found.
   */
  step(budget: number, time?: SliceTime): boolean {
    const start = this.work;
    while (!this.done) {
      const used = this.work - start;
      const planned = this.planned();
      if (used > 0 && used + planned > budget) break;
      if (time && !this.fits(planned, time)) break;
      const t0 = this.now();
      const chars = this.firstPassDone() ? this.rescanNext() : this.scanNext();
      this.timed(chars, this.now() - t0);
    }
    return this.done;
  }

  /** Whether a call over `chars` is expected to fit in the time left in the slice. */
  private fits(chars: number, time: SliceTime): boolean {
    return time.elapsed() < FRESH_SLICE_MS || chars * this.msPerChar <= time.remaining();
  }

  /** Updates the expected cost per char from a call over `chars` that took `ms`. */
  private timed(chars: number, ms: number): void {
    const rate = ms / Math.max(1, chars);
    // The first calls of a page are the slowest (V8 has not optimised the engine yet);
    // an average that halves the weight of each older call follows the speed-up.
    this.msPerChar = Number.isFinite(this.msPerChar) ? (this.msPerChar + rate) / 2 : rate;
  }

  /** Chars the next call reads. */
  private planned(): number {
    if (!this.firstPassDone()) return Math.min(this.size, this.end - this.bounds[this.bounds.length - 1]!);
    return this.bounds[this.rescanAt + 1]! - this.bounds[this.rescanAt]!;
  }

  private firstPassDone(): boolean {
    return this.bounds[this.bounds.length - 1]! >= this.end;
  }

  /** Scans the next chunk; returns its length. */
  private scanNext(): number {
    const from = this.bounds[this.bounds.length - 1]!;
    const to = chunkEnd(this.text, from, this.size, this.end);
    this.evidenceBefore.push(this.page.relevance);
    const result = this.read(from, to, { ...this.page });
    this.page.relevance = result.relevance;
    if (result.pageRelevant && !this.page.pageRelevant) {
      this.page.pageRelevant = true;
      this.relevantAt = this.bounds.length - 1;
    }
    this.chunkHits.push(result.hits);
    this.bounds.push(to);
    this.size = nextChunkSize(this.size, result.hits.length, this.maxChunk);
    this.work += to - from + result.hits.length * HIT_UNITS;
    return to - from;
  }

  /** Scans an earlier chunk again now that the page is known to be about the story; returns its length. */
  private rescanNext(): number {
    const from = this.bounds[this.rescanAt]!;
    const to = this.bounds[this.rescanAt + 1]!;
    // What the chunk holds on a page about the story, found afresh: a word held back in
    // the first pass may now win over a shorter one that overlaps it.
    const { hits } = this.read(from, to, { relevance: this.evidenceBefore[this.rescanAt], pageRelevant: true });
    this.chunkHits[this.rescanAt] = hits;
    this.rescanAt++;
    this.work += to - from + hits.length * HIT_UNITS;
    return to - from;
  }

  /**
   * The engine over chunk [from, to) with CHUNK_CONTEXT chars of context either side;
   * hits that start in the chunk, with offsets into the whole text.
   */
  private read(from: number, to: number, page: PageEvidence): ScanResult {
    const before = Math.max(0, from - CHUNK_CONTEXT);
    const after = Math.min(this.text.length, to + CHUNK_CONTEXT);
    const dated = this.page.datedBefore?.packs;
    const result = this.engine.analyze(this.text.slice(before, after), {
      ...(page.relevance ? { relevance: page.relevance } : {}),
      pageRelevant: page.pageRelevant,
      ...(dated && dated.length > 0 ? { predated: dated } : {}),
      items: itemsWithin(this.items, before, after),
      evidenceEnd: to - before,
      wanted: [from - before, to - before],
    });
    const hits: Hit[] = [];
    for (const h of result.hits) if (h.start + before >= from && h.start + before < to) hits.push(moved(h, before));
    return { ...result, hits };
  }
}

function moved(h: Hit, by: number): Hit {
  return { ...h, start: h.start + by, end: h.end + by };
}
