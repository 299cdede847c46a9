/**
 * Flags anchored on the outlets' own words, tested from the pack itself: whatever
 * the pack holds when the test runs, each detector must fire on its outlet's words
 * (give or take punctuation, quote style and a word) and never on what an outlet that
 * got it right printed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSourceDetectors, MIN_WORDS } from '../../../../src/core/detect/checks-sources-compile';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { normalizePhrase } from '../../../../src/core/text/normalize';
import { tokenize } from '../../../../src/core/detect/checks-text';
import { compiledFullPack } from '../../../fixtures/flags/shared-pages';

interface Src {
  sourceId: string;
  stance: string;
  excerpt?: string | null;
}
const pack = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../data/witkoff-ushakov.json', import.meta.url)), 'utf8')) as {
  facts: { id: string; sources: Record<string, Src> }[];
  discrepancies: { id: string; sources: Src[] }[];
};
const compiled = compiledFullPack();
const detectors = compiled.sourceDetectors ?? [];
const m = createMatcher(compiled);
const STORY = 'The leaked Witkoff-Ushakov recording concerns the 28-point peace plan for Ukraine. ';
const words = (text: string) =>
  tokenize(normalizePhrase(text))
    .map((t) => t.w)
    .join(' ');
const sourceFlags = (text: string) => m.scan(STORY + text).filter((h) => h.kind === 'discrepancy' && h.ruleId.startsWith('src-'));

/** The excerpt a detector was built from, as the pack prints it. */
function excerptOf(id: string, detectorWords: string[]): string {
  const d = pack.discrepancies.find((x) => x.id === id)!;
  return d.sources.map((s) => s.excerpt ?? '').find((e) => words(e) === detectorWords.join(' '))!;
}

describe('source-anchored flags from the pack', () => {
  it('builds a detector for every distinctive excerpt of an outlet that got it wrong', () => {
    const wrong = pack.discrepancies.flatMap((d) =>
      d.sources
        .filter((s) => s.stance === 'wrong' && s.excerpt && tokenize(normalizePhrase(s.excerpt)).length >= 10)
        .map((s) => [d.id, s.sourceId]),
    );
    expect(wrong.length).toBeGreaterThan(0);
    for (const [id, sourceId] of wrong) {
      expect(
        detectors.some((x) => x.discrepancyId === id && x.sourceIds.includes(sourceId!)),
        `${id} ${sourceId}`,
      ).toBe(true);
    }
  });

  it.each(detectors.map((d) => [d.id, d] as const))(
    "%s fires on its outlet's words and small edits of them, never without its error words",
    (_id, d) => {
      const excerpt = excerptOf(d.discrepancyId, d.words);
      const expectFlag = (text: string, yes: boolean) => {
        const found = sourceFlags(text).filter((h) => h.discrepancyId === d.discrepancyId);
        expect(found.length > 0, `${yes ? 'flag' : 'no flag'}: ${text}`).toBe(yes);
        if (yes) {
          expect(found[0]!.strength).toBe(d.strength);
          expect(found[0]!.sourceIds).toEqual(d.sourceIds);
        }
      };
      expectFlag(`${excerpt}.`, true);
      // Other punctuation and quote style.
      const requoted = excerpt
        .replace(/[,;:.!?]/g, ' ')
        .replace(/[“”]/g, '"')
        .replace(/’/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
      expectFlag(`«${requoted}», he wrote.`, true);
      const plain = d.words.findIndex((_, i) => !d.key[i]);
      if (d.maxEdits >= 1 && plain > 0) {
        // A dropped word (not one that carries the error).
        expectFlag(`${d.words.filter((_, i) => i !== plain).join(' ')}.`, true);
      }
      // The words that carry the error, changed: the correct version is never flagged.
      expectFlag(`${d.words.map((w, i) => (d.key[i] ? 'zzzz' : w)).join(' ')}.`, false);
    },
  );

  it('never fires on what an outlet that got it right printed', () => {
    const agreeing = [...pack.facts.flatMap((f) => Object.values(f.sources)), ...pack.discrepancies.flatMap((d) => d.sources)].filter(
      (s) => s.stance === 'agrees' && s.excerpt,
    );
    expect(agreeing.length).toBeGreaterThan(0);
    for (const s of agreeing)
      expect(
        sourceFlags(`${s.excerpt}.`).map((h) => h.ruleId),
        s.excerpt!,
      ).toEqual([]);
  });
});

describe('which excerpts may become detectors', () => {
  const one = (excerpt: string, agreeing?: string) =>
    compileSourceDetectors({
      discrepancies: [
        {
          id: 'd-x',
          sources: [
            { sourceId: 'a', stance: 'wrong', excerpt },
            ...(agreeing ? [{ sourceId: 'b', stance: 'agrees', excerpt: agreeing }] : []),
          ],
        },
      ],
    });

  it('needs a distinctive excerpt', () => {
    expect(one('give up long-range weapons')).toEqual([]);
    expect(MIN_WORDS).toBeGreaterThan(4);
    expect(one('the envoy told the aide to flatter the president on Friday')).toHaveLength(1);
  });

  it('never uses words that an outlet which got it right also printed', () => {
    expect(one('told a top Kremlin official last month', 'told a top Kremlin official last month')).toEqual([]);
    const [d] = one('the call took place on November 14 in the evening', 'the call took place on October 14 in the evening');
    expect(d!.words.filter((_, i) => d!.key[i])).toEqual(['november']);
  });

  it('is tightened to exact words when a small edit would reach a correct text', () => {
    const [d] = one('the envoy said the plan was drafted in Moscow by aides', 'the envoy said the plan was drafted in Miami by aides');
    expect(d).toBeDefined();
    expect(d!.maxEdits).toBe(1);
    const withRecord = (answer: string) =>
      compileSourceDetectors({
        facts: [{ id: 'f', answer }],
        discrepancies: [
          {
            id: 'd-y',
            factIds: [],
            sources: [{ sourceId: 'a', stance: 'differs', excerpt: 'the envoy said the plan was drafted in Moscow by aides' }],
          },
        ],
      });
    // One word more than a correct text: only the exact words flag.
    expect(withRecord('the envoy said the plan was drafted in Moscow by Kremlin aides').map((x) => x.maxEdits)).toEqual([0]);
    // The very words in a correct text: no detector.
    expect(withRecord('officials said the envoy said the plan was drafted in Moscow by aides')).toEqual([]);
  });
});
