import { Fragment } from 'preact';
import { sentencesOf, type Exercise } from '../../core/classroom/exercise-schema';
import { t } from './i18n';

/**
 * One printed page per practice article for students: the article with every sentence
 * numbered, and lines to write down the numbers they think are wrong and why. No key:
 * the answers stay with the teacher.
 */
export function Worksheet({ exercise }: { exercise: Exercise }) {
  const numbers = new Map(sentencesOf(exercise).map((s, i) => [s.id, i + 1]));
  return (
    <section class="worksheet" data-worksheet={exercise.id}>
      <h2>{t('classroom_worksheetTitle', exercise.title)}</h2>
      <p class="worksheet-name">
        {t('classroom_worksheetName')} <span class="write-line" />
      </p>
      <p class="worksheet-task">{t('classroom_worksheetTask')}</p>
      <article lang="en">
        <p class="outlet">{exercise.outlet}</p>
        <h3>{exercise.headline}</h3>
        {exercise.paragraphs.map((paragraph, pi) => (
          <p key={pi}>
            {paragraph.map((sentence, si) => (
              <Fragment key={sentence.id}>
                {si > 0 && ' '}
                <span class="sentence-number">[{numbers.get(sentence.id)}]</span> {sentence.text}
              </Fragment>
            ))}
          </p>
        ))}
      </article>
      <ol class="worksheet-answers">
        {[1, 2, 3, 4, 5].map((n) => (
          <li key={n}>
            {t('classroom_worksheetSentence')} <span class="write-line short" /> {t('classroom_worksheetWhy')} <span class="write-line" />
          </li>
        ))}
      </ol>
    </section>
  );
}
