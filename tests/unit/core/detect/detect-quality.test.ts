/**
 * Precision and recall of Lateral's detection over hand-written, labelled cases
 * (tests/fixtures/detect/labelled.json: paraphrases in seven languages, split and
 * inflected phrases, and hard negatives). Thresholds, per sensitivity:
 *   balanced (the default): precision >= 0.95, recall >= 0.90
 *   broad:                  precision >= 0.90, recall >= 0.90
 *   strict:                 precision >= 0.98, recall >= 0.75 (it trades recall for precision)
 * A hit counts as right when it overlaps a labelled span of its kind (and discrepancy
 * id); every other hit is a false positive. These assertions fail when a rule change
 * makes the engine noisier or blinder.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack, labelledCases, score } from '../../../fixtures/detect/load';

const THRESHOLDS = {
  balanced: { precision: 0.95, recall: 0.9 },
  broad: { precision: 0.9, recall: 0.9 },
  strict: { precision: 0.98, recall: 0.75 },
} as const;

describe('detection quality on labelled fixtures', () => {
  const cases = labelledCases();

  it('has cases in every language and hard negatives', () => {
    const langs = new Set(cases.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr', 'pl', 'ru', 'uk']);
    expect(cases.filter((c) => c.mentions.length === 0 && !c.discrepancies).length).toBeGreaterThanOrEqual(15);
  });

  for (const [sensitivity, t] of Object.entries(THRESHOLDS)) {
    it(`meets precision >= ${t.precision} and recall >= ${t.recall} at ${sensitivity}`, () => {
      const matcher = createMatcher(compiledPack(), { sensitivity: sensitivity as keyof typeof THRESHOLDS });
      const s = score(cases, (text) => matcher.scan(text));
      // Printed so a failing run says what went wrong.
      console.log(`${sensitivity}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.found}/${s.expected})`);
      expect(s.falseAlarms.length === 0 || s.precision >= t.precision, s.falseAlarms.join('\n')).toBe(true);
      expect(s.precision, s.falseAlarms.join('\n')).toBeGreaterThanOrEqual(t.precision);
      expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(t.recall);
    });
  }

  it('produces nothing at all on every hard negative (balanced)', () => {
    const matcher = createMatcher(compiledPack());
    for (const c of cases.filter((x) => x.id.startsWith('neg-'))) {
      expect(matcher.scan(c.text), c.id).toEqual([]);
    }
  });

  it('the scorer itself can fail: a matcher that flags every word has low precision', () => {
    const noisy = (text: string) =>
      Array.from(text.matchAll(/\S+/g), (m) => ({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'mention' as const,
        ruleId: 'x',
        topic: 'call',
        packId: 'p',
        factIds: [],
      }));
    expect(score(cases, noisy).precision).toBeLessThan(0.5);
    expect(score(cases, () => []).recall).toBe(0);
  });
});
