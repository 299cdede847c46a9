/**
 * Build-time expansion of stem phrases ("ушаков*") into literal variants, so the
 * automaton stays a plain literal matcher. Slavic names and nouns decline
 * (Ушаков, Ушакова, Ушакову, Ушаковым; Віткофф, Віткоффа; Uszakow, Uszakowa), German
 * adds genitive -s, the others a plural -s.
 *
 * Endings are given in folded form (normalize() folds й -> и, ё -> е, ł -> l ...).
 */
import type { Lang } from './rules-schema';

const ENDINGS: Record<Lang, string[]> = {
  ru: ['', 'а', 'у', 'ом', 'ым', 'е', 'ои', 'ою', 'ы', 'и', 'ов', 'ам', 'ами', 'ах', 'ого', 'ому', 'ии', 'ыи', 'ая', 'ое', 'ые', 'ых', 'им', 'ую', 'еи', 'ю', 'я', 'ем', 'ев'],
  uk: ['', 'а', 'у', 'ом', 'і', 'ові', 'ою', 'и', 'ів', 'ам', 'ами', 'ах', 'ого', 'ому', 'ии', 'а', 'е', 'их', 'им', 'ою', 'ю', 'я', 'ем', 'іи', 'оі', 'еи', 'ои', 'ими'],
  pl: ['', 'a', 'u', 'em', 'ie', 'owi', 'y', 'i', 'ow', 'ami', 'ach', 'om', 'ego', 'emu', 'ym', 'e', 'ej', 'ich', 'imi'],
  de: ['', 's', 'e', 'en', 'es', 'n', 'er', 'em'],
  en: ['', 's', "'s"],
  fr: ['', 's'],
  es: ['', 's', 'es'],
};

/** Guard against a rule with many stems exploding into a huge phrase list. */
export const MAX_VARIANTS_PER_PHRASE = 5000;

/**
 * Expand one already-normalised phrase. Each word ending in "*" becomes every
 * ending of the language; words without "*" stay as they are.
 */
export function expandStems(phrase: string, lang: Lang): string[] {
  const words = phrase.split(' ');
  let variants: string[] = [''];
  for (const [i, word] of words.entries()) {
    const sep = i === 0 ? '' : ' ';
    const forms = word.endsWith('*') ? ENDINGS[lang].map((e) => word.slice(0, -1) + e) : [word];
    const next: string[] = [];
    for (const v of variants) for (const f of forms) next.push(v + sep + f);
    variants = next;
    if (variants.length > MAX_VARIANTS_PER_PHRASE) {
      throw new Error(`phrase "${phrase}" expands to more than ${MAX_VARIANTS_PER_PHRASE} variants`);
    }
  }
  return [...new Set(variants)];
}
