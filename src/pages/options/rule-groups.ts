/**
 * The options page lists every annotation rule grouped by topic, then by language, and
 * each topic's claim checks (the known errors it flags) after its rules. Context rules
 * are left out: they never highlight anything, they only help decide whether a page is
 * about the story.
 */
import type { StoryPack } from '../../core/pack/schema';

export interface RuleItem {
  id: string;
  kind: 'rule' | 'check';
  description: string;
}

export interface RuleGroup {
  /** A language code for rules, `checks` for claim checks. */
  key: string;
  items: RuleItem[];
}

export interface TopicRules {
  topicId: string;
  label: string;
  groups: RuleGroup[];
}

export function groupRules(packs: readonly StoryPack[]): TopicRules[] {
  const topics = new Map<string, TopicRules>();
  const topicFor = (pack: StoryPack, topicId: string): TopicRules => {
    let entry = topics.get(topicId);
    if (!entry) {
      const label = pack.topics.find((topic) => topic.id === topicId)?.label ?? topicId;
      entry = { topicId, label, groups: [] };
      topics.set(topicId, entry);
    }
    return entry;
  };
  const groupFor = (topic: TopicRules, key: string): RuleGroup => {
    let group = topic.groups.find((candidate) => candidate.key === key);
    if (!group) {
      group = { key, items: [] };
      topic.groups.push(group);
    }
    return group;
  };
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if ((rule.role ?? 'mention') !== 'mention') continue;
      groupFor(topicFor(pack, rule.topic), rule.lang).items.push({ id: rule.id, kind: 'rule', description: rule.description });
    }
    for (const check of pack.checks) {
      groupFor(topicFor(pack, check.topic), 'checks').items.push({ id: check.id, kind: 'check', description: check.description });
    }
  }
  // Languages in a stable order, claim checks last.
  for (const topic of topics.values()) {
    topic.groups.sort((a, b) => (a.key === 'checks' ? 1 : b.key === 'checks' ? -1 : a.key.localeCompare(b.key)));
  }
  return [...topics.values()];
}

/** Topics a reader can add phrases to. */
export function topicChoices(packs: readonly StoryPack[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const pack of packs) for (const topic of pack.topics) if (!seen.has(topic.id)) seen.set(topic.id, topic.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}
