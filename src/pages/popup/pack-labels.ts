/** Names for topic and discrepancy ids, taken from the story packs in use (bundled by default). */
import type { StoryPack } from '../../core/pack/schema';
import { storyPacks } from '../../ui/components/story-packs';

export function topicLabel(topicId: string, packs: readonly StoryPack[] = storyPacks): string {
  for (const pack of packs) {
    const topic = pack.topics.find((candidate) => candidate.id === topicId);
    if (topic) return topic.label;
  }
  return topicId;
}

export function discrepancyTitle(discrepancyId: string | undefined, packs: readonly StoryPack[] = storyPacks): string | undefined {
  if (discrepancyId === undefined) return undefined;
  for (const pack of packs) {
    const found = pack.discrepancies.find((candidate) => candidate.id === discrepancyId);
    if (found) return found.title;
  }
  return undefined;
}
