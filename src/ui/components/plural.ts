/** Counted messages in the reader's language: see plural-key.ts for how the form is chosen. */
import { t, uiLanguage } from '../../platform/i18n';
import { pluralKey } from './plural-key';

/** `tn('popup_mentions', 3)` -> "3 mentions"; the count is $1, further substitutions follow it. */
export function tn(base: string, count: number, more: (string | number)[] = []): string {
  return t(pluralKey(base, count, uiLanguage()), [count, ...more]);
}
