import { STANCES, type DiscrepancyTypeId } from '../../core/pack/schema';
import { StanceMarker } from './StanceMarker';
import { stanceDescription, t, typeDescription, typeLabel } from './i18n';

/**
 * Explains the markers and the discrepancy types in plain words. Lists only the
 * types the pack uses, so the legend stays as short as the lesson.
 */
export function Legend({ types, idPrefix }: { types: readonly DiscrepancyTypeId[]; idPrefix: string }) {
  return (
    <section class="legend" aria-labelledby={`${idPrefix}-legend-title`}>
      <h2 id={`${idPrefix}-legend-title`}>{t('classroom_legendTitle')}</h2>
      <div class="legend-columns">
        <div class="legend-stances">
          <h3>{t('classroom_legendStances')}</h3>
          <dl class="legend-list">
            {STANCES.map((stance) => (
              <div key={stance}>
                <dt>
                  <StanceMarker stance={stance} />
                </dt>
                <dd>{stanceDescription(stance)}</dd>
              </div>
            ))}
          </dl>
        </div>
        {/* Folded: the markers are what the table needs first; the kinds of discrepancy
            are a longer list a class opens when it comes to them, and it would otherwise
            push the table out of the first screen. */}
        <details class="legend-types">
          <summary>{t('classroom_legendTypes')}</summary>
          <dl class="legend-list">
            {types.map((type) => (
              <div key={type}>
                <dt>
                  <span class="type-badge">{typeLabel(type)}</span>
                </dt>
                <dd>{typeDescription(type)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </section>
  );
}
