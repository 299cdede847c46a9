/**
 * Installing a story pack from a file in the options page, in both browsers: the next
 * page about its story is marked and its popover shows the pack's own words (markup in
 * the pack stays text); an update shows what changes; a bad file is refused with paths
 * and changes nothing; switched off, the page is clean; removed, storage holds nothing of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportClaimReviews } from '../../src/core/claimreview/export';
import type { StoryPack } from '../../src/core/pack/schema';
import { chooseFile } from './controls-support';
import { popoverText } from './packs-support';
import { type BrowserName, type ExtensionSession, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { FIXTURES_DIR, REPO_ROOT, type StaticServer } from './harness/static-server';

const OPTIONS = 'src/pages/options/index.html';
const PAGE = '/fixtures/pages/harbour-story.html';
const ID = 'harbour-vote-test';
const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, 'install', name), 'utf8');
const v1 = fixture('harbour-vote-1.0.0.json');
const v2 = fixture('harbour-vote-1.1.0.json');
const practice = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'workshop-practice.json'), 'utf8')) as StoryPack;
const reviews = JSON.stringify(exportClaimReviews(practice));
const pretender = JSON.stringify({ ...JSON.parse(v1), id: 'witkoff-ushakov', gate: ['(a+)+$'] });

/** storage.local as the extension sees it. */
function localStorageItems(page: TestPage): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.local.get(null);
  });
}

async function marksOn(session: ExtensionSession, server: StaticServer): Promise<{ page: TestPage; marks: string[][] }> {
  const page = await session.newPage();
  await page.setViewport(1000, 700);
  await page.goto(server.url(PAGE));
  await page.waitForSelector('html[data-lateral-scanned]');
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('lateral-mark')].map((m) => [
      m.closest('p')?.id ?? '',
      (m as HTMLElement).dataset.lateralKind ?? '',
      m.textContent ?? '',
    ]),
  );
  return { page, marks };
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: story packs installed from a file`, () => {
    const ext = useExtension(name);
    let options: TestPage;
    beforeAll(async () => {
      options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#pack-list li');
    });

    it('lists the bundled packs with version, languages and counts', async () => {
      const rows = await options.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#pack-list li')].map((li) => [li.dataset.packId, li.textContent]),
      );
      expect(rows.map((r) => r[0])).toEqual(['witkoff-ushakov', 'workshop-practice']);
      expect(rows[0]![1]).toMatch(
        /Version \d+\.\d+\.\d+ · languages: de, en, es, fr, id, it, nl, pl, ru, uk · \d+ facts, \d+ discrepancies, \d+ rules/,
      );
    });

    it('installs a pack; the next page about its story is marked and its popover shows its words as text', async () => {
      await chooseFile(options, '#pack-file', 'harbour-vote-1.0.0.json', v1);
      await options.waitForSelector(`#pack-list li[data-pack-id="${ID}"]`);
      const stored = await localStorageItems(options);
      expect(Object.keys(stored)).toContain(`lateral-pack:${ID}`);

      const { page, marks } = await marksOn(ext.session, ext.server);
      expect(marks).toEqual([
        ['p-mention', 'mention', 'Harbour Bridge repair'],
        ['p-error', 'discrepancy', 'vote on 3 May'],
      ]);
      await page.click('#p-error lateral-mark[role="button"]');
      await page.waitForLateralRoot(popoverText);
      const shown = {
        ...((await page.inLateralRoot((root) => ({
          text: root.querySelector('[role="dialog"]')?.textContent ?? '',
          injected: root.querySelectorAll('img, script, b').length,
        }))) ?? { text: '', injected: -1 }),
        title: await page.evaluate(() => document.title),
      };
      expect(shown.text).toContain('<img src=x onerror="document.title=\'pwned\'"><b>bold</b>');
      expect(shown.text).toContain('<script>document.title="pwned"</script>');
      expect(shown.injected).toBe(0);
      expect(shown.title).toBe('Council approves bridge works');
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('refuses a bad file with every problem and its JSON path, and changes nothing', async () => {
      const before = await localStorageItems(options);
      await chooseFile(options, '#pack-file', 'pretender.json', pretender);
      await options.waitForFunction(() => document.querySelector('#pack-install-result')?.getAttribute('data-file') === 'pretender.json');
      const problems = await options.evaluate(() => [...document.querySelectorAll('#pack-problems li')].map((li) => li.textContent ?? ''));
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^id: /), expect.stringMatching(/^gate\[0\]: /)]));
      expect(await localStorageItems(options)).toEqual(before);
    });

    it('updates to a higher version after a summary of what changes', async () => {
      await chooseFile(options, '#pack-file', 'harbour-vote-1.1.0.json', v2);
      await options.waitForSelector('#pack-update');
      const changes = await options.evaluate(() => [...document.querySelectorAll('#pack-update-changes li')].map((li) => li.textContent));
      expect(changes).toEqual(['facts: 1 added, 1 changed']);
      await options.click('#pack-update-confirm');
      await options.waitForFunction(
        (id: string) => document.querySelector(`#pack-list li[data-pack-id="${id}"]`)?.textContent?.includes('Version 1.1.0'),
        ID,
      );
      await chooseFile(options, '#pack-file', 'harbour-vote-1.0.0.json', v1);
      await options.waitForSelector('#pack-problems');
      const problems = await options.evaluate(() => [...document.querySelectorAll('#pack-problems li')].map((li) => li.textContent));
      expect(problems).toEqual(['version: 1.0.0 is not higher than the installed version 1.1.0']);
    });

    it('switched off, the page is clean; removed, storage holds nothing of it', async () => {
      await options.click(`#pack-on-${ID}`);
      await options.waitForFunction(async (key: string) => {
        const api = (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { enabled?: boolean }>> } } } }
        ).chrome;
        return (await api.storage.local.get(key))[key]?.enabled === false;
      }, `lateral-pack:${ID}`);
      const off = await marksOn(ext.session, ext.server);
      expect(off.marks).toEqual([]);
      await off.page.close();

      await options.click(`#pack-list li[data-pack-id="${ID}"] .pack-remove`);
      await options.waitForFunction((id: string) => !document.querySelector(`#pack-list li[data-pack-id="${id}"]`), ID);
      const stored = await localStorageItems(options);
      expect(JSON.stringify(stored)).not.toContain('harbour');
      expect(options.errors).toEqual([]);
    });

    it("installs a fact-checker's ClaimReview file as a pack; a page repeating a claim is flagged with its verdict", async () => {
      await chooseFile(options, '#pack-file', 'practice-reviews.json', reviews);
      const id = 'claims-practice-reviews';
      await options.waitForSelector(`#pack-list li[data-pack-id="${id}"]`);
      const page = await ext.session.newPage();
      await page.goto(ext.server.url('/fixtures/pages/claimreview-story.html'));
      await page.waitForSelector('html[data-lateral-scanned]');
      await page.waitForSelector('#p-claim lateral-mark[data-lateral-kind="discrepancy"]');
      const flagged = await page.evaluate(
        () => document.querySelector('#p-claim lateral-mark[data-lateral-kind="discrepancy"]')?.textContent,
      );
      expect(flagged).toBe('the two men spoke on 14 October 2024');
      await page.click('#p-claim lateral-mark[data-lateral-kind="discrepancy"][role="button"]');
      await page.waitForLateralRoot(popoverText);
      expect(await page.inLateralRoot(popoverText)).toContain('The call took place on 14 October 2025.');
      await page.close();
      await options.click(`#pack-list li[data-pack-id="${id}"] .pack-remove`);
      await options.waitForFunction((gone: string) => !document.querySelector(`#pack-list li[data-pack-id="${gone}"]`), id);
    });

    it('a bundled pack switched off marks nothing; switched on again, it marks the page', async () => {
      const story = async () => {
        const page = await ext.session.newPage();
        await page.goto(ext.server.url('/fixtures/pages/story-en.html'));
        await page.waitForSelector('html[data-lateral-scanned]');
        const marks = await page.evaluate(() => document.querySelectorAll('lateral-mark').length);
        await page.close();
        return marks;
      };
      await options.click('#pack-on-witkoff-ushakov');
      await options.waitForFunction(() => document.querySelector('#options-status')?.textContent?.includes('is off'));
      expect(await story()).toBe(0);
      await options.click('#pack-on-witkoff-ushakov');
      await options.waitForFunction(() => document.querySelector('#options-status')?.textContent?.includes('is on'));
      expect(await story()).toBeGreaterThan(0);
      expect(await localStorageItems(options)).toEqual({});
    });
  });
}
