import { describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionSession, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import type { StaticServer } from './harness/static-server';
import { runAxe } from './harness/axe';

const ARTICLE = '/fixtures/pages/annotation-article.html';

/** The open popover's panel text, or null when it is closed (read through Lateral's closed shadow root). */
function popoverText(root: ShadowRoot): string | null {
  const panel = root.querySelector('[role="dialog"]');
  return panel ? (panel as HTMLElement).innerText : null;
}

const popoverOpen = (root: ShadowRoot) => !!root.querySelector('[role="dialog"]');
const popoverClosed = (root: ShadowRoot) => !root.querySelector('[role="dialog"]');

async function openArticle(session: ExtensionSession, server: StaticServer): Promise<TestPage> {
  const page = await session.newPage();
  await page.setViewport(1000, 700);
  await page.goto(server.url(ARTICLE));
  await page.waitForSelector('html[data-lateral-scanned]');
  await page.waitForSelector('lateral-mark');
  return page;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: in-page annotation`, () => {
    const ext = useExtension(name);

    it('highlights mentions and a repeated error, with the DOM contract, and leaves form fields alone', async () => {
      const page = await openArticle(ext.session, ext.server);
      const found = await page.evaluate(() => {
        const marks = [...document.querySelectorAll('lateral-mark')] as HTMLElement[];
        const plan = [...document.querySelectorAll('#p-plan lateral-mark')] as HTMLElement[];
        const style = getComputedStyle(plan[0]!);
        return {
          contract: marks.every((m) => m.dataset.lateralRule && /^(mention|discrepancy)$/.test(m.dataset.lateralKind ?? '')),
          planPieces: plan.map((m) => m.textContent),
          planFindings: new Set(plan.map((m) => m.dataset.lateralFinding)).size,
          wrongKind: document.querySelector('#p-wrong lateral-mark')?.getAttribute('data-lateral-kind'),
          names: [...document.querySelectorAll('#p-names lateral-mark[role="button"]')].map((m) => m.textContent),
          plain: document.querySelectorAll('#p-plain lateral-mark, textarea lateral-mark').length,
          textarea: (document.getElementById('notes') as HTMLTextAreaElement).value,
          // Page CSS says `mark { display: none }` and `span { background: none }`: highlights stay visible.
          display: style.display,
          background: style.backgroundColor,
          roots: document.querySelectorAll('lateral-root').length,
          // Closed: page scripts cannot reach the popover.
          pageSeesShadow: document.querySelector('lateral-root')?.shadowRoot !== null,
        };
      });
      const rootHasShadow = (await page.inLateralRoot(() => true)) === true;
      expect(found.contract).toBe(true);
      expect(found.planPieces.join('')).toContain('28-point plan');
      expect(found.planPieces.length).toBeGreaterThanOrEqual(3);
      expect(found.planFindings).toBe(1);
      expect(found.wrongKind).toBe('discrepancy');
      // "a recording shows" names the call by description: a mention under the annotation guide.
      expect(found.names).toEqual(['Steve Witkoff', 'Yuri Ushakov', 'recording']);
      expect(found.plain).toBe(0);
      expect(found.textarea).toContain('Witkoff and Ushakov');
      expect(found.display).toBe('inline');
      expect(found.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(found.roots).toBe(1);
      expect(found.pageSeesShadow).toBe(false);
      expect(rootHasShadow).toBe(true);
      expect(page.errors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    });

    it('opens the popover by mouse with the story, agreement counts and evidence; an outside click closes it; axe finds nothing', async () => {
      const page = await openArticle(ext.session, ext.server);
      await page.click('#p-plan lateral-mark');
      await page.waitForLateralRoot(popoverOpen);
      const text = (await page.inLateralRoot(popoverText))!;
      expect(text).toMatch(/28-point plan/i);
      expect(text).toMatch(/\d of 5 sources agree/);
      expect(text).toContain('More key facts');
      const geometry = await page.inLateralRoot((root) => {
        const panel = root.querySelector('[role="dialog"]')!;
        const r = panel.getBoundingClientRect();
        return {
          inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
          label: panel.getAttribute('aria-labelledby'),
          labelled: !!panel.getRootNode() && !!(panel.getRootNode() as ShadowRoot).getElementById(panel.getAttribute('aria-labelledby')!),
        };
      });
      expect(geometry?.inside).toBe(true);
      expect(geometry?.labelled).toBe(true);
      expect(await runAxe(page)).toEqual([]);
      await page.click('#corner');
      await page.waitForLateralRoot(popoverClosed);
      await page.close();
    });

    it('opens by keyboard (Tab stop, Enter) and Esc closes it and returns focus', async () => {
      const page = await openArticle(ext.session, ext.server);
      await page.focus('#p-wrong lateral-mark[role="button"]');
      await page.press('Enter');
      await page.waitForLateralRoot(popoverOpen);
      const state = {
        text: (await page.inLateralRoot(popoverText)) ?? '',
        focusInside: await page.evaluate(() => document.activeElement?.localName === 'lateral-root'),
      };
      expect(state.text).toContain('This page says:');
      expect(state.text).toContain('The record says:');
      expect(state.text).toMatch(/2025/);
      expect(state.focusInside).toBe(true);
      await page.press('Escape');
      await page.waitForLateralRoot(popoverClosed);
      const focused = await page.evaluate(
        () => document.activeElement?.closest('#p-wrong') !== null && document.activeElement?.localName === 'lateral-mark',
      );
      expect(focused).toBe(true);
      // Space opens it too.
      await page.press(' ');
      await page.waitForLateralRoot(popoverOpen);
      await page.press('Escape');
      await page.close();
    });

    it('annotates content the page adds later, and only once', async () => {
      const page = await openArticle(ext.session, ext.server);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'p-late';
        p.innerHTML = 'Update: <b>Witkoff</b> and Ushakov are to meet again.';
        document.getElementById('live')!.appendChild(p);
      });
      await page.waitForSelector('#p-late lateral-mark');
      await page.evaluate(() => {
        document.getElementById('live')!.insertAdjacentHTML('beforeend', '<p id="p-later">The 28-point plan was cut to 19 points.</p>');
      });
      await page.waitForSelector('#p-later lateral-mark');
      const counts = await page.evaluate(() => ({
        late: document.querySelectorAll('#p-late lateral-mark').length,
        text: document.getElementById('p-late')!.textContent,
        names: document.querySelectorAll('#p-names lateral-mark').length,
      }));
      expect(counts.late).toBeGreaterThan(0);
      expect(counts.text).toBe('Update: Witkoff and Ushakov are to meet again.');
      expect(counts.names).toBe(3);
      await page.close();
    });

    it('follows an SPA route change: new content is annotated, old highlights leave with their nodes', async () => {
      const page = await openArticle(ext.session, ext.server);
      await page.evaluate(() => {
        history.pushState({}, '', '?route=2');
        const article = document.querySelector('article')!;
        article.replaceChildren();
        article.insertAdjacentHTML('beforeend', '<h1>Route two</h1><p id="p-route">Ushakov said the 28-point plan was discussed.</p>');
      });
      await page.waitForSelector('#p-route lateral-mark');
      const state = await page.evaluate(() => ({
        marks: [...document.querySelectorAll('lateral-mark[role="button"]')].map((m) => m.textContent),
        url: location.search,
      }));
      expect(state.url).toBe('?route=2');
      expect(state.marks.length).toBeGreaterThan(0);
      expect(state.marks.every((text) => /Ushakov|28-point/.test(text ?? ''))).toBe(true);
      await page.close();
    });
  });
}
