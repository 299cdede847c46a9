import { describe, expect, it } from 'vitest';
import { isCommonWordsOnly } from '../../../../src/core/settings';

describe('phrases made of the commonest words', () => {
  it('are those of function words alone, in any case, in English and Ukrainian', () => {
    for (const phrase of ['the', 'The', 'of the', 'in, the', 'що', 'І це']) expect(isCommonWordsOnly(phrase), phrase).toBe(true);
  });
  it('leave every phrase that names something', () => {
    for (const phrase of ['the envoy', 'phone call', 'final deal?', 'розмова посланця', '28', 'Geneva draft'])
      expect(isCommonWordsOnly(phrase), phrase).toBe(false);
  });
});
