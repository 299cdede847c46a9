/**
 * For quotation discrepancies, lines up each outlet's words against the record's
 * words as a word-level diff. The record is the related fact's transcript quote
 * when the pack has one; otherwise an outlet that agrees with the record (or
 * the first listed) is the baseline, so outlets are at least compared with each other.
 */
import type { Discrepancy, DiscrepancyTypeId, StoryPack } from '../pack/schema';
import { diffWords, quotedPart, wordsKept, type DiffPart } from './word-diff';

export const QUOTE_TYPES: readonly DiscrepancyTypeId[] = ['quote-drift', 'paraphrase-as-quote', 'quote-trimmed'];

export interface QuoteComparison {
  baseline: string;
  /** null when the baseline is the record (a transcript quote), else the outlet whose version it is. */
  baselineSourceId: string | null;
  versions: QuoteVersion[];
}

export interface QuoteVersion {
  sourceId: string;
  quote: string;
  parts: DiffPart[];
  /** Share of the (windowed) baseline's words this version kept, 0..1. */
  kept: number;
  /** The version quotes only part of the baseline: words before / after it were not quoted at all. */
  startsLater: boolean;
  endsEarlier: boolean;
}

/**
 * An outlet that quotes one clause of a long remark has not "removed" the rest:
 * drop baseline words before its first and after its last shared word, and say so.
 */
export function windowToVersion(parts: DiffPart[]): { parts: DiffPart[]; startsLater: boolean; endsEarlier: boolean } {
  const hasSame = parts.some((p) => p.op === 'same');
  if (!hasSame) return { parts, startsLater: false, endsEarlier: false };
  let start = 0;
  let end = parts.length;
  let startsLater = false;
  let endsEarlier = false;
  if (parts[0]?.op === 'removed') {
    start = 1;
    startsLater = true;
  }
  if (parts[end - 1]?.op === 'removed' && end - 1 >= start) {
    end -= 1;
    endsEarlier = true;
  }
  return { parts: parts.slice(start, end), startsLater, endsEarlier };
}

export function isQuoteDiscrepancy(d: Discrepancy): boolean {
  return QUOTE_TYPES.includes(d.type);
}

export function compareQuotes(pack: StoryPack, d: Discrepancy): QuoteComparison | null {
  if (!isQuoteDiscrepancy(d)) return null;
  const quoted = d.sources.flatMap((s) =>
    s.excerpt ? [{ sourceId: s.sourceId, agrees: s.stance === 'agrees', quote: quotedPart(s.excerpt) }] : [],
  );
  if (quoted.length === 0) return null;
  const record = d.factIds.map((id) => pack.facts.find((f) => f.id === id)?.canonicalQuote).find((q) => q !== undefined);
  // Without a transcript, the outlet that got it right is the fairest yardstick for the others.
  const yardstick = record === undefined ? (quoted.find((q) => q.agrees) ?? quoted[0]!) : undefined;
  const baseline = record ?? yardstick!.quote;
  const versions = quoted
    .filter((v) => v !== yardstick)
    .map(({ sourceId, quote }) => {
      const windowed = windowToVersion(diffWords(baseline, quote));
      return { sourceId, quote, ...windowed, kept: wordsKept(windowed.parts) };
    });
  return { baseline, baselineSourceId: yardstick?.sourceId ?? null, versions };
}
