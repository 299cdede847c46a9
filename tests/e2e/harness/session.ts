import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium as playwrightChromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PptBrowser, type Page as PptPage } from 'puppeteer-core';
import { findBrowser, missingBrowserMessage } from '../../../scripts/browsers.mjs';
import { inLateralRootBidi, inLateralRootCdp } from './lateral-root';
import { REPO_ROOT } from './static-server';

export type BrowserName = 'chromium' | 'firefox';

/** The slice of a page both drivers offer, so every e2e test is written once for both browsers. */
export interface TestPage {
  goto(url: string): Promise<void>;
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script source in the page (for injecting test libraries such as axe-core). */
  evaluateScript(source: string): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Runs `fn` with the closed shadow root of Lateral's `<lateral-root>` (null when there
   * is none). `fn` is sent as source: it must be self-contained.
   */
  inLateralRoot<R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R | null>;
  /** Polls `inLateralRoot(fn)` until it returns something truthy. */
  waitForLateralRoot<A = undefined>(fn: (root: ShadowRoot, arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Prints the page to PDF (A4, print CSS, the page's own @page sizes) and returns the file. */
  pdf?(): Promise<Buffer>;
  /** Uncaught errors and console errors seen on this page. */
  errors: string[];
  close(): Promise<void>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** Base URL of the extension, e.g. `chrome-extension://abc/`. */
  extensionBase: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page such as `src/pages/options/index.html` in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Every URL the browser requested (pages, subresources, extension fetches) since launch. */
  requests: string[];
  close(): Promise<void>;
}

export function distDir(name: BrowserName): string {
  const root = process.env.LATERAL_DIST_ROOT ?? 'dist';
  return resolve(REPO_ROOT, root, name === 'chromium' ? 'chrome' : 'firefox');
}

function requireBrowser(name: BrowserName): string {
  const path: string | undefined = findBrowser(name);
  // Never skip: a missing browser is a failed run with the install command in the message.
  if (!path) throw new Error(missingBrowserMessage(name));
  return path;
}

/** How the browser presents itself to pages: its colour scheme and its UI language (Lateral's strings follow it). */
export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** In Firefox ESR this needs the language pack (Debian: firefox-esr-l10n-<lang>); without it the run fails and says so. */
  uiLanguage?: string;
}

export async function launchExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

const POLL = 50;

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs`. */
export async function pollUntil(probe: () => Promise<unknown>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, POLL));
  }
}

export function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  let cdp: Promise<CDPSession> | null = null;
  const inLateralRoot = async <R, A>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R | null> => {
    cdp ??= page.context().newCDPSession(page);
    return inLateralRootCdp<R>(await cdp, fn.toString(), arg);
  };
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return {
    errors,
    inLateralRoot,
    waitForLateralRoot: (fn, arg, timeout) => pollUntil(() => inLateralRoot(fn, arg), timeout, 'the popover'),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => void (await page.evaluate(source)),
    waitForSelector: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout, state: 'attached' })),
    waitForFunction: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout, polling: POLL })),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    focus: (selector) => page.focus(selector),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: false })),
    pdf: () => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }),
    close: () => page.close(),
  };
}

/**
 * Chromium flags for a test profile with Lateral loaded from `dir`. The background
 * services are switched off: this machine has no network, and their refused
 * connections would only add noise to the request logs the privacy tests read.
 */
/** "Shift+Tab" as Playwright takes it: puppeteer's `press` knows one key, so modifiers are held around it. */
async function pressChord(
  keyboard: { down(key: never): Promise<void>; up(key: never): Promise<void>; press(key: never): Promise<void> },
  chord: string,
): Promise<void> {
  const keys = chord.length > 1 ? chord.split('+') : [chord];
  const key = keys.pop()!;
  for (const modifier of keys) await keyboard.down(modifier as never);
  await keyboard.press(key as never);
  for (const modifier of keys.reverse()) await keyboard.up(modifier as never);
}

export function chromiumExtensionArgs(dir: string): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const executablePath = requireBrowser('chromium');
  const dir = distDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'lateral-chromium-'));
  const context: BrowserContext = await playwrightChromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumExtensionArgs(dir), ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [])],
    ...(options.uiLanguage ? { locale: options.uiLanguage, env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionBase = new URL('/', worker.url()).href;
  return {
    name: 'chromium',
    extensionBase,
    requests,
    newPage: async () => wrapPlaywright(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(extensionBase + path);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrapPuppeteer(page: PptPage, initialUrl = page.url()): TestPage {
  const errors: string[] = [];
  const inLateralRoot = <R, A>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R | null> => {
    const connection = (page.browser() as unknown as { connection: Parameters<typeof inLateralRootBidi>[0] }).connection;
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    return inLateralRootBidi<R>(connection, context, fn.toString(), arg);
  };
  let href = initialUrl;
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return {
    errors,
    inLateralRoot,
    waitForLateralRoot: (fn, arg, timeout) => pollUntil(() => inLateralRoot(fn, arg), timeout, 'the popover'),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      href = url;
    },
    // BiDi can report extension tabs as about:blank; the page itself knows its URL.
    url: () => href,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateScript: async (source) => void (await page.evaluate(source)),
    waitForSelector: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    waitForFunction: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, { timeout, polling: POLL }, arg)),
    click: (selector) => page.click(selector),
    press: (key) => pressChord(page.keyboard, key),
    type: (text) => page.keyboard.type(text),
    focus: (selector) => page.focus(selector),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path })),
    pdf: async () => Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })),
    close: () => page.close(),
  };
}

/**
 * Firefox ESR through WebDriver BiDi. BiDi will not navigate a tab to a
 * moz-extension:// URL, so extension pages are opened by the extension itself:
 * Lateral opens its welcome page on install, and from any extension page a test
 * asks `tabs.create` for the page it wants, then attaches to the new tab.
 */
async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const executablePath = requireBrowser('firefox');
  const browser: PptBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Quiet profile: no telemetry, updates or remote settings traffic during tests.
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'network.captive-portal-service.enabled': false,
      // 0 dark, 1 light: what prefers-color-scheme reports to pages, extension pages included.
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
      // Firefox runs in this language only when its language pack is installed beside it (checked below).
      ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage } : {}),
    },
  });
  const requests: string[] = [];
  const track = (page: PptPage) => page.on('request', (request) => void requests.push(request.url()));
  browser.on('targetcreated', (target) => {
    void target
      .page()
      .catch(() => null)
      .then((page) => page && track(page));
  });
  for (const page of await browser.pages()) track(page);
  await browser.installExtension(distDir('firefox'));
  // BiDi reports extension tabs as about:blank, so ask each page where it really is.
  const findPage = async (match: (href: string) => boolean, timeoutMs = 15_000): Promise<PptPage> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (match(href)) return page;
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('Firefox: the extension page did not open in time');
  };
  const launcherPage = await findPage((href) => href.startsWith('moz-extension://'));
  const extensionBase = new URL('/', await launcherPage.evaluate(() => location.href)).href;
  if (options.uiLanguage) {
    const language = await launcherPage.evaluate(() =>
      (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage(),
    );
    if (!language.startsWith(options.uiLanguage)) {
      await browser.close();
      throw new Error(
        `Firefox runs in "${language}", not "${options.uiLanguage}": install its language pack (sudo apt-get install -y firefox-esr-l10n-${options.uiLanguage})`,
      );
    }
  }

  const openExtensionPage = async (path: string): Promise<TestPage> => {
    const url = extensionBase + path;
    await launcherPage.evaluate((target: string) => {
      // Runs inside an extension page, where the WebExtension API is available.
      const api = (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }).browser;
      void api.tabs.create({ url: target });
    }, url);
    const page = await findPage((href) => href === url);
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
    return wrapPuppeteer(page, url);
  };

  return {
    name: 'firefox',
    extensionBase,
    requests,
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    openExtensionPage,
    close: () => browser.close(),
  };
}
