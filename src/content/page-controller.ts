/**
 * The page controller: one activation of Lateral on a page, for one settings
 * snapshot. It wires the highlighter, the UI host, the DOM watcher, the scan driver
 * (./scan-driver) and the popover, and owns all they change: every change has an
 * owner with a destroy path, and all listeners hang off one AbortController, so
 * `destroy()` is one abort plus the exact undo of highlights.
 */
import type { Gate } from '../core/detect/gate';
import type { Matcher } from '../core/detect/index';
import type { PageReport } from '../core/messages';
import { DesignModeWatch, DomWatcher, type ChangedRoots } from './dom-watcher';
import { Highlighter, type Finding } from './highlighter';
import { SCANNED_ATTR } from './constants';
import { UiHost } from './host';
import { t } from '../platform/i18n';
import { MarkFocus } from './mark-focus';
import { NavigationWatch } from './navigation';
import type { HighlightLook } from './page-style';
import { PopoverController } from './popover-controller';
import { buildReport } from './report';
import { ScanDriver } from './scan-driver';

/** How often `<lateral-root>` is put back after the page removed it. */
export const MAX_HOST_RESTORES = 10;

export interface PageControllerOptions {
  /** Loads the matcher; called only once page text passes the gate. Aborted on teardown. */
  loadMatcher: (signal: AbortSignal) => Promise<Matcher>;
  gate: Gate;
  look: HighlightLook;
  /** Called after every completed pass, with the page's report. */
  onReport: (report: PageReport) => void;
  /** The URL changed without a reload (SPA). */
  onNavigate: (href: string) => void;
  doc?: Document;
}

/** A random value per activation: page code cannot know it before Lateral's first highlight. */
function pageKey(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function labelFor(finding: Finding): string {
  const key = finding.hit.kind === 'discrepancy' ? 'popoverMarkDiscrepancy' : 'popoverMarkMention';
  return t(key);
}

/** A Tab stop's description also says how to reach the highlights that are not stops. */
function stopLabelFor(finding: Finding): string {
  return t('popoverMarkStop', labelFor(finding));
}

export class PageController {
  private readonly lifetime = new AbortController();
  private readonly doc: Document;
  readonly highlighter: Highlighter;
  private readonly host: UiHost;
  private readonly watcher: DomWatcher;
  private readonly scanDriver: ScanDriver;
  readonly popover: PopoverController;
  private readonly marks: MarkFocus;
  private readonly navigation: NavigationWatch;
  private readonly designMode: DesignModeWatch;
  private ready: Promise<void> = Promise.resolve();
  private hostRestores = 0;
  /** Batches of page changes waiting for the pass before them to finish. */
  private waitingBatches = 0;
  /** A pass over the whole page (the first, or after designMode) is under way. */
  private fullPassRunning = false;

  constructor(private readonly options: PageControllerOptions) {
    this.doc = options.doc ?? document;
    const signal = this.lifetime.signal;
    const key = pageKey();
    this.highlighter = new Highlighter({ label: labelFor, key });
    this.host = new UiHost(options.look, this.doc, key);
    this.watcher = new DomWatcher(
      {
        isOwn: (node) => this.highlighter.owns(node) || this.host.contains(node),
        release: (text) => this.highlighter.release(text),
        process: (changes) => this.onChanges(changes),
        editable: (el) => this.watcher.own(() => this.highlighter.clear(el)),
        removed: (block, mark) => this.highlighter.removedByPage(block, mark),
        ignored: (el) => this.highlighter.isLeftAlone(el),
        hostRemoved: () => this.restoreHost(),
        caughtUp: () => this.markScanned(),
      },
      signal,
      this.doc,
    );
    const own = <T>(edit: () => T): T => this.watcher.own(edit);
    this.scanDriver = new ScanDriver({
      highlighter: this.highlighter,
      matcher: () => options.loadMatcher(signal),
      gate: options.gate,
      own,
      onIndexed: (index) => index.shadowRoots?.forEach((root) => this.watcher.observeRoot(root)),
      signal,
      doc: this.doc,
    });
    this.designMode = new DesignModeWatch((on) => void this.onDesignMode(on), signal, this.doc);
    this.popover = new PopoverController(this.host, this.highlighter, own, signal, this.doc);
    this.marks = new MarkFocus({
      highlighter: this.highlighter,
      popover: this.popover,
      label: labelFor,
      stopLabel: stopLabelFor,
      isOwnUi: (node) => this.host.contains(node),
      own,
      signal,
      doc: this.doc,
    });
    this.navigation = new NavigationWatch(options.onNavigate, signal, this.doc.defaultView ?? window);
  }

  /** First pass over the page, then watch it. */
  start(): Promise<void> {
    // Watch from the start so content added during the first pass is not missed;
    // batches wait for the first pass to finish.
    this.watcher.start();
    this.ready = (this.designMode.isOn() ? Promise.resolve() : this.wholePage()).then(() => this.completed()).catch(() => undefined);
    return this.ready;
  }

  private async wholePage(): Promise<void> {
    this.fullPassRunning = true;
    try {
      await this.scanDriver.fullPass();
    } finally {
      this.fullPassRunning = false;
    }
  }

  private async onChanges(changes: ChangedRoots): Promise<void> {
    this.waitingBatches++;
    try {
      await this.ready;
    } finally {
      this.waitingBatches--;
    }
    this.navigation.check();
    this.designMode.check();
    // The whole page is editable: nothing is highlighted until designMode is off again.
    if (this.designMode.isOn()) return;
    this.highlighter.prune();
    if (changes.kind === 'page') {
      await this.scanDriver.fullPass(true);
    } else {
      const roots = changes.restyled ? [...changes.roots, ...this.highlighter.restyled()] : changes.roots;
      if (roots.length === 0) return;
      if (await this.scanDriver.partialPass(roots)) {
        // The new content made the page about the story: ambiguous words elsewhere now count.
        await this.scanDriver.fullPass();
      }
    }
    this.completed();
  }

  /** designMode on: every highlight goes at once (the page may save its HTML); off: the page is read again. */
  private async onDesignMode(on: boolean): Promise<void> {
    if (on) {
      this.watcher.own(() => this.highlighter.clear());
      this.completed();
      return;
    }
    await this.ready;
    this.ready = this.wholePage()
      .then(() => this.completed())
      .catch(() => undefined);
  }

  /**
   * The page removed `<lateral-root>`: it goes back, with the popover inside it, a few
   * times; a page that keeps removing it is then left without it (highlights stay).
   */
  private restoreHost(): void {
    if (this.hostRestores >= MAX_HOST_RESTORES || this.lifetime.signal.aborted) return;
    this.hostRestores++;
    this.watcher.own(() => this.host.ensure());
  }

  private completed(): void {
    if (this.lifetime.signal.aborted) return;
    if (this.highlighter.size > 0) this.watcher.own(() => this.host.ensure());
    this.marks.refreshStops();
    this.markScanned();
    this.options.onReport(this.report());
  }

  /**
   * Says on the page that Lateral has read all of its text, once no change the page made
   * waits for a batch: text added while a pass ran is read by the batch after it, and
   * that batch says so. Tests and the benchmark wait for this mark.
   */
  private markScanned(): void {
    if (this.lifetime.signal.aborted || this.fullPassRunning || this.waitingBatches > 0 || this.watcher.hasWaitingChanges()) return;
    this.doc.documentElement.setAttribute(SCANNED_ATTR, '');
  }

  report(): PageReport {
    const ordered = this.highlighter.ordered();
    const report = buildReport(this.doc.location?.href ?? '', ordered);
    // The popup names a wrong date in its headline, as the popover does.
    report.findings.forEach((summary, i) => {
      const claimed = ordered[i]?.hit.claimed;
      if (claimed) summary.claimed = claimed;
    });
    const leftAlone = this.highlighter.leftAloneBlocks;
    return leftAlone > 0 ? { ...report, leftAlone } : report;
  }

  setLook(look: HighlightLook): void {
    this.host.setLook(look);
  }

  /** Moves focus to finding `index` (document order): the popup's list. */
  focusFinding(index: number): boolean {
    return this.marks.focusFinding(index);
  }

  /** Next or previous finding, wrapping around: the browser shortcuts. */
  stepFinding(direction: 1 | -1): boolean {
    return this.marks.stepFinding(direction);
  }

  /** Exact undo: every highlight removed, the original text nodes restored, the UI host gone. */
  destroy(): void {
    this.lifetime.abort();
    this.highlighter.clear();
    this.host.destroy();
    this.doc.documentElement.removeAttribute(SCANNED_ATTR);
  }
}
