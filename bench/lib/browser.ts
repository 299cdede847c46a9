/**
 * Driving headless Chromium for the benchmark: a plain browser for the interleaved
 * method runs (bench script injected into each freshly loaded page), and a browser
 * with the built extension for the start-up, long-task and idle measurements.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TraceEvent } from './trace.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BenchTab {
  page: Page;
  cdp: CDPSession;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Only the local server may be reached: corpus pages name CDNs and trackers. */
async function keepLocal(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => !url.href.startsWith(origin) && !url.protocol.startsWith('chrome-extension') && url.protocol !== 'data:',
    (route) => route.abort(),
  );
}

export async function openPlainTab(origin: string): Promise<BenchTab> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BASE_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await keepLocal(context, origin);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, context, close: () => browser.close() };
}

export async function openExtensionTab(origin: string, extensionDir: string): Promise<BenchTab> {
  const profile = mkdtempSync(join(tmpdir(), 'lateral-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BASE_ARGS],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => null);
  await keepLocal(context, origin);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    page,
    cdp,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type Metrics = Record<string, number>;

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap in use (bytes); after a full GC when `gc` is set. */
export async function heapUsed(cdp: CDPSession, gc: boolean): Promise<number> {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Waits until the page has painted twice, so rendering caused by a DOM change is done. */
export async function settleFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const timer = setTimeout(done, 200);
        requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(timer), done())));
      }),
  );
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  // CPU samples: they see extension code in promise continuations (see trace.ts).
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
].join(',');

/** Starts a trace (of the bench's categories unless given); the returned function stops it and resolves with every event. */
export async function startTrace(cdp: CDPSession, categories = TRACE_CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: object[] }) => void events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** A `TimeStamp` event in the trace with this message, from the page's main thread. */
export async function traceMark(page: Page, message: string): Promise<void> {
  await page.evaluate((m) => console.timeStamp(m), message);
}

export function markTime(events: readonly TraceEvent[], message: string): number | undefined {
  return events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === message)?.ts;
}
