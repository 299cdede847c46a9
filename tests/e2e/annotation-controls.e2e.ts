/**
 * Highlights inside the page's own controls: a link, a form label and a <summary> keep
 * their click, their keyboard stop and their accessible name, while highlights in running
 * text open the popover and read as the page's words with Lateral's hint as a description.
 */
import { describe, expect, it } from 'vitest';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';

const PAGE = '/fixtures/pages/controls-story.html';

async function openPage(page: TestPage, url: string): Promise<void> {
  await page.setViewport(1000, 800);
  await page.goto(url);
  await page.waitForSelector('html[data-lateral-scanned]');
  for (const id of ['p-body', 'link', 'label', 'summary']) await page.waitForSelector(`#${id} lateral-mark`);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: highlights inside the page's controls`, () => {
    const ext = useExtension(name);

    it('leave the control its keyboard stop and name; running text gets a stop named by its own words', async () => {
      const page = await ext.session.newPage();
      await openPage(page, ext.server.url(PAGE));
      const read = await page.evaluate(() => {
        const marks = (sel: string) => [...document.querySelectorAll(`${sel} lateral-mark`)];
        const stops = (sel: string) => marks(sel).filter((m) => m.hasAttribute('tabindex') || m.hasAttribute('role')).length;
        const body = document.querySelector('#p-body lateral-mark[role="button"]')!;
        return {
          inControls: ['#link', '#label', '#summary'].map(stops),
          described: marks('#link, #label, #summary, #headline, #p-body').filter((m) => m.hasAttribute('aria-description')).length,
          labelled: marks('body').filter((m) => m.hasAttribute('aria-label')).length,
          bodyRole: body.getAttribute('role'),
          bodyDescription: body.getAttribute('aria-description'),
          headlineStops: stops('#headline'),
        };
      });
      expect(read.inControls).toEqual([0, 0, 0]);
      expect(read.labelled).toBe(0);
      expect(read.bodyRole).toBe('button');
      expect(read.bodyDescription).toMatch(/^Lateral: /);
      expect(read.headlineStops).toBeGreaterThan(0);
      expect(read.described).toBeGreaterThan(read.headlineStops);
      await page.close();
    });

    it('leave the click to the control: the box ticks, the summary opens, the link is followed', async () => {
      const page = await ext.session.newPage();
      await openPage(page, ext.server.url(PAGE));
      await page.click('#label lateral-mark');
      await page.click('#summary lateral-mark');
      await page.waitForFunction(() => (document.getElementById('more') as HTMLDetailsElement).open);
      expect(await page.evaluate(() => (document.getElementById('updates') as HTMLInputElement).checked)).toBe(true);
      expect(await page.inLateralRoot((root) => !!root.querySelector('[role="dialog"]'))).not.toBe(true);
      await page.click('#link lateral-mark');
      await page.waitForFunction(() => location.pathname.endsWith('/story-en.html'));
      await page.close();
    });

    it('still open the popover from a highlight in running text', async () => {
      const page = await ext.session.newPage();
      await openPage(page, ext.server.url(PAGE));
      await page.click('#p-body lateral-mark[role="button"]');
      await page.waitForLateralRoot((root) => !!root.querySelector('[role="dialog"]'));
      await page.close();
    });
  });
}
