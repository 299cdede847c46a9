/**
 * Labelled pages: what a careful reader marks on each page, under the annotation guide.
 * One `expectations.json` per folder of pages, keyed by page file name. Read from disk
 * by the CLI and the accuracy suite, so it is validated here, where it comes in.
 */
import { z } from 'zod';

const phrase = z.strictObject({
  text: z.string().min(1),
  /** Which occurrence (from 1) when the text occurs more than once on the page. */
  occurrence: z.number().int().min(1).optional(),
  /** Guide category, when the labeller gave one; otherwise derived (categorise.ts). */
  category: z.string().min(1).optional(),
});

const pageExpectation = z.object({
  /** False for a page that is not about the story: no mark at all is allowed there. */
  relevant: z.boolean(),
  lang: z.string().min(2),
  genre: z.string().optional(),
  notes: z.string().optional(),
  mustHighlight: z.array(phrase).default([]),
  mustNotHighlight: z.array(phrase).default([]),
  discrepancies: z.array(phrase).default([]),
  mustNotFlag: z.array(phrase).default([]),
  /** The page adds text up to this many ms after load. */
  dynamicMs: z.number().int().min(0).optional(),
  /** Inputs whose values must come through a scan unchanged. */
  formFields: z.array(z.strictObject({ selector: z.string().min(1), value: z.string() })).default([]),
});

export const expectationsSchema = z.record(z.string().regex(/^[\w.-]+\.html$/), pageExpectation);

export type Phrase = z.infer<typeof phrase>;
export type PageExpectation = z.infer<typeof pageExpectation>;
export type Expectations = z.infer<typeof expectationsSchema>;

export function parseExpectations(json: unknown): Expectations {
  const r = expectationsSchema.safeParse(json);
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`invalid expectations:\n  ${problems.join('\n  ')}`);
}
