import type { CoverageMatrix } from '../../core/classroom/coverage-matrix';
import type { Discrepancy, DiscrepancyTypeId, StoryPack } from '../../core/pack/schema';
import { recordSources } from '../../core/pack-view/topic-view';
import { SourceList } from '../components/SourceLink';
import { CoverageTable } from './CoverageTable';
import { Legend } from './Legend';
import { severityLabel, sourceName, t, typeLabel } from './i18n';

interface Props {
  pack: StoryPack;
  matrix: CoverageMatrix;
  discrepancies: readonly Discrepancy[];
  types: readonly DiscrepancyTypeId[];
  sourceNumbers: ReadonlyMap<string, number>;
}

/**
 * The printable handout: hidden on screen, the only thing printed (see the
 * print rules in classroom.css). Excerpts are printed in full because paper
 * has no "show evidence" button.
 */
export function Handout({ pack, matrix, discrepancies, types, sourceNumbers }: Props) {
  return (
    <div class="handout">
      <h1>{pack.title}</h1>
      <p>{pack.summary}</p>
      <h2>{t('classroom_handoutSources')}</h2>
      <ol class="handout-sources">
        {matrix.columns.map((c) => (
          <li key={c.sourceId}>
            <strong>{sourceName(c.number)}:</strong> {c.headline}
          </li>
        ))}
      </ol>
      <CoverageTable columns={matrix.columns} rows={matrix.rows} showNotes excerpts="inline" caption={t('classroom_coverageCaption', pack.title)} />
      <Legend types={types} idPrefix="handout" />
      <h2>{t('classroom_handoutDiscrepancies')}</h2>
      <ol class="handout-discrepancies">
        {discrepancies.map((d) => (
          <li key={d.id}>
            <p>
              <strong>{d.title}</strong> — {typeLabel(d.type)}, {severityLabel(d.severity)}
            </p>
            <p>
              {t('classroom_whatIsRight')}: {d.right}
            </p>
            {d.referenceIds.length > 0 && <SourceList sources={recordSources(pack, d.referenceIds)} />}
            <ul>
              {d.sources.map((s) => (
                <li key={s.sourceId}>
                  {sourceName(sourceNumbers.get(s.sourceId) ?? 0)}: {s.says}
                  {s.excerpt && (
                    <>
                      {' '}
                      <q>{s.excerpt}</q>
                    </>
                  )}
                </li>
              ))}
            </ul>
            <p>
              {t('classroom_whyItMatters')}: {d.whyItMatters}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
