/**
 * The one module that imports webextension-polyfill. Everything else reaches the
 * browser through here, so unit tests can replace this seam and nothing else.
 */
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };

/** True in Firefox (moz-extension:// origin); used for the few places the browsers differ. */
export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

/** Extension page URLs, built in one place so the manifest paths are not repeated. */
export const PAGE_PATHS = {
  popup: 'src/pages/popup/index.html',
  options: 'src/pages/options/index.html',
  classroom: 'src/pages/classroom/index.html',
  welcome: 'src/pages/welcome/index.html',
} as const;

export function pageUrl(page: keyof typeof PAGE_PATHS, suffix = ''): string {
  return browser.runtime.getURL(PAGE_PATHS[page] + suffix);
}
