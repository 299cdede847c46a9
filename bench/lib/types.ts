/** Shapes of bench/results.json. */
import type { BundleReport } from './bundle.ts';
import type { Target } from './report.ts';
import type { FirefoxPageResult } from './firefox.ts';
import type { UnrelatedRun } from './unrelated.ts';

export type MethodName = 'floor' | 'fullPass' | 'markRegExp' | 'naiveMark';

/** One method on one freshly loaded page. Times in ms, heap in bytes. */
export interface Run {
  /** Wall time of the method inside the page. */
  ms: number;
  /** Highlights made (mark.js), hits (Lateral), 1/0 regex matched (floor). */
  count: number;
  detail?: Record<string, number>;
  /** Main-thread time (CDP Performance TaskDuration) from the start of the method until two frames later. */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** JS heap after the method minus before (before GC). */
  heapAdded: number;
  /** Same after a full GC: what the page keeps. */
  heapRetained: number;
  /** Longest long task (>= 50 ms) seen while the method ran; 0 when none. */
  longestTaskMs: number;
}

export interface MethodSummary {
  runs: Run[];
  medianMs: number;
  medianTaskMs: number;
  count: number;
  longestTaskMs: number;
  heapAdded: number;
  heapRetained: number;
  ratioToFloor: number;
  extrapolated?: boolean;
  note?: string;
}

export interface PageResult {
  id: string;
  group: 'generated' | 'fixture' | 'corpus';
  htmlBytes: number;
  /** body.textContent.length measured by the floor. */
  chars: number;
  targetChars?: number;
  mentions?: number;
  reps: number;
  methods: Partial<Record<MethodName, MethodSummary>> & { floor: MethodSummary };
}

export interface ScalingResult {
  chars: number;
  targetChars: number;
  mentions: number;
  /** True when all packs ran on the very same page. */
  sharedPage: boolean;
  floor: MethodSummary;
  packs: Record<string, MethodSummary & { phrases: number }>;
  /** The story pack with and without its page gate on the same page without mentions. */
  diagnostics: Record<string, MethodSummary & { phrases: number }>;
  largestOverSmallest: number;
}

export interface ExtensionRun {
  page: string;
  chars: number;
  mentions: number;
  scanned: boolean;
  /** Navigation start to data-lateral-scanned seen (Node clock, includes page load). */
  scanMs: number;
  marks: number;
  /** Longest main-thread task from navigation to idle (page parsing included). */
  longestTaskMs: number;
  /** Longest main-thread task in which extension code ran. */
  longestExtensionTaskMs: number;
  /** The longest such task by thread time (trace `tdur`: without waits for a core); absent in older runs. */
  longestExtensionTaskThreadMs?: number;
  extensionTasks: number;
  extensionTasksOver50: number;
  /** Sum of the durations of tasks in which extension code ran. */
  extensionScriptMs: number;
  longTasksObserved: number[];
  heapAfterGc: number;
  /** JS heap after GC with the extension minus the same page without it. */
  heapAddedVsPlain: number;
  plainLongestTaskMs: number;
  idle: {
    ms: number;
    /** Trace events carrying an extension URL while the page sat idle. */
    extensionEvents: Record<string, number>;
    scriptMs: number;
    taskMs: number;
    plainScriptMs: number;
    plainTaskMs: number;
  };
}

export interface Results {
  date: string;
  /** 'partial': a full run of the chosen sizes, mention counts and corpus pages only (see bench/main.ts). */
  mode: 'quick' | 'full' | 'partial';
  machine: { nproc: string; cpu: string; memory: string; chromium: string; firefox?: string; node: string; os: string; load: string };
  packs: { name: string; phrases: number; patterns: number; compiledBytes: number; gate: boolean }[];
  pages: PageResult[];
  scaling: ScalingResult[];
  extension: ExtensionRun[];
  bundle: BundleReport | null;
  /** Corpus pages with the extension loaded vs the empty content script (Chromium, trace). */
  unrelated: UnrelatedRun[];
  /** The in-page part in Firefox ESR: story pages, and the page-start path on corpus pages. */
  firefox: { version: string; story: FirefoxPageResult[]; corpus: FirefoxPageResult[] } | null;
  durationS: number;
  targets?: Target[];
}
