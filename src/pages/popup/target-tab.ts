/**
 * Which tab the popup is about. As a toolbar popup: the active tab of the current window.
 * Opened as a page (tests open it in a tab with `?tab=<id>`): the tab named in the URL.
 */
import { browser, type Tabs } from '../../platform/browser';

export interface TargetTab {
  tab: Tabs.Tab | undefined;
  /** True when the popup runs as a toolbar popup and should close after sending the reader elsewhere. */
  isToolbarPopup: boolean;
}

export async function findTargetTab(search: string = location.search): Promise<TargetTab> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return { tab, isToolbarPopup: false };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tab, isToolbarPopup: true };
}

export async function hasHostAccess(url: string | undefined): Promise<boolean> {
  const origins = url && /^https?:/.test(url) ? [`${new URL(url).origin}/*`] : ['http://*/*', 'https://*/*'];
  return browser.permissions.contains({ origins }).catch(() => false);
}

/** Asks for access again (Firefox lets readers withdraw it). Must run in a click handler. */
export async function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: ['http://*/*', 'https://*/*'] }).catch(() => false);
}
