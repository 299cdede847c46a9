/**
 * The one module that imports webextension-polyfill. Everything else reaches the
 * browser through here, so unit tests can replace this seam and nothing else.
 */
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export { browser };

/** True in Firefox (moz-extension:// origin); used for the few places the browsers differ. */
export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}
