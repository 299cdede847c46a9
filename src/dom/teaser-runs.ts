/**
 * Teasers without item wrappers: a "more stories" box whose links sit directly in one
 * container (an <aside> with a heading and four <a>), lines of links split by <br>, or
 * linked headlines each followed by a short dek, with no <li> or card around each one.
 * Each teaser is one item for the matcher (src/core/detect/items.ts), so a link about
 * Gaza in the box under an article about the call is judged by its own words, not by the
 * box as a whole, and not by the page.
 *
 * Only shapes that running prose never has count: links (or blocks that are only a link)
 * separated by nothing but punctuation, short lines that each carry a link or a bullet,
 * headings that are links.
 * A paragraph with links inside its sentences is never split.
 *
 * Runs are [first, end) ranges of the container's child nodes, in order; children
 * outside every run (the box's own heading) stay outside items.
 */

export type Run = readonly [first: number, end: number];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What may stand between teaser links: spaces and list punctuation. */
const SEPARATOR = /^[\s·•|,;/\u2013\u2014-]*$/u;
/** A line that starts like a list entry. */
const BULLET = /^\s*[•·▪►▸›»*\u2013\u2014-]/u;
/** A label before the links ("More:", <strong>Related</strong>), not a sentence. */
const LABEL_MAX = 40;
/** A teaser line or headline; longer runs are prose. */
const LINE_MAX = 200;
/** A linked headline with its dek; longer sections are an article's own parts. */
const SECTION_MAX = 600;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Containers whose lines belong together whatever their shape. */
const WHOLE = new Set(['PRE', 'BLOCKQUOTE', 'ADDRESS', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL', 'OL', 'DL']);

const tagOf = (n: Node) => (n.nodeType === ELEMENT_NODE ? (n as Element).tagName.toUpperCase() : '');
const textOf = (n: Node) => (n.textContent ?? '').trim();
const hasLink = (n: Node) => tagOf(n) === 'A' || (n.nodeType === ELEMENT_NODE && (n as Element).querySelector('a') !== null);

/**
 * The teasers directly inside `el`, each as a run of its children, or null when `el`
 * is not a box of several teasers. `isBlock` tells blocks from inline elements.
 */
export function teaserRuns(el: Element, isBlock: (el: Element) => boolean): Run[] | null {
  if (WHOLE.has(el.tagName.toUpperCase())) return null;
  const children = Array.from(el.childNodes);
  let links = 0;
  let breaks = 0;
  let headings = 0;
  for (const c of children) {
    const tag = tagOf(c);
    if (tag === 'A' || isLinkBlock(c, isBlock)) links++;
    else if (tag === 'BR') breaks++;
    else if (HEADINGS.has(tag)) headings++;
  }
  if (links < 2 && breaks < 2 && headings < 2) return null;
  return (
    (links >= 2 ? linkRuns(children, isBlock) : null) ??
    (breaks >= 2 ? lineRuns(children, isBlock) : null) ??
    (headings >= 2 ? headlineRuns(children) : null)
  );
}

/**
 * A block that is nothing but one link (<p><a>…</a></p>, <div class="t"><a>…</a></div>),
 * a teaser in a wrapper too thin to be an item. Headings are headlines (headlineRuns).
 */
function isLinkBlock(n: Node, isBlock: (el: Element) => boolean): boolean {
  if (n.nodeType !== ELEMENT_NODE) return false;
  const el = n as Element;
  if (!isBlock(el) || HEADINGS.has(el.tagName.toUpperCase()) || el.childElementCount !== 1 || tagOf(el.firstElementChild!) !== 'A')
    return false;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE && (c as Text).data.trim() !== '') return false;
  return true;
}

/** Links side by side with nothing but punctuation (and a leading label) between them: each link. */
function linkRuns(children: readonly Node[], isBlock: (el: Element) => boolean): Run[] | null {
  const runs: Run[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const tag = tagOf(c);
    if (tag === 'A' || isLinkBlock(c, isBlock)) {
      if (textOf(c) !== '') runs.push([i, i + 1]);
      continue;
    }
    if (c.nodeType === TEXT_NODE) {
      const text = (c as Text).data;
      if (SEPARATOR.test(text)) continue;
      if (runs.length === 0 && text.trim().length <= LABEL_MAX && text.trim().endsWith(':')) continue;
      return null;
    }
    if (c.nodeType !== ELEMENT_NODE || tag === 'BR' || isBlock(c as Element)) continue;
    // Any other inline element: a short label before the first link, or nothing.
    const text = textOf(c);
    if (text !== '' && (runs.length > 0 || text.length > LABEL_MAX)) return null;
  }
  return runs.length >= 2 ? runs : null;
}

/** Three or more short lines split by <br>, each with a link or a bullet: each line. */
function lineRuns(children: readonly Node[], isBlock: (el: Element) => boolean): Run[] | null {
  const runs: Run[] = [];
  let first = 0;
  const close = (end: number) => {
    const nodes = children.slice(first, end);
    const text = nodes.map(textOf).join(' ').trim();
    if (text !== '') runs.push([first, end]);
    first = end + 1;
    return text === '' || (text.length <= LINE_MAX && (nodes.some(hasLink) || BULLET.test(text)));
  };
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const boundary = tagOf(c) === 'BR' || (c.nodeType === ELEMENT_NODE && isBlock(c as Element));
    if (boundary && !close(i)) return null;
  }
  if (!close(children.length)) return null;
  return runs.length >= 3 ? runs : null;
}

/**
 * Headlines that are links, each with what follows it up to the next one (a dek, a
 * date): each section. An article's subheads are not links, and its sections are long.
 */
function headlineRuns(children: readonly Node[]): Run[] | null {
  const heads: number[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (!HEADINGS.has(tagOf(c))) continue;
    const link = (c as Element).querySelector('a');
    const text = textOf(c);
    if (link && text.length <= LINE_MAX && textOf(link).length * 2 >= text.length) heads.push(i);
  }
  if (heads.length < 2) return null;
  // Sections end at the next linked headline or at the next heading of any kind.
  const runs: Run[] = [];
  for (let k = 0; k < heads.length; k++) {
    const first = heads[k]!;
    let end = first + 1;
    const limit = heads[k + 1] ?? children.length;
    while (end < limit && !HEADINGS.has(tagOf(children[end]!))) end++;
    const length = children
      .slice(first, end)
      .map(textOf)
      .reduce((a, t) => a + t.length, 0);
    if (length > SECTION_MAX) return null;
    runs.push([first, end]);
  }
  return runs;
}
