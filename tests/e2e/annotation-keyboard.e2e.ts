/**
 * A keyboard reader on a short article about the story, with a comment form after it:
 * Tab stops at the first highlight of each topic and of each error only, the arrow keys
 * reach every other highlight from one, the shortcuts reach every highlight from anywhere,
 * and Esc puts focus back where the reader was before the first step.
 */
import { describe, expect, it } from 'vitest';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';

const PAGE = '/fixtures/pages/article-comments.html';

/** What has focus: a highlight's finding id, the popover (inside Lateral's root), or an element id. */
const focused = () => {
  const el = document.activeElement;
  if (!el) return 'nothing';
  if (el.localName === 'lateral-mark') return `mark:${el.getAttribute('data-lateral-finding')}`;
  if (el.localName === 'lateral-root') return 'popover';
  return el.id || el.localName;
};

/** Every highlight's finding id in document order, and whether it takes focus of its own (outside a page control). */
const highlights = () =>
  [...document.querySelectorAll('lateral-mark[data-lateral-finding]')]
    .filter((m, i, all) => all.findIndex((o) => o.getAttribute('data-lateral-finding') === m.getAttribute('data-lateral-finding')) === i)
    .map((m) => ({
      id: `mark:${m.getAttribute('data-lateral-finding')}`,
      focusable: m.getAttribute('role') === 'button',
      stop: m.getAttribute('tabindex') === '0',
      kind: m.getAttribute('data-lateral-kind'),
      described: m.hasAttribute('aria-description'),
      tabindex: m.getAttribute('tabindex'),
    }));

/** A window shorter than the article, so moving among its highlights scrolls it. */
async function openArticle(page: TestPage, url: string): Promise<void> {
  await page.setViewport(900, 360);
  await page.goto(url);
  await page.waitForSelector('html[data-lateral-scanned]');
  await page.waitForSelector('#p-6 lateral-mark');
}

/** Sends a message to the article's content script as the browser shortcuts' handler does. */
function step(control: TestPage, direction: 1 | -1): Promise<unknown> {
  return control.evaluate(async (direction: 1 | -1) => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
    const tabs = (g.browser ?? g.chrome)!.tabs;
    for (const tab of await tabs.query({})) {
      const answer = await tabs.sendMessage(tab.id!, { type: 'step-finding', direction }).catch(() => undefined);
      if (answer === true) return answer;
    }
    throw new Error('no tab took the step');
  }, direction);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the keyboard on an article with many highlights`, () => {
    const ext = useExtension(name);

    it('Tab reaches the comment form through one stop per topic and per error, not through every highlight', async () => {
      const page = await ext.session.newPage();
      await openArticle(page, ext.server.url(PAGE));
      const all = await page.evaluate(highlights);
      expect(all.filter((h) => h.focusable).length).toBeGreaterThanOrEqual(20);
      await page.focus('#home');
      const visited: string[] = [];
      for (let i = 0; i < 80 && visited.at(-1) !== 'comment'; i += 1) {
        await page.press('Tab');
        visited.push(await page.evaluate(focused));
      }
      expect(visited.at(-1)).toBe('comment');
      const markStops = visited.filter((v) => v.startsWith('mark:'));
      // The call and the plan (both named in the headline) and the one wrong date: three stops before the form.
      expect(markStops).toEqual(all.filter((h) => h.stop).map((h) => h.id));
      expect(markStops).toHaveLength(3);
      expect(all.filter((h) => h.stop).map((h) => h.kind)).toEqual(['mention', 'mention', 'discrepancy']);
      // The page's own stops are all still there, the link holding a highlight among them.
      expect(visited.filter((v) => !v.startsWith('mark:'))).toEqual(['section', 'inline-link', 'comment']);
      // A screen reader's reading cursor still meets every highlight outside a control as a described button.
      for (const h of all.filter((h) => h.focusable)) {
        expect(h.described, h.id).toBe(true);
        expect(h.tabindex, h.id).toMatch(/^(0|-1)$/);
      }
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('the arrow keys reach every highlight from a stop, and Esc hands focus back to that stop and its place on the page', async () => {
      const page = await ext.session.newPage();
      await openArticle(page, ext.server.url(PAGE));
      const all = await page.evaluate(highlights);
      const focusable = all.filter((h) => h.focusable).map((h) => h.id);
      const stops = all.filter((h) => h.stop).map((h) => h.id);
      await page.focus('#home');
      await page.press('Tab');
      await page.press('Tab');
      const start = await page.evaluate(focused);
      expect(start).toBe(focusable[0]);
      const scrollBefore = await page.evaluate(() => scrollY);
      const reached = [start];
      for (let i = 1; i < focusable.length; i += 1) {
        await page.press('ArrowRight');
        reached.push(await page.evaluate(focused));
      }
      expect(reached).toEqual(focusable);
      // A sighted keyboard reader sees where the walk is.
      expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
      // Past the last highlight comes the first again; left goes back.
      await page.press('ArrowRight');
      expect(await page.evaluate(focused)).toBe(focusable[0]);
      await page.press('ArrowLeft');
      expect(await page.evaluate(focused)).toBe(focusable.at(-1));
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);

      // The popover of a highlight reached this way closes with Esc onto it; the next Esc ends the walk.
      await page.press('Enter');
      await page.waitForLateralRoot((root) => !!root.querySelector('[role="dialog"]'));
      await page.press('Escape');
      await page.waitForLateralRoot((root) => !root.querySelector('[role="dialog"]'));
      expect(await page.evaluate(focused)).toBe(focusable.at(-1));
      await page.press('Escape');
      expect(await page.evaluate(focused)).toBe(start);
      expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
      // Tab goes on from where the reader was: the next stop.
      await page.press('Tab');
      expect(await page.evaluate(focused)).toBe(stops[1]);
      // The keys were Lateral's: the site's own arrow and Esc shortcuts saw none of them, and still work elsewhere.
      expect(await page.evaluate(() => (window as unknown as { siteKeys: string[] }).siteKeys)).toEqual([]);
      await page.focus('#section');
      await page.press('ArrowRight');
      expect(await page.evaluate(() => (window as unknown as { siteKeys: string[] }).siteKeys)).toEqual(['ArrowRight']);
      await page.close();
    });

    it('the shortcuts reach every highlight from the comment box, the one in a link through its popover, and Esc returns to the draft', async () => {
      const control = await ext.session.openExtensionPage('src/pages/options/index.html');
      const page = await ext.session.newPage();
      await openArticle(page, ext.server.url(PAGE));
      const all = await page.evaluate(highlights);
      await page.focus('#comment');
      await page.type('Draft');
      const expected = all.map((h) => (h.focusable ? h.id : 'popover'));
      expect(expected).toContain('popover');
      for (const where of expected) {
        await step(control, 1);
        // The popover takes focus once its panel has rendered.
        await page.waitForFunction((where: string) => {
          const el = document.activeElement;
          return where === 'popover' ? el?.localName === 'lateral-root' : `mark:${el?.getAttribute('data-lateral-finding')}` === where;
        }, where);
      }
      expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
      // The popover of the highlight in the link closed when the walk moved on.
      expect(await page.inLateralRoot((root) => !!root.querySelector('[role="dialog"]'))).not.toBe(true);
      await page.press('Escape');
      expect(await page.evaluate(focused)).toBe('comment');
      expect(await page.evaluate(() => (document.getElementById('comment') as HTMLTextAreaElement).value)).toBe('Draft');
      expect(page.errors).toEqual([]);
      await page.close();
      await control.close();
    });
  });
}
