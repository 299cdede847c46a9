/**
 * A class's work on one exercise: the sentences flagged and whether the teacher has
 * revealed the key. Kept in the classroom page's own storage so switching views or
 * reloading loses nothing. Stored text is parsed with zod; anything unreadable or
 * naming sentences the exercise does not have counts as a fresh start.
 */
import { z } from 'zod';
import { sentencesOf, type Exercise } from './exercise-schema';

export interface ExerciseProgress {
  selected: Set<string>;
  revealed: boolean;
}

const storedSchema = z.object({ selected: z.array(z.string().max(80)).max(200), revealed: z.boolean() });

export const progressKey = (exerciseId: string) => `lateral.classroom.exercise.${exerciseId}`;

export function emptyProgress(): ExerciseProgress {
  return { selected: new Set(), revealed: false };
}

export function parseProgress(exercise: Exercise, raw: string | null): ExerciseProgress {
  if (raw === null) return emptyProgress();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return emptyProgress();
  const known = new Set(sentencesOf(exercise).map((s) => s.id));
  return { selected: new Set(parsed.data.selected.filter((id) => known.has(id))), revealed: parsed.data.revealed };
}

export function serializeProgress(progress: ExerciseProgress): string {
  return JSON.stringify({ selected: [...progress.selected].sort(), revealed: progress.revealed });
}
