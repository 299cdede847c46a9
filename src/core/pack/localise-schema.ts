/**
 * A pack translation: the reader-facing text of one story pack (and of the practice
 * exercises built on it) in one more language, keyed by the ids the pack already
 * uses, so a translation survives edits to the pack that leave those ids alone.
 *
 * Only words Lateral itself wrote can be translated. Excerpts, quotations from the
 * transcript, ids, dates, stances and sources are not fields here: they stay as the
 * pack has them (an outlet's words are shown in the outlet's language). Any field
 * left out falls back to the pack's own text (see ./localise.ts).
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
const text = z.string().trim().min(1, 'must not be empty');
const byId = <T extends z.ZodType>(entry: T) => z.record(id, entry).optional();

export const TRANSLATION_LANGUAGES = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'] as const;

export const packTranslationSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The pack this translates (its `id`). */
  packId: id,
  /** The language of every text in this file. */
  language: z.enum(TRANSLATION_LANGUAGES),
  pack: z.strictObject({ title: text.optional(), summary: text.optional() }).optional(),
  topics: byId(z.strictObject({ label: text.optional(), summary: text.optional() })),
  entities: byId(z.strictObject({ name: text.optional(), description: text.optional() })),
  facts: byId(
    z.strictObject({
      question: text.optional(),
      answer: text.optional(),
      referenceNote: text.optional(),
      /** Keyed by seed source id, as in the pack. */
      sources: byId(z.strictObject({ note: text })),
    }),
  ),
  discrepancies: byId(
    z.strictObject({
      title: text.optional(),
      right: text.optional(),
      whyItMatters: text.optional(),
      /** Keyed by the `sourceId` of the discrepancy's source entry. */
      sources: byId(z.strictObject({ says: text })),
    }),
  ),
  /** Practice exercises built on this pack (data/exercises), keyed by exercise id. */
  exercises: byId(
    z.strictObject({
      title: text.optional(),
      outlet: text.optional(),
      brief: text.optional(),
      /** Keyed by sentence id: the answer key of a planted error. The article itself stays as written. */
      sentences: byId(z.strictObject({ correction: text.optional(), explanation: text.optional() })),
    }),
  ),
});

export type PackTranslation = z.infer<typeof packTranslationSchema>;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
