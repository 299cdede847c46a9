/**
 * The browser APIs the page-start content script uses, from the browser's own
 * namespace. In both browsers the MV3 APIs return promises, so webextension-polyfill
 * (about 3 KB gzipped) stays out of the one script every page loads; the part of the
 * content script that loads once a page passes the gate uses ./browser as the rest
 * of Lateral does.
 */
import { GATES_KEY } from '../core/pack-install/storage-keys';

interface ApiEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

type StorageListener = (changes: Record<string, unknown>, area: string) => void;
type MessageListener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean;

interface StartApi {
  storage: {
    sync: { get(keys: null): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: ApiEvent<StorageListener>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown>; onMessage: ApiEvent<MessageListener> };
}

function api(): StartApi {
  const scope = globalThis as unknown as { browser?: StartApi; chrome?: StartApi };
  const found = scope.browser ?? scope.chrome;
  if (!found?.runtime) throw new Error('Lateral: no extension API in this context');
  return found;
}

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

/** Sends a message to the background; a background that cannot answer is ignored. */
export function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return api()
      .runtime.sendMessage(message)
      .catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}

/**
 * Answers messages from the popup and the background: `handle` returns the answer
 * (a promise) or undefined for messages that are not the content script's. Answers go
 * through `respond`, which both browsers support (a returned promise is Firefox only).
 */
export function answerMessages(handle: (message: unknown) => Promise<unknown> | undefined): void {
  api().runtime.onMessage.addListener((message, _sender, respond) => {
    const answer = handle(message);
    if (!answer) return false;
    answer.then(respond, () => respond(undefined));
    return true;
  });
}
