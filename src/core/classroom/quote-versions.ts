/**
 * For quotation discrepancies, lines up each outlet's words against the record's
 * words as a word-level diff. The record is the related fact's transcript quote
 * when the pack has one; otherwise an outlet that agrees with the record (or
 * the first listed) is the baseline, so outlets are at least compared with each other.
 */
import type { Discrepancy, DiscrepancyTypeId, StoryPack } from '../pack/schema';
import { diffWords, quotedPart, tokenize, wordsKept, type DiffPart } from './word-diff';

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
 * An outlet that quotes one clause of a long remark has not "removed" the rest.
 * Before the first and after the last shared word, baseline words beyond the
 * outlet's own replacement words were simply not quoted: drop them and say so.
 * (Where the outlet put, say, one word in place of "done: Donetsk and ...", the
 * first baseline word stays as the likely replaced word.)
 */
export function windowToVersion(parts: readonly DiffPart[]): { parts: DiffPart[]; startsLater: boolean; endsEarlier: boolean } {
  const first = parts.findIndex((p) => p.op === 'same');
  if (first === -1) return { parts: [...parts], startsLater: false, endsEarlier: false };
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.op === 'same');
  const head = trimEdge(parts.slice(0, first), 'head');
  const tail = trimEdge(parts.slice(last + 1), 'tail');
  return { parts: [...head.parts, ...parts.slice(first, last + 1), ...tail.parts], startsLater: head.cut, endsEarlier: tail.cut };
}

function trimEdge(edge: readonly DiffPart[], side: 'head' | 'tail'): { parts: DiffPart[]; cut: boolean } {
  const count = (op: DiffPart['op']) => edge.filter((p) => p.op === op).reduce((n, p) => n + tokenize(p.text).length, 0);
  const added = count('added');
  const removed = count('removed');
  if (removed <= added) return { parts: [...edge], cut: false };
  const parts: DiffPart[] = [];
  for (const part of edge) {
    if (part.op !== 'removed') {
      parts.push(part);
      continue;
    }
    if (added === 0) continue;
    const words = tokenize(part.text);
    // Keep the removed words next to the shared text: the end of the head, the start of the tail.
    const kept = side === 'tail' ? words.slice(0, added) : words.slice(-added);
    parts.push({ op: 'removed', text: kept.join(' ') });
  }
  return { parts, cut: true };
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
