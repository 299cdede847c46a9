// `npm run screenshots`: builds Lateral and photographs the real extension in headless
// Chromium, in English and in Ukrainian, at 1280×800 (the store listing size): the
// popover open on a flagged error in the bundled sample article, the classroom's
// coverage matrix (scrolled past its legend), and the options page. Writes docs/screenshots/<lang>-<view>.png for
// the README and the store listings, then checks every file it wrote is a 1280×800 PNG.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findBrowser, missingBrowserMessage } from './browsers.mjs';
import { run } from './run.mjs';
import { chromiumExtensionArgs, pollUntil } from '../tests/e2e/harness/session';
import { inLateralRootCdp } from '../tests/e2e/harness/lateral-root';
import { startStaticServer, type StaticServer } from '../tests/e2e/harness/static-server';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const LANGUAGES = ['en', 'uk'] as const;

if ((await run('node', ['scripts/ensure-browsers.mjs'])) !== 0) process.exit(1);
if ((await run('node', ['scripts/build.mjs', 'chrome'])) !== 0) process.exit(1);
const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error(missingBrowserMessage('chromium'));

async function launch(language: string): Promise<{ context: BrowserContext; base: string; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lateral-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: SIZE,
    reducedMotion: 'reduce',
    locale: language,
    args: [...chromiumExtensionArgs(join(root, 'dist', 'chrome')), `--lang=${language}`],
    env: { ...process.env, LANGUAGE: language },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    base: new URL('/', worker.url()).href,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The sample article with the popover open beside its first flagged error. */
async function popover(context: BrowserContext, server: StaticServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url('/sample-article.html'));
  await page.waitForSelector('html[data-lateral-scanned] [data-lateral-kind="discrepancy"]', { timeout: 15_000 });
  const flag = page.locator('[data-lateral-kind="discrepancy"][role="button"]').first();
  // Put the flag a third of the way down, so the popover has room and the article shows around it.
  await flag.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight / 3));
  await flag.click();
  const cdp = await context.newCDPSession(page);
  const settled = ((r: ShadowRoot) => !!r.querySelector('[role="dialog"][data-side]') && r.getAnimations().length === 0).toString();
  await pollUntil(() => inLateralRootCdp(cdp, settled, undefined), 10_000, 'the popover');
  return page;
}

async function extensionPage(context: BrowserContext, url: string, ready: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The classroom scrolled past its legend, so the picture shows the coverage matrix its caption names. */
async function classroom(context: BrowserContext, base: string): Promise<Page> {
  const page = await extensionPage(context, `${base}src/pages/classroom/index.html`, '#coverage-table tbody tr');
  await page.evaluate(() => {
    const legend = document.querySelector('.legend');
    if (legend) window.scrollTo(0, legend.getBoundingClientRect().bottom + window.scrollY + 8);
  });
  return page;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer();
server.route('/sample-article.html', readFileSync(join(root, 'demo', 'sample-article.html'), 'utf8'));
const written: string[] = [];
try {
  for (const language of LANGUAGES) {
    const browser = await launch(language);
    try {
      const shots: [string, () => Promise<Page>][] = [
        ['popover', () => popover(browser.context, server)],
        ['classroom', () => classroom(browser.context, browser.base)],
        ['options', () => extensionPage(browser.context, `${browser.base}src/pages/options/index.html`, 'main h1, h1')],
      ];
      for (const [view, open] of shots) {
        const page = await open();
        const lang = await page.evaluate(() => document.documentElement.lang);
        // The sample article is an English news page; Lateral's own pages speak the browser's language.
        if (view !== 'popover' && lang !== language) throw new Error(`${view} declares lang="${lang}", not "${language}"`);
        const file = join(outDir, `${language}-${view}.png`);
        await page.screenshot({ path: file });
        await page.close();
        written.push(file);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

for (const file of written) {
  const size = pngSize(file);
  if (size.width !== SIZE.width || size.height !== SIZE.height) throw new Error(`${file} is ${size.width}×${size.height}, not 1280×800`);
  console.log(`${file.slice(root.length + 1)}  ${size.width}×${size.height}`);
}
