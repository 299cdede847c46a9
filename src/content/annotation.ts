/**
 * One activation of Lateral on a page, for one settings snapshot. Everything it
 * changes has an owner with a destroy path, and all listeners hang off one
 * AbortController, so `destroy()` is one abort plus the exact undo of highlights.
 */
import type { Gate } from '../core/detect/gate';
import type { Matcher } from '../core/detect/index';
import type { PageReport } from '../core/messages';
import { Annotator } from './annotator';
import { DomWatcher, type ChangedRoots } from './dom-watcher';
import { Highlighter, type Finding } from './highlighter';
import { UiHost } from './host';
import { t } from './i18n';
import { NavigationWatch } from './navigation';
import type { HighlightLook } from './page-style';
import { PopoverController } from './popover-controller';
import { buildReport } from './report';

export const SCANNED_ATTR = 'data-lateral-scanned';

export interface AnnotationOptions {
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

function labelFor(finding: Finding): string {
  const key = finding.hit.kind === 'discrepancy' ? 'popoverMarkDiscrepancy' : 'popoverMarkMention';
  return t(key, [finding.text.replace(/\s+/g, ' ').trim()]);
}

export class Annotation {
  private readonly controller = new AbortController();
  private readonly doc: Document;
  readonly highlighter: Highlighter;
  private readonly host: UiHost;
  private readonly watcher: DomWatcher;
  private readonly annotator: Annotator;
  readonly popover: PopoverController;
  private readonly navigation: NavigationWatch;
  private ready: Promise<void> = Promise.resolve();
  /** The finding the step commands last moved to, so repeated steps walk on from it. */
  private stepAt = -1;

  constructor(private readonly options: AnnotationOptions) {
    this.doc = options.doc ?? document;
    const signal = this.controller.signal;
    this.highlighter = new Highlighter({ label: labelFor });
    this.host = new UiHost(options.look, this.doc);
    this.watcher = new DomWatcher(
      {
        isOwn: (node) => this.highlighter.owns(node) || this.host.contains(node),
        release: (text) => this.highlighter.release(text),
        process: (changes) => this.onChanges(changes),
      },
      signal,
      this.doc,
    );
    const own = <T>(edit: () => T): T => this.watcher.own(edit);
    this.annotator = new Annotator({
      highlighter: this.highlighter,
      matcher: () => options.loadMatcher(signal),
      gate: options.gate,
      own,
      signal,
      doc: this.doc,
    });
    this.popover = new PopoverController(this.host, this.highlighter, own, signal, this.doc);
    this.navigation = new NavigationWatch(options.onNavigate, signal, this.doc.defaultView ?? window);
  }

  /** First pass over the page, then watch it. */
  start(): Promise<void> {
    // Watch from the start so content added during the first pass is not missed;
    // batches wait for the first pass to finish.
    this.watcher.start();
    this.ready = this.annotator
      .fullPass()
      .then(() => this.completed())
      .catch(() => undefined);
    return this.ready;
  }

  private async onChanges(changes: ChangedRoots): Promise<void> {
    await this.ready;
    this.navigation.check();
    this.highlighter.prune();
    if (changes.kind === 'page') {
      this.watcher.own(() => this.highlighter.clear());
      await this.annotator.fullPass();
    } else if (await this.annotator.partialPass(changes.roots)) {
      // The new content made the page about the story: ambiguous words elsewhere now count.
      await this.annotator.fullPass();
    }
    this.completed();
  }

  private completed(): void {
    if (this.controller.signal.aborted) return;
    if (this.highlighter.size > 0) this.watcher.own(() => this.host.ensure());
    this.doc.documentElement.setAttribute(SCANNED_ATTR, '');
    this.options.onReport(this.report());
  }

  report(): PageReport {
    return buildReport(this.doc.location?.href ?? '', this.highlighter.ordered());
  }

  setLook(look: HighlightLook): void {
    this.host.setLook(look);
  }

  /** Moves focus to finding `index` (document order) and scrolls it into view. */
  focusFinding(index: number): boolean {
    const findings = this.highlighter.ordered();
    const finding = findings[index];
    if (!finding) return false;
    const first = finding.elements[0]!;
    this.stepAt = index;
    first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(this.doc) ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
    return true;
  }

  /** Next or previous finding from the focused one (or the last step), wrapping around. */
  stepFinding(direction: 1 | -1): boolean {
    const findings = this.highlighter.ordered();
    if (findings.length === 0) return false;
    const active = this.doc.activeElement;
    const focused = active ? findings.findIndex((f) => f.elements.includes(active as HTMLElement)) : -1;
    const from = focused >= 0 ? focused : this.stepAt;
    const next = from < 0 ? (direction === 1 ? 0 : findings.length - 1) : (from + direction + findings.length) % findings.length;
    return this.focusFinding(next);
  }

  /** Exact undo: every highlight removed, the original text nodes restored, the UI host gone. */
  destroy(): void {
    this.controller.abort();
    this.highlighter.clear();
    this.host.destroy();
    this.doc.documentElement.removeAttribute(SCANNED_ATTR);
  }
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
