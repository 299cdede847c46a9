/** Typed senders for the messages in src/core/messages.ts. */
import type { ResponseTo, ToBackground, ToContent } from '../core/messages';
import { browser } from './browser';

export function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseTo<M>> {
  return browser.runtime.sendMessage<M, ResponseTo<M>>(message);
}

/**
 * Asks a tab's content script. Resolves to undefined when no content script answers:
 * a browser page, a store page, a tab loaded before Lateral was installed, or a site
 * the reader withdrew Lateral's access from.
 */
export async function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<ResponseTo<M> | undefined> {
  try {
    return await browser.tabs.sendMessage<M, ResponseTo<M>>(tabId, message);
  } catch {
    return undefined;
  }
}
