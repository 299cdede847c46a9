/**
 * Idle-time slicing. Work runs in slices of at most SLICE_MS, each in an idle
 * callback (or a timeout where requestIdleCallback is missing), so no task Lateral
 * starts comes near 50 ms. Nothing is scheduled while there is no work: an idle
 * page sees no timers from Lateral.
 *
 * The slice is the task's, not one job's: a pass runs several jobs one after the other
 * (check preparation, text index, scan, highlights), and each continues in the slice the last
 * one left, so together they stay within it. A slice opens when an idle callback of
 * nextSlice runs; work that runs outside one (after an import or a message) finds
 * the last slice spent and does the least it can before asking for the next.
 */
import type { SliceTime } from '../core/scan/scan';

export const SLICE_MS = 8;
/** A slice gets at least this long, even when the browser has less idle time to offer. */
export const MIN_SLICE_MS = 4;

type Schedule = (run: (deadline?: IdleDeadline) => void) => () => void;

const scheduleIdle: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
};

/** The current slice: when it opened and how long it may run (ms). */
const slice = { start: Number.NEGATIVE_INFINITY, ms: SLICE_MS };

/** Opens a slice now, as long as the idle deadline allows (SLICE_MS at most, MIN_SLICE_MS at least). */
export function openSlice(deadline?: IdleDeadline, now = performance.now()): void {
  slice.start = now;
  slice.ms = deadline ? Math.min(SLICE_MS, Math.max(MIN_SLICE_MS, deadline.timeRemaining())) : SLICE_MS;
}

/** The time left in the current slice, and how much of it has gone. */
export const sliceTime: SliceTime = {
  remaining: () => slice.start + slice.ms - performance.now(),
  elapsed: () => performance.now() - slice.start,
};

/** True once the current slice has used its time. */
export const sliceOver = (): boolean => sliceTime.remaining() < 0;

/** The signal's reason when it is an Error (the usual case), else a plain AbortError. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** Resolves in the next idle slice, which it opens; rejects with the signal's reason when aborted. */
export function nextSlice(signal: AbortSignal, schedule: Schedule = scheduleIdle): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => {
      cancel();
      reject(abortError(signal));
    };
    const cancel = schedule((deadline) => {
      signal.removeEventListener('abort', onAbort);
      openSlice(deadline);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Waits for the next slice only when the current one is spent. */
export async function nextSliceIfOver(signal: AbortSignal): Promise<void> {
  if (sliceOver()) await nextSlice(signal);
}

/**
 * Runs a resumable job to the end in the current slice and as many more as it needs.
 * `step(over, time)` does work until `over()` (or as `time` allows) and returns true
 * when finished.
 */
export async function runSliced(step: (over: () => boolean, time: SliceTime) => boolean, signal: AbortSignal): Promise<void> {
  while (!step(sliceOver, sliceTime)) await nextSlice(signal);
}

/** Runs `steps` in order, as many per slice as fit, from the current slice on. */
export function runSteps(steps: readonly (() => void)[], signal: AbortSignal): Promise<void> {
  let next = 0;
  return runSliced((over) => {
    while (next < steps.length) {
      steps[next++]!();
      if (over()) return false;
    }
    return true;
  }, signal);
}

/**
 * Caps the time live-page updates may use: at most `budgetMs` of work in any
 * `windowMs`. A page that mutates all the time gets annotated at that rate, never
 * more, instead of keeping the main thread busy.
 */
export class Budget {
  private windowStart = 0;
  private used = 0;

  constructor(
    private readonly budgetMs = 100,
    private readonly windowMs = 1000,
  ) {}

  /** Milliseconds to wait before more work is allowed (0: go now). */
  waitMs(now = performance.now()): number {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    return this.used < this.budgetMs ? 0 : this.windowStart + this.windowMs - now;
  }

  spend(ms: number): void {
    this.used += ms;
  }
}
