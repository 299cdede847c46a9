/**
 * Scores a spot-the-error attempt. Three counts, because a class learns different
 * things from each: hits (planted errors found), misses (planted errors passed
 * over) and false alarms (correct sentences flagged — over-suspicion is a media
 * literacy failure too).
 */
import { sentencesOf, type Exercise } from './exercise-schema';

export type SentenceVerdict = 'hit' | 'miss' | 'false-alarm' | 'correct-pass';

export interface ExerciseScore {
  hits: number;
  misses: number;
  falseAlarms: number;
  planted: number;
  /** Per sentence id, how the student's choice compares with the key. */
  verdicts: Map<string, SentenceVerdict>;
}

export function verdictFor(isPlanted: boolean, isSelected: boolean): SentenceVerdict {
  if (isPlanted) return isSelected ? 'hit' : 'miss';
  return isSelected ? 'false-alarm' : 'correct-pass';
}

export function scoreExercise(exercise: Exercise, selected: ReadonlySet<string>): ExerciseScore {
  const verdicts = new Map<string, SentenceVerdict>();
  const score: ExerciseScore = { hits: 0, misses: 0, falseAlarms: 0, planted: 0, verdicts };
  for (const sentence of sentencesOf(exercise)) {
    const isPlanted = sentence.error !== undefined;
    const verdict = verdictFor(isPlanted, selected.has(sentence.id));
    verdicts.set(sentence.id, verdict);
    if (isPlanted) score.planted++;
    if (verdict === 'hit') score.hits++;
    if (verdict === 'miss') score.misses++;
    if (verdict === 'false-alarm') score.falseAlarms++;
  }
  return score;
}

/** Toggles one sentence in an immutable selection (Preact state wants a new Set). */
export function toggleSelection(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
