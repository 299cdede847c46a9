/**
 * Referential integrity of a story pack: the checks a schema cannot express
 * because they relate one part of the pack to another. Pure: takes a pack that
 * already has the right shape and lists every problem, so authors can fix them
 * all in one go instead of one per run.
 */
import type { StoryPack } from './schema';

export type PathSegment = string | number;

export interface IntegrityProblem {
  /** Path segments into the pack, e.g. ['facts', 3, 'sources', 's2']. */
  path: PathSegment[];
  message: string;
}

type Listed = { id: string };

function duplicateIds(list: readonly Listed[], key: string): IntegrityProblem[] {
  const seen = new Set<string>();
  const problems: IntegrityProblem[] = [];
  list.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: [key, i, 'id'], message: `duplicate id "${item.id}" in ${key}` });
    seen.add(item.id);
  });
  return problems;
}

/** Rules and checks belong to the detection engine; read only the reference fields we know about. */
function referencesOf(entry: Record<string, unknown>): { topic?: unknown; factIds?: unknown; discrepancyId?: unknown } {
  return { topic: entry['topic'], factIds: entry['factIds'], discrepancyId: entry['discrepancyId'] };
}

export function checkPackIntegrity(pack: StoryPack): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const add = (path: PathSegment[], message: string) => problems.push({ path, message });

  problems.push(
    ...duplicateIds(pack.topics, 'topics'),
    ...duplicateIds(pack.sources, 'sources'),
    ...duplicateIds(pack.entities, 'entities'),
    ...duplicateIds(pack.facts, 'facts'),
    ...duplicateIds(pack.discrepancies, 'discrepancies'),
    ...duplicateIds(pack.rules, 'rules'),
    ...duplicateIds(pack.checks, 'checks'),
  );

  const topicIds = new Set(pack.topics.map((t) => t.id));
  const seedIds = new Set(pack.sources.filter((s) => s.role === 'seed').map((s) => s.id));
  const referenceIds = new Set(pack.sources.filter((s) => s.role === 'reference').map((s) => s.id));
  const entityIds = new Set(pack.entities.map((e) => e.id));
  const factIds = new Set(pack.facts.map((f) => f.id));
  const discrepancyIds = new Set(pack.discrepancies.map((d) => d.id));

  if (seedIds.size === 0) add(['sources'], 'a pack needs at least one seed source to compare');

  pack.sources.forEach((source, si) => {
    if (source.role !== 'reference' || source.reportsOn === undefined) return;
    if (source.reportsOn === source.id) add(['sources', si, 'reportsOn'], `"${source.id}" cannot report on itself`);
    else if (!referenceIds.has(source.reportsOn)) add(['sources', si, 'reportsOn'], `unknown reference source "${source.reportsOn}"`);
  });

  const checkRefs = (ids: readonly string[], known: Set<string>, path: PathSegment[], what: string) =>
    ids.forEach((id, i) => {
      if (!known.has(id)) add([...path, i], `unknown ${what} "${id}"`);
    });

  pack.facts.forEach((fact, fi) => {
    const base: PathSegment[] = ['facts', fi];
    if (!topicIds.has(fact.topic)) add([...base, 'topic'], `unknown topic "${fact.topic}"`);
    checkRefs(fact.referenceIds, referenceIds, [...base, 'referenceIds'], 'reference source');
    checkRefs(fact.entityIds, entityIds, [...base, 'entityIds'], 'entity');
    for (const seed of seedIds) {
      if (!(seed in fact.sources))
        add(
          [...base, 'sources', seed],
          `fact "${fact.id}" says nothing about seed source "${seed}"; every fact covers every seed (use stance "silent")`,
        );
    }
    for (const key of Object.keys(fact.sources)) {
      if (!seedIds.has(key)) add([...base, 'sources', key], `"${key}" is not a seed source`);
    }
  });

  pack.discrepancies.forEach((d, di) => {
    const base: PathSegment[] = ['discrepancies', di];
    checkRefs(d.factIds, factIds, [...base, 'factIds'], 'fact');
    checkRefs(d.referenceIds, referenceIds, [...base, 'referenceIds'], 'reference source');
    const listed = new Set<string>();
    d.sources.forEach((s, si) => {
      if (!seedIds.has(s.sourceId)) add([...base, 'sources', si, 'sourceId'], `unknown seed source "${s.sourceId}"`);
      if (listed.has(s.sourceId)) add([...base, 'sources', si, 'sourceId'], `seed source "${s.sourceId}" listed twice`);
      listed.add(s.sourceId);
    });
  });

  // A source marked wrong on a fact must be explained by a discrepancy, or the
  // popover would show a red mark with no reason behind it.
  pack.facts.forEach((fact, fi) => {
    for (const [sourceId, stance] of Object.entries(fact.sources)) {
      if (stance.stance !== 'wrong') continue;
      const explained = pack.discrepancies.some((d) => d.factIds.includes(fact.id) && d.sources.some((s) => s.sourceId === sourceId));
      if (!explained)
        add(
          ['facts', fi, 'sources', sourceId, 'stance'],
          `"${sourceId}" is wrong on "${fact.id}" but no discrepancy lists that source for that fact`,
        );
    }
  });

  problems.push(...recordBacking(pack), ...storyToldOnce(pack), ...quotationFaithfulness(pack, entityIds));

  for (const topic of pack.topics) {
    if (pack.facts.length > 0 && !pack.facts.some((f) => f.topic === topic.id && f.key)) {
      add(['topics', pack.topics.indexOf(topic)], `topic "${topic.id}" has no key fact for the popover to lead with`);
    }
  }

  const checkDetectionRefs = (entries: readonly Record<string, unknown>[], key: 'rules' | 'checks') =>
    entries.forEach((entry, i) => {
      const refs = referencesOf(entry);
      if (typeof refs.topic === 'string' && !topicIds.has(refs.topic)) add([key, i, 'topic'], `unknown topic "${refs.topic}"`);
      if (Array.isArray(refs.factIds)) {
        refs.factIds.forEach((id, j) => {
          if (typeof id === 'string' && !factIds.has(id)) add([key, i, 'factIds', j], `unknown fact "${id}"`);
        });
      }
      if (typeof refs.discrepancyId === 'string' && !discrepancyIds.has(refs.discrepancyId)) {
        add([key, i, 'discrepancyId'], `unknown discrepancy "${refs.discrepancyId}"`);
      }
    });
  checkDetectionRefs(pack.rules, 'rules');
  checkDetectionRefs(pack.checks, 'checks');

  return problems;
}

/**
 * "Wrong" means the record contradicts the outlet, so it needs a record to point
 * at. Where no reference item backs the point, the most the pack may say is
 * "unconfirmed". Facts with no reference item must say where their answer comes from.
 */
function recordBacking(pack: StoryPack): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const silentRecord = 'the record cited here says nothing about it; a claim the record does not mention is "unconfirmed", never "wrong"';
  pack.facts.forEach((fact, fi) => {
    if (fact.referenceIds.length > 0) return;
    if (fact.referenceNote === undefined) {
      problems.push({
        path: ['facts', fi, 'referenceIds'],
        message: `fact "${fact.id}" cites no reference item; cite the dated item its answer rests on, or say in referenceNote why there is none`,
      });
    }
    for (const [sourceId, stance] of Object.entries(fact.sources)) {
      if (stance.stance === 'wrong')
        problems.push({
          path: ['facts', fi, 'sources', sourceId, 'stance'],
          message: `"${sourceId}" is marked wrong on "${fact.id}", but ${silentRecord}`,
        });
    }
  });
  pack.discrepancies.forEach((d, di) => {
    d.sources.forEach((s, si) => {
      const path = ['discrepancies', di, 'sources', si, 'stance'];
      if (s.stance === 'wrong' && d.referenceIds.length === 0)
        problems.push({ path, message: `"${s.sourceId}" is marked wrong in "${d.id}", but ${silentRecord}` });
      // A claim is single-source because nothing else confirms it; a claim the record reports is not one.
      if (d.type === 'single-source-claim' && s.stance !== 'agrees' && s.stance !== 'unconfirmed') {
        problems.push({
          path,
          message: `"${d.id}" is a single-source claim, so "${s.sourceId}" can only be "unconfirmed" (or "agrees"), not "${s.stance}"`,
        });
      }
    });
  });
  return problems;
}

/**
 * A discrepancy and the facts it concerns describe the same point, so an outlet
 * must stand the same way in both; otherwise the popover (facts) and the
 * classroom cards (discrepancies) would tell one story two ways.
 */
function storyToldOnce(pack: StoryPack): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const facts = new Map(pack.facts.map((f) => [f.id, f]));
  pack.discrepancies.forEach((d, di) => {
    d.sources.forEach((s, si) => {
      for (const factId of d.factIds) {
        const onFact = facts.get(factId)?.sources[s.sourceId];
        if (onFact && onFact.stance !== s.stance) {
          problems.push({
            path: ['discrepancies', di, 'sources', si, 'stance'],
            message: `"${s.sourceId}" is "${s.stance}" in "${d.id}" but "${onFact.stance}" on its fact "${factId}"; one point, one stance`,
          });
        }
      }
    });
  });
  return problems;
}

/**
 * An outlet that quotes someone answers for the quotation, not for the quoted
 * person's spelling: a spelling variant inside a quotation is faithful, not a
 * discrepancy. (The provenance test checks `quoting` against the seed text.)
 */
function quotationFaithfulness(pack: StoryPack, entityIds: ReadonlySet<string>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const unknown = (quoting: string | undefined) => quoting !== undefined && !entityIds.has(quoting);
  pack.facts.forEach((fact, fi) => {
    for (const [sourceId, stance] of Object.entries(fact.sources)) {
      if (unknown(stance.quoting))
        problems.push({ path: ['facts', fi, 'sources', sourceId, 'quoting'], message: `unknown entity "${stance.quoting}"` });
    }
  });
  pack.discrepancies.forEach((d, di) => {
    d.sources.forEach((s, si) => {
      if (unknown(s.quoting))
        problems.push({ path: ['discrepancies', di, 'sources', si, 'quoting'], message: `unknown entity "${s.quoting}"` });
      if (d.type === 'spelling-variant' && s.quoting !== undefined && s.stance !== 'agrees') {
        problems.push({
          path: ['discrepancies', di, 'sources', si, 'stance'],
          message: `"${s.sourceId}" is "${s.stance}" for a spelling it prints inside its quotation of "${s.quoting}"; a faithful quotation is not a discrepancy`,
        });
      }
    });
  });
  return problems;
}
