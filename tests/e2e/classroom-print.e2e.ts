import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/session';
import { REPO_ROOT } from './harness/static-server';

// The printed handout, as the browser's own "Save as PDF" lays it out: the teacher's
// copy on at most four landscape A4 pages, then one portrait page per practice article.

const PAGE = 'src/pages/classroom/index.html';
const EXERCISES = readdirSync(join(REPO_ROOT, 'data/exercises')).filter((f) => f.endsWith('.json'));

/** Page sizes from the PDF's page objects: [width, height] in points. */
function pageSizes(pdf: Buffer): [number, number][] {
  return [
    ...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
}

describe('chromium: the classroom handout prints on few pages', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension('chromium');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('prints the matrix and discrepancy list on at most 4 landscape A4 pages, and one portrait worksheet per practice article', async () => {
    const page = await session.openExtensionPage(PAGE);
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

    const sizes = pageSizes(await page.pdf!());
    const landscape = sizes.filter(([w, h]) => w > h);
    const portrait = sizes.filter(([w, h]) => h > w);
    // A4 is 595 × 842 points.
    for (const [w, h] of sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
    expect(landscape.length).toBeGreaterThanOrEqual(1);
    expect(landscape.length).toBeLessThanOrEqual(4);
    expect(portrait.length).toBe(EXERCISES.length);
    expect(sizes.length).toBe(landscape.length + portrait.length);
    // Portrait pages come last: the teacher's copy first, then the worksheets.
    expect(sizes.slice(landscape.length).every(([w, h]) => h > w)).toBe(true);
    await page.close();
  });
});
