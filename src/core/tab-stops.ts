/**
 * Which highlights are Tab stops. An article about the story names it in nearly every
 * sentence; a keyboard reader tabbing to the page's own links and forms should meet the
 * first highlight of each topic (the call, the plan) and of each known error, and reach
 * the others with the arrow keys. Shared by the content script and the welcome page's
 * sample, so the sample teaches what a news page does.
 */
import type { Hit } from './hit';

/** Highlights sharing this key share one Tab stop: the first of them in the page. */
export function tabStopKey(hit: Pick<Hit, 'kind' | 'packId' | 'topic' | 'ruleId' | 'discrepancyId'>): string {
  return hit.kind === 'discrepancy'
    ? `${hit.packId}\u0000error\u0000${hit.discrepancyId ?? hit.ruleId}`
    : `${hit.packId}\u0000topic\u0000${hit.topic}`;
}

/** For hits in document order: true for each one that is a Tab stop. */
export function tabStops(hits: readonly Pick<Hit, 'kind' | 'packId' | 'topic' | 'ruleId' | 'discrepancyId'>[]): boolean[] {
  const seen = new Set<string>();
  return hits.map((hit) => {
    const key = tabStopKey(hit);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The index `direction` steps from `at` among `count` items, wrapping around (past the last comes the first). */
export function stepIndex(at: number, direction: 1 | -1, count: number): number {
  return (at + direction + count) % count;
}
