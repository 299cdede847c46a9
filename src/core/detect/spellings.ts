/**
 * Names as pages really spell them: a transcript of a radio show writes "Whitkoff", a
 * hurried translation "Uitkoff" or "Vitkov", a typo "Uhsakov". A rule with `spellings`
 * (rules-schema) matches words one letter away from one of its names, once both are
 * folded so transliteration variants weigh nothing (w/v, a doubled letter, c/k, a final
 * v for f). The words are found in one pass over the normalised text with one fixed
 * expression; only words ending in the letters a name of the rule ends in are compared.
 *
 * Pure: offsets are into the normalised text.
 */

/** Fold transliteration variants: "whitkoff" and "vitkov" both read "vitkof". */
export function foldSpelling(word: string): string {
  return word
    .replace(/^wh/, 'w')
    .replace(/w/g, 'v')
    .replace(/c(?!h)/g, 'k')
    .replace(/sch/g, 'sh')
    .replace(/(.)\1/g, '$1')
    .replace(/v$/, 'f');
}

/** Whether a and b differ by at most one letter inserted, dropped, changed or two swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Latin words of a name's length; the text is normalised (lower case, no diacritics). */
const WORD = /[a-z]{5,12}/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface SpellingTarget {
  rule: number;
  /** The name, folded (foldSpelling). */
  folded: string;
}

/** Words of `text` one folded letter from a target's name, as candidates of its rule. */
export function findSpellings(
  text: string,
  targets: readonly SpellingTarget[],
  onMatch: (rule: number, from: number, to: number) => void,
): void {
  if (targets.length === 0) return;
  const endings = new Set(targets.map((t) => t.folded[t.folded.length - 1]!));
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    // Whole words only: not the middle of a longer word or of one with digits.
    if ((from > 0 && WORD_CHAR.test(text[from - 1]!)) || (to < text.length && WORD_CHAR.test(text[to]!))) continue;
    const last = m[0][m[0].length - 1]!;
    if (!endings.has(last === 'v' || last === 'w' ? 'f' : last)) continue;
    const folded = foldSpelling(m[0]);
    for (const t of targets) if (oneEditApart(folded, t.folded)) onMatch(t.rule, from, to);
  }
}
