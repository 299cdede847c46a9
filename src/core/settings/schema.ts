/**
 * The one definition of Lateral's settings. Defaults live here, in code: parsing `{}`
 * gives the default settings, and storage keeps only what differs from them.
 * Custom checks report a problem code as the issue message (see problems.ts), so the
 * options page can explain each problem in the reader's language.
 */
import { z } from 'zod';
import { COLOUR_PATTERN, hasEnoughContrast } from './contrast';
import { ID_PATTERN, LIMITS } from './limits';
import { phraseKey, phraseProblem } from './phrases';
import { DEFAULT_COLOURS, HIGHLIGHT_STYLES, SENSITIVITIES, SITE_MODES } from './schema-constants';
import { isValidHost, sitePatternProblem } from './site-patterns';

export * from './schema-constants';

export const idSchema = z.string().max(LIMITS.idLength).regex(ID_PATTERN, 'bad-id');

export const colourSchema = z.string().regex(COLOUR_PATTERN, 'bad-colour');

export const sitePatternSchema = z.string().superRefine((value, ctx) => {
  const problem = sitePatternProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `site-${problem}` });
});

const sitePatternList = z
  .array(sitePatternSchema)
  .max(LIMITS.sitePatterns)
  .superRefine((list, ctx) => {
    list.forEach((value, index) => {
      if (list.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: 'duplicate' });
    });
  });

export const hostSchema = z.string().refine(isValidHost, 'bad-host');

export const customPhraseSchema = z.strictObject({
  topic: idSchema,
  phrase: z.string().superRefine((value, ctx) => {
    const problem = phraseProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `phrase-${problem}` });
  }),
});

export const highlightSchema = z
  .strictObject({
    style: z.enum(HIGHLIGHT_STYLES).default('background'),
    mentionColor: colourSchema.default(DEFAULT_COLOURS.background.mention),
    discrepancyColor: colourSchema.default(DEFAULT_COLOURS.background.discrepancy),
  })
  .superRefine((value, ctx) => {
    for (const key of ['mentionColor', 'discrepancyColor'] as const) {
      if (COLOUR_PATTERN.test(value[key]) && !hasEnoughContrast(value[key], value.style)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'low-contrast' });
      }
    }
    // Mentions and repeated errors must look different, or the flag means nothing.
    if (value.mentionColor === value.discrepancyColor) {
      ctx.addIssue({ code: 'custom', path: ['discrepancyColor'], message: 'same-colours' });
    }
  });

export const sitesSchema = z.strictObject({
  /** `all`: every http(s) page; `listed`: only pages matching `allow`. */
  mode: z.enum(SITE_MODES).default('all'),
  allow: sitePatternList.default([]),
  /** Never annotate these, whatever the mode. */
  deny: sitePatternList.default([]),
  /** Host names the reader paused from the popup ("Pause on this site"). */
  paused: z.array(hostSchema).max(LIMITS.pausedSites).default([]),
});

export const settingsSchema = z.strictObject({
  /** The global on/off switch. */
  enabled: z.boolean().default(true),
  /** Maps to the detection engine's relevance threshold (SENSITIVITY in src/core/detect). */
  sensitivity: z.enum(SENSITIVITIES).default('balanced'),
  highlight: highlightSchema.prefault({}),
  sites: sitesSchema.prefault({}),
  rules: z
    .strictObject({
      /** Ids of pack rules and checks the reader turned off; everything else is on. */
      disabled: z.array(idSchema).max(LIMITS.disabledRules).default([]),
    })
    .prefault({}),
  customPhrases: z
    .array(customPhraseSchema)
    .max(LIMITS.customPhrases)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((phrase, index) => {
        const key = phraseKey(phrase.topic, phrase.phrase);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'phrase'], message: 'duplicate' });
        seen.add(key);
      });
    })
    .default([]),
});

export type Settings = z.infer<typeof settingsSchema>;
export type CustomPhrase = z.infer<typeof customPhraseSchema>;
export type SettingsKey = keyof Settings;

export const SETTINGS_KEYS = Object.keys(settingsSchema.shape) as SettingsKey[];

/** A fresh copy every call, so nobody can mutate the defaults. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
