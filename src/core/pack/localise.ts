/**
 * The pack in the reader's language. Pure: the pack, its translations and the
 * language come in; a new pack (or exercise) comes out, with every reader-facing
 * field taken from the translation when it has one and from the pack otherwise,
 * field by field. Excerpts, ids and everything the engine reads stay untouched.
 */
import type { Exercise } from '../classroom/exercise-schema';
import type { PackTranslation } from './localise-schema';
import type { StoryPack } from './schema';

/** `uk-UA` -> `uk`: translations are per language, not per region. */
export const primaryLanguage = (language: string): string => language.toLowerCase().split(/[-_]/)[0] ?? '';

export function translationFor(translations: readonly PackTranslation[], packId: string, language: string): PackTranslation | undefined {
  const wanted = primaryLanguage(language);
  return translations.find((t) => t.packId === packId && t.language === wanted);
}

const pick = <T extends object, K extends keyof T>(base: T, over: Partial<Pick<T, K>> | undefined, keys: readonly K[]): T => {
  if (!over) return base;
  const out = { ...base };
  for (const key of keys) if (over[key] !== undefined) out[key] = over[key];
  return out;
};

export function localisePack(pack: StoryPack, translations: readonly PackTranslation[], language: string): StoryPack {
  const tr = translationFor(translations, pack.id, language);
  if (!tr) return pack;
  return {
    ...pick(pack, tr.pack, ['title', 'summary']),
    topics: pack.topics.map((topic) => pick(topic, tr.topics?.[topic.id], ['label', 'summary'])),
    entities: pack.entities.map((entity) => pick(entity, tr.entities?.[entity.id], ['name', 'description'])),
    facts: pack.facts.map((fact) => {
      const over = tr.facts?.[fact.id];
      if (!over) return fact;
      const sources = Object.fromEntries(
        Object.entries(fact.sources).map(([seed, stance]) => [seed, pick(stance, over.sources?.[seed], ['note'])]),
      );
      return { ...pick(fact, over, ['question', 'answer', 'referenceNote']), sources };
    }),
    discrepancies: pack.discrepancies.map((d) => {
      const over = tr.discrepancies?.[d.id];
      if (!over) return d;
      const sources = d.sources.map((s) => pick(s, over.sources?.[s.sourceId], ['says']));
      return { ...pick(d, over, ['title', 'right', 'whyItMatters']), sources };
    }),
  };
}

/** An exercise's title, masthead note, brief and answer key in the reader's language; the article stays as written. */
export function localiseExercise(exercise: Exercise, translations: readonly PackTranslation[], language: string): Exercise {
  const over = translationFor(translations, exercise.packId, language)?.exercises?.[exercise.id];
  if (!over) return exercise;
  return {
    ...pick(exercise, over, ['title', 'outlet', 'brief']),
    paragraphs: exercise.paragraphs.map((paragraph) =>
      paragraph.map((sentence) => {
        const key = over.sentences?.[sentence.id];
        return sentence.error && key ? { ...sentence, error: pick(sentence.error, key, ['correction', 'explanation']) } : sentence;
      }),
    ),
  };
}
