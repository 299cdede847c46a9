import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sentencesOf, type Exercise } from '../../core/classroom/exercise-schema';
import { scoreExercise, toggleSelection } from '../../core/classroom/scoring';
import { RevealControl } from './RevealControl';
import { SentencePicker } from './SentencePicker';
import { ScoreSummary } from './ScoreSummary';
import { t, typeLabel } from './i18n';
import { useChosenExercise, useExerciseProgress } from './use-exercise-progress';

/**
 * Spot the error: students flag sentences, the teacher reveals the key with
 * explanations and a score. Flags and reveal are kept per exercise across view
 * switches and reloads.
 */
export function ExerciseView({ exercises }: { exercises: readonly Exercise[] }) {
  const [exerciseId, setExerciseId] = useChosenExercise(exercises);
  const exercise = exercises.find((e) => e.id === exerciseId) ?? exercises[0];
  const [progress, setProgress] = useExerciseProgress(exercise);
  const resultRef = useRef<HTMLElement>(null);
  const isRevealed = progress.revealed;
  const [justRevealed, setJustRevealed] = useState(false);
  useEffect(() => {
    // Focus the answers when the teacher reveals them, not when a revealed exercise is reopened.
    if (justRevealed) resultRef.current?.focus();
  }, [justRevealed]);

  if (!exercise) return <p class="empty">{t('classroom_noExercises')}</p>;
  const selected = progress.selected;
  const score = isRevealed ? scoreExercise(exercise, selected) : null;
  const planted = sentencesOf(exercise).filter((s) => s.error);

  return (
    <div class="exercise">
      <fieldset class="exercise-picker">
        <legend>{t('classroom_exercisePick')}</legend>
        {exercises.map((e) => (
          <label key={e.id}>
            <input
              type="radio"
              name="exercise"
              value={e.id}
              checked={e.id === exercise.id}
              onChange={() => {
                setExerciseId(e.id);
                setJustRevealed(false);
              }}
            />
            {e.title} <span class="level">({t(`classroom_level_${e.level}`)})</span>
          </label>
        ))}
      </fieldset>

      {/* The brief comes in the reader's language (data/translations); the article below stays in English. */}
      <p class="brief">{exercise.brief}</p>
      <p class="instructions">{t('classroom_exerciseInstructions')}</p>

      <article class="practice-article" lang="en" data-exercise={exercise.id} aria-labelledby="practice-headline">
        <p class="outlet">{exercise.outlet}</p>
        <h3 id="practice-headline">{exercise.headline}</h3>
        {exercise.paragraphs.map((paragraph, pi) => (
          <p key={pi}>
            {paragraph.map((sentence, si) => (
              <Fragment key={sentence.id}>
                {si > 0 && ' '}
                <SentencePicker
                  sentence={sentence}
                  selected={selected.has(sentence.id)}
                  verdict={score?.verdicts.get(sentence.id)}
                  onToggle={(id) => setProgress({ ...progress, selected: toggleSelection(selected, id) })}
                />
              </Fragment>
            ))}
          </p>
        ))}
      </article>

      <div class="exercise-actions">
        <p class="selected-count" aria-live="polite">
          {t('classroom_selectedCount', String(selected.size))}
        </p>
        {!isRevealed ? (
          <RevealControl
            key={exercise.id}
            onReveal={() => {
              setProgress({ ...progress, revealed: true });
              setJustRevealed(true);
            }}
          />
        ) : (
          <button
            type="button"
            class="reset"
            onClick={() => {
              setProgress({ selected: new Set(), revealed: false });
              setJustRevealed(false);
            }}
          >
            {t('classroom_tryAgain')}
          </button>
        )}
      </div>

      {score && (
        <section class="answers" ref={resultRef} tabIndex={-1} aria-labelledby="answers-title">
          <h3 id="answers-title">{t('classroom_answersTitle')}</h3>
          <ScoreSummary score={score} />
          <ol class="answer-list">
            {planted.map((sentence) => (
              <li key={sentence.id} data-answer={sentence.id} class={`answer verdict-${score.verdicts.get(sentence.id)}`}>
                <p class="answer-head">
                  <span class="type-badge">{typeLabel(sentence.error!.type)}</span>{' '}
                  <span class="verdict-tag">{t(`classroom_verdict_${score.verdicts.get(sentence.id)!.replace('-', '_')}`)}</span>
                </p>
                <p class="answer-sentence">
                  <q>{sentence.text}</q>
                </p>
                <p>
                  <strong>{t('classroom_correction')}</strong> {sentence.error!.correction}
                </p>
                <p>
                  <strong>{t('classroom_explanation')}</strong> {sentence.error!.explanation}
                </p>
              </li>
            ))}
          </ol>
          {score.falseAlarms > 0 && <p class="false-alarm-note">{t('classroom_falseAlarmNote')}</p>}
        </section>
      )}
    </div>
  );
}
