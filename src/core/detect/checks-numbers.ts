/**
 * Figures in a sentence's words: "600,000", "600.000", "600 000", "600k", "600
 * thousand", "600 тысяч", "600 tys.", "400 mila", "600 ribu", "half a million", "1.2
 * million", "1,2 miljoen". Word work only.
 */
import type { Token } from './checks-text';

export interface FoundNumber {
  /** Token range [from, to). */
  from: number;
  to: number;
  value: number;
}

const THOUSANDS = new Set([
  'thousand',
  'tausend',
  'mille',
  'mil',
  'mila',
  'duizend',
  'ribu',
  'tys',
  'tysiac',
  'tysiecy',
  'tysiace',
  'тыс',
  'тысяч',
  'тысячи',
  'тысячами',
  'тысяча',
  'тысячу',
  'тис',
  'тисяча',
  'тисячу',
  'тисяч',
  'тисячі',
  'тисячами',
]);
const MILLIONS = new Set([
  'million',
  'millions',
  'millionen',
  'millones',
  'millon',
  'milione',
  'milioni',
  'miljoen',
  'juta',
  'mio',
  'milion',
  'miliona',
  'milionow',
  'миллион',
  'миллиона',
  'миллионов',
  'мільйон',
  'мільйона',
  'мільйонів',
  'mln',
  'млн',
]);

function digitsValue(word: string): number | undefined {
  let k = 0;
  while (k < word.length && /[0-9.,]/.test(word[k]!)) k++;
  const num = word.slice(0, k);
  const rest = word.slice(k);
  if (num === '' || !/^[0-9]/.test(num)) return undefined;
  // "600,000" and "600.000" group thousands; "1.2" and "1,5" are decimals.
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(num);
  const value = grouped ? Number(num.replace(/[.,]/g, '')) : Number(num.replace(',', '.'));
  if (Number.isNaN(value)) return undefined;
  if (rest === 'k') return value * 1000;
  if (rest === 'm') return value * 1e6;
  return rest === '' ? value : undefined;
}

/** The number that starts at token i, or undefined. */
export function numberAt(tokens: readonly Token[], i: number): FoundNumber | undefined {
  const w = tokens[i]!.w;
  let value = w === 'half' || w === 'halbe' || w === 'pol' ? 0.5 : digitsValue(w);
  if (value === undefined) return undefined;
  let j = i + 1;
  if (value === 0.5 && (tokens[j]?.w === 'a' || tokens[j]?.w === 'an')) j++;
  // "600 000": a group of three digits after a space.
  while (tokens[j] && /^\d{3}$/.test(tokens[j]!.w) && value >= 1 && value < 1000 && Number.isInteger(value)) {
    value = value * 1000 + Number(tokens[j]!.w);
    j++;
  }
  const unit = tokens[j]?.w;
  if (unit !== undefined && THOUSANDS.has(unit)) return { from: i, to: j + 1, value: value * 1000 };
  if (unit !== undefined && MILLIONS.has(unit)) return { from: i, to: j + 1, value: value * 1e6 };
  return value === 0.5 ? undefined : { from: i, to: j, value };
}
