/**
 * What a clicked highlight is about, so the popover can open on that and keep the
 * rest of the topic one step away. "Steve Witkoff" opens on the person, "20-point
 * proposal" on the Gaza plan Witkoff floated, "the 28-point plan" on the plan, a
 * flagged sentence on the error. Pure: reads the pack and the highlighted words.
 */
import type { Entity, Fact, StoryPack, Topic } from '../pack/schema';

/** Facts the popover shows before the reader asks for more: one after a subject's own line, two after a topic summary. */
export const LEAD_FACTS = { subject: 1, topic: 2 } as const;
/** Further facts about a subject behind the "more" step; the rest are in the classroom. */
export const MORE_FACTS = 5;

export type Focus =
  | { kind: 'error'; discrepancyId: string }
  | {
      kind: 'subject';
      topic: Topic;
      /** The person, place, organisation or document the words name; absent when they name the topic itself. */
      entity?: Entity;
      /** What the popover opens on. */
      lead: Fact[];
      /** More about the entity, one step away (empty when the words name the topic). */
      moreAbout: Fact[];
      /** The topic's key facts not shown above, one step away. */
      topicFacts: Fact[];
    };

/** Lower case, no diacritics, any dash or quote as one form, single spaces: enough to compare names. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212-]/g, ' ')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `alias` starts a word in `text` (a Slavic case ending may follow it), or -1. */
function wordStart(text: string, alias: string): number {
  let at = text.indexOf(alias);
  while (at >= 0) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) return at;
    at = text.indexOf(alias, at + 1);
  }
  return -1;
}

/** Where each of an entity's phrases first starts a word in the folded text; the longest wins. */
function longestIn(text: string, entity: Entity, phrases: readonly string[]): { entity: Entity; at: number; end: number } | undefined {
  let best: { entity: Entity; at: number; end: number } | undefined;
  for (const phrase of phrases) {
    const folded = foldForMatch(phrase);
    if (folded.length < 2) continue;
    const at = wordStart(text, folded);
    if (at >= 0 && (!best || folded.length > best.end - best.at)) best = { entity, at, end: at + folded.length };
  }
  return best;
}

/** Drops a match whose words lie inside a longer one's, and orders the rest as they appear. */
function outermost(found: { entity: Entity; at: number; end: number }[]): Entity[] {
  const kept = found.filter((a) => !found.some((b) => b !== a && b.at <= a.at && b.end >= a.end && b.end - b.at > a.end - a.at));
  return kept.sort((a, b) => a.at - b.at).map((x) => x.entity);
}

function namesOf(entity: Entity): string[] {
  return [entity.name, ...Object.values(entity.aliases).flat()];
}

/** Every entity the words name, in the order they appear; where aliases overlap, the longest wins ("Steve Witkoff", not "Witkoff"). */
export function entitiesNamed(pack: StoryPack, words: string): Entity[] {
  const text = foldForMatch(words);
  const found = pack.entities.flatMap((entity) => {
    const match = longestIn(text, entity, namesOf(entity));
    return match ? [match] : [];
  });
  // An entity whose words lie inside a longer one's ("Donetsk" inside "Donetsk region") is one place.
  return outermost(found);
}

/**
 * The people whose roles the words hold ("the envoy", "the Kremlin's veteran aide",
 * "l'émissaire du Kremlin"); where roles overlap the longer wins, so "Kremlin envoy"
 * is the Kremlin's man and not the American envoy.
 */
export function entitiesByRole(pack: StoryPack, words: string): Entity[] {
  const text = foldForMatch(words);
  const found = pack.entities.flatMap((entity) => {
    const match = entity.roles ? longestIn(text, entity, Object.values(entity.roles).flat()) : undefined;
    return match ? [match] : [];
  });
  return outermost(found);
}

/**
 * Whom words holding a role are about. A person the roles belong to, named beside it,
 * is the one meant ("envoy Kirill Dmitriev"); a principal named inside the role is not
 * ("the White House's envoy" is the envoy, "the Kremlin aide" the aide). Two roles
 * ("Trump's envoy and Putin's aide") are the whole story.
 */
function personOfRole(byRole: readonly Entity[], named: readonly Entity[]): Entity | undefined {
  if (byRole.length !== 1) return undefined;
  const role = byRole[0]!;
  if (named.includes(role)) return role;
  const holders = named.filter((e) => e.roles !== undefined);
  return holders.length === 0 ? role : holders.length === 1 ? holders[0] : undefined;
}

/** The one entity the words name, or undefined when they name none or several (then they are about the whole story). */
export function entityNamed(pack: StoryPack, words: string): Entity | undefined {
  const named = entitiesNamed(pack, words);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The entity a mention rule is about, when the words alone name none ("20-point
 * proposal" is the rule that also lists "20-point plan"): the entity most of the
 * rule's phrases are names of. A phrase votes only when a name covers most of it: a
 * rule of descriptions ("the draft") with a "Geneva draft" among its phrases is about
 * no one place.
 */
export function entityOfRule(pack: StoryPack, ruleId: string): Entity | undefined {
  const rule = pack.rules.find((r) => r.id === ruleId);
  if (!rule) return undefined;
  const votes = new Map<Entity, number>();
  for (const phrase of rule.phrases) {
    const words = foldForMatch(phrase.replace(/\*/g, ''));
    const entity = entityNamed(pack, words);
    const name = entity && longestIn(words, entity, namesOf(entity));
    if (entity && name && (name.end - name.at) * 2 > words.length) votes.set(entity, (votes.get(entity) ?? 0) + 1);
  }
  let best: Entity | undefined;
  for (const [entity, count] of votes) if (!best || count > votes.get(best)!) best = entity;
  return best;
}

/**
 * Facts about an entity, best lead first: the hit's own facts, then the entity's part
 * in this story (key facts of the hit's topic, then others, fewer parties first). A
 * fact about the entity alone ("Who is Yuri Ushakov?") comes last: the entity's own
 * line already says it.
 */
function factsAbout(pack: StoryPack, entity: Entity, topicId: string, hitFactIds: readonly string[]): Fact[] {
  const about = pack.facts.filter((f) => f.entityIds.includes(entity.id) || hitFactIds.includes(f.id));
  const score = (f: Fact) =>
    (hitFactIds.includes(f.id) ? 0 : 10_000) +
    (f.entityIds.length === 1 ? 1000 : 0) +
    (f.topic === topicId ? 0 : 100) +
    (f.key ? 0 : 50) +
    f.entityIds.length;
  return about
    .map((fact, order) => ({ fact, order, score: score(fact) }))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map((x) => x.fact);
}

function keyFactsOf(pack: StoryPack, topicId: string, hitFactIds: readonly string[]): Fact[] {
  const own = hitFactIds.map((id) => pack.facts.find((f) => f.id === id)).filter((f): f is Fact => f !== undefined);
  const key = pack.facts.filter((f) => f.topic === topicId && f.key && !own.includes(f));
  return [...own, ...key];
}

export interface FocusInput {
  kind: 'mention' | 'discrepancy';
  ruleId?: string;
  topic: string;
  factIds: readonly string[];
  discrepancyId?: string;
  /** The highlighted words as the page shows them. */
  text: string;
}

export function focusOf(pack: StoryPack, hit: FocusInput): Focus | undefined {
  if (hit.kind === 'discrepancy' && hit.discrepancyId && pack.discrepancies.some((d) => d.id === hit.discrepancyId)) {
    return { kind: 'error', discrepancyId: hit.discrepancyId };
  }
  const topic = pack.topics.find((t) => t.id === hit.topic);
  if (!topic) return undefined;
  const inWords = entitiesNamed(pack, hit.text);
  const byRole = entitiesByRole(pack, hit.text);
  const named =
    byRole.length > 0
      ? personOfRole(byRole, inWords)
      : inWords.length === 1
        ? inWords[0]
        : inWords.length === 0 && hit.ruleId
          ? entityOfRule(pack, hit.ruleId)
          : undefined;
  // A document named like the topic ("the 28-point plan") is the topic itself.
  const entity = named && foldForMatch(named.name) !== foldForMatch(topic.label) ? named : undefined;
  const keyFacts = keyFactsOf(pack, topic.id, hit.factIds);
  if (!entity) {
    const lead = keyFacts.slice(0, LEAD_FACTS.topic);
    return { kind: 'subject', topic, lead, moreAbout: [], topicFacts: keyFacts.slice(lead.length) };
  }
  const about = factsAbout(pack, entity, topic.id, hit.factIds);
  const lead = about.slice(0, LEAD_FACTS.subject);
  // Behind "more", the entity's own facts (its job, who it is) come first.
  const rest = about.slice(lead.length);
  const own = rest.filter((f) => f.entityIds.length === 1);
  const moreAbout = [...own, ...rest.filter((f) => !own.includes(f))].slice(0, MORE_FACTS);
  const shown = new Set([...lead, ...moreAbout]);
  return { kind: 'subject', topic, entity, lead, moreAbout, topicFacts: keyFacts.filter((f) => !shown.has(f)) };
}
