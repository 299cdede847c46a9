/**
 * The text index: the visible text of a DOM subtree as one string, plus where each
 * character came from, so a hit's offsets map back to text nodes.
 *
 * Why one string: a phrase such as `28-<em>point</em> plan` is split across three
 * text nodes; matching the concatenation finds it once, and the map turns the one
 * hit into three node ranges that the highlighter wraps as one mention.
 *
 * Rules (shared by the content script and the Node CLI `npm run scan`, so it must run under happy-dom:
 * no layout, no getComputedStyle):
 * - skipped: script, style, noscript, template, textarea, input, select, button,
 *   head, svg/canvas/media, `hidden` elements, contenteditable regions and
 *   Lateral's own `lateral-root`;
 * - open shadow roots are walked (before the host's light children);
 * - block elements, `<br>` and shadow-root edges become "\n", so a match never
 *   joins the end of one paragraph to the start of the next.
 *
 * The walk is resumable (`TextIndexBuilder.step`) so a 5 MB page can be indexed in
 * slices that each stay well under 50 ms.
 */

import { teaserRuns, type Run } from './teaser-runs';

export interface TextIndex {
  /** The indexed text. Offsets of hits are UTF-16 offsets into this string. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** starts[i]: offset in `text` where nodes[i]'s data begins. */
  starts: number[];
  /** The open shadow roots walked, so the DOM watcher can observe each of them. */
  shadowRoots?: ShadowRoot[];
  /**
   * Items of a page with many stories (live-blog entries, teasers, list items,
   * sections), as flat [start, end, group, ...]: offsets into `text` and a number shared
   * by siblings of one parent (src/core/detect/items.ts); see isItemElement.
   */
  items: number[];
}

/** A position inside one text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** The element name of Lateral's UI host; never indexed. */
export const ROOT_TAG = 'LATERAL-ROOT';

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'IMG',
  'MATH',
  ROOT_TAG,
]);

/** Elements that start a new line of text; everything else is treated as inline. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

/** True when the element and its subtree hold no text a reader sees (or that Lateral must not touch). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when the node sits inside a region the index skips (checked up to the document). */
export function isInsideSkipped(node: Node): boolean {
  for (let el: Node | null = node.parentNode; el; el = parentAcrossShadow(el)) {
    if (el.nodeType === ELEMENT_NODE && isSkippedElement(el as Element)) return true;
  }
  return false;
}

export function parentAcrossShadow(node: Node): Node | null {
  if (node.nodeType === FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  return node.parentNode;
}

/** Elements that can be one item of a many-story page. */
const ITEM_TAGS = new Set(['ARTICLE', 'SECTION', 'LI', 'DIV', 'ASIDE', 'DETAILS', 'DD', 'FIGURE', 'TR']);
/** Repeated, these are items whatever they hold: a list entry, a card, a photo with its caption, a row of a newsletter's layout table. */
const ALWAYS_ITEMS = new Set(['LI', 'ARTICLE', 'FIGURE', 'TR']);

function itemShape(el: Element): string {
  return `${el.tagName}.${el.getAttribute('class') ?? ''}`;
}

/**
 * How many children of `parent` share each shape (tag and class), counted once per parent
 * and counted again when its children change (a live blog adds entries to the same parent
 * after the first scan; its last child and child count tell that cheaply).
 */
const shapeCounts = new WeakMap<Node, { size: number; last: Element | null; counts: Map<string, number> }>();

function siblingsOfShape(el: Element): number {
  const parent = el.parentNode;
  if (!parent) return 0;
  let known = shapeCounts.get(parent);
  if (!known || known.size !== parent.childElementCount || known.last !== parent.lastElementChild) {
    const counts = new Map<string, number>();
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) {
        const shape = itemShape(c as Element);
        counts.set(shape, (counts.get(shape) ?? 0) + 1);
      }
    }
    known = { size: parent.childElementCount, last: parent.lastElementChild, counts };
    shapeCounts.set(parent, known);
  }
  return known.counts.get(itemShape(el)) ?? 0;
}

/**
 * One item among several: an element repeated in its parent with the same tag and
 * class (entries of a live blog, cards of a homepage, items of a list, sections), that
 * holds an item's structure (list items always; other elements at least two blocks,
 * such as a headline and a paragraph, so a paragraph merely wrapped in a div is not one,
 * or a time stamp of its own).
 * A wrapper with one element child is read as that child: a newsletter's section that
 * holds a single story card (section > div > h2 + p) is an item like its sisters that
 * hold several.
 */
export function isItemElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (!ITEM_TAGS.has(tag) || siblingsOfShape(el) < 2) return false;
  if (ALWAYS_ITEMS.has(tag)) return true;
  let inner: Element = el;
  for (let depth = 0; depth < MAX_UNWRAP && inner.childElementCount === 1 && onlyChildHoldsText(inner); depth++) {
    const child = inner.firstElementChild!;
    if (!BLOCKS.has(child.tagName.toUpperCase())) break;
    inner = child;
  }
  let blocks = 0;
  for (let c = inner.firstElementChild; c && blocks < 2; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    // A time stamp of its own: an entry of a live blog written as one run of text ("<time>08:40</time><strong>Football</strong> …").
    if (tag === 'TIME') return true;
    if (BLOCKS.has(tag)) blocks++;
  }
  return blocks >= 2;
}

/** Most single-child wrappers read through to find an item's blocks. */
const MAX_UNWRAP = 3;

/** Whether all of the element's text stands in its one element child (no text of its own beside it). */
function onlyChildHoldsText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE && (c.nodeValue ?? '').trim() !== '') return false;
  return true;
}

/** A frame of the explicit walk stack (no recursion: pages nest thousands deep). */
interface Frame {
  node: Node;
  /** True when the frame closes a block (emit "\n" on the way out). */
  exit: boolean;
  /** On an exit frame of an item: where its end goes in `items`. */
  item?: number;
  /** A teaser's edge inside a box without item wrappers (teaser-runs.ts): the group it opens, or -1 to close. */
  run?: number;
}

/** Resumable walker; `buildTextIndex` runs it to the end in one go. */
export class TextIndexBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private lastChar = '\n';
  /** The last text node read: a text node with another parent lies across an element's edge. */
  private lastText: Text | null = null;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly items: number[] = [];
  private readonly groups = new Map<Node, number>();
  private readonly stack: Frame[] = [];
  /** Where the ends of the teasers open now go in `items` (a teaser may hold a box of its own). */
  private readonly openRuns: number[] = [];

  constructor(root: Node) {
    this.stack.push({ node: root, exit: false });
  }

  /** Walks until done or until `shouldYield()` says the slice is over; returns true when done. */
  step(shouldYield: () => boolean = () => false): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      // Checking the clock is not free: once every 256 nodes is plenty.
      if ((++visited & 255) === 0 && shouldYield()) return false;
      const frame = this.stack.pop()!;
      if (frame.run !== undefined) {
        this.runEdge(frame.run);
        continue;
      }
      if (frame.exit) {
        this.breakLine();
        if (frame.item !== undefined) this.items[frame.item] = this.length;
        continue;
      }
      this.visit(frame.node);
    }
    return true;
  }

  result(): TextIndex {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, items: this.items, shadowRoots: this.shadowRoots };
  }

  private visit(node: Node): void {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (this.lastText && this.lastText.parentNode !== node.parentNode && gluedAcrossEdge(this.lastChar, data)) this.append(' ');
      this.lastText = node as Text;
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      this.append(data);
      return;
    }
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkippedElement(el)) return;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        this.breakLine();
        return;
      }
      const block = BLOCKS.has(tag);
      const runs = block ? teaserRuns(el, isBlockElement) : null;
      if (block) {
        this.breakLine();
        if (isItemElement(el)) {
          this.items.push(this.length, this.length, this.groupOf(el.parentNode!));
          this.stack.push({ node: el, exit: true, item: this.items.length - 2 });
        } else this.stack.push({ node: el, exit: true });
      }
      if (runs) this.pushRuns(el, runs);
      else this.pushChildren(el);
      const shadow = el.shadowRoot;
      if (shadow) {
        this.shadowRoots.push(shadow);
        // Pushed last so it is walked first; its edges are line breaks.
        this.stack.push({ node: shadow, exit: true });
        this.pushChildren(shadow);
        this.stack.push({ node: shadow, exit: true });
      }
      return;
    }
    if (type === DOCUMENT_NODE) {
      const body = (node as Document).body ?? (node as Document).documentElement;
      if (body) this.stack.push({ node: body, exit: false });
      return;
    }
    if (type === FRAGMENT_NODE) this.pushChildren(node);
  }

  private groupOf(parent: Node): number {
    let group = this.groups.get(parent);
    if (group === undefined) this.groups.set(parent, (group = this.groups.size));
    return group;
  }

  /** Children of a box of teasers, each teaser between an opening and a closing edge. */
  private pushRuns(parent: Element, runs: readonly Run[]): void {
    const children = parent.childNodes;
    const group = this.groupOf(parent);
    let r = runs.length - 1;
    for (let i = children.length - 1; i >= 0; i--) {
      const run = runs[r];
      if (run && i === run[1] - 1) this.stack.push({ node: parent, exit: false, run: -1 });
      this.stack.push({ node: children[i]!, exit: false });
      if (run && i === run[0]) {
        this.stack.push({ node: parent, exit: false, run: group });
        r--;
      }
    }
  }

  /** A teaser starts (group >= 0) or ends: a line break either way, so two teasers never join. */
  private runEdge(group: number): void {
    this.breakLine();
    if (group >= 0) {
      this.items.push(this.length, this.length, group);
      this.openRuns.push(this.items.length - 2);
    } else {
      const at = this.openRuns.pop();
      if (at !== undefined) this.items[at] = this.length;
    }
  }

  private pushChildren(parent: Node): void {
    for (let child = parent.lastChild; child; child = child.previousSibling) {
      this.stack.push({ node: child, exit: false });
    }
  }

  private append(data: string): void {
    this.parts.push(data);
    this.length += data.length;
    this.lastChar = data[data.length - 1]!;
  }

  private breakLine(): void {
    if (this.lastChar !== '\n') this.append('\n');
  }
}

/**
 * "<span class=date>Di 14-10-2025</span>Witkoff en …", "13 oktober</b>Trump spreekt": a
 * stylesheet sets such spans apart as lines, but their text runs into the next word's. A
 * digit or a small letter before an element's edge and a capital right after it never
 * make one word ("Wit</b>koff" and a drop cap's "<span>W</span>itkoff" are not split), so
 * the index puts a space between them, as the page shows one.
 */
function gluedAcrossEdge(before: string, data: string): boolean {
  return /[\p{Nd}\p{Ll}]/u.test(before) && /^\p{Lu}/u.test(data);
}

/** Indexes the visible text under `root` (an element, a document or a shadow root). */
export function buildTextIndex(root: Node): TextIndex {
  const builder = new TextIndexBuilder(root);
  builder.step();
  return builder.result();
}

/** Index of the last node whose text starts at or before `offset`. */
function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The node ranges that make up [start, end) of the index text, in order: one per
 * text node touched. Characters the index added (line breaks) belong to no node.
 */
export function rangesFor(index: TextIndex, start: number, end: number): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  if (end <= start) return out;
  let i = Math.max(nodeAt(index, start), 0);
  for (; i < index.nodes.length; i++) {
    const nodeStart = index.starts[i]!;
    if (nodeStart >= end) break;
    const node = index.nodes[i]!;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
    if (to > from) out.push({ node, start: from, end: to });
  }
  return out;
}

/** The text node and offset where index offset `offset` lies, or null on an added line break. */
export function pointAt(index: TextIndex, offset: number): TextPoint | null {
  const i = nodeAt(index, offset);
  if (i < 0) return null;
  const node = index.nodes[i]!;
  const within = offset - index.starts[i]!;
  return within < node.data.length ? { node, offset: within } : null;
}
