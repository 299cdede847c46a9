import { describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { type BrowserName, type LaunchOptions, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';

// The first-run page: opened on install, Lateral working on its sample article (marks,
// a flagged error, the real popover by mouse and keyboard), how to pin the button, and
// one way into the classroom; reachable again from the popup and the options.

const WELCOME = 'src/pages/welcome/index.html';
const RUNS: { name: BrowserName; options: LaunchOptions }[] = [
  { name: 'chromium', options: {} },
  { name: 'firefox', options: {} },
  { name: 'chromium', options: { colorScheme: 'dark', uiLanguage: 'uk' } },
  { name: 'firefox', options: { colorScheme: 'dark' } },
];

const dialogText = () => {
  const panel = document.querySelector('.sample-popover-host')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
  return panel ? panel.innerText : null;
};

async function waitOpen(page: TestPage): Promise<string> {
  await page.waitForFunction(
    () => !!document.querySelector('.sample-popover-host')?.shadowRoot?.querySelector('[role="dialog"][data-side]'),
  );
  return (await page.evaluate(dialogText))!;
}

for (const run of RUNS) {
  const label = `${run.name} ${run.options.colorScheme ?? 'light'} ${run.options.uiLanguage ?? 'en'}`;
  describe(`${label}: welcome page`, () => {
    const ext = useExtension(run.name, { launch: run.options, serve: false });

    it('opens on install and shows Lateral working on a sample article, by mouse and keyboard, with axe at zero', async () => {
      const page = await ext.session.openExtensionPage(WELCOME);
      await page.setViewport(1280, 800);
      await page.waitForSelector('.sample-mark[data-lateral-kind="discrepancy"]');
      const seen = await page.evaluate(async (url: string) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } } }).chrome;
        return {
          // The tab the install opened, and the one this test opened.
          welcomeTabs: (await api.tabs.query({})).filter((tab) => tab.url === url).length,
          lang: document.documentElement.lang,
          mentions: document.querySelectorAll('.sample-mark[data-lateral-kind="mention"]').length,
          flags: document.querySelectorAll('.sample-mark[data-lateral-kind="discrepancy"]').length,
          // Read as one article, as a news page is: every paragraph about the story is marked.
          paragraphs: document.querySelectorAll('article.sample p:not(.sample-outlet)').length,
          unmarked: [...document.querySelectorAll('article.sample p:not(.sample-outlet)')]
            .filter((p) => !p.querySelector('.sample-mark'))
            .map((p) => p.textContent),
          classroom: (document.querySelector('#open-classroom') as HTMLAnchorElement).href,
          sections: document.querySelectorAll('main h2').length,
        };
      }, ext.session.extensionBase + WELCOME);
      expect(seen.welcomeTabs).toBeGreaterThanOrEqual(2);
      expect(seen.lang).toBe(run.options.uiLanguage ?? 'en');
      expect(seen.mentions).toBeGreaterThanOrEqual(3);
      expect(seen.flags).toBe(1);
      expect(seen.paragraphs).toBe(3);
      expect(seen.unmarked).toEqual([]);
      expect(seen.classroom).toBe(ext.session.extensionBase + 'src/pages/classroom/index.html');
      expect(seen.sections).toBe(4);
      expect(await runAxe(page)).toEqual([]);

      // As on a news page: Tab stops at the first mark of each topic and error, the arrow keys reach every mark.
      const tabindexes = await page.evaluate(() => [...document.querySelectorAll('.sample-mark')].map((m) => m.getAttribute('tabindex')));
      expect(tabindexes.filter((x) => x === '0').length).toBe(3);
      expect(tabindexes.length).toBeGreaterThan(3);
      expect(tabindexes.filter((x) => x !== '0' && x !== '-1')).toEqual([]);
      await page.focus('.sample-mark[tabindex="0"]');
      const reached: number[] = [];
      for (let i = 0; i <= tabindexes.length; i += 1) {
        reached.push(await page.evaluate(() => [...document.querySelectorAll('.sample-mark')].indexOf(document.activeElement!)));
        await page.press('ArrowRight');
      }
      expect(reached).toEqual([...tabindexes.keys(), 0]);

      await page.click('.sample-mark[data-lateral-kind="mention"]');
      // The pack's text follows the UI language (data/translations).
      expect(await waitOpen(page)).toContain(run.options.uiLanguage === 'uk' ? 'Стів Віткофф' : 'Steve Witkoff');
      expect(await runAxe(page)).toEqual([]);
      await page.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.sample-popover-host')?.shadowRoot?.querySelector('[role="dialog"]'));
      expect(await page.evaluate(() => document.activeElement?.classList.contains('sample-mark'))).toBe(true);

      await page.focus('.sample-mark[data-lateral-kind="discrepancy"]');
      await page.press('Enter');
      const flag = await waitOpen(page);
      expect(flag).toContain('October 14, 2023');
      expect(flag).toContain('2025');
      expect(await runAxe(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      // Left open: in Firefox this may be the tab the install opened, which the harness opens extension pages from.
      // Three full-page axe runs: on a loaded two-core machine Firefox alone can take most of a minute on them.
    }, 120_000);

    it('shows its pages at the size of their root font in every browser (Chrome would shrink body text to 75%)', async () => {
      for (const path of ['src/pages/popup/index.html', 'src/pages/options/index.html', 'src/pages/classroom/index.html', WELCOME]) {
        const page = await ext.session.openExtensionPage(path);
        await page.waitForSelector('main');
        const sizes = await page.evaluate(() => [document.documentElement, document.body].map((el) => getComputedStyle(el).fontSize));
        expect(sizes[1], path).toBe(sizes[0]);
        // The welcome page stays open: in Firefox it may be the install's tab the harness works from.
        if (path !== WELCOME) await page.close();
      }
    });

    it('is one click away from the popup and the options', async () => {
      for (const path of ['src/pages/popup/index.html', 'src/pages/options/index.html']) {
        const page = await ext.session.openExtensionPage(path);
        await page.waitForSelector('#open-welcome');
        await page.close();
      }
    });
  });
}
