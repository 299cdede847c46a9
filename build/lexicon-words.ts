/**
 * The word lists of the claim checks' built-in lexicons, worked out at build time: every
 * list of phrases src/core/detect/checks-lexicon.ts exports, and every list the engine's
 * modules made a lazy phrase set of (`lazyPhraseLists`), whatever it is for, so lexicons
 * can change without this file knowing. A page looks them up (usePrecomputedWords)
 * instead of normalising each phrase on first use.
 */
import * as lexicon from '../src/core/detect/checks-lexicon.ts';
import { lazyPhraseLists, phraseWords } from '../src/core/detect/checks-phrase.ts';
// Loading the engine makes its modules' lazy phrase sets, which remember their lists.
import '../src/core/detect/index.ts';

export function lexiconWords(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const lists = [...Object.values(lexicon), ...lazyPhraseLists()];
  for (const value of lists) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) continue;
    for (const phrase of value) out[phrase] ??= phraseWords(phrase);
  }
  return out;
}
