/**
 * The scan driver: runs the scan passes. Text index -> scan (src/core/scan) -> highlighter, sliced so that no
 * task runs long. A full pass covers the page; a partial pass covers the subtrees the
 * DOM watcher reports, replacing Lateral's own highlights there block by block as it
 * places the new ones, so nothing is highlighted twice and no highlight blinks. The page's relevance evidence carries over between passes, and
 * when a later pass makes the page relevant, the whole page is scanned again.
 */
import type { Gate } from '../core/detect/gate';
import type { Matcher } from '../core/detect/index';
import { passesInPieces } from '../core/scan/gate-in-pieces';
import { Scan, type PageEvidence } from '../core/scan/scan';
import type { Highlighter } from './highlighter';
import { nextSlice, runSliced } from './idle';
import { LONG_TEXT } from './constants';
import { isItemElement, parentAcrossShadow, TextIndexBuilder, type TextIndex } from './text-index';

/**
 * At most this many highlights on one page. A real article about the story has tens;
 * a page that repeats a short phrase thousands of times would otherwise fill itself
 * with highlight elements and keep Lateral busy for seconds.
 */
export const MAX_FINDINGS = 3_000;

export interface ScanDriverDeps {
  highlighter: Highlighter;
  /** The matcher, or a loader for it: the content script loads it only once the gate passes. */
  matcher: Matcher | (() => Promise<Matcher>);
  /**
   * The page gate (src/core/detect/gate.ts). While no text of the page has passed
   * it, passes stop after one read of the raw text and the matcher is never loaded.
   */
  gate?: Gate;
  /** Runs Lateral's own DOM edits so the DOM watcher ignores them. */
  own: <T>(edit: () => T) => T;
  /** Each text index built, once complete (the DOM watcher observes the shadow roots it walked). */
  onIndexed?: (index: TextIndex) => void;
  signal: AbortSignal;
  doc?: Document;
}

/**
 * `text`, the textContent of `root`, without the text of the script, style and noscript
 * elements in it. Each one's text is taken out at its first place in what is left: where
 * the same words stood earlier in the page, those go instead, and the words stay in.
 */
export function withoutCode(root: Node, text: string): string {
  if (!('querySelectorAll' in root)) return text;
  for (const el of (root as ParentNode).querySelectorAll('script,style,noscript')) text = text.replace(el.textContent ?? '', '');
  return text;
}

export class ScanDriver {
  private matcher: Matcher | null;
  /** Relevance evidence of the page, carried from scan to scan. */
  private page: PageEvidence = { pageRelevant: false };
  private readonly doc: Document;

  constructor(private readonly deps: ScanDriverDeps) {
    this.doc = deps.doc ?? document;
    this.matcher = typeof deps.matcher === 'function' ? null : deps.matcher;
    if (!deps.gate && this.matcher === null) throw new Error('ScanDriver: a matcher loader needs a gate');
  }

  /** True once some page text has passed the gate and the matcher is loaded. */
  get engaged(): boolean {
    return this.matcher !== null;
  }

  /**
   * Loads the matcher the first time text passes the gate. Until then a pass costs
   * one read of the raw text (`textContent`, native) and one regular expression.
   */
  private async engage(roots: readonly Node[]): Promise<boolean> {
    if (this.matcher) return true;
    const { gate, matcher } = this.deps;
    if (gate && !(await this.anyPassing(gate, roots))) return false;
    if (typeof matcher !== 'function') {
      this.matcher = matcher;
      return true;
    }
    // Loading and creating the matcher starts in a slice of its own. The engine is not
    // warmed up on sample text first: the page's own first chunk runs it cold, in a fresh
    // slice (see Scan.step), which costs less than running every path of the engine
    // over a sample of the story's densest text beforehand (bench/notes.md).
    await nextSlice(this.deps.signal);
    this.matcher = await matcher();
    return true;
  }

  /**
   * Whether the text of any of `roots` passes the gate. On a very long page, reading
   * the text and testing it take a task each, so the two costs never add up in one task.
   */
  private async anyPassing(gate: Gate, roots: readonly Node[]): Promise<boolean> {
    const pause = () => nextSlice(this.deps.signal);
    for (const root of roots) {
      const text = root.textContent ?? '';
      if (text.length > LONG_TEXT) await pause();
      // The raw text holds the source of the page's scripts and styles, which the index
      // never reads ("window.envoy_config = …"): text that passes only there is no
      // reason to load the matcher. The page-start script gates the raw text alone, the
      // cheapest test for the many pages that fail it.
      if ((await passesInPieces(gate, text, pause)) && (await passesInPieces(gate, withoutCode(root, text), pause))) return true;
    }
    return false;
  }

  /** Scans the whole page; with `replace`, the highlights it has give way to the new ones. */
  async fullPass(replace = false): Promise<void> {
    this.page = { pageRelevant: false };
    const root = this.doc.body ?? this.doc.documentElement;
    if (!(await this.engage([root])) || this.deps.signal.aborted) return;
    await this.pass(root, replace ? root : undefined);
  }

  /** Rescans changed subtrees; returns true when the caller should run a full pass. */
  async partialPass(roots: Element[]): Promise<boolean> {
    // New text that passes the gate on a page that had none: the page's earlier text
    // was never indexed, so its context must be read too — a full pass does that.
    if (!this.matcher) return this.engage(roots.filter((root) => root.isConnected));
    let madeRelevant = false;
    for (const root of roots) {
      if (!root.isConnected) continue;
      // Lateral's highlights there stay until the new ones replace them (see applySteps).
      madeRelevant = (await this.pass(root, root)) || madeRelevant;
    }
    return madeRelevant;
  }

  /**
   * Indexes, scans and highlights one root; true when it showed the page is about the story.
   * With `replacing`, the highlights already under it give way to the new ones.
   *
   * A changed part of the page is read with the text around it, as the scan reads a
   * chunk: what is found in it is then what a pass over the whole page finds there,
   * whether the text came before the first pass or while it ran or after it.
   */
  private async pass(root: Node, replacing?: Node): Promise<boolean> {
    const { signal } = this.deps;
    const matcher = this.matcher;
    if (!matcher) return false;
    const builder = new TextIndexBuilder(replacing === root ? contextOf(root, this.doc) : root);
    await runSliced((over) => builder.step(over), signal);
    const index = builder.result();
    this.deps.onIndexed?.(index);
    const scan = new Scan(matcher, index.text, this.page, index.items, { span: spanOf(index, root) });
    // The scan times its own engine calls and holds back one that would not fit in the
    // slice; units are no limit here.
    await runSliced((_over, time) => scan.step(Number.POSITIVE_INFINITY, time), signal);
    const room = MAX_FINDINGS - this.deps.highlighter.size;
    const hits = scan.hits.slice(0, Math.max(0, room));
    if (hits.length === 0 && !replacing) return scan.madeRelevant;
    const steps = this.deps.highlighter.applySteps(index, hits, replacing);
    // The first highlights of a page take the longest (mark.js runs cold): they start
    // in a slice of their own rather than in what the scan left of one.
    await nextSlice(signal);
    await runSliced((over) => {
      for (;;) {
        const step = this.deps.own(() => steps.next());
        if (step.done) return true;
        if (over()) return false;
      }
    }, signal);
    return scan.madeRelevant;
  }
}

/**
 * Chars of text on either side of a changed part of the page that the node indexed around
 * it holds (see contextOf). More than the scan's CHUNK_CONTEXT (src/core/scan/scan.ts): the node's text is indexed
 * on its own, and its blocks and items must come out as in the whole page's index; with
 * 700 chars a late paragraph of tests/fixtures/pages/story-en.html lost highlights.
 */
export const PARTIAL_CONTEXT = 1_000;

/**
 * The node to index around a changed `root`: its ancestor with PARTIAL_CONTEXT chars of
 * text on either side (or the page), and above every item `root` lies in, since an item's
 * words are judged together.
 */
export function contextOf(root: Node, doc: Document): Node {
  const top = doc.body ?? doc.documentElement;
  let at = root;
  for (let n = parentAcrossShadow(root); n && n !== top && n.nodeType === 1; n = parentAcrossShadow(n)) {
    if (isItemElement(n as Element)) at = n;
  }
  const wanted = (root.textContent?.length ?? 0) + 2 * PARTIAL_CONTEXT;
  while (at !== top && (at.textContent?.length ?? 0) < wanted) {
    const up = parentAcrossShadow(at);
    if (!up || up.nodeType === 9) break;
    at = up;
  }
  return at;
}

/** Where the text of `root` lies in `index` (an index of root or of a node around it). */
export function spanOf(index: TextIndex, root: Node): [number, number] {
  const inside = (node: Node) => {
    for (let n: Node | null = node; n; n = parentAcrossShadow(n)) if (n === root) return true;
    return false;
  };
  let first = -1;
  let last = -1;
  for (let i = 0; i < index.nodes.length; i++) {
    if (!inside(index.nodes[i]!)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return [0, 0];
  return [index.starts[first]!, index.starts[last]! + index.nodes[last]!.data.length];
}
