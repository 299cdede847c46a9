/**
 * Wraps hits in `<lateral-mark>` elements with mark.js, and undoes that exactly.
 *
 * Why mark.js is called per container: mark.js walks every text node of its
 * context for each call, so it is only ever given the small block element that
 * holds the hits, with precomputed ranges (never a keyword list over the body).
 *
 * Why undo does not use mark.js `unmark`: unmark merges neighbouring text nodes
 * (normalize), which changes the page's DOM and breaks frameworks holding text
 * node references. mark.js only ever splits a text node and inserts nodes right
 * after it, so for each touched text node we keep its original data and the nodes
 * inserted after it; undo removes exactly those and puts the data back. The page
 * ends up with the very same node objects it had.
 */
import Mark from 'mark.js';
import type { Hit } from '../core/hit';
import { isBlockElement, rangesFor, type TextIndex } from './text-index';

export const MARK_TAG = 'lateral-mark';

/** One highlighted hit: possibly several elements when it spans inline elements. */
export interface Finding {
  /** Unique for the life of the page (not the position: see Highlighter.ordered). */
  id: number;
  hit: Hit;
  /** The highlighted words as the page shows them. */
  text: string;
  elements: HTMLElement[];
}

/** What undo needs for one text node mark.js split. */
interface TextRecord {
  node: Text;
  data: string;
  parent: Node;
  /** Nodes mark.js inserted after `node` (highlights and split-off text). */
  inserted: Node[];
}

type MarkFactory = (context: Element) => { markRanges(ranges: unknown[], options: unknown): void };

interface Piece {
  node: Text;
  start: number;
  end: number;
  finding: Finding;
}

export interface HighlighterOptions {
  /** The accessible name of a highlight (localised by the caller). */
  label: (finding: Finding) => string;
  markFactory?: MarkFactory;
}

const KIND_PRIORITY = { discrepancy: 0, mention: 1 } as const;

/** Keeps the first of overlapping hits, preferring discrepancies, then longer spans. */
export function selectNonOverlapping(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => a.start - b.start || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || b.end - a.end,
  );
  const kept: Hit[] = [];
  let lastEnd = -1;
  for (const hit of sorted) {
    if (hit.start < lastEnd) {
      // A claim the page gets wrong matters more than a plain mention of the same words.
      const prev = kept[kept.length - 1]!;
      if (prev.kind === 'mention' && hit.kind === 'discrepancy') {
        kept[kept.length - 1] = hit;
        lastEnd = Math.max(lastEnd, hit.end);
      }
      continue;
    }
    kept.push(hit);
    lastEnd = hit.end;
  }
  return kept;
}

/** The nearest block element (or shadow-root child) holding `node`: the context mark.js gets. */
export function containerOf(node: Node): Element | null {
  let el: Node | null = node.parentNode;
  let last: Element | null = null;
  while (el && el.nodeType === 1) {
    last = el as Element;
    if (isBlockElement(last)) return last;
    el = el.parentNode;
  }
  return last;
}

function isInsideMark(node: Node): boolean {
  for (let el = node.parentNode; el && el.nodeType === 1; el = el.parentNode) {
    if ((el as Element).localName === MARK_TAG) return true;
  }
  return false;
}

/** mark.js offsets: it concatenates every text node whose parent is not script/style/title/head/html. */
function markJsOffsets(container: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, 4 /* SHOW_TEXT */);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && /^(script|style|title|head|html)$/i.test(parent.nodeName)) continue;
    offsets.set(n as Text, at);
    at += (n as Text).data.length;
  }
  return offsets;
}

export class Highlighter {
  private readonly records: TextRecord[] = [];
  private readonly live = new Map<number, Finding>();
  private nextId = 0;
  /** False while `live` is known to be in document order (one pass over a page is). */
  private orderDirty = false;
  private readonly markFactory: MarkFactory;

  constructor(private readonly options: HighlighterOptions) {
    this.markFactory = options.markFactory ?? ((el) => new Mark(el as HTMLElement) as never);
  }

  /** Highlights `hits` (offsets into `index.text`) in one go; returns the findings placed. */
  apply(index: TextIndex, hits: readonly Hit[]): Finding[] {
    const steps = this.applySteps(index, hits);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /**
   * The same work as `apply`, one block container per step, so a page with a
   * thousand mentions can be highlighted in slices. The DOM must not change
   * between steps except through this highlighter.
   */
  *applySteps(index: TextIndex, hits: readonly Hit[]): Generator<void, Finding[]> {
    const byContainer = new Map<Element, Piece[]>();
    const placed: Finding[] = [];
    // Findings added to a page that already has some may land anywhere in document order.
    if (this.live.size > 0) this.orderDirty = true;
    let planned = 0;
    for (const hit of selectNonOverlapping(hits)) {
      // Planning a thousand hits is real work too: let the caller's slice end in between.
      if (++planned % 200 === 0) yield;
      const ranges = rangesFor(index, hit.start, hit.end);
      if (ranges.length === 0 || ranges.some((r) => !r.node.isConnected || isInsideMark(r.node))) continue;
      const container = containerOf(ranges[0]!.node);
      // A hit that crosses a block boundary joined two paragraphs: not one mention.
      if (!container || ranges.some((r) => containerOf(r.node) !== container)) continue;
      const finding: Finding = {
        id: this.nextId++,
        hit,
        text: ranges.map((r) => r.node.data.slice(r.start, r.end)).join(''),
        elements: [],
      };
      // The page changed this text since it was indexed: the watcher will bring it back.
      if (finding.text !== index.text.slice(hit.start, hit.end)) continue;
      const pieces = byContainer.get(container) ?? [];
      for (const r of ranges) pieces.push({ ...r, finding });
      byContainer.set(container, pieces);
      placed.push(finding);
    }
    for (const [container, pieces] of mergeNested(byContainer)) {
      this.wrap(container, pieces);
      for (const f of new Set(pieces.map((p) => p.finding))) if (f.elements.length > 0) this.decorate(f);
      yield;
    }
    return placed.filter((f) => f.elements.length > 0);
  }

  private wrap(container: Element, pieces: Piece[]): void {
    const offsets = markJsOffsets(container);
    const touched = new Map<Text, TextRecord>();
    const ranges: { start: number; length: number; piece: Piece }[] = [];
    for (const piece of pieces) {
      const base = offsets.get(piece.node);
      if (base === undefined || piece.node.data.length < piece.end) continue;
      ranges.push({ start: base + piece.start, length: piece.end - piece.start, piece });
      if (!touched.has(piece.node)) {
        touched.set(piece.node, { node: piece.node, data: piece.node.data, parent: piece.node.parentNode!, inserted: [] });
      }
    }
    const nextOf = new Map<Text, Node | null>([...touched.keys()].map((t) => [t, t.nextSibling]));
    this.markFactory(container).markRanges(ranges, {
      element: MARK_TAG,
      each: (el: HTMLElement, range: { piece: Piece }) => {
        const { finding } = range.piece;
        el.setAttribute('data-lateral-rule', finding.hit.ruleId);
        el.setAttribute('data-lateral-kind', finding.hit.kind);
        el.setAttribute('data-lateral-finding', String(finding.id));
        if (finding.hit.strength) el.setAttribute('data-lateral-strength', finding.hit.strength);
        finding.elements.push(el);
      },
    });
    for (const record of touched.values()) {
      const stop = nextOf.get(record.node) ?? null;
      for (let n = record.node.nextSibling; n && n !== stop; n = n.nextSibling) record.inserted.push(n);
      if (record.inserted.length > 0) this.records.push(record);
    }
  }

  /** The first element of a finding is its keyboard stop; the rest only take clicks. */
  private decorate(finding: Finding): void {
    const first = finding.elements[0]!;
    first.setAttribute('tabindex', '0');
    first.setAttribute('role', 'button');
    first.setAttribute('aria-label', this.options.label(finding));
    this.live.set(finding.id, finding);
  }

  /** Live findings in document order. */
  ordered(): Finding[] {
    const list = [...this.live.values()].filter((f) => f.elements[0]!.isConnected);
    if (!this.orderDirty) return list;
    list.sort((a, b) => {
      const pos = a.elements[0]!.compareDocumentPosition(b.elements[0]!);
      return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
    });
    // Keep the map in that order so the next call is a plain copy.
    this.live.clear();
    for (const f of list) this.live.set(f.id, f);
    this.orderDirty = false;
    return list;
  }

  findingOf(el: Element): Finding | undefined {
    const mark = el.closest(MARK_TAG);
    const id = mark?.getAttribute('data-lateral-finding');
    return id == null ? undefined : this.live.get(Number(id));
  }

  /** Removes highlights under `root` (or everywhere) and restores the original text nodes. */
  clear(root?: Node): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i]!;
      if (root && !(root === record.parent || root.contains(record.parent))) continue;
      for (const n of record.inserted) n.parentNode?.removeChild(n);
      if (record.node.data !== record.data) record.node.data = record.data;
      this.records.splice(i, 1);
    }
    for (const [id, finding] of this.live) {
      if (!root || finding.elements.some((el) => root.contains(el)) || !finding.elements[0]!.isConnected) {
        this.live.delete(id);
      }
    }
  }

  /**
   * The page changed a text node Lateral split (frameworks update text in place):
   * drop Lateral's pieces after it without restoring the old text, so the page's
   * new text stands alone. Returns the parent to rescan, if any.
   */
  release(node: Node): Node | null {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i]!;
      if (record.node !== node) continue;
      for (const n of record.inserted) n.parentNode?.removeChild(n);
      this.records.splice(i, 1);
      return record.parent;
    }
    return null;
  }

  /** Forgets highlights the page removed from the document (nothing to restore there). */
  prune(): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (!this.records[i]!.node.isConnected) this.records.splice(i, 1);
    }
    for (const [id, finding] of this.live) if (!finding.elements[0]!.isConnected) this.live.delete(id);
  }

  /** True for nodes Lateral created (so the DOM watcher can ignore them). */
  owns(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).localName === MARK_TAG;
  }

  get size(): number {
    return this.live.size;
  }
}

/** Containers nested in another container join it, so mark.js never re-walks split nodes. */
function mergeNested(byContainer: Map<Element, Piece[]>): Map<Element, Piece[]> {
  const merged = new Map<Element, Piece[]>();
  for (const [container, pieces] of byContainer) {
    let outer: Element = container;
    for (let el = container.parentElement; el; el = el.parentElement) if (byContainer.has(el)) outer = el;
    const list = merged.get(outer) ?? [];
    list.push(...pieces);
    merged.set(outer, list);
  }
  for (const pieces of merged.values()) pieces.sort((a, b) => a.finding.hit.start - b.finding.hit.start);
  return merged;
}
