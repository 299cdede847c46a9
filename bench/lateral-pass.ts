/**
 * Lateral's full pass on a page, as the content script runs it: index the visible
 * text, match it against the compiled packs, highlight the hits with mark.js on the
 * blocks that hold them. Timed in phases so a miss can be traced to its phase.
 */
import { createMatcher, type CompiledPack } from '../src/core/detect/index';
import { Highlighter } from '../src/content/highlighter';
import { buildTextIndex } from '../src/content/text-index';

export interface PassResult {
  hits: number;
  marks: number;
  phases: { index: number; matcher: number; match: number; highlight: number };
  /** What the content script keeps alive on the page (index, matcher, highlighter). */
  keep: unknown;
}

export async function lateralPass(packs: unknown[], doc: Document): Promise<PassResult> {
  const t0 = performance.now();
  const index = buildTextIndex(doc.body);
  const t1 = performance.now();
  const matcher = createMatcher(packs as CompiledPack[]);
  const t2 = performance.now();
  const hits = matcher.scan(index.text);
  const t3 = performance.now();
  const highlighter = new Highlighter({ label: (f) => f.text });
  const findings = highlighter.apply(index, hits);
  const t4 = performance.now();
  return {
    hits: hits.length,
    marks: findings.length,
    phases: { index: t1 - t0, matcher: t2 - t1, match: t3 - t2, highlight: t4 - t3 },
    keep: { index, matcher, highlighter },
  };
}
