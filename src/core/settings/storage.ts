/**
 * Reads and writes settings in a storage area shaped like browser.storage.sync, passed in
 * so this stays pure and unit-testable. Layout:
 *   settings.version          schema version, present whenever anything is stored
 *   settings.<field>          a top-level field's difference from the default
 *   settings.<field>#<n>      pieces of a field too large for one sync item (8 KB),
 *                             with settings.<field> = { "$chunks": count }
 * Only differences are stored, and a write touches only the fields the reader changed:
 * nothing else is rewritten or removed, so a field this version cannot read (from a newer
 * Lateral, or pieces of a chunked field still arriving through sync) is never lost, and
 * storage.sync's per-minute write quota is spared.
 */
import { deepEqual, diffFromDefaults, mergeOntoDefaults } from './diff';
import { migrate } from './migrate';
import { repairSettings, type RepairResult } from './repair';
import { SCHEMA_VERSION } from './schema-constants';
import { defaultSettings, settingsSchema, SETTINGS_KEYS, type Settings } from './schema';

export interface StorageAreaLike {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const KEY_PREFIX = 'settings.';
export const VERSION_KEY = 'settings.version';
/** storage.sync allows 8,192 bytes per item, key included; leave room for JSON quoting. */
export const ITEM_BYTES = 7_000;

const bytes = (text: string): number => new TextEncoder().encode(text).length;
const itemBytes = (key: string, value: unknown): number => bytes(key) + bytes(JSON.stringify(value));

/** True for every storage key that belongs to settings, chunks included. */
export function isSettingsKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}

function splitIntoPieces(key: string, text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of text) {
    if (itemBytes(`${key}#${pieces.length}`, piece + char) > ITEM_BYTES) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/** Storage items for a settings difference (see the layout above). */
export function encodeItems(diff: Record<string, unknown>): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(diff)) {
    const key = KEY_PREFIX + field;
    if (itemBytes(key, value) <= ITEM_BYTES) {
      items[key] = value;
      continue;
    }
    const pieces = splitIntoPieces(key, JSON.stringify(value));
    items[key] = { $chunks: pieces.length };
    pieces.forEach((piece, index) => (items[`${key}#${index}`] = piece));
  }
  if (Object.keys(items).length > 0) items[VERSION_KEY] = SCHEMA_VERSION;
  return items;
}

/** A chunk marker that cannot be right (not a count): the field is damaged. */
const BROKEN = Symbol('broken chunk marker');
/** Pieces missing or not yet forming JSON: sync delivers keys one by one, so they may still be on their way. */
const ARRIVING = Symbol('chunks still arriving');

function readField(raw: Record<string, unknown>, key: string): unknown {
  const value = raw[key];
  const marker = value as { $chunks?: unknown } | null;
  if (typeof marker !== 'object' || marker === null || !('$chunks' in marker)) return value;
  const count = marker.$chunks;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100) return BROKEN;
  let text = '';
  for (let i = 0; i < count; i++) {
    const piece = raw[`${key}#${i}`];
    if (typeof piece !== 'string') return ARRIVING;
    text += piece;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Pieces from two writes (the new marker, an old piece) look like this while sync is under way.
    return ARRIVING;
  }
}

export interface DecodedItems {
  /** Stored differences by field name; a field with a broken marker reads as invalid (null). */
  stored: Record<string, unknown>;
  /** Chunked fields whose pieces have not all arrived. */
  pending: string[];
}

export function decodeItems(raw: Record<string, unknown>): DecodedItems {
  const stored: Record<string, unknown> = {};
  const pending: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!isSettingsKey(key) || key === VERSION_KEY || key.includes('#')) continue;
    const field = key.slice(KEY_PREFIX.length);
    const value = readField(raw, key);
    if (value === ARRIVING) pending.push(field);
    // A broken marker is passed on as an invalid value, so repair resets just that field.
    else stored[field] = value === BROKEN ? null : value;
  }
  return { stored, pending };
}

export interface LoadedSettings extends RepairResult {
  /** The version found in storage, when it is not one this Lateral can read. */
  unreadableVersion?: unknown;
  /**
   * Set when the settings were written by a newer Lateral (synced from another browser):
   * what this version understands is used, and nothing is written back.
   */
  newerVersion?: number;
  /** Fields whose pieces are still arriving: shown as their defaults for now, never written over. */
  pending?: string[];
}

/** Turns raw storage items into valid settings. Never throws. */
export function settingsFromItems(raw: Record<string, unknown>): LoadedSettings {
  const { stored, pending } = decodeItems(raw);
  const migrated = migrate(stored, raw[VERSION_KEY]);
  const defaults = defaultSettings() as unknown as Record<string, unknown>;
  const extra = pending.length > 0 ? { pending } : {};
  if (!migrated.ok && migrated.reason === 'newer-version') {
    // Not damage: fields and values this version does not know belong to the newer one.
    const { settings } = repairSettings(mergeOntoDefaults(stored, defaults));
    return { settings, repaired: [], unreadableVersion: migrated.version, newerVersion: migrated.version as number, ...extra };
  }
  if (!migrated.ok) {
    return { ...repairSettings(mergeOntoDefaults(stored, defaults)), unreadableVersion: migrated.version, ...extra };
  }
  return { ...repairSettings(mergeOntoDefaults(migrated.settings, defaults)), ...extra };
}

/** Why a save was refused; the options page explains each in the reader's language. */
export class SettingsNotWritten extends Error {
  constructor(
    readonly reason: 'newer-version' | 'pending',
    readonly fields: string[],
  ) {
    super(reason === 'newer-version' ? 'settings are from a newer version of Lateral' : `still arriving: ${fields.join(', ')}`);
    this.name = 'SettingsNotWritten';
  }
}

export async function loadSettings(area: StorageAreaLike): Promise<LoadedSettings> {
  let raw: Record<string, unknown>;
  try {
    raw = await area.get(null);
  } catch {
    return { settings: defaultSettings(), repaired: [] };
  }
  return settingsFromItems(raw ?? {});
}

/**
 * Writes the fields of `settings` that differ from `base` (what the reader was shown;
 * by default what storage holds now), each as its difference from the default. Nothing
 * is written when nothing changed, and no other field's items are touched. Refuses
 * (SettingsNotWritten) to write over settings from a newer Lateral, or a field whose
 * pieces are still arriving. Throws on invalid settings.
 */
export async function saveSettings(area: StorageAreaLike, settings: Settings, base?: Settings): Promise<void> {
  const valid = settingsSchema.parse(settings);
  const raw = await area.get(null);
  const loaded = settingsFromItems(raw);
  const reference = base ?? loaded.settings;
  const changed = SETTINGS_KEYS.filter((field) => !deepEqual(valid[field], reference[field]));
  if (changed.length === 0) return;
  if (loaded.newerVersion !== undefined) throw new SettingsNotWritten('newer-version', changed);
  const arriving = changed.filter((field) => loaded.pending?.includes(field));
  if (arriving.length > 0) throw new SettingsNotWritten('pending', arriving);
  const storedVersion = raw[VERSION_KEY];
  // Stored under an older version: after migration every field is written in today's shape.
  const fields = storedVersion !== undefined && storedVersion !== SCHEMA_VERSION ? SETTINGS_KEYS : changed;
  const defaults = defaultSettings() as unknown as Record<string, unknown>;
  const diff = diffFromDefaults(valid, defaults);
  const items = encodeItems(Object.fromEntries(fields.filter((f) => f in diff).map((f) => [f, diff[f]])));
  const mine = (key: string) => fields.some((f) => key === KEY_PREFIX + f || key.startsWith(`${KEY_PREFIX}${f}#`));
  const set = Object.fromEntries(Object.entries(items).filter(([key, value]) => !deepEqual(raw[key], value)));
  const stale = Object.keys(raw).filter((key) => mine(key) && !(key in items));
  const left = new Set([...Object.keys(raw).filter(isSettingsKey), ...Object.keys(set)]);
  for (const key of stale) left.delete(key);
  // Back to all defaults: the version marker goes too, and storage holds nothing.
  if (left.size === 1 && left.has(VERSION_KEY)) stale.push(VERSION_KEY);
  if (Object.keys(set).length > 0) await area.set(set);
  if (stale.length > 0) await area.remove(stale);
}

export async function resetSettings(area: StorageAreaLike): Promise<void> {
  const current = await area.get(null);
  const keys = Object.keys(current).filter(isSettingsKey);
  if (keys.length > 0) await area.remove(keys);
}
