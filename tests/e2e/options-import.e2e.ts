/**
 * Importing a settings file, driven in both browsers against the built extension: a good
 * file replaces nothing until the reader has seen what it changes (how many settings,
 * which ones, how many of their phrases go) and said yes; Cancel leaves every setting as
 * it was; the question passes axe in light and dark.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, clearStoredSettings, fixtureText, importSettingsFile, storedSettings, typePhrase } from './controls-support';
import { runAxe } from './harness/axe';
import { type BrowserName, type LaunchOptions, type TestPage } from './harness/session';
import { useExtension } from './harness/use-extension';

const OPTIONS = 'src/pages/options/index.html';
const RUNS: { name: BrowserName; options: LaunchOptions }[] = [
  { name: 'chromium', options: {} },
  { name: 'firefox', options: { colorScheme: 'dark' } },
];

const checked = (page: TestPage, selector: string) =>
  page.evaluate((sel: string) => document.querySelector<HTMLInputElement>(sel)?.checked, selector);

for (const run of RUNS) {
  describe(`${run.name} ${run.options.colorScheme ?? 'light'}: importing settings asks first`, () => {
    const ext = useExtension(run.name, { launch: run.options, serve: false });
    let options: TestPage;
    beforeAll(async () => {
      options = await ext.session.openExtensionPage(OPTIONS);
      await options.waitForSelector('#import-file');
      await clearStoredSettings(options);
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-balanced')?.checked);
    });

    it('shows what a file changes, changes nothing on Cancel, and imports on Yes', async () => {
      // The reader's own phrase, which the file does not have.
      await typePhrase(options, 'call', 'envoy memo');
      await expect
        .poll(async () => (await storedSettings(options))['settings.customPhrases'], { timeout: 10_000 })
        .toEqual([{ topic: 'call', phrase: 'envoy memo' }]);
      const before = await storedSettings(options);

      await chooseFile(options, '#import-file', 'good-full.json', fixtureText('good-full.json'));
      await options.waitForSelector('#import-confirm');
      const asked = await options.evaluate(() => ({
        question: document.querySelector('#import-question')?.textContent ?? '',
        changes: [...document.querySelectorAll('#import-changes li')].map((li) => li.textContent),
        settings: [...document.querySelectorAll<HTMLElement>('#import-changes li')].map((li) => li.dataset.setting),
        sensitivityLabel: document.querySelector('#sensitivity-balanced')?.closest('fieldset')?.querySelector('legend')?.textContent,
        allowLabel: document.querySelector('#allow-list-heading')?.textContent,
        focused: document.activeElement?.id,
      }));
      // good-full.json changes 8 settings, drops the reader's 1 phrase and brings 2.
      expect(asked.question).toContain('good-full.json');
      expect(asked.question.match(/\d+/g)).toEqual(['8', '1', '2']);
      expect(asked.settings).toContain('sensitivity');
      expect(asked.settings).toContain('sites.allow');
      expect(asked.changes).toHaveLength(8);
      // Each is named as the page names it, never by where it is stored.
      expect(asked.changes).toContain(asked.sensitivityLabel);
      expect(asked.changes).toContain(asked.allowLabel);
      for (const change of asked.changes) expect(change).not.toMatch(/\w\.\w|[a-z][A-Z]/);
      await options.waitForFunction(() => document.activeElement?.id === 'import-confirm');
      expect(await storedSettings(options)).toEqual(before);
      const violations = await runAxe(options);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);

      await options.click('#import-cancel');
      await options.waitForFunction(() => !document.querySelector('#import-question'));
      await options.waitForFunction(() => (document.querySelector('#options-status')?.textContent ?? '') !== '');
      expect(await storedSettings(options)).toEqual(before);
      expect(await checked(options, '#sensitivity-balanced')).toBe(true);
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('import-file');

      await importSettingsFile(options, 'good-full.json', fixtureText('good-full.json'));
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#sensitivity-strict')?.checked);
      const after = await storedSettings(options);
      expect(after['settings.sensitivity']).toBe('strict');
      expect(after['settings.customPhrases']).toEqual([
        { topic: 'plan', phrase: 'peace framework' },
        { topic: 'call', phrase: 'Віткофф і Ушаков' },
      ]);
      expect(await options.evaluate(() => document.querySelector('#options-status')?.textContent)).toContain('good-full.json');
      expect(options.errors).toEqual([]);
    });

    it('calls a file that is not JSON what it is, says where it breaks, and keeps the settings and a half-typed phrase', async () => {
      await options.focus('#phrase-input');
      await options.type('draft words');
      const before = await storedSettings(options);
      const broken = '{\n  "format": "lateral-settings",\n  "settings": { "enabled": true, }\n}\n';
      await chooseFile(options, '#import-file', 'broken.json', broken);
      await options.waitForSelector('#import-result[data-file="broken.json"] #import-problems li');
      const shown = await options.evaluate(() => ({
        problems: [...document.querySelectorAll('#import-problems li')].map((li) => li.textContent ?? ''),
        draft: document.querySelector<HTMLInputElement>('#phrase-input')?.value,
        asking: !!document.querySelector('#import-question'),
      }));
      expect(shown.problems).toHaveLength(1);
      expect(shown.problems[0]).toContain('Lateral');
      expect(shown.problems[0]).toMatch(/\b3\b.*\b34\b/);
      // Never the browser's parser message (Chromium: "Expected double-quoted…", Firefox: "JSON.parse: …").
      expect(shown.problems[0]).not.toMatch(/JSON|Expected|expected|position|double-quoted/);
      expect(shown.asking).toBe(false);
      expect(shown.draft).toBe('draft words');
      expect(await storedSettings(options)).toEqual(before);
      expect(options.errors).toEqual([]);
    });
  });
}
