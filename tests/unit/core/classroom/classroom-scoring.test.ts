import { describe, expect, it } from 'vitest';
import { scoreExercise, toggleSelection, verdictFor } from '../../../../src/core/classroom/scoring';
import { exerciseSchema, type Exercise } from '../../../../src/core/classroom/exercise-schema';

const exercise: Exercise = exerciseSchema.parse({
  id: 'mini',
  packId: 'tiny-story',
  level: 'starter',
  title: 'Mini',
  outlet: 'Practice',
  headline: 'Headline',
  brief: 'Find two errors.',
  paragraphs: [
    [
      { id: 'a', text: 'Right.' },
      { id: 'b', text: 'Wrong date.', error: { type: 'wrong-date', correction: 'c', explanation: 'e' } },
    ],
    [
      { id: 'c', text: 'Wrong title.', error: { type: 'wrong-title', correction: 'c', explanation: 'e' } },
      { id: 'd', text: 'Right again.' },
    ],
  ],
});

describe('classroom exercise scoring', () => {
  it('counts hits, misses and false alarms', () => {
    const score = scoreExercise(exercise, new Set(['b', 'd']));
    expect({ hits: score.hits, misses: score.misses, falseAlarms: score.falseAlarms, planted: score.planted }).toEqual({
      hits: 1,
      misses: 1,
      falseAlarms: 1,
      planted: 2,
    });
    expect(Object.fromEntries(score.verdicts)).toEqual({ a: 'correct-pass', b: 'hit', c: 'miss', d: 'false-alarm' });
  });

  it('scores a perfect and an empty attempt', () => {
    expect(scoreExercise(exercise, new Set(['b', 'c']))).toMatchObject({ hits: 2, misses: 0, falseAlarms: 0 });
    expect(scoreExercise(exercise, new Set())).toMatchObject({ hits: 0, misses: 2, falseAlarms: 0 });
  });

  it('ignores ids that are not sentences of the exercise', () => {
    expect(scoreExercise(exercise, new Set(['zzz']))).toMatchObject({ hits: 0, misses: 2, falseAlarms: 0 });
  });

  it('maps each choice to a verdict', () => {
    expect([verdictFor(true, true), verdictFor(true, false), verdictFor(false, true), verdictFor(false, false)]).toEqual([
      'hit',
      'miss',
      'false-alarm',
      'correct-pass',
    ]);
  });

  it('toggles without mutating the previous selection', () => {
    const before = new Set(['a']);
    const after = toggleSelection(before, 'b');
    expect([...before]).toEqual(['a']);
    expect([...after].sort()).toEqual(['a', 'b']);
    expect([...toggleSelection(after, 'a')]).toEqual(['b']);
  });
});
