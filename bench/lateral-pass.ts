/**
 * Lateral's full pass on a page, through the content script's own code path, as
 * src/content/main.ts wires it: the page gate (createGate over the packs' gate
 * patterns) and ScanDriver.fullPass, which reads the raw text once, stops there when
 * the gate fails, and otherwise loads the matcher (createMatcher, here from packs
 * already parsed into the page; the extension imports them as a lazy chunk) and
 * runs the text index, the engine and the highlighter, sliced into idle callbacks.
 *
 * Because the pass is sliced, wall time includes the waits between idle callbacks.
 * What the reader pays is main-thread time, so the pass is also timed slice by
 * slice: requestIdleCallback is wrapped, a slice runs from its callback until the
 * pass asks for the next one (its promise continuations included), and `busy` is
 * the sum of the slices plus the synchronous start. `longestSlice` is the longest
 * piece of uninterrupted main-thread work the pass did.
 */
import { createGate } from '../src/core/detect/gate';
import { createMatcher, type CompiledPack } from '../src/core/detect/index';
import { ScanDriver } from '../src/content/scan-driver';
import { Highlighter } from '../src/content/highlighter';

export interface PassResult {
  hits: number;
  marks: number;
  phases: { matcher: number; busy: number; wall: number; slices: number; longestSlice: number; engaged: number };
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

export async function lateralPass(input: PassInput, doc: Document): Promise<PassResult> {
  const t0 = performance.now();
  clock = { open: t0, busy: 0, slices: 1, longest: 0 };
  let matcherMs = 0;
  let matcher: ReturnType<typeof createMatcher> | null = null;
  const loadMatcher = async () => {
    const m0 = performance.now();
    matcher = createMatcher(input.packs as CompiledPack[]);
    matcherMs = performance.now() - m0;
    return matcher;
  };
  const highlighter = new Highlighter({ label: (f) => f.text });
  const annotator = new ScanDriver({
    highlighter,
    matcher: input.gate ? loadMatcher : await loadMatcher(),
    ...(input.gate ? { gate: createGate(input.gate) } : {}),
    own: (edit) => edit(),
    signal: new AbortController().signal,
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
      matcher: matcherMs,
      busy: c.busy,
      wall: end - t0,
      slices: c.slices,
      longestSlice: c.longest,
      engaged: annotator.engaged ? 1 : 0,
    },
    keep: { matcher, highlighter, annotator },
  };
}
