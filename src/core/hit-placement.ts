/**
 * Which of a scan's hits a page can show: marks never overlap, so of overlapping hits
 * one is kept. The page layer (src/content/highlighter.ts) places marks by this rule,
 * and the accuracy command line scores by it too, so both count the same marks.
 */
import type { Hit } from './hit';

const KIND_PRIORITY = { discrepancy: 0, mention: 1 } as const;

/** Fewest chars a flag must keep past the one before it to be shown on its own. */
const MIN_FLAG_REST = 4;

/**
 * One hit per stretch of text: keeps the first of overlapping hits, a discrepancy over a
 * mention of the same words, then the longer span. Two errors in words that overlap
 * ("Former president Donald Trump condemned Witkoff") are both shown: the later flag keeps
 * its words past the first. (The matcher's own `selectNonOverlapping` only resolves
 * overlapping mention candidates.) `text` is the scanned text, to start such a rest at a word.
 */
export function oneHitPerSpan(hits: readonly Hit[], text: string): Hit[] {
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
      } else if (prev.kind === 'discrepancy' && hit.kind === 'discrepancy') {
        let start = lastEnd;
        while (start < hit.end && /\s/.test(text[start]!)) start++;
        if (hit.end - start >= MIN_FLAG_REST) {
          kept.push({ ...hit, start });
          lastEnd = hit.end;
        }
      }
      continue;
    }
    kept.push(hit);
    lastEnd = hit.end;
  }
  return kept;
}
