import type { QuoteComparison } from '../../core/classroom/quote-versions';
import type { Stance } from '../../core/pack/schema';
import { StanceMarker } from './StanceMarker';
import { WordDiff } from './WordDiff';
import { t } from './i18n';

interface Props {
  quotes: QuoteComparison;
  nameOf(sourceId: string): string;
  stanceOf(sourceId: string): Stance | undefined;
  Sub: 'h3' | 'h4';
  /** The slide already shows the record in "What is right"; repeat only an outlet baseline. */
  showRecordBaseline: boolean;
}

/** The "word by word" block: each outlet's quote diffed against the record (or the agreeing outlet). */
export function QuoteDiff({ quotes, nameOf, stanceOf, Sub, showRecordBaseline }: Props) {
  const baselineIsRecord = quotes.baselineSourceId === null;
  return (
    <section class="quote-diff">
      <Sub>{t('classroom_quoteDiffTitle')}</Sub>
      {(showRecordBaseline || !baselineIsRecord) && (
        <p class="diff-baseline">
          <span class="diff-label">
            {baselineIsRecord ? t('classroom_diffRecord') : t('classroom_diffFirstVersion', nameOf(quotes.baselineSourceId!))}
          </span>{' '}
          <q>{quotes.baseline}</q>
        </p>
      )}
      <ul class="diff-list">
        {quotes.versions.map((v) => {
          const stance = stanceOf(v.sourceId);
          return (
            <li key={v.sourceId}>
              <span class="diff-label">{t('classroom_diffVersion', [nameOf(v.sourceId), String(Math.round(v.kept * 100))])}</span>{' '}
              {stance && <StanceMarker stance={stance} />}
              <WordDiff parts={v.parts} startsLater={v.startsLater} endsEarlier={v.endsEarlier} />
            </li>
          );
        })}
      </ul>
      <p class="diff-key">{t('classroom_diffKey')}</p>
    </section>
  );
}
