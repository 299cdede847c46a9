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
import { TextIndexBuilder, type TextIndex } from './text-index';

/**
 * Text per engine call, cut at a line break. The first calls of a page run before
 * V8 has optimised the engine and read only a few hundred chars per ms, so chunks
 * start small; once warm the engine reads several thousand chars per ms, and larger
 * chunks cut the fixed cost of each call. A slice can stop between any two calls.
 */
const FIRST_CHUNK = 2_000;
const SCAN_CHUNK = 16_000;

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
  signal: AbortSignal;
  doc?: Document;
}

/** Cuts text into chunks that end at a line break (block boundary) where possible. */
export function chunkBounds(text: string, size = SCAN_CHUNK, first = Math.min(FIRST_CHUNK, size)): number[] {
  const bounds = [0];
  let at = 0;
  let next = first;
  while (text.length - at > next) {
    const cut = text.lastIndexOf('\n', at + next);
    at = cut > at ? cut + 1 : at + next;
    bounds.push(at);
    next = Math.min(size, next * 2);
  }
  bounds.push(text.length);
  return bounds;
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
    if (gate && !roots.some((root) => gate(root.textContent ?? ''))) return false;
    if (typeof matcher !== 'function') {
      this.matcher = matcher;
      return true;
    }
    // Loading and creating the matcher is one task; compiling each check's regular
    // expressions gets a slice of its own, so no single task of the first scan is long.
    await nextSlice(this.deps.signal);
    const loaded = await matcher();
    const steps = loaded.warmUp();
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
    const bounds = chunkBounds(text);
    const hits: Hit[] = [];
    let chunk = 0;
    let becameRelevantAt = -1;
    await runSliced((over) => {
      while (chunk < bounds.length - 1) {
        const from = bounds[chunk]!;
        const result = matcher.analyze(text.slice(from, bounds[chunk + 1]!), {
          relevance: this.relevance,
          pageRelevant: this.pageRelevant,
        });
        this.relevance = result.relevance;
        if (result.pageRelevant && !this.pageRelevant) {
          this.pageRelevant = true;
          becameRelevantAt = chunk;
        }
        for (const h of result.hits) hits.push({ ...h, start: h.start + from, end: h.end + from });
        chunk++;
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
          for (const h of matcher.scan(text.slice(from, bounds[again + 1]!), { pageRelevant: true })) {
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
