/** A wrong date is carried from the check to the hit and named in the flag's headline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../../src/core/detect/compile';
import { createMatcher } from '../../../../src/core/detect/index';
import { validatePack } from '../../../../src/core/pack/validate';
import { claimHeadline, describeClaim } from '../../../../src/core/pack-view/claim';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

describe('the date a page gives', () => {
  const v = validatePack(JSON.parse(readFileSync(join(ROOT, 'data', 'witkoff-ushakov.json'), 'utf8')));
  if (!v.ok) throw new Error('the shipped pack is invalid');
  const matcher = createMatcher(compilePack(v.pack), { sensitivity: 'balanced' });
  const flagsIn = (text: string) => matcher.scan(text, { pageRelevant: true }).filter((h) => h.kind === 'discrepancy');

  it.each([
    ['on 15 October 2025', { year: 2025, month: 10, day: 15 }, '15 October 2025'],
    ['on November 14', { month: 11, day: 14 }, '14 November'],
    ['on 14 October 2023', { year: 2023, month: 10, day: 14 }, '14 October 2023'],
  ])('a call dated %s is flagged with that date', (date, claimed, named) => {
    const flags = flagsIn(`Steve Witkoff spoke with Yuri Ushakov in a phone call ${date}, the leaked Witkoff–Ushakov call shows.`);
    expect(flags.map((h) => h.claimed)).toContainEqual(claimed);
    expect(describeClaim(claimed, 'en_US')).toBe(named);
  });

  it('names dates in the reader language, day first in English', () => {
    expect(describeClaim({ month: 10, day: 15 }, 'uk')).toBe('15 жовтня');
    expect(describeClaim({ month: 11 }, 'en')).toBe('November');
    expect(describeClaim({ year: 2023 }, 'en')).toBe('2023');
    expect(describeClaim({ month: 10, day: 15 }, 'xx-not-a-locale-')).toMatch(/15/);
  });

  it('builds the headline from the topic and the date', () => {
    const t = (key: string, subs: string[] = []) => (key === '@@ui_locale' ? 'en_GB' : `${key}:${subs.join('|')}`);
    expect(claimHeadline({ month: 10, day: 15 }, 'The Witkoff–Ushakov call', t)).toBe('flagDatedTo:The Witkoff–Ushakov call|15 October');
  });
});
