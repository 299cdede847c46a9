/**
 * The worker's message handlers, one per message type. The worker holds no state: it
 * reads settings from storage when asked and relays reports, so it can sleep whenever
 * nobody is talking to it.
 */
import { isBackgroundMessage, type Responses, type ToBackground } from '../core/messages';
import { browser, pageUrl } from '../platform/browser';
import { sendToTab } from '../platform/messaging';
import { readSettings } from '../platform/settings-store';
import { showBadge } from './badge';

type Sender = { tab?: { id?: number } };
type Handlers = {
  [T in ToBackground['type']]: (message: Extract<ToBackground, { type: T }>, sender: Sender) => Promise<Responses[T]>;
};

export const handlers: Handlers = {
  'get-settings': async () => (await readSettings()).settings,
  'page-report': async (message, sender) => {
    if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, message.report);
  },
  'get-tab-report': async (message) => (await sendToTab(message.tabId, { type: 'get-report' })) ?? null,
  'open-classroom': async () => {
    await browser.tabs.create({ url: pageUrl('classroom') });
  },
};

/** Returns a promise only for messages the worker handles, so other listeners can answer the rest. */
export function handleMessage(message: unknown, sender: Sender): Promise<unknown> | undefined {
  if (!isBackgroundMessage(message)) return undefined;
  const handler = handlers[message.type] as (m: ToBackground, s: Sender) => Promise<unknown>;
  return handler(message, sender);
}
