/**
 * How a keyboard reader moves among Lateral's highlights.
 *
 * Why not every highlight is a Tab stop: an article about the story names it in nearly
 * every sentence, and a reader tabbing to the page's own links and forms would be walked
 * through each one. Only the first highlight of each topic (the call, the plan) and of
 * each known error is a stop. Every other highlight keeps its role and description and
 * can take focus (tabindex -1), so a screen reader's reading cursor still meets each one;
 * the left and right arrow keys move from any highlight to the previous and next, the
 * browser shortcuts and the popup's list reach them from anywhere, and Esc after such a
 * walk puts focus (and the scroll position) back where it was before the first step.
 */
import { stepIndex, tabStops } from '../core/tab-stops';
import type { Finding, Highlighter } from './highlighter';
import { MARK_TAG } from './highlighter';
import type { PopoverController } from './popover-controller';

export interface MarkFocusOptions {
  highlighter: Highlighter;
  popover: PopoverController;
  /** The description of a highlight that is not a Tab stop. */
  label: (finding: Finding) => string;
  /** The description of a Tab stop, which also names the arrow keys. */
  stopLabel: (finding: Finding) => string;
  /** True for Lateral's own interface (the popover's host): focus there keeps a walk going. */
  isOwnUi: (node: Node) => boolean;
  /** Attribute edits go through the owner the DOM watcher knows. */
  own: <T>(edit: () => T) => T;
  signal: AbortSignal;
  doc?: Document;
}

/** Where a walk began, and the element it last moved focus to. */
interface Walk {
  origin: HTMLElement | null;
  scrollX: number;
  scrollY: number;
  at: HTMLElement | null;
}

const ARROWS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowLeft: -1 };

export class MarkFocus {
  private readonly doc: Document;
  private walk: Walk | null = null;
  /** The finding the shortcuts last moved to, so repeated steps walk on from it. */
  private stepAt = -1;

  constructor(private readonly options: MarkFocusOptions) {
    this.doc = options.doc ?? document;
    const { signal } = options;
    // Registered after the popover's: an Esc that closed a popover is no longer the walk's.
    this.doc.addEventListener('keydown', (e) => this.onKeydown(e), { capture: true, signal });
    this.doc.addEventListener('focusin', (e) => this.onFocusIn(e), { capture: true, signal });
  }

  /** Sets which highlights are Tab stops; run after every completed pass, when the page's findings are known. */
  refreshStops(): void {
    const { highlighter, label, stopLabel } = this.options;
    const findings = highlighter.ordered().filter((f) => !f.passive);
    const stops = tabStops(findings.map((f) => f.hit));
    const edits = findings.map((finding, i): [HTMLElement, string, string] =>
      stops[i] ? [finding.elements[0]!, '0', stopLabel(finding)] : [finding.elements[0]!, '-1', label(finding)],
    );
    this.options.own(() => {
      for (const [el, tabindex, description] of edits) {
        if (el.getAttribute('tabindex') !== tabindex) el.setAttribute('tabindex', tabindex);
        if (el.getAttribute('aria-description') !== description) el.setAttribute('aria-description', description);
      }
    });
  }

  /** Moves focus to finding `index` (document order) and scrolls it into view: the popup's list. */
  focusFinding(index: number): boolean {
    const finding = this.options.highlighter.ordered()[index];
    if (!finding) return false;
    this.stepAt = index;
    this.visit(finding, true);
    return true;
  }

  /** Next or previous finding from the focused one (or the last step), wrapping around: the browser shortcuts. */
  stepFinding(direction: 1 | -1): boolean {
    const findings = this.options.highlighter.ordered();
    if (findings.length === 0) return false;
    const active = this.doc.activeElement;
    const focused = active ? findings.findIndex((f) => f.elements.includes(active as HTMLElement)) : -1;
    // While a walk goes on, it walks on from its last step: a popover it opened may not have taken focus yet.
    const from = this.walk && this.stepAt >= 0 ? this.stepAt : focused >= 0 ? focused : this.stepAt;
    const next = from < 0 ? (direction === 1 ? 0 : findings.length - 1) : stepIndex(from, direction, findings.length);
    return this.focusFinding(next);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!event.isTrusted || event.defaultPrevented) return;
    if (event.key === 'Escape') {
      if (this.leaveWalk()) claim(event);
      return;
    }
    const direction = ARROWS[event.key];
    if (direction === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.composedPath()[0] as Node | undefined;
    const mark = target?.nodeType === 1 ? (target as Element).closest(`${MARK_TAG}[data-lateral-finding]`) : null;
    const finding = mark && this.options.highlighter.findingOf(mark);
    if (!finding || finding.passive || finding.elements[0] !== this.doc.activeElement) return;
    // Arrows move among the highlights that take focus; one inside a page control is the
    // control's (the Tab order reaches it, and the shortcuts or the popup open its popover).
    const focusable = this.options.highlighter.ordered().filter((f) => !f.passive);
    const at = focusable.indexOf(finding);
    const next = focusable[stepIndex(at, direction, focusable.length)];
    if (!next || next === finding) return;
    claim(event);
    this.stepAt = this.options.highlighter.ordered().indexOf(next);
    this.visit(next, false);
  }

  /**
   * Moves focus to a finding, remembering where focus was when the walk began. A
   * highlight inside a page control takes no focus of its own: the reader asked for this
   * one, so its popover opens instead.
   */
  private visit(finding: Finding, center: boolean): void {
    const win = this.doc.defaultView;
    if (!this.walk) {
      const active = this.doc.activeElement;
      const origin = active && active !== this.doc.body && !this.options.isOwnUi(active) ? (active as HTMLElement) : null;
      this.walk = { origin, scrollX: win?.scrollX ?? 0, scrollY: win?.scrollY ?? 0, at: null };
    }
    const first = finding.elements[0]!;
    this.walk.at = this.options.highlighter.focusTarget(finding) ?? null;
    // The popover of the last step belongs to a highlight the reader has moved on from.
    if (this.options.popover.isOpen) void this.options.popover.close(false);
    if (center) first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(this.doc) ? 'auto' : 'smooth' });
    if (finding.passive) void this.options.popover.open(finding);
    else first.focus({ preventScroll: center });
  }

  /** Focus went somewhere the walk did not take it (the reader tabbed on, or clicked): the walk is over. */
  private onFocusIn(event: FocusEvent): void {
    if (!this.walk) return;
    const target = event.composedPath()[0] as Node | undefined;
    if (!target || target === this.walk.at || this.options.isOwnUi(target)) return;
    this.walk = null;
  }

  /** Esc on the highlight a walk reached: focus and scroll go back to where the walk began. */
  private leaveWalk(): boolean {
    const walk = this.walk;
    const active = this.doc.activeElement;
    if (!walk || !active || active !== walk.at) return false;
    this.walk = null;
    if (walk.origin?.isConnected) walk.origin.focus({ preventScroll: true });
    if (this.doc.activeElement === active) (active as HTMLElement).blur();
    this.doc.defaultView?.scrollTo({ left: walk.scrollX, top: walk.scrollY, behavior: 'instant' });
    return true;
  }
}

/**
 * A key pressed on Lateral's own highlight is Lateral's: the page's shortcuts for the same
 * key (a gallery's next picture, a site's next article) must not act on it as well.
 */
function claim(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopPropagation();
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
