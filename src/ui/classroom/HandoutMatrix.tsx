import { stanceTotals, type CoverageMatrix } from '../../core/classroom/coverage-matrix';
import { citationNumbers } from '../../core/classroom/handout-index';
import { STANCES } from '../../core/pack/schema';
import { STANCE_SYMBOL } from './StanceMarker';
import { stanceLabel, t } from './i18n';

interface Props {
  matrix: CoverageMatrix;
  caption: string;
  /** Reference id → its number in the handout's reference list. */
  referenceNumbers: ReadonlyMap<string, number>;
  /** Fact id → numbers of the discrepancies listed below that concern it. */
  discrepancyNumbers: ReadonlyMap<string, readonly number[]>;
}

/** "[1, 4]": the numbers of the references at the end of the handout. */
export function Cites({ ids, numbers }: { ids: readonly string[]; numbers: ReadonlyMap<string, number> }) {
  const cited = citationNumbers(ids, numbers);
  return cited.length > 0 ? <span class="handout-cites"> [{cited.join(', ')}]</span> : null;
}

/**
 * The coverage matrix for paper: one line per question with a stance symbol per
 * article (the key above names them), the record's answer with its reference
 * numbers, and arrows to the discrepancies about that fact. No notes or excerpts:
 * those stay on screen, so the matrix fits a page or two at a readable size.
 */
export function HandoutMatrix({ matrix, caption, referenceNumbers, discrepancyNumbers }: Props) {
  const totals = stanceTotals(matrix);
  return (
    <table class="handout-matrix">
      <caption>{caption}</caption>
      <colgroup>
        <col class="col-question" />
        {matrix.columns.map((c) => (
          <col key={c.sourceId} class="col-stance" />
        ))}
        <col class="col-record" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('classroom_colQuestion')}</th>
          {matrix.columns.map((c) => (
            <th scope="col" key={c.sourceId} class="stance-col">
              {c.number}
            </th>
          ))}
          <th scope="col">{t('classroom_colReference')}</th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => {
          const related = discrepancyNumbers.get(row.fact.id) ?? [];
          return (
            <tr key={row.fact.id} data-fact={row.fact.id}>
              <th scope="row">{row.fact.question}</th>
              {row.cells.map((cell) => (
                <td key={cell.sourceId} class={`mark mark-${cell.stance}`} title={stanceLabel(cell.stance)}>
                  {STANCE_SYMBOL[cell.stance]}
                </td>
              ))}
              <td>
                {row.fact.answer}
                <Cites ids={row.fact.referenceIds} numbers={referenceNumbers} />
                {related.length > 0 && <span class="handout-see"> → {related.join(', ')}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
      {/* A row group, not a tfoot, so the totals print once after the last row. */}
      <tbody class="handout-totals">
        <tr>
          <th scope="row">{t('classroom_totals')}</th>
          {matrix.columns.map((c) => (
            <td key={c.sourceId}>
              {STANCES.map((stance) => (
                <span key={stance} class="total">
                  {STANCE_SYMBOL[stance]}&nbsp;{totals.get(c.sourceId)![stance]}
                </span>
              ))}
            </td>
          ))}
          <td />
        </tr>
      </tbody>
    </table>
  );
}
