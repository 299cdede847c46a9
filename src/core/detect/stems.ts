/**
 * Stem phrases ("ушаков*", "мирн* план*") without expanding them into every
 * declined form: expanding two stems with ~30 Slavic endings each made the
 * compiled pack 4 MB. Instead a phrase is cut into segments after each stem word;
 * the automaton finds the segments as literals and the matcher chains them, letting
 * up to `STEM_MAX[lang]` letters follow each stem (Ушакову, Віткоффа, Uszakowa,
 * Uschakows, мирного плана).
 */
import type { Lang } from './rules-schema';

/** Letters a stem may take after it, per language (Slavic case endings are longest). */
export const STEM_MAX: Record<Lang, number> = { ru: 4, uk: 4, pl: 4, de: 3, en: 2, fr: 2, es: 2, it: 2, nl: 2, id: 2 };

export interface Segment {
  text: string;
  /** The segment ends with a stem word (letters may follow it). */
  stem: boolean;
}

/** Split a normalised phrase into segments; each segment but the last ends in a stem. */
export function splitSegments(phrase: string): Segment[] {
  const segments: Segment[] = [];
  let current: string[] = [];
  for (const word of phrase.split(/[ -]+/).filter(Boolean)) {
    if (word.endsWith('*')) {
      current.push(word.slice(0, -1));
      segments.push({ text: current.join(' '), stem: true });
      current = [];
    } else {
      current.push(word);
    }
  }
  if (current.length > 0) segments.push({ text: current.join(' '), stem: false });
  return segments;
}
