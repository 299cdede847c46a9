import type { ExerciseScore } from '../../core/classroom/scoring';
import { t } from './i18n';

/** Hits, misses and false alarms as a definition list, with machine-readable counts for tests. */
export function ScoreSummary({ score }: { score: ExerciseScore }) {
  return (
    <dl class="score" data-hits={score.hits} data-misses={score.misses} data-false-alarms={score.falseAlarms}>
      <div class="score-hits">
        <dt>{t('classroom_scoreHits')}</dt>
        <dd>{t('classroom_scoreOf', [String(score.hits), String(score.planted)])}</dd>
      </div>
      <div class="score-misses">
        <dt>{t('classroom_scoreMisses')}</dt>
        <dd>{score.misses}</dd>
      </div>
      <div class="score-false-alarms">
        <dt>{t('classroom_scoreFalseAlarms')}</dt>
        <dd>{score.falseAlarms}</dd>
      </div>
    </dl>
  );
}
