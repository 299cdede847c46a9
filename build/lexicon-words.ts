/**
 * The word lists of the claim checks' built-in lexicons, worked out at build time: every
 * list of phrases src/core/detect/checks-lexicon.ts exports, whatever it is for, so
 * lexicons can change without this file knowing. A page looks them up
 * (usePrecomputedWords) instead of normalising each phrase on first use.
 */
import * as lexicon from '../src/core/detect/checks-lexicon.ts';
import { phraseWords } from '../src/core/detect/checks-phrase.ts';

export function lexiconWords(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const value of Object.values(lexicon)) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) continue;
    for (const phrase of value) out[phrase] ??= phraseWords(phrase);
  }
  return out;
}
