import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseSchema, sentencesOf } from '../../../../src/core/classroom/exercise-schema';
import { parseProgress, serializeProgress } from '../../../../src/core/classroom/exercise-progress';

const exercise = exerciseSchema.parse(
  JSON.parse(readFileSync(new URL('../../../../data/exercises/starter-leaked-call.json', import.meta.url), 'utf8')),
);
const ids = sentencesOf(exercise).map((s) => s.id);

describe('a class’s stored work on an exercise', () => {
  it('round-trips flags and the reveal', () => {
    const progress = { selected: new Set([ids[2]!, ids[0]!]), revealed: true };
    const back = parseProgress(exercise, serializeProgress(progress));
    expect([...back.selected].sort()).toEqual([ids[0], ids[2]].sort());
    expect(back.revealed).toBe(true);
  });

  it('starts fresh on anything unreadable, and drops sentences the exercise does not have', () => {
    for (const raw of [null, '', '{', '[]', '{"selected":"x","revealed":true}', '{"selected":[],"revealed":"yes"}']) {
      const p = parseProgress(exercise, raw);
      expect(p.selected.size).toBe(0);
      expect(p.revealed).toBe(false);
    }
    expect([...parseProgress(exercise, JSON.stringify({ selected: [ids[1], 'no-such-sentence'], revealed: false })).selected]).toEqual([
      ids[1],
    ]);
  });
});
