/** Bundled packs and exercises in the reader's language, from the translations the build bundled (data/translations). */
import { translations } from 'virtual:lateral/translations';
import type { Exercise } from '../../core/classroom/exercise-schema';
import { localiseExercise, localisePack } from '../../core/pack/localise';
import type { StoryPack } from '../../core/pack/schema';

export const packInLanguage = (pack: StoryPack, language: string): StoryPack => localisePack(pack, translations, language);

export const exerciseInLanguage = (exercise: Exercise, language: string): Exercise => localiseExercise(exercise, translations, language);
