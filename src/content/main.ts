/**
 * Content script entry. Asks the background for the effective settings, decides
 * whether Lateral runs on this page (the same pure `inactiveReason` the popup
 * uses), and runs one Annotation while active. A settings change or an SPA
 * navigation tears the annotation down (exact undo) and starts again, and the
 * page report goes to the background after every completed pass.
 */
import { gatePatterns } from 'virtual:lateral/gate';
import { createGate } from '../core/detect/gate';
import type { PageReport, ToContent } from '../core/messages';
import { inactiveReason } from '../core/settings/inactive';
import { browser } from '../platform/browser';
import { enabledGatePatterns, enabledPacks } from '../platform/pack-store';
import { Annotation } from './annotation';
import { nextSlice } from './idle';
import { buildReport } from './report';
import { loadSettings, watchSettings, type Settings } from './settings';

let annotation: Annotation | null = null;
let current: Settings | null = null;
let lastReport: PageReport = buildReport(location.href, []);
let generation = 0;

function sendReport(report: PageReport): void {
  lastReport = report;
  browser.runtime.sendMessage({ type: 'page-report', report }).catch(() => undefined);
}

/**
 * The matcher and the compiled packs are a separate chunk, loaded only on pages whose
 * text passes the gate; every other page pays for the gate alone.
 */
async function loadMatcher(settings: Settings, signal: AbortSignal) {
  const [{ createPageMatcher }, packs] = await Promise.all([import('./page-matcher'), enabledPacks()]);
  // Evaluating the chunk was one task; creating the matcher gets an idle slice of its own.
  await nextSlice(signal);
  return createPageMatcher(settings, packs);
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const [settings, installedGates] = await Promise.all([loadSettings(), enabledGatePatterns()]);
  if (mine !== generation) return;
  current = settings;
  annotation?.destroy();
  annotation = null;
  const reason = inactiveReason(settings, location.href);
  if (reason) {
    sendReport(buildReport(location.href, [], reason));
    return;
  }
  annotation = new Annotation({
    loadMatcher: (signal) => loadMatcher(settings, signal),
    gate: createGate(
      [...gatePatterns, ...installedGates],
      settings.customPhrases.map((custom) => custom.phrase),
    ),
    look: settings.highlight,
    onReport: sendReport,
    onNavigate,
  });
  await annotation.start();
}

/**
 * An SPA changed the URL: the DOM watcher already handles the new content, so only
 * the site rules are checked again (a listed path may now be out of scope).
 */
function onNavigate(href: string): void {
  if (!current || !annotation) return;
  const reason = inactiveReason(current, href);
  if (reason) {
    annotation.destroy();
    annotation = null;
    sendReport(buildReport(href, [], reason));
  } else {
    sendReport(annotation.report());
  }
}

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as ToContent;
  switch (m?.type) {
    case 'get-report':
      return Promise.resolve(annotation ? annotation.report() : lastReport);
    case 'focus-finding':
      return Promise.resolve(annotation?.focusFinding(m.index) ?? false);
    case 'step-finding':
      return Promise.resolve(annotation?.stepFinding(m.direction) ?? false);
    default:
      return undefined;
  }
});

watchSettings(() => void refresh(), new AbortController().signal);
void refresh();
