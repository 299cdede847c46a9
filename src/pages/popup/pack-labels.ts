/** Names for topic and discrepancy ids, taken from the bundled story packs. */
import { storyPacks as packs } from '../../ui/components/story-packs';

export function topicLabel(topicId: string): string {
  for (const pack of packs) {
    const topic = pack.topics.find((candidate) => candidate.id === topicId);
    if (topic) return topic.label;
  }
  return topicId;
}

export function discrepancyTitle(discrepancyId: string | undefined): string | undefined {
  if (discrepancyId === undefined) return undefined;
  for (const pack of packs) {
    const found = pack.discrepancies.find((candidate) => candidate.id === discrepancyId);
    if (found) return found.title;
  }
  return undefined;
}
