/**
 * The single definition of a story pack: the bundled, cross-source dataset the
 * popover reads. TypeScript types are inferred from here and
 * data/story-pack.schema.json is generated from here (`npm run schema`), so any
 * change to the pack format starts in this file.
 *
 * Shape-level rules (required fields, excerpt length, stance/excerpt pairing)
 * live in the schema; cross-references between ids live in ./integrity.ts and
 * are wired in through `superRefine`, so `storyPackSchema.parse` rejects both.
 */
import { z } from 'zod';
import { checkSchema, gateSchema, periodSchema, ruleSchema } from '../detect/rules-schema';
import { checkPackIntegrity } from './integrity';
import { DISCREPANCY_TYPE_IDS } from './taxonomy';

export { DISCREPANCY_TYPES, DISCREPANCY_TYPE_IDS, type DiscrepancyTypeId } from './taxonomy';

/**
 * Excerpts must stay short quotations (copyright: a clause, never a paragraph).
 * Anything of 30 words or more is rejected.
 */
export const EXCERPT_MAX_WORDS = 29;

export const countWords = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens')
  .describe('Stable kebab-case id; other parts of the pack and the detection engine refer to it.');

const text = z.string().trim().min(1, 'must not be empty');

const excerptSchema = text
  .refine((s) => countWords(s) <= EXCERPT_MAX_WORDS, {
    message: `excerpt must be under 30 words (at most ${EXCERPT_MAX_WORDS})`,
  })
  .describe(
    'Verbatim words copied from the cited seed article: only the words that carry the point, under 30. Required when the stance is differs, unconfirmed or wrong; optional for agrees; never for silent.',
  );

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const topicSchema = z.strictObject({
  id: idSchema,
  label: text,
  summary: text,
});

/** How a seed article's publication date was worked out when it prints none. */
export const publicationSchema = z.strictObject({
  /** Best single-day estimate, when one can be given. */
  date: isoDate.optional(),
  earliest: isoDate.optional(),
  latest: isoDate.optional(),
  precision: z.enum(['stated', 'inferred-day', 'inferred-range', 'unknown']),
  how: text.describe('How the date was stated or inferred, in plain words.'),
});

export const SEED_KINDS = ['news', 'aggregator', 'blog'] as const;
export const REFERENCE_KINDS = ['news', 'wire', 'social', 'official'] as const;

/** One of the articles the pack compares; its text is never shipped, only short excerpts. */
export const seedSourceSchema = z.strictObject({
  id: idSchema,
  role: z.literal('seed'),
  seedFile: z.string().regex(/^[\w.-]+\.txt$/, 'seedFile is a bare .txt file name'),
  headline: text.describe('The headline, or the opening line when there is none (shortened).'),
  headlineIsOpeningLine: z.boolean(),
  kind: z.enum(SEED_KINDS),
  published: publicationSchema,
  missing: z.array(text).describe('What the article lacks that a careful reader would want (byline, date, links...).'),
  notes: text.optional(),
});

/**
 * One published item of the outside record: a report, a transcript, a post or an
 * official record. Every claim the pack makes on the record's behalf cites one of
 * these, so a reader can follow it to the very item, not to an outlet's homepage.
 */
export const referenceSourceSchema = z.strictObject({
  id: idSchema,
  role: z.literal('reference'),
  name: text.describe('The outlet or account that published the item, e.g. "Bloomberg" or "Truth Social (Donald Trump)".'),
  kind: z.enum(REFERENCE_KINDS),
  title: text.describe(
    'Which item this is: its headline when known exactly, otherwise a plain description of it (posts and transcripts have no headline).',
  ),
  date: isoDate.describe('The day the item was published or posted (YYYY-MM-DD).'),
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http(s) address of the item itself' })
    .optional()
    .describe('Address of this very item. Left out when it is not known for certain; never an outlet homepage.'),
  reportsOn: idSchema
    .optional()
    .describe(
      'When this item republishes or reports on another reference item whose own address is not known (a wire story carried by another site, a report quoting a transcript), the id of that item; the title says which it is.',
    ),
  covers: text.describe('What this item is the reference for.'),
});

export const sourceSchema = z.discriminatedUnion('role', [seedSourceSchema, referenceSourceSchema]);

export const LANGUAGES = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'] as const;

const aliasList = z.array(text).min(1);

export const entitySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['person', 'place', 'document', 'organisation']),
  name: text,
  description: text,
  /** Every language is required so the matcher never silently misses one. */
  aliases: z.strictObject({
    en: aliasList,
    uk: aliasList,
    ru: aliasList,
    de: aliasList,
    fr: aliasList,
    es: aliasList,
    pl: aliasList,
  }),
  roles: z
    .record(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'), aliasList)
    .optional()
    .describe(
      'Words that stand for this person where the page gives a role instead of a name ("the envoy", "Putin\'s aide"), by language. When a highlight holds such words, the popover opens on this entity, the longest match winning ("Kremlin envoy" over "envoy"). Only for the people the story is about: a principal named inside a role ("Trump\'s envoy") is not the person meant.',
    ),
});

export const STANCES = ['agrees', 'differs', 'unconfirmed', 'wrong', 'silent'] as const;

/** Plain-words meaning of each stance, for the popover legend and for educators. */
export const STANCE_DESCRIPTIONS: Record<(typeof STANCES)[number], string> = {
  agrees: 'Says the same as the record (wording may differ).',
  differs: 'Frames it differently, leaves out part of it, or rewords a quote, without stating something false.',
  unconfirmed: 'Says something the record does not mention: not confirmed here, which is not the same as wrong.',
  wrong: 'States something the record contradicts.',
  silent: 'Does not mention it.',
};

const quotingSchema = idSchema.describe(
  "Set when the excerpt is the outlet's quotation of someone else (the words inside its quotation marks): the entity id of the person quoted. The outlet answers for quoting faithfully, not for that person's wording or spelling.",
);

/**
 * Stances that accuse or question an outlet must show its words. An agreeing
 * outlet may show them too, but need not: its note says it, and every quoted
 * word counts against the outlet's excerpt budget (see ./excerpt-budget.ts).
 */
export const NEEDS_EVIDENCE: ReadonlySet<Stance> = new Set<Stance>(['differs', 'unconfirmed', 'wrong']);

/** What one seed article says about one fact. */
export const sourceStanceSchema = z
  .strictObject({
    stance: z.enum(STANCES),
    note: text.describe('What the article says, in our own words.'),
    excerpt: excerptSchema.optional(),
    quoting: quotingSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.stance === 'silent' && value.excerpt !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['excerpt'], message: 'a silent source has nothing to quote; drop the excerpt' });
    }
    if (NEEDS_EVIDENCE.has(value.stance) && value.excerpt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['excerpt'], message: `stance "${value.stance}" needs a verbatim excerpt as evidence` });
    }
    if (value.quoting !== undefined && value.excerpt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['quoting'], message: 'quoting describes an excerpt; there is none' });
    }
  });

export const factSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  question: text,
  answer: text.describe('The canonical answer, in our own words.'),
  /** Exact transcript wording, only for facts about what was said on the record. */
  canonicalQuote: text.optional(),
  referenceIds: z
    .array(idSchema)
    .describe('Reference items the answer rests on; empty only when the record does not cover the question (then referenceNote says so).'),
  referenceNote: text.optional().describe('Where the answer comes from when no reference item backs it.'),
  entityIds: z.array(idSchema),
  key: z.boolean().describe('Facts the popover leads with for their topic.'),
  /** Keyed by seed source id; integrity requires every seed source to appear. */
  sources: z.record(idSchema, sourceStanceSchema),
});

/**
 * One seed article's part in a discrepancy. Articles that get it right may be
 * listed too (stance `agrees`) so the popover can show the contrast.
 */
export const discrepancySourceSchema = z
  .strictObject({
    sourceId: idSchema,
    stance: z.enum(STANCES).describe("Must equal this source's stance on every fact in the discrepancy's factIds."),
    says: text.describe('What this article says, in our own words.'),
    excerpt: excerptSchema.optional(),
    quoting: quotingSchema.optional(),
  })
  .superRefine((value, ctx) => {
    // An article that differs, is unconfirmed or is wrong must show its words; a silent one (an omission) has none.
    if (NEEDS_EVIDENCE.has(value.stance) && value.excerpt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['excerpt'], message: `stance "${value.stance}" needs a verbatim excerpt as evidence` });
    }
    if (value.quoting !== undefined && value.excerpt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['quoting'], message: 'quoting describes an excerpt; there is none' });
    }
  });

/**
 * `conflict`: at least one seed article disagrees with the record or with another article
 * (or, for an omission, is silent).
 * `watch`: no seed gets it wrong, but the point is easy to get wrong elsewhere, so claim
 * checks can point at it; a watch entry may list zero sources.
 */
export const DISCREPANCY_KINDS = ['conflict', 'watch'] as const;

export const discrepancySchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(DISCREPANCY_KINDS),
    type: z
      .enum(DISCREPANCY_TYPE_IDS)
      .describe(
        'One of the taxonomy types (./taxonomy.ts). A "single-source-claim" marks its sources "unconfirmed"; a "spelling-variant" never blames a source whose excerpt is a quotation (`quoting`).',
      ),
    title: text,
    right: text.describe('What the record says is right.'),
    sources: z.array(discrepancySourceSchema),
    factIds: z
      .array(idSchema)
      .min(1)
      .describe(
        'The facts this discrepancy concerns. Each listed source must have the same stance here as on every one of these facts, so the popover and the classroom never tell the same point two ways.',
      ),
    referenceIds: z.array(idSchema).describe('Reference items that back `right`. Required (non-empty) when any source is marked "wrong".'),
    severity: z.enum(['low', 'medium', 'high']),
    whyItMatters: text.describe('One or two sentences an educator can read aloud.'),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'conflict' && !value.sources.some((s) => s.stance !== 'agrees')) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message:
          'a conflict needs at least one seed source that differs, is wrong or is silent; use kind "watch" for reference-only entries',
      });
    }
  });

export const storyPackShape = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is semver, e.g. 1.0.0'),
  title: text,
  summary: text,
  /** Who keeps the pack; named as the author of its exported ClaimReviews. */
  maintainer: z.strictObject({ name: text, url: z.url().optional() }).optional(),
  topics: z.array(topicSchema).min(1),
  sources: z.array(sourceSchema).min(1),
  entities: z.array(entitySchema),
  facts: z.array(factSchema),
  discrepancies: z.array(discrepancySchema),
  /** Owned by the detection engine (src/core/detect/rules-schema.ts). */
  gate: gateSchema,
  period: periodSchema.optional(),
  rules: z.array(ruleSchema),
  checks: z.array(checkSchema),
});

export const storyPackSchema = storyPackShape.superRefine((pack, ctx) => {
  for (const problem of checkPackIntegrity(pack)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
});

export type Topic = z.infer<typeof topicSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type ReferenceSource = z.infer<typeof referenceSourceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Language = (typeof LANGUAGES)[number];
export type Stance = (typeof STANCES)[number];
export type SourceStance = z.infer<typeof sourceStanceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type DiscrepancySource = z.infer<typeof discrepancySourceSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type StoryPack = z.infer<typeof storyPackShape>;
