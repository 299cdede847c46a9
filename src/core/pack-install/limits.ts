/**
 * What an installed pack may hold. A bundled pack is reviewed before it ships; a file
 * from anyone is not, so these bounds keep every page's scan and storage small
 * whatever the file says. Patterns are never taken from a file: gate words and
 * phrases are literal text, and checks compile to bounded expressions.
 */
export const INSTALL_LIMITS = {
  /** Bytes of the file. */
  fileBytes: 2_000_000,
  /** Characters of any one string in the pack. */
  textChars: 2_000,
  /** Nesting depth of the JSON. */
  depth: 12,
  rules: 60,
  /** Claim checks run over the text around every mention, so they are kept small. */
  checks: 40,
  sequencesPerCheck: 4,
  alternativesPerSlot: 20,
  gapWords: 4,
  /** Alternatives and gaps of every slot of every sequence of every check, added up. */
  checkSlots: 300,
  /** Every phrase in rules (phrases, near, exclude) and checks (slots, unless, triggers, subjects). */
  phrases: 5_000,
  /** Phrases must be this long at least, so one cannot match most words of a page. */
  phraseMinChars: 4,
  gateWords: 40,
  gateWordChars: 80,
  facts: 500,
  discrepancies: 500,
  sources: 200,
  entities: 500,
  /** Characters of the compiled form kept in storage.local. */
  compiledChars: 4_000_000,
} as const;

/**
 * A gate word: letters and digits with spaces, hyphens, apostrophes, dots, commas and
 * ampersands between them. Nothing that reads as pattern syntax.
 */
export const GATE_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N} '’.,&-]*[\p{L}\p{N}.])?$/u;
