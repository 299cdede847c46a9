import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type BrowserName, type ExtensionSession } from './harness/session';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { runAxe } from './harness/axe';

// The built extension installs in each browser and its content script runs on a page.
for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the built extension loads`, () => {
    let session: ExtensionSession;
    let server: StaticServer;
    beforeAll(async () => {
      server = await startStaticServer();
      session = await launchExtension(name);
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('runs the content script on a local page', async () => {
      const page = await session.newPage();
      await page.goto(server.url('/fixtures/pages/story-en.html'));
      await page.waitForSelector('html[data-lateral-scanned]');
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-lateral-scanned'))).toBe(true);
      await page.close();
    });

    it('opens its own extension pages', async () => {
      const page = await session.openExtensionPage('src/pages/options/index.html');
      expect(page.url()).toContain('src/pages/options/index.html');
      await page.waitForSelector('#app *');
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  });
}
