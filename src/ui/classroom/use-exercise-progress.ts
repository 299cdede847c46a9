/**
 * The flags and reveal of each exercise, kept in the classroom page's localStorage
 * (an extension page: its storage belongs to Lateral and stays on this computer),
 * so a view switch, a reload or a closed tab keeps the class's work.
 */
import { useCallback, useState } from 'preact/hooks';
import type { Exercise } from '../../core/classroom/exercise-schema';
import {
  emptyProgress,
  parseProgress,
  progressKey,
  serializeProgress,
  type ExerciseProgress,
} from '../../core/classroom/exercise-progress';

const CHOSEN_KEY = 'lateral.classroom.exercise';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the work stays on screen, it just will not outlive the page.
  }
}

export function useChosenExercise(exercises: readonly Exercise[]): [string, (id: string) => void] {
  const [id, setId] = useState(() => {
    const stored = read(CHOSEN_KEY);
    return exercises.some((e) => e.id === stored) ? stored! : (exercises[0]?.id ?? '');
  });
  const choose = useCallback((next: string) => {
    setId(next);
    write(CHOSEN_KEY, next);
  }, []);
  return [id, choose];
}

export function useExerciseProgress(exercise: Exercise | undefined): [ExerciseProgress, (next: ExerciseProgress) => void] {
  const [all, setAll] = useState<Record<string, ExerciseProgress>>({});
  const current = exercise ? (all[exercise.id] ?? parseProgress(exercise, read(progressKey(exercise.id)))) : emptyProgress();
  const save = useCallback(
    (next: ExerciseProgress) => {
      if (!exercise) return;
      setAll((prev) => ({ ...prev, [exercise.id]: next }));
      const empty = next.selected.size === 0 && !next.revealed;
      write(progressKey(exercise.id), empty ? null : serializeProgress(next));
    },
    [exercise],
  );
  return [current, save];
}
