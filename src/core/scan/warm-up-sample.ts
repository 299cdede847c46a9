/**
 * The text the engine warms up on, taken from a story pack: the outlets' own words
 * for each discrepancy. They name the story's people and repeat its known errors
 * (a wrong date, a wrong length, a reversed request), so one scan of them runs the
 * mention path and every claim check, the way a real article about the story would.
 */
import type { StoryPack } from '../pack/schema';

/** Enough text for every path of a scan; more would only make the warm-up slower. */
export const WARM_UP_MAX_CHARS = 1_000;

export function warmUpSample(pack: Pick<StoryPack, 'discrepancies'>): string {
  const excerpts = new Set<string>();
  for (const d of pack.discrepancies) for (const s of d.sources) if (s.excerpt) excerpts.add(s.excerpt);
  let sample = '';
  for (const excerpt of excerpts) {
    const next = sample === '' ? excerpt : `${sample}. ${excerpt}`;
    if (next.length > WARM_UP_MAX_CHARS) break;
    sample = next;
  }
  return sample;
}
