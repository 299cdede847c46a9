import { stanceTotals, type CoverageColumn, type CoverageRow } from '../../core/classroom/coverage-matrix';
import { STANCES } from '../../core/pack/schema';
import { STANCE_SYMBOL, StanceMarker } from './StanceMarker';
import { SourceList } from '../components/SourceLink';
import { sourceName, stanceLabel, t, typeLabel } from './i18n';

interface Props {
  columns: readonly CoverageColumn[];
  rows: readonly CoverageRow[];
  /** Off: markers only, for an overview that fits one screen. */
  showNotes: boolean;
  /** The handout prints every excerpt; on screen they open on demand. */
  excerpts: 'on-demand' | 'inline';
  id?: string;
  caption: string;
}

/**
 * Facts × sources as a real data table: a caption, column headers for the
 * sources, a row header for each question, so screen readers announce
 * "Source 2, When was the call?" for every cell.
 */
export function CoverageTable({ columns, rows, showNotes, excerpts, id, caption }: Props) {
  const totals = stanceTotals({ columns: [...columns], rows: [...rows] });
  return (
    <table class="coverage" id={id} data-rows={rows.length}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('classroom_colQuestion')}</th>
          {columns.map((c) => (
            <th scope="col" key={c.sourceId} data-source={c.sourceId}>
              <span class="source-name">{sourceName(c.number)}</span>
              <span class="source-headline">{c.headline}</span>
            </th>
          ))}
          <th scope="col">{t('classroom_colReference')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.fact.id} data-fact={row.fact.id}>
            <th scope="row">
              <span class="question">{row.fact.question}</span>
              {row.discrepancyTypes.length > 0 && (
                <span class="row-types">
                  {row.discrepancyTypes.map((type) => (
                    <span class="type-badge" key={type}>
                      {typeLabel(type)}
                    </span>
                  ))}
                </span>
              )}
            </th>
            {row.cells.map((cell) => (
              <td key={cell.sourceId} class={`cell cell-${cell.stance}`}>
                <StanceMarker stance={cell.stance} />
                {showNotes && cell.stance !== 'silent' && <p class="note">{cell.note}</p>}
                {cell.excerpt &&
                  (excerpts === 'inline' ? (
                    <q class="excerpt">{cell.excerpt}</q>
                  ) : (
                    <details class="evidence">
                      <summary>{t('classroom_evidence')}</summary>
                      <q class="excerpt">{cell.excerpt}</q>
                    </details>
                  ))}
              </td>
            ))}
            <td class="reference">
              <p>{row.fact.answer}</p>
              {row.references.length > 0 && <SourceList sources={row.references} />}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('classroom_totals')}</th>
          {columns.map((c) => (
            <td key={c.sourceId}>
              <ul class="totals">
                {STANCES.map((stance) => (
                  <li key={stance} class={`total-${stance}`}>
                    <span aria-hidden="true">{STANCE_SYMBOL[stance]}</span>
                    <span class="sr-only">{stanceLabel(stance)}</span> {totals.get(c.sourceId)![stance]}
                  </li>
                ))}
              </ul>
            </td>
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
