/**
 * A mention: opens on what the clicked words are about (the person, the plan Witkoff
 * floated, the call, the 28-point plan) in a few lines; more about it, and the
 * topic's key facts, are each one disclosure away.
 */
import type { Hit } from '../../core/hit';
import type { Fact, StoryPack } from '../../core/pack/schema';
import { focusOf } from '../../core/pack-view/focus';
import { factView } from '../../core/pack-view/topic-view';
import { FactSummary } from './FactSummary';
import type { Translate } from './types';

function FactList({ pack, facts, t }: { pack: StoryPack; facts: Fact[]; t: Translate }) {
  return (
    <>
      {facts.map((f) => (
        <FactSummary key={f.id} pack={pack} view={factView(pack, f)} t={t} />
      ))}
    </>
  );
}

export function MentionPanel({
  pack,
  hit,
  text = '',
  t,
  titleId,
}: {
  pack: StoryPack;
  hit: Hit;
  text?: string;
  t: Translate;
  titleId: string;
}) {
  const focus = focusOf(pack, { ...hit, text });
  if (!focus || focus.kind !== 'subject') return <h2 id={titleId}>{pack.title}</h2>;
  const { topic, entity } = focus;
  return (
    <>
      <h2 id={titleId}>{entity ? entity.name : topic.label}</h2>
      <p class="summary">{entity ? entity.description : topic.summary}</p>
      <FactList pack={pack} facts={focus.lead} t={t} />
      {entity && focus.moreAbout.length > 0 && (
        <details class="more">
          <summary>{t('popoverMoreAbout', entity.name)}</summary>
          <FactList pack={pack} facts={focus.moreAbout} t={t} />
        </details>
      )}
      {focus.topicFacts.length > 0 && (
        <details class="more">
          <summary>{t(entity ? 'popoverTopicFacts' : 'popoverMoreTopicFacts', topic.label)}</summary>
          {entity && <p class="summary">{topic.summary}</p>}
          <FactList pack={pack} facts={focus.topicFacts} t={t} />
        </details>
      )}
    </>
  );
}
