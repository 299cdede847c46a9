import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEY_PREFIX, VERSION_KEY } from '../../src/core/settings/storage';
import { waitForInactiveReport } from './harness/content-decision';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { CORPUS_DIR } from './harness/static-server';

/** Two real pages from the shared corpus, when it is present on this machine. */
const STORY_PARAGRAPH =
  '<p>On 14 October 2025 Steve Witkoff and Yuri Ushakov spoke by phone about the 28-point peace plan for Ukraine. ' +
  'The recording of the Witkoff–Ushakov call was published in November.</p>';
const CORPUS_PAGES = ['aclu.html', 'wikipedia.html'].filter((f) => existsSync(join(CORPUS_DIR, f)));

/** Scripts and remote loads off: the page's own DOM then depends only on its HTML and on Lateral. */
function staticOnly(html: string): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
  return html.replace(/<head[^>]*>/i, (head) => `${head}${csp}`);
}

/** Writes settings into storage.sync from an extension page, the way Lateral's settings module stores them. */
async function writeSettings(control: TestPage, values: Record<string, unknown>): Promise<void> {
  await control.evaluate(async (entries: Record<string, unknown>) => {
    type Area = { set(v: object): Promise<void>; remove(k: string[]): Promise<void> };
    const g = globalThis as unknown as { browser?: { storage: { sync: Area } }; chrome?: { storage: { sync: Area } } };
    const sync = (g.browser ?? g.chrome)!.storage.sync;
    const remove = Object.keys(entries).filter((k) => entries[k] === null);
    const set = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null));
    if (remove.length) await sync.remove(remove);
    if (Object.keys(set).length) await sync.set(set);
  }, values);
}

const setEnabled = (control: TestPage, on: boolean) =>
  writeSettings(control, { [`${KEY_PREFIX}enabled`]: on ? null : false, [VERSION_KEY]: 1 });

const serialise = () => document.documentElement.outerHTML;
const highlighted = () =>
  document.querySelectorAll('lateral-mark').length > 0 && document.documentElement.hasAttribute('data-lateral-scanned');
const clean = () => !document.querySelector('lateral-mark, lateral-root') && !document.documentElement.hasAttribute('data-lateral-scanned');

/** Sends a message to the page's content script the way the background does. */
async function toContent(control: TestPage, urlPrefix: string, message: object): Promise<unknown> {
  return control.evaluate(
    async ({ prefix, msg }: { prefix: string; msg: object }) => {
      type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const tabs = (g.browser ?? g.chrome)!.tabs;
      // Without the "tabs" permission tab URLs are hidden: ask every tab, keep the one that answers.
      void prefix;
      for (const tab of await tabs.query({})) {
        try {
          const answer = await tabs.sendMessage(tab.id!, msg);
          if (answer !== undefined) return answer;
        } catch {
          // No content script in that tab (extension pages, blank tabs).
        }
      }
      return undefined;
    },
    { prefix: urlPrefix, msg: message },
  );
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: exact undo, rule toggles and commands`, () => {
    const ext = useExtension(name);
    let control: TestPage;
    beforeAll(async () => {
      control = await ext.session.openExtensionPage('src/pages/options/index.html');
    });

    async function roundTrip(path: string, phrases: { topic: string; phrase: string }[] = []): Promise<void> {
      await setEnabled(control, false);
      await writeSettings(control, { [`${KEY_PREFIX}customPhrases`]: phrases.length ? phrases : null });
      const page = await ext.session.newPage();
      await page.goto(ext.server.url(path));
      // Lateral is off: nothing may change. Wait until the content script answers that it decided to stay off.
      await waitForInactiveReport((fn, arg) => control.evaluate(fn, arg), ext.server.url(path));
      const before = await page.evaluate(serialise);
      expect(await page.evaluate(clean)).toBe(true);
      await setEnabled(control, true);
      await page.waitForFunction(highlighted, undefined, 20_000);
      expect(await page.evaluate(serialise)).not.toBe(before);
      await setEnabled(control, false);
      await page.waitForFunction(clean, undefined, 20_000);
      expect(await page.evaluate(serialise)).toBe(before);
      await page.close();
    }

    it('turning Lateral off restores the fixture page exactly', async () => {
      await roundTrip('/fixtures/pages/annotation-article.html');
    });

    for (const file of CORPUS_PAGES) {
      it(`turning Lateral off restores the real page ${file} exactly`, async () => {
        // A paragraph about the story at the end makes the page about it, so a reader's own
        // phrase (marked only on such pages) gives highlights all through the real page's markup.
        const html = readFileSync(join(CORPUS_DIR, file), 'utf8').replace(/<\/body>/i, `${STORY_PARAGRAPH}$&`);
        ext.server.route(`/annot-corpus/${file}`, staticOnly(html));
        await roundTrip(`/annot-corpus/${file}`, [{ topic: 'call', phrase: 'which' }]);
      });
    }

    it('disabling one rule removes only its highlights on the open tab', async () => {
      await writeSettings(control, { [`${KEY_PREFIX}customPhrases`]: null, [`${KEY_PREFIX}rules`]: null });
      await setEnabled(control, true);
      const page = await ext.session.newPage();
      await page.goto(ext.server.url('/fixtures/pages/annotation-article.html'));
      const flag = '#p-wrong lateral-mark[data-lateral-kind="discrepancy"]';
      await page.waitForSelector(flag);
      const rule = await page.evaluate((sel) => document.querySelector(sel)!.getAttribute('data-lateral-rule')!, flag);
      const rulesIn = (id: string) =>
        page.evaluate((sel) => [...document.querySelectorAll(`#${sel} lateral-mark`)].map((m) => m.getAttribute('data-lateral-rule')), id);
      const namesBefore = await rulesIn('p-names');
      try {
        await writeSettings(control, { [`${KEY_PREFIX}rules`]: { disabled: [rule] } });
        await page.waitForFunction((sel) => !document.querySelector(sel) && !!document.querySelector('#p-names lateral-mark'), flag);
        // The flag's words are plain text again; every other highlight is as it was.
        expect(await rulesIn('p-wrong')).not.toContain(rule);
        expect(await page.evaluate(() => document.getElementById('p-wrong')!.textContent)).toBe(
          'The October 14, 2023 call was first reported by Bloomberg.',
        );
        expect(await rulesIn('p-names')).toEqual(namesBefore);
      } finally {
        await writeSettings(control, { [`${KEY_PREFIX}rules`]: null });
      }
      await page.waitForSelector(flag);
      await page.close();
    });

    it('answers get-report and moves focus with step-finding and focus-finding', async () => {
      const page = await ext.session.newPage();
      const url = ext.server.url('/fixtures/pages/annotation-article.html');
      await page.goto(url);
      await page.waitForSelector('#p-wrong lateral-mark');
      const report = (await toContent(control, url, { type: 'get-report' })) as {
        mentions: number;
        discrepancies: number;
        findings: { text: string }[];
      };
      expect(report.mentions).toBeGreaterThanOrEqual(3);
      expect(report.discrepancies).toBe(1);
      expect(report.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Yuri Ushakov', 'October 14, 2023']));
      const [first, second] = report.findings.map((f) => f.text);
      const focusedText = () => (document.activeElement?.localName === 'lateral-mark' ? document.activeElement.textContent : null);
      await toContent(control, url, { type: 'step-finding', direction: 1 });
      expect(await page.evaluate(focusedText)).toBe(first);
      await toContent(control, url, { type: 'step-finding', direction: 1 });
      expect(await page.evaluate(focusedText)).toBe(second);
      await toContent(control, url, { type: 'step-finding', direction: -1 });
      await toContent(control, url, { type: 'step-finding', direction: -1 });
      // Wraps around to the last finding.
      expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p-wrong');
      await toContent(control, url, { type: 'focus-finding', index: 1 });
      expect(await page.evaluate(focusedText)).toBe(second);
      await page.close();
    });
  });
}
