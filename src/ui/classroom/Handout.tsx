import type { CoverageMatrix } from '../../core/classroom/coverage-matrix';
import type { Exercise } from '../../core/classroom/exercise-schema';
import type { Discrepancy, DiscrepancyTypeId, StoryPack } from '../../core/pack/schema';
import { CoverageTable } from './CoverageTable';
import { Legend } from './Legend';
import { Worksheet } from './Worksheet';
import { recordSources } from '../../core/pack-view/topic-view';
import { severityLabel, sourceName, t, typeLabel } from './i18n';

interface Props {
  pack: StoryPack;
  matrix: CoverageMatrix;
  discrepancies: readonly Discrepancy[];
  types: readonly DiscrepancyTypeId[];
  sourceNumbers: ReadonlyMap<string, number>;
  exercises: readonly Exercise[];
}

/**
 * The printable handout: hidden on screen, the only thing printed (see the print
 * rules in classroom.css). A compact teacher's copy (the matrix as stance markers
 * with the record beside them, then one short entry per discrepancy naming the
 * articles that print it) on at most four landscape pages, then one portrait
 * student worksheet per practice article.
 */
export function Handout({ pack, matrix, discrepancies, types, sourceNumbers, exercises }: Props) {
  return (
    <div class="handout">
      <section class="handout-teacher">
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
        <CoverageTable
          columns={matrix.columns}
          rows={matrix.rows}
          showNotes={false}
          excerpts="none"
          caption={t('classroom_coverageCaption', pack.title)}
        />
        <Legend types={types} idPrefix="handout" />
        <h2>{t('classroom_handoutDiscrepancies')}</h2>
        <ol class="handout-discrepancies">
          {discrepancies.map((d) => {
            const printedBy = d.sources.filter((s) => s.stance !== 'agrees').map((s) => sourceName(sourceNumbers.get(s.sourceId) ?? 0));
            return (
              <li key={d.id}>
                <strong>{d.title}</strong> ({typeLabel(d.type)}, {severityLabel(d.severity)}
                {printedBy.length > 0 && `; ${printedBy.join(', ')}`}). {t('classroom_whatIsRight')}: {d.right}
                {d.referenceIds.length > 0 && (
                  <span class="handout-cites">
                    {' '}
                    (
                    {recordSources(pack, d.referenceIds)
                      .map((s) => `${s.outlet}, “${s.title}”, ${s.date}`)
                      .join('; ')}
                    )
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      {exercises.map((exercise) => (
        <Worksheet key={exercise.id} exercise={exercise} />
      ))}
    </div>
  );
}
