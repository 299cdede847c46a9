/**
 * Lateral's full pass on a page, through the content script's own code path, as
 * src/content/main.ts wires it: the page gate (createGate over the packs' gate
 * patterns) and ScanDriver.fullPass, which reads the raw text once, stops there when
 * the gate fails, and otherwise loads the matcher as src/content/active-page.ts does
 * (claim checks prepared one per step, then createMatcher; here from packs already
 * parsed into the page, where the extension imports them as a lazy chunk) and runs
 * the text index, the engine and the highlighter, sliced into idle callbacks.
 *
 * Because the pass is sliced, wall time includes the waits between idle callbacks.
 * What the reader pays is main-thread time, so the pass is also timed slice by
 * slice: requestIdleCallback is wrapped, a slice runs from its callback until the
 * pass asks for the next one (its promise continuations included), and `busy` is
 * the sum of the slices plus the synchronous start. `longestSlice` is the longest
 * piece of uninterrupted main-thread work the pass did.
 */
import { createGate } from '../src/core/detect/gate';
import { createMatcher, type CompiledPack, type Matcher } from '../src/core/detect/index';
import { ScanDriver } from '../src/content/scan-driver';
import { Highlighter } from '../src/content/highlighter';
import { nextSlice, runSteps } from '../src/content/idle';
import { prepareChecks } from '../src/core/detect/checks-run';
import { usePrecomputedWords } from '../src/core/detect/checks-phrase';
import { phraseWords } from 'virtual:lateral/phrase-words';

export interface PassResult {
  hits: number;
  marks: number;
  /**
   * `matcher`: preparing the checks and creating the matcher; `engine`: the scan's
   * engine calls; `highlight`: the highlight steps (mark.js); the rest of `busy` is the
   * gate, the text index and the scheduling between them.
   */
  phases: {
    matcher: number;
    engine: number;
    highlight: number;
    busy: number;
    wall: number;
    slices: number;
    longestSlice: number;
    engaged: number;
  };
  /** What the content script keeps alive on the page (matcher, highlighter with its findings). */
  keep: unknown;
}

interface SliceClock {
  open: number;
  busy: number;
  slices: number;
  longest: number;
}

let clock: SliceClock | null = null;

function closeSlice(now: number): void {
  if (!clock || clock.open < 0) return;
  const d = now - clock.open;
  clock.busy += d;
  clock.longest = Math.max(clock.longest, d);
  clock.open = -1;
}

const nativeIdle = globalThis.requestIdleCallback?.bind(globalThis);
if (nativeIdle) {
  globalThis.requestIdleCallback = (run, options) => {
    closeSlice(performance.now());
    return nativeIdle((deadline) => {
      if (clock) {
        clock.open = performance.now();
        clock.slices++;
      }
      run(deadline);
    }, options);
  };
}

/** What the harness stores in the page: compiled packs and the gate patterns (null: no gate). */
export interface PassInput {
  packs: unknown[];
  gate: string[] | null;
}

/** `run` with its time added to `spent[key]`. */
function timed<A extends unknown[], R>(spent: Record<string, number>, key: string, run: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const t0 = performance.now();
    try {
      return run(...args);
    } finally {
      spent[key] = (spent[key] ?? 0) + performance.now() - t0;
    }
  };
}

/** The matcher with its engine calls timed. */
function timedMatcher(matcher: Matcher, spent: Record<string, number>): Matcher {
  return { ...matcher, analyze: timed(spent, 'engine', matcher.analyze) };
}

export async function lateralPass(input: PassInput, doc: Document): Promise<PassResult> {
  const t0 = performance.now();
  clock = { open: t0, busy: 0, slices: 1, longest: 0 };
  const spent: Record<string, number> = { matcher: 0, engine: 0, highlight: 0 };
  let matcher: Matcher | null = null;
  const signal = new AbortController().signal;
  const packs = input.packs as CompiledPack[];
  // As src/content/active-page.ts loads it: each claim check prepared in a step of its
  // own, then creating the matcher in a slice of its own.
  const loadMatcher = async () => {
    // The built-in lexicons' word lists come from the build, as in src/content/page-matcher.ts.
    usePrecomputedWords(new Map(Object.entries(phraseWords)));
    await runSteps(
      packs.flatMap((pack) => pack.checks.map((check) => timed(spent, 'matcher', () => void prepareChecks([check])))),
      signal,
    );
    await nextSlice(signal);
    matcher = timed(spent, 'matcher', () => createMatcher(packs))();
    return timedMatcher(matcher, spent);
  };
  const highlighter = new Highlighter({ label: (f) => f.text });
  const applySteps = highlighter.applySteps.bind(highlighter);
  highlighter.applySteps = function* (index, hits) {
    const steps = applySteps(index, hits);
    const next = timed(spent, 'highlight', () => steps.next());
    for (let step = next(); ; step = next()) {
      if (step.done) return step.value;
      yield;
    }
  };
  const annotator = new ScanDriver({
    highlighter,
    matcher: input.gate ? loadMatcher : await loadMatcher(),
    ...(input.gate ? { gate: createGate(input.gate) } : {}),
    own: (edit) => edit(),
    signal,
    doc,
  });
  await annotator.fullPass();
  const end = performance.now();
  closeSlice(end);
  const c = clock;
  clock = null;
  return {
    hits: highlighter.size,
    marks: doc.querySelectorAll('lateral-mark').length,
    phases: {
      matcher: spent.matcher!,
      engine: spent.engine!,
      highlight: spent.highlight!,
      busy: c.busy,
      wall: end - t0,
      slices: c.slices,
      longestSlice: c.longest,
      engaged: annotator.engaged ? 1 : 0,
    },
    keep: { matcher, highlighter, annotator },
  };
}
