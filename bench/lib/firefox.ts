/**
 * The in-page part of the benchmark in Firefox ESR (puppeteer-core over WebDriver
 * BiDi). BiDi gives no CDP trace, no task durations and no heap numbers, so Firefox is
 * measured inside the page only: the same bench script (bench/entry.ts) runs the same
 * methods on freshly loaded pages, Lateral's cost is the sum of its own idle slices
 * (performance.now() from each idle callback to the pass's next request, promise
 * continuations included) and its longest slice, and the baselines are timed around
 * their synchronous calls.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { median, max } from './stats.ts';
import type { BenchServer } from './server.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type FirefoxMethod = 'floor' | 'fullPass' | 'markRegExp' | 'naiveMark';

export interface FirefoxCall {
  name: FirefoxMethod;
  arg?: unknown;
  /** JSON the page stores as __lateralPacks before a fullPass. */
  packs?: string;
}

export interface FirefoxMethodResult {
  medianMs: number;
  runs: number[];
  count: number;
  /** Longest slice of Lateral's pass (0 for the synchronous baselines). */
  longestSliceMs: number;
}

export interface FirefoxPage {
  id: string;
  path: string;
  reps: number;
  calls: FirefoxCall[];
  /** Methods run in the first round only (slow baselines). */
  once?: FirefoxMethod[];
}

export interface FirefoxPageResult {
  id: string;
  chars: number;
  methods: Partial<Record<FirefoxMethod, FirefoxMethodResult>>;
}

export async function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'network.captive-portal-service.enabled': false,
      // Corpus pages name CDNs and trackers: everything but the local server goes to a
      // closed port and fails at once.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
}

async function runOnce(
  page: Page,
  url: string,
  bundle: string,
  call: FirefoxCall,
): Promise<{ ms: number; count: number; longest: number; chars: number }> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.evaluate(bundle);
  if (call.packs)
    await page.evaluate(
      (json: string) => void ((globalThis as unknown as { __lateralPacks: unknown }).__lateralPacks = JSON.parse(json)),
      call.packs,
    );
  // Two frames, so the load's own rendering is done before the method starts.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  return page.evaluate(
    async (name: string, arg: unknown) => {
      const bench = (
        globalThis as unknown as {
          lateralBench: Record<
            string,
            (
              a?: unknown,
            ) =>
              | Promise<{ ms: number; count: number; detail?: Record<string, number> }>
              | { ms: number; count: number; detail?: Record<string, number> }
          >;
        }
      ).lateralBench;
      const r = await bench[name]!(arg ?? undefined);
      return { ms: r.ms, count: r.count, longest: r.detail?.longestSlice ?? 0, chars: document.body.textContent?.length ?? 0 };
    },
    call.name,
    call.arg ?? null,
  );
}

export async function firefoxInPage(
  browser: Browser,
  server: BenchServer,
  bundle: string,
  pages: FirefoxPage[],
  log: (msg: string) => void,
): Promise<FirefoxPageResult[]> {
  const page = await browser.newPage();
  const out: FirefoxPageResult[] = [];
  try {
    for (const spec of pages) {
      const url = server.url(spec.path);
      const runs = new Map<FirefoxMethod, { ms: number; count: number; longest: number }[]>();
      let chars = 0;
      try {
        for (let round = 0; round < spec.reps; round++) {
          const calls = spec.calls.map((_, i) => spec.calls[(i + round) % spec.calls.length]!);
          for (const call of calls) {
            if (round > 0 && spec.once?.includes(call.name)) continue;
            const r = await runOnce(page, url, bundle, call);
            chars = r.chars;
            runs.set(call.name, [...(runs.get(call.name) ?? []), r]);
          }
        }
      } catch (error) {
        // A page Firefox refuses to load (a corpus page's redirect) is left out, not the run.
        log(`  firefox ${spec.id}: left out (${(error as Error).message.split('\n')[0]})`);
        continue;
      }
      const methods: FirefoxPageResult['methods'] = {};
      for (const [name, list] of runs) {
        methods[name] = {
          medianMs: median(list.map((r) => r.ms)),
          runs: list.map((r) => r.ms),
          count: median(list.map((r) => r.count)),
          longestSliceMs: max(list.map((r) => r.longest)),
        };
      }
      out.push({ id: spec.id, chars, methods });
      const m = methods;
      log(
        `  firefox ${spec.id}: floor ${m.floor?.medianMs.toFixed(2)} ms, lateral ${m.fullPass?.medianMs.toFixed(2)} ms (longest slice ${m.fullPass?.longestSliceMs.toFixed(1)}), ` +
          `markRegExp ${m.markRegExp?.medianMs.toFixed(1) ?? '–'} ms, naive ${m.naiveMark?.medianMs.toFixed(0) ?? '–'} ms`,
      );
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  return out;
}
