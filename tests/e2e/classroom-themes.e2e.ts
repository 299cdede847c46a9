import { describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { type BrowserName, type LaunchOptions } from './harness/session';
import { useExtension } from './harness/use-extension';

// The classroom in a dark colour scheme, in Ukrainian, and in a 400 px window: every
// view fits the width (no sideways scrolling of the page), follows the scheme, declares
// its language, and axe finds nothing. (Debian's Firefox has no Ukrainian language pack.)

const PAGE = 'src/pages/classroom/index.html';
const VIEWS = ['coverage', 'discrepancies', 'exercise'] as const;
const RUNS: { name: BrowserName; options: LaunchOptions; width: number }[] = [
  { name: 'chromium', options: { colorScheme: 'dark' }, width: 400 },
  { name: 'chromium', options: { colorScheme: 'dark', uiLanguage: 'uk' }, width: 1280 },
  { name: 'chromium', options: { colorScheme: 'light', uiLanguage: 'uk' }, width: 400 },
  { name: 'firefox', options: { colorScheme: 'dark' }, width: 400 },
  { name: 'firefox', options: { colorScheme: 'light' }, width: 400 },
];

/** Relative luminance of the page background, 0 (black) to 1 (white). */
function backgroundLuminance(): number {
  const [r, g, b] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(
    Number,
  ) as [number, number, number];
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

for (const run of RUNS) {
  const scheme = run.options.colorScheme ?? 'light';
  const lang = run.options.uiLanguage ?? 'en';
  describe(`${run.name} ${scheme} ${lang} ${run.width}px: classroom`, () => {
    const ext = useExtension(run.name, { launch: run.options, serve: false });

    it('fits the window in every view, follows the colour scheme, declares its language and passes axe', async () => {
      const page = await ext.session.openExtensionPage(PAGE);
      await page.setViewport(run.width, 800);
      await page.waitForSelector('#coverage-table tbody tr');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const luminance = await page.evaluate(backgroundLuminance);
      if (scheme === 'dark') expect(luminance).toBeLessThan(0.05);
      else expect(luminance).toBeGreaterThan(0.9);
      for (const view of VIEWS) {
        await page.click(`nav.views a[data-view="${view}"]`);
        await page.waitForSelector(`main[data-view="${view}"]`);
        if (view === 'exercise') {
          await page.click('[data-sentence]');
          await page.click('button.reveal');
          await page.waitForSelector('.reveal-confirm');
        }
        const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: innerWidth }));
        expect(width.page, view).toBeLessThanOrEqual(width.window);
        const violations = await runAxe(page);
        expect(violations, `${view}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
      await page.click('button.reveal-now');
      await page.waitForSelector('dl.score');
      expect(await runAxe(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
      // axe over the full matrix takes most of this on a busy two-core machine.
    }, 150_000);
  });
}
