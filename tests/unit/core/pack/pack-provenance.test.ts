import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerptIsQuoted, excerptOccursIn, normalizeForProvenance } from '../../../../src/core/pack/evidence';
import { storyPackShape, type SeedSource } from '../../../../src/core/pack/schema';
import { readPackJson, seedDir, seedsAvailable } from './pack-load';

const pack = storyPackShape.parse(readPackJson());
const seeds = pack.sources.filter((s): s is SeedSource => s.role === 'seed');

interface Quoted {
  sourceId: string;
  excerpt: string;
  where: string;
  quoting?: string;
  /** Set for discrepancy excerpts: what the outlet is accused of, and how. */
  accusation?: { type: string; stance: string };
}

/** Every excerpt the pack claims to have copied from a seed. */
function allExcerpts(): Quoted[] {
  const out: Quoted[] = [];
  for (const f of pack.facts) {
    for (const [sourceId, s] of Object.entries(f.sources)) {
      if (s.excerpt) out.push({ sourceId, excerpt: s.excerpt, where: `fact ${f.id}`, ...(s.quoting ? { quoting: s.quoting } : {}) });
    }
  }
  for (const d of pack.discrepancies) {
    for (const s of d.sources) {
      if (!s.excerpt) continue;
      out.push({
        sourceId: s.sourceId,
        excerpt: s.excerpt,
        where: `discrepancy ${d.id}`,
        ...(s.quoting ? { quoting: s.quoting } : {}),
        accusation: { type: d.type, stance: s.stance },
      });
    }
  }
  return out;
}

/** All string values in the pack, so the copyright check sees answers and notes too. */
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

const words = (text: string) =>
  normalizeForProvenance(text)
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

describe('evidence normaliser', () => {
  it('folds quotes, dashes, whitespace and case', () => {
    expect(normalizeForProvenance('“Now,  me to you” — it’s')).toBe(normalizeForProvenance('"now, me\nto you" - it\'s'));
    expect(excerptOccursIn('Trump-Putin', 'the Trump–Putin call')).toBe(true);
    expect(excerptOccursIn('Trump and Putin', 'the Trump–Putin call')).toBe(false);
  });

  it('tells a quotation from the outlet’s own words, paragraph by paragraph', () => {
    const article = 'He said: “Zelenskiy is coming on Friday,” and left.\nZelenskyy arrived. “Fine,” said Bob.';
    expect(excerptIsQuoted('Zelenskiy is coming', article)).toBe(true);
    expect(excerptIsQuoted('and left', article)).toBe(false);
    expect(excerptIsQuoted('Zelenskyy arrived', article)).toBe(false);
    expect(excerptIsQuoted('“Fine,”', article)).toBe(true);
    expect(excerptIsQuoted('not there', article)).toBeUndefined();
  });
});

if (!seedsAvailable) {
  console.warn(`[pack-provenance] SKIPPED: seed articles not found at ${seedDir}; excerpts were not checked against their sources.`);
}

describe.skipIf(!seedsAvailable)(`provenance against ${seedDir}`, () => {
  const text = new Map(seeds.map((s) => [s.id, seedsAvailable ? readFileSync(resolve(seedDir, s.seedFile), 'utf8') : '']));

  it('has every seed file', () => {
    for (const s of seeds) expect(text.get(s.id), s.seedFile).not.toBe('');
  });

  it('finds every excerpt verbatim in the seed it cites', () => {
    const missing = allExcerpts()
      .filter(({ sourceId, excerpt }) => !excerptOccursIn(excerpt, text.get(sourceId) ?? ''))
      .map(({ sourceId, excerpt, where }) => `${where} / ${sourceId}: "${excerpt}"`);
    expect(missing).toEqual([]);
  });

  it('finds every excerpt marked as a quotation inside quotation marks in its seed', () => {
    const outside = allExcerpts()
      .filter(({ quoting, sourceId, excerpt }) => quoting !== undefined && excerptIsQuoted(excerpt, text.get(sourceId) ?? '') !== true)
      .map(({ sourceId, excerpt, where }) => `${where} / ${sourceId}: "${excerpt}"`);
    expect(outside).toEqual([]);
  });

  it('never blames an outlet for a spelling it prints inside its quotation of someone', () => {
    const blamed = allExcerpts()
      .filter(({ accusation }) => accusation?.type === 'spelling-variant' && accusation.stance !== 'agrees')
      .filter(({ sourceId, excerpt }) => excerptIsQuoted(excerpt, text.get(sourceId) ?? '') !== false)
      .map(({ sourceId, excerpt, where }) => `${where} / ${sourceId}: "${excerpt}"`);
    expect(blamed).toEqual([]);
  });

  it('takes each headline or opening line from its own seed', () => {
    for (const s of seeds) expect(excerptOccursIn(s.headline, text.get(s.id) ?? ''), s.id).toBe(true);
  });

  it('never holds a run of 30 words copied from a seed', () => {
    const RUN = 30;
    const runs = new Set<string>();
    for (const t of text.values()) {
      const w = words(t);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
    const offenders = allStrings(pack).filter((s) => {
      const w = words(s);
      for (let i = 0; i + RUN <= w.length; i++) if (runs.has(w.slice(i, i + RUN).join(' '))) return true;
      return false;
    });
    expect(offenders).toEqual([]);
  });
});
