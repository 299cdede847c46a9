/**
 * Zod schemas for the detection part of a story pack: mention rules and claim checks.
 * The pack schema (src/core/pack/schema.ts) embeds these; compile.ts turns validated
 * data into the plain CompiledPack the content script loads. Only build-time and
 * Node code import this file, so zod never reaches the content-script bundle.
 *
 * Everything here is declarative on purpose: phrases are literal text, and checks
 * are slot sequences or typed date/duration checks that compile.ts turns into
 * bounded, backtracking-safe regexes. No regex source is ever read from data.
 */
import { z } from 'zod';
import { hasStemAcronym } from './acronyms';

/** The seven languages with full rules, then languages where names and the plan's number suffice. */
export const LANGS = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'it', 'nl', 'id'] as const;
export const langSchema = z.enum(LANGS);

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens')
  .max(80);

/**
 * A literal phrase. Whitespace and any dash are interchangeable when matching.
 * A word ending in "*" is a stem: up to a few letters may follow it (how many
 * depends on the rule's language), e.g. "ушаков*" -> ушакова, ушакову, ушаковым.
 * Matching folds case, except in a rule for a word written all in capitals (an acronym,
 * see acronyms.ts): it matches only where the page writes it in capitals too: "US plan" is
 * the country's plan, not "us" the pronoun; "USA" in Italian, not "usa" (uses).
 */
export const phraseSchema = z
  .string()
  .min(2)
  .max(120)
  .refine((p) => !/[\\^$|()[\]{}?+]/.test(p), 'phrases are literal text, not regexes')
  // Each stem is chained at run time (stems.ts); two per phrase is plenty.
  .refine((p) => (p.match(/\*/g)?.length ?? 0) <= 2, 'at most two stem words (*) per phrase');

/** A word class entry of a composed rule: like a phrase, but one letter is enough ("a", "l'"). */
const composeWordSchema = z
  .string()
  .min(1)
  .max(60)
  .refine((p) => !/[\\^$|()[\]{}?+]/.test(p), 'words are literal text, not regexes');

/** A rule's phrase; its acronyms match only in capitals, so none is a stem ("USA*"). */
const rulePhraseSchema = phraseSchema.refine((p) => !hasStemAcronym(p), 'an acronym in capitals is a whole word, not a stem');

export const ruleSchema = z
  .object({
    id,
    /** Topic id: `call`, `plan`, or any topic the pack declares. */
    topic: id,
    lang: langSchema,
    /**
     * `mention`: highlighted. `context`: never highlighted, only tells the relevance
     * scorer that the text is about the war/negotiations (Ukraine, Kremlin, ...).
     */
    role: z.enum(['mention', 'context', 'cue']).default('mention'),
    /**
     * Role `cue` only: the word class this rule's phrases belong to, and which way they
     * lean. A class is shared by the languages' cue rules: `plan-number` holds the words
     * that make "28 points" the plan (peace, Ukraine, the story's names: `for`) or
     * something else (score, lead, poll, exam, a city's transport: `against`); `story-event`
     * holds what ties an item to the story (the 14 October call, the recording, the plan:
     * `for`) or to another meeting of the same people (August, Alaska: `against`).
     */
    cue: z
      .object({
        class: id,
        stance: z.enum(['for', 'against']),
        /**
         * True: the class decides whether an item of a page (or a page without items)
         * is about the story at all. An item with an `against` word and no `for` word is
         * another event of the same people, and nothing in it is marked.
         */
        scopes: z.boolean().optional(),
        /**
         * With `scopes`, on `against` words of another dated meeting (August, Alaska): they
         * decide single sentences too, so "Witkoff met Putin on 6 August" in an article about
         * the call is left alone. Words of another story (Gaza) decide only whole items.
         */
        sentences: z.boolean().optional(),
        /**
         * True: the class's words are given names of other people (Eli, Nikita, Денис), never
         * the story people's own: a `surname` match right after one is a namesake
         * (namesakes.ts). Such words lean neither way in any judgement.
         */
        givenNames: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /**
     * A match of this rule stands only where the cue class does not lean against it:
     * the class's `for` and `against` words within `window` normalised chars in the same
     * sentence are counted, and the match is dropped when some word is against it and no
     * more words are for it ("scored 28 points" in a game report, a city's 28-point
     * mobility plan), whatever the page is about.
     */
    judgedBy: z
      .object({
        class: id,
        window: z.number().int().min(10).max(400),
        /**
         * True: a match the class's words lean for, outside the match itself and with
         * none against, is strong evidence however ambiguous the rule: "a plan of 28
         * points" among words of Ukraine and peace carries a page with no name on it.
         */
        carries: z.boolean().optional(),
      })
      .strict()
      .optional(),
    phrases: z.array(rulePhraseSchema).min(1).max(400),
    /** True when the phrase alone does not prove the page is about this story. */
    ambiguous: z.boolean(),
    /**
     * Relevance evidence is counted per group, so the same concept matched by its
     * rules in several languages ("Witkoff" in en, de, fr...) counts once. Defaults to the id.
     */
    group: id.optional(),
    /** Relevance weight of an ambiguous rule (default 1; e.g. 0.5 for a place name). */
    weight: z.number().min(0).max(3).optional(),
    /**
     * Weight inside one item of a many-story page (a live-blog entry, a teaser), where
     * the item's own words decide whether it is about the story. A word that never makes
     * a page relevant alone (weight 0: "the recording", "the US draft") can still show
     * that an entry naming Ushakov is about the call. Defaults to `weight`.
     */
    itemWeight: z.number().min(0).max(3).optional(),
    /**
     * Proximity condition: a phrase only counts when one of these phrases is within
     * `window` normalised chars before or after it ("Trump's envoy ... Kremlin aide").
     * On a cue rule, the cue word counts only beside a partner: "meeting" is another
     * event where a place stands with it ("the meeting in Moscow"), not on its own.
     */
    near: z
      .object({
        phrases: z.array(rulePhraseSchema).min(1).max(200),
        window: z.number().int().min(1).max(400),
        /**
         * False: the partner only ties the phrase to the story and the mark covers the
         * phrase alone, so "the recording ... Ushakov" does not paint the whole stretch
         * between them. Default true: the span runs to the partner.
         */
        extend: z.boolean().optional(),
        /** False: the partner may stand in a neighbouring sentence. Default true: same sentence. */
        sentence: z.boolean().optional(),
        /**
         * True: only words stand between the phrase and its partner, no punctuation or
         * quotation mark, as inside one noun phrase ("el asesor de política exterior de
         * Putin"), so a role word in a quotation is not tied to the speaker named before it.
         */
        tight: z.boolean().optional(),
        /**
         * True: the partner stands after the phrase, as the rest of one saying does ("that
         * is what" … "who closes deals"), so a word of deals earlier in the sentence is not
         * drawn into the mark.
         */
        follows: z.boolean().optional(),
        /**
         * True: the phrase is a role word and its partner the principal it serves, and
         * grammar must tie them (role-link.ts): an owner or a preposition ("Kremlin's
         * envoy", "envoy to the Kremlin") or nothing between them ("Kremlin envoy"), never a
         * verb ("the envoy advised the Kremlin").
         */
        linked: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /**
     * True: the phrases are single names, matched not as written but as pages misspell
     * them: a word one letter from a name once transliteration variants are folded
     * ("Whitkoff", "Vitkov", "Uhsakov"; spellings.ts). The exact forms are other rules'.
     */
    spellings: z.boolean().optional(),
    /**
     * A definite reference that names the story only by pointing back ("the document",
     * "the American", "his envoy"): a match stands only after a mention of `topic`, earlier
     * in the same item of a many-story page, or earlier on a page without items
     * (anaphora.ts), and not in a sentence whose cue words give it to another story.
     */
    antecedent: z.object({ topic: id }).strict().optional(),
    /**
     * The rule's phrases are head words (envoy, plan, recording), and a match stands only
     * inside a noun phrase the language builds around them (compose.ts): a determiner or
     * an owner, up to two modifiers on each side, a trailing determiner. Word classes, not
     * whole phrases: "their American envoy" and "the new Kremlin adviser" are composed.
     */
    compose: z
      .object({
        /** Articles and demonstratives (the, a, this, der, el, этот). */
        determiners: z.array(composeWordSchema).max(80).default([]),
        /** Possessives that tie the head alone (his, su, его): "his envoy". */
        owners: z.array(composeWordSchema).max(40).default([]),
        /** Modifiers before the head (nationality, rank, new, original). */
        before: z.array(composeWordSchema).max(120).default([]),
        /** Rank words before the head (senior, top): they may stand, but are no modifier a determiner needs. */
        ranks: z.array(composeWordSchema).max(40).default([]),
        /** Modifiers after the head (ruso, del Kremlin, initiale). */
        after: z.array(composeWordSchema).max(120).default([]),
        /** Determiners after the head (Indonesian itu, tersebut). */
        trailing: z.array(composeWordSchema).max(20).default([]),
        /** Modifiers a determiner needs beside it: 1 for roles ("the Russian aide", not "the aide"). */
        minModifiers: z.number().int().min(0).max(2).default(0),
        /** Languages without articles: the head may stand with no determiner, with this many modifiers. */
        bare: z.number().int().min(0).max(2).optional(),
      })
      .strict()
      .optional(),
    /**
     * True: the phrases are words for the call ("the call", "la conversación"), and a match
     * is not the story's where its own sentence makes it another event: other people hold
     * it (Trump and Putin), it is still to come (the next call, a call to arrange) or
     * another date stands with it (other-event.ts).
     */
    eventNoun: z.boolean().optional(),
    /**
     * Role `mention` only: the phrases are the story's own famous words (the call's "man of
     * peace"), so wherever they stand they are also words `for` the story in the class that
     * decides items (`cue.scopes`): a paragraph or item quoting them is about the story, as
     * one naming the recording is. Only words no other story shares: a land swap or a
     * negotiator was other months' news too.
     */
    ties: z.boolean().optional(),
    /**
     * Phrases of this rule that are also a verb ("call", "leak", Italian "chiamata" as
     * "called"): a match counts only where its neighbours make it the noun (noun-context.ts):
     * "the call", "Witkoff's call", not "critics call it" or "readers can call us".
     */
    verbs: z.array(rulePhraseSchema).min(1).max(50).optional(),
    /**
     * Phrases of this rule that are also an adjective (English "American", "Russian"): a
     * match counts only where it stands as the noun, the next word being no noun it could
     * modify (noun-context.ts): "the American proposed", "the American's words", not "the
     * American side" or "the Russian army".
     */
    adjectives: z.array(rulePhraseSchema).min(1).max(50).optional(),
    /** True: the phrases name one of the story's people or stand for one (a name, a role, "the American"). */
    person: z.boolean().optional(),
    /**
     * True: the phrases are a surname of one of the story's people, alone or after the
     * person's own given name; after another given name it is a namesake's (namesakes.ts).
     */
    surname: z.boolean().optional(),
    /** Hard negatives: any rule's phrase match overlapping one of these is dropped ("admiral ushakov"). */
    exclude: z.array(rulePhraseSchema).max(200).optional(),
    factIds: z.array(id).optional(),
    description: z.string().min(3).max(300),
  })
  .strict()
  .refine((r) => (r.verbs ?? []).every((v) => r.phrases.includes(v)), "every phrase in `verbs` is one of the rule's phrases")
  .refine((r) => (r.adjectives ?? []).every((v) => r.phrases.includes(v)), "every phrase in `adjectives` is one of the rule's phrases")
  .refine(
    (r) => !r.spellings || r.phrases.every((p) => /^[a-z]{5,12}$/.test(p)),
    'a rule of spellings holds single Latin names in lower case',
  );

/**
 * A noun phrase of a sequence, built from word classes rather than listed: a lead word
 * (an owner or article: "his", "seinen", "son", "свого"), up to `maxModifiers` modifiers
 * ("special", "US"), and a head word ("envoy", "Gesandten", "emissaire").
 */
export const nounSlotSchema = z
  .object({
    lead: z.array(composeWordSchema).min(1).max(40),
    /** Before the head ("their chief negotiator") and after it ("son envoyé spécial", "su enviado especial"). */
    modifiers: z.array(composeWordSchema).max(40).optional(),
    after: z.array(composeWordSchema).max(40).optional(),
    maxModifiers: z.number().int().min(0).max(2).optional(),
    head: z.array(phraseSchema).min(1).max(40),
  })
  .strict();

/** One slot of a sequence pattern: literal alternatives and/or a noun phrase of word classes, or a bounded gap of words. */
export const slotSchema = z.union([
  z.object({ any: z.array(phraseSchema).min(1).max(100), noun: nounSlotSchema.optional() }).strict(),
  z.object({ noun: nounSlotSchema }).strict(),
  z.object({ gap: z.number().int().min(0).max(12) }).strict(),
]);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const checkPatternSchema = z.discriminatedUnion('type', [
  /** Alternatives of word sequences; a match containing an `unless` phrase is ignored. */
  z
    .object({
      type: z.literal('sequence'),
      sequences: z.array(z.array(slotSchema).min(1).max(9)).min(1).max(40),
      unless: z.array(phraseSchema).max(100).optional(),
      /**
       * The doer the error gives the deed to (`who`) and the people who may do it instead
       * (`others`): a match whose words name no doer is the error only when the person
       * before it, or the one its pronoun points back to, is not one of `others`
       * (checks-agent.ts).
       */
      agent: z
        .object({ who: z.array(phraseSchema).min(1).max(100), others: z.array(phraseSchema).min(1).max(200) })
        .strict()
        .optional(),
    })
    .strict(),
  /**
   * A stated date near a call word and a subject (names) is compared with `expected`:
   * `year` flags a different year, `monthDay` a different month or day. Dates of other
   * events in the story (`ignore`, as MM-DD) are never flagged as a wrong day.
   */
  z
    .object({
      type: z.literal('date'),
      expected: isoDate,
      compare: z.enum(['year', 'monthDay']),
      triggers: z.array(phraseSchema).min(1).max(100),
      subjects: z.array(phraseSchema).min(1).max(100),
      window: z.number().int().min(10).max(300),
      ignore: z
        .array(z.string().regex(/^\d{2}-\d{2}$/))
        .max(50)
        .optional(),
    })
    .strict(),
  /** A stated length of the call outside [minMinutes, maxMinutes]. */
  z
    .object({
      type: z.literal('duration'),
      triggers: z.array(phraseSchema).min(1).max(100),
      minMinutes: z.number().min(0),
      maxMinutes: z.number().min(0),
    })
    .strict(),
  /**
   * A figure stated for something the record fixes (the plan's army cap): the first
   * number after a `triggers` phrase ("capped at", "a ceiling of"), in a sentence that
   * names one of `subjects` (army, troops), is flagged unless it is one of `accepted`.
   */
  z
    .object({
      type: z.literal('number'),
      triggers: z.array(phraseSchema).min(1).max(100),
      subjects: z.array(phraseSchema).min(1).max(100),
      accepted: z.array(z.number()).min(1).max(20),
      /** Smaller figures are not about this (a cap of "28 points" is not an army). */
      minValue: z.number().min(0),
    })
    .strict(),
]);

export const checkSchema = z
  .object({
    id,
    discrepancyId: id,
    topic: id,
    /** Informational; a check's patterns may mix languages. */
    langs: z.array(langSchema).optional(),
    factIds: z.array(id).optional(),
    description: z.string().min(3).max(300),
    pattern: checkPatternSchema,
  })
  .strict();

/**
 * The page gate: case-insensitive regular-expression sources tried against a page's
 * raw text before the matcher is loaded. A page that matches none of them cannot
 * produce a hit, so Lateral stops there. Patterns come from the bundled pack, never
 * from users, and must compile with the `i` flag: no \p{...} classes, which would force the slower Unicode mode.
 */
export const gateSchema = z
  .array(
    z
      .string()
      .min(2)
      .max(600)
      .refine((source) => {
        try {
          new RegExp(source, 'i');
          return true;
        } catch {
          return false;
        }
      }, 'gate pattern is not a valid regular expression'),
  )
  .min(1)
  .max(40);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

/**
 * When the story happened and when it became known. A page whose own dates all lie
 * before the story's events, with none on or after the day it became known, was written
 * before anyone could write about it (detect/period.ts). Dates from `events` until
 * `reported` are the story's own (a page about it names them), and so is any date on one
 * of `keyDays` in any month or year: the story's key day as pages misprint it.
 */
export const periodSchema = z
  .strictObject({
    events: day,
    reported: day,
    keyDays: z.array(z.number().int().min(1).max(31)).max(5),
  })
  .refine((p) => p.events < p.reported, 'the story becomes known after its events begin');

export const detectionSchema = z
  .object({ gate: gateSchema, period: periodSchema.optional(), rules: z.array(ruleSchema), checks: z.array(checkSchema) })
  .superRefine((d, ctx) => {
    const cueClasses = new Set(d.rules.flatMap((r) => (r.cue ? [r.cue.class] : [])));
    for (const r of d.rules) {
      if ((r.role === 'cue') !== (r.cue !== undefined))
        ctx.addIssue({ code: 'custom', message: `rule ${r.id}: role cue and a cue class go together` });
      if (r.judgedBy && !cueClasses.has(r.judgedBy.class))
        ctx.addIssue({ code: 'custom', message: `rule ${r.id}: no cue rule has class ${r.judgedBy.class}` });
    }
    const seen = new Set<string>();
    for (const item of [...d.rules, ...d.checks]) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule/check id ${item.id}` });
      seen.add(item.id);
    }
  });

export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type Check = z.infer<typeof checkSchema>;
export type CheckPattern = z.infer<typeof checkPatternSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Lang = z.infer<typeof langSchema>;
