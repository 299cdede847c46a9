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
import { oneHitPerSpan } from '../core/hit-placement';
import { isBlockElement, rangesFor, type TextIndex, type TextPoint } from './text-index';

export const MARK_TAG = 'lateral-mark';

/** One highlighted hit: possibly several elements when it spans inline elements. */
export interface Finding {
  /** Unique for the life of the page (not the position: see Highlighter.ordered). */
  id: number;
  hit: Hit;
  /** The highlighted words as the page shows them. */
  text: string;
  elements: HTMLElement[];
  /**
   * Inside a control of the page (a link, a label, a button, a <summary>): the highlight
   * shows, but the control keeps its click, its keyboard stop and its accessible name.
   */
  passive?: boolean;
}

/**
 * Page controls a highlight must not take over: a button inside a link or a label is
 * invalid, it would steal the control's click and add Lateral's words to its name.
 */
const PAGE_CONTROLS =
  'a[href], button, label, summary, select, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';

/** What undo needs for one text node mark.js split. */
interface TextRecord {
  node: Text;
  data: string;
  /** The node's data right after the split; anything else means the page rewrote it since. */
  splitData: string;
  parent: Node;
  /** Nodes mark.js inserted after `node` (highlights and split-off text). */
  inserted: Node[];
}

/** A rescan's view of the highlights it replaces: taken out block by block as it goes. */
interface Stale {
  records: Set<TextRecord>;
  /** Their highlight elements: text inside them is the page's text to highlight again. */
  marks: Set<Node>;
  findings: Set<Finding>;
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
  /**
   * A random value for this page, set on every highlight as `data-lateral-key`: the
   * highlight styles select on it, so an element the page writes itself with Lateral's
   * tag and attributes does not get Lateral's look.
   */
  key?: string;
  /**
   * Runs `done` once the current task is over. A page that fights highlights removes
   * them before that (its observer reacts to Lateral's edit); a page re-rendering on its
   * own clock removes them in a later task. Tests pass their own.
   */
  afterTask?: (done: () => void) => void;
}

export const KEY_ATTR = 'data-lateral-key';

export { oneHitPerSpan };

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

/** The block a changed element belongs to: itself when it is a block, else its container. */
export function blockAt(el: Element): Element {
  return isBlockElement(el) ? el : (containerOf(el) ?? el);
}

/** The parent across a shadow-root boundary (a shadow root's parent is its host). */
function parentAcross(node: Node): Node | null {
  return node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : node.parentNode;
}

/** True when `node` is `root` or lies under it, open shadow roots on the way included. */
function holds(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = parentAcross(n)) if (n === root) return true;
  return false;
}

/**
 * False for text a reader cannot see: under `display:none` (where the browser can tell:
 * `checkVisibility`), or under `aria-hidden="true"`, which hides it from screen readers
 * (a focusable highlight there would be announced as nothing). `visibility:hidden` is
 * not counted: pages hide their whole body that way until their scripts have run.
 */
export function isShown(container: Element): boolean {
  for (let n: Node | null = container; n; n = parentAcross(n)) {
    if (n.nodeType === 1 && (n as Element).getAttribute('aria-hidden') === 'true') return false;
  }
  const check = (container as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || check.call(container)) return true;
  // The body of a closed <details> is one click away (find-in-page opens it too): it is
  // marked like the rest, so the marks are there when the reader opens it.
  const closed = container.closest('details:not([open])');
  return closed !== null && closed !== container && isShown(closed);
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

/**
 * A block whose highlights the page removed in the very task Lateral placed them is
 * fighting back: a page observer restoring its text or unwrapping unknown elements
 * reacts to Lateral's edit before the task is over. A framework re-rendering on its
 * own clock removes them in a later task, however soon after (and under load, a busy
 * page's renders land milliseconds after each placement round after round), so time
 * alone cannot tell the two apart. A removal in a later task resets the count; after
 * this many removals in a row in the task of placing, the block is left alone for the
 * life of the page.
 */
export const FIGHT_ROUNDS = 3;

export class Highlighter {
  private readonly records: TextRecord[] = [];
  private readonly live = new Map<number, Finding>();
  /** Every element Lateral made: only these are honoured as highlights. */
  private readonly made = new WeakSet<Element>();
  /** Blocks with hits that were not highlighted because the reader cannot see them. */
  private readonly hiddenBlocks = new Set<Element>();
  /** Lateral's last placement in a block (a serial number and the task it ran in), and how many reactions followed in a row. */
  private readonly placedAt = new WeakMap<Element, { serial: number; task: number }>();
  private readonly quickRemovals = new WeakMap<Element, number>();
  private readonly countedAt = new WeakMap<Element, number>();
  private placements = 0;
  /** Counts tasks that placed highlights: it moves on once such a task is over. */
  private task = 0;
  private taskEnding = false;
  private readonly leftAlone = new WeakSet<Element>();
  private leftAloneCount = 0;
  private nextId = 0;
  /** False while `live` is known to be in document order (one pass over a page is). */
  private orderDirty = false;
  private readonly markFactory: MarkFactory;
  private readonly afterTask: (done: () => void) => void;

  constructor(private readonly options: HighlighterOptions) {
    this.markFactory = options.markFactory ?? ((el) => new Mark(el as HTMLElement) as never);
    this.afterTask = options.afterTask ?? ((done) => void setTimeout(done, 0));
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
   *
   * With `replacing`, the hits are a rescan of that subtree, indexed with Lateral's
   * earlier highlights still in place. Those stay on screen until the step that
   * highlights the same block again: it takes them out and puts the new ones in within
   * one step, so no frame shows the block without its highlight (a rescan that cleared
   * first and marked a few slices later made highlights blink). The last step takes out
   * whatever is left of them, where nothing is found any more.
   */
  *applySteps(index: TextIndex, hits: readonly Hit[], replacing?: Node): Generator<void, Finding[]> {
    const byContainer = new Map<Element, Piece[]>();
    const placed: Finding[] = [];
    const stale = replacing ? this.staleUnder(replacing) : undefined;
    // Findings added to a page that already has some may land anywhere in document order.
    if (this.live.size > 0) this.orderDirty = true;
    let planned = 0;
    const shown = new Map<Element, boolean>();
    for (const hit of oneHitPerSpan(hits, index.text)) {
      // Planning a thousand hits is real work too: let the caller's slice end in between.
      if (++planned % 200 === 0) yield;
      const ranges = rangesFor(index, hit.start, hit.end);
      if (ranges.length === 0 || ranges.some((r) => !r.node.isConnected || this.isInsideMark(r.node, stale))) continue;
      const container = containerOf(ranges[0]!.node);
      // A hit that crosses a block boundary joined two paragraphs: not one mention.
      if (!container || ranges.some((r) => containerOf(r.node) !== container)) continue;
      if (this.isLeftAlone(container)) continue;
      // Planned before any wrapping, so asking for visibility lays the page out once.
      let visible = shown.get(container);
      if (visible === undefined) shown.set(container, (visible = isShown(container)));
      if (!visible) {
        this.hiddenBlocks.add(container);
        continue;
      }
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
      // Stamped when wrapped (a pass wraps one container per slice), for the inner blocks too.
      const placedAt = { serial: ++this.placements, task: this.currentTask() };
      this.placedAt.set(container, placedAt);
      for (const piece of pieces) {
        const inner = containerOf(piece.node);
        if (inner) this.placedAt.set(inner, placedAt);
      }
      this.wrap(container, stale ? this.takeOut(stale, container, pieces) : pieces);
      for (const f of new Set(pieces.map((p) => p.finding))) if (f.elements.length > 0) this.decorate(f);
      yield;
    }
    if (stale) this.takeOut(stale);
    return placed.filter((f) => f.elements.length > 0);
  }

  /** Lateral's highlights under `root` as they are now, to be replaced by a rescan of it. */
  private staleUnder(root: Node): Stale {
    for (const block of this.hiddenBlocks) if (root.contains(block)) this.hiddenBlocks.delete(block);
    const records = new Set(this.records.filter((r) => holds(root, r.parent)));
    const marks = new Set<Node>();
    for (const record of records) for (const n of record.inserted) if (this.owns(n)) marks.add(n);
    // As in `clear`, findings whose highlight the page has taken out of the document go too.
    const findings = [...this.live.values()].filter((f) => !f.elements[0]!.isConnected || f.elements.some((el) => holds(root, el)));
    return { records, marks, findings: new Set(findings) };
  }

  /**
   * Takes out the stale highlights in `container` (all that are left without one), as
   * `clear` does, and moves `pieces` that lay in their split-off text onto the text nodes
   * the page has again, so they can be wrapped in the same step.
   */
  private takeOut(stale: Stale, container?: Element, pieces: Piece[] = []): Piece[] {
    const moved = new Map<Text, TextPoint>();
    for (const record of stale.records) {
      if (container && !container.contains(record.parent)) continue;
      stale.records.delete(record);
      const at = this.records.indexOf(record);
      // Released, pruned or taken apart by the page since the rescan began: nothing left to undo.
      if (at < 0) continue;
      this.records.splice(at, 1);
      // The page rewrote the text node since the split: its text stands, Lateral's pieces go.
      const restoring = record.node.data === record.splitData && record.node.data !== record.data;
      let offset = record.node.data.length;
      for (const n of record.inserted) {
        for (const text of n.nodeType === 3 ? [n as Text] : textNodesIn(n)) {
          if (restoring) moved.set(text, { node: record.node, offset });
          offset += text.data.length;
        }
        n.parentNode?.removeChild(n);
      }
      if (restoring) record.node.data = record.data;
    }
    for (const finding of stale.findings) {
      if (container && finding.elements[0]!.isConnected && !finding.elements.some((el) => container.contains(el))) continue;
      stale.findings.delete(finding);
      this.live.delete(finding.id);
    }
    const out: Piece[] = [];
    for (const piece of pieces) {
      const to = moved.get(piece.node);
      const next = to ? { ...piece, node: to.node, start: piece.start + to.offset, end: piece.end + to.offset } : piece;
      const last = out.at(-1);
      // One hit split across two pieces of the old text is one run of the restored node again.
      if (last && last.finding === next.finding && last.node === next.node && last.end === next.start) last.end = next.end;
      else out.push(next);
    }
    return out;
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
        touched.set(piece.node, { node: piece.node, data: piece.node.data, splitData: '', parent: piece.node.parentNode!, inserted: [] });
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
        if (this.options.key) el.setAttribute(KEY_ATTR, this.options.key);
        this.made.add(el);
        if (finding.hit.strength) el.setAttribute('data-lateral-strength', finding.hit.strength);
        finding.elements.push(el);
      },
    });
    for (const record of touched.values()) {
      const stop = nextOf.get(record.node) ?? null;
      for (let n = record.node.nextSibling; n && n !== stop; n = n.nextSibling) record.inserted.push(n);
      record.splitData = record.node.data;
      if (record.inserted.length > 0) this.records.push(record);
    }
  }

  /**
   * The first element of a finding takes focus; the rest only take clicks. Which findings
   * are Tab stops is decided once a pass is over (./mark-focus): until then none is. Its
   * name stays the page's words; what it opens is its description, so a heading or a
   * paragraph reads the same to a screen reader with Lateral as without.
   */
  private decorate(finding: Finding): void {
    const first = finding.elements[0]!;
    this.live.set(finding.id, finding);
    if (first.parentElement?.closest(PAGE_CONTROLS)) {
      finding.passive = true;
      return;
    }
    first.setAttribute('tabindex', '-1');
    first.setAttribute('role', 'button');
    first.setAttribute('aria-description', this.options.label(finding));
  }

  /** Where focus goes back to after a finding's popover: the highlight, or the control around a passive one. */
  focusTarget(finding: Finding): HTMLElement | undefined {
    const first = finding.elements[0];
    if (!first?.isConnected) return undefined;
    return finding.passive ? (first.parentElement?.closest<HTMLElement>(PAGE_CONTROLS) ?? undefined) : first;
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

  /** The finding an element belongs to; only elements Lateral made count, whatever their attributes say. */
  findingOf(el: Element): Finding | undefined {
    for (let n: Element | null = el; n; n = n.parentElement) {
      if (!this.made.has(n)) continue;
      const finding = this.live.get(Number(n.getAttribute('data-lateral-finding')));
      return finding?.elements.includes(n as HTMLElement) ? finding : undefined;
    }
    return undefined;
  }

  /** True for text inside one of Lateral's highlights, other than those a rescan takes out. */
  private isInsideMark(node: Node, stale?: Stale): boolean {
    for (let el = node.parentNode; el && el.nodeType === 1; el = el.parentNode) {
      if (this.made.has(el as Element)) return !stale?.marks.has(el);
    }
    return false;
  }

  /** Removes highlights under `root` (or everywhere) and restores the original text nodes. */
  clear(root?: Node): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i]!;
      if (root && !(root === record.parent || root.contains(record.parent))) continue;
      for (const n of record.inserted) n.parentNode?.removeChild(n);
      // A text node the page rewrote since the split keeps the page's text: only Lateral's pieces go.
      if (record.node.data === record.splitData && record.node.data !== record.data) record.node.data = record.data;
      this.records.splice(i, 1);
    }
    for (const [id, finding] of this.live) {
      if (!root || finding.elements.some((el) => root.contains(el)) || !finding.elements[0]!.isConnected) {
        this.live.delete(id);
      }
    }
    for (const block of this.hiddenBlocks) if (!root || root.contains(block)) this.hiddenBlocks.delete(block);
  }

  /**
   * Blocks whose visibility no longer matches their highlights: highlighted blocks the
   * reader can no longer see, and blocks skipped as hidden that are shown now.
   */
  restyled(): Element[] {
    const out = new Set<Element>();
    for (const finding of this.live.values()) {
      const container = containerOf(finding.elements[0]!);
      if (container && container.isConnected && !isShown(container)) out.add(container);
    }
    for (const block of this.hiddenBlocks) {
      if (!block.isConnected) this.hiddenBlocks.delete(block);
      else if (isShown(block)) out.add(block);
    }
    return [...out];
  }

  /** The number of the task now running; its end is noted, so a later removal is told apart. */
  private currentTask(): number {
    if (!this.taskEnding) {
      this.taskEnding = true;
      this.afterTask(() => {
        this.task++;
        this.taskEnding = false;
      });
    }
    return this.task;
  }

  /**
   * The page removed Lateral's highlights in `block`. Removal in the task of placing, round
   * after round, means the page fights them: the block is then left alone. Returns true
   * when that happens.
   */
  removedByPage(block: Element, mark?: Node): boolean {
    // The page took the highlight apart (unwrapped it, moved its words): the pieces are
    // the page's now, and undo must not put the old text back beside them.
    if (mark) this.forget(mark);
    const placed = this.placedAt.get(block);
    if (placed === undefined || this.leftAlone.has(block)) return false;
    // One round per placement, however many highlights the page took out of it.
    if (this.countedAt.get(block) === placed.serial) return false;
    this.countedAt.set(block, placed.serial);
    const quick = placed.task === this.task && this.taskEnding;
    const rounds = quick ? (this.quickRemovals.get(block) ?? 0) + 1 : 0;
    this.quickRemovals.set(block, rounds);
    if (rounds < FIGHT_ROUNDS) return false;
    this.leftAlone.add(block);
    this.leftAloneCount++;
    return true;
  }

  /** True for a block (or one inside a block) Lateral stopped highlighting because the page fought it. */
  isLeftAlone(el: Element): boolean {
    if (this.leftAloneCount === 0) return false;
    for (let n: Element | null = el; n; n = n.parentElement) if (this.leftAlone.has(n)) return true;
    return false;
  }

  /** How many blocks were left alone on this page. */
  get leftAloneBlocks(): number {
    return this.leftAloneCount;
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

  private forget(mark: Node): void {
    for (let i = this.records.length - 1; i >= 0; i--) if (this.records[i]!.inserted.includes(mark)) this.records.splice(i, 1);
  }

  /** Forgets highlights the page removed from the document (nothing to restore there). */
  prune(): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (!this.records[i]!.node.isConnected) this.records.splice(i, 1);
    }
    for (const [id, finding] of this.live) if (!finding.elements[0]!.isConnected) this.live.delete(id);
  }

  /** True for nodes Lateral created (so the DOM watcher can ignore them); a page's look-alike is not. */
  owns(node: Node): boolean {
    return node.nodeType === 1 && this.made.has(node as Element);
  }

  get size(): number {
    return this.live.size;
  }
}

/** The text nodes under `node`, in document order. */
function textNodesIn(node: Node): Text[] {
  const out: Text[] = [];
  const walker = (node.ownerDocument ?? document).createTreeWalker(node, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
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
