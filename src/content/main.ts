/**
 * Content script entry: the one script every page loads. It holds only what every
 * page needs: the settings (read from storage, see ./settings), whether Lateral runs
 * on this page (the same pure `inactiveReason` the popup uses), one read of the page's
 * text and the pack's gate. Only a page whose text passes the gate loads the rest
 * (./active-page: matcher, mark.js, DOM watcher, popover). A settings change tears
 * the page down (exact undo) and starts again.
 *
 * A page that fails the gate is looked at again only when its URL changes (an SPA
 * route): watching every page's DOM for text that might pass later would cost every
 * unrelated page an observer.
 */
import { bundledGate } from 'virtual:lateral/gate';
import { activePageFile } from 'virtual:lateral/stages';
import { gateFrom, gateSources } from '../core/detect/gate';
import { passesInPieces } from '../core/scan/gate-in-pieces';
import type { PageReport } from '../core/messages';
import { inactiveReason, type InactiveReason } from '../core/settings/inactive';
import { importExtensionModule, readInstalledGatePatterns } from '../platform/content-start';
import { answerContentMessages, sendToBackground } from '../platform/messaging';
import type * as ActivePageModule from './active-page';
import type { ActivePage } from './active-page';
import { LONG_TEXT, SCANNED_ATTR } from './constants';
import { readSettingsForPage, watchSettings } from './settings';

/** The next idle slice (./idle has the full scheduler; this script keeps to the minimum). */
const idle = () => new Promise<void>((go) => requestIdleCallback(() => go(), { timeout: 500 }));

/** The report of a page without findings (./report builds the others, in the lazy part). */
function emptyReport(url: string, inactive?: InactiveReason): PageReport {
  return { url, ...(inactive ? { inactiveReason: inactive } : {}), mentions: 0, discrepancies: 0, topics: [], findings: [] };
}

let active: ActivePage | null = null;
let lastReport: PageReport = emptyReport(location.href);
/** True once a report went to the background: an empty one must then follow to clear it. */
let reported = false;
let generation = 0;
/** True while <html> carries the scanned marker this script set for a page that failed the gate. */
let gateMarked = false;
const lifetime = new AbortController();

function sendReport(report: PageReport): void {
  lastReport = report;
  const empty = report.findings.length === 0;
  // An empty report on a fresh page would only wake the background to clear a badge
  // the browser already reset on navigation.
  if (empty && !reported) return;
  reported = !empty;
  void sendToBackground({ type: 'page-report', report });
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const [settings, installedGates] = await Promise.all([readSettingsForPage(), readInstalledGatePatterns()]);
  if (mine !== generation) return;
  active?.destroy();
  active = null;
  // The marker this script set when the page failed the gate goes with the pass it
  // describes, so switching Lateral off leaves no trace of it.
  if (gateMarked) {
    document.documentElement.removeAttribute(SCANNED_ATTR);
    gateMarked = false;
  }
  const reason = inactiveReason(settings, location.href);
  if (reason) {
    sendReport(emptyReport(location.href, reason));
    return;
  }
  // The bundled packs' gate comes joined from the build; only installed packs and the
  // reader's own phrases are added here.
  const gate = gateFrom(
    gateSources(
      installedGates,
      settings.customPhrases.map((custom) => custom.phrase),
      bundledGate,
    ),
  );
  const root = document.body ?? document.documentElement;
  const text = root.textContent ?? '';
  if (text.length > LONG_TEXT) await idle();
  if (mine !== generation) return;
  const passes = await passesInPieces(gate, text, idle);
  if (mine !== generation) return;
  if (!passes) {
    document.documentElement.setAttribute(SCANNED_ATTR, '');
    gateMarked = true;
    sendReport(emptyReport(location.href));
    return;
  }
  // Whether the page is being left is watched only while the second stage loads: a
  // `pagehide` listener on every page would run in the task that commits the next page.
  const leaving = watchLeaving();
  // By URL, not by a bundled import (see build/vite-plugin-content-stages.ts).
  let module: typeof ActivePageModule;
  try {
    module = await importExtensionModule<typeof ActivePageModule>(activePageFile);
  } catch (error) {
    // Leaving the page cancels the import (Firefox reports it as a failed load); that is
    // not an error of Lateral's. Any other failure is.
    if (leaving.now) return;
    throw error;
  } finally {
    leaving.stop();
  }
  const { ActivePage } = module;
  if (mine !== generation || leaving.now) return;
  active = new ActivePage({ settings, gate, onReport: sendReport });
}

/** Follows whether the page is being left (work still in flight then has nowhere to go), until `stop()`. */
function watchLeaving(): { readonly now: boolean; stop(): void } {
  const watching = new AbortController();
  const state = { now: false, stop: () => watching.abort() };
  const { signal } = watching;
  addEventListener('pagehide', () => (state.now = true), { signal });
  addEventListener('pageshow', () => (state.now = false), { signal });
  return state;
}

/** A page that failed the gate gets one more look after an SPA route change. */
function watchRoutes(): void {
  let href = location.href;
  const check = () => {
    if (location.href === href) return;
    href = location.href;
    if (!active) void idle().then(refresh);
  };
  const { signal } = lifetime;
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  const nav = (globalThis as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('currententrychange', check, { signal });
}

answerContentMessages(async (message) => {
  switch (message.type) {
    case 'get-report':
      return active?.report() ?? lastReport;
    case 'focus-finding':
      return active?.focusFinding(message.index) ?? false;
    case 'step-finding':
      return active?.stepFinding(message.direction) ?? false;
  }
}, lifetime.signal);

watchSettings(() => void refresh(), lifetime.signal);

watchRoutes();
void refresh();
