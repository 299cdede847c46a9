import type { Discrepancy, StoryPack } from '../../core/pack/schema';
import { DiscrepancyCard } from './DiscrepancyCard';
import { t, tn } from './i18n';

interface Props {
  pack: StoryPack;
  discrepancies: readonly Discrepancy[];
  sourceNumbers: ReadonlyMap<string, number>;
}

/** Every discrepancy of the current filter as a card, most serious first. */
export function DiscrepancyExplorer({ pack, discrepancies, sourceNumbers }: Props) {
  if (discrepancies.length === 0) return <p class="empty">{t('classroom_noDiscrepancies')}</p>;
  return (
    <div class="discrepancy-list">
      <p class="count" aria-live="polite">
        {tn('classroom_discrepancyCount', discrepancies.length)}
      </p>
      {discrepancies.map((d) => (
        <DiscrepancyCard key={d.id} pack={pack} discrepancy={d} sourceNumbers={sourceNumbers} headingLevel={3} layout="card" />
      ))}
    </div>
  );
}
