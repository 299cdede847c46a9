/**
 * Pure selectors the popover reads a story pack through: the key facts of a topic,
 * how many of the five seed sources agree on each, the discrepancies that touch a
 * fact, and the evidence each source gives. No DOM, no browser API.
 */
import type { Discrepancy, Fact, ReferenceSource, SeedSource, Source, Stance, StoryPack, Topic } from '../pack/schema';

/** Facts shown for one mention: the hit's own facts first, then the topic's key facts. */
export const MAX_FACTS = 3;

export interface SourceEvidence {
  source: SeedSource;
  stance: Stance;
  note: string;
  excerpt?: string;
}

/**
 * The dated, published item a record claim rests on, in the form a link needs:
 * who published it, what it is, when, and (when known for certain) where.
 */
export interface RecordSource {
  id: string;
  outlet: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  url?: string;
}

export function recordSource(source: ReferenceSource): RecordSource {
  return { id: source.id, outlet: source.name, title: source.title, date: source.date, ...(source.url ? { url: source.url } : {}) };
}

/** The reference items behind `ids`, in order; unknown ids and seeds are skipped. */
export function recordSources(pack: StoryPack, ids: readonly string[]): RecordSource[] {
  return ids.flatMap((id) => {
    const source = sourceById(pack, id);
    return source?.role === 'reference' ? [recordSource(source)] : [];
  });
}

export interface FactView {
  fact: Fact;
  /** The published items the answer rests on. */
  references: RecordSource[];
  /** Seed sources whose stance is `agrees`. */
  agree: number;
  /** Number of seed sources in the pack (five for the bundled pack). */
  total: number;
  evidence: SourceEvidence[];
  discrepancies: Discrepancy[];
}

export interface TopicView {
  topic: Topic;
  facts: FactView[];
}

export function findPack(packs: readonly StoryPack[], packId: string): StoryPack | undefined {
  return packs.find((p) => p.id === packId);
}

export function seedSources(pack: StoryPack): SeedSource[] {
  return pack.sources.filter((s): s is SeedSource => s.role === 'seed');
}

export function sourceById(pack: StoryPack, id: string): Source | undefined {
  return pack.sources.find((s) => s.id === id);
}

export function discrepanciesForFact(pack: StoryPack, factId: string): Discrepancy[] {
  return pack.discrepancies.filter((d) => d.factIds.includes(factId));
}

export function factView(pack: StoryPack, fact: Fact): FactView {
  const seeds = seedSources(pack);
  const evidence: SourceEvidence[] = [];
  for (const source of seeds) {
    const stance = fact.sources[source.id];
    if (!stance) continue;
    evidence.push({ source, stance: stance.stance, note: stance.note, ...(stance.excerpt ? { excerpt: stance.excerpt } : {}) });
  }
  return {
    fact,
    references: recordSources(pack, fact.referenceIds),
    agree: evidence.filter((e) => e.stance === 'agrees').length,
    total: seeds.length,
    evidence,
    discrepancies: discrepanciesForFact(pack, fact.id),
  };
}

/** The facts a mention leads with: its own `factIds`, then the topic's key facts, at most `limit`. */
export function topicView(pack: StoryPack, topicId: string, factIds: readonly string[] = [], limit = MAX_FACTS): TopicView | undefined {
  const topic = pack.topics.find((t) => t.id === topicId);
  if (!topic) return undefined;
  const chosen: Fact[] = [];
  const take = (fact: Fact | undefined) => {
    if (fact && !chosen.includes(fact) && chosen.length < limit) chosen.push(fact);
  };
  for (const id of factIds) take(pack.facts.find((f) => f.id === id));
  for (const fact of pack.facts) if (fact.topic === topicId && fact.key) take(fact);
  return { topic, facts: chosen.map((f) => factView(pack, f)) };
}

export interface DiscrepancyView {
  discrepancy: Discrepancy;
  /** Seed sources that print the error, with what they say. */
  sources: { source: Source | undefined; says: string; excerpt?: string }[];
  /** The published items `right` rests on. */
  references: RecordSource[];
  facts: Fact[];
}

export function discrepancyView(pack: StoryPack, discrepancyId: string): DiscrepancyView | undefined {
  const discrepancy = pack.discrepancies.find((d) => d.id === discrepancyId);
  if (!discrepancy) return undefined;
  return {
    discrepancy,
    sources: discrepancy.sources.map((s) => ({
      source: sourceById(pack, s.sourceId),
      says: s.says,
      ...(s.excerpt ? { excerpt: s.excerpt } : {}),
    })),
    references: recordSources(pack, discrepancy.referenceIds),
    facts: pack.facts.filter((f) => discrepancy.factIds.includes(f.id)),
  };
}

/** A short, human name for a source: the outlet name for references, the headline for seeds. */
export function sourceName(source: Source): string {
  return source.role === 'reference' ? source.name : source.headline;
}
