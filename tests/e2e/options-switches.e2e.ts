/**
 * The options page for power users, driven in both browsers against the built extension:
 * switches by meaning (a topic, a name on its own, a known error, a language) remove
 * exactly what they name from open story pages; each highlight style keeps its own
 * colours; custom phrases are plain text; errors and "Saved" never stand together and a
 * reset clears what was shown; the page reads well at 400 px and passes axe in English
 * and Ukrainian, light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseFile, clearStoredSettings, storedSettings, typePhrase } from './controls-support';
import { runAxe } from './harness/axe';
import { launchExtension, type BrowserName, type ExtensionSession, type LaunchOptions, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { FIXTURES_DIR, REPO_ROOT } from './harness/static-server';

const OPTIONS = 'src/pages/options/index.html';
const EN_PAGE = '/fixtures/pages/switches-en.html';
const DE_PAGE = '/fixtures/pages/switches-de.html';

const PACK = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'witkoff-ushakov.json'), 'utf8')) as {
  rules: { id: string; topic: string; group?: string }[];
};
const rulesWhere = (test: (rule: { topic: string; group?: string }) => boolean) => PACK.rules.filter(test).map((r) => r.id);
const PLAN_RULES = rulesWhere((r) => r.topic === 'plan');
const CALL_RULES = rulesWhere((r) => r.topic === 'call');
const WITKOFF_RULES = rulesWhere((r) => r.group === 'witkoff');
const DATE_CHECK = 'chk-call-date-year';

/** The rule ids of the marks on a page, with the words each mark covers. */
function marks(page: TestPage): Promise<{ rule: string; words: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-lateral-rule]')].map((el) => ({
      rule: el.getAttribute('data-lateral-rule') ?? '',
      words: el.textContent ?? '',
    })),
  );
}

async function waitForMarks(page: TestPage, rules: string[], present: boolean): Promise<void> {
  await page.waitForFunction(
    ({ ids, want }: { ids: string[]; want: boolean }) =>
      document.documentElement.hasAttribute('data-lateral-scanned') &&
      [...document.querySelectorAll('[data-lateral-rule]')].some((el) => ids.includes(el.getAttribute('data-lateral-rule') ?? '')) === want,
    { ids: rules, want: present },
    20_000,
  );
}

const switchOn = (page: TestPage, id: string) => page.evaluate((sel: string) => document.querySelector<HTMLInputElement>(sel)?.checked, id);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: options switches, colours and phrases`, () => {
    const ext = useExtension(name);
    let options: TestPage;
    beforeAll(async () => {
      options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#switch-topic-plan');
    });
    beforeEach(async () => {
      await clearStoredSettings(options);
      await options.waitForFunction(
        () =>
          document.querySelector<HTMLInputElement>('#switch-topic-plan')?.checked &&
          document.querySelector<HTMLInputElement>('#style-background')?.checked,
      );
    });

    it('a topic, a name and a known error switched off each remove exactly their marks from an open page', async () => {
      const page = await ext.session.newPage();
      await page.goto(ext.server.url(EN_PAGE));
      await waitForMarks(page, PLAN_RULES, true);
      await waitForMarks(page, WITKOFF_RULES, true);
      await waitForMarks(page, [DATE_CHECK], true);

      await options.click('#switch-topic-plan');
      await waitForMarks(page, PLAN_RULES, false);
      // The call is still marked, and so is the name and the error.
      await waitForMarks(page, CALL_RULES, true);
      await waitForMarks(page, [DATE_CHECK], true);
      expect(await switchOn(options, '#switch-topic-plan')).toBe(false);

      // "Witkoff" on its own is found by the rules of several languages; the name switch removes them all.
      await options.click('#switch-name-witkoff');
      await waitForMarks(page, WITKOFF_RULES, false);
      expect((await marks(page)).filter((m) => m.words === 'Witkoff')).toEqual([]);
      await waitForMarks(page, CALL_RULES, true);

      await options.click('#switch-error-d-call-date-year');
      await waitForMarks(page, [DATE_CHECK], false);
      await waitForMarks(page, CALL_RULES, true);

      await expect
        .poll(async () => (await storedSettings(options))['settings.rules'], { timeout: 10_000 })
        .toEqual({ off: ['topic:plan', 'name:witkoff', 'error:d-call-date-year'] });
      // The state is in the label: "(off)" beside what is off.
      expect(await options.evaluate(() => document.querySelector('label[for="switch-topic-plan"]')?.textContent)).toMatch(/\(off\)$/);

      // Switched back on, the plan's marks return.
      await options.click('#switch-topic-plan');
      await waitForMarks(page, PLAN_RULES, true);
      await page.close();
    });

    it('a language switched off removes the marks on a page in that language and leaves the others', async () => {
      const german = await ext.session.newPage();
      await german.goto(ext.server.url(DE_PAGE));
      const english = await ext.session.newPage();
      await english.goto(ext.server.url(EN_PAGE));
      await german.waitForSelector('[data-lateral-rule]', 20_000);
      await english.waitForSelector('[data-lateral-rule]', 20_000);

      await options.click('#language-de');
      await german.waitForFunction(
        () =>
          document.documentElement.hasAttribute('data-lateral-scanned') && document.querySelectorAll('[data-lateral-rule]').length === 0,
        undefined,
        20_000,
      );
      await english.waitForSelector('[data-lateral-rule]', 20_000);
      await expect
        .poll(async () => (await storedSettings(options))['settings.rules'], { timeout: 10_000 })
        .toEqual({ languagesOff: ['de'] });

      await options.click('#language-de');
      await german.waitForSelector('[data-lateral-rule]', 20_000);
      await german.close();
      await english.close();
    });

    it('an installed pack brings its own topic and known-error switches', async () => {
      const file = 'harbour-vote-1.0.0.json';
      await chooseFile(options, '#pack-file', file, readFileSync(join(FIXTURES_DIR, 'install', file), 'utf8'));
      await options.waitForSelector('[data-pack-id="harbour-vote-test"] #switch-topic-vote');
      await options.waitForSelector('[data-pack-id="harbour-vote-test"] #switch-error-d-vote-date');
      await options.click('.pack-row[data-pack-id="harbour-vote-test"] .pack-remove');
      await options.waitForFunction(() => document.querySelector('#switch-topic-vote') === null);
    });

    it('keeps a custom colour for each highlight style, across style switches and a reload', async () => {
      const setColour = (value: string) =>
        options.evaluate((colour: string) => {
          const input = document.querySelector('#colour-mentionColor') as HTMLInputElement;
          input.value = colour;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      const colourIs = (page: TestPage, value: string) =>
        page.waitForFunction((colour: string) => document.querySelector<HTMLInputElement>('#colour-mentionColor')?.value === colour, value);

      await setColour('#ffe08a');
      await colourIs(options, '#ffe08a');
      await options.click('#style-underline');
      await colourIs(options, '#2f7fd8');
      await setColour('#8a5cf6');
      await colourIs(options, '#8a5cf6');
      await options.click('#style-background');
      await colourIs(options, '#ffe08a');
      await options.click('#style-underline');
      await colourIs(options, '#8a5cf6');
      await expect
        .poll(async () => (await storedSettings(options))['settings.highlight'], { timeout: 10_000 })
        .toEqual({
          style: 'underline',
          mentionColor: '#8a5cf6',
          discrepancyColor: '#d1343a',
          coloursByStyle: { background: { mentionColor: '#ffe08a', discrepancyColor: '#ffc9c9' } },
        });

      // Reload the options page itself: the colours come back from storage.
      await options.evaluate(() => {
        (window as unknown as { beforeReload?: boolean }).beforeReload = true;
        setTimeout(() => location.reload(), 0);
      });
      await options.waitForFunction(
        () =>
          !(window as unknown as { beforeReload?: boolean }).beforeReload &&
          document.querySelector<HTMLInputElement>('#style-underline')?.checked === true,
      );
      await colourIs(options, '#8a5cf6');
      await options.click('#style-background');
      await colourIs(options, '#ffe08a');
    });

    it('refuses a phrase of the commonest words and keeps what was typed; an own phrase stays unmarked on a page not about the story', async () => {
      expect(await options.evaluate(() => document.querySelector('#phrase-story-only')?.textContent)).toMatch(
        /only on pages about the story/,
      );
      await typePhrase(options, 'call', 'The');
      await options.waitForFunction(() => (document.querySelector('#phrase-error')?.textContent ?? '') !== '');
      expect(await options.evaluate(() => document.querySelector('#phrase-error')?.textContent)).toMatch(
        /“The” is one of the commonest words.*Add a phrase/,
      );
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#phrase-input')?.value)).toBe('The');
      expect((await storedSettings(options))['settings.customPhrases']).toBeUndefined();

      await options.evaluate(() => void (document.querySelector<HTMLInputElement>('#phrase-input')!.value = ''));
      await typePhrase(options, 'call', 'phone call');
      await expect
        .poll(async () => (await storedSettings(options))['settings.customPhrases'], { timeout: 10_000 })
        .toEqual([{ topic: 'call', phrase: 'phone call' }]);
      ext.server.route(
        '/switches/zoo.html',
        '<!doctype html><html lang="en"><head><title>Zoo news</title></head><body><article><h1>The new elephant house</h1>' +
          '<p>The zoo opened its elephant house on Monday. A phone call from the keeper told the school about feeding times.</p>' +
          '</article></body></html>',
      );
      const zoo = await ext.session.newPage();
      await zoo.goto(ext.server.url('/switches/zoo.html'));
      await zoo.waitForSelector('html[data-lateral-scanned]', 20_000);
      expect(await marks(zoo)).toEqual([]);
      await zoo.close();
    });

    it('marks a phrase with "?" literally, and never shows "Saved" beside an error; a reset clears the error', async () => {
      await typePhrase(options, 'call', 'final deal?');
      await expect
        .poll(async () => (await storedSettings(options))['settings.customPhrases'], { timeout: 10_000 })
        .toEqual([{ topic: 'call', phrase: 'final deal?' }]);
      expect(await options.evaluate(() => document.querySelector('#phrase-error')?.textContent)).toBe('');

      const page = await ext.session.newPage();
      await page.goto(ext.server.url(EN_PAGE));
      await waitForMarks(page, ['custom-0'], true);
      // The page has "a final deal." and "a final deal?": only the second is the phrase.
      expect((await marks(page)).filter((m) => m.rule === 'custom-0').map((m) => m.words)).toEqual(['final deal?']);
      await page.close();

      await options.waitForFunction(() => (document.querySelector('#options-status')?.textContent ?? '') !== '');
      await options.focus('#phrase-input');
      await options.type('x');
      await options.press('Enter');
      await options.waitForFunction(() => (document.querySelector('#phrase-error')?.textContent ?? '') !== '');
      expect(await options.evaluate(() => document.querySelector('#options-status')?.textContent)).toBe('');

      await options.click('#reset-settings');
      await options.waitForSelector('#reset-confirm');
      await options.click('#reset-confirm');
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#phrase-input') !== null);
      await options.waitForFunction(() => (document.querySelector('#options-status')?.textContent ?? '') !== '');
      expect(await options.evaluate(() => document.querySelector('#phrase-error')?.textContent)).toBe('');
      expect(await storedSettings(options)).toEqual({});
    });
  });
}

/** Elements whose text is wider than their box, and whether the page scrolls sideways. */
function cutOff(page: TestPage): Promise<{ sideways: boolean; clipped: string[] }> {
  return page.evaluate(() => {
    const clipped = [...document.querySelectorAll<HTMLElement>('label, legend, button, h1, h2, h3, p, li, select')]
      // Inline boxes have no width of their own to overflow; screen-reader-only labels clip on purpose.
      .filter((el) => el.offsetParent !== null && getComputedStyle(el).display !== 'inline' && !el.closest('.visually-hidden'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}: ${(el.textContent ?? '').slice(0, 40)}`);
    return { sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth, clipped };
  });
}

const LOOKS: { name: BrowserName; options: LaunchOptions; lang: string }[] = [
  { name: 'chromium', options: { colorScheme: 'light' }, lang: 'en' },
  { name: 'chromium', options: { uiLanguage: 'uk', colorScheme: 'dark' }, lang: 'uk' },
  { name: 'firefox', options: { colorScheme: 'light' }, lang: 'en' },
  { name: 'firefox', options: { colorScheme: 'dark' }, lang: 'en' },
];

for (const look of LOOKS) {
  describe(`${look.name} ${look.options.colorScheme} ${look.lang}: the options page`, () => {
    let session: ExtensionSession;
    let options: TestPage;

    beforeAll(async () => {
      session = await launchExtension(look.name, look.options);
      options = await session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#switch-topic-plan');
      // An earlier version's single-rule switch, so its list is on the page too.
      await options.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }).chrome;
        await api.storage.sync.set({ 'settings.version': 1, 'settings.rules': { disabled: ['en-witkoff'] } });
      });
      await options.waitForSelector('#rules-earlier button');
    });
    afterAll(async () => {
      await clearStoredSettings(options);
      await session?.close();
    });

    it('passes axe, then at 400 px has nothing cut off and no sideways scroll', async () => {
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(look.lang);
      expect(await runAxe(options)).toEqual([]);
      await options.setViewport(400, 800);
      await options.waitForFunction(() => window.innerWidth === 400);
      expect(await cutOff(options)).toEqual({ sideways: false, clipped: [] });
      expect(await runAxe(options)).toEqual([]);
    });

    it('switches an earlier single-rule setting back on from its own list', async () => {
      await options.click('#rules-earlier button');
      await options.waitForFunction(() => document.querySelector('#rules-earlier') === null);
    });
  });
}
