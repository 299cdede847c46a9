/**
 * The DOM half of the reader text (src/core/accuracy/reader-text.ts): the text nodes
 * a label is written against, i.e. body textContent without script, style and
 * textarea content. Shadow roots are not part of textContent, so they are not walked.
 *
 * Both functions also run inside test pages, sent as source text, so neither uses
 * an import or a module-level name.
 */
export function readerTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(node as Text);
      continue;
    }
    if (node.nodeType === 1 && /^(script|style|textarea)$/i.test((node as Element).tagName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

export interface MarkedSegments {
  segments: string[];
  /** For each mark piece: the segment it wraps, its kind and its finding id. */
  pieces: { segment: number; kind: string; finding: string }[];
}

/**
 * The reader text nodes under `root` and, for each, the Lateral marks around it.
 * Runs in test pages too: the driver sends `readerTextNodes` and this function as
 * source (see `markedSegmentsSource`), so both use nothing outside themselves.
 */
export function readMarkedSegments(root: Node): MarkedSegments {
  const segments: string[] = [];
  const pieces: MarkedSegments['pieces'] = [];
  for (const node of readerTextNodes(root)) {
    const index = segments.push(node.data) - 1;
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (el.tagName.toLowerCase() !== 'lateral-mark') continue;
      pieces.push({
        segment: index,
        kind: el.getAttribute('data-lateral-kind') ?? '',
        finding: el.getAttribute('data-lateral-finding') ?? '',
      });
    }
  }
  return { segments, pieces };
}

/** A script that evaluates to `readMarkedSegments(document.body)` in a page. */
export function markedSegmentsSource(): string {
  return `(() => { ${readerTextNodes.toString()}; return (${readMarkedSegments.toString()})(document.body); })()`;
}
