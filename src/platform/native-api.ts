/**
 * The browser's own extension namespace, typed to the few calls Lateral makes without
 * webextension-polyfill. In both browsers the MV3 APIs return promises, so the
 * page-start content script (./content-start.ts) and the message layer (./messaging.ts)
 * stay small enough for every page; the polyfill (./browser.ts) serves the rest.
 */
export interface ApiEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export type StorageListener = (changes: Record<string, unknown>, area: string) => void;
export interface MessageSender {
  tab?: { id?: number };
}
export type MessageListener = (message: unknown, sender: MessageSender, respond: (answer: unknown) => void) => boolean;

export interface NativeApi {
  storage: {
    sync: { get(keys: null): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: ApiEvent<StorageListener>;
  };
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ApiEvent<MessageListener>;
  };
  /** Not in content scripts. */
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** `browser` in Firefox, `chrome` in Chrome (Firefox names it both ways in content scripts). */
export function nativeApi(): NativeApi {
  const scope = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
  const found = scope.browser ?? scope.chrome;
  if (!found?.runtime) throw new Error('Lateral: no extension API in this context');
  return found;
}
