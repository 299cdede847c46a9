/**
 * The claim checks' phrase sets: the longest phrase at a token, with stems ("ушаков*")
 * at any position and many phrases sharing their first words. Besides the cases below,
 * random sets are held to a plain phrase-by-phrase reading of the same rule.
 */
import { describe, expect, it } from 'vitest';
import { FirstWordIndex, PhraseSet, type WordList } from '../../../../src/core/detect/checks-phrase';
import { STEM_TAIL } from '../../../../src/core/detect/checks-lexicon';
import { tokenize, type Token } from '../../../../src/core/detect/checks-text';
import { seededRandom } from '../../../../src/core/detect/synthetic';

const tokens = (text: string): Token[] => tokenize(text);

/** The rule, phrase by phrase: every word equal, or a stem the token starts with and outruns by at most STEM_TAIL letters. */
function reference(phrases: readonly WordList[], ts: readonly Token[], i: number): number {
  let best = -1;
  for (const p of phrases) {
    if (p.length === 0 || i + p.length > ts.length) continue;
    const ok = p.every((word, k) => {
      const w = ts[i + k]!.w;
      if (!word.endsWith('*')) return word === w;
      const stem = word.slice(0, -1);
      return w.startsWith(stem) && w.length - stem.length <= STEM_TAIL;
    });
    if (ok) best = Math.max(best, i + p.length);
  }
  return best;
}

describe('PhraseSet', () => {
  it('finds the longest of phrases that share their first words', () => {
    const set = new PhraseSet([['the'], ['the', 'envoy'], ['the', 'envoy', 'of', 'trump'], ['the', 'envoy', 'of']]);
    expect(set.matchAt(tokens('the envoy of trump said'), 0)).toBe(4);
    expect(set.matchAt(tokens('the envoy of putin said'), 0)).toBe(3);
    expect(set.matchAt(tokens('the plan'), 0)).toBe(1);
    expect(set.matchAt(tokens('a plan'), 0)).toBe(-1);
  });

  it('matches stems first, inside and last, within their tail', () => {
    const set = new PhraseSet([['ушаков*'], ['his', 'envoy*', 'witkoff'], ['sa*', 'x'], ['asked', 'kreml*']]);
    expect(set.matchAt(tokens('ушакову'), 0)).toBe(1);
    expect(set.matchAt(tokens('his envoys witkoff'), 0)).toBe(3);
    expect(set.matchAt(tokens('his envoy witkoff'), 0)).toBe(3);
    expect(set.matchAt(tokens('asked kremlin'), 0)).toBe(2);
    expect(set.matchAt(tokens('said x'), 0)).toBe(2);
    expect(set.matchAt(tokens(`ушаков${'a'.repeat(STEM_TAIL + 1)}`), 0)).toBe(-1);
  });

  it('gives what a phrase-by-phrase reading gives, on random sets with common first words', () => {
    const random = seededRandom(7);
    const words = ['the', 'his', 'envoy', 'envoy*', 'witkoff', 'wit*', 'of', 'o*', 'ушаков*', 'ушакову', 'call', 'ca*'];
    const pick = () => words[Math.floor(random() * words.length)]!;
    for (let round = 0; round < 40; round++) {
      const phrases: WordList[] = Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, pick),
      );
      const set = new PhraseSet(phrases);
      const text = Array.from({ length: 30 }, () => pick().replace('*', random() < 0.5 ? '' : 'es')).join(' ');
      const ts = tokens(text);
      for (let i = 0; i < ts.length; i++)
        expect(set.matchAt(ts, i), `${JSON.stringify(phrases)} at ${i} of "${text}"`).toBe(reference(phrases, ts, i));
    }
  });
});

describe('FirstWordIndex', () => {
  it('says where each set may start: the first token, and every token that starts it', () => {
    const a = new PhraseSet([['asked'], ['called', 'up']]);
    const b = new PhraseSet([['kreml*']]);
    const index = new FirstWordIndex([a, b]);
    const { present, starts } = index.read(tokens('the kremlin asked and then called the kremlins'));
    expect([...present]).toEqual([3, 2]);
    expect(starts.map((ids) => [...ids])).toEqual([[], [1], [0], [], [], [0], [], [1]]);
  });
});
