/**
 * Spot-the-error exercises: short practice articles written for Lateral, split
 * into sentences, some of which carry a planted error with its answer key. The
 * schema is the single definition; data/exercises/*.json are checked against it
 * by the unit tests and again when the classroom page loads them.
 */
import { z } from 'zod';
import { DISCREPANCY_TYPE_IDS } from '../pack/taxonomy';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
const text = z.string().trim().min(1, 'must not be empty');

export const EXERCISE_LEVELS = ['starter', 'advanced'] as const;
export type ExerciseLevel = (typeof EXERCISE_LEVELS)[number];

/** What is wrong with a planted sentence, for the teacher's reveal. */
export const plantedErrorSchema = z.strictObject({
  type: z.enum(DISCREPANCY_TYPE_IDS),
  /** What the record says instead, in one sentence. */
  correction: text,
  /** Why a careful reader could have caught it, read aloud after the reveal. */
  explanation: text,
  /** Facts in the story pack this error contradicts, when the pack has them. */
  factIds: z.array(idSchema).default([]),
});

export const sentenceSchema = z.strictObject({
  id: idSchema,
  text,
  error: plantedErrorSchema.optional(),
});

export const exerciseSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    /** The story pack whose facts the article is built on. */
    packId: idSchema,
    level: z.enum(EXERCISE_LEVELS),
    title: text.describe('Name of the exercise shown to the teacher.'),
    outlet: text.describe('The invented masthead; makes clear it is a practice text.'),
    headline: text,
    /** Shown above the article: how many errors to look for, what to use. */
    brief: text,
    paragraphs: z.array(z.array(sentenceSchema).min(1)).min(1),
  })
  .superRefine((exercise, ctx) => {
    const seen = new Set<string>();
    let planted = 0;
    exercise.paragraphs.forEach((paragraph, pi) =>
      paragraph.forEach((sentence, si) => {
        if (seen.has(sentence.id)) {
          ctx.addIssue({ code: 'custom', path: ['paragraphs', pi, si, 'id'], message: `duplicate sentence id "${sentence.id}"` });
        }
        seen.add(sentence.id);
        if (sentence.error) planted++;
      }),
    );
    if (planted < 2) ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: 'an exercise needs at least two planted errors' });
    if (planted === seen.size)
      ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: 'leave some sentences correct, or there is nothing to judge' });
  });

export type PlantedError = z.infer<typeof plantedErrorSchema>;
export type ExerciseSentence = z.infer<typeof sentenceSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;

export function sentencesOf(exercise: Exercise): ExerciseSentence[] {
  return exercise.paragraphs.flat();
}
