/**
 * The background worker only reacts to events: messages, commands, installs, tab loads
 * and permission changes. No timers, no polling, nothing kept in memory. Per-tab badge
 * values are reset by the browser when a tab loads a new page, so navigation needs no
 * listener here.
 */
import { browser, pageUrl } from '../platform/browser';
import { answerBackgroundMessages } from '../platform/messaging';
import { clearAllBadges } from './badge';
import { runCommand } from './commands';
import { handleMessage } from './handlers';

// A first-run page tells new readers what Lateral does and where its settings are.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  void browser.tabs.create({ url: pageUrl('welcome') });
});

answerBackgroundMessages(handleMessage);

browser.commands.onCommand.addListener((command: string) => void runCommand(command));

// Firefox (and Chrome's site access menu) let readers withdraw host access at any time.
// The content script stops being injected; stale counts must not stay on the badge.
browser.permissions.onRemoved.addListener(() => void clearAllBadges());
