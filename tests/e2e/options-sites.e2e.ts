/**
 * The options page's site lists, driven in both browsers against the built extension: a
 * site at an IPv6 address is taken in brackets, in the form the browser gives the page's
 * address, and Lateral then runs on that page when only listed sites are allowed; an
 * address without its brackets is refused with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearStoredSettings, storedSettings } from './controls-support';
import { type BrowserName, type TestPage } from './harness/session';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

const OPTIONS = 'src/pages/options/index.html';
const STORY = '/fixtures/pages/story-en.html';

const fieldError = (page: TestPage) => page.evaluate(() => document.querySelector('#allow-list-error')?.textContent ?? '');

async function addToAllowList(options: TestPage, typed: string): Promise<void> {
  await options.evaluate(() => void ((document.querySelector('#allow-list-input') as HTMLInputElement).value = ''));
  await options.focus('#allow-list-input');
  await options.type(typed);
  await options.press('Enter');
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: options site lists`, () => {
    const ext = useExtension(name, { serve: false });
    let v6: StaticServer;
    let options: TestPage;
    beforeAll(async () => {
      v6 = await startStaticServer({ host: '::1' });
      options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#allow-list-input');
      await clearStoredSettings(options);
    });
    afterAll(async () => {
      await v6?.close();
    });

    it('takes a site at an IPv6 address in brackets and runs on its pages when only listed sites are allowed', async () => {
      const port = new URL(v6.origin).port;
      await addToAllowList(options, '::1');
      await options.waitForFunction(() => (document.querySelector('#allow-list-error')?.textContent ?? '') !== '');
      const refusal = await fieldError(options);
      expect(refusal).toContain('[::1]');
      expect(await options.evaluate(() => document.querySelectorAll('#allow-list .entries li').length)).toBe(0);

      // Typed as a reader might copy it from the address bar, in the long form.
      await addToAllowList(options, `http://[0:0:0:0:0:0:0:1]:${port}/`);
      await options.waitForSelector('#allow-list .entries li');
      expect(await fieldError(options)).toBe('');
      expect(await options.evaluate(() => [...document.querySelectorAll('#allow-list .entry')].map((e) => e.textContent))).toEqual([
        `[::1]:${port}`,
      ]);
      await options.click('#site-mode-listed');
      await expect
        .poll(async () => (await storedSettings(options))['settings.sites'], { timeout: 10_000 })
        .toEqual({ mode: 'listed', allow: [`[::1]:${port}`] });

      const page = await ext.session.newPage();
      await page.goto(v6.url(STORY));
      await page.waitForSelector('[data-lateral-kind="mention"][data-lateral-rule]', 20_000);
      expect(options.errors).toEqual([]);
      await page.close();
    });

    it('shows a site with a non-Latin name as typed, refuses a whole top-level domain, and says an empty list stops Lateral', async () => {
      await clearStoredSettings(options);
      await options.waitForFunction(() => document.querySelectorAll('#allow-list .entries li').length === 0);
      await options.click('#site-mode-listed');
      await options.waitForSelector('#listed-empty');

      await addToAllowList(options, '*.com');
      await options.waitForFunction(() => (document.querySelector('#allow-list-error')?.textContent ?? '') !== '');
      expect(await fieldError(options)).toContain('“*.com”');
      expect(await options.evaluate(() => document.querySelectorAll('#allow-list .entries li').length)).toBe(0);

      await addToAllowList(options, 'пример.рф');
      await options.waitForSelector('#allow-list .entries li');
      expect(await options.evaluate(() => [...document.querySelectorAll('#allow-list .entry')].map((e) => e.textContent))).toEqual([
        'пример.рф',
      ]);
      // Stored in the form the browser gives a page's address, so it matches that page.
      await expect
        .poll(async () => (await storedSettings(options))['settings.sites'], { timeout: 10_000 })
        .toEqual({ mode: 'listed', allow: ['xn--e1afmkfd.xn--p1ai'] });
      await options.waitForFunction(() => !document.querySelector('#listed-empty'));
      expect(options.errors).toEqual([]);
    });
  });
}
