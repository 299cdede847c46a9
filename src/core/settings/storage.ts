/**
 * Reads and writes settings in a storage area shaped like browser.storage.sync, passed in
 * so this stays pure and unit-testable. Layout:
 *   settings.version          schema version, present whenever anything is stored
 *   settings.<field>          a top-level field's difference from the default
 *   settings.<field>#<n>      pieces of a field too large for one sync item (8 KB),
 *                             with settings.<field> = { "$chunks": count }
 * Only differences are stored, and a write touches only the items that changed, to stay
 * within storage.sync's per-minute write quota.
 */
import { deepEqual, diffFromDefaults, mergeOntoDefaults } from './diff';
import { migrate } from './migrate';
import { repairSettings, type RepairResult } from './repair';
import { SCHEMA_VERSION } from './schema-constants';
import { defaultSettings, settingsSchema, type Settings } from './schema';

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

const CHUNKED = Symbol('unreadable chunks');

function readField(raw: Record<string, unknown>, key: string): unknown {
  const value = raw[key];
  const marker = value as { $chunks?: unknown } | null;
  if (typeof marker !== 'object' || marker === null || !('$chunks' in marker)) return value;
  const count = marker.$chunks;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100) return CHUNKED;
  let text = '';
  for (let i = 0; i < count; i++) {
    const piece = raw[`${key}#${i}`];
    if (typeof piece !== 'string') return CHUNKED;
    text += piece;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return CHUNKED;
  }
}

/** Stored differences by field name; fields whose chunks are broken read as invalid. */
export function decodeItems(raw: Record<string, unknown>): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!isSettingsKey(key) || key === VERSION_KEY || key.includes('#')) continue;
    const value = readField(raw, key);
    // A broken chunked field is passed on as an invalid value, so repair resets just that field.
    stored[key.slice(KEY_PREFIX.length)] = value === CHUNKED ? null : value;
  }
  return stored;
}

export interface LoadedSettings extends RepairResult {
  /** The version found in storage, when it is not one this Lateral can read. */
  unreadableVersion?: unknown;
}

/** Turns raw storage items into valid settings. Never throws. */
export function settingsFromItems(raw: Record<string, unknown>): LoadedSettings {
  const stored = decodeItems(raw);
  const migrated = migrate(stored, raw[VERSION_KEY]);
  const defaults = defaultSettings() as unknown as Record<string, unknown>;
  if (!migrated.ok) {
    // Settings written by a newer Lateral (synced from another browser): keep what still fits.
    return { ...repairSettings(mergeOntoDefaults(stored, defaults)), unreadableVersion: migrated.version };
  }
  return repairSettings(mergeOntoDefaults(migrated.settings, defaults));
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

/** Writes valid settings as differences from the defaults. Throws on invalid settings. */
export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  const valid = settingsSchema.parse(settings);
  const diff = diffFromDefaults(valid as unknown as Record<string, unknown>, defaultSettings() as unknown as Record<string, unknown>);
  const items = encodeItems(diff);
  const current = await area.get(null);
  const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => !deepEqual(current[key], value)));
  const stale = Object.keys(current).filter((key) => isSettingsKey(key) && !(key in items));
  if (Object.keys(changed).length > 0) await area.set(changed);
  if (stale.length > 0) await area.remove(stale);
}

export async function resetSettings(area: StorageAreaLike): Promise<void> {
  const current = await area.get(null);
  const keys = Object.keys(current).filter(isSettingsKey);
  if (keys.length > 0) await area.remove(keys);
}

