import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { type BrowserName, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';
import { REPO_ROOT } from './harness/static-server';
import {
  chooseFile,
  clearStoredSettings,
  fixtureText,
  importProblems,
  importSettingsFile,
  SETTINGS_FIXTURES,
  storedSettings,
  tabIdOf,
} from './controls-support';

const OPTIONS = 'src/pages/options/index.html';
const POPUP = 'src/pages/popup/index.html';
const BAD_FILES = readdirSync(SETTINGS_FIXTURES)
  .filter((name) => name.startsWith('bad-'))
  .sort();
const STORY = '/fixtures/pages/story-en.html';
const PACK = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'witkoff-ushakov.json'), 'utf8')) as {
  rules: { id: string; topic: string }[];
};
const TOPIC_OF = new Map(PACK.rules.map((rule) => [rule.id, rule.topic]));

// The toolbar popup and the options page, driven in both browsers. The popup is opened
// as a tab with ?tab=<id> so it knows which page it is about.
for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: controls`, () => {
    const ext = useExtension(name);
    let options: TestPage;
    beforeAll(async () => {
      options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#import-file');
    });
    beforeEach(async () => {
      await clearStoredSettings(options);
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-balanced')?.checked);
    });

    it('has no axe violations on the options page', async () => {
      expect(await runAxe(options)).toEqual([]);
    });

    it('imports a good settings file and shows it', async () => {
      await importSettingsFile(options, 'good-full.json', fixtureText('good-full.json'));
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-strict')?.checked);
      const stored = await storedSettings(options);
      expect(stored['settings.sensitivity']).toBe('strict');
      expect(stored['settings.sites']).toMatchObject({ mode: 'listed', paused: ['news.example.org'] });
      expect(await options.evaluate(() => document.querySelector('#options-status')?.textContent)).toContain('good-full.json');
      expect(await importProblems(options)).toEqual([]);
    });

    it(`refuses ${BAD_FILES.length} bad settings files, lists what is wrong and changes nothing`, async () => {
      expect(BAD_FILES.length).toBeGreaterThanOrEqual(10);
      await importSettingsFile(options, 'good-partial.json', fixtureText('good-partial.json'));
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-broad')?.checked);
      const before = await storedSettings(options);
      const title = await options.evaluate(() => document.title);
      for (const file of BAD_FILES) {
        await chooseFile(options, '#import-file', file, fixtureText(file));
        await options.waitForSelector(`#import-result[data-file="${file}"] #import-problems li`);
        const problems = await importProblems(options);
        expect(problems.length, file).toBeGreaterThan(0);
        expect(problems.join(' '), file).not.toMatch(/options_problem_|options_site_|options_phrase_/);
        expect(await storedSettings(options), file).toEqual(before);
      }
      // Payloads in the file show as text: nothing was parsed into elements, nothing ran.
      const injected = await options.evaluate(
        () => document.querySelectorAll('#import-problems img, #import-problems script, #import-problems b').length,
      );
      expect(injected).toBe(0);
      expect(await options.evaluate(() => document.title)).toBe(title);
      expect(options.errors).toEqual([]);
    });

    it('resets to defaults after confirmation', async () => {
      await importSettingsFile(options, 'good-full.json', fixtureText('good-full.json'));
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-strict')?.checked);
      expect(Object.keys(await storedSettings(options)).length).toBeGreaterThan(0);
      await options.click('#reset-settings');
      await options.waitForSelector('#reset-confirm');
      await options.click('#reset-confirm');
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-balanced')?.checked);
      expect(await storedSettings(options)).toEqual({});
      expect(await options.evaluate(() => (document.querySelector('#style-background') as HTMLInputElement).checked)).toBe(true);
    });

    it('works by keyboard: Space on a focused switch turns Lateral off', async () => {
      await options.focus('#enabled');
      await options.press(' ');
      await options.waitForFunction(() => (document.querySelector('#enabled') as HTMLInputElement).checked === false);
      // The status line may still show the previous save; wait for the stored value itself.
      await expect.poll(async () => (await storedSettings(options))['settings.enabled'], { timeout: 10_000 }).toBe(false);
    });

    it('refuses a colour with too little contrast and keeps the old one', async () => {
      await options.evaluate(() => {
        const input = document.querySelector('#colour-mentionColor') as HTMLInputElement;
        input.value = '#202020';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.waitForFunction(() => document.querySelector('#colour-mentionColor-note')?.getAttribute('role') === 'alert');
      expect((await storedSettings(options))['settings.highlight']).toBeUndefined();
    });

    it('pauses Lateral on a site from the popup and removes its highlights', async () => {
      const page = await ext.session.newPage();
      const url = ext.server.url(STORY);
      await page.goto(url);
      await page.waitForSelector('html[data-lateral-scanned]');
      const tabId = await tabIdOf(options, url);
      const popup = await ext.session.openExtensionPage(`${POPUP}?tab=${tabId}`);
      await popup.waitForSelector('#pause-site');
      expect(await runAxe(popup)).toEqual([]);
      await popup.click('#pause-site');
      await popup.waitForFunction(() => document.querySelector('.site-state')?.getAttribute('data-paused') === 'true');
      await expect
        .poll(async () => (await storedSettings(options))['settings.sites'], { timeout: 10_000 })
        .toEqual({ paused: ['127.0.0.1'] });
      await page.waitForFunction(() => document.querySelectorAll('[data-lateral-rule]').length === 0);
      await popup.waitForSelector('[data-state="inactive-paused"]');
      await popup.close();
      await page.close();
    });

    it('turning a topic off in the options removes its highlights from an open tab', async () => {
      const page = await ext.session.newPage();
      await page.goto(ext.server.url(STORY));
      await page.waitForSelector('[data-lateral-kind="mention"][data-lateral-rule]', 20_000);
      const ruleId = await page.evaluate(() =>
        document.querySelector('[data-lateral-kind="mention"][data-lateral-rule]')!.getAttribute('data-lateral-rule')!,
      );
      const topic = TOPIC_OF.get(ruleId)!;
      const topicRules = [...TOPIC_OF].filter(([, t]) => t === topic).map(([id]) => id);
      await options.waitForSelector(`#switch-topic-${topic}`);
      await options.click(`#switch-topic-${topic}`);
      await page.waitForFunction(
        (ids: string[]) =>
          ![...document.querySelectorAll('[data-lateral-rule]')].some((el) => ids.includes(el.getAttribute('data-lateral-rule')!)),
        topicRules,
        15_000,
      );
      expect((await storedSettings(options))['settings.rules']).toEqual({ off: [`topic:${topic}`] });
      await page.close();
    });

    it('explains a page where content scripts cannot run', async () => {
      // The options tab itself is an extension page: no content script runs there.
      const optionsTab = await options.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome;
        return (await api.tabs.getCurrent()).id;
      });
      const popup = await ext.session.openExtensionPage(`${POPUP}?tab=${optionsTab}`);
      await popup.waitForSelector('[data-state="restricted"]');
      expect(await runAxe(popup)).toEqual([]);
      await popup.close();
    });
  });
}
