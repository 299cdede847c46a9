/**
 * Privacy: Lateral makes no network request of its own. Every request the browser makes
 * while Lateral scans pages, opens a popover, and while its popup, options and classroom
 * pages run must go to the local test server's own pages or to extension-internal URLs.
 * The pages used here reference nothing outside the test server, so any other
 * destination can only come from the extension.
 *
 * Two independent views per browser: the driver's request events (Chromium: the whole
 * context, service worker included, with Playwright routing aborting anything that would
 * leave the machine; Firefox: every tab through WebDriver BiDi) and each extension
 * context's own Resource Timing entries (what its pages, worker or background loaded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToBackground } from '../../src/core/messages';
import type { ExtensionSession, TestPage } from './harness/session';
import { startStaticServer, type StaticServer } from './harness/static-server';
import {
  isAllowedDestination,
  launchFirefoxWithStoryPhrases,
  launchRobustChromium,
  SCANNED,
  useStoryPhrases,
  waitForPopover,
  type RobustChromium,
} from './robust-support';

const PAGES = [
  '/fixtures/pages/story-en.html',
  '/fixtures/pages/unrelated.html',
  '/fixtures/hostile/injection.html',
  '/fixtures/hostile/shadow-nested.html',
  '/fixtures/hostile/iframes.html',
  '/fixtures/hostile/rtl.html',
];
const EXTENSION_PAGES = ['src/pages/popup/index.html', 'src/pages/options/index.html', 'src/pages/classroom/index.html'];

/** Settled: no part of the page still says it is loading (popup and options mark <main aria-busy> until their reads answer). */
function pageSettled(): boolean {
  return (document.body?.innerText ?? '').trim().length > 20 && !document.querySelector('[aria-busy="true"]');
}

/** A get-settings round trip to the background from an extension page: the worker is up and has answered. */
async function backgroundAnswers(message: ToBackground): Promise<boolean> {
  type Runtime = { sendMessage(m: object): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const settings = await (g.browser ?? g.chrome)!.runtime.sendMessage(message);
  return typeof settings === 'object' && settings !== null;
}
const GET_SETTINGS: ToBackground = { type: 'get-settings' };

function resourceEntries(): string[] {
  return performance.getEntriesByType('resource').map((e) => e.name);
}

describe('chromium: Lateral makes no network request', () => {
  let server: StaticServer;
  let browser: RobustChromium;
  const blocked: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchRobustChromium();
    // Interception: anything not bound for the test server or the extension is recorded and aborted.
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (isAllowedDestination(url, server.origin)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const control = await browser.extensionTab();
    await useStoryPhrases((fn, arg) => control.page.evaluate(fn as never, arg));
    await control.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('while scanning pages, opening the popover and running popup, options and classroom', async () => {
    const tab = await browser.newTab();
    let popovers = 0;
    for (const path of PAGES) {
      await tab.page.goto(server.url(path), { waitUntil: 'load' });
      await tab.page.waitForSelector(SCANNED, { state: 'attached', timeout: 15_000 });
      const mark = tab.page.locator('[data-lateral-rule]').first();
      if ((await mark.count()) > 0) {
        await mark.click();
        await waitForPopover(tab);
        popovers++;
        await tab.page.keyboard.press('Escape');
      }
    }
    const pageEntries = await tab.page.evaluate(resourceEntries);
    await tab.close();

    const extensionEntries: string[] = [];
    for (const path of EXTENSION_PAGES) {
      const page = await browser.extensionTab(path);
      // Positive signals before "no request": the page finished loading its data and the worker answers it.
      await page.page.waitForFunction(pageSettled, undefined, { timeout: 15_000 });
      expect(await page.page.evaluate(backgroundAnswers, GET_SETTINGS), `the background answers ${path}`).toBe(true);
      extensionEntries.push(...(await page.page.evaluate(resourceEntries)));
      await page.close();
    }
    const workerEntries = await browser.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

    const requests = browser.requests;
    const fromWorker = requests.filter((r) => r.from === 'service-worker');
    const outside = requests.filter((r) => !isAllowedDestination(r.url, server.origin));
    console.log(
      `robust-privacy chromium: ${requests.length} requests seen (${fromWorker.length} from the service worker), ` +
        `${popovers} popovers opened, ${EXTENSION_PAGES.length} extension pages; outside the machine: ${outside.length}`,
    );
    expect(popovers, 'the popover was exercised').toBeGreaterThan(0);
    expect(
      requests.some((r) => r.url.startsWith(server.origin)),
      'the request log works',
    ).toBe(true);
    expect(
      requests.some((r) => r.url.startsWith('chrome-extension://')),
      'extension loads are seen too',
    ).toBe(true);
    expect(outside.map((r) => `${r.from} ${r.url} (frame ${r.frameUrl})`)).toEqual([]);
    expect(blocked).toEqual([]);
    expect(fromWorker.filter((r) => !r.url.startsWith('chrome-extension://')).map((r) => r.url)).toEqual([]);
    expect([...pageEntries, ...extensionEntries, ...workerEntries].filter((u) => !isAllowedDestination(u, server.origin))).toEqual([]);
  });
});

describe('firefox: Lateral makes no network request', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let control: TestPage;

  beforeAll(async () => {
    server = await startStaticServer();
    ({ session, control } = await launchFirefoxWithStoryPhrases());
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('while scanning pages, opening the popover and running popup, options and classroom', async () => {
    const page = await session.newPage();
    let popovers = 0;
    for (const path of PAGES) {
      await page.goto(server.url(path));
      await page.waitForSelector(SCANNED, 15_000);
      const hasMark = await page.evaluate(() => document.querySelector('[data-lateral-rule]') !== null);
      if (hasMark) {
        await page.click('[data-lateral-rule]');
        await page.waitForLateralRoot((root) => root.querySelectorAll('*').length > 3);
        popovers++;
        await page.press('Escape');
      }
    }
    const pageEntries = await page.evaluate(resourceEntries);
    await page.close();

    const extensionEntries: string[] = [];
    for (const path of EXTENSION_PAGES) {
      // A hash of its own, so the harness attaches to this tab and not to the control tab on the same page.
      const ext = await session.openExtensionPage(`${path}#robust-privacy`);
      // Positive signals before "no request": the page finished loading its data and the background answers it.
      await ext.waitForFunction(pageSettled, undefined, 15_000);
      expect(await ext.evaluate(backgroundAnswers, GET_SETTINGS), `the background answers ${path}`).toBe(true);
      extensionEntries.push(...(await ext.evaluate(resourceEntries)));
      await ext.close();
    }
    // The background page's own resource log, read from an extension page.
    const background = await control.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
      try {
        const bg = await api.runtime.getBackgroundPage();
        return bg ? bg.performance.getEntriesByType('resource').map((e) => e.name) : null;
      } catch (error) {
        return [`unreadable: ${String(error)}`];
      }
    });
    // The background answers a message after everything above: its work for those pages is done.
    expect(await control.evaluate(backgroundAnswers, GET_SETTINGS), 'the background answers the control page').toBe(true);

    const outside = session.requests.filter((url) => !isAllowedDestination(url, server.origin));
    console.log(
      `robust-privacy firefox: ${session.requests.length} requests seen, ${popovers} popovers opened, ` +
        `background resource log ${background === null ? 'not available' : `${background.length} entries`}; outside the machine: ${outside.length}`,
    );
    expect(popovers).toBeGreaterThan(0);
    expect(
      session.requests.some((url) => url.startsWith(server.origin)),
      'the request log works',
    ).toBe(true);
    expect(outside).toEqual([]);
    expect([...pageEntries, ...extensionEntries, ...(background ?? [])].filter((u) => !isAllowedDestination(u, server.origin))).toEqual([]);
  });
});
