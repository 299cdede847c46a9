/**
 * Every string a reader sees comes from _locales through the browser's i18n API.
 * A missing key shows as the key itself, so it is noticed rather than rendered blank.
 */
import { browser } from './browser';

export function t(key: string, substitutions: string | (string | number)[] = []): string {
  // Chromium answers `@@ui_locale` with its own locale even while it shows the extension's
  // messages in the reader's language (set by `--lang` or the system): dates written in
  // `@@ui_locale` then came out in English inside Ukrainian text. The messages' language is
  // getUILanguage's.
  if (key === '@@ui_locale') return uiLocaleTag();
  try {
    const message = browser.i18n.getMessage(key, typeof substitutions === 'string' ? substitutions : substitutions.map(String));
    return message === '' ? key : message;
  } catch {
    // A content script whose extension was updated or reloaded has lost the API.
    return key;
  }
}

/** The reader's locale in `@@ui_locale` form (`uk`, `en_US`), for dates and numbers. */
function uiLocaleTag(): string {
  try {
    return browser.i18n.getUILanguage().replace('-', '_') || 'en';
  } catch {
    return 'en';
  }
}

/** `uk` or `en` (or whatever the browser runs in), for the page's lang attribute. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().split('-')[0] || 'en';
  } catch {
    // As above: a content script that outlived its extension reads in the pack's language.
    return 'en';
  }
}
