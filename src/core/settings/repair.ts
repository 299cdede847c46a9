/**
 * A stored value that fails validation is repaired field by field: every field that is
 * valid is kept, list items that are valid are kept, and only what is broken falls back
 * to its default. Reading settings never throws and never yields a blank page.
 */
import type { z } from 'zod';
import { DEFAULT_COLOURS, HIGHLIGHT_STYLES } from './schema-constants';
import {
  colourSchema,
  coloursByStyleSchema,
  languageCodeSchema,
  switchKeySchema,
  customPhraseSchema,
  defaultSettings,
  highlightSchema,
  hostSchema,
  idSchema,
  settingsSchema,
  sitePatternSchema,
  type Settings,
} from './schema';
import { LIMITS } from './limits';
import { phraseKey } from './phrases';

export interface RepairResult {
  settings: Settings;
  /** Paths of the fields that were replaced or trimmed, e.g. `sites.deny[3]`. */
  repaired: string[];
}

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

function keep<T>(schema: z.ZodType<T>, value: unknown, fallback: T, path: string, repaired: string[]): T {
  if (value === undefined) return fallback;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  repaired.push(path);
  return fallback;
}

/** Keeps the valid, distinct items of a list, up to its limit. */
function keepList<T>(
  item: z.ZodType<T>,
  value: unknown,
  max: number,
  path: string,
  repaired: string[],
  keyOf: (item: T) => string = (x) => JSON.stringify(x),
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    repaired.push(path);
    return [];
  }
  const kept: T[] = [];
  const seen = new Set<string>();
  value.forEach((raw, index) => {
    const result = item.safeParse(raw);
    if (!result.success) return void repaired.push(`${path}[${index}]`);
    const key = keyOf(result.data);
    if (seen.has(key)) return void repaired.push(`${path}[${index}]`);
    if (kept.length >= max) return void repaired.push(`${path}[${index}]`);
    seen.add(key);
    kept.push(result.data);
  });
  return kept;
}

function section(value: unknown, name: string, known: string[], repaired: string[]): Record_ {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    repaired.push(name);
    return {};
  }
  for (const key of Object.keys(value)) if (!known.includes(key)) repaired.push(`${name}.${key}`);
  return value;
}

/** Keeps each style's saved colours that still pass that style's checks, and drops the rest. */
function repairColoursByStyle(value: unknown, repaired: string[]): Settings['highlight']['coloursByStyle'] {
  const raw = section(value, 'highlight.coloursByStyle', [...HIGHLIGHT_STYLES], repaired);
  const kept: Settings['highlight']['coloursByStyle'] = {};
  for (const style of HIGHLIGHT_STYLES) {
    if (raw[style] === undefined) continue;
    const one = coloursByStyleSchema.safeParse({ [style]: raw[style] });
    if (one.success && one.data[style]) kept[style] = one.data[style];
    else repaired.push(`highlight.coloursByStyle.${style}`);
  }
  return kept;
}

function repairHighlight(value: unknown, repaired: string[]): Settings['highlight'] {
  const fallback = defaultSettings().highlight;
  const raw = section(value, 'highlight', ['style', 'mentionColor', 'discrepancyColor', 'coloursByStyle'], repaired);
  const style = keep(highlightSchema.shape.style.unwrap(), raw.style, fallback.style, 'highlight.style', repaired);
  const colours = DEFAULT_COLOURS[style];
  const coloursByStyle = repairColoursByStyle(raw.coloursByStyle, repaired);
  const candidate = {
    style,
    mentionColor: keep(colourSchema, raw.mentionColor, colours.mention, 'highlight.mentionColor', repaired),
    discrepancyColor: keep(colourSchema, raw.discrepancyColor, colours.discrepancy, 'highlight.discrepancyColor', repaired),
    coloursByStyle,
  };
  if (highlightSchema.safeParse(candidate).success) return candidate;
  // Colours that fail the contrast check for this style go back to the style's own colours.
  repaired.push('highlight.mentionColor', 'highlight.discrepancyColor');
  return { style, mentionColor: colours.mention, discrepancyColor: colours.discrepancy, coloursByStyle };
}

function repairRules(value: unknown, repaired: string[]): Settings['rules'] {
  const rules = section(value, 'rules', ['disabled', 'off', 'languagesOff'], repaired);
  return {
    disabled: keepList(idSchema, rules.disabled, LIMITS.disabledRules, 'rules.disabled', repaired, String),
    off: keepList(switchKeySchema, rules.off, LIMITS.switchedOff, 'rules.off', repaired, String),
    languagesOff: keepList(languageCodeSchema, rules.languagesOff, LIMITS.languagesOff, 'rules.languagesOff', repaired, String),
  };
}

function repairSites(value: unknown, repaired: string[]): Settings['sites'] {
  const fallback = defaultSettings().sites;
  const raw = section(value, 'sites', ['mode', 'allow', 'deny', 'paused'], repaired);
  const shape = settingsSchema.shape.sites.unwrap().shape;
  return {
    mode: keep(shape.mode.unwrap(), raw.mode, fallback.mode, 'sites.mode', repaired),
    allow: keepList(sitePatternSchema, raw.allow, LIMITS.sitePatterns, 'sites.allow', repaired),
    deny: keepList(sitePatternSchema, raw.deny, LIMITS.sitePatterns, 'sites.deny', repaired),
    paused: keepList(hostSchema, raw.paused, LIMITS.pausedSites, 'sites.paused', repaired),
  };
}

/** `input` is the stored settings merged onto nothing: any shape, from any version. */
export function repairSettings(input: unknown): RepairResult {
  const repaired: string[] = [];
  const fallback = defaultSettings();
  if (input !== undefined && !isRecord(input)) {
    return { settings: fallback, repaired: ['(settings)'] };
  }
  const raw = section(input ?? {}, '(settings)', Object.keys(settingsSchema.shape), repaired);
  const shape = settingsSchema.shape;
  const settings: Settings = {
    enabled: keep(shape.enabled.unwrap(), raw.enabled, fallback.enabled, 'enabled', repaired),
    sensitivity: keep(shape.sensitivity.unwrap(), raw.sensitivity, fallback.sensitivity, 'sensitivity', repaired),
    highlight: repairHighlight(raw.highlight, repaired),
    sites: repairSites(raw.sites, repaired),
    rules: repairRules(raw.rules, repaired),
    customPhrases: keepList(customPhraseSchema, raw.customPhrases, LIMITS.customPhrases, 'customPhrases', repaired, (p) =>
      phraseKey(p.topic, p.phrase),
    ),
  };
  // Belt and braces: if a rule added to the schema later is not mirrored above, defaults win.
  const check = settingsSchema.safeParse(settings);
  if (!check.success) return { settings: fallback, repaired: [...repaired, '(settings)'] };
  return { settings: check.data, repaired };
}
