import { describe, expect, it } from 'vitest';
import { comparable, diffWords, quotedPart, wordsKept } from '../../../../src/core/classroom/word-diff';

describe('classroom word diff', () => {
  it('marks a dropped word inside an otherwise identical quote', () => {
    expect(diffWords('Donetsk and maybe a land swap', 'Donetsk and a land swap')).toEqual([
      { op: 'same', text: 'Donetsk and' },
      { op: 'removed', text: 'maybe' },
      { op: 'same', text: 'a land swap' },
    ]);
  });

  it('shows a replaced word as removed then added', () => {
    expect(diffWords('that is what a dealmaker does', 'that is what a negotiator does')).toEqual([
      { op: 'same', text: 'that is what a' },
      { op: 'removed', text: 'dealmaker' },
      { op: 'added', text: 'negotiator' },
      { op: 'same', text: 'does' },
    ]);
  });

  it('ignores case, curly quotes and edge punctuation when comparing, and keeps the outlet spelling', () => {
    expect(comparable('“Deal.”')).toBe('deal');
    expect(comparable('it’s')).toBe(comparable("it's"));
    expect(diffWords("it's a deal.", 'It’s a Deal')).toEqual([{ op: 'same', text: 'It’s a Deal' }]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new words')).toEqual([{ op: 'added', text: 'new words' }]);
    expect(diffWords('old words', '')).toEqual([{ op: 'removed', text: 'old words' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('reconstructs both sides from the parts', () => {
    const before = 'the quick brown fox jumps over the lazy dog';
    const after = 'a quick red fox leaps over the dog today';
    const parts = diffWords(before, after);
    const side = (skip: string) =>
      parts
        .filter((p) => p.op !== skip)
        .map((p) => p.text)
        .join(' ');
    expect(side('added')).toBe(before.replace('the quick', 'the quick'));
    expect(side('removed').toLowerCase()).toBe(after);
  });

  it('reports the share of the record kept', () => {
    expect(wordsKept(diffWords('a b c d', 'a b c d'))).toBe(1);
    expect(wordsKept(diffWords('a b c d', 'a b'))).toBe(0.5);
  });

  it('takes the quoted words out of an excerpt with a lead-in', () => {
    expect(quotedPart('Witkoff said: “Donetsk and maybe a land swap somewhere.”')).toBe('Donetsk and maybe a land swap somewhere.');
    expect(quotedPart('no quotation marks here')).toBe('no quotation marks here');
    // A two-word scare quote is not the quotation under study.
    expect(quotedPart('a "standard thing" he called it')).toBe('a "standard thing" he called it');
  });
});
