/**
 * Turns a story pack into the classroom's coverage matrix: one row per fact, one
 * column per seed article, each cell what that article says and how it stands
 * against the record. Pure, so the table, the handout and the tests share it.
 */
import type { DiscrepancyTypeId, Fact, SeedSource, Stance, StoryPack } from '../pack/schema';
import { recordSources, type RecordSource } from '../pack-view/topic-view';

export interface CoverageColumn {
  sourceId: string;
  /** 1-based position, used for the short column name ("Source 1"). */
  number: number;
  headline: string;
  kind: SeedSource['kind'];
}

export interface CoverageCell {
  sourceId: string;
  stance: Stance;
  note: string;
  excerpt?: string;
}

export interface CoverageRow {
  fact: Fact;
  cells: CoverageCell[];
  /** Discrepancy types recorded against this fact, in taxonomy order, no repeats. */
  discrepancyTypes: DiscrepancyTypeId[];
  /** The dated items the canonical answer rests on, for links. */
  references: RecordSource[];
}

export interface CoverageMatrix {
  columns: CoverageColumn[];
  rows: CoverageRow[];
}

export function seedSources(pack: StoryPack): SeedSource[] {
  return pack.sources.filter((s): s is SeedSource => s.role === 'seed');
}

export function buildCoverage(pack: StoryPack, typeOrder: readonly string[]): CoverageMatrix {
  const columns = seedSources(pack).map((s, i) => ({ sourceId: s.id, number: i + 1, headline: s.headline, kind: s.kind }));

  const typesByFact = new Map<string, Set<DiscrepancyTypeId>>();
  for (const d of pack.discrepancies) {
    for (const factId of d.factIds) {
      const set = typesByFact.get(factId) ?? new Set();
      set.add(d.type);
      typesByFact.set(factId, set);
    }
  }
  const byTaxonomy = (a: string, b: string) => typeOrder.indexOf(a) - typeOrder.indexOf(b);

  const rows = pack.facts.map((fact) => ({
    fact,
    cells: columns.map((c): CoverageCell => {
      // Integrity guarantees every seed is covered; "silent" is the honest fallback if not.
      const entry = fact.sources[c.sourceId];
      return entry
        ? { sourceId: c.sourceId, stance: entry.stance, note: entry.note, ...(entry.excerpt ? { excerpt: entry.excerpt } : {}) }
        : { sourceId: c.sourceId, stance: 'silent', note: '' };
    }),
    discrepancyTypes: [...(typesByFact.get(fact.id) ?? [])].sort(byTaxonomy),
    references: recordSources(pack, fact.referenceIds),
  }));
  return { columns, rows };
}

/** How many facts each source agrees with, differs on, leaves unconfirmed, gets wrong, or skips. */
export function stanceTotals(matrix: CoverageMatrix): Map<string, Record<Stance, number>> {
  const totals = new Map<string, Record<Stance, number>>();
  for (const column of matrix.columns) totals.set(column.sourceId, { agrees: 0, differs: 0, unconfirmed: 0, wrong: 0, silent: 0 });
  for (const row of matrix.rows) for (const cell of row.cells) totals.get(cell.sourceId)![cell.stance]++;
  return totals;
}
