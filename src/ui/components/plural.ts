/** Counted messages in the reader's language: see plural-key.ts for how the form is chosen. */
import { pluralKey } from './plural-key';

export type CountedTranslate = (key: string, substitutions: (string | number)[]) => string;

/** The page's `tn`, built from its translate function and UI language. */
export function makeTn(t: CountedTranslate, language: () => string) {
  /** `tn('popup_mentions', 3)` -> "3 mentions"; the count is $1, further substitutions follow it. */
  return (base: string, count: number, more: (string | number)[] = []): string => t(pluralKey(base, count, language()), [count, ...more]);
}
