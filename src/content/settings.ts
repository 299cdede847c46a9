/**
 * The settings the content script needs, read from storage.sync at page start: no
 * round trip to the background, and no zod (the page-start script stays small).
 * Storage holds only what differs from the defaults (src/core/settings/storage.ts);
 * each field is laid over its default and kept only when it has the shape the content
 * script relies on, so a bad stored field costs that field, never the page. What
 * cannot be judged here (a field stored in pieces, settings of another schema
 * version) is left to the background, which validates and repairs; whatever fails,
 * Lateral runs with the documented defaults.
 */
import { LIMITS } from '../core/settings/limits';
import { LANGUAGE_CODE_PATTERN, SWITCH_KEY_PATTERN } from '../core/settings/rule-switches';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, SCHEMA_VERSION, SENSITIVITIES, SITE_MODES } from '../core/settings/schema-constants';
import type { Settings } from '../core/settings/schema';
import { onStorageChanged, readSyncStorage } from '../platform/content-start';
import { sendToBackground } from '../platform/messaging';

export type { Settings };

export const FALLBACK_SETTINGS: Settings = DEFAULT_SETTINGS;

const PREFIX = 'settings.';
const VERSION_KEY = `${PREFIX}version`;

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v);
const strings = (v: unknown, max: number) => Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string');
/** As the settings schema's colours: the page style takes them as they are. */
const colour = (v: unknown) => typeof v === 'string' && /^#[0-9a-f]{6}$/.test(v);
const matching = (v: unknown, max: number, pattern: RegExp) => strings(v, max) && (v as string[]).every((s) => pattern.test(s));
/** Saved colours of the styles not in use: the page never paints with them, only their shape matters. */
const coloursByStyle = (v: unknown) =>
  isFields(v) &&
  Object.entries(v).every(
    ([style, pair]) => oneOf(HIGHLIGHT_STYLES, style) && isFields(pair) && colour(pair.mentionColor) && colour(pair.discrepancyColor),
  );

/** The shape each field must have to be used; the background's repair is stricter. */
const FIELD_OK: { [K in keyof Settings]: (v: unknown) => boolean } = {
  enabled: (v) => typeof v === 'boolean',
  sensitivity: (v) => oneOf(SENSITIVITIES, v),
  highlight: (v) =>
    isFields(v) &&
    oneOf(HIGHLIGHT_STYLES, v.style) &&
    colour(v.mentionColor) &&
    colour(v.discrepancyColor) &&
    coloursByStyle(v.coloursByStyle),
  sites: (v) =>
    isFields(v) &&
    oneOf(SITE_MODES, v.mode) &&
    strings(v.allow, LIMITS.sitePatterns) &&
    strings(v.deny, LIMITS.sitePatterns) &&
    strings(v.paused, LIMITS.pausedSites),
  rules: (v) =>
    isFields(v) &&
    strings(v.disabled, LIMITS.disabledRules) &&
    matching(v.off, LIMITS.switchedOff, SWITCH_KEY_PATTERN) &&
    matching(v.languagesOff, LIMITS.languagesOff, LANGUAGE_CODE_PATTERN),
  customPhrases: (v) =>
    Array.isArray(v) &&
    v.length <= LIMITS.customPhrases &&
    v.every((p) => isFields(p) && typeof p.topic === 'string' && typeof p.phrase === 'string'),
};

/**
 * Settings from raw storage.sync items, or null when only the background can read
 * them (a field split into pieces, or another schema version).
 */
export function settingsFromStorage(raw: Fields): Settings | null {
  const version = raw[VERSION_KEY];
  if (version !== undefined && version !== SCHEMA_VERSION) return null;
  const stored: Fields = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(PREFIX) || key === VERSION_KEY || key.includes('#')) continue;
    if (isFields(value) && '$chunks' in value) return null;
    stored[key.slice(PREFIX.length)] = value;
  }
  const defaults = DEFAULT_SETTINGS as unknown as Fields;
  const out: Fields = {};
  for (const [field, ok] of Object.entries(FIELD_OK)) {
    // Fields are one level deep: an object stores only its members that differ.
    const value = field in stored ? stored[field] : defaults[field];
    const merged = isFields(value) && isFields(defaults[field]) ? { ...defaults[field], ...value } : value;
    out[field] = ok(merged) ? merged : defaults[field];
  }
  return out as unknown as Settings;
}

function looksLikeSettings(value: unknown): value is Settings {
  return isFields(value) && Object.entries(FIELD_OK).every(([field, ok]) => ok(value[field]));
}

/**
 * The settings this page runs with: from storage directly, else from the background,
 * else the defaults. (src/core/settings/storage.ts `loadSettings` is the full,
 * validating read the background and Lateral's own pages use.)
 */
export async function readSettingsForPage(): Promise<Settings> {
  try {
    const direct = settingsFromStorage((await readSyncStorage()) ?? {});
    if (direct) return direct;
    const answer = await sendToBackground({ type: 'get-settings' });
    return looksLikeSettings(answer) ? answer : FALLBACK_SETTINGS;
  } catch {
    return FALLBACK_SETTINGS;
  }
}

/** Calls `onChange` when stored settings change; the caller reads them again. */
export function watchSettings(onChange: () => void, signal: AbortSignal): void {
  onStorageChanged((area) => {
    if (area === 'sync' || area === 'local') onChange();
  }, signal);
}
