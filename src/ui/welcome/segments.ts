/** Splits a text into plain runs and highlighted runs, one per hit, the way the page layer wraps them. Overlaps keep the earlier hit. */
import type { Hit } from '../../core/hit';

export type Segment = { text: string; hit?: Hit };

export function segmentsOf(text: string, hits: readonly Hit[]): Segment[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const hit of sorted) {
    if (hit.start < at) continue;
    if (hit.start > at) out.push({ text: text.slice(at, hit.start) });
    out.push({ text: text.slice(hit.start, hit.end), hit });
    at = hit.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
