// `npm run demo`: builds Lateral, opens Chromium with the built extension on a sample
// article, prints what Lateral found there, opens the first popover and saves a
// screenshot to artifacts/demo.png. Headed when a display is available (close the
// window to finish), headless otherwise.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, missingBrowserMessage } from './browsers.mjs';
import { run } from './run.mjs';
import { chromiumExtensionArgs, pollUntil } from '../tests/e2e/harness/session';
import { inLateralRootCdp } from '../tests/e2e/harness/lateral-root';
import { startStaticServer } from '../tests/e2e/harness/static-server';

const root = resolve(import.meta.dirname, '..');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

if ((await run('node', ['scripts/ensure-browsers.mjs'])) !== 0) process.exit(1);
if ((await run('node', ['scripts/build.mjs', 'chrome'])) !== 0) process.exit(1);
const executablePath: string | undefined = findBrowser('chromium');
if (!executablePath) throw new Error(missingBrowserMessage('chromium'));

const server = await startStaticServer();
server.route('/sample-article.html', readFileSync(join(root, 'demo', 'sample-article.html'), 'utf8'));
const extension = join(root, 'dist', 'chrome');
const profile = mkdtempSync(join(tmpdir(), 'lateral-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  viewport: { width: 1280, height: 860 },
  args: chromiumExtensionArgs(extension),
});
try {
  const page = await context.newPage();
  const url = server.url('/sample-article.html');
  await page.goto(url);
  await page.waitForSelector('html[data-lateral-scanned]', { timeout: 15_000 });
  const found = await page.$$eval('[data-lateral-kind]', (nodes) =>
    nodes.map((n) => ({
      kind: n.getAttribute('data-lateral-kind'),
      rule: n.getAttribute('data-lateral-rule'),
      text: n.textContent?.trim() ?? '',
    })),
  );
  console.log(`\nLateral on ${url}`);
  console.log(
    `  ${found.filter((f) => f.kind === 'mention').length} mentions, ${found.filter((f) => f.kind === 'discrepancy').length} known errors flagged`,
  );
  for (const f of found) console.log(`  ${f.kind === 'discrepancy' ? '!' : '•'} [${f.rule}] ${f.text.slice(0, 90)}`);
  // Open a flagged error when there is one: it shows "this page says / the record says".
  const first = (await page.$('[data-lateral-kind="discrepancy"]')) ?? (await page.$('[data-lateral-kind]'));
  if (first) {
    await first.click();
    // The popover sits in a closed shadow root: wait for it through the DevTools protocol.
    const cdp = await context.newCDPSession(page);
    await pollUntil(
      () => inLateralRootCdp(cdp, ((root: ShadowRoot) => !!root.querySelector('[role="dialog"]')).toString(), undefined),
      10_000,
      'the popover',
    );
    // Let the popover's opening transition finish before the screenshot.
    await page.waitForTimeout(600);
  }
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  const shot = join(root, 'artifacts', 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`\nScreenshot: ${shot}`);
  if (found.length === 0) {
    console.error('Lateral found nothing on the sample page: the build is broken.');
    process.exitCode = 1;
  }
  if (headed && process.exitCode !== 1) {
    console.log('The browser stays open: try the highlights, then close the window to finish.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
