/** The keyboard commands in the manifest move focus between highlights in the active tab. */
import { browser } from '../platform/browser';
import { sendToTab } from '../platform/messaging';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export async function runCommand(command: string): Promise<void> {
  const direction = DIRECTIONS[command];
  if (direction === undefined) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'step-finding', direction });
}
