import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BrowserName } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';
import { isA4, pageSizes } from './print-support';

// The printed handout, as the browser's own "Save as PDF" lays it out: the teacher's
// copy (every fact and discrepancy, each dated item cited once) on at most four landscape
// A4 pages, then one portrait page per practice article.

const PAGE = 'src/pages/classroom/index.html';
const PACK = JSON.parse(readFileSync(join(REPO_ROOT, 'data/witkoff-ushakov.json'), 'utf8')) as {
  facts: unknown[];
  discrepancies: unknown[];
};
const EXERCISES = readdirSync(join(REPO_ROOT, 'data/exercises')).filter((f) => f.endsWith('.json'));

for (const name of ['chromium', 'firefox'] as BrowserName[])
  describe(`${name}: the classroom handout prints on few pages`, () => {
    const ext = useExtension(name, { serve: false });

    it('prints the matrix and discrepancy list on at most 4 landscape A4 pages, and one portrait worksheet per practice article', async () => {
      const page = await ext.session.openExtensionPage(PAGE);
      await page.waitForSelector('#coverage-table tbody tr');
      const dom = await page.evaluate(() => ({
        worksheets: [...document.querySelectorAll('.handout .worksheet')].map((w) => ({
          numbered: w.querySelectorAll('.sentence-number').length,
          text: (w as HTMLElement).textContent ?? '',
        })),
      }));
      expect(dom.worksheets).toHaveLength(EXERCISES.length);
      for (const file of EXERCISES) {
        const exercise = JSON.parse(readFileSync(join(REPO_ROOT, 'data/exercises', file), 'utf8')) as {
          id: string;
          paragraphs: { text: string; error?: { correction: string } }[][];
        };
        const sheet = dom.worksheets.find((w) => w.text.includes(exercise.paragraphs[0]![0]!.text));
        expect(sheet, file).toBeDefined();
        expect(sheet!.numbered).toBe(exercise.paragraphs.flat().length);
        // The student's page carries no key.
        for (const s of exercise.paragraphs.flat()) if (s.error) expect(sheet!.text).not.toContain(s.error.correction);
      }

      const teacher = await page.evaluate(() => ({
        rows: document.querySelectorAll('.handout-matrix tbody tr[data-fact]').length,
        discrepancies: document.querySelectorAll('.handout-discrepancies > li').length,
        references: [...document.querySelectorAll('.handout-references cite')].map((c) => c.getAttribute('data-reference')),
      }));
      // Everything is on paper, and each dated item is cited once, by number.
      expect(teacher.rows).toBe(PACK.facts.length);
      expect(teacher.discrepancies).toBe(PACK.discrepancies.length);
      expect(teacher.references.length).toBeGreaterThan(0);
      expect(new Set(teacher.references).size).toBe(teacher.references.length);

      // Readable on paper: no text in the teacher's copy below 8 pt under the print rules.
      const smallestPt = await page.evaluate(() => {
        const print = [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'));
        const style = document.createElement('style');
        style.textContent = print
          .flatMap((rule) => [...rule.cssRules].filter((r) => r instanceof CSSStyleRule).map((r) => r.cssText))
          .join('\n');
        document.head.append(style);
        const sizes = [...document.querySelectorAll('.handout-teacher, .handout-teacher *')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
          .map((el) => parseFloat(getComputedStyle(el).fontSize));
        style.remove();
        return sizes.length > 0 ? (Math.min(...sizes) * 72) / 96 : 0;
      });
      expect(smallestPt).toBeGreaterThanOrEqual(8);

      const sizes = pageSizes(await page.pdf!());
      const landscape = sizes.filter((size) => isA4(size, 'landscape'));
      const portrait = sizes.filter((size) => isA4(size, 'portrait'));
      expect(sizes.length).toBe(landscape.length + portrait.length);
      expect(landscape.length).toBeGreaterThanOrEqual(1);
      expect(landscape.length).toBeLessThanOrEqual(4);
      expect(portrait.length).toBe(EXERCISES.length);
      // Portrait pages come last: the teacher's copy first, then the worksheets.
      expect(sizes.slice(landscape.length).every((size) => isA4(size, 'portrait'))).toBe(true);
      await page.close();
    });
  });
