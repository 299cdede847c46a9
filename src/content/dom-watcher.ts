/**
 * The one MutationObserver. Its callback only queues records and asks for an idle
 * slice; the work (finding which subtrees changed, rescanning them) runs there,
 * under a time budget so a page that mutates constantly cannot keep Lateral busy.
 * Lateral's own edits run inside `own()`, which drops the records they cause.
 * It observes only while started: no observer exists while Lateral is inactive.
 */
import { containerOf } from './highlighter';
import { Budget, nextSlice } from './idle';
import { isBlockElement, isInsideSkipped, isSkippedElement } from './text-index';

/** Past this many changed subtrees a batch is treated as "the page changed": rescan it all. */
export const WHOLE_PAGE_THRESHOLD = 200;

export type ChangedRoots = { kind: 'roots'; roots: Element[] } | { kind: 'page' };

export interface DomWatcherHooks {
  /** True for nodes Lateral created or owns (its UI host, its highlights). */
  isOwn: (node: Node) => boolean;
  /** The page rewrote a text node Lateral split; returns the element to rescan, if any. */
  release: (text: Node) => Node | null;
  /** Processes one batch of changes; resolves when done. */
  process: (changes: ChangedRoots) => Promise<void>;
}

export class DomWatcher {
  private observer: MutationObserver | null = null;
  private queue: MutationRecord[] = [];
  private scheduled = false;
  private readonly budget = new Budget();

  constructor(
    private readonly hooks: DomWatcherHooks,
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    if (this.observer || this.signal.aborted) return;
    this.observer = new MutationObserver((records) => {
      for (const r of records) this.queue.push(r);
      this.schedule();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queue = [];
  }

  /** Runs Lateral's own DOM edit; the mutations it causes are not reported. */
  own<T>(edit: () => T): T {
    const observer = this.observer;
    if (!observer) return edit();
    for (const r of observer.takeRecords()) this.queue.push(r);
    try {
      return edit();
    } finally {
      observer.takeRecords();
    }
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const wait = this.budget.waitMs();
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        else await nextSlice(this.signal);
        if (!this.observer || this.queue.length === 0) return;
        const records = this.queue;
        this.queue = [];
        const changes = this.changedRoots(records);
        const started = performance.now();
        if (changes.kind === 'page' || changes.roots.length > 0) await this.hooks.process(changes);
        this.budget.spend(performance.now() - started);
      }
    } catch {
      // Aborted: teardown is under way.
    } finally {
      this.scheduled = false;
      if (this.observer && this.queue.length > 0) this.schedule();
    }
  }

  /** The smallest set of block subtrees that hold every change in the batch. */
  changedRoots(records: MutationRecord[]): ChangedRoots {
    const candidates = new Set<Element>();
    const add = (el: Element | null) => {
      if (el && el.isConnected && !this.hooks.isOwn(el) && !isSkippedElement(el) && !isInsideSkipped(el)) candidates.add(el);
    };
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = this.hooks.release(record.target) ?? record.target.parentNode;
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
