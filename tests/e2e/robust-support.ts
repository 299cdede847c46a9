/**
 * Support for the robustness suites (tests/e2e/robust-*.e2e.ts).
 *
 * The shared harness drives both browsers through one TestPage API. These suites need
 * more of Chromium than that API offers: CDP (to tell errors thrown by the content
 * script's isolated world from the page's own, and to read CPU metrics), init scripts
 * (to snapshot the DOM before the content script runs) and request routing that also
 * sees the service worker. So Chromium is launched here the same way the harness does,
 * with the same dist folder and browser lookup, keeping the context in hand.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { findBrowser, missingBrowserMessage } from '../../scripts/browsers.mjs';
import { KEY_PREFIX, VERSION_KEY } from '../../src/core/settings/storage';
import { SCHEMA_VERSION } from '../../src/core/settings/schema-constants';
import { inLateralRootCdp } from './harness/lateral-root';
import { chromiumExtensionArgs, distDir, launchExtension, pollUntil, type ExtensionSession, type TestPage } from './harness/session';
import { CORPUS_DIR, FIXTURES_DIR, type StaticServer } from './harness/static-server';

export const HIGHLIGHT = '[data-lateral-rule]';
export const SCANNED = 'html[data-lateral-scanned]';

/** Where the real-page corpus comes from: ../shared when present, else the vendored copy. */
export interface Corpus {
  set: 'shared' | 'vendored';
  dir: string;
  files: string[];
}

export function corpus(): Corpus {
  const vendored = join(FIXTURES_DIR, 'corpus');
  const shared = existsSync(CORPUS_DIR);
  const dir = shared ? CORPUS_DIR : vendored;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  return { set: shared ? 'shared' : 'vendored', dir, files };
}

export function vendoredCorpus(): Corpus {
  const dir = join(FIXTURES_DIR, 'corpus');
  return {
    set: 'vendored',
    dir,
    files: readdirSync(dir)
      .filter((n) => n.endsWith('.html'))
      .sort(),
  };
}

/**
 * Saved news pages reference trackers, fonts and scripts on the open web. A page-level
 * CSP keeps the page itself off the network and its scripts from running, so what the
 * test sees is the page's HTML as served, any request to another origin is the
 * extension's, and the page cannot change its own DOM between snapshots. Content
 * scripts are not bound by the page's CSP.
 */
export const LOCAL_ONLY_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; media-src 'self'; frame-src 'self'; connect-src 'self'";

/** What may stand before a <head> that the parser keeps: comments, a doctype and the <html> tag. */
const BEFORE_HEAD =
  /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<html(?:\s[^>]*)?>\s*)?(?:<!--[\s\S]*?-->\s*)*$/i;

export function withLocalOnlyCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${LOCAL_ONLY_CSP}">`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  // Only where <head> is the first element does the parser keep it: a page that puts a
  // <div> before it (yahoo-3) gets an implied head, its own <head> is dropped and a meta
  // after it lands in <body>, where a CSP is ignored. There the meta goes first.
  if (head && BEFORE_HEAD.test(html.slice(0, head.index)))
    return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

export function readCorpusPage(c: Corpus, file: string): string {
  return withLocalOnlyCsp(readFileSync(join(c.dir, file), 'utf8'));
}

/** Serves each corpus page at `${prefix}/${file}`, after `transform` (e.g. adding a story paragraph). */
export function routeCorpus(server: StaticServer, c: Corpus, routes: Record<string, (html: string) => string>): void {
  for (const file of c.files) {
    const html = readCorpusPage(c, file);
    for (const [prefix, transform] of Object.entries(routes)) server.route(`${prefix}/${file}`, transform(html));
  }
}

/** The few console messages a CSP-restricted page produces by itself (blocked loads). */
export function isPageNoise(message: string): boolean {
  return /Content Security Policy|Failed to load resource|net::ERR_|Refused to (load|apply|execute|frame|connect)/i.test(message);
}

// ---------------------------------------------------------------------------------------
// In-page helpers. Playwright and Puppeteer send these functions' source to the page, so
// each one is self-contained.

export interface DomSnapshot {
  /** Every node under <html> in document order: tag + sorted attributes, or text data. */
  serial: string;
  textContent: string;
  innerText: string;
  nodes: number;
  /** Lateral's traces when the snapshot was taken (must be none before the scan). */
  lateralTraces: number;
}

/**
 * Serialises the DOM so that any difference shows: each text node on its own line (so a
 * split or merged text node differs), attributes sorted, shadow roots of page elements
 * included, Lateral's own `data-lateral-scanned` marker on <html> left out (the contract
 * sets it after every pass; everything else must be restored).
 */
export function snapshotDom(): DomSnapshot {
  const lines: string[] = [];
  let nodes = 0;
  const visit = (node: Node, depth: number): void => {
    nodes++;
    const pad = ' '.repeat(Math.min(depth, 40));
    if (node.nodeType === Node.TEXT_NODE) {
      lines.push(`${pad}#text ${JSON.stringify((node as Text).data)}`);
      return;
    }
    if (node.nodeType === Node.COMMENT_NODE) {
      lines.push(`${pad}#comment ${JSON.stringify((node as Comment).data)}`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const attrs = [...el.attributes]
      .filter((a) => !(el === document.documentElement && a.name === 'data-lateral-scanned'))
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort();
    lines.push(`${pad}<${el.localName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
    if (el.shadowRoot) {
      lines.push(`${pad} #shadow-root`);
      for (const child of el.shadowRoot.childNodes) visit(child, depth + 2);
    }
    const kids = el.localName === 'template' ? (el as HTMLTemplateElement).content.childNodes : el.childNodes;
    for (const child of kids) visit(child, depth + 1);
  };
  visit(document.documentElement, 0);
  const traces =
    document.querySelectorAll('[data-lateral-rule], [data-lateral-kind], lateral-mark, lateral-root').length +
    (document.documentElement.hasAttribute('data-lateral-scanned') ? 1 : 0);
  return {
    serial: lines.join('\n'),
    textContent: document.body?.textContent ?? '',
    innerText: document.body?.innerText ?? '',
    nodes,
    lateralTraces: traces,
  };
}

/**
 * Init script: at DOMContentLoaded (before any document_idle content script) keeps a
 * snapshot and the list of the page's own nodes, so a test can later check that undo
 * brought back the very same node objects in the same order.
 */
export function installDomContentLoadedSnapshot(): void {
  const w = window as unknown as { __robust?: { before?: DomSnapshot; nodes?: Node[] } };
  w.__robust = {};
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      // The serialiser is passed in as source by robustInitScript().
      const snap = (window as unknown as { __robustSnapshot: () => DomSnapshot }).__robustSnapshot();
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
      const nodes: Node[] = [];
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
      w.__robust = { before: snap, nodes };
    },
    { once: true },
  );
}

export function robustInitScript(): string {
  return `window.__robustSnapshot = ${snapshotDom.toString()};\n(${installDomContentLoadedSnapshot.toString()})();`;
}

/** In page: are the nodes listed at DOMContentLoaded exactly the nodes in the document now? */
export function sameNodesAsBefore(): { same: boolean; before: number; now: number; firstDifference: number } {
  const w = window as unknown as { __robust?: { nodes?: Node[] } };
  const before = w.__robust?.nodes ?? [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  const now: Node[] = [];
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) now.push(n);
  let firstDifference = -1;
  for (let i = 0; i < Math.max(before.length, now.length); i++) {
    if (before[i] !== now[i]) {
      firstDifference = i;
      break;
    }
  }
  return { same: before.length > 0 && firstDifference === -1, before: before.length, now: now.length, firstDifference };
}

/** First differing line of two serialisations, with context, for a readable failure. */
export function firstDiff(a: string, b: string): string {
  if (a === b) return '';
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}:\n  before: ${al[i]?.slice(0, 300)}\n  after:  ${bl[i]?.slice(0, 300)}`;
  }
  return 'lengths differ';
}

// ---------------------------------------------------------------------------------------
// Chromium with CDP.

export interface RequestRecord {
  url: string;
  /** Who asked: the service worker, an extension page, or a web page. */
  from: 'service-worker' | 'page';
  frameUrl: string;
}

export interface RobustTab {
  page: Page;
  cdp: CDPSession;
  /** Uncaught exceptions and console errors from Lateral's content-script world. */
  extensionErrors: string[];
  /** Uncaught exceptions and console errors from the page's own world. */
  pageErrors: string[];
  /** CDP ids of the content-script worlds Lateral runs in on this tab. */
  extensionContexts: Set<number>;
  close(): Promise<void>;
}

export interface RobustChromium {
  context: BrowserContext;
  worker: Worker;
  extensionBase: string;
  requests: RequestRecord[];
  newTab(options?: { snapshotBeforeScan?: boolean }): Promise<RobustTab>;
  /** A tab on Lateral's options page, for writing settings through storage. */
  extensionTab(path?: string): Promise<RobustTab>;
  close(): Promise<void>;
}

export async function launchRobustChromium(): Promise<RobustChromium> {
  const executablePath: string | undefined = findBrowser('chromium');
  if (!executablePath) throw new Error(missingBrowserMessage('chromium'));
  const dir = distDir('chromium');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no Chromium build in ${dir}: run LATERAL_DIST_ROOT=${process.env.LATERAL_DIST_ROOT ?? 'dist'} node scripts/build.mjs`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'lateral-robust-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumExtensionArgs(dir),
  });
  const requests: RequestRecord[] = [];
  context.on('request', (request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    requests.push({ url: request.url(), from: request.serviceWorker() ? 'service-worker' : 'page', frameUrl });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionBase = new URL('/', worker.url()).href;

  const wrap = async (page: Page): Promise<RobustTab> => {
    const cdp = await context.newCDPSession(page);
    const extensionContexts = new Set<number>();
    const extensionErrors: string[] = [];
    const pageErrors: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: ctx }) => {
      if (ctx.origin.startsWith('chrome-extension://') && ctx.auxData?.type === 'isolated') extensionContexts.add(ctx.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const text = `${d.exception?.description ?? d.text} (${d.url ?? ''}:${d.lineNumber})`;
      if (d.executionContextId !== undefined && extensionContexts.has(d.executionContextId)) extensionErrors.push(text);
      else if ((d.url ?? '').startsWith('chrome-extension://')) extensionErrors.push(text);
      else pageErrors.push(text);
    });
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type !== 'error' && event.type !== 'assert') return;
      const text = event.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
      if (extensionContexts.has(event.executionContextId)) extensionErrors.push(text);
      else if (!isPageNoise(text)) pageErrors.push(text);
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level !== 'error' || isPageNoise(entry.text)) return;
      if ((entry.url ?? '').startsWith('chrome-extension://')) extensionErrors.push(entry.text);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    return { page, cdp, extensionErrors, pageErrors, extensionContexts, close: () => page.close() };
  };

  return {
    context,
    worker,
    extensionBase,
    requests,
    newTab: async (options = {}) => {
      const page = await context.newPage();
      if (options.snapshotBeforeScan) await page.addInitScript({ content: robustInitScript() });
      return wrap(page);
    },
    extensionTab: async (path = 'src/pages/options/index.html') => {
      const page = await context.newPage();
      const tab = await wrap(page);
      await page.goto(extensionBase + path, { waitUntil: 'load' });
      return tab;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface StorageApi {
  storage: {
    sync: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
}

/**
 * Writes raw values into storage.sync from an extension page, exactly as the settings
 * module stores them (one key per top-level setting, only differences from defaults).
 * `null` removes a key.
 */
export async function writeSyncStorage(
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>,
  values: Record<string, unknown>,
): Promise<void> {
  await evaluate(async (entries: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const api = (g.browser ?? g.chrome)!;
    const remove = Object.keys(entries).filter((k) => entries[k] === null);
    const set = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null));
    if (remove.length) await api.storage.sync.remove(remove);
    if (Object.keys(set).length) await api.storage.sync.set(set);
  }, values);
}

type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/**
 * Lateral's global switch, written the way the settings module stores it (`settings.enabled`,
 * only when off). One storage operation per call: Chrome allows 120 sync writes a minute.
 */
export async function setLateralEnabled(evaluate: Evaluate, enabled: boolean): Promise<void> {
  if (enabled) await writeSyncStorage(evaluate, { [`${KEY_PREFIX}enabled`]: null });
  else await writeSyncStorage(evaluate, { [`${KEY_PREFIX}enabled`]: false, [VERSION_KEY]: SCHEMA_VERSION });
}

/**
 * Custom phrases for the story's two names. Lateral always highlights a reader's own
 * phrases, so the suites get highlights to undo whatever rules the bundled pack ships;
 * neither phrase occurs in any corpus page.
 */
export const STORY_PHRASES = [
  { topic: 'call', phrase: 'Witkoff–Ushakov call' },
  { topic: 'plan', phrase: '28-point peace plan' },
];

export function useStoryPhrases(evaluate: Evaluate): Promise<void> {
  return writeSyncStorage(evaluate, { [`${KEY_PREFIX}customPhrases`]: STORY_PHRASES, [VERSION_KEY]: SCHEMA_VERSION });
}

export async function readSyncStorage(
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>,
): Promise<Record<string, unknown>> {
  return evaluate(async () => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const api = (g.browser ?? g.chrome)!;
    return await api.storage.sync.get(null);
  }, undefined);
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Local test server pages and the browser's/extension's own schemes are the only allowed destinations. */
export function isAllowedDestination(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || /^(chrome-extension|moz-extension|data|blob|about|chrome):/.test(url);
}

/**
 * Firefox through the shared harness, with Lateral's options page open as the control
 * page (for storage writes) and the story phrases set.
 */
export async function launchFirefoxWithStoryPhrases(): Promise<{ session: ExtensionSession; control: TestPage }> {
  const session = await launchExtension('firefox');
  const control = await session.openExtensionPage('src/pages/options/index.html');
  await useStoryPhrases((fn, arg) => control.evaluate(fn, arg));
  return { session, control };
}

/** Waits until Lateral's popover has content (inside its closed shadow root). */
export function waitForPopover(tab: RobustTab, timeoutMs = 10_000): Promise<void> {
  return pollUntil(
    () => inLateralRootCdp<boolean>(tab.cdp, ((root: ShadowRoot) => root.querySelectorAll('*').length > 3).toString(), undefined),
    timeoutMs,
    'the popover',
  );
}
