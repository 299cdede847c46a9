/** Settings in browser.storage.sync, through the pure storage logic in src/core/settings. */
import {
  isSettingsKey,
  loadSettings,
  resetSettings,
  saveSettings,
  type LoadedSettings,
  type Settings,
  type StorageAreaLike,
} from '../core/settings';
import { browser } from './browser';

export const syncArea: StorageAreaLike = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
};

export const readSettings = (): Promise<LoadedSettings> => loadSettings(syncArea);
/** Writes the fields that differ from `base` (what the reader was shown). */
export const writeSettings = (settings: Settings, base?: Settings): Promise<void> => saveSettings(syncArea, settings, base);
export const resetAllSettings = (): Promise<void> => resetSettings(syncArea);

/** Calls `listener` whenever any settings key changes, until `signal` aborts. */
export function onSettingsChanged(listener: () => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some(isSettingsKey)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
