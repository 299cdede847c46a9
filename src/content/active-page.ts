/**
 * Lateral on a page whose text passed the gate, for one settings snapshot: one
 * PageController (matcher, highlights, DOM watcher, popover), the commands that move
 * between findings, and the site rules checked again after an SPA navigation. Loaded
 * by ./main as a lazy chunk, so pages that never pass the gate never load any of it.
 */
import type { Gate } from '../core/detect/gate';
import type { PageReport } from '../core/messages';
import { inactiveReason } from '../core/settings/inactive';
import { t } from '../platform/i18n';
import { enabledPacks } from '../platform/pack-store';
import { nextSlice, runSteps } from './idle';
import { PageController } from './page-controller';
import { buildReport } from './report';
import type { Settings } from './settings';

export interface ActivePageOptions {
  settings: Settings;
  gate: Gate;
  /** Called after every completed pass, and when the page leaves Lateral's scope. */
  onReport: (report: PageReport) => void;
}

/**
 * The matcher and the compiled packs are a chunk of their own: evaluating this chunk
 * is one task, evaluating the packs another; the checks are prepared one by one in idle
 * slices (see preparationSteps), and creating the matcher gets a slice of its own.
 */
async function loadMatcher(settings: Settings, signal: AbortSignal) {
  const [{ createPageMatcher, preparationSteps }, packs] = await Promise.all([import('./page-matcher'), enabledPacks()]);
  await nextSlice(signal);
  // The first message read creates the page's i18n bindings, which takes a step of its
  // own rather than a place in the first highlights (their labels are messages).
  await runSteps([() => void t('popoverMarkMention'), ...preparationSteps(packs)], signal);
  await nextSlice(signal);
  return createPageMatcher(settings, packs);
}

export class ActivePage {
  private controller: PageController | null;

  constructor(private readonly options: ActivePageOptions) {
    const { settings } = options;
    this.controller = new PageController({
      loadMatcher: (signal) => loadMatcher(settings, signal),
      gate: options.gate,
      look: settings.highlight,
      onReport: options.onReport,
      onNavigate: (href) => this.onNavigate(href),
    });
    void this.controller.start();
  }

  /** The live report, or null once the page has left Lateral's scope. */
  report(): PageReport | null {
    return this.controller?.report() ?? null;
  }

  focusFinding(index: number): boolean {
    return this.controller?.focusFinding(index) ?? false;
  }

  stepFinding(direction: 1 | -1): boolean {
    return this.controller?.stepFinding(direction) ?? false;
  }

  /**
   * An SPA changed the URL: the DOM watcher already handles the new content, so only
   * the site rules are checked again (a listed path may now be out of scope).
   */
  private onNavigate(href: string): void {
    if (!this.controller) return;
    const reason = inactiveReason(this.options.settings, href);
    if (reason) {
      this.destroy();
      this.options.onReport(buildReport(href, [], reason));
    } else {
      this.options.onReport(this.controller.report());
    }
  }

  /** Exact undo of everything the page controller changed. */
  destroy(): void {
    this.controller?.destroy();
    this.controller = null;
  }
}
