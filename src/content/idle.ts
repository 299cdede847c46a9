/**
 * Idle-time slicing. Work runs in slices of at most SLICE_MS, each in an idle
 * callback (or a timeout where requestIdleCallback is missing), so no task Lateral
 * starts comes near 50 ms. Nothing is scheduled while there is no work: an idle
 * page sees no timers from Lateral.
 */
export const SLICE_MS = 8;

type Schedule = (run: () => void) => () => void;

const scheduleIdle: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
};

/** The signal's reason when it is an Error (the usual case), else a plain AbortError. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** Resolves in the next idle slice; rejects with the signal's reason when aborted. */
export function nextSlice(signal: AbortSignal, schedule: Schedule = scheduleIdle): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => {
      cancel();
      reject(abortError(signal));
    };
    const cancel = schedule(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A clock for one slice: `over()` turns true once the slice has used its time. */
export function sliceClock(ms = SLICE_MS): { over: () => boolean } {
  const start = performance.now();
  return { over: () => performance.now() - start > ms };
}

/**
 * Runs a resumable job to the end, a slice at a time. `step(over)` does work until
 * `over()` and returns true when finished.
 */
export async function runSliced(step: (over: () => boolean) => boolean, signal: AbortSignal): Promise<void> {
  for (;;) {
    const clock = sliceClock();
    if (step(clock.over)) return;
    await nextSlice(signal);
  }
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
