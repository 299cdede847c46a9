import { STANCES, type DiscrepancyTypeId } from '../../core/pack/schema';
import { STANCE_SYMBOL } from './StanceMarker';
import { stanceDescription, stanceLabel, t, typeDescription, typeLabel } from './i18n';

/**
 * How to read the printed matrix and list, in a few lines: what the column numbers,
 * the stance symbols, "[n]" and "→ n" stand for, and the discrepancy types the pack uses.
 */
export function HandoutKey({ columns, types }: { columns: number; types: readonly DiscrepancyTypeId[] }) {
  return (
    <section class="handout-key">
      <h2>{t('classroom_legendTitle')}</h2>
      <p>{t('classroom_handoutKey', String(columns))}</p>
      <ul class="handout-key-stances">
        {STANCES.map((stance) => (
          <li key={stance}>
            <span class={`mark mark-${stance}`}>{STANCE_SYMBOL[stance]}</span> <strong>{stanceLabel(stance)}:</strong>{' '}
            {stanceDescription(stance)}
          </li>
        ))}
      </ul>
      <dl class="handout-key-types">
        {types.map((type) => (
          <div key={type}>
            <dt>{typeLabel(type)}:</dt> <dd>{typeDescription(type)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
