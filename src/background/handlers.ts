/**
 * The worker's message handlers, one per message type. The worker holds no state: it
 * reads settings from storage when asked and relays reports, so it can sleep whenever
 * nobody is talking to it.
 */
import type { Responses, ToBackground } from '../core/messages';
import type { MessageSender } from '../platform/native-api';
import { readSettings } from '../platform/settings-store';
import { showBadge } from './badge';

type Handlers = {
  [T in ToBackground['type']]: (message: Extract<ToBackground, { type: T }>, sender: MessageSender) => Promise<Responses[T]>;
};

export const handlers: Handlers = {
  'get-settings': async () => (await readSettings()).settings,
  'page-report': async (message, sender) => {
    if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, message.report);
  },
};

/** Answers one background message (already checked by the message layer's guard). */
export function handleMessage(message: ToBackground, sender: MessageSender): Promise<Responses[ToBackground['type']]> {
  const handler = handlers[message.type] as (m: ToBackground, s: MessageSender) => Promise<Responses[ToBackground['type']]>;
  return handler(message, sender);
}
