/**
 * An installed pack that marks a page everywhere is a broken (or hostile) pack: no
 * story is named once every hundred characters. The page matcher is wrapped so that
 * an installed pack whose hits in one scanned chunk pass that density is dropped for
 * the rest of the page, its hits from that chunk discarded, and the matcher rebuilt
 * without it. Chunks start small (500 characters), so such a pack costs one small
 * chunk, never a whole page. Bundled packs are never dropped.
 */
import type { Matcher, ScanContext, ScanResult } from '../detect/matcher';

/** Hits per 1,000 characters above which an installed pack is dropped (bundled packs on story pages stay well below). */
export const MAX_HITS_PER_1000_CHARS = 10;
/** Short chunks may hold a few hits without tripping. */
const FLOOR = 20;

export function budgetedMatcher(
  build: (dropped: ReadonlySet<string>) => Matcher,
  installedIds: ReadonlySet<string>,
): Matcher & { readonly dropped: ReadonlySet<string> } {
  const dropped = new Set<string>();
  let current = build(dropped);

  const police = (text: string, result: ScanResult): ScanResult => {
    if (installedIds.size === 0) return result;
    const counts = new Map<string, number>();
    for (const hit of result.hits) if (installedIds.has(hit.packId)) counts.set(hit.packId, (counts.get(hit.packId) ?? 0) + 1);
    const allowed = Math.max(FLOOR, (text.length / 1000) * MAX_HITS_PER_1000_CHARS);
    const over = [...counts].filter(([, n]) => n > allowed).map(([id]) => id);
    if (over.length === 0) return result;
    for (const id of over) dropped.add(id);
    current = build(dropped);
    const relevance = { ...result.relevance };
    for (const id of over) delete relevance[id];
    return { ...result, relevance, hits: result.hits.filter((h) => !dropped.has(h.packId)) };
  };

  return {
    dropped,
    analyze: (text: string, ctx?: ScanContext) => police(text, current.analyze(text, ctx)),
    scan: (text: string, ctx?: ScanContext) => police(text, current.analyze(text, ctx)).hits,
    predated: (text: string) => current.predated(text),
    get rejectedPhrases() {
      return current.rejectedPhrases;
    },
  };
}
