/**
 * The spot-the-error exercises bundled from data/exercises/*.json. Vite inlines
 * them at build time (no fetch, so the page works offline); each is checked
 * against the exercise schema, and a broken file is left out with a console
 * warning rather than taking the whole classroom down.
 */
import { exerciseSchema, EXERCISE_LEVELS, type Exercise } from '../../core/classroom/exercise-schema';

const files = import.meta.glob('../../../data/exercises/*.json', { eager: true, import: 'default' });

export function loadExercises(raw: Record<string, unknown> = files): Exercise[] {
  const exercises: Exercise[] = [];
  for (const [path, data] of Object.entries(raw)) {
    const parsed = exerciseSchema.safeParse(data);
    if (parsed.success) exercises.push(parsed.data);
    else console.warn(`Lateral classroom: skipped ${path}: ${parsed.error.message}`);
  }
  // Easier exercises first, then by title, so the picker reads as a progression.
  return exercises.sort((a, b) => EXERCISE_LEVELS.indexOf(a.level) - EXERCISE_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title));
}
