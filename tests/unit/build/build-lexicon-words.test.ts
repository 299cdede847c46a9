/**
 * The claim checks' built-in phrases are worked out at build time (build/lexicon-words.ts)
 * and looked up by the page: the lookup must give what working them out gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lexiconWords } from '../../../build/lexicon-words';
import { phraseWords, usePrecomputedWords } from '../../../src/core/detect/checks-phrase';
import { OTHER_EVENT_WORDS } from '../../../src/core/detect/checks-lexicon';

describe('the lexicons worked out at build time', () => {
  afterEach(() => usePrecomputedWords(new Map()));

  it('hold every phrase of every lexicon list, as the checks would work it out', () => {
    const table = lexiconWords();
    expect(Object.keys(table).length).toBeGreaterThan(1_000);
    for (const phrase of OTHER_EVENT_WORDS) expect(table[phrase]).toEqual(phraseWords(phrase));
    for (const [phrase, words] of Object.entries(table)) expect(words).toEqual(phraseWords(phrase));
  });

  it('are what a page gets, and a phrase missing from them is still worked out', () => {
    const table = new Map(Object.entries(lexiconWords()));
    const phrase = OTHER_EVENT_WORDS[0]!;
    usePrecomputedWords(new Map([...table, [phrase, ['looked', 'up']]]));
    expect(phraseWords(phrase)).toEqual(['looked', 'up']);
    // A caller may change its copy; the table stays.
    phraseWords(phrase).push('more');
    expect(phraseWords(phrase)).toEqual(['looked', 'up']);
    expect(phraseWords('Lateral reads this*')).toEqual(['lateral', 'reads', 'this*']);
  });
});
