/**
 * "Every call", "the tapes of each conversation": a call word a quantifier makes any call
 * is not the leaked one, in every language; the call itself stays marked. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';
import { marksUnder } from '../../../fixtures/detect/marks';

const matcher = createMatcher(compiledPack());
const OPENING = {
  en: 'Bloomberg published the recording of the Witkoff–Ushakov call of 14 October about the 28-point plan for Ukraine.',
  uk: 'Bloomberg оприлюднив запис розмови Віткоффа з Ушаковим від 14 жовтня про план з 28 пунктів для України.',
  pl: 'Bloomberg opublikował nagranie rozmowy Witkoffa z Uszakowem z 14 października o planie 28 punktów dla Ukrainy.',
};

describe('a call word made generic by "every"', () => {
  it('is not the story, before or after the quantifier', () => {
    expect(
      marksUnder(matcher, OPENING.en, 'Diplomats, the columnist argues, should keep their own tapes of every call with Moscow.'),
    ).toEqual([]);
    expect(marksUnder(matcher, OPENING.uk, 'Дипломатам, пише автор, варто мати власні записи кожної розмови з Москвою.')).toEqual([]);
    expect(marksUnder(matcher, OPENING.pl, 'Dyplomaci powinni mieć własne nagrania każdej rozmowy z Moskwą.')).toEqual([]);
  });

  it('leaves the call marked where the quantifier picks something else', () => {
    expect(
      marksUnder(matcher, OPENING.en, 'Each detail of the call has since been checked, and the call lasted a little over five minutes.'),
    ).toEqual(['call', 'call']);
  });
});
