/**
 * Real pages: every page of ../shared/corpus/readability (or, in a fresh clone, the ten
 * vendored into tests/fixtures/corpus) loaded with the built extension. None of them is
 * about the story, so Lateral must scan each one, find nothing, throw nothing, leave the
 * text alone, and, once turned off, leave the DOM exactly as the page built it.
 *
 * How "before" is known: an init script snapshots the DOM at DOMContentLoaded, which
 * precedes the content script (document_idle); the snapshot also records that no trace
 * of Lateral existed yet, so a race would fail loudly instead of comparing against an
 * annotated page. Pages are served with a local-only CSP so their own scripts cannot
 * change the DOM between snapshots.
 *
 * The same pages with a story paragraph added prove undo on pages that do get
 * highlights: the very same node objects come back, in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForInactiveReport } from './harness/content-decision';
import type { ExtensionSession, TestPage } from './harness/session';
import { startStaticServer, type StaticServer } from './harness/static-server';
import {
  corpus,
  firstDiff,
  HIGHLIGHT,
  launchRobustChromium,
  launchFirefoxWithStoryPhrases,
  routeCorpus,
  sameNodesAsBefore,
  SCANNED,
  sleep,
  snapshotDom,
  vendoredCorpus,
  setLateralEnabled,
  useStoryPhrases,
  type DomSnapshot,
  type RobustChromium,
  type RobustTab,
} from './robust-support';

// Two sentences, not one: on a long page about something else, a lone line after the
// footer does not make the page about the story, and a reader's own phrases (the story
// phrases this suite saves) count only on a page that is.
const STORY_SENTENCE =
  '<p id="lateral-robust-story">Steve Witkoff and Yuri Ushakov spoke on the leaked call of 14 October 2025. ' +
  'Analysts compared the Witkoff–Ushakov call with the 28-point peace plan for Ukraine.</p>';

function withStorySentence(html: string): string {
  // Before the last </body>: some pages carry extra <body> tags inside IE conditional comments.
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? `${html}${STORY_SENTENCE}` : html.slice(0, at) + STORY_SENTENCE + html.slice(at);
}

interface HighlightReport {
  rule: string | null;
  kind: string | null;
  text: string;
  context: string;
}

function listHighlights(): HighlightReport[] {
  return [...document.querySelectorAll('[data-lateral-rule]')].map((el) => ({
    rule: el.getAttribute('data-lateral-rule'),
    kind: el.getAttribute('data-lateral-kind'),
    text: el.textContent ?? '',
    context: (el.parentElement?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 200),
  }));
}

const full = corpus();
console.log(
  full.set === 'shared'
    ? `robust-corpus: running the full shared corpus (${full.files.length} pages from ${full.dir})`
    : `robust-corpus: ../shared/corpus/readability is absent; running the ${full.files.length} vendored pages in tests/fixtures/corpus`,
);

/** What one page went through, gathered in a batch and asserted by that page's own test. */
interface PageOutcome {
  path: string;
  loadMs: number;
  before: DomSnapshot | null;
  during: DomSnapshot;
  after: DomSnapshot;
  highlights: HighlightReport[];
  storyHighlights: number;
  tracesAfterOff: number;
  sameNodes: { same: boolean; before: number; now: number; firstDifference: number };
  extensionErrors: string[];
}

/**
 * Pages run in batches over a pool of tabs: load a batch, then one storage write turns
 * Lateral off for all of them at once (Chrome allows 120 sync writes a minute, and a
 * round trip per page would exceed it), then each tab is compared with its own
 * DOMContentLoaded snapshot, then one write turns Lateral back on.
 */
const POOL = 10;

describe(`chromium: real pages from the ${full.set} corpus (${full.files.length} pages)`, () => {
  let server: StaticServer;
  let browser: RobustChromium;
  let control: RobustTab;
  const tabs: RobustTab[] = [];
  const falseAlarms: string[] = [];
  const outcomes = new Map<string, Promise<PageOutcome>>();
  let batchesRun = 0;

  const setEnabled = (enabled: boolean) => setLateralEnabled((fn, arg) => control.page.evaluate(fn as never, arg), enabled);

  beforeAll(async () => {
    server = await startStaticServer();
    routeCorpus(server, full, { '/robust/corpus': (html) => html, '/robust/corpus-story': withStorySentence });
    browser = await launchRobustChromium();
    control = await browser.extensionTab();
    await useStoryPhrases((fn, arg) => control.page.evaluate(fn as never, arg));
    for (let i = 0; i < POOL; i++) tabs.push(await browser.newTab({ snapshotBeforeScan: true }));
  });

  afterAll(async () => {
    const all = await Promise.allSettled(outcomes.values());
    const done = all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    if (done.length) {
      const total = done.reduce((a, o) => a + o.loadMs, 0);
      const slowest = [...done]
        .sort((a, b) => b.loadMs - a.loadMs)
        .slice(0, 3)
        .map((o) => `${o.path} ${o.loadMs} ms`);
      console.log(
        `robust-corpus chromium: ${done.length} pages scanned in ${batchesRun} batches, load-to-scanned total ${(total / 1000).toFixed(1)} s; slowest: ${slowest.join(', ')}`,
      );
    }
    if (falseAlarms.length) console.log(`robust-corpus chromium: highlights on unrelated pages:\n${falseAlarms.join('\n')}`);
    await browser?.close();
    await server?.close();
  });

  async function loadInto(tab: RobustTab, path: string): Promise<Omit<PageOutcome, 'after' | 'tracesAfterOff' | 'sameNodes'>> {
    tab.extensionErrors.length = 0;
    const started = Date.now();
    await tab.page.goto(server.url(path), { waitUntil: 'load' });
    await tab.page.waitForSelector(SCANNED, { state: 'attached', timeout: 20_000 });
    if (path.includes('/corpus-story/')) {
      await tab.page.waitForSelector(`#lateral-robust-story ${HIGHLIGHT}`, { state: 'attached', timeout: 10_000 }).catch(() => undefined);
    }
    const loadMs = Date.now() - started;
    const before = await tab.page.evaluate(() => (window as unknown as { __robust?: { before?: DomSnapshot } }).__robust?.before ?? null);
    const during = await tab.page.evaluate(snapshotDom);
    const highlights = await tab.page.evaluate(listHighlights);
    const storyHighlights = await tab.page.evaluate((sel) => document.querySelectorAll(`#lateral-robust-story ${sel}`).length, HIGHLIGHT);
    return { path, loadMs, before, during, highlights, storyHighlights, extensionErrors: [] };
  }

  async function runBatch(paths: string[]): Promise<Map<string, PageOutcome>> {
    batchesRun++;
    const loaded = [];
    for (let i = 0; i < paths.length; i++) loaded.push(await loadInto(tabs[i]!, paths[i]!));
    await setEnabled(false);
    const results = new Map<string, PageOutcome>();
    for (let i = 0; i < paths.length; i++) {
      const tab = tabs[i]!;
      const one = loaded[i]!;
      const reference = one.before?.serial ?? '';
      let after = await tab.page.evaluate(snapshotDom);
      for (let k = 0; k < 60 && (after.serial !== reference || after.lateralTraces > 0); k++) {
        await sleep(50);
        after = await tab.page.evaluate(snapshotDom);
      }
      const sameNodes = await tab.page.evaluate(sameNodesAsBefore);
      results.set(one.path, { ...one, after, tracesAfterOff: after.lateralTraces, sameNodes, extensionErrors: [...tab.extensionErrors] });
    }
    await setEnabled(true);
    return results;
  }

  /** The outcome for `path`, running its whole batch the first time any page of it is asked for. */
  function outcome(path: string, batch: string[]): Promise<PageOutcome> {
    if (!outcomes.has(path)) {
      const run = runBatch(batch);
      for (const p of batch)
        outcomes.set(
          p,
          run.then((m) => m.get(p)!),
        );
    }
    return outcomes.get(path)!;
  }

  function expectRestored(o: PageOutcome): void {
    const before = o.before!;
    expect(
      o.after.serial === before.serial,
      `${o.path}: DOM after turning Lateral off differs at ${firstDiff(before.serial, o.after.serial)}`,
    ).toBe(true);
    expect(o.tracesAfterOff, 'no lateral-root, highlight or scanned marker left after turning off').toBe(0);
    expect(o.sameNodes, `${o.path}: the page's own node objects must come back in order`).toMatchObject({ same: true });
  }

  const plainPaths = full.files.map((f) => `/robust/corpus/${f}`);
  const plainBatches = Array.from({ length: Math.ceil(plainPaths.length / POOL) }, (_, i) => plainPaths.slice(i * POOL, i * POOL + POOL));

  for (const file of full.files) {
    const path = `/robust/corpus/${file}`;
    const batch = plainBatches.find((b) => b.includes(path))!;
    it(`${file}: scanned, no highlight, no error, text unchanged, exact DOM after turning off`, async () => {
      const o = await outcome(path, batch);
      // The snapshot must predate the content script, or the comparison proves nothing.
      expect(o.before, 'a DOMContentLoaded snapshot was taken').not.toBeNull();
      expect(o.before!.lateralTraces, 'Lateral had already touched the page at DOMContentLoaded').toBe(0);
      for (const h of o.highlights) falseAlarms.push(`  ${file}: rule=${h.rule} kind=${h.kind} text="${h.text}" in "${h.context}"`);
      expect(o.highlights, `${file} is not about the story`).toEqual([]);
      expect(o.extensionErrors, 'errors thrown or logged by the content script').toEqual([]);
      expect(o.during.textContent === o.before!.textContent, 'body.textContent changed').toBe(true);
      expect(o.during.innerText === o.before!.innerText, 'body.innerText changed').toBe(true);
      expectRestored(o);
    });
  }

  // Undo is only really exercised where something was highlighted: the same pages with
  // a story paragraph. Every page in the vendored set (and a spread of the shared set).
  const storyFiles = full.set === 'shared' ? full.files.filter((_, i) => i % 4 === 0) : full.files;
  const storyPaths = storyFiles.map((f) => `/robust/corpus-story/${f}`);
  const storyBatches = Array.from({ length: Math.ceil(storyPaths.length / POOL) }, (_, i) => storyPaths.slice(i * POOL, i * POOL + POOL));
  for (const file of storyFiles) {
    const path = `/robust/corpus-story/${file}`;
    const batch = storyBatches.find((b) => b.includes(path))!;
    it(`${file} + a story paragraph: highlighted, then restored to the same nodes when turned off`, async () => {
      const o = await outcome(path, batch);
      expect(o.before?.lateralTraces).toBe(0);
      expect(o.storyHighlights, 'the added story paragraph is highlighted').toBeGreaterThan(0);
      expect(o.extensionErrors).toEqual([]);
      expect(o.during.textContent === o.before!.textContent, 'body.textContent changed by highlighting').toBe(true);
      expectRestored(o);
    });
  }
});

// Firefox: a sample (the vendored pages), through the shared harness. Firefox has no
// init-script hook there, so "before" is the page loaded with Lateral turned off, which
// the DOM contract says leaves the page untouched.
const sample = vendoredCorpus();
describe(`firefox: real pages, vendored sample (${sample.files.length} pages)`, () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let control: TestPage;
  let page: TestPage;

  const setEnabled = (enabled: boolean) => setLateralEnabled((fn, arg) => control.evaluate(fn, arg), enabled);

  beforeAll(async () => {
    server = await startStaticServer();
    routeCorpus(server, sample, { '/robust/corpus': (html) => html, '/robust/corpus-story': withStorySentence });
    ({ session, control } = await launchFirefoxWithStoryPhrases());
    page = await session.newPage();
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function reference(path: string): Promise<DomSnapshot> {
    await setEnabled(false);
    await page.goto(server.url(path));
    // Lateral is off: wait for its content script to answer that it decided so before reading the untouched DOM.
    await waitForInactiveReport((fn, arg) => control.evaluate(fn, arg), server.url(path));
    const off = await page.evaluate(snapshotDom);
    expect(off.lateralTraces, 'with Lateral off the page carries none of its traces').toBe(0);
    // Leave the reference page before switching Lateral on again, so the page under test is
    // the only one that starts a pass (a pass cut short by navigation is not this test's subject).
    await page.goto('about:blank');
    await setEnabled(true);
    return off;
  }

  for (const file of sample.files) {
    for (const variant of ['corpus', 'corpus-story'] as const) {
      it(`${file}${variant === 'corpus-story' ? ' + a story paragraph' : ''}: scanned, text unchanged, exact DOM after turning off`, async () => {
        const path = `/robust/${variant}/${file}`;
        const before = await reference(path);
        page.errors.length = 0;
        await page.goto(server.url(path));
        await page.waitForSelector(SCANNED, 20_000);
        if (variant === 'corpus-story') await page.waitForSelector(`#lateral-robust-story ${HIGHLIGHT}`, 10_000).catch(() => undefined);
        const during = await page.evaluate(snapshotDom);
        const highlights = await page.evaluate(listHighlights);
        if (variant === 'corpus') expect(highlights, `${file} is not about the story`).toEqual([]);
        else expect(highlights.length, 'the added story paragraph is highlighted').toBeGreaterThan(0);
        expect(page.errors.filter((e) => /lateral|moz-extension/i.test(e))).toEqual([]);
        expect(during.textContent === before.textContent, 'body.textContent changed').toBe(true);
        await setEnabled(false);
        let after = await page.evaluate(snapshotDom);
        for (let i = 0; i < 60 && after.serial !== before.serial; i++) {
          await sleep(50);
          after = await page.evaluate(snapshotDom);
        }
        await setEnabled(true);
        expect(after.serial === before.serial, `DOM after turning off differs at ${firstDiff(before.serial, after.serial)}`).toBe(true);
      });
    }
  }
});
