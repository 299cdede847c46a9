/**
 * The DOM watcher: one MutationObserver that observes the document and every open
 * shadow root Lateral reads (mutations inside a shadow tree never reach the
 * document's observation). Its callback does only what cannot wait: it drops
 * Lateral's pieces from a text node the page rewrote (so the page's new text stands
 * alone at once), takes highlights out of an element that became editable (so the
 * page never saves them), and notes highlights the page removed. Everything else is
 * queued for an idle slice, where finding which subtrees changed and rescanning them
 * runs under a time budget, so a page that mutates constantly cannot keep Lateral busy.
 * Lateral's own edits run inside `own()`, which drops the records they cause.
 * It observes only while started: no observer exists while Lateral is inactive.
 */
import { blockAt, containerOf } from './highlighter';
import { HOST_TAG } from './host';
import { Budget, nextSlice } from './idle';
import { isBlockElement, isInsideSkipped, isSkippedElement } from './text-index';

/** Past this many changed subtrees a batch is treated as "the page changed": rescan it all. */
export const WHOLE_PAGE_THRESHOLD = 200;

/**
 * Attributes that change what Lateral may touch: editable regions are never
 * highlighted, and hidden text is neither highlighted nor counted.
 */
export const WATCHED_ATTRIBUTES = ['contenteditable', 'hidden', 'aria-hidden', 'style', 'class'];

/** Live-page work allowed per second (ms): a page that changes all the time gets at most this share of a core. */
export const LIVE_BUDGET_MS = 40;

export type ChangedRoots =
  | {
      kind: 'roots';
      roots: Element[];
      /** A `style` or `class` changed somewhere: highlights may have become hidden, or hidden text shown. */
      restyled?: boolean;
    }
  | { kind: 'page' };

export interface DomWatcherHooks {
  /** True for nodes Lateral created or owns (its UI host, its highlights). */
  isOwn: (node: Node) => boolean;
  /** The page rewrote a text node Lateral split; returns the element to rescan, if any. */
  release: (text: Node) => Node | null;
  /** Processes one batch of changes; resolves when done. */
  process: (changes: ChangedRoots) => Promise<void>;
  /** An element became editable (or the whole document, with designMode): its highlights go now. */
  editable?: (el: Element) => void;
  /** The page took Lateral's highlight `mark` out of this block. */
  removed?: (block: Element, mark?: Node) => void;
  /** True for elements Lateral no longer touches (blocks the page fought over). */
  ignored?: (el: Element) => boolean;
  /** The page removed Lateral's `<lateral-root>`. */
  hostRemoved?: () => void;
  /** Every change so far has been processed (or needed nothing). */
  caughtUp?: () => void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

function isEditableValue(value: string | null): boolean {
  return value !== null && value !== 'false';
}

export class DomWatcher {
  private observer: MutationObserver | null = null;
  private readonly observed = new WeakSet<Node>();
  private queue: MutationRecord[] = [];
  private restyled = false;
  private scheduled = false;
  private readonly budget = new Budget(LIVE_BUDGET_MS, 1000);

  constructor(
    private readonly hooks: DomWatcherHooks,
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    if (this.observer || this.signal.aborted) return;
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.observeRoot(this.doc.documentElement);
  }

  /** Watches one more root (an open shadow root the text index walked); each root once. */
  observeRoot(root: Node): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OBSERVE);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queue = [];
  }

  /**
   * True while changes the page made wait for a batch: records queued, or made and not
   * yet delivered. Restyles alone do not count, so a page that keeps animating its
   * classes never stops Lateral from saying it has read all the text.
   */
  hasWaitingChanges(): boolean {
    const observer = this.observer;
    if (!observer) return false;
    this.onRecords(observer.takeRecords());
    return this.queue.length > 0;
  }

  /** Runs Lateral's own DOM edit; the mutations it causes are not reported. */
  own<T>(edit: () => T): T {
    const observer = this.observer;
    if (!observer) return edit();
    this.onRecords(observer.takeRecords());
    try {
      return edit();
    } finally {
      observer.takeRecords();
    }
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (!this.onAttribute(r)) continue;
      } else if (r.type === 'characterData') {
        this.onText(r.target);
      } else {
        this.onRemoved(r);
      }
      this.queue.push(r);
    }
    this.schedule();
  }

  private onRemoved(r: MutationRecord): void {
    for (const n of r.removedNodes) {
      if (!this.hooks.isOwn(n)) continue;
      if (n.nodeType === 1 && (n as Element).localName === HOST_TAG) {
        const observer = this.observer;
        this.hooks.hostRemoved?.();
        observer?.takeRecords();
      } else if (r.target.nodeType === 1) {
        this.hooks.removed?.(blockAt(r.target as Element), n);
      }
    }
  }

  /** The page rewrote a text node: Lateral's pieces after it go at once, so its text is exact. */
  private onText(text: Node): void {
    const observer = this.observer;
    const parent = this.hooks.release(text);
    observer?.takeRecords();
    if (parent && parent.nodeType === 1) this.hooks.removed?.(blockAt(parent as Element));
  }

  /** Returns true when the record should be queued for a rescan. */
  private onAttribute(r: MutationRecord): boolean {
    const el = r.target as Element;
    if (this.hooks.isOwn(el)) return false;
    switch (r.attributeName) {
      case 'contenteditable':
        if (isEditableValue(el.getAttribute('contenteditable'))) {
          this.editable(el);
          return false;
        }
        // No longer editable: its text can be read again.
        return true;
      case 'hidden':
      case 'aria-hidden':
        this.restyled = true;
        // Shown again: its text was never read (hidden) or never highlighted (aria-hidden).
        return !el.hasAttribute(r.attributeName) || el.getAttribute(r.attributeName) === 'false';
      default:
        this.restyled = true;
        return false;
    }
  }

  private editable(el: Element): void {
    const observer = this.observer;
    this.hooks.editable?.(el);
    observer?.takeRecords();
  }

  private schedule(): void {
    if (this.scheduled || (this.queue.length === 0 && !this.restyled)) return;
    this.scheduled = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const wait = this.budget.waitMs();
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        else await nextSlice(this.signal);
        if (!this.observer) return;
        if (this.queue.length === 0 && !this.restyled) {
          this.hooks.caughtUp?.();
          return;
        }
        const records = this.queue;
        const restyled = this.restyled;
        this.queue = [];
        this.restyled = false;
        const started = performance.now();
        const changes = this.changedRoots(records);
        if (changes.kind === 'roots' && restyled) changes.restyled = true;
        if (changes.kind === 'page' || changes.roots.length > 0 || restyled) await this.hooks.process(changes);
        this.budget.spend(performance.now() - started);
      }
    } catch {
      // Aborted: teardown is under way.
    } finally {
      this.scheduled = false;
      if (this.observer && (this.queue.length > 0 || this.restyled)) this.schedule();
    }
  }

  /** The smallest set of block subtrees that hold every change in the batch. */
  changedRoots(records: MutationRecord[]): ChangedRoots {
    const candidates = new Set<Element>();
    const add = (el: Element | null) => {
      if (el && el.isConnected && !this.hooks.isOwn(el) && !isSkippedElement(el) && !isInsideSkipped(el) && !this.hooks.ignored?.(el)) {
        candidates.add(el);
      }
    };
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        add(isBlockElement(el) ? el : blockOf(el));
        continue;
      }
      if (record.type === 'characterData') {
        // Lateral's stale pieces went when the write was seen (onText). Releasing here again
        // would take out highlights placed on the new text since, and with them its words.
        const parent = record.target.parentNode;
        if (parent && !this.hooks.isOwn(parent)) add(blockOf(record.target) ?? (parent as Element));
        continue;
      }
      const added = [...record.addedNodes].filter((n) => !this.hooks.isOwn(n));
      if (added.length === 0) continue;
      if (this.hooks.isOwn(record.target)) continue;
      for (const node of added) {
        // A new block is its own root; inline content may join words around it.
        add(node.nodeType === 1 && isBlockElement(node as Element) ? (node as Element) : blockOf(node));
      }
      if (candidates.size > WHOLE_PAGE_THRESHOLD) return { kind: 'page' };
    }
    const roots = [...candidates].filter((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (candidates.has(p)) return false;
      return true;
    });
    return { kind: 'roots', roots };
  }
}

function blockOf(node: Node): Element | null {
  return node.isConnected ? containerOf(node) : null;
}

/**
 * `document.designMode` makes the whole page editable and changes no attribute, so no
 * observer sees it. A page turns it on in an event handler, and the reader's next move
 * (a click, a key, focus) comes as an event: this checks after each of those, at the
 * end of the window's bubbling, when the page's own handlers have run.
 */
export class DesignModeWatch {
  private on: boolean;

  constructor(
    private readonly onChange: (on: boolean) => void,
    signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    this.on = this.isOn();
    const win = doc.defaultView;
    const check = () => this.check();
    for (const type of ['click', 'pointerdown', 'keydown', 'beforeinput', 'focusin']) {
      win?.addEventListener(type, check, { signal, passive: true });
      // Also before the page can act on the event: an edit starts after `beforeinput`.
      doc.addEventListener(type, check, { signal, passive: true, capture: true });
    }
  }

  isOn(): boolean {
    return this.doc.designMode === 'on';
  }

  check(): void {
    const on = this.isOn();
    if (on === this.on) return;
    this.on = on;
    this.onChange(on);
  }
}
