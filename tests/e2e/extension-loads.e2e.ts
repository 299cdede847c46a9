import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVE_PAGE_FILE } from '../../build/vite-plugin-content-stages';
import { distDir, type BrowserName } from './harness/session';
import { useExtension } from './harness/use-extension';
import { runAxe } from './harness/axe';

// The built extension installs in each browser and its content script runs on a page.
for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the built extension loads`, () => {
    const ext = useExtension(name);

    it('runs the content script on a local page', async () => {
      const page = await ext.session.newPage();
      await page.goto(ext.server.url('/fixtures/pages/story-en.html'));
      await page.waitForSelector('html[data-lateral-scanned]');
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-lateral-scanned'))).toBe(true);
      await page.close();
    });

    it('opens its own extension pages', async () => {
      const page = await ext.session.openExtensionPage('src/pages/options/index.html');
      expect(page.url()).toContain('src/pages/options/index.html');
      await page.waitForSelector('#app *');
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  });
}

/**
 * Chrome lists the content script's second stage as web-accessible with `use_dynamic_url`:
 * the stage loads (its chunks by the per-session address runtime.getURL gives), while a
 * page that asks for the same file at Lateral's fixed address is refused, so it cannot
 * tell from there that Lateral is installed. Firefox gives every installation its own
 * random address and its manifest has no such key (tests/unit/build/content-bundle.test.ts).
 */
describe('chromium: the second stage is not reachable at a fixed address', () => {
  const ext = useExtension('chromium');

  it('loads the stage for Lateral and refuses it to the page', async () => {
    const manifest = JSON.parse(readFileSync(join(distDir('chromium'), 'manifest.json'), 'utf8')) as {
      web_accessible_resources: { resources: string[]; use_dynamic_url?: boolean }[];
    };
    const entry = manifest.web_accessible_resources.find((w) => w.resources.includes(ACTIVE_PAGE_FILE));
    expect(entry?.use_dynamic_url).toBe(true);

    const page = await ext.session.newPage();
    await page.goto(ext.server.url('/fixtures/pages/story-en.html'));
    // The highlights come from the second stage and the matcher chunk it loads.
    await page.waitForSelector('lateral-mark');
    const probe = async (url: string) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'refused';
      }
    };
    const fixed = ext.session.extensionBase + ACTIVE_PAGE_FILE;
    expect(await page.evaluate(probe, fixed)).toBe('refused');
    // The same fetch from Lateral's own page works: the file is there, only the page is refused.
    const own = await ext.session.openExtensionPage('src/pages/options/index.html');
    expect(await own.evaluate(probe, fixed)).toBe('loaded');
    await own.close();
    await page.close();
  });
});
