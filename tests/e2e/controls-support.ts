/**
 * Helpers for the controls e2e tests: run WebExtension API calls inside an extension page
 * (both browsers expose `chrome` there, with promises in MV3), hand a file to an
 * <input type=file>, and find the tab id of a test page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestPage } from './harness/session';
import { FIXTURES_DIR } from './harness/static-server';

export const SETTINGS_FIXTURES = join(FIXTURES_DIR, 'settings');

export function fixtureText(name: string): string {
  return readFileSync(join(SETTINGS_FIXTURES, name), 'utf8');
}

/** Every settings item in storage.sync (Lateral's keys all start with `settings.`). */
export function storedSettings(extensionPage: TestPage): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await api.storage.sync.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('settings.')));
  });
}

export function clearStoredSettings(extensionPage: TestPage): Promise<void> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome;
    await api.storage.sync.clear();
  });
}

/**
 * The id of the tab showing `url`. Chrome hides the URL of tabs that Lateral reaches only
 * through its content script, so ask each tab's content script for its report instead.
 */
export function tabIdOf(extensionPage: TestPage, url: string): Promise<number> {
  return extensionPage.evaluate(async (target: string) => {
    type Tab = { id?: number; url?: string };
    type Api = {
      tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: object): Promise<{ url?: string } | null> };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      if (tab.url === target) return tab.id;
      const report = await api.tabs.sendMessage(tab.id, { type: 'get-report' }).catch(() => null);
      if (report?.url === target) return tab.id;
    }
    throw new Error(`no tab shows ${target}`);
  }, url);
}

/** Gives the file to the import input the way a file picker would, then fires change. */
export function chooseFile(page: TestPage, selector: string, name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ selector, name, text }: { selector: string; name: string; text: string }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, text },
  );
}

/** Text of the import problem list, or '' while there is none. */
export function importProblems(page: TestPage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('#import-problems li')].map((li) => li.textContent ?? ''));
}

/** Imports a good settings file the way a reader does: picks it, then says yes to what it changes. */
export async function importSettingsFile(page: TestPage, name: string, text: string): Promise<void> {
  await chooseFile(page, '#import-file', name, text);
  await page.waitForSelector('#import-confirm');
  await page.click('#import-confirm');
}

/** Adds a custom phrase on the options page the way a reader does: picks the topic, types, presses Enter. */
export async function typePhrase(options: TestPage, topic: string, phrase: string): Promise<void> {
  await options.evaluate((value: string) => {
    const select = document.querySelector('#phrase-topic') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, topic);
  await options.focus('#phrase-input');
  await options.type(phrase);
  await options.press('Enter');
}
