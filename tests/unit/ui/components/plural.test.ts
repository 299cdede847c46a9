import { describe, expect, it } from 'vitest';
import { mergeLocales } from '../../../../build/locales';
import { PLURAL_CATEGORIES, pluralKey } from '../../../../src/ui/components/plural-key';

describe('counted phrases follow each language’s plural rules', () => {
  it('picks the CLDR category: English one/other, Ukrainian one/few/many', () => {
    expect([1, 2, 5, 21].map((n) => pluralKey('m', n, 'en'))).toEqual(['m_one', 'm_other', 'm_other', 'm_other']);
    expect([1, 3, 5, 11, 21, 22, 25].map((n) => pluralKey('m', n, 'uk'))).toEqual([
      'm_one',
      'm_few',
      'm_many',
      'm_many',
      'm_one',
      'm_few',
      'm_many',
    ]);
    expect(pluralKey('m', 2, 'no-such-language-tag-!!')).toMatch(/^m_(one|other)$/);
  });

  it('every counted message has all four forms in every locale', () => {
    const locales = mergeLocales();
    for (const [lang, messages] of locales) {
      const bases = new Set(
        Object.keys(messages)
          .filter((k) => k.endsWith('_one'))
          .map((k) => k.slice(0, -'_one'.length)),
      );
      expect(bases.size, lang).toBeGreaterThanOrEqual(4);
      for (const base of bases)
        for (const c of PLURAL_CATEGORIES) expect(messages[`${base}_${c}`]?.message, `${lang} ${base}_${c}`).toMatch(/\$P1\$/);
    }
  });
});
