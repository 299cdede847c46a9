/**
 * Every message Lateral sends or receives goes through here, typed by src/core/messages.ts
 * and checked by its guards on arrival. ESLint refuses `sendMessage` and `onMessage`
 * anywhere else in src (build/lint/messages.js).
 *
 * It uses the browser's own namespace (./native-api.ts), not webextension-polyfill, so
 * the page-start content script can use it at no cost. Answers go back through the
 * listener's `respond` callback, which both browsers support (a returned promise is
 * Firefox only).
 */
import {
  isBackgroundMessage,
  isContentMessage,
  type PageReport,
  type ResponseTo,
  type ToBackground,
  type ToContent,
} from '../core/messages';
import { nativeApi, type MessageListener, type MessageSender } from './native-api';

/**
 * Sends a message to the background. Resolves to undefined when the background cannot
 * answer (the extension was updated or reloaded under this page).
 */
export async function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseTo<M> | undefined> {
  try {
    return (await nativeApi().runtime.sendMessage(message)) as ResponseTo<M>;
  } catch {
    return undefined;
  }
}

/**
 * Asks a tab's content script. Resolves to undefined when no content script answers:
 * a browser page, a store page, a tab loaded before Lateral was installed, or a site
 * the reader withdrew Lateral's access from.
 */
export async function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<ResponseTo<M> | undefined> {
  try {
    return (await nativeApi().tabs!.sendMessage(tabId, message)) as ResponseTo<M>;
  } catch {
    return undefined;
  }
}

type Answer<M extends ToBackground | ToContent> = (message: M, sender: MessageSender) => Promise<ResponseTo<M>> | undefined;

/** Listens until `signal` aborts (or for good without one); only messages that pass `guard` reach `handle`. */
function listen<M extends ToBackground | ToContent>(guard: (value: unknown) => value is M, handle: Answer<M>, signal?: AbortSignal): void {
  const listener: MessageListener = (message, sender, respond) => {
    if (!guard(message)) return false;
    const answer = handle(message, sender);
    if (!answer) return false;
    answer.then(respond, () => respond(undefined));
    return true;
  };
  const { onMessage } = nativeApi().runtime;
  onMessage.addListener(listener);
  signal?.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}

/** The background's listener: `handle` answers each background message (undefined: not answered here). */
export function answerBackgroundMessages(handle: Answer<ToBackground>): void {
  listen(isBackgroundMessage, handle);
}

/** The content script's listener, for messages from the popup and the background. */
export function answerContentMessages(handle: Answer<ToContent>, signal?: AbortSignal): void {
  listen(isContentMessage, handle, signal);
}

/**
 * Calls `listener` with every page report a content script sends (the popup follows
 * along while it is open), until `signal` aborts. The background answers those
 * messages; this only listens.
 */
export function onPageReport(listener: (report: PageReport, tabId: number | undefined) => void, signal: AbortSignal): void {
  listen(
    isBackgroundMessage,
    (message, sender) => {
      if (message.type === 'page-report') listener(message.report, sender.tab?.id);
      return undefined;
    },
    signal,
  );
}
