import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, VERSION_KEY } from '../../src/core/settings/storage';
import { waitForInactiveReport } from './harness/content-decision';
import { type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';

/** About 5 MB of text in 10,000 paragraphs, 1,000 of which mention the call. */
function longPage(): string {
  const filler = 'The committee reviewed routine matters about roads, schools and the budget for the coming year. '.repeat(5);
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const mention = i % 10 === 0 ? ' Steve Witkoff spoke with Yuri Ushakov.' : '';
    parts.push(`<p>${i}. ${filler}${mention}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body><main>${parts.join('')}</main></body></html>`;
}

async function setEnabled(control: TestPage, on: boolean): Promise<void> {
  await control.evaluate(
    async (values: Record<string, unknown>) => {
      type Area = { set(v: object): Promise<void>; remove(k: string[]): Promise<void> };
      const g = globalThis as unknown as { browser?: { storage: { sync: Area } }; chrome?: { storage: { sync: Area } } };
      const sync = (g.browser ?? g.chrome)!.storage.sync;
      const off = Object.entries(values)
        .filter(([, v]) => v === null)
        .map(([k]) => k);
      if (off.length) await sync.remove(off);
      await sync.set(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)));
    },
    { [`${KEY_PREFIX}enabled`]: on ? null : false, [VERSION_KEY]: 1 },
  );
}

// Long tasks are observable only in Chromium (PerformanceObserver "longtask"); the
// same sliced code runs in Firefox, where the other e2e files cover behaviour.
describe('chromium: a 5 MB page with 1,000 mentioning paragraphs', () => {
  const ext = useExtension('chromium');

  it('highlights all 2,000 mentions in idle slices, reports long tasks, and undoes them', async () => {
    const control = await ext.session.openExtensionPage('src/pages/options/index.html');
    // Start with Lateral off, so the page's own parsing and layout are over before Lateral works.
    await setEnabled(control, false);
    ext.server.route('/annot-long.html', longPage());
    const page = await ext.session.newPage();
    await page.goto(ext.server.url('/annot-long.html'));
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    // Lateral is off: wait until its content script answers that it decided so, then no long task may be its.
    await waitForInactiveReport((fn, arg) => control.evaluate(fn, arg), ext.server.url('/annot-long.html'));
    const before = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
    expect(before).toBe(0);
    const started = Date.now();
    await setEnabled(control, true);
    await page.waitForFunction(
      () => document.querySelectorAll('lateral-mark').length >= 2000 && document.documentElement.hasAttribute('data-lateral-scanned'),
      undefined,
      60_000,
    );
    const tookMs = Date.now() - started;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    // Reported, not asserted: the 50 ms target is a benchmark (issue 8). On this machine the
    // engine's allocation causes occasional GC pauses inside single 4,000-char scans.
    console.log(`5 MB page: ${tookMs} ms to annotate, long tasks (ms): ${JSON.stringify(longTasks)}`);
    expect(await page.evaluate(() => document.querySelectorAll('lateral-mark[role="button"]').length)).toBe(2000);
    await setEnabled(control, false);
    await page.waitForFunction(() => !document.querySelector('lateral-mark'), undefined, 30_000);
    await page.close();
  });
});
