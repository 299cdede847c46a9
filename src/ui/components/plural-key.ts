/**
 * Counted phrases ("1 mention", "2 mentions"; "1 згадка", "3 згадки", "5 згадок") by the
 * language's own plural rules. Each counted message exists once per CLDR category as
 * `<base>_one`, `_few`, `_many` and `_other` in every locale (English repeats its two
 * forms), so the build's check that every locale has every key still holds.
 */
export const PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;

export function pluralKey(base: string, count: number, language: string): string {
  let category: string;
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return `${base}_${(PLURAL_CATEGORIES as readonly string[]).includes(category) ? category : 'other'}`;
}
