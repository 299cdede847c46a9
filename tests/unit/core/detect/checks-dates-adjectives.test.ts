import { describe, expect, it } from 'vitest';
import { monthOfAdjective } from '../../../../src/core/detect/checks-dates';
import { MONTH_ADJECTIVES } from '../../../../src/core/detect/checks-lexicon';

/** The rule as the lexicon states it: the first stem the word starts with, then at most four letters. */
function byTheList(word: string): number {
  for (const [stem, month] of MONTH_ADJECTIVES) if (word.startsWith(stem) && word.length - stem.length <= 4) return month;
  return 0;
}

describe('month adjectives', () => {
  it('are read as the list says, whatever the ending', () => {
    const endings = ['', 'a', 'ej', 'ego', 'ych', 'ymi', 'ogo', 'ого', 'ому', 'ими', 'owych', 'owego', 'ającymi'];
    const words = MONTH_ADJECTIVES.flatMap(([stem]) => [
      ...endings.map((e) => stem + e),
      stem.slice(0, -1),
      `x${stem}`,
      stem.toUpperCase(),
    ]);
    words.push('', 'may', 'listopad', 'listopadowa', 'жовтнева', 'the', 'call', 'październikowej');
    expect(words.filter((w) => monthOfAdjective(w) !== 0).length).toBeGreaterThan(MONTH_ADJECTIVES.length);
    for (const w of words) expect([w, monthOfAdjective(w)]).toEqual([w, byTheList(w)]);
  });
});
