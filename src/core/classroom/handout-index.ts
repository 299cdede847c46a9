/**
 * The cross-references of the printed handout: every dated item the matrix and the
 * discrepancy list rest on, numbered once in order of first use (so a citation is a
 * short "[3]" instead of outlet, title and date repeated under each entry), which
 * discrepancies concern each fact, and which articles get a discrepancy wrong or tell
 * it differently. Pure, so the page and its tests share it.
 */
import type { Discrepancy, Stance, StoryPack } from '../pack/schema';
import { recordSources, type RecordSource } from '../pack-view/topic-view';

export interface NumberedReferences {
  /** In citation order: the first item is [1]. */
  sources: RecordSource[];
  /** Reference id → its 1-based number. */
  numberOf: ReadonlyMap<string, number>;
}

/** Numbers the reference items named by `idLists`, in order of first appearance, each once. */
export function numberReferences(pack: StoryPack, idLists: Iterable<readonly string[]>): NumberedReferences {
  const sources: RecordSource[] = [];
  const numberOf = new Map<string, number>();
  for (const ids of idLists) {
    for (const source of recordSources(pack, ids)) {
      if (numberOf.has(source.id)) continue;
      sources.push(source);
      numberOf.set(source.id, sources.length);
    }
  }
  return { sources, numberOf };
}

/** The 1-based numbers of the given references that were numbered, ascending, no repeats. */
export function citationNumbers(ids: readonly string[], numberOf: ReadonlyMap<string, number>): number[] {
  return [...new Set(ids.flatMap((id) => numberOf.get(id) ?? []))].sort((a, b) => a - b);
}

/** Fact id → the 1-based positions of the discrepancies (in list order) that concern it. */
export function discrepancyNumbersByFact(discrepancies: readonly Discrepancy[]): Map<string, number[]> {
  const byFact = new Map<string, number[]>();
  discrepancies.forEach((d, i) => {
    for (const factId of new Set(d.factIds)) byFact.set(factId, [...(byFact.get(factId) ?? []), i + 1]);
  });
  return byFact;
}

export interface StanceGroup {
  stance: Exclude<Stance, 'agrees'>;
  /** Column numbers of the articles, ascending. */
  sources: number[];
}

const GROUP_ORDER: readonly StanceGroup['stance'][] = ['wrong', 'differs', 'unconfirmed', 'silent'];

/**
 * The articles a discrepancy is about, grouped by how they stand (wrong first), leaving
 * out those that agree and any source that is not a numbered column.
 */
export function stanceGroups(discrepancy: Discrepancy, sourceNumbers: ReadonlyMap<string, number>): StanceGroup[] {
  return GROUP_ORDER.flatMap((stance) => {
    const sources = discrepancy.sources
      .filter((s) => s.stance === stance)
      .flatMap((s) => sourceNumbers.get(s.sourceId) ?? [])
      .sort((a, b) => a - b);
    return sources.length > 0 ? [{ stance, sources }] : [];
  });
}
