/**
 * A pack installed from a file is usable in the classroom and named in the toolbar
 * popup, in both browsers: after installing the practice story from a file in the options
 * page, the classroom's pack picker offers it, shows its coverage and prints its handout;
 * the popup lists it among the packs in use, and once it is switched off, among those
 * switched off, and the open classroom no longer offers it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryPack } from '../../src/core/pack/schema';
import { chooseFile } from './controls-support';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';
import { isA4, pageSizes } from './print-support';

const OPTIONS = 'src/pages/options/index.html';
const CLASSROOM = 'src/pages/classroom/index.html';
const POPUP = 'src/pages/popup/index.html';
const bundled = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'workshop-practice.json'), 'utf8')) as StoryPack;
/**
 * The practice story as a file a teacher could install: an id and title of its own, its
 * gate as plain words and its army-cap check within the limits an installed pack keeps to
 * (words of four letters or more, gaps of at most four).
 */
const practice: StoryPack = {
  ...bundled,
  id: 'practice-from-file',
  title: 'Practice story, installed from a file',
  gate: ['Riverside Courier', 'Larchmere Review'],
  checks: bundled.checks.map((check) =>
    check.id === 'chk-practice-army-cap'
      ? {
          ...check,
          pattern: {
            type: 'sequence',
            sequences: [[{ any: ['capped', 'limit*'] }, { gap: 4 }, { any: ['60,000', '60 000', 'sixty thousand'] }]],
          },
        }
      : check,
  ),
};
const seeds = practice.sources.filter((s) => s.role === 'seed').length;

function readPopupPacks() {
  return {
    on: [...document.querySelectorAll<HTMLElement>('#active-packs li')].map((li) => [li.dataset.packId, li.textContent]),
    off: document.querySelector('#inactive-packs')?.textContent ?? '',
  };
}

async function choosePack(page: TestPage, id: string): Promise<void> {
  await page.evaluate((value: string) => {
    const select = document.querySelector<HTMLSelectElement>('#pack-picker')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, id);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: an installed pack in the classroom and the popup`, () => {
    const ext = useExtension(name, { serve: false });
    let options: TestPage;
    beforeAll(async () => {
      options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#pack-list li');
      await chooseFile(options, '#pack-file', 'practice-from-file.json', JSON.stringify(practice));
      await options.waitForSelector(`#pack-list li[data-pack-id="${practice.id}"]`);
    });

    it('is offered by the pack picker, shows its coverage and prints its handout', async () => {
      const page = await ext.session.openExtensionPage(CLASSROOM);
      await page.waitForSelector(`#pack-picker option[value="${practice.id}"]`);
      await choosePack(page, practice.id);
      await page.waitForFunction((title: string) => document.querySelector('.masthead h1')?.textContent === title, practice.title);
      const screen = await page.evaluate(() => ({
        rows: document.querySelectorAll('#coverage-table tbody tr').length,
        columns: document.querySelectorAll('#coverage-table thead th[data-source]').length,
        count: document.querySelector('.count')?.textContent ?? '',
      }));
      expect(screen.rows).toBe(practice.facts.length);
      expect(screen.columns).toBe(seeds);
      expect(screen.count).toContain(String(practice.facts.length));

      const handout = await page.evaluate(() => ({
        title: document.querySelector('.handout h1')?.textContent,
        facts: [...document.querySelectorAll<HTMLElement>('.handout-matrix tbody tr[data-fact]')].map((tr) => tr.dataset.fact),
        stanceColumns: document.querySelectorAll('.handout-matrix thead .stance-col').length,
        discrepancies: [...document.querySelectorAll<HTMLElement>('.handout-discrepancies > li')].map((li) => li.dataset.discrepancy),
        references: [...document.querySelectorAll('.handout-references cite')].map((c) => c.getAttribute('data-reference')),
        worksheets: document.querySelectorAll('.handout .worksheet').length,
      }));
      expect(handout.title).toBe(practice.title);
      expect(handout.facts).toEqual(practice.facts.map((f) => f.id));
      expect(handout.stanceColumns).toBe(seeds);
      // Every discrepancy, in the classroom's order (by severity), not the file's.
      expect([...handout.discrepancies].sort()).toEqual(practice.discrepancies.map((d) => d.id).sort());
      const cited = new Set([...practice.facts, ...practice.discrepancies].flatMap((x) => x.referenceIds));
      expect(new Set(handout.references)).toEqual(cited);
      // The practice exercises belong to the bundled story: this pack's handout has no worksheet.
      expect(handout.worksheets).toBe(0);

      const sizes = pageSizes(await page.pdf!());
      expect(sizes.length).toBeGreaterThanOrEqual(1);
      expect(sizes.length).toBeLessThanOrEqual(4);
      for (const size of sizes) expect(isA4(size, 'landscape'), size.join(' × ')).toBe(true);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('is listed by the popup among the packs in use; switched off, it leaves the list and the classroom', async () => {
      const classroom = await ext.session.openExtensionPage(CLASSROOM);
      await classroom.waitForSelector(`#pack-picker option[value="${practice.id}"]`);

      const popup = await ext.session.openExtensionPage(POPUP);
      await popup.waitForSelector('#active-packs li');
      const before = await popup.evaluate(readPopupPacks);
      expect(before.on).toEqual([
        ['witkoff-ushakov', expect.any(String)],
        [bundled.id, bundled.title],
        [practice.id, practice.title],
      ]);
      expect(before.off).toBe('');
      await popup.close();

      await options.click(`#pack-on-${practice.id}`);
      // The open classroom follows the change without a reload.
      await classroom.waitForFunction((id: string) => !document.querySelector(`#pack-picker option[value="${id}"]`), practice.id);
      const after = await ext.session.openExtensionPage(POPUP);
      await after.waitForSelector('#inactive-packs');
      const seen = await after.evaluate(readPopupPacks);
      expect(seen.on.map(([id]) => id)).toEqual(['witkoff-ushakov', bundled.id]);
      expect(seen.off).toContain(practice.title);
      expect([...classroom.errors, ...after.errors, ...options.errors]).toEqual([]);
      await after.close();
      await classroom.close();
    });
  });
}
