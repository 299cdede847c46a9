/**
 * Settings Lateral cannot fully read survive the options page, in Chromium and Firefox
 * ESR: settings written by a newer Lateral are shown as far as they are understood, the
 * reader is told, and a click writes nothing; a chunked phrase list whose last piece has
 * not arrived through sync yet is shown as arriving, an unrelated click saves only that
 * setting, and the list appears once its piece arrives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { readSyncStorage, writeSyncStorage } from './robust-support';

function clearSync(): Promise<void> {
  const g = globalThis as unknown as {
    browser?: { storage: { sync: { clear(): Promise<void> } } };
    chrome?: { storage: { sync: { clear(): Promise<void> } } };
  };
  return (g.browser ?? g.chrome)!.storage.sync.clear();
}

/** 50 phrases in Ukrainian: more than one sync item (7,000 bytes), so storage splits them. */
const PHRASES = Array.from({ length: 50 }, (_, i) => ({ topic: 'plan', phrase: `мирний план із двадцяти восьми пунктів, варіант ${i}` }));

/** The stored form of the phrase list in two pieces, as the settings module writes it. */
function chunked(): Record<string, unknown> {
  const text = JSON.stringify(PHRASES);
  const half = Math.ceil(text.length / 2);
  return {
    'settings.version': 1,
    'settings.customPhrases': { $chunks: 2 },
    'settings.customPhrases#0': text.slice(0, half),
    'settings.customPhrases#1': text.slice(half),
  };
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: settings from another version or still arriving survive the options page`, () => {
    const ext = useExtension(name, { serve: false });
    let options: TestPage;
    const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => options.evaluate<R, A>(fn, arg);

    beforeAll(async () => {
      options = await ext.session.openExtensionPage('src/pages/options/index.html');
      await options.waitForSelector('#sensitivity-broad', 15_000);
    }, 90_000);

    const status = () => evaluate(() => document.getElementById('options-status')?.textContent ?? '', undefined);

    it('settings from a newer Lateral are read, announced, and left untouched by a click', async () => {
      await evaluate(clearSync, undefined);
      const newer = {
        'settings.version': 2,
        'settings.sensitivity': 'strict',
        'settings.highlight': { style: 'underline', thickness: 3 },
        'settings.readingMode': { focus: true },
      };
      await writeSyncStorage(evaluate, newer);
      // The page reloads its settings when storage changes.
      await options.waitForSelector('#settings-newer');
      expect(await evaluate(() => (document.getElementById('sensitivity-strict') as HTMLInputElement).checked, undefined)).toBe(true);
      const notice = await evaluate(() => document.getElementById('settings-newer')!.textContent ?? '', undefined);
      expect(notice).toContain('2');
      expect(await evaluate(() => document.querySelector('.notice')?.id, undefined), 'no "damaged" notice for a newer version').toBe(
        'settings-newer',
      );

      await options.click('#sensitivity-broad');
      await options.waitForFunction(() => (document.getElementById('options-status')?.textContent ?? '') !== '');
      expect(await status()).toMatch(/not saved|не збережено/i);
      expect(await readSyncStorage(evaluate)).toEqual(newer);
    });

    it('a phrase list with a piece still arriving is never written over; an unrelated click saves only that setting', async () => {
      await evaluate(clearSync, undefined);
      const all = chunked();
      const partial = { ...all };
      delete partial['settings.customPhrases#1'];
      await writeSyncStorage(evaluate, partial);
      await options.waitForSelector('#settings-pending');
      expect(await evaluate(() => document.querySelector('.notice')?.id, undefined), 'arriving is not damage').toBe('settings-pending');

      await options.click('#sensitivity-strict');
      await options.waitForFunction(() => /Saved|Збережено/.test(document.getElementById('options-status')?.textContent ?? ''));
      expect(await readSyncStorage(evaluate)).toEqual({ ...partial, 'settings.sensitivity': 'strict' });

      // The last piece arrives: the list is whole and shown.
      await writeSyncStorage(evaluate, { 'settings.customPhrases#1': all['settings.customPhrases#1'] });
      await options.waitForFunction(
        (first: string) => document.body.textContent.includes(first) && !document.getElementById('settings-pending'),
        PHRASES[49]!.phrase,
      );
      expect(await readSyncStorage(evaluate)).toEqual({ ...all, 'settings.sensitivity': 'strict' });
    });
  });
}
