/** A mention: the story in one line, then its key facts, agreement, discrepancies and evidence. */
import type { Hit } from '../../core/hit';
import type { StoryPack } from '../../core/pack/schema';
import { topicView, type FactView } from '../../core/pack-view/topic-view';
import { SourceList } from '../components/SourceLink';
import { Stance } from './Stance';
import type { Translate } from './types';

export function MentionPanel({ pack, hit, t, titleId }: { pack: StoryPack; hit: Hit; t: Translate; titleId: string }) {
  const view = topicView(pack, hit.topic, hit.factIds);
  if (!view) return <h2 id={titleId}>{pack.title}</h2>;
  return (
    <>
      <h2 id={titleId}>{view.topic.label}</h2>
      <p class="summary">{view.topic.summary}</p>
      <h3>{t('popoverKeyFacts')}</h3>
      {view.facts.map((f) => (
        <FactBlock key={f.fact.id} view={f} t={t} />
      ))}
    </>
  );
}

function FactBlock({ view, t }: { view: FactView; t: Translate }) {
  const { fact } = view;
  return (
    <section class="fact" aria-label={fact.question}>
      <h4>{fact.question}</h4>
      <p class="answer">{fact.answer}</p>
      {view.references.length > 0 && (
        <div class="record-basis">
          <strong>{t('popoverReferences')}</strong>
          <SourceList sources={view.references} />
        </div>
      )}
      <p>
        <span class="agree">{t('popoverAgree', [String(view.agree), String(view.total)])}</span>
      </p>
      {view.discrepancies.length > 0 && (
        <>
          <p>
            <strong>{t('popoverDiscrepancies')}</strong>
          </p>
          {view.discrepancies.map((d) => (
            <div class="discrepancy" key={d.id}>
              <p>
                <strong>{d.title}</strong>
              </p>
              <p>{d.whyItMatters}</p>
            </div>
          ))}
        </>
      )}
      <details>
        <summary>{t('popoverEvidence')}</summary>
        <ul>
          {view.evidence.map((e) => (
            <li key={e.source.id}>
              <Stance stance={e.stance} t={t} /> — {e.source.headline}
              {e.excerpt ? <span class="excerpt">: “{e.excerpt}”</span> : <span>: {e.note}</span>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
