// A reader can follow what the popover says about the record to the dated item it
// rests on: a flagged error and a mention's facts each list their items, linked to the
// item's own address, opening in a new tab without handing over the page or referrer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../src/core/pack/schema';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';

const PAGE = '/fixtures/pages/popover-positions.html';
const pack = JSON.parse(readFileSync(`${REPO_ROOT}/data/witkoff-ushakov.json`, 'utf8')) as StoryPack;
const references = new Map(pack.sources.flatMap((s) => (s.role === 'reference' ? [[s.id, s] as const] : [])));

interface CitedItem {
  id: string | null;
  text: string;
  date: string | null;
  link: { href: string | null; rel: string | null; target: string | null; text: string; elements: number } | null;
}

const popoverPlaced = (root: ShadowRoot) => !!root.querySelector('[role="dialog"][data-side]');
const popoverClosed = (root: ShadowRoot) => !root.querySelector('[role="dialog"]');

/** Every record item the open popover cites, with every section open. */
function citedItems(root: ShadowRoot): CitedItem[] {
  const panel = root.querySelector('[role="dialog"]')!;
  for (const d of panel.querySelectorAll('details')) d.open = true;
  return [...panel.querySelectorAll('cite.record-source')].map((cite) => {
    const a = cite.querySelector('a');
    return {
      id: cite.getAttribute('data-reference'),
      text: (cite as HTMLElement).innerText,
      date: cite.querySelector('time')?.getAttribute('datetime') ?? null,
      link: a
        ? {
            href: a.getAttribute('href'),
            rel: a.getAttribute('rel'),
            target: a.getAttribute('target'),
            text: a.textContent ?? '',
            elements: a.children.length,
          }
        : null,
    };
  });
}

async function openAndRead(page: TestPage, selector: string): Promise<CitedItem[]> {
  await page.focus(selector);
  await page.press('Enter');
  await page.waitForLateralRoot(popoverPlaced);
  const items = (await page.inLateralRoot(citedItems)) ?? [];
  await page.press('Escape');
  await page.waitForLateralRoot(popoverClosed);
  return items;
}

/** Each cited item is the pack's, dated as the pack dates it; a linked one goes to the pack's address, as plain text. */
function expectFaithful(items: readonly CitedItem[], expectedIds: readonly string[]): void {
  expect(items.map((i) => i.id)).toEqual(expectedIds);
  for (const item of items) {
    const reference = references.get(item.id!)!;
    expect(item.date, item.id!).toBe(reference.date);
    expect(item.text, item.id!).toContain(reference.name);
    if (reference.url === undefined) {
      expect(item.link, item.id!).toBeNull();
      continue;
    }
    expect(item.link, item.id!).toEqual({
      href: reference.url,
      rel: 'noopener noreferrer',
      target: '_blank',
      text: reference.title,
      elements: 0,
    });
  }
  expect(items.some((i) => i.link !== null && i.date !== null)).toBe(true);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the popover links record claims to dated items`, () => {
    const ext = useExtension(name);

    it('under a flagged error and under a mention’s facts', async () => {
      const page = await ext.session.newPage();
      await page.setViewport(1280, 800);
      await page.goto(ext.server.url(PAGE));
      await page.waitForSelector('html[data-lateral-scanned]');
      await page.waitForSelector('#p-bottom lateral-mark');

      // The flag on "October 14, 2023": what is right, and where the record says so.
      const flagSelector = '#p-wrong lateral-mark[data-lateral-kind="discrepancy"][role="button"]';
      const rule = await page.evaluate((s) => document.querySelector(s)!.getAttribute('data-lateral-rule'), flagSelector);
      const discrepancyId = pack.checks.find((c) => c.id === rule)!.discrepancyId;
      const discrepancy = pack.discrepancies.find((d) => d.id === discrepancyId)!;
      expect(discrepancy.referenceIds.length).toBeGreaterThan(0);
      expectFaithful(await openAndRead(page, flagSelector), discrepancy.referenceIds);

      // A mention of the plan: each fact it shows lists the items its answer rests on.
      const mentionItems = await openAndRead(page, '#p-bottom lateral-mark[data-lateral-rule*="plan-28"][role="button"]');
      expect(mentionItems.length).toBeGreaterThan(0);
      const shownIds = [...new Set(mentionItems.map((i) => i.id!))];
      const planIds = new Set(pack.facts.filter((f) => f.topic === 'plan').flatMap((f) => f.referenceIds));
      for (const id of shownIds) expect(planIds, id).toContain(id);
      expectFaithful(
        mentionItems.filter((i, n) => mentionItems.findIndex((j) => j.id === i.id) === n),
        shownIds,
      );

      // Chromium asks the test server for a favicon it does not have; that 404 is the page's, not Lateral's.
      expect(page.errors.filter((e) => !/^Failed to load resource: .*404/.test(e))).toEqual([]);
      await page.close();
    });
  });
}
