import { beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { type BrowserName, type LaunchOptions, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { clearStoredSettings, tabIdOf } from './controls-support';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';
const PAGE = '/fixtures/pages/one-of-each.html';

/** What the popup says and offers: the switch's label and state, the site line and button, the summary, every button. */
function readPopup() {
  const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? null;
  const enabled = document.querySelector<HTMLInputElement>('#enabled');
  const clipped = [...document.querySelectorAll('main *')].filter((el) => {
    const style = getComputedStyle(el);
    return /auto|scroll|hidden/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
  });
  return {
    switchLabel: text('label[for="enabled"]'),
    switchOn: enabled?.checked ?? null,
    siteState: text('.site-state'),
    siteButton: text('#pause-site'),
    summary: text('.findings .summary'),
    statusButtons: [...document.querySelectorAll('.status button')].map((b) => b.textContent),
    clipped: clipped.map((el) => el.className || el.localName),
    lang: document.documentElement.lang,
  };
}

interface Words {
  on: string;
  off: string;
  running: string;
  paused: string;
  pause: string;
  resume: string;
  summary: string;
}

const EN: Words = {
  on: 'Lateral is on',
  off: 'Lateral is off',
  running: 'Running on 127.0.0.1.',
  paused: 'Paused on 127.0.0.1: no highlights on this site.',
  pause: 'Pause on 127.0.0.1',
  resume: 'Resume on 127.0.0.1',
  // "call" and "Witkoff and Ushakov": two mentions (the call by description and its parties).
  summary: '2 mentions, 1 known error repeated',
};
const UK: Words = {
  on: 'Lateral увімкнено',
  off: 'Lateral вимкнено',
  running: 'Працює на 127.0.0.1.',
  paused: 'Призупинено на 127.0.0.1: на цьому сайті позначок немає.',
  pause: 'Призупинити на 127.0.0.1',
  resume: 'Відновити на 127.0.0.1',
  summary: '2 згадки, 1 відома помилка',
};

const RUNS: { name: BrowserName; options: LaunchOptions; words: Words }[] = [
  { name: 'chromium', options: {}, words: EN },
  { name: 'firefox', options: {}, words: EN },
  { name: 'chromium', options: { uiLanguage: 'uk', colorScheme: 'dark' }, words: UK },
  { name: 'firefox', options: { colorScheme: 'dark' }, words: EN },
];

for (const run of RUNS) {
  describe(`${run.name} ${run.options.colorScheme ?? 'light'} ${run.options.uiLanguage ?? 'en'}: the toolbar popup says what state Lateral is in`, () => {
    const ext = useExtension(run.name, { launch: run.options });
    let options: TestPage;
    beforeAll(async () => {
      options = await ext.session.openExtensionPage(OPTIONS);
      await clearStoredSettings(options);
    });

    it('labels the switch and the site button by state, counts with plural rules, and axe finds nothing in each state', async () => {
      const w = run.words;
      const page = await ext.session.newPage();
      const url = ext.server.url(PAGE);
      await page.goto(url);
      await page.waitForSelector('lateral-mark[data-lateral-kind="discrepancy"]');
      const popup = await ext.session.openExtensionPage(`${POPUP}?tab=${await tabIdOf(options, url)}`);
      await popup.waitForSelector('.findings .summary');
      let seen = await popup.evaluate(readPopup);
      expect(seen).toMatchObject({
        switchLabel: w.on,
        switchOn: true,
        siteState: w.running,
        siteButton: w.pause,
        summary: w.summary,
        clipped: [],
      });
      expect(seen.lang).toBe(run.options.uiLanguage ?? 'en');
      expect(await runAxe(popup)).toEqual([]);

      await popup.click('#pause-site');
      await popup.waitForFunction(() => document.querySelector('.site-state')?.getAttribute('data-paused') === 'true');
      await popup.waitForSelector('[data-state="inactive-paused"]');
      seen = await popup.evaluate(readPopup);
      expect(seen).toMatchObject({ siteState: w.paused, siteButton: w.resume });
      await page.waitForFunction(() => document.querySelectorAll('lateral-mark').length === 0);
      expect(await runAxe(popup)).toEqual([]);

      await popup.click('#pause-site');
      await popup.waitForSelector('.findings .summary');
      seen = await popup.evaluate(readPopup);
      expect(seen).toMatchObject({ siteState: w.running, siteButton: w.pause });
      await page.waitForSelector('lateral-mark');

      await popup.click('#enabled');
      await popup.waitForFunction(() => (document.querySelector('#enabled') as HTMLInputElement).checked === false);
      await popup.waitForSelector('[data-state="inactive-disabled"]');
      seen = await popup.evaluate(readPopup);
      // Off everywhere: no per-site button, whose action could not work.
      expect(seen).toMatchObject({ switchLabel: w.off, switchOn: false, siteButton: null });
      expect(await runAxe(popup)).toEqual([]);
      await popup.click('#enabled');
      await popup.waitForSelector('.findings .summary');
      expect((await popup.evaluate(readPopup)).switchLabel).toBe(w.on);
      await popup.close();
      await page.close();
    });

    it('offers no action on a page Lateral can never read', async () => {
      const optionsTab = await options.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome;
        return (await api.tabs.getCurrent()).id;
      });
      const popup = await ext.session.openExtensionPage(`${POPUP}?tab=${optionsTab}`);
      await popup.waitForSelector('[data-state="restricted"]');
      const seen = await popup.evaluate(readPopup);
      expect(seen.statusButtons).toEqual([]);
      expect(seen.siteButton).toBeNull();
      expect(await runAxe(popup)).toEqual([]);
      await popup.close();
    });
  });
}
