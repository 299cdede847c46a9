/**
 * A pack added to data/ reaches the reader with no code change: the practice pack
 * (data/workshop-practice.json) marks a page about the practice story, its popover
 * shows the pack's own discrepancy, and the classroom's pack picker offers it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { popoverText } from './packs-support';
import { type BrowserName } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';

const PAGE = '/fixtures/pages/practice-story.html';
const practice = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'workshop-practice.json'), 'utf8')) as {
  id: string;
  title: string;
  facts: unknown[];
  discrepancies: { id: string; title: string }[];
};
const armyCap = practice.discrepancies.find((d) => d.id === 'd-army-cap-zero')!;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the practice pack from data/`, () => {
    const ext = useExtension(name);

    it('marks the practice story and flags its planted error, with the pack’s own popover', async () => {
      const page = await ext.session.newPage();
      await page.setViewport(1000, 700);
      await page.goto(ext.server.url(PAGE));
      await page.waitForSelector('html[data-lateral-scanned]');
      await page.waitForSelector('#p-error lateral-mark[data-lateral-kind="discrepancy"]');
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('lateral-mark')].map((m) => [
          m.closest('p')?.id,
          (m as HTMLElement).dataset.lateralKind,
          (m as HTMLElement).dataset.lateralRule,
          m.textContent,
        ]),
      );
      expect(marks).toEqual([
        ['p-mention', 'mention', 'en-practice-mastheads', 'Riverside Courier'],
        // The practice article's own words carry the error, so the flag is anchored on them.
        ['p-error', 'discrepancy', 'src-d-army-cap-zero-s-riverside', 'cap Ukraine’s armed forces at 60,000 troops'],
      ]);
      await page.click('#p-error lateral-mark[role="button"]');
      await page.waitForLateralRoot(popoverText);
      const text = await page.inLateralRoot(popoverText);
      expect(text).toContain(armyCap.title);
      expect(text).toContain('600,000');
      await page.press('Escape');
      await page.waitForLateralRoot((root) => !root.querySelector('[role="dialog"]'));
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('is offered by the classroom pack picker and shows its own coverage', async () => {
      const page = await ext.session.openExtensionPage('src/pages/classroom/index.html');
      await page.waitForSelector('#pack-picker');
      const options = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLOptionElement>('#pack-picker option')].map((o) => [o.value, o.text]),
      );
      expect(options).toContainEqual([practice.id, practice.title]);
      await page.evaluate((id: string) => {
        const select = document.querySelector<HTMLSelectElement>('#pack-picker')!;
        select.value = id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, practice.id);
      await page.waitForFunction((title: string) => document.querySelector('h1')?.textContent === title, practice.title);
      await page.waitForSelector('#coverage-table tbody tr');
      const rows = await page.evaluate(() => document.querySelectorAll('#coverage-table tbody tr').length);
      expect(rows).toBe(practice.facts.length);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
