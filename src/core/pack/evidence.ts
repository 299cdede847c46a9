/**
 * Normalisation used to check that an excerpt really occurs in the article it
 * cites. Outlets and editors disagree about typography, not words, so quote
 * marks, dashes, ellipses and whitespace are folded and case is ignored; any
 * other difference counts as a changed quote.
 */
export function normalizeForProvenance(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `excerpt` occurs in `article` once both are normalised. */
export function excerptOccursIn(excerpt: string, article: string): boolean {
  return normalizeForProvenance(article).includes(normalizeForProvenance(excerpt));
}

/**
 * Whether `excerpt`, where it first occurs in `article`, sits inside double
 * quotation marks of its paragraph (or starts with one). Used to tell an
 * outlet's own words from its quotation of someone else.
 */
export function excerptIsQuoted(excerpt: string, article: string): boolean | undefined {
  const needle = normalizeForProvenance(excerpt);
  for (const paragraph of article.split(/\n/)) {
    const text = normalizeForProvenance(paragraph);
    const at = text.indexOf(needle);
    if (at < 0) continue;
    if (needle.startsWith('"')) return true;
    const marksBefore = text.slice(0, at).split('"').length - 1;
    return marksBefore % 2 === 1;
  }
  return undefined;
}
