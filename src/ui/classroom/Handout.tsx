import type { CoverageMatrix } from '../../core/classroom/coverage-matrix';
import type { Exercise } from '../../core/classroom/exercise-schema';
import { discrepancyNumbersByFact, numberReferences } from '../../core/classroom/handout-index';
import type { Discrepancy, DiscrepancyTypeId, StoryPack } from '../../core/pack/schema';
import { SourceLink } from '../components/SourceLink';
import { HandoutDiscrepancies } from './HandoutDiscrepancies';
import { HandoutKey } from './HandoutKey';
import { HandoutMatrix } from './HandoutMatrix';
import { Worksheet } from './Worksheet';
import { sourceName, t } from './i18n';

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
 * rules in classroom.css). The teacher's copy on at most four landscape pages: the
 * articles, a short key, the matrix as one line of stance symbols per question with
 * the record beside it, the discrepancies as a dense numbered list, and every dated
 * item cited once, numbered, at the end. Then one portrait student worksheet per
 * practice article.
 */
export function Handout({ pack, matrix, discrepancies, types, sourceNumbers, exercises }: Props) {
  const references = numberReferences(pack, [...matrix.rows.map((r) => r.fact.referenceIds), ...discrepancies.map((d) => d.referenceIds)]);
  return (
    <div class="handout">
      <section class="handout-teacher">
        <h1>{pack.title}</h1>
        <p>{pack.summary}</p>
        <h2>{t('classroom_handoutArticles')}</h2>
        <ol class="handout-sources">
          {matrix.columns.map((c) => (
            <li key={c.sourceId}>
              <strong>{sourceName(c.number)}:</strong> {c.headline}
            </li>
          ))}
        </ol>
        <HandoutKey columns={matrix.columns.length} types={types} />
        <HandoutMatrix
          matrix={matrix}
          caption={t('classroom_coverageCaption', pack.title)}
          referenceNumbers={references.numberOf}
          discrepancyNumbers={discrepancyNumbersByFact(discrepancies)}
        />
        <h2>{t('classroom_handoutDiscrepancies')}</h2>
        <HandoutDiscrepancies discrepancies={discrepancies} sourceNumbers={sourceNumbers} referenceNumbers={references.numberOf} />
        {references.sources.length > 0 && (
          <>
            <h2>{t('classroom_handoutReferences')}</h2>
            <ol class="handout-references">
              {references.sources.map((source, i) => (
                <li key={source.id}>
                  <span class="handout-ref-number">[{i + 1}]</span> <SourceLink source={source} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      {exercises.map((exercise) => (
        <Worksheet key={exercise.id} exercise={exercise} />
      ))}
    </div>
  );
}
