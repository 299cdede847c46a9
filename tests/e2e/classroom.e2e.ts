import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { runAxe } from './harness/axe';
import { REPO_ROOT } from './harness/static-server';

// The classroom page in both browsers: it renders from the bundled story pack, the
// exercise scores a known set of clicks, presenter mode steps by keyboard, and
// axe-core finds nothing in any view. Chromium also saves the README's screenshot (see below).

const PAGE = 'src/pages/classroom/index.html';
const DATA = join(REPO_ROOT, 'data');

/** The page shows the first pack (file order) by default, as the build bundles them. */
const firstPack = (() => {
  const file = readdirSync(DATA)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()[0]!;
  return JSON.parse(readFileSync(join(DATA, file), 'utf8')) as { facts: unknown[]; discrepancies: { title: string }[] };
})();

/** Answers for the starter exercise: two planted errors, one correct sentence, so 2 hits / 3 misses / 1 false alarm. */
const starter = JSON.parse(readFileSync(join(DATA, 'exercises/starter-leaked-call.json'), 'utf8')) as {
  paragraphs: { id: string; error?: unknown }[][];
};
const starterSentences = starter.paragraphs.flat();
const planted = starterSentences.filter((s) => s.error).map((s) => s.id);
const correct = starterSentences.filter((s) => !s.error).map((s) => s.id);

const checkedSentences = () =>
  [...document.querySelectorAll('[data-sentence][aria-checked="true"]')].map((e) => e.getAttribute('data-sentence')).sort();

/** Reloads the classroom from inside (BiDi will not navigate to an extension URL) and waits for the exercise view. */
async function reload(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-reloading', '');
    location.reload();
  });
  await page.waitForFunction(
    () => !document.documentElement.hasAttribute('data-reloading') && !!document.querySelector('.practice-article'),
  );
}

async function gotoView(page: TestPage, view: string, ready: string): Promise<void> {
  await page.click(`nav.views a[data-view="${view}"]`);
  await page.waitForSelector(ready);
}

const expectNoAxeViolations = async (page: TestPage, where: string) => {
  const violations = await runAxe(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
};

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: classroom`, () => {
    const ext = useExtension(name, { serve: false });
    let page: TestPage;
    beforeAll(async () => {
      page = await ext.session.openExtensionPage(PAGE);
      await page.setViewport(1280, 800);
      await page.waitForSelector('#coverage-table tbody tr');
    });

    it('renders the coverage matrix from the pack: one row per fact, five source columns, a legend', async () => {
      const shape = await page.evaluate(() => ({
        rows: document.querySelectorAll('#coverage-table tbody tr').length,
        rowHeaders: document.querySelectorAll('#coverage-table tbody th[scope="row"]').length,
        columns: document.querySelectorAll('#coverage-table thead th[scope="col"]').length,
        markers: document.querySelectorAll('#coverage-table .stance').length,
        legendTypes: document.querySelectorAll('.screen .legend .type-badge').length,
      }));
      expect(shape.rows).toBe(firstPack.facts.length);
      expect(shape.rowHeaders).toBe(firstPack.facts.length);
      expect(shape.columns).toBe(1 + 5 + 1);
      expect(shape.markers).toBe(firstPack.facts.length * 5);
      expect(shape.legendTypes).toBeGreaterThan(0);
      expect(page.errors).toEqual([]);
    });

    it('shows the legend before the table, in the first screen, and the print button on one line', async () => {
      const layout = await page.evaluate(() => {
        window.scrollTo(0, 0);
        const legend = document.querySelector('.screen .legend')!;
        const table = document.querySelector('#coverage-table')!;
        const button = [...document.querySelectorAll('.masthead-tools button')].find((b) => b.textContent.trim() !== '')!;
        const words = document.createRange();
        words.selectNodeContents(button);
        return {
          legendFirst: (legend.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          legendTop: legend.getBoundingClientRect().top,
          window: innerHeight,
          buttonLines: new Set([...words.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size,
        };
      });
      expect(layout.legendFirst).toBe(true);
      expect(layout.legendTop).toBeLessThan(layout.window / 2);
      expect(layout.buttonLines).toBe(1);
    });

    it('filters the matrix by discrepancy type', async () => {
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#coverage-filter')!;
        select.value = select.options[2]!.value; // the first single type
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForFunction(
        (all: number) => document.querySelectorAll('#coverage-table tbody tr').length < all,
        firstPack.facts.length,
      );
      const filtered = await page.evaluate(() => document.querySelectorAll('#coverage-table tbody tr').length);
      expect(filtered).toBeGreaterThan(0);
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#coverage-filter')!;
        select.value = 'all';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForFunction(
        (all: number) => document.querySelectorAll('#coverage-table tbody tr').length === all,
        firstPack.facts.length,
      );
    });

    it('opens an evidence excerpt on demand and passes axe in the coverage view', async () => {
      await page.click('#coverage-table details.evidence summary');
      expect(await page.evaluate(() => document.querySelector('#coverage-table details.evidence')!.hasAttribute('open'))).toBe(true);
      if (name === 'chromium') {
        // The README's picture: written to artifacts/, copied to docs/ only on request
        // (LATERAL_UPDATE_DOCS=1), so a test run never changes tracked files.
        const folder = process.env.LATERAL_UPDATE_DOCS === '1' ? 'docs' : 'artifacts';
        mkdirSync(join(REPO_ROOT, folder), { recursive: true });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot(join(REPO_ROOT, folder, 'classroom.png'));
      }
      await expectNoAxeViolations(page, 'coverage');
    });

    it('shows one card per discrepancy, with a word diff for quotes', async () => {
      await gotoView(page, 'discrepancies', 'article.discrepancy');
      const cards = await page.evaluate(() => ({
        cards: document.querySelectorAll('.discrepancy-list article.discrepancy').length,
        diffs: document.querySelectorAll('.discrepancy-list .word-diff').length,
      }));
      expect(cards.cards).toBe(firstPack.discrepancies.length);
      expect(cards.diffs).toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'discrepancies');
    });

    it('scores a known set of clicks and keyboard selections in the exercise', async () => {
      await gotoView(page, 'exercise', '.practice-article');
      await page.click('input[value="starter-leaked-call"]');
      await page.waitForSelector('[data-exercise="starter-leaked-call"]');
      await page.click(`[data-sentence="${planted[0]}"]`);
      await page.click(`[data-sentence="${correct[0]}"]`);
      // The second planted error is chosen with the keyboard: focus it and press Space.
      await page.focus(`[data-sentence="${planted[1]}"]`);
      await page.press(' ');
      const checked = await page.evaluate(() =>
        [...document.querySelectorAll('[data-sentence][aria-checked="true"]')].map((e) => e.getAttribute('data-sentence')),
      );
      expect(checked.sort()).toEqual([planted[0], planted[1], correct[0]].sort());
      await expectNoAxeViolations(page, 'exercise');

      // The class's flags survive a switch to another view and a reload.
      await gotoView(page, 'coverage', '#coverage-table');
      await gotoView(page, 'exercise', '.practice-article');
      expect(await page.evaluate(checkedSentences)).toEqual(checked.sort());
      await reload(page);
      expect(await page.evaluate(checkedSentences)).toEqual(checked.sort());

      // Revealing is the teacher's call: the first press asks, and "Not yet" backs out.
      await page.click('button.reveal');
      await page.waitForSelector('.reveal-confirm');
      expect(await page.evaluate(() => document.querySelector('dl.score'))).toBeNull();
      await expectNoAxeViolations(page, 'exercise, asking to reveal');
      await page.click('button.reveal-cancel');
      await page.waitForSelector('button.reveal');
      expect(await page.evaluate(() => document.querySelector('dl.score'))).toBeNull();
      await page.click('button.reveal');
      await page.click('button.reveal-now');
      await page.waitForSelector('dl.score');
      const readScore = () =>
        page.evaluate(() => {
          const dl = document.querySelector('dl.score')!;
          return {
            hits: dl.getAttribute('data-hits'),
            misses: dl.getAttribute('data-misses'),
            falseAlarms: dl.getAttribute('data-false-alarms'),
          };
        });
      const expected = { hits: '2', misses: String(planted.length - 2), falseAlarms: '1' };
      expect(await readScore()).toEqual(expected);
      const answers = await page.evaluate(() => document.querySelectorAll('.answer-list li').length);
      expect(answers).toBe(planted.length);
      await expectNoAxeViolations(page, 'exercise after reveal');

      // The revealed score survives too, and belongs to this exercise only.
      await gotoView(page, 'discrepancies', '.discrepancy-list');
      await gotoView(page, 'exercise', 'dl.score');
      expect(await readScore()).toEqual(expected);
      await reload(page);
      expect(await readScore()).toEqual(expected);
      const other = await page.evaluate(() => (document.querySelector('input[name="exercise"]:not(:checked)') as HTMLInputElement).value);
      await page.click(`input[value="${other}"]`);
      await page.waitForSelector(`[data-exercise="${other}"]`);
      expect(
        await page.evaluate(() => ({
          score: !!document.querySelector('dl.score'),
          flags: document.querySelectorAll('[aria-checked="true"]').length,
        })),
      ).toEqual({ score: false, flags: 0 });
      await page.click('input[value="starter-leaked-call"]');
      await page.waitForSelector('dl.score');
      // "Try again" clears this exercise's work for the next class.
      await page.click('button.reset');
      await page.waitForSelector('button.reveal');
      expect(await page.evaluate(checkedSentences)).toEqual([]);
    });

    it('steps through discrepancies in presenter mode with the arrow keys', async () => {
      await gotoView(page, 'coverage', '#coverage-table');
      await gotoView(page, 'presenter', '.presenter .slide');
      await page.setViewport(1280, 720);
      const state = () =>
        page.evaluate(() => ({
          index: document.querySelector('.presenter .slide')!.getAttribute('data-index'),
          title: document.querySelector('.presenter .slide h2')!.textContent,
        }));
      const first = await state();
      expect(first.index).toBe('0');
      await page.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('.presenter .slide')?.getAttribute('data-index') === '1');
      const second = await state();
      expect(second.title).not.toBe(first.title);
      await page.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('.presenter .slide')?.getAttribute('data-index') === '2');
      await page.press('ArrowLeft');
      await page.waitForFunction(() => document.querySelector('.presenter .slide')?.getAttribute('data-index') === '1');
      expect((await state()).title).toBe(second.title);
      await page.press('End');
      await page.waitForFunction(
        (last: number) => document.querySelector('.presenter .slide')?.getAttribute('data-index') === String(last),
        firstPack.discrepancies.length - 1,
      );
      await page.press('Home');
      await page.waitForFunction(() => document.querySelector('.presenter .slide')?.getAttribute('data-index') === '0');
      if (name === 'chromium') await page.screenshot(join(REPO_ROOT, '.tmp/classroom/presenter.png'));
      await expectNoAxeViolations(page, 'presenter');
      // In a narrow window each article's card takes the slide's width, one under another.
      await page.setViewport(400, 800);
      await page.waitForFunction(() => innerWidth === 400);
      const cards = await page.evaluate(() => {
        const versions = document.querySelector('.presenter .versions')!.getBoundingClientRect().width;
        return [...document.querySelectorAll('.presenter .version')].map((card) => card.getBoundingClientRect().width / versions);
      });
      expect(cards.length).toBeGreaterThan(1);
      for (const share of cards) expect(share).toBeGreaterThan(0.95);
      await page.setViewport(1280, 720);
      // Escape goes back to the view presenter mode was opened from.
      await page.press('Escape');
      await page.waitForSelector('#coverage-table');
      expect(await page.evaluate(() => location.hash)).toBe('#coverage');
      expect(page.errors).toEqual([]);
    });

    it('fits every presenter slide in the window: no page scrollbar in a phone, a narrow or a projector window', async () => {
      await gotoView(page, 'coverage', '#coverage-table');
      await gotoView(page, 'presenter', '.presenter .slide');
      const slides = firstPack.discrepancies.length;
      for (const [width, height] of [
        [320, 640],
        [400, 800],
        [1280, 720],
      ] as const) {
        await page.setViewport(width, height);
        await page.press('Home');
        for (let index = 0; index < slides; index++) {
          if (index > 0) await page.press('ArrowRight');
          const fitted = `${index}@${width}x${height}`;
          await page.waitForFunction((want: string) => document.querySelector<HTMLElement>('.presenter')?.dataset.fitted === want, fitted);
          const shown = await page.evaluate(() => {
            const root = document.documentElement;
            const slide = document.querySelector<HTMLElement>('.presenter .slide')!;
            const controls = document.querySelector('.presenter-controls')!.getBoundingClientRect();
            return {
              pageTaller: root.scrollHeight - innerHeight,
              pageWider: root.scrollWidth - innerWidth,
              controlsBelow: controls.bottom - innerHeight,
              controlsRight: controls.right - innerWidth,
              slideScrolls: slide.scrollHeight > slide.clientHeight + 1,
              fit: document.querySelector<HTMLElement>('.presenter')!.style.getPropertyValue('--fit'),
              focusable: slide.tabIndex === 0,
              toldHowToScroll: document.querySelector('.presenter-hint')!.textContent.includes('Tab'),
            };
          });
          const where = `${fitted}: ${JSON.stringify(shown)}`;
          expect(shown.pageTaller, where).toBeLessThanOrEqual(0);
          expect(shown.pageWider, where).toBeLessThanOrEqual(0);
          expect(shown.controlsBelow, where).toBeLessThanOrEqual(0);
          expect(shown.controlsRight, where).toBeLessThanOrEqual(0);
          // A projector shows every slide whole; only a slide too long for a small window,
          // already at the smallest type, scrolls by itself and can be reached with Tab.
          if (width === 1280) expect(shown.slideScrolls, where).toBe(false);
          else if (shown.slideScrolls) expect([shown.fit, shown.focusable, shown.toldHowToScroll], where).toEqual(['0.7', true, true]);
          if (!shown.slideScrolls) expect(shown.toldHowToScroll, where).toBe(false);
        }
      }
      await page.press('Escape');
      await page.waitForSelector('#coverage-table');
      expect(page.errors).toEqual([]);
    });
  });
}
