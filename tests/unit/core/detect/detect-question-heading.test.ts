/**
 * A question heading ("What do the 28 points say?") holds no words that make its number
 * the plan; the answer under it does. The number is read with that answer, in every
 * language, and a sports answer keeps a score a score. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';
import { mentionMarks } from '../../../fixtures/detect/marks';

const matcher = createMatcher(compiledPack());
const marks = (text: string) => mentionMarks(matcher, text);

describe('a question heading read with its answer', () => {
  it('makes the number the plan where the answer speaks of Ukraine', () => {
    expect(
      marks(
        'Questions and answers\nWhat do the 28 points say?\nThe proposal asks Ukraine to give up the rest of Donetsk and to cap its army.',
      ),
    ).toContain('28 points');
    expect(
      marks('Tanya jawab\nApa isi 28 poin itu?\nUsulan itu meminta Ukraina menyerahkan sisa Donetsk dan membatasi tentaranya.'),
    ).toContain('28 poin');
  });

  it('leaves a score alone where the answer is about a game', () => {
    expect(
      marks('Questions and answers\nWhat did the 28 points mean?\nThe guard scored them in the last quarter of the game, her season best.'),
    ).toEqual([]);
  });
});
