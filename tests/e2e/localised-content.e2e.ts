import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackTranslation } from '../../src/core/pack/localise-schema';
import type { StoryPack } from '../../src/core/pack/schema';
import { chooseFile } from './controls-support';
import { axeLateralRoot, runAxe } from './harness/axe';
import { type BrowserName } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';

// With the browser in Ukrainian, the built-in pack speaks Ukrainian wherever Lateral
// shows it: the popover on a news page and on the welcome page, and the classroom
// (title, discrepancies, exercise). Outlets' own words stay as they printed them.

const pack = JSON.parse(readFileSync(`${REPO_ROOT}/data/witkoff-ushakov.json`, 'utf8')) as StoryPack;
const uk = JSON.parse(readFileSync(`${REPO_ROOT}/data/translations/witkoff-ushakov.uk.json`, 'utf8')) as PackTranslation;
const PAGE = '/fixtures/pages/popover-positions.html';
const CLASSROOM = 'src/pages/classroom/index.html';
const WELCOME = 'src/pages/welcome/index.html';
const OPTIONS = 'src/pages/options/index.html';
/** A copy of the built-in pack under its id, with a bad version and a fact missing its question. */
const badPack = JSON.stringify({
  ...pack,
  version: 'one',
  facts: [{ ...pack.facts[0], question: undefined }, ...pack.facts.slice(1)],
});
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const englishQuestions = pack.facts.map((f) => f.question);
const ukQuestions = Object.values(uk.facts ?? {}).map((f) => f.question!);
const englishTitles = pack.discrepancies.map((d) => d.title);
const ukTitles = new Set(Object.values(uk.discrepancies ?? {}).map((d) => d.title!));

const popoverPlaced = (root: ShadowRoot) => !!root.querySelector('[role="dialog"][data-side]');
const popoverClosed = (root: ShadowRoot) => !root.querySelector('[role="dialog"]');
function readPanel(root: ShadowRoot) {
  const panel = root.querySelector('[role="dialog"]') as HTMLElement;
  for (const d of panel.querySelectorAll('details')) d.open = true;
  return { lang: panel.lang, title: panel.querySelector('h2')!.textContent, text: panel.innerText };
}

for (const name of BROWSERS) {
  describe(`${name} in Ukrainian: the built-in pack's content`, () => {
    const ext = useExtension(name, { launch: { uiLanguage: 'uk' } });

    it('the popover gives the person, the facts and the error in Ukrainian, declares lang="uk", and axe finds nothing', async () => {
      const page = await ext.session.newPage();
      await page.setViewport(1280, 800);
      await page.goto(ext.server.url(PAGE));
      await page.waitForSelector('#p-wrong lateral-mark[data-lateral-kind="discrepancy"]');

      await page.focus('#p-top lateral-mark[role="button"]');
      await page.press('Enter');
      await page.waitForLateralRoot(popoverPlaced);
      const mention = (await page.inLateralRoot(readPanel))!;
      expect(mention.lang).toBe('uk');
      expect(mention.title).toBe(uk.entities!.witkoff!.name);
      expect(mention.text).toContain(uk.entities!.witkoff!.description);
      expect(ukQuestions.filter((q) => mention.text.includes(q)).length).toBeGreaterThan(0);
      expect(englishQuestions.filter((q) => mention.text.includes(q))).toEqual([]);
      const clean = await axeLateralRoot(page);
      expect(clean.reached).toBe(true);
      expect(clean.violations).toEqual([]);
      await page.press('Escape');
      await page.waitForLateralRoot(popoverClosed);

      const checkId = await page.evaluate(() =>
        document.querySelector('#p-wrong lateral-mark[data-lateral-kind="discrepancy"]')!.getAttribute('data-lateral-rule')!,
      );
      const discrepancy = pack.discrepancies.find((d) => d.id === pack.checks.find((c) => c.id === checkId)!.discrepancyId)!;
      await page.focus('#p-wrong lateral-mark[data-lateral-kind="discrepancy"][role="button"]');
      await page.press('Enter');
      await page.waitForLateralRoot(popoverPlaced);
      const flag = (await page.inLateralRoot(readPanel))!;
      expect(flag.lang).toBe('uk');
      expect(flag.text).toContain(uk.discrepancies![discrepancy.id]!.right);
      expect(flag.text).toContain(uk.discrepancies![discrepancy.id]!.whyItMatters);
      expect(flag.text).not.toContain(discrepancy.right);
      // Dates Lateral writes (the flag's headline, the sources' days) are in Ukrainian too.
      expect(flag.title).toMatch(/жовтня/);
      // (The page's own words, quoted as it printed them, may be English: only Lateral's short dates are checked.)
      const months = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
      expect(flag.text).not.toMatch(new RegExp(`\\b\\d{1,2} (${months}) \\d{4}\\b|\\b(${months}) \\d{1,2}, \\d{4}\\b`));
      // The outlet's own words are shown as it printed them.
      const excerpt = discrepancy.sources.find((s) => s.excerpt)?.excerpt;
      if (excerpt) expect(flag.text).toContain(excerpt);
      const flagClean = await axeLateralRoot(page);
      expect(flagClean.violations).toEqual([]);
      // The test server has no favicon; the browser's own 404 for it is not Lateral's.
      expect(page.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
      await page.close();
    }, 120_000);

    it('the classroom shows its title, discrepancies and exercise in Ukrainian, declares lang="uk", and axe finds nothing', async () => {
      const page = await ext.session.openExtensionPage(CLASSROOM);
      await page.setViewport(1280, 800);
      await page.waitForSelector('#coverage-table tbody tr');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
      expect(await page.evaluate(() => document.querySelector('h1')!.textContent)).toBe(uk.pack!.title);
      // Ukrainian markers are longer than English ones: each still ends before its explanation starts.
      const overlaps = await page.evaluate(() => {
        for (const d of document.querySelectorAll('.legend details')) (d as HTMLDetailsElement).open = true;
        return [...document.querySelectorAll('.legend-list > div')].flatMap((row) => {
          const marker = row.querySelector('dt > *')!.getBoundingClientRect();
          const text = row.querySelector('dd')!.getBoundingClientRect();
          const sideBySide = text.top < marker.bottom && marker.top < text.bottom;
          return sideBySide && marker.right > text.left ? [row.querySelector('dt')!.textContent] : [];
        });
      });
      expect(overlaps).toEqual([]);

      await page.click('nav.views a[data-view="discrepancies"]');
      await page.waitForSelector('main[data-view="discrepancies"] article.discrepancy');
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('article.discrepancy[aria-labelledby]')].map(
          (card) => document.getElementById(card.getAttribute('aria-labelledby')!)?.textContent ?? '',
        ),
      );
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.filter((title) => !ukTitles.has(title))).toEqual([]);
      const text = await page.evaluate(() => document.querySelector('main')!.innerText);
      expect(englishTitles.filter((title) => text.includes(title))).toEqual([]);
      expect(await runAxe(page)).toEqual([]);

      await page.click('nav.views a[data-view="exercise"]');
      await page.waitForSelector('main[data-view="exercise"] .brief');
      const brief = await page.evaluate(() => document.querySelector('.brief')!.textContent ?? '');
      expect(Object.values(uk.exercises!).map((x) => x.brief)).toContain(brief.trim());
      expect(await runAxe(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    }, 150_000);

    it('the options page refuses a bad pack file with its problems in Ukrainian', async () => {
      const options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#pack-file');
      await chooseFile(options, '#pack-file', 'bad-pack.json', badPack);
      await options.waitForFunction(() => document.querySelector('#pack-install-result')?.getAttribute('data-file') === 'bad-pack.json');
      const problems = await options.evaluate(() => [...document.querySelectorAll('#pack-problems li')].map((li) => li.textContent ?? ''));
      expect(problems).toEqual(
        expect.arrayContaining(['version: версію записують так: 1.0.0', 'facts[0].question: бракує цього поля (очікується string)']),
      );
      expect(await runAxe(options)).toEqual([]);
      await options.close();
    }, 60_000);

    it('the welcome page opens its sample popover in Ukrainian', async () => {
      const page = await ext.session.openExtensionPage(WELCOME);
      await page.waitForSelector('.sample-mark[data-lateral-kind="discrepancy"]');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
      await page.click('.sample-mark[data-lateral-kind="discrepancy"]');
      await page.waitForFunction(
        () => !!document.querySelector('.sample-popover-host')?.shadowRoot?.querySelector('[role="dialog"][data-side]'),
      );
      const panel = await page.evaluate(() => {
        const el = document.querySelector('.sample-popover-host')!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement;
        return { lang: el.lang, text: el.innerText };
      });
      expect(panel.lang).toBe('uk');
      expect(Object.values(uk.discrepancies!).some((d) => panel.text.includes(d.right!))).toBe(true);
      expect(page.errors).toEqual([]);
      // Left open: in Firefox this is the tab Lateral opened on install, through which the session opens its pages.
    }, 60_000);
  });
}
