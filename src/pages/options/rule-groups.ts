/**
 * The switches of the rules section, derived from each pack's own data so an installed
 * pack brings its own: one per topic ("Mentions of the call"), under it one per person
 * the pack names on their own (a rule group that is a person entity's id), and one per
 * known error a check or an outlet's own words can flag, titled as the pack titles it.
 * Languages come from the rules' languages. Context rules are left out: they never
 * highlight anything, they only help decide whether a page is about the story.
 */
import type { CompiledPack } from '../../core/detect/types';
import type { StoryPack } from '../../core/pack/schema';
import { switchKey } from '../../core/settings/rule-switches';

export interface MeaningSwitch {
  /** The settings key (rule-switches.ts). */
  key: string;
  /** Pack text, shown as the pack wrote it. */
  label: string;
}

export interface TopicSwitch extends MeaningSwitch {
  names: MeaningSwitch[];
}

export interface PackSwitches {
  packId: string;
  title: string;
  topics: TopicSwitch[];
  errors: MeaningSwitch[];
}

export interface PackPair {
  pack: StoryPack;
  compiled?: Pick<CompiledPack, 'checks' | 'sourceDetectors'>;
}

export function packSwitches({ pack, compiled }: PackPair): PackSwitches {
  const mentions = pack.rules.filter((rule) => (rule.role ?? 'mention') === 'mention');
  const people = new Map(pack.entities.filter((e) => e.kind === 'person').map((e) => [e.id, e.name]));
  const topics = pack.topics
    .filter((topic) => mentions.some((rule) => rule.topic === topic.id))
    .map((topic) => {
      const groups = new Set(mentions.filter((rule) => rule.topic === topic.id).map((rule) => rule.group ?? rule.id));
      const names = [...groups]
        .filter((group) => people.has(group))
        .map((group) => ({ key: switchKey('name', group), label: people.get(group)! }));
      return { key: switchKey('topic', topic.id), label: topic.label, names };
    });
  const flagged = new Set([...(compiled?.checks ?? pack.checks), ...(compiled?.sourceDetectors ?? [])].map((c) => c.discrepancyId));
  const errors = pack.discrepancies.filter((d) => flagged.has(d.id)).map((d) => ({ key: switchKey('error', d.id), label: d.title }));
  return { packId: pack.id, title: pack.title, topics, errors };
}

/** Languages any pack has mention rules for, in the order the first pack lists them. */
export function ruleLanguages(packs: readonly StoryPack[]): string[] {
  const seen = new Set<string>();
  for (const pack of packs) for (const rule of pack.rules) if ((rule.role ?? 'mention') === 'mention') seen.add(rule.lang);
  return [...seen];
}

/** Topics a reader can add phrases to. */
export function topicChoices(packs: readonly StoryPack[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const pack of packs) for (const topic of pack.topics) if (!seen.has(topic.id)) seen.set(topic.id, topic.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}
