/** Localised strings for the content script (browser.i18n; the key itself if missing). */
import { browser } from '../platform/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The browser's UI language (`uk`, `en`), for the popover's text and its `lang`. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().split('-')[0] || 'en';
  } catch {
    return 'en';
  }
}
