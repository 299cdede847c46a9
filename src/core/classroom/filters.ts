/**
 * The discrepancy-type filter shared by the coverage matrix, the explorer and the
 * presenter: "all", "only facts with some discrepancy", or one taxonomy type.
 */
import type { Discrepancy, DiscrepancyTypeId, StoryPack } from '../pack/schema';
import type { CoverageRow } from './coverage-matrix';

export type TypeFilter = { kind: 'all' } | { kind: 'any-discrepancy' } | { kind: 'type'; type: DiscrepancyTypeId };

export const ALL: TypeFilter = { kind: 'all' };

/** Encodes a filter as one string, for a <select> value. */
export function filterToValue(filter: TypeFilter): string {
  return filter.kind === 'type' ? `type:${filter.type}` : filter.kind;
}

export function filterFromValue(value: string, known: readonly string[]): TypeFilter {
  if (value === 'any-discrepancy') return { kind: 'any-discrepancy' };
  if (value.startsWith('type:')) {
    const type = value.slice(5);
    if (known.includes(type)) return { kind: 'type', type: type as DiscrepancyTypeId };
  }
  return ALL;
}

/** Types that occur in the pack, in taxonomy order, with how many discrepancies each has. */
export function typesInPack(pack: StoryPack, typeOrder: readonly DiscrepancyTypeId[]): { type: DiscrepancyTypeId; count: number }[] {
  const counts = new Map<DiscrepancyTypeId, number>();
  for (const d of pack.discrepancies) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
  return typeOrder.filter((t) => counts.has(t)).map((type) => ({ type, count: counts.get(type)! }));
}

export function filterRows(rows: readonly CoverageRow[], filter: TypeFilter): CoverageRow[] {
  if (filter.kind === 'all') return [...rows];
  if (filter.kind === 'any-discrepancy') return rows.filter((r) => r.discrepancyTypes.length > 0);
  return rows.filter((r) => r.discrepancyTypes.includes(filter.type));
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Discrepancies to show, most serious first (then pack order), so a short lesson
 * covers what matters most. `any-discrepancy` is the same as `all` here.
 */
export function filterDiscrepancies(discrepancies: readonly Discrepancy[], filter: TypeFilter): Discrepancy[] {
  const kept = filter.kind === 'type' ? discrepancies.filter((d) => d.type === filter.type) : [...discrepancies];
  return kept
    .map((d, i) => ({ d, i }))
    .sort((x, y) => SEVERITY_RANK[x.d.severity] - SEVERITY_RANK[y.d.severity] || x.i - y.i)
    .map(({ d }) => d);
}
