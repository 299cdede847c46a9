/**
 * Unrelated pages with the extension loaded, in Chromium: Lateral's main-thread time
 * against an extension whose content script is empty (bench/baseline-extension) and
 * against one whose content script reads the page's text and tests one regular
 * expression (bench/floor-extension, the least a script that looks at the words pays),
 * page by page, the three interleaved, from a CDP trace that carries CPU samples. Two
 * measures (see trace.ts):
 * - own time: the trace events naming the extension's scripts plus the CPU samples
 *   with its code on the stack outside them (continuations after an `await`);
 * - task time: the summed durations of the renderer main thread's top-level tasks in
 *   which extension code ran, whole, the page's own work in them included.
 * Pages are traced in batches (one trace per batch, a TimeStamp after each page)
 * because starting and stopping a trace costs more than a page.
 */
import type { BenchTab } from './browser.ts';
import { startTrace, markTime, traceMark } from './browser.ts';
import type { BenchServer } from './server.ts';
import { busiestMainThread, extensionOwnMs, extensionSamples, summarizeMainThread, type ExtensionSample } from './trace.ts';

export interface UnrelatedPage {
  id: string;
  path: string;
}

export interface ExtensionPageCost {
  /** Main-thread ms of tasks that ran extension code, whole. */
  ms: number;
  /** Main-thread ms of the extension's own work (events naming its scripts, samples with its code). */
  ownMs: number;
  tasks: number;
  longestMs: number;
  scanned: boolean;
  marks: number;
  chars: number;
}

export interface UnrelatedRun {
  page: string;
  chars: number;
  lateral: ExtensionPageCost;
  baseline: ExtensionPageCost;
  /** The text read plus one regular expression (absent from runs before it was measured). */
  floor?: ExtensionPageCost;
  /** lateral.ms / baseline.ms */
  ratio: number;
  /** lateral.ownMs / baseline.ownMs */
  ownRatio: number;
  /** lateral.ownMs / floor.ownMs */
  floorOwnRatio?: number;
}

const BATCH = 10;
/** After the page (and Lateral's scan) reports done, async tails get this long. */
const SETTLE_MS = 150;

async function visit(tab: BenchTab, url: string, lateral: boolean): Promise<{ scanned: boolean; marks: number; chars: number }> {
  await tab.page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  let scanned = false;
  if (lateral) {
    scanned = await tab.page
      .waitForFunction(() => document.documentElement.hasAttribute('data-lateral-scanned'), undefined, { timeout: 30_000, polling: 50 })
      .then(() => true)
      .catch(() => false);
  }
  await tab.page.waitForTimeout(SETTLE_MS);
  const info = await tab.page
    .evaluate(() => ({ marks: document.querySelectorAll('lateral-mark').length, chars: document.body?.textContent?.length ?? 0 }))
    .catch(() => ({ marks: 0, chars: 0 }));
  return { scanned, ...info };
}

/** Visits `urls` in one trace; the cost of each page from its load to the next mark. */
async function tracedBatch(tab: BenchTab, urls: string[], lateral: boolean): Promise<ExtensionPageCost[]> {
  const stop = await startTrace(tab.cdp);
  await traceMark(tab.page, 'bench:batch-start').catch(() => undefined);
  const infos = [];
  for (let i = 0; i < urls.length; i++) {
    infos.push(await visit(tab, urls[i]!, lateral));
    await traceMark(tab.page, `bench:page-${i}`);
  }
  const events = await stop();
  const out: ExtensionPageCost[] = [];
  let from = markTime(events, 'bench:batch-start') ?? -Infinity;
  const samplesByPid = new Map<number, ExtensionSample[]>();
  for (let i = 0; i < urls.length; i++) {
    const to = markTime(events, `bench:page-${i}`) ?? Infinity;
    const main = busiestMainThread(events, from, to);
    let summary = null;
    let ownMs = Number.NaN;
    if (main) {
      if (!samplesByPid.has(main.pid)) samplesByPid.set(main.pid, extensionSamples(events, main.pid));
      const samples = samplesByPid.get(main.pid)!;
      summary = summarizeMainThread(
        events,
        main,
        from,
        to,
        samples.map((s) => s.t),
      );
      ownMs = extensionOwnMs(events, main, from, to, samples);
    }
    const ext = summary?.tasks.filter((t) => t.extension) ?? [];
    out.push({
      ms: ext.reduce((n, t) => n + t.ms, 0),
      ownMs,
      tasks: ext.length,
      longestMs: summary?.longestExtensionMs ?? Number.NaN,
      ...infos[i]!,
    });
    from = to;
  }
  return out;
}

export async function unrelatedPages(
  tabs: { lateral: BenchTab; baseline: BenchTab; floor: BenchTab },
  server: BenchServer,
  pages: UnrelatedPage[],
  log: (msg: string) => void,
): Promise<UnrelatedRun[]> {
  const out: UnrelatedRun[] = [];
  const order = ['lateral', 'baseline', 'floor'] as const;
  for (let at = 0; at < pages.length; at += BATCH) {
    const batch = pages.slice(at, at + BATCH);
    const urls = batch.map((p) => server.url(p.path));
    // Rotate which extension goes first, so none always meets a warmer machine.
    const costs: Partial<Record<(typeof order)[number], ExtensionPageCost[]>> = {};
    for (let k = 0; k < order.length; k++) {
      const name = order[(k + at / BATCH) % order.length]!;
      costs[name] = await tracedBatch(tabs[name], urls, name === 'lateral');
    }
    const { lateral, baseline, floor } = costs as Record<(typeof order)[number], ExtensionPageCost[]>;
    batch.forEach((page, i) => {
      const l = lateral[i]!;
      const b = baseline[i]!;
      const f = floor[i]!;
      out.push({
        page: page.id,
        chars: l.chars,
        lateral: l,
        baseline: b,
        floor: f,
        ratio: b.ms > 0 ? l.ms / b.ms : Number.NaN,
        ownRatio: b.ownMs > 0 ? l.ownMs / b.ownMs : Number.NaN,
        floorOwnRatio: f.ownMs > 0 ? l.ownMs / f.ownMs : Number.NaN,
      });
    });
    log(
      `  unrelated pages ${Math.min(at + BATCH, pages.length)}/${pages.length}: last ${batch.at(-1)!.id} lateral ${lateral.at(-1)!.ownMs.toFixed(2)} ms own (${lateral.at(-1)!.ms.toFixed(2)} ms in tasks), empty script ${baseline.at(-1)!.ownMs.toFixed(2)} ms own, text read + regex ${floor.at(-1)!.ownMs.toFixed(2)} ms own`,
    );
  }
  return out;
}
