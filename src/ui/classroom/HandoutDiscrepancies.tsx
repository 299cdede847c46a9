import { stanceGroups } from '../../core/classroom/handout-index';
import type { Discrepancy } from '../../core/pack/schema';
import { Cites } from './HandoutMatrix';
import { STANCE_SYMBOL } from './StanceMarker';
import { severityLabel, stanceLabel, t, typeLabel } from './i18n';

interface Props {
  discrepancies: readonly Discrepancy[];
  sourceNumbers: ReadonlyMap<string, number>;
  referenceNumbers: ReadonlyMap<string, number>;
}

/**
 * The discrepancies as a dense numbered list for paper: title, type and severity,
 * the articles that get it wrong or tell it differently (by column number, behind
 * their stance), and the record's correction with its reference numbers.
 */
export function HandoutDiscrepancies({ discrepancies, sourceNumbers, referenceNumbers }: Props) {
  return (
    <ol class="handout-discrepancies">
      {discrepancies.map((d) => (
        <li key={d.id} data-discrepancy={d.id}>
          <strong>{d.title}</strong>{' '}
          <span class="handout-type">
            ({typeLabel(d.type)}, {severityLabel(d.severity)})
          </span>
          {stanceGroups(d, sourceNumbers).map((group) => (
            <span key={group.stance} class="handout-stances">
              {' '}
              {STANCE_SYMBOL[group.stance]}&nbsp;{stanceLabel(group.stance)}:&nbsp;{group.sources.join(', ')}
            </span>
          ))}
          . <em>{t('classroom_whatIsRight')}:</em> {d.right}
          <Cites ids={d.referenceIds} numbers={referenceNumbers} />
        </li>
      ))}
    </ol>
  );
}
