/**
 * Opens the cross-source popover for a highlight: on the reader's click, and on Enter
 * or Space when the highlight has focus. Only trusted events (the reader's own input,
 * never a page script's `click()` or dispatched event) open it, and only on elements
 * Lateral made (see Highlighter.findingOf). Closes on Esc (focus goes back to the highlight) and
 * on a click outside. The popover code (Preact, pack data, styles) is a separate
 * chunk loaded on the first open, so pages that never open it never load it.
 */
import type { PopoverHandle } from '../ui/popover/types';
import type { Finding, Highlighter } from './highlighter';
import { MARK_TAG } from './highlighter';
import type { UiHost } from './host';
import { t, uiLanguage } from '../platform/i18n';

export class PopoverController {
  private handle: Promise<PopoverHandle> | null = null;
  private current: Finding | null = null;

  constructor(
    private readonly host: UiHost,
    private readonly highlighter: Highlighter,
    private readonly own: <T>(edit: () => T) => T,
    signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    doc.addEventListener('click', (e) => this.onClick(e), { capture: true, signal });
    doc.addEventListener('keydown', (e) => this.onKeydown(e), { capture: true, signal });
    doc.addEventListener('pointerdown', (e) => this.onPointerDown(e), { capture: true, signal });
    signal.addEventListener('abort', () => void this.close(false), { once: true });
  }

  /** The highlight under the event, also inside open shadow roots (where `target` is the host). */
  private markFrom(event: Event): Element | null {
    const target = event.composedPath()[0] ?? event.target;
    if (!target || (target as Node).nodeType !== 1) return null;
    return (target as Element).closest(`${MARK_TAG}[data-lateral-finding]`);
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted) return;
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const mark = this.markFrom(event);
    const finding = mark && this.highlighter.findingOf(mark);
    // A highlight inside a link, label or <summary> leaves the click to the page's control.
    if (!finding || finding.passive) return;
    event.preventDefault();
    void this.open(finding);
  }

  private onKeydown(event: KeyboardEvent): void {
    // Keys Lateral acts on are Lateral's: the page's own shortcuts for them do not fire as well.
    if (event.key === 'Escape' && this.current) {
      event.preventDefault();
      event.stopPropagation();
      void this.close(true);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!event.isTrusted) return;
    const mark = this.markFrom(event);
    const finding = mark && this.highlighter.findingOf(mark);
    if (!finding || finding.passive) return;
    event.preventDefault();
    event.stopPropagation();
    void this.open(finding);
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.current) return;
    const path = event.composedPath();
    const host = this.host.element;
    if (host && path.includes(host)) return;
    if (this.markFrom(event)) return;
    void this.close(false);
  }

  private load(): Promise<PopoverHandle> {
    if (!this.handle) {
      const { shadow } = this.own(() => this.host.ensure());
      this.handle = import('../ui/popover/mount').then((m) => m.mountPopover(shadow));
    }
    return this.handle;
  }

  async open(finding: Finding): Promise<void> {
    this.current = finding;
    const handle = await this.load();
    if (this.current !== finding) return;
    handle.show({
      hit: finding.hit,
      text: finding.text,
      // Every piece of the highlight ("28-<em>point</em> plan" is three): the popover must cover none of them.
      anchorRect: () => unionRect(finding.elements),
      t,
      language: uiLanguage(),
      onClose: () => void this.close(true),
      onTabOut: () => this.leaveToHighlight(),
    });
  }

  /** Focus moves to the highlight before this returns; the popover then closes. */
  private leaveToHighlight(): void {
    if (this.current) this.highlighter.focusTarget(this.current)?.focus();
    void this.close(false);
  }

  async close(returnFocus: boolean): Promise<void> {
    const finding = this.current;
    if (!finding) return;
    this.current = null;
    const handle = await this.handle;
    handle?.hide();
    if (returnFocus) this.highlighter.focusTarget(finding)?.focus();
  }

  get isOpen(): boolean {
    return this.current !== null;
  }
}

function unionRect(elements: readonly Element[]): DOMRect {
  const rects = elements.filter((e) => e.isConnected).map((e) => e.getBoundingClientRect());
  if (rects.length === 0) return new DOMRect();
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return new DOMRect(left, top, Math.max(...rects.map((r) => r.right)) - left, Math.max(...rects.map((r) => r.bottom)) - top);
}
