/**
 * Reading a Chromium trace (CDP Tracing, devtools.timeline categories): the main
 * thread of the renderer that shows a page, its tasks, and which of them ran code of
 * the extension (any event carrying a chrome-extension:// URL nested in the task).
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; frames?: unknown[]; stackTrace?: { url?: string }[] } };
}

export interface Task {
  start: number;
  end: number;
  /** Milliseconds. */
  ms: number;
  /** True when extension code ran inside the task. */
  extension: boolean;
  /**
   * Thread time of the task (ms, the trace's `tdur`): what the thread ran, without the
   * time it waited for a core, which on a loaded machine stretches the wall time. NaN
   * where the trace has none.
   */
  threadMs: number;
}

export interface MainThreadSummary {
  tasks: Task[];
  longestMs: number;
  longestExtensionMs: number;
  /** Thread time of the task with extension code that ran longest by thread time (see Task.threadMs). */
  longestExtensionThreadMs: number;
  extensionTaskCount: number;
  /** Events with an extension URL (FunctionCall, TimerFire, EvaluateScript, ...), by name. */
  extensionEvents: Record<string, number>;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function urlOf(event: TraceEvent): string {
  const data = event.args?.data;
  if (!data) return '';
  if (typeof data.url === 'string' && data.url) return data.url;
  const stack = data.stackTrace;
  if (Array.isArray(stack) && stack[0] && typeof stack[0].url === 'string') return stack[0].url;
  if (typeof data.scriptName === 'string') return data.scriptName;
  return '';
}

export function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('moz-extension://');
}

/** The renderer main threads (pid, tid) named CrRendererMain. */
export function rendererMainThreads(events: readonly TraceEvent[]): { pid: number; tid: number }[] {
  return events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => ({ pid: e.pid, tid: e.tid }));
}

/** The main thread that ran the most top-level work in [from, to] (µs): the page's renderer. */
export function busiestMainThread(events: readonly TraceEvent[], from = -Infinity, to = Infinity): { pid: number; tid: number } | null {
  const mains = rendererMainThreads(events);
  let best: { pid: number; tid: number } | null = null;
  let bestBusy = -1;
  for (const main of mains) {
    let busy = 0;
    for (const e of events) {
      if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && TASK_NAMES.has(e.name) && e.ts >= from && e.ts <= to) {
        busy += e.dur ?? 0;
      }
    }
    if (busy > bestBusy) {
      best = main;
      bestBusy = busy;
    }
  }
  return best;
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
}

/** One CPU sample taken while extension code was on the stack. */
export interface ExtensionSample {
  /** Trace clock, µs. */
  t: number;
  /** The time the sample stands for (µs): until the next sample, capped (see extensionSamples). */
  us: number;
}

/** A sample never stands for more than this (µs): a gap in sampling is not extension time. */
const MAX_SAMPLE_US = 1_000;

/**
 * Every CPU sample (category disabled-by-default-v8.cpu_profiler) of process `pid`, in
 * order: its time, the time it stands for (until the next sample, capped), and the
 * profile node on top of the stack; with the nodes, whose parents give the stack.
 */
export function profileSamples(
  events: readonly TraceEvent[],
  pid: number,
): { nodes: Map<number, ProfileNode>; samples: (ExtensionSample & { node: number })[] } {
  const starts = new Map<string, number>();
  const chunks = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const id = (e as { id?: string }).id;
    if (e.pid !== pid || id === undefined) continue;
    if (e.name === 'Profile') starts.set(id, Number((e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts));
    else if (e.name === 'ProfileChunk') chunks.set(id, [...(chunks.get(id) ?? []), e]);
  }
  const nodes = new Map<number, ProfileNode>();
  const samples: (ExtensionSample & { node: number })[] = [];
  for (const [id, list] of chunks) {
    const all: { t: number; node: number }[] = [];
    let t = starts.get(id) ?? 0;
    for (const chunk of list.sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        t += deltas[i] ?? 0;
        all.push({ t, node });
      });
    }
    all.forEach((sample, i) => samples.push({ ...sample, us: Math.min(MAX_SAMPLE_US, (all[i + 1]?.t ?? sample.t) - sample.t) }));
  }
  return { nodes, samples: samples.sort((a, b) => a.t - b.t) };
}

/**
 * The CPU samples taken in process `pid` while extension code was on the stack, in
 * order. Samples see what trace events miss:
 * a promise continuation after an `await` runs in a task of its own with no
 * FunctionCall event naming the extension. Native work the extension's code calls
 * (reading `textContent`, a regular expression, an extension API) has the extension's
 * frame below it, so it counts too.
 */
export function extensionSamples(events: readonly TraceEvent[], pid: number): ExtensionSample[] {
  const { nodes, samples } = profileSamples(events, pid);
  const inExtension = new Map<number, boolean>();
  const isExt = (nodeId: number): boolean => {
    const known = inExtension.get(nodeId);
    if (known !== undefined) return known;
    const node = nodes.get(nodeId);
    const own = isExtensionUrl(node?.callFrame?.url ?? '');
    const value = own || (node?.parent !== undefined && isExt(node.parent));
    inExtension.set(nodeId, value);
    return value;
  };
  return samples.filter((s) => isExt(s.node)).map(({ t, us }) => ({ t, us }));
}

/** Times (µs, trace clock) of the samples with extension code on the stack (see extensionSamples). */
export function extensionSampleTimes(events: readonly TraceEvent[], pid: number): number[] {
  return extensionSamples(events, pid).map((s) => s.t);
}

/** Trace events that are the extension's own work: they name its script and have a duration. */
const OWN_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame']);

/**
 * The extension's own main-thread time in [from, to] (ms), not the tasks it ran in:
 * the durations of the trace events that name its scripts (evaluating and compiling
 * them, calling their listeners and callbacks; nested events counted once), plus the
 * CPU samples with its code on the stack that fall outside those events (promise
 * continuations). A task in which a listener of the extension runs for 0.1 ms while
 * the page parses for 30 ms counts 0.1 ms here; the task measure counts it whole.
 */
export function extensionOwnMs(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from = -Infinity,
  to = Infinity,
  samples: readonly ExtensionSample[] = [],
): number {
  const spans = events
    .filter(
      (e) =>
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ph === 'X' &&
        e.ts >= from &&
        e.ts <= to &&
        OWN_EVENTS.has(e.name) &&
        isExtensionUrl(urlOf(e)),
    )
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let us = merged.reduce((n, s) => n + s.end - s.start, 0);
  let k = 0;
  for (const sample of samples) {
    if (sample.t < from || sample.t > to) continue;
    while (k < merged.length && merged[k]!.end < sample.t) k++;
    const inside = k < merged.length && merged[k]!.start <= sample.t;
    if (!inside) us += sample.us;
  }
  return us / 1000;
}

/**
 * Top-level tasks of one thread within [from, to] (µs), each marked when extension code
 * ran in it: an event naming an extension URL, or a CPU sample with extension code on
 * the stack (`samples`, from extensionSampleTimes).
 */
export function summarizeMainThread(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from = -Infinity,
  to = Infinity,
  samples: readonly number[] = [],
): MainThreadSummary {
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ts >= from && e.ts <= to);
  const rawTasks = mine
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), tdur: (e as { tdur?: number }).tdur }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep only outermost tasks (nested RunTask events describe the same work).
  const tasks: Task[] = [];
  for (const t of rawTasks) {
    const last = tasks[tasks.length - 1];
    if (last && t.start < last.end) continue;
    tasks.push({
      start: t.start,
      end: t.end,
      ms: (t.end - t.start) / 1000,
      extension: false,
      threadMs: t.tdur === undefined ? Number.NaN : t.tdur / 1000,
    });
  }
  const extensionEvents: Record<string, number> = {};
  const extensionTimes: number[] = [];
  for (const e of mine) {
    if (TASK_NAMES.has(e.name) || !isExtensionUrl(urlOf(e))) continue;
    extensionEvents[e.name] = (extensionEvents[e.name] ?? 0) + 1;
    extensionTimes.push(e.ts);
  }
  for (const t of samples) if (t >= from && t <= to) extensionTimes.push(t);
  extensionTimes.sort((a, b) => a - b);
  let k = 0;
  for (const task of tasks) {
    while (k < extensionTimes.length && extensionTimes[k]! < task.start) k++;
    if (k < extensionTimes.length && extensionTimes[k]! <= task.end) task.extension = true;
  }
  const ext = tasks.filter((t) => t.extension);
  return {
    tasks,
    longestMs: tasks.reduce((m, t) => Math.max(m, t.ms), 0),
    longestExtensionMs: ext.reduce((m, t) => Math.max(m, t.ms), 0),
    longestExtensionThreadMs: ext.reduce((m, t) => (Number.isFinite(t.threadMs) ? Math.max(m, t.threadMs) : m), 0),
    extensionTaskCount: ext.length,
    extensionEvents,
  };
}
