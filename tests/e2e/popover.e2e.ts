import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../src/core/pack/schema';
import { axeLateralRoot } from './harness/axe';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';

const PAGE = '/fixtures/pages/popover-positions.html';
const PARAGRAPHS = ['p-top', 'p-middle', 'p-right', 'p-wrong', 'p-bottom'];
const pack = JSON.parse(readFileSync(`${REPO_ROOT}/data/witkoff-ushakov.json`, 'utf8')) as StoryPack;

interface Measure {
  panel: { left: number; top: number; right: number; bottom: number };
  marks: { left: number; top: number; right: number; bottom: number }[];
  viewport: { width: number; height: number };
  scrollWidth: number;
}

/** The panel has rendered and placed itself beside its mark. */
const popoverPlaced = (root: ShadowRoot) => !!root.querySelector('[role="dialog"][data-side]');
const popoverClosed = (root: ShadowRoot) => !root.querySelector('[role="dialog"]');

async function open(page: TestPage, selector: string): Promise<void> {
  await page.click(selector);
  await page.waitForLateralRoot(popoverPlaced);
}

async function close(page: TestPage): Promise<void> {
  await page.press('Escape');
  await page.waitForLateralRoot(popoverClosed);
}

async function expectAxeClean(page: TestPage): Promise<void> {
  const { violations, reached } = await axeLateralRoot(page);
  expect(reached, 'axe checked the popover inside the closed root').toBe(true);
  expect(violations).toEqual([]);
}

/** The open panel's box and every piece of the highlight it belongs to (the panel places itself as it renders). */
function measure(root: ShadowRoot, finding: string): Measure {
  const panel = root.querySelector('[role="dialog"]')!.getBoundingClientRect();
  const marks = [...document.querySelectorAll(`lateral-mark[data-lateral-finding="${finding}"]`)].map((m) => m.getBoundingClientRect());
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  return {
    panel: box(panel),
    marks: marks.map(box),
    viewport: { width: innerWidth, height: innerHeight },
    scrollWidth: document.documentElement.scrollWidth,
  };
}

/**
 * Opens every section of the panel and resolves once each one's `toggle` event has
 * reached its own listener; the panel re-places itself in a capture listener, before that.
 */
function openAllSections(root: ShadowRoot): Promise<void> {
  const closed = [...root.querySelectorAll('details')].filter((d) => !d.open);
  if (closed.length === 0) return Promise.resolve();
  let pending = closed.length;
  return new Promise((resolve) => {
    for (const d of closed) {
      d.addEventListener('toggle', () => void (--pending === 0 && resolve()), { once: true });
      d.open = true;
    }
  });
}

function overlaps(a: Measure['panel'], b: Measure['panel']): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function expectBeside(m: Measure, where: string): void {
  for (const mark of m.marks)
    expect(overlaps(m.panel, mark), `${where}: panel ${JSON.stringify(m.panel)} covers mark ${JSON.stringify(mark)}`).toBe(false);
  expect(m.panel.left).toBeGreaterThanOrEqual(0);
  expect(m.panel.top).toBeGreaterThanOrEqual(0);
  expect(m.panel.right).toBeLessThanOrEqual(m.viewport.width);
  expect(m.panel.bottom).toBeLessThanOrEqual(m.viewport.height);
}

/** Inside the open popover: the texts, expander labels, outlet lists and layout a reader meets. */
function readPopover(root: ShadowRoot) {
  const panel = root.querySelector('[role="dialog"]') as HTMLElement;
  for (const d of panel.querySelectorAll('details')) d.open = true;
  const h2 = panel.querySelector('h2')!;
  const style = getComputedStyle(panel);
  const inner = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {
    title: h2.textContent,
    text: panel.innerText,
    summaries: [...panel.querySelectorAll('summary')].map((s) => s.textContent ?? ''),
    stanceLists: [...panel.querySelectorAll('ul[data-stance]')].map((ul) => ({
      stance: ul.getAttribute('data-stance'),
      sources: [...ul.querySelectorAll('[data-source]')].map((s) => s.getAttribute('data-source')),
    })),
    seedLines: [...panel.querySelectorAll('[data-source^="s"]')].map((s) => (s as HTMLElement).innerText),
    titleWidth: h2.getBoundingClientRect().width,
    innerWidth: inner,
  };
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the popover beside its mark`, () => {
    const ext = useExtension(name);

    for (const [width, height] of [
      [1280, 800],
      [400, 800],
    ] as const) {
      it(`never covers the mark it explains at ${width}×${height}, at the top, middle and bottom of the window, before and after its sections open`, async () => {
        const page = await ext.session.newPage();
        await page.setViewport(width, height);
        await page.goto(ext.server.url(PAGE));
        await page.waitForSelector('html[data-lateral-scanned]');
        await page.waitForSelector('#p-bottom lateral-mark');
        let checked = 0;
        for (const id of PARAGRAPHS) {
          for (const block of ['start', 'center', 'end'] as const) {
            const selector = `#${id} lateral-mark[role="button"]`;
            const finding = await page.evaluate(
              ({ selector, block }) => {
                const mark = document.querySelector(selector)!;
                mark.scrollIntoView({ block, inline: 'nearest' });
                return mark.getAttribute('data-lateral-finding')!;
              },
              { selector, block },
            );
            // By keyboard: the same popover as a click, without waiting for the pointer's stability checks.
            await page.focus(selector);
            await page.press('Enter');
            await page.waitForLateralRoot(popoverPlaced);
            const where = `${id} scrolled to ${block}`;
            expectBeside((await page.inLateralRoot(measure, finding))!, where);
            await page.inLateralRoot(openAllSections);
            const expanded = (await page.inLateralRoot(measure, finding))!;
            expectBeside(expanded, `${where}, sections open`);
            expect(expanded.scrollWidth).toBeLessThanOrEqual(width);
            await close(page);
            checked += 1;
          }
        }
        expect(checked).toBe(PARAGRAPHS.length * 3);
        await page.close();
      });
    }

    it('sits after its highlight in the tab order: Tab past its last control goes on to the next Tab stop, Shift+Tab before its first goes back, and it closes', async () => {
      const page = await ext.session.newPage();
      await page.setViewport(1280, 800);
      await page.goto(ext.server.url(PAGE));
      await page.waitForSelector('html[data-lateral-scanned]');
      await page.waitForSelector('#p-bottom lateral-mark');
      // A highlight that is not a Tab stop itself (the reader reached it with the arrow keys).
      const opened = '#p-middle lateral-mark[role="button"]';
      // Which highlight has the page's focus (its finding), or what else.
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el?.localName === 'lateral-mark' ? `mark:${el.getAttribute('data-lateral-finding')}` : (el?.localName ?? 'nothing');
        });
      const { openedAt, nextStop } = await page.evaluate((selector) => {
        const mark = document.querySelector(selector)!;
        const following = [...document.querySelectorAll('lateral-mark[tabindex="0"]')].find(
          (m) => mark.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        return {
          openedAt: `mark:${mark.getAttribute('data-lateral-finding')}`,
          nextStop: following ? `mark:${following.getAttribute('data-lateral-finding')}` : 'none',
        };
      }, opened);
      expect(nextStop).not.toBe('none');
      const insidePanel = (root: ShadowRoot) => !!root.activeElement?.closest('[role="dialog"]');

      await page.focus(opened);
      await page.press('Enter');
      await page.waitForLateralRoot(popoverPlaced);
      const controls = (await page.inLateralRoot(
        (root) =>
          [...root.querySelector('[role="dialog"]')!.querySelectorAll('button, summary, a[href]')].filter((c) => c.checkVisibility())
            .length,
      ))!;
      expect(controls).toBeGreaterThan(1);
      for (let i = 0; i < controls; i += 1) {
        await page.press('Tab');
        expect(await page.inLateralRoot(insidePanel), `Tab ${i + 1} of ${controls} stays in the panel`).toBe(true);
      }
      await page.press('Tab');
      await page.waitForLateralRoot(popoverClosed);
      expect(await focused()).toBe(nextStop);

      // Backwards from the first control, and from the panel itself as it opens.
      for (const before of [['Tab'], []]) {
        await page.focus(opened);
        await page.press('Enter');
        await page.waitForLateralRoot(popoverPlaced);
        for (const key of before) await page.press(key);
        expect(await page.inLateralRoot(insidePanel)).toBe(true);
        await page.press('Shift+Tab');
        await page.waitForLateralRoot(popoverClosed);
        expect(await focused(), `Shift+Tab after ${before.join(', ') || 'opening'}`).toBe(openedAt);
      }

      // Esc still closes and hands focus back to the highlight.
      await page.press('Enter');
      await page.waitForLateralRoot(popoverPlaced);
      await close(page);
      expect(await focused()).toBe(openedAt);
      await page.close();
    });

    it('opens on what the words are about, names each outlet with its date, lists only what each heading claims, and axe finds nothing', async () => {
      const page = await ext.session.newPage();
      await page.setViewport(1280, 800);
      await page.goto(ext.server.url(PAGE));
      await page.waitForSelector('html[data-lateral-scanned]');
      await page.waitForSelector('#p-bottom lateral-mark');

      const titles: string[] = [];
      for (const [selector, expected] of [
        ['#p-top lateral-mark[role="button"]', 'Steve Witkoff'],
        ['#p-right lateral-mark[data-lateral-rule$="20-point"][role="button"]', 'The 20-point Gaza plan'],
        ['#p-bottom lateral-mark[data-lateral-rule*="plan-28"][role="button"]', 'The US 28-point peace plan'],
      ] as const) {
        await open(page, selector);
        const view = (await page.inLateralRoot(readPopover))!;
        expect(view.title).toBe(expected);
        titles.push(view.title);
        // Every disclosure says what it holds: no two read the same.
        expect(new Set(view.summaries).size).toBe(view.summaries.length);
        // Outlets are named as in the classroom, with kind and date.
        expect(view.seedLines.length).toBeGreaterThan(0);
        for (const line of view.seedLines) expect(line).toMatch(/^Article [1-5] \(.+(20\d\d|date unknown).*\): “.+”$/);
        // The title runs the panel's full width: no empty column beside the content.
        expect(view.titleWidth).toBeGreaterThanOrEqual(view.innerWidth - 1);
        await expectAxeClean(page);
        await close(page);
      }
      expect(new Set(titles).size).toBe(3);

      await open(page, '#p-wrong lateral-mark[data-lateral-kind="discrepancy"][role="button"]');
      const flag = (await page.inLateralRoot(readPopover))!;
      const rule = await page.evaluate(() =>
        document.querySelector('#p-wrong lateral-mark[data-lateral-kind="discrepancy"]')!.getAttribute('data-lateral-rule'),
      );
      const discrepancyId = pack.checks.find((c) => c.id === rule)!.discrepancyId;
      const discrepancy = pack.discrepancies.find((d) => d.id === discrepancyId)!;
      // A wrong date's flag is headed by the date this page gives ("The October 14, 2023 call"),
      // in Lateral's English, rather than by the pack's generic title for the discrepancy.
      expect(discrepancy.title).toBe('The call dated to 2023');
      expect(flag.title).toBe('The Witkoff–Ushakov call dated to 14 October 2023');
      expect(flag.text).toContain('This page says:');
      // The outlets whose words this page repeats ("October 14, 2023") head the list as
      // "printed"; every other outlet stays under its own stance, and none is listed twice.
      const printed = discrepancy.sources.filter((s) => s.excerpt && s.excerpt === 'October 14, 2023').map((s) => s.sourceId);
      expect(printed).toEqual(['s2']);
      expect(flag.stanceLists.map((l) => l.stance)).toContain('printed');
      for (const list of flag.stanceLists) {
        const expected =
          list.stance === 'printed'
            ? printed
            : discrepancy.sources.filter((s) => s.stance === list.stance && !printed.includes(s.sourceId)).map((s) => s.sourceId);
        expect(list.sources, `list of ${list.stance}`).toEqual(expected);
      }
      expect(flag.stanceLists.flatMap((l) => l.sources).sort()).toEqual(discrepancy.sources.map((s) => s.sourceId).sort());
      expect(new Set(flag.summaries).size).toBe(flag.summaries.length);
      await expectAxeClean(page);
      await close(page);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}

/** Both colour schemes and both languages: the popover keeps axe at zero in each (Debian's Firefox has no Ukrainian pack). */
const VARIANTS: { name: BrowserName; colorScheme: 'light' | 'dark'; uiLanguage?: string; brand: RegExp }[] = [
  { name: 'chromium', colorScheme: 'dark', brand: /cross-source context/ },
  { name: 'chromium', colorScheme: 'dark', uiLanguage: 'uk', brand: /порівняння джерел/ },
  { name: 'chromium', colorScheme: 'light', uiLanguage: 'uk', brand: /порівняння джерел/ },
  { name: 'firefox', colorScheme: 'dark', brand: /cross-source context/ },
];

for (const variant of VARIANTS) {
  describe(`${variant.name}, ${variant.colorScheme}, ${variant.uiLanguage ?? 'en'}: the popover`, () => {
    const ext = useExtension(variant.name, {
      launch: { colorScheme: variant.colorScheme, ...(variant.uiLanguage ? { uiLanguage: variant.uiLanguage } : {}) },
    });

    it('speaks the UI language, follows the colour scheme and axe finds nothing, with every section open', async () => {
      const page = await ext.session.newPage();
      await page.setViewport(1280, 800);
      await page.goto(ext.server.url(PAGE));
      await page.waitForSelector('#p-bottom lateral-mark');
      expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, variant.colorScheme)).toBe(true);
      for (const selector of [
        '#p-top lateral-mark[role="button"]',
        '#p-wrong lateral-mark[data-lateral-kind="discrepancy"][role="button"]',
      ]) {
        await page.focus(selector);
        await page.press('Enter');
        await page.waitForLateralRoot(popoverPlaced);
        await page.inLateralRoot(openAllSections);
        const view = (await page.inLateralRoot(readPopover))!;
        expect(view.text).toMatch(variant.brand);
        await expectAxeClean(page);
        await close(page);
      }
      await page.close();
    });
  });
}
