/**
 * The engine over a whole page's text, in chunks, as the content script runs it: one
 * call over megabytes of mention-dense text costs more than linear time (claim checks
 * look around every mention), while chunks cut at line breaks keep every call small,
 * so the time grows with the text. Page relevance carries from chunk to chunk, and when
 * it is reached late, the earlier chunks are read again with it.
 */
import type { Matcher, RelevanceState, ScanResult } from '../core/detect/index';
import { itemsWithin, type ItemSpans } from '../core/detect/items';
import type { Hit } from '../core/hit';

export const CHUNK_CHARS = 16_000;

function chunkEnd(text: string, at: number): number {
  if (text.length - at <= CHUNK_CHARS) return text.length;
  const cut = text.lastIndexOf('\n', at + CHUNK_CHARS);
  return cut > at ? cut + 1 : at + CHUNK_CHARS;
}

export function analyzeInChunks(matcher: Matcher, text: string, items: ItemSpans = []): Pick<ScanResult, 'hits' | 'pageRelevant'> {
  const bounds = [0];
  const hits: Hit[] = [];
  let relevance: RelevanceState | undefined;
  let pageRelevant = false;
  let becameRelevantAt = -1;
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from);
    const result = matcher.analyze(text.slice(from, to), { relevance, pageRelevant, items: itemsWithin(items, from, to) });
    relevance = result.relevance;
    if (result.pageRelevant && !pageRelevant) {
      pageRelevant = true;
      becameRelevantAt = bounds.length - 1;
    }
    for (const h of result.hits) hits.push({ ...h, start: h.start + from, end: h.end + from });
    bounds.push(to);
    from = to;
  }
  if (becameRelevantAt > 0) {
    const seen = new Set(hits.map((h) => `${h.start}:${h.end}:${h.ruleId}`));
    for (let k = 0; k < becameRelevantAt; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      for (const h of matcher.scan(text.slice(from, to), { pageRelevant: true, items: itemsWithin(items, from, to) })) {
        const moved = { ...h, start: h.start + from, end: h.end + from };
        if (!seen.has(`${moved.start}:${moved.end}:${moved.ruleId}`)) hits.push(moved);
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return { hits, pageRelevant };
}
