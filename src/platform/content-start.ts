/**
 * The browser APIs the page-start content script uses, from the browser's own
 * namespace (./native-api.ts). In both browsers the MV3 APIs return promises, so
 * webextension-polyfill (about 3 KB gzipped) stays out of the one script every page
 * loads; the part of the content script that loads once a page passes the gate uses
 * ./browser as the rest of Lateral does. Messages go through ./messaging.ts.
 */
import { GATES_KEY } from '../core/pack-install/storage-keys';
import { nativeApi as api, type StorageListener } from './native-api';

/** Both browsers name the API `chrome` in content scripts too; Firefox also as `browser`. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Imports one of the extension's own modules by its path in the build. Written as
 * `import(chrome.runtime.getURL(...))` because that is the form Firefox's add-on
 * linter accepts for a dynamic import.
 */
export function importExtensionModule<T>(path: string): Promise<T> {
  return import(/* @vite-ignore */ chrome.runtime.getURL(path)) as Promise<T>;
}

/** Everything in storage.sync. */
export function readSyncStorage(): Promise<Record<string, unknown>> {
  return api().storage.sync.get(null);
}

/**
 * The gate patterns of the installed story packs that are on (one small storage.local
 * key); none when storage cannot be read or holds something else.
 */
export async function readInstalledGatePatterns(): Promise<string[]> {
  try {
    const index = (await api().storage.local.get(GATES_KEY))[GATES_KEY];
    if (!index || typeof index !== 'object') return [];
    return Object.values(index).flatMap((gates: unknown) =>
      Array.isArray(gates) ? gates.filter((g): g is string => typeof g === 'string') : [],
    );
  } catch {
    return [];
  }
}

/** Calls `listener` with the area name whenever stored data changes, until `signal` aborts. */
export function onStorageChanged(listener: (area: string) => void, signal: AbortSignal): void {
  const handler: StorageListener = (_changes, area) => listener(area);
  api().storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => api().storage.onChanged.removeListener(handler), { once: true });
}
