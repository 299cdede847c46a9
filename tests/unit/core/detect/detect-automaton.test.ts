/**
 * The automaton against the obvious search: every occurrence of every pattern, found
 * with indexOf. The large set has more states than get a dense table row, so both the
 * dense path and the sparse one (deep states, non-ASCII symbols) are exercised.
 */
import { describe, expect, it } from 'vitest';
import { buildAutomaton, decodeAutomaton, searchAutomaton } from '../../../../src/core/detect/automaton';
import { seededRandom } from '../../../../src/core/detect/synthetic';

/** The automaton reads "-" as a space; the reference search does the same. */
const fold = (s: string) => s.replaceAll('-', ' ');

function naive(patterns: readonly string[], text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    for (let at = folded.indexOf(fold(p)); at >= 0; at = folded.indexOf(fold(p), at + 1)) out.push(`${id}:${at}:${at + p.length}`);
  });
  return out.sort();
}

function found(patterns: readonly string[], text: string): string[] {
  const a = decodeAutomaton(buildAutomaton(patterns));
  const out: string[] = [];
  searchAutomaton(a, text, (id, from, to) => out.push(`${id}:${from}:${to}`));
  return out.sort();
}

function randomWord(rnd: () => number, alphabet: string, min: number, max: number): string {
  const n = min + Math.floor(rnd() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += alphabet[Math.floor(rnd() * alphabet.length)];
  return w;
}

describe('Aho–Corasick search', () => {
  it('finds overlapping and nested phrases, with "-" and " " as one symbol', () => {
    const patterns = ['he', 'she', 'his', 'hers', '28 point', 'point plan', 'ушаков', ''];
    const text = 'ushers said his 28-point plan; Ушаков и ушаков';
    expect(found(patterns, text)).toEqual(naive(patterns, text));
    expect(found(patterns, text)).toContain('4:16:24');
  });

  it('matches the obvious search on a pack too large for the dense table', () => {
    const rnd = seededRandom(11);
    const alphabet = 'abcdeклм -';
    const patterns = Array.from({ length: 3000 }, () => randomWord(rnd, alphabet, 2, 9));
    const decoded = decodeAutomaton(buildAutomaton(patterns));
    expect(decoded.edgeStart.length - 1).toBeGreaterThan(decoded.denseRows);
    const text = randomWord(rnd, `${alphabet}xyzё`, 20_000, 20_000);
    const expected = naive(patterns, text);
    expect(expected.length).toBeGreaterThan(1000);
    expect(found(patterns, text)).toEqual(expected);
  });

  it('finds nothing with no patterns', () => {
    expect(found([], 'any text')).toEqual([]);
  });
});
