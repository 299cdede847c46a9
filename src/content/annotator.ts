/**
 * Scan passes: text index -> engine -> highlighter, sliced so that no task runs
 * long. A full pass covers the page; a partial pass covers the subtrees the DOM
 * watcher reports, clearing Lateral's own highlights there first so nothing is
 * highlighted twice. Page-level relevance evidence carries over between passes,
 * and when a later pass makes the page relevant, the whole page is scanned again.
 */
import type { Gate } from '../core/detect/gate';
import type { Hit } from '../core/hit';
import type { Matcher, RelevanceState } from '../core/detect/index';
import type { Highlighter } from './highlighter';
import { nextSlice, runSliced } from './idle';
import { itemsWithin } from '../core/detect/items';
import { TextIndexBuilder, type TextIndex } from './text-index';

/**
 * Text per engine call, cut at a line break. The first calls of a page run before
 * V8 has optimised the engine, so chunks start small and double while the text is
 * sparse; larger chunks cut the fixed cost of each call. Where mentions are dense,
 * claim checks read most of a chunk, so the next chunk is sized to hold about
 * HITS_PER_CHUNK of them. A slice can stop between any two calls.
 */
const FIRST_CHUNK = 2_000;
const MIN_CHUNK = 1_000;
const SCAN_CHUNK = 16_000;
const HITS_PER_CHUNK = 16;

/** Text longer than this (a million chars) is read and gated in separate tasks. */
const LONG_TEXT = 1_000_000;

/**
 * At most this many highlights on one page. A real article about the story has tens;
 * a page that repeats a short phrase thousands of times would otherwise fill itself
 * with highlight elements and keep Lateral busy for seconds.
 */
export const MAX_FINDINGS = 3_000;

export interface AnnotatorDeps {
  highlighter: Highlighter;
  /** The matcher, or a loader for it: the content script loads it only once the gate passes. */
  matcher: Matcher | (() => Promise<Matcher>);
  /**
   * The page gate (src/core/detect/gate.ts). While no text of the page has passed
   * it, passes stop after one read of the raw text and the matcher is never loaded.
   */
  gate?: Gate;
  /** Runs Lateral's own DOM edits so the DOM watcher ignores them. */
  own: <T>(edit: () => T) => T;
  /** Each text index built, once complete (the DOM watcher observes the shadow roots it walked). */
  onIndexed?: (index: TextIndex) => void;
  signal: AbortSignal;
  doc?: Document;
}

/** Where a chunk starting at `at` ends: at most `size` chars on, after a line break where possible. */
export function chunkEnd(text: string, at: number, size: number): number {
  if (text.length - at <= size) return text.length;
  const cut = text.lastIndexOf('\n', at + size);
  return cut > at ? cut + 1 : at + size;
}

/** The next chunk's size, from the last chunk's size and how many hits it held. */
export function nextChunkSize(size: number, hits: number): number {
  const forHits = hits > 0 ? Math.floor((size * HITS_PER_CHUNK) / hits) : SCAN_CHUNK;
  return Math.max(MIN_CHUNK, Math.min(SCAN_CHUNK, size * 2, forHits));
}

export class Annotator {
  private matcher: Matcher | null;
  private relevance: RelevanceState | undefined;
  private pageRelevant = false;
  private readonly doc: Document;

  constructor(private readonly deps: AnnotatorDeps) {
    this.doc = deps.doc ?? document;
    this.matcher = typeof deps.matcher === 'function' ? null : deps.matcher;
    if (!deps.gate && this.matcher === null) throw new Error('Annotator: a matcher loader needs a gate');
  }

  /** True once some page text has passed the gate and the matcher is loaded. */
  get engaged(): boolean {
    return this.matcher !== null;
  }

  /**
   * Loads the matcher the first time text passes the gate. Until then a pass costs
   * one read of the raw text (`textContent`, native) and one regular expression.
   */
  private async engage(roots: readonly Node[]): Promise<boolean> {
    if (this.matcher) return true;
    const { gate, matcher } = this.deps;
    const passing = gate ? await this.firstPassing(gate, roots) : '';
    if (passing === null) return false;
    if (typeof matcher !== 'function') {
      this.matcher = matcher;
      return true;
    }
    // Loading and creating the matcher is one task; compiling each check's regular
    // expressions gets a slice of its own, so no single task of the first scan is long.
    // The text that passed the gate tells the warm-up which string width to compile for.
    // It runs before the text index is built, so the page has no time to change between
    // indexing and highlighting.
    await nextSlice(this.deps.signal);
    const loaded = await matcher();
    const steps = loaded.warmUp(passing);
    let next = 0;
    await runSliced((over) => {
      while (next < steps.length) {
        steps[next++]!();
        if (over()) return false;
      }
      return true;
    }, this.deps.signal);
    this.matcher = loaded;
    return true;
  }

  /**
   * The text of the first of `roots` that passes the gate, or null. On a very long
   * page, reading the text and testing it take a task each, so the two costs never
   * add up in one task.
   */
  private async firstPassing(gate: Gate, roots: readonly Node[]): Promise<string | null> {
    for (const root of roots) {
      const text = root.textContent ?? '';
      if (text.length > LONG_TEXT) await nextSlice(this.deps.signal);
      if (gate(text)) return text;
    }
    return null;
  }

  /** Scans the whole page. */
  async fullPass(): Promise<void> {
    this.relevance = undefined;
    this.pageRelevant = false;
    const root = this.doc.body ?? this.doc.documentElement;
    if (!(await this.engage([root])) || this.deps.signal.aborted) return;
    await this.pass(root);
  }

  /** Rescans changed subtrees; returns true when the caller should run a full pass. */
  async partialPass(roots: Element[]): Promise<boolean> {
    // New text that passes the gate on a page that had none: the page's earlier text
    // was never indexed, so its context must be read too — a full pass does that.
    if (!this.matcher) return this.engage(roots.filter((root) => root.isConnected));
    const wasRelevant = this.pageRelevant;
    for (const root of roots) {
      if (!root.isConnected) continue;
      this.deps.own(() => this.deps.highlighter.clear(root));
      await this.pass(root);
    }
    return !wasRelevant && this.pageRelevant;
  }

  private async pass(root: Node): Promise<void> {
    const { signal } = this.deps;
    const builder = new TextIndexBuilder(root);
    await runSliced((over) => builder.step(over), signal);
    const index = builder.result();
    this.deps.onIndexed?.(index);
    const room = MAX_FINDINGS - this.deps.highlighter.size;
    const hits = (await this.scan(index, signal)).slice(0, Math.max(0, room));
    if (hits.length === 0) return;
    const steps = this.deps.highlighter.applySteps(index, hits);
    await runSliced((over) => {
      for (;;) {
        const step = this.deps.own(() => steps.next());
        if (step.done) return true;
        if (over()) return false;
      }
    }, signal);
  }

  private async scan(index: TextIndex, signal: AbortSignal): Promise<Hit[]> {
    const matcher = this.matcher;
    if (!matcher) return [];
    const { text } = index;
    // Chunk k is text [bounds[k], bounds[k + 1]); sizes adapt as the scan goes.
    const bounds = [0];
    let size = FIRST_CHUNK;
    const hits: Hit[] = [];
    let becameRelevantAt = -1;
    await runSliced((over) => {
      for (let from = bounds[bounds.length - 1]!; from < text.length; from = bounds[bounds.length - 1]!) {
        const to = chunkEnd(text, from, size);
        const result = matcher.analyze(text.slice(from, to), {
          relevance: this.relevance,
          pageRelevant: this.pageRelevant,
          items: itemsWithin(index.items, from, to),
        });
        this.relevance = result.relevance;
        if (result.pageRelevant && !this.pageRelevant) {
          this.pageRelevant = true;
          becameRelevantAt = bounds.length - 1;
        }
        for (const h of result.hits) hits.push({ ...h, start: h.start + from, end: h.end + from });
        bounds.push(to);
        size = nextChunkSize(size, result.hits.length);
        if (over()) return false;
      }
      return true;
    }, signal);
    if (becameRelevantAt > 0) {
      // Ambiguous words earlier in this text were judged before the page proved relevant.
      const seen = new Set(hits.map((h) => `${h.start}:${h.end}:${h.ruleId}`));
      let again = 0;
      await runSliced((over) => {
        while (again < becameRelevantAt) {
          const from = bounds[again]!;
          const to = bounds[again + 1]!;
          for (const h of matcher.scan(text.slice(from, to), { pageRelevant: true, items: itemsWithin(index.items, from, to) })) {
            const moved = { ...h, start: h.start + from, end: h.end + from };
            if (!seen.has(`${moved.start}:${moved.end}:${moved.ruleId}`)) hits.push(moved);
          }
          again++;
          if (over()) return false;
        }
        return true;
      }, signal);
    }
    return hits;
  }
}
