/**
 * `npm run bench` (via bench/run.mjs): Lateral's cost on real pages in headless
 * Chromium, against the floor (reading the page's text once) and mark.js.
 *
 *   node bench/run.mjs            full run (~15 min on 2 cores)
 *   node bench/run.mjs --quick    smoke run (~3 min): fewer pages, sizes and runs
 *   --skip-corpus --skip-ext --skip-firefox --skip-build   leave a part out (for development)
 *   --scaling                     also time 10 / 1,000 / 10,000 synthetic phrases
 *   --sizes=10k,100k --mentions=10,100   trial run of chosen generated pages only
 *                                 (no fixtures, no naive mark.js): for checking a change
 *   --corpus=N                    only the first N corpus pages (a trial run too)
 *   --write                       a trial run writes bench/results.json and RESULTS.md
 *                                 (as a 'partial' run) instead of .tmp/bench
 *
 * Writes bench/results.json and bench/RESULTS.md. Timings are never asserted: the
 * targets are judged on ratios within this one interleaved run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { analyzeContentBundle, type BundleReport } from './lib/bundle.ts';
import {
  heapUsed,
  markTime,
  metrics,
  openExtensionTab,
  openPlainTab,
  settleFrames,
  startTrace,
  traceMark,
  CHROMIUM,
  type BenchTab,
} from './lib/browser.ts';
import { generatePage, sizeLabel } from './lib/generate.ts';
import { benchPack, storyPackInput, syntheticBenchPack, type BenchPack } from './lib/packs.ts';
import { computeTargets, renderReport } from './lib/report.ts';
import { startBenchServer, CORPUS_DIR, FIXTURES_DIR, REPO_ROOT, type BenchServer } from './lib/server.ts';
import { extrapolateLinear, max, median, ratio, rotate } from './lib/stats.ts';
import { busiestMainThread, extensionSampleTimes, summarizeMainThread } from './lib/trace.ts';
import { firefoxInPage, launchFirefox, FIREFOX } from './lib/firefox.ts';
import { unrelatedPages } from './lib/unrelated.ts';
import type { ExtensionRun, MethodName, MethodSummary, PageResult, Results, Run, ScalingResult } from './lib/types.ts';

const argv = new Set(process.argv.slice(2));
const QUICK = argv.has('--quick');
const KB = 1024;
const MB = 1024 * 1024;

/** Value list of `--name=a,b`: "10k" and "5m" are sizes in KB and MB. */
function listOption(name: string): number[] | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg
    .slice(name.length + 3)
    .split(',')
    .map((v) => (v.endsWith('k') ? Number(v.slice(0, -1)) * KB : v.endsWith('m') ? Number(v.slice(0, -1)) * MB : Number(v)));
}
const TRIAL_SIZES = listOption('sizes');
const TRIAL_MENTIONS = listOption('mentions');
/** A trial run: only the chosen generated pages, Lateral against the floor and markRegExp. */
const TRIAL = TRIAL_SIZES !== undefined || TRIAL_MENTIONS !== undefined;

const CONFIG = QUICK
  ? {
      sizes: [10 * KB, 1 * MB],
      mentions: [0, 100],
      reps: (chars: number) => (chars > 2 * MB ? 2 : 3),
      corpusLimit: 4,
      corpusReps: 2,
      scaling: { sizes: [100 * KB], mentions: [0, 100], reps: 2 },
      extSizes: [10 * KB, 1 * MB],
      idleMs: 1500,
      firefoxReps: 2,
    }
  : {
      sizes: [10 * KB, 100 * KB, 1 * MB, 5 * MB],
      mentions: [0, 10, 100, 1000],
      reps: (chars: number) => (chars > 2 * MB ? 2 : chars > 200 * KB ? 3 : 4),
      corpusLimit: Infinity,
      corpusReps: 2,
      scaling: { sizes: [1 * MB], mentions: [0, 100], reps: 3 },
      extSizes: [10 * KB, 100 * KB, 1 * MB, 5 * MB],
      idleMs: 3000,
      firefoxReps: 3,
    };
if (TRIAL_SIZES) CONFIG.sizes = CONFIG.extSizes = TRIAL_SIZES;
if (TRIAL_MENTIONS) CONFIG.mentions = TRIAL_MENTIONS;
const CORPUS_LIMIT = listOption('corpus')?.[0];
if (CORPUS_LIMIT !== undefined) CONFIG.corpusLimit = CORPUS_LIMIT;
/**
 * Naive mark.js is skipped (and extrapolated) when it would take longer than this, but
 * on the headline page (5 MB, 1,000 mentions), where it gets up to two minutes...
 */
const NAIVE_CAP_MS = 10_000;
const NAIVE_HEADLINE_CAP_MS = 120_000;
/** ...and run once instead of every round when it would take longer than this. */
const NAIVE_ONCE_MS = 3_000;
const SYNTHETIC_SIZES = [10, 1000, 10_000];

const OUT_DIR = resolve(REPO_ROOT, '.tmp', 'bench');
/** An extension whose content script is empty: what any content script costs. */
const BASELINE_DIR = resolve(REPO_ROOT, 'bench', 'baseline-extension');
/** An extension whose content script reads the page's text and tests one regular expression. */
const FLOOR_DIR = resolve(REPO_ROOT, 'bench', 'floor-extension');
const EXT_DIR = join(OUT_DIR, 'chrome');
const BUNDLE_FILE = join(OUT_DIR, 'page', 'lateral-bench.js');

const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

// ---------------------------------------------------------------------------------
// Build: the page-side bench script and the extension, into .tmp/bench (never dist/).

async function buildAll(): Promise<void> {
  if (argv.has('--skip-build') && existsSync(BUNDLE_FILE) && existsSync(join(EXT_DIR, 'manifest.json'))) return;
  log('building the bench script and the Chrome extension into .tmp/bench');
  await build({ configFile: resolve(REPO_ROOT, 'bench', 'vite.config.ts'), logLevel: 'warn' });
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LATERAL_DIST_ROOT: '.tmp/bench' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('extension build failed');
}

// ---------------------------------------------------------------------------------
// Pages.

interface PageSpec {
  id: string;
  group: 'generated' | 'fixture' | 'corpus';
  path: string;
  htmlBytes: number;
  /** Generated pages: intended text size and mentions. */
  targetChars?: number;
  mentions?: number;
  reps: number;
  /** 'extrapolate': do not run naive mark.js here, estimate it from a smaller page. */
  naive?: 'measure' | 'extrapolate';
  /** Run naive mark.js once instead of every round above this predicted time. */
  naiveOnceMs?: number;
  /** Do not run naive mark.js above this predicted time (extrapolate instead). */
  naiveCapMs?: number;
  /** Methods run in the first round only (the corpus: the mark.js baselines, to fit the time budget). */
  onceMethods?: MethodName[];
}

function addGenerated(server: BenchServer, story: BenchPack): PageSpec[] {
  const pages: PageSpec[] = [];
  for (const chars of CONFIG.sizes) {
    for (const mentions of CONFIG.mentions) {
      if (mentions > chars / 80) continue; // denser than one mention per ~13 words: not an article
      const page = generatePage({
        textChars: chars,
        mentions,
        phrases: story.mentionPhrases,
        lead: story.leadPhrases,
        seed: chars + mentions,
      });
      const id = `gen-${sizeLabel(chars).replace(' ', '')}-m${mentions}`;
      const path = `/gen/${id}.html`;
      server.route(path, page.html);
      // On the largest pages naive mark.js takes about a minute per run: it runs only
      // where the headline target needs it (most mentions) and is extrapolated elsewhere.
      const largest = chars === Math.max(...CONFIG.sizes) && CONFIG.sizes.length > 2;
      const headline = largest && mentions === Math.max(...CONFIG.mentions);
      const naive = largest && !headline ? 'extrapolate' : 'measure';
      pages.push({
        id,
        group: 'generated',
        path,
        htmlBytes: page.html.length,
        targetChars: chars,
        mentions: page.mentions,
        reps: CONFIG.reps(chars),
        naive,
        // The headline comparison (5 MB, 1,000 mentions) is worth one run of up to two minutes.
        ...(headline ? { naiveCapMs: NAIVE_HEADLINE_CAP_MS } : {}),
      });
    }
  }
  return pages;
}

function listDir(dir: string, prefix: string, group: PageSpec['group'], reps: number, limit = Infinity): PageSpec[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, limit)
    .map((name) => ({
      id: `${group}/${name.replace(/\.html$/, '')}`,
      group,
      path: `${prefix}${name}`,
      htmlBytes: statSync(join(dir, name)).size,
      reps,
      naiveOnceMs: 1500,
      // 130 corpus pages must fit the time budget: the mark.js baselines run once, and
      // naive mark.js only where it should take under 1.5 s (else it is extrapolated).
      ...(group === 'corpus' ? { onceMethods: ['markRegExp', 'naiveMark'] as MethodName[], naiveCapMs: 1500 } : {}),
    }));
}

// ---------------------------------------------------------------------------------
// One measured run: fresh page load, inject, GC, run the method, collect.

interface MethodCall {
  name: MethodName;
  pack?: BenchPack;
  /** Argument for naiveMark (keywords) or markRegExp (source). */
  arg?: unknown;
}

let bundleSource = '';

async function loadFresh(tab: BenchTab, url: string, pack?: BenchPack): Promise<void> {
  await tab.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await tab.page.addScriptTag({ content: bundleSource });
  if (pack) {
    await tab.page.evaluate((json) => {
      (globalThis as unknown as { __lateralPacks: unknown }).__lateralPacks = JSON.parse(json);
    }, pack.json);
  }
}

async function measure(tab: BenchTab, url: string, call: MethodCall): Promise<Run> {
  await loadFresh(tab, url, call.pack);
  await settleFrames(tab.page);
  const heap0 = await heapUsed(tab.cdp, true);
  const m0 = await metrics(tab.cdp);
  const result = await tab.page.evaluate(
    ([name, arg]) => {
      const bench = (globalThis as unknown as { lateralBench: Record<string, (a?: unknown) => unknown> }).lateralBench;
      return bench[name]!(arg ?? undefined) as Promise<{ ms: number; count: number; detail?: Record<string, number> }>;
    },
    [call.name, call.arg ?? null] as const,
  );
  await settleFrames(tab.page);
  const m1 = await metrics(tab.cdp);
  const heap1 = await heapUsed(tab.cdp, false);
  const heap2 = await heapUsed(tab.cdp, true);
  const state = await tab.page.evaluate(() =>
    (globalThis as unknown as { lateralBench: { state(): { longestTask: number } } }).lateralBench.state(),
  );
  const d = (key: string) => ((m1[key] ?? 0) - (m0[key] ?? 0)) * 1000;
  return {
    ms: result.ms,
    count: result.count,
    ...(result.detail ? { detail: result.detail } : {}),
    taskMs: d('TaskDuration'),
    scriptMs: d('ScriptDuration'),
    layoutMs: d('LayoutDuration'),
    styleMs: d('RecalcStyleDuration'),
    heapAdded: heap1 - heap0,
    heapRetained: heap2 - heap0,
    // A sliced pass reports its longest slice; long tasks (>= 50 ms) come from the observer.
    longestTaskMs: Math.max(state.longestTask, result.detail?.longestSlice ?? 0),
  };
}

function summarize(runs: Run[], extra: Partial<MethodSummary> = {}): MethodSummary {
  return {
    runs,
    medianMs: median(runs.map((r) => r.ms)),
    medianTaskMs: median(runs.map((r) => r.taskMs)),
    count: median(runs.map((r) => r.count)),
    longestTaskMs: max(runs.map((r) => r.longestTaskMs)),
    heapAdded: median(runs.map((r) => r.heapAdded)),
    heapRetained: median(runs.map((r) => r.heapRetained)),
    ratioToFloor: Number.NaN,
    ...extra,
  };
}

/** Escaped, combined regex of the keywords (what a regex-based highlighter would build). */
function combinedSource(keywords: readonly string[]): string {
  return keywords
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * Naive mark.js time per character, by page series (generated pages with the same
 * mention count form a series; everything else shares one), from the largest page
 * of the series it ran on. Used to predict its time before running it.
 */
const naiveRates = new Map<string, { ms: number; chars: number }>();
const seriesOf = (spec: PageSpec) => (spec.group === 'generated' ? `gen-m${spec.mentions}` : 'other');

async function benchPage(tab: BenchTab, server: BenchServer, spec: PageSpec, story: BenchPack): Promise<PageResult> {
  const url = server.url(spec.path);
  const calls: MethodCall[] = [
    { name: 'floor' },
    { name: 'fullPass', pack: story },
    { name: 'markRegExp', arg: combinedSource(story.keywords) },
    ...(TRIAL ? [] : [{ name: 'naiveMark' as const, arg: story.keywords }]),
  ];
  const runs = new Map<MethodName, Run[]>((['floor', 'fullPass', 'markRegExp', 'naiveMark'] as const).map((name) => [name, []]));
  let chars = Number.NaN;
  let naivePlan: 'every' | 'once' | 'skip' = spec.naive === 'extrapolate' ? 'skip' : 'every';
  const rate = naiveRates.get(seriesOf(spec)) ?? naiveRates.get('gen-m0');
  for (let round = 0; round < spec.reps; round++) {
    for (const call of rotate(calls, round)) {
      if (round > 0 && spec.onceMethods?.includes(call.name)) continue;
      if (call.name === 'naiveMark') {
        if (naivePlan !== 'skip' && rate && Number.isFinite(chars) && runs.get('naiveMark')!.length === 0) {
          const predicted = (rate.ms / rate.chars) * chars;
          naivePlan =
            predicted > (spec.naiveCapMs ?? NAIVE_CAP_MS) ? 'skip' : predicted > (spec.naiveOnceMs ?? NAIVE_ONCE_MS) ? 'once' : 'every';
        }
        if (naivePlan === 'skip' || (naivePlan === 'once' && runs.get('naiveMark')!.length > 0)) continue;
      }
      const run = await measure(tab, url, call);
      runs.get(call.name)!.push(run);
      if (call.name === 'floor') chars = run.detail?.chars ?? chars;
    }
  }
  const floor = summarize(runs.get('floor')!);
  const methods: PageResult['methods'] = { floor: { ...floor, ratioToFloor: 1 } };
  for (const name of ['fullPass', 'markRegExp', 'naiveMark'] as const) {
    const list = runs.get(name)!;
    if (list.length > 0) {
      const once = name !== 'fullPass' && list.length === 1 && spec.reps > 1;
      const s = summarize(list, once ? { note: 'one run' } : {});
      methods[name] = { ...s, ratioToFloor: ratio(s.medianMs, floor.medianMs) };
    }
  }
  const naive = methods.naiveMark;
  const known = naiveRates.get(seriesOf(spec));
  if (naive && Number.isFinite(chars) && chars >= (known?.chars ?? 0)) naiveRates.set(seriesOf(spec), { ms: naive.medianMs, chars });
  if (!naive && rate && Number.isFinite(chars)) {
    const estimate = extrapolateLinear(rate.ms, rate.chars, chars);
    methods.naiveMark = {
      ...summarize([]),
      medianMs: estimate,
      ratioToFloor: ratio(estimate, floor.medianMs),
      extrapolated: true,
      note: `not run: extrapolated linearly from ${(rate.ms / 1000).toFixed(1)} s measured on ${sizeLabel(rate.chars)} of text`,
    };
  }
  return {
    id: spec.id,
    group: spec.group,
    htmlBytes: spec.htmlBytes,
    chars,
    ...(spec.mentions !== undefined ? { mentions: spec.mentions } : {}),
    ...(spec.targetChars !== undefined ? { targetChars: spec.targetChars } : {}),
    reps: spec.reps,
    methods,
  };
}

// ---------------------------------------------------------------------------------
// Pack scaling: the same pass with 10 / 1,000 / 10,000 synthetic phrases.

async function packScaling(tab: BenchTab, server: BenchServer, packs: BenchPack[], diagnostics: BenchPack[]): Promise<ScalingResult[]> {
  const out: ScalingResult[] = [];
  const small = packs[0]!;
  // Mentions come from the phrases every pack has (the generator is deterministic by
  // index, so the smallest pack's phrases are in all of them); else each pack its own page.
  const shared = small.mentionPhrases.filter((p) => packs.every((k) => k.mentionPhrases.includes(p)));
  for (const chars of CONFIG.scaling.sizes) {
    for (const mentions of CONFIG.scaling.mentions) {
      const pageFor = (pack: BenchPack) => {
        const phrases = shared.length > 0 ? shared : pack.mentionPhrases;
        const id = `scale-${sizeLabel(chars).replace(' ', '')}-m${mentions}-${shared.length > 0 ? 'shared' : pack.name}`;
        const path = `/gen/${id}.html`;
        server.route(path, generatePage({ textChars: chars, mentions, phrases, seed: 7 + chars }).html);
        return server.url(path);
      };
      const urls = new Map(packs.map((p) => [p.name, pageFor(p)]));
      // Diagnostics (the story pack with and without its page gate) on the page without mentions.
      const extra = mentions === 0 ? diagnostics : [];
      for (const d of extra) urls.set(d.name, urls.get(small.name)!);
      const calls: (MethodCall & { url: string })[] = [
        { name: 'floor', url: urls.get(small.name)! },
        ...[...packs, ...extra].map((pack) => ({ name: 'fullPass' as const, pack, url: urls.get(pack.name)! })),
      ];
      const runs = new Map<string, Run[]>(calls.map((c) => [c.pack?.name ?? 'floor', []]));
      for (let round = 0; round < CONFIG.scaling.reps; round++) {
        for (const call of rotate(calls, round)) runs.get(call.pack?.name ?? 'floor')!.push(await measure(tab, call.url, call));
      }
      const floor = summarize(runs.get('floor')!);
      const summaryOf = (p: BenchPack) => {
        const s = summarize(runs.get(p.name)!);
        return { ...s, ratioToFloor: ratio(s.medianMs, floor.medianMs), phrases: p.phrases };
      };
      const byPack = Object.fromEntries(packs.map((p) => [p.name, summaryOf(p)]));
      const first = byPack[small.name]!;
      const last = byPack[packs[packs.length - 1]!.name]!;
      out.push({
        chars: floor.runs[0]?.detail?.chars ?? chars,
        targetChars: chars,
        mentions,
        sharedPage: shared.length > 0,
        floor,
        packs: byPack,
        diagnostics: Object.fromEntries(extra.map((p) => [p.name, summaryOf(p)])),
        largestOverSmallest: ratio(last.medianMs, first.medianMs),
      });
      log(
        `  scaling ${sizeLabel(chars)} m${mentions}: ${[...packs, ...extra]
          .map((p) => `${p.name}→${(byPack[p.name] ?? summaryOf(p)).medianMs.toFixed(1)}ms`)
          .join(' ')}`,
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Extension-loaded runs: start-up cost, longest task, heap added, idle.

async function extensionRuns(server: BenchServer, pages: PageSpec[]): Promise<ExtensionRun[]> {
  const chosen = CONFIG.extSizes
    .map(
      (chars) =>
        pages.filter((p) => p.group === 'generated' && p.targetChars === chars).sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0))[0],
    )
    .filter((p): p is PageSpec => p !== undefined);
  const out: ExtensionRun[] = [];
  const plain = await openPlainTab(server.origin);
  const ext = await openExtensionTab(server.origin, EXT_DIR);
  try {
    server.route('/blank.html', '<!doctype html><title>blank</title><body></body>');
    for (const spec of chosen) {
      const url = server.url(spec.path);
      const runs: Record<'plain' | 'extension', Awaited<ReturnType<typeof loadTraced>>> = {
        plain: await loadTraced(plain, server, url, false),
        extension: await loadTraced(ext, server, url, true),
      };
      const e = runs.extension;
      const p = runs.plain;
      out.push({
        page: spec.id,
        chars: e.chars,
        mentions: spec.mentions ?? 0,
        scanned: e.scanned,
        scanMs: e.scanMs,
        marks: e.marks,
        longestTaskMs: e.longestTaskMs,
        longestExtensionTaskMs: e.longestExtensionTaskMs,
        longestExtensionTaskThreadMs: e.longestExtensionTaskThreadMs,
        extensionTasks: e.extensionTasks,
        extensionTasksOver50: e.extensionTasksOver50,
        extensionScriptMs: e.extensionScriptMs,
        longTasksObserved: e.longTasks,
        heapAfterGc: e.heap,
        heapAddedVsPlain: e.heap - p.heap,
        plainLongestTaskMs: p.longestTaskMs,
        idle: {
          ms: CONFIG.idleMs,
          extensionEvents: e.idleExtensionEvents,
          scriptMs: e.idleScriptMs,
          taskMs: e.idleTaskMs,
          plainScriptMs: p.idleScriptMs,
          plainTaskMs: p.idleTaskMs,
        },
      });
      log(
        `  extension ${spec.id}: scanned=${e.scanned} in ${e.scanMs.toFixed(0)} ms, longest ext task ${e.longestExtensionTaskMs.toFixed(1)} ms (thread ${e.longestExtensionTaskThreadMs.toFixed(1)} ms), ` +
          `heap +${((e.heap - p.heap) / MB).toFixed(2)} MB, idle ext events ${JSON.stringify(e.idleExtensionEvents)}`,
      );
    }
  } finally {
    await ext.close();
    await plain.close();
  }
  return out;
}

/** Records long tasks (>= 50 ms) in every page the tab loads, from the start of parsing. */
const watchedTabs = new WeakSet<BenchTab>();
async function watchLongTasks(tab: BenchTab): Promise<void> {
  if (watchedTabs.has(tab)) return;
  watchedTabs.add(tab);
  await tab.page.addInitScript(() => {
    const w = globalThis as unknown as { __benchLong: number[] };
    w.__benchLong = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__benchLong.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* no longtask support */
    }
  });
}

async function loadTraced(tab: BenchTab, server: BenchServer, url: string, withExtension: boolean) {
  const { page, cdp } = tab;
  await watchLongTasks(tab);
  await page.goto(server.url('/blank.html'));
  const stop = await startTrace(cdp);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  let scanned = false;
  if (withExtension) {
    scanned = await page
      .waitForFunction(() => document.documentElement.hasAttribute('data-lateral-scanned'), undefined, { timeout: 90_000, polling: 50 })
      .then(() => true)
      .catch(() => false);
  } else {
    await settleFrames(page);
  }
  const scanMs = Date.now() - t0;
  await page.waitForTimeout(500);
  await traceMark(page, 'bench:idle-start');
  const m0 = await metrics(cdp);
  await page.waitForTimeout(CONFIG.idleMs);
  const m1 = await metrics(cdp);
  await traceMark(page, 'bench:idle-end');
  const events = await stop();
  const idleStart = markTime(events, 'bench:idle-start') ?? Infinity;
  const idleEnd = markTime(events, 'bench:idle-end') ?? Infinity;
  const main = busiestMainThread(events, -Infinity, idleStart);
  const samples = main ? extensionSampleTimes(events, main.pid) : [];
  const before = main ? summarizeMainThread(events, main, -Infinity, idleStart, samples) : null;
  const idle = main ? summarizeMainThread(events, main, idleStart, idleEnd, samples) : null;
  const info = await page.evaluate(() => ({
    chars: document.body.textContent?.length ?? 0,
    marks: document.querySelectorAll('lateral-mark').length,
    long: (globalThis as unknown as { __benchLong: number[] }).__benchLong ?? [],
  }));
  const heap = await heapUsed(cdp, true);
  const extTasks = before?.tasks.filter((t) => t.extension) ?? [];
  return {
    scanned,
    scanMs,
    chars: info.chars,
    marks: info.marks,
    longTasks: info.long,
    longestTaskMs: before?.longestMs ?? Number.NaN,
    longestExtensionTaskMs: before?.longestExtensionMs ?? Number.NaN,
    longestExtensionTaskThreadMs: before?.longestExtensionThreadMs ?? Number.NaN,
    extensionTasks: extTasks.length,
    extensionTasksOver50: extTasks.filter((t) => t.ms > 50).length,
    extensionScriptMs: extTasks.reduce((n, t) => n + t.ms, 0),
    idleExtensionEvents: idle?.extensionEvents ?? {},
    idleScriptMs: ((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000,
    idleTaskMs: ((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000,
    heap,
  };
}

// ---------------------------------------------------------------------------------
// Firefox ESR: the in-page methods on the story pages the targets name, and Lateral's
// page-start path (text read and gate) on the corpus pages against the floor.

async function firefoxRuns(server: BenchServer, story: BenchPack, generated: PageSpec[], corpus: PageSpec[]): Promise<Results['firefox']> {
  log('firefox (in-page)');
  const browser = await launchFirefox();
  try {
    const version = await browser.version();
    const storyPages = generated.filter(
      (p) =>
        ((p.targetChars ?? 0) <= 100 * KB && (p.mentions ?? 0) >= 10 && (p.mentions ?? 0) <= 100) ||
        (p.targetChars === 5 * MB && p.mentions === 1000),
    );
    const packs = story.json;
    const regexp = combinedSource(story.keywords);
    const storyRuns = await firefoxInPage(
      browser,
      server,
      bundleSource,
      storyPages.map((p) => ({
        id: p.id,
        path: p.path,
        reps: p.targetChars === 5 * MB ? 2 : CONFIG.firefoxReps,
        calls: [
          { name: 'floor' as const },
          { name: 'fullPass' as const, packs },
          { name: 'markRegExp' as const, arg: regexp },
          // Naive mark.js on the 100 KB pages only; the 5 MB figure is extrapolated from them.
          ...((p.targetChars ?? 0) === 100 * KB ? [{ name: 'naiveMark' as const, arg: story.keywords }] : []),
        ],
        once: ['naiveMark' as const],
      })),
      log,
    );
    const corpusRuns = await firefoxInPage(
      browser,
      server,
      bundleSource,
      corpus.map((p) => ({ id: p.id, path: p.path, reps: 1, calls: [{ name: 'floor' as const }, { name: 'fullPass' as const, packs }] })),
      () => undefined,
    );
    log(`  firefox corpus: ${corpusRuns.length} pages`);
    return { version, story: storyRuns, corpus: corpusRuns };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------

function machine(): Results['machine'] {
  const sh = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    nproc: sh('nproc', []),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: sh('free', ['-h']).split('\n')[1]?.replace(/\s+/g, ' ') ?? `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    chromium: sh(CHROMIUM, ['--version']),
    firefox: sh(FIREFOX, ['--version']),
    node: process.version,
    os: sh('uname', ['-sr']),
    load: sh('cat', ['/proc/loadavg']),
  };
}

async function main(): Promise<void> {
  await buildAll();
  bundleSource = readFileSync(BUNDLE_FILE, 'utf8');
  const storyInput = storyPackInput();
  if (!storyInput) throw new Error('data/witkoff-ushakov.json is missing: the bench measures the story pack');
  const story = benchPack('story', storyInput);
  const synthetic = SYNTHETIC_SIZES.map((n) => syntheticBenchPack(n));
  log(`story pack: ${story.phrases} phrases, ${story.keywords.length} keywords, ${story.mentionPhrases.length} mention phrases`);

  const server = await startBenchServer();
  const generated = addGenerated(server, story);
  const fixtures = TRIAL ? [] : listDir(join(FIXTURES_DIR, 'pages'), '/fixtures/pages/', 'fixture', 5);
  const corpus = argv.has('--skip-corpus') ? [] : listDir(CORPUS_DIR, '/corpus/', 'corpus', 1, CONFIG.corpusLimit);
  const results: Results = {
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : TRIAL || CORPUS_LIMIT !== undefined ? 'partial' : 'full',
    machine: machine(),
    packs: [story, ...synthetic].map((p) => ({
      name: p.name,
      phrases: p.phrases,
      patterns: p.compiled.patternRule.length,
      compiledBytes: JSON.stringify(p.compiled).length,
      gate: p.gate !== null,
    })),
    pages: [],
    scaling: [],
    extension: [],
    bundle: null,
    unrelated: [],
    firefox: null,
    durationS: 0,
  };

  const tab = await openPlainTab(server.origin);
  try {
    // Corpus pages are measured with the extension loaded (below), not in the page.
    for (const spec of [...generated, ...fixtures]) {
      const result = await benchPage(tab, server, spec, story);
      results.pages.push(result);
      const m = result.methods;
      log(
        `${spec.id} (${sizeLabel(result.chars)}): floor ${m.floor.medianMs.toFixed(2)} ms, lateral ${m.fullPass?.medianMs.toFixed(2)} ms ` +
          `(${m.fullPass?.ratioToFloor.toFixed(2)}x, ${m.fullPass?.count} hits), markRegExp ${m.markRegExp?.medianMs.toFixed(1)} ms, ` +
          `naive ${m.naiveMark?.medianMs.toFixed(0)} ms${m.naiveMark?.extrapolated ? ' (extrapolated)' : ''}`,
      );
    }
    if (argv.has('--scaling')) {
      log('pack scaling');
      // What a page pays when the gate lets it through (it names Bloomberg, an envoy,
      // Donetsk...) but nothing matches: the story pack with the gate taken away.
      const ungated = benchPack('story-ungated', { ...storyInput, gate: [] });
      results.scaling = await packScaling(tab, server, synthetic, [story, ungated]);
    }
  } finally {
    await tab.close();
  }

  if (!argv.has('--skip-ext')) {
    log('extension-loaded runs');
    results.extension = await extensionRuns(server, generated);
    if (corpus.length > 0) {
      log(`unrelated pages: ${corpus.length} corpus pages, Lateral against an empty content script and a text read plus one regex`);
      const lateralTab = await openExtensionTab(server.origin, EXT_DIR);
      const baselineTab = await openExtensionTab(server.origin, BASELINE_DIR);
      const floorTab = await openExtensionTab(server.origin, FLOOR_DIR);
      try {
        results.unrelated = await unrelatedPages({ lateral: lateralTab, baseline: baselineTab, floor: floorTab }, server, corpus, log);
      } finally {
        await lateralTab.close();
        await baselineTab.close();
        await floorTab.close();
      }
    }
  }

  if (!argv.has('--skip-firefox')) results.firefox = await firefoxRuns(server, story, generated, corpus);
  await server.close();

  results.bundle = analyzeContentBundle(EXT_DIR) satisfies BundleReport;
  results.durationS = Math.round((Date.now() - started) / 1000);
  mkdirSync(resolve(REPO_ROOT, 'bench'), { recursive: true });
  // A smoke or trial run never overwrites the committed results.
  const partial = QUICK || ((TRIAL || CORPUS_LIMIT !== undefined) && !argv.has('--write'));
  const jsonFile = partial ? join(OUT_DIR, `results-${QUICK ? 'quick' : 'trial'}.json`) : resolve(REPO_ROOT, 'bench', 'results.json');
  results.targets = computeTargets(results);
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 1)}\n`);
  const mdFile = partial ? join(OUT_DIR, `RESULTS-${QUICK ? 'quick' : 'trial'}.md`) : resolve(REPO_ROOT, 'bench', 'RESULTS.md');
  writeFileSync(mdFile, renderReport(results, results.targets));
  for (const t of results.targets) log(`${t.verdict.toUpperCase().padEnd(12)} ${t.text}: ${t.measured}`);
  log(`wrote ${jsonFile} and ${mdFile}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
