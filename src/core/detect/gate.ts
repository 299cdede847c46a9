/**
 * The page gate: the only detection code every page pays for.
 *
 * Most pages a reader opens have nothing to do with the story. Before Lateral loads
 * its matcher, it reads the page's raw text once and tries one combined regular
 * expression built from the pack's `gate` patterns (names, the envoy word, "28/20
 * point" in digits or words, Donetsk and Donbas, the transcript) and the reader's own
 * phrases. A page that passes none of them cannot produce a hit: every mention rule
 * either contains one of those words or is a weak trigger (a leaked recording, a land
 * swap) that needs one of them nearby to count. Tests hold the gate to that promise
 * against every rule phrase and every labelled example.
 *
 * The patterns are plain alternations compiled with the `i` flag only: Unicode mode
 * and open-ended letter classes made V8 scan a 5 MB page about twice as slowly.
 *
 * Invisible characters that the matcher ignores (soft hyphens, zero-width joiners)
 * are removed first so "Wit\u00ADkoff" still passes.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

export type Gate = (text: string) => boolean;

/** Escapes a reader's literal phrase; runs of spaces match any whitespace. */
export function literalPattern(phrase: string): string {
  return phrase
    .trim()
    .replace(REGEX_SPECIALS, '\\$&')
    .replace(/\s+/g, '\\s+');
}

export function createGate(patterns: readonly string[], customPhrases: readonly string[] = []): Gate {
  const sources = [...patterns, ...customPhrases.filter((p) => p.trim() !== '').map(literalPattern)];
  if (sources.length === 0) return () => false;
  const combined = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');
  return (text) => combined.test(text.replace(INVISIBLE, ''));
}
