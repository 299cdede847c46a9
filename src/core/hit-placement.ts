/**
 * Which of a scan's hits a page can show: marks never overlap, so of overlapping hits
 * one is kept. The page layer (src/content/highlighter.ts) places marks by this rule,
 * and the accuracy command line scores by it too, so both count the same marks.
 */
import type { Hit } from './hit';

const KIND_PRIORITY = { discrepancy: 0, mention: 1 } as const;

/**
 * One hit per stretch of text: keeps the first of overlapping hits, a discrepancy over a
 * mention of the same words, then the longer span. (The matcher's own
 * `selectNonOverlapping` only resolves overlapping mention candidates.)
 */
export function oneHitPerSpan(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || b.end - a.end);
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
