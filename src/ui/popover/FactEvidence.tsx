/** How each compared outlet reported one fact: stance, outlet, and its own words. Behind a disclosure named after the fact. */
import type { StoryPack } from '../../core/pack/schema';
import type { FactView } from '../../core/pack-view/topic-view';
import { SourceName } from './SourceName';
import { Stance } from './Stance';
import type { Translate } from './types';

export function FactEvidence({ pack, view, t }: { pack: StoryPack; view: FactView; t: Translate }) {
  if (view.evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>{t('popoverEvidenceFor', view.fact.question)}</summary>
      <ul>
        {view.evidence.map((e) => (
          <li key={e.source.id}>
            <Stance stance={e.stance} t={t} />: <SourceName pack={pack} source={e.source} t={t} />
            <br />
            {e.excerpt ? <q class="excerpt">{e.excerpt}</q> : <span>{e.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
