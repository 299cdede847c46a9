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
import { DEFAULT_COLOURS, HIGHLIGHT_STYLES, SENSITIVITIES, SITE_MODES, type HighlightStyle } from './schema-constants';
import { LANGUAGE_CODE_PATTERN, SWITCH_KEY_PATTERN } from './rule-switches';
import { isValidHost, sitePatternProblem } from './site-patterns';

export * from './schema-constants';

export const idSchema = z.string().max(LIMITS.idLength).regex(ID_PATTERN, 'bad-id');

export const colourSchema = z.string().regex(COLOUR_PATTERN, 'bad-colour');

export const sitePatternSchema = z.string().superRefine((value, ctx) => {
  const problem = sitePatternProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `site-${problem}` });
});

function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .superRefine((list, ctx) => {
      list.forEach((value, index) => {
        if (list.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: 'duplicate' });
      });
    });
}

const sitePatternList = uniqueList(sitePatternSchema, LIMITS.sitePatterns);

export const switchKeySchema = z
  .string()
  .max(LIMITS.idLength + 8)
  .regex(SWITCH_KEY_PATTERN, 'bad-switch');

export const languageCodeSchema = z.string().regex(LANGUAGE_CODE_PATTERN, 'bad-language');

export const hostSchema = z.string().refine(isValidHost, 'bad-host');

export const customPhraseSchema = z.strictObject({
  topic: idSchema,
  phrase: z.string().superRefine((value, ctx) => {
    const problem = phraseProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `phrase-${problem}` });
  }),
});

/** Checks a pair of colours for one style: readable, and mentions unlike errors. */
function checkColourPair(
  pair: { mentionColor: string; discrepancyColor: string },
  style: HighlightStyle,
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void {
  for (const key of ['mentionColor', 'discrepancyColor'] as const) {
    if (COLOUR_PATTERN.test(pair[key]) && !hasEnoughContrast(pair[key], style)) {
      ctx.addIssue({ code: 'custom', path: [...path, key], message: 'low-contrast' });
    }
  }
  // Mentions and repeated errors must look different, or the flag means nothing.
  if (pair.mentionColor === pair.discrepancyColor) {
    ctx.addIssue({ code: 'custom', path: [...path, 'discrepancyColor'], message: 'same-colours' });
  }
}

export const colourPairSchema = z.strictObject({ mentionColor: colourSchema, discrepancyColor: colourSchema });

/**
 * The colours a reader chose for the styles not in use, so switching style and back
 * brings each style's own colours back. The style in use keeps its colours in
 * `mentionColor` and `discrepancyColor`, where every reader of settings looks.
 */
export const coloursByStyleSchema = z
  .strictObject(
    Object.fromEntries(HIGHLIGHT_STYLES.map((style) => [style, colourPairSchema.optional()])) as Record<
      HighlightStyle,
      z.ZodOptional<typeof colourPairSchema>
    >,
  )
  .superRefine((value, ctx) => {
    for (const style of HIGHLIGHT_STYLES) {
      const pair = value[style];
      if (pair) checkColourPair(pair, style, ctx, [style]);
    }
  });

export const highlightSchema = z
  .strictObject({
    style: z.enum(HIGHLIGHT_STYLES).default('background'),
    mentionColor: colourSchema.default(DEFAULT_COLOURS.background.mention),
    discrepancyColor: colourSchema.default(DEFAULT_COLOURS.background.discrepancy),
    coloursByStyle: coloursByStyleSchema.default({}),
  })
  .superRefine((value, ctx) => checkColourPair(value, value.style, ctx));

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
      /** Ids of single pack rules and checks turned off in earlier versions; still honoured. */
      disabled: z.array(idSchema).max(LIMITS.disabledRules).default([]),
      /** What the reader switched off by meaning: topics, names, known errors (see rule-switches.ts). */
      off: uniqueList(switchKeySchema, LIMITS.switchedOff).default([]),
      /** Languages Lateral does not detect in. */
      languagesOff: uniqueList(languageCodeSchema, LIMITS.languagesOff).default([]),
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
