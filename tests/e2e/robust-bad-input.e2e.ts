/**
 * Bad input in the real extension, each with a clear error and nothing lost:
 * - garbage written straight into storage.sync: the options page still renders (repaired,
 *   never blank) and pages are still scanned;
 * - every malformed or oversized settings file in tests/fixtures/bad-input/settings given
 *   to the options page's import: a problem list appears and storage is byte-for-byte
 *   what it was;
 * - a huge custom phrase list (chunked in storage) and pathological but valid phrases on
 *   an adversarial page: the options page and the page stay responsive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeItems } from '../../src/core/settings/storage';
import { launchExtension, wrapPlaywright, type ExtensionSession, type TestPage } from './harness/session';
import { FIXTURES_DIR, startStaticServer, type StaticServer } from './harness/static-server';
import { launchRobustChromium, readSyncStorage, SCANNED, writeSyncStorage, type RobustChromium, type RobustTab } from './robust-support';

const BAD = join(FIXTURES_DIR, 'bad-input');
const cases = JSON.parse(readFileSync(join(BAD, 'settings', 'cases.json'), 'utf8')) as { file: string; why: string }[];
const GOOD_STORED = {
  'settings.version': 1,
  'settings.sensitivity': 'strict',
  'settings.customPhrases': [{ topic: 'call', phrase: 'phone call' }],
};

const GARBAGE: Record<string, unknown> = {
  'settings.version': 1,
  'settings.enabled': 'yes please',
  'settings.sensitivity': 42,
  'settings.highlight': { style: '<img src=x onerror=alert(1)>', mentionColor: 'url(https://example.invalid/)', extra: [1, 2] },
  'settings.sites': ['not', 'an', 'object'],
  'settings.rules': { disabled: 'all' },
  'settings.customPhrases': { $chunks: 7 },
  'settings.customPhrases#0': '[{"topic":',
  'settings.unknownThing': { deeply: { nested: true } },
};

/** Hands the options page a file with these exact bytes, as a file picker would. */
function chooseBytes(evaluate: TestPage['evaluate'], name: string, base64: string): Promise<void> {
  return evaluate(
    ({ name, base64 }: { name: string; base64: string }) => {
      const input = document.querySelector<HTMLInputElement>('#import-file');
      if (!input) throw new Error('no #import-file on the options page');
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, base64 },
  );
}

function adversarialPage(): string {
  const para = ('a a a aaaa the of the e e 28 аа ' + 'a'.repeat(300) + ' ').repeat(40);
  const body = Array.from({ length: 200 }, (_, i) => `<p id="p${i}">${para}${i === 199 ? ' the Witkoff–Ushakov call' : ''}</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>adversarial</title></head><body>${body}</body></html>`;
}

function heavyPhrases(): { topic: string; phrase: string }[] {
  const { acceptedButHeavy } = JSON.parse(readFileSync(join(BAD, 'phrases', 'pathological.json'), 'utf8')) as {
    acceptedButHeavy: string[];
  };
  const list = acceptedButHeavy.map((phrase) => ({ topic: 'call', phrase }));
  list.push({ topic: 'call', phrase: 'Witkoff–Ushakov call' });
  return list;
}

/** The shared scenario, written once over the TestPage API for both browsers. */
function suite(name: 'chromium' | 'firefox', importCases: typeof cases) {
  describe(`${name}: bad input leaves Lateral working and settings intact`, () => {
    let server: StaticServer;
    let chromium: RobustChromium | undefined;
    let session: ExtensionSession | undefined;
    let options: TestPage;
    let chromiumTab: RobustTab | undefined;

    const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => options.evaluate<R, A>(fn, arg);
    const clear = () =>
      evaluate(async () => {
        const g = globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } };
        await g.chrome.storage.sync.clear();
      }, undefined);

    async function openOptions(): Promise<TestPage> {
      if (name === 'firefox') return session!.openExtensionPage('src/pages/options/index.html');
      chromiumTab = await chromium!.extensionTab('src/pages/options/index.html');
      const page = chromiumTab.page;
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Only uncaught errors count here: the options page logs refused imports as console errors.
      return { ...wrapPlaywright(page), errors };
    }

    beforeAll(async () => {
      server = await startStaticServer();
      server.route('/robust/adversarial.html', adversarialPage());
      if (name === 'chromium') chromium = await launchRobustChromium();
      else session = await launchExtension('firefox');
      options = await openOptions();
      await options.waitForSelector('#import-file', 15_000);
    }, 90_000);

    afterAll(async () => {
      await chromium?.close();
      await session?.close();
      await server?.close();
    });

    it('garbage in storage.sync: the options page renders repaired settings, never a blank page; pages are still scanned', async () => {
      await clear();
      await writeSyncStorage(evaluate, GARBAGE);
      await options.close();
      options = await openOptions();
      await options.waitForSelector('#import-file', 15_000);
      const shown = await options.evaluate(() => ({
        text: document.body.innerText.length,
        sections: document.querySelectorAll('section').length,
        inputs: document.querySelectorAll('input, select, button').length,
      }));
      expect(shown.text).toBeGreaterThan(200);
      expect(shown.sections).toBeGreaterThan(2);
      expect(shown.inputs).toBeGreaterThan(5);
      expect(options.errors).toEqual([]);
      const page = name === 'chromium' ? null : await session!.newPage();
      if (page) {
        await page.goto(server.url('/fixtures/pages/story-en.html'));
        await page.waitForSelector(SCANNED, 15_000);
        await page.close();
      } else {
        const tab = await chromium!.newTab();
        await tab.page.goto(server.url('/fixtures/pages/story-en.html'));
        await tab.page.waitForSelector(SCANNED, { state: 'attached', timeout: 15_000 });
        expect(tab.extensionErrors).toEqual([]);
        await tab.close();
      }
    });

    for (const c of importCases) {
      it(`import of ${c.file} (${c.why}) shows problems and leaves settings untouched`, async () => {
        await clear();
        await writeSyncStorage(evaluate, GOOD_STORED);
        const before = await readSyncStorage(evaluate);
        const bytes = readFileSync(join(BAD, 'settings', c.file));
        await chooseBytes(options.evaluate, c.file, bytes.toString('base64'));
        await options.waitForSelector(`#import-result[data-file="${c.file}"] #import-problems li`, 10_000);
        const problems = await options.evaluate(() =>
          [...document.querySelectorAll('#import-problems li')].map((li) => li.textContent ?? ''),
        );
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(p.trim().length, 'each problem is explained in words').toBeGreaterThan(5);
        expect(await options.evaluate(() => document.querySelectorAll('#import-problems img, #import-problems script').length)).toBe(0);
        // The problems list (awaited above) is the positive signal: the import was parsed and refused.
        expect(await readSyncStorage(evaluate)).toEqual(before);
      });
    }

    it('a huge custom phrase list in storage (chunked) is trimmed, the options page stays usable', async () => {
      await clear();
      const phrases = Array.from({ length: 1_500 }, (_, i) => ({ topic: 'call', phrase: `reader phrase ${i}` }));
      await writeSyncStorage(evaluate, { ...encodeItems({ customPhrases: phrases }) });
      await options.close();
      const started = Date.now();
      options = await openOptions();
      await options.waitForSelector('#import-file', 15_000);
      const listed = await options.evaluate(() => document.body.innerText.split('reader phrase ').length - 1);
      console.log(
        `robust-bad-input ${name}: options page with 1,500 stored phrases rendered in ${Date.now() - started} ms, ${listed} shown`,
      );
      expect(listed).toBeGreaterThan(0);
      expect(listed).toBeLessThanOrEqual(100);
      expect(options.errors).toEqual([]);
    });

    it('pathological but valid phrases on an adversarial page: the scan completes and the page stays responsive', async () => {
      await clear();
      await writeSyncStorage(evaluate, encodeItems({ customPhrases: heavyPhrases() }));
      const page = name === 'firefox' ? await session!.newPage() : null;
      const tab = name === 'chromium' ? await chromium!.newTab() : null;
      const started = Date.now();
      if (page) {
        await page.goto(server.url('/robust/adversarial.html'));
        await page.waitForSelector(SCANNED, 30_000);
      } else {
        await tab!.page.goto(server.url('/robust/adversarial.html'));
        await tab!.page.waitForSelector(SCANNED, { state: 'attached', timeout: 30_000 });
      }
      const scannedMs = Date.now() - started;
      const evaluateIn = page ? page.evaluate : (fn: () => unknown) => tab!.page.evaluate(fn);
      // The page's own timer still fires on time while Lateral works.
      const drift = (await evaluateIn(
        () =>
          new Promise<number>((done) => {
            const t0 = performance.now();
            setTimeout(() => done(performance.now() - t0 - 50), 50);
          }),
      )) as number;
      const marks = (await evaluateIn(() => document.querySelectorAll('[data-lateral-rule]').length)) as number;
      console.log(
        `robust-bad-input ${name}: adversarial page with ${heavyPhrases().length} heavy phrases: scanned in ${scannedMs} ms, ${marks} highlights, timer drift ${drift.toFixed(0)} ms`,
      );
      expect(scannedMs).toBeLessThan(30_000);
      expect(drift).toBeLessThan(1_000);
      if (tab) expect(tab.extensionErrors).toEqual([]);
      await page?.close();
      await tab?.close();
      await clear();
    });
  });
}

suite('chromium', cases);
// Firefox: a spread of ten files covering each kind of problem.
suite('firefox', cases.filter((_, i) => i % 4 === 0 || i === cases.length - 1).slice(0, 10));
