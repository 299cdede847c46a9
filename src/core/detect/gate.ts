/**
 * The page gate: the only detection code every page pays for.
 *
 * Most pages a reader opens have nothing to do with the story. Before Lateral loads
 * its matcher, it reads the page's raw text once and tries one combined regular
 * expression built from the pack's `gate` patterns and the reader's own phrases.
 * The pack's patterns are the story's anchors: the two names, the plan by its
 * number ("28-point", "twenty-eight point", in digits or words) and "Trump's envoy"
 * in the pack's languages. A page with none of them is not annotated. Every mention
 * rule holds one of those words, except the ambiguous ones (a leaked recording,
 * Bloomberg's transcript, Donetsk, a land swap), which never count on their own.
 * Tests hold the gate to that promise against every rule phrase and every labelled
 * example.
 *
 * Why the patterns look the way they do: V8 scans for an alternation fastest when
 * every alternative starts with an uncommon character, so each one starts its match
 * past a look-behind on a rarer letter ("(?<=wit)kof", "(?<=28 )point"). The first
 * version, plain words starting with common letters, cost as much as reading the
 * text; this shape costs about a quarter of it. Unicode mode and open-ended letter
 * classes are left out for the same reason, and each pattern holds one script.
 *
 * Invisible characters that the matcher ignores (soft hyphens, zero-width joiners)
 * are removed first when the text has any, so "Wit\u00ADkoff" still passes. Most
 * pages have none, and a test for one is far cheaper than a replace over the text.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

export type Gate = (text: string) => boolean;

/** Escapes a reader's literal phrase; runs of spaces match any whitespace. */
export function literalPattern(phrase: string): string {
  return phrase.trim().replace(REGEX_SPECIALS, '\\$&').replace(/\s+/g, '\\s+');
}

/** Cyrillic letters: patterns with them are kept apart from Latin ones (see createGate). */
const CYRILLIC = /[\u0400-\u04ff]/;
/** Chars of text below which a page is "short" for the Cyrillic shortcut in createGate. */
const SHORT_PAGE = 200_000;

/**
 * The gate's two expressions as source text: its Latin and its Cyrillic alternatives
 * (null: none). The bundled packs' are joined at build time; a page adds only what the
 * reader installed or wrote.
 */
export interface GateSources {
  latin: string | null;
  cyrillic: string | null;
}

/** The sources of a gate over `patterns` and the reader's phrases, added to `base`. */
export function gateSources(
  patterns: readonly string[],
  customPhrases: readonly string[] = [],
  base: GateSources = { latin: null, cyrillic: null },
): GateSources {
  const sources = [...patterns, ...customPhrases.filter((p) => p.trim() !== '').map(literalPattern)];
  // One expression per script. Mixing Latin and Cyrillic alternatives in one made V8
  // scan two-byte pages (most pages: curly quotes, dashes) about five times slower
  // than the two expressions one after the other.
  const join = (first: string | null, group: string[]) => {
    const all = [...(first === null ? [] : [first]), ...group.map((s) => `(?:${s})`)];
    return all.length > 0 ? all.join('|') : null;
  };
  const latin = sources.filter((s) => !CYRILLIC.test(s));
  const cyrillic = sources.filter((s) => CYRILLIC.test(s));
  return { latin: join(base.latin, latin), cyrillic: join(base.cyrillic, cyrillic) };
}

export function createGate(patterns: readonly string[], customPhrases: readonly string[] = []): Gate {
  return gateFrom(gateSources(patterns, customPhrases));
}

/** The gate of sources from gateSources. */
export function gateFrom(sources: GateSources): Gate {
  if (sources.latin === null && sources.cyrillic === null) return () => false;
  const latin = sources.latin === null ? null : new RegExp(sources.latin, 'i');
  const cyrillic = sources.cyrillic === null ? null : new RegExp(sources.cyrillic, 'i');
  return (text) => {
    const plain = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
    if (latin?.test(plain)) return true;
    if (!cyrillic) return false;
    // Every Cyrillic pattern needs a Cyrillic letter. On a short page, looking for one
    // costs less than compiling the Cyrillic expression; on a long page the
    // expression's own scan is the cheaper of the two.
    if (plain.length < SHORT_PAGE && !CYRILLIC.test(plain)) return false;
    return cyrillic.test(plain);
  };
}
