/** One fact in a few lines: the question, the record's answer, how many outlets agree; their words one step away. */
import type { StoryPack } from '../../core/pack/schema';
import type { FactView } from '../../core/pack-view/topic-view';
import { SourceList } from '../components/SourceLink';
import { FactEvidence } from './FactEvidence';
import type { Translate } from './types';

export function FactSummary({ pack, view, t }: { pack: StoryPack; view: FactView; t: Translate }) {
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
        {view.discrepancies.length > 0 && <span class="disputes"> {t('popoverDisputed')}</span>}
      </p>
      <FactEvidence pack={pack} view={view} t={t} />
    </section>
  );
}
