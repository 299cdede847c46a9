/**
 * Page side of the benchmark, bundled as one IIFE (bench/vite.config.ts) and injected
 * into each test page. Every method runs once per page load; the Node side reloads the
 * page between runs so highlighting always starts from the untouched page.
 *
 *   floor()            read document.body.textContent once + one regex test over it
 *   naiveMark(words)   mark.js `mark()` with the keyword list (what simple highlighters do)
 *   markRegExp(src)    mark.js `markRegExp` with one combined regex over the whole body
 *   fullPass(packs)    Lateral's pass: text index, matching, highlighting (./lateral-pass);
 *                      its `ms` is main-thread time summed over its idle slices
 */
import Mark from 'mark.js';
import { lateralPass, type PassInput, type PassResult } from './lateral-pass';

export interface MethodResult {
  /** Wall time of the method in the page, performance.now() before/after. */
  ms: number;
  /** What it found: highlights made (mark.js) or hits (floor: 1 if the regex matched). */
  count: number;
  /** Extra numbers a method reports (e.g. the phases of Lateral's pass). */
  detail?: Record<string, number>;
}

/** Long tasks (>= 50 ms) seen on this page; the observer is buffered. */
const longTasks: { start: number; duration: number }[] = [];
/** performance.now() when the last method started. */
let methodStart = 0;
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No longtask support: the Node side falls back to its trace.
}

/** Kept so the retained heap of a pass is what the extension would keep on the page. */
let keep: unknown = null;

// A pattern that never matches generated or corpus text, so the test scans all of it.
const FLOOR_RE = /(?:witkoff|ushakov)\s+floor\s+probe\b/i;

function floor(): MethodResult {
  const t0 = (methodStart = performance.now());
  const text = document.body.textContent ?? '';
  const found = FLOOR_RE.test(text);
  const ms = performance.now() - t0;
  return { ms, count: found ? 1 : 0, detail: { chars: text.length } };
}

function markWith(run: (instance: Mark, done: (count: number) => void) => void): Promise<MethodResult> {
  return new Promise((resolve) => {
    const t0 = (methodStart = performance.now());
    run(new Mark(document.body), (count) => resolve({ ms: performance.now() - t0, count }));
  });
}

/**
 * mark.js takes an array of keywords one recursion level per keyword, so past several
 * hundred keywords the page's stack overflows. Calls of at most this many keywords, one
 * after the other, each from a fresh stack, do the same work: one pass per keyword.
 */
const NAIVE_BATCH = 50;

function naiveMark(keywords: string[]): Promise<MethodResult> {
  // Defaults as a simple highlighter uses them, phrases kept whole.
  return markWith((instance, done) => {
    let total = 0;
    const from = (start: number): void => {
      if (start >= keywords.length) return done(total);
      instance.mark(keywords.slice(start, start + NAIVE_BATCH), {
        separateWordSearch: false,
        done: (count) => {
          total += count;
          // A microtask, not a call: the next batch starts on an empty stack, with no idle time between.
          queueMicrotask(() => from(start + NAIVE_BATCH));
        },
      });
    };
    from(0);
  });
}

function markRegExp(source: string, flags = 'gi'): Promise<MethodResult> {
  return markWith((instance, done) => instance.markRegExp(new RegExp(source, flags), { done }));
}

/** Runs the pass with `input`, or with what the harness stored in `__lateralPacks`. */
async function fullPass(input?: PassInput): Promise<MethodResult> {
  const stored = input ?? (globalThis as unknown as { __lateralPacks: PassInput }).__lateralPacks;
  methodStart = performance.now();
  const result: PassResult = await lateralPass(stored, document);
  keep = result.keep;
  // The cost is main-thread time (the sum of its slices); wall time includes idle waits.
  return { ms: result.phases.busy, count: result.hits, detail: { ...result.phases, marks: result.marks } };
}

/** Long tasks that ended after the last method started (the method's own evaluate task included). */
function state() {
  const mine = longTasks.filter((t) => t.start + t.duration >= methodStart).map((t) => t.duration);
  return { longTasks: mine, longestTask: mine.length ? Math.max(...mine) : 0, keep: keep !== null };
}

const api = { floor, naiveMark, markRegExp, fullPass, state };
(globalThis as unknown as { lateralBench: typeof api }).lateralBench = api;
export type LateralBench = typeof api;
