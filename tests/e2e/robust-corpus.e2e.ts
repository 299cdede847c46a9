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
 * The same pages with one story sentence added prove undo on pages that do get
 * highlights: the very same node objects come back, in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession, type TestPage } from './harness/session';
import { startStaticServer, type StaticServer } from './harness/static-server';
import {
  corpus,
  firstDiff,
  HIGHLIGHT,
  launchRobustChromium,
  readCorpusPage,
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

const STORY_SENTENCE =
  '<p id="lateral-robust-story">Analysts compared the Witkoff–Ushakov call with the 28-point peace plan for Ukraine.</p>';

function withStorySentence(html: string): string {
  const body = /<body(?:\s[^>]*)?>/i.exec(html);
  if (!body) return `${html}${STORY_SENTENCE}`;
  const at = body.index + body[0].length;
  return html.slice(0, at) + STORY_SENTENCE + html.slice(at);
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

describe(`chromium: real pages from the ${full.set} corpus (${full.files.length} pages)`, () => {
  let server: StaticServer;
  let browser: RobustChromium;
  let tab: RobustTab;
  let control: RobustTab;
  const falseAlarms: string[] = [];
  const timings: number[] = [];

  const setEnabled = (enabled: boolean) =>
    setLateralEnabled((fn, arg) => control.page.evaluate(fn as never, arg), enabled);

  beforeAll(async () => {
    server = await startStaticServer();
    for (const file of full.files) {
      const html = readCorpusPage(full, file);
      server.route(`/robust/corpus/${file}`, html);
      server.route(`/robust/corpus-story/${file}`, withStorySentence(html));
    }
    browser = await launchRobustChromium();
    control = await browser.extensionTab();
    await useStoryPhrases((fn, arg) => control.page.evaluate(fn as never, arg));
    tab = await browser.newTab({ snapshotBeforeScan: true });
  });

  afterAll(async () => {
    if (timings.length) {
      const total = timings.reduce((a, b) => a + b, 0);
      console.log(`robust-corpus chromium: ${timings.length} page loads, ${(total / 1000).toFixed(1)} s, slowest ${Math.max(...timings)} ms`);
    }
    if (falseAlarms.length) console.log(`robust-corpus chromium: highlights on unrelated pages:\n${falseAlarms.join('\n')}`);
    await browser?.close();
    await server?.close();
  });

  /** Loads a page with Lateral on and returns the DOMContentLoaded snapshot and the scanned one. */
  async function loadScanned(path: string): Promise<{ before: DomSnapshot; during: DomSnapshot }> {
    tab.extensionErrors.length = 0;
    const started = Date.now();
    await tab.page.goto(server.url(path), { waitUntil: 'load' });
    await tab.page.waitForSelector(SCANNED, { state: 'attached', timeout: 20_000 });
    timings.push(Date.now() - started);
    const before = await tab.page.evaluate(
      () => (window as unknown as { __robust?: { before?: DomSnapshot } }).__robust?.before ?? null,
    );
    if (!before) throw new Error(`${path}: no DOMContentLoaded snapshot was taken`);
    // The snapshot must predate the content script, or the comparison proves nothing.
    expect(before.lateralTraces, 'Lateral had already touched the page at DOMContentLoaded').toBe(0);
    const during = await tab.page.evaluate(snapshotDom);
    return { before, during };
  }

  /** Turns Lateral off through storage and waits for the page to return to `before`. */
  async function turnOffAndCompare(path: string, before: DomSnapshot): Promise<void> {
    await setEnabled(false);
    let after = await tab.page.evaluate(snapshotDom);
    for (let i = 0; i < 60 && (after.serial !== before.serial || after.lateralTraces > 1); i++) {
      await sleep(50);
      after = await tab.page.evaluate(snapshotDom);
    }
    const nodes = await tab.page.evaluate(sameNodesAsBefore);
    await setEnabled(true);
    expect(after.serial === before.serial, `${path}: DOM after turning Lateral off differs at ${firstDiff(before.serial, after.serial)}`).toBe(true);
    expect(await tab.page.locator('lateral-root, [data-lateral-rule], lateral-mark').count()).toBe(0);
    expect(nodes, `${path}: the page's own node objects must come back in order`).toMatchObject({ same: true });
  }

  for (const file of full.files) {
    it(`${file}: scanned, no highlight, no error, text unchanged, exact DOM after turning off`, async () => {
      const path = `/robust/corpus/${file}`;
      const { before, during } = await loadScanned(path);
      const highlights = await tab.page.evaluate(listHighlights);
      for (const h of highlights) falseAlarms.push(`  ${file}: rule=${h.rule} kind=${h.kind} text="${h.text}" in "${h.context}"`);
      expect(highlights, `${file} is not about the story`).toEqual([]);
      expect(tab.extensionErrors, 'errors thrown or logged by the content script').toEqual([]);
      expect(during.textContent === before.textContent, 'body.textContent changed').toBe(true);
      expect(during.innerText === before.innerText, 'body.innerText changed').toBe(true);
      await turnOffAndCompare(path, before);
    });
  }

  // Undo is only really exercised where something was highlighted: the same pages with
  // one story sentence. Every page in the vendored set (and a spread of the shared set).
  const storyFiles = full.set === 'shared' ? full.files.filter((_, i) => i % 4 === 0) : full.files;
  for (const file of storyFiles) {
    it(`${file} + a story sentence: highlighted, then restored to the same nodes when turned off`, async () => {
      const path = `/robust/corpus-story/${file}`;
      const { before, during } = await loadScanned(path);
      const inStory = await tab.page.evaluate(
        (sel) => document.querySelectorAll(`#lateral-robust-story ${sel}`).length,
        HIGHLIGHT,
      );
      expect(inStory, 'the added story sentence is highlighted').toBeGreaterThan(0);
      expect(tab.extensionErrors).toEqual([]);
      expect(during.textContent === before.textContent, 'body.textContent changed by highlighting').toBe(true);
      await turnOffAndCompare(path, before);
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

  const setEnabled = (enabled: boolean) =>
    setLateralEnabled((fn, arg) => control.evaluate(fn as never, arg), enabled);

  beforeAll(async () => {
    server = await startStaticServer();
    for (const file of sample.files) {
      const html = readCorpusPage(sample, file);
      server.route(`/robust/corpus/${file}`, html);
      server.route(`/robust/corpus-story/${file}`, withStorySentence(html));
    }
    session = await launchExtension('firefox');
    control = await session.openExtensionPage('src/pages/options/index.html');
    await useStoryPhrases((fn, arg) => control.evaluate(fn as never, arg));
    page = await session.newPage();
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function reference(path: string): Promise<DomSnapshot> {
    await setEnabled(false);
    await page.goto(server.url(path));
    await sleep(300);
    const off = await page.evaluate(snapshotDom);
    expect(off.lateralTraces, 'with Lateral off the page carries none of its traces').toBe(0);
    await setEnabled(true);
    return off;
  }

  for (const file of sample.files) {
    for (const variant of ['corpus', 'corpus-story'] as const) {
      it(`${file}${variant === 'corpus-story' ? ' + a story sentence' : ''}: scanned, text unchanged, exact DOM after turning off`, async () => {
        const path = `/robust/${variant}/${file}`;
        const before = await reference(path);
        page.errors.length = 0;
        await page.goto(server.url(path));
        await page.waitForSelector(SCANNED, 20_000);
        const during = await page.evaluate(snapshotDom);
        const highlights = await page.evaluate(listHighlights);
        if (variant === 'corpus') expect(highlights, `${file} is not about the story`).toEqual([]);
        else expect(highlights.length, 'the added story sentence is highlighted').toBeGreaterThan(0);
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
